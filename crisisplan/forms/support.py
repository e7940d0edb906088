"""NICE crisis-plan section 2: support available to help prevent going into hospital."""

from __future__ import annotations

from crisisplan.forms.fields import (
    Choice,
    LongText,
    Phone,
    Section,
    ShortText,
    required,
    set_labels,
    text,
)

MAX_SUPPORT = 30


class SupportKind(Choice):
    HOME_TREATMENT = "home_treatment"
    CRISIS_HOUSE = "crisis_house"
    CRISIS_CAFE = "crisis_cafe"
    PEER_SUPPORT = "peer_support"
    RESPITE = "respite"
    HELPLINE = "helpline"
    PERSON = "person"
    OTHER = "other"


set_labels(SupportKind, {
    "home_treatment": "Crisis resolution and home treatment team",
    "crisis_house": "Crisis house",
    "crisis_cafe": "Crisis café or safe haven",
    "peer_support": "Peer support",
    "respite": "Respite",
    "helpline": "Helpline",
    "person": "Someone I know",
    "other": "Other support",
})


class SupportOption(Section, title="Support"):
    kind: SupportKind = required("Kind of support")
    provider: ShortText = text("Who provides it")
    what_it_does: LongText = text("How it helps", own_words=True)
    contact: Phone = text("Phone number")
    contact_notes: ShortText = text("How and when to get in touch")
