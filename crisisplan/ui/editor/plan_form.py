"""The whole plan as a form: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import Problem, problems_from_validation_error
from crisisplan.i18n import QT_TRANSLATE_NOOP, Message
from crisisplan.ui.editor.page import PlanPage
from crisisplan.ui.editor.pages import SharingContext, make_pages
from crisisplan.ui.i18n import translate

NAV_PADDING_CHARS = 4


TYPED_DATE_REASON = QT_TRANSLATE_NOOP("Editor", "is not a real date: write it as dd/mm/yyyy, for example 07/03/1990")
_ISO_REASONS = ("must be a real date written as YYYY-MM-DD", "must be a date written as YYYY-MM-DD")


def as_typed(problem: Problem) -> Problem:
    """Date problems in the format the user types (dd/mm/yyyy), not the file format (ISO)."""
    message = problem.message
    if isinstance(message, Message) and str(message.values.get("reason", "")) in _ISO_REASONS:
        return Problem(problem.path, message.format(reason=TYPED_DATE_REASON))
    for reason in _ISO_REASONS:
        message = message.replace(reason, TYPED_DATE_REASON)
    return problem if message == problem.message else Problem(problem.path, message)


class PlanForm(QWidget):
    changed = Signal()
    structure_changed = Signal()

    def __init__(self, username: str, sharing: SharingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(translate("Editor", "Sections of the plan"))
        self.nav.setObjectName("nav")
        self.stack = QStackedWidget(self)
        self.pages: list[PlanPage] = make_pages(username, sharing)
        metrics = self.nav.fontMetrics()
        widest = 0
        for page in self.pages:
            self.nav.addItem(page.spec.title)
            self.stack.addWidget(page)
            widest = max(widest, metrics.horizontalAdvance(page.spec.title + "  ⚠ 99"))
            page.changed.connect(self.changed)
            page.structure_changed.connect(self.structure_changed)
        self.side = QWidget(self)
        self.nav.setFixedWidth(widest + metrics.averageCharWidth() * NAV_PADDING_CHARS)
        self.side.setFixedWidth(self.nav.width())
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.addWidget(self.nav, 1)
        layout.addWidget(self.side)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        for keys, step, text in ((QKeySequence("Ctrl+PgDown"), 1, translate("Editor", "Next section")),
                                 (QKeySequence("Ctrl+PgUp"), -1, translate("Editor", "Previous section"))):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.step_page(s))
            self.addAction(action)

    def add_beside(self, widget: QWidget) -> None:
        """Put a note (the problems list) under the sections list: when it appears or goes, only
        the sections list changes height, never the fields of the form."""
        self.side_layout.addWidget(widget)

    def step_page(self, step: int) -> None:
        """Go to the next (1) or previous (-1) section, keeping the keyboard on the page."""
        row = min(max(self.nav.currentRow() + step, 0), len(self.pages) - 1)
        self.nav.setCurrentRow(row)
        self.pages[row].form.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page(self, key: str) -> PlanPage:
        return next(p for p in self.pages if p.spec.key == key)

    def show_page(self, key: str) -> PlanPage:
        page = self.page(key)
        self.nav.setCurrentRow(self.pages.index(page))
        return page

    # ---- data -----------------------------------------------------------------------------------

    def raw(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for page in self.pages:
            data.update(page.raw())
        return data

    def set_raw(self, data: Mapping[str, Any]) -> None:
        for page in self.pages:
            page.set_raw(data)
        self.refresh()

    def load(self, plan: CrisisPlan) -> None:
        self.set_raw(plan.model_dump(mode="json"))

    def dump(self) -> CrisisPlan:
        """The plan as typed; raises pydantic's ValidationError when something is not valid."""
        return CrisisPlan.model_validate(self.raw())

    def refresh(self) -> None:
        raw = self.raw()
        for page in self.pages:
            page.refresh(raw)

    # ---- problems -------------------------------------------------------------------------------

    def validate(self) -> list[tuple[PlanPage, Problem]]:
        """Every problem, page by page (each page checks its own fields; then the whole plan)."""
        found = [(page, as_typed(problem)) for page in self.pages for problem in page.validate()]
        if found:
            return found
        try:
            self.dump()
        except ValidationError as exc:
            return [(self.owner(p), as_typed(p)) for p in problems_from_validation_error(exc)]
        return []

    def owner(self, problem: Problem) -> PlanPage:
        return next((page for page in self.pages if page.owns(problem.path)), self.pages[0])

    def show_problems(self, found: Sequence[tuple[PlanPage, Problem]]) -> None:
        for index, page in enumerate(self.pages):
            mine = [problem for owner, problem in found if owner is page]
            page.show_problems(mine)
            item = self.nav.item(index)
            if mine:
                count = len(mine)
                item.setText(f"{page.spec.title}  ⚠ {count}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("Editor", "{page}: 1 problem").format(
                    page=page.spec.title) if count == 1 else translate("Editor", "{page}: {n} problems").format(
                    page=page.spec.title, n=count))
                item.setToolTip(translate("Editor", "Problems to fix on this page: {n}").format(n=count))
            else:
                item.setText(page.spec.title)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, page.spec.title)
                item.setToolTip("")

    def go_to(self, path: str) -> None:
        owner = next((page for page in self.pages if page.owns(path)), None)
        if owner is None:
            return
        self.nav.setCurrentRow(self.pages.index(owner))
        owner.focus_path(path)
