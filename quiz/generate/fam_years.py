"""Candidates of the `date` family: a year of the sentence to fill in, with other years for wrong choices."""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.candidate import Candidate, clean_choices, difficulty_from, leak
from quiz.generate.fam_numbers import _BOUND_YEAR, blanked, standalone
from quiz.generate.number_choices import ordered_like, spread, year_distractors
from quiz.generate.text import MONTHS, cited, ends_with, outside_quotes
from quiz.model import MULTIPLE_CHOICE

_NAMED_YEAR = re.compile(r"(?<![.!?]\s)\b(?!(?:In|Since|By|From|Until|Before|After|During|Of|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w-]*\s+$"
                         r"|\b(?:NT|ME|XP|\d\d),\s+$")

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
                    r"forecasts?|projected|intends?|could|may|might|should|by\s+\d{4})\b")


def _years_for(info: SentenceInfo, article: Article) -> list[int]:
    """The article's years a year of this sentence may take for wrong choices: for what happened ('landed in
    February _____'), none of the article's future: its plans' years (2027, 2031) give the past one away.
    The future is past the article's date, or, undated, past every year it tells of without a plan."""
    if _AHEAD.search(info.body):
        return article.years
    memo = article._memo
    if "years told as past" not in memo:
        # (not in a quotation: '"… a 2040 return date is unacceptably long," he said' speaks of a plan)
        told = [year for other in article.sentences if other.years and not _AHEAD.search(other.body)
                for start, end, year in other.years if outside_quotes(other.body)[start:end] == str(year)]
        memo["years told as past"] = min(article.latest_year, max(told, default=article.latest_year))
    ceiling = memo["years told as past"]
    return [year for year in article.years if year <= ceiling]


# A span of months from one year to another: "between August 2024 and July 2025".
_MONTH_SPAN = re.compile(rf"\b(?:between|from)\s+(?:{MONTHS})\s+(\d{{4}})\s+(?:and|to|until|through)\s+(?:{MONTHS})\s+"
                         rf"(\d{{4}})")
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
        if _next_year_beside(info.body, start, end, year, info.years):
            continue  # "fell sharply in _____ and 2024", "the fires of _____ and 2020": one year off the other
        if any(start in (span.start(1), span.start(2)) for span in _MONTH_SPAN.finditer(info.body)):
            continue  # "between August _____ and July 2025": the span's other end and its length tell it
        distractors = year_distractors(year, _years_for(info, article), own, article.latest_year, rng, want=8)
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
        explanation = f"The article gives {year}: " + cited(info.body)
        bound = ends_with(_BOUND_YEAR, info.body, start)
        out.append(Candidate("date", MULTIPLE_CHOICE, info.n, info.text, prompt, str(year), choices, explanation,
                             f"year:{year}", 2.1 + (0.2 if bound else 0), difficulty_from(level), ordered=True))
    return out
