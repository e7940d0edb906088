"""Which items go to one recipient: the local protocol's defaults, narrowed by the person's consent.

The protocol is the outer limit: an item it does not grant to a recipient can never be sent there.
Within it, an item goes only where the person consented, unless a decision-maker shares it without
consent under a lawful basis (vital interests, safeguarding, a legal duty), which the decision
records item by item. Items with nothing recorded in the plan are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from crisisplan.forms.consent import ConsentStatus, consent_for
from crisisplan.forms.items import ITEMS, Item
from crisisplan.forms.plan import CrisisPlan
from crisisplan.sharing.decision import ConsentState
from crisisplan.sharing.extract import ItemValue, item_values
from crisisplan.sharing.protocol import Protocol

NO_CONSENT_NEEDED: frozenset[Item] = frozenset({Item.CRISIS_NUMBERS})
"""Items that are not the person's information: the 24-hour numbers of crisis services are public,
so wherever the protocol grants them they go on the card without asking (the card must never lose
the 24-hour number)."""


SAMPLE_NUMBER_MARK = "SAMPLE, NOT FOR USE: "


def protocol_number_label(label: str, set_locally: bool) -> str:
    """A protocol's 24-hour number label; sample numbers still waiting to be set locally are marked
    on every output, so no one relies on a placeholder in a crisis (hazard log H-09)."""
    return SAMPLE_NUMBER_MARK + label if set_locally else label


NOT_24_HOURS = " (not 24 hours: {hours})"
"""Added to the label of a protocol number that is not answered around the clock."""


def is_24_hour(hours: str) -> bool:
    """True for "24 hours", "24 hours, every day", "24/7" and the like."""
    text = hours.lower().replace(" ", "")
    return not text or "24hour" in text or "24/7" in text or "24-hour" in text


def protocol_numbers(protocol: Protocol) -> tuple[tuple[str, str], ...]:
    """The protocol's crisis numbers as (label, number), sample numbers marked: the 24-hour
    numbers first, then any others with their hours in the label (never passed off as 24-hour)."""
    around = [n for n in protocol.crisis_numbers if is_24_hour(n.hours)]
    other = [n for n in protocol.crisis_numbers if not is_24_hour(n.hours)]
    return tuple(
        (protocol_number_label(n.label, n.set_locally) + ("" if n in around else NOT_24_HOURS.format(hours=n.hours)),
         n.number)
        for n in (*around, *other)
    )


@dataclass(frozen=True)
class ItemChoice:
    item: Item
    label: str
    consent: ConsentStatus
    value: ItemValue

    @property
    def consented(self) -> bool:
        return self.consent is ConsentStatus.GIVEN or self.item in NO_CONSENT_NEEDED


@dataclass(frozen=True)
class SharePreview:
    """What the protocol allows for one recipient and what the person agreed to, item by item."""

    recipient: str
    recipient_label: str
    choices: tuple[ItemChoice, ...]
    """Every item the protocol grants this recipient that has something recorded, in item order."""
    not_in_protocol: tuple[Item, ...]
    """Items with something recorded that this recipient may never receive under the protocol."""

    @property
    def consented_items(self) -> tuple[Item, ...]:
        return tuple(c.item for c in self.choices if c.consented)

    @property
    def allowed_items(self) -> tuple[Item, ...]:
        return tuple(c.item for c in self.choices)

    def consent_state(self, shared: Iterable[Item]) -> ConsentState:
        """The overall consent status of sharing `shared` (for the decision record)."""
        shared = set(shared)
        statuses = {c.consent for c in self.choices if c.item in shared and c.item not in NO_CONSENT_NEEDED}
        if not statuses:
            statuses = {c.consent for c in self.choices if c.item not in NO_CONSENT_NEEDED} or {ConsentStatus.NOT_ASKED}
        if statuses == {ConsentStatus.GIVEN}:
            return ConsentState.GIVEN
        if ConsentStatus.GIVEN in statuses:
            return ConsentState.PARTLY_GIVEN
        if ConsentStatus.REFUSED in statuses:
            return ConsentState.REFUSED
        return ConsentState.NOT_ASKED

    def without_consent(self, shared: Iterable[Item]) -> tuple[Item, ...]:
        shared = set(shared)
        return tuple(c.item for c in self.choices if c.item in shared and not c.consented)

    def values(self, shared: Iterable[Item]) -> dict[Item, ItemValue]:
        shared = set(shared)
        return {c.item: c.value for c in self.choices if c.item in shared}


def preview_share(
    plan: CrisisPlan,
    protocol: Protocol,
    recipient: str,
    *,
    today: date,
    plan_version: int | None = None,
) -> SharePreview:
    """The choices for sharing `plan` with `recipient` under `protocol` (ValueError: unknown recipient)."""
    target = protocol.recipient(recipient)
    values = item_values(plan, today=today, local_numbers=protocol_numbers(protocol), plan_version=plan_version)
    granted = protocol.default_items(recipient)
    choices = tuple(
        ItemChoice(item, ITEMS[item].label, consent_for(plan, recipient, item), values[item])
        for item in Item
        if item in granted and item in values
    )
    outside = tuple(item for item in Item if item in values and item not in granted)
    return SharePreview(recipient, target.display_name, choices, outside)
