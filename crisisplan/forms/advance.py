"""NICE crisis-plan section 5: the advance statement (preferences), advance decisions (refusals of
specific treatment under the Mental Capacity Act 2005 ss24-26) and lasting powers of attorney or
nominated people. `rules.advance_decision_problems` checks the legal conditions."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from crisisplan.forms.fields import (
    Choice,
    Flag,
    LongText,
    Phone,
    PlanDate,
    Section,
    ShortText,
    flag,
    optional,
    required,
    set_labels,
    text,
)

MAX_DECISIONS = 20
MAX_ATTORNEYS = 10

AttorneyIndex = Annotated[int, Field(strict=True, ge=0, lt=MAX_ATTORNEYS)]


class AdvanceStatement(Section, title="Advance statement"):
    """The person's preferences for care in a crisis. Not legally binding, but must be considered."""

    medication_that_helps: LongText = text("Medication that helps me", own_words=True)
    medication_that_does_not_help: LongText = text("Medication that does not help me", own_words=True)
    approaches_that_help: LongText = text("What helps me in a crisis", own_words=True)
    how_to_speak_to_me: LongText = text("How I want to be spoken to", own_words=True)
    restraint_preferences: LongText = text("If I have to be restrained", own_words=True)
    transport_preferences: LongText = text("How I would like to be taken to hospital", own_words=True)
    who_to_tell: LongText = text("Who to tell", own_words=True)
    anything_else: LongText = text("Anything else", own_words=True)
    made_on: PlanDate | None = optional("Date the statement was made")


class AdvanceDecision(Section, title="Advance decision to refuse treatment"):
    """A refusal of a specific treatment, made in advance (Mental Capacity Act 2005 ss24-26)."""

    treatment_refused: LongText = text("Treatment refused", own_words=True)
    circumstances: LongText = text("Circumstances in which it applies", own_words=True)
    is_request: Flag = flag(
        "Reads as a request for treatment",
        description="Tick if the wording asks for a treatment rather than refusing one.",
    )
    made_on: PlanDate | None = optional("Date made")
    had_capacity: Flag | None = optional("The person had capacity when it was made")
    capacity_assessed_by: ShortText = text("Capacity assessed by")
    life_sustaining: Flag = flag("Refuses life-sustaining treatment")
    written: Flag = flag("Written down")
    signed: Flag = flag("Signed by the person (or by someone at their direction)")
    signed_on: PlanDate | None = optional("Date signed")
    witnessed: Flag = flag("Signature witnessed")
    witness_name: ShortText = text("Witness's name")
    even_if_life_at_risk: Flag = flag(
        "States it applies even if life is at risk",
        description="Required in writing for a refusal of life-sustaining treatment.",
    )
    original_held_at: ShortText = text("Where the original document is held")
    withdrawn_on: PlanDate | None = optional("Date withdrawn")
    later_attorney: AttorneyIndex | None = optional(
        "Lasting power of attorney covering this decision",
        description="Which entry (counting from 0) in the attorneys list gives authority over "
                    "this treatment, if any.",
    )


class AttorneyKind(Choice):
    HEALTH_WELFARE_LPA = "health_welfare_lpa"
    PROPERTY_LPA = "property_lpa"
    NOMINATED_PERSON = "nominated_person"
    NEAREST_RELATIVE = "nearest_relative"


set_labels(AttorneyKind, {
    "health_welfare_lpa": "Lasting power of attorney for health and welfare",
    "property_lpa": "Lasting power of attorney for property and financial affairs",
    "nominated_person": "Nominated person",
    "nearest_relative": "Nearest relative (Mental Health Act)",
})


class Attorney(Section, title="Lasting power of attorney or nominated person"):
    """A lasting power of attorney, nominated person or nearest relative."""

    name: ShortText = text("Name")
    kind: AttorneyKind = required("Type")
    registered_on: PlanDate | None = optional("Date registered")
    scope: LongText = text("What they can decide")
    phone: Phone = text("Phone number")
