"""Bulk re-issue after key rotation: every live card re-issued, old ones superseded, cancel works."""

from __future__ import annotations

from crisisplan.export.verify import CardStatus
from crisisplan.forms.consent import ConsentStatus
from crisisplan.services import cards
from crisisplan.services.consent import set_consent
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import active_protocol, rotate_signing_key, trust_bundle
from crisisplan.services.reissue import reissue_all
from crisisplan.services.verify import verify_text

OVERDUE_OK = "Some demo plans are past review: issued for the test (ignored when not overdue)"


def _issue_three(session, tmp_path):
    protocol = active_protocol(session)
    texts = []
    for plan in generate_plans(3, seed=11):
        plan_id = save_plan(session, plan).plan_id
        set_consent(session, plan_id, "police", protocol.default_items("police"), ConsentStatus.GIVEN)
        loaded, shown = cards.preview(session, plan_id, "police")
        decision = cards.decide(session, shown, share=True, reason="Agreed with the person")
        texts.append(cards.issue_card(session, loaded, shown, decision, tmp_path / "first",
                                      past_review_reason=OVERDUE_OK).qr_text)
    return texts


def test_reissue_after_key_rotation(session, tmp_path):
    old_texts = _issue_three(session, tmp_path)
    old_kid = trust_bundle(session).keys[0].kid
    rotate_signing_key(session)
    seen = []
    result = reissue_all(session, tmp_path / "new", "Re-issued after key rotation",
                         progress=lambda done, total: seen.append((done, total)))
    assert (len(result.issued), result.skipped, result.cancelled) == (3, 0, False)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    bundle = trust_bundle(session)
    assert {k.kid for k in bundle.keys} > {old_kid}  # the old key stays trusted for cards it signed
    for text in old_texts:
        assert verify_text(text, bundle).status is CardStatus.SUPERSEDED_OR_REVOKED
    live = session.store.sharing.cards(live_only=True)
    assert sorted(c.card_id for c in live) == sorted(result.issued)
    assert all(c.kid != old_kid.hex() for c in live)
    reasons = [d.reason for d in session.store.sharing.disclosures()]
    # a plan now past its review date says so in the ledger, with the bulk re-issue's reason
    assert sum(r.startswith("Re-issued after key rotation") for r in reasons) == 3


def test_reissue_can_be_cancelled(session, tmp_path):
    _issue_three(session, tmp_path)
    calls = []
    result = reissue_all(session, tmp_path / "new", "Re-issue", cancelled=lambda: len(calls) >= 1,
                         progress=lambda done, total: calls.append(done))
    assert result.cancelled and len(result.issued) == 1
    assert len(session.store.sharing.cards(live_only=True)) == 3


def test_reissue_in_worker_processes_matches_in_process(session, tmp_path):
    protocol = active_protocol(session)
    for plan in generate_plans(5, seed=12):
        plan_id = save_plan(session, plan).plan_id
        for recipient in ("police", "ambulance"):
            set_consent(session, plan_id, recipient, protocol.default_items(recipient), ConsentStatus.GIVEN)
            loaded, shown = cards.preview(session, plan_id, recipient)
            cards.issue_card(session, loaded, shown, cards.decide(session, shown, share=True, reason="Agreed"),
                             tmp_path / "first", past_review_reason=OVERDUE_OK)
    rotate_signing_key(session)
    seen = []
    result = reissue_all(session, tmp_path / "new", "Re-issued after key rotation", workers=2,
                         progress=lambda done, total: seen.append(done))
    assert (len(result.issued), result.skipped) == (10, 0) and seen == list(range(1, 11))
    bundle = trust_bundle(session)
    live = session.store.sharing.cards(live_only=True)
    assert sorted(c.card_id for c in live) == sorted(result.issued)
    for path in (tmp_path / "new").glob("qr-*.png"):
        from crisisplan.export.qr import read_qr_texts

        assert verify_text(read_qr_texts(path)[0], bundle).status is CardStatus.VALID
    assert len(list((tmp_path / "new").glob("crisis-card-*.pdf"))) == 10
    # the A4 summaries are PAdES-signed in the workers, by the document signer of the new key
    from crisisplan.export.pades_verify import check_pdf_signature
    from crisisplan.services.trust import trust_fingerprint

    new_kid = session.store.sharing.active_signing_key().kid
    summaries = list((tmp_path / "new").glob("summary-*.pdf"))
    assert len(summaries) == 10
    for path in summaries:
        check = check_pdf_signature(path.read_bytes(), {trust_fingerprint(session)})
        assert check.valid and check.kid == new_kid, path.name
