"""Children and young people: parental responsibility, family and school details, what the school
may see, and whether the young person is competent to consent (Gillick competence).

Whether the plan is treated as a young person's plan is worked out by `rules.is_young_person`:
the `is_young_person` setting wins where it is set, otherwise the age from the date of birth.
"""

from __future__ import annotations

from crisisplan.forms.fields import (
    Flag,
    LongText,
    Phone,
    PlanDate,
    Section,
    ShortText,
    entries,
    optional,
    section,
    text,
)

MAX_PARENTS = 6


class ParentalResponsibility(Section, title="Person with parental responsibility"):
    name: ShortText = text("Name")
    relationship: ShortText = text("Relationship", description="For example mother, father, local authority.")
    phone: Phone = text("Phone number")
    address: LongText = text("Address if different")


class School(Section, title="School"):
    name: ShortText = text("School or college")
    contact_name: ShortText = text("Contact at school")
    phone: Phone = text("School phone number")
    what_school_may_see: LongText = text("What the school may see", own_words=True)


class YoungPerson(Section, title="Children and young people"):
    is_young_person: Flag | None = optional(
        "Young person's plan",
        description="Leave unset to decide from the date of birth (under 18).",
    )
    parental_responsibility: list[ParentalResponsibility] = entries(
        "People with parental responsibility", MAX_PARENTS)
    family_details: LongText = text("Family details")
    school: School = section(School, "School")
    competent_to_consent: Flag | None = optional(
        "Competent to consent (Gillick competent)",
        description="Whether the young person can consent to sharing and treatment themselves.",
    )
    competence_scope: LongText = text(
        "What the competence covers",
        description="Decisions it was assessed for, for example sharing with school only; a card never "
                    "reads it as consent to more.")
    competence_assessed_by: ShortText = text("Competence assessed by")
    competence_assessed_on: PlanDate | None = optional("Date competence assessed")
