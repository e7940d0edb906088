"""Crash-safe swap of a restored store into the data folder.

A small journal lists the renames (live files aside, staged files in). It is written atomically
before the first rename; every step is idempotent, so a kill at any moment is rolled forward the
next time the folder is opened (`finish_pending_restore`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

from crisisplan.bounded import read_bounded
from crisisplan.i18n import QT_TRANSLATE_NOOP

from .errors import StoreError, mapped_errors
from .fsutil import atomic_write_bytes, fsync_dir
from .oslock import exclusive

JOURNAL_FILE = "restore-journal.json"
MAX_JOURNAL_BYTES = 64 * 1024
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_STAGING = re.compile(r"\.restore-[0-9a-f]{12}")
_ASIDE = "aside"
_IN = "in"


def restore_pending(data_dir: Path) -> bool:
    return (data_dir / JOURNAL_FILE).is_file()


def swap_in(data_dir: Path, staging: Path, stamp: str, db_name: str, slots_name: str) -> Path | None:
    """Move the live store aside (if any) and the staged one in. Returns the set-aside database."""
    moves: list[tuple[str, str, str]] = []
    aside_db: Path | None = None
    for name in (db_name, f"{db_name}-wal", slots_name):
        if (data_dir / name).exists():
            if name.endswith("-wal"):
                target = f"{db_name}.before-restore-{stamp}-wal"
            else:
                target = f"{name}.before-restore-{stamp}"
            moves.append((name, target, _ASIDE))
            if name == db_name:
                aside_db = data_dir / target
    rel = staging.name
    moves.append((f"{rel}/{db_name}", db_name, _IN))
    moves.append((f"{rel}/{slots_name}", slots_name, _IN))
    journal = {"version": 1, "staging": rel, "db": db_name, "moves": moves}
    atomic_write_bytes(data_dir / JOURNAL_FILE, json.dumps(journal).encode("utf-8"))
    _apply(data_dir, _checked(data_dir, journal))
    return aside_db


def finish_pending_restore(data_dir: Path) -> None:
    path = data_dir / JOURNAL_FILE
    if not path.is_file():
        return
    with exclusive(data_dir):
        if path.is_file():
            _finish(data_dir, path)


def _finish(data_dir: Path, path: Path) -> None:
    try:
        journal = json.loads(read_bounded(path, MAX_JOURNAL_BYTES).decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(QT_TRANSLATE_NOOP("store", "An interrupted restore could not be finished: its journal is "
                                                    "unreadable. Restore the backup again.")) from exc
    _apply(data_dir, _checked(data_dir, journal))


def _plain_name(value: object) -> str:
    """A single file name inside the data folder: no folders, no '..', nothing absolute (SEC-07)."""
    if (not isinstance(value, str) or not _NAME.fullmatch(value) or value in (".", "..")
            or value.startswith(".restore-")):
        raise ValueError("not a plain file name")
    return value


def _checked(data_dir: Path, journal: object) -> dict[str, object]:
    """The journal, if every path it names stays inside `data_dir`; StoreError otherwise.

    The journal is data written by `swap_in`, never instructions: its staging folder must look
    like one we make, each move is "<name> -> <name>.before-restore-..." or
    "<staging>/<name> -> <name>", and nothing may be a symbolic link out of the folder."""
    try:
        if not isinstance(journal, dict) or journal.get("version") != 1:
            raise ValueError("unknown journal")
        staging = journal.get("staging")
        if not isinstance(staging, str) or not _STAGING.fullmatch(staging):
            raise ValueError("bad staging folder")
        if (data_dir / staging).is_symlink():
            raise ValueError("staging folder is a link")
        db_name = _plain_name(journal.get("db"))
        moves = journal.get("moves")
        if not isinstance(moves, list):
            raise ValueError("bad moves")
        checked: list[tuple[str, str, str]] = []
        for move in moves:
            if not isinstance(move, list | tuple) or len(move) != 3:
                raise ValueError("bad move")
            src, dst, kind = move
            if kind == _ASIDE:
                src, dst = _plain_name(src), _plain_name(dst)
                if ".before-restore-" not in dst:
                    raise ValueError("bad aside name")
            elif kind == _IN:
                if not isinstance(src, str) or not src.startswith(f"{staging}/"):
                    raise ValueError("bad source")
                src = f"{staging}/{_plain_name(src[len(staging) + 1:])}"
                dst = _plain_name(dst)
            else:
                raise ValueError("bad kind")
            checked.append((src, dst, kind))
    except ValueError:
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "An interrupted restore could not be finished: its journal is damaged or "
                                       "names files outside the data folder, so nothing was changed. Ask your "
                                       "administrator; once {JOURNAL_FILE} is removed, restore the backup again.")
            .format(JOURNAL_FILE=JOURNAL_FILE)) from None
    return {"version": 1, "staging": staging, "db": db_name, "moves": checked}


def _apply(data_dir: Path, journal: dict[str, object]) -> None:
    moves = journal["moves"]
    db_name = str(journal["db"])
    assert isinstance(moves, list)
    with mapped_errors():
        for src, dst, kind in moves:
            source, target = data_dir / src, data_dir / dst
            if kind == _ASIDE:
                if source.exists() and not target.exists():
                    os.replace(source, target)
            else:
                shm = data_dir / f"{db_name}-shm"
                if shm.exists():
                    shm.unlink()
                if source.exists():
                    os.replace(source, target)
        fsync_dir(data_dir)
        (data_dir / JOURNAL_FILE).unlink()
        fsync_dir(data_dir)
    staging = data_dir / str(journal["staging"])
    if staging.is_dir() and not staging.is_symlink():
        with contextlib.suppress(OSError):
            shutil.rmtree(staging, ignore_errors=True)
