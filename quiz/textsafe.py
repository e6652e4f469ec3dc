"""Text helpers every part shares: making text from files safe to print, and comparing it.

Text from sets and sources is data: an ANSI escape, a control character or a
bidi override in it must not reach the terminal as such. This module imports
nothing heavy, so the app can use it before its first question is shown.
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (but tab and newline), DEL, bidi marks/embeddings/overrides/isolates,
# zero-width characters, line/paragraph separators and the BOM: each can hide or
# reorder what a reader sees, so each is shown as an escape instead.
_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return f"\\u{ord(char):04x}" if ord(char) > 0xFF else f"\\x{ord(char):02x}"


def printable(text: str) -> str:
    """The text with every terminal control character shown as a visible escape."""
    return _UNSAFE.sub(_escape, text)


def single_line(text: str) -> str:
    """printable(), with line breaks and tabs shown as escapes too."""
    return printable(text).replace("\t", "\\t").replace("\n", "\\n")


def is_format_char(char: str) -> bool:
    """Zero-width and other invisible format characters (Unicode category Cf)."""
    return unicodedata.category(char) == "Cf"


def normalize_space(text: str) -> str:
    """Every run of white space made one space and the ends trimmed: for comparing quotes
    with sentences, and showing a sentence that spans line breaks in its source."""
    return " ".join(text.split())


# Byte order marks of UTF-16 and UTF-32 (what Windows editors call "Unicode"): a file so saved is named
# by its encoding, not reported as invalid UTF-8 at its first byte.
OTHER_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"),
              (b"\xfe\xff", "UTF-16"))
