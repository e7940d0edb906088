"""A stand-in for the plan editor with exactly its contract, so the main window's side of the
contract (open, save, close, flush drafts on lock) is tested on its own."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from crisisplan.services.session import Session


class FakeEditor(QWidget):
    plan_saved = Signal(int, int)
    close_requested = Signal()
    open_requested = Signal(int)
    unsaved_changed = Signal(bool)
    identity_changed = Signal()
    instances: ClassVar[list[FakeEditor]] = []

    def __init__(self, session: Session, plan_id: int | None, parent: QWidget | None = None, *,
                 draft_key: str | None = None, resume: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.plan_id = plan_id
        self.flushed = 0
        self.text = QLineEdit()
        self.text.setAccessibleName("Notes")
        QVBoxLayout(self).addWidget(self.text)
        self.draft_key = draft_key or f"fake-{len(FakeEditor.instances)}"
        self.resumed = resume
        FakeEditor.instances.append(self)

    def person_label(self) -> str:
        return ""

    def focus_first_field(self) -> None:
        self.text.setFocus()

    def request_close(self) -> bool:
        self.close_requested.emit()
        return True

    def flush_draft(self) -> None:
        self.flushed += 1

    def has_unsaved_changes(self) -> bool:
        return bool(self.text.text())
