"""Slips of the keyboard a question should not copy: a space left out after a comma ('the UK Independence
Party,said'), a short word run into the name after it ('at Labour's' written 'atLabour's'), a space before a
closing quotation mark ('a "massive vote of no confidence " in'), a space after a hyphen ('wholly- owned').
A sentence's body, from which prompts and explanations are made, is mended so; its citation keeps the text
as the source writes it.
"""

from __future__ import annotations

import re

# A comma or semicolon between two letters (not '1,000'); a preposition, article or 'and' in lower case run
# into a capitalised word of three letters or more ('ofTexas'; not 'iPod', 'eBay', 'McDonald').
_GLUED = re.compile(r"(?<=[a-z])[,;](?=[A-Za-z])|\b(?:at|of|in|on|to|and|the|for|by|with|from)(?=[A-Z][a-z]{2})")
# A space inside a quotation mark: after an opening one or before a closing one (which of the two a straight
# mark is, its place among the sentence's straight marks tells: the first opens, the second closes).
# A hyphen with a space after it inside a word ('wholly- owned'); not one that a word after it completes
# ('small- and medium-sized', 'nano- and micro-').
_LOOSE_HYPHEN = re.compile(r"(?<=[a-z])- (?!(?:and|or|to|nor)\b)(?=[a-z])")
_LOOSE_MARK = re.compile(r'\s"(?=[\s.,;:!?)]|$)|“\s|\s”')
# The three at once, each alternative opening with its rarest character (a comma, a mark, a hyphen, a capital)
# and looking back from there: a pattern that opens with a lookbehind or '\b' is tried at every character of
# the article, one that opens with a character only where that character stands (4 times as fast).
_ANY = re.compile(r"[,;](?<=[a-z][,;])(?=[A-Za-z])|"
                  r'"(?<=\s")(?=[\s.,;:!?)]|$)|“(?=\s)|”(?<=\s”)|'
                  r"-(?<=[a-z]-) (?!(?:and|or|to|nor)\b)(?=[a-z])|"
                  r"[A-Z](?:(?<=\b(?:at|of|in|on|to|by)[A-Z])|(?<=\b(?:and|the|for)[A-Z])|(?<=\b(?:with|from)[A-Z]))"
                  r"[a-z]{2}")


def may_hold_typos(text: str) -> bool:
    """Whether mend_typos() may change the text: one search, for all of an article's sentences at once."""
    return _ANY.search(text) is not None


def mend_typos(text: str) -> str:
    """The text with the slips above mended (its words and their order unchanged)."""
    text = _GLUED.sub(_spaced, text)
    if "- " in text:
        text = _LOOSE_HYPHEN.sub("-", text)
    if "“ " in text or " ”" in text:
        text = text.replace("“ ", "“").replace(" ”", "”")
    if '"' in text:
        text = _closing_marks_drawn_in(text)
    return text


def _spaced(match: re.Match[str]) -> str:
    return match.group() + " "


def _closing_marks_drawn_in(text: str) -> str:
    """No space inside a pair of straight marks: '"vote of no confidence "' reads '"vote of no confidence"'."""
    parts = text.split('"')
    if len(parts) % 2 == 0:
        return text  # (an odd number of marks: which closes is unknown)
    for index in range(1, len(parts), 2):  # (parts[index] is quoted: it stands between an opening and a closing)
        parts[index] = parts[index].strip()
    return '"'.join(parts)
