"""No label's accessible name hides the text it shows (issue 8, section 4): screen-reader users
must hear the content ("1 of 1 advance decisions may not be valid"), not a caption ("Advance
decision checks"). Every screen is walked; a label may have no accessible name (the text is read)
or one equal to its text. Extra context goes in the accessible description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from crisisplan.services.session import Session
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.records.page import RecordsPage
from crisisplan.ui.settings import AppSettings, SettingsDialog
from crisisplan.ui.share import ShareDialog
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.wizard import FirstRunWizard
from tests.ui import test_editor_fixtures as fx
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_editor_fixtures import dispose, show

fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
plan_ids = fx.plan_ids
session = fx.session


def hiding_labels(root: QWidget) -> list[str]:
    bad = []
    for label in root.findChildren(QLabel):
        name = label.accessibleName()
        if label.text() and name and name != label.text():
            bad.append(f"{name!r} hides {label.text()[:60]!r}")
    return bad


def test_editor_labels_do_not_hide_their_text(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    editor = PlanEditor(session, plan_ids[0])
    show(qtbot, editor)
    for page in editor.form.pages:
        editor.form.show_page(page.spec.key)
    editor.save()
    assert hiding_labels(editor) == []
    dispose(editor)


def test_share_dialog_labels_do_not_hide_their_text(qtbot: Any, session: Session, plan_ids: list[int],
                                                     tmp_path: Path) -> None:
    dialog = ShareDialog(session, plan_ids[0], out_dir=tmp_path / "cards")
    show(qtbot, dialog)
    assert hiding_labels(dialog) == []
    dispose(dialog)


def test_other_screens_labels_do_not_hide_their_text(qtbot: Any, session: Session, tmp_path: Path) -> None:
    settings = AppSettings.at(tmp_path / "settings.ini")
    records = RecordsPage(session, TaskRunner())
    qtbot.addWidget(records)
    show(qtbot, records)
    for index in range(records.tabs.count()):
        records.tabs.setCurrentIndex(index)
    # The verify dialog (crisisplan/ui/verify/) is checked by its own tests.
    screens: list[QWidget] = [records, SettingsDialog(settings),
                              FirstRunWizard(tmp_path / "new", settings, kdf_iterations=1000)]
    for screen in screens[1:]:
        qtbot.addWidget(screen)
    for screen in screens:
        assert hiding_labels(screen) == [], type(screen).__name__


def test_main_window_labels_do_not_hide_their_text(qtbot: Any, admin_session: Session, make_window: Any) -> None:
    admin_session.close()
    window = make_window()
    page = window.unlock_page
    page.username.setText("alice")
    page.passphrase.setText("wrong passphrase")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert hiding_labels(window) == []
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.workspace.plans.count.text()
    assert hiding_labels(window) == []
