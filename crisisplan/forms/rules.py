"""Pure rules over plans: NHS numbers, age, review due, whether a young person's plan, what
documents the person holds, and the Mental Capacity Act 2005 ss24-26 conditions for advance
decisions. No I/O; `today` is always passed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from crisisplan.forms.advance import AdvanceDecision, Attorney, AttorneyKind
from crisisplan.forms.fields import Choice, long_date, set_labels
from crisisplan.forms.identifiers import (
    format_nhs_number,
    is_valid_nhs_number,
    is_valid_postcode,
    nhs_check_digit,
    normalise_nhs_number,
    normalise_postcode,
)
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.process import PlanStatus
from crisisplan.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "MHA_OVERRIDE_WARNING",
    "DocumentsHeld",
    "ReviewStatus",
    "advance_decision_problems",
    "age_on",
    "documents_held",
    "format_nhs_number",
    "is_valid_nhs_number",
    "is_valid_postcode",
    "is_young_person",
    "nhs_check_digit",
    "normalise_nhs_number",
    "normalise_postcode",
    "plan_advance_decision_problems",
    "review_status",
]

ADULT_AGE = 18

MHA_OVERRIDE_WARNING = (
    "An advance decision may not stop treatment for a mental disorder given under the Mental "
    "Health Act 1983: such treatment can be given even though a valid advance decision refuses it. "
    "Electroconvulsive therapy (ECT) is the exception: a valid and applicable advance decision "
    "refusing ECT must be followed except in an emergency. Treatment for physical health is not "
    "covered by the Mental Health Act, so a valid advance decision refusing it still applies."
)
"""Shown wherever advance decisions are shown or shared."""


def age_on(dob: date, on: date) -> int:
    """Age in whole years on the date `on` (someone born on 29 February turns a year older on 1 March
    in other years). Raises ValueError when `on` is before `dob`."""
    if on < dob:
        raise ValueError("The date is before the date of birth; check the date of birth.")
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


class ReviewStatus(Choice):
    NOT_SET = "not_set"
    CURRENT = "current"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


set_labels(ReviewStatus, {
    "not_set": "No review date",
    "current": "Up to date",
    "due_soon": "Review due soon",
    "overdue": "Review overdue",
})


def review_status(review_date: date | None, today: date, due_soon_days: int = 28) -> ReviewStatus:
    """Where the plan is in its review cycle. A review date of today is due soon, not overdue."""
    if review_date is None:
        return ReviewStatus.NOT_SET
    if review_date < today:
        return ReviewStatus.OVERDUE
    if review_date <= today + timedelta(days=due_soon_days):
        return ReviewStatus.DUE_SOON
    return ReviewStatus.CURRENT


def is_young_person(plan: CrisisPlan, today: date) -> bool:
    """Whether to treat this as a child's or young person's plan: the explicit setting where given,
    otherwise under 18 by date of birth, otherwise no."""
    explicit = plan.young_person.is_young_person
    if explicit is not None:
        return explicit
    dob = plan.person.date_of_birth
    if dob is None or dob > today:
        return False
    return age_on(dob, today) < ADULT_AGE


@dataclass(frozen=True)
class DocumentsHeld:
    """B8 item 9: whether the person has a crisis plan or other advance statements."""

    crisis_plan_agreed: bool
    advance_statement: bool
    advance_decisions: int
    """How many advance decisions are recorded and not withdrawn."""
    attorneys: int
    held_elsewhere: bool

    @property
    def any(self) -> bool:
        return (self.crisis_plan_agreed or self.advance_statement or self.advance_decisions > 0
                or self.attorneys > 0 or self.held_elsewhere)


def documents_held(plan: CrisisPlan) -> DocumentsHeld:
    return DocumentsHeld(
        crisis_plan_agreed=plan.process.status is PlanStatus.AGREED,
        advance_statement=not plan.advance_statement.is_empty(),
        advance_decisions=sum(1 for d in plan.advance_decisions if d.withdrawn_on is None),
        attorneys=len(plan.attorneys),
        held_elsewhere=bool(plan.need_to_know.other_plans_held),
    )


def _age_problems(decision: AdvanceDecision, person_dob: date | None, today: date) -> list[str]:
    made = decision.made_on
    if made is None:
        return [QT_TRANSLATE_NOOP("forms",
                                  "no record of the date it was made, so it cannot be checked that the person was 18 "
                                  "or over")]
    if made > today:
        return [QT_TRANSLATE_NOOP("forms", "the date it was made is in the future")]
    if person_dob is None:
        return [QT_TRANSLATE_NOOP("forms",
                                  "the person's date of birth is not recorded, so it cannot be checked that they were "
                                  "18 or over when it was made")]
    if made < person_dob or age_on(person_dob, made) < ADULT_AGE:
        return [QT_TRANSLATE_NOOP("forms", "made before the person was 18")]
    return []


def _life_sustaining_problems(decision: AdvanceDecision) -> list[str]:
    if not decision.life_sustaining:
        return []
    problems: list[str] = []
    if not decision.written:
        problems.append(QT_TRANSLATE_NOOP("forms", "refuses life-sustaining treatment but is not written down"))
    if not decision.signed:
        problems.append(QT_TRANSLATE_NOOP("forms", "refuses life-sustaining treatment but is not signed"))
    if not decision.witnessed:
        problems.append(QT_TRANSLATE_NOOP("forms", "refuses life-sustaining treatment but is not witnessed"))
    if not decision.even_if_life_at_risk:
        problems.append(QT_TRANSLATE_NOOP("forms",
                                          "refuses life-sustaining treatment but does not say it applies even if life "
                                          "is at risk"))
    return problems


def _attorney_problems(decision: AdvanceDecision, lpas: Sequence[Attorney]) -> list[str]:
    index = decision.later_attorney
    if index is None:
        return []
    if index >= len(lpas):
        return [QT_TRANSLATE_NOOP("forms", "refers to a lasting power of attorney that is not in the plan")]
    attorney = lpas[index]
    if attorney.kind is not AttorneyKind.HEALTH_WELFARE_LPA:
        return [QT_TRANSLATE_NOOP("forms",
                                  "the linked entry is not a lasting power of attorney for health and welfare, so it "
                                  "cannot cover this decision; check the link")]
    if attorney.registered_on is None or decision.made_on is None:
        return [QT_TRANSLATE_NOOP("forms",
                                  "a lasting power of attorney covers this treatment, but the dates are missing: check "
                                  "whether it was made after the advance decision (if so, the decision no longer "
                                  "applies)")]
    if attorney.registered_on > decision.made_on:
        return [QT_TRANSLATE_NOOP("forms",
                                  "a later lasting power of attorney covers this decision, so it no longer applies")]
    return []


def advance_decision_problems(
    decision: AdvanceDecision,
    person_dob: date | None,
    lpas: Sequence[Attorney],
    today: date,
) -> list[str]:
    """Each Mental Capacity Act 2005 s24-26 condition this advance decision does not meet, in plain
    words (an empty list when none is found). `lpas` is the plan's `attorneys` list, which
    `decision.later_attorney` indexes. The Mental Health Act may still override a valid decision:
    show `MHA_OVERRIDE_WARNING` alongside."""
    problems: list[str] = []
    if decision.is_request:
        problems.append(QT_TRANSLATE_NOOP("forms",
                                          "advance decisions can only refuse treatment: this reads as a request"))
    if not decision.treatment_refused:
        problems.append(QT_TRANSLATE_NOOP("forms", "does not say which treatment is refused"))
    problems.extend(_age_problems(decision, person_dob, today))
    if decision.had_capacity is None:
        problems.append(QT_TRANSLATE_NOOP("forms", "no record that the person had capacity"))
    elif not decision.had_capacity:
        problems.append(QT_TRANSLATE_NOOP("forms", "the person did not have capacity when it was made"))
    problems.extend(_life_sustaining_problems(decision))
    if decision.witnessed and not decision.witness_name:
        problems.append(QT_TRANSLATE_NOOP("forms", "witnessed, but the witness's name is not recorded"))
    if decision.withdrawn_on is not None:
        problems.append(QT_TRANSLATE_NOOP("forms", "withdrawn on {day}").format(day=long_date(decision.withdrawn_on)))
    problems.extend(_attorney_problems(decision, lpas))
    return problems


def plan_advance_decision_problems(plan: CrisisPlan, today: date) -> dict[int, list[str]]:
    """Problems of every advance decision in the plan by its index (an empty list where none)."""
    dob = plan.person.date_of_birth
    return {
        index: advance_decision_problems(decision, dob, plan.attorneys, today)
        for index, decision in enumerate(plan.advance_decisions)
    }
