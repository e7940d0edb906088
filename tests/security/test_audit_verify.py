"""verify-audit starts from where the chain was last found intact (P14), and a rewrite of entries
before that point is still reported (SEC-03)."""

from __future__ import annotations

import time

import pytest

from crisisplan.store import Store
from crisisplan.store import audit as audit_module
from crisisplan.store.audit import row_hash
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import insider_db


def _append(store: Store, n: int) -> None:
    with store.transaction():
        for i in range(n):
            store.audit.append("view", person=1, detail=f"entry {i}")


def test_incremental_verification_reads_only_the_new_entries(practice: Practice,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        _append(store, 20_000)
        assert store.verify_audit(full=True).ok
        _append(store, 2_000)  # a busy day
        hashed: list[int] = []
        real = audit_module.row_hash
        monkeypatch.setattr(audit_module, "row_hash", lambda row: hashed.append(1) or real(row))
        progress: list[tuple[int, int]] = []
        start = time.perf_counter()
        result = store.verify_audit(progress=lambda done, total: progress.append((done, total)))
        elapsed = time.perf_counter() - start
    assert result.ok and result.count > 22_000
    assert len(hashed) <= 2_010  # only the new entries
    assert elapsed < 2.0
    assert progress[-1][0] == progress[-1][1] == result.count


def test_rewrite_before_the_verified_point_is_reported(practice: Practice) -> None:
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        assert store.verify_audit().ok
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:  # rewrite entry 2 and on
        conn.execute("DROP TRIGGER audit_no_update")
        cols = ("id, at, username, roles, person, action, workstation, detail, recipient, lawful_basis, "
                "reason, prev_hash, hash")
        rows = [tuple(r) for r in conn.execute(f"SELECT {cols} FROM audit ORDER BY id")]
        prev = rows[0][12]
        for row in rows[1:]:
            fixed = (*row[:7], "rewritten" if row[0] == 2 else row[7], *row[8:11], prev)
            digest = row_hash(fixed)
            conn.execute("UPDATE audit SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                         (fixed[7], prev, digest, row[0]))
            prev = digest
        conn.execute("UPDATE audit_head SET hash = ?", (prev,))
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        result = store.verify_audit()
    assert not result.ok
    assert any("changed since the log was last verified" in p for p in result.problems)
