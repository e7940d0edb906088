"""The first-run wizard, driven by keyboard alone: store location, first administrator, recovery key
(printed, confirmed), local protocol and organisation with its signing key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisisplan.services import protocols
from crisisplan.services.session import create_store, open_session, store_exists
from crisisplan.ui import printing
from crisisplan.ui.main import AppController
from crisisplan.ui.wizard import FirstRunWizard
from crisisplan.ui.wizard.first_run import ADMIN, DONE, LOCATION, PROTOCOL, RECOVERY
from tests.ui.conftest import KDF_ITERATIONS

PASS = "three unrelated words"


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def make_wizard(qtbot, store_dir: Path, settings) -> FirstRunWizard:
    wizard = FirstRunWizard(store_dir, settings, kdf_iterations=KDF_ITERATIONS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_keyboard_only_set_up(qtbot, store_dir: Path, settings, monkeypatch):
    printed: list[str] = []
    monkeypatch.setattr(printing, "print_text", lambda parent, title, text: printed.append(text) or True)
    wizard = make_wizard(qtbot, store_dir, settings)
    ready = []
    wizard.store_ready.connect(ready.append)

    # 1. Location: the suggested folder is fine; Enter goes on.
    assert wizard.currentId() == LOCATION
    assert wizard.location_page.path.text() == str(store_dir)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == ADMIN

    # 2. The first administrator, field by field with Tab; the hint reacts to the passphrase.
    page = wizard.admin_page
    page.full_name.setFocus()
    qtbot.keyClicks(focused(), "Sam Okafor")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.username and page.username.text() == "sam"
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "short")
    assert "Too short" in page.hint.text()
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), PASS)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.repeat
    qtbot.keyClicks(focused(), PASS + "x")
    assert "not the same" in page.hint.text()
    assert not page.isComplete()
    press(qtbot, Qt.Key.Key_Backspace)
    assert "Strong" in page.hint.text() and page.isComplete()
    press(qtbot, Qt.Key.Key_Return)  # "Create the store" (the commit button is the default)
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY, timeout=10_000)
    assert store_exists(store_dir)

    # 3. The recovery key: shown, printed, and Next only once "stored" is ticked.
    key = wizard.recovery_page.key.text()
    assert len(key) > 20
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
    assert printed and key in printed[0]
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    wizard.recovery_page.stored.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.recovery_page.stored.isChecked()
    assert wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PROTOCOL
    assert wizard.recovery_key == ""  # not kept after the page

    # 4. Protocol (chosen with the arrow keys) and organisation name.
    proto = wizard.protocol_page
    assert proto.protocol.count() >= 3
    proto.protocol.setFocus()
    first = proto.protocol.currentData()
    last = proto.protocol.currentIndex() == proto.protocol.count() - 1
    press(qtbot, Qt.Key.Key_Up if last else Qt.Key.Key_Down)
    chosen = proto.protocol.currentData()
    assert chosen != first and proto.details.text()
    proto.organisation.setFocus()
    qtbot.keyClicks(focused(), "Riverside Medical Practice")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PROTOCOL  # a SAMPLE protocol must be confirmed first
    assert proto.confirm_sample.isVisible() and "SAMPLE" in proto.protocol.currentText()
    proto.confirm_sample.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    proto.organisation.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == DONE
    assert wizard.signing_kid[:16] in wizard.finish_page.summary.text()
    # The confirmed SAMPLE still has placeholder numbers: the summary says so before any card (issue 11).
    assert "Before the first card:" in wizard.finish_page.summary.text()
    assert "set locally" in wizard.finish_page.summary.text()

    # 5. Finish hands the open session over.
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(ready))
    session = ready[0]
    try:
        assert session.username == "sam"
        assert protocols.organisation_name(session) == "Riverside Medical Practice"
        assert protocols.active_protocol(session).id == chosen
        assert protocols.ensure_signing_key(session) == wizard.signing_kid
    finally:
        session.close()
    open_session(store_dir, "sam", PASS).close()  # the passphrase works


def test_existing_store_goes_to_sign_in(qtbot, store_dir: Path, settings):
    create_store(store_dir, "alice", "Alice", "a long passphrase", kdf_iterations=KDF_ITERATIONS)[0].close()
    wizard = make_wizard(qtbot, store_dir.parent / "elsewhere", settings)
    chosen = []
    wizard.existing_chosen.connect(chosen.append)
    wizard.location_page.path.setText(str(store_dir))
    press(qtbot, Qt.Key.Key_Return)
    assert chosen == [store_dir]
    assert not wizard.isVisible()


def test_unwritable_folder_is_refused(qtbot, tmp_path: Path, settings):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    wizard = make_wizard(qtbot, tmp_path / "store", settings)
    wizard.location_page.path.setText(str(blocker / "store"))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == LOCATION
    assert "cannot write" in wizard.location_page.notice.text


def test_app_starts_with_the_wizard_when_there_is_no_store(qtbot, store_dir: Path, settings):
    controller = AppController(store_dir, settings, demo=False, kdf_iterations=KDF_ITERATIONS)
    first = controller.start()
    qtbot.addWidget(first)
    assert isinstance(first, FirstRunWizard)
    assert first.windowTitle() == "crisisplan — set up"


def test_app_starts_at_sign_in_when_a_store_exists(qtbot, admin_session, store_dir: Path, settings):
    from crisisplan.ui.shell import MainWindow

    controller = AppController(store_dir, settings, demo=False)
    first = controller.start()
    qtbot.addWidget(first)
    assert isinstance(first, MainWindow) and first.state == "locked"


def test_esc_half_way_through_set_up_asks_first(qtbot, settings, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import top_level

    wizard = FirstRunWizard(tmp_path / "new-store", settings, kdf_iterations=KDF_ITERATIONS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()  # past the first page: set-up has begun
    assert wizard.currentId() == ADMIN
    qtbot.keyClick(wizard.admin_page.full_name, Qt.Key.Key_Escape)
    boxes = [b for b in top_level(QMessageBox) if b.windowTitle() == "Leave set-up?"]
    assert len(boxes) == 1 and wizard.isVisible()
    stay = next(b for b in boxes[0].buttons() if b.text() == "Carry on setting up")
    qtbot.mouseClick(stay, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentId() == ADMIN

    qtbot.keyClick(wizard.admin_page.full_name, Qt.Key.Key_Escape)
    box = next(b for b in top_level(QMessageBox) if b.windowTitle() == "Leave set-up?")
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Leave set-up"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
