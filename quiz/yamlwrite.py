"""Writing question sets: canonical, readable YAML, replaced atomically.

The output is meant for people to read and edit: block style, the fields in
the order of the format's documentation, long text wrapped at about 88
columns, non-ASCII kept as is, and every string YAML would misread (no, yes,
2009, '', '#...') quoted. The same set always gives the same bytes, so a set
the tool wrote loads and writes back unchanged. Comments in a hand-edited file
are not kept by a write.

The bytes must not depend on whether libyaml is installed. libyaml's emitter is
six times faster than PyYAML's pure-Python one, and writes the same bytes for
text of one line in printable characters of the Basic Multilingual Plane, which
is what generated sets hold (checked on every set made from the BBC corpus and
on random text: tests/test_storage_write.py). It wraps double-quoted text
elsewhere and escapes emoji, so a set holding anything else (several lines,
control characters, emoji) is written by the pure-Python emitter.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

import yaml

from quiz.locking import file_sha256, folder_lock
from quiz.model import TRUE_FALSE, Question, QuestionSet
from quiz.problems import Problem, ProblemError

SCHEMA_FILE = "question-set.schema.json"
WIDTH = 88
# The modeline for a set written without a path: right for a set in a folder beside the package
# (questions/ in the project itself).
DEFAULT_SCHEMA_REF = "../quiz/" + SCHEMA_FILE


def schema_path() -> Path:
    """The JSON Schema of the format, as installed with the package."""
    return Path(__file__).resolve().parent / SCHEMA_FILE


def schema_ref(set_path: str | Path) -> str:
    """The schema as the language server should find it from a set at `set_path`: a relative,
    '/'-separated path from the set's folder (the absolute file URI where there is none)."""
    folder = Path(os.path.abspath(set_path)).parent
    try:
        return os.path.relpath(schema_path(), folder).replace(os.sep, "/")
    except ValueError:  # another drive, on Windows
        return schema_path().as_uri()


def modeline(ref: str) -> str:
    return f"# yaml-language-server: $schema={ref}\n"


_ODD_BREAKS = re.compile("[\r\x85\u2028\u2029]")


class _Flow(list):
    """A list written in flow style: tags read best as [attribution, number]."""


class _Dumper(yaml.SafeDumper):
    pass


# libyaml's dumper where PyYAML was built with it: the same representers, its emitter in C.
_FastDumper = type("_FastDumper", (yaml.CSafeDumper,), {}) if getattr(yaml, "__with_libyaml__", False) else None
# A character outside what both emitters write alike: line breaks, tabs and other controls,
# surrogates, U+FEFF, and characters beyond U+FFFF (emoji).
_NOT_ALIKE = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]")


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # Several lines read best as a literal block; the emitter falls back to quotes where it cannot.
    style = "|" if "\n" in data.strip("\n") else None
    if _ODD_BREAKS.search(data):  # YAML would read these as line breaks: only escapes keep them
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


for _dumper in filter(None, (_Dumper, _FastDumper)):
    _dumper.add_representer(str, _represent_str)
    _dumper.add_representer(_Flow, _represent_flow)


def _question(question: Question) -> dict:
    data: dict = {"id": question.id, "kind": question.kind, "prompt": question.prompt}
    if question.kind != TRUE_FALSE:
        data["choices"] = list(question.choices)
    data["answer"] = question.answer
    data["explanation"] = question.explanation
    data["citation"] = {"sentence": question.citation.sentence, "quote": question.citation.quote}
    data["tags"] = _Flow(question.tags)
    data["difficulty"] = question.difficulty
    if question.change is not None:
        data["change"] = {"claim": question.change.claim, "source": question.change.source}
    if question.fingerprint is not None:
        data["fingerprint"] = question.fingerprint
    return data


def _document(question_set: QuestionSet) -> dict:
    source: dict = {"path": question_set.source.path}
    if question_set.source.date is not None:
        source["date"] = question_set.source.date
    if question_set.source.sha256 is not None:
        source["sha256"] = question_set.source.sha256
    data: dict = {"format": question_set.format, "title": question_set.title, "source": source,
                  "questions": [_question(question) for question in question_set.questions]}
    if question_set.generated:
        data["generated"] = list(question_set.generated)
    return data


def _written_alike(data) -> bool:
    """Whether every string in the document is one both emitters write alike."""
    if isinstance(data, str):
        return _NOT_ALIKE.search(data) is None
    if isinstance(data, dict):
        return all(map(_written_alike, data.values()))
    if isinstance(data, list):
        return all(map(_written_alike, data))
    return True  # (the numbers: sentence, difficulty, format)


def dump_question_set(question_set: QuestionSet, path: str | Path | None = None) -> str:
    """The set as canonical YAML text, with the schema modeline for a file at `path`."""
    document = _document(question_set)
    dumper = _FastDumper if _FastDumper is not None and _written_alike(document) else _Dumper
    body = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=WIDTH, indent=2)
    ref = schema_ref(path) if path is not None else DEFAULT_SCHEMA_REF
    return modeline(ref) + body


def write_question_set(path: str | Path, question_set: QuestionSet, *, expected_sha256: str | None = None,
                       within: str | Path | None = None) -> None:
    """Write the set to `path` atomically: readers see the old file or the new, never a part.

    A temporary file in the same folder is written and fsynced, given the old file's
    permissions, then renamed over the target; the folder is fsynced so the rename lasts.
    A symbolic link at `path` is replaced by the file, not followed.

    expected_sha256: the file's sha256 as the caller read it (quiz.locking.file_sha256;
    ABSENT for a file that should not exist yet). Under the folder's lock the file is
    compared with it and, if it changed since, nothing is written: ProblemError at line 1,
    so a concurrent edit is never silently overwritten.
    within: a folder the written file must stay inside, symbolic links resolved (e.g.
    `quiz generate --out`); ProblemError if the path leads out of it. The folders between
    are made (only once the path is known to stay inside).
    """
    target = Path(path)
    if within is not None:
        _check_within(target, Path(within))
        target.parent.mkdir(parents=True, exist_ok=True)
    if expected_sha256 is None:
        _write_atomic(target, dump_question_set(question_set, target).encode("utf-8"))
        return
    folder = target.parent if str(target.parent) else Path(".")
    with folder_lock(folder):
        if file_sha256(target) != expected_sha256:
            raise ProblemError(Problem(str(target), 1, 1, _CHANGED))
        _write_atomic(target, dump_question_set(question_set, target).encode("utf-8"))


_CHANGED = ("this file changed since it was read (another program or person saved it meanwhile); "
            "nothing was written, so that change is kept: run again to start from the file as it is now")


def _check_within(target: Path, folder: Path) -> None:
    root = os.path.realpath(folder)
    where = os.path.realpath(target.parent if str(target.parent) else ".")
    if where != root and not where.startswith(root.rstrip(os.sep) + os.sep):
        raise ProblemError(Problem(str(target), 1, 1, f"not written: this path leads out of {folder} "
                                                      "(through `..` or a symbolic link to a folder elsewhere); "
                                                      "remove the link or choose another output folder"))


def _write_atomic(target: Path, data: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(os.stat(target, follow_symlinks=False).st_mode)
        if stat.S_ISLNK(os.lstat(target).st_mode):
            mode = None
    except FileNotFoundError:
        mode = None
    if mode is None:  # a new file gets the usual permissions (mkstemp's are owner-only)
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
