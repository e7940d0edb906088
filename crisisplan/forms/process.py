"""How the joint crisis plan was made and kept: who took part, the person's agreement, the review
date and status, preferences the team could not agree to, times the plan was not followed, post-
crisis reviews and who receives copies."""

from __future__ import annotations

from crisisplan.forms.fields import (
    Choice,
    Flag,
    LongText,
    PlanDate,
    Section,
    ShortText,
    choice,
    entries,
    flag,
    optional,
    required,
    section,
    set_labels,
    text,
)

MAX_PARTICIPANTS = 20
MAX_RECORDS = 50


class PlanStatus(Choice):
    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"


set_labels(PlanStatus, {"draft": "Draft", "agreed": "Agreed", "superseded": "Superseded"})


class ParticipantRole(Choice):
    PERSON = "person"
    CARE_COORDINATOR = "care_coordinator"
    PSYCHIATRIST = "psychiatrist"
    FACILITATOR = "facilitator"
    CARER = "carer"
    ADVOCATE = "advocate"
    OTHER = "other"


set_labels(ParticipantRole, {
    "person": "The person",
    "care_coordinator": "Care coordinator",
    "psychiatrist": "Psychiatrist",
    "facilitator": "Facilitator",
    "carer": "Carer",
    "advocate": "Advocate",
    "other": "Other",
})


class Participant(Section, title="Participant"):
    role: ParticipantRole = required("Role")
    name: ShortText = text("Name")


class Agreement(Section, title="The person's agreement"):
    agreed: Flag = flag("The person agrees with this plan")
    in_own_words: LongText = text("What the person says about the plan", own_words=True)
    signed_off_on: PlanDate | None = optional("Date agreed")
    recorded_by: ShortText = text("Agreement recorded by")


class UnagreedPreference(Section, title="Preference the team could not agree to"):
    preference: LongText = text("What the person asked for", own_words=True)
    reason: LongText = text("Why the team could not agree")
    alternative_offered: LongText = text("Alternative offered")


class NotFollowed(Section, title="Time the plan was not followed"):
    happened_on: PlanDate | None = optional("Date")
    what: LongText = text("What in the plan was not followed")
    why: LongText = text("Why")
    person_told: Flag | None = optional("The reasons were explained to the person")


class PostCrisisReview(Section, title="Post-crisis review"):
    held_on: PlanDate | None = optional("Date of the review")
    who_took_part: LongText = text("Who took part")
    what_happened: LongText = text("What happened", own_words=True)
    what_to_change: LongText = text("What to change in the plan", own_words=True)


class CopyTo(Section, title="Copy of the plan"):
    name: ShortText = text("Name")
    organisation: ShortText = text("Organisation or relationship")


class PlanProcess(Section, title="Making and reviewing the plan"):
    participants: list[Participant] = entries("Who took part in making the plan", MAX_PARTICIPANTS)
    agreement: Agreement = section(Agreement, "The person's agreement")
    review_date: PlanDate | None = optional("Review date")
    status: PlanStatus = choice(PlanStatus.DRAFT, "Status")
    not_agreed: list[UnagreedPreference] = entries(
        "Preferences the team could not agree to", MAX_RECORDS)
    not_followed: list[NotFollowed] = entries("Times the plan was not followed", MAX_RECORDS)
    post_crisis_reviews: list[PostCrisisReview] = entries("Post-crisis reviews", MAX_RECORDS)
    copies_to: list[CopyTo] = entries("Copies of the plan go to", MAX_PARTICIPANTS)
