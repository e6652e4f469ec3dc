"""The sets screen: every set found, with its source, size, tags and scores; broken files with their error."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import LoadingIndicator, OptionList, Static
from textual.widgets.option_list import Option

from quiz.problems import Problem
from quiz.tui.catalog import SetEntry
from quiz.tui.text import join, literal, literal_line


def _score(scores: Any) -> str:
    if scores is None or scores.last is None:
        return "not played yet"
    return f"last {scores.last} · best {scores.best}"


def prompt(entry: SetEntry, scores: Any, tags: list[str]) -> Content:
    """A set as a list row, every piece of file text shown literally."""
    if not entry.playable:
        error = entry.first_error
        why = str(error) if error else "the set has no questions"
        return join(Content.styled("✗ ", "bold"), literal_line(entry.path, "bold"),
                    " — cannot be played until fixed\n", literal(why))
    questions = entry.question_set.questions if entry.question_set else []
    count = f"{len(questions)} questions"
    if tags:
        matching = sum(1 for question in questions if set(tags).intersection(question.tags))
        count = f"{matching} of {len(questions)} questions tagged {', '.join(tags)}"
    details = " · ".join(part for part in (entry.source_name, entry.date or "", count) if part)
    return join(literal_line(entry.title, "bold"), "\n", literal_line(details), "\n",
                "tags: ", literal_line(", ".join(entry.tags()) or "none"), " · ", _score(scores))


LOADING_DELAY = 0.1  # seconds: below this a wait feels instant (and a spinner would only flash)


class SetsScreen(Screen):
    BINDINGS = [
        Binding("enter", "start", "Start", priority=True),
        Binding("t", "filter_tag", "Filter by tag"),
        Binding("q", "app.quit", "Quit"),
    ]

    class Start(Message):
        def __init__(self, entry: SetEntry) -> None:
            super().__init__()
            self.entry = entry

    class FilterChanged(Message):
        def __init__(self, tags: list[str]) -> None:
            super().__init__()
            self.tags = tags

    def __init__(self, notice: str | None = None, *, waiting: bool = False) -> None:
        super().__init__()
        self.notice = notice
        # `quiz play` puts a quiz over this screen as soon as the sets are loaded: until then it
        # is empty (a title and a loading indicator if that takes a while: a title alone would
        # only flash by), and the list is made (complete()) once the quiz is on screen.
        self.waiting = waiting
        self.entries: list[SetEntry] = []
        self.shown: list[SetEntry] = []
        self.scores: dict[str, Any] = {}
        self.tags: list[str] = []

    def compose(self) -> ComposeResult:
        if self.waiting:
            return
        yield self._title()
        from quiz.tui.widgets.footer import Footer  # `quiz play` asks its first question without it

        notice = Static(self.notice or "", id="notice", markup=False)
        notice.display = bool(self.notice)
        yield notice
        yield Static("", id="filter", markup=False)
        yield Static("", id="load-problems", markup=False)
        yield OptionList(id="sets")
        yield Footer()

    def on_mount(self) -> None:
        if self.waiting:
            # A load that is over within a glance needs no spinner; a big set gets one.
            self.set_timer(LOADING_DELAY, self._show_waiting)
        else:
            self._prepare()

    def _show_waiting(self) -> None:
        if self.waiting:
            self.mount(self._title(), LoadingIndicator(id="sets-loading"))

    def _title(self) -> Static:
        return Static("factquiz · question sets", id="sets-title", markup=False)

    def _prepare(self) -> None:
        self.query_one(OptionList).loading = True
        self.query_one("#load-problems").display = False
        self._show_filter()

    async def complete(self) -> None:
        """Make the whole screen of a screen made `waiting`, so show_entries() can fill it."""
        if self.waiting:
            self.waiting = False
            await self.recompose()
            self._prepare()

    def show_entries(self, entries: list[SetEntry], scores: dict[str, Any], tags: list[str],
                     problems: list[Problem] | None = None) -> None:
        """Called by the app when the catalog is loaded (and again after a quiz, for new scores)."""
        self.entries, self.scores, self.tags = entries, scores, list(tags)
        problem_box = self.query_one("#load-problems", Static)
        problem_box.update(Content("\n").join(literal(str(problem)) for problem in problems or []))
        problem_box.display = bool(problems)
        self._refill()
        self.query_one(OptionList).loading = False

    def _refill(self) -> None:
        wanted = set(self.tags)
        self.shown = [entry for entry in self.entries
                      if not wanted or not entry.playable or wanted.intersection(entry.tags())]
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        rows: list[Option | None] = []
        for number, entry in enumerate(self.shown):
            rows += [Option(prompt(entry, self.scores.get(entry.key), self.tags), id=str(number)), None]
        options.set_options(rows)  # None: a divider line between sets
        if not self.shown:
            options.set_options([Option(Content("No question sets here. Make some from your own articles with\n"
                                                "  quiz generate ARTICLE.txt --out questions/"), disabled=True)])
        elif highlighted is not None:
            options.highlighted = min(highlighted, len(self.shown) - 1)
        else:
            options.highlighted = 0
        self._show_filter()
        options.focus()

    def _show_filter(self) -> None:
        label = ", ".join(self.tags) if self.tags else "all tags"
        self.query_one("#filter", Static).update(
            join("Showing ", literal_line(label), " · t filters by tag · Enter starts the highlighted set"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._start(event.option_index)

    def action_start(self) -> None:
        if self.waiting:
            return
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None:
            self._start(highlighted)

    def _start(self, index: int) -> None:
        if not 0 <= index < len(self.shown):
            return
        entry = self.shown[index]
        if entry.playable:
            self.post_message(self.Start(entry))
        else:
            error = entry.first_error
            self.notify(f"{error or 'This set has no questions.'}\nRun `quiz check {entry.path}` for every problem.",
                        title="Fix this set first", severity="warning", markup=False)

    def action_filter_tag(self) -> None:
        from quiz.tui.dialogs.tags import TagDialog

        counts: dict[str, int] = {}
        for entry in self.entries:
            for tag in entry.tags():
                counts[tag] = counts.get(tag, 0) + 1

        def chosen(tag: str | None) -> None:
            if tag is None:  # dismissed: keep the filter as it is
                return
            self.tags = [tag] if tag else []
            self.post_message(self.FilterChanged(self.tags))
            self._refill()

        self.app.push_screen(TagDialog(counts, self.tags), chosen)
