"""Where set files and their sources are: finding sets, the sources folder, and a safe source path.

Kept apart from quiz.storage so that quiz.citations can use it without an import cycle.
"""

from __future__ import annotations

import os
import re
import weakref
from pathlib import Path

from quiz.model import QuestionSet
from quiz.problems import Problem, ProblemError

SET_SUFFIXES = (".yaml", ".yml")

Location = tuple[int, int]

# A Windows drive: `C:/x` anywhere; `C:x` (relative to that drive's folder) only on Windows, since
# elsewhere `a: b.txt` is an ordinary file name.
_DRIVE = re.compile(r"[A-Za-z]:[/\\]" if os.name != "nt" else r"[A-Za-z]:")

# Locations of sets loaded here, for resolve_source's located errors; keyed by id() with a weak
# reference so a set that is dropped takes its entry with it (QuestionSet is not hashable).
_LOCATIONS: dict[int, tuple[weakref.ref, dict]] = {}


def remember(question_set: QuestionSet, locations: dict) -> None:
    key = id(question_set)
    _LOCATIONS[key] = (weakref.ref(question_set, lambda _ref, key=key: _LOCATIONS.pop(key, None)), locations)


def locations_of(question_set: QuestionSet) -> dict[tuple, Location]:
    """The locations map of a set loaded by quiz.storage ({} for a set made otherwise)."""
    entry = _LOCATIONS.get(id(question_set))
    if entry is not None and entry[0]() is question_set:
        return entry[1]
    return {}


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


_MOST_PATH, _MOST_NAME = 4096, 255  # (Linux's PATH_MAX and NAME_MAX, the most any common system allows)


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
    if relative.startswith(("/", "\\")) or os.path.isabs(relative) or _DRIVE.match(relative):
        raise fail(f"source.path `{relative}` is absolute; write it relative to the sources folder ({folder})")
    parts = relative.replace("\\", "/").split("/")
    if ".." in parts:
        raise fail(f"source.path `{relative}` leaves the sources folder with `..`; "
                   "a source must be inside the sources folder")
    if "\x00" in relative or not relative.strip():
        raise fail("source.path is not a usable file name")
    if len(relative) > _MOST_PATH or max(map(len, parts)) > _MOST_NAME:
        raise fail(f"source.path is {len(relative):,} characters long, more than any file name can be; "
                   "write the source's path relative to the sources folder")
    try:
        target = followed_inside(folder, folder / Path(*parts))
    except (OSError, RuntimeError) as error:  # a symbolic link loop (RuntimeError before Python 3.13)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "a symbolic link loop"
        raise fail(f"source.path `{relative}` cannot be followed ({reason}); fix source.path or the link") from None
    if target is None:
        raise fail(f"source.path `{relative}` leads out of the sources folder (through a symbolic link); "
                   "a source must be inside the sources folder")
    return target


def followed_inside(folder: Path, path: Path) -> Path | None:
    """`path` with its symbolic links followed, or None where that leaves `folder` (followed too).
    OSError or RuntimeError where a link cannot be followed (a loop)."""
    root, target = folder.resolve(), path.resolve()
    return target if target == root or root in target.parents else None
