"""PlanListPage: search as you type, filters, the reviews-due overview and the lazy plan table.
Double-click or Enter opens a plan (if the user's role may read plans)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crisisplan.forms.roles import Permission
from crisisplan.services.errors import PermissionDenied
from crisisplan.services.overview import PlanFilter, PlanOrder, PlanQuery
from crisisplan.services.session import Session
from crisisplan.ui.announce import announce
from crisisplan.ui.errors import error_text
from crisisplan.ui.formatting import status_label
from crisisplan.ui.i18n import translate
from crisisplan.ui.plans.model import PlanTableModel
from crisisplan.ui.plans.overview_bar import ReviewsOverview
from crisisplan.ui.widgets import NoticeBar, buddy_label, heading, plain_label

SEARCH_DELAY_MS = 150


class PlanTable(QTableView):
    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class PlanListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    share_requested = Signal(int)
    ledger_requested = Signal(int)
    person_copy_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._today = today
        self._keep: int | None = None
        self.model = PlanTableModel(session, self, today=today)
        self.overview = ReviewsOverview()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("PlanListPage",
                                                 "Name, NHS number, date of birth, postcode or any words"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("PlanListPage", "Search plans"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(translate("PlanListPage", "Show which plans"))
        for text, value in ((translate("PlanListPage", "All plans"), PlanFilter.ALL),
                            (translate("PlanListPage", "Review due or overdue"), PlanFilter.REVIEW_DUE),
                            (translate("PlanListPage", "Review overdue"), PlanFilter.REVIEW_OVERDUE),
                            (translate("PlanListPage", "Drafts"), PlanFilter.DRAFT),
                            (translate("PlanListPage", "Card past its review date"), PlanFilter.CARD_EXPIRED),
                            (translate("PlanListPage", "No consent recorded"), PlanFilter.NO_CONSENT)):
            self.filter.addItem(text, value)
        if session.can(Permission.EDIT_PLAN):
            self.filter.addItem(translate("PlanListPage", "With my unsaved changes"), PlanFilter.UNSAVED)
        self.order = QComboBox()
        self.order.setAccessibleName(translate("PlanListPage", "Sort plans by"))
        for text, order in ((translate("PlanListPage", "Name"), PlanOrder.NAME),
                            (translate("PlanListPage", "Review date"), PlanOrder.REVIEW_DATE),
                            (translate("PlanListPage", "Last saved"), PlanOrder.UPDATED)):
            self.order.addItem(text, order)
        self.notice = NoticeBar()
        self.table = self._make_table()
        self.count = plain_label(wrap=False)
        self.count.setAccessibleDescription(translate("PlanListPage", "Number of plans"))
        self.open_button = QPushButton(translate("PlanListPage", "&Open plan"))
        self.new_button = QPushButton(translate("PlanListPage", "&New plan"))
        self.share_button = QPushButton(translate("PlanListPage", "S&hare or issue card…"))
        self.copy_button = QPushButton(translate("PlanListPage", "Person's cop&y"))
        self.copy_button.setToolTip(translate("PlanListPage",
                                              "Save the person's own plain-language copy of their plan as a PDF"))
        self.ledger_button = QPushButton(translate("PlanListPage", "Sharing recor&d"))
        self.ledger_button.setToolTip(translate("PlanListPage",
                                                "What was shared from this person's plan, with whom and why"))
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._connect()
        self._apply_permissions(session)
        self.refresh()

    def _make_table(self) -> PlanTable:
        table = PlanTable()
        table.setModel(self.model)
        table.setAccessibleName(translate("PlanListPage", "Plans"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        metrics = table.fontMetrics()
        overdue = translate("formatting", "{date} (overdue)").format(date="00/00/0000")
        due = translate("formatting", "{date} (due soon)").format(date="00/00/0000")
        review = max(overdue, due, key=metrics.horizontalAdvance)  # as wide as the translation needs
        samples = ["Mmmmmmmmmmm, Mmmmmmmm", "999 999 9999", "00/00/0000", "MM00 0MM", review,
                   status_label("superseded"), "Version", "00/00/0000 00:00"]
        style = header.style()
        header_room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + \
            style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)  # the sort arrow
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")  # may be translated
            table.setColumnWidth(column, max(metrics.horizontalAdvance(sample) + metrics.horizontalAdvance("MM"),
                                             header.fontMetrics().horizontalAdvance(title) + header_room))
        table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.6))
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(translate("PlanListPage", "Crisis plans"), 1.4))
        top.addStretch(1)
        top.addWidget(self.overview)
        controls = QHBoxLayout()
        controls.addWidget(buddy_label(translate("PlanListPage", "Se&arch:"), self.search))
        controls.addWidget(self.search, 3)
        controls.addWidget(buddy_label(translate("PlanListPage", "Sho&w:"), self.filter))
        controls.addWidget(self.filter, 1)
        controls.addWidget(buddy_label(translate("PlanListPage", "So&rt by:"), self.order))
        controls.addWidget(self.order, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.share_button)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.ledger_button)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.order)
        self.setTabOrder(self.order, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.share_button)
        self.setTabOrder(self.share_button, self.copy_button)
        self.setTabOrder(self.copy_button, self.ledger_button)
        self.setTabOrder(self.ledger_button, self.new_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self.apply_query)
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.order.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.overview.filter_chosen.connect(self.set_filter)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.open_requested.connect(self.open_current)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.model.failed.connect(lambda text: self.notice.show_message(text, "problem"))
        self.model.refreshed.connect(self._after_refresh)
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.open_button.clicked.connect(self.open_current)
        self.new_button.clicked.connect(self.new_requested)
        self.share_button.clicked.connect(self._share_current)
        self.copy_button.clicked.connect(lambda: self._emit_current(self.person_copy_requested))
        self.ledger_button.clicked.connect(lambda: self._emit_current(self.ledger_requested))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    def _apply_permissions(self, session: Session) -> None:
        self.new_button.setVisible(session.can(Permission.EDIT_PLAN))
        self.share_button.setVisible(session.can(Permission.ISSUE_CARD))
        self.copy_button.setVisible(session.can(Permission.ISSUE_CARD))
        self.ledger_button.setVisible(session.can(Permission.VIEW_LEDGER))
        self.open_button.setEnabled(session.can(Permission.VIEW_PLAN))
        if not session.can(Permission.VIEW_PLAN):
            self.open_button.setToolTip(translate("PlanListPage", "Your role does not open plans"))

    # ---- queries ---------------------------------------------------------------------------
    def current_query(self) -> PlanQuery:
        return PlanQuery(self.search.text().strip(), PlanFilter(self.filter.currentData()),
                         PlanOrder(self.order.currentData()), self._today)

    def apply_query(self) -> None:
        self._timer.stop()
        self.notice.clear()
        self.model.set_query(self.current_query())
        announce(self.count, self.count.text())  # "3 plans" after a search or a filter change

    def _search_now(self) -> None:
        self.apply_query()
        if self.model.rowCount() > 0:
            self.table.setFocus()

    def set_filter(self, plan_filter: PlanFilter) -> None:
        index = self.filter.findData(plan_filter)
        if index >= 0:
            self.filter.setCurrentIndex(index)

    def refresh(self, keep: int | None = None) -> None:
        """Re-read the list and the overview (after a save, on showing the page). The selection stays
        on the plan the user was on (or on `keep`), so the next "Share" acts on the same person."""
        self._keep = keep if keep is not None else self.current_plan_id()
        self.overview.refresh(self._session, self._today)
        self.model.refresh()
        self._keep = None

    def _header_clicked(self, column: int) -> None:
        if PlanTableModel.sortable(column):
            self.model.sort(column)
            index = self.order.findData(self.model.query.order)
            self.order.blockSignals(True)
            self.order.setCurrentIndex(index)
            self.order.blockSignals(False)
        self._sync_sort_indicator()

    def _sync_sort_indicator(self) -> None:
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)

    def _after_refresh(self) -> None:
        self._sync_sort_indicator()
        self._show_count()
        if self.model.rowCount() > 0:
            kept = self.model.row_of(self._keep) if self._keep is not None else -1
            index = self.model.index(max(kept, 0), 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = translate("PlanListPage", "No plans match.") if self.current_query().search or \
                self.current_query().plan_filter is not PlanFilter.ALL else translate("PlanListPage", "No plans yet.")
        elif shown < total:
            text = translate("PlanListPage", "Showing {shown} of {total} plans (scroll for more)").format(shown=shown,
                                                                                                          total=total)
        else:
            text = translate("PlanListPage", "%n plan(s)", "", total)
        self.count.setText(text)

    # ---- opening ---------------------------------------------------------------------------
    def current_plan_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.plan_id(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None or self._session is None:
            self.notice.show_message(translate("PlanListPage", "Choose a plan in the list first."), "info")
            return
        try:
            self._session.require(Permission.VIEW_PLAN)
        except PermissionDenied as exc:
            self.notice.show_message(error_text(exc), "problem")
            return
        self.open_requested.emit(plan_id)

    def _share_current(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            self.notice.show_message(translate("PlanListPage", "Choose a plan in the list first."), "info")
            return
        self.share_requested.emit(plan_id)

    def _emit_current(self, signal: SignalInstance) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            self.notice.show_message(translate("PlanListPage", "Choose a plan in the list first."), "info")
            return
        signal.emit(plan_id)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._session = None
        self.model.clear()
        self.search.clear()
        self._timer.stop()
        self.overview.refresh(None)
        self.notice.clear()
        self.count.clear()
