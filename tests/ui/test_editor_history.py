"""Plan history: versions, what changed between two, restoring an older version as a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crisisplan.forms.diff import Change
from crisisplan.services.plans import load_plan, plan_history
from crisisplan.services.session import Session
from crisisplan.ui.editor.history import HistoryDialog
from crisisplan.ui.editor.history_models import ChangeTableModel, VersionRow, VersionTableModel
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import (
    ModalAnswerer,
    dispose,
    field,
    open_editor,
    press_save,
    replace_text,
    show,
)

fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
plan_ids = fx.plan_ids
session = fx.session


def changes_shown(dialog: HistoryDialog) -> list[tuple[str, str, str]]:
    model = dialog.change_view.model()
    return [tuple(str(model.index(r, c).data()) for c in range(3))  # type: ignore[misc]
            for r in range(model.rowCount())]


def make_second_version(qtbot: Any, session: Session, plan_id: int, name: str) -> None:
    editor = open_editor(qtbot, session, plan_id)
    replace_text(qtbot, field(editor, "person", "person.given_name"), name)
    press_save(qtbot, editor)
    dispose(editor)


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    versions = VersionTableModel([VersionRow(1, "2025-03-01T10:00:00+00:00", "alice", None),
                                  VersionRow(2, "2025-03-02T11:30:00+00:00", "bob", "restored version 1")])
    qtmodeltester.check(versions)
    assert versions.index(0, 0).data() == "2"  # newest first
    assert versions.index(0, 1).data() == "2 March 2025 " + versions.index(0, 1).data().split(" ")[-1]
    changes = ChangeTableModel([Change("person.given_name", "About me › Given name", "Ann", "Anna"),
                                Change("support[0]", "Support (entry 1, removed)", "Crisis café", None)])
    qtmodeltester.check(changes)
    assert changes.index(1, 2).data() == "(not recorded)"
    qtmodeltester.check(ChangeTableModel([]))


def test_history_shows_changes_and_restores_a_version(
        qtbot: Any, session: Session, plan_ids: list[int], modal: ModalAnswerer, qtmodeltester: Any) -> None:
    plan_id = plan_ids[0]
    original = load_plan(session, plan_id).plan.person.given_name
    make_second_version(qtbot, session, plan_id, "Renamed")

    dialog = HistoryDialog(session, plan_id)
    show(qtbot, dialog)
    assert dialog.windowTitle() == "Plan history"
    qtmodeltester.check(dialog.versions)
    qtmodeltester.check(dialog.changes)
    # The newest version is chosen first and compared with the one before it.
    assert dialog.selected_version() == 2
    assert ("About me › Given name", original, "Renamed") in changes_shown(dialog)
    assert "1 change" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()  # the newest is already current

    # Keyboard: go down to version 1 and restore it.
    dialog.version_view.setFocus()
    qtbot.keyClick(dialog.version_view, Qt.Key.Key_Down)
    assert dialog.selected_version() == 1
    assert dialog.restore_button.isEnabled()
    restored: list[int] = []
    dialog.version_restored.connect(restored.append)
    modal.answer("Restore version 1")
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)
    assert restored == [3]
    assert [v.version for v in plan_history(session, plan_id)] == [1, 2, 3]
    assert load_plan(session, plan_id).plan.person.given_name == original
    assert "restored as version 3" in dialog.status.text()

    # Compare any two: 1 and 3 are the same.
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(1))
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(3))
    assert changes_shown(dialog) == []
    assert dialog.summary.text() == "No differences."
    dialog.close()
    dispose(dialog)


def test_restoring_from_the_editor_reloads_it(qtbot: Any, session: Session, plan_ids: list[int],
                                             modal: ModalAnswerer) -> None:
    plan_id = plan_ids[1]
    make_second_version(qtbot, session, plan_id, "Second")
    editor = open_editor(qtbot, session, plan_id)

    def restore_first(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        dialog.version_view.selectRow(1)  # version 1
        modal.answer("Restore version 1")
        dialog.restore_button.click()
        dialog.accept()

    modal.answer(restore_first)
    qtbot.keyClick(editor.history_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "version 3" in editor.title.text())
    assert field(editor, "person", "person.given_name").text() != "Second"
    assert all("Second" not in title for title, _ in modal.seen)
    dispose(editor)
