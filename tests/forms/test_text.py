"""Search text and display names."""

from __future__ import annotations

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.text import display_name, plan_search_text


def _person(**fields: str) -> CrisisPlan:
    return CrisisPlan.model_validate({"person": fields})


def test_display_name() -> None:
    assert display_name(_person(given_name="Ada", family_name="Okafor")) == "Okafor, Ada"
    assert display_name(_person(family_name="Okafor")) == "Okafor"
    assert display_name(_person(given_name="Ada")) == "Ada"
    assert display_name(_person(preferred_name="Addie")) == "Addie"
    assert display_name(CrisisPlan.empty()) == "Unknown person"


def test_search_text_has_all_text_and_no_choices() -> None:
    plan = CrisisPlan.model_validate(
        {
            "person": {
                "given_name": "Ada",
                "family_name": "Okafor",
                "nhs_number": "9990000018",
                "address": {"postcode": "ox4 1ab"},
                "gender": "female",
            },
            "early_warning_signs": [{"sign": "Not sleeping", "what_others_can_do": "Stay calm"}],
            "need_to_know": {
                "risks": [{"kind": "self_harm", "detail": "Cuts arms"}],
                "health_conditions": [{"condition": "Type 1 diabetes"}],
            },
            "practical": {"pets": [{"species": "Dog", "name": "Biscuit"}]},
            "process": {"not_agreed": [{"preference": "Never hospital"}]},
        }
    )
    text = plan_search_text(plan)
    for expected in (
        "Ada",
        "Okafor",
        "9990000018",
        "999 000 0018",
        "OX4 1AB",
        "Not sleeping",
        "Stay calm",
        "Cuts arms",
        "Type 1 diabetes",
        "Biscuit",
        "Never hospital",
    ):
        assert expected in text.split("\n"), expected
    assert "female" not in text and "self_harm" not in text and "crisisplan.plan" not in text
    assert "draft" not in text


def test_search_text_of_empty_plan_is_empty() -> None:
    assert plan_search_text(CrisisPlan.empty()) == ""
