"""The plan editor: every section of a joint crisis plan, saved as versions, never losing a word.

Edits are kept as an encrypted draft one second after typing stops and whenever `flush_draft()` is
called (before locking or closing). Saving makes a new version; if someone saved first, the edits
stay as a draft and the user is offered the newest version. Closing with unsaved edits asks
Save / Keep as draft / Discard. No window title ever shows the person's name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from crisisplan.forms.identity import identity_problems
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.roles import Permission
from crisisplan.forms.text import display_name
from crisisplan.services.drafts import Draft, new_draft_key, plan_draft_key
from crisisplan.services.errors import ConflictError, ServiceError, StoreError
from crisisplan.services.plans import load_plan, plan_history, save_plan
from crisisplan.services.session import Session
from crisisplan.ui.announce import announce
from crisisplan.ui.editor import prompts
from crisisplan.ui.editor.common import STYLE
from crisisplan.ui.editor.draft_keeper import DraftKeeper
from crisisplan.ui.editor.duplicate import DuplicateNotice
from crisisplan.ui.editor.focus import apply_tab_order
from crisisplan.ui.editor.panels import DraftBanner, EditorHeader, ProblemsPanel, draft_offer_text
from crisisplan.ui.editor.patient_banner import PatientBanner
from crisisplan.ui.editor.plan_form import PlanForm
from crisisplan.ui.editor.sharing_context import sharing_context
from crisisplan.ui.errors import error_text
from crisisplan.ui.i18n import translate

VALIDATE_DELAY_MS = 700


class PlanEditor(QWidget):
    plan_saved = Signal(int, int)
    close_requested = Signal()
    unsaved_changed = Signal(bool)  # the tab marks unsaved edits
    identity_changed = Signal()  # the saved name, date of birth or NHS number shown in the banner
    open_requested = Signal(int)  # the user asked to open another plan (the existing one for an NHS number)

    def __init__(self, session: Session, plan_id: int | None, parent: QWidget | None = None, *,
                 draft_key: str | None = None, resume: bool = False) -> None:
        """Edit plan `plan_id`, or a new plan when None (`draft_key` resumes a new plan's draft;
        `resume` puts the plan's own draft straight back, as after the same user unlocks)."""
        super().__init__(parent)
        self.setWindowTitle(translate("Editor", "Crisis plan editor"))
        self._session = session
        self._plan_id = plan_id
        self._base_version: int | None = None
        self._baseline: dict[str, Any] = {}
        self._offer: Draft | None = None
        self._editable = session.can(Permission.EDIT_PLAN)
        key = plan_draft_key(plan_id) if plan_id is not None else (draft_key or new_draft_key())
        self._drafts = DraftKeeper(session, key, self._draft_source, self)
        self._build()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)
        self._loading = False
        self.form.changed.connect(self._edited)
        self.form.structure_changed.connect(self._structure_changed)
        self._drafts.failed.connect(self._say)
        self._load(resume=resume or draft_key is not None)
        self.setStyleSheet(STYLE)  # once, after building: styling each new child separately is slow

    @property
    def plan_id(self) -> int | None:
        """The plan being edited (None until a new plan is first saved)."""
        return self._plan_id

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.header = EditorHeader(self)
        layout.addWidget(self.header)
        self.title, self.status = self.header.title, self.header.status
        self.history_button, self.save_button = self.header.history_button, self.header.save_button
        self.close_button = self.header.close_button
        self.banner_person = PatientBanner(self)
        layout.addWidget(self.banner_person)
        self.banner = DraftBanner(self)
        layout.addWidget(self.banner)
        self.form = PlanForm(self._session.username, sharing_context(self._session), self)
        layout.addWidget(self.form, 1)
        self.problems = ProblemsPanel(self)
        self.form.add_beside(self.problems)  # never above the form: it would push the fields down
        self.duplicate = DuplicateNotice(self)
        self.form.add_beside(self.duplicate)
        self.duplicate.open_requested.connect(self.open_requested)
        self.save_action = QAction(translate("Editor", "Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)
        self.save_action.triggered.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        self.history_button.clicked.connect(self.show_history)
        self.banner.restore_requested.connect(self._restore_draft)
        self.banner.discard_requested.connect(self._discard_offer)
        self.problems.problem_activated.connect(self.form.go_to)

    # ---- loading --------------------------------------------------------------------------------

    def _structure_changed(self) -> None:
        if not self._loading:
            apply_tab_order(self)

    @contextmanager
    def _rebuilding(self) -> Iterator[None]:
        """Bulk changes to the form: the keyboard order is fixed once, at the end."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
        apply_tab_order(self)

    def _load(self, *, resume: bool = False) -> None:
        with self._rebuilding():
            self._load_plan(resume=resume)

    def _load_plan(self, *, resume: bool) -> None:
        self._validate_timer.stop()
        self._drafts.stop()
        try:
            if self._plan_id is None:
                plan, self._base_version = CrisisPlan.empty(), None
            else:
                loaded = load_plan(self._session, self._plan_id)
                plan, self._base_version = loaded.plan, loaded.version
        except (ServiceError, StoreError) as exc:
            self.title.setText(translate("Editor", "This plan could not be opened"))
            self._say(error_text(exc))
            self.form.setEnabled(False)
            self._set_editable(False)
            return
        self.form.load(plan)
        self._baseline = self.form.raw()
        self._show_header(plan)
        draft = self._drafts.load() if self._editable else None
        if draft is not None and resume:
            self._offer = draft
            self._restore_draft()
        elif draft is not None and draft.data != self._baseline:
            self._offer_draft(draft)
        else:
            self._offer = None
            self.banner.setVisible(False)
            self._set_editable(self._editable)
        self.validate()

    @property
    def draft_key(self) -> str:
        """Where this editor keeps its unsaved edits (no clinical data in the key)."""
        return self._drafts.key

    def person_label(self) -> str:
        """Who the plan is about, for the editor's tab (never the window title: SES-05)."""
        return self.banner_person.name_text()

    def _show_header(self, plan: CrisisPlan) -> None:
        self.banner_person.show_person(plan if self._plan_id is not None else None)
        self.identity_changed.emit()
        if self._plan_id is None:
            self.title.setText(translate("Editor", "New plan (not saved yet)"))
        else:
            self.title.setText(translate("Editor", "{name} — plan {id}, version {version}").format(
                name=display_name(plan), id=self._plan_id, version=self._base_version))
        self.history_button.setEnabled(self._plan_id is not None)

    def _set_editable(self, editable: bool) -> None:
        for page in self.form.pages:
            content = page.widget()
            if content is not None:
                content.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.save_action.setEnabled(editable)

    # ---- drafts ---------------------------------------------------------------------------------

    def _draft_source(self) -> tuple[dict[str, Any] | None, int | None]:
        return (self.form.raw() if self.has_unsaved_changes() else None), self._base_version

    def _offer_draft(self, draft: Draft) -> None:
        self._offer = draft
        text = draft_offer_text(draft.saved_at, draft.base_version, self._base_version)
        self._set_editable(False)
        self.banner.offer(text)

    def _restore_draft(self) -> None:
        if self._offer is None:
            return
        with self._rebuilding():
            self.form.set_raw(self._offer.data)
        self._offer = None
        self._drafts.adopt()
        self.banner.setVisible(False)
        self._set_editable(self._editable)
        self._say(translate("Editor", "Your unsaved changes are restored. Save them as a new version when ready."))
        self.unsaved_changed.emit(self.has_unsaved_changes())
        self.validate()
        self.form.pages[self.form.nav.currentRow()].form.focus_target().setFocus()

    def focus_first_field(self) -> None:
        """Put the cursor in the current section's first field, so typing starts in the form."""
        if self._offer is not None:
            return  # a stored draft is being offered: its buttons have the focus
        self.form.pages[self.form.nav.currentRow()].form.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _discard_offer(self) -> None:
        if not prompts.confirm(self, translate("Editor", "Discard unsaved changes"),
                               translate("Editor",
                                         "Discard the unsaved changes? They cannot be got back."), translate("Editor",
                                                                                                             "Discard")):
            return
        self._drafts.discard()
        self._offer = None
        self.banner.setVisible(False)
        self._set_editable(self._editable)
        self._say(translate("Editor", "The unsaved changes were discarded."))

    def _say(self, text: str) -> None:
        """Show what happened to the plan in the status line and announce it to screen readers."""
        self.status.setText(text)
        announce(self.status, text, assertive=text.startswith(translate("Editor", "Not saved")))

    def _edited(self) -> None:
        self.unsaved_changed.emit(self.has_unsaved_changes())
        self._drafts.schedule()
        self._validate_timer.start()
        if self.status.text():
            self.status.setText("")

    def flush_draft(self) -> None:
        """Keep unsaved edits as an encrypted draft now (called before locking or closing)."""
        self._validate_timer.stop()
        if self._offer is None and self._editable:
            self._drafts.flush()

    def has_unsaved_changes(self) -> bool:
        return self._offer is None and self.form.raw() != self._baseline

    # ---- problems and saving --------------------------------------------------------------------

    def validate(self) -> bool:
        """Show every problem next to its field and in the summary; True when there are none."""
        self._validate_timer.stop()
        found = self.form.validate()
        if not found:
            plan = self.form.dump()
            found = [(self.form.owner(p), p) for p in identity_problems(plan, date.today())]
            self.duplicate.check(self._session, plan, self._plan_id)
        self.form.show_problems(found)
        self.problems.show_problems([(page.spec.title, problem) for page, problem in found])
        self.form.refresh()
        return not found

    def save(self) -> bool:
        """Save the plan as a new version (Ctrl+S). True when saved."""
        if not self._editable or self._offer is not None:
            return False
        valid = self.validate()
        if valid and not self.duplicate.confirm_separate(self):
            self._say(translate("Editor", "Not saved. Open plan {id} to work on the existing plan.").format(
                id=self.duplicate.matches[0].plan_id))
            return False
        if not valid:
            self._drafts.flush()
            self._say(translate("Editor", "Not saved: fix the problems listed on the left first. Your changes are kept "
                                   "as a draft."))
            self.problems.list.setCurrentRow(0)
            self.problems.list.setFocus()
            return False
        plan = self.form.dump()
        try:
            saved = save_plan(self._session, plan, plan_id=self._plan_id, base_version=self._base_version)
        except ConflictError:
            self._conflict()
            return False
        except (ServiceError, StoreError) as exc:
            self._drafts.flush()
            prompts.inform(self, translate("Editor", "Not saved"),
                           translate("Editor", "The plan was not saved. {reason}\n\nYour changes are "
                                                     "kept as a draft.").format(reason=exc), error=True)
            return False
        self._drafts.discard()
        self._plan_id, self._base_version = saved.plan_id, saved.version
        self._drafts.rekey(plan_draft_key(saved.plan_id))
        with self._rebuilding():
            self.form.load(plan)
        self._baseline = self.form.raw()
        self._show_header(plan)
        self._say(translate("Editor", "Saved as version {n}").format(n=saved.version))
        self.plan_saved.emit(saved.plan_id, saved.version)
        self.unsaved_changed.emit(False)
        return True

    def _conflict(self) -> None:
        self._drafts.flush()
        newest: int | None = None
        try:
            versions = plan_history(self._session, self._plan_id) if self._plan_id is not None else []
            newest = max((int(getattr(v, "version", 0)) for v in versions), default=None)
        except (ServiceError, StoreError):
            newest = None
        if prompts.ask_conflict(self, newest):
            self._load()
        else:
            self._say(translate("Editor", "Not saved: someone else saved a newer version. Your changes are kept "
                                   "as a draft; load the newest version to carry on."))

    # ---- history and closing --------------------------------------------------------------------

    def show_history(self) -> None:
        if self._plan_id is None:
            return
        from crisisplan.ui.editor.history import HistoryDialog

        self.flush_draft()
        dialog = HistoryDialog(self._session, self._plan_id, self)
        dialog.version_restored.connect(lambda _version: self._load())
        dialog.exec()

    def request_close(self) -> bool:
        """Ask about unsaved edits, then emit close_requested. False when the user went back."""
        if self.has_unsaved_changes():
            choice = prompts.ask_close(self)
            if choice is prompts.CloseChoice.CANCEL:
                return False
            if choice is prompts.CloseChoice.SAVE and not self.save():
                return False
            if choice is prompts.CloseChoice.KEEP_DRAFT and not self._drafts.flush():
                return False
            if choice is prompts.CloseChoice.DISCARD:
                self._drafts.discard()
                self._baseline = self.form.raw()
        self._drafts.stop()
        self._validate_timer.stop()
        self.close_requested.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isWindow() and not self.request_close():
            event.ignore()
            return
        super().closeEvent(event)
