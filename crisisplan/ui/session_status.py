"""Who is signed in, always visible in the status bar (user and role), and how many plans hold
their unsaved edits as drafts. Cleared on lock. No person's name is ever shown here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.drafts import list_drafts
from crisisplan.services.session import Session
from crisisplan.ui.i18n import translate, translate_marked

ROLE_NAMES = {
    "clinician": QT_TRANSLATE_NOOP("SessionStatus", "Clinician"),
    "gp": QT_TRANSLATE_NOOP("SessionStatus", "GP practice"),
    "readonly": QT_TRANSLATE_NOOP("SessionStatus", "Read-only"),
    "admin": QT_TRANSLATE_NOOP("SessionStatus", "Reception / admin"),
    "ig_lead": QT_TRANSLATE_NOOP("SessionStatus", "IG lead"),
}


def role_names(roles: tuple[str, ...]) -> str:
    """The user's roles in a sensible order (clinical roles first), in plain words."""
    ordered = [r for r in ROLE_NAMES if r in roles] + [r for r in roles if r not in ROLE_NAMES]
    return ", ".join(translate_marked(ROLE_NAMES.get(r, r)) for r in ordered)


class SessionStatus(QWidget):
    drafts_chosen = Signal()  # show the plans with my unsaved changes
    draft_resumed = Signal(object, str)  # (plan id or None for a new plan, draft key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.who = QLabel(self)
        self.drafts = QPushButton(self)
        self.drafts.setFlat(True)
        self.drafts.setVisible(False)
        self.drafts.setToolTip(translate("SessionStatus", "Show the plans with your unsaved changes"))
        self.drafts.clicked.connect(self._open_menu)
        self.menu = QMenu(self)
        self._session: Session | None = None
        layout.addWidget(self.who)
        layout.addSpacing(16)
        layout.addWidget(self.drafts)
        layout.addStretch(1)

    def show_session(self, session: Session | None) -> None:
        self._session = session
        self.menu.clear()
        if session is None:
            self.who.setText(translate("SessionStatus", "Locked: nobody is signed in"))
            self.drafts.setText("")
            self.drafts.setVisible(False)
            return
        self.who.setText(translate("SessionStatus", "Signed in: {user} · {roles}").format(user=session.username,
                                                                   roles=role_names(session.roles)))
        self.count_drafts(session)

    def fill_menu(self) -> QMenu:
        """One entry per draft (continue it, with its unsaved edits), then the plan list's filter."""
        self.menu.clear()
        session = self._session
        drafts = list_drafts(session) if session is not None and session.can(Permission.EDIT_PLAN) else []
        for draft in drafts:
            who = draft.name or translate("SessionStatus", "no name yet")
            kept = draft.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")
            text = (translate("SessionStatus",
                              "Continue the new plan for {who} (kept {when})") if draft.plan_id is None else
                    translate("SessionStatus", "Continue plan {id} for {who} (kept {when})")).format(who=who, when=kept,
                                                                                                     id=draft.plan_id)
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _c=False, d=draft: self.draft_resumed.emit(d.plan_id, d.key))
        self.menu.addSeparator()
        self.menu.addAction(translate("SessionStatus", "Show the plans with my unsaved changes"),
                            self.drafts_chosen.emit)
        return self.menu

    def _open_menu(self) -> None:
        self.fill_menu().popup(self.drafts.mapToGlobal(self.drafts.rect().topLeft()))

    def count_drafts(self, session: Session) -> int:
        """Show how many unsaved drafts the user has (0 for roles that cannot edit)."""
        count = 0
        if session.can(Permission.EDIT_PLAN):
            try:
                count = len(list_drafts(session))
            except Exception:  # a damaged draft must not stop sign-in; the editor reports it
                count = 0
        self.drafts.setText(translate("SessionStatus", "1 unsaved draft") if count == 1 else
                            translate("SessionStatus", "{n} unsaved drafts").format(n=count) if count else "")
        self.drafts.setVisible(count > 0)
        return count
