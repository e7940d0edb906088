"""The signed-in workspace: the plan list, the records page and one tab per open plan editor.
A new Workspace is built for every session and thrown away on lock, so nothing shown survives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services.session import Session
from crisisplan.ui.dialogs import show_error
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate
from crisisplan.ui.plans.page import PlanListPage
from crisisplan.ui.records.page import RecordsPage
from crisisplan.ui.share import ShareDialog
from crisisplan.ui.tasks import TaskRunner


class Workspace(QWidget):
    restore_requested = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self._runner = runner
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Workspace", "Open pages"))
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.plans = PlanListPage(session)
        self.records: RecordsPage | None = None
        self.editors: dict[int, PlanEditor] = {}  # id(editor) -> editor
        self._plan_of: dict[int, int | None] = {}  # id(editor) -> plan id (None until first saved)
        self.tabs.addTab(self.plans, translate("Workspace", "Plans"))
        self._hide_close_button(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.plans.open_requested.connect(self.open_plan)
        self.plans.new_requested.connect(self.new_plan)
        self.plans.share_requested.connect(self.share_plan)
        self.plans.ledger_requested.connect(self.show_ledger)
        self.plans.person_copy_requested.connect(self.person_copy)
        self.tabs.tabCloseRequested.connect(self._close_tab)

    def _hide_close_button(self, index: int) -> None:
        bar = self.tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            button = bar.tabButton(index, side)
            if button is not None:
                button.hide()

    # ---- records ---------------------------------------------------------------------------
    def show_records(self) -> RecordsPage | None:
        if self.session is None:
            return None
        if self.records is None:
            self.records = RecordsPage(self.session, self._runner)
            self.records.restore_requested.connect(self.restore_requested)
            index = self.tabs.addTab(self.records, translate("Workspace", "Records"))
            self._hide_close_button(index)
        self.tabs.setCurrentWidget(self.records)
        self.records.refresh_current()
        return self.records

    # ---- plan editors ----------------------------------------------------------------------
    def new_plan(self) -> None:
        self.open_plan(None)

    def open_plan(self, plan_id: int | None, *, draft_key: str | None = None, resume: bool = False) -> None:
        session = self.session
        if session is None:
            return
        if plan_id is not None:
            for key, editor in self.editors.items():
                if self._plan_of.get(key) == plan_id:
                    self.tabs.setCurrentWidget(editor)
                    return
        try:
            session.require(Permission.VIEW_PLAN if plan_id is not None else Permission.EDIT_PLAN)
            editor = PlanEditor(session, plan_id, self, draft_key=draft_key, resume=resume)
        except Exception as exc:
            show_error(self, exc)
            return
        self.editors[id(editor)] = editor
        self._plan_of[id(editor)] = plan_id
        editor.plan_saved.connect(lambda pid, version, e=editor: self._saved(e, pid, version))
        editor.close_requested.connect(lambda e=editor: self.close_editor(e))
        editor.open_requested.connect(self.open_plan)
        editor.unsaved_changed.connect(lambda _unsaved, e=editor: self._retitle(e))
        editor.identity_changed.connect(lambda e=editor: self._retitle(e))
        index = self.tabs.addTab(editor, self._editor_title(editor))
        self.tabs.setCurrentIndex(index)
        editor.focus_first_field()  # typing straight after "New plan" goes into the form, not onto a button

    def _editor_title(self, editor: PlanEditor) -> str:
        """The tab names the person (inside the window; the window title never does: SES-05) and
        marks unsaved edits with "•"."""
        plan_id = editor.plan_id
        name = editor.person_label()
        if plan_id is None:
            title = translate("Workspace", "New plan")
        elif name:
            title = translate("Workspace", "{name} (plan {number})").format(name=name, number=plan_id)
        else:
            title = translate("Workspace", "Plan {number}").format(number=plan_id)
        return f"• {title}" if editor.has_unsaved_changes() else title

    def _retitle(self, editor: PlanEditor) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            title = self._editor_title(editor)
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, translate("Workspace", "Unsaved changes") if title.startswith("•") else "")

    def open_state(self) -> tuple[list[tuple[int | None, str]], int]:
        """The open editors (plan id, draft key) and which tab is current: to reopen them when the
        same user unlocks. Holds no clinical data."""
        editors = [self.editors[id(self.tabs.widget(i))] for i in range(self.tabs.count())
                   if id(self.tabs.widget(i)) in self.editors]
        current = self.tabs.currentWidget()
        chosen = editors.index(current) if current in editors else -1
        return [(e.plan_id, e.draft_key) for e in editors], chosen

    def reopen(self, state: tuple[list[tuple[int | None, str]], int]) -> None:
        """Reopen the editors of `open_state()`, each with its unsaved edits from its draft."""
        opened, chosen = state
        for plan_id, key in opened:
            self.open_plan(plan_id, draft_key=key if plan_id is None else None, resume=True)
        editors = [self.editors[id(self.tabs.widget(i))] for i in range(self.tabs.count())
                   if id(self.tabs.widget(i)) in self.editors]
        if 0 <= chosen < len(editors):
            self.tabs.setCurrentWidget(editors[chosen])
        elif editors:
            self.tabs.setCurrentIndex(0)

    def unsaved_editors(self) -> list[PlanEditor]:
        return [e for e in self.editors.values() if e.has_unsaved_changes()]

    def _saved(self, editor: PlanEditor, plan_id: int, _version: int) -> None:
        self._plan_of[id(editor)] = plan_id
        self._retitle(editor)
        self.plans.refresh(keep=plan_id)

    def close_editor(self, editor: PlanEditor) -> None:
        """Close an editor tab; unsaved edits are first kept as an encrypted draft."""
        problem = self._flush(editor)
        if problem:
            show_error(self, problem)
            return
        self.editors.pop(id(editor), None)
        self._plan_of.pop(id(editor), None)
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.removeTab(index)
        editor.deleteLater()

    def _close_tab(self, index: int) -> None:
        """The tab's close button asks about unsaved edits, as the editor's own Close does."""
        editor = self.editors.get(id(self.tabs.widget(index)))
        if editor is not None:
            editor.request_close()  # emits close_requested (→ close_editor) unless the user goes back

    def _flush(self, editor: PlanEditor) -> str:
        try:
            if editor.has_unsaved_changes():
                editor.flush_draft()
        except Exception as exc:
            return describe(exc)
        return ""

    def flush_drafts(self) -> list[str]:
        """Ask every open editor to keep its unsaved edits as a draft; the problems, if any."""
        return [p for p in (self._flush(e) for e in list(self.editors.values())) if p]

    # ---- sharing ---------------------------------------------------------------------------
    def share_plan(self, plan_id: int) -> None:
        session = self.session
        if session is None:
            return
        try:
            session.require(Permission.ISSUE_CARD)
            dialog = ShareDialog(session, plan_id, self.window())
        except Exception as exc:
            show_error(self, exc)
            return
        dialog.finished.connect(lambda _r, p=plan_id: self.plans.refresh(keep=p))
        dialog.open()

    def show_ledger(self, plan_id: int) -> None:
        """The disclosure ledger of the person chosen in the list (by name, not plan number)."""
        records = self.show_records()
        if records is not None:
            records.show_ledger_for(plan_id)

    def person_copy(self, plan_id: int) -> Path | None:
        """Save the person's own plain-language copy of their plan (a disclosure to the person)."""
        from crisisplan.services.cards import person_copy
        from crisisplan.ui.share.folders import default_card_folder

        session = self.session
        if session is None:
            return None
        try:
            path = person_copy(session, plan_id, default_card_folder())
        except Exception as exc:
            show_error(self, exc)
            return None
        self.plans.notice.show_message(translate("Workspace",
                                                 "The person's copy of their plan is saved as {path}. Print it "
                                               "or give it to them; it is in the sharing record.").format(
                                                   path=str(path)), "ok")
        return path

    # ---- locking ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Close every view and forget the session (on lock). Drafts must be flushed first."""
        for editor in list(self.editors.values()):
            index = self.tabs.indexOf(editor)
            if index >= 0:
                self.tabs.removeTab(index)
            editor.deleteLater()
        self.editors.clear()
        self._plan_of.clear()
        self.plans.clear()
        if self.records is not None:
            self.records.clear()
        self.session = None
