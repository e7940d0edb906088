"""The person's copy (CARD-05) starts "About you" in plain lines, not a form's fields: the name and
the address each on one line, the NHS number as it is printed."""

from __future__ import annotations

from datetime import date

from crisisplan.services.demo import generate_plans
from crisisplan.services.person_text import person_copy_text


def test_about_you_reads_as_plain_lines() -> None:
    plan = list(generate_plans(9, seed=2014, today=date(2026, 12, 2)))[8]
    copy = person_copy_text(plan, plan_version=3, today=date(2026, 12, 2), cards=[], disclosures=[])
    heading, lines = copy.sections[0]
    texts = [line.text for line in lines]
    person = plan.person
    assert heading == "About you"
    assert texts[0] == f"Your name: {person.given_name} {person.family_name}"
    nhs = person.nhs_number
    assert texts[1] == f"Your NHS number: {nhs[:3]} {nhs[3:6]} {nhs[6:]}"
    assert texts[2] == f"Your address: {person.address.line1}, {person.address.town}, {person.address.postcode}"
    joined = "\n".join(texts)
    for form_words in ("Given name", "Family name", "Address line 1", "Town or city", "Postcode:", nhs):
        assert form_words not in joined
    assert f"Date of birth: {person.date_of_birth.day} {person.date_of_birth:%B %Y}" in texts  # the rest as before


def test_risks_and_medicines_in_the_cards_priority_order() -> None:
    """CARD-03: the order is the same on every output; demo plan 9 lists exploitation before suicide
    and sertraline before lithium."""
    plan = list(generate_plans(9, seed=2014, today=date(2026, 12, 2)))[8]
    assert [r.kind.value for r in plan.need_to_know.risks if r.kind] == ["exploitation", "confusion", "suicide"]
    assert [m.name for m in plan.need_to_know.medicines] == ["Sertraline", "Lithium carbonate"]
    copy = person_copy_text(plan, plan_version=3, today=date(2026, 12, 2), cards=[], disclosures=[])
    lines = [line.text for _heading, section in copy.sections for line in section if line.kind == "bullet"]
    assert lines.index("Suicide") < lines.index("Confusion") < lines.index("Exploitation by others")
    assert lines.index("Lithium carbonate") < lines.index("Sertraline")
