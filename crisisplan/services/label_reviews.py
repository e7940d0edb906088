"""Which languages' card labels a qualified translator has checked, as recorded by the IG lead.

The catalogue (resources/labels/card-labels.json) holds draft translations. An organisation
enables a language for printing without the "translation not yet checked" mark by having the IG
lead record who checked it and when (`record_label_review`); the record lives in the encrypted
store beside the local protocol's settings, and every change is audited. Withdrawing the record
puts the mark back on everything printed afterwards.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from crisisplan.export.card_labels import ENGLISH, LabelSet, Language, catalogue, language_for
from crisisplan.forms.items import Item
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.session import Session

REVIEWS_KEY = "card_label_reviews"


@dataclass(frozen=True)
class LabelReview:
    code: str
    reviewer: str
    """The qualified translator who checked the labels (name and, if wanted, registration)."""
    reviewed_on: str
    """ISO date of the check."""
    recorded_by: str
    recorded_at: str


def _language(code: str) -> Language:
    languages = catalogue()[1]
    language = languages.get(code.strip().lower())
    if language is None:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "No card labels for the language '{code}'. "
                                                           "Languages: {names}.")
                             .format(code=code.strip()[:20], names=", ".join(sorted(languages))))
    return language


def label_reviews(session: Session) -> dict[str, LabelReview]:
    """The recorded checks by language code (not clinical: any signed-in user may read them)."""
    raw = session.store.meta.get(REVIEWS_KEY)
    if not raw:
        return {}
    data = json.loads(raw)
    return {code: LabelReview(**entry) for code, entry in data.items() if code in catalogue()[1]}


def _save(session: Session, reviews: dict[str, LabelReview]) -> None:
    session.store.meta.set(REVIEWS_KEY, json.dumps({code: asdict(r) for code, r in sorted(reviews.items())}))


def record_label_review(session: Session, code: str, reviewer: str, reviewed_on: date,
                        *, today: date | None = None) -> LabelReview:
    """The IG lead records that `reviewer`, a qualified translator, checked the labels of the
    language `code` on `reviewed_on`: from now on they print without the "not yet checked" mark."""
    session.require(Permission.APPROVE_TRANSLATIONS)
    language = _language(code)
    reviewer = " ".join(reviewer.split())
    if not 2 <= len(reviewer) <= 200:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "Give the translator's name (2 to 200 characters)."))
    if reviewed_on > (today or date.today()):
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The date of the check cannot be in the future."))
    review = LabelReview(language.code, reviewer, reviewed_on.isoformat(), session.username,
                         datetime.now(UTC).isoformat(timespec="seconds"))
    with session.store.transaction():
        reviews = label_reviews(session)
        reviews[language.code] = review
        _save(session, reviews)
        session.store.audit.append("settings", detail=f"card labels in {language.name} enabled for printing: "
                                                      f"checked by {reviewer} on {review.reviewed_on}")
    return review


def withdraw_label_review(session: Session, code: str) -> None:
    """The IG lead withdraws a recorded check: the language prints marked "not yet checked" again."""
    session.require(Permission.APPROVE_TRANSLATIONS)
    language = _language(code)
    with session.store.transaction():
        reviews = label_reviews(session)
        if reviews.pop(language.code, None) is None:
            raise InvalidRequest(QT_TRANSLATE_NOOP("services", "No check of the {language} labels is recorded.")
                                 .format(language=language.name))
        _save(session, reviews)
        session.store.audit.append("settings", detail=f"card labels in {language.name}: translator's check withdrawn")


def language_statuses(session: Session) -> list[tuple[Language, LabelReview | None]]:
    """Every language of the catalogue with its recorded check, if any."""
    reviews = label_reviews(session)
    return [(language, reviews.get(code)) for code, language in sorted(catalogue()[1].items())]


def labels_for_plan(session: Session, plan: CrisisPlan, items: object = None) -> LabelSet:
    """The labels for documents about this plan: English and the person's language (their first
    language, else the interpreter's), checked or not. `items`, when given, is what a card shares:
    a card whose recipient may not see the language and communication item prints English only,
    since a second language would tell them the person's language."""
    if items is not None and Item.LANGUAGE_COMMUNICATION not in items:  # type: ignore[operator]
        return ENGLISH
    code = language_for(plan.person.first_language, plan.person.interpreter_language)
    if code is None:
        return ENGLISH
    review = label_reviews(session).get(code)
    return LabelSet(code, review.reviewer if review else None, review.reviewed_on if review else None)
