"""SEC-04 for every role key: a removed (or compromised) party's copy of the old key file plus their
old secret opens nothing that the store holds after the removal, even with the *current* database
key supplied by a colluding reception user (adam). Before this work only the database key was
rotated, so the old clinical and issuer keys still unsealed everything (tested first, see the
report in docs/security.md section 6)."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

from crisisplan.services import admin
from crisisplan.services.plans import save_plan
from crisisplan.store import Store
from crisisplan.store.audit import AuditLog
from crisisplan.store.errors import NotSavedError
from crisisplan.store.keyring import TEXT_PREFIX, read_slot_file
from crisisplan.store.sealing import try_open_with
from crisisplan.store.sharing import Disclosure
from tests.security.conftest import CLINICAL_WORD, PASSPHRASES, Practice, _plan
from tests.security.insider import insider_db, slot_keys

NEW_WORD = "lithium"


def _copy_key_file(practice: Practice, tmp_path: Path) -> Path:
    copy = tmp_path / "old-keyslots.json"
    shutil.copy2(practice.data_dir / "keyslots.json", copy)
    return copy


def _old_keys(practice: Practice, copy: Path, username: str, secret: str | None = None) -> list[bytes]:
    keys = slot_keys(practice.data_dir, username, secret or PASSPHRASES[username], slots_path=copy)
    return [k for name, values in keys.items() if name != "store" for k in values]


def _open(value: object, keys: list[bytes]) -> bytes | None:
    data = bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode()
    if data.startswith(TEXT_PREFIX.encode()):
        data = base64.b64decode(data[len(TEXT_PREFIX):])
    for key in keys:
        opened = try_open_with(key, data)
        if opened is not None:
            return opened
    return None


def _what_old_keys_open(practice: Practice, keys: list[bytes], plan_id: int) -> dict[str, bool]:
    """With the current database key (adam's, a colluding reception user) and the old named keys:
    which of the plan's document, a signing key and the trust root open."""
    with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
        doc = conn.execute("SELECT document FROM plan_versions WHERE plan_id = ? ORDER BY version DESC",
                           (plan_id,)).fetchone()[0]
        signing = [bytes(r[0]) for r in conn.execute("SELECT private_key FROM signing_keys")]
        root = [bytes(r[0]) for r in conn.execute("SELECT private_key FROM trust_root")]
    return {"plan": _open(doc, keys) is not None,
            "signing key": any(_open(b, keys) is not None for b in signing),
            "trust root": any(_open(b, keys) is not None for b in root)}


def _new_plan(practice: Practice, username: str = "alice") -> int:
    plan = _plan()
    plan.early_warning_signs[0].sign = f"stops taking {NEW_WORD}"
    with practice.session(username) as session:
        return save_plan(session, plan).plan_id


def test_removed_clinician_cannot_unseal_what_is_stored_after_the_removal(practice: Practice,
                                                                          tmp_path: Path) -> None:
    copy = _copy_key_file(practice, tmp_path)
    old = _old_keys(practice, copy, "carl")
    assert _what_old_keys_open(practice, old, practice.plan_id) == {  # the control: before the removal
        "plan": True, "signing key": True, "trust root": True}
    with practice.session("alice") as session:
        admin.remove_user(session, "carl")
    later = _new_plan(practice)
    assert _what_old_keys_open(practice, old, later) == {"plan": False, "signing key": False, "trust root": False}
    assert _what_old_keys_open(practice, old, practice.plan_id)["plan"] is False  # re-sealed too


def test_removed_clinicians_old_key_cannot_test_words_against_the_search_index(practice: Practice,
                                                                               tmp_path: Path) -> None:
    import hashlib

    copy = _copy_key_file(practice, tmp_path)
    clinical = slot_keys(practice.data_dir, "carl", PASSPHRASES["carl"], slots_path=copy)["clinical"]

    def hits(word: str) -> int:
        term = "h" + hashlib.blake2b(word.encode(), key=clinical[0], digest_size=10, person=b"cp-search").hexdigest()
        with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
            return len(conn.execute("SELECT rowid FROM plan_search WHERE plan_search MATCH ?",
                                    (f"body : {term}",)).fetchall())

    assert hits(CLINICAL_WORD) == 1  # the control
    with practice.session("alice") as session:
        admin.remove_user(session, "carl")
    _new_plan(practice)
    assert hits(CLINICAL_WORD) == 0 and hits(NEW_WORD) == 0
    with practice.session("rita") as session:  # a remaining clinical user still finds both
        assert len(session.store.plans.search(CLINICAL_WORD, limit=10)) == 1
        assert len(session.store.plans.search(NEW_WORD, limit=10)) == 1


def test_passphrase_change_with_rotation_retires_every_key_of_the_old_passphrase(practice: Practice,
                                                                                  tmp_path: Path) -> None:
    copy = _copy_key_file(practice, tmp_path)
    old = _old_keys(practice, copy, "carl")
    with practice.session("carl") as session:
        admin.change_passphrase(session, "carl", "carl's second passphrase", rotate=True)
    later = _new_plan(practice)
    assert _what_old_keys_open(practice, old, later) == {"plan": False, "signing key": False, "trust root": False}


def test_new_recovery_key_retires_every_key_of_the_old_one(practice: Practice, tmp_path: Path) -> None:
    from crisisplan.store.recovery import canonical_recovery_key

    copy = _copy_key_file(practice, tmp_path)
    old = _old_keys(practice, copy, "recovery", canonical_recovery_key(practice.recovery_key))
    with practice.session("alice") as session:
        admin.new_recovery_key(session)
    later = _new_plan(practice)
    assert _what_old_keys_open(practice, old, later) == {"plan": False, "signing key": False, "trust root": False}
    with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
        kid = conn.execute("SELECT value FROM store_info WHERE key = 'kid:admin'").fetchone()[0]
    from crisisplan.store.keys import key_id

    assert kid not in {key_id(k) for k in old}  # the admin key is new as well


def test_a_role_taken_away_rotates_the_keys_it_needed(practice: Practice, tmp_path: Path) -> None:
    """carl (clinician) becomes readonly: he keeps the clinical key, but the issuer key he may have
    copied is replaced, so the signing key and trust root no longer open with it."""
    copy = _copy_key_file(practice, tmp_path)
    old = _old_keys(practice, copy, "carl")
    with practice.session("alice") as session:
        admin.set_roles(session, "carl", ["readonly"])
    assert _what_old_keys_open(practice, old, practice.plan_id) == {
        "plan": True, "signing key": False, "trust root": False}  # clinical: he still holds it
    with practice.session("carl") as session:
        assert session.roles == ("readonly",)
        assert CLINICAL_WORD in session.store.plans.get(practice.plan_id, audit=False).document
    with practice.session("alice") as session:
        assert session.store.sharing.private_key(session.store.sharing.signing_keys()[0])


def test_reception_removal_leaves_clinical_rotation_to_the_next_clinical_sign_in(practice: Practice,
                                                                                 tmp_path: Path) -> None:
    """adam (admin, no clinical access) removes rita (readonly): he rotates the database key at once;
    he cannot make a clinical key, so the next sign-in of a clinical user rotates it."""
    copy = _copy_key_file(practice, tmp_path)
    old = _old_keys(practice, copy, "rita")
    with practice.session("adam") as session:
        steps: list[str] = []
        admin.remove_user(session, "rita", progress=steps.append)
        assert "clinical" not in session.store.keys.held()
    assert any("Re-encrypting" in s for s in steps) and not any("Re-sealing" in s for s in steps)
    assert _what_old_keys_open(practice, old, practice.plan_id)["plan"] is True  # still due
    with practice.session("carl") as session:  # the next clinical sign-in rotates it
        assert CLINICAL_WORD in session.store.plans.get(practice.plan_id, audit=False).document
    assert _what_old_keys_open(practice, old, practice.plan_id)["plan"] is False
    with practice.session("adam") as session:  # adam was not given the new clinical key
        assert "clinical" not in session.store.keys.held()
        actions = [(e.action, e.detail) for e in session.store.audit.entries()]
    rotations = [d for a, d in actions if a == "rotate-keys"]
    assert rotations[-2].startswith("keys store; still due") and rotations[-1].startswith("keys clinical")


def test_remaining_users_keep_everything_after_rotation(practice: Practice) -> None:
    """Drafts, ledger and audit reasons (audit reasons stay under the old key, kept sealed under the
    new one), the signing key and the search index all still work for those who keep the keys."""
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        store.drafts.save("plan-1", f'{{"note": "{CLINICAL_WORD} dose"}}')
        store.sharing.record_disclosure(Disclosure(
            0, practice.plan_id, 1, "police", "card", False, (), (), "refused", "consent",
            f"refused: {CLINICAL_WORD} side effects", "carl", "2026-01-01T00:00:00Z", None))
        store.audit.append("note", person=practice.plan_id, reason=f"{CLINICAL_WORD} reason")
    for _ in range(2):  # twice: the second rotation carries the first one's retired key along
        with practice.session("alice") as session:
            admin.new_recovery_key(session)
    for username in ("carl", "rita"):
        with Store.open(practice.data_dir, username, PASSPHRASES[username]) as store:
            assert CLINICAL_WORD in (store.drafts.get("plan-1") or "") or username == "rita"
            assert any(CLINICAL_WORD in d.reason for d in store.sharing.disclosures(practice.plan_id))
            assert any(CLINICAL_WORD in (e.reason or "") for e in store.audit.entries())
            assert store.plans.search(CLINICAL_WORD, limit=10)
            if username == "carl":
                assert store.sharing.private_key(store.sharing.signing_keys()[0])
            assert store.integrity_check() == [] and store.audit.verify().ok
    for slot in read_slot_file(practice.data_dir).slots:  # old keys unwrapped: one key of each name a slot
        names = [w.name for w in slot.wrapped]
        assert len(names) == len(set(names)), slot.username


def test_a_rotation_that_cannot_write_its_audit_entry_changes_nothing(practice: Practice,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with practice.session("alice") as session:
        session.store.users.remove("carl")  # marks carl's keys due, as the service does before rotating
        key_file = (practice.data_dir / "keyslots.json").read_bytes()
        conn = session.store.connection
        before = (conn.execute("SELECT document, index_fields FROM plan_versions").fetchall(),
                  conn.execute("SELECT private_key FROM signing_keys").fetchall(),
                  conn.execute("SELECT key, value FROM store_info ORDER BY key").fetchall(),
                  conn.execute("SELECT count(*) FROM audit").fetchone())
        real = AuditLog.append

        def no_audit(self: AuditLog, action: str, **kw: object) -> object:
            if action == "rotate-keys":
                raise OSError("disk full")
            return real(self, action, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(AuditLog, "append", no_audit)
        with pytest.raises(Exception, match="disk full"):
            session.store.rotate_keys()
        after = (conn.execute("SELECT document, index_fields FROM plan_versions").fetchall(),
                 conn.execute("SELECT private_key FROM signing_keys").fetchall(),
                 conn.execute("SELECT key, value FROM store_info ORDER BY key").fetchall(),
                 conn.execute("SELECT count(*) FROM audit").fetchone())
        assert after == before
        assert (practice.data_dir / "keyslots.json").read_bytes() == key_file

        def no_space(self: AuditLog, action: str, **kw: object) -> object:
            if action == "rotate-keys":
                raise NotSavedError("the disk is full")
            return real(self, action, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(AuditLog, "append", no_space)
    with practice.session("rita") as session:  # a due rotation that fails at sign-in: in all the same, told
        assert any("could not be changed" in w for w in session.store.warnings)
    monkeypatch.setattr(AuditLog, "append", real)
    with practice.session("rita") as session:  # nothing lost; the rotation is still due and runs now
        assert CLINICAL_WORD in session.store.plans.get(practice.plan_id, audit=False).document
        assert any(e.action == "rotate-keys" for e in session.store.audit.entries())


def test_the_re_blinded_body_is_exactly_what_a_save_would_write() -> None:
    """The rotation's word-cached re-blinding gives the same index row as `blinded_body`."""
    import random

    from crisisplan.store.keyring import Keyring
    from crisisplan.store.rotation import _Resealer
    from crisisplan.store.search import blinded_body

    rng = random.Random(9)
    words = ["Insulin", "twice", "DAILY", "ab", "x", "07700", "900123", "OX4", "crisis_house", "self-harm",
             "extraordinarily", "lorazepam", "ZoË", "Ångström", "ﬁle", "e\u0301clair", "naïve"]
    reseal = _Resealer(Keyring(Path("."), "store", b"\x00" * 32), {"clinical": b"\x01" * 32})
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        assert reseal.body(text) == blinded_body(text, reseal.blind), text


def test_the_document_signing_key_is_resealed_with_the_issuer_key(practice: Practice, tmp_path: Path) -> None:
    """The PAdES document signer's private key (a settings row sealed under the issuer key) moves to
    the new issuer key: the removed clinician's old keys no longer open it, and the remaining
    clinician keeps the same certificate (no new one issued)."""
    from crisisplan.services.document_signer import SETTING, document_signer

    with practice.session("alice") as session:
        serial = document_signer(session)[0].certificate.serial_number
    copy = _copy_key_file(practice, tmp_path)
    old = _old_keys(practice, copy, "carl")

    def sealed_key() -> str:
        import json

        with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
        return str(json.loads(row[0])["key"])

    assert _open(sealed_key(), old) is not None  # the control: before the removal
    with practice.session("alice") as session:
        admin.remove_user(session, "carl")
    assert _open(sealed_key(), old) is None
    with practice.session("alice") as session:
        assert document_signer(session)[0].certificate.serial_number == serial
        issued = [e.action for e in session.store.audit.entries()].count("document-signer-issue")
        assert issued == 1  # the first one, before the removal
