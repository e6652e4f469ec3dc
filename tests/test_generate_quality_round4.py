"""Quality rules of the fourth round, each on sentences written for these tests (no corpus text)."""

import random

from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.filters import context_problem
from quiz.sources import parse_source


def _changes(sentences: list[str], part: str = "claim") -> list[list[str]]:
    """For each sentence of an article of these, what its false claims change (`part`: claim or source)."""
    article = analyse(parse_source(_article(sentences)))
    return [[getattr(c.change, part) for c in claim_candidates(info, article, random.Random(0)) if c.change]
            for info in article.sentences]


def test_a_verb_put_first_names_nothing_it_could_mean():
    names = frozenset({"Kinloch"})
    assert "'it'" in context_problem("Should it become a firm offer, the board would weigh it with care.", names)
    assert "'it'" in context_problem("Had it not been for the storm, the ferry would have sailed.", names)
    assert context_problem("Should Kinloch win, it would run four ferries a day.", names) is None


def test_a_year_that_is_part_of_a_name_is_no_year():
    from quiz.generate.numbers import find_years
    assert find_years("The virus can infect machines running Windows 2000 and Server 2003.") == []
    assert find_years("The judge praised the Human Rights Act 1998 in his speech.") == []
    assert [year for _, _, year in find_years("Sales rose in December 1979 and over Christmas 2004.")] == [1979, 2004]
    assert [year for _, _, year in find_years("In 2004 Kinloch sold 12 ferries.")] == [2004]
    assert find_years("The Kinloch ferry leaves at 1830 GMT and returns at 2100 hrs.") == []


def test_a_false_claim_moves_a_year_to_the_nearest_wrong_one():
    from quiz.generate import generate
    text = _article(["Kinloch Ferries was founded by Ann Wells in 1990 on the island of Skye.",
                     "Kinloch Ferries bought its first boat from Tom Reid in 1972.",
                     "Ann Wells expects Kinloch Ferries to carry a million passengers by 2010."])
    article = analyse(parse_source(text))
    claims = [c for c in claim_candidates(article.sentences[0], article, random.Random(0))
              if c.change and c.change.source == "1990"]
    # (not 1972, the other year of the article, which is further off)
    assert claims and all(abs(int(c.change.claim) - 1990) <= 5 for c in claims)
    # A set asks the year to fill in, or makes the false claim: not both (either's feedback answers the other).
    questions = generate(parse_source(text), count=20).questions
    assert not ({q.answer for q in questions if q.tags == ["date"]} & {q.change.source for q in questions if q.change})


def test_a_common_noun_in_capitals_first_is_no_name():
    from quiz.generate import generate_questions
    text = _article(["The Kinloch economy grew by 2.1% in 2004, Ann Wells of the Skye Bank said.",
                     "GDP is expected at 3.2% in 2005, and 2.8% in both 2006 and 2007.",
                     "Ann Wells of the Skye Bank said GDP figures are due in March."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=20) if "3.2%" in q.prompt]
    assert prompts and all("“Harbour news”" in prompt for prompt in prompts)


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def test_a_clause_opener_names_nothing_its_could_mean():
    names = frozenset({"Kinloch"})
    assert "'its'" in context_problem("Since its launch, Kinloch has sold 12,000 tickets.", names)
    assert "'it'" in context_problem("Whether it does carry more cars remains to be seen.", names)
    assert context_problem("Since 1990, Kinloch has sold 12,000 tickets on its boats.", names) is None


def test_no_negation_where_a_word_like_little_already_negates():
    from quiz.generate import generate
    text = _article(["Passengers asked by Kinloch Ferries have shown little interest in night sailings.",
                     "Passengers asked by Kinloch Ferries have shown great interest in day sailings."])
    changes = [q.change.claim for q in generate(parse_source(text), count=20).questions if q.change]
    assert "have not shown" in changes  # (the second sentence)
    assert all("little" not in q.prompt for q in generate(parse_source(text), count=20).questions if q.change)


def test_a_contracted_pronoun_first_points_back():
    assert "They've" in context_problem("They've seen their ferry fares doubled since 1990.")
    assert "We'll" in context_problem("We'll run four ferries a day to Skye.")


def test_a_word_written_twice_is_a_garbled_sentence():
    from quiz.generate.statement import sentence_problem
    assert "twice" in sentence_problem("Kinloch Ferries blamed the the storm for the loss of 12 sailings.")
    assert sentence_problem("Kinloch Ferries said it had had a bad year on the Skye route.") is None
    assert sentence_problem("Kinloch Ferries said that that year was its worst on the Skye route.") is None


def test_no_negation_before_an_adverb_of_manner():
    steadily, plainly = _changes(["Fares charged by Kinloch Ferries have risen steadily since 1990.",
                                  "Fares charged by Skye Ferries have risen since 1990 on its Skye route."])
    assert "have not risen" in plainly and "have not risen" not in steadily


def test_a_days_event_as_subject_is_one_told_of_earlier():
    names = frozenset({"Kinloch", "Ann", "Wells"})
    assert "Saturday's speech" in context_problem("Saturday's speech comes days after Kinloch cut its fares.", names)
    assert context_problem("Saturday's speech by Ann Wells comes days after Kinloch cut fares.", names) is None
    assert context_problem("Kinloch cut its fares after Saturday's storm.", names) is None
    assert "Thursday's report" in context_problem("Ann Wells said Thursday's report helped Kinloch.", names)


def test_even_with_a_comparative_compares_with_something_told_earlier():
    names = frozenset({"Kinloch", "Skye"})
    assert "'even lower'" in context_problem("Kinloch is likely to have even lower fares.", names)
    assert context_problem("Kinloch fares rose 12%, but Skye fares rose even faster.", names) is None
    assert context_problem("Kinloch has even lower fares than Skye.", names) is None


def test_has_since_or_instead_follows_on_from_something_told_earlier():
    names = frozenset({"Kinloch", "Skye"})
    assert "'has since'" in context_problem("Kinloch has since cut its fares to Skye.", names)
    assert "'instead'" in context_problem("Kinloch will run a ferry to Skye instead on Sundays.", names)
    assert context_problem("Kinloch won the Skye contract in 2001 and has since cut its fares.", names) is None
    assert context_problem("Kinloch dropped its night boats and runs a ferry to Skye instead on Sundays.", names) is None
    assert context_problem("Kinloch will run a ferry instead of a bridge to Skye.", names) is None


def test_a_range_opened_by_a_number_word_keeps_its_ends():
    [changes] = _changes(["Kinloch Ferries sells passes of between one day and 30 days a month."], part="source")
    assert "30" not in changes


def test_no_negation_of_a_when_or_that_clause():
    assert _changes(["A far more common trouble at Kinloch is when a ferry breaks down."]) == [[]]


def test_a_police_rank_is_part_of_the_role_not_of_the_name():
    from quiz.generate.roles import find_roles
    from quiz.generate.entities import Names
    body = "Assistant Chief Constable Ann Wells said all talks with Kinloch Ferries had gone well."
    roles = find_roles(1, body, Names([body]))
    assert [(role.entity, role.role) for role in roles] == [("Ann Wells", "Assistant Chief Constable")]


def test_a_figure_of_a_sentence_naming_its_subject_earlier_is_asked_with_the_title():
    from quiz.generate import generate
    # (a title that names the firm: 'Harbour news' would name none, see test_generate_quality_round7)
    text = "Kinloch Ferries news\n\n" + "\n".join(["Kinloch Ferries runs boats to Skye for Ann Wells.",
                                                    "The firm's revenue nearly tripled to $86m in the fourth quarter.",
                                                    "It carried 40,000 cars in the year."]) + "\n"
    generated = generate(parse_source(text), count=20)
    asked = [q for q in generated.questions if q.citation.sentence == 2]
    assert asked and all(q.prompt.startswith("Fill in the blank according to the article “Kinloch Ferries news”: "
                                             "The firm's")
                         for q in asked)
    assert [n for n, _ in generated.skipped] == [3]  # 'It …' names nothing: no title tells what 'it' is


def test_an_acronym_and_its_name_after_a_are_one_source():
    from quiz.generate.sameness import same_entity
    assert same_entity("A Financial Times report", "the FT")
    assert same_entity("An Office of Fair Trading probe", "the OFT")
    assert not same_entity("A Financial Times report", "the BBC")


def test_no_negation_of_a_clause_inside_after_a_plural_noun():
    inner, outer = _changes(["Kinloch Ferries limits the types of tickets people can book online.",
                             "Kinloch Ferries says its customers can book online."])
    assert "cannot book" not in inner and "cannot book" in outer  # ('its customers': no plural noun before)


def test_a_word_like_nobody_first_is_lower_cased_inside_a_prompt():
    from quiz.generate.text import lower_first
    assert lower_first("Nobody should doubt that Kinloch needs ferries", frozenset({"Kinloch"}), set()) == \
        "nobody should doubt that Kinloch needs ferries"


def test_she_in_a_who_prompt_does_not_give_away_the_one_woman():
    from quiz.generate.fam_speech import _tells_her
    article = analyse(parse_source(_article(["Ms Wells runs Kinloch Ferries and Mr Reid runs Skye Ferries.",
                                             "Ms Ann Hay said fares would rise."])))
    prompt = "According to the article, who said fares would rise, although she denied any cuts?"
    assert _tells_her(prompt, article, ["Ann Wells", "Tom Reid", "Bob Hay"])
    assert not _tells_her(prompt, article, ["Ann Wells", "Ann Hay"])
    assert not _tells_her("According to the article, who said fares would rise?", article, ["Ann Wells", "Tom Reid"])


def test_it_as_the_object_after_one_name_points_back():
    names = frozenset({"Kinloch", "Skye"})
    assert "'it'" in context_problem("Kinloch stopped supporting it in January.", names)
    assert "'it'" in context_problem("Kinloch called it a fair fare.", names)
    assert context_problem("Kinloch is testing a new boat and offering it to Skye.", names) is None
    assert context_problem("Since Kinloch launched it has faced rivals.", names) is None
    assert context_problem("Kinloch said it would cut fares.", names) is None


def test_a_measure_named_earlier_is_not_asked_even_with_the_title():
    from quiz.generate import generate
    text = _article(["Kinloch Ferries says fares to Skye rose by 5% in 2004.",
                     "On the Mull route the figure is close to 7%."])
    assert not [q for q in generate(parse_source(text), count=20).questions if q.citation.sentence == 2]


def test_both_opening_a_title_is_no_part_of_it():
    from quiz.generate.entities import split_title
    assert split_title("Both Culture Secretary Tessa Jowell".split()) == (["Culture", "Secretary"], ["Tessa", "Jowell"])


def test_a_title_that_names_nothing_makes_no_titled_fill_in():
    from quiz.generate import generate
    text = "Storm costs emerging\n\nKinloch Ferries lost two boats to Skye in the storm.\n" \
           "The regional giant has enjoyed strong growth of 12% in 2004.\n" \
           "Ann Wells said Kinloch Ferries would cut fares to Skye by 5% in March.\n"  # ('storm': no name)
    assert not [q for q in generate(parse_source(text), count=20).questions if q.citation.sentence == 2]


def test_true_set_off_by_a_comma_grants_something_said_earlier():
    assert "'True,'" in context_problem("True, problems remain at Kinloch, but fares are falling.", frozenset({"Kinloch"}))
    assert context_problem("True Blue Ferries said fares at Kinloch would rise.",
                           frozenset({"Kinloch", "True", "Blue"})) is None


def test_them_after_the_subject_of_its_own_verb_points_back():
    names = frozenset({"Kinloch", "Skye"})
    assert "'them'" in context_problem("At Kinloch most ferry companies publish them every year.", names)
    assert context_problem("Kinloch sells tickets and prices them at 5 pounds.", names) is None
    assert context_problem("Kinloch and Skye sell 900 cars between them.", names) is None
    assert context_problem("Kinloch says lower fares wins them custom.", names) is None


def test_a_bodys_common_name_alone_is_no_choice():
    from quiz.generate.distractors import no_speaker
    assert no_speaker("The Association") and no_speaker("the Commission")
    assert not no_speaker("The Association of British Insurers") and not no_speaker("The Pentagon")


def test_a_publication_named_like_a_person_is_a_body():
    from quiz.generate.distractors import _looks_personal
    assert not _looks_personal("Screen Digest") and not _looks_personal("Harbour Review")
    assert _looks_personal("Ann Wells")


def test_it_after_a_preposition_in_a_sentence_whose_one_name_is_its_subject_points_back():
    names = frozenset({"Kinloch", "Skye", "Tories", "Harbour", "Board"})
    assert "'it'" in context_problem("The Tories say they will vote against it in March.", names)
    assert context_problem("The Harbour Board said fares would be passed on to it.", names) is None
    assert context_problem("Ferry users who find a boat to Skye tend to stick with it.", names) is None


def test_a_count_of_something_named_earlier_makes_no_titled_fill_in():
    from quiz.generate import generate
    text = _article(["Kinloch Ferries asked 900 Skye passengers about fares in March.",
                     "About 70% were using the night ferry, the firm said.",
                     "Ann Wells said Kinloch Ferries would cut fares to Skye by 5% in March."])
    assert not [q for q in generate(parse_source(text), count=20).questions if q.citation.sentence == 2]


def test_a_range_keeps_its_ends_past_a_conversion():
    [changes] = _changes(["Kinloch Ferries sells day passes at $10 (£5.20) to $20 for cars on the Skye route."],
                         part="source")
    assert "$20" not in changes and "$10" not in changes


def test_an_institution_is_a_body():
    from quiz.generate.distractors import _looks_personal
    assert not _looks_personal("Brookings Institution") and not _looks_personal("Harbour Concern")


def test_a_figure_written_without_a_comma_gets_wrong_figures_without_one():
    from quiz.generate import generate_questions
    text = _article(["The Kinloch index of ferry fares closed at 6709.93 on Friday, Ann Wells said."])
    [asked] = [q for q in generate_questions(parse_source(text), count=20) if q.answer == "6709.93"]
    assert all("," not in choice for choice in asked.choices)


def test_a_portfolio_joined_by_and_is_part_of_the_title():
    from quiz.generate.entities import Names
    from quiz.generate.roles import find_roles
    for body, role in [("Trade and Industry Secretary Ann Wells said Kinloch fares would rise.",
                        "Trade and Industry Secretary"),
                       ("Kinloch Ferries sails to Cardiff and Transport Secretary Tom Reid said so.", "Transport Secretary")]:
        assert [found.role for found in find_roles(1, body, Names([body]))] == [role]


def test_someones_ally_or_spokesman_is_not_that_person():
    from quiz.generate.attribution import GENERIC, PERSON, classify_speaker
    from quiz.generate.entities import Names
    names = Names(["Harbour chief Ann Wells said so.", "Ann Wells's closest ally denied it."])
    assert classify_speaker("Harbour chief Ann Wells's closest ally", names).kind == GENERIC
    assert classify_speaker("Ms Wells's spokesman", names).display is None
    assert classify_speaker("Harbour chief Ann Wells", names).kind == PERSON


def test_a_range_written_to_a_figure_keeps_its_wrong_figures_inside_and_its_ends():
    from quiz.generate.fam_claims import _range_ends
    from quiz.generate.fam_numbers import _inside_range
    from quiz.generate.numbers import find_numbers
    body = "Adults on Kinloch Ferries pay £5.05, while 18 to 21 year olds pay £4.25, Ann Wells said."
    numbers = find_numbers(body)
    [start] = [number for number in numbers if number.num == "18"]
    assert _inside_range(body, start, start.value, ["14", "16", "20", "24", "26"]) == ["14", "16", "20"]
    assert start.start in _range_ends(body, numbers)
    moved = "Kinloch fares rose from 10 to 12 pounds."  # a change, not a range: 10 may be changed
    assert not _range_ends(moved, find_numbers(moved))
    units = "Shares in Kinloch were up 16% to 18 pence."  # not one unit: no range
    [share] = [number for number in find_numbers(units) if number.pct]
    assert _inside_range(units, share, share.value, ["12%", "20%"]) == ["12%", "20%"]
