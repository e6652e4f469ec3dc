"""`quiz stats`: the history as aligned tables, with text from sets printed inert."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.commands.stats import NO_HISTORY, _width, render
from quiz.history import History

# What must never reach the terminal raw: C0/C1 controls (but newline), DEL, bidi controls.
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("QUIZ_DATA_DIR", str(folder))
    monkeypatch.setenv("COLUMNS", "100")
    return folder


def _fill(answers: list[tuple[str, str, str, bool, list[str], str]]) -> None:
    """answers: (set key, set title, question id, correct, tags, prompt), one quiz per set key."""
    history = History.open()
    attempts: dict[str, int] = {}
    for key, title, question_id, correct, tags, prompt in answers:
        attempt = attempts.setdefault(key, history.start_attempt(key, title))
        history.record(attempt, question_id, "a choice", correct, 2.0, tags, prompt=prompt)
    for attempt in attempts.values():
        history.finish_attempt(attempt)
    assert history.warning is None
    history.close()


def test_no_history_says_how_to_start_and_creates_nothing(data_dir, capsys):
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == NO_HISTORY and "`quiz`" in out
    assert not data_dir.exists()


def test_stats_per_set_per_tag_and_missed_most_often(data_dir, capsys):
    _fill([
        ("a.yaml", "Chip makers", "q1", True, ["number"], "How many chips?"),
        ("a.yaml", "Chip makers", "q2", False, ["quote"], "Who said it?"),
        ("a.yaml", "Chip makers", "q3", False, ["quote", "date"], "When was it?"),
        ("b.yaml", "Budget talks", "b1", True, ["number"], "How much?"),
    ])
    _fill([("a.yaml", "Chip makers", "q2", False, ["quote"], "Who said it?")])
    assert main(["stats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "5 answers, 2 correct (40%)."
    table = "\n".join(lines)
    assert re.search(r"^Chip makers +2 +4 +25%$", table, re.M)
    assert re.search(r"^Budget talks +1 +1 +100%$", table, re.M)
    assert re.search(r"^quote +2 +3 +0%$", table, re.M)
    assert re.search(r"^number +2 +2 +100%$", table, re.M)
    assert re.search(r"^date +1 +1 +0%$", table, re.M)
    missed = lines[lines.index("Missed most often") + 2:]
    assert [line.split()[0] for line in missed] == ["q2", "q3"]  # twice, then once
    assert re.fullmatch(r"q2 +Chip makers +2 of 2 +Who said it\?", missed[0])


def test_columns_line_up_with_wide_characters(data_dir):
    _fill([("k", "日本語のセット", "q1", False, ["日本語"], "質問"), ("j", "Plain", "q1", True, ["x"], "p")])
    history = History.open()
    text = render(history.stats(), 100)
    history.close()
    tables = [block.splitlines() for block in text.split("\n\n")[1:]]
    for table in tables[:2]:  # the right-aligned number columns end in the same terminal column
        assert len({_width(line) for line in table}) == 1, table


def test_long_text_is_cut_to_the_terminal_width(data_dir):
    _fill([("k", "T" * 300, "q" * 100, False, ["t" * 20], "P" * 10_000)])
    history = History.open()
    text = render(history.stats(), 80)
    history.close()
    missed = text.split("Missed most often\n")[1].splitlines()
    assert all(_width(line) <= 80 for line in missed)
    assert "…" in missed[1]


HOSTILE = "\x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \u202eevil\u202c \x9b2J \x00 \r\nline2\t[bold]x[/]"


def test_hostile_text_from_sets_is_inert(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # room for the whole text, to see each part escaped
    _fill([(f"k{HOSTILE}", f"Title {HOSTILE}", f"id{HOSTILE}", False, [f"tag{HOSTILE}"], f"Prompt {HOSTILE}")])
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert not RAW_CONTROL.search(out)
    assert "\\x1b[31mRED" in out and "\\u202eevil" in out and "[bold]x[/]" in out
    assert "\\x0d\\nline2" in out  # a line break in a title cannot start a fake row
    assert len(out.split("\n")) == 13  # 12 lines and the final newline: no row was split


def test_a_corrupt_history_is_moved_aside_with_a_message(data_dir, capsys):
    data_dir.mkdir()
    (data_dir / "history.sqlite3").write_bytes(b"\x00garbage" * 50)
    assert main(["stats"]) == 0
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "moved to history.sqlite3.corrupt-" in captured.err
    assert captured.out.strip() == NO_HISTORY
    [aside] = data_dir.glob("history.sqlite3.corrupt-*")
    assert aside.read_bytes() == b"\x00garbage" * 50
    assert not RAW_CONTROL.search(captured.err)


def test_quiz_stats_as_a_command(data_dir):
    _fill([("k", "A set", "q1", True, ["number"], "How many?")])
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "QUIZ_DATA_DIR": str(data_dir)}
    done = subprocess.run([sys.executable, "-m", "quiz", "stats"], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("1 answer, 1 correct (100%).")
    assert re.search(r"^A set +1 +1 +100%$", done.stdout, re.M)
    assert "Missed most often" not in done.stdout


def test_a_data_folder_that_is_a_file_is_said_so(data_dir, capsys):
    data_dir.write_text("not a folder", encoding="utf-8")
    assert main(["stats"]) == 1
    captured = capsys.readouterr()
    assert "is a file, not a folder; point QUIZ_DATA_DIR at a folder" in captured.err and captured.out == ""
    assert data_dir.read_text(encoding="utf-8") == "not a folder"
