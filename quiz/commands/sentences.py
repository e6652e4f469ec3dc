"""`quiz sentences FILE [--json]`: a source's numbered sentences, the numbers citations use.

Plain output is one sentence a line, `  n  text`, each text on one line with
control characters shown as escapes. The header (date, title) goes to stderr
so that stdout stays the numbered list. With --json, each line is
{"n": 1, "start": 17, "end": 123, "text": "..."} with text == source[start:end].
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from quiz.sources import SourceDocument, read_source
from quiz.textsafe import single_line

# json.dumps(ensure_ascii=False) escapes C0 controls only. Also escape what quiz.textsafe
# escapes for a terminal (C1 controls, DEL, bidi and zero-width marks, the BOM) and what
# line-based readers split on (U+2028, U+2029, U+0085), so that each object stays on one
# line and inert; the JSON still decodes to the exact text.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _header(doc: SourceDocument) -> str | None:
    parts = []
    if doc.date:
        parts.append(f"date {doc.date}")
    if doc.title:
        parts.append(f"title {single_line(doc.title)}")
    return "# " + "; ".join(parts) if parts else None


def format_plain(doc: SourceDocument) -> list[str]:
    width = len(str(len(doc.sentences)))
    return [f"  {s.n:>{width}}  {single_line(s.text)}" for s in doc.sentences]


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def format_json(doc: SourceDocument) -> list[str]:
    return [
        _JSON_UNSAFE.sub(_escape, json.dumps({"n": s.n, "start": s.start, "end": s.end, "text": s.text},
                                             ensure_ascii=False))
        for s in doc.sentences
    ]


def run(args: argparse.Namespace) -> int:
    doc = read_source(args.file, pipe_ok=True)  # (named on the command line: `<(…)` is a pipe)
    if args.json:
        lines = format_json(doc)
    else:
        header = _header(doc)
        if header:
            print(header, file=sys.stderr)
        lines = format_plain(doc)
    out = sys.stdout
    for line in lines:
        out.write(line + "\n")
    out.flush()
    return 0
