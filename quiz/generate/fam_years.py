"""Candidates of the `date` family: a year of the sentence to fill in, with other years for wrong choices."""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.candidate import Candidate, clean_choices, difficulty_from, leak
from quiz.generate.fam_numbers import _BOUND_YEAR, LOOSE_BOUND_YEAR, blanked, standalone
from quiz.generate.number_choices import ordered_like, spread, year_distractors
from quiz.generate.text import MONTHS, cited, ends_with, outside_quotes
from quiz.model import MULTIPLE_CHOICE

_NAMED_YEAR = re.compile(r"(?<![.!?]\s)\b(?!(?:In|Since|By|From|Until|Before|After|During|Of|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w-]*\s+$"
                         r"|\b(?:NT|ME|XP|\d\d),\s+$")

# An event held every few years that its year names: "the 2008 Olympic Games", "the 2006 World Cup".
_EVENT_AFTER = re.compile(r"\s+(?:(?:Summer|Winter)\s+)?(?:Olympic|Olympics|Paralympic|Paralympics|World\s+Cup|"
                          r"Commonwealth\s+Games|Games|European\s+Championships?|Ryder\s+Cup|Expo)\b")

# Two years written as a pair: "2023 and 2024", "2019-20", "2019 to 2020".
_YEAR_PAIR = re.compile(r"\s*(?:and|to|or|-|–|/)\s*")


def _next_year_beside(body: str, start: int, end: int, year: int, years: list[tuple[int, int, int]]) -> bool:
    """Whether the year is paired with the year before or after it ('in 2023 and 2024'): the pair's other year
    tells the blank, as no one writes 'in 2019 and 2024' where the years run on."""
    return any(abs(other - year) == 1 and (_YEAR_PAIR.fullmatch(body, end, other_start) if other_start >= end else
                                           _YEAR_PAIR.fullmatch(body, other_end, start))
               for other_start, other_end, other in years)


# What a plan, a forecast or a hope is told with: the years of such sentences are the article's future.
_AHEAD = re.compile(r"\b(?:will|would|plans?|planned|planning|expects?|expected|due|scheduled|aims?|targets?|until|"
                    r"forecasts?|projected|intends?|could|may|might|should|"
                    rf"by\s+(?:the\s+end\s+of\s+)?(?:(?:{MONTHS})\s+)?\d{{4}})\b")


def _years_for(info: SentenceInfo, article: Article) -> list[int]:
    """The article's years a year of this sentence may take for wrong choices: for what happened ('landed in
    February _____'), none of the article's future: its plans' years (2027, 2031) give the past one away.
    The future is past the article's date, or, undated, past every year it tells of without a plan."""
    if _AHEAD.search(info.body):
        return article.years
    ceiling = _told_as_past(article)
    return [year for year in article.years if year <= ceiling]


def _told_as_past(article: Article) -> int:
    """The latest year the article tells of without a plan: the present is that year or later."""
    memo = article._memo
    if "years told as past" not in memo:
        # (not in a quotation: '"… a 2040 return date is unacceptably long," he said' speaks of a plan)
        told = [year for other in article.sentences if other.years and not _AHEAD.search(other.body)
                for start, end, year in other.years if outside_quotes(other.body)[start:end] == str(year)]
        memo["years told as past"] = min(article.latest_year, max(told, default=article.latest_year))
    return memo["years told as past"]


def _present(info: SentenceInfo, article: Article, year: int) -> int:
    """The latest year a wrong choice may take, as year_distractors() reads it: the article's date or, undated,
    for a plan's year past every year told as past ('plans to apply in the first half of _____'), that
    year: a plan is not set in a year already gone; for what happened, the first year the article's plans
    are set in, where it has any ('plans to add … in 2024' beside 'carried 42 million passengers in _____':
    not 2026)."""
    if article.date:
        return article.latest_year
    past = _told_as_past(article)
    if _AHEAD.search(info.body):
        return past if year > past else article.latest_year
    return max(past, min(article.latest_year, _first_planned(article, past)))


# What will be, told as such: a plan's year, or a deadline's, is the present or later.
_WILL = re.compile(r"\b(?:will|(?:plans?|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|expects?|aims?|intends?)"
                   rf"\s+to|(?:require|requires|must)\b.*\bby\s+(?:the\s+end\s+of\s+)?(?:(?:{MONTHS})\s+)?\d{{4}})\b")


def _first_planned(article: Article, past: int) -> int:
    """The earliest year a sentence that says what will be is set in, from the latest year told as past on;
    the article's latest year where it has none."""
    memo = article._memo
    if "first planned" not in memo:
        planned = [year for other in article.sentences if other.years and _WILL.search(other.body)
                   for start, end, year in other.years if year >= past and
                   outside_quotes(other.body)[start:end] == str(year)]
        memo["first planned"] = min(planned, default=article.latest_year)
    return memo["first planned"]


# A month of a year, as statistics give their periods: "in January 2025", "December 2024 to February 2025".
_MONTH_YEAR = re.compile(rf"\b(?:{MONTHS})\s+(\d{{4}})\b")


def _month_beside_month(body: str, start: int, year: int) -> bool:
    """Whether the year is a month's, and the sentence gives another month in the year before, the same or the
    next: a span ("November _____ to January 2025") or a month set against the one before ("in January 2025,
    down from 60,000 in December _____"), whose other end tells the blank as no one writes them years apart."""
    months = [(match.start(1), int(match.group(1))) for match in _MONTH_YEAR.finditer(body)]
    return any(at == start for at, _ in months) and any(at != start and abs(other - year) <= 1 for at, other in months)


# "Born in Drogheda in 1947, Callaghan joined Rovers as a 17-year-old in 1964": a year and an age give the other.
_BORN = re.compile(r"\b[Bb]orn\b")
_AGE = re.compile(r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|\bat\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,3}\b")


def date_candidates(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    if not standalone(info) or not info.years:
        return []
    if len(info.years) > 1 and _BORN.search(info.body) and _AGE.search(info.body):
        return []
    if info.relative and not article.date:
        return []  # "last year" beside a year cannot be placed in time
    out = []
    plain = outside_quotes(info.body)
    own = {year for _, _, year in info.years}
    for start, end, year in info.years:
        if plain[start:end] != info.body[start:end]:
            continue
        if ends_with(_NAMED_YEAR, info.body, start) or info.body[end:end + 1] == "," and _NAMED_YEAR.search(
                info.body[:start].rstrip(", ")):
            continue  # "Windows 2000", "Euro 2004": part of a name, not a date
        if ends_with(LOOSE_BOUND_YEAR, info.body, start):
            continue  # "released before the end of _____": a later year is as true, an earlier one gives it away
        if _EVENT_AFTER.match(info.body, end):
            continue  # "the 2008 Olympic Games": the year names which Games, and a wrong one may have had none
        if _next_year_beside(info.body, start, end, year, info.years):
            continue  # "fell sharply in _____ and 2024", "the fires of _____ and 2020": one year off the other
        if _month_beside_month(info.body, start, year):
            continue  # "between August _____ and July 2025": the span's other end and its length tell it
        distractors = year_distractors(year, _years_for(info, article), own, _present(info, article, year), rng,
                                       want=8)
        distractors = clean_choices(str(year), ordered_like(year, sorted(own), distractors), want=len(distractors))
        distractors = spread(str(year), distractors, rng)
        if len(distractors) < 3:
            continue
        prompt = blanked(info.body, start, end, article.date)
        if prompt is None:
            continue
        choices = sorted([str(year), *distractors])
        if leak(prompt, str(year), choices):
            continue
        from_article = sum(1 for d in distractors if int(d) in article.years)
        level = 0.2 + 0.2 * from_article + (0.2 if len(own) > 1 else 0)
        explanation = f"The article gives {year}: " + cited(info.as_written)
        bound = ends_with(_BOUND_YEAR, info.body, start)
        out.append(Candidate("date", MULTIPLE_CHOICE, info.n, info.text, prompt, str(year), choices, explanation,
                             f"year:{year}", 2.1 + (0.2 if bound else 0), difficulty_from(level), ordered=True))
    return out
