"""Settings: the idle-lock time is set by keyboard and takes effect; the settings file never holds
clinical data (ENC-01 for settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisisplan.ui.settings import DEFAULT_IDLE_MINUTES, AppSettings, SettingsDialog
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.helpers import add_plans, person_names


def test_defaults_and_bounds(tmp_path: Path):
    settings = AppSettings.at(tmp_path / "s.ini")
    assert settings.idle_minutes == DEFAULT_IDLE_MINUTES == 5
    settings.idle_minutes = 0
    assert settings.idle_minutes == 1
    settings.idle_minutes = 999
    assert settings.idle_minutes == 60
    assert settings.trust_bundle is None and settings.store_location is None


def test_idle_minutes_by_keyboard(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.idle.setFocus()
    qtbot.keyClick(dialog.idle, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.idle, "12")
    qtbot.keyClick(dialog.idle, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert settings.idle_minutes == 12


def test_settings_file_holds_no_clinical_data(qtbot, admin_session, make_window, settings, tmp_path: Path):
    plans = add_plans(admin_session, 10)
    admin_session.close()
    window = make_window()
    qtbot.keyClicks(window.unlock_page.username, ADMIN_USER)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    name = sorted(person_names(plans))[0]
    qtbot.keyClicks(window.workspace.plans.search, name)
    qtbot.keyClick(window.workspace.plans.search, Qt.Key.Key_Return)
    dialog = window.open_settings()
    dialog.idle.setValue(9)
    dialog.accept()
    assert window.watcher.interval_ms == 9 * 60_000
    window.lock()
    ini = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "idle_minutes=9" in ini
    for value in person_names(plans) | {PASSPHRASE, plans[0].person.nhs_number}:
        assert value not in ini
    assert QApplication.instance() is not None
