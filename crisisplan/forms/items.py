"""The vocabulary of shareable items.

One item is the smallest unit that a local protocol grants to a recipient, that the person consents
to (or not) per recipient, that the disclosure ledger records, and that a card carries. Each item has
a stable string key (used in protocol files, consent records and the ledger) and a stable small
integer code (used as the CBOR map key inside the signed card payload). Codes are never reused or
renumbered: a card issued today must still verify and read correctly after an upgrade.

`b8` names the Concordat section B8 item(s) the item comes from; `nice` names the NICE crisis-plan
section (domain.md section 1), so the protocol editor and the card can explain why an item exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Item(StrEnum):
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    GENDER = "gender"
    NHS_NUMBER = "nhs_number"
    ADDRESS = "address"
    DESCRIPTION = "description"
    EMERGENCY_CONTACTS = "emergency_contacts"
    FAMILY_AND_SCHOOL = "family_and_school"
    LANGUAGE_COMMUNICATION = "language_communication"
    USUAL_PRESENTATION = "usual_presentation"
    DRINK_DRUGS = "drink_drugs"
    PHYSICAL_NEEDS = "physical_needs"
    MEDICINES = "medicines"
    SERVICES_ENGAGED = "services_engaged"
    CRISIS_PLAN_HELD = "crisis_plan_held"
    CLINICAL_INFO = "clinical_info"
    RISKS = "risks"
    HEALTH_CONDITIONS = "health_conditions"
    DEPENDANTS_PETS = "dependants_pets"
    WHAT_HELPS = "what_helps"
    PREFERRED_PLACE = "preferred_place"
    ADVANCE_DECISIONS = "advance_decisions"
    NAMED_CONTACTS = "named_contacts"
    CRISIS_NUMBERS = "crisis_numbers"
    DO_NOT_CONTACT = "do_not_contact"


@dataclass(frozen=True)
class ItemInfo:
    code: int
    label: str
    b8: tuple[int, ...]
    nice: tuple[int, ...]
    clinical: bool
    """True where the item is clinical content (roles without clinical access never see it, and a
    police copy only carries it where the protocol and consent both say so)."""
    safety_critical: bool = False
    """Never dropped silently when a card is shortened to fit its QR code."""


ITEMS: dict[Item, ItemInfo] = {
    Item.NAME: ItemInfo(1, "Name", (1,), (), False, True),
    Item.DATE_OF_BIRTH: ItemInfo(2, "Date of birth / age", (3,), (), False, True),
    Item.GENDER: ItemInfo(3, "Gender", (3,), (), False),
    Item.NHS_NUMBER: ItemInfo(4, "NHS number", (1,), (), False),
    Item.ADDRESS: ItemInfo(5, "Address and contact details", (1,), (), False),
    Item.DESCRIPTION: ItemInfo(6, "Description (if name or address unknown)", (1,), (), False),
    Item.EMERGENCY_CONTACTS: ItemInfo(7, "Relative, friend or carer to contact", (2,), (6, 8), False),
    Item.FAMILY_AND_SCHOOL: ItemInfo(8, "Family and school (children and young people)", (2,), (4,), False),
    Item.LANGUAGE_COMMUNICATION: ItemInfo(9, "Language and communication needs", (4,), (), False, True),
    Item.USUAL_PRESENTATION: ItemInfo(10, "How I usually present in a crisis", (5,), (1,), True),
    Item.DRINK_DRUGS: ItemInfo(11, "Drink or drugs (known in advance)", (6,), (), True),
    Item.PHYSICAL_NEEDS: ItemInfo(12, "Physical impairments and dietary needs", (7,), (), False, True),
    Item.MEDICINES: ItemInfo(13, "Prescribed medicines", (7, 10), (5,), True),
    Item.SERVICES_ENGAGED: ItemInfo(14, "GP and mental health services involved", (8,), (8,), False),
    Item.CRISIS_PLAN_HELD: ItemInfo(15, "Has a crisis plan / advance statement", (9,), (5,), False),
    Item.CLINICAL_INFO: ItemInfo(16, "Clinical information (therapy, diagnosis)", (10,), (), True),
    Item.RISKS: ItemInfo(17, "Risk factors", (11,), (), True, True),
    Item.HEALTH_CONDITIONS: ItemInfo(18, "Health conditions and allergies (e.g. diabetes)", (12,), (), True, True),
    Item.DEPENDANTS_PETS: ItemInfo(19, "Children, dependants and pets", (13,), (4,), False, True),
    Item.WHAT_HELPS: ItemInfo(20, "What helps me in a crisis / how to approach me", (), (1, 5), True),
    Item.PREFERRED_PLACE: ItemInfo(21, "Where I would like to be admitted", (), (3,), True),
    Item.ADVANCE_DECISIONS: ItemInfo(22, "Advance decisions (refusals of treatment)", (9,), (5,), True, True),
    Item.NAMED_CONTACTS: ItemInfo(23, "Named professional contacts", (8,), (8,), False),
    Item.CRISIS_NUMBERS: ItemInfo(24, "24-hour crisis numbers", (), (7,), False, True),
    Item.DO_NOT_CONTACT: ItemInfo(25, "People not to contact", (), (6,), False),
}

_BY_CODE: dict[int, Item] = {info.code: item for item, info in ITEMS.items()}


def item_by_code(code: int) -> Item:
    """The item with this CBOR code; KeyError for an unknown code."""
    return _BY_CODE[code]


def parse_item(key: str) -> Item:
    """The item with this key, or ValueError naming the unknown key and the valid ones."""
    try:
        return Item(key)
    except ValueError:
        valid = ", ".join(i.value for i in Item)
        raise ValueError(f"unknown item {key!r}; valid items are: {valid}") from None
