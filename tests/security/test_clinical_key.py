"""SEC-01: a reception/admin user reads no clinical text with the keys of their own slot: plan
documents, versions (and their index fields), drafts, ledger reasons and audit reasons are sealed
under the clinical key. The full-text index is not yet (strict xfail below)."""

from __future__ import annotations

import base64
import binascii
import zlib

import pytest

from crisisplan.store import Store
from crisisplan.store.sharing import Disclosure
from tests.security.conftest import CLINICAL_WORD, PASSPHRASES, Practice
from tests.security.insider import insider_db, slot_keys


def _clinical_records(practice: Practice) -> None:
    """A draft, a ledger row and its audit entry that mention the clinical word."""
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        store.drafts.save("plan-1", f'{{"note": "{CLINICAL_WORD} dose"}}')
        store.sharing.record_disclosure(Disclosure(
            0, practice.plan_id, 1, "police", "card", False, (), (), "refused", "consent",
            f"refused: {CLINICAL_WORD} side effects discussed", "carl", "2026-01-01T00:00:00Z", None))


def _everything_readable(practice: Practice, username: str) -> str:
    """All text the user gets out of the clinical columns, opening sealed values with every key they hold."""
    from crisisplan.store.keyring import TEXT_PREFIX
    from crisisplan.store.sealing import try_open_with

    held = [k for keys in slot_keys(practice.data_dir, username, PASSPHRASES[username]).values() for k in keys]

    def readable(value: object) -> str:
        data = bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode()
        if data.startswith(TEXT_PREFIX.encode()):
            try:
                data = base64.b64decode(data[len(TEXT_PREFIX):])
            except binascii.Error:
                return ""
        for key in held:
            opened = try_open_with(key, data)
            if opened is not None:
                data = opened
        try:
            return zlib.decompress(data).decode("utf-8", "replace")
        except zlib.error:
            return data.decode("utf-8", "replace")

    queries = ("SELECT document, index_fields FROM plan_versions", "SELECT document FROM drafts",
               "SELECT reason FROM disclosures", "SELECT reason FROM audit WHERE reason IS NOT NULL")
    with insider_db(practice.data_dir, username, PASSPHRASES[username]) as conn:
        return " ".join(readable(v) for q in queries for row in conn.execute(q) for v in row)


def test_reception_reads_no_clinical_text_from_the_database(practice: Practice) -> None:
    _clinical_records(practice)
    assert CLINICAL_WORD in _everything_readable(practice, "carl")  # the control: a clinician does
    assert CLINICAL_WORD not in _everything_readable(practice, "adam")


def test_sealed_values_still_read_back_for_clinical_roles(practice: Practice) -> None:
    _clinical_records(practice)
    with Store.open(practice.data_dir, "rita", PASSPHRASES["rita"]) as store:
        assert CLINICAL_WORD in store.plans.get(practice.plan_id, audit=False).document
        assert any(CLINICAL_WORD in d.reason for d in store.sharing.disclosures(practice.plan_id))
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        assert CLINICAL_WORD in (store.drafts.get("plan-1") or "")
        restored = store.plans.restore_version(practice.plan_id, 1)
        assert CLINICAL_WORD in restored.document
    with Store.open(practice.data_dir, "adam", PASSPHRASES["adam"]) as store:  # no key: a marker, no crash
        assert all(CLINICAL_WORD not in (e.reason or "") for e in store.audit.entries())


@pytest.mark.xfail(strict=True, reason="the full-text index is not yet under the clinical key "
                   "(docs/security.md section 9, hazard log A-5): the attack still works")
def test_reception_cannot_query_the_full_text_index(practice: Practice) -> None:
    with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
        hits = conn.execute("SELECT rowid FROM plan_search WHERE plan_search MATCH ?", (CLINICAL_WORD,)).fetchall()
    assert hits == []

