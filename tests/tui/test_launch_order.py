"""What `quiz play` does first and what it leaves for later, so the first question is up soon.

The first question comes before the history (SQLite) is opened and before the sets screen
under it is filled; nothing is lost or reordered by the wait.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
import weakref
from types import SimpleNamespace

from textual.widgets import LoadingIndicator, OptionList
from textual.worker import WorkerState

from quiz.tui.recorder import Recorder
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.sets import SetsScreen
from quiz.tui.session import Answer, PlayOptions, start
from tests.tui.conftest import FakeClock, ferry_entry, make_app, slow_app


async def loaded(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_quiz_play_asks_first_then_opens_the_history_and_lists_the_sets_below(tmp_path):
    history = tmp_path / "history.sqlite3"
    app = make_app(tmp_path, [ferry_entry(tmp_path)], play=True, history_path=history)
    async with app.run_test() as pilot:
        assert not app.recorder.resumed  # nothing touches SQLite while the quiz starts
        await loaded(app, pilot)
        assert isinstance(app.screen, QuestionScreen)
        await loaded(app, pilot)  # the first question was painted: the history opens, scores load
        assert app.recorder.resumed
        sets = app.screen_stack[0]
        assert isinstance(sets, SetsScreen) and not sets.waiting
        assert "not played yet" in str(sets.query_one(OptionList).get_option_at_index(0).prompt)
        await pilot.press("2", "escape", "y")
        await loaded(app, pilot)
        assert isinstance(app.screen, SetsScreen)
        app.recorder.flush()
    with sqlite3.connect(history) as connection:
        assert connection.execute("SELECT question_id, correct FROM answers").fetchall() == [("q-number-cost", 1)]


async def test_a_slow_quiz_play_load_shows_a_loading_indicator_after_a_moment(tmp_path):
    release = threading.Event()
    app = slow_app(tmp_path, release, play=True)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetsScreen) and app.screen.waiting
        await pilot.press("enter")  # nothing to start yet: no error
        await pilot.pause(0.3)
        assert app.screen.query(LoadingIndicator)
        release.set()
        await loaded(app, pilot)
        assert isinstance(app.screen, QuestionScreen)


async def test_the_collector_is_back_after_loading_and_nothing_stays_frozen_after_the_app(tmp_path):
    frozen_before = gc.get_freeze_count()
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen_before  # what loading made is out of the collector's scans
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_paused_recorder_writes_nothing_until_resumed_then_everything_in_order(tmp_path):
    history = tmp_path / "history.sqlite3"
    recorder = Recorder(history, paused=True)
    entry = ferry_entry(tmp_path)
    session = start([entry], PlayOptions(shuffle=False), clock=FakeClock())
    recorder.start(session)
    recorder.record(session, Answer(session.asked[0], 1, 4.0))
    assert not history.exists()  # queued, not written
    recorder.resume()
    recorder.flush()
    recorder.close()
    with sqlite3.connect(history) as connection:
        rows = connection.execute("SELECT attempt_id, question_id FROM answers").fetchall()
    assert rows == [(session.attempt_id, "q-number-cost")] and session.attempt_id > 0


async def test_the_feedback_panel_is_made_after_the_first_question_and_kept_hidden_between_answers(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)], play=True)
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.pause()
        panel = app.screen.query_one("#feedback")  # made while the first question is read
        assert not panel.has_class("-shown") and panel.region.height == 0
        await pilot.press("2")
        assert panel.has_class("-shown") and panel.region.height > 0
        await pilot.press("enter")
        assert app.screen.query_one("#feedback") is panel and not panel.has_class("-shown")
        assert [child.id for child in app.screen.query_one("#question-body").children] == [
            "prompt", "choices", "answer-hint", "feedback"]


async def test_a_long_quiz_keeps_no_widgets_of_questions_gone_by(tmp_path):
    # Every widget kept alive is scanned by each full pass of the cycle collector: a quiz of
    # hundreds of questions must not pile up the prompts, choices or footer keys it showed.
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        first_choices = weakref.ref(app.screen.query("#choices").first())
        for key in ("2", "enter", "t", "enter"):
            await pilot.press(key)
            await pilot.pause()
        gc.collect()
        assert first_choices() is None
        footer = app.screen.query("Footer").first()
        keys_shown = len(footer.query("FooterKey"))
        assert 0 < len(getattr(footer, "__watchers", {}).get("compact", [])) <= keys_shown + 1


async def test_the_app_collects_while_the_player_reads_the_feedback(tmp_path, monkeypatch):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    collected = []
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        monkeypatch.setattr(gc, "collect", lambda *args: collected.append(bool(app.screen.query("#feedback.-shown"))))
        await pilot.press("enter", "2")
        await pilot.pause()
    assert collected and all(collected)  # after the answer, with its feedback on screen


async def test_scores_that_come_back_as_the_app_closes_are_dropped(tmp_path):
    # `quiz play` refreshes the scores once its first question is painted; a person (or the
    # benchmark) who quits at that moment must not meet an error from the screens being gone.
    app = make_app(tmp_path, [ferry_entry(tmp_path)], play=True)
    async with app.run_test() as pilot:
        await loaded(app, pilot)
    assert not app.screen_stack
    refreshed = SimpleNamespace(name="refresh-scores", result={})
    await app.on_worker_state_changed(SimpleNamespace(worker=refreshed, state=WorkerState.SUCCESS))
