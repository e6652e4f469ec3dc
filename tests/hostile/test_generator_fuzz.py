"""The generator over random and adversarial documents: every question it emits passes `quiz check`.

Each generated set is written as the tool writes it, next to its source in a seeds/ folder,
then checked in full (format, limits, and every citation against the source).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate import generate_questions
from quiz.model import QuestionSet, SourceRef
from quiz.problems import ERROR
from quiz.sources import read_source
from quiz.storage import check_question_set, write_question_set

# Pieces of news text the generator looks for (speech, numbers, dates, roles, claims), plus
# what attacks it: markup, escapes, bidi and zero-width characters, odd breaks, long runs.
NEWSY = [
    "The minister said", "“We know what we hit,” he said.", "Officials said", "at least 22 people",
    "$2.5bn", "£102.80", "3.5%", "in 2021", "on 26 February", "Mr. Smith", "U.S.", "a.m.", "the company",
    "John F. Kennedy, the president,", "chief executive", "rose to", "fell by", "about 5,000", "no one",
    "according to the BBC", "told AFP", "Inc.", " (", ")", ", ", ". ", "! ", "? ", "\n", "\n\n", "…",
    "[bold]x[/bold]", "[@click=app.quit]quit[/]", "\x1b[31m", "\x1b]0;t\x07", "\u202e", "\u200b", "\ufeff",
    "\x00", "\r\n", "\u2028", "\u2029", "\t", "'", '"', "yes", "no", "~", "null", "- ", "#", "&a", "*a", ": ",
]
WORDS = st.sampled_from(NEWSY) | st.text(max_size=12) | st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
DOCUMENTS = st.lists(WORDS, max_size=120).map(" ".join)


def _check_generated(tmp_path: Path, text: str, count: int | None, seed: int) -> int:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    source = seeds / "doc.txt"
    source.write_text(text, encoding="utf-8", newline="")
    doc = read_source(source)
    questions = generate_questions(doc, count=count, seed=seed)
    assert len({q.id for q in questions}) == len(questions)
    question_set = QuestionSet(title="Fuzz", source=SourceRef("doc.txt"), questions=questions,
                               generated=[q.id for q in questions])
    path = tmp_path / "questions" / "doc.yaml"
    path.parent.mkdir(exist_ok=True)
    write_question_set(path, question_set)
    loaded, problems = check_question_set(path, seeds)
    errors = [str(p) for p in problems if p.severity == ERROR]
    assert errors == [], (text, errors)
    assert loaded is not None and len(loaded.questions) == len(questions)
    return len(questions)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=DOCUMENTS, count=st.none() | st.integers(1, 30), seed=st.integers(0, 2**32))
def test_random_documents_give_only_valid_questions(tmp_path_factory, text, count, seed):
    _check_generated(tmp_path_factory.mktemp("gen"), text, count, seed)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_any_unicode_gives_only_valid_questions(tmp_path_factory, text):
    _check_generated(tmp_path_factory.mktemp("any"), text, None, 0)


ADVERSARIAL = {
    "empty": "",
    "white space only": " \n\t\n \u2028 ",
    "no punctuation": "the minister said that the company paid 5000 dollars to the council " * 300,
    "one huge sentence": "The minister said the bill was $2.5bn and " + "rose by 3.5% and " * 3000 + "fell.",
    "markup and escapes": ("The minister [@click=app.quit]Bob[/] said \x1b[2J the cost rose to $2.5bn in 2021. "
                           "“We know what we hit,” Mr. \u202eSmith\u202c told AFP. About 5,000 people "
                           "[bold]marched[/bold] on 26 February, police said.\n\n") * 5,
    "zero-width": "The\u200b minister\u200d said\ufeff the cost rose to $2.5bn in 2021. " * 20,
    "a 10,000-character sentence": "Officials said " + "very " * 2000 + "many people came, at least 22.",
    "many numbers": " ".join(f"Sales rose {i}.5% to ${i}bn in {1990 + i % 30}." for i in range(400)),
    "quotes and brackets": "“(“[“He said,” she said.”]”)” " * 200,
    "yaml traps": "Officials said no. The answer was yes. It cost 2009 on 1:30. ~ null. " * 30,
}


SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ac34c4d9b940b12e.txt"


def _poisoned_seed() -> str:
    """The seed article with markup, escapes, bidi and zero-width characters inside its words."""
    text = SEED.read_text(encoding="utf-8")
    for word, poison in [("said", "[@click=app.quit]said[/]"), ("the ", "the\u200b "), ("US", "U\u202eS"),
                         ("Pentagon", "\x1b[31mPentagon\x1b[0m"), ("22", "[bold]22[/bold]")]:
        text = text.replace(word, poison)
    return text


def test_adversarial_documents_give_only_valid_questions(tmp_path):
    made = {}
    for number, (name, text) in enumerate({**ADVERSARIAL, "the poisoned seed": _poisoned_seed()}.items()):
        folder = tmp_path / str(number)
        folder.mkdir()
        made[name] = _check_generated(folder, text, None, 0)
    # not vacuous: the hostile articles that read as news do give questions
    assert made["markup and escapes"] > 0 and made["the poisoned seed"] >= 5 and made["many numbers"] > 0
