"""Quality rules of the sixth round, each on sentences written for these tests (no corpus text)."""

from quiz.generate import generate_questions
from quiz.generate.entities import Names
from quiz.sources import parse_source


def test_a_place_before_a_plural_title_is_no_person():
    # "Maria Olsen, the chief economist at Nordbank" names a person by her title; "In Kinloch
    # Harbour, some economists …" has a plural title after it: people of a place, no one's name.
    names = Names([
        "In Kinloch Harbour, some economists have said that growth may slow.",
        "Kinloch Harbour's fish market has fallen about 5% since the weekend.",
        "Maria Olsen, the chief economist at Nordbank, said fares would rise.",
    ])
    assert "Maria Olsen" in names.persons and not any("Harbour" in name for name in names.persons)


def test_a_place_is_not_offered_as_a_person_who_said_something():
    text = ("Harbour trade slows\n\n"
            "In Kinloch Harbour, some economists have said that as much as 1% of growth may be lost.\n"
            "Kinloch Harbour's fish market has fallen about 5% since the weekend.\n"
            "Port director Ann Ferris said the ferry terminal would carry 400,000 passengers a year.\n"
            "Mayor Tom Berg said the council would spend £12m on the new pier by 2006.\n"
            "Harbour master Jo Lind said the storms of 2004 had cost the port about £3m.\n")
    who = [q for q in generate_questions(parse_source(text), count=20) if q.tags[0] in ("attribution", "quote")]
    assert who and all("Kinloch Harbour" not in choice for q in who for choice in q.choices)


def test_a_reference_to_sources_named_before_is_no_source():
    from quiz.generate.attribution import ANAPHORIC, classify_speaker
    names = Names(["The harbour board and the ferry union met in May."])
    for phrase in ["Both organisations", "The two banks", "All three men", "Neither group"]:
        assert classify_speaker(phrase, names).kind == ANAPHORIC, phrase
    for phrase in ["Both Plaid Cymru and the Liberal Democrats", "The Bank of England"]:
        assert classify_speaker(phrase, names).kind != ANAPHORIC, phrase


def test_a_title_is_quoted_in_prompts_with_single_spaces():
    text = ("Kinloch ferry fares  -  union  warns\n\n"
            "Fares rose by 12% in March, the third rise this year.\n"
            "Port director Ann Ferris said the ferry terminal would carry 400,000 passengers a year.\n")
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10)]
    titled = [p for p in prompts if "“Kinloch" in p]
    assert titled and all("“Kinloch ferry fares - union warns”" in p for p in titled)


def test_a_body_named_by_its_common_noun_alone_is_no_answer():
    # "… but the Association stressed …": which association, the sentence before tells; as a choice it
    # names none (and the full name may be offered beside it).
    text = ("Ferry cover\n\n"
            "The Association of Kinloch Insurers warned that travel cover does not normally pay for a missed ferry.\n"
            "Lloyds of Kinloch said delays had cost insurers about £3m in 2004.\n"
            "A local travel agent said fares had risen by 12% in a year.\n"
            "Kinloch Council said shops near the harbour had lost trade all winter.\n"
            "Lost bags are usually covered, but the Association stressed that policy wording must be checked.\n")
    questions = generate_questions(parse_source(text), count=30)
    assert questions and not any(q.answer == "The Association" or "The Association" in q.choices for q in questions)


def test_a_title_naming_a_choice_by_surname_is_not_put_in_the_prompt():
    from quiz.generate.title_tells import titled_prompt
    from quiz.generate.candidate import Candidate
    from quiz.model import MULTIPLE_CHOICE, TRUE_FALSE, Change
    who = Candidate("attribution", MULTIPLE_CHOICE, 3, "The plan would cost £12m, Ann Ferris said.",
                    "According to the article, who said the plan would cost £12m?", "Ann Ferris",
                    ["Ann Ferris", "Tom Berg", "Jo Lind"], "", "who:the plan", 2.0, "easy")
    assert titled_prompt(who, "Ferris attacks pier plan") is None  # the title tells who
    assert titled_prompt(who, "Pier plan attacked") == \
        "According to the article “Pier plan attacked”, who said the plan would cost £12m?"
    swapped = Candidate("claim", TRUE_FALSE, 3, "The plan would cost £12m, Ann Ferris said.",
                        "True or false? According to the article: The plan would cost £12m, Tom Berg said.", False,
                        [], "", "claim:the plan", 1.0, "easy", Change("Tom Berg", "Ann Ferris"))
    assert titled_prompt(swapped, "Ferris attacks pier plan") is None


def test_people_named_by_a_plural_role_are_not_offered_as_another_source():
    # "The MPs said …" of a select committee's words may be true: MPs make up the committee.
    from quiz.generate.distractors import _describes_someone
    for display in ["The MPs", "Ministers", "The councillors", "Scotland's justice minister"]:
        assert _describes_someone(display), display
    for display in ["The Constitutional Affairs Select Committee", "The Pentagon", "Greenway Ferries"]:
        assert not _describes_someone(display), display


def test_no_question_whose_answer_the_title_shows():
    # The app shows the set's title above every question: 'Kinloch port sues 45 firms' answers
    # "… has sued _____ firms", and 'Ferris …' answers who said it.
    text = ("Kinloch port sues 45 firms, says Ferris\n\n"
            "Kinloch port has sued 45 firms over the collapse of its ferry operator in 2003.\n"
            "Port director Ann Ferris said the claims were worth about £30m in total.\n"
            "Harbour master Jo Lind said the port had lost 120 jobs since the collapse.\n"
            "Mayor Tom Berg said the council would spend £12m on a new pier by 2006.\n"
            "The ferry operator's former owners said the claims had no merit at all.\n")
    questions = generate_questions(parse_source(text), count=40)
    assert questions
    assert not [q for q in questions if q.choices and (q.answer == "45" or q.answer == "Ann Ferris")]
    assert not [q for q in questions if q.change is not None and q.change.source in ("45", "Port director Ann Ferris")]


def test_a_verb_written_with_a_hyphen_is_negated_whole():
    text = ("Pier budget\n\n"
            "Harbour master Jo Lind said deep cuts to the pier budget would ill-serve the island's fishing fleet.\n"
            "Kinloch council will re-elect its harbour board in May, a spokesman said.\n")
    changes = [q.change for q in generate_questions(parse_source(text), count=20) if q.change is not None]
    negations = [c for c in changes if " not " in f" {c.claim} " or " not " in f" {c.source} "]
    assert negations and all(c.claim.endswith(("ill-serve", "re-elect")) for c in negations)


def test_a_sentence_whose_questions_the_title_shows_is_reported_as_skipped():
    from quiz.generate import generate
    text = ("Kinloch port sues 45 firms\n\n"
            "Kinloch port has sued 45 firms.\n"
            "Harbour master Jo Lind said the port had lost 120 jobs since the collapse in 2003.\n")
    assert (1, "what it could be asked, the article's title already shows") in generate(parse_source(text)).skipped
