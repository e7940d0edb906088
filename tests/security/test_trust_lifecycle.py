"""TRUST-03 and TRUST-04: key retirement and revocation, the maximum card lifetime, withdrawing a
card (also when consent is withdrawn), and bulk re-issue after a revocation.

Attacks seen on the old code (issue 10): after `key rotate`, a card signed with the old key, dated on
its retirement day and valid until 2099, verified VALID with --today 2090-01-01; no command revoked
a key or a card, so after consent for police was withdrawn the police card still verified VALID."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from crisisplan.export.card import seal
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.verify import CardStatus, verify_card_text
from crisisplan.services import protocols, trust
from crisisplan.services.reissue import reissue_all
from tests.security.conftest import admin_session, exported, issue


def test_backdated_card_with_a_retired_key_is_expired_not_valid(session, plan_id, tmp_path: Path) -> None:
    old_kid, old_private = protocols.signing_key(session)
    protocols.rotate_signing_key(session)
    bundle, _, _ = exported(session, tmp_path)
    old = bundle.key_for(old_kid)
    assert old is not None and old.status == "retired" and old.valid_until is not None
    retirement = old.valid_until
    backdated = seal(dataclasses.replace(typical_card_payload(), issued=retirement, valid_until=date(2099, 1, 1)),
                     old_private)
    result = verify_card_text(backdated, bundle, date(2090, 1, 1))
    assert result.status is CardStatus.EXPIRED  # the old code said VALID
    assert bundle.max_card_lifetime_days == 365
    assert verify_card_text(backdated, bundle, retirement + timedelta(days=365)).status is CardStatus.VALID
    assert verify_card_text(backdated, bundle, retirement + timedelta(days=366)).status is CardStatus.EXPIRED
    after = seal(dataclasses.replace(typical_card_payload(), issued=retirement + timedelta(days=1),
                                     valid_until=date(2099, 1, 1)), old_private)
    assert verify_card_text(after, bundle, retirement + timedelta(days=2)).status is CardStatus.UNKNOWN_ISSUER


def test_revoked_key_invalidates_its_cards_and_bulk_reissue_replaces_them(session, plan_id, tmp_path: Path) -> None:
    police = issue(session, plan_id, "police", tmp_path / "cards")
    kid = protocols.signing_key(session)[0].hex()
    new_kid = trust.revoke_key(session, kid, "Laptop with the store was stolen")
    assert new_kid and new_kid != kid
    bundle, _, _ = exported(session, tmp_path / "b1")
    assert bundle.key_for(bytes.fromhex(kid)).status == "revoked"  # type: ignore[union-attr]
    result = verify_card_text(police.qr_text, bundle, date.today())
    assert result.status is CardStatus.SUPERSEDED_OR_REVOKED and result.payload is None
    done = reissue_all(session, tmp_path / "reissued", "Re-issued after signing-key revocation")
    assert len(done.issued) == 1
    bundle, _, _ = exported(session, tmp_path / "b2")
    new_text = next(c for c in session.store.sharing.cards(live_only=True))
    assert new_text.kid == new_kid
    actions = [e.action for e in session.store.audit.entries()]
    assert "key-revoke" in actions


def test_retire_a_key_that_is_not_in_use(session, plan_id, tmp_path: Path) -> None:
    first = protocols.signing_key(session)[0].hex()
    assert trust.retire_key(session, first, "Moving to a new key") is not None  # in use: replaced
    bundle, _, _ = exported(session, tmp_path)
    assert bundle.key_for(bytes.fromhex(first)).status == "retired"  # type: ignore[union-attr]
    assert [e.action for e in session.store.audit.entries()].count("key-create") == 2


def test_card_revoke_on_the_command_line(run_cli, session, plan_id, tmp_path: Path) -> None:
    police = issue(session, plan_id, "police", tmp_path / "cards")
    session.close()
    cli = run_cli
    code, out, err = cli("card", "revoke", police.card_id, "--reason", "Issued to the wrong person")
    assert code == 0, err
    code, out, _ = cli("trust", "export", str(tmp_path / "bundle"))
    root = out.split("fingerprint: ")[1].strip()
    code, out, _ = cli("verify", str(police.files["card"]), "--trust", str(tmp_path / "bundle" / "trust-bundle.json"),
                       "--root", root)
    assert code == 11 and out.startswith("SUPERSEDED OR REVOKED")
    code, ledger, _ = cli("ledger", str(plan_id), "--json")
    assert '"kind": "card-revoked"' in ledger and police.card_id in ledger
    assert cli("card", "revoke", "AAAAAAAAAA", "--reason", "No such card")[0] == 6


def test_withdrawing_consent_revokes_the_cards_that_carry_it(run_cli, session, plan_id, tmp_path: Path) -> None:
    police = issue(session, plan_id, "police", tmp_path / "cards")
    ambulance = issue(session, plan_id, "ambulance", tmp_path / "cards")
    session.close()
    cli = run_cli
    code, out, err = cli("consent", "set", str(plan_id), "--recipient", "police", "--all-protocol-items",
                         "--status", "withdrawn")
    assert code == 0, err
    assert police.card_id in out and "still verify" in out  # offered, not done
    code, out, err = cli("consent", "set", str(plan_id), "--recipient", "police", "--all-protocol-items",
                         "--status", "withdrawn", "--revoke-cards")
    assert code == 0 and f"Withdrew card(s) {police.card_id}" in out, err
    with admin_session(session.data_dir) as again:
        bundle, _, _ = exported(again, tmp_path / "b")
    assert verify_card_text(police.qr_text, bundle, date.today()).status is CardStatus.SUPERSEDED_OR_REVOKED
    assert verify_card_text(ambulance.qr_text, bundle, date.today()).status is CardStatus.VALID


def test_maximum_lifetime_comes_from_the_protocol(session, plan_id, tmp_path: Path) -> None:
    import json

    from crisisplan.sharing.protocol import bundled_protocols, dump_protocol

    doc = json.loads(dump_protocol(bundled_protocols()[0]))
    doc["id"] = "short"
    doc["max_card_lifetime_days"] = 90
    protocols.import_protocol(session, json.dumps(doc))
    protocols.set_active_protocol(session, "short")
    bundle, _, _ = exported(session, tmp_path)
    assert bundle.max_card_lifetime_days == 90


def test_a_card_is_never_reviewed_later_than_its_maximum_lifetime(session, plan_id, tmp_path: Path) -> None:
    import json

    from crisisplan.sharing.protocol import bundled_protocols, dump_protocol

    doc = json.loads(dump_protocol(bundled_protocols()[0]))
    doc.update(id="long", card_validity_days=1000, max_card_lifetime_days=200)
    protocols.import_protocol(session, json.dumps(doc))
    protocols.set_active_protocol(session, "long")
    card = issue(session, plan_id, "police", tmp_path / "cards", today=date(2026, 1, 1))
    assert card.valid_until == date(2026, 1, 1) + timedelta(days=200)  # the plan says review in 2027
