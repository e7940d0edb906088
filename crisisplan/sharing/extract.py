"""What each shareable item says, as short lines of plain text, taken from a plan.

This is the one place that decides the wording of cards and summaries. Items 5 and 6 of B8 are
worded "known in advance" because the plan cannot know the current presentation. An item with
nothing recorded is absent from the result, so it is never shown or shared as an empty heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from crisisplan.forms.items import Item
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.rules import advance_decision_problems, age_on, documents_held, format_nhs_number
from crisisplan.sharing.priority import RISK_SEVERITY, medicines_first

ItemValue = str | list[str]

MAX_LINE = 1000
"""A card line is one line of at most this many characters (the card format forbids line breaks)."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _one_line(text: str) -> str:
    """Line breaks become "; " and other control characters a space, so free text typed over several
    lines still reads naturally on one card line."""
    text = re.sub(r"\s*[\r\n]+\s*", "; ", text.strip())
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1].rstrip() + "…"


def _clean(value: ItemValue) -> ItemValue:
    if isinstance(value, str):
        return _one_line(value)
    return [line for line in (_one_line(v) for v in value) if line]


def _join(parts: Iterable[str], sep: str = ", ") -> str:
    return sep.join(p for p in (s.strip() for s in parts) if p)


def _with_phone(text: str, phone: str) -> str:
    return f"{text} {phone}".strip() if phone else text


def _name(plan: CrisisPlan) -> str:
    p = plan.person
    full = _join([p.given_name, p.family_name], " ")
    if p.preferred_name and p.preferred_name not in full:
        return f"{full} (known as {p.preferred_name})" if full else p.preferred_name
    return full


def _date_of_birth(plan: CrisisPlan, today: date) -> str:
    dob = plan.person.date_of_birth
    if dob is None:
        return ""
    if dob > today:  # a typing slip in the plan; show the date without an age rather than fail
        return f"{dob:%d/%m/%Y}"
    return f"{dob:%d/%m/%Y} (age {age_on(dob, today)})"


def _language(plan: CrisisPlan) -> list[str]:
    p = plan.person
    lines: list[str] = []
    if p.first_language:
        lines.append(f"First language: {p.first_language}")
    if p.interpreter_needed:
        lines.append(_join(["Needs an interpreter", p.interpreter_language], ": "))
    if p.uses_sign_language:
        lines.append("Uses sign language")
    if p.communication_needs:
        lines.append(p.communication_needs)
    return lines


def _emergency_contacts(plan: CrisisPlan) -> list[str]:
    people = [m for m in plan.family.people if m.may_be_told.value != "nothing"]
    flagged = [m for m in people if m.contact_in_crisis]
    lines = []
    for m in flagged or people:
        speaks = _join([f"speaks {m.language}" if m.language else "",
                        "needs an interpreter" if m.needs_interpreter else ""])
        who = _join([m.name, f"({m.relationship})" if m.relationship else "", f"({speaks})" if speaks else ""], " ")
        lines.append(_with_phone(who, m.phone))
    return lines


def _family_and_school(plan: CrisisPlan) -> list[str]:
    yp = plan.young_person
    lines = [
        _with_phone(_join(["Parental responsibility: " + pr.name, f"({pr.relationship})" if pr.relationship else ""],
                          " "), pr.phone)
        for pr in yp.parental_responsibility if pr.name
    ]
    if yp.school.name:
        lines.append(_with_phone(_join([f"School: {yp.school.name}", yp.school.contact_name]), yp.school.phone))
    if yp.family_details:
        lines.append(yp.family_details)
    if yp.competent_to_consent is not None:
        if yp.competent_to_consent and yp.competence_scope:  # never read as consent to more than assessed
            lines.append(f"Competent to consent only for: {yp.competence_scope}")
        else:
            lines.append("Competent to consent: " + ("yes" if yp.competent_to_consent else "no"))
    return lines


def _services(plan: CrisisPlan) -> list[str]:
    s = plan.need_to_know.services
    lines: list[str] = []
    if s.gp_practice or s.gp_name:
        lines.append(_with_phone("GP: " + _join([s.gp_practice, s.gp_name]), s.gp_phone))
    if s.mental_health_team:
        lines.append(_with_phone(f"Mental health team: {s.mental_health_team}", s.mental_health_team_phone))
    if s.professional_name:
        lines.append(_with_phone(_join([s.professional_name, s.professional_role]), s.professional_phone))
    return lines


def _documents(plan: CrisisPlan, plan_version: int | None) -> list[str]:
    held = documents_held(plan)
    lines: list[str] = []
    if held.crisis_plan_agreed:
        version = f" (version {plan_version})" if plan_version else ""
        lines.append(f"Has an agreed crisis plan{version}")
    if held.advance_statement:
        lines.append("Has an advance statement")
    if held.advance_decisions:
        lines.append(f"Has {held.advance_decisions} advance decision(s) to refuse treatment")
    if held.attorneys:
        lines.append("Has a lasting power of attorney or nominated person")
    if held.held_elsewhere:
        lines.append(plan.need_to_know.other_plans_held)
    return lines


def _clinical(plan: CrisisPlan) -> list[str]:
    c = plan.need_to_know.clinical
    return [line for line in (
        f"Diagnosis: {c.diagnosis}" if c.diagnosis else "",
        f"Therapy: {c.psychological_therapy}" if c.psychological_therapy else "",
        c.other,
    ) if line]


def _health(plan: CrisisPlan) -> list[str]:
    n = plan.need_to_know
    lines = [_join([h.condition, h.detail], ": ") for h in n.health_conditions if h.condition or h.detail]
    lines += [_join([f"Allergy: {a.substance}", a.reaction], ", ") for a in n.allergies if a.substance]
    if n.no_known_allergies and not any(a.substance for a in n.allergies):
        lines.append("No known allergies")  # a recorded answer, unlike "not recorded" (nothing)
    return lines


def _dependants(plan: CrisisPlan) -> list[str]:
    pn = plan.practical
    lines: list[str] = []
    for dep in pn.dependants:  # adults who need care first: their care cannot wait
        needs = f"; needs: {dep.needs}" if dep.needs else ""
        care = f"; cared for by {dep.who_will_care}" if dep.who_will_care else ""
        who = _join([f"Cares for: {dep.name or 'a dependant'}", dep.relationship])
        lines.append(_with_phone(who + needs + care, dep.carer_phone))
    for child in pn.children:
        age = f", {child.age}" if child.age is not None else ""
        notes = (f"; school: {child.school}" if child.school else "") + (f"; {child.notes}" if child.notes else "")
        care = f"; cared for by {child.who_cares_for_them}" if child.who_cares_for_them else ""
        lines.append(_with_phone(f"Child: {child.name or 'name not recorded'}{age}{notes}{care}", child.carer_phone))
    for pet in pn.pets:
        who = f"; {pet.who_looks_after} will look after" if pet.who_looks_after else ""
        keys = f"; keys: {pet.keys}" if pet.keys else ""
        lines.append(_with_phone(f"Pet: {_join([pet.species, pet.name], ' ')}{who}{keys}", pet.carer_phone))
    if plan.need_to_know.other_factors:
        lines.append(plan.need_to_know.other_factors)
    return lines


def _do_not_contact(plan: CrisisPlan) -> list[str]:
    """Everyone on the "do not contact" list, named or not: an entry without a name is described by
    whatever was recorded (relationship, description), never silently dropped."""
    lines: list[str] = []
    for d in plan.family.do_not_contact:
        description = d.description
        who = d.name or description or (f"their {d.relationship}" if d.relationship else "")
        if not who:
            continue
        extra = [f"({d.relationship})" if d.relationship and d.name else "",
                 f"- {description}" if description and d.name else ""]
        lines.append(_join([who, *extra], " "))
    return lines


def _what_helps(plan: CrisisPlan) -> list[str]:
    a = plan.advance_statement
    lines = [line for line in (a.approaches_that_help, a.how_to_speak_to_me) if line]
    lines += [s.what_others_can_do for s in plan.early_warning_signs if s.what_others_can_do][:3]
    return lines


def _preferred_place(plan: CrisisPlan) -> list[str]:
    adm = plan.admission
    lines = [_join([p.kind.label, p.name], ": ") for p in adm.preferred_places]
    lines += [f"Does not want: {_join([n.what or n.kind.label, n.reason], ' - ')}" for n in adm.not_wanted]
    return lines


def _advance_decisions(plan: CrisisPlan, today: date) -> list[str]:
    lines: list[str] = []
    for decision in plan.advance_decisions:
        if decision.withdrawn_on is not None or not decision.treatment_refused:
            continue
        line = f"Refuses: {decision.treatment_refused}"
        if decision.original_held_at:
            line += f" (original: {decision.original_held_at})"
        problems = advance_decision_problems(decision, plan.person.date_of_birth, plan.attorneys, today)
        if problems:
            line += f". CHECK VALIDITY: {problems[0]}"
        lines.append(line)
    return lines


def _named_contacts(plan: CrisisPlan) -> list[str]:
    return [
        _with_phone(_join([f"{c.role.label}: {c.name}", c.organisation]), c.phone)
        + (f" ({c.when_reachable})" if c.when_reachable else "")
        for c in plan.named_contacts if c.name or c.phone
    ]


def _crisis_numbers(plan: CrisisPlan, local_numbers: Sequence[tuple[str, str]]) -> list[str]:
    lines = [f"{label}: {number}" for label, number in local_numbers]
    lines += [
        f"{c.label or c.kind.label}: {c.number}" + (f" ({c.hours})" if c.hours else "")
        for c in plan.crisis_numbers if c.number
    ]
    return list(dict.fromkeys(lines))


def item_values(
    plan: CrisisPlan,
    *,
    today: date,
    local_numbers: Sequence[tuple[str, str]] = (),
    plan_version: int | None = None,
) -> dict[Item, ItemValue]:
    """Every item that has something recorded, worded for a card or summary."""
    p = plan.person
    n = plan.need_to_know
    values: dict[Item, ItemValue] = {
        Item.NAME: _name(plan),
        Item.DATE_OF_BIRTH: _date_of_birth(plan, today),
        Item.GENDER: p.gender_in_own_words or (p.gender.label if p.gender else ""),
        Item.NHS_NUMBER: format_nhs_number(p.nhs_number) if p.nhs_number else "",
        Item.ADDRESS: _join([_with_phone(_join([p.address.line1, p.address.line2, p.address.town,
                                                p.address.postcode]), p.phone),
                             f"Living situation: {p.living_situation}" if p.living_situation else ""], "; "),
        Item.DESCRIPTION: p.description,
        Item.EMERGENCY_CONTACTS: _emergency_contacts(plan),
        Item.FAMILY_AND_SCHOOL: _family_and_school(plan),
        Item.LANGUAGE_COMMUNICATION: _language(plan),
        Item.USUAL_PRESENTATION: f"Known in advance: {n.usual_presentation}" if n.usual_presentation else "",
        Item.DRINK_DRUGS: f"Known in advance: {n.drink_drugs}" if n.drink_drugs else "",
        Item.PHYSICAL_NEEDS: [line for line in (n.physical_impairments,
                                                f"Diet: {n.dietary_requirements}" if n.dietary_requirements else "")
                              if line],
        Item.MEDICINES: medicines_first(_join([m.name, m.dose, f"({m.purpose})" if m.purpose else ""], " ")
                                        for m in n.medicines if m.name),
        Item.SERVICES_ENGAGED: _services(plan),
        Item.CRISIS_PLAN_HELD: _documents(plan, plan_version),
        Item.CLINICAL_INFO: _clinical(plan),
        Item.RISKS: [r.detail if r.kind.value == "other" and r.detail else _join([r.kind.label, r.detail], ": ")
                     for r in sorted(n.risks, key=lambda r: RISK_SEVERITY.get(r.kind.value, len(RISK_SEVERITY)))],
        Item.HEALTH_CONDITIONS: _health(plan),
        Item.DEPENDANTS_PETS: _dependants(plan),
        Item.WHAT_HELPS: _what_helps(plan),
        Item.PREFERRED_PLACE: _preferred_place(plan),
        Item.ADVANCE_DECISIONS: _advance_decisions(plan, today),
        Item.NAMED_CONTACTS: _named_contacts(plan),
        Item.CRISIS_NUMBERS: _crisis_numbers(plan, local_numbers),
        Item.DO_NOT_CONTACT: _do_not_contact(plan),
    }
    cleaned = {item: _clean(value) for item, value in values.items()}
    return {item: value for item, value in cleaned.items() if value}
