"""Question-set files: finding, loading with located problems, checking against sources, writing.

This is the public face of the YAML format (version 1). The pieces live in
quiz.yamlnodes (safe, capped parsing into located nodes), quiz.validate (the
format's rules), quiz.citations (citations against the source) and
quiz.yamlwrite (canonical, atomic writing) and quiz.setpaths (where files are).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.citations import check_against_source
from quiz.fastload import Unusual, load_fast
from quiz.model import QuestionSet
from quiz.problems import ERROR, Problem
from quiz.setpaths import (SET_SUFFIXES, Location, find_set_files, find_sources_dir, locations_of, remember,
                           resolve_source)
from quiz.validate import Validated, validate
from quiz.yamlnodes import YamlError, collector_paused, compose, decode, read_bytes

if TYPE_CHECKING:
    from quiz.sources import SourceDocument
    from quiz.yamlwrite import SCHEMA_FILE, dump_question_set, schema_path, write_question_set

# Writing is imported when first asked for: the app only reads sets, and starts sooner without it.
_WRITING = ("SCHEMA_FILE", "dump_question_set", "schema_path", "write_question_set")


def __getattr__(name: str):
    if name in _WRITING:
        from quiz import yamlwrite

        return getattr(yamlwrite, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Loaded", "Checked", "load_question_set", "load_located", "check_question_set", "check_located",
    "find_set_files",
    "find_sources_dir", "resolve_source", "dump_question_set", "write_question_set", "locations_of",
    "schema_path", "SCHEMA_FILE", "SET_SUFFIXES",
]


@dataclass
class Loaded:
    """A set file as read: the set (None on any error), every problem, and where each value stands.

    `locations` maps a key path to the (line, column) of its value, e.g.
    ("source", "path"), ("questions", 3) for the 4th question's mapping,
    ("questions", 3, "prompt"), ("questions", 3, "citation", "sentence").
    Question positions are positions in the file, which are the positions in
    question_set.questions when the set loaded without errors.
    """

    question_set: QuestionSet | None
    problems: list[Problem]
    locations: dict[tuple, Location] = field(default_factory=dict)
    partial: QuestionSet | None = None  # the valid part even when there are errors
    question_index: list[int] = field(default_factory=list)  # file position of each question in `partial`

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == ERROR for problem in self.problems)


def load_located(path: str | Path) -> Loaded:
    """Read and validate a set file; never raises for bad input."""
    name = str(path)
    try:
        with collector_paused():
            data = read_bytes(name)
            try:
                result: Validated = load_fast(data, name)
            except Unusual:  # anything but a plainly valid set: the careful path says what is wrong
                result = validate(compose(decode(data)), name)
    except YamlError as error:
        return Loaded(None, [Problem(name, error.line, error.column, error.message)])
    except RecursionError:  # not expected (nothing here recurses), but never a traceback
        return Loaded(None, [Problem(name, 1, 1, "the file nests too deeply to read")])
    problems = sorted(result.problems, key=lambda problem: (problem.line, problem.column))
    loaded = Loaded(None, problems, result.locations, result.question_set, result.question_index)
    if result.question_set is not None:
        remember(result.question_set, result.locations)
        if not loaded.has_errors:
            loaded.question_set = result.question_set
    return loaded


def load_question_set(path: str | Path) -> tuple[QuestionSet | None, list[Problem]]:
    """The set and its syntax and format problems, located. The set is None if any problem is an error."""
    loaded = load_located(path)
    return loaded.question_set, loaded.problems


@dataclass
class Checked:
    """A set file checked against its source: the set (None on any error), every problem, and the
    source document as read for the check (None if it could not be read), for whoever shows it."""

    question_set: QuestionSet | None
    problems: list[Problem]
    document: SourceDocument | None = None


def check_located(path: str | Path, sources_dir: str | Path | None = None) -> Checked:
    """check_question_set, keeping the source document it read."""
    loaded = load_located(path)
    problems = list(loaded.problems)
    document = None
    if loaded.partial is not None:
        found, document = check_against_source(str(path), loaded.partial, loaded.locations, loaded.question_index,
                                               sources_dir)
        problems += found
        # the set's own problems in line order, then any in its source file
        problems.sort(key=lambda problem: (problem.path != str(path), problem.line, problem.column))
    failed = any(problem.severity == ERROR for problem in problems)
    return Checked(None if failed else loaded.question_set, problems, document)


def check_question_set(path: str | Path, sources_dir: str | Path | None = None
                       ) -> tuple[QuestionSet | None, list[Problem]]:
    """load_question_set, plus the source and every citation checked against the source text."""
    checked = check_located(path, sources_dir)
    return checked.question_set, checked.problems
