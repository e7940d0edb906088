"""AUD-01 (every action audited with who, roles, person, action, UTC time, workstation) and
AUD-02 (the hash chain detects edited, deleted and truncated rows)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlcipher3 import dbapi2

from crisisplan.store import Store
from tests.store.helpers import document, index_fields


def _recent_utc(stamp: str) -> bool:
    assert stamp.endswith("Z")
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return abs(datetime.now(UTC) - when) < timedelta(minutes=5)


def test_plan_actions_are_audited_with_who_what_when_where(store: Store) -> None:
    plan = store.plans.create(document(), index_fields())
    store.plans.get(plan.plan_id)
    store.plans.add_version(plan.plan_id, document(v=2), index_fields())
    store.plans.restore_version(plan.plan_id, 1)
    store.plans.get(plan.plan_id, 1, audit=False)
    entries = store.audit.entries(person=plan.plan_id)
    assert [e.action for e in entries] == ["create", "view", "edit", "restore-version"]
    for e in entries:
        assert (e.username, e.roles, e.workstation, e.person) == ("alice", ("admin", "clinician"), "ws-test",
                                                                  plan.plan_id)
        assert _recent_utc(e.at)
    assert [e.detail for e in entries] == ["version 1", "version 1", "version 2", "version 3 from version 1"]


def test_services_can_audit_disclosures(store: Store) -> None:
    plan = store.plans.create(document(), index_fields())
    entry = store.audit.append("share", person=plan.plan_id, detail="version 1; items 3,4",
                               recipient="police", lawful_basis="vital interests",
                               reason="person missing, at risk")
    got = store.audit.entries(person=plan.plan_id)[-1]
    assert got == entry
    assert (got.recipient, got.lawful_basis, got.reason) == ("police", "vital interests",
                                                             "person missing, at risk")


def test_user_and_store_actions_are_audited(store: Store) -> None:
    store.users.add("bob", "Bob", ["clinician"], "bob's passphrase")
    store.users.set_roles("bob", ["clinician", "reception"])
    store.users.change_passphrase("bob", "new passphrase")
    store.users.remove("bob")
    store.new_recovery_key()
    store.rotate_store_key()
    actions = [e.action for e in store.audit.entries()]
    assert actions[:4] == ["store-create", "user-add", "audit-key", "unlock"]  # the creator's signing key
    assert actions[4:] == ["user-add", "audit-key", "roles-change", "passphrase-change", "audit-key",
                           "user-remove", "recovery-key-replaced", "rotate-keys", "rotate-keys"]
    roles_change = store.audit.entries()[6]
    assert roles_change.detail == "user bob; roles clinician -> clinician,reception"


def test_entries_paging(store: Store) -> None:
    for i in range(5):
        store.audit.append("print", person=7, detail=f"copy {i}")
    assert [e.detail for e in store.audit.entries(person=7, limit=2, offset=1)] == ["copy 1", "copy 2"]
    assert len(store.audit.entries()) == store.audit.count() == 9


def test_chain_verifies_and_triggers_forbid_changes(store: Store) -> None:
    store.plans.create(document(), index_fields())
    result = store.audit.verify()
    assert result.ok and result.count == 5 and result.problems == []
    with pytest.raises(dbapi2.IntegrityError):
        store.connection.execute("UPDATE audit SET action = 'x' WHERE id = 1")
    with pytest.raises(dbapi2.IntegrityError):
        store.connection.execute("DELETE FROM audit WHERE id = 1")


def _drop_triggers(store: Store) -> None:
    store.connection.execute("DROP TRIGGER audit_no_update")
    store.connection.execute("DROP TRIGGER audit_no_delete")


@pytest.mark.parametrize("column,value", [("action", "view"), ("username", "mallory"), ("person", 99),
                                          ("at", "2020-01-01T00:00:00.000000Z"), ("detail", None)])
def test_edited_row_is_detected(store: Store, column: str, value: object) -> None:
    store.plans.create(document(), index_fields())
    _drop_triggers(store)
    store.connection.execute(f"UPDATE audit SET {column} = ? WHERE id = 5", (value,))  # the plan's entry
    result = store.audit.verify()
    assert not result.ok
    assert any("entry 5" in p for p in result.problems)


def test_edited_row_with_recomputed_hash_breaks_the_next_link(store: Store) -> None:
    from crisisplan.store.audit import row_hash

    store.plans.create(document(), index_fields())
    _drop_triggers(store)
    row = list(store.connection.execute("SELECT * FROM audit WHERE id = 2").fetchone())
    row[5] = "something else"
    store.connection.execute("UPDATE audit SET action = ?, hash = ? WHERE id = 2",
                             (row[5], row_hash(tuple(row))))
    assert not store.audit.verify().ok


def test_deleted_middle_row_is_detected(store: Store) -> None:
    store.plans.create(document(), index_fields())
    _drop_triggers(store)
    store.connection.execute("DELETE FROM audit WHERE id = 2")
    result = store.audit.verify()
    assert not result.ok and result.count == 4


def test_deleted_last_row_is_detected(store: Store) -> None:
    store.plans.create(document(), index_fields())
    _drop_triggers(store)
    store.connection.execute("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)")
    result = store.audit.verify()
    assert not result.ok
    assert any("removed" in p for p in result.problems)


def test_failed_audit_write_rolls_back_the_save(store: Store) -> None:
    """The audit entry is in the same transaction as the version: no audit, no save."""
    store.connection.execute("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit "
                             "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(dbapi2.IntegrityError):
        store.plans.create(document(), index_fields())
    assert store.plans.count() == 0
    assert store.plans.search("ann") == []
