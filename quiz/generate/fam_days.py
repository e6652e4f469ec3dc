"""Candidates of the `date` family for a day of a month: 'on sale from _____' → March 14.

Years are asked in quiz.generate.fam_numbers; a day and its month ("14 June", "June 14", "Nov. 25")
is asked here, its wrong choices written as the article writes it: other days of the article first,
then days of the same month a few days or weeks away, never one the article gives.
"""

from __future__ import annotations

import calendar
import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.candidate import Candidate, clean_choices, difficulty_from, leak
from quiz.generate.fam_numbers import blanked
from quiz.generate.text import MONTHS, cited, outside_quotes
from quiz.model import MULTIPLE_CHOICE

_NAMES = MONTHS.split("|")
_SHORT = {name[:3]: n for n, name in enumerate(_NAMES, 1)} | {"Sept": 9}
_MONTH = rf"(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
# "14 June", "June 14", "Nov. 25": no "14th", no "June 14-16" (a span), no "14 June's"
_DAY = re.compile(rf"\b(?:(?P<d1>[1-9]|[12]\d|3[01])\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>[1-9]|[12]\d|3[01]))"
                  r"(?![\w'’-])")
_OFFSETS = (7, -7, 3, -3, 14, -14, 1, -1, 10, -10)


# A day that ends or opens a range of days: "6-7 May", "6 to 7 May", "May 6-7".
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|–|to|and)\s*\Z")
_RANGE_AFTER = re.compile(r"\s*(?:-|–)\s*\d")


def day_candidates(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    if info.problem or info.context or not any(name[:3] in info.body for name in _NAMES):
        return []  # (most sentences name no month)
    if info.relative and not article.date:
        return []  # "last week" beside a day cannot be placed in time
    plain = outside_quotes(info.body)
    out = []
    for match in _DAY.finditer(plain):
        if info.body[:match.start()].rstrip().endswith(("the", "The")):
            continue  # "the 11 September attacks": a day that names an event
        if _RANGE_BEFORE.search(info.body, max(0, match.start() - 8), match.start()) or \
                _RANGE_AFTER.match(info.body, match.end()):
            continue  # "scheduled for 6-7 May": the blank would split the range ("6-_____")
        month_word = match.group("m1") or match.group("m2")
        month = _month(month_word)
        day = int(match.group("d1") or match.group("d2"))
        if month is None or day > calendar.monthrange(2000, month)[1] or day == 1 or (day, month) == (31, 12):
            continue  # (no such day; or the one a reader would guess, 'from 1 January', 'on 31 December')
        text = match.group()
        written = _written(article)
        wrong = _wrong_days(text, day, month, month_word, match.group("d1") is not None, written, rng)
        distractors = clean_choices(text, wrong, want=3)
        if len(distractors) < 3:
            continue
        prompt = blanked(info.body, match.start(), match.end(), article.date)
        if prompt is None:
            continue
        choices = sorted([text, *distractors], key=lambda t: _day_of(t))
        if leak(prompt, text, choices):
            continue
        explanation = f"The article gives {text}: " + cited(info.as_written)
        out.append(Candidate("date", MULTIPLE_CHOICE, info.n, info.text, prompt, text, choices, explanation,
                             f"day:{text}", 1.9, difficulty_from(0.4), ordered=True))
    return out


def _written(article: Article) -> list[str]:
    """Every day and month the article gives, as written: worked out once for the article."""
    if "days" not in article._memo:
        article._memo["days"] = [m.group() for s in article.sentences for m in _DAY.finditer(s.body)]
    return article._memo["days"]


def _month(word: str) -> int | None:
    word = word.rstrip(".")
    return _NAMES.index(word) + 1 if word in _NAMES else _SHORT.get(word)


def _day_of(text: str) -> tuple[int, int]:
    match = _DAY.fullmatch(text)
    if match is None:
        return (0, 0)
    return (_month(match.group("m1") or match.group("m2")) or 0, int(match.group("d1") or match.group("d2")))


def _wrong_days(text: str, day: int, month: int, month_word: str, day_first: bool, written: list[str],
                rng: random.Random) -> list[str]:
    """One other day of the article of the same month, written alike (as a year of the article is offered
    beside a year), then days of that month a few days or weeks away that the article does not give."""
    same = [t for t in dict.fromkeys(written) if t != text and _day_of(t)[0] == month and
            (_DAY.fullmatch(t).group("d1") is not None) == day_first]
    offsets = list(_OFFSETS)
    rng.shuffle(offsets)
    last = calendar.monthrange(2000, month)[1]
    near = [f"{day + k} {month_word}" if day_first else f"{month_word} {day + k}"
            for k in offsets if 1 <= day + k <= last]
    return same[:1] + [t for t in near if t not in written]
