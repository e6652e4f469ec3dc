"""An exclusive lock on a folder of question sets, and the sha256 of a file as it was read.

Two `quiz generate` runs on one output folder, or a set saved by the app while
it is being regenerated, must not lose each other's writes. Writers of sets
take `folder_lock(folder)`; a writer that read a file before deciding what to
write passes the file's sha256 as it read it to
quiz.yamlwrite.write_question_set(expected_sha256=...), which refuses if the
file changed meanwhile (compare-and-swap).

The lock is an OS lock (flock on POSIX, msvcrt.locking on Windows) on a small
hidden file in the folder: the OS drops it when the process dies, even by
kill -9, so a crash never leaves a stale lock behind. The file itself stays
(deleting it would race with a process about to lock it); it is hidden, and
`quiz check` and `quiz play` skip hidden files. Within one process the lock
is re-entrant for the thread that holds it and exclusive between threads.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quiz.problems import Problem, ProblemError

LOCK_NAME = ".quiz.lock"
WAIT = 5.0  # seconds a second writer waits before giving up with a message
_POLL = 0.05
ABSENT = ""  # the "sha256" of a file that does not exist: expect a new file not to be there yet

try:  # POSIX
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

except ImportError:  # Windows
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)


@dataclass
class _Held:
    """The lock of one folder within this process: threads queue on `thread_lock`."""

    thread_lock: threading.RLock = field(default_factory=threading.RLock)
    descriptor: int = -1
    depth: int = 0


_GUARD = threading.Lock()
_HELD: dict[str, _Held] = {}


def file_sha256(path: str | Path) -> str:
    """The hex sha256 of a file's bytes; ABSENT if there is no such file."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return ABSENT


def _running(pid: int) -> bool:
    """Whether another process with this id is running now (POSIX; elsewhere unknown, so False)."""
    if pid <= 0 or pid == os.getpid() or os.name != "posix":  # (os.kill on Windows would end it)
        return False
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, only whether the process exists is checked
    except PermissionError:  # it exists, run by another user
        return True
    except (OSError, OverflowError):
        return False
    return True


def _busy(folder: Path, lock_file: Path, wait: float) -> ProblemError:
    # The file names the last process that took the lock: the holder, unless the holder has not
    # written its id yet, so a process no longer running (or this one) is not named.
    holder = ""
    with contextlib.suppress(OSError, ValueError):
        pid = int(lock_file.read_text(encoding="ascii").strip() or "0")
        holder = f" (process {pid})" if _running(pid) else ""
    return ProblemError(Problem(
        str(folder), 1, 1,
        f"another quiz{holder} is writing question sets in this folder, and it did not finish within "
        f"{wait:g} seconds; wait for it to finish, then run again (nothing was written)"))


def _open_lock_file(lock_file: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(lock_file, flags, 0o666)
    except OSError as error:  # e.g. a symbolic link planted as the lock file (O_NOFOLLOW)
        raise ProblemError(Problem(str(lock_file), 1, 1, f"cannot open the lock file: "
                                                         f"{error.strerror or error}; remove it")) from None


def _acquire_os_lock(held: _Held, folder: Path, deadline: float, wait: float) -> None:
    lock_file = folder / LOCK_NAME
    descriptor = _open_lock_file(lock_file)
    while not _try_lock(descriptor):
        if time.monotonic() >= deadline:
            os.close(descriptor)
            raise _busy(folder, lock_file, wait)
        time.sleep(_POLL)
    with contextlib.suppress(OSError):  # who holds it, for the message another writer shows
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, str(os.getpid()).encode("ascii"))
    held.descriptor = descriptor


@contextlib.contextmanager
def folder_lock(folder: str | Path, wait: float | None = None) -> Iterator[Path]:
    """Hold the exclusive writers' lock of `folder` (created if missing) for the `with` block.

    Waits up to `wait` seconds (default WAIT) for another holder, then raises ProblemError
    (located at the folder) saying another quiz is writing there and to run again when it has finished.
    """
    wait = WAIT if wait is None else wait
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a file where the folder should be, or on the way to it; no permission
        reason = "this is a file, not a folder" if folder.is_file() else error.strerror or str(error)
        raise ProblemError(Problem(str(folder), 1, 1, f"cannot write here: {reason}; "
                                                      "choose a folder, or a path where one can be made")) from None
    key = os.path.realpath(folder)
    deadline = time.monotonic() + wait
    with _GUARD:
        held = _HELD.setdefault(key, _Held())
    if not held.thread_lock.acquire(timeout=max(wait, 0.0)):
        raise _busy(folder, folder / LOCK_NAME, wait)
    try:
        if held.depth == 0:
            _acquire_os_lock(held, folder, deadline, wait)
        held.depth += 1
    except BaseException:
        held.thread_lock.release()
        raise
    try:
        yield folder
    finally:
        held.depth -= 1
        if held.depth == 0:
            descriptor, held.descriptor = held.descriptor, -1
            with contextlib.suppress(OSError):
                _unlock(descriptor)
            os.close(descriptor)
        held.thread_lock.release()
