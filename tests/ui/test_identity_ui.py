"""Identity safeguards in the editor, driven as a user would (issue 8, section 2): a second plan
with an NHS number already in the store is flagged before saving, with the way to the existing
plan; impossible dates of birth and a review before the agreement are refused next to the field."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from crisisplan.forms.rules import format_nhs_number
from crisisplan.services.plans import count_plans
from crisisplan.ui.editor import PlanEditor
from tests.ui import test_editor_fixtures as fx
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.helpers import add_plans
from tests.ui.test_editor_fixtures import field, replace_text

modal = fx.modal


def sign_in(qtbot, window, user=ADMIN_USER, passphrase=PASSPHRASE):
    page = window.unlock_page
    page.username.clear()
    qtbot.keyClicks(page.username, user)
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")


def test_a_second_plan_for_an_nhs_number_is_flagged_with_the_way_to_the_first(qtbot, admin_session, make_window,
                                                                             modal):
    existing = add_plans(admin_session, 3)
    nhs = existing[1].person.nhs_number
    assert nhs
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.actions_.new_plan.trigger()
    editor = window.workspace.tabs.currentWidget()
    assert isinstance(editor, PlanEditor)
    replace_text(qtbot, field(editor, "person", "person.given_name"), "Sam")
    replace_text(qtbot, field(editor, "person", "person.nhs_number"), format_nhs_number(nhs))
    qtbot.waitUntil(lambda: editor.duplicate.isVisible())  # before any save
    assert "already in plan 2" in editor.duplicate.text.text()
    assert count_plans(window.session) == 3

    # Saving asks first; Cancel saves nothing.
    modal.answer("Cancel")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert modal.seen and "already in plan 2" in modal.seen[0][1]
    assert count_plans(window.session) == 3
    assert "Open plan 2" in editor.status.text()

    # The button opens the existing plan in its own tab.
    qtbot.mouseClick(editor.duplicate.open_button, Qt.MouseButton.LeftButton)
    current = window.workspace.tabs.currentWidget()
    assert isinstance(current, PlanEditor) and current is not editor
    assert current.plan_id == 2


def test_impossible_dates_are_refused_next_to_their_field(qtbot, admin_session, make_window):
    add_plans(admin_session, 1)
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.workspace.open_plan(1)
    editor = window.workspace.tabs.currentWidget()
    assert isinstance(editor, PlanEditor)
    dob = field(editor, "person", "person.date_of_birth")
    replace_text(qtbot, dob, f"{date.today() + timedelta(days=2):%d/%m/%Y}")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    row = editor.form.page("person").form.locate(["person", "date_of_birth"])
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert "in the future" in row.problem.message
    assert f"{date.today():%d/%m/%Y}" in row.problem.message
    assert not editor.save()
    replace_text(qtbot, dob, "01/01/1901")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "over 120" in row.problem.message)
    replace_text(qtbot, dob, "01/01/1980")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not row.problem.isVisible())
    assert not [b for b in editor.findChildren(QPushButton) if b.text() == "Open plan 1" and b.isVisible()]


def test_date_messages_use_the_typed_format(qtbot, admin_session, make_window):
    add_plans(admin_session, 1)
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.workspace.open_plan(1)
    editor = window.workspace.tabs.currentWidget()
    dob = field(editor, "person", "person.date_of_birth")
    replace_text(qtbot, dob, "31/02/1990")  # no such day
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    row = editor.form.page("person").form.locate(["person", "date_of_birth"])
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert "dd/mm/yyyy" in row.problem.message and "YYYY-MM-DD" not in row.problem.message
    messages = [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]
    assert messages and all("YYYY" not in m for m in messages)
