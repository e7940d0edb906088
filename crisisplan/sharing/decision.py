"""A sharing decision: what goes to one recipient, on what basis, decided by whom (AUD-04).

A decision cannot be completed without the person's consent status, a lawful basis and a reason.
Deciding *not* to share is a decision too, and is recorded the same way. Sharing an item the
person has not consented to needs a basis other than consent (vital interests, safeguarding, a
legal duty), and the items shared that way are listed explicitly so the ledger can tell the person.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from crisisplan.forms.items import Item


class ConsentState(StrEnum):
    GIVEN = "given"
    PARTLY_GIVEN = "partly_given"
    REFUSED = "refused"
    NOT_ASKED = "not_asked"
    LACKS_CAPACITY = "lacks_capacity"


CONSENT_STATE_LABELS: dict[ConsentState, str] = {
    ConsentState.GIVEN: "The person agreed to share these items",
    ConsentState.PARTLY_GIVEN: "The person agreed to some items only",
    ConsentState.REFUSED: "The person refused",
    ConsentState.NOT_ASKED: "The person could not be asked",
    ConsentState.LACKS_CAPACITY: "The person lacks capacity to decide at present",
}


class LawfulBasis(StrEnum):
    CONSENT = "consent"
    VITAL_INTERESTS = "vital_interests"
    SAFEGUARDING = "safeguarding"
    LEGAL_DUTY = "legal_duty"
    NOT_SHARED = "not_shared"
    DIRECT_CARE = "direct_care"
    """Only for sending the plan to the organisation's own FHIR record (services/fhir_push.py)."""


LAWFUL_BASIS_LABELS: dict[LawfulBasis, str] = {
    LawfulBasis.CONSENT: "Consent of the person",
    LawfulBasis.VITAL_INTERESTS: "Vital interests (risk to life or serious harm)",
    LawfulBasis.SAFEGUARDING: "Safeguarding a child or adult at risk",
    LawfulBasis.LEGAL_DUTY: "A legal duty or court order",
    LawfulBasis.NOT_SHARED: "Not shared",
    LawfulBasis.DIRECT_CARE: "Direct care (the organisation's own care record)",
}

WITHOUT_CONSENT_BASES = frozenset({LawfulBasis.VITAL_INTERESTS, LawfulBasis.SAFEGUARDING, LawfulBasis.LEGAL_DUTY})


class SharingDecision(BaseModel):
    """One recorded decision for one recipient. `items` is empty when nothing is shared."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    recipient: str = Field(min_length=1, max_length=40, title="Recipient")
    share: bool = Field(title="Share")
    consent: ConsentState = Field(title="Consent status")
    lawful_basis: LawfulBasis = Field(title="Lawful basis")
    reason: str = Field(min_length=1, max_length=2000, title="Reason")
    items: tuple[Item, ...] = Field(default=(), title="Items shared")
    without_consent: tuple[Item, ...] = Field(default=(), title="Items shared without consent")
    decided_by: str = Field(min_length=1, max_length=64, title="Decided by")
    decided_at: datetime = Field(default_factory=lambda: datetime.now(UTC), title="Decided at")

    @field_validator("reason")
    @classmethod
    def _reason_has_words(cls, value: str) -> str:
        value = value.strip()
        if len(value) < 3:
            raise ValueError("Give the reason for this decision in a few words.")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> SharingDecision:
        if not self.share:
            if self.items:
                raise ValueError("A decision not to share cannot list items to share.")
            if self.lawful_basis is not LawfulBasis.NOT_SHARED:
                raise ValueError("A decision not to share is recorded with the basis 'Not shared'.")
            return self
        if not self.items:
            raise ValueError("Choose at least one item to share, or record a decision not to share.")
        if self.lawful_basis is LawfulBasis.NOT_SHARED:
            raise ValueError("Choose the lawful basis for sharing.")
        if not set(self.without_consent) <= set(self.items):
            raise ValueError("Items shared without consent must be among the items shared.")
        if self.without_consent and self.lawful_basis not in WITHOUT_CONSENT_BASES:
            raise ValueError(
                "Some items are shared without the person's consent: choose vital interests, "
                "safeguarding or a legal duty as the lawful basis, and give the reason."
            )
        if self.consent in (ConsentState.REFUSED, ConsentState.NOT_ASKED, ConsentState.LACKS_CAPACITY) and (
            self.lawful_basis is LawfulBasis.CONSENT
        ):
            raise ValueError("Consent was not given, so consent cannot be the lawful basis.")
        return self
