"""Issuing cards end to end: minimisation read back from the rendered PDFs and the decoded QR,
the ledger, superseding, and AUD-04 (no decision without consent status, basis and reason)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from crisisplan.export.card import open_card
from crisisplan.export.qr import read_qr_texts
from crisisplan.export.verify import CardStatus
from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import Item
from crisisplan.services import cards
from crisisplan.services.consent import set_consent
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import active_protocol, trust_bundle
from crisisplan.services.verify import verify_file
from crisisplan.sharing.decision import LawfulBasis
from crisisplan.sharing.selection import NO_CONSENT_NEEDED
from tests.services.markers import marked_plan, markers_in

RECIPIENTS = ("police", "ambulance", "emergency_department")


def pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in doc)
    finally:
        doc.close()


@pytest.fixture
def marked(session):
    plan, paths = marked_plan()
    saved = save_plan(session, plan)
    protocol = active_protocol(session)
    for recipient in RECIPIENTS:
        set_consent(session, saved.plan_id, recipient, protocol.default_items(recipient), ConsentStatus.GIVEN)
    # The person refuses one item the protocol would send to the ambulance service.
    set_consent(session, saved.plan_id, "ambulance", [Item.ADDRESS], ConsentStatus.REFUSED)
    return saved.plan_id, paths


@pytest.mark.parametrize("recipient", RECIPIENTS)
def test_each_output_carries_exactly_the_allowed_markers(session, marked, recipient, tmp_path):
    plan_id, paths = marked
    loaded, shown = cards.preview(session, plan_id, recipient)
    decision = cards.decide(session, shown, share=True, reason="Agreed at the planning meeting")
    issued = cards.issue_card(session, loaded, shown, decision, tmp_path / recipient)

    protocol = active_protocol(session)
    granted = protocol.default_items(recipient)
    assert set(decision.items) <= granted
    allowed = markers_in(json.dumps({k.value: v for k, v in shown.values(decision.items).items()}))
    everything = set(paths.values())
    assert allowed and allowed < everything

    qr_texts = read_qr_texts(issued.files["qr"])
    assert qr_texts == [issued.qr_text]
    payload = open_card(qr_texts[0]).payload
    qr_markers = markers_in(json.dumps({k.value: v for k, v in payload.items.items()}))
    # the marked plan fills every field: in card format 1 the emergency department's QR had to be
    # shortened by the rules (fit.py); in format 2 it fits whole. Whatever is shortened says so.
    assert qr_markers <= allowed and (qr_markers == allowed or issued.truncated)

    assert markers_in(pdf_text(issued.files["summary"])) == allowed
    card_markers = markers_in(pdf_text(issued.files["card"]))
    assert card_markers and card_markers <= allowed

    # Clinical detail never reaches the police; the refused item never reaches the ambulance.
    medicine_markers = {m for p, m in paths.items() if p.startswith(("need_to_know.medicines",
                                                                    "need_to_know.clinical"))}
    address_markers = {m for p, m in paths.items() if p.startswith("person.address")}
    if recipient == "police":
        assert medicine_markers and not (medicine_markers & (qr_markers | card_markers | allowed))
    if recipient == "ambulance":
        assert address_markers and not (address_markers & qr_markers)
        assert Item.ADDRESS not in decision.items

    # Police copies state plainly what the information may not be used for; others do not need to.
    restriction = protocol.recipient(recipient).use_restriction
    summary_text = " ".join(pdf_text(issued.files["summary"]).split())
    card_text = " ".join(pdf_text(issued.files["card"]).split())
    if recipient == "police":
        assert restriction and " ".join(restriction.split())[:60] in summary_text
        assert "may NOT be used for" in summary_text and "Limits on use" in card_text
    else:
        assert "may NOT be used for" not in summary_text and "Limits on use" not in card_text


def test_card_verifies_from_its_pdf_and_is_superseded_by_the_next(session, marked, tmp_path):
    plan_id, _ = marked
    loaded, shown = cards.preview(session, plan_id, "police")
    decision = cards.decide(session, shown, share=True, reason="Agreed with the person")
    first = cards.issue_card(session, loaded, shown, decision, tmp_path / "a")
    result = verify_file(first.files["card"], trust_bundle(session)).result
    assert result.status is CardStatus.VALID
    second = cards.issue_card(session, loaded, shown, decision, tmp_path / "b")
    assert second.superseded == (first.card_id,)
    bundle = trust_bundle(session)
    assert verify_file(first.files["card"], bundle).result.status is CardStatus.SUPERSEDED_OR_REVOKED
    assert verify_file(second.files["summary"], bundle).result.status is CardStatus.VALID
    # File names carry neither the person's name nor the NHS number (EXP-02).
    for path in second.files.values():
        assert path.name.isascii() and not any(ch.isdigit() for ch in path.stem.split("-")[0])
        assert loaded.plan.person.nhs_number not in path.name
        assert loaded.plan.person.family_name.lower() not in path.name.lower()


def test_ledger_records_sharing_and_decisions_not_to_share(session, marked, tmp_path):
    plan_id, _ = marked
    loaded, shown = cards.preview(session, plan_id, "emergency_department")
    decision = cards.decide(session, shown, share=True, reason="Agreed with the person")
    cards.issue_card(session, loaded, shown, decision, tmp_path)
    loaded, shown = cards.preview(session, plan_id, "school")
    refusal = cards.decide(session, shown, share=False, reason="The person does not want the school told")
    cards.record_not_sharing(session, loaded, refusal)
    rows = cards.ledger(session, plan_id)
    assert [(r.recipient, r.shared) for r in rows] == [("emergency_department", True), ("school", False)]
    assert rows[0].items and rows[0].card_id and rows[0].lawful_basis == "consent"
    assert rows[1].items == () and rows[1].reason.startswith("The person does not want")
    actions = [(e.action, e.recipient, e.lawful_basis) for e in session.store.audit.entries(person=plan_id)]
    assert ("share", "emergency_department", "consent") in actions
    assert ("decide-not-to-share", "school", "not_shared") in actions


def test_aud04_decision_needs_consent_basis_and_reason(session, marked):
    plan_id, _ = marked
    _, shown = cards.preview(session, plan_id, "police")
    with pytest.raises(InvalidRequest, match="reason"):
        cards.decide(session, shown, share=True, reason="  ")
    not_consented = [i for i in shown.allowed_items if i not in shown.consented_items]
    # Every police default item is consented in this fixture, so use the GP, where nothing is.
    _, gp = cards.preview(session, plan_id, "gp")
    personal = [i for i in gp.allowed_items if i not in NO_CONSENT_NEEDED]
    assert personal and gp.consented_items == (Item.CRISIS_NUMBERS,)  # public service numbers only
    with pytest.raises(InvalidRequest, match="vital interests"):
        cards.decide(session, gp, share=True, items=personal[:2], reason="Routine copy")
    made = cards.decide(session, gp, share=True, items=personal[:2],
                        lawful_basis=LawfulBasis.VITAL_INTERESTS, reason="Seen by GP out of hours in crisis")
    assert set(made.without_consent) == set(personal[:2])
    assert not_consented == []


def test_items_outside_the_protocol_are_refused(session, marked):
    plan_id, _ = marked
    _, shown = cards.preview(session, plan_id, "police")
    assert Item.MEDICINES in shown.not_in_protocol
    with pytest.raises(InvalidRequest, match="does not allow"):
        cards.decide(session, shown, share=True, items=[Item.NAME, Item.MEDICINES],
                     lawful_basis=LawfulBasis.VITAL_INTERESTS, reason="Asked by officer")


def test_valid_until_is_the_review_date_or_the_protocol_limit():
    issued = date(2026, 11, 21)
    assert cards.valid_until(issued, date(2027, 3, 1), 365) == date(2027, 3, 1)
    assert cards.valid_until(issued, date(2029, 3, 1), 365) == date(2027, 11, 21)
    assert cards.valid_until(issued, None, 180) == date(2027, 5, 20)
    # past its review date: only with an explicit decision (below), then 28 days at most
    assert cards.valid_until(issued, date(2026, 1, 1), 365) == date(2026, 12, 19)
    assert cards.valid_until(issued, date(2026, 1, 1), 10) == date(2026, 12, 1)


def test_a_plan_past_its_review_date_needs_an_explicit_decision_recorded_in_the_ledger(session, marked, tmp_path):
    """Issue 11: a plan with a review date in 2020 issued a card valid for 0 days with only a notice."""
    plan_id, _paths = marked
    loaded, shown = cards.preview(session, plan_id, "ambulance")
    overdue = loaded.plan.model_copy(update={"process": loaded.plan.process.model_copy(
        update={"review_date": date(2020, 6, 1)})})
    loaded = replace(loaded, plan=overdue)
    decision = cards.decide(session, shown, share=True, reason="Agreed at the planning meeting")
    before = len(cards.ledger(session, plan_id))
    with pytest.raises(InvalidRequest, match="due for review on 01 Jun 2020"):
        cards.issue_card(session, loaded, shown, decision, tmp_path / "refused")
    assert len(cards.ledger(session, plan_id)) == before  # nothing issued, nothing recorded
    assert not (tmp_path / "refused").exists()
    issued = cards.issue_card(session, loaded, shown, decision, tmp_path / "issued",
                              past_review_reason="Review booked for next week; paramedics need the card now")
    assert issued.valid_until > date.today()
    row = cards.ledger(session, plan_id)[-1]
    assert row.card_id == issued.card_id
    assert "past its review date (01 Jun 2020)" in row.reason
    assert "Review booked for next week" in row.reason


def test_sample_protocol_numbers_are_marked_on_every_output_until_set_locally(session, marked, tmp_path):
    import json as _json

    from crisisplan.services.protocols import import_protocol, set_active_protocol
    from crisisplan.sharing.protocol import dump_protocol

    plan_id, _ = marked
    loaded, shown = cards.preview(session, plan_id, "police")
    issued = cards.issue_card(session, loaded, shown, cards.decide(session, shown, share=True, reason="Agreed"),
                              tmp_path / "sample")
    assert "SAMPLE, NOT FOR USE" in pdf_text(issued.files["card"])
    assert "SAMPLE, NOT FOR USE" in pdf_text(issued.files["summary"])
    assert "SAMPLE, NOT FOR USE" in _json.dumps(open_card(issued.qr_text).payload.items[Item.CRISIS_NUMBERS])

    local = _json.loads(dump_protocol(active_protocol(session)))
    local["id"] = "local-area"
    for number in local["crisis_numbers"]:
        number["set_locally"] = False
    import_protocol(session, _json.dumps(local))
    set_active_protocol(session, "local-area")
    loaded, shown = cards.preview(session, plan_id, "police")
    issued = cards.issue_card(session, loaded, shown, cards.decide(session, shown, share=True, reason="Agreed"),
                              tmp_path / "local")
    assert "SAMPLE" not in pdf_text(issued.files["card"]) + pdf_text(issued.files["summary"])
