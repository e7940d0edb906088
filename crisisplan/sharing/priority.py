"""The clinical priority order of a card's items (CARD-03), one order for every output.

The wallet card, the A4 summary and the shortening of the QR code (fit.py) all take their order
from here, so a responder reads the same thing first wherever they look: risk to life first, then
physical health and high-risk medicines, communication needs, dependants needing care, and
practical items last. Within an item, risks are sorted by severity (not typing order), high-risk
medicines come first, and people needing care come before pets. The defaults are documented in
docs/card-format.md ("Priority order").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from crisisplan.forms.items import ITEMS, Item

IDENTITY: tuple[Item, ...] = (
    Item.NAME, Item.DATE_OF_BIRTH, Item.NHS_NUMBER, Item.GENDER, Item.DESCRIPTION, Item.ADDRESS,
)
"""Who the person is: shown in the header of every output, before the prioritised items."""

DEFAULT_ORDER: tuple[Item, ...] = (
    Item.RISKS,
    Item.HEALTH_CONDITIONS,
    Item.MEDICINES,
    Item.ADVANCE_DECISIONS,
    Item.DRINK_DRUGS,
    Item.LANGUAGE_COMMUNICATION,
    Item.PHYSICAL_NEEDS,
    Item.DEPENDANTS_PETS,
    Item.EMERGENCY_CONTACTS,
    Item.WHAT_HELPS,
    Item.USUAL_PRESENTATION,
    Item.FAMILY_AND_SCHOOL,
    Item.NAMED_CONTACTS,
    Item.SERVICES_ENGAGED,
    Item.CRISIS_PLAN_HELD,
    Item.PREFERRED_PLACE,
    Item.CLINICAL_INFO,
    Item.DO_NOT_CONTACT,
    Item.CRISIS_NUMBERS,
)
"""Ambulance, emergency department and every recipient without an order of its own."""

RECIPIENT_ORDER: dict[str, tuple[Item, ...]] = {
    "police": (
        Item.RISKS,
        Item.HEALTH_CONDITIONS,
        Item.MEDICINES,
        Item.LANGUAGE_COMMUNICATION,
        Item.PHYSICAL_NEEDS,
        Item.DEPENDANTS_PETS,
        Item.WHAT_HELPS,
        Item.USUAL_PRESENTATION,
        Item.DRINK_DRUGS,
        Item.EMERGENCY_CONTACTS,
        Item.ADVANCE_DECISIONS,
        Item.FAMILY_AND_SCHOOL,
        Item.NAMED_CONTACTS,
        Item.SERVICES_ENGAGED,
        Item.CRISIS_PLAN_HELD,
        Item.PREFERRED_PLACE,
        Item.CLINICAL_INFO,
        Item.DO_NOT_CONTACT,
        Item.CRISIS_NUMBERS,
    ),
}
"""Police read how to approach the person before the treatment details a clinician needs."""

NEVER_DROPPED: frozenset[Item] = frozenset(
    {item for item, info in ITEMS.items() if info.safety_critical} | {Item.MEDICINES}
)
"""Items the QR shortening may cut down but never drop: the safety-critical items and medicines
(high-risk medicines such as clozapine, lithium, insulin and anticoagulants must reach a clinician)."""

RISK_SEVERITY: dict[str, int] = {
    "suicide": 0,
    "self_harm": 1,
    "physical_aggression": 2,
    "confusion": 3,
    "impaired_judgement": 4,
    "self_neglect": 5,
    "missing_from_home": 6,
    "exploitation": 7,
    "other": 8,
}
"""Risk kinds, risk to life first; a free-text "other" risk follows the named kinds."""

HIGH_RISK_MEDICINES = re.compile(
    r"\b(clozapine|clozaril|denzapine|zaponex|lithium|priadel|camcolit|liskonum|insulin|"
    r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|heparin|enoxaparin|dalteparin|"
    r"methotrexate|opioid|methadone|buprenorphine|morphine|oxycodone|fentanyl|"
    r"carbamazepine|valproate|sodium valproate|phenytoin|lamotrigine|levetiracetam|"
    r"prednisolone|hydrocortisone|digoxin|gliclazide|glibenclamide|monoamine|phenelzine|tranylcypromine)\b",
    re.IGNORECASE,
)
"""Medicines where a missed dose, a toxic level or an interaction can kill or harm quickly
(NPSA high-risk medicines and the antiepileptics, steroids and sulfonylureas a paramedic must know)."""


def order_for(recipient: str) -> tuple[Item, ...]:
    """The priority order of the non-identity items for `recipient`."""
    return RECIPIENT_ORDER.get(recipient, DEFAULT_ORDER)


def ordered_items(recipient: str, items: Iterable[Item]) -> list[Item]:
    """`items` in the recipient's priority order: identity first, then the prioritised items,
    then anything not named in the order (none today) in vocabulary order."""
    present = set(items)
    order = [*IDENTITY, *order_for(recipient)]
    rest = [item for item in ITEMS if item not in order]
    return [item for item in (*order, *rest) if item in present]


def is_high_risk_medicine(line: str) -> bool:
    return HIGH_RISK_MEDICINES.search(line) is not None


def medicines_first(lines: Iterable[str]) -> list[str]:
    """Medicine lines with the high-risk medicines first, otherwise in the order given."""
    kept = list(lines)
    return [line for line in kept if is_high_risk_medicine(line)] + [
        line for line in kept if not is_high_risk_medicine(line)
    ]


def drop_order(recipient: str, items: Mapping[Item, object] | Iterable[Item] = ITEMS) -> list[Item]:
    """Items the QR shortening may drop, least important first for `recipient`: gender and address
    (on the A4 summary), then the prioritised items from the bottom up, then description and NHS
    number (they identify the person when the name is not shared)."""
    ranked = [*(Item.GENDER, Item.ADDRESS), *reversed(order_for(recipient)), *(Item.DESCRIPTION, Item.NHS_NUMBER)]
    present = set(items)
    return [item for item in ranked if item in present and item not in NEVER_DROPPED]
