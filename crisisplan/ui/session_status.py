"""Who is signed in, always visible in the status bar (user and role), and how many plans hold
their unsaved edits as drafts. Cleared on lock. No person's name is ever shown here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services.drafts import list_drafts
from crisisplan.services.session import Session

ROLE_NAMES = {
    "clinician": "Clinician",
    "gp": "GP practice",
    "readonly": "Read-only",
    "admin": "Reception / admin",
    "ig_lead": "IG lead",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionStatus", text)


def role_names(roles: tuple[str, ...]) -> str:
    """The user's roles in a sensible order (clinical roles first), in plain words."""
    ordered = [r for r in ROLE_NAMES if r in roles] + [r for r in roles if r not in ROLE_NAMES]
    return ", ".join(_tr(ROLE_NAMES.get(r, r)) for r in ordered)


class SessionStatus(QWidget):
    drafts_chosen = Signal()  # show the plans with my unsaved changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.who = QLabel(self)
        self.drafts = QPushButton(self)
        self.drafts.setFlat(True)
        self.drafts.setVisible(False)
        self.drafts.setToolTip(_tr("Show the plans with your unsaved changes"))
        self.drafts.clicked.connect(self.drafts_chosen)
        layout.addWidget(self.who)
        layout.addSpacing(16)
        layout.addWidget(self.drafts)
        layout.addStretch(1)

    def show_session(self, session: Session | None) -> None:
        if session is None:
            self.who.setText(_tr("Locked: nobody is signed in"))
            self.drafts.setText("")
            self.drafts.setVisible(False)
            return
        self.who.setText(_tr("Signed in: {user} · {roles}").format(user=session.username,
                                                                   roles=role_names(session.roles)))
        self.count_drafts(session)

    def count_drafts(self, session: Session) -> int:
        """Show how many unsaved drafts the user has (0 for roles that cannot edit)."""
        count = 0
        if session.can(Permission.EDIT_PLAN):
            try:
                count = len(list_drafts(session))
            except Exception:  # a damaged draft must not stop sign-in; the editor reports it
                count = 0
        self.drafts.setText(_tr("1 unsaved draft") if count == 1 else
                            _tr("{n} unsaved drafts").format(n=count) if count else "")
        self.drafts.setVisible(count > 0)
        return count
