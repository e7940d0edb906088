"""One editor widget per kind of field. Each holds the field's *raw* value (JSON types, possibly
invalid while the user is typing), emits `changed` on every edit, and never emits it when the
value is set by code (`set_raw`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crisisplan.forms.fields import Choice
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.ui.editor.common import set_style_flag
from crisisplan.ui.editor.spec import FieldSpec, Kind
from crisisplan.ui.i18n import translate, translate_marked

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


def parse_typed_date(text: str) -> date | None:
    """The date a person typed: dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, ddmmyyyy) or
    yyyy-mm-dd. None when it is not a real date; nothing is ever "corrected" into another date."""
    text = text.strip()
    match = _DMY.fullmatch(text) or _DIGITS.fullmatch(text)
    try:
        if match:
            return date(int(match["y"]), int(match["m"]), int(match["d"]))
        return date.fromisoformat(text) if _ISO.fullmatch(text) else None
    except ValueError:
        return None


_DMY = re.compile(r"(?P<d>\d{1,2})[/.\- ](?P<m>\d{1,2})[/.\- ](?P<y>\d{4})")
_DIGITS = re.compile(r"(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


class DateField(QWidget):
    """An optional date, typed as dd/mm/yyyy; empty means "not set".

    A typed date is read whole when typing is done and kept exactly as typed: a date that does not
    exist (31/02/2026) is reported next to the field, never silently turned into another date (a
    sectioned QDateEdit clamps the day to the month shown while typing). The button fills in today
    or clears the field."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(translate("Editor", "dd/mm/yyyy"))
        self.date_edit.setMaxLength(10)
        self.date_edit.setAccessibleName(title)
        self.date_edit.setAccessibleDescription(translate("Editor",
                                                          "A date written as dd/mm/yyyy, or empty if not known"))
        width = self.date_edit.fontMetrics().horizontalAdvance("00/00/00000") + 16
        self.date_edit.setMinimumWidth(width)
        self.date_edit.setMaximumWidth(width * 2)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.button = QPushButton(self)
        self._title = title
        layout.addWidget(self.date_edit)
        layout.addWidget(self.button)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.date_edit.textEdited.connect(self._edited)
        self.date_edit.editingFinished.connect(self._tidy)
        self.button.clicked.connect(self._toggle)
        self._show_state()

    def is_set(self) -> bool:
        return bool(self.date_edit.text().strip())

    def value(self) -> date | None:
        return parse_typed_date(self.date_edit.text())

    def _show_state(self) -> None:
        is_set = self.is_set()
        self.button.setText(translate("Editor", "Clear date") if is_set else translate("Editor", "Today"))
        self.button.setAccessibleName((translate("Editor", "Clear {title}") if is_set else translate("Editor",
                                                                                                     "Set {title} to "
                                                                                                     "today"))
                                      .format(title=self._title))
        bad = is_set and self.value() is None
        self.note.setText(translate("Editor",
                                    "Not a real date: write it as dd/mm/yyyy, for example 07/03/1990") if bad else "")
        self.note.setVisible(bad)

    def _edited(self) -> None:
        self._show_state()
        self.changed.emit()

    def _tidy(self) -> None:
        """Once typing is done, show a real date in the one standard form (dd/mm/yyyy)."""
        day = self.value()
        if day is not None and self.date_edit.text() != f"{day:%d/%m/%Y}":
            self.date_edit.setText(f"{day:%d/%m/%Y}")
        self._show_state()

    def _toggle(self) -> None:
        if self.is_set():
            self.date_edit.clear()
            self.button.setFocus()
        else:
            self.date_edit.setText(f"{date.today():%d/%m/%Y}")
            self.date_edit.setFocus()
            self.date_edit.selectAll()
        self._show_state()
        self.changed.emit()

    def raw(self) -> str | None:
        """ISO date; None when empty; the typed text itself when it is not a date (so validation
        reports it next to this field instead of saving something else)."""
        if not self.is_set():
            return None
        day = self.value()
        return day.isoformat() if day is not None else self.date_edit.text().strip()

    def set_raw(self, value: Any) -> None:
        text = ""
        if isinstance(value, str) and value:
            try:
                text = f"{date.fromisoformat(value):%d/%m/%Y}"
            except ValueError:
                text = value
        self.date_edit.blockSignals(True)
        self.date_edit.setText(text)
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
        self.setSpecialValueText(translate("Editor", "Not recorded"))
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


def choice_options(choice: type[Choice], optional: bool, required: bool = False) -> list[tuple[str, Any]]:
    """The drop-down's entries: "Not recorded" for an optional choice, "Choose…" (a problem until
    something is chosen) for a required one, nothing extra when the field has a default."""
    options: list[tuple[str, Any]] = [(translate("Editor", "Not recorded"), None)] if optional else \
        [(translate("Editor", "Choose…"), None)] if required else []
    options.extend((translate_marked(label), member.value) for member, label in choice.options())
    return options


NUMBER_OVERRIDES: dict[str, dict[str, Any]] = {
    "later_attorney": {
        "offset": 1, "prefix": QT_TRANSLATE_NOOP("Editor", "Entry "),
        "description": QT_TRANSLATE_NOOP("Editor", "Which entry in the list of lasting powers of attorney and "
                                                   "nominated people below gives authority over this treatment, "
                                                   "if any."),
    },
}
"""Numbers the user should not see counted from 0 (the advance decision's link to an attorney)."""


def field_description(spec: FieldSpec) -> str | None:
    """The field's help text as shown (translated; some model descriptions are for files only)."""
    override = NUMBER_OVERRIDES.get(spec.name, {}).get("description") if spec.kind is Kind.NUMBER else None
    if override:
        return translate_marked(override)
    return translate_marked(spec.description) if spec.description else None


def make_editor(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor widget for one field (sections and lists are built by the form builder)."""
    title = translate_marked(spec.title)
    editor: FieldEditor
    if spec.kind is Kind.SHORT_TEXT:
        editor = ShortTextEdit(parent)
    elif spec.kind is Kind.LONG_TEXT:
        editor = LongTextEdit(parent)
    elif spec.kind is Kind.FLAG:
        editor = FlagEdit(title, parent)
    elif spec.kind is Kind.YES_NO_UNKNOWN:
        editor = OptionsEdit([(translate("Editor", "Not recorded"), None), (translate("Editor", "Yes"), True),
                              (translate("Editor", "No"), False)], parent)
    elif spec.kind is Kind.DATE:
        editor = DateField(title, parent)
    elif spec.kind is Kind.CHOICE and spec.choice is not None:
        editor = OptionsEdit(choice_options(spec.choice, spec.optional, spec.required), parent)
    elif spec.kind is Kind.NUMBER:
        extra = NUMBER_OVERRIDES.get(spec.name, {})
        editor = NumberEdit(spec.minimum, spec.maximum, offset=extra.get("offset", 0),
                            prefix=translate_marked(extra.get("prefix", "")), parent=parent)
    else:
        raise TypeError(f"No field editor for {spec.kind}")
    editor.setAccessibleName(title)
    description = field_description(spec)
    if description:
        editor.setAccessibleDescription(description)
    if spec.own_words and isinstance(editor, ShortTextEdit | LongTextEdit):
        set_style_flag(editor, "ownWords", True)
        own = translate("Editor", "In the person's own words.")
        editor.setAccessibleDescription(f"{own} {description}" if description else own)
    return editor


def mark_problem(editor: QWidget, has_problem: bool) -> None:
    target = editor.date_edit if isinstance(editor, DateField) else editor
    set_style_flag(target, "problem", has_problem)
