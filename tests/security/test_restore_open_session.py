"""SEC-06: no open session can save into a store being restored.

The attack (and the everyday accident): a clinician has the store open in one window while an
administrator restores a backup. Before, the clinician's next save said "saved" but went into the
database file the restore had moved aside, so it was lost without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisplan.store import Store, StoreError, restore_backup
from tests.security.store_fixtures import ALICE_PASS, add_plan, new_store
from tests.store.helpers import document, index_fields


def test_a_session_open_during_a_restore_cannot_save_into_the_moved_aside_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    backup = tmp_path / "b.cpbak"
    with new_store(data) as store:
        plan = add_plan(store, "Ann Example")
        store.backup(backup)
    session = Store.open(data, "alice", ALICE_PASS)
    try:
        restore_backup(data, backup, "alice", ALICE_PASS, workstation="ws-admin")
        with pytest.raises(StoreError) as info:
            session.plans.add_version(plan, document(v=2), index_fields("Ann Changed"))
        assert "restored" in str(info.value) and "reopen" in str(info.value).lower()
        with pytest.raises(StoreError):
            session.plans.create(document(), index_fields("Bea Example", seq=2))
    finally:
        session.close()
    with Store.open(data, "alice", ALICE_PASS) as store:  # reopening works, and shows the truth
        assert [s.name for s in store.plans.page(0, 10)] == ["Ann Example"]
        assert store.plans.get(plan, audit=False).version == 1


def test_saves_acknowledged_before_the_restore_stay_in_the_set_aside_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    backup = tmp_path / "b.cpbak"
    with new_store(data) as store:
        store.backup(backup)
    with Store.open(data, "alice", ALICE_PASS) as session:
        add_plan(session, "Cy Example")  # acknowledged before the restore
        info = restore_backup(data, backup, "alice", ALICE_PASS, workstation="ws-admin")
    assert info.previous_database is not None
    aside = tmp_path / "aside"
    aside.mkdir()
    stamp = info.previous_database.name.split("before-restore-")[1]
    (aside / "crisisplan.db").write_bytes(info.previous_database.read_bytes())
    wal = data / f"crisisplan.db.before-restore-{stamp}-wal"
    if wal.exists():
        (aside / "crisisplan.db-wal").write_bytes(wal.read_bytes())
    (aside / "keyslots.json").write_bytes((data / f"keyslots.json.before-restore-{stamp}").read_bytes())
    with Store.open(aside, "alice", ALICE_PASS) as old:
        assert [s.name for s in old.plans.page(0, 10)] == ["Cy Example"]


def test_saves_wait_for_the_os_lock_a_restore_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a restore holds the folder's lock exclusively, no save gets through (and none is lost:
    the save is refused with a clear message, and succeeds once the lock is free)."""
    import crisisplan.store.store as store_mod
    from crisisplan.store import StoreBusyError
    from crisisplan.store.oslock import exclusive

    data = tmp_path / "data"
    new_store(data).close()
    monkeypatch.setattr(store_mod, "WRITE_WAIT", 0.2)
    with Store.open(data, "alice", ALICE_PASS) as session:
        with exclusive(data), pytest.raises(StoreBusyError):
            add_plan(session, "Dee Example")
        assert session.plans.page(0, 10) == []
        add_plan(session, "Dee Example")
        assert [s.name for s in session.plans.page(0, 10)] == ["Dee Example"]
