"""Card shortening rules: never drop a safety-critical item; always say when something was cut."""

from __future__ import annotations

from dataclasses import replace

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.qr import qr_version
from crisisplan.export.samples import typical_card_payload
from crisisplan.forms.items import ITEMS, Item
from crisisplan.sharing.fit import DROP_ORDER, fit_card

KEY = generate_signing_key()


def sealer(p):
    return seal(p, KEY)


def test_every_non_critical_item_has_a_drop_rank():
    non_critical = {i for i, info in ITEMS.items() if not info.safety_critical}
    assert non_critical == set(DROP_ORDER)
    assert not any(ITEMS[i].safety_critical for i in DROP_ORDER)


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
    assert dropped and dropped <= set(DROP_ORDER)
