"""Relative time in a sentence ('last year', 'earlier this month'), and tying it to the article's date."""

from __future__ import annotations

import datetime as dt
import re

from quiz.generate.text import RELATIVE_TIME, outside_quotes, relative_span


def relative_time(text: str) -> str | None:
    """The relative time phrase the text uses outside quotations ('last year'), or None."""
    plain = outside_quotes(text)
    span = relative_span(plain)
    return plain[span[0]:span[1]] if span else None


_MONTH_NAMES = ("January February March April May June July August September October November December").split()


# A preposition right before a relative time, which its anchored form then needs no 'in' or 'on' after.
_AFTER_PREPOSITION = re.compile(r"\b(?:from|since|until|till|than|by|before|after|of|to|with|against|over)\s+\Z",
                                re.IGNORECASE)


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def _years_back(phrase: str, year: int) -> str | None:
    """'two years ago' → 'in 2003' (the article of 2005); None for months, weeks, days or 'a few years'."""
    words = phrase.split()
    if len(words) != 3 or not words[1].startswith("year"):
        return None
    count = _COUNTS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
    return f"in {year - count}" if count else None


def anchor_time(text: str, date: str | None) -> str | None:
    """The text with relative time tied to the article's date ('last year' → 'in 2020').

    None where the text has relative time and there is no date to tie it to, or a phrase
    this function does not know how to anchor.
    """
    if not relative_span(outside_quotes(text)):
        return text
    if not date:
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    month = f"{_MONTH_NAMES[day.month - 1]} {day.year}"
    previous = day.replace(day=1) - dt.timedelta(days=1)
    nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    long_day = f"{day.day} {month}"
    table = {
        "earlier this month": f"earlier in {month}", "later this month": f"later in {month}",
        "this month": f"in {month}", "last month": f"in {_MONTH_NAMES[previous.month - 1]} {previous.year}",
        "next month": f"in {_MONTH_NAMES[nxt.month - 1]} {nxt.year}",
        "earlier this year": f"earlier in {day.year}", "later this year": f"later in {day.year}",
        "this year": f"in {day.year}", "last year": f"in {day.year - 1}", "next year": f"in {day.year + 1}",
        "yesterday": f"on {(day - dt.timedelta(days=1)).day} {_MONTH_NAMES[(day - dt.timedelta(days=1)).month - 1]}",
        "today": f"on {long_day}", "this week": f"in the week of {long_day}",
        "earlier this week": f"earlier in the week of {long_day}",
    }
    failed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal failed
        phrase = " ".join(match.group().lower().split())
        if phrase.endswith(" ago"):
            back = _years_back(phrase, day.year)  # (months, weeks, days back: no day to count from here)
            failed = failed or back is None
            return back or match.group()
        if phrase not in table:
            failed = True
            return match.group()
        return table[phrase]

    plain = outside_quotes(text)
    pieces = []
    last = 0
    for match in RELATIVE_TIME.finditer(plain):
        pieces.append(text[last:match.start()])
        anchored = replace(match)
        if anchored.startswith(("in ", "on ")) and _AFTER_PREPOSITION.search(text, 0, match.start()):
            anchored = anchored[3:]  # "up 6.5 percent from last year" → "from 2025", not "from in 2025"
        pieces.append(anchored)
        last = match.end()
    pieces.append(text[last:])
    return None if failed else "".join(pieces)
