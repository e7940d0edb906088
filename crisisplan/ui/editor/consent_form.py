"""The consent page's form: for one recipient at a time, each item of information with the
person's answer (given / refused / not asked) and what they said, in their own words.

It keeps every consent record of the plan (for all recipients) as raw data and edits the chosen
recipient's records in place; a record set back to "not asked" with nothing said is removed
(no record means not asked). Records keep who recorded them and when (UTC).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import ITEMS, Item
from crisisplan.ui.editor.builder import ProblemLabel, Token
from crisisplan.ui.editor.common import plain_label, set_style_flag
from crisisplan.ui.editor.fields import OptionsEdit, ShortTextEdit
from crisisplan.ui.i18n import translate, translate_marked

if TYPE_CHECKING:
    from crisisplan.ui.editor.builder import Node


class ConsentRow:
    """The widgets of one item's row (a problem shown under it)."""

    def __init__(self, item: Item, parent: QWidget) -> None:
        self.item = item
        label = translate_marked(ITEMS[item].label)
        self.label = plain_label(label, parent=parent)
        self.status = OptionsEdit([(translate_marked(text), member.value) for member, text in ConsentStatus.options()],
                                  parent)
        self.status.setAccessibleName(translate("Editor", "Consent for {item}").format(item=label))
        self.words = ShortTextEdit(parent)
        self.words.setAccessibleName(translate("Editor", "What the person said about {item}").format(item=label))
        self.words.setPlaceholderText(translate("Editor", "What the person said (optional)"))
        set_style_flag(self.words, "ownWords", True)
        self.problem = ProblemLabel(parent)
        self.label.setBuddy(self.status)

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.status, self.words):
            widget.setVisible(visible)
        if not visible:
            self.problem.setVisible(False)

    def set_problem(self, message: str | None) -> None:
        self.problem.show_problem(message)
        set_style_flag(self.words, "problem", bool(message))

    def clear_problems(self) -> None:
        self.set_problem(None)

    def locate(self, tokens: Sequence[Token]) -> ConsentRow:
        return self

    def focus_target(self) -> QWidget:
        return self.words


class ConsentForm(QWidget):
    changed = Signal()
    structure_changed = Signal()

    def __init__(self, recipients: Mapping[str, str], granted: Mapping[str, frozenset[Item]],
                 username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recipients = dict(recipients)
        self._granted = dict(granted)
        self._username = username
        self._records: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        who = plain_label(translate("Editor", "Sharing with:"), wrap=False)
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(translate("Editor", "Recipient"))
        who.setBuddy(self.recipient)
        top.addWidget(who)
        top.addWidget(self.recipient, 1)
        layout.addLayout(top)
        self.show_all = QCheckBox(translate("Editor", "Also show information the local protocol never sends to this "
                                     "recipient"), self)
        layout.addWidget(self.show_all)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        grid = QGridLayout()
        for column, text in enumerate((translate("Editor", "Information"), translate("Editor", "The person's answer"),
                                       translate("Editor", "What the person said"))):
            header = plain_label(text, wrap=False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        self.rows: dict[Item, ConsentRow] = {}
        for index, item in enumerate(Item):
            row = ConsentRow(item, self)
            grid.addWidget(row.label, 1 + 2 * index, 0)
            grid.addWidget(row.status, 1 + 2 * index, 1)
            grid.addWidget(row.words, 1 + 2 * index, 2)
            grid.addWidget(row.problem, 2 + 2 * index, 0, 1, 3)
            grid.setRowMinimumHeight(2 + 2 * index, 0)
            row.status.changed.connect(lambda r=row: self._edited(r))
            row.words.changed.connect(lambda r=row: self._edited(r))
            self.rows[item] = row
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        layout.addLayout(grid)
        self._fill_recipients()
        self.recipient.currentIndexChanged.connect(self._show_recipient)
        self.show_all.toggled.connect(self._show_recipient)
        self._show_recipient()

    # ---- recipients -----------------------------------------------------------------------------

    def _fill_recipients(self) -> None:
        current = self.current_recipient()
        known = dict(self._recipients)
        for record in self._records:
            key = record.get("recipient")
            if isinstance(key, str) and key not in known:
                known[key] = key.replace("_", " ").capitalize()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for key, label in known.items():
            self.recipient.addItem(label, key)
        index = self.recipient.findData(current)
        self.recipient.setCurrentIndex(max(index, 0))
        self.recipient.blockSignals(False)

    def current_recipient(self) -> str | None:
        data = self.recipient.currentData() if hasattr(self, "recipient") else None
        return data if isinstance(data, str) else None

    def _show_recipient(self) -> None:
        recipient = self.current_recipient()
        granted = self._granted.get(recipient or "")
        for item, row in self.rows.items():
            record = self._record(recipient, item)
            row.status.set_raw(record.get("status") if record else ConsentStatus.NOT_ASKED.value)
            row.words.set_raw(record.get("in_own_words", "") if record else "")
            shown = granted is None or item in granted or self.show_all.isChecked() or record is not None
            row.set_visible(shown)
        self.show_all.setVisible(granted is not None)
        self.structure_changed.emit()

    # ---- records --------------------------------------------------------------------------------

    def _record(self, recipient: str | None, item: Item) -> dict[str, Any] | None:
        for record in self._records:
            if record.get("recipient") == recipient and record.get("item") == item.value:
                return record
        return None

    def _edited(self, row: ConsentRow) -> None:
        recipient = self.current_recipient()
        if recipient is None:
            return
        status, words = row.status.raw(), row.words.raw()
        record = self._record(recipient, row.item)
        if status == ConsentStatus.NOT_ASKED.value and not words.strip():
            if record is not None:
                self._records.remove(record)
        else:
            stamp = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
            if record is None:
                record = {"recipient": recipient, "item": row.item.value}
                self._records.append(record)
            record.update(status=status, in_own_words=words, recorded_by=self._username, recorded_at=stamp)
        self.changed.emit()

    def raw(self) -> dict[str, Any]:
        return {"consent": [dict(record) for record in self._records]}

    def set_raw(self, data: Mapping[str, Any]) -> None:
        records = data.get("consent")
        self._records = [dict(r) for r in records if isinstance(r, dict)] if isinstance(records, list) else []
        self._fill_recipients()
        self._show_recipient()

    # ---- problems -------------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.problem.show_problem(None)
        for row in self.rows.values():
            row.clear_problems()

    def locate(self, tokens: Sequence[Token]) -> Node | ConsentRow | None:
        if len(tokens) < 2 or tokens[0] != "consent" or not isinstance(tokens[1], int):
            return None
        if not 0 <= tokens[1] < len(self._records):
            return None
        record = self._records[tokens[1]]
        if record.get("recipient") != self.current_recipient():
            return None
        try:
            row = self.rows[Item(str(record.get("item")))]
        except ValueError:
            return None
        return row if row.label.isVisibleTo(self) else None

    def focus_target(self) -> QWidget:
        return self.recipient
