"""The main window's session lifetime: lock on demand (Ctrl+L) and when idle, switch user, quick hide
(Ctrl+Shift+H, Esc-Esc), and the window title never naming a person (SES-01, SES-05)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from crisisplan.ui import workspace as workspace_module
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.plans.model import PlanTableModel
from crisisplan.ui.share import ShareDialog
from crisisplan.ui.verify.dialog import VerifyDialog
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.fakes import FakeEditor
from tests.ui.helpers import add_plans, message_boxes, person_names

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def fake_editor(monkeypatch):
    FakeEditor.instances.clear()
    monkeypatch.setattr(workspace_module, "PlanEditor", FakeEditor)
    return FakeEditor


@pytest.fixture
def signed_in(qtbot, admin_session, make_window):
    plans = add_plans(admin_session, 30)
    admin_session.close()
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.username, ADMIN_USER)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    window.plans_made = plans
    return window


def focus_target(window):
    return QApplication.focusWidget() or window


def test_lock_clears_every_view_and_drops_the_session(qtbot, signed_in, fake_editor):
    window = signed_in
    session = window.session
    model = window.workspace.plans.model
    assert model.rowCount() == 30
    window.workspace.plans.table.setFocus()
    qtbot.keyClick(window.workspace.plans.table, Qt.Key.Key_Return)  # Enter opens the plan
    assert len(fake_editor.instances) == 1
    editor = fake_editor.instances[0]
    qtbot.keyClicks(editor.text, "typed but not saved")
    verify = window.open_verify()
    assert verify.isVisible()

    qtbot.keyClick(focus_target(window), Qt.Key.Key_L, CTRL)

    assert window.state == "locked"
    assert editor.flushed == 1  # unsaved words kept as a draft before anything closed
    assert window.session is None and not session.store.is_open  # the key is dropped
    assert window.workspace is None
    assert model.rowCount() == 0
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert not window.menuBar().isVisible()
    assert window.unlock_page.username.text() == ADMIN_USER
    assert "locked" in window.unlock_page.notice.text
    qtbot.waitUntil(lambda: not window.findChildren(PlanTableModel))  # nothing left to show
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.workspace.plans.model.rowCount() == 30


def test_idle_lock_after_a_short_timeout(qtbot, signed_in, monkeypatch):
    window = signed_in
    window.watcher.set_interval_ms(200)
    qtbot.keyClicks(window.workspace.plans.search, "a")  # activity restarts the countdown
    assert window.state == "open"
    qtbot.waitUntil(lambda: window.state == "locked", timeout=3000)
    assert window.session is None
    assert "without use" in window.unlock_page.notice.text


def test_idle_time_comes_from_the_settings(qtbot, admin_session, settings, make_window):
    admin_session.close()
    settings.idle_minutes = 7
    window = make_window()
    qtbot.keyClicks(window.unlock_page.username, ADMIN_USER)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.watcher.interval_ms == 7 * 60_000 and window.watcher.running


def test_switch_user_returns_to_an_empty_sign_in(qtbot, signed_in):
    window = signed_in
    window.actions_.switch_user.trigger()
    assert window.state == "locked"
    assert window.unlock_page.username.text() == ""
    assert window.unlock_page.username.hasFocus()


def test_quick_hide_blanks_at_once_and_needs_the_passphrase(qtbot, signed_in, fake_editor):
    window = signed_in
    session = window.session
    window.workspace.open_plan(1)
    editor = fake_editor.instances[0]
    qtbot.keyClicks(editor.text, "words")
    verify = window.open_verify()
    qtbot.keyClick(focus_target(window), Qt.Key.Key_H, CTRL_SHIFT)
    assert window.state == "hidden"
    assert not verify.isVisible()
    assert not window.workspace.isVisible()
    assert editor.flushed == 1
    qtbot.keyClick(window.blank_page, Qt.Key.Key_Space)  # any key asks for the passphrase
    assert window.state == "reauth"
    assert window.unlock_page.username.isReadOnly()
    qtbot.keyClicks(window.unlock_page.passphrase, "wrong passphrase")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.state == "reauth" and "not right" in window.unlock_page.notice.text
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.session is session and session.store.is_open  # the same session carried on
    assert verify.isVisible() and editor.text.text() == "words"  # everything comes back


def test_escape_twice_hides(qtbot, signed_in):
    window = signed_in
    search = window.workspace.plans.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert window.state == "open"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert window.state == "hidden"


def test_escape_twice_inside_a_dialog_does_not_hide(qtbot, signed_in):
    window = signed_in
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)  # closes the dialog
    window.activateWindow()  # the offscreen platform does not give the focus back by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)  # the window behind it
    assert window.state == "open"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)  # now twice in the window
    assert window.state == "hidden"


def test_idle_lock_while_hidden_locks_fully(qtbot, signed_in):
    window = signed_in
    window.quick_hide()
    window.watcher.set_interval_ms(100)
    window.watcher.start()
    qtbot.waitUntil(lambda: window.state == "locked", timeout=3000)
    assert window.session is None


def test_window_title_never_names_a_person(qtbot, signed_in, fake_editor):
    window = signed_in
    names = person_names(window.plans_made)
    assert names

    def titles() -> list[str]:
        return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()] + [
            window.workspace.tabs.tabText(i) for i in range(window.workspace.tabs.count())] if window.workspace \
            else [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]

    seen: list[str] = []
    seen += titles()
    window.workspace.plans.search.setText(sorted(names)[0])
    window.workspace.plans.apply_query()
    window.workspace.plans.open_current()
    seen += titles()
    window.workspace.editors and next(iter(window.workspace.editors.values())).plan_saved.emit(1, 2)
    seen += titles()
    dialog = window.open_verify()
    assert isinstance(dialog, VerifyDialog)
    seen += titles()
    window.quick_hide()
    seen += titles()
    window.lock()
    seen += titles()
    assert window.windowTitle() == "crisisplan"
    for title in seen:
        for name in names:
            assert name not in title, (name, title)


def test_quitting_with_unsaved_edits_asks_then_keeps_drafts_and_closes_the_session(qtbot, signed_in, fake_editor):
    window = signed_in
    session = window.session
    window.workspace.open_plan(2)
    qtbot.keyClicks(fake_editor.instances[0].text, "unsaved")
    qtbot.keyClick(fake_editor.instances[0].text, Qt.Key.Key_Q, CTRL)  # Ctrl+Q
    box = next(b for b in message_boxes() if b.windowTitle() == "Unsaved changes")
    assert "1 open plan" in box.text()
    assert window.isVisible() and session.store.is_open  # nothing closed yet
    go_back = next(b for b in box.buttons() if b.text() == "Go back")
    assert box.defaultButton() is go_back
    qtbot.mouseClick(go_back, Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.state == "open" and fake_editor.instances[0].flushed == 0

    window.close()  # the window's close button asks too
    box = next(b for b in message_boxes() if b.windowTitle() == "Unsaved changes")
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Keep as drafts and quit"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert fake_editor.instances[0].flushed == 1
    assert not session.store.is_open


def test_quitting_without_unsaved_edits_does_not_ask(qtbot, signed_in, fake_editor):
    window = signed_in
    session = window.session
    window.workspace.open_plan(2)
    window.close()
    assert not window.isVisible() and not message_boxes()
    assert not session.store.is_open


def test_real_editor_opens_from_the_list_and_keeps_a_draft_on_lock(qtbot, signed_in):
    from PySide6.QtWidgets import QLineEdit

    from crisisplan.services.drafts import list_drafts

    window = signed_in
    page = window.workspace.plans
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editors = list(window.workspace.editors.values())
    assert len(editors) == 1 and isinstance(editors[0], PlanEditor)
    tab = window.workspace.tabs.tabText(window.workspace.tabs.currentIndex())
    assert tab.endswith(f"(plan {editors[0].plan_id})")  # the tab names the person, the title never
    field = next(w for w in editors[0].findChildren(QLineEdit) if w.isVisible() and w.isEnabled()
                 and not w.isReadOnly())
    field.setFocus()
    qtbot.keyClicks(field, " edited")
    qtbot.waitUntil(editors[0].has_unsaved_changes)
    qtbot.keyClick(field, Qt.Key.Key_L, CTRL)
    assert window.state == "locked"
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert list_drafts(window.session)  # the typed words were kept, encrypted, in the store


def test_real_share_dialog_opens_for_the_selected_plan_and_closes_on_lock(qtbot, signed_in):
    window = signed_in
    page = window.workspace.plans
    page.table.setFocus()
    qtbot.mouseClick(page.share_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert all(name not in dialogs[0].windowTitle() for name in person_names(window.plans_made))
    qtbot.keyClick(QApplication.focusWidget() or dialogs[0], Qt.Key.Key_L, CTRL)
    assert window.state == "locked"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog) and w.isVisible()]


def test_own_passphrase_change_offers_rotation_and_rotates_every_key(qtbot, signed_in, store_dir):
    """"Change passphrase" with "someone else may know the old passphrase" ticked: every key the old
    passphrase opened is replaced (SEC-04), and the new passphrase signs in."""
    from crisisplan.store.keys import SlotFile, key_id, unlock_slot_keys
    from crisisplan.ui.records.user_dialogs import PassphraseDialog

    window = signed_in
    old_file = SlotFile.from_bytes((store_dir / "keyslots.json").read_bytes())
    window.actions_.change_passphrase.trigger()
    dialog = window.findChild(PassphraseDialog)
    assert dialog is not None and not dialog.rotate.isChecked()
    dialog.passphrase.setText("alice's second long passphrase")
    dialog.repeat.setText("alice's second long passphrase")
    dialog.rotate.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any("keys were changed too" in b.text() for b in message_boxes()), timeout=20_000)
    slot = old_file.find("user", ADMIN_USER)
    assert slot is not None
    old = unlock_slot_keys(old_file.store_id, slot, PASSPHRASE)
    kids = dict(window.session.store.connection.execute("SELECT key, value FROM store_info WHERE key LIKE 'kid:%'"))
    assert {key_id(k) for name in ("clinical", "issuer", "admin") for k in old[name]}.isdisjoint(kids.values())
    for box in message_boxes():
        box.accept()
    window.actions_.switch_user.trigger()
    page = window.unlock_page
    qtbot.keyClicks(page.username, ADMIN_USER)
    qtbot.keyClicks(page.passphrase, "alice's second long passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
