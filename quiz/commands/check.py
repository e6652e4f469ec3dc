"""`quiz check [PATH ...] [--sources DIR]`: every problem in the given sets, located, at once.

Exit status: 0 when there are no errors (warnings are allowed), 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quiz.problems import ERROR, WARNING, Problem
from quiz.storage import check_question_set, find_set_files
from quiz.textsafe import printable


SHOWN_PER_SET = 200


def run(args: argparse.Namespace) -> int:
    sources = getattr(args, "sources", None)
    if sources is not None and not Path(sources).is_dir():
        what = "a file, not a folder of sources" if Path(sources).exists() else "no such folder"
        print(printable(f"quiz check: --sources {sources}: {what}"), file=sys.stderr)
        return 1
    files = find_set_files(list(args.paths) or ["questions"])
    if not files:
        shown = ", ".join(args.paths) or "questions"
        print(printable(f"quiz check: no question sets (*.yaml, *.yml) in {shown}"), file=sys.stderr)
        return 1
    errors = warnings = 0
    for path in files:
        _, problems = check_question_set(path, sources)
        for problem in problems[:SHOWN_PER_SET]:
            print(_line(problem))
        if len(problems) > SHOWN_PER_SET:
            # (a file of 200,000 unknown keys printed as many lines: the first ones say what to fix)
            print(printable(f"{path}: {len(problems) - SHOWN_PER_SET:,} more problems not shown; "
                            "fix the ones above and check again"))
        errors += sum(problem.severity == ERROR for problem in problems)
        warnings += sum(problem.severity == WARNING for problem in problems)
    print(summary(len(files), errors, warnings))
    return 1 if errors else 0


def _line(problem: Problem) -> str:
    # Text from the file may hold escapes or control characters: show them, never obey them.
    return printable(str(problem)).replace("\n", "\\n").replace("\r", "\\r")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def summary(sets: int, errors: int, warnings: int) -> str:
    """e.g. `3 sets checked: 2 errors, 1 warning`."""
    found = [_count(errors, "error")] if errors else []
    found += [_count(warnings, "warning")] if warnings else []
    return f"{_count(sets, 'set')} checked: {', '.join(found) or 'no problems'}"
