"""Helpers for the desktop tests: fictional plans, users with given roles, finding dialogs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.process import PlanStatus
from crisisplan.services import admin
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import save_plan
from crisisplan.services.session import Session

W = TypeVar("W", bound=QWidget)


def add_plans(session: Session, count: int, seed: int = 7) -> list[CrisisPlan]:
    plans = list(generate_plans(count, seed=seed))
    with session.store.transaction():
        for plan in plans:
            save_plan(session, plan)
    return plans


def with_process(plan: CrisisPlan, *, review: date | None = None, status: str | None = None) -> CrisisPlan:
    update: dict[str, object] = {}
    if review is not None:
        update["review_date"] = review
    if status is not None:
        update["status"] = PlanStatus(status)
    process = plan.process.model_copy(update=update)
    return plan.model_copy(update={"process": process})


def add_user(session: Session, username: str, roles: Iterable[str], passphrase: str = "another long passphrase") -> str:
    admin.add_user(session, username, username.capitalize(), list(roles), passphrase)
    return passphrase


def top_level(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def message_boxes() -> list[QMessageBox]:
    return top_level(QMessageBox)


def person_names(plans: Iterable[CrisisPlan]) -> set[str]:
    """Every first and last name in the plans (to check nothing shows them in a title)."""
    names: set[str] = set()
    for plan in plans:
        person = plan.person
        for value in (person.given_name, person.family_name, person.preferred_name):
            if value and len(value) > 2:
                names.add(str(value))
    return names
