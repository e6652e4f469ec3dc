"""Whom an opening 'He' or 'She' means where the article's title names one person: that person.

"She was born in Leeds in 1941" under "Helena Marsh-Odell, chemist who transformed battery design, dies
aged 84": the title, shown in the prompt, tells who 'she' is. Only where nothing else says otherwise:
the article gives the person that sex (Mr, Mrs) or uses no pronoun of the other, the nearest sentence
before that names anyone names no one else, and with the name in place of the pronoun the sentence leans on
nothing more.
"""

from __future__ import annotations

import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.filters import context_problem
from quiz.generate.sexes import FEMALE, MALE, sex_of
from quiz.generate.name_runs import strip_possessive
from quiz.generate.text import WORD

_REACH = 3  # (sentences back to the one that names whom a run of 'He …', 'His …' is about)
_OPENING_PRONOUN = re.compile(r"starts with '(He|She)', which refers to something earlier")
_OTHER_SEX = {MALE: re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
              FEMALE: re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)}


def title_person(info: SentenceInfo, article: Article) -> str | None:
    """The person the title names whom the sentence's opening 'He' or 'She' means, or None."""
    match = _OPENING_PRONOUN.fullmatch(info.context or "")
    person = titled_person(article, match.group(1)) if match else None
    if person is None:
        return None
    names = article.names
    surname = person.split()[-1]
    # The nearest sentence before that names anyone (past 'His declared interests include …', itself of
    # someone told before): naming someone else, the pronoun may mean them.
    for earlier in reversed(article.sentences[max(0, info.n - 1 - _REACH):info.n - 1]):
        before = _words(earlier.body)
        others = any(other.split()[-1] in before for other in names.persons if other.split()[-1] != surname)
        if others:
            return None
        if surname in before:
            break
    body = info.body.lstrip()
    alone = f"{person}{body[len(match.group(1)):]}"
    return person if context_problem(alone, names.proper, names.people_words()) is None else None


def titled_person(article: Article, pronoun: str) -> str | None:
    """The one person the title names (by surname, the article giving the whole name) whom 'He' or 'She' can
    mean, or None."""
    if not article.title:
        return None
    words = _words(article.title)  # (whole words: "Marsh-Odell" names no Odell)
    named = [name for name in article.names.persons if " " in name and name.split()[-1] in words]
    if len(named) != 1:
        return None
    person, names = named[0], article.names
    wants = MALE if pronoun == "He" else FEMALE
    sex = sex_of(person, names.bodies, names.memo)
    if sex != wants and (sex is not None or any(_OTHER_SEX[wants].search(body) for body in names.bodies)):
        return None
    return person


def _words(text: str) -> set[str]:
    return {strip_possessive(word) for word in WORD.findall(text)}
