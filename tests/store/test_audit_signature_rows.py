"""Schema 6 (P13): each audit entry's signature is in the entry's own row. A signed append writes no
more write-ahead-log pages than an unsigned one; schema-5 signatures move over intact; the one
question asked by signer reads an index of sign-ins, not the whole log."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crisisplan.store import Store
from crisisplan.store.audit_checkpoint import last_signed
from crisisplan.store.audit_sign import Signer, raw_private
from crisisplan.store.audit_verify import SIGN_INS
from crisisplan.store.database import open_database, transaction
from crisisplan.store.migrations import migrate
from tests.store.test_wal_pages import _wal_pages


def _signer(name: str, store: Store) -> Signer:
    return Signer(name, raw_private(Ed25519PrivateKey.generate()), store.store_id)


def test_a_signed_entry_writes_no_more_pages_than_an_unsigned_one(store: Store) -> None:
    with store.transaction():
        for n in range(3000):  # a log deeper than one page of each tree
            store.audit.append("view", person=n % 40 + 1)
    unsigned = [_wal_pages(store, lambda n=n: store.audit.append("view", person=n)) for n in range(1, 10)]
    store.audit.signer = _signer("carl", store)
    signed = [_wal_pages(store, lambda n=n: store.audit.append("view", person=n)) for n in range(1, 10)]
    assert statistics.median(signed) <= statistics.median(unsigned), (signed, unsigned)
    row = store.connection.execute("SELECT signer, length(sig) FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(row) == ("carl", 64)


def test_schema_5_signatures_move_into_their_entries(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "v5.db", os.urandom(32), create=True)
    try:
        migrate(conn, target=5)
        with transaction(conn):
            for n in (1, 2, 3):
                conn.execute("INSERT INTO audit (id, at, username, roles, action, workstation, prev_hash, hash) "
                             "VALUES (?, '2026-12-03T01:00:00Z', 'carl', 'clinician', 'view', 'PC-1', 'p', ?)",
                             (n, f"h{n}"))
            conn.execute("INSERT INTO audit_sig (id, signer, sig) VALUES (1, 'carl', x'01'), (3, 'rita', x'03')")
        assert migrate(conn, target=6) == 6
        rows = conn.execute("SELECT id, signer, sig FROM audit ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [(1, "carl", b"\x01"), (2, None, None), (3, "rita", b"\x03")]
        gone = conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('audit_sig', 'audit_sig_by_signer')")
        assert gone.fetchone()[0] == 0
        with pytest.raises(Exception, match="cannot be changed"):
            conn.execute("UPDATE audit SET sig = x'00' WHERE id = 1")
    finally:
        conn.close()


def test_the_newest_entry_of_a_user_is_found_from_their_last_sign_in(store: Store) -> None:
    assert last_signed(store.connection, "carl") is None  # never signed in: no search at all
    store.audit.signer = _signer("carl", store)
    store.audit.append("unlock")
    last = store.audit.append("view", person=1).id
    store.audit.signer = _signer("rita", store)
    store.audit.append("unlock")
    store.audit.append("view", person=2)
    assert last_signed(store.connection, "carl") == last
    plan = " ".join(str(r[-1]) for r in store.connection.execute(
        f"EXPLAIN QUERY PLAN SELECT max(id) FROM audit WHERE {SIGN_INS} AND signer = ?", ("carl",)))
    assert "audit_sign_ins" in plan, plan
