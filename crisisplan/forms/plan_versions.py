"""Plan document versions: the current `format_version` and the upgrade of documents saved by older
versions of crisisplan (docs/plan-format.md, "Versioning"). Every reader of a plan document goes
through `CrisisPlan` validation, which upgrades first: imports, the store's saved versions, drafts,
FHIR. Documents are upgraded as they are read, one step a version (N → N+1); only the newest
version is written."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

PLAN_FORMAT_VERSION: Literal[2] = 2
OLDEST_PLAN_FORMAT_VERSION = 1
"""The oldest plan format this version reads (tests/fixtures/plan-format-1.json is a sample)."""


def _version_1_to_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added optional fields and changed no meaning: `person.living_situation`, a family
    member's `language` and `needs_interpreter`, a do-not-contact entry's `description` (kept
    without a name), a child's `school` and `young_person.competence_scope`. A version 1 document is
    a version 2 document without them. The release that added them still wrote version 1, so a
    version 1 document may already hold them; they are kept as they are. No value is invented: a
    competence recorded without a scope stays without one until the clinician records it."""
    return {**document, "format_version": 2}


_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _version_1_to_2}


def is_version_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def readable_version(value: object) -> bool:
    """A `format_version` this version of crisisplan reads (upgrading it when older)."""
    return is_version_number(value) and OLDEST_PLAN_FORMAT_VERSION <= value <= PLAN_FORMAT_VERSION  # type: ignore[operator]


def upgrade_plan_document(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """The document as the current version writes it, when it was saved by an older version; any
    other document unchanged (validation then reports a version it cannot read)."""
    version = data.get("format_version")
    if not readable_version(version) or version == PLAN_FORMAT_VERSION:
        return data
    document = dict(data)
    while document["format_version"] < PLAN_FORMAT_VERSION:
        document = _STEPS[document["format_version"]](document)
    return document
