"""The form never moves under the pointer while problems appear and clear (issue 8, section 2):
a click aimed at one field must not land in another."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from crisisplan.services.session import Session
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import dispose, field, open_editor, replace_text

fail_on_qt_warnings = fx.fail_on_qt_warnings
plan_ids = fx.plan_ids
session = fx.session

PERSON_FIELDS = ("person.given_name", "person.nhs_number", "person.phone", "person.email",
                 "person.first_language")


def where(widget: QWidget, editor: QWidget) -> tuple[QPoint, int]:
    return widget.mapTo(editor, QPoint(0, 0)), widget.height()


def test_fields_stay_put_while_problems_appear_and_clear(qtbot: Any, session: Session,
                                                         plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    widgets = {path: field(editor, "person", path) for path in PERSON_FIELDS}
    before = {path: where(w, editor) for path, w in widgets.items()}
    form_top = editor.form.mapTo(editor, QPoint(0, 0))

    replace_text(qtbot, widgets["person.nhs_number"], "123 456 7890")  # wrong check digit
    replace_text(qtbot, widgets["person.email"], "not an address")
    qtbot.waitUntil(lambda: editor.problems.list.count() == 2)
    assert editor.form.mapTo(editor, QPoint(0, 0)) == form_top
    assert {path: where(w, editor) for path, w in widgets.items()} == before

    replace_text(qtbot, widgets["person.nhs_number"], "999 765 4323")
    replace_text(qtbot, widgets["person.email"], "someone@example.org")
    qtbot.waitUntil(lambda: editor.problems.list.count() == 0)
    assert {path: where(w, editor) for path, w in widgets.items()} == before

    editor.save()  # a status line ("Saved as version 2") does not push the form either
    assert "Saved" in editor.status.text()
    assert editor.form.mapTo(editor, QPoint(0, 0)) == form_top
    assert {path: where(w, editor) for path, w in widgets.items()} == before
    dispose(editor)
