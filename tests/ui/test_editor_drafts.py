"""Nothing typed is ever lost: drafts while typing, on close, on lock, and when someone saved first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisisplan.services.drafts import (
    discard_draft,
    list_drafts,
    load_draft,
    new_draft_key,
    plan_draft_key,
    save_draft,
)
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.plans import load_plan, plan_history, save_plan
from crisisplan.services.session import Session
from crisisplan.ui.editor import PlanEditor
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


def type_given_name(qtbot: Any, editor: PlanEditor, text: str) -> None:
    replace_text(qtbot, field(editor, "person", "person.given_name"), text)


def test_draft_is_kept_while_typing(qtbot: Any, session: Session, plan_ids: list[int]) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    type_given_name(qtbot, editor, "Morgan")
    key = plan_draft_key(plan_ids[0])
    qtbot.waitUntil(lambda: load_draft(session, key) is not None, timeout=5000)
    draft = load_draft(session, key)
    assert draft is not None
    assert draft.data["person"]["given_name"] == "Morgan"
    assert draft.base_version == 1
    # Reverting the edit drops the draft again.
    type_given_name(qtbot, editor, load_plan(session, plan_ids[0]).plan.person.given_name)
    qtbot.waitUntil(lambda: load_draft(session, key) is None, timeout=5000)
    dispose(editor)


def test_closing_keeps_a_draft_that_is_offered_on_reopening(
        qtbot: Any, session: Session, plan_ids: list[int], modal: ModalAnswerer) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    type_given_name(qtbot, editor, "Half-typed NHS")
    nhs = field(editor, "person", "person.nhs_number")
    replace_text(qtbot, nhs, "999 76")  # not valid yet: still kept
    closed: list[bool] = []
    editor.close_requested.connect(lambda: closed.append(True))
    modal.answer("Keep as draft")
    qtbot.keyClick(editor.close_button, Qt.Key.Key_Space)
    assert closed == [True]
    assert modal.seen[0][0] == "Unsaved changes"
    dispose(editor)

    reopened = open_editor(qtbot, session, plan_ids[0])
    assert reopened.banner.isVisible()
    assert "were not saved" in reopened.banner.text.text()
    assert not reopened.save_button.isEnabled()
    assert QApplication.focusWidget() is reopened.banner.restore
    qtbot.keyClick(reopened.banner.restore, Qt.Key.Key_Space)
    assert not reopened.banner.isVisible()
    assert field(reopened, "person", "person.given_name").text() == "Half-typed NHS"
    assert field(reopened, "person", "person.nhs_number").text() == "999 76"
    assert reopened.has_unsaved_changes()

    replace_text(qtbot, field(reopened, "person", "person.nhs_number"), "999 765 4323")
    press_save(qtbot, reopened)
    assert load_plan(session, plan_ids[0]).plan.person.given_name == "Half-typed NHS"
    assert load_draft(session, plan_draft_key(plan_ids[0])) is None
    dispose(reopened)


def test_flush_draft_before_lock_and_discarding_it(
        qtbot: Any, session: Session, plan_ids: list[int], modal: ModalAnswerer) -> None:
    editor = open_editor(qtbot, session, plan_ids[1])
    type_given_name(qtbot, editor, "Locked")
    editor.flush_draft()  # what the main window calls before locking
    assert load_draft(session, plan_draft_key(plan_ids[1])) is not None
    dispose(editor)

    reopened = open_editor(qtbot, session, plan_ids[1])
    modal.answer("Discard")
    qtbot.keyClick(reopened.banner.discard, Qt.Key.Key_Space)
    assert load_draft(session, plan_draft_key(plan_ids[1])) is None
    assert reopened.save_button.isEnabled()
    assert field(reopened, "person", "person.given_name").text() != "Locked"
    dispose(reopened)


def test_close_save_and_discard_choices(qtbot: Any, session: Session, plan_ids: list[int],
                                        modal: ModalAnswerer) -> None:
    editor = open_editor(qtbot, session, plan_ids[2])
    type_given_name(qtbot, editor, "Saved On Close")
    modal.answer("Save as new version")
    assert editor.request_close()
    assert load_plan(session, plan_ids[2]).plan.person.given_name == "Saved On Close"
    dispose(editor)

    editor = open_editor(qtbot, session, plan_ids[2])
    type_given_name(qtbot, editor, "Thrown Away")
    modal.answer("Go back")
    assert not editor.request_close()
    modal.answer("Discard changes")
    assert editor.request_close()
    assert load_draft(session, plan_draft_key(plan_ids[2])) is None
    assert load_plan(session, plan_ids[2]).plan.person.given_name == "Saved On Close"
    assert all("Saved On Close" not in title for title, _ in modal.seen)
    dispose(editor)


def test_new_plan_draft_can_be_resumed(qtbot: Any, session: Session) -> None:
    editor = open_editor(qtbot, session, None)
    type_given_name(qtbot, editor, "Brand New")
    editor.flush_draft()
    dispose(editor)
    (info,) = list_drafts(session)
    assert info.plan_id is None and info.name == "Brand New"
    resumed = PlanEditor(session, None, draft_key=info.key)
    assert field(resumed, "person", "person.given_name").text() == "Brand New"
    assert not resumed.banner.isVisible()
    dispose(resumed)


def test_conflict_keeps_edits_as_draft_and_offers_newest_version(
        qtbot: Any, session: Session, plan_ids: list[int], modal: ModalAnswerer) -> None:
    editor = open_editor(qtbot, session, plan_ids[0])
    # Someone else saves version 2 while this editor still has version 1.
    other = load_plan(session, plan_ids[0]).plan
    other = other.model_copy(update={"person": other.person.model_copy(update={"pronouns": "they/them"})})
    save_plan(session, other, plan_id=plan_ids[0], base_version=1)

    type_given_name(qtbot, editor, "Mine")
    modal.answer("Load newest version")
    press_save(qtbot, editor)
    assert modal.seen[0][0] == "Plan changed by someone else"
    assert "version 2" in modal.seen[0][1]
    assert [v.version for v in plan_history(session, plan_ids[0])] == [1, 2]
    draft = load_draft(session, plan_draft_key(plan_ids[0]))
    assert draft is not None and draft.data["person"]["given_name"] == "Mine" and draft.base_version == 1

    # The newest version is shown; the user's edits are offered back.
    assert "version 2" in editor.title.text()
    assert field(editor, "person", "person.pronouns").text() == "they/them"
    assert editor.banner.isVisible() and "version 1" in editor.banner.text.text()
    qtbot.keyClick(editor.banner.restore, Qt.Key.Key_Space)
    assert field(editor, "person", "person.given_name").text() == "Mine"
    press_save(qtbot, editor)
    assert [v.version for v in plan_history(session, plan_ids[0])] == [1, 2, 3]
    assert load_plan(session, plan_ids[0]).plan.person.given_name == "Mine"
    dispose(editor)


def test_drafts_service_keys_and_listing(session: Session) -> None:
    with pytest.raises(InvalidRequest):
        save_draft(session, "plan:0", {}, None)
    with pytest.raises(InvalidRequest):
        save_draft(session, "../etc", {}, None)
    new = new_draft_key()
    save_draft(session, new, {"person": {"given_name": "Ada", "nhs_number": "999 7"}}, None)
    save_draft(session, plan_draft_key(7), {"person": {"preferred_name": "Bo"}}, 3)
    listed = {d.key: d for d in list_drafts(session)}
    assert listed[new].plan_id is None and listed[new].name == "Ada"
    assert listed["plan:7"].plan_id == 7 and listed["plan:7"].base_version == 3
    assert listed["plan:7"].name == "Bo"
    session.store.drafts.save("plan:8", "not json")  # a damaged draft is skipped, not fatal
    assert load_draft(session, "plan:8") is None
    assert "plan:8" not in {d.key for d in list_drafts(session)}
    discard_draft(session, new)
    assert load_draft(session, new) is None
