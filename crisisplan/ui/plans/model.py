"""PlanTableModel: the plans matching a query, fetched lazily a page at a time (canFetchMore /
fetchMore) through the services, each page found by the key of the last row shown (keyset
paging, never OFFSET); sorting is done by the store (server side)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from crisisplan.services.overview import (
    REVIEW_WINDOW_DAYS,
    PlanOrder,
    PlanQuery,
    PlanSummary,
    plan_count,
    plan_page,
)
from crisisplan.services.session import Session
from crisisplan.ui.errors import describe
from crisisplan.ui.formatting import local_time, nhs_number, review_state, review_text, status_label, uk_date
from crisisplan.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, NHS, BORN, POSTCODE, REVIEW, STATUS, VERSION, SAVED = range(8)
_SORTABLE = {NAME: PlanOrder.NAME, REVIEW: PlanOrder.REVIEW_DATE, SAVED: PlanOrder.UPDATED}
_OVERDUE = QColor("#a61b1b")
_DUE = QColor("#7a4a00")


class PlanTableModel(QAbstractTableModel):
    failed = Signal(str)
    """A page could not be read; the text says what happened and what to do."""
    refreshed = Signal()
    """The query changed and the first page is in."""

    def __init__(self, session: Session | None, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE, today: date | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._page_size = page_size
        self._today = today
        self._query = PlanQuery(today=today)
        self._rows: list[PlanSummary] = []
        self._total = 0
        self._headers = [
            translate("PlanTableModel", "Name"),
            translate("PlanTableModel", "NHS number"),
            translate("PlanTableModel", "Date of birth"),
            translate("PlanTableModel", "Postcode"),
            translate("PlanTableModel", "Review by"),
            translate("PlanTableModel", "Status"),
            translate("PlanTableModel", "Version"),
            translate("PlanTableModel", "Last saved"),
        ]

    # ---- queries ---------------------------------------------------------------------------
    @property
    def query(self) -> PlanQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many plans match the query (the rows loaded so far may be fewer)."""
        return self._total

    def day(self) -> date:
        return self._today or date.today()

    def set_query(self, query: PlanQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Reload from the first page (after a search, a filter change or a save)."""
        rows: list[PlanSummary] = []
        total = 0
        problem = ""
        if self._session is not None:
            try:
                total = plan_count(self._session, self._query)
                rows = plan_page(self._session, self._query, 0, self._page_size)
            except Exception as exc:
                rows, total, problem = [], 0, describe(exc)
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()
        if problem:
            self.failed.emit(problem)
        self.refreshed.emit()

    def clear(self) -> None:
        """Forget every row and the session (on lock)."""
        self.beginResetModel()
        self._session = None
        self._rows, self._total = [], 0
        self.endResetModel()

    def plan_id(self, row: int) -> int | None:
        return self._rows[row].plan_id if 0 <= row < len(self._rows) else None

    def row_of(self, plan_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.plan_id == plan_id:
                return row
        return -1

    # ---- lazy fetching ---------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._session is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._session is not None
        try:
            # keyset paging: the next page starts after the last row shown (no OFFSET, so a page
            # deep in a long list is as quick as the first, P14)
            more = plan_page(self._session, self._query, 0, self._page_size,
                             after=self._rows[-1] if self._rows else None)
        except Exception as exc:
            self._total = len(self._rows)
            self.failed.emit(describe(exc))
            return
        if not more:
            self._total = len(self._rows)  # plans removed meanwhile: stop asking
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # ---- sorting (by the store) ------------------------------------------------------------
    @staticmethod
    def sortable(column: int) -> bool:
        return column in _SORTABLE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = _SORTABLE.get(column)
        if wanted is None or wanted is self._query.order:
            return
        self.set_query(PlanQuery(self._query.search, self._query.plan_filter, wanted, self._today))

    def sort_column(self) -> int:
        return next(c for c, o in _SORTABLE.items() if o is self._query.order)

    # ---- the table -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, p: PlanSummary, column: int) -> str:
        if column == NAME:
            return p.name
        if column == NHS:
            return nhs_number(p.nhs_number)
        if column == BORN:
            return uk_date(p.date_of_birth)
        if column == POSTCODE:
            return p.postcode or ""
        if column == REVIEW:
            return review_text(p.review_date, self.day(), REVIEW_WINDOW_DAYS)
        if column == STATUS:
            return status_label(p.status)
        if column == VERSION:
            return str(p.version)
        return local_time(p.updated_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(self._headers):
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(summary, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[column]}: {self._text(summary, column)}"
        if role == PLAN_ID_ROLE:
            return summary.plan_id
        if role == Qt.ItemDataRole.ForegroundRole and column == REVIEW:
            state = review_state(summary.review_date, self.day(), REVIEW_WINDOW_DAYS)
            if state:
                return QBrush(_OVERDUE if state == "overdue" else _DUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VERSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in _SORTABLE:
            return translate("PlanTableModel", "Click to sort by this column")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
