"""What a capitalised run's own words make it: a title and a name, a person, or no one.

quiz.generate.entities reads every run of an article with these; where the words alone cannot
decide, the article's evidence does (Names).
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generate.name_words import (AFFILIATIONS, GIVEN_ENDINGS_OK, NATIONALITIES, NOT_NAMES, ORG_WORDS, PARTIES,
                                      PLACES, SURNAMES_TOO, WORDS_THAT_ARE_NAMES)
from quiz.generate.text import HONORIFICS, MONTHS, OPENERS, TITLE_HEADS, WEEKDAYS

POSSESSIVE = re.compile(r"['’]s?$")


def strip_possessive(name: str) -> str:
    # (The last character first: most names end in none of these, and a test of it costs less than endswith.)
    if name[-1:] not in _POSSESSIVE_LAST:
        return name
    return POSSESSIVE.sub("", name) if name.endswith(("'s", "’s", "s'", "s’")) else name


_POSSESSIVE_LAST = frozenset("s'’")


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split 'US Defence Secretary Lloyd Austin' into title and name tokens (title may be empty)."""
    last_head = len(tokens) - 2  # the title ends at the last title word before the last token
    # (American papers write a stop after a short one: "Mr.", "Sen.")
    while last_head >= 0 and tokens[last_head].lower() not in _TITLE_WORDS and \
            tokens[last_head].lower().rstrip(".") not in _TITLE_WORDS:
        last_head -= 1
    title = tokens[: last_head + 1]
    # "Although Mr Marchionne": a capitalised opener is no part of a title
    while title and title[0].lower() in _NOT_TITLE_START:
        title = title[1:]
    name = tokens[last_head + 1:]
    if title and len(name) > 3 and name[0] in ("for", "of") and name[-4] in ("for", "of"):
        # "Minister for Agriculture Ciarán Feeney", "Secretary of State for Health John Reid": a portfolio of one
        # word, then the name (not "Secretary of State for Constitutional Affairs", which is all title)
        return title + name[:-2], name[-2:]
    return title, name


# A nationality as a noun before a name: "Welshman Rhys Pritchard", "Dutchman Max Verstappen".
_NATIONAL_NOUN = re.compile(r"(?:Welsh|Scots|Scotch|English|Irish|French|Dutch|Manx|Cornish)(?:man|woman)|Spaniard|Briton|"
                            r"Swede|Dane|Finn|Pole|Scot|Turk|Kiwi|Aussie|Brit")
# (one lookup, not two; "Both Culture Secretary Tessa Jowell and …": 'Both' is no part of her title either,
# nor is 'Wednesday' of "On Wednesday Irish Transport Minister Martin Cullen said")
_TITLE_WORDS = TITLE_HEADS | HONORIFICS
_NOT_TITLE_START = NOT_NAMES | OPENERS | frozenset("both either neither and or nor also only even".split()) | \
    frozenset(f"{MONTHS}|{WEEKDAYS}".lower().split("|"))


@lru_cache(maxsize=4096)  # (a pure function of the run: the same names recur from article to article)
def judge_run(run: str) -> tuple[str, str | None, bool] | None:
    """What a capitalised run's own words make it (the same wherever it stands): None (no one), or (name,
    title, decided): a person, or (not decided) one only where what stands before it or evidence says so."""
    tokens = run.split()
    if len(tokens) > 2 and (tokens[0].lower() in _NOT_TITLE_START and tokens[0].lower() not in WORDS_THAT_ARE_NAMES
                            or _NATIONAL_NOUN.fullmatch(tokens[0]) and tokens[0].lower() not in _TITLE_WORDS):
        return judge_run(" ".join(tokens[1:]))  # "Then Seth Jarvis stepped around …", "Welshman Rhys Pritchard"
    if len(tokens) > 2 and tokens[0][-1:] == "s" and tokens[0][:-1].lower() in _TITLE_WORDS:
        # "Councilmembers Sarah Delgado, Tom Reilly and …": a title of several, no part of the first's name
        # (nor her own title); what the article says of her decides
        name = judge_run(" ".join(tokens[1:]))
        return name and (name[0], None, False)
    if len(tokens) < 2:
        return None  # one word has no title before it, and no one is found by one bare word
    title, name = split_title(tokens)
    joint = next((at for at in range(len(tokens) - 2, 0, -1) if tokens[at] in _CAPITAL_JOINTS), None) \
        if not title else None
    if joint is not None:
        # "An Audience With Alastair Campbell", a show's name: the person is after its joining word, if anyone
        # (not "Chancellor Of The Exchequer Gordon Brown": a title, told by its words)
        return judge_run(" ".join(tokens[joint + 1:]))
    name = _without_affiliation(name)
    if not name:
        return None
    name[-1] = strip_possessive(name[-1])
    person = _looks_like_person(title, name)
    if person is False:
        return None
    return " ".join(name), " ".join(title) if title else None, person is True


def judge_part(run: str) -> tuple[str, str | None, bool] | None:
    """A run no one as a whole, whose name stands in a part of it: the owner in "Gordon Brown's Budget", the
    name before the letters in "Tom McCabe MSP" (not decided: the article's evidence says whether either is
    someone, 'Mr Brown')."""
    tokens = run.split()
    owner = next((at for at, token in enumerate(tokens[:-1]) if token.endswith(("'s", "’s"))), None)
    if owner is not None:
        verdict = judge_run(" ".join(tokens[:owner + 1]))
    elif len(tokens) > 2 and tokens[-1] in _POST_NOMINALS:
        verdict = judge_run(" ".join(tokens[:-1]))
    else:
        return None
    return verdict and (verdict[0], verdict[1], False)


# Joining words written with a capital inside a title's name ("An Audience With …", "Gone With The Wind").
_CAPITAL_JOINTS = frozenset("With And Of The For In On At To From By About Without Against".split())
# Letters written after a name: a seat held, an honour, a degree ('Tom McCabe MSP', 'Jane Lee OBE').
_POST_NOMINALS = frozenset("MP MSP MEP MLA AM TD QC KC OBE MBE CBE KBE DBE PhD".split())


_OF_A_BODY = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")


def judge_head(run: str) -> tuple[str, str | None, bool] | None:
    """'Meenakshi Iyer of the Hyderabad-based Centre': the name before where she works, judged alone (not
    decided: a person only where the article's evidence says so, 'Dr. Iyer said')."""
    at = _OF_A_BODY.search(run) if " of " in run or " for " in run else None
    verdict = judge_run(run[:at.start()]) if at else None
    return verdict and (verdict[0], verdict[1], False)


def _looks_like_person(title: list[str], name: list[str]) -> bool | None:
    """True or False from the name's own words; None where what comes before it decides."""
    if not 1 <= len(name) <= 4:
        return False
    if not _NOT_IN_NAMES.isdisjoint(map(str.lower, name)):
        # "Lib Dems" said it: a party; "Tom Hall" is someone where the article says so ("Mr Hall"), or a
        # title before it ("Former President Park Geun-hye")
        return (True if title else None) if surname_too(name) else False
    if name[0] in NATIONALITIES or name[-1] in PLACES or name[-1].lower() in TITLE_HEADS or \
            any(not t[:1].isupper() or t.isupper() for t in name):
        return False  # "American Life", "British Gas": a nationality starts no one's name
    if len(name) == 1:
        return bool(title) and title[-1].lower() in _NAMING_TITLES
    return True if title else None


def surname_too(name: list[str]) -> bool:
    """Whether a name of two words or more has no word of a body but its last, one that is a surname too; or,
    written surname first, its first before a hyphenated given name ("Park Chan-dae")."""
    if len(name) == 2 and "-" in name[1] and name[0].lower() in SURNAMES_TOO and name[1][:1].isupper():
        return _NOT_IN_NAMES.isdisjoint([name[1].lower()])
    return len(name) > 1 and name[-1].lower() in SURNAMES_TOO and name[0] not in ("The", "A", "An") and \
        _NOT_IN_NAMES.isdisjoint(map(str.lower, name[:-1]))


_NOT_IN_NAMES = ORG_WORDS | NOT_NAMES | PARTIES  # one set lookup per word instead of three
_NAMING_TITLES = HONORIFICS | {"president", "minister", "chancellor"}


def _without_affiliation(name: list[str]) -> list[str]:
    """'Labour's Robin Cook' → Robin Cook; 'Conservative Michael Fallon' → Michael Fallon."""
    for index, token in enumerate(name[:-1]):
        if token.endswith(("'s", "’s")):
            name = name[index + 1:]
            break
    # ("Indonesian", "Danish", "Chinese", "American": a nationality's ending; not "Hassan Abdi Farah";
    # "Seventeen-year-old Caleb Walsh" opening a sentence: an age)
    while len(name) > 2 and (name[0].lower() in AFFILIATIONS or name[0] in NATIONALITIES or
                             name[0].lower().endswith(("-year-old", "-month-old")) or
                             name[0].endswith(("ian", "ean", "ish", "ese", "can")) and
                             name[0].lower() not in GIVEN_ENDINGS_OK):
        name = name[1:]
    return name
