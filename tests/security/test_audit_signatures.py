"""SEC-03 against an insider who holds the directory key (any user's passphrase) and a Python prompt:
every audit entry is signed by its user's own key, and checkpoints by their signer's, so rewriting,
deleting, adding or re-keying another user's entries is named, even with the chain recomputed.

Each attack was run against the code before per-user signatures and succeeded there (verify-audit
said "intact", the unlock said nothing)."""

from __future__ import annotations

import base64

from crisisplan.store import Store
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import forge_entry, insider_db, rechain, set_checkpoints


def _carl_works(practice: Practice, views: int = 3) -> None:
    with Store.open(practice.data_dir, "carl", PASSPHRASES["carl"]) as store:
        for _ in range(views):
            store.audit.append("view", person=practice.plan_id)


def _problems(practice: Practice, *, full: bool = True) -> list[str]:
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        result = store.verify_audit(full=full)
    return [] if result.ok else result.problems


def test_a_rewritten_entry_of_another_user_is_named(practice: Practice) -> None:
    _carl_works(practice)
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
        target = conn.execute("SELECT max(id) FROM audit WHERE username = 'carl' AND action = 'view'").fetchone()[0]
        conn.execute("UPDATE audit SET person = 999 WHERE id = ?", (target,))  # hide which plan carl viewed
        rechain(conn)
        count, head = conn.execute("SELECT count, hash FROM audit_head").fetchone()
    set_checkpoints(practice.data_dir, int(count), str(head))  # and the key file's record of the log
    problems = _problems(practice)
    assert any(f"entry {target}" in p and "carl" in p for p in problems), problems


def test_deleting_another_users_newest_entries_and_editing_the_checkpoint_is_reported_at_unlock(
        practice: Practice) -> None:
    _carl_works(practice)
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        first_of_carl = conn.execute("SELECT min(id) FROM audit WHERE username = 'carl' AND action = 'view'"
                                     ).fetchone()[0]
        conn.execute("DELETE FROM audit WHERE id >= ?", (first_of_carl,))
        rechain(conn)
        count, head = conn.execute("SELECT count, hash FROM audit_head").fetchone()
    set_checkpoints(practice.data_dir, int(count), str(head))
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        warnings = list(store.warnings)
        actions = [e.action for e in store.audit.newest(5)]
    assert any("carl" in w for w in warnings), warnings
    assert "audit-rollback-detected" in actions


def test_an_entry_added_in_another_users_name_is_named(practice: Practice) -> None:
    _carl_works(practice, views=1)
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        forged = forge_entry(conn, "carl", "card-issue", person=practice.plan_id, detail="police")
        count, head = conn.execute("SELECT count, hash FROM audit_head").fetchone()
    set_checkpoints(practice.data_dir, int(count), str(head))
    problems = _problems(practice, full=False)
    assert any(f"entry {forged}" in p and "carl" in p for p in problems), problems


def test_an_entry_signed_with_the_insiders_own_key_in_another_users_name_is_named(practice: Practice) -> None:
    from crisisplan.store.audit_sign import entry_signature
    from tests.security.insider import slot_keys

    _carl_works(practice, views=1)
    rita_key = slot_keys(practice.data_dir, "rita", PASSPHRASES["rita"])["audit"][0]
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        forged = forge_entry(conn, "carl", "card-issue", person=practice.plan_id)
        store_id, digest = conn.execute("SELECT (SELECT value FROM store_info WHERE key = 'store_id'), hash "
                                        "FROM audit WHERE id = ?", (forged,)).fetchone()
        conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
        for signer in ("rita", "carl"):
            conn.execute("UPDATE audit SET signer = ?, sig = ? WHERE id = ?",
                         (signer, entry_signature(rita_key, store_id, digest), forged))
            problems = _problems(practice, full=False)
            assert any(f"entry {forged}" in p and "carl" in p for p in problems), (signer, problems)


def test_another_users_public_key_replaced_in_the_directory_is_named(practice: Practice) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    _carl_works(practice, views=1)
    mine = Ed25519PrivateKey.generate()
    public = base64.b64encode(mine.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        columns = [str(r[1]) for r in conn.execute("PRAGMA table_info(users)")]
        if "audit_key" in columns:
            conn.execute("UPDATE users SET audit_key = ? WHERE username = 'carl'", (public,))
        forged = forge_entry(conn, "carl", "card-issue", person=practice.plan_id)
        if "audit_key" in columns:  # sign the forged entry with the key now in the directory
            from crisisplan.store.audit_sign import entry_signature, raw_private

            store_id, digest = conn.execute("SELECT (SELECT value FROM store_info WHERE key = 'store_id'), "
                                            "hash FROM audit WHERE id = ?", (forged,)).fetchone()
            conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
            conn.execute("UPDATE audit SET signer = 'carl', sig = ? WHERE id = ?",
                         (entry_signature(raw_private(mine), store_id, digest), forged))
        count, head = conn.execute("SELECT count, hash FROM audit_head").fetchone()
    set_checkpoints(practice.data_dir, int(count), str(head))
    problems = _problems(practice)
    assert any("carl" in p and "key" in p for p in problems), problems
    assert any(f"entry {forged}" in p for p in problems), problems


def test_a_checkpoint_signed_with_the_insiders_key_or_by_an_unknown_signer_is_reported(practice: Practice) -> None:
    import json

    from crisisplan.store.audit_checkpoint import make_record
    from crisisplan.store.audit_sign import Signer
    from tests.security.insider import slot_keys

    _carl_works(practice)
    rita_key = slot_keys(practice.data_dir, "rita", PASSPHRASES["rita"])["audit"][0]
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        first_of_carl = conn.execute("SELECT min(id) FROM audit WHERE username = 'carl' AND action = 'view'"
                                     ).fetchone()[0]
        conn.execute("DELETE FROM audit WHERE id >= ?", (first_of_carl,))
        rechain(conn)
        count, head = conn.execute("SELECT count, hash FROM audit_head").fetchone()
        store_id = conn.execute("SELECT value FROM store_info WHERE key = 'store_id'").fetchone()[0]
    path = practice.data_dir / "keyslots.json"
    doc = json.loads(path.read_text())
    for name in ("carl", "mallory"):  # carl's checkpoint re-made with rita's key; one of a stranger
        doc["audit_checkpoints"][name] = make_record(Signer(name, rita_key, store_id), store_id, count, head, None)
    path.write_text(json.dumps(doc))
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        warnings = " ".join(store.warnings)
    assert "checkpoint of carl" in warnings and "valid signature" in warnings, warnings
    assert "checkpoint of mallory" in warnings and "does not know" in warnings, warnings


def test_removing_another_users_checkpoint_after_deleting_their_entries_is_reported(practice: Practice) -> None:
    from tests.security.insider import edit_key_file

    _carl_works(practice)
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        last_of_carl = conn.execute("SELECT max(id) FROM audit WHERE username = 'carl'").fetchone()[0]
        conn.execute("DELETE FROM audit WHERE id >= ?", (last_of_carl - 1,))  # carl's last view and his close
        rechain(conn)
        count, head = conn.execute("SELECT count, hash FROM audit_head").fetchone()
    set_checkpoints(practice.data_dir, int(count), str(head))
    edit_key_file(practice.data_dir, lambda doc: doc["audit_checkpoints"].pop("carl"))
    with Store.open(practice.data_dir, "alice", PASSPHRASES["alice"]) as store:
        warnings = " ".join(store.warnings)
    assert "no audit checkpoint of carl" in warnings, warnings
