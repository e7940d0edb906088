"""The share dialog's keyboard and size (issue 8, sections 3, 5, 6): Enter in a field or on a
radio button issues the card ("Issue card" is the only default button), Enter on a focused button
presses that button, the decision is visible without scrolling, the dialog never outgrows the
screen after issuing, and a plan whose person was never asked says "Not asked yet"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton

from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import save_plan
from crisisplan.services.session import Session
from crisisplan.ui.enter_keys import install_enter_keys
from crisisplan.ui.share import ShareDialog
from crisisplan.ui.share.consent_dialog import RecordConsentDialog
from tests.ui import test_editor_fixtures as fx
from tests.ui import test_share as share_tests
from tests.ui.test_editor_fixtures import ModalAnswerer, dispose
from tests.ui.test_share import open_dialog, type_reason

fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
plan_ids = fx.plan_ids
session = fx.session
police_plan = share_tests.police_plan


def on_screen(widget: Any) -> bool:
    room = widget.screen().availableGeometry()
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return room.contains(rect)


def test_only_issue_card_is_default(qtbot: Any, session: Session, police_plan: int, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() or b.autoDefault()]
    assert defaults == [dialog.action_button]
    dispose(dialog)


def test_enter_in_the_folder_field_issues_the_card(qtbot: Any, session: Session, police_plan: int,
                                                   tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    type_reason(qtbot, dialog, "Agreed with the person at the plan review")  # Consent is pre-selected
    dialog.decision.folder_edit.setFocus()
    qtbot.keyClick(dialog.decision.folder_edit, Qt.Key.Key_Return)
    assert dialog.issued is not None and dialog.stack.currentIndex() == 1
    # After issuing the dialog stays on the screen and Close can be reached.
    assert dialog.maximumHeight() <= dialog.screen().availableGeometry().height()
    assert dialog.close_button.isVisible() and on_screen(dialog.close_button)
    assert dialog.close_button.isDefault()
    dispose(dialog)


def test_enter_on_a_radio_button_issues_and_enter_on_a_button_presses_it(
        qtbot: Any, session: Session, police_plan: int, tmp_path: Path, modal: ModalAnswerer) -> None:
    install_enter_keys()
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    button = dialog.items.record_consent
    button.setFocus()
    modal.answer(lambda d: d.reject() if isinstance(d, RecordConsentDialog) else None)
    qtbot.keyClick(button, Qt.Key.Key_Return)  # the focused button, not "Issue card"
    assert modal.seen and modal.seen[0][0] != ""
    assert dialog.issued is None

    type_reason(qtbot, dialog, "Agreed with the person at the plan review")
    dialog.decision.share_radio.setFocus()
    qtbot.keyClick(dialog.decision.share_radio, Qt.Key.Key_Return)
    assert dialog.issued is not None
    dispose(dialog)


def test_the_decision_is_visible_without_scrolling(qtbot: Any, session: Session, police_plan: int,
                                                   tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, police_plan, tmp_path)
    viewport = dialog.side_scroll.viewport()
    for widget in (dialog.decision.basis_combo, dialog.decision.reason_edit):
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert viewport.rect().contains(rect), widget.accessibleName()
    dispose(dialog)


def test_never_asked_is_worded_as_not_asked_yet(qtbot: Any, session: Session, tmp_path: Path) -> None:
    plan = next(generate_plans(1, seed=21)).model_copy(update={"consent": []})
    plan_id = save_plan(session, plan).plan_id
    dialog = ShareDialog(session, plan_id, out_dir=tmp_path / "cards")
    fx.show(qtbot, dialog)
    share_tests.choose(qtbot, dialog.recipient, "Police")
    assert dialog.decision.consent.text().startswith("Not asked yet")
    assert dialog.decision.basis() is None  # nothing is pre-selected without consent
    dispose(dialog)


def test_no_card_before_the_organisation_is_named_and_the_numbers_set_locally(
        qtbot: Any, tmp_path: Path) -> None:
    import json

    from crisisplan.services import protocols
    from crisisplan.services.session import create_store

    fresh, _key = create_store(tmp_path / "fresh", "alice", "Alice", "a long passphrase",
                               roles=("admin", "clinician"), kdf_iterations=1000)
    try:
        plan_id = save_plan(fresh, next(generate_plans(1, seed=3))).plan_id
        dialog = ShareDialog(fresh, plan_id, out_dir=tmp_path / "cards")
        fx.show(qtbot, dialog)
        type_reason(qtbot, dialog, "Agreed with the person at the plan review")
        assert dialog.problem.isVisible()
        assert "not named yet" in dialog.problem.text() and "set locally" in dialog.problem.text()
        assert not dialog.action_button.isEnabled()  # "Organisation not yet named" is never printed
        dispose(dialog)

        protocols.set_organisation_name(fresh, "Riverside Practice (fictional)")
        protocols.confirm_sample_protocol(fresh, protocols.active_protocol(fresh).id)
        dialog = ShareDialog(fresh, plan_id, out_dir=tmp_path / "cards")
        fx.show(qtbot, dialog)
        assert dialog.problem.isVisible() and "not named yet" not in dialog.problem.text()
        assert "set locally" in dialog.problem.text()  # a confirmed sample still has placeholder numbers
        dispose(dialog)

        local = json.loads(protocols.protocol_file_text(fresh, protocols.active_protocol(fresh).id))
        for index, number in enumerate(local["crisis_numbers"]):
            number["number"], number["set_locally"] = f"01632 96020{index}", False
        protocols.set_active_protocol(fresh, protocols.import_protocol(fresh, json.dumps(local)).id)
        dialog = ShareDialog(fresh, plan_id, out_dir=tmp_path / "cards")
        fx.show(qtbot, dialog)
        assert not dialog.problem.isVisible()
        dispose(dialog)
    finally:
        fresh.close()
