"""The filters added for question quality, each on sentences written for these tests (no corpus text)."""

import random

import pytest

from quiz.generate import generate_questions
from quiz.generate.attribution import PERSON, classify_speaker
from quiz.generate.entities import Names
from quiz.generate.filters import context_problem, has_verb, sentence_problem
from quiz.generate.numbers import find_numbers, keep_order, number_distractors
from quiz.generate.reference import definite_reference
from quiz.generate.select import CLAIM_SHARE
from quiz.sources import parse_source


@pytest.mark.parametrize("sentence, phrase", [
    ("The merger comes as a welcome lift for the struggling ferry operator.", "the merger"),
    ("A good deal of the work will be hidden from passengers.", "the work"),
    ("The results are being published by the Harbour Safety Council today.", "the results"),
    ("New routes have been added, but not enough to cover the gap.", "the gap"),
    ("The 4,000 new berths take the harbour's total to 12,000.", "the 4,000 new"),
    ("Tickets for the festival cost £20 each.", "the festival"),
    ("The new terminal in 2003 cost £42m.", "the new terminal"),
])
def test_a_definite_phrase_naming_nothing_points_back(sentence, phrase):
    assert definite_reference(sentence).lower().startswith(phrase)


@pytest.mark.parametrize("sentence", [
    "There are about 300 ferries in service to help islanders in the fight against isolation.",
    "The government said the housing market had slowed.",
    "The biggest ferry on the Clyde carries 900 cars.",
    "The number of passengers using ferries rose by a fifth.",
    "The shipping line Greenway said it would add two crossings.",
    "The draft Directive is being put before the council in March.",
    "The word \"harbour\" is painted on the side of every boat.",
])
def test_a_definite_phrase_that_says_which_thing_stands_alone(sentence):
    assert definite_reference(sentence) in (None, "the council")


@pytest.mark.parametrize("sentence, word", [
    ("Sadly, the storm has also kept the fishing boats in port.", "Sadly"),
    ("Greenway will however need approval from Kinloch before it builds.", "however"),
    ("In Kinloch, meanwhile, ferry fares rose by 3%.", "meanwhile"),
    ("Neither does the board have to sell every berth.", "Neither"),
    ("One that may not open this year is the new ferry terminal at Kinloch.", "One that"),
    ("Other routes will follow in the coming months.", "Other"),
    ("Some are worried it could be delayed if the council objects.", "it"),
    ("Kinloch councillors will meet at 1000 GMT on that Tuesday.", "that Tuesday"),
    ("Mr Lowe cannot build boats, so he asked a yard to make one for him.", "one"),
    ("Ms Kerr said that worked out at £40 per passenger.", "that worked"),
])
def test_more_sentences_that_lean_on_the_one_before(sentence, word):
    problem = context_problem(sentence, frozenset({"Kinloch", "Lowe", "Kerr", "GMT"}), frozenset({"Lowe", "Kerr"}))
    assert problem is not None and word.lower() in problem.lower()


def test_a_sentence_without_a_verb_is_a_fragment():
    assert not has_verb("Passengers arriving by ferry from the islands in the north.")
    assert "no verb" in sentence_problem("Passengers arriving by ferry from the islands in the north.")
    assert has_verb("Ferry fares rose by 8% in the year.")
    assert has_verb("Greenway runs four boats a day to the islands.")


def test_distractors_stay_on_the_answers_side_of_a_figure_it_is_compared_with():
    numbers = find_numbers("Berth bookings were £2bn, down from £2.6bn a year earlier.")
    wrong = keep_order(numbers[0], numbers, ["£1bn", "£1.5bn", "£3bn", "£5bn"])
    assert wrong == ["£1bn", "£1.5bn"]


def test_an_age_gets_near_ages_not_double():
    number = find_numbers("Mrs Lowe, 59, has run the ferry for a decade.")[0]
    wrong = number_distractors(number, set(), random.Random(3), want=6)
    assert all(40 <= int(w) <= 80 for w in wrong)


def test_numbers_over_a_thousand_get_a_comma_like_the_article():
    number = find_numbers("The harbour has 529 berths for small boats.")[0]
    assert all("," in w for w in number_distractors(number, set(), random.Random(0), want=6) if int(
        w.replace(",", "")) >= 1000)


def test_a_known_name_inside_a_longer_run_is_the_person():
    names = Names(["Liberal Democrat Ann Ferris said the harbour plan was wrong.", "Ann Ferris said so again."])
    speaker = classify_speaker("Liberal Democrat Ann Ferris", names)
    assert speaker.kind == PERSON and speaker.display == "Ann Ferris"


def test_a_bare_surname_is_no_answer_but_a_lord_is():
    names = Names(["Lord Kerr of the harbour board said fares would rise.", "Mr Lowe said they would not."])
    assert classify_speaker("Lord Kerr", names).display == "Lord Kerr"
    assert classify_speaker("Mr Lowe", names).display is None


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def test_quote_choices_are_all_people():
    text = _article([
        "Greenway Ferries said on Monday it would add two routes to the islands.",
        "Harbour master Ann Ferris said the new routes were welcome.",
        "Councillor Tom Becker said the council had not been consulted.",
        "Union official Rob Dunne said crews had not been asked either.",
        "Fisherman Ian Lowe said the boats would crowd the harbour.",
        "“We have waited ten years for a second crossing to the islands,” said Ms Ferris.",
    ])
    quotes = [q for q in generate_questions(parse_source(text), count=40) if q.tags == ["quote"]]
    assert quotes and all(choice != "Greenway Ferries" for q in quotes for choice in q.choices)


def test_a_false_claim_never_swaps_in_someone_the_sentence_names():
    text = _article([
        "Harbour master Ann Ferris said Tom Becker was a fair and careful councillor.",
        "Councillor Tom Becker said the ferry plan would go ahead in May.",
        "Union official Rob Dunne said crews would vote on the plan next week.",
        "Fisherman Ian Lowe said the harbour was already too crowded for new boats.",
    ])
    for question in generate_questions(parse_source(text), count=40):
        if question.change is not None and question.citation.sentence == 1:
            assert "Becker" not in question.change.claim


def test_claims_are_at_most_a_share_when_other_families_can_fill_the_set():
    sentences = [f"Greenway Ferries carried {1200 + 100 * i:,} passengers in week {i + 2} of the season." for i in
                 range(12)]
    sentences += ["The harbour board approved a plan to build a new terminal on the east pier."] * 0
    questions = generate_questions(parse_source(_article(sentences)))
    claims = [q for q in questions if q.tags == ["claim"]]
    assert questions and len(claims) <= max(1, int(len(questions) * CLAIM_SHARE))


def test_an_article_of_leaning_sentences_still_gets_a_fill_in():
    text = _article([
        "The company was set up by two students in a garden shed in 1996.",
        "They wanted a way to keep track of the boats they liked.",
        "The list soon became popular with hundreds of sailors.",
        "It floated on the stock market in April 1999 with 40 staff.",
        "Now the firm employs 7,600 people and insists its culture remains.",
        "It is one of the few survivors of the boom.",
        "They still run it together.",
        "The founders say they are proud of it.",
    ])
    questions = generate_questions(parse_source(text))
    assert questions and {q.tags[0] for q in questions} <= {"number", "date"}


def test_labels_and_lists_of_names_are_no_amounts():
    assert find_numbers("The shop will sell version 3.10 of the ferry timetable app.") == []
    assert find_numbers("The app runs on Windows 2000, 95, 98 and XP.") == []
    assert [n.text for n in find_numbers("Fares rose 5% to £20 on the route.")] == ["5%", "£20"]


def test_a_figure_written_into_a_word_gives_the_blank_away():
    text = _article(["The ferry is described as a 2.5G boat - 2.5 generation - between old and new designs.",
                     "Greenway Ferries said it carried 1,200 passengers on Monday."])
    for question in generate_questions(parse_source(text), count=10):
        if question.tags == ["number"]:
            assert question.answer != "2.5"


def test_a_comma_after_a_definite_phrase_is_no_name_unless_closed():
    assert definite_reference("At the time of the strike, Greenway was seen as the safest line.") == "the strike"
    assert definite_reference("The operator, Greenway Ferries, is to add routes.") is None
    assert definite_reference("Judges ruled that the 12 were held unlawfully.") == "the 12"


def test_a_firm_someone_works_at_is_no_person():
    names = Names(["Ann Ferris, an economist at Harbour Insight, said fares would rise.",
                   "Harbour Insight said demand was strong.", "Tom Becker said fares would fall."])
    assert "Harbour Insight" not in names.persons and "Ann Ferris" in names.persons


def test_a_description_is_not_swapped_for_another_speaker():
    text = _article([
        "Shops all over the harbour town reported strong sales on the last Saturday of the season.",
        "The Harbour Traders Association said 40 shops had taken part in the late opening.",
        "Greenway Ferries said it had carried 3,000 shoppers to the town.",
    ])
    for question in generate_questions(parse_source(text), count=40):
        if question.change is not None:
            assert question.change.source != "Shops all over the harbour town"


def test_a_figure_above_or_below_is_a_bound():
    number = find_numbers("The euro was close to a record against the dollar at above $1.30 on Monday.")[0]
    assert number.hedge == "above" and number.bound


def test_days_of_a_month_and_character_codes_are_no_amounts():
    assert find_numbers("A vote could follow on 16 or 17 March.") == []
    assert find_numbers("The show runs from 6 to 9 January.") == []
    assert [n.text for n in find_numbers("His fianc&#233;e Anna, 47, runs the ferry.")] == ["47"]


def test_a_place_ends_no_persons_name():
    names = Names(["Greenway Europe said fares would rise.", "Ann Ferris said fares would fall."])
    assert "Greenway Europe" not in names.persons and "Ann Ferris" in names.persons


def test_headings_with_to_be_and_ages_that_point_back():
    assert "no verb" in sentence_problem("New sailing date to be confirmed on the island route.")
    assert "27-year-old" in context_problem("The 27-year-old was sailing to Kinloch with Ann Ferris.",
                                            frozenset({"Kinloch", "Ann", "Ferris"}))
    assert "By" in context_problem("By now the ferry had left Kinloch.", frozenset({"Kinloch"}))


def test_exclamations_titles_and_that_as_subject():
    assert "exclamation" in sentence_problem("Thank goodness the old ferry has gone at last!")
    assert find_numbers("New episodes of 24, Harbour Lives and Sea Days appear online.") == []
    assert "that would" in context_problem("If confirmed, that would be the busiest summer since 2002.")


def test_owners_superlatives_and_yes_point_back():
    assert "commissioner" in context_problem("The commissioner's office will now look at the Kinloch route.",
                                             frozenset({"Kinloch"}))
    assert definite_reference("The biggest is Greenway, with 12 boats.") == "the biggest"
    assert definite_reference("The biggest ferry in Europe sails from Kinloch.") is None
    assert "Yes" in context_problem("Yes, the Greenway ferry is a classic boat.", frozenset({"Greenway"}))
    assert "One result" in context_problem("One result was a fall in fares.")


def test_speaking_pronouns_and_that_after_a_verb_point_back():
    assert "they insisted" in context_problem("Kinloch fares, they insisted, would not rise.",
                                              frozenset({"Kinloch"}))
    assert "that accusation" in context_problem("Ms Ferris said she would counter that accusation.",
                                                frozenset({"Ferris"}), frozenset({"Ferris"}))
    assert context_problem("Ms Ferris said that fares would rise.", frozenset({"Ferris"}), frozenset({"Ferris"})) \
        is None


def test_decades_and_it_said():
    assert find_numbers("Fares were lower in the 30's than in the 50's.") == []
    assert "it said" in context_problem("Plans include a new pier in Kinloch, it said.", frozenset({"Kinloch"}))


def test_examples_by_name_and_of_those():
    assert find_numbers("Fans of shows like 24, usually wait weeks for them.") == []
    assert "Of" in context_problem("Of those 300 berths will go to Kinloch.", frozenset({"Kinloch"}))


def test_two_people_of_one_surname_leave_mr_x_unresolved():
    names = Names(["Ann Ferris said fares would rise.", "Harbour chief Tom Ferris said they would not.",
                   "Mr Ferris said so again."])
    assert names.person("Mr Ferris") is None
    assert names.person("Tom Ferris") == "Tom Ferris" and names.person("Ann Ferris") == "Ann Ferris"


def test_people_around_someone_are_not_that_person():
    names = Names(["Damian Hockney said he would leave the party.", "Mr Hockney said so again."])
    assert classify_speaker("Sources close to Mr Hockney", names).display is None
    assert classify_speaker("Mr Hockney", names).display == "Damian Hockney"


def test_lets_and_participle_openers():
    assert "Let" in context_problem("Let's hope the Kinloch ferry keeps sailing.", frozenset({"Kinloch"}))
    assert "they" in context_problem("Realising that sailors like speed, they have added a fast boat.")


def test_an_article_of_leaning_sentences_without_figures_still_gets_a_claim():
    text = _article([
        "Parents living on the islands are often let down by the ferry timetable, councillors have said.",
        "The committee said families could miss hospital visits because of the gaps.",
        "They said the timetable should be changed.",
        "This would help families, they said.",
        "But the operator rejected the claim.",
        "It said the timetable was fair.",
        "They will meet again.",
        "The talks will be hard, he said.",
    ])
    assert generate_questions(parse_source(text))


def test_ratios_firm_numbers_and_common_word_names():
    assert find_numbers("Nine out of 10 sailors said 3 spokesperson Ann Bell was right.") == []
    assert "Of" in context_problem("Of course the islanders could always move.")
    names = Names(["Boats of any age are welcome in the harbour, says Harbour Concern.", "Harbour Concern said so.",
                   "Mark Lowe said the old boats made their mark."])
    assert "Harbour Concern" not in names.persons and "Mark Lowe" in names.persons


def test_a_noun_before_a_past_verb_and_another_point_back():
    assert definite_reference("The ruling came on the first day of the hearing in Kinloch.") == "the ruling"
    assert "another" in context_problem("There was a row over another ferry route.")
    assert "Once" in context_problem("Once again, expect long queues at the pier.")


def test_every_n_ratios_bodies_that_say_it_and_both():
    text = _article(["Greenway accounts for six out of every 10 ferries using the Kinloch pier.",
                     "Greenway said on Monday it had carried 1,200 passengers."])
    for question in generate_questions(parse_source(text), count=10):
        assert question.change is None or question.change.source != "10"
    names = Names(["Harbour United said its shares would rise.", "Harbour United said so again."])
    assert "Harbour United" not in names.persons
    assert "Both" in context_problem("Both began life as fishing boats in Kinloch.", frozenset({"Kinloch"}))


def test_that_after_a_comma_points_back():
    assert "that figure" in context_problem("For Kinloch, that figure is much lower at 2%.", frozenset({"Kinloch"}))


def test_a_slogan_is_no_second_person_and_sir_john_no_name():
    names = Names(["Ann Ferris said fares would rise.", "Vote Ferris, get ferries, said the posters.",
                   "Ms Ferris said so again.", "Sir John said nothing."])
    assert names.person("Ms Ferris") == "Ann Ferris" and "Vote Ferris" not in names.persons
    assert names.display("John") is None


def test_numbers_listed_after_a_label_are_labels():
    assert [n.text for n in find_numbers("Only a third of piers at Stages 1, 3 and 4 met the target.")] == []


def test_near_figures_ranges_and_places():
    text = _article(["Greenway owns 40% of Kinloch Ferries (39.9%), while Tom Becker holds 25% of it.",
                     "More people sailed to Kinloch between 1994 and 2000, the harbour board said."])
    for question in generate_questions(parse_source(text), count=10):
        assert question.answer != "40%"
        assert question.change is None or question.change.source != "2000"
    names = Names(["Kinloch West said it would vote.", "Kinloch West said so again."])
    assert "Kinloch West" not in names.persons


def test_further_and_because_under_a_negation():
    assert "Further" in context_problem("Further details of the ferry plan will be given on Monday.")
    assert context_problem("More than 20 ferries sail from Kinloch each day.", frozenset({"Kinloch"})) is None
    text = _article(["The new boats were built by Greenway because they use less fuel than the old ones."])
    assert not [q for q in generate_questions(parse_source(text), count=10) if q.change is not None and
                "not" in q.prompt]


def test_run_together_sentences_also_other_and_fused_figures():
    assert "run together" in sentence_problem("Fares rose according to the Harbour Board (HB) A survey found 80% agreed.")
    assert sentence_problem("The film The Ferryman won five awards in Kinloch.") is None
    assert "also other" in context_problem("There are also other reasons for ferries to sail from Kinloch.",
                                           frozenset({"Kinloch"}))
    assert [n.text for n in find_numbers("The island's 24 hour ferry culture has 3 boats.")] == ["3"]


def test_on_hold_far_from_and_short_claims():
    assert "the plan" in context_problem("Greenway now appears to have put the plan on hold.", frozenset({"Greenway"}))
    assert "it" in context_problem("Far from looking new, it looks like an old ferry.")
    text = _article(["Ann Ferris said she agreed.", "Greenway Ferries carried 1,200 passengers to Kinloch on Monday."])
    assert all(q.citation.sentence != 1 for q in generate_questions(parse_source(text), count=10))


def test_there_this_at_the_end_soon_and_comparisons():
    assert "the problem" in context_problem("The problem is that no one knows the way to Kinloch.",
                                            frozenset({"Kinloch"}))
    assert "they" in context_problem("Soon they will be replaced by bigger boats.")
    assert "there" in context_problem("By 2008, 95% of all boats sold there will have radar.")
    assert "this" in context_problem("Even the Harbour Board admits this.", frozenset({"Harbour", "Board"}))
    assert context_problem("There are about 300 ferries in Kinloch.", frozenset({"Kinloch"})) is None


def test_it_after_only_a_person_and_sources_that_are_no_sources():
    people = frozenset({"Ann", "Ferris", "Mr", "Ms"})
    assert "it" in context_problem("Ms Ferris said it was winning support every day.", frozenset({"Ferris"}), people)
    assert context_problem("Greenway said it would add routes.", frozenset({"Greenway"}), people) is None
    names = Names(["Greenway said fares rose.", "Ann Ferris said so."])
    assert classify_speaker("A separate study by Greenway", names).display is None
    assert classify_speaker("Fifty percent of islanders", names).display is None


def test_regions_showing_figures_are_not_swapped_like_speakers():
    text = _article(["The North East showed the highest rate of growth in fares at 26.2%.",
                     "The harbour board said fares rose by 5% in the year to March.",
                     "Greenway Ferries said it had cut fares by 8% on the island routes."])
    for question in generate_questions(parse_source(text), count=20):
        assert question.change is None or question.change.source != "The North East"


def test_no_negation_of_as_little_as():
    text = _article(["Harbour fees were raised as little as humanly possible by the Kinloch board."])
    assert not [q for q in generate_questions(parse_source(text), count=10) if q.change is not None]


def test_a_demonstrative_before_a_quotation_points_back():
    assert "these" in context_problem('Thanks to these "ghost boats", fares fell in Kinloch.', frozenset({"Kinloch"}))


def test_all_four_points_back_and_a_choice_named_in_the_prompt_is_dropped():
    assert "all four" in context_problem("Kinloch has claimed all four were lost at sea.", frozenset({"Kinloch"}))
    assert context_problem("Greenway said all four ferries sail daily.", frozenset({"Greenway"})) is None


def test_old_years_and_a_similar_proposal():
    assert [n.text for n in find_numbers("The harbour opened in 1727 and now has 1500 moorings.")] == ["1500"]
    assert "similar" in context_problem("A similar ferry plan has been tried many times.")


def test_figure_choices_are_spaced_out():
    from quiz.generate.numbers import spread
    chosen = spread("about 2,500", ["about 3,000", "about 3,100", "about 3,800", "about 5,000"], random.Random(0),
                    gap=0.1)
    assert not {"about 3,000", "about 3,100"} <= set(chosen)


def test_a_hedged_conversion_after_a_figure_gives_it_away():
    text = _article(["Greenway expects ferry sales in 2005 to reach more than $125 million (nearly £68 million)."])
    assert not [q for q in generate_questions(parse_source(text), count=10) if q.tags == ["number"]]
