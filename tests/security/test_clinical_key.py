"""SEC-01: a reception/admin user reads no clinical text with the keys of their own slot: plan
documents, versions (and their index fields), drafts, ledger reasons and audit reasons are sealed
under the clinical key, and the full-text index holds keyed hashes of the body's terms."""

from __future__ import annotations

import base64
import binascii
import zlib

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


def test_reception_cannot_query_or_list_the_full_text_index(practice: Practice) -> None:
    """The body column holds keyed hashes of terms: no word, no prefix, no vocabulary to read."""
    with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
        for query in (CLINICAL_WORD, f"{CLINICAL_WORD[:4]}*", "overdose", f"body : {CLINICAL_WORD}"):
            hits = conn.execute("SELECT rowid FROM plan_search WHERE plan_search MATCH ?", (query,)).fetchall()
            assert hits == [], query
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, plan_search, 'row')")
        terms = {str(r[0]) for r in conn.execute("SELECT term FROM vocab")}
    assert terms and not any(CLINICAL_WORD[:4] in t for t in terms)


def test_clinicians_still_search_the_text_as_they_type(practice: Practice) -> None:
    with Store.open(practice.data_dir, "rita", PASSPHRASES["rita"]) as store:
        for typed in ("clo", "cloz", "clozapi", CLINICAL_WORD, "overdo", f"Example {CLINICAL_WORD[:5]}"):
            assert [p.plan_id for p in store.plans.search(typed)] == [practice.plan_id], typed
            assert store.plans.count(search=typed) == 1
        assert store.plans.search("clozapinex") == []
