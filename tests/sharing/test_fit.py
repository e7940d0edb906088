"""Card shortening rules: never drop a safety-critical item; always say when something was cut."""

from __future__ import annotations

from dataclasses import replace

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.qr import qr_version
from crisisplan.export.samples import typical_card_payload
from crisisplan.forms.items import ITEMS, Item
from crisisplan.sharing.fit import cut_at_word, fit_card
from crisisplan.sharing.priority import NEVER_DROPPED, drop_order

KEY = generate_signing_key()


def sealer(p):
    return seal(p, KEY)


def test_every_droppable_item_has_a_drop_rank_for_every_recipient():
    droppable = {i for i in ITEMS if i not in NEVER_DROPPED}
    for recipient in ("police", "ambulance", "emergency_department", "gp"):
        assert set(drop_order(recipient)) == droppable
    assert not any(ITEMS[i].safety_critical for i in drop_order("police"))
    assert Item.MEDICINES in NEVER_DROPPED


def test_shortening_cuts_at_a_word():
    assert cut_at_word("Clozapine 300 mg at night", 14) == "Clozapine 300…"
    assert cut_at_word("short", 14) == "short"


def test_a_typical_card_is_untouched():
    payload = typical_card_payload()
    fitted, text, _code = fit_card(payload, sealer)
    assert fitted == payload and not fitted.truncated
    assert qr_version(text) <= 15


def test_an_oversized_card_keeps_every_critical_item_and_says_more_in_full_plan():
    payload = typical_card_payload()
    long_line = "Detailed note about this item that goes on for a long while " * 8
    items = {item: [f"{long_line} {n}" for n in range(12)] for item in Item}
    big = replace(payload, items=items)
    fitted, text, _code = fit_card(big, sealer)
    assert qr_version(text) <= 20
    assert fitted.truncated
    for item, info in ITEMS.items():
        if info.safety_critical:
            assert item in fitted.items, item
    dropped = set(big.items) - set(fitted.items)
    assert dropped and dropped <= set(drop_order(big.recipient))
    assert Item.MEDICINES in fitted.items


def test_no_shortening_keeps_a_pet_over_a_medicine():
    """Issue 11: an ambulance card kept the dog's name and dropped Clozapine 300 mg."""
    import random

    rng = random.Random(11)
    words = "garden key neighbour bus morning tea walk quiet music sister phone letter".split()

    def filler() -> str:  # varied text, so compression cannot make it small
        return " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(8))

    payload = typical_card_payload()
    items = {item: [filler() for _ in range(6)] for item in Item}
    items[Item.MEDICINES] = ["Clozapine 300 mg at night (psychosis)", *[filler() for _ in range(5)]]
    items[Item.DEPENDANTS_PETS] = [f"Child: {filler()}", f"Cares for: {filler()}", f"Other: {filler()}",
                                   "Pet: dog Biscuit; neighbour will look after"]
    big = replace(payload, recipient="ambulance", items=items)
    fitted, _text, _code = fit_card(big, sealer)
    assert fitted.truncated
    assert any("Clozapine 300 mg" in line for line in fitted.items[Item.MEDICINES])
    assert not any("Biscuit" in line for line in fitted.items[Item.DEPENDANTS_PETS])
