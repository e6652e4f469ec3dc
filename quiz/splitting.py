"""Splitting news text into sentences, with exact character offsets.

The splitter is a compiled-regex scan for places a sentence may end (a run of
`.`, `!`, `?` or `…`, any closing quotes or brackets, then white space) plus a
few cheap checks at each such place: abbreviations, initials, a quote followed
by its speaker, the case of the next word. Paragraph breaks always end a
sentence; a single line break ends one only where the line is not a hard wrap
(see `_segments`). Offsets are character offsets into the text given, so that
`text[start:end]` is the sentence, stripped of surrounding white space.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def _lazy(pattern: str) -> Callable[[], re.Pattern[str]]:
    """`pattern`, compiled when first asked for. For the patterns only some texts need:
    compiling them all at import took ~2 ms of the launch of anything that imports the
    splitter (a character class beyond Latin-1 costs the regex compiler ~0.1 ms)."""
    return functools.cache(functools.partial(re.compile, pattern))


# Line breaks as str.splitlines knows them (\r\n counts as one), less the paragraph separator.
_LB_CHARS = "\n\r\u2028\x0b\x0c\x1c\x1d\x1e\x85"
_LB = r"(?:\r\n|[\n\r\u2028\x0b\x0c\x1c-\x1e\x85])"
_SPACE_NO_LB = r"[^\S\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]"


class _Breaks:
    """How lines and paragraphs end in a text. (A plain class: @dataclass would add ~0.5 ms
    to the import, for two attributes.)"""

    __slots__ = ("line", "paragraph")

    def __init__(self, line: re.Pattern[str], paragraph: re.Pattern[str]) -> None:
        self.line = line  # one line break
        # A blank line (white space only) between two lines, or a Unicode paragraph separator.
        # Possessive quantifiers keep the scan linear on long runs of white space.
        self.paragraph = paragraph


@functools.cache
def _any_breaks() -> _Breaks:
    """The patterns for text with break characters other than \n (compiled on first use)."""
    return _Breaks(
        re.compile(r"[\n\r\u2028\x0b\x0c\x1c-\x1e\x85](?:(?<=\r)\n)?"),
        re.compile(rf"[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85](?:(?<=\u2029)|(?:(?<=\r)\n)?+(?:{_SPACE_NO_LB}*+{_LB})++)"),
    )


# The same places in text whose only break character is \n, as most text is. The regex engine
# skips ahead to a pattern's first character at the speed of str.find only where that is one
# literal character; a character class costs it ~3 ns for every character of the text.
_NEWLINE_BREAKS = _Breaks(re.compile(r"\n"), re.compile(r"\n(?:[^\S\n]*+\n)++"))
_OTHER_BREAK_CHARS = "\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"


def _breaks_in(text: str, start: int, end: int) -> _Breaks:
    for char in _OTHER_BREAK_CHARS:
        if text.find(char, start, end) >= 0:
            return _any_breaks()
    return _NEWLINE_BREAKS


_CLOSERS = "\"'”’»)]}"
_OPENERS = "\"'“‘«([{"
_TERMINATORS = ".!?…"
_CLOSER_CLASS = "[" + re.escape(_CLOSERS) + "]"
# Where a sentence may end: a run of terminators not right after another (group 1), closers
# (group 2), then white space (taken into the match: its end is where the next sentence
# starts) or the end. The look-behind stands after the first character so that the regex
# engine can skip ahead to that.
_candidates = _lazy(rf"([.!?…](?<![.!?…][.!?…])[.!?…]*+)({_CLOSER_CLASS}*+)(?:\s++|\Z)")
# The same places in text without "!", "?" or "…" (most news text): a literal first character
# lets the regex engine skip ahead fast (see _NEWLINE_BREAKS), and without classes beyond
# Latin-1 it compiles in a third of the time.
_PERIOD_CANDIDATES = re.compile(rf"(\.(?<![.!?]\.)(?<!…\.)\.*+)({_CLOSER_CLASS}*+)(?:\s++|\Z)")
_SPACE = re.compile(r"\s*+")
_WORD_CHAR = re.compile(r"\w")
_TOKEN_BEFORE = re.compile(r"\S{1,40}$")
_TOKEN_AFTER = re.compile(r"\S{1,40}")
# U.S, e.g, J.R.R, Ph.D (the final period is the candidate)
_dotted = _lazy(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z][a-z]?(?:\.[A-Za-z][a-z]?)+")
_dash_then_space = _lazy(r"(?:—|–|--?)\s")
_STATE = re.compile(r"[A-Z][a-z]{0,4}")  # (an abbreviated state or province: "Pa", "Tenn", "Calif", "Ont")
_agency_dash = _lazy(r"\([A-Z][\w .&'-]{0,30}\)\s+(?:—|–|--?)\s")
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z]")  # eBay, iPod: lowercase words that start a sentence
_bullet = _lazy(r"(?:[-*•▪●◦‣–—]|\d{1,3}[.)])\s")
# After "a.m."/"p.m.": a time zone ("ET", "Eastern time"), a day or a month goes on with the sentence.
_time_follower = _lazy(
    r"(?:[A-Z]{2,4}|(?:Eastern|Pacific|Central|Mountain|Atlantic)\s+(?:[Tt]ime|[Ss]tandard|[Dd]aylight)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_speaker = _lazy(
    r"(?:(?:[A-Z][\w’'.-]*|the|of|a|an)\s+){0,5}"
    r"(?:said|says|asked|asks|added|adds|told|tells|shouted|shouts|cried|replied|explained|warned|"
    r"wrote|writes|insisted|claimed|continued|noted|argued|admitted|declared|exclaimed|yelled|"
    r"whispered|screamed|laughed|joked|recalled|stated|suggested|concluded|urged)\b"
)

# Titles before a name: a period after them never ends a sentence.
_TITLES = frozenset(
    "mr mrs ms mme mlle messrs dr prof rev revd hon gen gov sen rep capt cmdr col lt sgt maj cpl pvt "
    "adm det insp supt pres fr mt ft brig".split()
)
# Abbreviations that are always followed by more of the sentence.
_NEVER_FINAL = frozenset("e.g i.e vs v cf viz approx incl esp ca fig figs".split())
# Before a number only: "No. 10", "Jan. 26", "p. 12".
_BEFORE_NUMBERS = frozenset(
    "no nos nr p pp vol vols ch sec para art op ext tel jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# May end a sentence where the next word is capitalised (and not a time zone, day or month).
_CAPITAL_FINAL = frozenset("a.m p.m etc".split())
# May end a sentence; do so only where the next word is a common sentence opener.
_OPENER_FINAL = frozenset("inc ltd co corp plc llc bros jr sr st ave rd al dept est univ".split())
# Any of the above: a period after any other word ends the sentence.
_ABBREVIATIONS = _TITLES | _NEVER_FINAL | _BEFORE_NUMBERS | _CAPITAL_FINAL | _OPENER_FINAL
_SENTENCE_OPENERS = frozenset(
    """The A An It Its He She They We I You His Her Their Our My Your This That These Those There Here
    But And Or So Yet In On At By For From With Without Of To As If When While Where Why How What Who
    Which After Before Since Until During Although Though However Meanwhile Moreover Also Still Even
    Then Now Last Next Both Some Many Most All No Not One Another Other Such Each Every Earlier Later
    According Under Over Despite Mr Mrs Ms Dr Officials Analysts Shares Sales Prices Police Former""".split()
)
# A line ending in one of these words, or these characters, goes on on the next line.
_CONTINUING_WORDS = frozenset(
    "a an the of to and or but in on at by for from with as that which who is was are were be "
    "has have had its their his her our your this these those than into over under about".split()
)
_CONTINUING_CHARS = ",;:([{-–—/&+="

_MAX_WRAP = 132  # wider lines are paragraphs, not a hard wrap


def wrap_width(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None for text with a line per paragraph."""
    end = len(text) if end is None else end
    return _wrap_width(text, start, end, _breaks_in(text, start, end))


def _wrap_width(text: str, start: int, end: int, breaks: _Breaks) -> int | None:
    lines = breaks.line.split(text[start:end])
    lengths = [length for length in map(len, map(str.rstrip, lines)) if length]  # non-blank lines
    if len(lengths) < 3:
        return None
    width = max(lengths)
    if width > _MAX_WRAP or width < 30:
        return None
    near = sum(1 for n in lengths if n >= 0.75 * width)
    return width if near >= 3 and near >= 0.3 * len(lengths) else None


def _forced_wrap(line_length: int, text: str, next_start: int, wrap: int | None) -> bool:
    """Whether a line ends only because the next word would not fit on it."""
    if wrap is None:
        return False
    word = _TOKEN_AFTER.match(text, next_start)
    return line_length + 1 + (len(word.group()) if word else 0) > wrap - 4


def _starts_lowercase(text: str, pos: int) -> bool:
    return text[pos].islower() and not _CAMEL.match(text, pos)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence in text[start:end], in order, stripped of white space."""
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    breaks = _breaks_in(text, start, end)
    wrap = _wrap_width(text, start, end, breaks)
    plain = all(text.find(char, start, end) < 0 for char in "!?…")
    candidates = _PERIOD_CANDIDATES if plain else _candidates()
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraphs(text, start, end, breaks):
        if not breaks.line.search(text, para_start, para_end):  # one line: one segment
            _split_segment(text, para_start, para_end, wrap, candidates, spans)
            continue
        for seg_start, seg_end in _segments(text, para_start, para_end, wrap, breaks):
            _split_segment(text, seg_start, seg_end, wrap, candidates, spans)
    return spans


def _paragraphs(text: str, start: int, end: int, breaks: _Breaks) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for match in breaks.paragraph.finditer(text, start, end):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return spans


def _segments(text: str, start: int, end: int, wrap: int | None, breaks: _Breaks) -> list[tuple[int, int]]:
    """Cut a paragraph at the line breaks that end a sentence though no punctuation does.

    Lines that end in sentence punctuation are left to `_split_segment`, which
    knows abbreviations; here the question is whether a line without it (a
    heading, a list item) stands alone or a hard-wrapped sentence goes on.
    """
    spans = []
    seg_start = line_start = start
    for match in breaks.line.finditer(text, start, end):
        line = text[line_start:match.start()].rstrip()
        next_start = _SPACE.match(text, match.end(), end).end()
        if line and next_start < end and _breaks_line(text, line, next_start, wrap):
            spans.append((seg_start, match.start()))
            seg_start = match.end()
        line_start = match.end()
    spans.append((seg_start, end))
    return spans


def _breaks_line(text: str, line: str, next_start: int, wrap: int | None) -> bool:
    if _ends_with_terminator(line):
        return False  # decided where the punctuation is
    if _bullet().match(text, next_start):
        return True
    if _starts_lowercase(text, next_start):
        return False
    if line[-1] in _CONTINUING_CHARS:
        return False
    last_word = line.rsplit(None, 1)[-1]
    if last_word in _CONTINUING_WORDS:
        return False
    return not _forced_wrap(len(line), text, next_start, wrap)


def _ends_with_terminator(line: str) -> bool:
    """Whether a line ends in sentence punctuation, perhaps followed by closing quotes or brackets."""
    # str.rstrip rather than a regex: this runs for every line of a hard-wrapped text.
    bare = line.rstrip(_CLOSERS)
    return bool(bare) and bare[-1] in _TERMINATORS


def _split_segment(
    text: str, start: int, end: int, wrap: int | None, candidates: re.Pattern[str], spans: list[tuple[int, int]]
) -> None:
    first = _SPACE.match(text, start, end).end()
    left = first  # where the sentence being read begins
    for match in candidates.finditer(text, first, end):
        if _is_boundary(text, match, first, end, wrap):
            # The sentence ends with its closers (never white space), so there is nothing to strip.
            right = match.end(2)
            if text[left].isalnum() or _WORD_CHAR.search(text, left, right):
                spans.append((left, right))
            left = match.end()  # the match took the white space after the sentence
    # The rest of the segment, less white space at its end (a few characters at most: found
    # in place, without copying the sentence).
    right = end
    while right > left and text[right - 1].isspace():
        right -= 1
    if right > left and _WORD_CHAR.search(text, left, right):
        spans.append((left, right))


def _is_boundary(text: str, match: re.Match[str], first: int, end: int, wrap: int | None) -> bool:
    """Whether the sentence ends after this run of terminators and closers."""
    period, nxt = match.span()  # nxt: the next word, as the match took the white space before it
    if nxt >= end:
        return True
    char = text[nxt]
    if char.islower():
        if not _CAMEL.match(text, nxt):
            return False  # the sentence goes on
    elif char in ",;:)]}.!?…":
        return False  # the sentence goes on (or a spaced ellipsis ". . ." does)
    elif char in _OPENERS and nxt + 1 < end and _starts_lowercase(text, nxt + 1):
        return False  # a quoted word: Acme Corp. “soared”
    elif char == "(" and _agency_dash().match(text, nxt):
        return False  # a dateline's agency: "TULSA, Okla. (AP) — Erik …" (no sentence opens so)
    elif char in "-—–" and _dash_then_space().match(text, nxt) and \
            _STATE.fullmatch(_word_before(text, period, first)):
        return False  # a dateline's state: "MEMPHIS, Tenn. -- Darnell …", "LANCASTER, Pa. — A measles …"
    punct, closers = match.group(1, 2)
    if closers and closers[-1] not in ")]}" and "." not in punct:
        # “Stop!” she shouted. / “Are you sure?” John Smith asked.
        return _strong_break(text, match.end(2), nxt, first, wrap) or not _speaker().match(text, nxt)
    if punct != "." or closers or period == first:
        return True  # ?, !, …, a doubled period, or a period after a quote
    before = text[period - 1]
    if before.isdigit():
        # "1. First item" at the start of a line is a list number; "in 2003." ends a sentence.
        return not (period - first <= 3 and text[first:period].isdigit())
    if not before.isalpha():
        return True
    return _ends_after_period(text, period, nxt, first, wrap)


def _strong_break(text: str, after: int, nxt: int, first: int, wrap: int | None) -> bool:
    """Whether the white space text[after:nxt] holds a line break the writer chose (not a hard
    wrap): strong evidence of a sentence end. Only worked out where a rule asks for it."""
    if not _has_line_break(text, after, nxt):
        return False
    line_start = max(text.rfind("\n", max(0, after - (wrap or 0) - 2), after) + 1, first)
    return not _forced_wrap(after - line_start, text, nxt, wrap)


def _has_line_break(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], white space between two sentences, holds a line break."""
    if end - start == 1:  # most often one space: no need to look for each break character
        return text[start] in _LB_CHARS
    return any(text.find(char, start, end) >= 0 for char in _LB_CHARS)


def _word_before(text: str, period: int, first: int) -> str:
    """The word a period ends: up to 40 characters of non-space before it, less opening quotes."""
    low = max(first, period - 40)
    space = text.rfind(" ", low, period)
    word = text[space + 1 if space >= 0 else low:period]
    if word.isalnum():  # no other white space or opening quote in it: found without a regex
        return word
    token = _TOKEN_BEFORE.search(text, low, period)
    return token.group().lstrip(_OPENERS) if token else ""


def _ends_after_period(text: str, period: int, nxt: int, first: int, wrap: int | None) -> bool:
    """Whether a period right after a word ends the sentence, given the word and the next one."""
    word = _word_before(text, period, first)
    lower = word.lower()
    if lower not in _ABBREVIATIONS and "." not in word and (len(word) > 1 or not word.isupper()):
        return True  # most words: the checks below all come to this
    if lower in _TITLES and word[:1].isupper() and word[1:].islower():
        return False
    if lower in _NEVER_FINAL and not word.isupper():  # "v." yes, the initial "V." no
        return False
    if lower in _BEFORE_NUMBERS and text[nxt].isdigit():
        return False
    if _strong_break(text, period + 1, nxt, first, wrap):
        return True
    if lower in _CAPITAL_FINAL:
        # ("3:42 a.m. (1842 GMT Saturday) at a depth of …": a bracket goes on with the sentence)
        return text[nxt] != "(" and not _time_follower().match(text, nxt)
    opener_only = lower in _OPENER_FINAL or _dotted().fullmatch(word) or (len(word) == 1 and word.isupper())
    if opener_only:
        following = _TOKEN_AFTER.match(text, nxt).group()
        # A quote opens a new sentence; a bracket rather goes on: "Apple Inc. (AAPL) rose".
        return following[0] in "\"'“‘«" or following.strip(_CLOSERS + ",.;:!?") in _SENTENCE_OPENERS
    return True
