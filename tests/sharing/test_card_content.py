"""What reaches the cards (issue 11): dependants' needs, children's notes and school, people not to
contact without a name, scoped competence, a relative's language, risks by severity, high-risk
medicines first, and demo plan 9's ambulance card leading with the suicide and overdose risk."""

from __future__ import annotations

from datetime import date

from crisisplan.export.keys import generate_signing_key, private_key_to_bytes
from crisisplan.export.payload import CardPayload
from crisisplan.forms.items import Item
from crisisplan.services.card_render import CardJob, render_card
from crisisplan.services.demo import generate_plans
from crisisplan.sharing.extract import item_values
from crisisplan.sharing.protocol import bundled_protocol
from crisisplan.sharing.selection import preview_share
from tests.export.test_pdf_support import page_texts

TODAY = date(2026, 12, 2)


def _plan(**sections):
    plan = next(iter(generate_plans(1, seed=3, today=TODAY)))
    return plan.model_copy(update=sections)


def test_dependants_needs_children_notes_and_school_reach_the_card():
    plan = _plan()
    practical = plan.practical.model_validate({
        "dependants": [{"name": "Father", "relationship": "father", "needs": "has dementia, needs meals at 12 and 6"}],
        "children": [{"name": "Amy", "age": 7, "school": "Vale Primary", "notes": "collect at 3pm"},
                     {"name": "Ben", "age": 4}],
        "pets": [{"species": "dog", "name": "Biscuit"}],
    })
    lines = item_values(plan.model_copy(update={"practical": practical}), today=TODAY)[Item.DEPENDANTS_PETS]
    assert "needs: has dementia, needs meals at 12 and 6" in lines[0]
    assert any("Amy" in line and "school: Vale Primary" in line and "collect at 3pm" in line for line in lines)
    assert any("Ben" in line for line in lines)
    assert "Biscuit" in lines[-1]  # people before pets


def test_do_not_contact_without_a_name_is_kept_with_its_description():
    plan = _plan()
    family = plan.family.model_validate({"do_not_contact": [{"description": "the man from the flat upstairs"},
                                                            {"relationship": "ex-partner"}]})
    lines = item_values(plan.model_copy(update={"family": family}), today=TODAY)[Item.DO_NOT_CONTACT]
    assert lines == ["the man from the flat upstairs", "their ex-partner"]


def test_competence_has_a_scope_and_a_relatives_language_is_theirs_not_the_childs():
    plan = _plan()
    young = plan.young_person.model_copy(update={"competent_to_consent": True,
                                                 "competence_scope": "sharing with school only"})
    family = plan.family.model_validate({"people": [{"name": "Ewa", "relationship": "mother", "language": "Polish",
                                                     "needs_interpreter": True, "contact_in_crisis": True,
                                                     "may_be_told": "everything", "phone": "07700 900123"}]})
    values = item_values(plan.model_copy(update={"young_person": young, "family": family}), today=TODAY)
    assert "Competent to consent only for: sharing with school only" in values[Item.FAMILY_AND_SCHOOL]
    assert "Competent to consent: yes" not in values[Item.FAMILY_AND_SCHOOL]
    assert values[Item.EMERGENCY_CONTACTS] == ["Ewa (mother) (speaks Polish, needs an interpreter) 07700 900123"]
    assert "Polish" not in str(values.get(Item.LANGUAGE_COMMUNICATION, ""))


def test_risks_by_severity_and_high_risk_medicines_first():
    plan = _plan()
    data = plan.need_to_know.model_dump(mode="json")
    data["risks"] = [{"kind": "exploitation", "detail": "money"}, {"kind": "confusion", "detail": "at night"},
                     {"kind": "suicide", "detail": "overdoses"}]
    data["medicines"] = [{"name": "Sertraline", "dose": "100 mg"}, {"name": "Clozapine", "dose": "300 mg"}]
    ntk = plan.need_to_know.model_validate(data)
    values = item_values(plan.model_copy(update={"need_to_know": ntk}), today=TODAY)
    assert [line.split(":")[0] for line in values[Item.RISKS]] == ["Suicide", "Confusion", "Exploitation by others"]
    assert values[Item.MEDICINES][0].startswith("Clozapine")


def test_demo_plan_9s_ambulance_card_shows_the_suicide_and_overdose_risk_first():
    plan = list(generate_plans(9, seed=2014, today=TODAY))[8]
    protocol = bundled_protocol("oxfordshire")
    shown = preview_share(plan, protocol, "ambulance", today=TODAY, plan_version=1)
    payload = CardPayload(card_id="K7QZ2MD4XA", issuer="Vale Health NHS Trust", locality="vale",
                          recipient="ambulance", plan_ref="9", plan_version=1, issued=TODAY,
                          valid_until=date(2027, 3, 2), items=shown.values(shown.allowed_items))
    job = CardJob(payload, private_key_to_bytes(generate_signing_key()), "00", "Ambulance service",
                  (("Crisis team, 24 hours", "01632 960202"),), None)
    front = page_texts(render_card(job).card_pdf)[0]
    assert "Risks: Suicide: Has taken overdoses" in front
    assert front.index("Suicide") < front.index("Exploitation")
