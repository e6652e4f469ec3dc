"""A candidate question before ranking, and the checks every candidate must pass (no leaks)."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.generate.text import has_phrase
from quiz.model import Change

BLANK = "_____"
ACCORDING = "According to the article, "


@dataclass
class Candidate:
    family: str
    kind: str
    sentence: int
    quote: str  # the cited sentence, verbatim
    prompt: str
    answer: str | bool
    choices: list[str]  # the answer among them; empty for true/false
    explanation: str
    ask: str  # what is asked (for the id and for "same fact, same skill")
    score: float
    difficulty: str
    change: Change | None = None
    ordered: bool = False  # choices already in a natural order (numbers, years)
    reserve: bool = False  # asked only where the others leave an article short of questions

    @property
    def fact(self) -> tuple[str, int, str]:
        return (self.family, self.sentence, self.ask)


def leak(prompt: str, answer: str, choices: list[str]) -> str | None:
    """Why a multiple-choice question gives its answer away, or None."""
    plain = prompt.lower()
    key = answer.lower().strip()
    if key and has_phrase(plain, key):
        return "the answer is in the prompt"
    if _article_before_blank(prompt):
        return "'a/an' before the blank"
    others = [c for c in choices if c != answer]
    if others and len(answer) > 1.6 * max(len(c) for c in others) + 4:
        return "the answer is visibly longer than the other choices"
    for other in others:
        if other.lower() in plain and len(other) > 3:
            return "a wrong choice is in the prompt"
    if _a_name_of_the_answer_in(prompt, answer, others):
        return "a name in the answer, and in no other choice, is in the prompt"
    return None


_NO_NAME = frozenset("The And For Of".split())


def _a_name_of_the_answer_in(prompt: str, answer: str, others: list[str]) -> bool:
    """'Who announced an iTunes compatible with Motorola phones?' with 'Motorola and Apple' among people
    and bodies that are neither: the one choice holding a name the prompt shows gives itself away."""
    for word in answer.split():
        word = word.rstrip(",.")
        if len(word) > 2 and word[:1].isupper() and word not in _NO_NAME and has_phrase(prompt, word) and \
                not any(has_phrase(other, word) for other in others):
            return True
    return False


def _article_before_blank(prompt: str) -> bool:
    """'a' or 'an' (any case), a whole word, then only white space up to a blank: the same as searching
    \\b(?:a|an)\\s+_____ ignoring case, but looking only where a blank stands, not at every position.
    (re's \\s is str.isspace(), its \\w is str.isalnum() or '_', and under IGNORECASE 'a' and 'n'
    match no other letters than A and N.)"""
    at = prompt.find(BLANK)
    while at >= 0:
        head = prompt[:at]
        word = head.rstrip()
        if len(word) < len(head):
            for article in ("a", "an"):
                start = len(word) - len(article)
                if start >= 0 and word[start:].lower() == article and word[start:].isascii() and \
                        not (start and (word[start - 1].isalnum() or word[start - 1] == "_")):
                    return True
        at = prompt.find(BLANK, at + 1)
    return False


def clean_choices(answer: str, distractors: list[str], want: int = 3) -> list[str]:
    """Distractors that are unique, differ from the answer, and none contained in another."""
    kept: list[str] = []
    taken = [answer.lower()]
    for option in distractors:
        low = option.lower().strip()
        if not low or _clashes(low, taken):
            continue
        kept.append(option)
        taken.append(low)
        if len(kept) == want:
            break
    return kept


def _clashes(low: str, taken: list[str]) -> bool:
    """Whether `low` is one of `taken`, or holds one or is held by one as a phrase."""
    for other in taken:
        # A phrase is held only where its text is: a substring test spares most has_phrase calls,
        # and where `other` is in `low` but not equal, `low` cannot be in `other`.
        if other in low:
            if low == other or _contains(low, other):
                return True
        elif low in other and _contains(other, low):
            return True
    return False


def _contains(outer: str, inner: str) -> bool:
    return has_phrase(outer, inner, edge=",.")


def difficulty_from(level: float) -> str:
    """Map a 0..1 evidence score (more competing facts, fewer cues → higher) to a level."""
    if level < 0.34:
        return "easy"
    if level < 0.67:
        return "medium"
    return "hard"
