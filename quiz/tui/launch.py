"""`quiz` and `quiz play`: find the sets to play, then run the app."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from importlib import resources
from pathlib import Path

SAMPLE_NOTICE = (
    "There is no questions/ folder here, so this is the sample set that comes with factquiz. "
    "Make sets of your own from articles: quiz generate ARTICLE.txt --out questions/ "
    "and run quiz in that folder."
)


def packaged_sets() -> Path:
    """The seed's set shipped inside the package (its source is in data/seeds/ next to it)."""
    return Path(str(resources.files("quiz").joinpath("data", "questions")))


def resolve_paths(paths: list[str], cwd: Path) -> tuple[list[str], str | None]:
    """The set files or folders to load, and a notice to show when falling back to the sample set."""
    if paths:
        return list(paths), None
    if (cwd / "questions").is_dir():
        return [str(cwd / "questions")], None
    return [str(packaged_sets())], SAMPLE_NOTICE


def run(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("quiz: the quiz app needs a terminal. To check sets without one, use `quiz check`.",
              file=sys.stderr)
        return 1
    from quiz.tui.app import QuizApp  # Textual loads only for the app
    from quiz.tui.catalog import load_catalog
    from quiz.tui.session import PlayOptions

    paths, notice = resolve_paths(list(getattr(args, "paths", []) or []), Path.cwd())
    sources = getattr(args, "sources", None)
    options = PlayOptions(shuffle=args.shuffle, seed=args.seed, count=args.count, tags=list(args.tag or []))
    app = QuizApp(partial(load_catalog, paths, Path(sources) if sources else None), options,
                  play=args.command == "play", notice=notice)
    app.run()  # Textual restores the terminal however the app ends
    return app.return_code or 0
