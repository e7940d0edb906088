"""ENC-01 (no plaintext anywhere on disk), ENC-02 (stdlib sqlite3 cannot read), ENC-04 (version pin),
KEY-03 (no passphrase or plan text in logs, exceptions or audit text)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

import crisisplan.store.database as database
from crisisplan.store import (
    IndexFields,
    Store,
    StoreError,
    UnsupportedSqlcipherError,
    WrongCredentialsError,
    check_sqlcipher,
)
from tests.store.helpers import PASSPHRASE, document, nhs_number

MARKER = "Qz7MarkerXv"


def _marked_index(i: int) -> IndexFields:
    return IndexFields(name=f"{MARKER} Name{i}", nhs_number=nhs_number(i), date_of_birth="1990-01-01",
                       postcode=f"{MARKER}PC", review_date="2027-01-01", status=f"{MARKER}status",
                       text=f"free text {MARKER} and more {MARKER}text")


def _fill_every_field(store: Store, *, services_audit: bool = True) -> None:
    store.users.add("bob", f"{MARKER} display", ["clinician"], f"{MARKER}passphrase")
    for i in range(3):
        plan = store.plans.create(document(note=f"{MARKER} in the document", i=i), _marked_index(i),
                                  note=f"{MARKER} note")
        store.plans.add_version(plan.plan_id, document(v=f"{MARKER} v2"), _marked_index(i),
                                note=f"{MARKER} note2")
    if services_audit:  # text the services layer chose to audit (not the store's own entries)
        store.audit.append("share", person=1, detail=f"{MARKER} detail", recipient=f"{MARKER} police",
                           lawful_basis=f"{MARKER} basis", reason=f"{MARKER} reason")
    store.drafts.save(f"{MARKER}-key", f"{MARKER} draft")
    store.meta.set(f"{MARKER}-setting", f"{MARKER} value")


def _forms(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [text.lower().encode()]


def _scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}:{n!r}" for n in needles if n in data]
    return hits


def test_marker_never_reaches_the_disk(created: tuple[Store, str], data_dir: Path, tmp_path: Path) -> None:
    store = created[0]
    with pytest.raises(WrongCredentialsError):
        Store.open(data_dir, "bob", "wrong")  # creates the failures file
    _fill_every_field(store)
    backups = tmp_path / "backups"
    backups.mkdir()
    store.backup(backups / "b.cpbak")
    needles = [*_forms(MARKER), *_forms("01632 960123"), *_forms(nhs_number(1))]
    assert {p.name for p in data_dir.iterdir()} >= {"crisisplan.db", "crisisplan.db-wal", "keyslots.json",
                                                   "unlock-failures.json"}
    assert _scan(data_dir, needles) == []  # while open: the write-ahead log holds fresh pages
    assert _scan(backups, needles) == []
    assert store.connection.execute("PRAGMA temp_store").fetchone()[0] == 2  # temp tables in memory only
    store.close()
    assert _scan(data_dir, needles) == []
    assert _scan(data_dir, _forms(PASSPHRASE)) == []


def test_stdlib_sqlite_cannot_read_the_store(created: tuple[Store, str], data_dir: Path) -> None:
    created[0].close()
    db = data_dir / "crisisplan.db"
    assert not db.read_bytes()[:16].startswith(b"SQLite format 3")
    conn = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_sqlcipher_version_is_the_pinned_one() -> None:
    assert check_sqlcipher() == database.PINNED_SQLCIPHER == "4.19.0"


def test_other_sqlcipher_version_is_refused(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setattr(database, "PINNED_SQLCIPHER", "4.99.0")
    with pytest.raises(UnsupportedSqlcipherError, match=r"4\.99\.0"):
        check_sqlcipher()
    with pytest.raises(UnsupportedSqlcipherError):
        Store.create(data_dir, "alice", "A", ["admin"], "x", kdf_iterations=1000)
    assert not data_dir.exists()


def test_missing_fts5_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = database.sqlcipher3.connect

    class NoFts:
        def __init__(self) -> None:
            self._conn = real_connect(":memory:")

        def execute(self, sql: str) -> object:
            if "compile_options" in sql:
                return self._conn.execute("SELECT 'ENABLE_FTS4' UNION SELECT 'HAS_CODEC'")
            return self._conn.execute(sql)

        def close(self) -> None:
            self._conn.close()

    monkeypatch.setattr(database.sqlcipher3, "connect", lambda *a, **k: NoFts())
    with pytest.raises(UnsupportedSqlcipherError, match="FTS5"):
        check_sqlcipher()


def test_no_secret_or_plan_text_in_logs_exceptions_or_audit(created: tuple[Store, str], data_dir: Path,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = created[0]
    _fill_every_field(store, services_audit=False)
    messages: list[str] = []

    def collect(exc: BaseException) -> None:
        while exc is not None:
            messages.append(f"{exc!s} {exc!r}")
            exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]

    for attempt in (lambda: Store.open(data_dir, "bob", f"{MARKER}passphrase-wrong"),
                    lambda: Store.open(data_dir, "alice", f"{MARKER}"),
                    lambda: store.plans.add_version(1, document(x=MARKER), _marked_index(0), base_version=1),
                    lambda: store.plans.get(999),
                    lambda: store.users.add("bob", MARKER, ["clinician"], f"{MARKER}passphrase")):
        with pytest.raises(StoreError) as info:
            attempt()
        collect(info.value)
    assert len(messages) >= 5
    audit_text = " ".join(str(e) for e in store.audit.entries())
    for text in [*messages, caplog.text, audit_text]:
        assert MARKER not in text and PASSPHRASE not in text and "passphrase-wrong" not in text
