"""Durability promises a kill cannot show (a power cut can): spies on the write paths assert the
fsyncs and SQLite's `synchronous = FULL`. Removing an fsync, moving it after its rename, or setting
`synchronous` lower fails one of these tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crisisplan.store import Store, restore_backup
from tests.store.helpers import PASSPHRASE, document, index_fields

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/fd"), reason="names of descriptors from /proc")


class Spy:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, str]] = []
        real_fsync, real_replace = os.fsync, os.replace

        def fsync(fd: int) -> None:
            self.events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
            real_fsync(fd)

        def replace(src: object, dst: object) -> None:
            self.events.append(("replace", str(dst)))
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)

    def index(self, kind: str, test: str | Path) -> int:
        for n, (k, name) in enumerate(self.events):
            if k == kind and (name == str(test) if isinstance(test, Path) else name.startswith(test)):
                return n
        raise AssertionError(f"no {kind} of {test} in {self.events}")


def test_every_store_connection_uses_wal_and_synchronous_full(store: Store, tmp_path: Path) -> None:
    conn = store.connection
    assert str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    assert int(conn.execute("PRAGMA synchronous").fetchone()[0]) == 2  # FULL
    from crisisplan.store.database import open_database

    for read_only in (False, True):
        other = open_database(store.data_dir / "crisisplan.db", store._keyring.store_key, read_only=read_only)
        try:
            assert int(other.execute("PRAGMA synchronous").fetchone()[0]) == 2
        finally:
            other.close()


def test_key_slot_changes_are_fsynced_before_and_after_the_rename(store: Store, data_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    store.users.change_passphrase("alice", "a new passphrase for alice")
    data = spy.index("fsync", str(data_dir / ".keyslots.json.tmp-"))
    rename = spy.index("replace", data_dir / "keyslots.json")
    folder = spy.index("fsync", data_dir)
    assert data < rename < folder


def test_a_backup_is_fsynced_before_it_gets_its_name_and_its_folder_after(store: Store, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store.plans.create(document(), index_fields())
    out = tmp_path / "backups"
    out.mkdir()
    spy = Spy(monkeypatch)
    store.backup(out / "b.cpbak")
    data = spy.index("fsync", str(out / ".b.cpbak.tmp-"))
    rename = spy.index("replace", out / "b.cpbak")
    folder = spy.index("fsync", out)
    assert data < rename < folder


def test_a_restore_fsyncs_the_staged_store_before_the_swap_and_the_folder_after(
        store: Store, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.plans.create(document(), index_fields())
    backup = tmp_path / "b.cpbak"
    store.backup(backup)
    store.close()
    spy = Spy(monkeypatch)
    restore_backup(data_dir, backup, "alice", PASSPHRASE)
    staged_db = spy.index("fsync", f"{data_dir}/.restore-")
    swap = spy.index("replace", data_dir / "crisisplan.db")
    assert staged_db < swap
    staged = [name for kind, name in spy.events[:swap] if kind == "fsync"]
    assert any(n.endswith("/crisisplan.db") and "/.restore-" in n for n in staged)
    assert any(n.endswith("/keyslots.json") and "/.restore-" in n for n in staged)
    assert any(os.path.basename(n).startswith(".restore-") for n in staged)  # the staging folder
    assert ("fsync", str(data_dir)) in spy.events[swap:]
    Store.open(data_dir, "alice", PASSPHRASE).close()


def test_a_new_store_is_fsynced(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.store.helpers import FAST_KDF

    spy = Spy(monkeypatch)
    store, _ = Store.create(data_dir, "alice", "Alice", ["admin"], PASSPHRASE, kdf_iterations=FAST_KDF)
    store.close()
    db_sync = spy.index("fsync", "/".join([str(data_dir), ".creating-"]))
    db_in = spy.index("replace", data_dir / "crisisplan.db")
    assert db_sync < db_in
    assert ("fsync", str(data_dir)) in spy.events[db_in:]
