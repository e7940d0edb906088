"""Users, roles, passphrases, drafts and settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisplan.store import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    Store,
    WrongCredentialsError,
)
from crisisplan.store.keyring import read_slot_file
from tests.store.helpers import PASSPHRASE


def test_add_list_get_and_open_as_new_user(store: Store, data_dir: Path) -> None:
    rec = store.users.add("bob.k-1_2", "Bob K", ["clinician"], "bob passphrase")
    assert (rec.username, rec.display_name, rec.roles, rec.active) == ("bob.k-1_2", "Bob K", ("clinician",),
                                                                       True)
    assert [u.username for u in store.users.list()] == ["alice", "bob.k-1_2"]
    assert store.users.get("bob.k-1_2") == rec
    with Store.open(data_dir, "bob.k-1_2", "bob passphrase") as bob:
        assert bob.actor.roles == ("clinician",)
    with pytest.raises(ConflictError):
        store.users.add("bob.k-1_2", "Again", ["clinician"], "x")


@pytest.mark.parametrize("bad", ["", "a b", "x" * 65, "ümlaut", "semi;colon", "slash/", "recovery",
                                 "RECOVERY"])
def test_bad_usernames_are_refused_clearly(store: Store, bad: str) -> None:
    with pytest.raises(InvalidInputError, match="username"):
        store.users.add(bad, "Someone", ["clinician"], "passphrase")


def test_bad_roles_and_empty_passphrase_are_refused(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        store.users.add("carol", "Carol", [], "passphrase")
    with pytest.raises(InvalidInputError):
        store.users.add("carol", "Carol", ["Bad Role"], "passphrase")
    with pytest.raises(InvalidInputError):
        store.users.add("carol", "Carol", ["clinician"], "")


def test_remove_user_removes_slot_and_access(store: Store, data_dir: Path) -> None:
    store.users.add("bob", "Bob", ["clinician"], "bob passphrase")
    store.users.remove("bob")
    assert [u.username for u in store.users.list()] == ["alice"]
    assert [u.username for u in store.users.list(include_inactive=True)] == ["alice", "bob"]
    assert read_slot_file(data_dir).find("user", "bob") is None
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "bob", "bob passphrase")
    with pytest.raises(NotFoundError):
        store.users.remove("bob")
    again = store.users.add("bob", "Bob Again", ["reception"], "second passphrase")
    assert again.active and again.roles == ("reception",)


def test_last_admin_cannot_be_removed_or_demoted(store: Store) -> None:
    with pytest.raises(ConflictError, match="only administrator"):
        store.users.remove("alice")
    with pytest.raises(ConflictError, match="only administrator"):
        store.users.set_roles("alice", ["clinician"])
    store.users.add("dan", "Dan", ["admin"], "dan passphrase")
    store.users.set_roles("alice", ["clinician"])
    assert store.users.get("alice").roles == ("clinician",)
    with pytest.raises(ConflictError):
        store.users.remove("dan")


def test_change_passphrase_old_stops_new_works(store: Store, data_dir: Path) -> None:
    store.users.change_passphrase("alice", "a brand new passphrase")
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "alice", PASSPHRASE)
    Store.open(data_dir, "alice", "a brand new passphrase").close()
    with pytest.raises(NotFoundError):
        store.users.change_passphrase("nobody", "x")


def test_recovery_actor_can_reset_a_passphrase(created: tuple[Store, str], data_dir: Path) -> None:
    created[0].close()
    with Store.open_with_recovery_key(data_dir, created[1]) as rescue:
        assert rescue.actor.username == "recovery" and rescue.actor.roles == ("admin",)
        rescue.users.change_passphrase("alice", "reset by recovery")
        assert rescue.audit.entries()[-1].username == "recovery"
    Store.open(data_dir, "alice", "reset by recovery").close()


def test_drafts_are_per_user(store: Store, data_dir: Path) -> None:
    store.users.add("bob", "Bob", ["clinician"], "bob passphrase")
    store.drafts.save("plan-1", '{"draft": 1}')
    store.drafts.save("plan-1", '{"draft": 2}')
    store.drafts.save("new", "{}")
    assert store.drafts.get("plan-1") == '{"draft": 2}'
    assert store.drafts.list_keys() == ["new", "plan-1"]
    audit_count = store.audit.count()
    with Store.open(data_dir, "bob", "bob passphrase") as bob:
        assert bob.drafts.get("plan-1") is None
        assert bob.drafts.list_keys() == []
        bob.drafts.save("plan-1", "bob's")
    assert store.drafts.get("plan-1") == '{"draft": 2}'
    store.drafts.discard("plan-1")
    assert store.drafts.get("plan-1") is None and store.drafts.list_keys() == ["new"]
    assert [e.action for e in store.audit.entries()[audit_count:]] == ["unlock"]  # drafts not audited


def test_meta_settings(store: Store) -> None:
    assert store.meta.get("idle_lock_minutes") is None
    store.meta.set("idle_lock_minutes", "5")
    store.meta.set("idle_lock_minutes", "10")
    assert store.meta.get("idle_lock_minutes") == "10"
