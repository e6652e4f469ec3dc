"""More quality rules, each on sentences written for these tests (no corpus text)."""

from quiz.generate import generate_questions
from quiz.generate.attribution import classify_speaker
from quiz.generate.entities import Names
from quiz.generate.filters import context_problem, sentence_problem
from quiz.generate.numbers import find_numbers, find_years
from quiz.generate.reference import definite_reference
from quiz.sources import parse_source


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def test_where_every_sentence_leans_on_another_the_title_says_what_on():
    text = "Greenway Ferries doubles profits\n\n" + "\n".join([
        "The firm's profits nearly doubled in the fourth quarter of 2004, reaching $86m.",
        "During the same quarter, its ferries carried 1.2 million passengers.",
        "But the company warned that fuel costs would rise sharply."]) + "\n"
    questions = generate_questions(parse_source(text))
    assert questions
    for question in questions:
        assert "ccording to the article “Greenway Ferries doubles profits”:" in question.prompt, question.prompt
        # A sentence naming what it leans on ("the firm's") before one leaning on a pronoun or a time.
        assert question.citation.sentence == 1


def test_no_negation_of_a_verb_a_later_clause_echoes():
    text = _article(["Greenway Ferries is building its own harbour now, and so is the Kinloch board.",
                     "The Kinloch board is adding two routes to the islands as well."])
    assert not [q for q in generate_questions(parse_source(text), count=10) if q.change is not None and
                "not" in q.prompt]


def test_a_role_of_the_same_party_under_another_name_is_no_false_description():
    text = _article(["Conservative leader Jon Harrow has accepted the resignation of the harbour chairman.",
                     "Tory MP Ann Wellby said the harbour board had acted too slowly on the new routes.",
                     "Labour MP Tom Becker said the ferry routes were a matter for the harbour board.",
                     "Harbour master Rob Kerr said the routes would open in March."])
    for question in generate_questions(parse_source(text), count=20):
        if question.tags == ["role"] and question.kind == "true_false" and "Jon Harrow" in question.prompt:
            assert "Tory" not in question.prompt, question.prompt


def test_a_time_after_a_speaker_is_not_part_of_the_speaker():
    names = Names(["The Harbour Strategy Unit in 2003 said fares were too high."])
    assert classify_speaker("The Harbour Strategy Unit in 2003", names).display == "The Harbour Strategy Unit"
    assert classify_speaker("The Harbour Board on Monday", names).display == "The Harbour Board"
    assert classify_speaker("The Harbour Board yesterday", names).display == "The Harbour Board"


def test_no_negation_of_a_verb_inside_a_quotation_or_of_too_costly():
    text = _article(['Jon Harrow said the Kinloch board would "look again at the whole plan" for islanders '
                     'unable to travel.',
                     "Island firms have protested that harbour fees set by Kinloch make ferries too costly for families."])
    negated = [q.prompt for q in generate_questions(parse_source(text), count=10) if q.change is not None]
    assert not [p for p in negated if "would not for" in p]
    assert [p for p in negated if "have not protested" in p]


def test_an_old_year_naming_something_is_no_amount():
    assert [n.text for n in find_numbers("The board agreed the 1701 Act of Kinloch was unfair.")] == []
    assert [n.text for n in find_numbers("Shares fell to 1.90 Canadian dollars, and 1500 boats sailed.")] == \
        ["1.90", "1500"]


def test_a_pronoun_of_the_other_sex_than_every_name_before_it_points_back():
    people = frozenset({"Mr", "Ms", "Brown", "Ferris", "Gordon"})
    assert "her" in context_problem("Mr Brown seems haunted by her eyes, desolate of all hope.",
                                    frozenset({"Brown"}), people)
    assert "his" in context_problem("Ms Ferris said his plan for Kinloch would work.", frozenset({"Ferris"}), people)
    for sentence in ("Mr Gordon Brown said his plan for Kinloch would work.",
                     "Mr Brown and Ms Ferris said she would sail to Kinloch.",
                     "Lucy, 36, tracked down Mr Brown after her mother told her he lived in Kinloch."):
        assert context_problem(sentence, frozenset({"Brown", "Ferris", "Gordon", "Lucy", "Kinloch"}), people) is None


def test_no_negation_of_an_adverb_whose_meaning_turns():
    text = _article(["Ferry passengers can often wait two hours for a crossing to Kinloch.",
                     "Island ferries could soon be running on hydrogen, with Greenway planning a trial."])
    negated = [q.prompt for q in generate_questions(parse_source(text), count=10) if q.change is not None]
    assert not [p for p in negated if "cannot often" in p or "could not soon" in p]


def test_a_measure_in_brackets_does_not_say_which_thing():
    assert definite_reference("The ferry (40m by 12m) will carry 300 cars to Kinloch.") == "the ferry"
    assert definite_reference("The company (Greenway) will carry 300 cars to Kinloch.") is None


def test_a_paragraph_in_the_first_person_is_its_writers_view():
    text = ("Ferry fans write in\n\n"
            "Greenway Ferries carried 1,200 passengers to Kinloch on Monday, the harbour board said.\n\n"
            "I have sailed to Kinloch every summer since I was a boy. Ferries are the best way to travel. "
            "Kinloch harbour is the most beautiful harbour in Scotland.\n\n"
            'Harbour master Ann Ferris said: "I sail every day." Ferries to Kinloch run twice daily in summer.\n\n'
            "Ann Ferris was paid £5,000 for presenting Have I Got News for You on Kinloch TV.\n")
    questions = generate_questions(parse_source(text), count=20)
    cited = {q.citation.sentence for q in questions}
    assert not cited & {2, 3, 4}, [q.prompt for q in questions]
    assert cited & {1, 6, 7}


def test_first_person_paragraphs_mark_whole_paragraphs_only():
    from quiz.generate.text import WORD
    from quiz.generate.voice import first_person_paragraphs
    text = "I think so. Ferries are best.\nFerries run daily. Fares rise.\n"
    spans = [(0, 11), (12, 29), (30, 48), (49, 61)]
    bodies = [text[a:b] for a, b in spans]
    assert first_person_paragraphs(text, spans, bodies, [WORD.findall(b) for b in bodies]) == \
        [True, True, False, False]


def test_an_adverb_then_a_pronoun_opens_on_something_earlier():
    assert "Potentially it" in context_problem("Potentially it could help ferry firms to track lost luggage.")
    assert context_problem("Italy said it would help ferry firms to track lost luggage.", frozenset({"Italy"})) is None


def test_a_plural_noun_that_is_also_a_say_verb_makes_no_speaker():
    from quiz.generate.attribution import find_attributions
    body = "The eight island states which joined the Kinloch pact will see 4.6% growth, the Harbour Board said."
    assert not [a for a in find_attributions(1, body, Names([body])) if "island" in (a.speaker.display or "")]
    body = "The harbour report states that fares will rise by 5% next year."
    assert [a.claim for a in find_attributions(1, body, Names([body]))] == ["fares will rise by 5% next year"]


def test_a_run_after_in_is_a_place_not_a_person():
    body = "At a conference held last week in San Remo, famed director Jon Harrow said ferries were too slow."
    names = Names([body, "Mr Harrow said so again."])
    assert "San Remo" not in names.persons and "Jon Harrow" in names.persons


def test_a_share_or_others_as_subject_counts_what_was_named_earlier():
    for sentence in ("More than a quarter have bought tickets for the Kinloch ferry online.",
                     "Four other ferries were also sold to Kinloch.",
                     "Most were sold to firms in Kinloch."):
        assert "a count of something named earlier" in context_problem(sentence, frozenset({"Kinloch"})), sentence
    assert context_problem("Many people in Kinloch were hurt in a storm.", frozenset({"Kinloch"})) is None


def test_these_before_a_season_word_is_no_time():
    assert "these" in context_problem("Islanders may swap these winter fuel payments for ferry tickets to Kinloch.",
                                      frozenset({"Kinloch"}))
    assert context_problem("Greenway will cut ferry fares to Kinloch this winter.", frozenset({"Greenway", "Kinloch"})) \
        is None


def test_a_superlative_subject_is_the_most_of_something_named_earlier():
    assert "The biggest jump" in context_problem("The biggest jump was in Kinloch, where fares rose by 12%.",
                                                 frozenset({"Kinloch"}))
    for sentence in ("The biggest ferry on the Clyde carries 900 cars.", "The interest rate was 5% in Kinloch."):
        assert context_problem(sentence, frozenset({"Clyde", "Kinloch"})) is None, sentence


def test_former_and_one_word_is_no_role_to_choose():
    from quiz.generate.fam_roles import _specific
    assert not _specific("Former minister") and _specific("Former foreign secretary") and _specific("Tory MP")


def test_a_months_figure_says_nothing_of_what_it_measures():
    assert "December's figure" in context_problem("Analysts expected December's figure to come in at 58.1.")
    assert context_problem("December's figure for Kinloch ferry fares was 5% higher.", frozenset({"Kinloch"})) is None


def test_a_measure_after_modifiers_that_name_no_owner_leans_back():
    for sentence in ("Fourth-quarter ferry ticket sales totalled 1,751,000 in Kinloch.",
                     "Annual profits rose 5% to £3m in Kinloch."):
        assert "says nothing of whose" in context_problem(sentence, frozenset({"Kinloch"})), sentence
    for sentence in ("Annual profits at Greenway rose 5% to £3m.", "Foreign firms have been given an extra year in Kinloch."):
        assert context_problem(sentence, frozenset({"Kinloch", "Greenway"})) is None, sentence


def test_a_size_is_no_year_and_most_likely_is_not_negated():
    assert [year for _, _, year in find_years("Films are shown at 2048 * 1080 pixels in Kinloch since 2005.")] == [2005]
    text = _article(["Details of the new Greenway ferry will most likely be unveiled in Kinloch in May."])
    assert not [q for q in generate_questions(parse_source(text), count=10) if "not most" in q.prompt]


def test_no_negation_of_a_proportion_and_no_character_codes_and_participle_openers():
    text = _article(["One in ten islanders have bought ferry tickets from Greenway online."])
    assert not [q for q in generate_questions(parse_source(text), count=10) if "have not bought" in q.prompt]
    assert "code" in sentence_problem("The communiqu&#233; congratulated the Kinloch harbour board.")
    assert "it" in context_problem("Pitched at 300p per share, it relies less on debt than the Kinloch bid.",
                                   frozenset({"Kinloch"}))


def test_a_further_or_a_separate_one_is_one_more_than_those_told_before():
    for sentence in ("A further patch fixes a hole in the Kinloch booking site.",
                     "A separate study by Greenway found ferries to Kinloch were slow."):
        assert "one more than" in context_problem(sentence, frozenset({"Kinloch", "Greenway"})), sentence
    assert context_problem("A fresh crackdown on fare dodgers has been launched in Kinloch.",
                           frozenset({"Kinloch"})) is None


def test_a_demonstrative_ending_a_clause_at_a_dash_points_back():
    assert "that" in context_problem("Greenway set out to change that - ferries to Kinloch now sail at night.",
                                     frozenset({"Greenway", "Kinloch"}))
    assert context_problem("Greenway said that - despite high costs - its ferries would sail at night.",
                           frozenset({"Greenway"})) is None


def test_an_advisory_firm_is_no_person():
    names = Names(["Matrix Asset Advisors said the shares were cheap.", "Jeff Immelt said profits rose."])
    assert "Matrix Asset Advisors" not in names.persons


def test_a_figure_after_operator_comma_is_the_firms_name():
    assert find_numbers("The gig will be broadcast by the mobile phone operator, 3.") == []
    assert [n.text for n in find_numbers("The operator, which employs 300 staff, sails to Kinloch.")] == ["300"]


def test_a_heading_in_capitals_run_into_a_sentence_carries_no_question():
    assert "heading" in sentence_problem("HARBOUR OF THE ISLES II Looks set to build on the first ferry game's success.")
    assert sentence_problem("BBC News Online said ferry fares to Kinloch rose by 5% last year.") is None
