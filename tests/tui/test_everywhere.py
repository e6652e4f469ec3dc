"""What works on every screen: help, the command palette, themes, NO_COLOR, resizing, loading, `quiz play`."""

from __future__ import annotations

import json
import threading

from textual.widgets import OptionList, Static

from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.sets import SetsScreen
from quiz.tui.session import PlayOptions
from quiz.tui.widgets.status import QuizStatus
from tests.tui.conftest import ferry_entry, make_app, slow_app


async def loaded(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def palette(pilot, query: str, expect: str, open_it: bool = True) -> str:
    """Type query in the command palette and run the first command, once it is the one expected.

    Returns the text the palette showed for that command."""
    from textual.command import CommandList

    if open_it:
        await pilot.press("ctrl+p")
    await pilot.press(*query)
    shown = ""
    for _ in range(100):  # the palette searches in a worker: wait for its answer, not a fixed time
        await pilot.pause(0.05)
        commands = pilot.app.screen.query_one(CommandList)
        shown = str(commands.get_option_at_index(0).prompt) if commands.option_count else ""
        if expect in shown:
            break
    await pilot.press("enter")
    await pilot.pause()
    return shown


async def test_question_mark_shows_help_on_every_screen(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        for keys in ((), ("enter",), ("2", "s")):
            await pilot.press(*keys)
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            assert "1 – 9" in str(app.screen.query_one("#help-body Static", Static).visual)
            await pilot.press("escape")
            assert not isinstance(app.screen, HelpScreen)


async def test_the_palette_starts_a_set(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await palette(pilot, "start harbourton", "Harbourton")
        assert isinstance(app.screen, QuestionScreen)


async def test_the_palette_retries_the_missed_questions(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "1", "enter", "f", "enter", "3", "enter", "enter")
        assert isinstance(app.screen, SetsScreen)
        await palette(pilot, "retry missed", "Retry missed")
        assert isinstance(app.screen, QuestionScreen)
        assert [asked.question.id for asked in app.screen.session.asked] == ["q-number-cost"]


async def test_the_theme_chosen_is_remembered(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)], theme=None)
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await palette(pilot, "theme", "Theme")
        await palette(pilot, "nord", "nord", open_it=False)
        assert app.theme == "nord"
        await app.workers.wait_for_complete()
    assert json.loads((tmp_path / "settings.json").read_text())["theme"] == "nord"
    again = make_app(tmp_path, [ferry_entry(tmp_path)], theme=None)
    async with again.run_test() as pilot:
        await loaded(again, pilot)
        assert again.theme == "nord"


async def test_no_color_keeps_every_verdict_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        assert app.no_color
        await pilot.press("enter", "1")
        assert str(app.screen.query_one("#verdict", Static).visual).startswith("✗ Wrong — the answer is")
        marks = [str(choice.visual) for choice in app.screen.query(".choice")]
        assert "✗ your answer" in marks[0] and "✓ right answer" in marks[1]


async def test_resizing_mid_question_keeps_the_feedback_readable(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2")
        for size in ((80, 24), (60, 20), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.screen.query_one("#feedback").region.width > 0
            assert app.size == size
        await pilot.press("enter")
        assert "2 / 3" in app.screen.query_one(QuizStatus).text


async def test_a_slow_load_shows_a_loading_indicator_and_keeps_the_ui_responsive(tmp_path):
    release = threading.Event()
    app = slow_app(tmp_path, release)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.screen.query_one(OptionList).loading  # covered by a LoadingIndicator
        await pilot.press("question_mark")  # the UI answers while the sets load
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        await loaded(app, pilot)
        assert not app.screen.query_one(OptionList).loading
        assert app.screen.query_one(OptionList).option_count == 1


async def test_quiz_play_starts_at_once_with_count_tags_and_seed(tmp_path):
    options = PlayOptions(shuffle=True, seed=3, count=1, tags=["claim", "number"])
    app = make_app(tmp_path, [ferry_entry(tmp_path)], play=True, options=options)
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        assert isinstance(app.screen, QuestionScreen)
        session = app.screen.session
        assert session.total == 1
        assert session.asked[0].question.tags[0] in ("claim", "number")
        await pilot.press("1", "enter")
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, SetsScreen)  # the sets played are listed


async def test_filter_by_tag_lists_matching_sets_and_asks_only_those_questions(tmp_path):
    other = ferry_entry(tmp_path, [q for q in ferry_entry(tmp_path).question_set.questions if "number" in q.tags],
                        title="Numbers only", name="numbers.yaml")
    app = make_app(tmp_path, [ferry_entry(tmp_path), other])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        assert app.screen.query_one(OptionList).option_count == 2
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("down", "enter")  # tags sorted: attribution, claim, number
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 1
        assert "attribution" in str(app.screen.query_one("#filter", Static).visual)
        await pilot.press("enter")
        assert [asked.question.id for asked in app.screen.session.asked] == ["q-attribution-passengers"]


async def test_escape_leaves_a_quiz_only_when_confirmed(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "escape", "n")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, SetsScreen)


async def test_q_on_the_results_quits(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2", "enter", "f", "enter", "3", "enter", "q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_bug_ends_the_app_with_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    import pytest

    monkeypatch.delenv("QUIZ_DEBUG", raising=False)

    def broken(self, index: int) -> None:
        raise RuntimeError("a bug [bold]in the app")

    monkeypatch.setattr(QuestionScreen, "action_answer", broken)
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            await loaded(app, pilot)
            await pilot.press("enter", "1")
            await pilot.pause()
    err = capsys.readouterr().err
    assert app.return_code == 1
    assert "quiz: internal error: RuntimeError('a bug [bold]in the app')" in err
    assert "Traceback" not in err and "QUIZ_DEBUG=1" in err
