"""What every records tab shares: the session, a notice bar, a table, and running service calls
with plain-words errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from crisisplan.services.session import Session
from crisisplan.ui.errors import describe
from crisisplan.ui.table_model import RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import NoticeBar

T = TypeVar("T")


class RecordsTab(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self.runner = runner
        self.notice = NoticeBar()
        self.layout_ = QVBoxLayout(self)

    def make_table(self, model: RecordTableModel[Any], name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()  # before any rows: each column as wide as its (translated) title
        return table

    @staticmethod
    def fit_columns(table: QTableView, max_chars: int = 40) -> None:
        """Columns as wide as their contents, but none wider than `max_chars` (the tooltip shows all)."""
        table.resizeColumnsToContents()
        limit = table.fontMetrics().horizontalAdvance("m") * max_chars
        for column in range(table.model().columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), limit))
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.6))

    def call(self, action: Callable[[Session], T], success: str | None = None) -> T | None:
        """Run a quick service call; show its error in plain words. None on failure."""
        if self.session is None:
            return None
        try:
            result = action(self.session)
        except Exception as exc:
            self.notice.show_message(describe(exc), "problem")
            return None
        if success:
            self.notice.show_message(success, "ok")
        return result

    def run_ok(self, action: Callable[[Session], object], success: str | None = None) -> bool:
        """Like `call` for actions that return nothing: True when it worked."""
        done = self.call(lambda s: (action(s), True)[1], success)
        return bool(done)

    def refresh(self) -> None:
        """Re-read what the tab shows."""

    def clear(self) -> None:
        """Forget the session and everything shown (on lock)."""
        self.session = None
        self.notice.clear()
