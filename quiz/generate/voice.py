"""Paragraphs in a writer's own voice: a reader's letter, a diary, a column, readers' comments, a review.

What such a paragraph states is its writer's view, not a fact the article reports: 'Gaming is
addictive' among a reader's 'I played eight hours a night' is no claim to check as the article's.
"""

from __future__ import annotations

from itertools import accumulate

# A writer speaking for themselves, or for the readers with them ('most of us', 'our lives').
# ('We' in a reporter's sentence is a firm or a party speaking, and so stands in a quotation,
# which keeps the paragraph out.)
_I = frozenset("I I'm I've I'd I'll I’m I’ve I’d I’ll We We're We've We'd We'll We’re We’ve We’d We’ll".split())
_I_LOWER = frozenset("we we're we've we'd we'll we’re we’ve we’d we’ll".split())
_MY = frozenset({"my", "me", "My", "our", "Our", "us"})
_FIRST_PERSON = _I | _I_LOWER | _MY
# 'our correspondent says': the outlet naming its own reporter, in a report like any other.
_OUR_REPORTER = ("correspondent", "reporter", "editor", "analyst", "writer")
OWN_VIEW = "in a part written in its writer's own voice (the first person, readers' comments, a review): a view, " \
    "not the article's report"


def first_person_paragraphs(text: str, spans: list[tuple[int, int]], bodies: list[str],
                            tokens: list[list[str]]) -> list[bool]:
    """For each sentence (its span in `text`, its body and words), whether its paragraph speaks as 'I',
    or stands in a closing run of paragraphs in the writers' own voice (readers' comments, a review).

    Only a paragraph that quotes nobody: a quotation may run over several sentences, and its 'I' is
    then in sentences with no quotation mark of their own.
    """
    quoting = ['"' in body or "“" in body or "”" in body for body in bodies]  # (each mark asked, no loop)
    first_person = [not _FIRST_PERSON.isdisjoint(words) for words in tokens]  # (asked by both tests below)
    own = [person and _speaks(words) for person, words in zip(first_person, tokens)]
    paragraphs = _paragraphs(text, spans)
    marked = [False] * len(spans)
    # _own_voice_from reads only the paragraphs after the lead, and none where too few follow it: only those
    # are asked whether they speak in their writers' own voice.
    ask = len(paragraphs) - _VOICED_RUN >= _LEAD_PARAGRAPHS
    voiced = []
    for number, (start, end) in enumerate(paragraphs):
        unquoted = not any(quoting[start:end])
        if unquoted and any(own[start:end]):
            marked[start:end] = [True] * (end - start)
        voiced.append(unquoted and ask and number >= _LEAD_PARAGRAPHS and
                      any(_in_own_voice(bodies[at], tokens[at], first_person[at]) for at in range(start, end)))
    first = _own_voice_from(voiced)
    if first is not None:
        start = paragraphs[first][0]
        marked[start:] = [True] * (len(spans) - start)
    return marked


def _paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (first, past-last) sentence indexes of each paragraph: a line break between two sentences ends one."""
    found = []
    start = 0
    for index in range(1, len(spans) + 1):
        if index == len(spans) or text.find("\n", spans[index - 1][1], spans[index][0]) >= 0:
            found.append((start, index))
            start = index
    return found


# Readers' comments and reviews address the reader and exclaim; a report does so only in quotations.
_YOU = frozenset("you your You Your you're You're you’re You’re".split())
_LEAD_PARAGRAPHS = 2  # the report a comments page or a review opens with
_VOICED_SHARE = 0.6
_VOICED_RUN = 3


def _in_own_voice(body: str, words: list[str], first_person: bool) -> bool:
    """`first_person`: whether a word of _FIRST_PERSON stands among the words."""
    return "!" in body or "?" in body or first_person or not _YOU.isdisjoint(words)


def _own_voice_from(voiced: list[bool]) -> int | None:
    """The first paragraph, after the lead, from which most paragraphs speak in their writers' own voice."""
    after = list(accumulate(reversed(voiced)))[::-1]  # how many voiced from each paragraph on
    for first in range(_LEAD_PARAGRAPHS, len(voiced) - _VOICED_RUN + 1):
        if voiced[first] and after[first] >= _VOICED_SHARE * (len(voiced) - first):
            return first
    return None


def _speaks(words: list[str]) -> bool:
    """'my', 'me', 'we', 'our', 'us', or an 'I' or 'We' that is no word of a title ('Have I Got News for
    You'): a lower-case word after it, and none with a capital before it but the first."""
    for index, word in enumerate(words):
        if word in _MY or word in _I_LOWER:
            following = words[index + 1] if index + 1 < len(words) else ""
            if not following.endswith(_OUR_REPORTER):
                return True
        elif word in _I and index + 1 < len(words) and words[index + 1].islower() and \
                (index == 0 or words[index - 1].islower() or index == 1 and words[0] in ("But", "And", "So")):
            return True
    return False
