"""No clinical field starts with a value the user did not choose (issue 8, section 2): a new risk's
kind and a new contact's role start on "Choose…" and are a problem until chosen; "No known
allergies" is an answer of its own, different from "not recorded"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from crisisplan.forms.plan import CrisisPlan
from crisisplan.services.session import Session
from crisisplan.ui.editor import PlanEditor
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import dispose, field, open_editor

fail_on_qt_warnings = fx.fail_on_qt_warnings
modal = fx.modal
session = fx.session


def add_entry(qtbot: Any, editor: PlanEditor, page: str, path: str) -> Any:
    shown = editor.form.show_page(page)
    node = shown.form.locate([part for part in path.split(".")])
    node.add_button.setFocus()
    qtbot.keyClick(node.add_button, Qt.Key.Key_Space)
    return node.entries[-1]


def test_a_new_risk_and_a_new_contact_start_unchosen(qtbot: Any, session: Session) -> None:
    editor = open_editor(qtbot, session, None)
    risk = add_entry(qtbot, editor, "need_to_know", "need_to_know.risks")
    kind = risk.form.locate(["kind"]).focus_target()
    assert isinstance(kind, QComboBox) and kind.currentText() == "Choose…" and kind.currentData() is None
    contact = add_entry(qtbot, editor, "named_contacts", "named_contacts")
    role = contact.form.locate(["role"]).focus_target()
    assert role.currentText() == "Choose…"

    assert not editor.validate()
    messages = [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]
    assert any("Kind of risk: is not chosen yet" in m for m in messages)
    assert any("Role: is not chosen yet" in m for m in messages)

    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # the user chooses
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Down)
    assert editor.validate()
    dispose(editor)


def test_no_known_allergies_is_its_own_answer(qtbot: Any, session: Session) -> None:
    editor = open_editor(qtbot, session, None)
    box = field(editor, "need_to_know", "need_to_know.no_known_allergies")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    plan = editor.form.dump()
    assert plan.need_to_know.allergy_status() == "none known"
    assert CrisisPlan.empty().need_to_know.allergy_status() == "not recorded"

    allergy = add_entry(qtbot, editor, "need_to_know", "need_to_know.allergies")
    substance = allergy.form.locate(["substance"]).focus_target()
    substance.setFocus()
    qtbot.keyClicks(substance, "penicillin")
    assert not editor.validate()  # ticked beside a listed allergy: refused before saving
    row = editor.form.page("need_to_know").form.locate(["need_to_know", "no_known_allergies"])
    assert "Is ticked but allergies are listed" in row.problem.message
    dispose(editor)


def test_long_text_counts_characters_while_typing(qtbot: Any, session: Session) -> None:
    editor = open_editor(qtbot, session, None)
    page = editor.form.show_page("person")
    row = page.form.locate(["person", "communication_needs"])
    assert row.counter is not None and row.counter.text() == f"0 / {row.spec.max_length:,} characters"
    text = row.focus_target()
    text.setFocus()
    qtbot.keyClicks(text, "BSL")  # counted as each key is typed, not after the fact
    assert row.counter.text() == f"3 / {row.spec.max_length:,} characters"
    badge = next(label for label in row.findChildren(QLabel)
                 if label.text() == "In the person's own words")
    assert badge.buddy() is text  # the badge is tied to its field
    assert text.accessibleDescription().startswith("In the person's own words.")
    dispose(editor)


def test_a_new_entry_is_scrolled_into_view_and_named_in_plain_words(qtbot: Any, session: Session) -> None:
    from PySide6.QtCore import QPoint, QRect

    editor = open_editor(qtbot, session, None)
    page = editor.form.show_page("practical")
    dependants = page.form.locate(["practical", "dependants"])
    assert dependants.add_button.text() == "Add a person I care for"
    for _ in range(6):
        page.verticalScrollBar().setValue(0)  # the user is at the top of the page
        entry = add_entry(qtbot, editor, "practical", "practical.dependants")
    target = entry.focus_target()
    viewport = page.viewport()
    shown = QRect(target.mapTo(viewport, QPoint(0, 0)), target.size())
    assert viewport.rect().contains(shown)  # the new entry's first field is on screen, with the focus
    whole = QRect(entry.mapTo(viewport, QPoint(0, 0)), entry.size())
    assert entry.height() > viewport.height() or viewport.rect().contains(whole)  # and all of it
    assert target.hasFocus()
    dispose(editor)
