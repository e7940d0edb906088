"""KEY-01 (wrong passphrase reported in < 2 s with the real calibrated cost; store bytes unchanged)
and KEY-08 (repeated failures slowed down and audited)."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

import crisisplan.store.failures as failures_mod
import crisisplan.store.keys as keys_mod
from crisisplan.store import (
    MIN_ITERATIONS,
    Store,
    TooManyAttemptsError,
    WrongCredentialsError,
    time_kdf,
)
from crisisplan.store.failures import FAILURES_FILE, delay_after
from tests.store.helpers import PASSPHRASE


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name != FAILURES_FILE}


def test_wrong_passphrase_is_quick_with_the_calibrated_cost_and_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "real-cost"
    store, _ = Store.create(data_dir, "alice", "Alice", ["admin"], PASSPHRASE)  # calibrates, as the CLI does
    iterations = store.kdf_iterations
    store.close()
    assert iterations >= MIN_ITERATIONS
    assert time_kdf(iterations) < 1.5
    before = _hashes(data_dir)
    for username in ("alice", "nobody"):
        start = time.perf_counter()
        with pytest.raises(WrongCredentialsError) as info:
            Store.open(data_dir, username, "not the passphrase")
        assert time.perf_counter() - start < 2.0
        assert "passphrase is not right" in str(info.value)
    assert _hashes(data_dir) == before
    start = time.perf_counter()
    Store.open(data_dir, "alice", PASSPHRASE).close()
    assert time.perf_counter() - start < 2.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def time(self) -> float:
        return self.now


def test_delay_schedule() -> None:
    assert [delay_after(n) for n in range(1, 11)] == [0, 0, 2, 4, 8, 16, 32, 60, 60, 60]


def test_repeated_failures_are_slowed_down_and_audited(created: tuple[Store, str], data_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    created[0].close()
    clock = Clock()
    monkeypatch.setattr(failures_mod, "time", clock)
    for _ in range(3):
        with pytest.raises(WrongCredentialsError) as info:
            Store.open(data_dir, "alice", "wrong", workstation="kiosk-1")
        assert not isinstance(info.value, TooManyAttemptsError)

    derivations = []
    real_derive = keys_mod.derive_kek
    monkeypatch.setattr(keys_mod, "derive_kek", lambda *a: derivations.append(1) or real_derive(*a))
    with pytest.raises(TooManyAttemptsError) as blocked:
        Store.open(data_dir, "alice", PASSPHRASE)  # even the right passphrase waits
    assert blocked.value.retry_after == pytest.approx(2.0)
    assert "Wait 2 seconds" in str(blocked.value)
    assert derivations == []  # refused without running the key derivation

    clock.now += 2.1
    with pytest.raises(WrongCredentialsError) as other:
        Store.open(data_dir, "nobody", "wrong", workstation="kiosk-2")  # counted apart from alice
    assert not isinstance(other.value, TooManyAttemptsError)
    with pytest.raises(WrongCredentialsError) as fourth:
        Store.open(data_dir, "alice", "wrong", workstation="kiosk-1")  # alice's 4th failure: wait 4 s
    assert not isinstance(fourth.value, TooManyAttemptsError)
    clock.now += 3.0
    with pytest.raises(TooManyAttemptsError) as blocked:
        Store.open(data_dir, "alice", PASSPHRASE)
    assert blocked.value.retry_after == pytest.approx(1.0)
    clock.now += 1.1
    with Store.open(data_dir, "alice", PASSPHRASE, workstation="desk") as store:
        failed = [e for e in store.audit.entries() if e.action == "unlock-failed"]
        assert [(e.username, e.workstation) for e in failed] == [
            ("alice", "kiosk-1"), ("alice", "kiosk-1"), ("alice", "kiosk-1"), ("(unknown user)", "kiosk-2"),
            ("alice", "kiosk-1")]
        assert all(e.at.endswith("Z") for e in failed)
        assert failed[0].at < store.audit.entries()[-1].at  # original times kept
        assert store.audit.verify().ok
    assert json.loads((data_dir / FAILURES_FILE).read_text())["pending"] == []
    with pytest.raises(WrongCredentialsError) as again:
        Store.open(data_dir, "alice", "wrong")
    assert not isinstance(again.value, TooManyAttemptsError)  # the count starts again


def test_failures_file_holds_no_secrets(created: tuple[Store, str], data_dir: Path) -> None:
    created[0].close()
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "alice", "my secret attempt")
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "my secret typed in the name box", "x")
    text = (data_dir / FAILURES_FILE).read_text()
    assert "secret" not in text
    assert "alice" in text and "(unknown user)" in text
