"""Hostile text in a set or a source is inert and readable in every CLI output.

Each form of attack (Rich/Textual markup and actions, ANSI and OSC escapes, 8-bit controls,
bidi overrides, zero-width characters, odd line breaks, a 10,000-character text) goes through
`quiz check`, `quiz stats` and `quiz sentences`: the output shows it as visible text and holds
no raw control character. (The app's side is tests/tui/test_hostile.py.)
"""

from __future__ import annotations

import json
import re

import pytest

from quiz.cli import main
from quiz.history import History
from quiz.textsafe import printable
from setfiles import edited, write_set

HOSTILE = {
    "markup": "[bold red]loud[/] [link=https://example.invalid]link[/link]",
    "action": "[@click=app.quit]quit[/] [@click=app.bell]bell[/]",
    "ansi": "\x1b[2J\x1b[31mred\x1b[0m",
    "osc": "\x1b]0;pwned\x07 \x1b]52;c;cGF5bG9hZA==\x07",
    "8-bit": "\x9b2J \x9d0;title\x9c",
    "bidi": "\u202eevil\u202c \u2066isolated\u2069 \u200fmark",
    "zero-width": "zero\u200bwidth\u200djoin\ufeffbom\u2060word",
    "breaks": "one\rtwo\u2028three\x85four\x0bfive",
    "ten-thousand": " ".join(f"w{i}" for i in range(2500))[:10_000],
}
# What must never reach a terminal raw (tab and newline are harmless and allowed).
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
READABLE = {"markup": "[bold red]loud[/]", "action": "[@click=app.quit]quit[/]", "ansi": "\\x1b[31mred",
            "osc": "\\x1b]0;pwned\\x07", "8-bit": "\\x9b2J", "bidi": "\\u202eevil\\u202c",
            "zero-width": "zero\\u200bwidth", "breaks": "two\\u2028three", "ten-thousand": "w0 w1 w2"}


def _inert(output: str, name: str) -> None:
    assert "Traceback" not in output
    assert not RAW.search(output), repr(RAW.search(output).group())
    assert READABLE[name] in output


@pytest.mark.parametrize("name", HOSTILE)
def test_quiz_check_shows_hostile_values_and_names_inert(tmp_path, capsys, name):
    text = HOSTILE[name]
    bad = edited("answer: about £12m", f"answer: {json.dumps(text)}")  # JSON escapes are YAML escapes
    key = json.dumps("x" + text[:200])  # YAML caps a plain key at 1,024 characters
    bad = edited("  difficulty: easy\n", f"  difficulty: easy\n  {key}: 1\n", bad)
    assert main(["check", str(write_set(tmp_path, bad))]) == 1
    out, err = capsys.readouterr()
    _inert(out + err, name)
    assert "not one of the choices" in out and "unknown field" in out
    assert out.count("\n") == 3  # two located lines and the summary: no value broke a line
    if name == "ten-thousand":
        assert text in out  # a long value is shown whole, on its line


@pytest.mark.parametrize("name", HOSTILE)
def test_quiz_stats_shows_hostile_set_text_inert(tmp_path, capsys, monkeypatch, name):
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "400")
    text = HOSTILE[name]
    history = History.open()
    attempt = history.start_attempt(f"set {text}", f"Title {text}")
    history.record(attempt, f"id {text}", "a choice", False, 1.0, [f"tag {text}"], prompt=f"Prompt {text}")
    history.finish_attempt(attempt)
    history.close()
    assert main(["stats"]) == 0
    out, err = capsys.readouterr()
    _inert(out + err, name)
    rows = out.split("\n")
    assert len(rows) == 13  # the same rows whatever the text: nothing it holds starts a line
    assert max(len(row) for row in rows) <= 400 + len(printable(str(tmp_path)))  # cut to the width


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("as_json", [False, True], ids=["plain", "json"])
def test_quiz_sentences_shows_hostile_source_text_inert(tmp_path, capsys, name, as_json):
    text = HOSTILE[name]
    source = tmp_path / "hostile.txt"
    source.write_text(f"A headline {text}\n\nThe minister said {text} today. A second sentence.", encoding="utf-8",
                      newline="")
    assert main(["sentences", str(source), *(["--json"] if as_json else [])]) == 0
    out, err = capsys.readouterr()
    assert not RAW.search(out + err)
    if as_json:
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows[-1]["text"] == "A second sentence."
        assert any(text.split()[0] in row["text"] for row in rows)  # decodes back to the exact text
    else:
        _inert(out + err, name)
        assert out.splitlines()[-1].endswith("A second sentence.")
