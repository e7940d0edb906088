"""CRASH-04: a full disk or a read-only folder gives a clear "Not saved" error; nothing committed
is lost.

Tests run as root, for whom chmod does not make a folder read-only. The read-only test therefore
marks the database files immutable with `chattr +i` (refused to root too, on ext4/xfs/btrfs);
where that is unavailable it uses chmod (effective for non-root users), and as a last resort it
opens the database through SQLite's read-only URI mode. The probe below checks that the chosen
method really makes writes fail before the test relies on it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisplan.store import NotSavedError, Store
from crisisplan.store import fsutil as fsutil_mod
from crisisplan.store.audit import AuditLog
from crisisplan.store.database import open_database
from crisisplan.store.keyring import read_slot_file
from crisisplan.store.plans import PlanRepository
from tests.store.helpers import PASSPHRASE, document, index_fields


def _writes_fail(path: Path) -> bool:
    try:
        with open(path, "r+b") as f:
            f.seek(0, os.SEEK_END)
            f.write(b"")
            f.flush()
            os.fsync(f.fileno())
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        os.close(fd)
    except OSError:
        return True
    return False


@contextlib.contextmanager
def read_only(paths: list[Path]) -> Iterator[str]:
    """Make `paths` really unwritable; yields the method used ('' when none works here)."""
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", *map(str, paths)], capture_output=True).returncode == 0:
        try:
            if _writes_fail(paths[0]):
                yield "chattr"
                return
        finally:
            subprocess.run([chattr, "-i", *map(str, paths)], capture_output=True)
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield "chmod" if _writes_fail(paths[0]) else ""
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def test_full_disk_gives_not_saved_and_loses_nothing(store: Store, data_dir: Path) -> None:
    kept = store.plans.create(document(x=1), index_fields("Kept Person"))
    conn = store.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the database may not grow: SQLITE_FULL
    big = secrets.token_hex(100_000)  # documents are compressed before sealing: this does not shrink
    with pytest.raises(NotSavedError, match="Not saved: the disk is full"):
        store.plans.create(document(big=big), index_fields("Lost Person", text="z " * 50_000))
    with pytest.raises(NotSavedError):
        store.plans.add_version(kept.plan_id, document(big=big), index_fields(text="q " * 50_000))
    assert not conn.in_transaction
    assert store.plans.count() == 1 and store.plans.get(kept.plan_id).document == kept.document
    conn.execute("PRAGMA max_page_count = 4294967294")
    store.plans.create(document(x=2), index_fields("Saved Later", seq=2))  # works again once there is room
    store.close()
    with Store.open(data_dir, "alice", PASSPHRASE) as again:
        assert again.plans.count() == 2 and again.integrity_check() == [] and again.audit.verify().ok


def test_full_disk_while_writing_key_slots(store: Store, data_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before = (data_dir / "keyslots.json").read_bytes()

    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil_mod.os, "write", no_space)
    with pytest.raises(NotSavedError, match="disk is full"):
        store.users.add("bob", "Bob", ["clinician"], "bob passphrase")
    with pytest.raises(NotSavedError):
        store.users.change_passphrase("alice", "new one")
    monkeypatch.undo()
    assert (data_dir / "keyslots.json").read_bytes() == before
    assert [u.username for u in store.users.list()] == ["alice"]
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".keyslots")]
    store.close()
    Store.open(data_dir, "alice", PASSPHRASE).close()


def test_read_only_folder_gives_not_saved_and_loses_nothing(store: Store, data_dir: Path) -> None:
    kept = store.plans.create(document(x=1), index_fields("Kept Person"))
    db = data_dir / "crisisplan.db"
    with read_only([db, Path(f"{db}-wal"), data_dir / "keyslots.json", data_dir]) as method:
        print("read-only method:", method or "sqlite read-only URI")
        if method:
            with pytest.raises(NotSavedError, match="Not saved"):
                store.plans.add_version(kept.plan_id, document(x=2), index_fields())
            with pytest.raises(NotSavedError, match="Not saved"):
                store.users.add("bob", "Bob", ["clinician"], "bob passphrase")
            assert not store.connection.in_transaction
    if not method:  # last resort: SQLite's own read-only mode on the real file
        conn = open_database(db, store._keyring.store_key, read_only=True)
        try:
            plans = PlanRepository(conn, store.actor, AuditLog(conn, store.actor, store.store_id))
            with pytest.raises(NotSavedError, match="read-only"):
                plans.add_version(kept.plan_id, document(x=2), index_fields())
        finally:
            conn.close()
    assert store.plans.get(kept.plan_id, audit=False).version == 1
    store.plans.add_version(kept.plan_id, document(x=3), index_fields())  # writable again
    store.close()
    with Store.open(data_dir, "alice", PASSPHRASE) as again:
        assert [v.version for v in again.plans.versions(kept.plan_id)] == [1, 2]
        assert again.integrity_check() == []
        assert read_slot_file(data_dir).find("user", "bob") is None
