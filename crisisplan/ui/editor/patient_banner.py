"""The patient banner over an open plan, as EMIS and SystmOne show it: name, date of birth (with
age) and NHS number, always in the same place so nobody edits the wrong person's plan. It shows the
saved plan; it is inside the window, never in a window title (SES-05)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.rules import age_on, format_nhs_number
from crisisplan.forms.text import display_name
from crisisplan.ui.editor.common import heading, plain_label
from crisisplan.ui.i18n import translate


class PatientBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "patient")
        self.setAccessibleName(translate("Editor", "Patient banner"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.name = heading("", 1.2)
        self.name.setAccessibleName("")
        self.born = plain_label("", wrap=False)
        self.nhs = plain_label("", wrap=False)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.born)
        layout.addSpacing(24)
        layout.addWidget(self.nhs)
        self._name = ""

    def show_person(self, plan: CrisisPlan | None, today: date | None = None) -> None:
        """The saved plan's person; None for a plan not saved yet."""
        if plan is None:
            self._name = ""
            self.name.setText(translate("Editor", "New plan (not saved yet)"))
            self.born.setText("")
            self.nhs.setText("")
            return
        person = plan.person
        self._name = display_name(plan)
        self.name.setText(self._name or translate("Editor", "Name not recorded"))
        dob = person.date_of_birth
        if dob is None:
            self.born.setText(translate("Editor", "Born: not recorded"))
        else:
            day = today or date.today()
            age = age_on(dob, day) if dob <= day else None
            self.born.setText(translate("Editor", "Born: {dob}").format(dob=f"{dob:%d/%m/%Y}") if age is None else
                              translate("Editor", "Born: {dob} (age {age})").format(dob=f"{dob:%d/%m/%Y}", age=age))
        nhs = person.nhs_number
        self.nhs.setText(translate("Editor", "NHS number: {n}").format(n=format_nhs_number(nhs)) if nhs else
                         translate("Editor", "NHS number: not recorded"))

    def name_text(self) -> str:
        return self._name
