"""SEC-04: removal, passphrase change (with rotation) and a new recovery key leave a copied old key
file plus the old secret unable to open the current store."""

from __future__ import annotations

import shutil
from pathlib import Path

from crisisplan.services import admin
from crisisplan.store.recovery import canonical_recovery_key
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import opens, slot_keys


def _copy_key_file(practice: Practice, tmp_path: Path) -> Path:
    copy = tmp_path / "old-keyslots.json"
    shutil.copy2(practice.data_dir / "keyslots.json", copy)
    return copy


def _old_slot_opens_live_store(practice: Practice, copy: Path, username: str, secret: str) -> bool:
    keys = slot_keys(practice.data_dir, username, secret, slots_path=copy)
    return any(opens(practice.data_dir / "crisisplan.db", k) for k in keys["store"])


def test_removed_user_with_a_copied_key_file_cannot_open_the_store(practice: Practice, tmp_path: Path) -> None:
    copy = _copy_key_file(practice, tmp_path)
    assert _old_slot_opens_live_store(practice, copy, "rita", PASSPHRASES["rita"])  # before: it does
    with practice.session("alice") as session:
        admin.remove_user(session, "rita")
    assert not _old_slot_opens_live_store(practice, copy, "rita", PASSPHRASES["rita"])
    with practice.session("carl") as session:  # everyone else still gets in
        assert session.roles == ("clinician",)


def test_passphrase_change_with_rotation_retires_the_old_passphrase(practice: Practice, tmp_path: Path) -> None:
    copy = _copy_key_file(practice, tmp_path)
    with practice.session("carl") as session:
        admin.change_passphrase(session, "carl", "carl's second passphrase", rotate=True)
    assert not _old_slot_opens_live_store(practice, copy, "carl", PASSPHRASES["carl"])


def test_new_recovery_key_retires_the_old_one(practice: Practice, tmp_path: Path) -> None:
    copy = _copy_key_file(practice, tmp_path)
    with practice.session("alice") as session:
        admin.new_recovery_key(session)
    old = canonical_recovery_key(practice.recovery_key)
    assert not _old_slot_opens_live_store(practice, copy, "recovery", old)
