"""The share dialog, driven like a user: what goes, the decision it needs, issuing and verifying."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import Item
from crisisplan.forms.text import display_name
from crisisplan.services.cards import ledger, preview
from crisisplan.services.consent import set_consent
from crisisplan.services.plans import load_plan, plan_history
from crisisplan.services.protocols import trust_bundle
from crisisplan.services.session import Session
from crisisplan.services.verify import verify_file
from crisisplan.ui.share import ShareDialog
from crisisplan.ui.share.consent_dialog import RecordConsentDialog
from crisisplan.ui.share.printing import paint_pdf
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import ModalAnswerer, dispose, show

fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
plan_ids = fx.plan_ids
session = fx.session

AGREED = (Item.NAME, Item.DATE_OF_BIRTH, Item.RISKS)
REFUSED = Item.WHAT_HELPS


@pytest.fixture
def police_plan(session: Session, plan_ids: list[int]) -> int:
    """A plan where the person agreed to share name, date of birth and risks with the police and
    refused everything else the protocol would send them (so REFUSED is never shared by default)."""
    plan_id = plan_ids[0]
    _reviewed(session, plan_id)
    set_consent(session, plan_id, "police", AGREED, ConsentStatus.GIVEN, in_own_words="Yes, that is fine")
    _loaded, shown = preview(session, plan_id, "police")
    others = [c.item for c in shown.choices if c.item not in AGREED and c.item is not Item.CRISIS_NUMBERS]
    assert REFUSED in others, "the demo plan should record what helps in a crisis"
    set_consent(session, plan_id, "police", others, ConsentStatus.REFUSED)
    return plan_id


def _reviewed(session: Session, plan_id: int) -> None:
    """Give the plan a review date ahead (a plan past review asks for a reason first; tested in services)."""
    from datetime import date, timedelta

    from crisisplan.services.plans import load_plan, save_plan

    plan = load_plan(session, plan_id).plan
    process = plan.process.model_copy(update={"review_date": date.today() + timedelta(days=90)})
    save_plan(session, plan.model_copy(update={"process": process}), plan_id=plan_id)


def open_dialog(qtbot: Any, session: Session, plan_id: int, tmp_path: Path) -> ShareDialog:
    dialog = ShareDialog(session, plan_id, out_dir=tmp_path / "cards")
    show(qtbot, dialog)
    choose(qtbot, dialog.recipient, "Police")
    return dialog


def choose(qtbot: Any, combo: Any, text: str) -> None:
    """Pick an entry of a drop-down by keyboard (Home, then Down until it shows `text`)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def tick(qtbot: Any, dialog: ShareDialog, item: Item) -> None:
    row = next(r for r in dialog.items.rows if r.item is item)
    row.box.setFocus()
    qtbot.keyClick(row.box, Qt.Key.Key_Space)


def type_reason(qtbot: Any, dialog: ShareDialog, text: str) -> None:
    dialog.decision.reason_edit.setFocus()
    qtbot.keyClicks(dialog.decision.reason_edit, text)


def test_default_items_are_the_consented_ones(qtbot: Any, session: Session, police_plan: int,
                                              tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    _loaded, shown = preview(session, police_plan, "police")
    assert set(dialog.items.chosen()) == set(shown.consented_items)
    assert set(AGREED) <= set(dialog.items.chosen())
    assert REFUSED not in dialog.items.chosen()
    refused = next(r for r in dialog.items.rows if r.item is REFUSED)
    assert refused.parent() is dialog.items.not_agreed
    # Exactly what will go is shown before anything is decided.
    name = display_name(load_plan(session, police_plan).plan)
    assert "Name" in dialog.card_text.toPlainText()
    assert any(part in dialog.card_text.toPlainText() for part in name.split(", "))
    assert "What helps me" not in dialog.card_text.toPlainText()
    # The decision is not complete: the button is disabled and the note says what is missing.
    assert not dialog.action_button.isEnabled()
    # The person consented to every ticked item, so Consent is pre-selected; the reason never is.
    assert dialog.decision.basis_combo.currentText() == "Consent of the person"
    assert dialog.missing.text() == "To issue the card: give the reason."
    assert dialog.decision.consent.text() == "The person agreed to share these items"
    dispose(dialog)


def test_sharing_without_consent_needs_another_basis_and_a_reason(
        qtbot: Any, session: Session, police_plan: int, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    tick(qtbot, dialog, REFUSED)
    assert REFUSED in dialog.items.chosen()
    assert "(without consent)" in dialog.card_text.toPlainText()
    choose(qtbot, dialog.decision.basis_combo, "Consent of the person")
    type_reason(qtbot, dialog, "Very distressed; officers need to know how to approach safely")
    assert not dialog.action_button.isEnabled()
    assert "vital interests, safeguarding or a legal duty" in dialog.missing.text()

    choose(qtbot, dialog.decision.basis_combo, "Vital interests (risk to life or serious harm)")
    assert dialog.action_button.isEnabled()
    assert not dialog.missing.isVisible()
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)

    assert dialog.stack.currentIndex() == 1
    (disclosure,) = [d for d in ledger(session, police_plan) if d.recipient == "police"]
    assert disclosure.shared and disclosure.lawful_basis == "vital_interests"
    assert disclosure.without_consent == (REFUSED.value,)
    assert disclosure.reason == "Very distressed; officers need to know how to approach safely"
    dispose(dialog)


def test_decided_not_to_share_is_recorded(qtbot: Any, session: Session, police_plan: int,
                                          tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    dialog.decision.not_share_radio.setFocus()
    qtbot.keyClick(dialog.decision.not_share_radio, Qt.Key.Key_Space)
    assert dialog.action_button.text() == "Record decision not to share"
    assert not dialog.decision.basis_combo.isEnabled()
    assert dialog.missing.text() == "To record the decision: give the reason."
    type_reason(qtbot, dialog, "The person asked us not to, and there is no risk that needs it")
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)

    assert "decided not to share" in dialog.outcome.title.text()
    (disclosure,) = ledger(session, police_plan)
    assert not disclosure.shared and disclosure.items == () and disclosure.lawful_basis == "not_shared"
    assert not list((tmp_path / "cards").glob("*")) if (tmp_path / "cards").exists() else True
    dispose(dialog)


def test_issuing_writes_the_files_and_the_card_verifies(qtbot: Any, session: Session, police_plan: int,
                                                        tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    choose(qtbot, dialog.decision.basis_combo, "Consent of the person")
    type_reason(qtbot, dialog, "Agreed with the person at the plan review")
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)

    issued = dialog.issued
    assert issued is not None
    for path in issued.files.values():
        assert path.parent == tmp_path / "cards" and path.stat().st_size > 0
    name = display_name(load_plan(session, police_plan).plan)
    assert all(part not in path.name for path in issued.files.values() for part in name.split(", "))
    trust = trust_bundle(session)
    for kind in ("card", "qr"):
        result = verify_file(issued.files[kind], trust).result
        assert result.status.value == "valid", kind
    assert dialog.outcome.qr.pixmap() is not None and not dialog.outcome.qr.pixmap().isNull()
    assert QApplication.focusWidget() is dialog.outcome.print_card
    dispose(dialog)


def test_recording_consent_from_the_dialog(qtbot: Any, session: Session, plan_ids: list[int],
                                           tmp_path: Path, modal: ModalAnswerer) -> None:
    plan_id = plan_ids[1]
    dialog = open_dialog(qtbot, session, plan_id, tmp_path)
    before = set(dialog.items.chosen())
    versions = len(plan_history(session, plan_id))

    def agree_to_all(consent: QWidget) -> None:
        assert isinstance(consent, RecordConsentDialog)
        assert consent.windowTitle() == "Record consent"
        consent.words.setFocus()
        qtbot.keyClicks(consent.words, "Police can know all of this")
        qtbot.keyClick(consent.save_button, Qt.Key.Key_Space)

    modal.answer(agree_to_all)
    qtbot.keyClick(dialog.items.record_consent, Qt.Key.Key_Space)
    assert len(plan_history(session, plan_id)) == versions + 1
    _loaded, shown = preview(session, plan_id, "police")
    assert set(dialog.items.chosen()) == set(shown.consented_items) >= before
    assert all(c.consented for c in shown.choices)
    dispose(dialog)


def test_window_titles_never_name_the_person(qtbot: Any, session: Session, police_plan: int,
                                             tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    plan = load_plan(session, police_plan).plan
    for part in (plan.person.given_name, plan.person.family_name):
        assert part and part not in dialog.windowTitle()
    dispose(dialog)


def test_printing_paints_every_page(qtbot: Any, session: Session, police_plan: int, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    choose(qtbot, dialog.decision.basis_combo, "Consent of the person")
    type_reason(qtbot, dialog, "Agreed with the person")
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)
    assert dialog.issued is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert paint_pdf(printer, dialog.issued.files["summary"]) >= 1
    assert out.read_bytes().startswith(b"%PDF")
    dispose(dialog)


def test_a_confirmed_print_is_audited(qtbot: Any, session: Session, police_plan: int, tmp_path: Path,
                                      monkeypatch: Any) -> None:
    import crisisplan.ui.share.dialog as share_dialog

    printed: list[Path] = []

    def fake_print(parent: Any, pdf: Path, title: str) -> bool:  # the user confirmed the print dialog
        printed.append(pdf)
        return True

    monkeypatch.setattr(share_dialog, "print_pdf", fake_print)
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    choose(qtbot, dialog.decision.basis_combo, "Consent of the person")
    type_reason(qtbot, dialog, "Agreed with the person")
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)
    assert dialog.issued is not None
    qtbot.keyClick(dialog.outcome.print_card, Qt.Key.Key_Space)
    assert printed == [dialog.issued.files["card"]]
    prints = [e for e in session.store.audit.entries(person=police_plan) if e.action == "print"]
    assert len(prints) == 1 and dialog.issued.card_id in (prints[0].detail or "")
    assert prints[0].recipient == "police"
    dispose(dialog)


def test_withdrawing_consent_offers_to_withdraw_the_cards_that_carry_it(
        qtbot: Any, session: Session, police_plan: int, tmp_path: Path, modal: ModalAnswerer) -> None:
    """TRUST-04 from the desktop: the person withdraws consent for police; the live police card is
    withdrawn with it, and the next trust bundle makes every verifier say so."""
    from crisisplan.services.trust import trust_bundle as signed_list

    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    choose(qtbot, dialog.decision.basis_combo, "Consent of the person")
    type_reason(qtbot, dialog, "Agreed with the person at the plan review")
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)
    issued = dialog.issued
    assert issued is not None
    dispose(dialog)

    dialog = open_dialog(qtbot, session, police_plan, tmp_path)

    def refuse_all(consent: QWidget) -> None:
        assert isinstance(consent, RecordConsentDialog)
        consent.refused.setFocus()
        qtbot.keyClick(consent.refused, Qt.Key.Key_Space)
        qtbot.keyClick(consent.save_button, Qt.Key.Key_Space)

    modal.answer(refuse_all)
    modal.answer("Withdraw the cards")
    qtbot.keyClick(dialog.items.record_consent, Qt.Key.Key_Space)
    assert dialog.withdrawn_cards == [issued.card_id]
    assert any(title == "Withdraw the cards too?" for title, _text in modal.seen)
    assert issued.card_id in signed_list(session).revoked_cards
    assert verify_file(issued.files["card"], signed_list(session)).result.status.value == "superseded_or_revoked"
    dispose(dialog)
