"""One editor widget per kind of field. Each holds the field's *raw* value (JSON types, possibly
invalid while the user is typing), emits `changed` on every edit, and never emits it when the
value is set by code (`set_raw`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crisisplan.forms.fields import MAX_DATE, MIN_DATE, Choice
from crisisplan.ui.editor.common import set_style_flag, tr, tr_form
from crisisplan.ui.editor.spec import FieldSpec, Kind

LONG_TEXT_LINES = 4


class ShortTextEdit(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)

    def raw(self) -> str:
        return self.text()

    def set_raw(self, value: Any) -> None:
        self.blockSignals(True)
        self.setText(value if isinstance(value, str) else "")
        self.blockSignals(False)


class LongTextEdit(QPlainTextEdit):
    """Several lines of text; Tab moves on to the next field (keyboard users are never trapped)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.changed)
        self._fit_height()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin() * 2)
        lines = self.fontMetrics().lineSpacing() * LONG_TEXT_LINES
        self.setFixedHeight(lines + doc_margin + margins.top() + margins.bottom() + 6)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def raw(self) -> str:
        return self.toPlainText()

    def set_raw(self, value: Any) -> None:
        self.blockSignals(True)
        self.setPlainText(value if isinstance(value, str) else "")
        self.blockSignals(False)


class FlagEdit(QCheckBox):
    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.toggled.connect(self.changed)

    def raw(self) -> bool:
        return self.isChecked()

    def set_raw(self, value: Any) -> None:
        self.blockSignals(True)
        self.setChecked(value is True)
        self.blockSignals(False)


class OptionsEdit(QComboBox):
    """A drop-down of labelled options; `None` is "Not recorded" where the field is optional."""

    changed = Signal()

    def __init__(self, options: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for label, value in options:
            self.addItem(label, value)
        self.currentIndexChanged.connect(self.changed)

    def raw(self) -> Any:
        return self.currentData()

    def set_raw(self, value: Any) -> None:
        index = next((i for i in range(self.count()) if self.itemData(i) == value), 0)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)


class DateField(QWidget):
    """An optional date: a date edit that shows "Not set" until the user sets a date."""

    changed = Signal()
    NOT_SET = QDate(MIN_DATE.year - 1, 12, 31)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(self.NOT_SET, QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day))
        self.date_edit.setSpecialValueText(tr("Not set"))
        self.date_edit.setDate(self.NOT_SET)
        self.date_edit.setAccessibleName(title)
        self.button = QPushButton(self)
        self._title = title
        layout.addWidget(self.date_edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.button.clicked.connect(self._toggle)
        self._show_state()

    def is_set(self) -> bool:
        return self.date_edit.date() != self.NOT_SET

    def _show_state(self) -> None:
        is_set = self.is_set()
        self.date_edit.setEnabled(is_set)
        self.button.setText(tr("Clear date") if is_set else tr("Set date"))
        self.button.setAccessibleName((tr("Clear {title}") if is_set else tr("Set {title}"))
                                      .format(title=self._title))

    def _date_changed(self) -> None:
        self._show_state()
        self.changed.emit()

    def _toggle(self) -> None:
        if self.is_set():
            self.date_edit.setDate(self.NOT_SET)
            self.button.setFocus()
        else:
            self.date_edit.setDate(QDate.currentDate())
            self.date_edit.setFocus()

    def raw(self) -> str | None:
        if not self.is_set():
            return None
        return self.date_edit.date().toString("yyyy-MM-dd")

    def set_raw(self, value: Any) -> None:
        parsed = self.NOT_SET
        if isinstance(value, str):
            try:
                day = date.fromisoformat(value)
                parsed = QDate(day.year, day.month, day.day)
            except ValueError:
                parsed = self.NOT_SET
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(parsed)
        self.date_edit.blockSignals(False)
        self._show_state()


class NumberEdit(QSpinBox):
    """An optional whole number; one below the minimum shows "Not recorded". `offset` shifts what
    is shown (an index counted from 0 is shown counting from 1)."""

    changed = Signal()

    def __init__(self, minimum: int, maximum: int, *, offset: int = 0, prefix: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offset = offset
        self.setRange(minimum + offset - 1, maximum + offset)
        self.setSpecialValueText(tr("Not recorded"))
        self.setPrefix(prefix)
        self.setValue(self.minimum())
        self.valueChanged.connect(self.changed)

    def raw(self) -> int | None:
        return None if self.value() == self.minimum() else self.value() - self._offset

    def set_raw(self, value: Any) -> None:
        shown = value + self._offset if isinstance(value, int) and not isinstance(value, bool) else None
        self.blockSignals(True)
        self.setValue(self.minimum() if shown is None else shown)
        self.blockSignals(False)


FieldEditor = ShortTextEdit | LongTextEdit | FlagEdit | OptionsEdit | DateField | NumberEdit


def choice_options(choice: type[Choice], optional: bool) -> list[tuple[str, Any]]:
    options: list[tuple[str, Any]] = [(tr("Not recorded"), None)] if optional else []
    options.extend((tr_form(label), member.value) for member, label in choice.options())
    return options


NUMBER_OVERRIDES: dict[str, dict[str, Any]] = {
    "later_attorney": {
        "offset": 1, "prefix": "Entry ",
        "description": "Which entry in the list of lasting powers of attorney and nominated people "
                       "below gives authority over this treatment, if any.",
    },
}
"""Numbers the user should not see counted from 0 (the advance decision's link to an attorney)."""


def field_description(spec: FieldSpec) -> str | None:
    """The field's help text as shown (translated; some model descriptions are for files only)."""
    override = NUMBER_OVERRIDES.get(spec.name, {}).get("description") if spec.kind is Kind.NUMBER else None
    if override:
        return tr(str(override))
    return tr_form(spec.description) if spec.description else None


def make_editor(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor widget for one field (sections and lists are built by the form builder)."""
    title = tr_form(spec.title)
    editor: FieldEditor
    if spec.kind is Kind.SHORT_TEXT:
        editor = ShortTextEdit(parent)
    elif spec.kind is Kind.LONG_TEXT:
        editor = LongTextEdit(parent)
    elif spec.kind is Kind.FLAG:
        editor = FlagEdit(title, parent)
    elif spec.kind is Kind.YES_NO_UNKNOWN:
        editor = OptionsEdit([(tr("Not recorded"), None), (tr("Yes"), True), (tr("No"), False)], parent)
    elif spec.kind is Kind.DATE:
        editor = DateField(title, parent)
    elif spec.kind is Kind.CHOICE and spec.choice is not None:
        editor = OptionsEdit(choice_options(spec.choice, spec.optional), parent)
    elif spec.kind is Kind.NUMBER:
        extra = NUMBER_OVERRIDES.get(spec.name, {})
        editor = NumberEdit(spec.minimum, spec.maximum, offset=extra.get("offset", 0),
                            prefix=tr(extra.get("prefix", "")), parent=parent)
    else:
        raise TypeError(f"No field editor for {spec.kind}")
    editor.setAccessibleName(title)
    description = field_description(spec)
    if description:
        editor.setAccessibleDescription(description)
    if spec.own_words and isinstance(editor, ShortTextEdit | LongTextEdit):
        set_style_flag(editor, "ownWords", True)
    return editor


def mark_problem(editor: QWidget, has_problem: bool) -> None:
    target = editor.date_edit if isinstance(editor, DateField) else editor
    set_style_flag(target, "problem", has_problem)
