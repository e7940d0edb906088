"""The form builder: a form for any section model, with one row per field, a group box per nested
section and a list editor per list of sections.

Every node of the built form has the same small interface: `raw()` / `set_raw()` for the raw data,
`changed`, `set_problem()` to show a problem next to the widget, `find()` to reach the node a
problem path names, and `focus_target()` to take the user there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from crisisplan.ui.editor.common import plain_label
from crisisplan.ui.editor.fields import DateField, FieldEditor, field_description, make_editor, mark_problem
from crisisplan.ui.editor.spec import FieldSpec, Kind, default_raw, model_specs
from crisisplan.ui.i18n import translate, translate_marked

Token = str | int
_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def split_path(path: str) -> list[Token]:
    """`medicines[2].name` -> ["medicines", 2, "name"]."""
    return [name if name else int(index) for name, index in _TOKEN.findall(path)]


@functools.cache
def cached_default(model: type[BaseModel]) -> dict[str, Any]:
    return default_raw(model)


class ProblemLabel(QLabel):
    """The plain-words problem shown under the widget that caused it.

    Its one line is always reserved, shown or not, so a problem appearing or clearing never moves
    the fields below it under the pointer (issue 8). A message too long for the line is shortened
    with "…"; the whole message is in the tooltip, the problems list and the field's accessible
    description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "problem")
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)
        self.message = ""
        self.setVisible(False)

    def show_problem(self, message: str | None) -> None:
        self.message = f"⚠ {' '.join(message.split())}" if message else ""
        self.setToolTip(self.message)
        self._fit()
        self.setVisible(bool(message))

    def _fit(self) -> None:
        width = max(self.width(), 10)
        self.setText(self.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class CharacterCounter(QLabel):
    """"120 / 2,000 characters" beside a long text's title, kept up to date while typing; it turns
    to the problem colour past the limit. Fixed width, so the title does not move."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "description")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widest = translate("Editor", "{n} / {limit} characters").format(n=f"{limit:,}", limit=f"{limit:,}")
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(widest) + 8)
        self.count(0)

    def count(self, used: int) -> None:
        self.setText(translate("Editor", "{n} / {limit} characters").format(n=f"{used:,}", limit=f"{self.limit:,}"))
        over = used > self.limit
        if bool(self.property("over")) != over:
            self.setProperty("over", over)
            self.setProperty("role", "problem" if over else "description")
            self.style().unpolish(self)
            self.style().polish(self)


class FieldRow(QWidget):
    """Title (with the own-words badge), help text, the editor and its problem."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        self.editor: FieldEditor = make_editor(spec, self)
        self.counter: CharacterCounter | None = None
        self._description: str | None = None  # the field's own description, before any problem
        if spec.kind is not Kind.FLAG:
            header = QHBoxLayout()
            self.title = plain_label(translate_marked(spec.title), wrap=True)
            self.title.setBuddy(self.editor)
            header.addWidget(self.title, 1)
            if spec.own_words:
                badge = plain_label(translate("Editor", "In the person's own words"), role="badge", wrap=False)
                badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                badge.setBuddy(self.editor)  # tied to its field; the field says so to screen readers too
                header.addWidget(badge, 0, Qt.AlignmentFlag.AlignBottom)
            if spec.kind is Kind.LONG_TEXT and spec.max_length:
                self.counter = CharacterCounter(spec.max_length, self)
                header.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
                self.editor.changed.connect(self._count)
            layout.addLayout(header)
        description = field_description(spec)
        if description and spec.kind is not Kind.FLAG:
            layout.addWidget(plain_label(description, role="description"))
        layout.addWidget(self.editor)
        if description and spec.kind is Kind.FLAG:
            layout.addWidget(plain_label(description, role="description"))
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.editor.changed.connect(self.changed)

    def raw(self) -> Any:
        return self.editor.raw()

    def set_raw(self, value: Any) -> None:
        self.editor.set_raw(value)
        self._count()

    def _count(self) -> None:
        if self.counter is not None:
            self.counter.count(len(str(self.editor.raw() or "")))

    def set_problem(self, message: str | None) -> None:
        self.problem.show_problem(message)
        mark_problem(self.editor, bool(message))
        target = self.focus_target()
        if self._description is None:
            self._description = target.accessibleDescription()
        description = self._description
        target.setAccessibleDescription(f"{message} {description}".strip() if message else description)

    def clear_problems(self) -> None:
        self.set_problem(None)

    def locate(self, tokens: Sequence[Token]) -> Node | None:
        return self if not tokens else None

    def focus_target(self) -> QWidget:
        return self.editor.date_edit if isinstance(self.editor, DateField) else self.editor


class WrapsSectionForm:
    """A node whose value, problems and focus are those of the section form it wraps (a nested
    section's group box, or one entry of a list)."""

    form: SectionForm
    problem: ProblemLabel

    def raw(self) -> dict[str, Any]:
        return self.form.raw()

    def set_raw(self, value: Any) -> None:
        self.form.set_raw(value if isinstance(value, Mapping) else {})

    def set_problem(self, message: str | None) -> None:
        self.problem.show_problem(message)

    def clear_problems(self) -> None:
        self.problem.show_problem(None)
        self.form.clear_problems()

    def locate(self, tokens: Sequence[Token]) -> Node | None:
        if tokens:
            return self.form.locate(tokens)
        return cast("Node", self)  # a SectionGroup or an EntryBox

    def focus_target(self) -> QWidget:
        return self.form.focus_target()


class SectionGroup(WrapsSectionForm, QGroupBox):
    """A nested section: a group box holding the section's own form."""

    changed = Signal()
    structure_changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(translate_marked(spec.title), parent)
        assert spec.model is not None
        self.setAccessibleName(translate_marked(spec.title))
        layout = self.box_layout = QVBoxLayout(self)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.form = SectionForm(spec.model, self)
        layout.addWidget(self.form)
        self.form.changed.connect(self.changed)
        self.form.structure_changed.connect(self.structure_changed)



class SectionForm(QWidget):
    """The form for one section model. With `bare`, a model holding a single nested section or list
    shows that section's fields (or the list) directly, without a second frame."""

    changed = Signal()
    structure_changed = Signal()

    def __init__(self, model: type[BaseModel], parent: QWidget | None = None, *, bare: bool = False) -> None:
        super().__init__(parent)
        from crisisplan.ui.editor.list_editor import ListEditor

        self.model = model
        self.nodes: dict[str, Node] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        specs = model_specs(model)
        single = bare and len(specs) == 1
        for spec in specs:
            node: Node
            if spec.kind is Kind.SECTION:
                node = BareSection(spec, self) if single else SectionGroup(spec, self)
            elif spec.kind is Kind.LIST:
                node = ListEditor(spec, self, framed=not single)
            else:
                node = FieldRow(spec, self)
            if not isinstance(node, FieldRow):
                node.structure_changed.connect(self.structure_changed)
            node.changed.connect(self.changed)
            self.nodes[spec.name] = node
            layout.addWidget(node)

    def raw(self) -> dict[str, Any]:
        return {name: node.raw() for name, node in self.nodes.items()}

    def set_raw(self, data: Mapping[str, Any]) -> None:
        defaults = cached_default(self.model)
        for name, node in self.nodes.items():
            node.set_raw(data.get(name, defaults.get(name)))

    def clear_problems(self) -> None:
        for node in self.nodes.values():
            node.clear_problems()

    def locate(self, tokens: Sequence[Token]) -> Node | None:
        if not tokens or not isinstance(tokens[0], str) or tokens[0] not in self.nodes:
            return None
        return self.nodes[tokens[0]].locate(tokens[1:])

    def focus_target(self) -> QWidget:
        first = next(iter(self.nodes.values()), None)
        return self if first is None else first.focus_target()


class BareSection(SectionGroup):
    """A nested section shown without its group frame (it is the whole page)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.setTitle("")
        self.setFlat(True)
        self.setObjectName("bare")
        self.box_layout.setContentsMargins(0, 0, 0, self.box_layout.contentsMargins().bottom())


if TYPE_CHECKING:
    from crisisplan.ui.editor.list_editor import EntryBox, ListEditor

    Node: TypeAlias = FieldRow | SectionGroup | SectionForm | ListEditor | EntryBox
