"""The README's set-up commands are the ones CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands_after(marker: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(re.escape(marker) + r".*?```(?:sh|bash|console)?\n(.+?)\n```", readme, re.S)
    assert match, f"README has no code block after {marker!r}"
    return match.group(1).strip()


def test_ci_runs_exactly_the_readme_test_command():
    command = _commands_after("<!-- test-command -->")
    ci_lines = [line.strip() for line in (ROOT / ".ci/run").read_text().splitlines()]
    assert command in ci_lines


def test_readme_play_command_installs_and_starts_quiz():
    command = _commands_after("<!-- play-command -->")
    assert "pip install" in command and command.rstrip().endswith("quiz")


def test_readme_documents_every_subcommand():
    from quiz.cli import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in filter(None, COMMANDS):
        assert f"quiz {name}" in readme, name
