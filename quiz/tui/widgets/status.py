"""The bar above a question: progress, "3 / 12" and the running score."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class QuizStatus(Horizontal):
    def compose(self) -> ComposeResult:
        # No ETA or percentage: they change with time, and "3 / 12" says it better.
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="progress")
        yield Static("", id="position", markup=False)
        yield Static("", id="score", markup=False)

    def show(self, number: int, total: int, answered: int, score: int) -> None:
        """number: the question on screen (1-based); answered: how many are answered so far."""
        self.query_one(ProgressBar).update(total=max(total, 1), progress=answered)
        self.query_one("#position", Static).update(f"{number} / {total}")
        self.query_one("#score", Static).update(f"Score {score}/{answered}" if answered else "Score 0")
