"""The quiz app: owns the catalog, the history and the flow between screens; screens do the rest."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from quiz.problems import Problem
from quiz.textsafe import printable
from quiz.tui import settings
from quiz.tui.catalog import SetEntry
from quiz.tui.recorder import Recorder
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.sets import SetsScreen
from quiz.tui.session import PlayOptions, Session, start

if TYPE_CHECKING:
    from quiz.tui.screens.results import ResultsScreen

Loader = Callable[[], tuple[list[SetEntry], list[Problem]]]


def set_commands() -> type:
    """The palette's set commands, imported when the palette first opens, not to start the app."""
    from quiz.tui.commands import SetCommands

    return SetCommands


class QuizApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "factquiz"
    COMMANDS = App.COMMANDS | {set_commands}
    BINDINGS = [Binding("question_mark", "help", "Help")]

    class Warned(Message):
        """Something the player should know once (posted from the history's thread)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, loader: Loader, options: PlayOptions | None = None, *, play: bool = False,
                 notice: str | None = None, history_path: Path | None = None,
                 settings_path: Path | None = None, theme: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.loader = loader
        self.options = options or PlayOptions()
        self.play_at_once = play  # `quiz play`: start the quiz as soon as the sets are loaded
        self.notice = notice
        self.clock = clock
        self.entries: list[SetEntry] = []
        self.load_problems: list[Problem] = []  # problems with the paths themselves (not a set's)
        self.last_session: Session | None = None
        # `quiz play` opens the history once its first question is painted (see _list_after_launch).
        self.recorder = Recorder(history_path, on_warning=lambda text: self.post_message(self.Warned(text)),
                                 paused=play)
        self._settings_path = settings_path
        self._fixed_theme = theme  # tests and screenshots fix the theme; people get the one they chose
        self._warned: set[str] = set()
        self._collecting = True  # whether the cycle collector runs once the sets are loaded
        self._frozen = False

    # -- start and stop ---------------------------------------------------------------------

    def on_mount(self) -> None:
        self._pause_collector()
        saved = self._fixed_theme or settings.load(self._settings_path).get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.load_sets()

    def get_default_screen(self) -> Screen:
        # The sets are always at the bottom of the stack: every quiz is pushed over them.
        return SetsScreen(self.notice, waiting=self.play_at_once)

    def on_unmount(self) -> None:
        self._resume_collector()
        if self._frozen:
            gc.unfreeze()  # the app is done with them: collect them as usual again
        self.recorder.close()

    def _pause_collector(self) -> None:
        # Loading makes tens of thousands of objects that live as long as the app (Textual's
        # styles and widgets, the questions): collecting while they are made is wasted work.
        self._collecting = gc.isenabled()
        gc.disable()

    def _resume_collector(self) -> None:
        # Freeze what was made so far: later collections never scan it again. A full collection
        # over a 10,000-question set took 100-160 ms, and a keypress that met one waited for it.
        # The questions hold no reference cycles, so they are still freed when dropped.
        if self._collecting and not gc.isenabled():
            gc.freeze()
            self._frozen = True
            gc.enable()

    def load_sets(self) -> None:
        # exit_on_error=False: a set that cannot be loaded is reported, it does not end the app.
        self.run_worker(self._load, thread=True, name="load-sets", group="load", exclusive=True,
                        exit_on_error=False)

    def _load(self) -> tuple[list[SetEntry], list[Problem], dict]:
        entries, problems = self.loader()
        # The sets screen shows scores as soon as it shows the sets; `quiz play` asks its first
        # question without waiting for them (the history is paused until it is painted).
        return entries, problems, {} if self.play_at_once else self.recorder.scores()

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if not self.screen_stack:  # the app is closing (its screens are gone): nothing to show
            return
        if worker.name == "load-sets" and event.state == WorkerState.SUCCESS:
            entries, problems, scores = worker.result
            self.entries, self.load_problems = entries, problems
            self._resume_collector()
            if self.play_at_once:
                self.play_at_once = False
                if self.start_quiz(entries):
                    return  # the sets are listed under it once its first question is painted
                await self._list_after_launch()
            self._sets_screen().show_entries(entries, scores, self.options.tags, problems)
        elif worker.name == "load-sets" and event.state == WorkerState.ERROR:
            self.notify(printable(f"Could not load the sets: {worker.error!r}"), severity="error", markup=False)
            self._resume_collector()
            self.play_at_once = False
            self.recorder.resume()
            await self._sets_screen().complete()
            self._sets_screen().show_entries([], {}, self.options.tags)  # no endless loading indicator
        elif worker.name == "refresh-scores" and event.state == WorkerState.SUCCESS:
            self._sets_screen().show_entries(self.entries, worker.result, self.options.tags, self.load_problems)
        elif worker.name == "save-theme" and event.state == WorkerState.SUCCESS and worker.result:
            self.post_message(self.Warned(worker.result))

    def _sets_screen(self) -> SetsScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, SetsScreen)
        return screen

    async def _list_after_launch(self) -> None:
        """`quiz play`: open the history and list the sets (with their scores) under the quiz."""
        self.recorder.resume()
        await self._sets_screen().complete()
        self._refresh_scores()

    async def on_question_screen_shown(self, message: QuestionScreen.Shown) -> None:
        if not self.recorder.resumed:
            await self._list_after_launch()

    def _refresh_scores(self) -> None:
        self.run_worker(self.recorder.scores, thread=True, name="refresh-scores", exclusive=True,
                        exit_on_error=False)

    # -- the flow of a quiz -----------------------------------------------------------------

    def start_set(self, entry: SetEntry) -> None:
        self.start_quiz([entry])

    def start_quiz(self, entries: list[SetEntry]) -> bool:
        """Start a quiz of the entries' questions; False (and the player told) if there are none."""
        session = start(entries, self.options, clock=self.clock)
        if not session.total:
            tags = ", ".join(self.options.tags)
            self.notify(printable(f"No questions to ask{' tagged ' + tags if tags else ''}."),
                        severity="warning", markup=False)
            return False
        self._play(session)
        return True

    def _play(self, session: Session) -> None:
        self.recorder.start(session)
        while len(self.screen_stack) > 1:  # from the palette on any screen: the quiz goes over the sets
            self.pop_screen()
        self.push_screen(QuestionScreen(session))

    def retry_missed(self) -> None:
        if self.last_session is None or not self.last_session.missed():
            self.notify("Nothing missed to retry.", markup=False)
            return
        self._play(self.last_session.retry_missed())

    def on_sets_screen_start(self, message: SetsScreen.Start) -> None:
        self.start_set(message.entry)

    def on_sets_screen_filter_changed(self, message: SetsScreen.FilterChanged) -> None:
        self.options.tags = list(message.tags)

    def on_question_screen_answered(self, message: QuestionScreen.Answered) -> None:
        self.recorder.record(message.session, message.answer)
        # Collect while the player reads the feedback (once it is painted), so that the collector's
        # full passes, which allocation would otherwise start at any moment, do not meet a keypress.
        if self._frozen:
            self.call_after_refresh(gc.collect)

    def on_question_screen_finished(self, message: QuestionScreen.Finished) -> None:
        from quiz.tui.screens.results import ResultsScreen  # not needed to start: imported when first shown

        self.recorder.finish(message.session)
        self.last_session = message.session
        self.switch_screen(ResultsScreen(message.session))

    def on_question_screen_left(self, message: QuestionScreen.Left) -> None:
        self.pop_screen()
        self._refresh_scores()

    def on_results_screen_retry(self, message: ResultsScreen.Retry) -> None:
        self.last_session = message.session
        self.retry_missed()

    def on_results_screen_back(self, message: ResultsScreen.Back) -> None:
        self.pop_screen()
        self._refresh_scores()

    # -- everywhere -------------------------------------------------------------------------

    def action_help(self) -> None:
        from quiz.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "The keys of every screen", self.action_help)
        if self.last_session is not None and self.last_session.missed():
            yield SystemCommand("Retry missed", "Ask the questions you missed again", self.retry_missed)

    def _remember_theme(self, theme: Theme) -> None:
        if self._fixed_theme is None:
            name = theme.name
            self.run_worker(lambda: settings.save({"theme": name}, self._settings_path), thread=True,
                            name="save-theme", group="settings", exit_on_error=False)

    def on_quiz_app_warned(self, message: Warned) -> None:
        if message.text not in self._warned:  # say it once
            self._warned.add(message.text)
            self.notify(printable(message.text), title="History", severity="warning", timeout=8, markup=False)

    def _fatal_error(self) -> None:
        # A person gets one line, not a traceback; QUIZ_DEBUG=1 shows Textual's full report.
        if os.environ.get("QUIZ_DEBUG"):
            super()._fatal_error()
            return
        self.bell()
        self._exit_renderables.append(Text(printable(
            f"quiz: internal error: {self._exception!r}. Run again with QUIZ_DEBUG=1 to see where, and report it.")))
        self._close_messages_no_wait()
