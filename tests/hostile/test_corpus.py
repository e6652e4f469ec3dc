"""The hostile corpus: every bad file in tests/hostile/ gives the located error it is paired with.

sets/NAME.yaml is checked by `quiz check`; sets/NAME.expected holds, one a line, the
`line:col: error: message-start` lines its output must hold (in any file: a bad source is
reported in the source too). seeds/NAME.txt with a seeds/NAME.expected is a bad source, read
by `quiz sentences`. Files too big to commit are made at test time. No output may hold a
traceback or a raw control character.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.cli import main
from setfiles import VALID_TEXT

HERE = Path(__file__).resolve().parent
SETS = HERE / "sets"
SEEDS = HERE / "seeds"
ROOT = HERE.parents[1]
BAD_SETS = sorted(SETS.glob("*.yaml"))
BAD_SOURCES = sorted(path.with_suffix(".txt") for path in SEEDS.glob("*.expected"))
# C0/C1 controls but newline, DEL, bidi controls, zero-width characters: never printed raw.
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _expected(path: Path) -> list[str]:
    return path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()


def _assert_located(output: str, expected: list[str]) -> None:
    assert "Traceback" not in output and "internal error" not in output, output
    assert not RAW_CONTROL.search(output), repr(output[:500])
    lines = output.splitlines()
    for want in expected:
        place, message = want.split(": error: ", 1)
        assert any(re.match(rf".+:{re.escape(place)}: error: ", line) and message in line for line in lines), \
            f"no line {want!r} in:\n{output[:2000]}"


def test_the_corpus_is_paired():
    assert len(BAD_SETS) >= 25 and len(BAD_SOURCES) >= 3
    assert sorted(p.stem for p in SETS.glob("*.expected")) == [p.stem for p in BAD_SETS]
    assert all(p.is_file() for p in BAD_SOURCES)


@pytest.mark.parametrize("path", BAD_SETS, ids=[p.stem for p in BAD_SETS])
def test_each_bad_set_gives_its_located_error(path, capsys):
    if path.stem == "source-symlink-out" and not (SEEDS / "link-out.txt").is_symlink():
        pytest.skip("this checkout has no symbolic links")
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    _assert_located(out, _expected(path))
    assert out.endswith(" error\n") or out.endswith(" errors\n")


@pytest.mark.parametrize("path", BAD_SOURCES, ids=[p.stem for p in BAD_SOURCES])
def test_each_bad_source_gives_its_located_error(path, capsys):
    code = main(["sentences", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    _assert_located(err, _expected(path))


def test_quiz_check_on_the_whole_corpus(tmp_path):
    """As a person would run it: one process over the folder, every file named, exit 1."""
    done = subprocess.run([sys.executable, "-m", "quiz", "check", str(HERE)], capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 1 and done.stderr == ""
    assert "Traceback" not in done.stdout and not RAW_CONTROL.search(done.stdout)
    for path in BAD_SETS:
        assert f"{path}:" in done.stdout, path.name
    assert done.stdout.splitlines()[-1].startswith(f"{len(BAD_SETS)} sets checked: ")


def _check(capsys, path: Path) -> tuple[int, str]:
    started = time.perf_counter()
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    print(f"{path.name}: {time.perf_counter() - started:.3f}s")  # shown with -s; no timing asserts
    assert err == "" and "Traceback" not in out
    return code, out


def _project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bridge.txt").write_bytes((SEEDS / "bridge.txt").read_bytes())
    (tmp_path / "questions").mkdir()
    return tmp_path / "questions"


def test_a_30_mb_file_is_refused_before_it_is_parsed(tmp_path, capsys):
    path = _project(tmp_path) / "huge.yaml"
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(VALID_TEXT)
        stream.write("# " + "x" * 30 * 1024 * 1024 + "\n")
    code, out = _check(capsys, path)
    assert code == 1
    _assert_located(out, ["1:1: error: the file is larger than 10 MB"])


def test_too_many_questions_are_refused_at_the_list(tmp_path, capsys):
    start = VALID_TEXT.index("- id: q-cost")
    end = VALID_TEXT.index("- id: q-start")
    question = VALID_TEXT[start:end]
    questions = "".join(question.replace("q-cost", f"q-{n}") for n in range(10_001))
    path = _project(tmp_path) / "many.yaml"
    path.write_text(VALID_TEXT[:start] + questions + "generated: []\n", encoding="utf-8")
    code, out = _check(capsys, path)
    assert code == 1
    _assert_located(out, ["9:1: error: the set has 10,001 questions; the most is 10,000"])


def test_a_crlf_file_with_a_bom_is_fine(tmp_path, capsys):
    path = _project(tmp_path) / "windows.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID_TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert _check(capsys, path) == (0, "1 set checked: no problems\n")
