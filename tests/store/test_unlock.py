"""Creating and unlocking: ENC-03, KEY-02, KEY-04, KEY-07, recovery keys, key rotation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crisisplan.store import (
    DamagedStoreError,
    NotAStoreError,
    Store,
    StoreError,
    StoreExistsError,
    WrongCredentialsError,
)
from crisisplan.store.keyring import read_slot_file
from crisisplan.store.recovery import canonical_recovery_key
from tests.store.helpers import FAST_KDF, PASSPHRASE, document, index_fields


def test_open_missing_store_raises_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(NotAStoreError):
        Store.open(missing, "alice", "x")
    assert not missing.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NotAStoreError):
        Store.open(empty, "alice", "x")
    with pytest.raises(NotAStoreError):
        Store.open_with_recovery_key(empty, "AAAAA")
    assert list(empty.iterdir()) == []
    assert not Store.exists(empty)


def test_create_refuses_an_existing_store(created: tuple[Store, str], data_dir: Path) -> None:
    assert Store.exists(data_dir)
    with pytest.raises(StoreExistsError):
        Store.create(data_dir, "eve", "Eve", ["admin"], "x", kdf_iterations=FAST_KDF)


def test_create_folder_and_file_permissions(created: tuple[Store, str], data_dir: Path) -> None:
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for name in ("crisisplan.db", "keyslots.json"):
        assert (data_dir / name).stat().st_mode & 0o077 == 0, name
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".")]  # no staging leftovers


@pytest.mark.parametrize("passphrase", [
    'quote " and \' apostrophe', "back\\slash\\\\ and x'00'", "Ünïcödé façade ß 日本語 עברית",
    "emoji 🔐🧠💬👩🏽‍⚕️", "x" * 1000, "  spaces  at the ends  ", "; DROP TABLE users; --",
])
def test_awkward_passphrases_work(tmp_path: Path, passphrase: str) -> None:
    data_dir = tmp_path / "d"
    store, _ = Store.create(data_dir, "alice", "Alice", ["admin", "clinician"], passphrase,
                            kdf_iterations=FAST_KDF)
    store.users.add("bob", "Bob", ["clinician"], passphrase + "2")
    store.close()
    Store.open(data_dir, "alice", passphrase).close()
    Store.open(data_dir, "bob", passphrase + "2").close()
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "alice", passphrase[:-1])


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    composed, decomposed = "caf\u00e9 cr\u00e8me", "cafe\u0301 cre\u0300me"
    store, _ = Store.create(tmp_path / "d", "alice", "Alice", ["admin"], composed, kdf_iterations=FAST_KDF)
    store.close()
    Store.open(tmp_path / "d", "alice", decomposed).close()


def test_wrong_damaged_and_not_a_store_are_told_apart(created: tuple[Store, str], data_dir: Path,
                                                      tmp_path: Path) -> None:
    created[0].close()
    with pytest.raises(WrongCredentialsError) as wrong:
        Store.open(data_dir, "alice", "not it")
    assert type(wrong.value) is WrongCredentialsError
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "nobody", PASSPHRASE)

    damaged = tmp_path / "damaged"
    shutil.copytree(data_dir, damaged)
    raw = bytearray((damaged / "crisisplan.db").read_bytes())
    raw[100:4000] = bytes(3900)  # inside page 1: the key is right, the page is not
    (damaged / "crisisplan.db").write_bytes(bytes(raw))
    with pytest.raises(DamagedStoreError):
        Store.open(damaged, "alice", PASSPHRASE)

    no_db = tmp_path / "no-db"
    shutil.copytree(data_dir, no_db)
    (no_db / "crisisplan.db").unlink()
    with pytest.raises(NotAStoreError):
        Store.open(no_db, "alice", PASSPHRASE)

    malformed = tmp_path / "malformed"
    shutil.copytree(data_dir, malformed)
    (malformed / "keyslots.json").write_text("{ not json")
    with pytest.raises(NotAStoreError):
        Store.open(malformed, "alice", PASSPHRASE)

    other_json = tmp_path / "other-json"
    shutil.copytree(data_dir, other_json)
    (other_json / "keyslots.json").write_text(json.dumps({"format": "something else"}))
    with pytest.raises(NotAStoreError):
        Store.open(other_json, "alice", PASSPHRASE)


def test_key_file_of_another_store_is_damaged_not_wrong(tmp_path: Path) -> None:
    a, _ = Store.create(tmp_path / "a", "alice", "A", ["admin"], PASSPHRASE, kdf_iterations=FAST_KDF)
    b, _ = Store.create(tmp_path / "b", "alice", "B", ["admin"], PASSPHRASE, kdf_iterations=FAST_KDF)
    a.close()
    b.close()
    shutil.copy(tmp_path / "b" / "keyslots.json", tmp_path / "a" / "keyslots.json")
    with pytest.raises(DamagedStoreError):
        Store.open(tmp_path / "a", "alice", PASSPHRASE)


def test_tampered_slot_is_never_accepted(created: tuple[Store, str], data_dir: Path) -> None:
    created[0].close()
    doc = json.loads((data_dir / "keyslots.json").read_text())
    alice = next(s for s in doc["slots"] if s["username"] == "alice")
    alice["username"] = "mallory"  # AAD binds the slot to its username
    (data_dir / "keyslots.json").write_text(json.dumps(doc))
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "mallory", PASSPHRASE)


def test_recovery_key_opens_a_copy_elsewhere(created: tuple[Store, str], data_dir: Path,
                                             tmp_path: Path) -> None:
    store, recovery = created
    plan = store.plans.create(document(x=1), index_fields("Rescued Person"))
    store.close()
    elsewhere = tmp_path / "other-machine" / "crisisplan"
    shutil.copytree(data_dir, elsewhere)
    typed = recovery.lower().replace("-", " ")
    with Store.open_with_recovery_key(elsewhere, typed, workstation="other-pc") as rescued:
        assert rescued.plans.get(plan.plan_id).document == plan.document
        assert rescued.audit.entries()[-1].workstation == "other-pc"
        rescued.users.change_passphrase("alice", "new on the other machine")
    Store.open(elsewhere, "alice", "new on the other machine").close()


def test_recovery_key_format_and_typos(created: tuple[Store, str], data_dir: Path) -> None:
    recovery = created[1]
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert canonical_recovery_key(f"  {recovery.lower()}  ") == recovery.replace("-", "")
    typo = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    created[0].close()
    with pytest.raises(WrongCredentialsError, match="typing mistake"):
        Store.open_with_recovery_key(data_dir, typo)
    with pytest.raises(WrongCredentialsError):
        Store.open_with_recovery_key(data_dir, "")


def test_new_recovery_key_replaces_the_old(created: tuple[Store, str], data_dir: Path) -> None:
    store, old = created
    new = store.new_recovery_key()
    assert new != old
    store.close()
    with pytest.raises(WrongCredentialsError):
        Store.open_with_recovery_key(data_dir, old)
    Store.open_with_recovery_key(data_dir, new).close()


def test_rotate_store_key_keeps_every_slot_working(created: tuple[Store, str], data_dir: Path) -> None:
    store, recovery = created
    store.users.add("bob", "Bob", ["clinician"], "bob passphrase")
    plan = store.plans.create(document(x=1), index_fields())
    before = {w.key_id for s in read_slot_file(data_dir).slots for w in s.store_keys}
    store.rotate_store_key()
    after = {w.key_id for s in read_slot_file(data_dir).slots for w in s.store_keys}
    assert len(before) == len(after) == 1 and before != after
    store.plans.add_version(plan.plan_id, document(x=2), index_fields())  # still usable
    assert store.integrity_check() == []
    store.close()
    for opener in (lambda: Store.open(data_dir, "alice", PASSPHRASE),
                   lambda: Store.open(data_dir, "bob", "bob passphrase"),
                   lambda: Store.open_with_recovery_key(data_dir, recovery)):
        with opener() as s:
            assert s.plans.get(plan.plan_id).version == 2


def test_newer_schema_is_refused_clearly(created: tuple[Store, str], data_dir: Path) -> None:
    store = created[0]
    store.connection.execute("PRAGMA user_version = 99")
    store.close()
    with pytest.raises(StoreError, match="newer version of crisisplan"):
        Store.open(data_dir, "alice", PASSPHRASE)


def test_close_is_idempotent_and_drops_the_key(store: Store) -> None:
    store.close()
    store.close()
    assert not store.is_open
    with pytest.raises(StoreError, match="locked"):
        store.new_recovery_key()
