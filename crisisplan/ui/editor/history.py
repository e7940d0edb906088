"""Plan history: every saved version, what changed between any two, and restoring an older
version as a new one (nothing is ever overwritten)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crisisplan.services.errors import ServiceError, StoreError
from crisisplan.services.plans import compare_versions, plan_history, restore_version
from crisisplan.services.session import Session
from crisisplan.ui.editor import prompts
from crisisplan.ui.editor.common import STYLE, heading, plain_label
from crisisplan.ui.editor.focus import apply_tab_order
from crisisplan.ui.editor.history_models import ChangeTableModel, VersionRow, VersionTableModel
from crisisplan.ui.errors import error_text
from crisisplan.ui.i18n import translate


def _table(model: VersionTableModel | ChangeTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class HistoryDialog(QDialog):
    version_restored = Signal(int)

    def __init__(self, session: Session, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._plan_id = plan_id
        self.setWindowTitle(translate("Editor", "Plan history"))
        self.setStyleSheet(STYLE)
        self.versions = VersionTableModel(parent=self)
        self.changes = ChangeTableModel(parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Editor", "Versions of this plan")))
        layout.addWidget(plain_label(translate("Editor",
                                               "Every save is kept. Choose a version to see what changed since the "
                                        "one before it, or compare any two."), role="description"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.version_view = _table(self.versions, translate("Editor", "Versions"), splitter)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        compare = QHBoxLayout()
        self.old_combo = QComboBox(right)
        self.old_combo.setAccessibleName(translate("Editor", "Compare from version"))
        self.new_combo = QComboBox(right)
        self.new_combo.setAccessibleName(translate("Editor", "Compare to version"))
        compare.addWidget(plain_label(translate("Editor", "What changed from version"), wrap=False))
        compare.addWidget(self.old_combo)
        compare.addWidget(plain_label(translate("Editor", "to version"), wrap=False))
        compare.addWidget(self.new_combo)
        compare.addStretch(1)
        right_layout.addLayout(compare)
        self.summary = plain_label("")
        self.summary.setAccessibleName(translate("Editor", "Comparison summary"))
        right_layout.addWidget(self.summary)
        self.change_view = _table(self.changes, translate("Editor", "Changes between the two versions"), right)
        self.change_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(self.change_view, 1)
        splitter.addWidget(self.version_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.status = plain_label("")
        buttons.addWidget(self.status, 1)
        self.restore_button = QPushButton(translate("Editor", "Restore this version…"), self)
        self.restore_button.setAccessibleName(translate("Editor", "Restore the chosen version as a new version"))
        self.close_button = QPushButton(translate("Editor", "Close"), self)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)
        self.restore_button.clicked.connect(self.restore_selected)
        self.old_combo.currentIndexChanged.connect(self._compare)
        self.new_combo.currentIndexChanged.connect(self._compare)
        self.version_view.selectionModel().selectionChanged.connect(self._selected)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().lineSpacing() * 34)
        self.reload()
        apply_tab_order(self)
        self.version_view.setFocus()

    def reload(self) -> None:
        try:
            rows = [VersionRow(int(v.version), str(v.created_at), str(v.author), v.note)
                    for v in plan_history(self._session, self._plan_id)]
        except (ServiceError, StoreError) as exc:
            self.status.setText(error_text(exc))
            rows = []
        self.versions.set_rows(rows)
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
            for row in sorted(rows, key=lambda r: r.version):
                combo.addItem(translate("Editor", "Version {n}").format(n=row.version), row.version)
            combo.blockSignals(False)
        if rows:
            self.version_view.selectRow(0)
        self._update_restore()

    def _selected(self, _selected: QItemSelection | None = None, _old: QItemSelection | None = None) -> None:
        chosen = self.selected_version()
        if chosen is not None:
            self.show_comparison(chosen - 1 if chosen > 1 else chosen, chosen)
        self._update_restore()

    def selected_version(self) -> int | None:
        rows = self.version_view.selectionModel().selectedRows()
        return self.versions.row_at(rows[0].row()).version if rows else None

    def show_comparison(self, old: int, new: int) -> None:
        for combo, version in ((self.old_combo, old), (self.new_combo, new)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(version))
            combo.blockSignals(False)
        self._compare()

    def _compare(self) -> None:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if not isinstance(old, int) or not isinstance(new, int):
            return
        if old == new:
            self.changes.set_changes([])
            self.summary.setText(translate("Editor", "This is the first version.") if new == 1 else
                                 translate("Editor", "Choose two different versions to compare."))
            return
        try:
            found = compare_versions(self._session, self._plan_id, old, new)
        except (ServiceError, StoreError) as exc:
            self.changes.set_changes([])
            self.summary.setText(error_text(exc))
            return
        self.changes.set_changes(found)
        count = len(found)
        self.summary.setText(translate("Editor", "No differences.") if count == 0 else
                             translate("Editor", "1 change.") if count == 1
                             else translate("Editor", "{n} changes.").format(n=count))
        self.change_view.resizeRowsToContents()

    def _update_restore(self) -> None:
        chosen = self.selected_version()
        rows = self.versions.rows()
        latest = rows[0].version if rows else None
        self.restore_button.setEnabled(chosen is not None and chosen != latest)

    def restore_selected(self) -> None:
        chosen = self.selected_version()
        if chosen is None:
            return
        if not prompts.confirm(self, translate("Editor", "Restore version"),
                               translate("Editor",
                                         "Make version {n} the current plan again? It is saved as a new version; "
                                  "every later version stays in the history.").format(n=chosen),
                               translate("Editor", "Restore version {n}").format(n=chosen)):
            return
        try:
            saved = restore_version(self._session, self._plan_id, chosen)
        except (ServiceError, StoreError) as exc:
            prompts.inform(self, translate("Editor", "Not restored"), error_text(exc), error=True)
            return
        self.reload()
        self.status.setText(translate("Editor", "Version {old} was restored as version {new}.").format(old=chosen,
                                                                                                       new=saved.version))
        self.version_restored.emit(saved.version)
