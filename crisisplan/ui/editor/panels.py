"""The two notes that can appear above the plan: the summary of problems (each one takes you to
its field) and the offer to restore unsaved edits kept as a draft."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

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

from crisisplan.forms.fields import long_date
from crisisplan.forms.problems import Problem
from crisisplan.ui.editor.common import heading, plain_label
from crisisplan.ui.i18n import translate, translate_marked

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
        self.list.setAccessibleName(translate("Editor", "Problems to fix"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        self.setVisible(False)

    def show_problems(self, problems: Sequence[tuple[str, Problem]]) -> None:
        """(page title, problem) pairs; the panel hides itself when there are none."""
        self.list.clear()
        for _page_title, problem in problems:
            item = QListWidgetItem(translate_marked(problem.message))  # it starts with the section and field
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.list.addItem(item)
        count = len(problems)
        self.title.setText(translate("Editor",
                                     "1 problem to fix before this plan can be saved. Press Enter on it to go "
                              "to the field.") if count == 1 else
                           translate("Editor",
                                     "{n} problems to fix before this plan can be saved. Press Enter on one to "
                              "go to its field.").format(n=count))
        rows = max(1, min(count, VISIBLE_PROBLEM_ROWS))
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows * 3 + 8)
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
        self.text.setAccessibleDescription(translate("Editor", "Unsaved changes found"))
        layout.addWidget(self.text, 1)
        self.restore = QPushButton(translate("Editor", "Restore my changes"), self)
        self.restore.setAccessibleName(translate("Editor", "Restore my changes"))
        self.discard = QPushButton(translate("Editor", "Discard them"), self)
        self.discard.setAccessibleName(translate("Editor", "Discard the unsaved changes"))
        layout.addWidget(self.restore)
        layout.addWidget(self.discard)
        self.restore.clicked.connect(self.restore_requested)
        self.discard.clicked.connect(self.discard_requested)
        self.setVisible(False)

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(True)
        self.restore.setFocus()


def draft_offer_text(saved_at: datetime, draft_base: int | None, current: int | None) -> str:
    """What the banner says about unsaved changes found on opening a plan."""
    when = saved_at.astimezone()
    text = translate("Editor", "You have changes to this plan that were not saved. They were kept as a draft on "
              "{day} at {time}.").format(day=long_date(when.date()), time=when.strftime("%H:%M"))
    if draft_base is not None and current is not None and draft_base < current:
        text += " " + translate("Editor", "They were made to version {old}; the plan has since been saved as version "
                         "{new}. If you restore them and save, version {new} stays in the history.") \
            .format(old=draft_base, new=current)
    return text + " " + translate("Editor", "Restore them to carry on, or discard them.")


class EditorHeader(QWidget):
    """The plan's title (never the window title), what happened to the last save, and the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("")
        layout.addWidget(self.title, 1)
        self.status = plain_label("", wrap=True)
        self.status.setAccessibleDescription(translate("Editor", "Save status"))
        # Three lines are always reserved: a status appearing or clearing never moves the form.
        self.status.setFixedHeight(self.status.fontMetrics().lineSpacing() * 3 + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.status, 1)
        self.history_button = QPushButton(translate("Editor", "History…"), self)
        self.history_button.setAccessibleName(translate("Editor", "Plan history: versions and what changed"))
        self.save_button = QPushButton(translate("Editor", "Save"), self)
        self.save_button.setAccessibleName(translate("Editor", "Save as a new version"))
        self.save_button.setToolTip(translate("Editor", "Save as a new version (Ctrl+S)"))
        self.close_button = QPushButton(translate("Editor", "Close"), self)
        self.close_button.setAccessibleName(translate("Editor", "Close the plan"))
        for button in (self.history_button, self.save_button, self.close_button):
            layout.addWidget(button)
