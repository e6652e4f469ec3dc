"""The bar above a question: progress, "3 / 12" and the running score."""

from __future__ import annotations

from rich.style import Style
from textual.app import ComposeResult, RenderResult
from textual.containers import Horizontal
from textual.renderables.bar import Bar
from textual.widget import Widget
from textual.widgets import Static


class Progress(Widget):
    """How much of the quiz is answered, as a bar.

    Draws what Textual's ProgressBar draws with show_eta and show_percentage off, without its
    container, bar widget, clock and reactive machinery: a question screen is up sooner.
    """

    COMPONENT_CLASSES = {"progress--bar", "progress--complete"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.fraction = 0.0

    def show(self, done: int, total: int) -> None:
        self.fraction = min(1.0, done / total) if total > 0 else 0.0
        self.refresh()

    def render(self) -> RenderResult:
        style = self.get_component_rich_style("progress--bar" if self.fraction < 1 else "progress--complete")
        # The bar rounds its end to the nearest half cell.
        return Bar(highlight_range=(0, self.size.width * self.fraction),
                   highlight_style=Style.from_color(style.color), background_style=Style.from_color(style.bgcolor))


class QuizStatus(Horizontal):
    def compose(self) -> ComposeResult:
        # No ETA or percentage: they change with time, and "3 / 12" says it better.
        yield Progress(id="progress")
        yield Static("", id="position", markup=False)
        yield Static("", id="score", markup=False)

    def show(self, number: int, total: int, answered: int, score: int) -> None:
        """number: the question on screen (1-based); answered: how many are answered so far."""
        self.query_one(Progress).show(answered, total)
        self.query_one("#position", Static).update(f"{number} / {total}")
        self.query_one("#score", Static).update(f"Score {score}/{answered}" if answered else "Score 0")
