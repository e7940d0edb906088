"""The person's consent to sharing, per recipient and per item of `items.Item`.

A recipient is a short key such as "police" (local protocols may add their own). There is at most
one record per (recipient, item); where there is none, consent has not been asked.
Sharing without consent (vital interests, safeguarding) is recorded by the sharing layer's ledger,
not here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator, BeforeValidator, StringConstraints

from crisisplan.forms.fields import (
    MAX_DATE,
    MIN_DATE,
    Choice,
    LongText,
    Section,
    ShortText,
    choice,
    required,
    set_labels,
    text,
)
from crisisplan.forms.items import Item

if TYPE_CHECKING:
    from crisisplan.forms.plan import CrisisPlan

MAX_CONSENT_RECORDS = 1000

KNOWN_RECIPIENTS: dict[str, str] = {
    "police": "Police",
    "ambulance": "Ambulance service",
    "emergency_department": "Emergency department",
    "gp": "GP",
    "crisis_team": "Crisis team",
    "amhp": "Approved mental health professional",
    "school": "School",
    "person": "The person",
}
"""Recipients every local protocol knows about, with plain labels. Protocols may add others."""

_RECIPIENT = re.compile(r"[a-z][a-z0-9_]{0,39}")


class ConsentStatus(Choice):
    GIVEN = "given"
    REFUSED = "refused"
    NOT_ASKED = "not_asked"


set_labels(ConsentStatus, {"given": "Consent given", "refused": "Consent refused",
                           "not_asked": "Not asked yet"})


def _recipient(value: str) -> str:
    if not _RECIPIENT.fullmatch(value):
        raise ValueError("must be a recipient key such as 'police': lower-case letters, digits and "
                         "underscores, starting with a letter, at most 40 characters")
    return value


def _datetime_input(value: object) -> object:
    if isinstance(value, datetime | str):
        return value
    raise ValueError("must be a date and time written as YYYY-MM-DDTHH:MM:SSZ")


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("must include a time zone (for example a trailing Z for UTC)")
    if not MIN_DATE.year <= value.year <= MAX_DATE.year:
        raise ValueError(f"must be between {MIN_DATE.year} and {MAX_DATE.year}")
    return value.astimezone(UTC)


RecipientKey = Annotated[str, StringConstraints(max_length=40), AfterValidator(_recipient)]
UtcDateTime = Annotated[datetime, BeforeValidator(_datetime_input), AfterValidator(_utc)]


def recipient_label(recipient: str) -> str:
    """A plain label for a recipient key ("emergency_department" -> "Emergency department")."""
    return KNOWN_RECIPIENTS.get(recipient, recipient.replace("_", " ").capitalize())


class ConsentRecord(Section, title="Consent record"):
    recipient: RecipientKey = required("Recipient")
    item: Item = required("Information")
    status: ConsentStatus = choice(ConsentStatus.NOT_ASKED, "Consent")
    recorded_by: ShortText = text("Recorded by")
    recorded_at: UtcDateTime = required("Recorded at (UTC)")
    in_own_words: LongText = text("What the person said", own_words=True)


def check_unique(records: Sequence[ConsentRecord]) -> None:
    """ValueError when two records are for the same recipient and item."""
    seen: set[tuple[str, Item]] = set()
    for record in records:
        key = (record.recipient, record.item)
        if key in seen:
            raise ValueError("has more than one record for the same recipient and information; "
                             "keep only the latest")
        seen.add(key)


def consent_for(plan: CrisisPlan, recipient: str, item: Item) -> ConsentStatus:
    """The person's consent to sharing `item` with `recipient` (NOT_ASKED when none is recorded)."""
    for record in plan.consent:
        if record.recipient == recipient and record.item == item:
            return record.status
    return ConsentStatus.NOT_ASKED


def consent_record(plan: CrisisPlan, recipient: str, item: Item) -> ConsentRecord | None:
    """The consent record for this recipient and item, if there is one."""
    for record in plan.consent:
        if record.recipient == recipient and record.item == item:
            return record
    return None


def with_consent(plan: CrisisPlan, record: ConsentRecord) -> CrisisPlan:
    """A copy of `plan` with `record` replacing any earlier record for the same recipient and item."""
    kept = [r for r in plan.consent if (r.recipient, r.item) != (record.recipient, record.item)]
    if len(kept) >= MAX_CONSENT_RECORDS:
        raise ValueError(f"A plan can hold at most {MAX_CONSENT_RECORDS} consent records.")
    return plan.model_copy(update={"consent": [*kept, record]})
