"""`quiz check`: located problems, a summary, exit 1 on errors, 0 with warnings only, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.commands.check import summary
from setfiles import VALID_TEXT, edited, make_project, write_set

REPO = Path(__file__).resolve().parent.parent


def run_check(capsys, *args):
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_the_repository_sets_check_clean(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    code, out, _ = run_check(capsys)
    assert code == 0 and out.endswith("checked: no problems\n")


def test_a_clean_set_exits_0(tmp_path, capsys):
    code, out, _ = run_check(capsys, write_set(tmp_path, VALID_TEXT))
    assert (code, out) == (0, "1 set checked: no problems\n")


# the list: each reported with file:line, exit 1
DONE_WHEN = [
    ("wrong indentation", "  prompt: About", " prompt: About", 11),
    ("a tab", "  prompt: About", "\tprompt: About", 11),
    ("a missing field", "  explanation: Officials said it will cost about £12m.\n", "", 9),
    ("an unknown field", "  prompt: About", "  promt: About", 11),
    ("a duplicate key", "  answer: about £12m\n", "  answer: about £12m\n  answer: about £2m\n", 17),
    ("an unquoted no as an answer", "answer: '2025'", "answer: no", 31),
    ("an answer that is not a choice", "answer: about £12m", "answer: about £13m", 16),
    ("a quote that does not match its sentence", "quote: It will cost about £12m", "quote: It will cost about £15m", 20),
    ("sentence 999", "sentence: 2", "sentence: 999", 19),
    ("a source path that leaves the sources folder", "path: bridge.txt", "path: ../../etc/passwd", 5),
]


@pytest.mark.parametrize("what, old, new, line", DONE_WHEN, ids=[c[0] for c in DONE_WHEN])
def test_each_listed_mistake_is_located_and_exits_1(tmp_path, capsys, what, old, new, line):
    path = write_set(tmp_path, edited(old, new))
    code, out, _ = run_check(capsys, path)
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{path}:{line}:") and ": error: " in first
    assert out.endswith("1 set checked: 1 error\n")


@pytest.mark.parametrize("data, line", [(b"format: 1\ntitle: \xff\n", 2), (b"", 1)], ids=["invalid UTF-8", "empty"])
def test_unreadable_files_are_located_and_exit_1(tmp_path, capsys, data, line):
    path = write_set(tmp_path, data)
    code, out, _ = run_check(capsys, path)
    assert code == 1 and out.startswith(f"{path}:{line}:") and out.endswith("1 error\n")


def test_warnings_only_exit_0(tmp_path, capsys):
    path = write_set(tmp_path, VALID_TEXT)
    source = path.parent.parent / "seeds" / "bridge.txt"
    source.write_text(source.read_text(encoding="utf-8") + "One more sentence.\n", encoding="utf-8")
    code, out, _ = run_check(capsys, path)
    assert code == 0 and ": warning: " in out and out.endswith("1 set checked: 1 warning\n")


def test_a_folder_is_walked_and_problems_counted(tmp_path, capsys, monkeypatch):
    root = make_project(tmp_path)
    (root / "questions" / "bad.yaml").write_text(edited("answer: '2025'", "answer: no"), encoding="utf-8")
    (root / "questions" / "typo.yml").write_text(edited("  prompt: About", "  promt: About"), encoding="utf-8")
    monkeypatch.chdir(root)
    code, out, _ = run_check(capsys)
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("questions/bad.yaml:31:11: error:")
    assert lines[1].startswith("questions/typo.yml:11:3: error:")
    assert lines[-1] == "3 sets checked: 2 errors"


def test_sources_option(tmp_path, capsys):
    root = make_project(tmp_path)
    os.replace(root / "seeds", tmp_path / "other")
    (root / "seeds").mkdir()
    path = root / "questions" / "bridge.yaml"
    assert run_check(capsys, path)[0] == 1
    assert run_check(capsys, path, "--sources", tmp_path / "other")[0] == 0
    code, _, err = run_check(capsys, path, "--sources", tmp_path / "missing")
    assert code == 1 and "no such folder" in err


def test_sources_before_the_command_counts_too(tmp_path, capsys):
    """`quiz --sources DIR check SET` as `quiz check --sources DIR SET` (the command's default took its place)."""
    root = make_project(tmp_path)
    os.replace(root / "seeds", tmp_path / "other")
    (root / "seeds").mkdir()
    path = root / "questions" / "bridge.yaml"
    assert main(["--sources", str(tmp_path / "other"), "check", str(path)]) == 0
    capsys.readouterr()


def test_play_options_before_the_command_count_too():
    """`quiz --sources DIR --no-shuffle play SETS`: options written before `play` are not lost to its defaults;
    written after it, they count as before."""
    from quiz.cli import build_parser
    parser = build_parser()
    before = parser.parse_args(["--sources", "articles", "--no-shuffle", "--seed", "3", "--count", "2", "--tag", "quote",
                                "play", "sets"])
    after = parser.parse_args(["play", "--sources", "articles", "--no-shuffle", "--seed", "3", "--count", "2", "--tag",
                               "quote", "sets"])
    for args in (before, after):
        assert (args.command, args.paths, args.sources, args.shuffle, args.seed, args.count, args.tag) == \
            ("play", ["sets"], "articles", False, 3, 2, ["quote"])
    plain = parser.parse_args(["play"])
    assert (plain.sources, plain.shuffle, plain.seed, plain.count, plain.tag) == (None, True, None, None, [])


def test_no_sets_found_is_an_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, _, err = run_check(capsys, tmp_path / "empty")
    assert code == 1 and "no question sets" in err


def test_hostile_text_in_messages_is_inert(tmp_path, capsys):
    hostile = '"\\e[2J\\e]0;pwned\\a\\u202e[bold]x"'
    path = write_set(tmp_path, edited("answer: about £12m", f"answer: {hostile}"))
    code, out, _ = run_check(capsys, path)
    assert code == 1 and "not one of the choices" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out


def test_summary_wording():
    assert summary(3, 2, 1) == "3 sets checked: 2 errors, 1 warning"
    assert summary(1, 0, 0) == "1 set checked: no problems"


def test_check_in_a_subprocess(tmp_path):
    root = make_project(tmp_path)
    (root / "questions" / "bad.yaml").write_text(edited("sentence: 2", "sentence: 999"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "quiz", "check"], cwd=root, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("questions/bad.yaml:19:15: error: the quote is sentence 2, not 999")
    assert result.stdout.endswith("2 sets checked: 1 error\n") and result.stderr == ""
