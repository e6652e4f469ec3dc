"""`quiz` / `quiz play`: which sets are played, and the sample set shipped inside the package."""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.tui import launch

ROOT = Path(__file__).resolve().parents[2]
SEED = "000_ac34c4d9b940b12e"


def test_the_packaged_sample_is_the_seed_set_and_source_unchanged():
    """`quiz` outside a project plays quiz/data/: it must be the repo's reviewed seed set, byte for byte."""
    data = ROOT / "quiz" / "data"
    for folder, name in (("questions", f"{SEED}.yaml"), ("seeds", f"{SEED}.txt")):
        assert (data / folder / name).read_bytes() == (ROOT / folder / name).read_bytes(), (
            f"quiz/data/{folder}/{name} differs from {folder}/{name}; "
            f"copy it: cp {folder}/{name} quiz/data/{folder}/")
    assert launch.packaged_sets() == data / "questions"


def test_paths_given_are_used(tmp_path):
    assert launch.resolve_paths(["a.yaml", "sets/"], tmp_path) == (["a.yaml", "sets/"], None)


def test_questions_folder_of_the_current_folder_is_the_default(tmp_path):
    (tmp_path / "questions").mkdir()
    assert launch.resolve_paths([], tmp_path) == ([str(tmp_path / "questions")], None)


def test_without_a_questions_folder_the_sample_plays_and_says_how_to_make_sets(tmp_path):
    paths, notice = launch.resolve_paths([], tmp_path)
    assert paths == [str(launch.packaged_sets())]
    assert "quiz generate" in notice


def test_without_a_terminal_it_says_so_instead_of_starting(capsys):
    args = argparse.Namespace(command=None, paths=[], shuffle=True, seed=None, count=None, tag=[], sources=None)
    assert launch.run(args) == 1  # pytest's stdin is not a terminal
    assert "needs a terminal" in capsys.readouterr().err
