"""Every kind of malformed protocol file gives a ProtocolError that names where and what the problem is."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from crisisplan.sharing.protocol import ProtocolError, load_protocol, protocols_dir
from crisisplan.sharing.protocol_errors import MAX_PROBLEMS

Doc = dict[str, Any]
_BASE: Doc = json.loads((protocols_dir() / "oxfordshire.json").read_text(encoding="utf-8"))


def _problems(raw: str | bytes) -> list[str]:
    with pytest.raises(ProtocolError) as caught:
        load_protocol(raw)
    problems = caught.value.problems
    assert problems and all(isinstance(p, str) and p for p in problems)
    message = str(caught.value)
    for problem in problems:
        assert problem in message
    for leak in ("Traceback", "pydantic", "validation error for", "input_value", "errors.pydantic.dev"):
        assert leak not in message
    return problems


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(path: str) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[int(last) if isinstance(target, list) else last]

    return mutate


def _append_item(recipient: str, item: Any) -> Callable[[Doc], None]:
    return lambda doc: doc["recipients"][recipient]["items"].append(item)


MALFORMED: list[tuple[str, Callable[[Doc], None], str]] = [
    (
        "unknown item",
        _append_item("police", "shoe_size"),
        "recipients.police.items[14]: unknown item 'shoe_size'; valid items are: name, date_of_birth",
    ),
    ("item twice", _append_item("police", "name"), "recipients.police.items: name listed more than once"),
    (
        "item not text",
        _append_item("police", 7),
        "recipients.police.items[14]: must be an item key in quotes",
    ),
    ("missing ambulance", _delete("recipients/ambulance"), "missing required recipient 'ambulance'"),
    ("missing police", _delete("recipients/police"), "missing required recipient 'police'"),
    (
        "missing emergency department",
        _delete("recipients/emergency_department"),
        "missing required recipient 'emergency_department'",
    ),
    (
        "unknown recipient",
        _set("recipients/housing", {"display_name": "Housing", "items": []}),
        "recipients.housing: unknown recipient 'housing'; valid recipients are: police, ambulance",
    ),
    (
        "police without use restriction",
        _delete("recipients/police/use_restriction"),
        "recipients.police.use_restriction: is missing",
    ),
    (
        "organisation not a partner",
        _set("recipients/police/organisations/0", "Thames Valley Polce"),
        "recipients.police.organisations[0]: 'Thames Valley Polce' is not one of the partners",
    ),
    ("validity zero", _set("card_validity_days", 0), "card_validity_days: must be between 1 and 1095"),
    ("validity too long", _set("card_validity_days", 1096), "card_validity_days: must be between 1 and 1095"),
    ("validity as text", _set("card_validity_days", "365"), "card_validity_days: must be a whole number"),
    ("validity as float", _set("card_validity_days", 365.0), "card_validity_days: must be a whole number"),
    ("validity as bool", _set("card_validity_days", True), "card_validity_days: must be a whole number"),
    ("version zero", _set("version", 0), "version: must be a whole number from 1 upwards"),
    ("missing id", _delete("id"), "id: is missing; add it"),
    ("bad id", _set("id", "Oxford Shire"), "id: 'Oxford Shire' is not a valid id"),
    ("empty area", _set("area", "   "), "area: must not be empty"),
    ("area too long", _set("area", "x" * 121), "area: is too long: at most 120 characters"),
    ("area with line break", _set("area", "Oxford\nshire"), "area: contains a line break"),
    ("area with control", _set("area", "Oxford\x07"), "area: contains a control character"),
    (
        "area with bidi override",
        _set("area", "Oxford\u202eshire"),
        "area: contains an invisible text-direction",
    ),
    ("area not text", _set("area", ["Oxfordshire"]), "area: must be text in double quotes"),
    (
        "impossible date",
        _set("effective_date", "2026-02-30"),
        "effective_date: '2026-02-30' is not a real date",
    ),
    ("date as number", _set("review_date", 20271031), "review_date: must be a date written as YYYY-MM-DD"),
    (
        "date in UK order",
        _set("review_date", "31/10/2027"),
        "review_date: must be a date written as YYYY-MM-DD",
    ),
    (
        "review before effective",
        _set("review_date", "2026-01-01"),
        "review_date: must be later than effective_date",
    ),
    (
        "unknown top-level field",
        _set("colour", "blue"),
        "colour: unknown field 'colour'; check the spelling. "
        "Allowed fields here are: format, format_version, id",
    ),
    (
        "unknown partner field",
        _set("partners/0/colour", "blue"),
        "partners[0].colour: unknown field 'colour'; check the spelling. "
        "Allowed fields here are: name, kind, note",
    ),
    (
        "unknown recipient field",
        _set("recipients/gp/colour", "blue"),
        "recipients.gp.colour: unknown field 'colour'",
    ),
    (
        "unknown partner kind",
        _set("partners/0/kind", "bank"),
        "partners[0].kind: must be one of: 'police_force'",
    ),
    (
        "partner twice",
        lambda d: d["partners"].append(dict(d["partners"][2])),
        "partners[13].name: 'Thames Valley Police' is listed twice",
    ),
    ("partners not a list", _set("partners", {"name": "x"}), "partners: must be a list in square brackets"),
    ("recipients not an object", _set("recipients", []), "recipients: must be an object in curly brackets"),
    ("source not an object", _set("source", "Oxfordshire"), "source: must be an object in curly brackets"),
    ("source note missing", _delete("source/note"), "source.note: is missing"),
    ("no crisis numbers", _set("crisis_numbers", []), "crisis_numbers: needs at least 1 entry"),
    (
        "bad phone number",
        _set("crisis_numbers/0/number", "call 999"),
        "crisis_numbers[0].number: 'call 999' is not a phone number",
    ),
    (
        "set_locally as text",
        _set("crisis_numbers/0/set_locally", "yes"),
        "crisis_numbers[0].set_locally: must be true or false",
    ),
    ("hours missing", _delete("crisis_numbers/1/hours"), "crisis_numbers[1].hours: is missing"),
    (
        "kid not hex",
        _set(
            "trusted_keys",
            [{"kid": "xyz", "organisation": "A", "public_key": "AAAA", "valid_from": "2026-01-01"}],
        ),
        "trusted_keys[0].kid: must be the key id: 16 hexadecimal characters",
    ),
    (
        "key not base64",
        _set(
            "trusted_keys",
            [{"kid": "00" * 8, "organisation": "A", "public_key": "not base64!", "valid_from": "2026-01-01"}],
        ),
        "trusted_keys[0].public_key: is not base64",
    ),
    (
        "key not a key",
        _set(
            "trusted_keys",
            [{"kid": "00" * 8, "organisation": "A", "public_key": "AAAA", "valid_from": "2026-01-01"}],
        ),
        "trusted_keys[0].public_key: is not a public key that can be read",
    ),
    ("format version 2", _set("format_version", 2), "format_version: 2 is not supported"),
    ("format version as text", _set("format_version", "1"), "format_version: must be the whole number 1"),
    (
        "wrong format",
        _set("format", "fhir.bundle"),
        "this is not a crisisplan protocol file: format is 'fhir.bundle'",
    ),
    ("no format", _delete("format"), "this is not a crisisplan protocol file: format is missing"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [(m, e) for _, m, e in MALFORMED], ids=[name for name, _, _ in MALFORMED]
)
def test_malformed_document_names_the_problem(mutate: Callable[[Doc], None], expected: str) -> None:
    doc = copy.deepcopy(_BASE)
    mutate(doc)
    problems = _problems(json.dumps(doc))
    assert any(expected in p for p in problems), problems


RAW: list[tuple[str, str | bytes, str]] = [
    (
        "syntax error",
        '{\n  "format": "crisisplan.protocol",\n  "id": "x"\n  "area": "y"\n}',
        "not JSON: line 4 column 3: Expecting ',' delimiter",
    ),
    ("truncated", json.dumps(_BASE)[:500], "not JSON: line 1 column"),
    ("empty", "", "the file is empty"),
    ("whitespace", "  \n ", "the file is empty"),
    ("list", "[1, 2]", "the file contains a list"),
    ("number", "42", "the file contains a single value"),
    (
        "duplicate key",
        '{"format": "crisisplan.protocol", "format": "crisisplan.protocol"}',
        "the key 'format' appears twice in the same object",
    ),
    (
        "NaN",
        '{"format": "crisisplan.protocol", "format_version": 1, "version": NaN}',
        "not JSON: NaN is not a valid JSON number",
    ),
    ("Infinity", '{"version": -Infinity}', "-Infinity is not a valid JSON number"),
    ("too large", "x" * (1024 * 1024 + 1), "file is larger than 1 MB"),
    ("too large bytes", b" " * (1024 * 1024 + 1), "file is larger than 1 MB"),
    ("too large once encoded", "é" * (600 * 1024), "file is larger than 1 MB"),
    ("not UTF-8", b'{"area": "\xff"}', "not UTF-8 text: the byte at position 10 cannot be read"),
    ("deep nesting", "[" * 50_000 + "]" * 50_000, "nests brackets more than 20 levels deep"),
    (
        "moderate nesting",
        '{"format": ' + "[" * 30 + "]" * 30 + "}",
        "nests brackets more than 20 levels deep",
    ),
    ("huge integer", "9" * 5000, "a number in the file is far too long"),
    ("format missing", '{"id": "x"}', "this is not a crisisplan protocol file: format is missing"),
]


@pytest.mark.parametrize(("raw", "expected"), [(r, e) for _, r, e in RAW], ids=[name for name, _, _ in RAW])
def test_unreadable_text_names_the_problem(raw: str | bytes, expected: str) -> None:
    problems = _problems(raw)
    assert len(problems) == 1
    assert expected in problems[0], problems


def test_non_text_input_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="must be given as text or bytes"):
        load_protocol(None)  # type: ignore[arg-type]


def test_several_problems_are_all_reported() -> None:
    doc = copy.deepcopy(_BASE)
    doc["area"] = ""
    doc["card_validity_days"] = 5000
    doc["recipients"]["police"]["items"].append("shoe_size")
    problems = _problems(json.dumps(doc))
    assert len(problems) == 3
    assert [p.split(":")[0] for p in problems] == [
        "area",
        "recipients.police.items[14]",
        "card_validity_days",
    ]


def test_huge_values_are_shortened_in_messages() -> None:
    doc = copy.deepcopy(_BASE)
    doc["recipients"]["police"]["items"].append("z" * 100_000)
    doc["z" * 100_000] = 1
    problems = _problems(json.dumps(doc))
    assert all(len(p) < 1000 for p in problems), [len(p) for p in problems]
    assert any("unknown item 'zzzz" in p and "…'" in p for p in problems)


def test_problem_count_is_capped() -> None:
    doc = copy.deepcopy(_BASE)
    doc.update({f"extra{i}": i for i in range(80)})
    problems = _problems(json.dumps(doc))
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1] == f"… and {80 - MAX_PROBLEMS} more problems not listed"
