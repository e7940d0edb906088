"""Migrations: the checked-in schema-1 fixture store opens with the current code, is migrated to
the latest schema, and all its data is intact."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crisisplan.store import Store, StoreError
from crisisplan.store import migrations as migrations_mod
from crisisplan.store.database import Connection, open_database
from crisisplan.store.keyring import read_slot_file
from crisisplan.store.keys import unlock_slot
from crisisplan.store.migrations import latest_version

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-v1"
ALICE = "fixture passphrase for alice (v1)"
BOB = "fixture passphrase for bob (v1)"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "store-v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_fixture_is_schema_1(v1_copy: Path) -> None:
    slots = read_slot_file(v1_copy)
    slot = slots.find("user", "alice")
    assert slot is not None
    key = unlock_slot(slots.store_id, slot, ALICE)[0]
    conn = open_database(v1_copy / "crisisplan.db", key)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()


def test_schema_1_store_opens_migrates_and_keeps_its_data(v1_copy: Path) -> None:
    with Store.open(v1_copy, "alice", ALICE) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert store.plans.count() == 3
        assert [s.name for s in store.plans.page(0, 10)] == ["Ada Fixture", "Ben O'Fixture", "Zoë Fixturé"]
        assert [v.version for v in store.plans.versions(1)] == [1, 2]
        assert json.loads(store.plans.get(1, 1, audit=False).document)["phone"] == "07700 900120"
        assert [s.plan_id for s in store.plans.search("o'fix insulin")] == [2]
        assert [s.plan_id for s in store.plans.search("999 000 0034")] == [3]
        assert store.drafts.get("plan-2") == '{"draft": true}'
        assert store.meta.get("idle_lock_minutes") == "5"
        assert [u.username for u in store.users.list()] == ["alice", "bob"]
        verification = store.audit.verify()
        assert verification.ok and verification.count >= 12
        assert any(e.action == "share" and e.recipient == "police" for e in store.audit.entries())
        assert store.integrity_check() == []
        assert store.sharing.disclosures() == [] and store.sharing.active_signing_key() is None  # schema 2
        restored = store.plans.restore_version(1, 1)  # index stored with each version in schema 1
        assert store.plans.summaries([1])[0].version == restored.version == 3
    with Store.open(v1_copy, "bob", BOB) as bob:
        assert bob.actor.roles == ("clinician",)


def test_recovery_key_of_the_fixture(v1_copy: Path) -> None:
    key = next(line.split("`")[1] for line in (FIXTURE / "README.md").read_text().splitlines()
               if line.startswith("- recovery key"))
    with Store.open_with_recovery_key(v1_copy, key) as store:
        assert store.plans.count() == 3


def test_adding_a_migration_is_one_function(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def add_table(conn: Connection) -> None:
        conn.execute("CREATE TABLE example_added (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(migrations_mod, "MIGRATIONS", [*migrations_mod.MIGRATIONS, add_table])
    with Store.open(v1_copy, "alice", ALICE) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        store.connection.execute("SELECT count(*) FROM example_added").fetchone()


def test_failed_migration_changes_nothing(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        raise StoreError("migration failed")

    before = latest_version()
    monkeypatch.setattr(migrations_mod, "MIGRATIONS", [*migrations_mod.MIGRATIONS, broken])
    with pytest.raises(StoreError, match="migration failed"):
        Store.open(v1_copy, "alice", ALICE)
    monkeypatch.undo()
    with Store.open(v1_copy, "alice", ALICE) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == before
        assert store.connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
