"""The police card's "limits on use" box never pushes the person's risk to life off the front
(CARD-03): when the front cannot hold the box in full and the risks too, the box is one line and its
full text is the card's last item (whole inside, or named as on the A4 summary). Checked on the
PDFs' own text (`pdftotext -bbox`) for generated plans, with the rules of test_card_text_rules, and
on demo plan 9's police card."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_card_front import FRONT_LABELS, LIMITS_COMPACT
from crisisplan.export.pdf_common import CARD_WIDTH
from crisisplan.forms.items import Item
from crisisplan.services.card_render import CARD_USE_RESTRICTION
from tests.export.test_card_text_rules import (
    NUMBERS,
    Word,
    assert_card_order,
    bare,
    item_words,
    moved_labels,
    pdf_words,
    phone_whole,
    value,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (test.sh installs it)")

POLICE_ITEMS = (Item.RISKS, Item.HEALTH_CONDITIONS, Item.MEDICINES, Item.LANGUAGE_COMMUNICATION,
                Item.PHYSICAL_NEEDS, Item.DEPENDANTS_PETS, Item.WHAT_HELPS, Item.EMERGENCY_CONTACTS,
                Item.DO_NOT_CONTACT)


@st.composite
def police_payloads(draw: st.DrawFn) -> CardPayload:
    others = draw(st.lists(st.sampled_from(POLICE_ITEMS[1:]), max_size=len(POLICE_ITEMS) - 1, unique=True))
    items: dict[Item, str | list[str]] = {Item.RISKS: draw(value)} | {item: draw(value) for item in others}
    items[Item.NAME] = draw(st.sampled_from(["Zeynep Aziz", "Jordan Ashby-Okafor"]))
    items[Item.DATE_OF_BIRTH] = "13/03/1971 (age 55)"
    if draw(st.booleans()):
        items[Item.GENDER] = "Female"
    return CardPayload(card_id="H4QZ7KX2MD", issuer="Fictional Vale NHS Trust", locality="vale",
                       recipient="police", plan_ref="9", plan_version=3, issued=date(2026, 12, 2),
                       valid_until=date(2027, 3, 2), items=items)


def _card(payload: CardPayload, restriction: str | None) -> list[Word]:
    return [w for w in pdf_words(render_wallet_card(payload, "CP1:TEST", recipient_label="Police",
                                                    crisis_numbers=NUMBERS, use_restriction=restriction))
            if w.page == 0]


def _panel_of(words: list[Word], label: str) -> int | None:
    """The panel (0 the front) whose text holds `label:` as an item's label."""
    parts = label.split()
    for n in range(len(words) - len(parts) + 1):
        run = words[n:n + len(parts)]
        if [w.text for w in run[:-1]] == parts[:-1] and run[-1].text == parts[-1] + ":":
            return int(run[0].x // CARD_WIDTH)
    return None


def _text(words: list[Word], panel: int) -> str:
    return " ".join(w.text for w in words if int(w.x // CARD_WIDTH) == panel)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(police_payloads())
def test_the_limits_box_never_pushes_risk_to_life_off_the_front(payload: CardPayload) -> None:
    plain = _card(payload, None)
    police = _card(payload, CARD_USE_RESTRICTION)
    risks = FRONT_LABELS[Item.RISKS]
    if _panel_of(plain, risks) == 0:  # risks fit the front without the box: they must with it
        assert _panel_of(police, risks) == 0, "risk to life pushed off the front by the limits box (CARD-03)"
    front = _text(police, 0)
    full = set(item_words(CARD_USE_RESTRICTION))
    if "Limits on use:" in front:  # the box in full
        assert full <= {bare(w.text) for w in police if w.x < CARD_WIDTH}
    else:  # one line (on the front, or opening the first panel); the full text the last item or named
        assert LIMITS_COMPACT in " ".join(_text(police, p) for p in (0, 1))
        inside = {bare(w.text) for w in police if w.x >= CARD_WIDTH}
        assert full <= inside or "Limits on use" in moved_labels(police)
    drawn = {bare(w.text) for w in police}
    for item in FRONT_LABELS:
        if item in payload.items:
            assert set(item_words(payload.items[item])) <= drawn or FRONT_LABELS[item] in moved_labels(police), item
    for _label, number in NUMBERS:
        if " " in number:
            assert phone_whole(police, number), number  # CARD-04
    assert min(w.size for w in police) >= 8.0  # CARD-02
    assert_card_order(police, payload)


def test_demo_plan_9s_police_card_leads_with_the_suicide_risk() -> None:
    """Issue 11: the box pushed demo plan 9's risks (suicide, overdose) to the third panel."""
    from crisisplan.services.demo import generate_plans
    from crisisplan.sharing.protocol import bundled_protocol
    from crisisplan.sharing.selection import preview_share, protocol_numbers

    today = date(2026, 12, 2)
    plan = list(generate_plans(9, seed=2014, today=today))[8]
    protocol = bundled_protocol("oxfordshire")
    shown = preview_share(plan, protocol, "police", today=today, plan_version=3)
    payload = CardPayload(card_id="K7QZ2MD4XA", issuer="Vale Health NHS Foundation Trust", locality="vale",
                          recipient="police", plan_ref="9", plan_version=3, issued=today,
                          valid_until=date(2027, 3, 2), items=shown.values(shown.allowed_items))
    assert protocol.recipient("police").use_restriction
    words = [w for w in pdf_words(render_wallet_card(
        payload, "CP1:TEST", recipient_label="Police", crisis_numbers=list(protocol_numbers(protocol)),
        use_restriction=CARD_USE_RESTRICTION)) if w.page == 0]
    front = _text(words, 0)
    assert _panel_of(words, "Risks") == 0 and re.search(r"Risks: Suicide: Has taken overdoses", front)
    assert LIMITS_COMPACT in front or "Limits on use:" in front
