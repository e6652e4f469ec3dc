"""What the player reads right after answering: verdict, explanation, and the cited sentence."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quiz.tui.session import Answer
from quiz.tui.text import join, literal, squash_space


def verdict(answer: Answer) -> Content:
    # The words carry the verdict; the colour only repeats it (NO_COLOR, colour blindness).
    if answer.correct:
        return Content.styled("✓ Correct", "bold")
    return join(Content.styled("✗ Wrong", "bold"), " — the answer is ", literal(answer.asked.choices[answer.asked.correct], "bold"))


def quote(answer: Answer) -> str:
    """The cited sentence in full: from the source where it is at hand, else the set's quote."""
    asked = answer.asked
    number = asked.question.citation.sentence
    return squash_space(asked.entry.sentence_text(number) or asked.question.citation.quote)


def quoted(answer: Answer) -> Content:
    return in_quotes(quote(answer))


def in_quotes(text: str) -> Content:
    """A cited sentence in quotation marks, unless it opens with one itself (no ““…)."""
    if text[:1] in "“\"‘'«„":
        return literal(text)
    return join("“", literal(text), "”")


def change_lines(answer: Answer) -> Content | None:
    change = answer.asked.question.change
    if change is None:
        return None
    return join("The claim says:  ", literal(change.claim, "strike"), "\n",
                "The source says: ", literal(change.source, "bold underline"))


class Feedback(Vertical):
    """Shown under the choices once a question is answered; made then, for that answer (a question
    on screen costs no feedback panel until it is answered)."""

    def __init__(self, answer: Answer, last: bool, **kwargs) -> None:
        super().__init__(classes="-correct" if answer.correct else "-wrong", **kwargs)
        self.answer = answer
        self.last = last

    def compose(self) -> ComposeResult:
        answer = self.answer
        asked = answer.asked
        yield Static(verdict(answer), id="verdict", markup=False)
        yield Static(literal(asked.question.explanation), id="explanation", markup=False)
        yield Static(quoted(answer), id="quote", markup=False)
        yield Static(literal(asked.entry.where(asked.question.citation.sentence)), id="where", markup=False)
        change = change_lines(answer)
        if change is not None:
            yield Static(change, id="change", markup=False)
        problem = asked.entry.source_problem
        if problem:
            yield Static(join("Source not available: ", literal(problem)), id="source-problem", markup=False)
        yield Static(f"s source  ·  Enter {'results' if self.last else 'next question'}", id="next-hint",
                     markup=False)
