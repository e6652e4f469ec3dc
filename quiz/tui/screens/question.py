"""The question screen: a question, its numbered choices, and the feedback right after answering."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from quiz.model import TRUE_FALSE
from quiz.tui.session import Answer, Session
from quiz.tui.text import literal, literal_line
from quiz.tui.widgets.choices import ChoiceList
from quiz.tui.widgets.status import QuizStatus

if TYPE_CHECKING:  # the feedback panel is made after the first question is painted
    from quiz.tui.widgets.feedback import Feedback


def answer_hint(kind: str, count: int) -> str:
    # The footer can only say 1-9; a first-time player is told the keys of this question.
    keys = f"1–{count}" if count > 1 else "1"
    return f"Answer with {keys}, t or f, or a click." if kind == TRUE_FALSE else f"Answer with {keys} or a click."


class QuestionScreen(Screen):
    """Asks each question of a session in turn; tells the app about answers and the end."""

    # The question body (which scrolls with the arrow keys) is focused once the first question
    # is painted, not as the screen is made: focusing restyles it and every widget in it.
    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("1", "answer(0)", "Answer", key_display="1-9"),
        *[Binding(str(n), f"answer({n - 1})", show=False) for n in range(2, 10)],
        Binding("t", "truth(1)", "True"),
        Binding("f", "truth(0)", "False"),
        Binding("s", "source", "Source"),
        Binding("enter", "next", "Next"),
        Binding("space,n", "next", "Next", show=False),
        Binding("escape", "leave", "Leave quiz"),
    ]

    class Answered(Message):
        def __init__(self, session: Session, answer: Answer) -> None:
            super().__init__()
            self.session = session
            self.answer = answer

    class Finished(Message):
        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    class Left(Message):
        """The player left the quiz before its end."""

    class Shown(Message):
        """The first question is on screen (painted): work that can wait for it may start."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._feedback: Feedback | None = None  # made once, after the first question is painted
        self._feedback_mounted: Awaitable[None] | None = None
        # The widgets of the question on screen, kept here rather than looked up: Textual's
        # query_one caches what it finds by the DOM's version, so looking up each question's
        # widgets would keep every question's widgets alive (up to 1,024 lookups a screen),
        # and the cycle collector's full passes would grow slower as a quiz goes on.
        self._choices: ChoiceList | None = None
        self._hint: Static | None = None

    def compose(self) -> ComposeResult:
        yield Static(literal_line(self.session.title), id="quiz-title", markup=False)
        yield QuizStatus(id="status")
        with VerticalScroll(id="question-body"):  # the first question comes with the screen
            yield from self._question_widgets()
        # The footer comes after the first paint (_after_first_paint): Textual's Footer shows
        # its keys only once the screen's bindings settle, a frame later, so until then it
        # would be an empty bar that costs importing, styling and drawing it.

    def on_mount(self) -> None:
        self._show_status()  # (Textual refreshes the footer's keys when the screen is shown and focused)
        self.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        from quiz.tui.widgets.footer import Footer

        self.post_message(self.Shown())
        self.set_focus(self.query_one("#question-body", VerticalScroll))
        await self.mount(Footer())
        await self.feedback_panel()  # while the player reads: an answer then only fills it in

    async def feedback_panel(self) -> Feedback:
        """The feedback panel under the choices: hidden until an answer, kept for every question."""
        if self._feedback is None:
            from quiz.tui.widgets.feedback import Feedback

            self._feedback = Feedback(id="feedback")
            self._feedback_mounted = self.query_one("#question-body", VerticalScroll).mount(self._feedback)
        if not self._feedback.is_mounted:  # awaiting a mount would wait a frame: only when it must
            await self._feedback_mounted  # type: ignore[misc]
        return self._feedback

    def _question_widgets(self) -> list[Widget]:
        """The prompt, the choices and the keys' hint of the question on screen."""
        asked = self.session.current
        self._choices = ChoiceList(asked.choices, id="choices")
        self._hint = Static(answer_hint(asked.question.kind, len(asked.choices)), id="answer-hint", markup=False)
        return [Static(literal(asked.question.prompt), id="prompt", markup=False), self._choices, self._hint]

    def _show_status(self) -> None:
        self.query_one(QuizStatus).show(self.session.index + 1, self.session.total,
                                        len(self.session.answers), self.session.score)

    async def show_question(self) -> None:
        """The next question, in place of the one answered."""
        self._show_status()
        body = self.query_one("#question-body", VerticalScroll)
        await body.remove_children([child for child in body.children if child is not self._feedback])
        if self._feedback is not None:
            self._feedback.remove_class("-shown")
        await body.mount_all(self._question_widgets(), before=self._feedback)
        body.scroll_home(animate=False)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        answered = self.session.answered
        is_true_false = self.session.current.question.kind == TRUE_FALSE
        if action == "answer":
            return not answered
        if action == "truth":  # t / f only for a true/false question
            return is_true_false and not answered
        if action in ("next", "source"):
            return answered
        return True

    async def action_truth(self, value: int) -> None:
        # display_choices() of a true/false question is always ["True", "False"], never shuffled.
        await self.action_answer(0 if value else 1)

    async def action_answer(self, index: int) -> None:
        answer = self.session.answer(index)
        if answer is None:
            return
        self.post_message(self.Answered(self.session, answer))
        if self._choices is not None and self._hint is not None:
            self._choices.show_answer(index, answer.asked.correct)
            self._hint.display = False
        self._show_status()
        feedback = await self.feedback_panel()
        feedback.show(answer, last=self.session.index + 1 >= self.session.total)
        # Bring the feedback into view: after a long prompt it would be below the fold.
        feedback.scroll_visible(animate=False)
        self.refresh_bindings()

    async def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        event.stop()
        await self.action_answer(event.index)

    async def action_next(self) -> None:
        if not self.session.answered:
            return
        if self.session.advance():
            await self.show_question()
        else:
            self.post_message(self.Finished(self.session))

    def action_source(self) -> None:
        if not self.session.answered:
            return
        from quiz.tui.screens.source import SourceScreen

        asked = self.session.current
        self.app.push_screen(SourceScreen(asked.entry, asked.question.citation.sentence))

    def action_leave(self) -> None:
        from quiz.tui.dialogs.confirm import ConfirmDialog

        def leave(sure: bool | None) -> None:
            if sure:
                self.post_message(self.Left())

        self.app.push_screen(ConfirmDialog("Leave this quiz?",
                                           "Your answers so far are kept in your history."), leave)
