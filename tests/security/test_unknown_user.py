"""An unknown username costs the same key derivation as a known one, so timing does not tell which
usernames exist (and the derivation uses the range-checked cost, never an absurd file value)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisplan.store import Store, WrongCredentialsError
from crisisplan.store import keys as keys_module
from crisisplan.store.keyring import read_slot_file
from tests.security.conftest import Practice


def test_unknown_username_runs_one_full_key_derivation(practice: Practice, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = keys_module.derive_kek

    def spy(secret: str, salt: bytes, iterations: int) -> bytes:
        calls.append(iterations)
        return real(secret, salt, iterations)

    monkeypatch.setattr(keys_module, "derive_kek", spy)
    expected = read_slot_file(practice.data_dir).find("user", "alice")
    assert expected is not None
    for username in ("nobody", "alice"):
        with pytest.raises(WrongCredentialsError):
            Store.open(practice.data_dir, username, "not the passphrase at all")
    assert calls == [expected.iterations, expected.iterations]


def test_restore_with_an_unknown_username_runs_one_full_key_derivation(
        practice: Practice, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The same for a restore: which usernames a backup holds is not told by timing either."""
    from crisisplan.store import restore_backup
    from tests.security.conftest import PASSPHRASES

    backup = tmp_path / "b.cpbak"
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        store.backup(backup)
    calls: list[int] = []
    real = keys_module.derive_kek

    def spy(secret: str, salt: bytes, iterations: int) -> bytes:
        calls.append(iterations)
        return real(secret, salt, iterations)

    monkeypatch.setattr(keys_module, "derive_kek", spy)
    expected = read_slot_file(practice.data_dir).find("user", "alice")
    assert expected is not None
    for username in ("nobody", "alice"):
        with pytest.raises(WrongCredentialsError):
            restore_backup(practice.data_dir, backup, username, "not the passphrase at all")
    assert calls == [expected.iterations, expected.iterations]
