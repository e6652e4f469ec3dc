"""What the player reads right after answering: verdict, explanation, and the cited sentence."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quiz.tui.session import Answer
from quiz.textsafe import normalize_space
from quiz.tui.text import join, literal


def verdict(answer: Answer) -> Content:
    # The words carry the verdict; the colour only repeats it (NO_COLOR, colour blindness).
    if answer.correct:
        return Content.styled("✓ Correct", "bold")
    return join(Content.styled("✗ Wrong", "bold"), " — the answer is ", literal(answer.asked.choices[answer.asked.correct], "bold"))


def quote(answer: Answer) -> str:
    """The cited sentence in full: from the source where it is at hand, else the set's quote."""
    asked = answer.asked
    number = asked.question.citation.sentence
    return normalize_space(asked.entry.sentence_text(number) or asked.question.citation.quote)


def quoted(answer: Answer) -> Content:
    return in_quotes(quote(answer))


def lead_in(explanation: str, quote: str) -> str:
    """The explanation less the cited sentence at its end ('… to Kataib Hezbollah: “Kataib Hezbollah has
    denied …”'), which the panel shows right below it: the sentence is read once. Any other explanation
    (a person's own words) is kept whole."""
    text, quote = explanation.rstrip(), quote.strip()
    ending = f"“{quote}”"
    if quote and text.endswith(ending) and text[:-len(ending)].rstrip():
        return text[:-len(ending)].rstrip()
    return explanation


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
    """Shown under the choices once a question is answered."""

    # Its styles come with it (parsed when the panel is first made, after the first question
    # is painted), not in app.tcss; not scoped, so they read as they would there.
    SCOPED_CSS = False
    DEFAULT_CSS = """
    #feedback {
        display: none;
        height: auto;
        margin-top: 1;
        padding: 0 1;
        border-left: thick $primary;
    }
    #feedback.-shown {
        display: block;
    }
    #feedback.-correct {
        border-left: thick $success;
    }
    #feedback.-wrong {
        border-left: thick $error;
    }
    #verdict {
        text-style: bold;
    }
    #feedback.-correct #verdict {
        color: $text-success;
    }
    #feedback.-wrong #verdict {
        color: $text-error;
    }
    #explanation, #quote, #change {
        margin-top: 1;
    }
    #quote {
        text-style: italic;
    }
    #where, #next-hint {
        color: $text-muted;
    }
    #source-problem {
        color: $text-warning;
    }
    #next-hint {
        margin-top: 1;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="verdict", markup=False)
        yield Static(id="explanation", markup=False)
        yield Static(id="quote", markup=False)
        yield Static(id="where", markup=False)
        yield Static(id="change", markup=False)
        yield Static(id="source-problem", markup=False)
        yield Static("s source  ·  Enter next", id="next-hint", markup=False)

    def show(self, answer: Answer, last: bool) -> None:
        asked = answer.asked
        # One restyle of the panel and its seven lines, not one for each class changed.
        self.remove_class("-correct", "-wrong", update=False)
        self.add_class("-shown", "-correct" if answer.correct else "-wrong")
        self.query_one("#verdict", Static).update(verdict(answer))
        explanation = lead_in(asked.question.explanation, asked.question.citation.quote)
        self.query_one("#explanation", Static).update(literal(explanation))
        self.query_one("#quote", Static).update(quoted(answer))
        self.query_one("#where", Static).update(literal(asked.entry.where(asked.question.citation.sentence)))
        change = change_lines(answer)
        self.query_one("#change", Static).update(change or "")
        self.query_one("#change").display = change is not None
        problem = asked.entry.source_problem
        self.query_one("#source-problem", Static).update(
            join("Source not available: ", literal(problem)) if problem else "")
        self.query_one("#source-problem").display = bool(problem)
        self.query_one("#next-hint", Static).update(
            f"s source  ·  Enter {'results' if last else 'next question'}")
