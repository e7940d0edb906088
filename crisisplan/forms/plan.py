"""The joint crisis plan: the root document that every section hangs from.

Every section may be left empty; `CrisisPlan.empty()` is a plan with nothing recorded.
The JSON form of this model is the plan document described in docs/plan-format.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from crisisplan.forms.admission import AdmissionPreferences
from crisisplan.forms.advance import MAX_ATTORNEYS, MAX_DECISIONS, AdvanceDecision, AdvanceStatement, Attorney
from crisisplan.forms.consent import MAX_CONSENT_RECORDS, ConsentRecord, check_unique
from crisisplan.forms.contacts import MAX_CONTACTS, MAX_NUMBERS, CrisisNumber, NamedContact
from crisisplan.forms.family import FamilyInvolvement
from crisisplan.forms.fields import Section, entries, section
from crisisplan.forms.need_to_know import NeedToKnow
from crisisplan.forms.person import Person
from crisisplan.forms.plan_versions import PLAN_FORMAT_VERSION as PLAN_FORMAT_VERSION
from crisisplan.forms.plan_versions import upgrade_plan_document
from crisisplan.forms.practical import PracticalNeeds
from crisisplan.forms.process import PlanProcess
from crisisplan.forms.support import MAX_SUPPORT, SupportOption
from crisisplan.forms.warning_signs import MAX_WARNING_SIGNS, EarlyWarningSign
from crisisplan.forms.young_person import YoungPerson

PLAN_FORMAT: Literal["crisisplan.plan"] = "crisisplan.plan"


class CrisisPlan(Section, title="Crisis plan"):
    """A joint crisis plan with the Concordat B8 "need to know" information."""

    format: Literal["crisisplan.plan"] = Field(default=PLAN_FORMAT, title="Format")
    format_version: Literal[2] = Field(default=PLAN_FORMAT_VERSION, title="Format version")

    person: Person = section(Person, "About me")
    need_to_know: NeedToKnow = section(NeedToKnow, "Need to know in a crisis")
    early_warning_signs: list[EarlyWarningSign] = entries("Early warning signs", MAX_WARNING_SIGNS)
    support: list[SupportOption] = entries("Support to help me stay out of hospital", MAX_SUPPORT)
    admission: AdmissionPreferences = section(AdmissionPreferences, "If I go into hospital")
    practical: PracticalNeeds = section(PracticalNeeds, "Practical needs if I go into hospital")
    advance_statement: AdvanceStatement = section(AdvanceStatement, "Advance statement")
    advance_decisions: list[AdvanceDecision] = entries(
        "Advance decisions to refuse treatment", MAX_DECISIONS)
    attorneys: list[Attorney] = entries(
        "Lasting powers of attorney and nominated people", MAX_ATTORNEYS)
    family: FamilyInvolvement = section(FamilyInvolvement, "Family and carers")
    crisis_numbers: list[CrisisNumber] = entries("24-hour access to services", MAX_NUMBERS)
    named_contacts: list[NamedContact] = entries("Named contacts", MAX_CONTACTS)
    young_person: YoungPerson = section(YoungPerson, "Children and young people")
    process: PlanProcess = section(PlanProcess, "Making and reviewing the plan")
    consent: list[ConsentRecord] = entries("Consent to sharing", MAX_CONSENT_RECORDS)

    @model_validator(mode="before")
    @classmethod
    def _upgrade_older_versions(cls, data: Any) -> Any:
        """A document saved by an older version is read as this version writes it (plan_versions)."""
        return upgrade_plan_document(data) if isinstance(data, Mapping) else data

    @field_validator("consent")
    @classmethod
    def _consent_unique(cls, value: list[ConsentRecord]) -> list[ConsentRecord]:
        check_unique(value)
        return value

    @classmethod
    def empty(cls) -> CrisisPlan:
        """A plan with nothing recorded (status draft)."""
        return cls()
