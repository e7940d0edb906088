"""P14: after one full verification the backup checks only the audit entries since the checkpoint
(plus the checkpoint's own entry), and still refuses a chain changed after it."""

from __future__ import annotations

from pathlib import Path

import pytest

import crisisplan.store.backup as backup_mod
from crisisplan.store import BackupError, Store
from crisisplan.store.audit_checkpoint import read_checkpoint, verify_chain
from tests.store.helpers import document, index_fields


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    seen: list[int | None] = []
    real = backup_mod.verify_chain

    def spy(conn: object, store_id: str, *, since: object = None, progress: object = None) -> object:
        seen.append(getattr(since, "id", None))
        return real(conn, store_id, since=since)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_mod, "verify_chain", spy)
    return seen


def test_the_second_backup_verifies_from_the_first_ones_checkpoint(store: Store, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store.plans.create(document(), index_fields())
    seen = _spy(monkeypatch)
    store.backup(tmp_path / "1.cpbak")
    first = read_checkpoint(store.connection)
    assert first is not None and seen == [None]  # no checkpoint yet: a full check
    for n in range(5):
        store.plans.create(document(n=n), index_fields(f"P {n}", seq=n + 1))
    store.backup(tmp_path / "2.cpbak")
    assert seen == [None, first.id]
    second = read_checkpoint(store.connection)
    assert second is not None and second.id > first.id


def test_a_change_after_the_checkpoint_still_fails_the_backup(store: Store, tmp_path: Path) -> None:
    store.backup(tmp_path / "1.cpbak")
    store.plans.create(document(), index_fields())
    conn = store.connection
    with store.transaction():
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET detail = 'changed' WHERE id = (SELECT max(id) FROM audit)")
    with pytest.raises(BackupError, match="audit log does not verify"):
        store.backup(tmp_path / "2.cpbak")


def test_a_changed_checkpoint_entry_is_reported(store: Store) -> None:
    store.plans.create(document(), index_fields())
    store.mark_audit_verified(store.audit.count())
    checkpoint = read_checkpoint(store.connection)
    assert checkpoint is not None
    assert verify_chain(store.connection, store.store_id, since=checkpoint).ok
    conn = store.connection
    with store.transaction():
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET detail = 'changed' WHERE id = ?", (checkpoint.id,))
    result = verify_chain(store.connection, store.store_id, since=checkpoint)
    assert not result.ok and "verified earlier" in result.problems[0]
    assert not verify_chain(store.connection, store.store_id).ok  # and the full check agrees


def test_progress_is_reported_while_verifying(store: Store) -> None:
    with store.transaction():
        for n in range(25_000):
            store.audit.append("view", person=1, detail=f"n {n}")
    calls: list[tuple[int, int]] = []
    result = verify_chain(store.connection, store.store_id, progress=lambda done, total: calls.append((done, total)))
    assert result.ok and result.count == store.audit.count()
    assert calls[0] == (10_000, result.count) and calls[-1] == (result.count, result.count)


def test_a_backup_reports_progress_up_to_the_end(store: Store, tmp_path: Path) -> None:
    for n in range(30):
        store.plans.create(document(n=n), index_fields(f"P {n}", seq=n))
    seen: list[tuple[int, int]] = []
    store.backup(tmp_path / "b.cpbak", lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes backwards
    assert any(60 <= d < 100 for d, _ in seen)
