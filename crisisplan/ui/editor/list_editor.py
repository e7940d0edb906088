"""The list editor: entries of a list of sections, each a sub-form with Move up / Move down /
Remove, and an Add button. Every button is reachable by Tab and names its entry for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crisisplan.ui.editor import prompts
from crisisplan.ui.editor.builder import ProblemLabel, SectionForm, Token, WrapsSectionForm, cached_default
from crisisplan.ui.editor.common import plain_label
from crisisplan.ui.editor.spec import FieldSpec
from crisisplan.ui.i18n import translate, translate_marked

if TYPE_CHECKING:
    from crisisplan.ui.editor.builder import Node


def entry_title(model: type[BaseModel]) -> str:
    title = model.model_config.get("title")
    return translate_marked(title) if isinstance(title, str) else translate("Editor", "Entry")


class EntryBox(WrapsSectionForm, QFrame):
    """One entry: a header with its number and buttons, a note, its problem and its form."""

    changed = Signal()
    structure_changed = Signal()

    def __init__(self, model: type[BaseModel], owner: ListEditor) -> None:
        super().__init__(owner)
        self.setProperty("role", "entry")
        self._owner = owner
        self._kind = entry_title(model)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = plain_label("", wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        self.up = QPushButton(translate("Editor", "Move up"), self)
        self.down = QPushButton(translate("Editor", "Move down"), self)
        self.remove = QPushButton(translate("Editor", "Remove"), self)
        for button in (self.up, self.down, self.remove):
            header.addWidget(button)
        layout.addLayout(header)
        self.note = plain_label("", role="check")
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.form = SectionForm(model, self)
        layout.addWidget(self.form)
        self.up.clicked.connect(lambda: owner.move_entry(self, -1))
        self.down.clicked.connect(lambda: owner.move_entry(self, 1))
        self.remove.clicked.connect(lambda: owner.remove(self))
        self.form.changed.connect(self.changed)
        self.form.structure_changed.connect(self.structure_changed)

    def set_position(self, index: int, count: int) -> None:
        name = f"{self._kind} {index + 1}"
        self.title.setText(name)
        self.setAccessibleName(name)
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)
        self.up.setAccessibleName(translate("Editor", "Move {entry} up").format(entry=name))
        self.down.setAccessibleName(translate("Editor", "Move {entry} down").format(entry=name))
        self.remove.setAccessibleName(translate("Editor", "Remove {entry}").format(entry=name))

    def set_note(self, text: str, *, ok: bool = False) -> None:
        """A note shown above the entry's fields (e.g. what an advance decision is missing)."""
        self.note.setText(text)
        self.note.setProperty("role", "ok" if ok else "check")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setVisible(bool(text))



def scroll_into_view(entry: QWidget, target: QWidget) -> None:
    """Scroll the page so the new entry (at least its first field) is visible."""
    parent = entry.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        QApplication.processEvents()  # let the layout place the new entry first
        parent.ensureWidgetVisible(entry, 20, 20)
        parent.ensureWidgetVisible(target, 20, 40)


class ListEditor(QGroupBox):
    changed = Signal()
    structure_changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, framed: bool = True) -> None:
        super().__init__(translate_marked(spec.title) if framed else "", parent)
        assert spec.model is not None
        self.model = spec.model
        self.max_items = spec.max_items
        self.setAccessibleName(translate_marked(spec.title))
        if not framed:
            self.setFlat(True)
            self.setObjectName("bare")
        self.entries: list[EntryBox] = []
        layout = QVBoxLayout(self)
        if not framed:
            layout.setContentsMargins(0, 0, 0, 0)
        if spec.description:
            layout.addWidget(plain_label(translate_marked(spec.description), role="description"))
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.empty = plain_label(translate("Editor", "Nothing recorded yet."), role="description")
        layout.addWidget(self.empty)
        self._entries_layout = QVBoxLayout()
        layout.addLayout(self._entries_layout)
        title = entry_title(self.model)
        kind = title[:1].lower() + title[1:]  # "person I care for", never "person i care for"
        article = "an" if kind[:1] in "aeio" else "a"
        self.add_button = QPushButton(translate("Editor", "Add {article} {entry}").format(article=article, entry=kind),
                                      self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(self.add_entry)
        self._refresh()

    # ---- data -----------------------------------------------------------------------------------

    def raw(self) -> list[dict[str, Any]]:
        return [entry.raw() for entry in self.entries]

    def set_raw(self, value: Any) -> None:
        values = [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
        while len(self.entries) > len(values):
            self._drop(self.entries[-1])
        while len(self.entries) < len(values):
            self._append()
        for entry, data in zip(self.entries, values, strict=True):
            entry.set_raw(data)
        self._refresh()
        self.structure_changed.emit()

    # ---- user actions ---------------------------------------------------------------------------

    def add_entry(self) -> EntryBox | None:
        if self.max_items is not None and len(self.entries) >= self.max_items:
            return None
        entry = self._append()
        entry.set_raw(cached_default(self.model))
        entry.show()
        self._refresh()
        self.structure_changed.emit()
        self.changed.emit()
        target = entry.focus_target()
        target.setFocus()
        scroll_into_view(entry, target)  # a new entry below the visible area is brought into view
        return entry

    def remove(self, entry: EntryBox) -> None:
        index = self.entries.index(entry)
        name = entry.title.text()
        if entry.raw() != cached_default(self.model) and not prompts.confirm(
                self, translate("Editor", "Remove entry"),
                translate("Editor", "Remove {entry}? What is written in it will be removed from the plan when you "
                   "save.").format(entry=name), translate("Editor", "Remove")):
            return
        self._drop(entry)
        self._refresh()
        self.structure_changed.emit()
        self.changed.emit()
        if self.entries:
            self.entries[min(index, len(self.entries) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()

    def move_entry(self, entry: EntryBox, delta: int) -> None:
        index = self.entries.index(entry)
        other = index + delta
        if not 0 <= other < len(self.entries):
            return
        first, second = entry.raw(), self.entries[other].raw()
        entry.set_raw(second)
        self.entries[other].set_raw(first)
        self._refresh()
        self.changed.emit()
        target = self.entries[other]
        same, opposite = (target.up, target.down) if delta < 0 else (target.down, target.up)
        (same if same.isEnabled() else opposite).setFocus()

    # ---- helpers --------------------------------------------------------------------------------

    def _append(self) -> EntryBox:
        entry = EntryBox(self.model, self)
        entry.changed.connect(self.changed)
        entry.structure_changed.connect(self.structure_changed)
        self.entries.append(entry)
        self._entries_layout.addWidget(entry)
        return entry

    def _drop(self, entry: EntryBox) -> None:
        self.entries.remove(entry)
        self._entries_layout.removeWidget(entry)
        entry.hide()
        entry.deleteLater()

    def _refresh(self) -> None:
        count = len(self.entries)
        for index, entry in enumerate(self.entries):
            entry.set_position(index, count)
        self.empty.setVisible(count == 0)
        full = self.max_items is not None and count >= self.max_items
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(translate("Editor", "The list is full.") if full else "")

    def set_problem(self, message: str | None) -> None:
        self.problem.show_problem(message)

    def clear_problems(self) -> None:
        self.problem.show_problem(None)
        for entry in self.entries:
            entry.clear_problems()

    def locate(self, tokens: Sequence[Token]) -> Node | None:
        if not tokens:
            return self
        head, *rest = tokens
        if isinstance(head, int) and 0 <= head < len(self.entries):
            return self.entries[head].locate(rest)
        return None

    def focus_target(self) -> QWidget:
        return self.entries[0].focus_target() if self.entries else self.add_button
