"""Bounded reads of outside input (SEC-08): the ONE way the product reads a file it did not write
itself in this session (imports, cards, trust bundles, protocols, backups, files in the data folder).

`read_bounded(path, limit)` opens without blocking (a FIFO with no writer cannot hang the app),
refuses anything that is not a regular file (devices such as /dev/zero, FIFOs, sockets,
directories) by looking at the OPENED file, never at `st_size` of the name, and reads at most
`limit + 1` bytes, so a file that grows while it is read still cannot use more memory than that.
Errors are `OSError`s with a plain `strerror` that names no path and no content."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1024 * 1024


class UnsafeInputError(OSError):
    """A file that is refused before (or while) reading it: not a regular file, or too large."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(code, message)


class NotRegularFileError(UnsafeInputError):
    def __init__(self) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a device, pipe or folder cannot be read)")


class InputTooLargeError(UnsafeInputError):
    def __init__(self, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {_size(limit)}")


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MB"
    if limit >= 1024:
        return f"{limit / 1024:g} KB"
    return f"{limit} bytes"


@contextmanager
def open_regular(path: Path) -> Iterator[BinaryIO]:
    """Open `path` for reading only if it is a regular file (checked on the opened descriptor).

    O_NONBLOCK keeps open() of a FIFO from waiting for a writer; it is switched off again for a
    regular file (where it has no effect on Linux anyway). O_NOFOLLOW is not used: a symbolic
    link to a regular file is an ordinary thing for a user to choose."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFileError()
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        stream = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with stream:
        yield stream


def read_bounded(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of the regular file at `path`; InputTooLargeError when it holds more."""
    if limit < 0:
        raise ValueError("limit must not be negative")
    with open_regular(Path(path)) as stream:
        parts: list[bytes] = []
        wanted = limit + 1
        while wanted > 0:
            chunk = stream.read(min(_CHUNK, wanted))
            if not chunk:
                break
            parts.append(chunk)
            wanted -= len(chunk)
    data = b"".join(parts)
    if len(data) > limit:
        raise InputTooLargeError(limit)
    return data


def regular_file_size(path: Path) -> int:
    """The size of the regular file at `path` (NotRegularFileError for anything else)."""
    with open_regular(Path(path)) as stream:
        return os.fstat(stream.fileno()).st_size
