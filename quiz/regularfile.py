"""Opening a file a person named for reading: a regular file only, never waiting on a pipe.

A named pipe (FIFO) opened for reading waits until something writes to it, and a device
such as /dev/urandom never ends: either would hang `quiz check` or the app for good.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO


class NotRegularFile(OSError):
    """The path is a pipe, a device or a socket, not a file to read."""


NOT_REGULAR = "is not a regular file (a pipe, a device or a socket)"


def open_regular(path: str, pipe_ok: bool = False) -> BinaryIO:
    """The file opened for binary reading. OSError as open() raises it (FileNotFoundError,
    IsADirectoryError, PermissionError …), and NotRegularFile for a pipe, device or socket
    unless `pipe_ok` (a file a person named on the command line, as `<(…)` names a pipe)."""
    if not pipe_ok:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", path)
        if not stat.S_ISREG(mode):
            raise NotRegularFile(errno.EINVAL, NOT_REGULAR, path)
    return open(path, "rb")


def file_kind_problem(path: str | os.PathLike) -> str | None:
    """Why `path` is no file to read ('does not exist', 'is a folder' …), or None for a regular file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "does not exist"
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    return None if stat.S_ISREG(mode) else NOT_REGULAR
