"""TRUST-02: a signing key gets into the bundle only by a named role, with its fingerprint shown and
audited; a protocol file can only propose keys.

Attack seen on the old code (issue 10): an admin-only user imported a protocol whose `trusted_keys`
held their own key; after `protocol use` and `trust export` a card they forged verified VALID, shown
as issued by the practice. `protocol show` did not list the key and the audit said "protocol-import"."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from crisisplan.cli import main
from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key, key_id, public_key_to_b64
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.signed_trust import root_fingerprint, show_fingerprint
from crisisplan.export.verify import CardStatus, verify_card_text
from crisisplan.services import admin, trust
from crisisplan.services.errors import InvalidRequest, PermissionDenied
from crisisplan.services.session import create_store, open_session
from crisisplan.sharing.protocol import bundled_protocols, dump_protocol
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER, TEST_KDF_ITERATIONS
from tests.security.conftest import consented_plan, exported, issue

INSIDER = generate_signing_key()
TODAY = date.today()
FORGED = seal(dataclasses.replace(typical_card_payload(), issued=TODAY, valid_until=TODAY), INSIDER)
KID = key_id(INSIDER.public_key()).hex()


def _evil_protocol(tmp_path: Path) -> Path:
    doc = json.loads(dump_protocol(bundled_protocols()[0]))
    doc["id"] = "insider"
    doc["trusted_keys"] = [{"kid": KID, "organisation": "The Practice", "public_key":
                            public_key_to_b64(INSIDER.public_key()), "valid_from": "2020-01-01"}]
    path = tmp_path / "protocol.json"
    path.write_text(json.dumps(doc))
    return path


def _cli(monkeypatch, capsys, data_dir: Path, user: str, passphrase: str, *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", passphrase)
    code = main([*argv, "--data-dir", str(data_dir), "--user", user])
    return code, capsys.readouterr().out


def test_admin_cannot_install_a_key_through_a_protocol(session, data_dir, tmp_path, monkeypatch, capsys) -> None:
    admin.add_user(session, "mallory", "Mallory Admin", ["admin"], "mallory's long passphrase")
    session.close()
    protocol_file = _evil_protocol(tmp_path)
    run = lambda *a: _cli(monkeypatch, capsys, data_dir, "mallory", "mallory's long passphrase", *a)  # noqa: E731
    assert run("protocol", "import", str(protocol_file))[0] == 0
    assert run("protocol", "use", "insider")[0] == 0
    code, shown = run("protocol", "show", "insider")
    assert code == 0 and "Proposed trusted keys (NOT installed" in shown and KID in shown
    assert root_fingerprint(INSIDER.public_key()) in shown
    assert run("trust", "export", str(tmp_path / "mallory"))[0] == 7  # no issuer key: cannot sign a bundle
    alice = lambda *a: _cli(monkeypatch, capsys, data_dir, ADMIN_USER, ADMIN_PASSPHRASE, *a)  # noqa: E731
    assert alice("trust", "export", str(tmp_path / "bundle"))[0] == 0  # with the insider's protocol in use
    code, fingerprint = run("trust", "fingerprint")
    root = fingerprint.strip().replace(" ", "").lower()
    code, out = _cli(monkeypatch, capsys, data_dir, "mallory", "x", "verify", "--text", FORGED,
                     "--trust", str(tmp_path / "bundle" / "trust-bundle.json"), "--root", root)
    assert code == 12 and out.startswith("UNKNOWN ISSUER")  # the old code said VALID
    with open_session(data_dir, ADMIN_USER, ADMIN_PASSPHRASE) as s:
        details = [e.detail or "" for e in s.store.audit.entries() if e.action == "protocol-import"]
    assert any(KID in d and "not installed" in d for d in details)


def test_partner_is_added_by_the_ig_lead_only_by_root_fingerprint(session, tmp_path: Path) -> None:
    # A partner trust issues a card for our ED; its signed bundle travels with its cover sheet.
    partner, _ = create_store(tmp_path / "partner", "pat", "Pat", "partner long passphrase",
                              roles=("admin", "clinician"), kdf_iterations=TEST_KDF_ITERATIONS, demo=True)
    with partner:
        from crisisplan.services.protocols import set_organisation_name

        set_organisation_name(partner, "Partner Mental Health Trust")
        plan_id = consented_plan(partner)
        card = issue(partner, plan_id, "emergency_department", tmp_path / "partner-cards")
        partner_export = trust.export_trust(partner, tmp_path / "partner-bundle")
    text = partner_export.bundle_path.read_bytes()

    ours_before, _, _ = exported(session, tmp_path / "before")
    assert verify_card_text(card.qr_text, ours_before, TODAY).status is CardStatus.UNKNOWN_ISSUER
    with pytest.raises(PermissionDenied):  # admin + clinician is not enough
        trust.add_partner(session, "Partner Mental Health Trust", partner_export.fingerprint, text)
    admin.add_user(session, "iggy", "Iggy IG Lead", ["ig_lead"], "iggy's long passphrase")
    ig = open_session(session.data_dir, "iggy", "iggy's long passphrase")
    with ig:
        wrong = root_fingerprint(generate_signing_key().public_key())
        with pytest.raises(Exception, match="different organisation trust root"):
            trust.add_partner(ig, "Partner Mental Health Trust", wrong, text)
        trust.add_partner(ig, "Partner Mental Health Trust", show_fingerprint(partner_export.fingerprint), text)
        with pytest.raises(InvalidRequest, match="not newer"):  # no going back to an older partner bundle
            trust.add_partner(ig, "Partner Mental Health Trust", partner_export.fingerprint, text)
        [(record, _bundle)] = trust.partners(ig)
        assert record.root_fingerprint == partner_export.fingerprint
        detail = next(e.detail for e in ig.store.audit.entries() if e.action == "partner-add") or ""
        assert partner_export.fingerprint in detail and card.qr_text not in detail
    ours, _, _ = exported(session, tmp_path / "after")
    result = verify_card_text(card.qr_text, ours, TODAY, "emergency_department")
    assert result.status is CardStatus.VALID and result.issuer == "Partner Mental Health Trust"
    partner_keys = [k for k in ours.keys if k.partner_root]
    assert partner_keys and {k.partner_root for k in partner_keys} == {partner_export.fingerprint}


def test_store_made_by_init_has_a_root(tmp_path: Path) -> None:
    session, _ = create_store(tmp_path / "s", "a", "A", "a long passphrase here", roles=("clinician",),
                              kdf_iterations=TEST_KDF_ITERATIONS)
    with session, pytest.raises(PermissionDenied, match="administrator"):
        trust.ensure_trust_root(session)  # a clinician alone cannot make the organisation's root
