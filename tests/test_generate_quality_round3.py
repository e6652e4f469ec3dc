"""Quality rules of the third round, each on sentences written for these tests (no corpus text)."""

from quiz.generate import generate_questions
from quiz.generate.text import WORD
from quiz.generate.voice import first_person_paragraphs
from quiz.sources import parse_source


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def _own_view(text: str) -> list[bool]:
    doc = parse_source(text)
    bodies = [sentence.text for sentence in doc.sentences]
    return first_person_paragraphs(doc.text, [(s.start, s.end) for s in doc.sentences], bodies,
                                   [WORD.findall(body) for body in bodies])


def test_a_paragraph_speaking_for_us_is_its_writers_view():
    text = ("Ferry column\n\n"
            "Most of us rely on the ferry to reach Kinloch. Fares are far too high for island families.\n\n"
            "We should all be worried about the new timetable. Greenway has cut two crossings.\n\n"
            "Greenway Ferries carried 1,200 passengers to Kinloch on Monday, the harbour board said.\n")
    assert _own_view(text) == [True, True, True, True, False]


def test_our_correspondent_is_a_report_not_a_view():
    text = ("Ferry news\n\n"
            "Greenway Ferries carried 1,200 passengers on Monday, our correspondent in Kinloch says. "
            "The harbour board expects more in summer.\n\n"
            "We Will Rock You opened at the Kinloch theatre on Monday.\n")
    assert _own_view(text) == [False, False, False]


def test_no_negation_of_a_verb_in_a_clause_inside_the_sentence():
    text = _article(["Island children love the ferry games they can play on the crossing to Kinloch.",
                     "Kinloch councillor Ann Wells avoided suggesting anyone was selling tickets too cheaply."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10) if q.change is not None]
    assert not [p for p in prompts if "cannot play" in p or "was not selling" in p], prompts


def test_a_verb_after_said_it_is_still_negated():
    text = _article(["Greenway Ferries said it had signed a deal with Kinloch council to run two new routes."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10) if q.change is not None]
    assert [p for p in prompts if "it had not signed" in p], prompts


def test_no_negation_after_a_share_in_percent():
    text = _article(["Fifty nine percent of islanders said they were worried by the new Greenway ferry fares."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10)]
    assert not [p for p in prompts if "were not worried" in p], prompts
