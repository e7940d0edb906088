"""The plan editor, driven like a user: typing, Tab, Ctrl+S, list entries, problems next to fields."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from crisisplan.forms.text import display_name
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import load_plan, plan_history
from crisisplan.services.session import Session
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import (
    ModalAnswerer,
    dispose,
    field,
    open_editor,
    press_save,
    replace_text,
)

# Fixtures shared with the other editor and share-dialog test modules.
fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
plan_ids = fx.plan_ids
session = fx.session

INVALID_NHS = "123 456 7890"  # ten digits, wrong check digit


def test_edit_by_keyboard_add_entry_and_save_new_version(qtbot: Any, session: Session,
                                                         plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    saved: list[tuple[int, int]] = []
    editor.plan_saved.connect(lambda pid, ver: saved.append((pid, ver)))

    # Choose the page from the section list with the keyboard.
    nav = editor.form.nav
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Home)
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert editor.form.stack.currentWidget().spec.key == "early_warning_signs"
    signs = editor.form.page("early_warning_signs").form.nodes["early_warning_signs"]
    before = len(signs.entries)

    signs.add_button.setFocus()
    qtbot.keyClick(signs.add_button, Qt.Key.Key_Space)
    assert len(signs.entries) == before + 1
    qtbot.keyClicks(QApplication.focusWidget(), "Pacing at night")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Go for a walk with my dog")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # a long text field passes Tab on
    qtbot.keyClicks(QApplication.focusWidget(), "Sit with me quietly")
    assert editor.has_unsaved_changes()

    press_save(qtbot, editor)

    assert saved == [(plan_ids[0], 2)]
    assert "Saved as version 2" in editor.status.text()
    assert not editor.has_unsaved_changes()
    assert [v.version for v in plan_history(session, plan_ids[0])] == [1, 2]
    plan = load_plan(session, plan_ids[0]).plan
    new = plan.early_warning_signs[-1]
    assert (new.sign, new.what_i_do, new.what_others_can_do) == (
        "Pacing at night", "Go for a walk with my dog", "Sit with me quietly")
    dispose(editor)


def test_invalid_nhs_number_is_shown_next_to_the_field_and_blocks_saving(
        qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    nhs = field(editor, "person", "person.nhs_number")
    replace_text(qtbot, nhs, INVALID_NHS)

    row = editor.form.page("person").form.locate(["person", "nhs_number"])
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert "check digit" in row.problem.message and "check digit" in row.problem.toolTip()
    assert row.problem.text().startswith("⚠ This is not a valid NHS number")  # on one reserved line
    assert nhs.property("problem") is True
    assert editor.problems.isVisible()
    assert "About me" in editor.problems.list.item(0).text()
    assert "⚠ 1" in editor.form.nav.item(0).text()

    press_save(qtbot, editor)
    assert [v.version for v in plan_history(session, plan_ids[0])] == [1]
    assert editor.status.text().startswith("Not saved")
    assert editor.has_unsaved_changes()

    # Enter on the problem in the summary takes the user to the field.
    editor.form.show_page("process")
    problems = editor.problems.list
    problems.setFocus()
    problems.setCurrentRow(0)
    qtbot.keyClick(problems, Qt.Key.Key_Return)
    assert editor.form.stack.currentWidget().spec.key == "person"
    assert QApplication.focusWidget() is nhs

    # Fixing it clears the problem.
    replace_text(qtbot, nhs, "999 765 4323")
    qtbot.waitUntil(lambda: not row.problem.isVisible())
    assert not editor.problems.isVisible()
    dispose(editor)


def test_new_plan_is_saved_as_version_one(qtbot: Any, session: Session) -> None:
    editor = open_editor(qtbot, session, None)
    saved: list[tuple[int, int]] = []
    editor.plan_saved.connect(lambda pid, ver: saved.append((pid, ver)))
    given = field(editor, "person", "person.given_name")
    given.setFocus()
    qtbot.keyClicks(given, "Robin")
    press_save(qtbot, editor)
    assert len(saved) == 1 and saved[0][1] == 1
    assert load_plan(session, saved[0][0]).plan.person.given_name == "Robin"
    assert "Robin" in editor.title.text()
    assert "Robin" not in editor.windowTitle()
    dispose(editor)


def test_advance_decision_problems_and_mental_health_act_warning(qtbot: Any, session: Session,
                                                                 plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    page = editor.form.show_page("advance")
    decisions = page.form.nodes["advance_decisions"]
    decisions.add_button.setFocus()
    qtbot.keyClick(decisions.add_button, Qt.Key.Key_Space)
    entry = decisions.entries[-1]
    qtbot.waitUntil(lambda: entry.note.isVisible())
    assert "does not say which treatment is refused" in entry.note.text()
    assert "no record that the person had capacity" in entry.note.text()
    assert "may not be valid" in page.summary.text()

    qtbot.keyClicks(QApplication.focusWidget(), "Electroconvulsive therapy")
    life = entry.form.locate(["life_sustaining"]).focus_target()
    life.setFocus()
    qtbot.keyClick(life, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "not witnessed" in entry.note.text())
    assert "does not say which treatment" not in entry.note.text()
    warnings = [w.text() for w in page.findChildren(QWidget)
                if w.accessibleDescription() == "Mental Health Act warning"]
    assert warnings and "Mental Health Act" in warnings[0]
    dispose(editor)


def test_list_entries_move_and_remove(qtbot: Any, session: Session, modal: ModalAnswerer) -> None:
    editor = open_editor(qtbot, session, None)
    page = editor.form.show_page("named_contacts")
    contacts = page.form.nodes["named_contacts"]
    for name in ("First Contact", "Second Contact"):
        qtbot.keyClick(contacts.add_button, Qt.Key.Key_Space)
        name_field = contacts.entries[-1].form.locate(["name"]).focus_target()
        name_field.setFocus()
        qtbot.keyClicks(name_field, name)
    assert [e["name"] for e in contacts.raw()] == ["First Contact", "Second Contact"]

    first = contacts.entries[0]
    first.down.setFocus()
    qtbot.keyClick(first.down, Qt.Key.Key_Space)
    assert [e["name"] for e in contacts.raw()] == ["Second Contact", "First Contact"]
    assert QApplication.focusWidget() is contacts.entries[1].up

    modal.answer("Remove")
    qtbot.keyClick(contacts.entries[0].remove, Qt.Key.Key_Space)
    assert [e["name"] for e in contacts.raw()] == ["First Contact"]
    assert modal.seen and "Second Contact" not in modal.seen[0][0]
    dispose(editor)


def test_sign_off_records_agreement(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[1])
    page = editor.form.show_page("process")
    qtbot.keyClick(page.sign_off_button, Qt.Key.Key_Space)
    words = QApplication.focusWidget()
    assert words is page.form.locate(["process", "agreement", "in_own_words"]).focus_target()
    replace_text(qtbot, words, "This is my plan and I agree with it")
    press_save(qtbot, editor)
    process = load_plan(session, plan_ids[1]).plan.process
    assert process.agreement.agreed and process.agreement.signed_off_on is not None
    assert process.agreement.in_own_words == "This is my plan and I agree with it"
    assert process.status.value == "agreed"
    dispose(editor)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_demo_plan_round_trips_through_the_form(qtbot: Any, session: Session, seed: int) -> None:
    """The form builder shows every field: loading a plan and dumping it gives the same plan."""
    editor = open_editor(qtbot, session, None)
    for plan in generate_plans(8, seed=seed):
        editor.form.load(plan)
        assert editor.form.validate() == []
        assert editor.form.dump() == plan
    dispose(editor)


def test_window_title_never_names_the_person(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[2])
    plan = load_plan(session, plan_ids[2]).plan
    person = plan.person
    for name in (person.given_name, person.family_name, display_name(plan)):
        assert name and name not in editor.windowTitle()
    assert person.family_name in editor.title.text()  # inside the window is fine
    dispose(editor)


def test_read_only_role_cannot_save(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    from crisisplan.services.admin import add_user
    from crisisplan.services.session import open_session

    add_user(session, "reader", "Reader", ("readonly",), "another long passphrase")
    reader = open_session(session.data_dir, "reader", "another long passphrase")
    try:
        editor = open_editor(qtbot, reader, plan_ids[0])
        assert not editor.save_button.isEnabled()
        assert not editor.save()
        dispose(editor)
    finally:
        reader.close()
