"""One quiz being played: the questions in order, the answers given, the score.

Plain Python (no Textual), so the rules of play are tested without a terminal.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from quiz.model import Question
from quiz.tui.catalog import SetEntry


@dataclass
class PlayOptions:
    """How `quiz play` picks and orders questions (its command-line options)."""

    shuffle: bool = True
    seed: int | None = None
    count: int | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class Asked:
    """A question as it is put to the player: its choices in the order shown."""

    entry: SetEntry
    question: Question
    choices: list[str]
    correct: int  # index into choices


@dataclass
class Answer:
    asked: Asked
    choice: int  # index into asked.choices
    seconds: float  # from showing the question to answering it

    @property
    def correct(self) -> bool:
        return self.choice == self.asked.correct

    @property
    def choice_text(self) -> str:
        return self.asked.choices[self.choice]


def ask(entry: SetEntry, question: Question, rng: random.Random | None) -> Asked:
    """Put a question: choices keep their file order unless a shuffle (rng) is given."""
    choices = question.display_choices()
    correct = question.correct_index()
    order = list(range(len(choices)))
    if rng is not None and question.kind != "true_false":  # True stays 1, False stays 2
        rng.shuffle(order)
    return Asked(entry, question, [choices[i] for i in order], order.index(correct))


def pick(entries: list[SetEntry], options: PlayOptions) -> list[Asked]:
    """The questions of a quiz from the given sets, by the options."""
    rng = random.Random(options.seed) if options.shuffle else None
    wanted = set(options.tags)
    asked = [
        ask(entry, question, rng)
        for entry in entries
        if entry.playable and entry.question_set is not None
        for question in entry.question_set.questions
        if not wanted or wanted.intersection(question.tags)
    ]
    if rng is not None:
        rng.shuffle(asked)
    return asked[: options.count] if options.count else asked


class Session:
    """A quiz in play. The clock is injectable so tests and snapshots are exact."""

    def __init__(self, asked: list[Asked], title: str, *, retry: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.asked = asked
        self.title = title
        self.retry = retry
        self.answers: list[Answer] = []
        self._clock = clock
        self.started = clock()
        self.finished_at: float | None = None
        self._shown = self.started
        self.index = 0  # the question on screen
        self.attempt_id = 0  # the history's id for this quiz, set by the recorder

    @property
    def total(self) -> int:
        return len(self.asked)

    @property
    def current(self) -> Asked:
        return self.asked[self.index]

    @property
    def answered(self) -> bool:
        """Whether the question on screen has been answered."""
        return len(self.answers) > self.index

    @property
    def score(self) -> int:
        return sum(answer.correct for answer in self.answers)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def answer(self, choice: int) -> Answer | None:
        """Answer the current question; None if it is answered already or choice is out of range."""
        if self.answered or not 0 <= choice < len(self.current.choices):
            return None
        answer = Answer(self.current, choice, max(0.0, self._clock() - self._shown))
        self.answers.append(answer)
        return answer

    def advance(self) -> bool:
        """Go on to the next question; False (and the quiz finished) after the last."""
        if not self.answered:
            return True
        if self.index + 1 >= self.total:
            if self.finished_at is None:
                self.finished_at = self._clock()
            return False
        self.index += 1
        self._shown = self._clock()
        return True

    @property
    def elapsed(self) -> float:
        end = self.finished_at if self.finished_at is not None else self._clock()
        return max(0.0, end - self.started)

    def missed(self) -> list[Answer]:
        return [answer for answer in self.answers if not answer.correct]

    def by_tag(self) -> list[tuple[str, int, int]]:
        """(tag, right, asked) for every tag of the questions answered, in order of first use."""
        rows: dict[str, list[int]] = {}
        for answer in self.answers:
            for tag in answer.asked.question.tags or ["untagged"]:
                row = rows.setdefault(tag, [0, 0])
                row[0] += answer.correct
                row[1] += 1
        return [(tag, right, asked) for tag, (right, asked) in rows.items()]

    def single_set(self) -> SetEntry | None:
        """The one set every question comes from, if there is one (for the history's scores)."""
        keys = {asked.entry.key for asked in self.asked}
        return self.asked[0].entry if len(keys) == 1 and self.asked else None

    def retry_missed(self) -> Session:
        """A new quiz of the questions missed, choices in the same order as before."""
        title = self.title if self.retry else f"Retry of missed · {self.title}"
        return Session([answer.asked for answer in self.missed()], title, retry=True, clock=self._clock)


def start(entries: list[SetEntry], options: PlayOptions, clock: Callable[[], float] = time.monotonic) -> Session:
    titles = list(dict.fromkeys(entry.title for entry in entries if entry.playable))
    title = titles[0] if len(titles) == 1 else f"{len(titles)} sets"
    return Session(pick(entries, options), title, clock=clock)
