"""How fast is `quiz generate`? Time for a whole corpus next to a floor measured in the same run.

    python benchmarks/generate.py FOLDER [--quick] [--limit N]

The floor is the least any generator must do: read the same files and split
them into sentences with a naive regex. The generator's time (reading with
quiz.sources, generating every set in memory; no YAML writing) is printed next
to it as a ratio. Target: at most 20 times the floor, on one core.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz.generate import generate_questions  # noqa: E402
from quiz.sources import read_source  # noqa: E402

NAIVE_SENTENCE = re.compile(r"(?<=[.!?])\s+")
TARGET = 20.0


def floor(files: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    sentences = 0
    for path in files:
        text = path.read_bytes().decode("utf-8-sig")
        sentences += len(NAIVE_SENTENCE.split(text))
    return time.perf_counter() - start, sentences


def generator(files: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    questions = 0
    for path in files:
        questions += len(generate_questions(read_source(path)))
    return time.perf_counter() - start, questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="a folder of .txt sources (walked recursively)")
    parser.add_argument("--quick", action="store_true", help="only the first 100 files, one round")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N files")
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds (default 3)")
    args = parser.parse_args(argv)
    files = sorted(Path(args.folder).rglob("*.txt"))
    limit = 100 if args.quick and args.limit is None else args.limit
    if limit is not None:
        files = files[:limit]
    if not files:
        print(f"no .txt files under {args.folder}", file=sys.stderr)
        return 1
    rounds = 1 if args.quick else max(1, args.rounds)
    floor_time = min(floor(files)[0] for _ in range(rounds))
    _, sentences = floor(files)
    best = None
    questions = 0
    for _ in range(rounds):
        elapsed, questions = generator(files)
        best = elapsed if best is None else min(best, elapsed)
    ratio = best / floor_time if floor_time else float("inf")
    print(f"files: {len(files)}  naive sentences: {sentences}  questions: {questions}")
    print(f"floor (read + naive regex split): {floor_time * 1000:.1f} ms")
    print(f"quiz generate (read + generate):  {best * 1000:.1f} ms  ({best / len(files) * 1000:.2f} ms per file)")
    print(f"ratio: {ratio:.1f}x the floor (target <= {TARGET:.0f}x) - {'OK' if ratio <= TARGET else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
