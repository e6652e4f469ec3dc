"""`quiz generate` and other writers on one output folder: no lost writes.

The lock and compare-and-swap write are quiz.locking and write_question_set(expected_sha256=...)
(tested in test_locking.py); `quiz generate` takes the lock for its output folder and writes
each set with the compare-and-swap.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.storage import load_question_set

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
ARTICLE = ("date 2024-03-12 Mr. Smith, the chief executive of Acme {n}, said sales rose 12.5% to ${n}bn in 2023. "
           "“We know what we did,” Smith told reporters on Monday. About 5,000 people attended, police said.\n")
HOLDER = """
import sys
from quiz.locking import folder_lock
with folder_lock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


def _project(tmp_path: Path, sources: int = 3) -> Path:
    (tmp_path / "seeds").mkdir(parents=True)
    for n in range(sources):
        (tmp_path / "seeds" / f"a{n}.txt").write_text(ARTICLE.format(n=n + 2), encoding="utf-8")
    return tmp_path


def _generate(cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "quiz", "generate", "seeds", "--out", "out"], cwd=cwd, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_generate_runs_at_once_leave_whole_valid_sets(tmp_path):
    root = _project(tmp_path / "a", sources=20)
    expected = _project(tmp_path / "b", sources=20)
    assert _generate(expected).wait(timeout=300) == 0
    runs = [_generate(root) for _ in range(2)]
    results = [(run.wait(timeout=300), run.communicate()[1]) for run in runs]
    for code, err in results:  # each finished, or waited and then refused saying what to do
        assert code == 0 or "another quiz" in err, err
        assert "Traceback" not in err
    for path in sorted((expected / "out").glob("*.yaml")):
        mine = root / "out" / path.name
        assert mine.read_bytes() == path.read_bytes()
        assert load_question_set(mine)[0] is not None


def test_generate_refuses_while_another_writer_holds_the_folder(tmp_path):
    root = _project(tmp_path)
    (root / "out").mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(root / "out")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert holder.stdout.readline().strip() == "locked"
        run = _generate(root)
        _, err = run.communicate(timeout=300)
        assert run.returncode == 1 and "another quiz" in err and "run again" in err
        assert list((root / "out").glob("*.yaml")) == []
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_set_edited_during_regeneration_is_kept(tmp_path, monkeypatch, capsys):
    from quiz.commands import generate as command

    root = _project(tmp_path, sources=1)
    monkeypatch.chdir(root)
    args = argparse.Namespace(sources_in=["seeds"], out="out", count=None, seed=0, force=False, verbose=False)
    assert command.run(args) == 0
    path = root / "out" / "a0.yaml"
    real_merge = command.merge

    def merge_while_a_person_saves(*args, **kwargs):
        # between regeneration reading the set and writing it, a person saves an edit
        path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(command, "merge", merge_while_a_person_saves)
    (root / "seeds" / "a0.txt").write_text(ARTICLE.format(n=7), encoding="utf-8")  # something to regenerate
    code = command.run(args)
    err = capsys.readouterr().err
    assert code == 1 and "changed since it was read" in err
    assert "title: Edited " in path.read_text(encoding="utf-8")  # the person's edit is not lost
