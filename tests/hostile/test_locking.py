"""No lost writes: the folder lock between writers, and the compare-and-swap write of a set.

Real processes and threads, as two `quiz generate` runs or the app and a regeneration would be.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from quiz import locking
from quiz.locking import ABSENT, LOCK_NAME, file_sha256, folder_lock
from quiz.model import MULTIPLE_CHOICE, Citation, Question, QuestionSet, SourceRef
from quiz.problems import ProblemError
from quiz.storage import load_question_set, write_question_set

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def a_set(*ids: str) -> QuestionSet:
    questions = [Question(id=i, kind=MULTIPLE_CHOICE, prompt=f"Which {i}?", choices=["a", "b"], answer="a",
                          explanation="Because.", citation=Citation(1, "A sentence.")) for i in ids]
    return QuestionSet(title="T", source=SourceRef("a.txt"), questions=questions)


# Holds the lock of a folder until its stdin closes; says "locked" once it has it.
HOLDER = """
import sys
from quiz.locking import folder_lock
with folder_lock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def holder(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=ENV)
    assert child.stdout.readline().strip() == "locked"
    yield child
    child.stdin.close()
    child.wait(timeout=30)


def test_a_second_writer_waits_then_refuses_with_what_to_do(tmp_path, holder):
    with pytest.raises(ProblemError) as caught:
        with folder_lock(tmp_path, wait=0.3):
            pytest.fail("took a lock another process holds")
    problem = caught.value.problem
    assert (problem.path, problem.line, problem.column) == (str(tmp_path), 1, 1)
    assert f"another quiz (process {holder.pid}) is writing" in problem.message
    assert "run again" in problem.message


def test_a_process_id_left_by_an_ended_writer_is_not_named(tmp_path, holder):
    # The holder has taken the lock but its id in the file is an earlier writer's, long ended
    # (as when a holder is stopped before it writes its id): that process is not named.
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait(timeout=30)
    (tmp_path / LOCK_NAME).write_text(str(ended.pid), encoding="ascii")
    with pytest.raises(ProblemError) as caught:
        with folder_lock(tmp_path, wait=0.1):
            pytest.fail("took a lock another process holds")
    message = caught.value.problem.message
    assert message.startswith("another quiz is writing question sets in this folder")
    assert "process" not in message


def test_a_thread_of_this_process_holding_the_lock_is_not_named_as_another_process(tmp_path):
    taken, release = threading.Event(), threading.Event()

    def hold():
        with folder_lock(tmp_path):
            taken.set()
            release.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert taken.wait(30)
        with pytest.raises(ProblemError) as caught:
            with folder_lock(tmp_path, wait=0.1):
                pytest.fail("took a lock another thread holds")
        assert "process" not in caught.value.problem.message
    finally:
        release.set()
        thread.join()


def test_the_lock_is_free_once_the_holder_ends(tmp_path, holder):
    holder.stdin.close()
    holder.wait(timeout=30)
    with folder_lock(tmp_path, wait=5):
        pass


def test_a_killed_holder_leaves_no_stale_lock(tmp_path, holder):
    holder.kill()  # SIGKILL: no clean-up code runs
    holder.wait(timeout=30)
    with folder_lock(tmp_path, wait=5):
        assert (tmp_path / LOCK_NAME).read_text(encoding="ascii") == str(os.getpid())


def test_a_waiting_writer_gets_the_lock_when_it_is_released(tmp_path, holder):
    threading.Timer(0.3, holder.stdin.close).start()
    with folder_lock(tmp_path, wait=20):
        pass


def test_threads_exclude_each_other_and_one_thread_may_nest(tmp_path):
    inside = []
    overlaps = []

    def work():
        for _ in range(20):
            with folder_lock(tmp_path, wait=30):
                with folder_lock(tmp_path, wait=0):  # the holder may take it again at once
                    inside.append(1)
                    if len(inside) > 1:
                        overlaps.append(1)
                    time.sleep(0.001)
                    inside.pop()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == []


def test_a_planted_symlink_as_the_lock_file_is_not_followed(tmp_path):
    target = tmp_path / "victim.txt"
    target.write_text("keep me", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / LOCK_NAME).symlink_to(target)
    with pytest.raises(ProblemError, match="cannot open the lock file"):
        with folder_lock(folder):
            pass
    assert target.read_text(encoding="utf-8") == "keep me"


# --- compare-and-swap writes --------------------------------------------------------------


def test_a_write_over_a_file_changed_since_it_was_read_is_refused(tmp_path):
    path = tmp_path / "set.yaml"
    write_question_set(path, a_set("q1"))
    read_as = file_sha256(path)
    write_question_set(path, a_set("q1", "by-hand"))  # someone saves meanwhile
    kept = path.read_bytes()
    with pytest.raises(ProblemError) as caught:
        write_question_set(path, a_set("q1", "regenerated"), expected_sha256=read_as)
    problem = caught.value.problem
    assert (problem.path, problem.line, problem.column) == (str(path), 1, 1)
    assert "changed since it was read" in problem.message and "run again" in problem.message
    assert path.read_bytes() == kept


def test_a_write_over_the_file_as_read_goes_ahead(tmp_path):
    path = tmp_path / "set.yaml"
    write_question_set(path, a_set("q1"))
    write_question_set(path, a_set("q1", "q2"), expected_sha256=file_sha256(path))
    assert [q.id for q in load_question_set(path)[0].questions] == ["q1", "q2"]


def test_a_new_file_is_not_written_over_one_made_meanwhile(tmp_path):
    path = tmp_path / "set.yaml"
    assert file_sha256(path) == ABSENT
    write_question_set(path, a_set("theirs"))
    with pytest.raises(ProblemError, match="changed since it was read"):
        write_question_set(path, a_set("mine"), expected_sha256=ABSENT)
    assert [q.id for q in load_question_set(path)[0].questions] == ["theirs"]


def test_a_deleted_file_is_a_change_too(tmp_path):
    path = tmp_path / "set.yaml"
    write_question_set(path, a_set("q1"))
    read_as = file_sha256(path)
    path.unlink()
    with pytest.raises(ProblemError):
        write_question_set(path, a_set("q1"), expected_sha256=read_as)
    assert not path.exists()


def test_the_check_and_the_write_happen_under_the_lock(tmp_path, holder, monkeypatch):
    monkeypatch.setattr(locking, "WAIT", 0.2)
    path = tmp_path / "set.yaml"
    write_question_set(path, a_set("q1"))
    with pytest.raises(ProblemError, match="another quiz"):
        write_question_set(path, a_set("q2"), expected_sha256=file_sha256(path))
    assert [q.id for q in load_question_set(path)[0].questions] == ["q1"]


# Adds its own questions to a shared set, one at a time: read, add, compare-and-swap write;
# on a refusal it reads again and retries, as a person told "run again" would.
ADDER = """
import sys
from quiz.locking import file_sha256
from quiz.model import Citation, Question
from quiz.problems import ProblemError
from quiz.storage import load_question_set, write_question_set

path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
refused = 0
for n in range(count):
    while True:
        read_as = file_sha256(path)
        question_set, problems = load_question_set(path)
        assert question_set is not None, problems
        question_set.questions.append(Question(id=f"{name}-{n}", kind="multiple_choice", prompt="Which?",
                                               choices=["a", "b"], answer="a", explanation="Because.",
                                               citation=Citation(1, "A sentence.")))
        try:
            write_question_set(path, question_set, expected_sha256=read_as)
            break
        except ProblemError:
            refused += 1
print(refused)
"""


def _race(path: Path, writers: int, count: int) -> list[int]:
    children = [subprocess.Popen([sys.executable, "-c", ADDER, str(path), f"w{i}", str(count)],
                                 stdout=subprocess.PIPE, text=True, env=ENV) for i in range(writers)]
    outputs = [child.communicate(timeout=300)[0] for child in children]
    assert all(child.returncode == 0 for child in children), outputs
    return [int(out) for out in outputs]


def test_concurrent_writers_lose_no_question(tmp_path):
    path = tmp_path / "set.yaml"
    write_question_set(path, a_set("start"))
    _race(path, writers=3, count=40)
    ids = [q.id for q in load_question_set(path)[0].questions]
    assert sorted(ids) == sorted(["start"] + [f"w{w}-{n}" for w in range(3) for n in range(40)])


def test_without_the_check_writes_are_lost(tmp_path):
    """The race above is real: the same writers with the check switched off lose questions.

    (The defence's own mutation test: it shows test_concurrent_writers_lose_no_question can fail.)
    """
    path = tmp_path / "set.yaml"
    write_question_set(path, a_set("start"))
    lost = 0
    for attempt in range(5):
        blind = ADDER.replace("expected_sha256=read_as", "expected_sha256=None")
        children = [subprocess.Popen([sys.executable, "-c", blind, str(path), f"a{attempt}w{i}", "40"],
                                     stdout=subprocess.PIPE, text=True, env=ENV) for i in range(3)]
        for child in children:
            child.communicate(timeout=300)
        total = len(load_question_set(path)[0].questions)
        lost = 1 + 120 * (attempt + 1) - total
        if lost:
            break
    assert lost > 0
