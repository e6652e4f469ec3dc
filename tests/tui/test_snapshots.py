"""Every screen, drawn at 80×24 and 120×40 (pytest --snapshot-update tests/tui to accept a change).

Deterministic by construction: no shuffle, a fake clock, a fixed theme, no animation,
and set paths that do not depend on the machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.problems import Problem
from quiz.tui.catalog import SetEntry
from tests.tui.conftest import ferry_entry, make_app

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def app_for(tmp_path):
    broken = SetEntry(Path("questions/broken.yaml"), None,
                      [Problem("questions/broken.yaml", 7, 3, "`answer` is missing; add the text of the right choice")])
    entry = ferry_entry(tmp_path)
    entry.path = Path("questions/ferry.yaml")  # shown nowhere, but kept machine-independent
    return make_app(tmp_path, [entry, broken])


def keys(*pressed: str):
    async def run_before(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in pressed:
            await pilot.press(key)
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_sets(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys())


@pytest.mark.parametrize("size", SIZES)
def test_question(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys("enter"))


@pytest.mark.parametrize("size", SIZES)
def test_feedback_wrong_answer_to_a_false_claim(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys("enter", "2", "enter", "t"))


@pytest.mark.parametrize("size", SIZES)
def test_feedback_correct(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys("enter", "2"))


@pytest.mark.parametrize("size", SIZES)
def test_source(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys("enter", "2", "enter", "t", "s"))


@pytest.mark.parametrize("size", SIZES)
def test_results(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size,
                        run_before=keys("enter", "1", "enter", "t", "enter", "3", "enter"))


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys("question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_tag_filter(snap_compare, tmp_path, size):
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=keys("t"))
