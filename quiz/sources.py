"""Source documents: a plain-text article, its header metadata and its numbered sentences.

A source file is UTF-8 text (a leading BOM is dropped). It may begin with a
header: `date YYYY-MM-DD` (the article's date; text may follow on the same
line) and/or a title line followed by a blank line (BBC style). The header is
not part of any sentence. Without a date header, a date on a short line of its
own under the title ("Published 3 November 2025") is the article's date.
Sentences are numbered from 1 in the order they stand; their offsets are
character offsets into `text` (the decoded file without its BOM), so that
`text[start:end] == sentence.text`. Citations in question sets use these
numbers; `quiz sentences FILE` prints them.
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from quiz.problems import Problem, ProblemError
from quiz.regularfile import NOT_REGULAR, NotRegularFile, open_regular
from quiz.splitting import split_sentences
from quiz.textsafe import OTHER_BOMS, normalize_space

__all__ = [
    "Sentence", "SourceDocument", "parse_source", "read_source", "split_sentences", "normalize_space",
    "MAX_SOURCE_BYTES",
]

MAX_SOURCE_BYTES = 50 * 1024 * 1024  # an article is kilobytes; refuse what cannot be one
_BOM = b"\xef\xbb\xbf"

# `date 2021-02-26` (or `Date: 2021-02-26`) at the very start, then white space or the end.
_DATE = re.compile(r"\s*+[Dd]ate:?[^\S\n]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*+")
# A first line, a blank line (or more), then more text.
_TITLE = re.compile(r"[^\S\n]*+([^\n]+?)[^\S\n]*\r?\n(?:[^\S\n]*\r?\n)++\s*+(?=\S)")
_MAX_TITLE = 300
_QUOTE_CLOSERS = "\"'”’)]"
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Sentence:
    n: int  # 1-based, as citations number it
    start: int  # character offsets into SourceDocument.text
    end: int
    text: str  # == SourceDocument.text[start:end]

    def __init__(self, n: int, start: int, end: int, text: str) -> None:
        # A document makes one per sentence, and the __init__ @dataclass writes for a frozen
        # class (object.__setattr__ for each field) took ~60% longer. @dataclass keeps a class's
        # own __init__; fields are set in the instance's __dict__, as frozen classes must.
        fields = self.__dict__
        fields["n"], fields["start"], fields["end"], fields["text"] = n, start, end, text


@dataclass
class SourceDocument:
    path: str
    text: str  # the decoded file, without a leading BOM
    title: str | None
    date: str | None  # 'YYYY-MM-DD'
    sentences: list[Sentence]
    sha256: str  # of the file's bytes ("" for text not read from a file)
    body_start: int = 0  # offset where the text after the header begins

    @property
    def headline(self) -> str | None:
        """The title; else a first sentence that reads as one (no full stop, and more text after it), as
        where a byline stands right under the headline with no blank line between. White space made single."""
        if self.title and self.title.strip():
            return " ".join(self.title.split())
        first = self.sentences[0].text if len(self.sentences) > 1 else ""
        words = first.split()
        if len(words) < 2 or len(first) > _MAX_TITLE or first.rstrip(_QUOTE_CLOSERS)[-1:] in (".", "!", "?", ":") \
                or words[0] == "By" or not _WORD_CHAR.search(first):
            return None
        return " ".join(words)

    def sentence(self, n: int) -> Sentence | None:
        """Sentence number n (1-based), or None where there is no such sentence."""
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(self.sentences):
            return None
        return self.sentences[n - 1]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset into `text` (clamped to it)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def _valid_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _read_date(text: str, pos: int) -> tuple[str | None, int]:
    match = _DATE.match(text, pos)
    if match and _valid_date(match.group(1)):
        return match.group(1), match.end()
    return None, pos


def _read_title(text: str, pos: int) -> tuple[str | None, int]:
    """A first line followed by a blank line, if it reads as a headline (not a sentence ending in '.')."""
    match = _TITLE.match(text, pos)
    if not match:
        return None, pos
    title = match.group(1)
    if len(title) > _MAX_TITLE or _ends_in_a_period(title) or not _WORD_CHAR.search(title):
        return None, pos
    return title, match.end()


def _ends_in_a_period(line: str) -> bool:
    """A sentence's end, perhaps inside quotes or brackets (an ellipsis "..." is not one)."""
    # str.rstrip rather than a regex: its class of curly quotes cost ~0.1 ms to compile at import.
    bare = line.rstrip(_QUOTE_CLOSERS)
    return bare.endswith(".") and not bare.endswith("..")


# A date on a line of its own near the top, as outlets print it with a byline or alone: "November 12, 2025",
# "Published 3 November 2025", "By Jo Bloggs, 9 June 2025", "Updated: Nov. 3, 2025", "2025-11-12".
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
_LINE_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?|(?P<m2>{_MONTH})\s+"
                        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{{4}})\b|\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_DATE_LINES = 4  # (the lines above the first paragraph: a byline, a date, a line of when it was updated)


# A wire dateline opening the first paragraph: "CAMBRIDGE, Mass., Sept. 8, 2025 -- ", "LONDON, March 4, 2025
# /PRNewswire/ - ": a place in capitals, perhaps a state, then the date (its line may be long: the news follows).
_WIRE_DATE = re.compile(rf"[A-Z][A-Z .'-]{{2,40}}(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}})?,\s+(?={_MONTH}\s+\d)")


def _date_near_top(text: str, pos: int) -> str | None:
    """The date on a short line of its own (no sentence: no full stop at its end) among the first lines
    of the body, or in a wire dateline opening a paragraph there, as 'YYYY-MM-DD', or None. The line stays
    a numbered sentence."""
    for line in text[pos:pos + 2000].lstrip().splitlines()[:2 * _DATE_LINES]:
        line = line.strip()
        if (wire := _WIRE_DATE.match(line)) and (match := _LINE_DATE.match(line, wire.end())):
            return _as_iso(match)
    for line in text[pos:pos + 1000].lstrip().splitlines()[:_DATE_LINES]:
        line = line.strip()
        if len(line) > 100 or _ends_in_a_period(line) or not (match := _LINE_DATE.search(line)):
            continue
        found = _as_iso(match)
        if found is not None:
            return found
    return None


def _as_iso(match: re.Match[str]) -> str | None:
    """A _LINE_DATE match as 'YYYY-MM-DD', or None where it is no real date (31 June)."""
    found = match.group("iso")
    if found is None:
        month = _MONTHS.index((match.group("m1") or match.group("m2"))[:3].lower()) + 1
        found = f"{match.group('y')}-{month:02d}-{int(match.group('d1') or match.group('d2')):02d}"
    return found if _valid_date(found) else None


def _read_header(text: str) -> tuple[str | None, str | None, int]:
    """(date, title, offset where the body begins). The date may stand before or after the title."""
    date, pos = _read_date(text, 0)
    title, pos = _read_title(text, pos)
    if title is not None and date is None:
        date, pos = _read_date(text, pos)
    return date, title, pos


def parse_source(text: str, path: str = "<text>", sha256: str = "") -> SourceDocument:
    """A source document from decoded text (one leading BOM is dropped): header metadata and numbered sentences."""
    return _parse(text[1:] if text.startswith("\ufeff") else text, path, sha256)


def _parse(text: str, path: str, sha256: str) -> SourceDocument:
    date, title, body_start = _read_header(text)
    if date is None:
        date = _date_near_top(text, body_start)
    sentences = [
        Sentence(n, start, end, text[start:end])
        for n, (start, end) in enumerate(split_sentences(text, body_start), start=1)
    ]
    return SourceDocument(path, text, title, date, sentences, sha256, body_start)


def _problem(path: str, message: str, line: int = 1, column: int = 1) -> ProblemError:
    return ProblemError(Problem(path, line, column, message))


def _read_bytes(path: str, pipe_ok: bool = False) -> bytes:
    try:
        with open_regular(path, pipe_ok) as handle:
            # read(n) sets aside n bytes before it reads, so asking for the whole limit took 3x
            # as long as reading an article. The file's size is only a hint (a growing file, a pipe
            # or a /proc file says less than it holds), so read on where it held more than that.
            size = min(os.fstat(handle.fileno()).st_size, MAX_SOURCE_BYTES)
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(MAX_SOURCE_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise _problem(path, "no such source file; check the path") from None
    except IsADirectoryError:
        raise _problem(path, "this is a folder, not a source file; give a .txt file") from None
    except PermissionError:
        raise _problem(path, "cannot read the source file: permission denied") from None
    except NotRegularFile:
        raise _problem(path, f"{NOT_REGULAR}, not a source file; give a .txt file") from None
    except OSError as error:
        raise _problem(path, f"cannot read the source file: {error.strerror or error}") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise _problem(path, f"the source file is over {MAX_SOURCE_BYTES // (1024 * 1024)} MB; "
                             "an article should be far smaller, so check it is the right file")
    return data


def decode_source(data: bytes, path: str) -> str:
    """The file's text without a BOM; invalid UTF-8 is a ProblemError naming its line and byte."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    for bom, encoding in OTHER_BOMS if not skip else ():
        if data.startswith(bom):
            raise _problem(path, f"the file is saved as {encoding}; save it with the UTF-8 encoding")
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = skip + error.start
        line_start = data.rfind(b"\n", 0, bad) + 1
        line = data.count(b"\n", 0, bad) + 1
        column = len(data[line_start:bad].decode("utf-8", errors="replace").lstrip("\ufeff")) + 1
        what = "incomplete UTF-8 sequence" if error.reason == "unexpected end of data" else "invalid UTF-8 byte"
        raise _problem(
            path, f"{what} 0x{data[bad]:02x} at line {line}, byte {bad - line_start + 1}; save the file as UTF-8",
            line, column,
        ) from None


def read_source(path: str | Path, pipe_ok: bool = False) -> SourceDocument:
    """Read and parse a source file; ProblemError (located) if it cannot be read or is not UTF-8.

    pipe_ok: read a pipe too (a file named on the command line); else only a regular file, for a
    pipe with nothing writing to it would wait for ever.
    """
    name = str(path)
    data = _read_bytes(name, pipe_ok)
    text = decode_source(data, name)
    # decode_source dropped the BOM already; a second U+FEFF is text (offsets count it)
    return _parse(text, name, hashlib.sha256(data).hexdigest())
