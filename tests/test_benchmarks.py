"""The benchmark runs end to end (quick mode, tiny input) and prints every row of its table.

No figure is checked: timings belong in benchmarks/README.md, not in tests.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "local/harbour.txt": (
        "Harbour town opens a new ferry terminal\n\n"
        "The new ferry terminal in Harbourton opened on Monday after two years of work. "
        "The council said the building cost about 12 million pounds. "
        "Mayor Ana Ruiz said the terminal would carry 400,000 passengers a year.\n\n"
        "Local traders welcomed the opening. A first ferry left at 6 am.\n"
    ),
    "local/library.txt": (
        "date 2023-05-02\n\n"
        "The city library reopened after a repair of its roof, which cost 2.5 million euros. "
        "\"We have waited three years for this day,\" said head librarian Tom Berg. "
        "The library lends about 80,000 books a year, the council said.\n"
    ),
}

ROWS = [
    "generation, 3 articles: seconds",
    "generation: articles/s",
    "floor (read + naive regex split): seconds",
    "generation ÷ floor",
    "sentence splitting",
    "sentence splitting: share of generation time",
    "writing the sets as YAML (no disk): seconds",
    "writing the sets: share of generation time",
    "load + validate 300 questions: seconds",
    "libyaml event stream alone (floor): seconds",
    "load + check citations, 300 questions: seconds",
    "app: launch → first question (seed set): seconds",
    "app: bare Textual app → one Static: seconds",
    "app: launch ÷ bare",
    "app's own part (App made → painted): quiz, seconds",
    "app's own part (App made → painted): bare, seconds",
    "app's own part: quiz ÷ bare",
    "app's own part, 300 questions: seconds",
    "app: keypress → feedback shown",
    "app: keypress → feedback shown, 300 questions",
    "slowest answers, the same: p95 / max, ms",
    "app: peak memory (peak RSS), 300 questions: MB",
]


def write_corpus(folder: Path) -> None:
    seed = sorted(Path(str(resources.files("quiz").joinpath("data", "seeds"))).glob("*.txt"))[0]
    (folder / "seed").mkdir(parents=True)
    (folder / "seed" / seed.name).write_bytes(seed.read_bytes())
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def test_quick_benchmark_prints_every_row(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    done = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "run.py"), "--quick", "--corpus", str(corpus)],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    table = done.stdout.split("\n\n", 1)[1]
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["measure", "median"]
    for row in ROWS:
        assert any(line.strip().startswith(row) for line in lines), f"no row {row!r} in:\n{table}"
    assert "machine:" in done.stdout and "CPUs" in done.stdout
