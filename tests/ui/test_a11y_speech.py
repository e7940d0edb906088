"""What screen readers hear (issue 8, section 4): status changes are announced (Qt's
QAccessibleAnnouncementEvent) and a passphrase field gives nothing it holds to accessibility."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLineEdit

from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.passphrase import PassphraseEdit
from crisisplan.ui.restore_dialog import RestoreDialog
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.wizard import FirstRunWizard
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.helpers import add_plans
from tests.ui.test_editor_fixtures import field, replace_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every announcement sent to assistive technology: (politeness, message)."""
    heard: list[tuple[str, str]] = []
    original = QAccessible.updateAccessibility

    def capture(event: Any) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.politeness().name, event.message()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(capture))
    return heard


def test_status_changes_are_announced(qtbot: Any, admin_session: Any, make_window: Any, spoken: list) -> None:
    add_plans(admin_session, 4)
    admin_session.close()
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.username, ADMIN_USER)
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p == "Assertive" for p, _m in spoken))
    assert spoken[-1][0] == "Assertive" and page.notice.label.text() == spoken[-1][1]  # the unlock error

    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    plans = window.workspace.plans
    qtbot.keyClicks(plans.search, "zzzz-nobody")
    qtbot.keyClick(plans.search, Qt.Key.Key_Return)
    assert ("Polite", "No plans match.") in spoken  # the search result count

    window.workspace.open_plan(1)
    editor = window.workspace.tabs.currentWidget()
    assert isinstance(editor, PlanEditor)
    replace_text(qtbot, field(editor, "person", "person.pronouns"), "they/them")
    qtbot.keyClick(field(editor, "person", "person.pronouns"), Qt.Key.Key_S, CTRL)
    assert ("Polite", "Saved as version 2") in spoken


def test_a_passphrase_field_exposes_no_text(qtbot: Any) -> None:
    edit = PassphraseEdit()
    edit.setAccessibleName("Passphrase")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "correct horse battery")
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface.text(QAccessible.Text.Name) == "Passphrase"
    assert interface.text(QAccessible.Text.Value) == ""  # not the text, not one bullet per character
    assert interface.textInterface() is None  # nothing to read back or to send typed characters with
    assert interface.state().passwordEdit
    assert interface.role() == QAccessible.Role.EditableText

    plain = QLineEdit()  # what Qt's own password field gives away (its length, through the value)
    plain.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(plain)
    plain.setText("correct horse battery")
    exposed = QAccessible.queryAccessibleInterface(plain)
    assert len(exposed.text(QAccessible.Text.Value)) == len("correct horse battery")
    assert exposed.textInterface() is not None


def test_every_passphrase_field_in_the_app_is_protected(qtbot: Any, admin_session: Any, make_window: Any,
                                                        tmp_path: Any, settings: Any) -> None:
    admin_session.close()
    screens = [make_window(), FirstRunWizard(tmp_path / "new", settings, kdf_iterations=1000),
               RestoreDialog(tmp_path / "store", TaskRunner())]
    for screen in screens[1:]:
        qtbot.addWidget(screen)
    for screen in screens:
        secret = [w for w in screen.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Password]
        assert secret and all(isinstance(w, PassphraseEdit) for w in secret), type(screen).__name__


def test_show_passphrase_is_reset_on_lock(qtbot: Any, admin_session: Any, make_window: Any) -> None:
    admin_session.close()
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.username, ADMIN_USER)
    page.show_box.setFocus()
    qtbot.keyClick(page.show_box, Qt.Key.Key_Space)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    qtbot.keyClick(window.workspace.plans.search, Qt.Key.Key_L, CTRL)
    assert window.state == "locked"
    assert not page.show_box.isChecked()
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
