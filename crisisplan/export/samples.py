"""Fictional sample cards shared by tests and benchmarks (quality bar P6-P8).

All people, numbers and places here are fictional: the NHS number is from the 999 test range with
a valid check digit, and phone numbers are from the ranges Ofcom reserves for drama.
"""

from __future__ import annotations

from datetime import date

from crisisplan.export.payload import CardPayload
from crisisplan.forms.items import ITEMS, Item

SAMPLE_CARD_ID = "K3VQ7M2XAB"


def typical_card_payload(card_id: str = SAMPLE_CARD_ID) -> CardPayload:
    """P7's typical card, as an ambulance crew would receive it: identity, 3 medicines, 3 risks,
    2 contacts, language/communication needs, dependants, plan held and crisis numbers."""
    items: dict[Item, str | list[str]] = {
        Item.NAME: "Alex Morgan",
        Item.DATE_OF_BIRTH: "14/03/1987",
        Item.NHS_NUMBER: "999 876 5439",
        Item.LANGUAGE_COMMUNICATION: "Polish; hard of hearing: please face me and speak slowly",
        Item.MEDICINES: [
            "Sertraline 150 mg once daily",
            "Quetiapine 200 mg at night",
            "Metformin 500 mg twice daily",
        ],
        Item.RISKS: [
            "Self-harm (cutting), worse at night",
            "Suicide: overdose in 2023",
            "Missing from home when unwell",
        ],
        Item.EMERGENCY_CONTACTS: ["Partner Chris Morgan 07700 900412"],
        Item.NAMED_CONTACTS: ["Care coordinator Priya Shah, Oxford City CMHT 01632 960275"],
        Item.DEPENDANTS_PETS: "2 children (7, 10) at home: partner or my mother will care for them; dog",
        Item.CRISIS_PLAN_HELD: "Joint crisis plan held by crisis team and GP",
        Item.CRISIS_NUMBERS: ["Crisis team 01632 960100 (24 hours)", "NHS 111 option 2"],
    }
    return CardPayload(
        card_id=card_id,
        issuer="Oxford Health NHS Foundation Trust",
        locality="oxfordshire",
        recipient="ambulance",
        plan_ref="PL-4821",
        plan_version=3,
        issued=date(2025, 6, 2),
        valid_until=date(2026, 6, 2),
        items=items,
        truncated=False,
    )


def maximal_card_payload(card_id: str = SAMPLE_CARD_ID, lines_per_item: int = 4) -> CardPayload:
    """A card with every item filled with several long lines: far more than fits a QR code at
    version 20-M, so sealing it must end in CardTooLargeError (the caller shortens it)."""
    filler = (
        "{label}: line {n} of a long entry written in full sentences, with details that belong in "
        "the full plan rather than on a card"
    )
    items: dict[Item, str | list[str]] = {
        item: [filler.format(label=info.label, n=n) for n in range(1, lines_per_item + 1)]
        for item, info in ITEMS.items()
    }
    base = typical_card_payload(card_id)
    return CardPayload(
        card_id=base.card_id,
        issuer=base.issuer,
        locality=base.locality,
        recipient="crisis_team",
        plan_ref=base.plan_ref,
        plan_version=base.plan_version,
        issued=base.issued,
        valid_until=base.valid_until,
        items=items,
        truncated=True,
    )
