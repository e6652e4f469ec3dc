"""What an article's title tells beside a question: where naming it says what a sentence leans on, and where
it would give the answer away (the app shows the title above every question).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from quiz.generate.candidate import Candidate
from quiz.generate.direction import tells_direction, turns
from quiz.generate.numbers import find_numbers, shares_in_words
from quiz.generate.text import WORD, has_digit, has_phrase

ACCORDING_TO = "according to the article"


def titled(candidate: Candidate, title: str | None) -> Candidate:
    """The candidate asked 'according to the article “Title”': the title says what its sentence leans on, what
    a quotation's words are about, whose description a role is."""
    prompt = titled_prompt(candidate, title)
    if prompt is None and title and (fewer := _less_title_held_choices(candidate, title)) is not None:
        # ('Howard's unfinished business' over a choice of Michael Howard: untitled, the question's 'that massive
        # majority' is no one's) Where the title holds only a wrong choice, asked without it, with the title.
        prompt = titled_prompt(fewer, title)
        return candidate if prompt is None else replace(fewer, prompt=prompt)
    return candidate if prompt is None else replace(candidate, prompt=prompt)


def asked_untitled(candidate: Candidate, title: str | None) -> bool:
    """Whether titled() would leave the candidate without the title, which holds a figure or a choice of it
    ("Yukos is claiming more than $20bn …" under "Yukos sues four firms for $20bn"): asked so, it names no
    article, and the app, which shows the title above every question, would give it away."""
    if not title or not (candidate.choices or candidate.change or has_digit(title)):
        return False  # (a true claim's keys are its figures, which a title without a digit cannot hold)
    if not gives_away(title, candidate):
        return False
    fewer = _less_title_held_choices(candidate, title)
    return fewer is None or gives_away(title, fewer)


def _less_title_held_choices(candidate: Candidate, title: str) -> Candidate | None:
    """The candidate without the wrong choices the title holds, where it holds no right one and three choices
    or more are left; else None."""
    if len(candidate.choices) <= 3 or _holds(title, [str(candidate.answer)]):
        return None
    kept = [choice for choice in candidate.choices if choice == candidate.answer or not _holds(title, [choice])]
    return replace(candidate, choices=kept) if len(kept) >= 3 else None


def titled_prompt(candidate: Candidate, title: str | None) -> str | None:
    """The prompt with the title after 'according to the article' (or 'the article describes'; 'Who said: …'
    made 'According to the article “…”, who said: …'), or None where it has no such words or already names
    it, or where the title holds a choice or a figure the question asks about ('Cyber crime booms in 2004'
    over "… was also seen in _____"): it would give the answer away."""
    prompt = candidate.prompt
    if not title or gives_away(title, candidate):
        return None
    if prompt.startswith(_WHO_SAID):
        return f"According to the article “{title}”, who said: {prompt[len(_WHO_SAID):]}"
    if prompt.startswith(_DESCRIBES):
        return f"True or false: the article “{title}” describes {prompt[len(_DESCRIBES):]}"
    at = prompt.lower().find(ACCORDING_TO)
    if at < 0 or prompt.startswith(" “", at + len(ACCORDING_TO)):
        return None
    at += len(ACCORDING_TO)
    return f"{prompt[:at]} “{title}”{prompt[at:]}"


_WHO_SAID = "Who said: "
_DESCRIBES = "True or false: the article describes "
# A word with a digit in it. (Tried only where a word starts, and without going back over its letters: the
# plain r"\S*\d\S*" finds the same words but reads each one again from each of its letters.)
_FIGURE = re.compile(r"(?<!\S)[^\s\d]*+\d\S*")


def holds_choice(title: str, choice: str) -> bool:
    """Whether the title holds the choice, or its figure, or (a name) its surname ('Howard's unfinished business'
    holds Michael Howard)."""
    return _holds(title, [choice])


def gives_away(title: str, candidate: Candidate) -> bool:
    """Whether the title holds one of the candidate's choices, or a figure of its claim or of its change;
    a person by surname too ('Straw attacked on China arms' over "who said … ?" with 'Jack Straw')."""
    if candidate.choices:
        keys = list(candidate.choices)
    else:
        keys = _FIGURE.findall(candidate.quote) + ([candidate.change.source, candidate.change.claim]
                                                    if candidate.change else [])
    return _holds(title, keys)


def title_tells(title: str | None, candidate: Candidate) -> bool:
    """Whether the article's title, which the app shows above every question, holds the answer: the right
    choice ('Parmalat sues 45 banks' over "Parmalat has sued _____ banks"), or the source's words that a
    false claim changed."""
    if candidate.answer is True and title:
        return restates(title, candidate.quote)  # ("Tiger numbers rise" above "Tiger numbers have risen …")
    if title and candidate.change and _negates(candidate.change) and restates(title, candidate.quote):
        return True  # ("Bronze Age boat found in bog" above "Archaeologists have not uncovered a Bronze Age boat …")
    if title and candidate.change and turns(candidate.change) and tells_direction(title):
        return True  # ("Oil prices fall back from highs" above "Brent crude rose 32 cents …")
    key = candidate.change.source if candidate.change else candidate.answer if candidate.choices else None
    if title and candidate.family == "number" and isinstance(key, str) and _parts_of_title(title, key, candidate.quote):
        return True  # ("Parmalat sues 45 banks" above "35 … are Italian while the remaining _____": 45 - 35)
    if title and candidate.family == "number" and _holds(title, [c for c in candidate.choices if c != key], near=True):
        return True  # ("Chinese exports rise 25% in 2004" above "… up _____" keyed 35.4% beside 25.4%: it misleads)
    return bool(title) and isinstance(key, str) and _holds(title, [key], near=True,
                                                           any_unit=candidate.family == "number")


def _parts_of_title(title: str, key: str, sentence: str) -> bool:
    """Whether the asked figure and another of its sentence, in its unit, add up to one the title gives, or
    the title's and the other add up to it, or a share the sentence gives of the title's figure is it: a sum
    or a share tells the answer."""
    figures = _figures_of(title)
    asked = find_numbers(key) if figures else []
    if not asked:
        return False
    value, cur, pct = asked[0].value, asked[0].cur, asked[0].pct
    found = find_numbers(sentence)
    others = [n.value for n in found if n.cur == cur and n.pct == pct and n.value != value]
    if any(t_cur == cur and t_pct == pct and (abs(value + other - total) < 1e-6 * max(total, 1) or
                                              abs(total + other - value) < 1e-6 * max(value, 1))
           for total, t_cur, t_pct in figures for other in others):
        return True
    # A share of the title's total: "$41bn - or 40% of the total debt" under "… $102.6bn debt" (and the share
    # asked, where the sentence gives the amount)
    if pct:
        parts = [(n.value, n.cur) for n in found if not n.pct and n.value != value]
        return any(t_cur == part_cur and not t_pct and total and abs(100 * part / total - value) <= 0.05 * value
                   for total, t_cur, t_pct in figures for part, part_cur in parts)
    shares = [n.value for n in found if n.pct]
    return any(t_cur == cur and not t_pct and abs(share * total / 100 - value) <= 0.05 * value
               for total, t_cur, t_pct in figures for share in shares)


def _negates(change) -> bool:
    """Whether a false claim's change adds or drops a 'not' (or 'cannot')."""
    words = f"{change.claim} {change.source}".split()
    return "not" in words or "cannot" in words


def restates(title: str, sentence: str) -> bool:
    """Whether a sentence holds three quarters or more of the title's words (of four letters or more, at
    least three of them): a true claim of it, shown under the title, checks nothing. Whole words, not the
    six-letter stems distractors._content() compares: "production" in a title states no "producer"."""
    words = _long_words(title)
    return len(words) >= 3 and len(words & _long_words(sentence)) >= 0.75 * len(words)


@lru_cache(maxsize=4096)  # (a title is compared with every candidate, a sentence with each of its candidates)
def _long_words(text: str) -> frozenset[str]:
    return frozenset(_inflected(word.lower()) for word in WORD.findall(text) if len(word) > 3)


@lru_cache(maxsize=8192)  # (the same words recur in every article's sentences)
def _inflected(word: str) -> str:
    """A word less its inflection: 'challenges' and 'challenging' are one word, 'producer' and 'production'
    two (its -s, -ing or -ed, then a last 'e')."""
    word = word.rstrip("s")
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            word = word[:-len(ending)]
            break
    return word.rstrip("e")


_UNITS = re.compile(r"(?:m|km|kg|g|s|c|f|ft|mm|cm|lb|mph|k)\b")


def _with_unit(low: str, digits: str) -> bool:
    """Whether the (lower-case) title writes the figure with a unit joined to it: 'world 100m title'."""
    at = low.find(digits)
    while at >= 0:
        before = low[at - 1:at]
        if not (before.isalnum() or before in ".,_") and _UNITS.match(low, at + len(digits)):
            return True
        at = low.find(digits, at + 1)
    return False


def _holds(title: str, keys: list[str], near: bool = False, any_unit: bool = False) -> bool:
    """Whether the title holds one of the keys, or its figure (`near`: or one within 5% of it, or a share in
    words near it; `any_unit`: or its digits in another unit), or (a key written as a name) its surname."""
    keys = keys + [words[-1] for words in map(str.split, keys)
                   if len(words) > 1 and len(words[-1]) > 2 and all(word[:1].isupper() for word in words)]
    low = title.lower()
    for key in keys:
        key = key.lower().strip(" .,;:()")
        figure = _FIGURE.search(key)  # "more than 100,000": its figure too, and with a unit ('world 100m title')
        digits = figure.group().strip(" .,;:()") if figure else ""
        # (its digits in any unit: "French wine gets 70m euro top-up" over a share of 70% tells a guesser)
        bare = _DIGITS.search(digits) if figure and any_unit else None
        if has_phrase(low, key) or figure and (has_phrase(low, digits) or near and _near_a_figure_of(title, key) or
                                               bare and _stands_as_figure(low, bare.group()) or
                                               digits in low and _with_unit(low, digits) or
                                               near and ("%" in key or "per cent" in key) and _share_near(title, key)):
            return True
    return False


def _stands_as_figure(low: str, digits: str) -> bool:
    """Whether the (lower-case) title writes these digits as a figure of its own, whatever its unit: '70m'
    holds 70, '170m' and '7.0' do not."""
    at = low.find(digits)
    while at >= 0:
        end = at + len(digits)
        if not (at and (low[at - 1].isdigit() or low[at - 1] in ".,")) and \
                not (low[end:end + 1].isdigit() or low[end:end + 1] in (".", ",") and low[end + 1:end + 2].isdigit()):
            return True
        at = low.find(digits, at + 1)
    return False


def _share_near(title: str, figure: str) -> bool:
    """'Almost two-thirds of …' over a choice of 64%: a share the title gives in words, within 6 points."""
    value = _DIGITS.search(figure)
    return value is not None and any(abs(share - float(value.group().replace(",", ""))) <= 6
                                     for share in shares_in_words(title))


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=256)  # (asked of one title for each of its article's candidates)
def _figures_of(title: str) -> tuple[tuple[float, str, str], ...]:
    return tuple((n.value, n.cur, n.pct) for n in find_numbers(title)) if has_digit(title) else ()


def _near_a_figure_of(title: str, key: str) -> bool:
    """'£18m in savings' over a choice of '£18.2m': a figure within 5% of one the title gives, in its unit."""
    figures = _figures_of(title)
    return bool(figures) and any(number.cur == cur and number.pct == pct and abs(number.value - value) <= 0.05 * value
                                 for number in find_numbers(key) for value, cur, pct in figures)
