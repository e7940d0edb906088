"""A number that is not answered around the clock is never headed "24-HOUR CRISIS HELP" on the
wallet card (issue 11: a non-24-hour number passed off as one), read back with `pdftotext -bbox`."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_card_front import numbers_heading
from crisisplan.forms.items import Item
from crisisplan.sharing.selection import NOT_24_HOURS
from tests.export.test_card_text_rules import pdf_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (test.sh installs it)")

AROUND = [("Crisis team (crisis resolution and home treatment)", "01632 960202"),
          ("Mental health crisis line", "01632 960201")]
EVENINGS = ("Adult social care out of hours" + NOT_24_HOURS.format(hours="evenings and weekends"), "01632 960203")


def _payload() -> CardPayload:
    risks = [f"Suicide: overdose risk when alone at night, line {n}, call the crisis team" for n in range(6)]
    return CardPayload(card_id="H4QZ7KX2MD", issuer="Fictional Vale NHS Trust", locality="vale",
                       recipient="ambulance", plan_ref="9", plan_version=3, issued=date(2026, 12, 2),
                       valid_until=date(2027, 3, 2), items={Item.NAME: "Ann Example", Item.RISKS: risks})


def _text(numbers: list[tuple[str, str]]) -> str:
    card = render_wallet_card(_payload(), "CP1:TEST", recipient_label="Ambulance service",
                              crisis_numbers=numbers, use_restriction=None)
    return " ".join(w.text for w in pdf_words(card) if w.page == 0)


def test_inside_numbers_with_one_not_24_hours_are_not_headed_24_hour() -> None:
    text = _text([*AROUND, EVENINGS])
    assert "MORE CRISIS NUMBERS" in text and "MORE 24-HOUR CRISIS HELP" not in text
    assert text.count("24-HOUR CRISIS HELP") == 1  # the front's foot: a 24-hour number


def test_only_24_hour_numbers_keep_the_24_hour_heading() -> None:
    text = _text(AROUND)
    assert "CRISIS NUMBERS" not in text and "24-HOUR CRISIS HELP" in text


def test_the_heading_rule() -> None:
    around = ((("Crisis line",), ("01632 960201",)),)
    evenings = (((EVENINGS[0],), (EVENINGS[1],)),)
    assert numbers_heading(around, more=False) == "24-HOUR CRISIS HELP"
    assert numbers_heading(around + evenings, more=True) == "MORE CRISIS NUMBERS"
    assert numbers_heading(evenings, more=False) == "CRISIS NUMBERS"
