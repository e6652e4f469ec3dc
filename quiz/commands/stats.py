"""`quiz stats`: the answer history as plain aligned tables (per set, per tag, most missed).

Titles, tags, ids and prompts come from question sets, so every one goes
through single_line(): an escape sequence or bidi override in a set prints
as visible text and cannot act on the terminal.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import unicodedata

from quiz.history import ENV_VAR, History, default_path
from quiz.history_stats import Stats, Tally
from quiz.textsafe import printable, single_line

NO_HISTORY = "No answers recorded yet. Run `quiz` to play a quiz; your results will show here."
MIN_WIDTH = 60  # below this the tables would wrap anyway; keep them readable when piped
GAP = "  "


def run(args: argparse.Namespace) -> int:
    path = default_path()
    if not path.exists():  # a read-only command: do not create a database just to say it is empty
        if path.parent.exists() and not path.parent.is_dir():  # (QUIZ_DATA_DIR naming a file)
            print(f"quiz stats: the history folder {single_line(str(path.parent))} is a file, not a folder; "
                  f"point {ENV_VAR} at a folder", file=sys.stderr)
            return 1
        print(NO_HISTORY)
        return 0
    history = History.open(path)
    try:
        stats = history.stats()
        warning = history.take_warning()
    finally:
        history.close()
    if warning:  # e.g. a corrupt database, now moved aside: say so, then report what is left
        print(f"quiz stats: {single_line(warning)}", file=sys.stderr)
    if not stats.sets:
        print(NO_HISTORY)
        return 0
    width = max(MIN_WIDTH, shutil.get_terminal_size((100, 24)).columns)
    print(render(stats, width, where=str(path)))
    return 0


def render(stats: Stats, width: int = 100, where: str | None = None) -> str:
    """The whole report as text, at most `width` columns wide (plus the kept-in line)."""
    total = stats.answers
    lines = [f"{total} answer{'s' if total != 1 else ''}, {stats.correct} correct "
             f"({_percent(stats.correct, total)})."]
    if where:
        lines.append(f"History kept in {printable(where)}")
    lines += ["", *_tally_table("Set", stats.sets, width)]
    if stats.tags:
        lines += ["", *_tally_table("Tag", stats.tags, width)]
    if stats.missed:
        lines += ["", "Missed most often", *_missed_table(stats, width)]
    return "\n".join(lines)


def _tally_table(name: str, tallies: list[Tally], width: int) -> list[str]:
    rows = [[t.title, str(t.quizzes), str(t.answers), _percent(t.correct, t.answers)] for t in tallies]
    return _table([name, "Quizzes", "Answers", "Correct"], rows, width, flexible=0, right=(1, 2, 3))


def _missed_table(stats: Stats, width: int) -> list[str]:
    rows = [[m.question_id, m.set_title, f"{m.misses} of {m.answers}", m.prompt] for m in stats.missed]
    return _table(["Question", "Set", "Missed", "Prompt"], rows, width, flexible=3, right=(2,),
                  caps={0: 16, 1: 28})


def _table(header: list[str], rows: list[list[str]], width: int, flexible: int,
           right: tuple[int, ...] = (), caps: dict[int, int] | None = None) -> list[str]:
    """Aligned columns; column `flexible` gets what room is left, the others at most their cap."""
    caps = caps or {}
    cells = [header, *[[single_line(cell) for cell in row] for row in rows]]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]
    for i, cap in caps.items():
        widths[i] = min(widths[i], max(cap, _width(header[i])))
    fixed = sum(w for i, w in enumerate(widths) if i != flexible) + len(GAP) * (len(header) - 1)
    widths[flexible] = max(_width(header[flexible]), min(widths[flexible], width - fixed))
    lines = []
    for row in cells:
        parts = []
        for i, cell in enumerate(row):
            cell = _truncate(cell, widths[i])
            pad = " " * (widths[i] - _width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        lines.append(GAP.join(parts).rstrip())
    return lines


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "-"


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(text: str) -> int:
    """Terminal columns the text takes: wide East Asian characters take two, marks none."""
    return sum(_char_width(char) for char in text)


def _truncate(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    kept, used = [], 0
    for char in text:
        if used + _char_width(char) > limit - 1:
            break
        kept.append(char)
        used += _char_width(char)
    return "".join(kept) + "…"
