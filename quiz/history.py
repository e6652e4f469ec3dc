"""The answer history: every answer a person gives, kept in SQLite in the user data folder.

A quiz must never stop because of its history. History.open() never raises:
a corrupt database is moved aside (never deleted) and a new one started; a
folder that cannot be written runs the history in memory for this session.
Either way `warning` carries one message for the app to show once.
Writes are short WAL transactions, safe to call from a worker thread.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import platformdirs

from quiz.history_stats import Stats, read_stats

T = TypeVar("T")

ENV_VAR = "QUIZ_DATA_DIR"
FILE_NAME = "history.sqlite3"
SCHEMA_VERSION = 1  # PRAGMA user_version; raise it with a migration in _migrate()
BUSY_TIMEOUT_MS = 2000  # another `quiz` may be writing; wait a little, then give up quietly

# A database is corrupt (move it aside) only for these; "locked" or "read-only" is not corruption.
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    set_key TEXT,              -- NULL for a quiz mixing several sets
    set_title TEXT,
    retry INTEGER NOT NULL DEFAULT 0,   -- a retry of missed questions does not count for scores
    started TEXT NOT NULL,     -- UTC ISO 8601
    finished TEXT              -- NULL until finish_attempt(): unfinished attempts have no score
);
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER REFERENCES attempts(id),  -- NULL if the attempt could not be written
    set_key TEXT NOT NULL,
    set_title TEXT NOT NULL,
    question_id TEXT NOT NULL,
    prompt TEXT NOT NULL,
    choice TEXT NOT NULL,      -- the text of the choice made, as shown
    correct INTEGER NOT NULL,  -- 0 or 1
    seconds REAL NOT NULL,     -- time to answer
    answered TEXT NOT NULL     -- UTC ISO 8601
);
CREATE TABLE IF NOT EXISTS answer_tags (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (answer_id, tag)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS answers_by_set ON answers(set_key, attempt_id);
CREATE INDEX IF NOT EXISTS answer_tags_by_tag ON answer_tags(tag);
"""


@dataclass(frozen=True)
class Score:
    correct: int
    total: int

    @property
    def fraction(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.correct}/{self.total}"


@dataclass(frozen=True)
class SetScores:
    """A set's score in its latest finished attempt and its best one (None: never finished)."""

    last: Score | None
    best: Score | None


def data_dir() -> Path:
    """QUIZ_DATA_DIR if set, else the platform's user data folder for factquiz."""
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(platformdirs.user_data_dir("factquiz"))


def default_path() -> Path:
    return data_dir() / FILE_NAME


def set_key(path: str | os.PathLike[str]) -> str:
    """The stable key of a set file: its absolute path, so the same file keeps its history."""
    return Path(path).resolve().as_posix()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _is_corrupt(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _CORRUPT_CODES


class _Corrupt(Exception):
    """The file is not a sound history database."""


class _NewerSchema(Exception):
    """Written by a newer factquiz: leave the file alone, do not treat it as corrupt."""


_HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite opens it: closing a connection on such a
    file would delete its -wal file, and a corrupt file is moved aside whole, never changed."""
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as file:
            if file.read(len(_HEADER)) != _HEADER:
                raise _Corrupt("not an SQLite database")


def _connect(target: str) -> sqlite3.Connection:
    # One connection shared by threads under History._lock; autocommit, explicit transactions.
    connection = sqlite3.connect(target, check_same_thread=False, isolation_level=None,
                                 timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check = connection.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise _Corrupt(check[0] if check else "no answer from quick_check")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # before anything writes: leave a newer file as it is
            raise _NewerSchema(version)
        # WAL + NORMAL: a kill -9 loses at most the last answer, never the file.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        _migrate(connection, version)
    except BaseException:
        connection.close()
        raise
    return connection


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    """Bring the schema from `version` to SCHEMA_VERSION (0: a new file)."""
    if version == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        # One by one, not executescript(): that would COMMIT outside this transaction.
        for statement in _SCHEMA.split(";"):  # no ";" inside the statements or their comments
            if statement.strip():
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _move_aside(path: Path) -> Path:
    """Rename a corrupt database (and its -wal/-shm files) to <name>.corrupt-<UTC time>."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():  # two in the same second: never overwrite an earlier one
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    # The -wal file must go too: a stale WAL replayed into a new database would corrupt it.
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


class History:
    """The answer history. Build it with History.open(); every method is safe to call from any thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None, warning: str | None) -> None:
        self._connection = connection
        self._lock = threading.Lock()
        self._write_failed = False
        self.path = path  # None when the history is kept in memory only
        self.warning = warning  # one message for the person; see take_warning()

    @property
    def persistent(self) -> bool:
        """False when answers are kept in memory only, for this session."""
        return self.path is not None

    @classmethod
    def open(cls, path: Path | None = None) -> History:
        """Open (or create) the history at path (default: default_path()). Never raises."""
        path = Path(path) if path is not None else default_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _check_header(path)
            return cls(_connect(str(path)), path, None)
        except _NewerSchema as error:
            return cls._in_memory(f"The answer history {path} was written by a newer version of "
                                  f"factquiz (schema {error.args[0]}); it is left as it is and answers "
                                  "are not saved this time. Update factquiz to keep your history.")
        except _Corrupt as error:
            return cls._start_over(path, error)
        except sqlite3.DatabaseError as error:
            if _is_corrupt(error):
                return cls._start_over(path, error)
            return cls._unusable(path, error)  # locked, read-only, cannot open: not the file's fault
        except Exception as error:  # noqa: BLE001 - OSError and anything else: the quiz goes on
            return cls._unusable(path, error)

    @classmethod
    def _start_over(cls, path: Path, error: Exception) -> History:
        try:
            aside = _move_aside(path)
            history = cls(_connect(str(path)), path, None)  # a new, empty file
        except Exception as second:  # noqa: BLE001 - still never stop the quiz
            return cls._in_memory(f"The answer history {path} is damaged ({error}) and could not be "
                                  f"moved aside ({second}); answers are not saved this time.")
        history.warning = (f"The answer history {path} was damaged ({error}). It was moved to "
                           f"{aside.name} next to it, and a new history was started.")
        return history

    @classmethod
    def _unusable(cls, path: Path, error: Exception) -> History:
        return cls._in_memory(f"The answer history {path} cannot be used ({error}); answers are not "
                              f"saved this time. Set {ENV_VAR} to a folder you can write to keep them.")

    @classmethod
    def _in_memory(cls, warning: str) -> History:
        return cls(_connect(":memory:"), None, warning)

    def take_warning(self) -> str | None:
        """The pending warning, once: later calls return None until something else goes wrong."""
        with self._lock:
            warning, self.warning = self.warning, None
        return warning

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T | None:
        """Run work in one short transaction; its result, or None after a failure (warned once)."""
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                try:
                    result = work(self._connection)
                    self._connection.execute("COMMIT")
                except BaseException:
                    if self._connection.in_transaction:
                        self._connection.execute("ROLLBACK")
                    raise
                return result
            except Exception as error:  # noqa: BLE001 - the history must never stop a quiz
                if not self._write_failed:  # say it once, then let the quiz go on
                    self._write_failed = True
                    self.warning = (f"Could not save to the answer history ({error}); "
                                    "the quiz goes on, but some answers may not be kept.")
                return None

    def start_attempt(self, set_key: str | None = None, set_title: str | None = None, *,
                      retry: bool = False) -> int:
        """Begin one quiz; pass set_key/set_title when all its questions come from one set.

        A retry of missed questions (retry=True) is recorded but not scored.
        Returns the attempt id (0 if it could not be written; record() still goes on).
        """
        def work(connection: sqlite3.Connection) -> int:
            return connection.execute(
                "INSERT INTO attempts (set_key, set_title, retry, started) VALUES (?, ?, ?, ?)",
                (set_key, set_title, int(retry), _now())).lastrowid or 0

        return self._write(work) or 0

    def record(self, attempt_id: int, question_id: str, choice: str, correct: bool, seconds: float,
               tags: Iterable[str] = (), *, prompt: str = "", set_key: str | None = None,
               set_title: str | None = None) -> None:
        """Save one answer. Never raises; set_key/set_title default to the attempt's."""
        def work(connection: sqlite3.Connection) -> None:
            key, title = set_key, set_title
            if key is None or title is None:
                row = connection.execute("SELECT set_key, set_title FROM attempts WHERE id = ?",
                                         (attempt_id,)).fetchone() or (None, None)
                key = key if key is not None else (row[0] or "")
                title = title if title is not None else (row[1] or key)
            answer_id = connection.execute(
                "INSERT INTO answers (attempt_id, set_key, set_title, question_id, prompt, choice, "
                "correct, seconds, answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt_id or None, key, title, str(question_id), str(prompt), str(choice),
                 int(bool(correct)), max(0.0, float(seconds)), _now())).lastrowid
            unique_tags = dict.fromkeys(str(tag) for tag in tags)
            connection.executemany("INSERT INTO answer_tags (answer_id, tag) VALUES (?, ?)",
                                   [(answer_id, tag) for tag in unique_tags])

        self._write(work)

    def finish_attempt(self, attempt_id: int) -> None:
        """Mark a quiz as played to the end: only finished attempts give last and best scores."""
        if attempt_id:
            self._write(lambda connection: connection.execute(
                "UPDATE attempts SET finished = ? WHERE id = ?", (_now(), attempt_id)))

    def scores(self, set_key: str) -> SetScores:
        """Last and best score for one set."""
        return self.all_scores().get(set_key, SetScores(None, None))

    def all_scores(self) -> dict[str, SetScores]:
        """Last and best score of every set, in one query (for the list of sets)."""
        sql = """SELECT a.set_key, SUM(a.correct), COUNT(*), t.finished, t.id
                 FROM answers a JOIN attempts t ON t.id = a.attempt_id
                 WHERE t.finished IS NOT NULL AND t.retry = 0
                 GROUP BY a.set_key, t.id ORDER BY t.finished, t.id"""
        result: dict[str, SetScores] = {}
        for key, correct, total, _finished, _id in self._read(sql):
            score = Score(int(correct), int(total))
            best = result[key].best if key in result else None
            if best is None or (score.fraction, score.correct) > (best.fraction, best.correct):
                best = score
            result[key] = SetScores(last=score, best=best)
        return result

    def stats(self, most_missed: int = 10) -> Stats:
        """Everything `quiz stats` shows: per set, per tag, and the questions missed most often."""
        with self._lock:
            try:
                return read_stats(self._connection, most_missed)
            except sqlite3.Error as error:
                self.warning = self.warning or f"Could not read the answer history ({error})."
                return Stats([], [], [])

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._connection.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                self.warning = self.warning or f"Could not read the answer history ({error})."
                return []

    def close(self) -> None:
        with self._lock:
            try:
                self._connection.close()
            except sqlite3.Error:
                pass

