"""kill -9 at random moments while sets are written: every file is the old one or the new, whole.

A child process writes sets (write_question_set in a loop, then a real `quiz generate` over a
folder of sources); the test kills it at seeded random moments and checks every file. The
answer history's own kill -9 test is tests/test_history_crash.py.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.model import MULTIPLE_CHOICE, Citation, Question, QuestionSet, SourceRef
from quiz.storage import dump_question_set, find_set_files, load_question_set

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
FILES = 6


def big_set(version: str, questions: int = 300) -> QuestionSet:
    """A set of about 110 KB, so that a write takes long enough to be caught in the middle."""
    return QuestionSet(title=f"Version {version}", source=SourceRef("a.txt"), questions=[
        Question(id=f"q{i}", kind=MULTIPLE_CHOICE, prompt=f"Version {version}: which of these, number {i}?",
                 choices=[f"{version} one", f"{version} two", "three"], answer=f"{version} two",
                 explanation="Because the article says so. " * 3, citation=Citation(1, "A sentence."))
        for i in range(questions)])


# Writes version B and A over the same files, round after round, as fast as it can. The YAML
# text of each version is made once (dumping is slow and harmless to interrupt), so that the
# kills land in what matters: write_question_set's writing, syncing and renaming.
WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from test_crash_writes import FILES, big_set
from quiz import yamlwrite
from quiz.storage import write_question_set

dump, made = yamlwrite.dump_question_set, {}

def dump_once(question_set, path):
    key = (id(question_set), str(Path(path).parent))  # the text depends on the folder only
    if key not in made:
        made[key] = dump(question_set, path)
    return made[key]

yamlwrite.dump_question_set = dump_once
folder = Path(sys.argv[1])
sets = [big_set("A"), big_set("B")]
for question_set in sets:
    for i in range(FILES):
        dump_once(question_set, folder / f"set{i}.yaml")
print("ready", flush=True)
n = 1
while True:
    for i in range(FILES):
        write_question_set(folder / f"set{i}.yaml", sets[n % 2])
    n += 1
"""


def _kill_at(command: list[str], delay: float, cwd: Path | None = None, wait_for_line: bool = False) -> None:
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV,
                             cwd=cwd)
    if wait_for_line:
        assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)


def test_kill_9_during_set_writes_leaves_each_file_old_or_new(tmp_path):
    old, new = (dump_question_set(big_set(v), tmp_path / "set0.yaml").encode("utf-8") for v in "AB")
    for i in range(FILES):
        (tmp_path / f"set{i}.yaml").write_bytes(old)
    chance = random.Random(9)  # fixed: the same kill moments on every run
    seen = set()
    for _round in range(8):
        _kill_at([sys.executable, "-c", WRITER, str(tmp_path), str(Path(__file__).parent)],
                 chance.uniform(0.05, 0.6), wait_for_line=True)
        for i in range(FILES):
            data = (tmp_path / f"set{i}.yaml").read_bytes()
            assert data in (old, new), f"set{i}.yaml is neither version: {len(data)} bytes"
            seen.add(data)
    assert seen == {old, new}  # the writer did get to work between kills
    # what a kill can leave is a hidden temporary file, which no command reads as a set
    assert [p.name for p in find_set_files([str(tmp_path)])] == [f"set{i}.yaml" for i in range(FILES)]


def _article(number: int, version: int) -> str:
    rng = random.Random(number)
    names = ["Smith", "Jones", "Patel", "Garcia", "Okafor", "Chen"]
    lines = [f"date 2024-03-1{number % 9} Council report {number}\n\n"]
    for j in range(10):
        name = rng.choice(names)
        lines.append(f"Mr. {name}, the chief executive of Acme {j}, said sales rose {rng.randint(2, 40)}.5% "
                     f"to ${rng.randint(2, 90) + version}bn in {2000 + j}. “We know what we did,” {name} told "
                     f"reporters on Monday. About {rng.randint(2, 9)},000 people attended, police said.\n")
    return "".join(lines)


def _project(folder: Path, version: int, sources: int) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for number in range(sources):
        (seeds / f"article {number:02d}.txt").write_text(_article(number, version), encoding="utf-8")
    return folder


def _generate(folder: Path) -> list[str]:
    return [sys.executable, "-m", "quiz", "generate", "seeds", "--out", "questions"]


def test_kill_9_during_quiz_generate_leaves_each_set_old_or_new(tmp_path):
    sources = 40
    # the old state: sets generated from version 1 of the articles
    base = _project(tmp_path / "base" / "p", 1, sources)
    subprocess.run(_generate(base), cwd=base, env=ENV, check=True, capture_output=True, timeout=300)
    # the new state: version 2 of the articles, regenerated (merged) to the end
    expected = tmp_path / "expected" / "p"
    shutil.copytree(base, expected)
    _project(expected, 2, sources)
    started = time.monotonic()
    subprocess.run(_generate(expected), cwd=expected, env=ENV, check=True, capture_output=True, timeout=300)
    full_run = time.monotonic() - started
    names = sorted(p.name for p in (base / "questions").glob("*.yaml"))
    assert len(names) == sources
    old = {name: (base / "questions" / name).read_bytes() for name in names}
    new = {name: (expected / "questions" / name).read_bytes() for name in names}
    assert all(old[name] != new[name] for name in names)

    chance = random.Random(11)
    outcomes = set()
    for number in range(6):
        work = tmp_path / f"r{number}" / "p"
        shutil.copytree(base, work)
        _project(work, 2, sources)
        _kill_at(_generate(work), chance.uniform(0.1, 1.0) * full_run, cwd=work)
        for name in names:
            path = work / "questions" / name
            data = path.read_bytes()
            assert data in (old[name], new[name]), f"round {number}: {name} is neither old nor new"
            outcomes.add(data == new[name])
            question_set, problems = load_question_set(path)
            assert question_set is not None, problems
    print(f"full run {full_run:.2f}s; saw {'both old and new' if outcomes == {True, False} else outcomes}")
