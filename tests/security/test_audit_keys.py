"""SEC-03: the audit signing key's life — created with the user, at a migrated user's first sign-in,
kept across one's own passphrase change, replaced (and named) at a reset, never plantable in another
user's slot — and the key file read bounded (SEC-08)."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from crisisplan.services import admin
from crisisplan.store import Store
from crisisplan.store.errors import NotAStoreError
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import edit_key_file, insider_db


def _verify(practice: Practice, user: str = "alice") -> tuple[bool, dict[str, list[str]], list[str]]:
    with Store.open(practice.data_dir, user, PASSPHRASES[user]) as store:
        result = store.verify_audit(full=True)
    return result.ok, result.by_user, result.checkpoints


def test_a_fresh_practice_verifies_with_every_entry_signed(practice: Practice) -> None:
    ok, by_user, lines = _verify(practice)
    assert ok, by_user
    assert any(line.startswith("alice: checkpoint") and "signature valid" in line for line in lines), lines
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        keys = dict(conn.execute("SELECT username, audit_key FROM users").fetchall())
        unsigned = conn.execute("SELECT count(*) FROM audit WHERE sig IS NULL").fetchone()[0]
    assert all(keys[u] for u in ("alice", "rita", "adam", "carl"))
    assert unsigned == 2  # store-create and the creator's user-add, written before the creator's key existed


def test_users_of_an_older_store_get_their_keys_at_their_next_sign_in(tmp_path: Path) -> None:
    from tests.security.test_upgrade import ALICE, BOB, FIXTURE

    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE, folder)
    for user, passphrase in (("alice", ALICE), ("bob", BOB), ("alice", ALICE)):
        with Store.open(folder, user, passphrase) as store:
            store.audit.append("view", person=None)
            assert store.warnings == [], store.warnings
    with Store.open(folder, "alice", ALICE) as store:
        entries = store.audit.entries()
        result = store.verify_audit(full=True)
    intros = [e.username for e in entries if e.action == "audit-key" and "first sign-in" in (e.detail or "")]
    assert intros == ["alice", "bob"]  # each user's own first entry introduces their key, once
    assert result.ok, result.by_user
    assert any("before alice's signatures began" in n for n in result.notes)
    doc = json.loads((folder / "keyslots.json").read_text())
    assert all(s.get("audit_key") for s in doc["slots"] if s["kind"] == "user")
    assert set(doc["audit_checkpoints"]) == {"alice", "bob"}


def test_own_passphrase_change_keeps_the_key_and_a_reset_is_named(practice: Practice) -> None:
    with practice.session("carl") as session:
        admin.change_passphrase(session, "carl", "carl's second passphrase")
    with Store.open(practice.data_dir, "carl", "carl's second passphrase") as store:
        store.audit.append("view", person=practice.plan_id)
    ok, by_user, _ = _verify(practice)
    assert ok, by_user  # the same key, re-sealed under the new passphrase
    with practice.session("alice") as session:  # an administrator resets carl's passphrase
        admin.change_passphrase(session, "carl", "carl's third passphrase x")
    with Store.open(practice.data_dir, "carl", "carl's third passphrase x") as store:
        store.audit.append("view", person=practice.plan_id)
    ok, by_user, _ = _verify(practice)
    assert not ok and any("replaced" in p and "alice" in p for p in by_user["carl"]), by_user


def test_an_audit_key_moved_into_another_users_slot_does_not_open(practice: Practice) -> None:
    def move(doc: dict) -> None:  # type: ignore[type-arg]
        slots = {s["username"]: s for s in doc["slots"]}
        slots["carl"]["audit_key"] = slots["rita"]["audit_key"]  # rita's key, whose private half she knows

    edit_key_file(practice.data_dir, move)
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        assert store.audit.signer is not None
        rita = json.loads((practice.data_dir / "keyslots.json").read_text())
        carl_public = store.audit.signer.public
    assert next(s for s in rita["slots"] if s["username"] == "rita")["audit_key"]["public"] != carl_public
    ok, by_user, _ = _verify(practice)
    assert not ok and any("replaced" in p for p in by_user["carl"]), by_user


def test_a_fifo_or_huge_key_file_is_refused_quickly(practice: Practice, tmp_path: Path) -> None:
    path = practice.data_dir / "keyslots.json"
    path.unlink()
    os.mkfifo(path)
    start = time.monotonic()
    with pytest.raises(NotAStoreError):
        Store.open(practice.data_dir, "alice", PASSPHRASES["alice"])
    assert time.monotonic() - start < 2
    path.unlink()
    with open(path, "wb") as out:
        out.truncate(64 * 1024 * 1024)  # sparse: large, cheap to make
    with pytest.raises(NotAStoreError):
        Store.open(practice.data_dir, "alice", PASSPHRASES["alice"])


def test_failed_sign_ins_recorded_by_a_recovery_key_session_are_system_entries(practice: Practice) -> None:
    from crisisplan.store.errors import WrongCredentialsError

    with pytest.raises(WrongCredentialsError):
        Store.open(practice.data_dir, "carl", "not carl's passphrase")
    with Store.open_with_recovery_key(practice.data_dir, practice.recovery_key) as rescue:
        recorded = [e for e in rescue.audit.newest(5) if e.action == "unlock-failed"]
    assert recorded and recorded[0].username == "carl"
    ok, by_user, _ = _verify(practice)
    assert ok, by_user


def test_a_user_whose_directory_key_was_replaced_is_told_at_sign_in(practice: Practice) -> None:
    from crisisplan.store.audit_keys import b64, new_private, public_of

    planted = b64(public_of(new_private()))
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("UPDATE users SET audit_key = ? WHERE username = 'carl'", (planted,))
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        warnings = list(store.warnings)
        assert store.audit.signer is not None  # carl still signs with his own key, nothing is "repaired"
    assert any("Your audit signing key in the directory is not the one your key slot holds" in w for w in warnings)
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        assert conn.execute("SELECT audit_key FROM users WHERE username = 'carl'").fetchone()[0] == planted  # evidence


def test_a_first_sign_in_killed_after_writing_the_slot_introduces_the_key_next_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The state a kill leaves between writing the slot's new audit key and the commit that puts it in
    the directory: the key is in the slot only. The next sign-in introduces it; nothing is reported."""
    import base64
    from contextlib import contextmanager

    from crisisplan.store import audit_session
    from crisisplan.store.keyring import Keyring
    from tests.security.test_upgrade import ALICE, BOB, FIXTURE

    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE, folder)
    real = audit_session.transaction

    class Killed(BaseException):
        pass

    @contextmanager
    def commit_lost(conn):  # type: ignore[no-untyped-def]
        with real(conn) as inner:
            yield inner
            raise Killed  # the slot was written inside; the transaction never commits

    with monkeypatch.context() as patch:
        patch.setattr(audit_session, "transaction", commit_lost)
        patch.setattr(Keyring, "write_raw", lambda self, data: None)  # a killed process puts nothing back
        with pytest.raises(Killed):
            Store.open(folder, "alice", ALICE)
    slot = next(s for s in json.loads((folder / "keyslots.json").read_text())["slots"] if s["username"] == "alice")
    assert slot.get("audit_key")  # the slot has it; the database does not (rolled back)
    with Store.open(folder, "bob", BOB) as store:  # another user meanwhile: a kill is not tampering
        assert store.warnings == []
    with Store.open(folder, "alice", ALICE) as store:
        assert store.warnings == []
        assert store.audit.signer is not None
        assert store.audit.signer.public == base64.b64decode(slot["audit_key"]["public"])
        result = store.verify_audit(full=True)
    assert result.ok, result.by_user


def test_a_first_sign_in_killed_after_its_commit_is_not_reported_as_tampering(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed after the commit that introduced the user's key, before the sign-in's own checkpoint:
    the user's first checkpoint went into the key file with the key, so nobody is told of a missing one."""
    from crisisplan.store import store as store_module
    from tests.security.test_upgrade import ALICE, BOB, FIXTURE

    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE, folder)
    real = store_module.establish_signer

    class Killed(BaseException):
        pass

    def then_killed(*args, **kwargs):  # type: ignore[no-untyped-def]
        real(*args, **kwargs)
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(store_module, "establish_signer", then_killed)
        with pytest.raises(Killed):
            Store.open(folder, "alice", ALICE)
    with Store.open(folder, "bob", BOB) as store:
        assert store.warnings == [], store.warnings
    with Store.open(folder, "alice", ALICE) as store:
        assert store.warnings == [], store.warnings
        result = store.verify_audit(full=True)
    assert result.ok, result.by_user
