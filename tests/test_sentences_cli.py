"""`quiz sentences FILE [--json]`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from quiz.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ac34c4d9b940b12e.txt"


def test_json_gives_the_24_seed_sentences_with_offsets_that_slice_back(capsys):
    assert main(["sentences", str(SEED), "--json"]) == 0
    out = capsys.readouterr().out
    rows = [json.loads(line) for line in out.splitlines()]
    source = SEED.read_text(encoding="utf-8")
    assert len(rows) == 24
    assert [row["n"] for row in rows] == list(range(1, 25))
    for row in rows:
        assert list(row) == ["n", "start", "end", "text"]
        assert source[row["start"]:row["end"]] == row["text"]
    assert rows[0]["start"] == 17
    assert rows[8]["text"] == "What do we know about the air strike?"


def test_plain_output_numbers_sentences_one_a_line(capsys):
    assert main(["sentences", str(SEED)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 24
    assert lines[0] == " " * 3 + "1  The Pentagon said the strike was ordered in response to attacks against "\
        "US and coalition personnel in Iraq."
    assert lines[8] == "   9  What do we know about the air strike?"
    assert lines[23].startswith("  24  Iran’s influence")
    assert captured.err == "# date 2021-02-26\n"  # the header, kept off the numbered list


def test_plain_output_makes_control_characters_inert(tmp_path, capsys):
    path = tmp_path / "evil.txt"
    path.write_text("Headline \x1b[31mred\n\nIt said\x1b]0;pwn\x07 this.\nA tab\there and a\u202eflip,\u2028"
                    "a separator.", encoding="utf-8")
    assert main(["sentences", str(path)]) == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\u202e" not in captured.out
    assert "\\x1b" in captured.out and "\\t" in captured.out and "\\u202e" in captured.out
    assert "\u2028" not in captured.out and "flip,\\u2028a separator." in captured.out
    assert len(captured.out.splitlines()) == 2
    assert "title Headline \\x1b[31mred" in captured.err


def test_json_escapes_control_characters_and_keeps_exact_text(tmp_path, capsys):
    path = tmp_path / "ctl.txt"
    text = "One\x1b[2J line.\nTwo\tlines\u2028here\u2029\x85\u202e\u200b\ufeff. Zürich “quoted”."
    path.write_text(text, encoding="utf-8", newline="")
    assert main(["sentences", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert not set("\x1b\u2028\u2029\x85\u202e\u200b\ufeff") & set(out)
    assert len(out.splitlines()) == 3
    rows = [json.loads(line) for line in out.splitlines()]
    assert [text[r["start"]:r["end"]] for r in rows] == [r["text"] for r in rows]
    assert rows[-1]["text"] == "Zürich “quoted”."
    assert "Zürich" in out  # non-ASCII kept readable


def test_invalid_utf8_is_a_located_error(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Good line.\nBad \xff byte.\n")
    assert main(["sentences", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{path}:2:5: error: invalid UTF-8 byte 0xff at line 2, byte 5")
    assert "Traceback" not in captured.err


def test_missing_file_is_a_located_error(tmp_path, capsys):
    path = tmp_path / "missing.txt"
    assert main(["sentences", str(path), "--json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:1:1: error: no such source file")


def test_as_a_subprocess(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "quiz", "sentences", str(SEED), "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 24
    assert done.stderr == ""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xfe")
    failed = subprocess.run(
        [sys.executable, "-m", "quiz", "sentences", str(bad)],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=60,
    )
    assert failed.returncode == 1
    assert failed.stderr.strip() == f"{bad}:1:1: error: invalid UTF-8 byte 0xfe at line 1, byte 1; save the file as UTF-8"
