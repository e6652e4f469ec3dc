"""Run the benchmarks and print one table: each figure the median of several runs, with min–max.

    python3 benchmarks/run.py                  the whole ../shared/corpus/bbc, 5 runs each
    python3 benchmarks/run.py --corpus DIR     another folder of .txt articles
    python3 benchmarks/run.py --quick          one run each, a small set: proves the benchmark works

See benchmarks/README.md for what each row measures and the latest figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script from anywhere

from bigset import packaged_seed, write_big_set  # noqa: E402
from corpus import article_files, default_corpus, measure_corpus  # noqa: E402
from timing import Table  # noqa: E402

SECTIONS = ("generation", "load", "app")


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            model = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), model)
    except OSError:
        model = platform.processor() or model
    import textual
    import yaml

    libyaml = "libyaml" if getattr(yaml, "__with_libyaml__", False) else "no libyaml"
    return (f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, "
            f"PyYAML {yaml.__version__} ({libyaml}), Textual {textual.__version__}, {platform.system()}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run of each, a small set (for the tests)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder of .txt articles (default: ../shared/corpus/bbc beside the project)")
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (default 5; 1 with --quick)")
    parser.add_argument("--questions", type=int, default=None,
                        help="questions in the written set (default 10,000; 300 with --quick)")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only this section (repeatable)")
    args = parser.parse_args(argv)
    args.runs = args.runs or (1 if args.quick else 5)
    args.questions = args.questions or (300 if args.quick else 10_000)
    args.only = args.only or list(SECTIONS)
    return args


def add_generation(table: Table, folder: Path, runs: int) -> None:
    files = article_files(folder)
    if not files:
        raise SystemExit(f"no .txt articles in {folder}; pass --corpus DIR")
    found = measure_corpus(files, runs)
    name = f"{found.articles} articles"
    table.add(f"generation, {name}: seconds", found.generation.show())
    articles_per_second = [found.articles / value for value in found.generation.values]
    table.add("generation: articles/s", _figure(articles_per_second, 0))
    table.add("floor (read + naive regex split): seconds", found.floor.show(4))
    table.add("generation ÷ floor", found.ratio.show(1) + "×", "≤ 20×", found.ratio.median <= 20)
    table.add("generation: questions made", str(found.questions))
    table.add(f"sentence splitting, {found.sentences} sentences: sentences/s",
              _figure([found.sentences / value for value in found.splitting.values], 0))
    shares = [100 * split / generation for split, generation
              in zip(found.splitting.values, found.generation.values)]
    table.add("sentence splitting: share of generation time", _figure(shares, 1) + " %")
    table.add("writing the sets as YAML (no disk): seconds", found.writing.show())
    shares = [100 * writing / generation for writing, generation
              in zip(found.writing.values, found.generation.values)]
    table.add("writing the sets: share of generation time", _figure(shares, 1) + " %")


def add_load(table: Table, set_path: Path, runs: int) -> None:
    from loading import measure_load

    found = measure_load(set_path, runs)
    name = f"{found.questions:,} questions"
    table.add(f"load + validate {name}: seconds", found.load.show(), "≤ 0.5 s", found.load.median <= 0.5)
    table.add("  libyaml event stream alone (floor): seconds", found.events.show())
    table.add(f"load + check citations, {name}: seconds", found.check.show())


def add_app(table: Table, big_set: Path, questions: int, runs: int, answers: int) -> None:
    from app import measure_app

    _, small_set = packaged_seed()
    found = measure_app(small_set, big_set, runs, answers)
    # The launch as a person sees it (process start, Python and every import included) carries
    # the target; the app's own part (App made -> frame painted, as Pilot sees it) shows where it goes.
    table.add("app: launch → first question (seed set): seconds", found.quiz_process.show())
    table.add("app: bare Textual app → one Static: seconds", found.bare_process.show())
    table.add("app: launch ÷ bare", found.process_ratio.show(2) + "×", "≤ 1.3×", found.process_ratio.median <= 1.3)
    table.add("  app's own part (App made → painted): quiz, seconds", found.quiz.show())
    table.add("  app's own part (App made → painted): bare, seconds", found.bare.show())
    table.add("  app's own part: quiz ÷ bare", found.ratio.show(2) + "×")
    table.add(f"  app's own part, {questions:,} questions: seconds", found.big_launch.show())
    table.add(f"app: keypress → feedback shown, seed set ({len(found.keypress_ms.values)} answers): ms",
              found.keypress_ms.show(1), "≤ 30 ms", found.keypress_ms.median <= 30)
    big = found.big_keypress_ms
    table.add(f"app: keypress → feedback shown, {questions:,} questions ({len(big.values)} answers): ms",
              big.show(1), "≤ 30 ms", big.median <= 30)
    # The median hides the answer that meets a long pause (a full cycle collection over the set):
    table.add("  slowest answers, the same: p95 / max, ms", f"{big.percentile(95):.1f} / {big.high:.1f}")
    table.add(f"app: peak memory (peak RSS), {questions:,} questions: MB", found.peak_mb.show(1), "≤ 150 MB",
              found.peak_mb.median <= 150)


def _figure(values: list[float], digits: int) -> str:
    from timing import Figure

    return Figure(values).show(digits)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder = args.corpus or default_corpus()
    if "generation" in args.only and not folder.is_dir():
        raise SystemExit(f"no corpus at {folder}: pass --corpus DIR (a folder of .txt articles)")
    print(f"machine: {machine()}")
    print(f"runs per figure: {args.runs}{' (quick mode)' if args.quick else ''}", flush=True)
    table = Table()
    if "generation" in args.only:
        add_generation(table, folder, args.runs)
    with tempfile.TemporaryDirectory(prefix="quiz-bench-") as temporary:
        if "load" in args.only or "app" in args.only:
            big_set = write_big_set(Path(temporary), args.questions)
            if "load" in args.only:
                add_load(table, big_set, args.runs)
            if "app" in args.only:
                add_app(table, big_set, args.questions, args.runs, 3 if args.quick else 30)
    print()
    print(table.render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
