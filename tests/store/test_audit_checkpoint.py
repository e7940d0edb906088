"""P14 and SEC-03: one checkpoint mechanism, the signed per-user checkpoints in the key file. After a
verification or a backup the next check starts from the newest validly signed verified point (plus
that entry, which must still be there with the same hash), and still refuses a log changed after it."""

from __future__ import annotations

from pathlib import Path

import pytest

import crisisplan.store.backup as backup_mod
from crisisplan.store import BackupError, Store
from crisisplan.store import audit_checkpoint as checkpoints
from crisisplan.store.audit_verify import verify_log
from crisisplan.store.keyring import read_slot_file
from tests.store.helpers import document, index_fields


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    seen: list[int | None] = []
    real = backup_mod.verify_log

    def spy(conn: object, store_id: str, *, since: tuple[int, str] | None = None, progress: object = None) -> object:
        seen.append(None if since is None else since[0])
        return real(conn, store_id, since=since)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_mod, "verify_log", spy)
    return seen


def _start(store: Store) -> tuple[int, str] | None:
    return checkpoints.start_point(store.connection, read_slot_file(store.data_dir), store.store_id)


def test_the_second_backup_verifies_from_the_first_ones_checkpoint(store: Store, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store.plans.create(document(), index_fields())
    seen = _spy(monkeypatch)
    store.backup(tmp_path / "1.cpbak")
    first = _start(store)
    assert first is not None and seen == [None]  # no verified point yet: a full check
    for n in range(5):
        store.plans.create(document(n=n), index_fields(f"P {n}", seq=n + 1))
    store.backup(tmp_path / "2.cpbak")
    assert seen == [None, first[0]]
    second = _start(store)
    assert second is not None and second[0] > first[0]


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
    point = _start(store)
    assert point is not None
    assert verify_log(store.connection, store.store_id, since=point).ok
    conn = store.connection
    with store.transaction():
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET detail = 'changed' WHERE id = ?", (point[0],))
    result = verify_log(store.connection, store.store_id, since=point)
    assert not result.ok and "last verified" in result.problems[0]
    assert not verify_log(store.connection, store.store_id).ok  # and the full check agrees


def test_an_edited_checkpoint_is_not_a_starting_point(store: Store) -> None:
    store.mark_audit_verified(store.audit.count())
    assert _start(store) is not None
    from tests.security.insider import edit_key_file

    def bump(doc: dict) -> None:  # type: ignore[type-arg]
        for record in doc["audit_checkpoints"].values():
            record["verified"][0] += 1

    edit_key_file(store.data_dir, bump)
    assert _start(store) is None  # the signature no longer matches: verify from the first entry


def test_progress_is_reported_while_verifying(store: Store) -> None:
    with store.transaction():
        for n in range(25_000):
            store.audit.append("view", person=1, detail=f"n {n}")
    calls: list[tuple[int, int]] = []
    result = verify_log(store.connection, store.store_id, progress=lambda done, total: calls.append((done, total)))
    assert result.ok and result.count == store.audit.count()
    assert calls[0] == (5_000, result.count) and calls[-1] == (result.count, result.count)


def test_a_backup_reports_progress_up_to_the_end(store: Store, tmp_path: Path) -> None:
    for n in range(30):
        store.plans.create(document(n=n), index_fields(f"P {n}", seq=n))
    seen: list[tuple[int, int]] = []
    store.backup(tmp_path / "b.cpbak", lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes backwards
    assert any(60 <= d < 100 for d, _ in seen)
