"""SEC-03: rewriting the audit log, putting back an older database file or losing the WAL is
reported at the next unlock, plainly, and nothing is deleted as "housekeeping"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from crisisplan.services import admin
from crisisplan.store import Store
from crisisplan.store.audit import row_hash
from crisisplan.store.keyring import read_slot_file
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import insider_db


def _warnings(store: Store) -> list[str]:
    return list(getattr(store, "warnings", []))


def test_older_database_file_put_back_is_reported_and_keeps_newer_slots(practice: Practice,
                                                                      tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy2(practice.data_dir / "crisisplan.db", old)
    with practice.session("alice") as session:
        admin.add_user(session, "bob", "Bob", ["readonly"], "bob's new passphrase")
    shutil.copy2(old, practice.data_dir / "crisisplan.db")
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        warnings = _warnings(store)
        actions = [e.action for e in store.audit.entries()]
    assert any("older" in w and "missing" in w for w in warnings), warnings
    assert "audit-rollback-detected" in actions
    assert read_slot_file(practice.data_dir).find("user", "bob") is not None  # not "cleaned up"


def test_lost_write_ahead_log_is_reported(practice: Practice) -> None:
    store = Store.open(practice.data_dir, "carl", PASSPHRASES["carl"])
    store.audit.append("view", person=practice.plan_id)
    wal = practice.data_dir / "crisisplan.db-wal"
    assert wal.stat().st_size > 0
    saved_db = (practice.data_dir / "crisisplan.db").read_bytes()
    store.close()
    # What a crash followed by deleting the log leaves: the main file as it was before the close.
    (practice.data_dir / "crisisplan.db").write_bytes(saved_db)
    wal.unlink(missing_ok=True)
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        assert any("missing" in w for w in _warnings(store))


def test_deleting_audit_rows_and_recomputing_the_chain_is_reported(practice: Practice) -> None:
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DROP TRIGGER audit_no_update")
        last = int(conn.execute("SELECT max(id) FROM audit").fetchone()[0])
        conn.execute("DELETE FROM audit WHERE id >= ?", (last - 3,))
        cols = ("id, at, username, roles, person, action, workstation, detail, recipient, lawful_basis, "
                "reason, prev_hash, hash")
        rows = [tuple(r) for r in conn.execute(f"SELECT {cols} FROM audit ORDER BY id")]
        prev = rows[0][11]
        for row in rows:
            fixed = (*row[:11], prev)
            digest = row_hash(fixed)
            conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
            prev = digest
        conn.execute("UPDATE audit_head SET count = ?, hash = ?", (len(rows), prev))
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        assert any("missing" in w for w in _warnings(store)), _warnings(store)
        assert not store.audit.verify().ok


def test_a_clean_unlock_reports_nothing(practice: Practice) -> None:
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        assert _warnings(store) == []
    doc = json.loads((practice.data_dir / "keyslots.json").read_text())
    assert doc["audit_checkpoints"]["alice"]["count"] > 0 and doc["audit_checkpoints"]["alice"]["sig"]


def test_only_interrupted_additions_are_dropped_and_unknown_users_are_reported(practice: Practice) -> None:
    from dataclasses import replace

    from crisisplan.store.keys import STORE, USER, make_slot
    from tests.security.insider import slot_keys

    slots = read_slot_file(practice.data_dir)
    keys = {STORE: slot_keys(practice.data_dir, "alice", PASSPHRASES["alice"])["store"]}
    for name, pending in (("ghost", True), ("stranger", False)):
        slots = slots.with_slot(make_slot(slots.store_id, USER, name, f"{name} passphrase 1", slots.iterations,
                                          keys, pending=pending))
    carl = slots.find(USER, "carl")
    assert carl is not None
    slots = slots.with_slot(replace(carl, pending=True))  # committed, but killed before confirming
    (practice.data_dir / "keyslots.json").write_bytes(slots.to_bytes())
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        warnings = _warnings(store)
    after = read_slot_file(practice.data_dir)
    assert after.find(USER, "ghost") is None  # an addition that never committed
    assert after.find(USER, "stranger") is not None  # unknown to this database: kept and reported
    assert any("stranger" in w for w in warnings)
    confirmed = after.find(USER, "carl")
    assert confirmed is not None and not confirmed.pending
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        assert store.actor.roles == ("clinician",)
