"""A FHIR document Bundle back into a crisis plan. All or nothing: any problem (not JSON, not a
Bundle, a resource the R4B models refuse, a section or resource or extension this mapping does not
know) raises PlanInputError naming each one; nothing is dropped silently. Values never appear in
messages (they may be clinical)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from crisisplan.fhir.clinical import DERIVED_TYPES
from crisisplan.fhir.codes import EXT, ODS, PLAN_HEADER, PLAN_ID_SYSTEM, SECTION_DATA, SECTION_SYSTEM
from crisisplan.fhir.consent import records_from_consent
from crisisplan.fhir.contacts import contact_from_resources
from crisisplan.fhir.directives import DIRECTIVE_TYPES
from crisisplan.fhir.document import Organisation, bundle_data, section_fields
from crisisplan.fhir.patient import person_from_patient
from crisisplan.fhir.values import Json, code_in
from crisisplan.fhir.versions import as_written_by
from crisisplan.forms.jsontext import MAX_IMPORT_BYTES, JsonInputError, read_json
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.plan_versions import OLDEST_PLAN_FORMAT_VERSION, readable_version
from crisisplan.forms.problems import PlanInputError, Problem, problems_from_validation_error

MAX_FHIR_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 5000
_KNOWN_TYPES = frozenset({"Composition", "Patient", "RelatedPerson", "Practitioner", "PractitionerRole",
                          "Consent", *DERIVED_TYPES, *DIRECTIVE_TYPES})


@dataclass(frozen=True)
class ImportedPlan:
    plan: CrisisPlan
    identifier: str | None
    """The plan identifier (system PLAN_ID_SYSTEM) of the Bundle, when it has one."""


def _fail(message: str, path: str = "") -> PlanInputError:
    return PlanInputError([Problem(path, message)])


def _walk_extensions(value: Any, path: str) -> Iterator[tuple[str, str, bool]]:
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("extension", "modifierExtension") and isinstance(child, list):
                for item in child:
                    if isinstance(item, dict):
                        yield f"{path}.{key}", str(item.get("url", "")), key == "modifierExtension"
            yield from _walk_extensions(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk_extensions(child, f"{path}[{index}]")


def _validated(data: Any, max_entries: int) -> Json:
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        found = data.get("resourceType") if isinstance(data, dict) else None
        what = f"a {found} resource" if isinstance(found, str) and found.isalnum() else "not a FHIR resource"
        raise _fail(f"This is not a FHIR document Bundle ({what}). Choose a crisis plan Bundle exported as FHIR.")
    if data.get("type") != "document":
        raise _fail("This FHIR Bundle is not a document Bundle (Bundle.type must be 'document').", "type")
    entries = data.get("entry")
    if not isinstance(entries, list) or not entries:
        raise _fail("The Bundle has no entries.", "entry")
    if len(entries) > max_entries:
        raise _fail(f"The Bundle has more than {max_entries:,} entries; it is not a crisis plan.", "entry")
    for index, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if not isinstance(kind, str) or kind not in _KNOWN_TYPES:
            name = kind if isinstance(kind, str) and kind.isalnum() else "an unnamed resource"
            raise _fail(f"Entry {index + 1} is {name}, which a crisis plan does not contain; it cannot be "
                        "imported (nothing was imported).", f"entry[{index}]")
    try:
        bundle = Bundle.model_validate(data)
    except ValidationError as exc:
        places = sorted({".".join(str(p) for p in err["loc"]) for err in exc.errors()})[:20]
        raise PlanInputError([Problem(p, "not valid FHIR R4 (checked with the R4B models)") for p in places]) from None
    except (KeyError, ValueError, TypeError) as exc:
        raise _fail(f"This is not valid FHIR R4: {type(exc).__name__}.") from None
    result: Json = json.loads(bundle.model_dump_json())
    return result


def _section_code(section: Json) -> str | None:
    return code_in(section.get("code"), SECTION_SYSTEM)


def load_fhir_plan(text: str | bytes, max_bytes: int = MAX_FHIR_BYTES, max_entries: int = MAX_ENTRIES) -> ImportedPlan:
    """The plan in a FHIR document Bundle made by `document.plan_bundle` (or one shaped like it)."""
    try:
        data = read_json(text, min(max_bytes, MAX_IMPORT_BYTES))
    except JsonInputError as exc:
        raise _fail(str(exc)) from None
    bundle = _validated(data, max_entries)
    problems: list[Problem] = []
    foreign: list[Problem] = []
    for path, url, modifier in _walk_extensions(bundle, "Bundle"):
        if modifier or not url.startswith(EXT):
            foreign.append(Problem(path, f"extension {url!r} is not part of the crisis plan mapping and would "
                                          "be lost; it was not imported"))
    resources = {e.get("fullUrl", ""): e["resource"] for e in bundle["entry"]}
    composition = bundle["entry"][0]["resource"]
    if composition.get("resourceType") != "Composition":
        raise _fail("The first entry of a document Bundle must be its Composition.", "entry[0]")
    header = next((e.get("valueString") for e in composition.get("extension") or [] if e.get("url") == PLAN_HEADER),
                  f"crisisplan.plan/{OLDEST_PLAN_FORMAT_VERSION}")
    fmt, _, number = str(header).partition("/")
    if fmt != "crisisplan.plan" or not number.isdigit() or not readable_version(int(number)):
        raise _fail("This plan was exported by a newer version of crisisplan; update crisisplan to import it.")
    used = {bundle["entry"][0].get("fullUrl", "")}
    practitioners = {url: r for url, r in resources.items() if r.get("resourceType") == "Practitioner"}
    used |= set(practitioners)
    plan: dict[str, Any] = {"format_version": int(number)}  # an older version's sections are upgraded
    seen: set[str] = set()
    for index, section in enumerate(composition.get("section") or []):
        name = _section_code(section)
        path = f"Composition.section[{index}]"
        if name not in section_fields() or name in seen:
            problems.append(Problem(path, f"section {section.get('title', '(untitled)')!r} is not a crisis plan "
                                          "section this version can read; it was not imported"))
            continue
        seen.add(name)
        refs = [str((e or {}).get("reference", "")) for e in section.get("entry") or []]
        used.update(refs)
        entries = [resources[r] for r in refs if r in resources]
        if len(entries) != len(refs):
            problems.append(Problem(path, "an entry refers to a resource that is not in the Bundle"))
        if name == "person":
            patients = [e for e in entries if e.get("resourceType") == "Patient"]
            if len(patients) != 1:
                problems.append(Problem(path, "the About me section must refer to exactly one Patient"))
            else:
                plan["person"] = person_from_patient(patients[0])
        elif name == "named_contacts":
            contacts = [contact_from_resources(e, practitioners) for e in entries]
            if any(c is None for c in contacts):
                problems.append(Problem(path, "a named contact is neither a RelatedPerson nor a PractitionerRole"))
            plan["named_contacts"] = [c for c in contacts if c is not None]
        elif name == "consent":
            found: list[tuple[int, dict[str, Any]]] = []
            messages: list[str] = []
            for entry in entries:
                if entry.get("resourceType") != "Consent":
                    messages.append("the consent section holds a resource that is not a Consent")
                    continue
                found += records_from_consent(entry, messages)
            problems += [Problem(path, m) for m in messages]
            plan["consent"] = [record for _, record in sorted(found, key=lambda pair: pair[0])]
        else:
            data_text = next((e.get("valueString") for e in section.get("extension") or []
                              if e.get("url") == SECTION_DATA), None)
            if not isinstance(data_text, str):
                problems.append(Problem(path, f"section {name!r} has only narrative text, which cannot be read "
                                              "back into the plan's fields; it was not imported"))
                continue
            try:
                plan[name] = json.loads(data_text)
            except ValueError:
                problems.append(Problem(path, f"section {name!r}: its plan data is not JSON"))
            if any(e.get("resourceType") not in DERIVED_TYPES | DIRECTIVE_TYPES for e in entries):
                problems.append(Problem(path, f"section {name!r} holds a resource this mapping does not read"))
    for url, resource in resources.items():
        if url not in used:
            problems.append(Problem(url, f"{resource.get('resourceType')} is not in any plan section; "
                                         "it was not imported"))
    if problems:
        raise PlanInputError((problems + foreign)[:200])
    try:
        crisis_plan = CrisisPlan.model_validate(plan)
    except ValidationError as exc:
        raise PlanInputError(problems_from_validation_error(exc)) from None
    ident = bundle.get("identifier") or {}
    identifier = ident.get("value") if ident.get("system") == PLAN_ID_SYSTEM else None
    identifier = identifier if isinstance(identifier, str) else None
    unmapped = unmapped_paths(bundle, crisis_plan, identifier)
    if unmapped or foreign:
        message = ("this content is not part of the crisis plan mapping (or differs from what the plan's "
                   "fields say) and would be lost; nothing was imported")
        raise PlanInputError(foreign + [Problem(path, message) for path in unmapped])
    return ImportedPlan(crisis_plan, identifier)


def _author(composition: Json) -> Organisation:
    authors = composition.get("author") or [{}]
    ods = authors[0].get("identifier") or {}
    code = str(ods.get("value", "")) if ods.get("system") == ODS else ""
    return Organisation(str(authors[0].get("display", "")), code)


def _normalised(bundle: Json) -> Json:
    """`bundle` with what legitimately varies removed: resource ids, fullUrls (references become
    entry numbers), times of export, and what a server adds (Bundle.id, meta.versionId/lastUpdated)."""
    positions = {str(e.get("fullUrl", "")): f"#entry{n}" for n, e in enumerate(bundle.get("entry") or [])}

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            found = {}
            for key, child in value.items():
                if key in ("id", "fullUrl", "versionId", "lastUpdated", "timestamp"):
                    continue
                if key == "reference" and isinstance(child, str) and child in positions:
                    child = positions[child]
                found[key] = walk(child)
            return found
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    result: Json = walk(bundle)
    if result.get("entry"):
        composition = result["entry"][0].get("resource") or {}
        composition.pop("date", None)
        for pointer in ("author", "custodian"):
            composition.pop(pointer, None)
    for key in ("meta",):
        if isinstance(result.get(key), dict) and not result[key].get("profile"):
            result.pop(key)
    return result


def _differences(actual: Any, expected: Any, path: str, out: list[str]) -> None:
    if len(out) >= 50:
        return
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in actual:
            if key not in expected:
                out.append(f"{path}.{key}")
            else:
                _differences(actual[key], expected[key], f"{path}.{key}", out)
        out.extend(f"{path}.{key} (missing)" for key in expected if key not in actual)
    elif isinstance(actual, list) and isinstance(expected, list):
        for index, item in enumerate(actual):
            if index >= len(expected):
                out.append(f"{path}[{index}]")
            else:
                _differences(item, expected[index], f"{path}[{index}]", out)
        out.extend(f"{path}[{index}] (missing)" for index in range(len(actual), len(expected)))
    elif actual != expected:
        out.append(path)


def unmapped_paths(bundle: Json, plan: CrisisPlan, identifier: str | None) -> list[str]:
    """Where `bundle` says more than (or other than) the imported plan would export: every such
    element would be lost on import, so each is reported by its path."""
    composition = bundle["entry"][0]["resource"]
    expected = bundle_data(plan, identifier or "import", _author(composition))
    header = next((e.get("valueString") for e in composition.get("extension") or [] if e.get("url") == PLAN_HEADER),
                  None)
    if header is not None and header != f"{plan.format}/{plan.format_version}":  # an older format, read
        expected = as_written_by(expected, bundle, str(header))
    found: list[str] = []
    _differences(_normalised(bundle), _normalised(expected), "Bundle", found)
    kinds = [str((e.get("resource") or {}).get("resourceType", "")) for e in bundle.get("entry") or []]
    named = []
    for path in found:
        match = re.match(r"Bundle\.entry\[(\d+)\]\.resource", path)
        if match and int(match.group(1)) < len(kinds):
            path = f"{kinds[int(match.group(1))]} (entry {int(match.group(1)) + 1}){path[match.end():]}"
        named.append(path)
    return named
