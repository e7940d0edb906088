"""Migration to the key layout of docs/security.md: a store made before named keys (the schema-1
fixture) is upgraded at the first sign-in of an administrator with clinical access, kill-safe, with
a copy of both files made first; until then nothing is locked out."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from crisisplan.store import Store
from crisisplan.store.keylayout import layout_version
from crisisplan.store.keyring import read_slot_file
from tests.store.test_kill_harness import _run_and_kill

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-v1"
ALICE = "fixture passphrase for alice (v1)"
BOB = "fixture passphrase for bob (v1)"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "store-v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_a_clinician_without_admin_does_not_upgrade_and_is_not_locked_out(v1_copy: Path) -> None:
    with Store.open(v1_copy, "bob", BOB) as store:
        assert store.actor.roles == ("clinician",)
        assert layout_version(store.connection) == 1
        assert store.plans.count() == 3


def test_the_first_admin_sign_in_upgrades_and_each_slot_gets_its_roles_keys(v1_copy: Path) -> None:
    with Store.open(v1_copy, "alice", ALICE) as store:
        assert layout_version(store.connection) == 2
        assert set(store.actor.roles) == {"admin", "clinician"}
        actions = [e.action for e in store.audit.entries()]
        assert "keys-upgraded" in actions
        assert store.audit.verify().ok
    slots = read_slot_file(v1_copy)
    names = {s.username: set(s.names()) for s in slots.slots}
    assert names["alice"] == {"store", "clinical", "issuer", "admin"}
    assert names["bob"] == {"store", "clinical", "issuer"}
    assert names["recovery"] == {"store", "clinical", "issuer", "admin"}
    assert not [p for p in v1_copy.iterdir() if p.name.startswith("before-key-upgrade-")]  # copy removed
    with Store.open(v1_copy, "bob", BOB) as store:
        assert store.actor.roles == ("clinician",)
        assert store.plans.get(1, audit=False).document.startswith("{")  # sealed, and opens
        raw = store.connection.execute("SELECT document FROM plan_versions").fetchall()
        assert all(str(r[0]).startswith("cpseal1:") for r in raw)
        hits = store.connection.execute("SELECT rowid FROM plan_search WHERE plan_search MATCH 'body : insulin'")
        assert hits.fetchall() == []  # bodies re-indexed under keyed hashes ...
        assert [p.plan_id for p in store.plans.search("o'fix insul")] == [2]  # ... and still searchable
        drafts = store.connection.execute("SELECT document FROM drafts").fetchall()
        assert drafts and all(str(r[0]).startswith("cpseal1:") for r in drafts)
    with Store.open(v1_copy, "alice", ALICE) as store:
        assert store.drafts.list_keys() and all(store.drafts.get(k) for k in store.drafts.list_keys())


def test_upgrade_survives_random_kills(tmp_path: Path) -> None:
    """KEY-05 for the upgrade path: killed at any moment, every user still opens the store, and the
    next admin sign-in finishes the job."""
    rng = random.Random(9)
    finished = 0
    for kill in range(20):
        folder = tmp_path / f"s{kill}"
        shutil.copytree(FIXTURE, folder)
        lines = _run_and_kill(["upgrade", str(folder), ALICE, "0"], rng, 0.12)
        finished += "ack upgraded" in lines
        with Store.open(folder, "bob", BOB) as store:  # never upgrades: sees what the kill left
            assert store.actor.roles == ("clinician",)
            assert store.integrity_check() == []
            assert store.audit.verify().ok
            assert store.plans.count() == 3
        with Store.open(folder, "alice", ALICE) as store:
            assert layout_version(store.connection) == 2
            assert set(store.actor.roles) == {"admin", "clinician"}
        with Store.open(folder, "bob", BOB) as store:
            assert store.actor.roles == ("clinician",)
    assert finished < 20  # kills landed before the upgrade committed (where a kill can do harm)
