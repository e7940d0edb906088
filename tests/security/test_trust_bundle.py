"""TRUST-01: the trust bundle is signed by the organisation's trust root; a verifier pinned to that
root refuses an unsigned, altered or foreign bundle, and never goes back to an older one.

Attack seen on the old code (issue 10): the bundle was plain JSON, so adding a key to it by hand
made a card signed with that key VALID."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key, key_id, public_key_to_b64
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.signed_trust import open_trust_bundle, root_fingerprint, sign_trust_bundle
from crisisplan.export.trust import TrustBundleError, TrustedKey, dump_trust_bundle
from crisisplan.export.verify import CardStatus, verify_card_text
from crisisplan.services import trust, verifier
from crisisplan.services.session import create_store
from tests.conftest import TEST_KDF_ITERATIONS
from tests.security.conftest import ORGANISATION, exported

FORGER = generate_signing_key()
FORGED = seal(dataclasses.replace(typical_card_payload(), issued=date(2026, 11, 1), valid_until=date(2027, 6, 1)),
              FORGER)
TODAY = date(2026, 12, 1)


def _forged_key_entry() -> dict[str, object]:
    return {"kid": key_id(FORGER.public_key()).hex(), "organisation": ORGANISATION,
            "public_key": public_key_to_b64(FORGER.public_key()), "valid_from": "2020-01-01",
            "valid_until": None, "status": "active", "partner_root": None}


def test_hand_added_key_in_an_unsigned_bundle_is_refused(session, plan_id, tmp_path: Path) -> None:
    bundle, _path, root = exported(session, tmp_path)
    body = json.loads(dump_trust_bundle(bundle))
    body["keys"].append(_forged_key_entry())
    # the old attack: a plain JSON body with the forger's key added
    with pytest.raises(TrustBundleError, match="not signed"):
        open_trust_bundle(json.dumps(body), root)
    # an old-format (version 1) bundle is refused the same way
    with pytest.raises(TrustBundleError, match="not signed"):
        open_trust_bundle(json.dumps({"format": "crisisplan.trust", "format_version": 1}), root)


def test_key_added_inside_the_signed_file_breaks_the_signature(session, plan_id, tmp_path: Path) -> None:
    _bundle, path, root = exported(session, tmp_path)
    doc = json.loads(path.read_text())
    signed = bytearray(base64.b64decode(doc["signed"]))
    body_start = signed.index(b'"keys": [') + len(b'"keys": [')
    entry = (json.dumps(_forged_key_entry()) + ",").encode()
    tampered = bytes(signed[:body_start]) + entry + bytes(signed[body_start:])
    doc["signed"] = base64.b64encode(tampered).decode()
    with pytest.raises(TrustBundleError):
        open_trust_bundle(json.dumps(doc), root)
    # flipping one byte of the signature is refused too
    signed[-1] ^= 1
    doc["signed"] = base64.b64encode(bytes(signed)).decode()
    with pytest.raises(TrustBundleError, match="altered"):
        open_trust_bundle(json.dumps(doc), root)


def test_a_bundle_re_signed_by_another_root_is_refused(session, plan_id, tmp_path: Path) -> None:
    bundle, _path, root = exported(session, tmp_path)
    attacker_root = generate_signing_key()
    forged = dataclasses.replace(bundle, root_fingerprint=root_fingerprint(attacker_root.public_key()),
                                 keys=(*bundle.keys, TrustedKey(key_id(FORGER.public_key()), ORGANISATION,
                                                                FORGER.public_key(), date(2020, 1, 1))))
    text = sign_trust_bundle(forged, attacker_root)
    assert verify_card_text(FORGED, open_trust_bundle(text, forged.root_fingerprint), TODAY).status is CardStatus.VALID
    with pytest.raises(TrustBundleError, match="different organisation trust root"):
        open_trust_bundle(text, root)  # the verifier pinned to the real root refuses it
    # and the real bundle never trusted the forger
    assert verify_card_text(FORGED, bundle, TODAY).status is CardStatus.UNKNOWN_ISSUER


def test_an_old_verifier_setup_refuses_a_bundle_from_another_store(session, plan_id, tmp_path: Path) -> None:
    _bundle, path, root = exported(session, tmp_path / "ours")
    other, _ = create_store(tmp_path / "other", "zed", "Zed", "another long passphrase", roles=("admin", "clinician"),
                            kdf_iterations=TEST_KDF_ITERATIONS)
    with other:
        other_path = trust.export_trust(other, tmp_path / "theirs").bundle_path
    verifier_dir = tmp_path / "verifier"
    verifier.pin_root(verifier_dir, root)
    verifier.offer_bundle(verifier_dir, path.read_bytes(), root)
    with pytest.raises(TrustBundleError, match="different organisation trust root"):
        verifier.offer_bundle(verifier_dir, other_path.read_bytes(), root)


def test_sequence_strictly_increases_and_an_older_bundle_never_replaces_a_newer(
        session, plan_id, tmp_path: Path) -> None:
    first, first_path, root = exported(session, tmp_path / "1")
    old_text = first_path.read_bytes()
    second, second_path, _ = exported(session, tmp_path / "2")
    assert second.sequence > first.sequence
    verifier_dir = tmp_path / "verifier"
    verifier.pin_root(verifier_dir, root)
    assert verifier.offer_bundle(verifier_dir, second_path.read_bytes(), root).bundle.sequence == second.sequence
    replay = verifier.offer_bundle(verifier_dir, old_text, root)  # e.g. to un-revoke a card
    assert replay.bundle.sequence == second.sequence and "older" in replay.note
    assert verifier.held_bundle(verifier_dir, root).sequence == second.sequence  # type: ignore[union-attr]


def test_root_is_made_at_set_up_and_shown(session, tmp_path: Path) -> None:
    # create_store + first key: the fixture's admin gets a root the first time keys are used
    from crisisplan.services.protocols import ensure_signing_key

    ensure_signing_key(session)
    record = session.store.sharing.trust_root()
    assert record is not None and len(record.fingerprint) == 64
    assert trust.trust_fingerprint(session) == record.fingerprint
    actions = [e.action for e in session.store.audit.entries()]
    assert actions.count("trust-root-create") == 1


def test_a_signed_file_with_a_repeated_field_is_refused(session, plan_id, tmp_path: Path) -> None:
    _bundle, path, root = exported(session, tmp_path)
    text = path.read_text()
    doubled = text.replace('"format": "crisisplan.signed-trust",',
                           '"format": "crisisplan.signed-trust", "format": "crisisplan.signed-trust",', 1)
    assert doubled != text
    with pytest.raises(TrustBundleError, match="repeats"):
        open_trust_bundle(doubled, root)


def test_a_store_restored_from_an_older_backup_still_numbers_bundles_upwards(
        session, plan_id, tmp_path: Path, monkeypatch) -> None:
    import time

    first, _, _ = exported(session, tmp_path / "1")
    # what restoring a backup made before that export does to the stored counter, a minute later
    session.store.connection.execute("UPDATE trust_root SET sequence = 0")
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 60)
    again, _, _ = exported(session, tmp_path / "2")
    assert again.sequence > first.sequence
