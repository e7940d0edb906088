"""Drafts of unsaved plan edits, kept per user inside the encrypted store (never in a temp file).

The plan editor saves a draft as the user types (debounced) and before the app locks or closes, so
nothing typed is ever lost. A draft holds the editor's raw data, which may not be a valid plan yet
(half-typed NHS number, say), plus the version the edits started from. Keys are `plan:<id>` for
edits to a saved plan and `new:<hex>` for a plan that has never been saved. Saving the plan
discards its draft. Drafts are not audited per keystroke (the save that follows is).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.session import Session

DRAFT_FORMAT = "crisisplan.draft"
DRAFT_FORMAT_VERSION = 1
_KEY = re.compile(r"plan:[1-9][0-9]{0,18}|new:[0-9a-f]{32}")


@dataclass(frozen=True)
class Draft:
    """Unsaved edits. `data` is the editor's raw plan data (JSON types only, maybe invalid)."""

    key: str
    data: dict[str, Any]
    base_version: int | None
    saved_at: datetime

    @property
    def plan_id(self) -> int | None:
        return plan_id_of(self.key)


@dataclass(frozen=True)
class DraftInfo:
    """A draft as listed (for "continue where you left off" and the plan list's draft filter)."""

    key: str
    plan_id: int | None
    base_version: int | None
    saved_at: datetime
    name: str
    """The name typed in the draft, or "" (shown inside the app only, never in a window title)."""


def plan_draft_key(plan_id: int) -> str:
    """The draft key for edits to a saved plan."""
    if isinstance(plan_id, bool) or not isinstance(plan_id, int) or plan_id < 1:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "A plan number is a whole number from 1 up."))
    return f"plan:{plan_id}"


def new_draft_key() -> str:
    """A fresh draft key for a plan that has not been saved yet."""
    return f"new:{uuid.uuid4().hex}"


def plan_id_of(key: str) -> int | None:
    """The plan id a `plan:<id>` key belongs to; None for a new plan's draft."""
    return int(key[5:]) if key.startswith("plan:") else None


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "A draft key is 'plan:<number>' or 'new:<32 hex digits>'."))
    return key


def save_draft(session: Session, key: str, data: Mapping[str, Any], base_version: int | None) -> None:
    """Save (replace) the draft under `key`. `data` must hold JSON types only."""
    session.require(Permission.EDIT_PLAN)
    _check_key(key)
    document = {
        "format": DRAFT_FORMAT,
        "format_version": DRAFT_FORMAT_VERSION,
        "base_version": base_version,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "data": dict(data),
    }
    try:
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The draft holds a value that cannot be kept; this is a "
                                                           "bug.")) from None
    session.store.drafts.save(key, text)


def _parse(key: str, text: str) -> Draft | None:
    try:
        document = json.loads(text)
    except ValueError:
        return None
    if not isinstance(document, dict) or document.get("format") != DRAFT_FORMAT:
        return None
    data = document.get("data")
    base = document.get("base_version")
    try:
        saved_at = datetime.fromisoformat(str(document.get("saved_at")))
    except ValueError:
        saved_at = datetime.now(UTC)
    if not isinstance(data, dict) or not (base is None or (isinstance(base, int) and not isinstance(base, bool))):
        return None
    return Draft(key, data, base, saved_at)


def load_draft(session: Session, key: str) -> Draft | None:
    """The draft under `key`, or None when there is none (or it cannot be read: it is then kept)."""
    session.require(Permission.EDIT_PLAN)
    stored = session.store.drafts.get(_check_key(key))
    return None if stored is None else _parse(key, stored)


def discard_draft(session: Session, key: str) -> None:
    """Remove the draft under `key` (nothing happens when there is none)."""
    session.require(Permission.EDIT_PLAN)
    session.store.drafts.discard(_check_key(key))


def _name(data: Mapping[str, Any]) -> str:
    person = data.get("person")
    if not isinstance(person, dict):
        return ""
    parts = [person.get("given_name"), person.get("family_name")]
    name = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    preferred = person.get("preferred_name")
    return name or (preferred.strip() if isinstance(preferred, str) else "")


def list_drafts(session: Session) -> list[DraftInfo]:
    """The signed-in user's drafts, newest first."""
    session.require(Permission.EDIT_PLAN)
    found: list[DraftInfo] = []
    for key in session.store.drafts.list_keys():
        if not _KEY.fullmatch(key):
            continue
        draft = load_draft(session, key)
        if draft is not None:
            found.append(DraftInfo(key, draft.plan_id, draft.base_version, draft.saved_at, _name(draft.data)))
    found.sort(key=lambda d: d.saved_at, reverse=True)
    return found
