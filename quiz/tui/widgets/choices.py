"""The numbered choices of a question; a click answers, like the number keys."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from quiz.tui.text import join, literal


# The mark says in words what the colour says: never colour alone.
MARKS = {"right": "  ✓ right answer", "picked-wrong": "  ✗ your answer", "picked-right": "  ✓ your answer"}


def label(index: int, text: str, mark: str) -> Content:
    return join(f" {index + 1} ", "  ", literal(text), MARKS.get(mark, ""))


class Choice(Static):
    """One choice: its number and its text (shown literally)."""

    def __init__(self, index: int, text: str) -> None:
        super().__init__(label(index, text, ""), markup=False, classes="choice")  # drawn once, when mounted
        self.index = index
        self.text = text
        self.mark = ""

    def refresh_label(self) -> None:
        self.update(label(self.index, self.text, self.mark))

    def set_mark(self, mark: str) -> None:
        self.mark = mark
        self.set_class(mark == "right" or mark == "picked-right", "-right")
        self.set_class(mark == "picked-wrong", "-wrong")
        self.refresh_label()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(ChoiceList.Chosen(self.index))


class ChoiceList(Vertical):
    """The choices of the question on screen."""

    class Chosen(Message):
        """A choice was clicked."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, choices: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self._choices = choices

    def compose(self) -> ComposeResult:
        for index, text in enumerate(self._choices):
            yield Choice(index, text)

    def show_answer(self, picked: int, correct: int) -> None:
        """Mark the right choice and the one picked; further clicks do nothing."""
        self.add_class("-answered")
        for choice in self.query(Choice):
            if choice.index == picked:
                choice.set_mark("picked-right" if picked == correct else "picked-wrong")
            elif choice.index == correct:
                choice.set_mark("right")
