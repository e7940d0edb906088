""""No audit, no save" for every write path (AUD-01): each change and its audit entry commit
together or not at all.

The check: the audit entry is written (for real) and then the audit call fails. If the entry is in
the same transaction as the change, nothing of either is left. If someone moves the entry out of
the transaction (before it or after it), the change or the lone entry is committed and the test
fails. Before, only "create a plan" was tested this way."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crisisplan.store import AuditLog, Store, restore_backup
from crisisplan.store.partners import PartnerRecord
from crisisplan.store.sharing import CardRecord, Disclosure
from tests.security.store_fixtures import ALICE_PASS, add_plan, file_hashes, new_store
from tests.store.helpers import document, index_fields


class Injected(Exception):
    pass


@pytest.fixture
def failing_audit(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """After this, every audit append is written and then fails (the actions are listed)."""
    actions: list[str] = []
    real = AuditLog.append_as

    def append_then_fail(self: AuditLog, action: str, **kwargs: object) -> object:
        real(self, action, **kwargs)  # type: ignore[arg-type]
        actions.append(action)
        raise Injected(action)

    monkeypatch.setattr(AuditLog, "append_as", append_then_fail)
    yield actions


def snapshot(store: Store) -> tuple[list[tuple[str, str]], str]:
    """Every table's rows (as a digest) plus the key file: what a write path could change."""
    conn = store.connection
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]  # a full-text table's rows are its shadow tables
    out = []
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        out.append((table, hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()))
    return out, hashlib.sha256((store.data_dir / "keyslots.json").read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = new_store(tmp_path / "data")
    plan = add_plan(s, "Ann Example")
    s.plans.add_version(plan, document(v=2), index_fields("Ann Example", text="second"))
    s.users.add("bob", "Bob", ("clinician",), "bob passphrase for tests")
    s.sharing.add_signing_key("kid-1", "Test Trust", b"private", "public")
    s.sharing.record_card(_card("card-1", plan))
    yield s
    s.close()


def _card(card_id: str, plan: int) -> CardRecord:
    return CardRecord(card_id, plan, 2, "police", "kid-1", "2026-01-01", "2026-06-01", "2026-01-01T00:00:00Z",
                      "alice", None, None)


def _disclosure(plan: int) -> Disclosure:
    return Disclosure(0, plan, 2, "police", "card", True, ("name",), (), "given", "consent", "Agreed",
                      "alice", "2026-01-01T00:00:00Z", "card-2")


def _issue(s: Store) -> None:
    with s.transaction():
        s.sharing.record_card(_card("card-2", 1))
        s.sharing.record_disclosure(_disclosure(1))


PATHS: dict[str, Callable[[Store], object]] = {
    "create a plan": lambda s: s.plans.create(document(), index_fields("Bea Example", seq=3)),
    "edit a plan": lambda s: s.plans.add_version(1, document(v=3), index_fields("Ann Changed")),
    "edit with a base version": lambda s: s.plans.add_version(1, document(v=3), index_fields("Ann Changed"),
                                                              base_version=2),
    "restore an old version": lambda s: s.plans.restore_version(1, 1),
    "add a user": lambda s: s.users.add("cy", "Cy", ("gp",), "cy passphrase for tests"),
    "remove a user": lambda s: s.users.remove("bob"),
    "change roles": lambda s: s.users.set_roles("bob", ("clinician", "admin")),
    "change a passphrase": lambda s: s.users.change_passphrase("bob", "bob's new passphrase here"),
    "replace the recovery key": lambda s: s.new_recovery_key(),
    "add a signing key": lambda s: s.sharing.add_signing_key("kid-2", "Test Trust", b"private2", "public2"),
    "issue a card (card + ledger)": _issue,
    "revoke a card": lambda s: s.sharing.revoke_card("card-1", "Consent withdrawn"),
    "record a disclosure": lambda s: s.sharing.record_disclosure(_disclosure(1)),
    "import a protocol": lambda s: s.sharing.save_protocol("p-1", "{}", "alice"),
    "retire a signing key": lambda s: s.sharing.retire_signing_key("kid-1", "Moving to a new key"),
    "revoke a signing key": lambda s: s.sharing.revoke_signing_key("kid-1", "PC stolen"),
    "make the trust root": lambda s: s.sharing.create_trust_root(b"root private", "root public", "ab" * 16),
    "add a partner": lambda s: s.partners.save(PartnerRecord("cd" * 16, "Partner Trust", "{}", "", "alice"),
                                               "partner Partner Trust"),
}


@pytest.mark.parametrize("path", list(PATHS))
def test_no_audit_no_save(store: Store, failing_audit: list[str], path: str) -> None:
    before = snapshot(store)
    with pytest.raises(Injected):
        PATHS[path](store)
    assert failing_audit, "the write path wrote no audit entry at all"
    assert snapshot(store) == before


def test_no_audit_no_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    with new_store(data) as s:
        add_plan(s)
        s.backup(tmp_path / "b.cpbak")
        add_plan(s, "Later Example", seq=4)
    before = file_hashes(data)
    real = AuditLog.append_as

    def append_then_fail(self: AuditLog, action: str, **kwargs: object) -> object:
        real(self, action, **kwargs)  # type: ignore[arg-type]
        raise Injected(action)

    monkeypatch.setattr(AuditLog, "append_as", append_then_fail)
    with pytest.raises(Injected):
        restore_backup(data, tmp_path / "b.cpbak", "alice", ALICE_PASS)
    monkeypatch.undo()
    assert file_hashes(data) == before
    assert not [p for p in data.iterdir() if p.name.startswith(".restore-")]
    with Store.open(data, "alice", ALICE_PASS) as s:
        assert s.plans.count() == 2
