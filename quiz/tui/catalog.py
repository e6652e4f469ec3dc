"""The sets the app can play: found, checked and paired with their source documents.

Plain Python (no Textual): the app runs load_catalog() in a worker thread, and
tests build SetEntry objects directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.model import QuestionSet
from quiz.problems import ERROR, Problem, ProblemError

if TYPE_CHECKING:  # quiz.sources is only needed for the type here
    from quiz.sources import SourceDocument


@dataclass
class SetEntry:
    """One set file as the app lists it: playable, or broken with its first error."""

    path: Path
    question_set: QuestionSet | None
    problems: list[Problem] = field(default_factory=list)
    document: SourceDocument | None = None  # the set's source, read; None if it could not be
    source_problem: str | None = None  # why the source could not be read
    key: str = ""  # the history's key for this set (see quiz.history.set_key)

    def __post_init__(self) -> None:
        if not self.key:
            self.key = Path(self.path).resolve().as_posix()

    @property
    def first_error(self) -> Problem | None:
        errors = [problem for problem in self.problems if problem.severity == ERROR]
        return errors[0] if errors else None

    @property
    def playable(self) -> bool:
        # The same rule as `quiz check`: a set with an error is not played, it is fixed.
        return self.question_set is not None and self.first_error is None and bool(self.question_set.questions)

    @property
    def title(self) -> str:
        if self.question_set is not None and self.question_set.title:
            return self.question_set.title
        return Path(self.path).name

    @property
    def source_name(self) -> str:
        return self.question_set.source.path if self.question_set is not None else ""

    @property
    def date(self) -> str | None:
        if self.question_set is not None and self.question_set.source.date:
            return self.question_set.source.date
        return self.document.date if self.document is not None else None

    @property
    def source_title(self) -> str:
        """The source document's own title, else the set's."""
        if self.document is not None and self.document.title:
            return self.document.title
        return self.title

    def tags(self) -> list[str]:
        return self.question_set.tags() if self.question_set is not None else []

    def sentence_text(self, number: int) -> str | None:
        """The source's sentence `number` (1-based), or None where the source is not at hand."""
        if self.document is None:
            return None
        sentence = self.document.sentence(number)
        return sentence.text if sentence is not None else None

    def where(self, number: int) -> str:
        """'Sentence 3 of 24 · title · date': where a cited sentence stands in its source."""
        parts = [f"Sentence {number} of {len(self.document.sentences)}" if self.document is not None
                 else f"Sentence {number}"]
        parts.append(self.source_title)
        if self.date:
            parts.append(self.date)
        return " · ".join(parts)


def load_entry(path: Path, sources_dir: Path | None = None) -> SetEntry:
    """Check one set file and read its source; never raises for bad input."""
    from quiz import storage  # imported here: the catalog is loaded in a worker, off the UI thread

    try:
        checked = storage.check_located(path, sources_dir)
    except ProblemError as error:
        return SetEntry(path, None, [error.problem])
    entry = SetEntry(path, checked.question_set, list(checked.problems), checked.document)
    if checked.question_set is not None and checked.document is None:
        # A set without errors had its source read by the check (read once); read it here should that change.
        entry.document, entry.source_problem = _read_source(path, checked.question_set, sources_dir)
    return entry


def _read_source(path: Path, question_set: QuestionSet, sources_dir: Path | None):
    from quiz import sources, storage

    try:
        return sources.read_source(storage.resolve_source(path, question_set, sources_dir)), None
    except ProblemError as error:
        return None, str(error.problem)
    except OSError as error:
        return None, f"{question_set.source.path}: {error.strerror or error}"


def find_sets(paths: list[str]) -> tuple[list[Path], list[Problem]]:
    """The set files under paths; a path that does not exist is a problem, not a crash."""
    from quiz import storage

    try:
        return list(storage.find_set_files(paths)), []
    except ProblemError as error:
        return [], [error.problem]


def load_catalog(paths: list[str], sources_dir: Path | None = None) -> tuple[list[SetEntry], list[Problem]]:
    """Every set under paths, each checked; a broken file never hides the others."""
    files, problems = find_sets(paths)
    return [load_entry(path, sources_dir) for path in files], problems
