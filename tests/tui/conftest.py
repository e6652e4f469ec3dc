"""Sets, sources and apps for the app's tests: built here, so they never depend on a user's files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from quiz.model import Change, Citation, Question, QuestionSet, SourceRef
from quiz.sources import parse_source
from quiz.tui.app import QuizApp
from quiz.tui.catalog import SetEntry
from quiz.tui.session import PlayOptions

SOURCE = """date 2024-03-01 Harbour town opens a new ferry terminal

The new ferry terminal in Harbourton opened on Monday after two years of work.
The council said the building cost about 12 million pounds.
Mayor Ana Ruiz said the terminal would carry 400,000 passengers a year.

Local traders welcomed the opening. A first ferry left at 6 am.
"""


def ferry_questions() -> list[Question]:
    return [
        Question(
            id="q-number-cost", kind="multiple_choice",
            prompt="According to the article, about how much did the building cost?",
            choices=["about 2 million pounds", "about 12 million pounds", "about 20 million pounds"],
            answer="about 12 million pounds",
            explanation="The council put the cost at about 12 million pounds.",
            citation=Citation(2, "The council said the building cost about 12 million pounds."),
            tags=["number"]),
        Question(
            id="q-claim-passengers", kind="true_false",
            prompt="True or false: the mayor said the terminal would carry 40,000 passengers a year.",
            answer=False,
            explanation="The mayor said 400,000 passengers a year, not 40,000.",
            citation=Citation(3, "Mayor Ana Ruiz said the terminal would carry 400,000 passengers a year."),
            tags=["claim"], change=Change(claim="40,000", source="400,000")),
        Question(
            id="q-attribution-passengers", kind="multiple_choice",
            prompt="Who said the terminal would carry 400,000 passengers a year?",
            choices=["The council", "Local traders", "Mayor Ana Ruiz"],
            answer="Mayor Ana Ruiz",
            explanation="The article attributes the passenger figure to Mayor Ana Ruiz.",
            citation=Citation(3, "Mayor Ana Ruiz said the terminal would carry 400,000 passengers a year."),
            tags=["attribution"]),
    ]


def ferry_entry(tmp_path: Path, questions: list[Question] | None = None, title: str = "Harbourton ferry terminal",
                name: str = "ferry.yaml") -> SetEntry:
    question_set = QuestionSet(title=title, source=SourceRef("ferry.txt", "2024-03-01"),
                               questions=questions if questions is not None else ferry_questions())
    document = parse_source(SOURCE, "ferry.txt")
    return SetEntry(tmp_path / name, question_set, [], document)


class FakeClock:
    """Each reading is 4 seconds after the last: times shown are the same on every run."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += 4.0
        return self.now


def make_app(tmp_path: Path, entries: list[SetEntry], problems=(), *, play: bool = False,
             options: PlayOptions | None = None, notice: str | None = None,
             history_path: Path | None = None, theme: str | None = "textual-dark") -> QuizApp:
    app = QuizApp(lambda: (entries, list(problems)), options or PlayOptions(shuffle=False), play=play,
                  notice=notice, history_path=history_path or tmp_path / "history.sqlite3",
                  settings_path=tmp_path / "settings.json", theme=theme, clock=FakeClock())
    app.animation_level = "none"
    return app


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Nothing a test does reaches the user's own data folder."""
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)


def slow_app(tmp_path: Path, release: threading.Event, *, play: bool = False) -> QuizApp:
    """An app whose sets finish loading only once `release` is set."""
    entries = [ferry_entry(tmp_path)]

    def slow_loader():
        release.wait(10)
        return entries, []

    return QuizApp(slow_loader, PlayOptions(shuffle=False), play=play, history_path=tmp_path / "h.sqlite3",
                   settings_path=tmp_path / "s.json", theme="textual-dark", clock=FakeClock())
