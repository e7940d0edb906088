"""The identity check while typing: another plan in the store already has this NHS number.

Shown beside the form (under the list of sections), never above it, so it cannot move a field
under the pointer. It names the existing plan and opens it with one button, as the systems GPs
already use do before a second record is made for the same person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from crisisplan.forms.plan import CrisisPlan
from crisisplan.services.errors import ServiceError, StoreError
from crisisplan.services.overview import PlanSummary
from crisisplan.services.plans import plans_with_nhs_number
from crisisplan.services.session import Session
from crisisplan.ui.editor import prompts
from crisisplan.ui.editor.common import plain_label
from crisisplan.ui.i18n import translate


def describe_plan(summary: PlanSummary) -> str:
    born = ""
    if summary.date_of_birth:
        born = translate("Editor", ", born {day}").format(day=f"{date.fromisoformat(summary.date_of_birth):%d/%m/%Y}")
    return translate("Editor", "plan {id} ({name}{born})").format(id=summary.plan_id,
                                                                  name=summary.name or translate("Editor", "no name"),
                                                   born=born)


class DuplicateNotice(QFrame):
    """"This NHS number is already in plan N": with a button that opens plan N."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        layout = QVBoxLayout(self)
        self.text = plain_label("")
        layout.addWidget(self.text)
        self.open_button = QPushButton(translate("Editor", "Open the existing plan"), self)
        layout.addWidget(self.open_button)
        self.open_button.clicked.connect(self._open)
        self.matches: list[PlanSummary] = []
        self.setVisible(False)

    def show_matches(self, matches: Sequence[PlanSummary]) -> None:
        self.matches = list(matches)
        if not self.matches:
            self.setVisible(False)
            return
        first = self.matches[0]
        self.text.setText(translate("Editor",
                                    "Check this is not the same person: this NHS number is already in {plan}. "
                             "A second plan for one person splits their care.").format(plan=describe_plan(first)))
        self.open_button.setText(translate("Editor", "Open plan {id}").format(id=first.plan_id))
        self.open_button.setAccessibleDescription(translate("Editor", "Open the existing plan with this NHS number"))
        self.setVisible(True)

    def check(self, session: Session, plan: CrisisPlan, plan_id: int | None) -> None:
        """Flag, before saving, another plan in the store with the plan's NHS number."""
        nhs = plan.person.nhs_number
        try:
            matches = plans_with_nhs_number(session, nhs, other_than=plan_id) if nhs else []
        except (ServiceError, StoreError):
            matches = []
        self.show_matches(matches)

    def confirm_separate(self, parent: QWidget) -> bool:
        """Saving a second plan for an NHS number already in the store needs a deliberate yes."""
        if not self.matches:
            return True
        first = self.matches[0]
        return prompts.confirm(parent, translate("Editor", "Same NHS number"), translate("Editor",
            "This NHS number is already in {plan}. Save this as a separate plan anyway? Choose "
            "Cancel and then \"Open plan {id}\" to work on the existing plan instead.").format(
            plan=describe_plan(first), id=first.plan_id), translate("Editor", "Save a separate plan"))

    def _open(self) -> None:
        if self.matches:
            self.open_requested.emit(self.matches[0].plan_id)
