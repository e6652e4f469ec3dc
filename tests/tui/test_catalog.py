"""The app's list of sets comes from the same validator as `quiz check`, and its sources from quiz.sources."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

from textual.widgets import OptionList

from quiz.tui.app import QuizApp
from quiz.tui.catalog import load_catalog
from quiz.tui.launch import packaged_sets
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.sets import SetsScreen
from quiz.tui.session import PlayOptions
from tests.tui.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
SEED = "000_ac34c4d9b940b12e"
BROKEN = "format: 1\ntitle: Broken\nsource: {path: x.txt}\nquestions:\n- id: a\n  kind: multiple_choice\n  prompt: [unclosed\n"


def folder_with_a_broken_set(tmp_path: Path) -> Path:
    (tmp_path / "questions").mkdir()
    shutil.copy(ROOT / "questions" / f"{SEED}.yaml", tmp_path / "questions" / "b-good.yaml")
    (tmp_path / "questions" / "a-broken.yaml").write_text(BROKEN, encoding="utf-8")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "questions"


def test_the_packaged_seed_set_loads_with_its_source():
    entries, problems = load_catalog([str(packaged_sets())])
    assert problems == [] and len(entries) == 1
    entry = entries[0]
    assert entry.playable and entry.source_problem is None
    assert entry.where(3) == "Sentence 3 of 24 · US strike on militia facilities in Syria · 2021-02-26"
    assert entry.sentence_text(3).startswith("Militia officials said one person had been killed")


def test_a_broken_file_is_listed_with_its_first_located_error_and_hides_nothing(tmp_path):
    entries, _ = load_catalog([str(folder_with_a_broken_set(tmp_path))])
    broken, good = entries
    assert not broken.playable
    error = str(broken.first_error)
    assert error.startswith(f"{tmp_path / 'questions' / 'a-broken.yaml'}:8:1: error: YAML syntax error")
    assert good.playable and len(good.document.sentences) == 24


def test_a_missing_path_is_listed_not_raised(tmp_path):
    entries, _ = load_catalog([str(tmp_path / "nope.yaml")])
    assert [str(entry.first_error).endswith("no such file or folder") for entry in entries] == [True]


async def test_the_app_lists_a_broken_set_from_disk_and_plays_the_good_one(tmp_path):
    folder = folder_with_a_broken_set(tmp_path)
    app = QuizApp(partial(load_catalog, [str(folder)]), PlayOptions(shuffle=False),
                  history_path=tmp_path / "h.sqlite3", settings_path=tmp_path / "s.json",
                  theme="textual-dark", clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert "a-broken.yaml:8:1: error: YAML syntax error" in str(options.get_option_at_index(0).prompt)
        assert "US strike on militia facilities in Syria" in str(options.get_option_at_index(1).prompt)
        await pilot.press("down", "enter", "3")
        assert isinstance(app.screen, QuestionScreen)
        assert "Sentence 3 of 24" in str(app.screen.query_one("#where").visual)


async def test_a_loader_that_fails_is_reported_and_the_app_goes_on(tmp_path):
    def failing():
        raise RuntimeError("disk on fire [bold]")

    app = QuizApp(failing, PlayOptions(), history_path=tmp_path / "h.sqlite3", settings_path=tmp_path / "s.json",
                  theme="textual-dark")
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SetsScreen)
        assert any("disk on fire [bold]" in n.message for n in app._notifications)
        await pilot.press("question_mark")
        assert app.is_running
