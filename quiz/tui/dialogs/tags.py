"""Pick a tag to filter the sets (and their questions) by."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quiz.tui.dialogs.style import DIALOG_CSS
from quiz.tui.text import join, literal_line


class TagDialog(ModalScreen[str | None]):
    """Dismisses with the tag chosen, "" for all tags, or None when closed with Esc."""
    # Not scoped: rules also style the screen itself (a class on it), and names here are unique.
    SCOPED_CSS = False
    DEFAULT_CSS = DIALOG_CSS


    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, counts: dict[str, int], current: list[str]) -> None:
        super().__init__(classes="dialog")
        self.tags = sorted(counts)
        self.counts = counts
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("Filter by tag", classes="dialog-title", markup=False)
            options = [Option(Content("All tags"), id="")]
            options += [Option(join(literal_line(tag), f"  ({self.counts[tag]} set{'s' if self.counts[tag] != 1 else ''})"), id=f"tag-{index}")
                        for index, tag in enumerate(self.tags)]
            yield OptionList(*options, id="tag-list")
            yield Static("Enter picks · Esc closes", classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        tag_list = self.query_one(OptionList)
        if self.current and self.current[0] in self.tags:
            tag_list.highlighted = self.tags.index(self.current[0]) + 1
        tag_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss("" if event.option_index == 0 else self.tags[event.option_index - 1])
