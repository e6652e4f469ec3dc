"""Question-set files: finding, loading with located problems, checking against sources, writing.

This is the public face of the YAML format (version 1). The pieces live in
quiz.yamlnodes (safe, capped parsing into located nodes), quiz.validate (the
format's rules), quiz.citations (citations against the source) and
quiz.yamlwrite (canonical, atomic writing).
"""

from __future__ import annotations

import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from quiz.model import QuestionSet
from quiz.problems import ERROR, Problem, ProblemError
from quiz.validate import Validated, validate
from quiz.yamlnodes import YamlError, collector_paused, compose, read_text
from quiz.yamlwrite import SCHEMA_FILE, dump_question_set, schema_path, write_question_set

__all__ = [
    "Loaded", "load_question_set", "load_located", "check_question_set", "find_set_files",
    "find_sources_dir", "resolve_source", "dump_question_set", "write_question_set", "locations_of",
    "schema_path", "SCHEMA_FILE", "SET_SUFFIXES",
]

SET_SUFFIXES = (".yaml", ".yml")

Location = tuple[int, int]


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


# Locations of sets loaded here, for resolve_source's located errors; keyed by id() with a weak
# reference so a set that is dropped takes its entry with it (QuestionSet is not hashable).
_LOCATIONS: dict[int, tuple[weakref.ref, dict]] = {}


def _remember(question_set: QuestionSet, locations: dict) -> None:
    key = id(question_set)
    _LOCATIONS[key] = (weakref.ref(question_set, lambda _ref, key=key: _LOCATIONS.pop(key, None)), locations)


def locations_of(question_set: QuestionSet) -> dict[tuple, Location]:
    """The locations map of a set loaded by this module ({} for a set made otherwise)."""
    entry = _LOCATIONS.get(id(question_set))
    if entry is not None and entry[0]() is question_set:
        return entry[1]
    return {}


def load_located(path: str | Path) -> Loaded:
    """Read and validate a set file; never raises for bad input."""
    name = str(path)
    try:
        with collector_paused():
            result: Validated = validate(compose(read_text(name)), name)
    except YamlError as error:
        return Loaded(None, [Problem(name, error.line, error.column, error.message)])
    except RecursionError:  # not expected (nothing here recurses), but never a traceback
        return Loaded(None, [Problem(name, 1, 1, "the file nests too deeply to read")])
    problems = sorted(result.problems, key=lambda problem: (problem.line, problem.column))
    loaded = Loaded(None, problems, result.locations, result.question_set, result.question_index)
    if result.question_set is not None:
        _remember(result.question_set, result.locations)
        if not loaded.has_errors:
            loaded.question_set = result.question_set
    return loaded


def load_question_set(path: str | Path) -> tuple[QuestionSet | None, list[Problem]]:
    """The set and its syntax and format problems, located. The set is None if any problem is an error."""
    loaded = load_located(path)
    return loaded.question_set, loaded.problems


def check_question_set(path: str | Path, sources_dir: str | Path | None = None
                       ) -> tuple[QuestionSet | None, list[Problem]]:
    """load_question_set, plus the source and every citation checked against the source text."""
    from quiz.citations import check_citations  # imports quiz.sources only when checking

    loaded = load_located(path)
    problems = list(loaded.problems)
    if loaded.partial is not None:
        problems += check_citations(str(path), loaded, sources_dir)
        # the set's own problems in line order, then any in its source file
        problems.sort(key=lambda problem: (problem.path != str(path), problem.line, problem.column))
    failed = any(problem.severity == ERROR for problem in problems)
    return (None if failed else loaded.question_set), problems


def find_set_files(paths: list[str] | None = None) -> list[Path]:
    """The set files named by `paths` (default ['questions']): files as given, folders walked for
    *.yaml and *.yml (sorted; hidden files and folders skipped; symlinked folders not followed).
    A path that does not exist is kept, so loading it reports the problem in line with the rest."""
    result: list[Path] = []
    seen: set[Path] = set()
    for name in paths or ["questions"]:
        path = Path(name)
        found = [path] if not path.is_dir() else _walk(path)
        for file in found:
            if file not in seen:
                seen.add(file)
                result.append(file)
    return result


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    for parent, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(parent, n) for n in names if n.endswith(SET_SUFFIXES) and not n.startswith(".")]
    return sorted(files)


def find_sources_dir(set_path: str | Path) -> Path | None:
    """The sources folder of a set: `seeds/` in the nearest folder above the set that has one."""
    folder = Path(os.path.abspath(set_path)).parent
    for candidate in (folder, *folder.parents):
        if (candidate / "seeds").is_dir():
            return candidate / "seeds"
    return None


def resolve_source(set_path: str | Path, question_set: QuestionSet,
                   sources_dir: str | Path | None = None) -> Path:
    """The source file of a set, inside its sources folder.

    Raises ProblemError, located at source.path, if there is no sources folder or the
    path would leave it (an absolute path, `..`, or a symbolic link pointing out).
    The file itself may not exist; the caller reports that.
    """
    where = locations_of(question_set).get(("source", "path"), (1, 1))

    def fail(message: str) -> ProblemError:
        return ProblemError(Problem(str(set_path), where[0], where[1], message))

    folder = Path(sources_dir) if sources_dir is not None else find_sources_dir(set_path)
    if folder is None:
        raise fail("no sources folder: there is no seeds/ folder above this set; "
                   "pass --sources DIR to say where its source is")
    relative = question_set.source.path
    if relative.startswith(("/", "\\")) or os.path.isabs(relative) or (len(relative) > 1 and relative[1] == ":"):
        raise fail(f"source.path `{relative}` is absolute; write it relative to the sources folder ({folder})")
    parts = relative.replace("\\", "/").split("/")
    if ".." in parts:
        raise fail(f"source.path `{relative}` leaves the sources folder with `..`; "
                   "a source must be inside the sources folder")
    if "\x00" in relative or not relative.strip():
        raise fail("source.path is not a usable file name")
    candidate = folder / Path(*parts)
    root = folder.resolve()
    target = candidate.resolve()
    if target != root and root not in target.parents:
        raise fail(f"source.path `{relative}` leads out of the sources folder (through a symbolic link); "
                   "a source must be inside the sources folder")
    return target
