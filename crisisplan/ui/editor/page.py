"""A page of the plan editor: one or more top-level fields of the plan, built by the form builder.

Every page has the same contract (`load(section)`, `validate() -> list[Problem]`,
`dump() -> Section`). The section a page edits is a small model holding just its fields of the
plan, so problem paths are the plan's own paths (`person.nhs_number`) and map straight back onto
the widget that caused them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError, create_model
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from crisisplan.forms.fields import Section
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import Problem, problems_from_validation_error
from crisisplan.i18n import Message
from crisisplan.ui.editor.builder import ProblemLabel, SectionForm, split_path
from crisisplan.ui.editor.common import heading, plain_label
from crisisplan.ui.i18n import translate_marked

if TYPE_CHECKING:
    from crisisplan.ui.editor.consent_form import ConsentForm

CONTENT_WIDTH_CHARS = 140


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    fields: tuple[str, ...]
    intro: str


@functools.cache
def part_model(fields: tuple[str, ...]) -> type[Section]:
    """A section model holding just these top-level fields of the plan (same titles and rules)."""
    definitions: dict[str, Any] = {
        name: (CrisisPlan.model_fields[name].annotation, CrisisPlan.model_fields[name]) for name in fields
    }
    name = "".join(part.title().replace("_", "") for part in fields) + "Part"
    return create_model(name, __base__=Section, **definitions)


def inline_message(message: str) -> str:
    """A problem as shown next to its field: without the "Section › Field:" lead (the field's title
    is right above it)."""
    reason = message.values.get("reason") if isinstance(message, Message) else None
    if isinstance(reason, str):
        text = translate_marked(reason)
    else:
        shown = translate_marked(message)
        _where, sep, rest = shown.partition(": ")
        text = rest if sep and rest else shown
    return text[:1].upper() + text[1:]


class PlanPage(QScrollArea):
    changed = Signal()
    structure_changed = Signal()

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.part_model = part_model(spec.fields)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(spec.title)
        content = QWidget(self)
        content.setMaximumWidth(content.fontMetrics().averageCharWidth() * CONTENT_WIDTH_CHARS)
        self.body = QVBoxLayout(content)
        self.body.addWidget(heading(spec.title))
        intro = plain_label(spec.intro, role="description")
        intro.setAccessibleName(spec.intro)
        self.body.addWidget(intro)
        self.page_problem = ProblemLabel(content)
        self.body.addWidget(self.page_problem)
        self.add_extras(self.body)
        self.form = self.build_form(content)
        self.body.addWidget(self.form)
        self.body.addStretch(1)
        self.setWidget(content)
        self.form.changed.connect(self.changed)
        self.form.structure_changed.connect(self.structure_changed)

    def add_extras(self, layout: QVBoxLayout) -> None:
        """Hook for pages that show more than the form (e.g. warnings) above the fields."""

    def build_form(self, parent: QWidget) -> SectionForm | ConsentForm:
        """The page's form; pages with their own layout return a widget with the same interface."""
        return SectionForm(self.part_model, parent, bare=True)

    # ---- the page contract ----------------------------------------------------------------------

    def load(self, section: Section) -> None:
        self.set_raw(section.model_dump(mode="json"))

    def dump(self) -> Section:
        """The page's section; raises pydantic's ValidationError when something is not valid."""
        return self.part_model.model_validate(self.raw())

    def validate(self) -> list[Problem]:
        try:
            self.dump()
        except ValidationError as exc:
            return problems_from_validation_error(exc, root=self.part_model)
        return []

    def raw(self) -> dict[str, Any]:
        return self.form.raw()

    def set_raw(self, data: Mapping[str, Any]) -> None:
        self.form.set_raw({name: data.get(name) for name in self.spec.fields if name in data})

    def refresh(self, plan_raw: Mapping[str, Any]) -> None:
        """Called after edits with the whole plan's raw data (for checks across pages)."""

    # ---- problems -------------------------------------------------------------------------------

    def owns(self, path: str) -> bool:
        tokens = split_path(path)
        return bool(tokens) and tokens[0] in self.spec.fields

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Show each problem next to its widget; those without one go at the top of the page."""
        self.form.clear_problems()
        by_node: dict[int, tuple[Any, list[str]]] = {}
        unplaced: list[str] = []
        for problem in problems:
            node = self.form.locate(split_path(problem.path))
            if node is None:
                unplaced.append(translate_marked(problem.message))
                continue
            by_node.setdefault(id(node), (node, []))[1].append(inline_message(problem.message))
        for node, messages in by_node.values():
            node.set_problem("\n".join(messages))
        self.page_problem.show_problem("\n".join(unplaced) if unplaced else None)

    def focus_path(self, path: str) -> bool:
        """Move the keyboard focus to the widget `path` names (True when found)."""
        node = self.form.locate(split_path(path))
        target = node.focus_target() if node is not None else self.page_problem
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(target if node is not None else self.page_problem, 40, 80)
        return node is not None
