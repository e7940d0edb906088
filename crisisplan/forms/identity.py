"""Safeguards checked before a plan is saved, as the systems GPs already use do: a date of birth in
the future or an age over 120 is refused, and so is a review date before the date the plan was
agreed, or "No known allergies" ticked beside listed allergies. Dates in messages are written as
the user types them (dd/mm/yyyy).

These are save-time rules, not model validators, so documents saved before them still load.
`today` is always passed in."""

from __future__ import annotations

from datetime import date

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import Problem
from crisisplan.forms.rules import age_on

MAX_AGE = 120


def typed_date(day: date) -> str:
    """A date as the user types it: dd/mm/yyyy."""
    return f"{day:%d/%m/%Y}"


def identity_problems(plan: CrisisPlan, today: date) -> list[Problem]:
    """Every identity safeguard the plan breaks (empty when none)."""
    problems: list[Problem] = []
    dob = plan.person.date_of_birth
    if dob is not None and dob > today:
        problems.append(Problem("person.date_of_birth", (
            f"About me › Date of birth: is in the future (today is {typed_date(today)}); "
            "check the day, month and year.")))
    elif dob is not None and age_on(dob, today) > MAX_AGE:
        problems.append(Problem("person.date_of_birth", (
            f"About me › Date of birth: gives an age over {MAX_AGE}; check the year "
            "(write the date as dd/mm/yyyy).")))
    agreed = plan.process.agreement.signed_off_on
    review = plan.process.review_date
    if agreed is not None and review is not None and review < agreed:
        problems.append(Problem("process.review_date", (
            "Making and reviewing the plan › Review date: is before the date the plan was agreed; "
            "choose a review date on or after it.")))  # never the plan's own dates (no values in messages)
    need = plan.need_to_know
    if need.no_known_allergies and any(a.substance or a.reaction for a in need.allergies):
        problems.append(Problem("need_to_know.no_known_allergies", (
            "Need to know in a crisis › No known allergies: is ticked but allergies are listed; untick "
            "it or remove the allergies.")))
    return problems

