"""The results of a quiz: score, per-tag breakdown, time, and every missed question with its citation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from quiz.tui.session import Answer, Session
from quiz.tui.text import duration, join, literal, literal_line
from quiz.tui.widgets.feedback import quoted
from quiz.tui.widgets.footer import Footer


def percent(right: int, asked: int) -> int:
    return round(100 * right / asked) if asked else 0


def tag_table(session: Session) -> Content:
    rows = session.by_tag()
    width = max([len("tag"), *(len(tag) for tag, _, _ in rows)])
    lines = [Content.styled(f"{'tag':<{width}}  right  asked      %", "bold")]
    for tag, right, asked in rows:
        lines.append(join(literal_line(tag.ljust(width)), f"  {right:>5}  {asked:>5}  {percent(right, asked):>4}%"))
    return Content("\n").join(lines)


class MissedQuestion(Vertical):
    def __init__(self, number: int, answer: Answer) -> None:
        super().__init__(classes="missed")
        self.number = number
        self.answer = answer

    def compose(self) -> ComposeResult:
        asked = self.answer.asked
        yield Static(join(f"{self.number}. ", literal(asked.question.prompt)), classes="missed-prompt", markup=False)
        yield Static(join("✗ Your answer:  ", literal(self.answer.choice_text)), classes="your-answer", markup=False)
        yield Static(join("✓ Right answer: ", literal(asked.choices[asked.correct])), classes="right-answer",
                     markup=False)
        yield Static(quoted(self.answer), classes="missed-quote", markup=False)
        yield Static(literal(asked.entry.where(asked.question.citation.sentence)), classes="missed-where",
                     markup=False)


class ResultsScreen(Screen):
    # Not scoped: rules also style the screen itself (a class on it), and names here are unique.
    SCOPED_CSS = False
    DEFAULT_CSS = """
    #results-body {
        height: 1fr;
        padding: 0 1;
    }
    #results-score {
        margin-top: 1;
        text-style: bold;
    }
    #results-tags {
        margin-top: 1;
    }
    #missed-heading {
        margin-top: 1;
        text-style: bold;
    }
    .missed {
        height: auto;
        margin-top: 1;
        padding-left: 1;
        border-left: thick $error;
    }
    .missed-prompt {
        text-style: bold;
    }
    .missed-quote {
        text-style: italic;
    }
    .missed-where {
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("r", "retry", "Retry missed"),
        Binding("enter", "back", "Sets"),
        Binding("q", "app.quit", "Quit"),
    ]

    class Retry(Message):
        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    class Back(Message):
        """Back to the list of sets."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        session = self.session
        total = len(session.answers)
        missed = session.missed()
        yield Static(join("Results · ", literal_line(session.title)), id="results-title", markup=False)
        with VerticalScroll(id="results-body"):
            yield Static(f"{session.score} / {total} correct · {percent(session.score, total)}%",
                         id="results-score", markup=False)
            yield Static(f"Time taken: {duration(session.elapsed)}", id="results-time", markup=False)
            yield Static(tag_table(session), id="results-tags", markup=False)
            if missed:
                yield Static(f"Missed ({len(missed)}) — r asks them again", id="missed-heading", markup=False)
                for number, answer in enumerate(missed, 1):
                    yield MissedQuestion(number, answer)
            else:
                yield Static("Nothing missed. Well done.", id="missed-heading", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#results-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.session.missed())
        return True

    def action_retry(self) -> None:
        if self.session.missed():
            self.post_message(self.Retry(self.session))

    def action_back(self) -> None:
        self.post_message(self.Back())
