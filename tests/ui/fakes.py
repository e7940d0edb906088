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
    instances: ClassVar[list[FakeEditor]] = []

    def __init__(self, session: Session, plan_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan_id = plan_id
        self.flushed = 0
        self.text = QLineEdit()
        self.text.setAccessibleName("Notes")
        QVBoxLayout(self).addWidget(self.text)
        FakeEditor.instances.append(self)

    def focus_first_field(self) -> None:
        self.text.setFocus()

    def request_close(self) -> bool:
        self.close_requested.emit()
        return True

    def flush_draft(self) -> None:
        self.flushed += 1

    def has_unsaved_changes(self) -> bool:
        return bool(self.text.text())
