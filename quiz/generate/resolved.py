"""An opening 'He' or 'She' ('His', 'Her') that means the one person the sentence before names, asked with the name in its place.

"Jim Orr, 45, was made chairman in May. He joined the firm in 1998." asks "Jim Orr joined the firm in _____",
as the quote family resolves a 'he said' (quiz.generate.analysis). Only where nothing says otherwise: the
sentence before opens with that person (or has them speak), names no one else, and the article gives them no
title of the other sex, nor, where it gives them none, any pronoun of the other sex; and with the name in the
pronoun's place the sentence leans on nothing more. The citation and the explanation keep the source's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.generate.analysis import Article, SentenceInfo, single_person
from quiz.generate.filters import context_problem
from quiz.generate.numbers import find_numbers, find_years
from quiz.generate.sexes import FEMALE, MALE, sex_of
from quiz.generate.text import WORD

_OPENING_PRONOUN = re.compile(r"starts with '(He|She|His|Her)', which refers to something earlier")
_MALE_PRONOUNS = ("He", "His")
_OTHER_SEX = {MALE: re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
              FEMALE: re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)}
# 'him', 'her' as an object ('told her that', 'joined her on stage'; not 'her own blog', a possessive).
_OBJECT_PRONOUN = re.compile(r"\b(?:him|[Hh]er(?=\s+(?:to|that|on|in|at|for|with|as|and|but|or|from|into|about|"
                             r"after|before|by|over|back|again|too)\b|\s*[,.;:!?]|\s*$))\b")
# A person's title and the capitalised words after it, whose last is a surname ('Dr Tom Reid').
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor)\.?((?:\s+[A-Z][\w'’-]*)+)")
# A verb after 'His', 'Her': a possessive standing for a noun of the sentence before.
_STANDS_ALONE = re.compile(r"\s+(?:is|was|are|were|has|had|will|would|may|might|could|came|comes)\b")
# How far into the sentence before its person's surname may stand and still be what it is about (after a
# title: "Former chief executive Jim Orr was …").
_SUBJECT_REACH = 6


def resolved_sentence(info: SentenceInfo, article: Article) -> SentenceInfo | None:
    """The sentence with the person the sentence before names in place of its opening 'He' or 'She', made to
    stand alone (its figures found again in the new words), or None where who it is is not that clear."""
    match = _OPENING_PRONOUN.fullmatch(info.context or "")
    if match is None or info.n < 2 or info.whole is not None:
        return None
    before = article.sentences[info.n - 2]
    if before.problem is not None:
        return None  # (a heading, a quotation's part: who the sentence is about, it does not plainly say)
    names = article.names
    speaker = single_person(before, names)
    if speaker is None or not speaker.display or " " not in speaker.display:
        return None
    surname = speaker.display.split()[-1]
    speaks = any(a.speaker.display == speaker.display for a in before.attributions)
    if not speaks and surname not in WORD.findall(before.body)[:_SUBJECT_REACH]:
        return None  # ("The board sacked Jim Orr in May. He …" may be so; "Mr Blair's aide told Mr Orr …": not)
    if not _may_be(match.group(1) in _MALE_PRONOUNS, speaker.display, article) or _someone_else(before.body, surname):
        return None
    pronoun = match.group(1)
    if pronoun in ("His", "Her") and _STANDS_ALONE.match(info.body, len(pronoun)):
        return None  # ("His is the latest in a series of arrests": his arrest, which the sentence before told)
    # ("His company …": "Jim Orr's company …")
    body = speaker.display + ("'s" if pronoun in ("His", "Her") else "") + info.body[len(pronoun):]
    if context_problem(body, names.proper, names.people_words()) is not None:
        return None
    # (the explanation quotes the source's own words, 'He joined …'; the question asks with the name)
    return replace(info, body=body, context=None, whole=info.as_written, words=None,
                   numbers=find_numbers(body) if info.numbers else [],
                   years=find_years(body) if info.years else [])


def _someone_else(body: str, surname: str) -> bool:
    """Whether the sentence before speaks of someone besides the one it names: as an object ("Prime Minister
    Tony Blair called him a 'giant' of the Labour movement. He held each of the major offices …" is of him), or
    by a title the names did not take for a person's ("Jim Orr and Dr Tom Reid were made directors")."""
    return _OBJECT_PRONOUN.search(body) is not None or \
        any(found.split()[-1] != surname for found in _TITLED_NAME.findall(body))


def _may_be(male: bool, person: str, article: Article) -> bool:
    """Whether 'He' ('His'; `male`) or 'She' ('Her') may mean the person: the article titles them so ('Mr Orr'),
    or titles them neither way and uses no pronoun of the other sex."""
    wants = MALE if male else FEMALE
    names = article.names
    sex = sex_of(person, names.bodies, names.memo)
    if sex is not None:
        return sex == wants
    return not any(_OTHER_SEX[wants].search(body) for body in names.bodies)
