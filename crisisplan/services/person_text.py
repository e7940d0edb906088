"""The words of the person's own copy (CARD-05): plain English addressed to the person.

It says when the plan was agreed and when it will be reviewed (not when it was printed), gives
every validity warning (an advance decision that may not be valid as written, a review that is
overdue, a plan still in draft), marks the person's own words, says who holds which card and what
each sees, and summarises the sharing ledger. Lists are bullet points, never numbers, so no list
number is ever left alone at the foot of a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel

from crisisplan.forms.consent import recipient_label
from crisisplan.forms.fields import is_own_words
from crisisplan.forms.identifiers import format_nhs_number
from crisisplan.forms.items import ITEMS, Item
from crisisplan.forms.person import Person
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.rules import advance_decision_problems
from crisisplan.sharing.priority import RISK_SEVERITY, is_high_risk_medicine
from crisisplan.store.sharing import CardRecord, Disclosure

_SKIP = {"format", "format_version", "consent"}

HEADINGS: dict[str, str] = {
    "person": "About you",
    "early_warning_signs": "Signs that you are becoming unwell, and what helps",
    "support": "Support that helps you stay out of hospital",
    "admission": "If you need to go into hospital",
    "practical": "Your home, children, people you care for and pets",
    "advance_statement": "What you want to happen in a crisis",
    "advance_decisions": "Treatments you refuse (advance decisions)",
    "attorneys": "People who can decide for you",
    "family": "Your family, friends and carers",
    "named_contacts": "Professionals you can contact",
    "crisis_numbers": "Other numbers in your plan",
    "need_to_know": "What services need to know in a crisis",
    "young_person": "Family and school",
    "process": "How this plan was made",
}

_PERSON_RE = [
    (re.compile(r"\bThe person's\b"), "Your"), (re.compile(r"\bthe person's\b"), "your"),
    (re.compile(r"\bThe person\b"), "You"), (re.compile(r"\bthe person\b"), "you"),
    (re.compile(r"\bYou agrees\b"), "You agree"), (re.compile(r"\byou agrees\b"), "you agree"),
    (re.compile(r"\bYou says\b"), "You say"), (re.compile(r"\byou says\b"), "you say"),
]


_VERBS = {"presents": "present", "agrees": "agree", "says": "say", "needs": "need", "wants": "want",
          "likes": "like", "prefers": "prefer", "lives": "live", "uses": "use", "has": "have", "is": "are",
          "was": "were", "had": "had"}
_VERB_RE = re.compile(r"\b([Yy]ou(?: usually| also| still)?) (" + "|".join(_VERBS) + r")\b")


def to_you(text: str) -> str:
    """Field titles written about "the person" turned to address the person."""
    for pattern, replacement in _PERSON_RE:
        text = pattern.sub(replacement, text)
    return _VERB_RE.sub(lambda m: f"{m.group(1)} {_VERBS[m.group(2)]}", text)


@dataclass(frozen=True)
class Line:
    text: str
    kind: str = "text"
    """"text", "bullet", "own" (the person's own words) or "sub" (detail under a bullet)."""


@dataclass
class PersonCopy:
    intro: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sections: list[tuple[str, list[Line]]] = field(default_factory=list)


def _scalar(value: Any) -> str:
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return str(label) if label else str(value.value).replace("_", " ")
    return str(value).strip()


def _empty(value: Any) -> bool:
    if value is None or value is False or value == "" or value == [] or value == {}:
        return True
    if isinstance(value, BaseModel):
        return all(_empty(getattr(value, n)) for n in type(value).model_fields if n not in _SKIP)
    return False


def _title(model: type[BaseModel], name: str) -> str:
    info = model.model_fields[name]
    return to_you(info.title or name.replace("_", " ").capitalize())


def _own(model: type[BaseModel], name: str) -> bool:
    try:
        return bool(is_own_words(model, name))
    except Exception:  # a field the helper does not know: not marked
        return False


def _model_lines(value: BaseModel, out: list[Line], bullet: bool, skip: frozenset[str] = frozenset()) -> None:
    model = type(value)
    for name in model.model_fields:
        if name in _SKIP or name in skip:
            continue
        child = getattr(value, name)
        if _empty(child):
            continue
        title = _title(model, name)
        if isinstance(child, list):
            out.append(Line(f"{title}:", "text"))
            _list_lines(child, out)
        elif isinstance(child, BaseModel):
            out.append(Line(f"{title}:", "text"))
            _model_lines(child, out, bullet)
        elif isinstance(child, bool):
            out.append(Line(title if child else f"Not: {title.lower()}", "sub" if bullet else "text"))
        elif _own(model, name):
            out.append(Line(f"{title} (your words): “{_scalar(child)}”", "own"))
        else:
            out.append(Line(f"{title}: {_scalar(child)}", "sub" if bullet else "text"))


def _list_lines(items: list[Any], out: list[Line]) -> None:
    for item in items:
        if not isinstance(item, BaseModel):
            out.append(Line(_scalar(item), "bullet"))
            continue
        model = type(item)
        names = [n for n in model.model_fields if n not in _SKIP and not _empty(getattr(item, n))]
        if not names:
            continue
        lead = names[0]
        first = getattr(item, lead)
        if isinstance(first, (BaseModel, list)):
            out.append(Line(type(item).model_config.get("title") or "Entry", "bullet"))
            _model_lines(item, out, True)
            continue
        out.append(Line(_scalar(first) if not _own(model, lead) else f"“{_scalar(first)}” (your words)", "bullet"))
        _model_lines(item, out, True, skip=frozenset({lead}))


_PERSON_JOINED = frozenset({"given_name", "family_name", "nhs_number", "address"})


def _person_lines(person: Person, out: list[Line]) -> None:
    """About the person in a few plain lines: the name and the address each on one line, the NHS
    number as it is printed (999 345 7817), then every other field as elsewhere."""
    name = " ".join(p for p in (person.given_name, person.family_name) if p)
    if name:
        out.append(Line(f"Your name: {name}"))
    if person.nhs_number:
        out.append(Line(f"Your NHS number: {format_nhs_number(person.nhs_number)}"))
    address = person.address
    parts = [address.line1, address.line2, address.town, address.county, address.postcode]
    if any(parts):
        out.append(Line("Your address: " + ", ".join(p for p in parts if p)))
    _model_lines(person, out, False, skip=_PERSON_JOINED)


def validity_warnings(plan: CrisisPlan, today: date) -> list[str]:
    """Every reason the plan or part of it may not be relied on, in words for the person."""
    warnings: list[str] = []
    if plan.process.status.value == "draft":
        warnings.append("This plan is still a draft: it has not been agreed yet, so services may not follow it.")
    review = plan.process.review_date
    if review is not None and review < today:
        warnings.append(f"Your plan was due for review on {_scalar(review)}. Please ask your care coordinator "
                        "to review it with you.")
    for decision in plan.advance_decisions:
        if decision.withdrawn_on is not None or not decision.treatment_refused:
            continue
        for problem in advance_decision_problems(decision, plan.person.date_of_birth, plan.attorneys, today):
            warnings.append(f"Your advance decision to refuse “{decision.treatment_refused}” may not be valid as "
                            f"it is written: {problem}. Ambulance crews and the emergency department see this "
                            "warning too. Talk to your care coordinator about putting it right.")
    return warnings


def _cards_section(cards: list[CardRecord], disclosures: list[Disclosure]) -> list[Line]:
    items_of = {d.card_id: d.items for d in disclosures if d.card_id}
    live = [c for c in cards if c.superseded_by is None and c.revoked_at is None]
    if not live:
        return [Line("No crisis card has been issued from this plan yet.")]
    lines: list[Line] = []
    for card in live:
        shown = [ITEMS[Item(i)].label.lower() for i in items_of.get(card.card_id, ()) if i in Item._value2member_map_]
        lines.append(Line(f"{recipient_label(card.recipient)}: card {card.card_id}, issued "
                          f"{_scalar(date.fromisoformat(card.issued_on))}, review by "
                          f"{_scalar(date.fromisoformat(card.valid_until))}.", "bullet"))
        if shown:
            lines.append(Line("It shows: " + "; ".join(shown) + ".", "sub"))
    return lines


def _ledger_section(disclosures: list[Disclosure]) -> list[Line]:
    if not disclosures:
        return [Line("Nothing from your plan has been shared yet.")]
    lines: list[Line] = []
    for d in disclosures[-12:]:
        when = _scalar(date.fromisoformat(d.decided_at[:10]))
        who = recipient_label(d.recipient) if d.recipient != "person" else "you"
        if not d.shared:
            lines.append(Line(f"{when}: it was decided not to share your information with {who}.", "bullet"))
            continue
        what = {"card": "a crisis card", "person-copy": "your own copy", "decision": "information"}.get(d.kind, d.kind)
        basis = "with your agreement" if d.lawful_basis == "consent" else \
            f"without your agreement, on the basis of {d.lawful_basis.replace('_', ' ')}"
        lines.append(Line(f"{when}: {what} for {who} ({len(d.items)} kinds of information, {basis}).", "bullet"))
    if len(disclosures) > 12:
        lines.insert(0, Line(f"The last 12 of {len(disclosures)} entries; ask for the full record at any time."))
    return lines


def person_copy_text(plan: CrisisPlan, *, plan_version: int, today: date, cards: list[CardRecord],
                     disclosures: list[Disclosure]) -> PersonCopy:
    copy = PersonCopy()
    agreement = plan.process.agreement
    agreed = f"agreed on {_scalar(agreement.signed_off_on)}" if agreement.signed_off_on else "not yet agreed"
    review = plan.process.review_date
    copy.intro.append(f"This is your crisis plan, version {plan_version}, {agreed}. "
                      + (f"It will be reviewed by {_scalar(review)}." if review else "No review date is set yet."))
    copy.intro.append("You told us what happens when you become unwell and what helps. Where this copy "
                      "quotes you, your own words are in quotation marks and marked “your words”.")
    copy.warnings = validity_warnings(plan, today)
    for name in CrisisPlan.model_fields:
        if name in _SKIP:
            continue
        section = getattr(plan, name)
        if _empty(section):
            continue
        if name == "need_to_know":  # CARD-03: risk to life and high-risk medicines first, as on every card
            section = section.model_copy(update={
                "risks": sorted(section.risks, key=lambda r: RISK_SEVERITY.get(getattr(r.kind, "value", ""), 99)),
                "medicines": sorted(section.medicines, key=lambda m: not is_high_risk_medicine(m.name))})
        lines: list[Line] = []
        if isinstance(section, list):
            _list_lines(section, lines)
        elif isinstance(section, Person):
            _person_lines(section, lines)
        elif isinstance(section, BaseModel):
            _model_lines(section, lines, False)
        else:
            lines.append(Line(_scalar(section)))
        copy.sections.append((HEADINGS.get(name, _title(CrisisPlan, name)), lines))
    copy.sections.append(("Who has a card, and what each one shows", _cards_section(cards, disclosures)))
    copy.sections.append(("What has been shared, and when", _ledger_section(disclosures)))
    return copy
