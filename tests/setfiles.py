"""Helpers for the storage and check tests: a small valid set and its source, copied and edited.

tests/fixtures/sets/ holds seeds/bridge.txt (4 sentences, written for the tests) and
questions/bridge.yaml, a valid set of 3 questions in canonical form (see its line numbers).
"""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "sets"
VALID_TEXT = (FIXTURE / "questions" / "bridge.yaml").read_text(encoding="utf-8")


def make_project(tmp_path: Path) -> Path:
    """A copy of the fixture project (seeds/ and questions/) in tmp_path; returns its root."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    return root


def edited(old: str, new: str, text: str = VALID_TEXT, count: int = 1) -> str:
    assert old in text, f"the fixture lacks {old!r}"
    return text.replace(old, new, count)


def write_set(tmp_path: Path, text: str | bytes, name: str = "bridge.yaml") -> Path:
    """The set text written into a fresh copy of the fixture project; returns the set's path."""
    root = make_project(tmp_path)
    path = root / "questions" / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path
