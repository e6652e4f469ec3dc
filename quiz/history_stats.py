"""What `quiz stats` reports, read from the answer history in a few aggregate queries.

Kept apart from quiz.history so the store stays small; this module only reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tally:
    """Answers given in one set or one tag."""

    key: str  # the set key, or the tag
    title: str  # the set's latest title, or the tag
    quizzes: int  # distinct attempts with at least one answer here
    answers: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Missed:
    """A question answered wrongly at least once."""

    set_key: str
    set_title: str
    question_id: str
    prompt: str  # as last recorded
    misses: int
    answers: int


@dataclass
class Stats:
    sets: list[Tally] = field(default_factory=list)  # most answered first
    tags: list[Tally] = field(default_factory=list)
    missed: list[Missed] = field(default_factory=list)  # missed most often first

    @property
    def answers(self) -> int:
        return sum(tally.answers for tally in self.sets)

    @property
    def correct(self) -> int:
        return sum(tally.correct for tally in self.sets)


# SQLite takes bare columns (set_title, prompt) from the row that gave MAX(a.id): the latest one.
_SETS = """SELECT a.set_key, a.set_title, MAX(a.id), COUNT(DISTINCT a.attempt_id), COUNT(*), SUM(a.correct)
           FROM answers a GROUP BY a.set_key
           ORDER BY COUNT(*) DESC, a.set_title, a.set_key"""
_TAGS = """SELECT t.tag, COUNT(DISTINCT a.attempt_id), COUNT(*), SUM(a.correct)
           FROM answer_tags t JOIN answers a ON a.id = t.answer_id GROUP BY t.tag
           ORDER BY COUNT(*) DESC, t.tag"""
_MISSED = """SELECT a.set_key, a.set_title, a.question_id, a.prompt, MAX(a.id),
                    COUNT(*) - SUM(a.correct) AS misses, COUNT(*)
             FROM answers a GROUP BY a.set_key, a.question_id HAVING misses > 0
             ORDER BY misses DESC, CAST(misses AS REAL) / COUNT(*) DESC, a.set_title, a.question_id
             LIMIT ?"""


def read_stats(connection: sqlite3.Connection, most_missed: int = 10) -> Stats:
    """The aggregates of every answer; the caller holds the connection's lock."""
    sets = [Tally(key, title, quizzes, answers, int(correct))
            for key, title, _latest, quizzes, answers, correct in connection.execute(_SETS)]
    tags = [Tally(tag, tag, quizzes, answers, int(correct))
            for tag, quizzes, answers, correct in connection.execute(_TAGS)]
    missed = [Missed(key, title, question_id, prompt, misses, answers)
              for key, title, question_id, prompt, _latest, misses, answers
              in connection.execute(_MISSED, (max(0, most_missed),))]
    return Stats(sets, tags, missed)
