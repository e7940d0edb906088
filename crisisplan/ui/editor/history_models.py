"""Table models for the history dialog: the plan's versions, and what changed between two."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crisisplan.forms.diff import Change
from crisisplan.forms.fields import long_date
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.ui.i18n import translate, translate_marked

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class VersionRow:
    version: int
    created_at: str
    author: str
    note: str | None


def when(created_at: str) -> str:
    """A stored UTC time as local date and time in plain words."""
    try:
        moment = datetime.fromisoformat(created_at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return created_at
    return f"{long_date(moment.date())} {moment:%H:%M}"


class VersionTableModel(QAbstractTableModel):
    """The versions of one plan, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("VersionTableModel", "Version"), QT_TRANSLATE_NOOP("VersionTableModel", "Saved"),
               QT_TRANSLATE_NOOP("VersionTableModel", "By"), QT_TRANSLATE_NOOP("VersionTableModel", "Note"))

    def __init__(self, rows: Sequence[VersionRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = sorted(rows, key=lambda r: r.version, reverse=True)

    def set_rows(self, rows: Sequence[VersionRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.version, reverse=True)
        self.endResetModel()

    def row_at(self, row: int) -> VersionRow:
        return self._rows[row]

    def rows(self) -> list[VersionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return str(row.version)
        if column == 1:
            return when(row.created_at)
        if column == 2:
            return row.author
        if column == 3:
            return row.note or ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return translate_marked(self.HEADERS[section])
        return None


class ChangeTableModel(QAbstractTableModel):
    """Changes between two versions: what changed, before and after (as plain text)."""

    HEADERS = (QT_TRANSLATE_NOOP("ChangeTableModel", "What changed"), QT_TRANSLATE_NOOP("ChangeTableModel", "Before"),
               QT_TRANSLATE_NOOP("ChangeTableModel", "After"))

    def __init__(self, changes: Sequence[Change] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._changes = list(changes)

    def set_changes(self, changes: Sequence[Change]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def changes(self) -> list[Change]:
        return list(self._changes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        change = self._changes[index.row()]
        column = index.column()
        if column == 0:
            return " › ".join(translate_marked(part) for part in change.label.split(" › "))
        if column in (1, 2):
            value = change.before if column == 1 else change.after
            return translate("Editor", "(not recorded)") if value is None else value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return translate_marked(self.HEADERS[section])
        return None
