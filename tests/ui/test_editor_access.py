"""Keyboard, screen readers, screen size, font size and plain text in the editor and share dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import Item
from crisisplan.services.consent import set_consent
from crisisplan.services.plans import load_plan, save_plan
from crisisplan.services.session import Session
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.editor.focus import focus_chain
from crisisplan.ui.editor.history import HistoryDialog
from crisisplan.ui.share import ShareDialog
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import SCREEN, dispose, field, open_editor, show

fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
plan_ids = fx.plan_ids
session = fx.session

TITLE_BAR = 40


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in focus_chain(root):
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not named:
            missing.append(f"{type(widget).__name__} under {type(widget.parent()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot: Any, session: Session, plan_ids: list[int],
                                              tmp_path: Path) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    for page in editor.form.pages:  # lists with entries on every page
        editor.form.show_page(page.spec.key)
    assert len(focus_chain(editor)) > 200
    assert unnamed_controls(editor) == []
    dispose(editor)
    history = HistoryDialog(session, plan_ids[0])
    assert unnamed_controls(history) == []
    dispose(history)
    share = ShareDialog(session, plan_ids[0], out_dir=tmp_path)
    assert unnamed_controls(share) == []
    dispose(share)


def test_tab_follows_the_screen_order_and_reaches_the_page(qtbot: Any, session: Session,
                                                           plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    nav = editor.form.nav
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field(editor, "person", "person.given_name")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field(editor, "person", "person.family_name")
    dispose(editor)


def test_fits_a_1366_by_768_screen(qtbot: Any, session: Session, plan_ids: list[int], tmp_path: Path) -> None:
    editor = PlanEditor(session, plan_ids[0])
    share = ShareDialog(session, plan_ids[0], out_dir=tmp_path)
    history = HistoryDialog(session, plan_ids[0])
    for widget in (editor, share, history):
        hint = widget.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - TITLE_BAR, type(widget).__name__
        dispose(widget)


def test_text_follows_the_system_font_size(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QFont(app.font())
    normal = PlanEditor(session, plan_ids[0])
    normal_nav, normal_title = normal.form.nav.width(), normal.title.font().pointSizeF()
    dispose(normal)
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        large = PlanEditor(session, plan_ids[0])
        assert large.form.nav.width() > normal_nav
        assert large.title.font().pointSizeF() > normal_title
        dispose(large)
    finally:
        app.setFont(original)


def test_stored_text_is_shown_as_plain_text(qtbot: Any, session: Session, plan_ids: list[int],
                                            tmp_path: Path) -> None:
    plan = load_plan(session, plan_ids[0]).plan
    marked_up = plan.model_copy(update={"person": plan.person.model_copy(
        update={"given_name": "<b>Bold</b>", "family_name": "<a href='x'>Link</a>"})})
    save_plan(session, marked_up, plan_id=plan_ids[0], base_version=1)
    set_consent(session, plan_ids[0], "police", [Item.NAME], ConsentStatus.GIVEN)
    editor = open_editor(qtbot, session, plan_ids[0])
    assert "<b>Bold</b>" in editor.title.text()
    assert editor.title.textFormat() == Qt.TextFormat.PlainText
    dispose(editor)
    share = ShareDialog(session, plan_ids[0], out_dir=tmp_path)
    show(qtbot, share)
    showing = [label for label in share.findChildren(QLabel) if "<b>Bold</b>" in label.text()]
    assert showing and all(label.textFormat() == Qt.TextFormat.PlainText for label in showing)
    assert "<b>Bold</b>" in share.card_text.toPlainText()
    dispose(share)


def test_ctrl_page_down_moves_between_sections(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    given = field(editor, "person", "person.given_name")
    given.setFocus()
    qtbot.keyClick(given, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.stack.currentWidget().spec.key == "need_to_know"
    assert editor.form.stack.currentWidget().isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.stack.currentWidget().spec.key == "person"
    dispose(editor)
