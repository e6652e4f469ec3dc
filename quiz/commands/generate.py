"""`quiz generate SOURCE... [--out DIR] [--count N] [--seed N] [--force] [--verbose]`

One question set per source: `x.txt` → `OUT/x.yaml`, sub-folders of a folder
argument mirrored under OUT. `source.path` in each set is relative to the
sources folder: the nearest `seeds/` folder above the source if there is one
(so `quiz check` finds it the way it finds every source), else the folder given.
An existing set is merged, never overwritten (see quiz.generate.merge); with
--force it is backed up first and started over.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from quiz.generate import generate
from quiz.generate.merge import MergeReport, merge
from quiz.locking import LOCK_NAME, file_sha256, folder_lock
from quiz.model import QuestionSet, SourceRef
from quiz.problems import Problem, ProblemError
from quiz.setpaths import followed_inside
from quiz.textsafe import printable, single_line

POOL = 10_000  # "every question": more than any article gives
PROGRESS_FROM = 10  # sources; fewer finish before a bar would help


@dataclass
class Job:
    source: Path  # the file to read
    relative: str  # its path relative to the sources folder, '/'-separated (source.path)
    root: Path  # that sources folder
    out: Path  # the set file to write


@dataclass
class Summary:
    sets: int = 0
    questions: int = 0
    failures: int = 0
    merged: MergeReport = field(default_factory=MergeReport)
    notes: list[str] = field(default_factory=list)


def _seeds_root(path: Path) -> Path | None:
    """The nearest folder named seeds above a source (its path as given, symlinks not followed)."""
    for parent in Path(os.path.abspath(path)).parents:
        if parent.name == "seeds":
            return parent
    return None


def _job(source: Path, relative_to_arg: Path, out: Path) -> Job:
    seeds = _seeds_root(source)
    if seeds is not None:
        root = seeds
        relative = Path(os.path.abspath(source)).relative_to(seeds).as_posix()
    else:
        root = _arg_root(source, relative_to_arg)
        relative = relative_to_arg.as_posix()
    return Job(source, relative, root, out / relative_to_arg.with_suffix(".yaml"))


def _arg_root(source: Path, relative: Path) -> Path:
    absolute = Path(os.path.abspath(source))
    for _ in relative.parts:
        absolute = absolute.parent
    return absolute


def collect(sources_in: list[str], out: Path) -> tuple[list[Job], list[Problem]]:
    """The sources named on the command line, folders walked recursively in sorted order."""
    jobs: list[Job] = []
    problems: list[Problem] = []
    for name in sources_in:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*.txt") if p.is_file()
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                problems.append(Problem(name, 1, 1, "no .txt sources in this folder"))
            jobs += [_job(p, p.relative_to(path), out) for p in found]
        elif path.is_file():
            jobs.append(_job(path, Path(path.name), out))
        else:
            problems.append(Problem(name, 1, 1, "no such file or folder; give .txt sources or folders of them"))
    for job in [job for job in jobs if "\n" in job.relative or "\r" in job.relative]:
        jobs.remove(job)
        problems.append(Problem(single_line(str(job.source)), 1, 1, "a line break in a source's file name cannot "
                                "be written as source.path; rename the file"))
    for job in [job for job in jobs if _leaves_root(job)]:
        jobs.remove(job)
        problems.append(Problem(str(job.source), 1, 1, "a symbolic link to a file outside its sources folder "
                                f"({job.root}); `quiz check` refuses such a source: copy the file in instead"))
    unique: dict[Path, Job] = {}
    for job in jobs:
        if job.out in unique and unique[job.out].source != job.source:
            problems.append(Problem(str(job.source), 1, 1,
                                    f"would write the same set as {unique[job.out].source} ({job.out}); "
                                    "generate them into different --out folders"))
            continue
        unique.setdefault(job.out, job)
    return list(unique.values()), problems


def _leaves_root(job: Job) -> bool:
    """Whether the source, followed through its links, lies outside its sources folder (as
    quiz.setpaths.resolve_source would find when the set is checked)."""
    try:
        return followed_inside(job.root, job.root / job.relative) is None
    except (OSError, RuntimeError):
        return False  # (a loop: reading it says what is wrong)


def _title(doc, source: Path) -> str:
    """The document's headline, else the start of its first sentence, else the file name."""
    if doc.headline:
        return doc.headline
    if doc.sentences:
        words = doc.sentences[0].text.split()
        text = " ".join(words[:8]).rstrip(".,;:!?")
        return text + ("…" if len(words) > 8 else "")
    return source.stem.replace("_", " ")


def _backup(path: Path) -> Path:
    """A backup name next to the set that is not taken yet: x.yaml.bak, x.yaml.1.bak, ..."""
    candidate = path.with_name(path.name + ".bak")
    number = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{number}.bak")
        number += 1
    return candidate


def _write(path: Path, question_set: QuestionSet, read_as: str, out: Path) -> None:
    from quiz.storage import dump_question_set, write_question_set

    if path.exists() and path.read_text(encoding="utf-8", errors="replace") == dump_question_set(question_set, path):
        return  # nothing changed: leave the file (and its time stamp) alone
    # Compare-and-swap: a person who saved the set while we merged keeps their edit.
    write_question_set(path, question_set, expected_sha256=read_as, within=out)


def _one(job: Job, args, summary: Summary) -> None:
    from quiz.sources import read_source
    from quiz.storage import load_question_set

    read_as = file_sha256(job.out)  # what the merge below starts from
    exists = job.out.exists()
    doc = read_source(job.source)
    # A set to merge into also needs every question the article gives: one analysis serves both.
    result = generate(doc, args.count, args.seed, pool=POOL if exists and not args.force else None)
    if args.verbose:
        for number, reason in result.skipped:
            print(printable(f"{job.source}: sentence {number} skipped: {reason}"))
    if not result.questions:
        summary.notes.append(f"{job.source}: no questions: no sentence can carry one"
                             + ("" if args.verbose else " (--verbose says why for each)"))
    fresh = QuestionSet(title=_title(doc, job.source), source=SourceRef(job.relative, doc.date, doc.sha256),
                        questions=result.questions, generated=[q.id for q in result.questions])
    final, report = fresh, None
    if exists:
        if args.force:
            backup = _backup(job.out)
            shutil.copy2(job.out, backup)
            summary.notes.append(f"{job.out}: started over; the old set is in {backup}")
        else:
            existing, problems = load_question_set(job.out)
            if existing is None:
                for problem in problems:
                    print(printable(str(problem)), file=sys.stderr)
                raise ProblemError(Problem(str(job.out), 1, 1,
                                           "not regenerated: this set has errors; fix them, or use --force "
                                           "to start over (the old file is kept as a backup)"))
            # (the pool: to refresh questions the selection left out)
            final, report = merge(existing, fresh, [s.text for s in doc.sentences], result.pool)
    _write(job.out, final, read_as, Path(args.out))
    # (counted once written: a set the compare-and-swap kept as a person saved it adds nothing)
    if report is not None:
        for name in vars(report):
            setattr(summary.merged, name, getattr(summary.merged, name) + getattr(report, name))
    else:
        summary.merged.added += len(fresh.questions)
    summary.sets += 1
    summary.questions += len(final.questions)


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\rgenerating [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _sources_hint(jobs: list[Job], summary: Summary) -> None:
    """Say so where `quiz check` would not find a set's source by itself."""
    from quiz.storage import find_sources_dir

    roots: dict[Path, Path | None] = {}
    for job in jobs:
        if job.root not in roots:
            found = find_sources_dir(job.out)
            roots[job.root] = found
            if found is None or os.path.realpath(found) != os.path.realpath(job.root):
                summary.notes.append(
                    f"note: `quiz check` looks for sources in the seeds/ folder nearest above the sets; "
                    f"for sets from {job.root}, run `quiz check {job.out.parent} --sources {job.root}`")


def run(args) -> int:
    made = not os.path.lexists(args.out)
    try:
        with folder_lock(args.out):  # a second `quiz generate` on this folder waits, then refuses
            return _run(args)
    finally:
        if made:
            _remove_if_unused(Path(args.out))


def _remove_if_unused(folder: Path) -> None:
    """Remove the --out folder this run made where it holds nothing but the lock: a run that wrote
    no set (a mistyped source) leaves no empty folder behind."""
    with contextlib.suppress(OSError):
        if [entry.name for entry in folder.iterdir()] in ([], [LOCK_NAME]):
            (folder / LOCK_NAME).unlink(missing_ok=True)
            folder.rmdir()


def _run(args) -> int:
    out = Path(args.out)
    jobs, problems = collect(args.sources_in, out)
    for problem in problems:
        print(printable(str(problem)), file=sys.stderr)
    summary = Summary(failures=len(problems))
    show = sys.stderr.isatty() and len(jobs) >= PROGRESS_FROM
    for index, job in enumerate(jobs, start=1):
        try:
            _one(job, args, summary)
        except ProblemError as error:
            if show:
                sys.stderr.write("\r")
            print(printable(str(error.problem)), file=sys.stderr)
            summary.failures += 1
        except OSError as error:
            print(printable(f"{job.out}:1:1: error: cannot write the set: {error.strerror or error}"),
                  file=sys.stderr)
            summary.failures += 1
        if show:
            _progress(index, len(jobs))
    _sources_hint(jobs, summary)
    for note in summary.notes:
        print(printable(note))
    merged = summary.merged
    print(f"{summary.sets} set{'s' if summary.sets != 1 else ''}, {summary.questions} questions "
          f"({merged.added} new, {merged.refreshed} regenerated, {merged.kept_edited} kept as edited, "
          f"{merged.kept_hand} added by hand, {merged.removed} removed as their sentence is gone)"
          + (f"; {summary.failures} failed" if summary.failures else ""))
    return 1 if summary.failures else 0
