"""The line above a question: a progress bar, "3 / 12" and the running score."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from textual.app import RenderResult as WidgetRenderResult
from textual.renderables.bar import Bar
from textual.widget import Widget


class QuizStatus(Widget):
    """One widget for the whole line (a bar widget, two texts and a container to hold them took
    four to mount and style before a question could be shown).

    The bar is drawn as Textual's ProgressBar draws it with show_eta and show_percentage off.
    """

    COMPONENT_CLASSES = {"progress--bar", "progress--complete"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.fraction = 0.0  # of the questions answered
        self.position = ""
        self.score = ""

    def show(self, number: int, total: int, answered: int, score: int) -> None:
        """number: the question on screen (1-based); answered: how many are answered so far."""
        self.fraction = min(1.0, answered / total) if total > 0 else 0.0
        self.position = f"{number} / {total}"
        self.score = f"Score {score}/{answered}" if answered else "Score 0"
        self.refresh()

    @property
    def text(self) -> str:
        """What the line says in words, the bar aside."""
        return f"{self.position}  {self.score}"

    def render(self) -> WidgetRenderResult:
        style = self.get_component_rich_style("progress--bar" if self.fraction < 1 else "progress--complete")
        words = f"  {self.position}  {self.score}"
        width = max(0, self.size.width - len(words))
        bar = Bar(highlight_range=(0, width * self.fraction), highlight_style=Style.from_color(style.color),
                  background_style=Style.from_color(style.bgcolor), width=width)
        return _Line(bar, words)


class _Line:
    """The bar, then the words, on one line."""

    def __init__(self, bar: Bar, words: str) -> None:
        self.bar = bar
        self.words = words

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from console.render(self.bar, options.update_width(self.bar.width or 0))
        yield Segment(self.words)
