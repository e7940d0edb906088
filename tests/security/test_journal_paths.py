"""SEC-07: nothing read from the data folder can name a path outside it.

The attack: an insider plants `restore-journal.json` in the data folder. The next sign-in, even a
failed one, "finishes the interrupted restore": before, that deleted whatever folder the journal
named as its staging folder (anywhere the app's user could write) and moved files wherever the
journal said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crisisplan.store import Store, StoreError, WrongCredentialsError
from crisisplan.store.restore_journal import JOURNAL_FILE
from tests.security.store_fixtures import ALICE_PASS, new_store


def _victim(tmp_path: Path) -> Path:
    victim = tmp_path / "someone-elses-folder"
    victim.mkdir()
    (victim / "letter.txt").write_text("not the app's to delete")
    return victim


def _plant(data: Path, journal: dict[str, object]) -> None:
    (data / JOURNAL_FILE).write_text(json.dumps(journal))


def _sign_in_fails(data: Path) -> None:
    with pytest.raises((StoreError, WrongCredentialsError)):
        Store.open(data, "alice", "a wrong passphrase entirely")


@pytest.mark.parametrize("staging", ["../someone-elses-folder", "ABSOLUTE"])
def test_a_planted_journal_cannot_delete_a_folder_outside_the_data_folder(tmp_path: Path, staging: str) -> None:
    data = tmp_path / "data"
    new_store(data).close()
    victim = _victim(tmp_path)
    _plant(data, {"version": 1, "staging": str(victim) if staging == "ABSOLUTE" else staging,
                  "db": "crisisplan.db", "moves": []})
    _sign_in_fails(data)
    assert (victim / "letter.txt").read_text() == "not the app's to delete"


@pytest.mark.parametrize("target", ["../stolen.db", "ABSOLUTE", "sub/../../stolen.db"])
def test_a_planted_journal_cannot_move_the_store_out_of_the_data_folder(tmp_path: Path, target: str) -> None:
    data = tmp_path / "data"
    new_store(data).close()
    outside = tmp_path / "stolen.db"
    _plant(data, {"version": 1, "staging": ".restore-000000000000", "db": "crisisplan.db",
                  "moves": [["crisisplan.db", str(outside) if target == "ABSOLUTE" else target, "aside"]]})
    _sign_in_fails(data)
    assert not outside.exists()
    assert (data / "crisisplan.db").is_file()


def test_a_planted_journal_cannot_bring_a_file_in_from_outside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    new_store(data).close()
    planted = tmp_path / "planted.db"
    planted.write_bytes(b"an insider's database")
    before = (data / "crisisplan.db").read_bytes()
    _plant(data, {"version": 1, "staging": ".restore-000000000000", "db": "crisisplan.db",
                  "moves": [[str(planted), "crisisplan.db", "in"], ["../planted.db", "crisisplan.db", "in"]]})
    _sign_in_fails(data)
    assert planted.is_file()
    assert (data / "crisisplan.db").read_bytes() == before


def test_a_planted_journal_is_refused_plainly_and_the_store_still_opens_once_it_is_gone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    new_store(data).close()
    _plant(data, {"version": 1, "staging": "../x", "db": "crisisplan.db", "moves": []})
    with pytest.raises(StoreError) as info:
        Store.open(data, "alice", ALICE_PASS)
    assert "journal" in str(info.value)
    (data / JOURNAL_FILE).unlink()
    Store.open(data, "alice", ALICE_PASS).close()


def test_a_huge_or_special_journal_is_not_read_without_limit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    new_store(data).close()
    (data / JOURNAL_FILE).write_bytes(b"{" + b" " * (2 * 1024 * 1024) + b"}")
    with pytest.raises(StoreError) as info:
        Store.open(data, "alice", ALICE_PASS)
    assert "journal" in str(info.value)
