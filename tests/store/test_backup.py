"""BAK-01: backups are one encrypted, verified file; restore gives back exactly the same plans and
audit history; a bad backup never touches the live store."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from crisisplan.store import (
    BackupError,
    Store,
    WrongCredentialsError,
    read_backup_info,
    restore_backup,
)
from crisisplan.store import backup as backup_mod
from crisisplan.store.migrations import latest_version
from crisisplan.store.restore_journal import JOURNAL_FILE
from tests.store.helpers import PASSPHRASE, document, index_fields, random_plans


def _snapshot(store: Store) -> tuple[list[tuple[int, int, str]], list[tuple[object, ...]]]:
    plans = []
    for plan_id in store.plans.ids(order="id"):
        for info in store.plans.versions(plan_id):
            doc = store.plans.get(plan_id, info.version, audit=False).document
            plans.append((plan_id, info.version, doc))
    audit = [(e.id, e.at, e.username, e.action, e.person, e.detail, e.hash) for e in store.audit.entries()]
    return plans, audit


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def backed_up(store: Store, tmp_path: Path) -> Path:
    ids = random_plans(store, 30)
    store.plans.add_version(ids[0], document(v=2), index_fields("Changed Later"))
    path = tmp_path / "backups" / "store.cpbak"
    path.parent.mkdir()
    return path


def test_backup_is_one_encrypted_verified_file(store: Store, backed_up: Path) -> None:
    info = store.backup(backed_up)
    assert info.plan_count == 30 and info.path == backed_up and info.size == backed_up.stat().st_size
    assert list(backed_up.parent.iterdir()) == [backed_up]  # no temp files left
    raw = backed_up.read_bytes()
    assert raw.startswith(b"CRISISPLAN-BACKUP\n")
    assert b"SQLite format 3" not in raw and b"Changed Later" not in raw
    header = read_backup_info(backed_up)
    assert (header.store_id, header.format_version, header.schema_version) == (store.store_id, 1, latest_version())
    assert store.audit.entries()[-1].action == "backup"
    assert backed_up.stat().st_mode & 0o077 == 0


def test_restore_gives_back_the_same_plans_and_audit(store: Store, backed_up: Path, data_dir: Path) -> None:
    store.backup(backed_up)
    plans, audit = _snapshot(store)
    audit = audit[:-1]  # the "backup" entry is written after the copy was verified
    store.plans.create(document(), index_fields("After The Backup"))
    store.close()
    info = restore_backup(data_dir, backed_up, "alice", PASSPHRASE, workstation="restorer")
    assert info.plan_count == 30 and info.previous_database is not None and info.previous_database.exists()
    with Store.open(data_dir, "alice", PASSPHRASE) as restored:
        got_plans, got_audit = _snapshot(restored)
        assert got_plans == plans
        assert got_audit[:len(audit)] == audit
        extra = [e.action for e in restored.audit.entries()[len(audit):]]
        assert extra == ["restore", "unlock"]
        assert restored.audit.verify().ok
        assert restored.plans.search("after the backup") == []
    kept = [p.name for p in data_dir.iterdir() if "before-restore" in p.name]
    assert any(n.startswith("crisisplan.db.before-restore-") for n in kept)
    assert any(n.startswith("keyslots.json.before-restore-") for n in kept)


def test_restore_into_a_new_folder_on_another_machine(store: Store, backed_up: Path, tmp_path: Path) -> None:
    store.backup(backed_up)
    plans, _ = _snapshot(store)
    new_home = tmp_path / "new-machine" / "data"
    info = restore_backup(new_home, backed_up, "alice", PASSPHRASE)
    assert info.previous_database is None
    with Store.open(new_home, "alice", PASSPHRASE) as restored:
        assert _snapshot(restored)[0] == plans


@pytest.mark.parametrize("damage", ["flip-db-byte", "truncate", "flip-slots", "not-a-backup", "extra-bytes"])
def test_bad_backup_never_touches_the_live_store(store: Store, backed_up: Path, data_dir: Path,
                                                 damage: str) -> None:
    store.backup(backed_up)
    store.close()
    raw = bytearray(backed_up.read_bytes())
    if damage == "flip-db-byte":
        raw[-5000] ^= 0x01
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "flip-slots":
        raw[raw.index(b'"slots"') + 40] ^= 0x01
    elif damage == "not-a-backup":
        raw = bytearray(b"hello, this is a text file\n" * 10)
    else:
        raw += b"junk"
    backed_up.write_bytes(bytes(raw))
    before = _files(data_dir)
    with pytest.raises(BackupError):
        restore_backup(data_dir, backed_up, "alice", PASSPHRASE)
    assert _files(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(before)


def test_backup_checksums_are_not_the_only_guard(store: Store, backed_up: Path, data_dir: Path) -> None:
    """A damaged database page with fixed-up checksums is still caught (SQLCipher HMAC / integrity)."""
    import json
    import struct

    store.backup(backed_up)
    store.close()
    raw = backed_up.read_bytes()
    magic = b"CRISISPLAN-BACKUP\n"
    (length,) = struct.unpack(">I", raw[len(magic):len(magic) + 4])
    start = len(magic) + 4
    header = json.loads(raw[start:start + length])
    body = bytearray(raw[start + length:])
    body[header["slots_length"] + 3 * 4096 + 100] ^= 0xFF  # inside page 4 of the database
    header["database_sha256"] = hashlib.sha256(bytes(body[header["slots_length"]:])).hexdigest()
    new_header = json.dumps(header).encode()
    backed_up.write_bytes(magic + struct.pack(">I", len(new_header)) + new_header + bytes(body))
    before = _files(data_dir)
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(data_dir, backed_up, "alice", PASSPHRASE)
    assert _files(data_dir) == before


def test_wrong_credentials_for_the_backup(store: Store, backed_up: Path, data_dir: Path) -> None:
    store.backup(backed_up)
    store.users.change_passphrase("alice", "changed after the backup")
    store.close()
    before = _files(data_dir)
    with pytest.raises(WrongCredentialsError):
        restore_backup(data_dir, backed_up, "alice", "changed after the backup")
    with pytest.raises(WrongCredentialsError):
        restore_backup(data_dir, backed_up, "nobody", PASSPHRASE)
    assert _files(data_dir) == before
    restore_backup(data_dir, backed_up, "alice", PASSPHRASE)  # credentials valid IN the backup
    Store.open(data_dir, "alice", PASSPHRASE).close()


def test_failed_verification_removes_the_backup(store: Store, backed_up: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real = backup_mod._write_container

    def corrupting(tmp_file: Path, header: object, slots: bytes, db: Path) -> None:
        real(tmp_file, header, slots, db)  # type: ignore[arg-type]
        with open(tmp_file, "r+b") as f:
            f.seek(-3000, os.SEEK_END)
            f.write(b"\x00" * 16)

    monkeypatch.setattr(backup_mod, "_write_container", corrupting)
    with pytest.raises(BackupError):
        store.backup(backed_up)
    assert list(backed_up.parent.iterdir()) == []
    assert store.audit.entries()[-1].action != "backup"


def test_backup_to_missing_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        store.backup(tmp_path / "no" / "such" / "folder" / "b.cpbak")


def test_interrupted_swap_is_rolled_forward(store: Store, backed_up: Path, data_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from crisisplan.store import restore_journal

    store.backup(backed_up)
    plans, _ = _snapshot(store)
    store.plans.create(document(), index_fields("Only In The Live Store"))
    store.close()
    real_apply = restore_journal._apply
    monkeypatch.setattr(restore_journal, "_apply", lambda *a: None)  # "killed" right after the journal
    restore_backup(data_dir, backed_up, "alice", PASSPHRASE)
    assert (data_dir / JOURNAL_FILE).exists()
    assert Store.exists(data_dir)
    monkeypatch.setattr(restore_journal, "_apply", real_apply)
    # half-done: the live database already set aside, nothing swapped in yet
    journal_moves = __import__("json").loads((data_dir / JOURNAL_FILE).read_text())["moves"]
    src, dst, _kind = journal_moves[0]
    shutil.move(data_dir / src, data_dir / dst)
    with Store.open(data_dir, "alice", PASSPHRASE) as restored:
        assert _snapshot(restored)[0] == plans
    assert not (data_dir / JOURNAL_FILE).exists()
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]
