"""The bundled sample protocols and the protocol API (loading, dumping, lookups, schema)."""

from __future__ import annotations

import base64
import codecs
import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from crisisplan.forms.items import Item
from crisisplan.sharing import protocol as protocol_module
from crisisplan.sharing.protocol import (
    RECIPIENT_KEYS,
    REQUIRED_RECIPIENTS,
    Protocol,
    ProtocolError,
    ProtocolNotFoundError,
    UnknownRecipientError,
    bundled_protocol,
    bundled_protocols,
    dump_protocol,
    load_protocol,
    protocol_json_schema,
    protocols_dir,
)

# Partner organisations exactly as the seed declarations name them (read from
# /work/shared/seeds/000_…, 001_… and 003_…). The London/Kingston declaration lists no signatories.
SEED_PARTNERS: dict[str, set[str]] = {
    "oxfordshire": {
        "Oxfordshire Clinical Commissioning Group",
        "Oxfordshire County Council",
        "Thames Valley Police",
        "Thames Valley Police Crime Commissioner",
        "South Central Ambulance Service",
        "Oxford Health Foundation Trust",
        "Oxford University Hospitals NHS Trust",
        "NHS England Thames Valley Area Team",
        "Oxfordshire Mind",
        "Connection Floating Support",
        "Response",
        "Restore",
        "Elmore",
    },
    "barnet": {
        "The London Board of College of Emergency Medicine",
        "Barnet, Enfield and Haringey Mental Health Trust",
        "London Drug & Alcohol Network",
        "Barnet Clinical Commissioning Group",
        "Association of Directors of Adult Social Services, London Region",
        "Metropolitan Police Service",
        "The Mayor’s Office for Police and Crime",
        "London Ambulance Service",
    },
    "london-kingston": set(),
}
SEED_AREAS = {"oxfordshire": "Oxfordshire", "barnet": "Barnet", "london-kingston": "London (Kingston)"}
SEED_POLICE = {"oxfordshire": "Thames Valley Police", "barnet": "Metropolitan Police Service"}
SEED_AMBULANCE = {"oxfordshire": "South Central Ambulance Service", "barnet": "London Ambulance Service"}

FICTIONAL_NUMBER = re.compile(r"01632 960\d{3}")


def _by_id() -> dict[str, Protocol]:
    return {p.id: p for p in bundled_protocols()}


def _oxfordshire_dict() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((protocols_dir() / "oxfordshire.json").read_text(encoding="utf-8"))
    return data


def test_three_samples_are_bundled_each_in_a_file_named_after_its_id() -> None:
    files = sorted(p.name for p in protocols_dir().glob("*.json"))
    assert files == ["barnet.json", "london-kingston.json", "oxfordshire.json"]
    assert [p.id for p in bundled_protocols()] == ["barnet", "london-kingston", "oxfordshire"]


@pytest.mark.parametrize("protocol_id", sorted(SEED_PARTNERS))
def test_sample_partners_are_exactly_the_seed_signatories(protocol_id: str) -> None:
    protocol = bundled_protocol(protocol_id)
    assert {p.name for p in protocol.partners} == SEED_PARTNERS[protocol_id]
    assert protocol.area == SEED_AREAS[protocol_id]
    assert protocol.source.declaration and protocol.source.note


@pytest.mark.parametrize("protocol_id", sorted(SEED_POLICE))
def test_sample_police_and_ambulance_are_the_seed_organisations(protocol_id: str) -> None:
    protocol = bundled_protocol(protocol_id)
    kinds = {p.name: p.kind for p in protocol.partners}
    assert kinds[SEED_POLICE[protocol_id]] == "police_force"
    assert kinds[SEED_AMBULANCE[protocol_id]] == "ambulance_trust"
    assert protocol.recipient("police").organisations == (SEED_POLICE[protocol_id],)
    assert protocol.recipient("ambulance").organisations == (SEED_AMBULANCE[protocol_id],)


def test_oxfordshire_partner_kinds() -> None:
    kinds = {p.name: p.kind for p in bundled_protocol("oxfordshire").partners}
    assert kinds["Oxford Health Foundation Trust"] == "mental_health_trust"
    assert kinds["Oxford University Hospitals NHS Trust"] == "acute_trust"
    assert kinds["Oxfordshire County Council"] == "council"
    assert kinds["Oxfordshire Clinical Commissioning Group"] == "commissioner"
    assert kinds["Oxfordshire Mind"] == "voluntary_sector"


@pytest.mark.parametrize("protocol_id", sorted(SEED_PARTNERS))
def test_sample_numbers_are_fictional_and_marked_to_be_set_locally(protocol_id: str) -> None:
    protocol = bundled_protocol(protocol_id)
    assert len(protocol.crisis_numbers) >= 1
    for number in protocol.crisis_numbers:
        assert FICTIONAL_NUMBER.fullmatch(number.number), number.number
        assert number.set_locally is True
        assert number.notes is not None and "replace" in number.notes.lower()
    assert protocol.numbers_to_replace() == protocol.crisis_numbers


@pytest.mark.parametrize("protocol_id", sorted(SEED_PARTNERS))
def test_sample_police_defaults_are_minimal(protocol_id: str) -> None:
    protocol = bundled_protocol(protocol_id)
    police = protocol.default_items("police")
    for excluded in (
        Item.MEDICINES,
        Item.CLINICAL_INFO,
        Item.DRINK_DRUGS,
        Item.PREFERRED_PLACE,
        Item.ADVANCE_DECISIONS,
        Item.USUAL_PRESENTATION,
        Item.NHS_NUMBER,
    ):
        assert excluded not in police, excluded
    for needed in (
        Item.NAME,
        Item.DESCRIPTION,
        Item.LANGUAGE_COMMUNICATION,
        Item.RISKS,
        Item.HEALTH_CONDITIONS,
        Item.DEPENDANTS_PETS,
        Item.CRISIS_NUMBERS,
        Item.NAMED_CONTACTS,
        Item.WHAT_HELPS,
    ):
        assert needed in police, needed
    # police get strictly less than the ambulance and the emergency department
    assert police < protocol.default_items("ambulance") < protocol.default_items("emergency_department")
    restriction = protocol.recipient("police").use_restriction or ""
    assert "criminal investigation" in restriction
    assert "intelligence" in restriction
    assert "after the incident" in restriction


@pytest.mark.parametrize("protocol_id", sorted(SEED_PARTNERS))
def test_samples_name_every_known_recipient(protocol_id: str) -> None:
    protocol = bundled_protocol(protocol_id)
    assert tuple(protocol.recipients) == RECIPIENT_KEYS
    assert set(REQUIRED_RECIPIENTS) <= set(protocol.recipients)
    assert protocol.card_validity_days == 365
    assert protocol.trusted_keys == ()
    assert Item.CRISIS_NUMBERS in protocol.default_items("person")
    assert Item.ADDRESS not in protocol.default_items("person")  # a lost card must not lead home


@pytest.mark.parametrize("path", sorted(protocols_dir().glob("*.json")), ids=lambda p: p.name)
def test_bundled_files_are_in_canonical_form(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert dump_protocol(load_protocol(text)) == text


def test_round_trip_and_stable_output() -> None:
    for protocol in bundled_protocols():
        dumped = dump_protocol(protocol)
        again = load_protocol(dumped)
        assert again == protocol
        assert dump_protocol(again) == dumped


def test_bytes_with_bom_and_utf16_load_the_same() -> None:
    text = (protocols_dir() / "barnet.json").read_text(encoding="utf-8")
    expected = load_protocol(text)
    assert load_protocol(text.encode("utf-8")) == expected
    assert load_protocol(codecs.BOM_UTF8 + text.encode("utf-8")) == expected
    assert load_protocol(text.encode("utf-16")) == expected  # Windows Notepad's "Unicode"


def test_recipients_are_put_in_canonical_order() -> None:
    data = _oxfordshire_dict()
    data["recipients"] = dict(reversed(list(data["recipients"].items())))
    assert tuple(load_protocol(json.dumps(data)).recipients) == RECIPIENT_KEYS


def test_recipient_lookup_errors_are_clear() -> None:
    data = _oxfordshire_dict()
    del data["recipients"]["school"]
    protocol = load_protocol(json.dumps(data))
    with pytest.raises(UnknownRecipientError, match="no recipient 'school'; it names: police, ambulance"):
        protocol.recipient("school")
    with pytest.raises(UnknownRecipientError, match="'shoe' is not a recipient crisisplan knows"):
        protocol.default_items("shoe")
    assert protocol.default_items("ambulance") == frozenset(protocol.recipients["ambulance"].items)
    assert all(isinstance(i, Item) for i in protocol.default_items("ambulance"))


def test_unknown_bundled_protocol_lists_the_ids() -> None:
    with pytest.raises(ProtocolNotFoundError, match=r"'york'.*barnet, london-kingston, oxfordshire"):
        bundled_protocol("york")


def test_damaged_bundled_file_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "protocols").mkdir()
    (tmp_path / "protocols" / "broken.json").write_text('{"format": "crisisplan.protocol",', encoding="utf-8")
    monkeypatch.setattr(protocol_module, "resources_dir", lambda: tmp_path)
    with pytest.raises(ProtocolError) as caught:
        bundled_protocols()
    assert caught.value.problems[0].startswith("bundled file broken.json: not JSON: line 1")


@pytest.mark.parametrize(
    ("issued", "review", "expected"),
    [
        (date(2026, 11, 1), date(2027, 3, 1), date(2027, 3, 1)),  # plan review comes first
        (date(2026, 11, 1), date(2028, 3, 1), date(2027, 11, 1)),  # validity period ends first
        (date(2026, 11, 1), None, date(2027, 11, 1)),
    ],
)
def test_card_valid_until_is_the_earlier_date(issued: date, review: date | None, expected: date) -> None:
    assert bundled_protocol("barnet").card_valid_until(issued, review) == expected


def _p256_key() -> tuple[str, str]:
    public = ec.generate_private_key(ec.SECP256R1()).public_key()
    der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).digest()[:8].hex(), base64.b64encode(der).decode("ascii")


def test_trusted_keys_load_and_kid_is_checked_against_the_key() -> None:
    kid, key = _p256_key()
    data = _oxfordshire_dict()
    entry = {
        "kid": kid.upper(),
        "organisation": "Oxford Health Foundation Trust",
        "public_key": key,
        "valid_from": "2026-11-01",
        "valid_until": None,
    }
    data["trusted_keys"] = [entry]
    protocol = load_protocol(json.dumps(data))
    assert protocol.trusted_keys[0].kid == kid  # stored lower-case
    assert load_protocol(dump_protocol(protocol)) == protocol

    other_kid, _ = _p256_key()
    data["trusted_keys"] = [entry | {"kid": other_kid}]
    with pytest.raises(ProtocolError, match=f"kid {other_kid} does not belong to this public_key"):
        load_protocol(json.dumps(data))
    data["trusted_keys"] = [entry, entry]
    with pytest.raises(ProtocolError, match=r"trusted_keys\[1\].kid: .* is listed twice"):
        load_protocol(json.dumps(data))


def test_json_schema_describes_every_field_and_item() -> None:
    schema = protocol_json_schema()
    json.dumps(schema)  # serialisable
    assert set(schema["properties"]) == set(Protocol.model_fields)
    assert set(schema["required"]) >= {"id", "area", "recipients", "crisis_numbers", "card_validity_days"}
    text = json.dumps(schema)
    for item in Item:
        assert f'"{item.value}"' in text
    assert '"police_force"' in text


_item_lists = st.lists(st.sampled_from(list(Item)), unique=True, max_size=len(Item))
_text = (
    st.text(
        st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
            blacklist_characters="\u061c\u200e\u200f"
            "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x85",
        ),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=150, deadline=None)
@given(police=_item_lists, gp=_item_lists, area=_text, days=st.integers(1, 1095), version=st.integers(1, 999))
def test_generated_protocols_round_trip(
    police: list[Item], gp: list[Item], area: str, days: int, version: int
) -> None:
    data = _oxfordshire_dict()
    data["recipients"]["police"]["items"] = [i.value for i in police]
    data["recipients"]["gp"]["items"] = [i.value for i in gp]
    data.update(area=area, card_validity_days=days, version=version)
    protocol = load_protocol(json.dumps(data))
    assert protocol.area == area
    assert protocol.default_items("police") == frozenset(police)
    assert protocol.recipient("gp").items == tuple(gp)
    assert load_protocol(dump_protocol(protocol)) == protocol


DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol-format.md"


def test_documented_minimal_example_loads() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text.split("## Minimal example", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    protocol = load_protocol(example)
    assert protocol.id == "example-area"
    assert protocol.trusted_keys == () and protocol.partners == ()
    assert protocol.default_items("police") == frozenset(
        {Item.NAME, Item.DATE_OF_BIRTH, Item.LANGUAGE_COMMUNICATION, Item.RISKS, Item.CRISIS_NUMBERS}
    )


def test_every_field_and_recipient_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    models: list[type[BaseModel]] = [
        Protocol,
        protocol_module.Source,
        protocol_module.Partner,
        protocol_module.Recipient,
        protocol_module.CrisisNumber,
        protocol_module.TrustedKey,
    ]
    for model in models:
        for field in model.model_fields:
            assert f"`{field}`" in text, (model.__name__, field)
    for key in RECIPIENT_KEYS:
        assert f"`{key}`" in text, key


def test_protocol_can_be_built_in_code_with_dates_and_items() -> None:
    data = _oxfordshire_dict()
    data.update(effective_date=date(2026, 12, 1), review_date=date(2027, 12, 1))
    data["recipients"]["school"]["items"] = [Item.NAME, Item.CRISIS_NUMBERS]
    protocol = Protocol.model_validate(data)
    assert protocol.effective_date == date(2026, 12, 1)
    assert protocol.default_items("school") == frozenset({Item.NAME, Item.CRISIS_NUMBERS})
    assert load_protocol(dump_protocol(protocol)) == protocol
