"""Every control has an accessible name, Tab reaches every control, and the main window's actions all
have a shortcut or a mnemonic; the parts built by others are reported plainly while missing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crisisplan.ui.plans.page import PlanListPage
from crisisplan.ui.records.page import RecordsPage
from crisisplan.ui.restore_dialog import RestoreDialog
from crisisplan.ui.settings import SettingsDialog
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.verify.dialog import VerifyDialog
from crisisplan.ui.wizard import FirstRunWizard
from tests.ui.conftest import KDF_ITERATIONS
from tests.ui.helpers import add_plans

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)


def controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(root)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not _inside_combo_or_spin(w)]


def _inside_combo_or_spin(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in controls(root):
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def tab_chain(qtbot, root: QWidget, start: QWidget, presses: int = 60) -> set[QWidget]:
    start.setFocus()
    seen = {start}
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    return seen


def test_unlock_page_names_and_tab_order(qtbot, admin_session, make_window):
    admin_session.close()
    window = make_window()
    page = window.unlock_page
    assert unnamed(page) == []
    reached = tab_chain(qtbot, page, page.username, 10)
    for widget in (page.username, page.passphrase, page.show_box, page.unlock_button, page.recovery_button):
        assert widget in reached


def test_plan_list_names_and_tab_order(qtbot, admin_session):
    add_plans(admin_session, 3)
    page = show(qtbot, PlanListPage(admin_session))
    assert unnamed(page) == []
    reached = tab_chain(qtbot, page, page.search, 12)
    for widget in (page.search, page.filter, page.order, page.table, page.open_button, page.share_button,
                   page.new_button):
        assert widget in reached, widget


def test_records_verify_settings_restore_and_wizard_are_named(qtbot, admin_session, settings, store_dir, tmp_path):
    records = show(qtbot, RecordsPage(admin_session, TaskRunner()))
    for index in range(records.tabs.count()):
        records.tabs.setCurrentIndex(index)
        assert unnamed(records.tabs.widget(index)) == [], records.tabs.tabText(index)
    for dialog in (VerifyDialog(settings), SettingsDialog(settings), RestoreDialog(store_dir, TaskRunner())):
        assert unnamed(show(qtbot, dialog)) == [], type(dialog).__name__
    wizard = show(qtbot, FirstRunWizard(tmp_path / "new", settings, kdf_iterations=KDF_ITERATIONS))
    for page_id in wizard.pageIds():
        assert unnamed(wizard.page(page_id)) == [], page_id


def test_actions_have_shortcuts_or_mnemonics(qtbot, admin_session, make_window):
    admin_session.close()
    window = make_window()
    for action in [*window.actions_.session_actions(), window.actions_.quit]:
        assert not action.shortcut().isEmpty() or "&" in action.text(), action.text()
    assert window.actions_.lock.shortcut().toString() == "Ctrl+L"


@pytest.mark.parametrize("factor", [1.0, 1.6])
def test_headings_follow_the_system_font(qtbot, admin_session, factor):
    app = QApplication.instance()
    original = app.font()
    font = app.font()
    font.setPointSizeF(original.pointSizeF() * factor)
    app.setFont(font)
    try:
        page = show(qtbot, PlanListPage(admin_session))
        headings = [w for w in page.findChildren(QWidget) if w.accessibleName() == "Crisis plans"]
        assert headings
        assert headings[0].font().pointSizeF() == pytest.approx(font.pointSizeF() * 1.4, rel=0.05)
    finally:
        app.setFont(original)
