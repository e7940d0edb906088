"""SEC-06: a restore accepts only a backup of THIS store, unless a person holding the other store's
credentials explicitly replaces it (`restore --replace-with-other-store`).

The attack: an insider who runs a store of their own elsewhere (or a copy they control) restores
its backup over the practice's store, with their own passphrase. The practice's plans and audit
disappear behind a store that only the insider controls."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisplan.store import BackupError, Store, WrongCredentialsError, restore_backup
from tests.security.store_fixtures import ALICE_PASS, MALLORY_PASS, add_plan, file_hashes, new_store


def _two_stores(tmp_path: Path) -> tuple[Path, Path]:
    practice, other = tmp_path / "practice", tmp_path / "other"
    with new_store(practice) as store:
        add_plan(store, "Ann Example")
    backup = tmp_path / "other.cpbak"
    with new_store(other, "mallory", MALLORY_PASS) as store:
        store.backup(backup)
    return practice, backup


def test_a_backup_of_another_store_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    practice, foreign = _two_stores(tmp_path)
    before = file_hashes(practice)
    with pytest.raises(BackupError) as info:
        restore_backup(practice, foreign, "mallory", MALLORY_PASS, workstation="ws-insider")
    assert "different store" in str(info.value)
    assert file_hashes(practice) == before
    with Store.open(practice, "alice", ALICE_PASS) as store:
        assert [s.name for s in store.plans.page(0, 10)] == ["Ann Example"]


def test_replacing_with_another_store_is_a_separate_explicit_act(tmp_path: Path) -> None:
    practice, foreign = _two_stores(tmp_path)
    with Store.open(practice, "alice", ALICE_PASS) as store:
        replaced_id = store.store_id
    info = restore_backup(practice, foreign, "mallory", MALLORY_PASS, workstation="ws-admin",
                          replace_other_store=True)
    assert info.previous_database is not None and info.previous_database.is_file()
    with Store.open(practice, "mallory", MALLORY_PASS) as store:
        assert store.store_id != replaced_id
        entry = [e for e in store.audit.entries() if e.action == "restore"][-1]
        assert entry.detail is not None and f"replaced store {replaced_id}" in entry.detail


def test_the_other_store_still_needs_its_own_credentials(tmp_path: Path) -> None:
    practice, foreign = _two_stores(tmp_path)
    before = file_hashes(practice)
    with pytest.raises(WrongCredentialsError) as info:
        restore_backup(practice, foreign, "alice", ALICE_PASS, replace_other_store=True)
    assert "passphrase" in str(info.value)
    assert file_hashes(practice) == before


def test_a_backup_records_its_store_id_and_audit_head(tmp_path: Path) -> None:
    from crisisplan.store import read_backup_info

    with new_store(tmp_path / "s") as store:
        add_plan(store)
        head = store.audit.entries()[-1]
        info = store.backup(tmp_path / "s.cpbak")
    header = read_backup_info(info.path)
    assert header.store_id == info.store_id
    assert (header.audit_count, header.audit_head) == (head.id, head.hash)


def test_the_command_line_asks_for_the_explicit_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from crisisplan.cli import main
    from crisisplan.cli.io import ExitCode

    practice, foreign = _two_stores(tmp_path)
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(practice))
    monkeypatch.setenv("CRISISPLAN_USER", "mallory")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", MALLORY_PASS)
    before = file_hashes(practice)
    assert main(["restore", str(foreign)]) == ExitCode.INTEGRITY
    assert "--replace-with-other-store" in capsys.readouterr().err
    assert file_hashes(practice) == before
    assert main(["restore", str(foreign), "--replace-with-other-store"]) == ExitCode.OK
    with Store.open(practice, "mallory", MALLORY_PASS) as store:
        assert store.plans.count() == 0
