"""The keys of every screen, on one page (?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.tui.dialogs.style import DIALOG_CSS

HELP = """\
factquiz — read a question, answer it, and see the source sentence that settles it.

Sets
  Enter / click      start the highlighted set
  ↑ ↓                move between sets
  t                  show only sets (and questions) with one tag

Question
  1 – 9              answer with that choice (or click it)
  t / f              True / False, for a claim to check
  s                  open the source, the cited sentence highlighted
  Enter, Space, n    next question, once answered
  Esc                leave the quiz (your answers are kept)

Source
  c                  back to the cited sentence
  Esc                back to the question

Results
  r                  ask the missed questions again
  Enter              back to the sets
  q                  quit

Everywhere
  ?                  this help
  Ctrl+P             commands: start a set, retry missed, change theme
  Ctrl+Q             quit

Your answers are saved in your user data folder (QUIZ_DATA_DIR to choose
another); `quiz stats` shows them. Make sets of your own from articles with
`quiz generate ARTICLE.txt --out questions/`."""


class HelpScreen(ModalScreen[None]):
    # Not scoped: rules also style the screen itself (a class on it), and names here are unique.
    SCOPED_CSS = False
    DEFAULT_CSS = DIALOG_CSS

    BINDINGS = [Binding("escape,question_mark,q", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static("Help", classes="dialog-title", markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(HELP, markup=False)
            yield Static("Esc closes", classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
