"""The Concordat B8 "need to know" items 5 to 13 that are not covered elsewhere in the plan.

Items 5 and 6 describe a *current* presentation; at planning time the plan records what is known
in advance ("usually presents as ...", known drink or drug use), and cards say so.
Item 9 (whether a crisis plan or advance statement exists) is worked out by
`rules.documents_held`; item 13 draws on the practical-needs section as well as `other_factors`.
"""

from __future__ import annotations

from crisisplan.forms.fields import (
    Choice,
    Flag,
    LongText,
    Phone,
    Section,
    ShortText,
    entries,
    flag,
    required,
    section,
    set_labels,
    text,
)

MAX_MEDICINES = 40
MAX_RISKS = 20
MAX_CONDITIONS = 30


class Medicine(Section, title="Medicine"):
    name: ShortText = text("Medicine")
    dose: ShortText = text("Dose and how often")
    purpose: ShortText = text("What it is for")


class RiskKind(Choice):
    SELF_HARM = "self_harm"
    SUICIDE = "suicide"
    PHYSICAL_AGGRESSION = "physical_aggression"
    CONFUSION = "confusion"
    IMPAIRED_JUDGEMENT = "impaired_judgement"
    SELF_NEGLECT = "self_neglect"
    MISSING_FROM_HOME = "missing_from_home"
    EXPLOITATION = "exploitation"
    OTHER = "other"


set_labels(RiskKind, {
    "self_harm": "Self-harm",
    "suicide": "Suicide",
    "physical_aggression": "Physical aggression",
    "confusion": "Confusion",
    "impaired_judgement": "Impaired judgement",
    "self_neglect": "Self-neglect",
    "missing_from_home": "Missing from home",
    "exploitation": "Exploitation by others",
    "other": "Other risk",
})


class Risk(Section, title="Risk factor"):
    kind: RiskKind = required("Kind of risk")
    detail: LongText = text("Details", description="What is known in advance about this risk.")


class HealthCondition(Section, title="Health condition"):
    condition: ShortText = text("Health condition", description="For example diabetes or epilepsy.")
    detail: LongText = text("What responders need to know")


class Allergy(Section, title="Allergy"):
    substance: ShortText = text("Allergic to", description="For example penicillin or peanuts.")
    reaction: ShortText = text("Reaction")


class ServicesEngaged(Section, title="Services involved"):
    """Who the person is already engaged with (B8 item 8)."""

    gp_practice: ShortText = text("GP practice")
    gp_name: ShortText = text("GP's name")
    gp_phone: Phone = text("GP practice phone")
    mental_health_team: ShortText = text("Mental health team")
    mental_health_team_phone: Phone = text("Mental health team phone")
    professional_name: ShortText = text("Involved professional")
    professional_role: ShortText = text("Involved professional's role")
    professional_phone: Phone = text("Involved professional's phone")



class ClinicalInfo(Section, title="Clinical information"):
    """Optional clinical information (B8 item 10)."""

    diagnosis: LongText = text("Diagnosis")
    psychological_therapy: LongText = text("Psychological therapy")
    other: LongText = text("Other clinical information")


class NeedToKnow(Section, title="Need to know in a crisis"):
    """What police, ambulance and emergency department staff may need to know in a crisis."""

    usual_presentation: LongText = text(
        "How the person usually presents in a crisis (known in advance)",
        description="Known in advance, not a description of a current crisis.",
    )
    drink_drugs: LongText = text(
        "Drink or drug use (known in advance)",
        description="Whether the person is likely to be affected by drink or drugs in a crisis.",
    )
    physical_impairments: LongText = text("Physical impairments")
    dietary_requirements: LongText = text("Dietary requirements")
    medicines: list[Medicine] = entries("Prescribed medicines", MAX_MEDICINES)
    services: ServicesEngaged = section(ServicesEngaged, "GP and mental health services involved")
    other_plans_held: LongText = text(
        "Other crisis plans or advance statements held elsewhere",
        description="For example a plan held by another trust; say where it is kept.",
    )
    clinical: ClinicalInfo = section(ClinicalInfo, "Clinical information")
    risks: list[Risk] = entries("Risk factors", MAX_RISKS)
    health_conditions: list[HealthCondition] = entries("Health conditions", MAX_CONDITIONS)
    no_known_allergies: Flag = flag(
        "No known allergies",
        description="Tick only when the person was asked and has no known allergies. Left unticked with "
                    "no allergies listed means allergies are not recorded.",
    )
    allergies: list[Allergy] = entries("Allergies", MAX_CONDITIONS)
    other_factors: LongText = text(
        "Other factors to take into account",
        description="Children, dependants, pets or anything else that affects the best response.",
    )

    def allergy_status(self) -> str:
        """"listed", "none known" or "not recorded" (these last two are different answers)."""
        if any(a.substance for a in self.allergies):
            return "listed"
        return "none known" if self.no_known_allergies else "not recorded"
