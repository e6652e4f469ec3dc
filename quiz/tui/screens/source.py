"""The source viewer: the whole document, its sentences numbered, the cited one highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from quiz.tui.catalog import SetEntry
from quiz.textsafe import normalize_space
from quiz.tui.text import join, literal, literal_line
from quiz.tui.widgets.footer import Footer


class SentenceRow(Horizontal):
    """One sentence with its number in the margin (the number citations use)."""

    def __init__(self, number: int | None, text: str, cited: bool = False, paragraph: bool = False) -> None:
        classes = " ".join(name for name, on in (("-cited", cited), ("-paragraph", paragraph)) if on)
        super().__init__(classes=f"sentence {classes}".strip())
        self.number = number
        self.text = text
        self.cited = cited

    def compose(self) -> ComposeResult:
        # The ▶ says in text what the highlight says in colour.
        gutter = "" if self.number is None else f"{'▶' if self.cited else ' '}{self.number:>4}"
        yield Static(gutter, classes="gutter", markup=False)
        yield Static(literal(self.text), classes="text", markup=False)


def rows(entry: SetEntry, cited: int) -> list[Widget]:
    """The document as rows: numbered sentences, with text between them kept (nothing is dropped)."""
    document = entry.document
    assert document is not None
    out: list[Widget] = []
    # The header (date, title) is in the title bar already; everything after it is shown.
    position = getattr(document, "body_start", 0)
    for sentence in document.sentences:
        gap = document.text[position:sentence.start]
        if gap.strip():
            out.append(SentenceRow(None, gap.strip(), paragraph=True))
        out.append(SentenceRow(sentence.n, normalize_space(sentence.text), cited=sentence.n == cited,
                               paragraph="\n\n" in gap or not out))
        position = sentence.end
    if document.text[position:].strip():
        out.append(SentenceRow(None, document.text[position:].strip(), paragraph=True))
    return out


class SourceScreen(Screen):
    # Not scoped: rules also style the screen itself (a class on it), and names here are unique.
    SCOPED_CSS = False
    DEFAULT_CSS = """
    #source-hint {
        padding: 0 1;
        color: $text-muted;
    }
    #source-body {
        height: 1fr;
        padding: 0 1;
    }
    .sentence {
        height: auto;
    }
    .sentence.-paragraph {
        margin-top: 1;
    }
    .sentence .gutter {
        width: 6;
        color: $text-muted;
    }
    .sentence .text {
        width: 1fr;
    }
    .sentence.-cited {
        background: $accent 30%;
    }
    .sentence.-cited .gutter, .sentence.-cited .text {
        text-style: bold;
        color: $text;
    }
    """

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("c", "show_cited", "Cited sentence"),
    ]

    def __init__(self, entry: SetEntry, cited: int) -> None:
        super().__init__()
        self.entry = entry
        self.cited = cited

    def compose(self) -> ComposeResult:
        entry = self.entry
        # The title first: at 80 columns the file name is what may be cut off.
        parts = [literal_line(entry.source_title, "bold")]
        parts += [literal_line(part) for part in (entry.date, entry.source_name) if part]
        yield Static(Content(" · ").join(parts), id="source-title", markup=False)
        count = f" of {len(entry.document.sentences)}" if entry.document is not None else ""
        yield Static(f"▶ sentence {self.cited}{count}, the one cited · c goes back to it · Esc returns",
                     id="source-hint", markup=False)
        with VerticalScroll(id="source-body"):
            if entry.document is None:
                yield Static(join("The source could not be read: ", literal(entry.source_problem or "unknown")),
                             id="source-missing", markup=False)
                yield SentenceRow(self.cited, self.quote_from_set(), cited=True, paragraph=True)
            else:
                yield from rows(entry, self.cited)
        yield Footer()

    def quote_from_set(self) -> str:
        for question in self.entry.question_set.questions if self.entry.question_set else []:
            if question.citation.sentence == self.cited:
                return question.citation.quote
        return ""

    def on_mount(self) -> None:
        self.query_one("#source-body").focus()
        self.call_after_refresh(self.action_show_cited)

    def action_show_cited(self) -> None:
        cited = self.query(".-cited")
        if cited:
            self.query_one("#source-body", VerticalScroll).scroll_to_center(cited.first(), animate=False)
