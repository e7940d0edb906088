"""Plain records the store hands out (no pydantic: the store treats plans as opaque JSON)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .errors import InvalidInputError

RECOVERY_USERNAME = "recovery"
_USERNAME = re.compile(r"[A-Za-z0-9._-]{1,64}")
_ROLE = re.compile(r"[a-z0-9_-]{1,40}")


@dataclass(frozen=True)
class Actor:
    username: str
    roles: tuple[str, ...]
    workstation: str


@dataclass(frozen=True)
class UserRecord:
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    created_at: str


@dataclass(frozen=True)
class IndexFields:
    """What the store indexes for lists and search, supplied by the services layer."""

    name: str
    nhs_number: str | None
    date_of_birth: str | None  # ISO yyyy-mm-dd
    postcode: str | None
    review_date: str | None  # ISO yyyy-mm-dd
    status: str
    text: str  # all searchable text of the plan
    consent_recorded: bool = False  # the person's consent (given or refused) is recorded for some item


@dataclass(frozen=True)
class PlanSummary:
    plan_id: int
    name: str
    nhs_number: str | None
    date_of_birth: str | None
    postcode: str | None
    version: int
    updated_at: str
    review_date: str | None
    status: str


@dataclass(frozen=True)
class PlanVersion:
    plan_id: int
    version: int
    document: str
    created_at: str
    author: str
    note: str | None


@dataclass(frozen=True)
class VersionInfo:
    plan_id: int
    version: int
    created_at: str
    author: str
    note: str | None


def check_username(username: str) -> str:
    if not isinstance(username, str) or not _USERNAME.fullmatch(username):
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "A username must be 1 to 64 characters long and use only "
                                                           "letters, digits, dots, dashes and underscores (no "
                                                           "spaces)."))
    return username


def check_new_username(username: str) -> str:
    check_username(username)
    if username.lower() == RECOVERY_USERNAME:
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "The username '{RECOVERY_USERNAME}' is reserved. Choose "
                                                           "another username.")
                                .format(RECOVERY_USERNAME=RECOVERY_USERNAME))
    return username


def check_roles(roles: Sequence[str]) -> tuple[str, ...]:
    if isinstance(roles, str):
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "Roles must be given as a list of role names."))
    out: list[str] = []
    for role in roles:
        if not isinstance(role, str) or not _ROLE.fullmatch(role):
            raise InvalidInputError(QT_TRANSLATE_NOOP("store", "A role name must be 1 to 40 lowercase letters, "
                                                               "digits, '-' or '_'."))
        if role not in out:
            out.append(role)
    if not out:
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "Give each user at least one role."))
    return tuple(out)


def check_passphrase(passphrase: str) -> str:
    if not isinstance(passphrase, str) or passphrase == "":
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "The passphrase must not be empty."))
    return passphrase
