"""Unlocking: right and wrong passphrase, too many attempts (countdown), damaged store, not a store,
the recovery key and the demo hint (KEY-01, KEY-04, KEY-08, INT-01)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from crisisplan.cli.io import DEMO_PASSPHRASE, DEMO_USER
from crisisplan.services.session import create_store
from tests.ui.conftest import ADMIN_USER, KDF_ITERATIONS, PASSPHRASE


def type_credentials(qtbot, window, username: str, passphrase: str) -> None:
    page = window.unlock_page
    page.username.clear()
    qtbot.keyClicks(page.username, username)
    qtbot.keyClick(page.username, Qt.Key.Key_Return)  # moves on to the passphrase
    assert page.passphrase.hasFocus()
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_right_passphrase_opens_the_plan_list(qtbot, admin_session, make_window):
    admin_session.close()
    window = make_window()
    assert window.state == "locked"
    assert not window.menuBar().isVisible()
    type_credentials(qtbot, window, ADMIN_USER, PASSPHRASE)
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.session is not None and window.session.username == ADMIN_USER
    assert window.workspace is not None and window.workspace.plans.isVisible()
    assert window.unlock_page.passphrase.text() == ""  # not kept in the field
    assert window.windowTitle() == "crisisplan"


def test_wrong_passphrase_is_reported_clearly(qtbot, admin_session, make_window, store_dir: Path):
    admin_session.close()
    before = (store_dir / "crisisplan.db").read_bytes()
    window = make_window()
    type_credentials(qtbot, window, ADMIN_USER, "not the passphrase")
    wait_idle(qtbot, window)
    assert window.state == "locked"
    assert "not right" in window.unlock_page.notice.text
    assert window.unlock_page.passphrase.hasFocus()
    assert (store_dir / "crisisplan.db").read_bytes() == before  # KEY-01: the store is unchanged


def test_too_many_attempts_shows_a_countdown(qtbot, admin_session, make_window):
    admin_session.close()
    window = make_window()
    page = window.unlock_page
    for _ in range(3):
        type_credentials(qtbot, window, ADMIN_USER, "wrong wrong wrong")
        wait_idle(qtbot, window)
    type_credentials(qtbot, window, ADMIN_USER, PASSPHRASE)  # refused without trying: must wait
    wait_idle(qtbot, window)
    assert window.state == "locked"
    assert "Too many failed attempts" in page.notice.text
    assert page.waiting >= 1
    assert "try again in" in page.countdown_label.text()
    assert not page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5000)
    assert "try again now" in page.notice.text
    type_credentials(qtbot, window, ADMIN_USER, PASSPHRASE)
    wait_idle(qtbot, window)
    assert window.state == "open", page.notice.text


def test_damaged_store_offers_a_restore(qtbot, admin_session, make_window, store_dir: Path):
    admin_session.close()
    database = store_dir / "crisisplan.db"
    data = bytearray(database.read_bytes())
    data[4096:8192] = bytes(4096)  # wipe a page in the middle of the database
    database.write_bytes(bytes(data))
    window = make_window()
    type_credentials(qtbot, window, ADMIN_USER, PASSPHRASE)
    wait_idle(qtbot, window)
    assert window.state == "locked"
    assert "damaged" in window.unlock_page.notice.text
    assert window.unlock_page.restore_button.isVisible()
    qtbot.mouseClick(window.unlock_page.restore_button, Qt.MouseButton.LeftButton)
    from crisisplan.ui.restore_dialog import RestoreDialog

    dialogs = window.findChildren(RestoreDialog)
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()


def test_not_a_store_is_told_apart(qtbot, admin_session, make_window, store_dir: Path):
    admin_session.close()
    (store_dir / "crisisplan.db").unlink()
    window = make_window()
    type_credentials(qtbot, window, ADMIN_USER, PASSPHRASE)
    wait_idle(qtbot, window)
    page = window.unlock_page
    assert "missing" in page.notice.text or "no crisisplan store" in page.notice.text
    assert page.restore_button.isVisible() and page.setup_button.isVisible()


def test_recovery_key_signs_in(qtbot, store_dir: Path, make_window):
    session, recovery_key = create_store(store_dir, ADMIN_USER, "Alice", PASSPHRASE, kdf_iterations=KDF_ITERATIONS)
    session.close()
    window = make_window()
    page = window.unlock_page
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    assert not page.username.isVisible()
    assert page.passphrase.accessibleName() == "Recovery key"
    qtbot.keyClicks(page.passphrase, recovery_key)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.session is not None and window.session.username == "recovery"


def test_demo_store_shows_banner_and_credentials(qtbot, store_dir: Path, make_window):
    session, _ = create_store(store_dir, DEMO_USER, "Demo User", DEMO_PASSPHRASE, kdf_iterations=KDF_ITERATIONS)
    session.close()
    window = make_window(demo=True)
    page = window.unlock_page
    assert window.windowTitle() == "crisisplan — demo"
    assert page.demo_banner.isVisible() and "fictional" in page.demo_banner.text()
    assert DEMO_PASSPHRASE in page.demo_hint.text()
    assert page.username.text() == DEMO_USER
    assert page.passphrase.hasFocus()
    qtbot.keyClicks(page.passphrase, DEMO_PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")


def test_every_control_has_an_accessible_name(qtbot, admin_session, make_window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    admin_session.close()
    window = make_window()
    for widget in window.unlock_page.findChildren(QLineEdit) + window.unlock_page.findChildren(QAbstractButton):
        assert widget.accessibleName() or widget.text(), widget
