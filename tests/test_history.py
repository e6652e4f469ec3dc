"""The answer history: what is written, what is read back, and what happens when the file is bad."""

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import platformdirs
import pytest

from quiz import history as history_module
from quiz.history import History, Score, SetScores, default_path, set_key


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("QUIZ_DATA_DIR", str(folder))
    return folder


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _play(history: History, key: str, title: str, results: list[bool], *, finish=True, retry=False) -> int:
    attempt = history.start_attempt(key, title, retry=retry)
    for n, correct in enumerate(results, 1):
        history.record(attempt, f"q{n}", "right" if correct else "wrong", correct, 1.0 + n,
                       ["number"] if n % 2 else ["quote", "date"], prompt=f"Prompt {n}?")
    if finish:
        history.finish_attempt(attempt)
    return attempt


def test_an_answer_is_written_with_everything_the_stats_need(data_dir):
    history = History.open()
    attempt = history.start_attempt("sets/a.yaml", "Set A")
    history.record(attempt, "q7", "About 2,500", False, 3.25, ["number", "date", "number"], prompt="How many?")
    history.close()
    assert history.warning is None and history.persistent
    [row] = _rows(data_dir / "history.sqlite3",
                  "SELECT attempt_id, set_key, set_title, question_id, prompt, choice, correct, seconds, answered "
                  "FROM answers")
    assert row[:8] == (attempt, "sets/a.yaml", "Set A", "q7", "How many?", "About 2,500", 0, 3.25)
    assert datetime.fromisoformat(row[8]).utcoffset() == timedelta(0)  # UTC, ISO 8601
    tags = _rows(data_dir / "history.sqlite3", "SELECT tag FROM answer_tags ORDER BY tag")
    assert tags == [("date",), ("number",)]  # a repeated tag counts once
    assert _rows(data_dir / "history.sqlite3", "PRAGMA journal_mode") == [("wal",)]
    assert _rows(data_dir / "history.sqlite3", "PRAGMA user_version") == [(history_module.SCHEMA_VERSION,)]


def test_answers_survive_reopening(data_dir):
    first = History.open()
    _play(first, "k", "T", [True, False, True])
    first.close()
    again = History.open()
    assert again.scores("k") == SetScores(last=Score(2, 3), best=Score(2, 3))
    assert again.stats().answers == 3


def test_last_and_best_count_only_finished_quizzes_not_retries(data_dir):
    history = History.open()
    assert history.scores("k") == SetScores(None, None)
    _play(history, "k", "T", [True, True, False, False])    # 2/4
    _play(history, "k", "T", [True, True, True, False])     # 3/4 best
    _play(history, "k", "T", [True, False, False, False])   # 1/4 last
    _play(history, "k", "T", [True], finish=False)          # left halfway: no score
    _play(history, "k", "T", [True, True], retry=True)      # retry of missed: no score
    _play(history, "other", "O", [False])
    assert history.scores("k") == SetScores(last=Score(1, 4), best=Score(3, 4))
    assert history.all_scores()["other"] == SetScores(Score(0, 1), Score(0, 1))
    assert str(Score(3, 4)) == "3/4" and Score(3, 4).fraction == 0.75
    assert history.warning is None


def test_a_quiz_mixing_sets_records_each_answer_under_its_own_set(data_dir):
    history = History.open()
    attempt = history.start_attempt()
    history.record(attempt, "q1", "a", True, 1, set_key="a.yaml", set_title="A")
    history.record(attempt, "q1", "b", False, 1, set_key="b.yaml", set_title="B")
    history.finish_attempt(attempt)
    assert history.scores("a.yaml").last == Score(1, 1)
    assert history.scores("b.yaml").last == Score(0, 1)
    assert [(t.key, t.quizzes, t.answers) for t in history.stats().sets] == [("a.yaml", 1, 1), ("b.yaml", 1, 1)]


def test_stats_per_set_per_tag_and_most_missed(data_dir):
    history = History.open()
    _play(history, "a", "Old title", [True, False, False])
    _play(history, "a", "Set A", [False, False, True])
    _play(history, "b", "Set B", [True])
    stats = history.stats(most_missed=2)
    assert [(t.key, t.title, t.quizzes, t.answers, t.correct) for t in stats.sets] == [
        ("a", "Set A", 2, 6, 2), ("b", "Set B", 1, 1, 1)]  # the latest title is shown
    # q1, q3 are tagged number; q2 quote+date
    assert {t.key: (t.quizzes, t.answers, t.correct) for t in stats.tags} == {
        "number": (3, 5, 3), "quote": (2, 2, 0), "date": (2, 2, 0)}
    assert [(m.set_key, m.question_id, m.misses, m.answers, m.prompt) for m in stats.missed] == [
        ("a", "q2", 2, 2, "Prompt 2?"), ("a", "q1", 1, 2, "Prompt 1?")]
    assert stats.answers == 7 and stats.correct == 3
    assert stats.tags[0].accuracy == pytest.approx(0.6)


def test_quiz_data_dir_is_honoured_and_created(tmp_path, monkeypatch):
    folder = tmp_path / "deep" / "er"
    monkeypatch.setenv("QUIZ_DATA_DIR", str(folder))
    assert default_path() == folder / "history.sqlite3"
    History.open().close()
    assert (folder / "history.sqlite3").is_file()


def test_without_quiz_data_dir_the_platform_user_data_folder_is_used(monkeypatch):
    monkeypatch.delenv("QUIZ_DATA_DIR", raising=False)
    assert default_path() == Path(platformdirs.user_data_dir("factquiz")) / "history.sqlite3"


def test_set_key_is_the_same_for_any_spelling_of_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "questions").mkdir()
    assert set_key("questions/../questions/a.yaml") == set_key(tmp_path / "questions" / "a.yaml")


def test_a_corrupt_database_is_moved_aside_never_deleted(data_dir):
    data_dir.mkdir()
    garbage = b"this is not a database, but someone's bytes" * 100
    (data_dir / "history.sqlite3").write_bytes(garbage)
    (data_dir / "history.sqlite3-wal").write_bytes(b"stale wal")
    history = History.open()
    warning = history.take_warning()
    assert warning and "moved to history.sqlite3.corrupt-" in warning
    assert history.take_warning() is None  # shown once
    [aside] = data_dir.glob("history.sqlite3.corrupt-*[0-9Z]")
    assert aside.read_bytes() == garbage
    assert Path(f"{aside}-wal").read_bytes() == b"stale wal"  # the WAL must not replay into the new file
    _play(history, "k", "T", [True])
    assert history.scores("k").last == Score(1, 1) and history.persistent and history.warning is None


def test_a_database_with_damaged_pages_is_moved_aside(data_dir):
    history = History.open()
    for n in range(300):
        _play(history, f"set{n}", "T" * 200, [True, False])
    history.close()
    path = data_dir / "history.sqlite3"
    _rows(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 6] = b"\xff" * (page * 4)  # scribble over b-tree pages, keep the header
    path.write_bytes(bytes(data))
    reopened = History.open()
    assert "damaged" in (reopened.warning or "")
    assert len(list(data_dir.glob("history.sqlite3.corrupt-*"))) == 1
    assert reopened.stats().answers == 0


def test_two_corrupt_files_in_the_same_second_keep_both(data_dir, monkeypatch):
    data_dir.mkdir()
    for n in range(2):
        (data_dir / "history.sqlite3").write_bytes(b"junk %d" % n * 200)
        History.open().close()
    asides = sorted(p.read_bytes()[:6] for p in data_dir.glob("history.sqlite3.corrupt-*"))
    assert asides == [b"junk 0", b"junk 1"]


def test_an_unusable_folder_keeps_the_quiz_going_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QUIZ_DATA_DIR", str(blocker / "data"))
    history = History.open()
    assert not history.persistent
    assert "cannot be used" in history.take_warning() and "QUIZ_DATA_DIR" in str(history_module.ENV_VAR)
    _play(history, "k", "T", [True, False])
    assert history.scores("k").last == Score(1, 2)  # this session still has its scores
    assert history.warning is None
    assert blocker.read_text() == "not a folder"


def test_a_failed_write_warns_once_and_never_raises(data_dir):
    history = History.open()
    attempt = history.start_attempt("k", "T")
    other = sqlite3.connect(data_dir / "history.sqlite3")
    other.execute("DROP TABLE answer_tags")  # the file changes under the app's feet
    other.commit()
    other.close()
    history.record(attempt, "q1", "a", True, 1.0, ["number"])
    warning = history.take_warning()
    assert warning and "Could not save" in warning
    history.record(attempt, "q2", "a", True, 1.0, ["number"])
    history.finish_attempt(attempt)
    assert history.take_warning() is None  # the person is told once, not at every answer


def test_a_database_from_a_newer_version_is_left_alone(data_dir):
    data_dir.mkdir()
    path = data_dir / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = path.read_bytes()
    history = History.open()
    assert "newer version" in history.take_warning() and not history.persistent
    assert path.read_bytes() == before and not list(data_dir.glob("*.corrupt-*"))


def test_answers_from_many_threads_are_all_kept(data_dir):
    history = History.open()
    attempt = history.start_attempt("k", "T")

    def answer(worker: int) -> None:
        for n in range(25):
            history.record(attempt, f"w{worker}q{n}", "x", n % 2 == 0, 0.5, ["t"])

    threads = [threading.Thread(target=answer, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert history.warning is None
    assert history.stats().answers == 200
    assert _rows(data_dir / "history.sqlite3", "SELECT COUNT(*) FROM answer_tags") == [(200,)]


def test_an_answer_without_a_written_attempt_is_still_kept(data_dir):
    history = History.open()
    history.record(0, "q1", "x", True, -3, set_key="k", set_title="T")  # negative time from a clock jump
    assert history.warning is None
    assert _rows(data_dir / "history.sqlite3", "SELECT attempt_id, seconds FROM answers") == [(None, 0.0)]
