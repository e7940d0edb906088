"""The two notes that can appear above the plan: the summary of problems (each one takes you to
its field) and the offer to restore unsaved edits kept as a draft."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisplan.forms.problems import Problem
from crisisplan.ui.editor.common import plain_label, tr

VISIBLE_PROBLEM_ROWS = 4


class ProblemsPanel(QFrame):
    """"N problems to fix before saving", listing each; Enter or double-click goes to the field."""

    problem_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "problems")
        layout = QVBoxLayout(self)
        self.title = plain_label("")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Problems to fix"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        self.setVisible(False)

    def show_problems(self, problems: Sequence[tuple[str, Problem]]) -> None:
        """(page title, problem) pairs; the panel hides itself when there are none."""
        self.list.clear()
        for page_title, problem in problems:
            item = QListWidgetItem(f"{page_title}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.list.addItem(item)
        count = len(problems)
        self.title.setText(tr("1 problem to fix before this plan can be saved. Press Enter on it to go "
                              "to the field.") if count == 1 else
                           tr("{n} problems to fix before this plan can be saved. Press Enter on one to "
                              "go to its field.").format(n=count))
        rows = max(1, min(count, VISIBLE_PROBLEM_ROWS))
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows * 2 + 8)
        self.setVisible(count > 0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.problem_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class DraftBanner(QFrame):
    """Unsaved edits were found: restore them, or discard them."""

    restore_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        layout = QHBoxLayout(self)
        self.text = plain_label("")
        self.text.setAccessibleName(tr("Unsaved changes found"))
        layout.addWidget(self.text, 1)
        self.restore = QPushButton(tr("Restore my changes"), self)
        self.restore.setAccessibleName(tr("Restore my changes"))
        self.discard = QPushButton(tr("Discard them"), self)
        self.discard.setAccessibleName(tr("Discard the unsaved changes"))
        layout.addWidget(self.restore)
        layout.addWidget(self.discard)
        self.restore.clicked.connect(self.restore_requested)
        self.discard.clicked.connect(self.discard_requested)
        self.setVisible(False)

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(True)
        self.restore.setFocus()
