"""Crash-safe swap of a restored store into the data folder.

A small journal lists the renames (live files aside, staged files in). It is written atomically
before the first rename; every step is idempotent, so a kill at any moment is rolled forward the
next time the folder is opened (`finish_pending_restore`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from .errors import StoreError, mapped_errors
from .fsutil import atomic_write_bytes, fsync_dir

JOURNAL_FILE = "restore-journal.json"
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
    _apply(data_dir, journal)
    return aside_db


def finish_pending_restore(data_dir: Path) -> None:
    path = data_dir / JOURNAL_FILE
    if not path.is_file():
        return
    try:
        journal = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError("An interrupted restore could not be finished: its journal is unreadable. "
                         "Restore the backup again.") from exc
    _apply(data_dir, journal)


def _apply(data_dir: Path, journal: dict[str, object]) -> None:
    moves = journal.get("moves")
    db_name = str(journal.get("db", ""))
    if not isinstance(moves, list) or not db_name:
        raise StoreError("An interrupted restore could not be finished: its journal is damaged. "
                         "Restore the backup again.")
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
    with contextlib.suppress(OSError):
        shutil.rmtree(data_dir / str(journal.get("staging", "")), ignore_errors=True)
