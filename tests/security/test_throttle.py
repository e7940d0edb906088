"""KEY-08 against an insider: failed-unlock throttling is per user, and deleting (or editing) the
counter file does not make failed attempts vanish from the audit.

Before, one user's typos locked every user out (the counter was per folder), and deleting
`unlock-failures.json` reset the count and erased every trace of the attempts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import crisisplan.store.failures as failures_mod
from crisisplan.store import Store, TooManyAttemptsError, WrongCredentialsError
from crisisplan.store.failures import FAILURES_FILE
from tests.security.store_fixtures import ALICE_PASS, new_store

BOB_PASS = "bob passphrase for tests"


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def time(self) -> float:
        return self.now


@pytest.fixture
def two_users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(failures_mod, "time", Clock())
    data = tmp_path / "data"
    with new_store(data) as store:
        store.users.add("bob", "Bob", ("clinician",), BOB_PASS)
    return data


def _fail(data: Path, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(WrongCredentialsError) as info:
            Store.open(data, username, "a wrong passphrase")
        assert not isinstance(info.value, TooManyAttemptsError)


def test_one_users_failures_do_not_slow_down_another_user(two_users: Path) -> None:
    _fail(two_users, "alice", 3)
    with pytest.raises(TooManyAttemptsError):
        Store.open(two_users, "alice", ALICE_PASS)
    Store.open(two_users, "bob", BOB_PASS).close()  # bob is not locked out by alice's attempts
    with pytest.raises(TooManyAttemptsError):
        Store.open(two_users, "alice", ALICE_PASS)  # and bob's sign-in did not lift alice's slow-down


def test_deleting_the_counter_file_is_recorded_at_the_next_unlock(two_users: Path) -> None:
    _fail(two_users, "alice", 2)
    (two_users / FAILURES_FILE).unlink()
    with Store.open(two_users, "bob", BOB_PASS) as store:
        actions = [e.action for e in store.audit.entries()]
        lost = [e for e in store.audit.entries() if e.action == "unlock-failures-lost"]
    assert "unlock-failures-lost" in actions, actions
    assert lost and lost[-1].detail is not None and "deleted" in lost[-1].detail


def test_editing_the_counter_file_to_hide_attempts_is_recorded(two_users: Path) -> None:
    _fail(two_users, "alice", 3)
    path = two_users / FAILURES_FILE
    doc = json.loads(path.read_text())
    doc["pending"] = []  # the insider removes the records of their attempts but keeps the file
    path.write_text(json.dumps(doc))
    with Store.open(two_users, "bob", BOB_PASS) as store:
        lost = [e for e in store.audit.entries() if e.action == "unlock-failures-lost"]
    assert lost and lost[-1].detail is not None and "3" in lost[-1].detail


def test_failures_recorded_normally_are_audited_once_with_their_user(two_users: Path) -> None:
    _fail(two_users, "alice", 2)
    with Store.open(two_users, "bob", BOB_PASS) as store:
        failed = [e.username for e in store.audit.entries() if e.action == "unlock-failed"]
        assert failed == ["alice", "alice"]
        assert not [e for e in store.audit.entries() if e.action == "unlock-failures-lost"]
    with Store.open(two_users, "bob", BOB_PASS) as store:
        failed = [e.username for e in store.audit.entries() if e.action == "unlock-failed"]
        assert failed == ["alice", "alice"]  # not recorded twice
        assert not [e for e in store.audit.entries() if e.action == "unlock-failures-lost"]


def test_a_restore_adopts_the_folders_counter_file(two_users: Path, tmp_path: Path) -> None:
    """Failures in the folder before a restore are audited in the restored store, and the file is
    not mistaken for a deleted one (it was written while the other copy was in the folder)."""
    from crisisplan.store import restore_backup

    backup = tmp_path / "b.cpbak"
    with Store.open(two_users, "bob", BOB_PASS) as store:
        store.backup(backup)
    _fail(two_users, "alice", 2)
    restore_backup(two_users, backup, "bob", BOB_PASS)
    with Store.open(two_users, "bob", BOB_PASS) as store:
        entries = store.audit.entries()
    after = entries[[e.action for e in entries].index("restore"):]
    assert [e.username for e in after if e.action == "unlock-failed"] == ["alice", "alice"]
    assert not [e for e in entries if e.action == "unlock-failures-lost"]
