"""The person's copy (CARD-05): addressed to the person, their own words marked, agreement and
review dates, who holds which card, the ledger in brief and every validity warning."""

from __future__ import annotations

from datetime import date

from crisisplan.forms.advance import AdvanceDecision
from crisisplan.services.demo import generate_plans
from crisisplan.services.person_text import person_copy_text
from crisisplan.store.sharing import CardRecord, Disclosure

TODAY = date(2026, 12, 2)


def _plan():
    plan = next(p for p in generate_plans(12, seed=2014, today=TODAY) if p.need_to_know.risks)
    refusal = AdvanceDecision(treatment_refused="Ventilation if I stop breathing", life_sustaining=True,
                              had_capacity=True, written=True, signed=True, witnessed=False)
    agreement = plan.process.agreement.model_copy(update={"signed_off_on": date(2026, 9, 30)})
    process = plan.process.model_copy(update={"agreement": agreement, "review_date": date(2027, 3, 30)})
    return plan.model_copy(update={"advance_decisions": [refusal], "process": process})


def _text(plan):
    cards = [CardRecord("H4QZ7KX2MD", 9, 3, "ambulance", "ab", "2026-12-02", "2027-03-02",
                        "2026-12-02T10:00:00", "demo", None, None)]
    ledger = [Disclosure(1, 9, 3, "ambulance", "card", True, ("name", "risks", "medicines"), (), "given", "consent",
                         "Agreed", "demo", "2026-12-02T10:00:00", "H4QZ7KX2MD"),
              Disclosure(2, 9, 3, "police", "decision", False, (), (), "refused", "not_shared", "Refused", "demo",
                         "2026-12-02T10:05:00", None)]
    return person_copy_text(plan, plan_version=3, today=TODAY, cards=cards, disclosures=ledger)


def test_the_life_sustaining_refusal_warning_reaches_the_person():
    """Issue 11: ambulance and ED saw this warning; the person did not."""
    text = _text(_plan())
    assert any("Ventilation if I stop breathing" in w and "may not be valid" in w for w in text.warnings)


def test_agreement_and_review_dates_not_the_print_date():
    intro = " ".join(_text(_plan()).intro)
    assert "agreed on 30 September 2026" in intro and "reviewed by 30 March 2027" in intro
    assert "2 December 2026" not in intro


def test_plain_words_own_words_marked_cards_and_ledger():
    text = _text(_plan())
    lines = [line for _heading, section in text.sections for line in section]
    joined = "\n".join(line.text for line in lines)
    assert "Kind of risk" not in joined and "The person agrees" not in joined
    own = [line for line in lines if line.kind == "own"]
    assert own and all("your words" in line.text for line in own)
    headings = dict(text.sections)
    cards = "\n".join(line.text for line in headings["Who has a card, and what each one shows"])
    assert "Ambulance" in cards and "H4QZ7KX2MD" in cards and "risk factors" in cards
    ledger = "\n".join(line.text for line in headings["What has been shared, and when"])
    assert "with your agreement" in ledger and "decided not to share" in ledger
    assert not any(line.text.rstrip(".").isdigit() for line in lines)  # no orphanable list numbers
