"""The app's one door to the answer history (quiz.history).

Every call runs on one background thread, in order, so the UI never waits for
SQLite and an answer is never written before its quiz's attempt. The history
never raises; what goes wrong comes back as one warning, passed to `on_warning`.

A recorder made `paused` queues its calls and opens the history only on resume():
`quiz play` resumes it once the first question is painted, so importing sqlite3 and
opening the database do not compete with the launch for the interpreter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quiz.history import History, SetScores
    from quiz.tui.session import Answer, Session


class Recorder:
    def __init__(self, path: Path | None = None, on_warning: Callable[[str], None] | None = None, *,
                 paused: bool = False) -> None:
        self._path = path
        self._resumed = threading.Event()
        if not paused:
            self._resumed.set()
        self._history: History | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quiz-history")
        self._on_warning = on_warning
        self._closed = False

    def _get(self) -> History:
        if self._history is None:
            from quiz.history import History  # sqlite3 and platformdirs load off the UI thread

            self._history = History.open(self._path)
        return self._history

    def _submit(self, job: Callable[[History], Any]) -> Future:
        def run() -> Any:
            self._resumed.wait()
            history = self._get()
            try:
                return job(history)
            finally:
                warning = history.take_warning()
                if warning and self._on_warning is not None:
                    self._on_warning(warning)

        if self._closed:
            future: Future = Future()
            future.set_result(None)
            return future
        return self._executor.submit(run)

    @property
    def resumed(self) -> bool:
        return self._resumed.is_set()

    def resume(self) -> None:
        """Start working through the calls queued while paused (idempotent)."""
        self._resumed.set()

    def scores(self) -> dict[str, SetScores]:
        """Last and best score per set key. Blocks: call it from a worker thread."""
        return self._submit(lambda history: history.all_scores()).result() or {}

    def start(self, session: Session) -> None:
        entry = session.single_set()

        def job(history: History) -> None:
            session.attempt_id = history.start_attempt(entry.key if entry else None,
                                                       entry.title if entry else None, retry=session.retry)

        self._submit(job)

    def record(self, session: Session, answer: Answer) -> None:
        asked = answer.asked

        def job(history: History) -> None:
            history.record(session.attempt_id, asked.question.id, answer.choice_text, answer.correct,
                           answer.seconds, asked.question.tags, prompt=asked.question.prompt,
                           set_key=asked.entry.key, set_title=asked.entry.title)

        self._submit(job)

    def finish(self, session: Session) -> None:
        self._submit(lambda history: history.finish_attempt(session.attempt_id))

    def flush(self) -> None:
        """Wait until everything submitted so far is written (tests; quitting)."""
        self.resume()
        self._submit(lambda history: None).result()

    def close(self) -> None:
        if self._closed:
            return
        self.resume()  # what was queued is still written
        self._submit(lambda history: history.close())
        self._closed = True
        self._executor.shutdown(wait=True)
