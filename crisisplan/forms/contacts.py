"""NICE crisis-plan sections 7 and 8: 24-hour access to services and named contacts."""

from __future__ import annotations

from crisisplan.forms.fields import (
    Choice,
    Phone,
    Section,
    ShortText,
    required,
    set_labels,
    text,
)

MAX_NUMBERS = 20
MAX_CONTACTS = 20


class CrisisNumberKind(Choice):
    CRISIS_LINE = "crisis_line"
    CRISIS_TEAM = "crisis_team"
    OUT_OF_HOURS = "out_of_hours"
    OTHER = "other"


set_labels(CrisisNumberKind, {
    "crisis_line": "Crisis line",
    "crisis_team": "Crisis team",
    "out_of_hours": "Out of hours",
    "other": "Other",
})


class CrisisNumber(Section, title="24-hour number"):
    kind: CrisisNumberKind = required("Kind of service")
    label: ShortText = text("Service")
    number: Phone = text("Phone number")
    hours: ShortText = text("When it is open", description="For example '24 hours' or '5pm to 9am'.")


class ContactRole(Choice):
    CARE_COORDINATOR = "care_coordinator"
    CONSULTANT = "consultant"
    GP = "gp"
    CRISIS_TEAM = "crisis_team"
    CARER_RELATIVE = "carer_relative"
    ADVOCATE = "advocate"
    ATTORNEY_NOMINATED_PERSON = "attorney_nominated_person"
    OTHER = "other"


set_labels(ContactRole, {
    "care_coordinator": "Care coordinator",
    "consultant": "Consultant",
    "gp": "GP",
    "crisis_team": "Crisis team",
    "carer_relative": "Carer or relative",
    "advocate": "Advocate",
    "attorney_nominated_person": "Lasting power of attorney or nominated person",
    "other": "Other",
})


class NamedContact(Section, title="Named contact"):
    role: ContactRole = required("Role")
    name: ShortText = text("Name")
    organisation: ShortText = text("Organisation")
    phone: Phone = text("Phone number")
    when_reachable: ShortText = text("When they can be reached")
