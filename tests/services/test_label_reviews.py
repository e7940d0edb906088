"""Issue 14: the IG lead records a translator's check of a language's card labels (audited);
until then cards print the person's language marked "translation not yet checked"; a recipient
who may not see the person's language gets English labels only."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from crisisplan.export.card_labels import ENGLISH
from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import Item
from crisisplan.services import admin, cards, label_reviews
from crisisplan.services.consent import set_consent
from crisisplan.services.demo import generate_plans
from crisisplan.services.errors import InvalidRequest, PermissionDenied
from crisisplan.services.plans import load_plan, save_plan
from crisisplan.services.protocols import active_protocol
from crisisplan.services.session import open_session

URDU_RISKS = "خطرات"
MARK = "Translation not yet checked"


def _text(path: Path) -> str:
    """The text as poppler's pdftotext reads it (PDFium reverses the English of a line it takes
    for right to left, e.g. "checked yet not Translation")."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60).stdout
    return " ".join(re.sub("[\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", out.decode())).split())


@pytest.fixture
def urdu_plan(session):
    plan = next(p for p in generate_plans(12, seed=2014, today=date(2026, 12, 2)) if p.need_to_know.risks)
    person = plan.person.model_copy(update={"first_language": "Urdu", "interpreter_needed": True,
                                            "interpreter_language": "Urdu"})
    process = plan.process.model_copy(update={"review_date": date.today().replace(year=date.today().year + 1)})
    plan_id = save_plan(session, plan.model_copy(update={"person": person, "process": process})).plan_id
    protocol = active_protocol(session)
    set_consent(session, plan_id, "ambulance", protocol.default_items("ambulance"), ConsentStatus.GIVEN)
    return plan_id


def _issue(session, plan_id: int, out: Path):
    loaded, shown = cards.preview(session, plan_id, "ambulance")
    decision = cards.decide(session, shown, share=True, reason="Agreed with the person at review")
    return cards.issue_card(session, loaded, shown, decision, out)


def _ig_lead(session, data_dir: Path):
    admin.add_user(session, "ian", "Ian IG", ["ig_lead"], "ian has a long passphrase")
    return open_session(data_dir, "ian", "ian has a long passphrase")


def test_unchecked_language_prints_marked_and_the_ig_lead_enables_it(session, data_dir, urdu_plan, tmp_path):
    issued = _issue(session, urdu_plan, tmp_path / "before")
    for what in ("card", "summary"):
        text = _text(issued.files[what])
        assert URDU_RISKS in text and MARK in text, what

    with pytest.raises(PermissionDenied):  # a clinician cannot vouch for a translation
        label_reviews.record_label_review(session, "ur", "A. Translator", date(2026, 11, 30))
    with _ig_lead(session, data_dir) as ian:
        with pytest.raises(InvalidRequest, match="future"):
            label_reviews.record_label_review(ian, "ur", "A. Translator", date(2026, 12, 3), today=date(2026, 12, 2))
        with pytest.raises(InvalidRequest, match="No card labels"):
            label_reviews.record_label_review(ian, "so", "A. Translator", date(2026, 11, 30))
        with pytest.raises(InvalidRequest, match="translator's name"):
            label_reviews.record_label_review(ian, "ur", " ", date(2026, 11, 30))
        review = label_reviews.record_label_review(ian, "UR", "A. Translator (fictional), DPSI", date(2026, 11, 30))
        assert (review.code, review.reviewed_on, review.recorded_by) == ("ur", "2026-11-30", "ian")
        details = [e.detail or "" for e in ian.store.audit.entries()]
        assert any("Urdu enabled for printing: checked by A. Translator (fictional), DPSI on 2026-11-30" in d
                   for d in details)

    issued = _issue(session, urdu_plan, tmp_path / "after")
    for what in ("card", "summary"):
        text = _text(issued.files[what])
        assert URDU_RISKS in text and MARK not in text, what
    statuses = dict((lang.code, r) for lang, r in label_reviews.language_statuses(session))
    assert statuses["ur"] is not None and statuses["bn"] is None

    with _ig_lead_again(data_dir) as ian:
        label_reviews.withdraw_label_review(ian, "ur")
        with pytest.raises(InvalidRequest, match="No check"):
            label_reviews.withdraw_label_review(ian, "ur")
        assert any("check withdrawn" in (e.detail or "") for e in ian.store.audit.entries())
    assert MARK in _text(_issue(session, urdu_plan, tmp_path / "withdrawn").files["card"])


def _ig_lead_again(data_dir: Path):
    return open_session(data_dir, "ian", "ian has a long passphrase")


def test_a_recipient_who_may_not_see_the_language_gets_english_labels(session, urdu_plan, tmp_path):
    """Urdu labels would tell the recipient the person's language: only when that item is shared."""
    loaded, shown = cards.preview(session, urdu_plan, "ambulance")
    items = tuple(i for i in shown.values(shown.allowed_items) if i is not Item.LANGUAGE_COMMUNICATION)
    assert label_reviews.labels_for_plan(session, loaded.plan, items) is ENGLISH
    assert label_reviews.labels_for_plan(session, loaded.plan, (*items, Item.LANGUAGE_COMMUNICATION)).code == "ur"
    assert label_reviews.labels_for_plan(session, loaded.plan).code == "ur"  # the person's own copy


def test_the_persons_own_copy_is_bilingual_and_their_words_are_not_translated(session, urdu_plan, tmp_path):
    path = cards.person_copy(session, urdu_plan, tmp_path)
    text = _text(path)
    assert "My crisis plan" in text and "میرا بحران کا منصوبہ" in text and MARK in text
    plan = load_plan(session, urdu_plan).plan
    risk = plan.need_to_know.risks[0]
    own = next(v for v in vars(risk).values() if isinstance(v, str) and len(v) > 12)
    assert " ".join(own.split())[:30] in text  # English words stay as written


def test_english_speakers_cards_are_unchanged(session, tmp_path):
    plan = next(generate_plans(3, seed=7))
    person = plan.person.model_copy(update={"first_language": "English", "interpreter_language": ""})
    process = plan.process.model_copy(update={"review_date": date.today().replace(year=date.today().year + 1)})
    plan_id = save_plan(session, plan.model_copy(update={"person": person, "process": process})).plan_id
    set_consent(session, plan_id, "ambulance", active_protocol(session).default_items("ambulance"),
                ConsentStatus.GIVEN)
    text = _text(_issue(session, plan_id, tmp_path).files["card"])
    assert "not yet checked" not in text and "·" not in text.split("24-HOUR CRISIS HELP")[1][:3]
