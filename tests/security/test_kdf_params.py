"""SEC-05: key-derivation parameters are authenticated, floored and capped."""

from __future__ import annotations

from typing import Any

import pytest

from crisisplan.services import admin
from crisisplan.store import DamagedStoreError, NotAStoreError, Store
from crisisplan.store import keys as keys_module
from crisisplan.store.keyring import read_slot_file
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import edit_key_file


def test_iteration_count_of_one_in_the_file_makes_no_cheap_slot(practice: Practice) -> None:
    """Today's attack: set the file's count to 1 and wait for an admin to add a user."""

    def one(doc: dict[str, Any]) -> None:
        doc["kdf"]["iterations"] = 1

    edit_key_file(practice.data_dir, one)
    with pytest.raises((DamagedStoreError, NotAStoreError), match="key file"):
        practice.session("alice")


def test_new_slots_take_the_stores_own_cost_never_the_files(practice: Practice) -> None:
    before = read_slot_file(practice.data_dir).find("user", "alice")
    assert before is not None

    def other(doc: dict[str, Any]) -> None:
        doc["kdf"]["iterations"] = before.iterations + 1

    edit_key_file(practice.data_dir, other)
    with practice.session("alice") as session:
        admin.add_user(session, "bob", "Bob", ["readonly"], "bob's new passphrase")
        admin.change_passphrase(session, "rita", "rita's second passphrase")
    slots = read_slot_file(practice.data_dir)
    for name in ("bob", "rita"):
        slot = slots.find("user", name)
        assert slot is not None and slot.iterations == before.iterations


@pytest.mark.parametrize("value", [2**32, 10**12, 0, -5, 1])
def test_absurd_iteration_counts_are_a_damaged_key_file_not_a_crash(practice: Practice, value: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys_module, "KDF_FLOOR", keys_module.MIN_ITERATIONS, raising=False)

    def absurd(doc: dict[str, Any]) -> None:
        doc["kdf"]["iterations"] = value
        for slot in doc["slots"]:
            slot["iterations"] = value

    edit_key_file(practice.data_dir, absurd)
    for username in ("alice", "nobody"):
        with pytest.raises((DamagedStoreError, NotAStoreError), match="key file"):
            Store.open(practice.data_dir, username, PASSPHRASES.get(username, "x" * 12))
