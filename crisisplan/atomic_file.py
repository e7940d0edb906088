"""The ONE way the product writes a file atomically (EXP-01 and the store's own files).

A temp file in the destination folder (created exclusively, owner-only), written, fsynced, renamed
over the final name, then the folder fsynced: a reader sees the old file or the new one, never a
truncated or mixed file, and after a power cut the new name points at the complete new contents.
A failure at any step removes the temp file and leaves the old file as it was. Errors are OSErrors
(the store maps them onto "not saved"); nothing here logs or names file contents.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where the OS cannot do it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(path: Path, tag: str = "tmp") -> Path:
    return path.with_name(f".{path.name}.{tag}-{secrets.token_hex(6)}")


class AtomicWriter:
    """What `atomic_file` yields: write() bytes in as many pieces as you like."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def write(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]


@contextlib.contextmanager
def atomic_file(path: Path, mode: int = FILE_MODE, *, durable: bool = True) -> Iterator[AtomicWriter]:
    """Write `path` atomically: `with atomic_file(p) as out: out.write(...)`.

    With `durable=False` the fsyncs are left to the caller, who must call `sync_files` before relying
    on the files (bulk re-issue does, once per batch, before committing the batch's records)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp = temp_path_beside(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        try:
            yield AtomicWriter(fd)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_dir(folder)


def publish(temporary: Path, path: Path) -> None:
    """Give a complete file, written under a temporary name in `path`'s folder by code that can only
    write to a file name (Qt's PDF printer), its final name the same way: fsync, rename, fsync of
    the folder. The caller removes `temporary` if this fails."""
    fd = os.open(temporary, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    fsync_dir(Path(path).parent if str(Path(path).parent) else Path("."))


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    with atomic_file(path, durable=durable) as out:
        out.write(data)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def sync_files(paths: list[Path]) -> None:
    """Make files written with `durable=False` (and their folders' entries) durable: one sync of the
    file systems where the platform has it, else an fsync of each file and its folder."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:  # pragma: no cover - Windows
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
