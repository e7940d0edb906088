from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import cbor2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crisisplan.export.payload import (
    EPOCH,
    RECIPIENT_CODES,
    CardPayload,
    PayloadError,
    decode_payload,
    encode_payload,
    is_card_id,
    new_card_id,
)
from crisisplan.export.samples import maximal_card_payload, typical_card_payload
from crisisplan.forms.items import ITEMS, Item


def test_typical_round_trip_and_compact_form() -> None:
    p = typical_card_payload()
    data = encode_payload(p)
    assert decode_payload(data) == p
    raw = cbor2.loads(data)
    assert sorted(raw) == list(range(1, 11))
    assert raw[4] == RECIPIENT_CODES["ambulance"] == 2
    assert raw[7] == (date(2025, 6, 2) - EPOCH).days
    assert raw[9][ITEMS[Item.MEDICINES].code][0] == "Sertraline 150 mg once daily"
    assert raw[10] is False


def test_maximal_round_trip() -> None:
    p = maximal_card_payload()
    assert decode_payload(encode_payload(p)) == p


def test_recipient_codes_are_stable() -> None:
    assert RECIPIENT_CODES == {
        "police": 1, "ambulance": 2, "emergency_department": 3, "gp": 4,
        "crisis_team": 5, "amhp": 6, "school": 7, "person": 8,
    }


def test_new_card_id() -> None:
    ids = {new_card_id() for _ in range(200)}
    assert len(ids) == 200
    assert all(len(i) == 10 and is_card_id(i) for i in ids)
    assert not is_card_id("k3vq7m2xab") and not is_card_id("K3VQ7M2XA1") and not is_card_id(5)


_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() != ""
)
_value = st.one_of(_text, st.lists(_text, min_size=1, max_size=4))
_days = st.integers(min_value=0, max_value=0xFFFF - 400)


@st.composite
def payloads(draw: st.DrawFn) -> CardPayload:
    issued = EPOCH + timedelta(days=draw(_days))
    return CardPayload(
        card_id=draw(st.from_regex(r"[A-Z2-7]{10}", fullmatch=True)),
        issuer=draw(_text),
        locality=draw(_text),
        recipient=draw(st.sampled_from(sorted(RECIPIENT_CODES))),
        plan_ref=draw(_text),
        plan_version=draw(st.integers(min_value=1, max_value=0xFFFFFFFF)),
        issued=issued,
        valid_until=issued + timedelta(days=draw(st.integers(min_value=0, max_value=400))),
        items=draw(st.dictionaries(st.sampled_from(list(Item)), _value, max_size=8)),
        truncated=draw(st.booleans()),
    )


@settings(max_examples=300)
@given(payloads())
def test_any_valid_payload_round_trips(p: CardPayload) -> None:
    data = encode_payload(p)
    assert decode_payload(data) == p
    assert encode_payload(decode_payload(data)) == data


def _raw() -> dict[int, Any]:
    return dict(cbor2.loads(encode_payload(typical_card_payload())))


def _with(**changes: Any) -> bytes:
    raw = _raw()
    for key, value in changes.items():
        k = int(key[1:])
        if value is _DELETE:
            del raw[k]
        else:
            raw[k] = value
    return cbor2.dumps(raw, canonical=True)


_DELETE = object()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (_with(k11=1), "does not know"),
        (_with(k0="x"), "does not know"),
        (_with(k1=_DELETE), "missing"),
        (_with(k10=_DELETE), "missing"),
        (_with(k1="short"), "card id"),
        (_with(k1=12345), "card id"),
        (_with(k2=""), "must not be empty"),
        (_with(k2=b"bytes"), "must be text"),
        (_with(k3="line\nbreak"), "control"),
        (_with(k4=99), "recipient"),
        (_with(k4="police"), "whole number"),
        (_with(k6=0), "plan version"),
        (_with(k6=True), "whole number"),
        (_with(k6=1.5), "whole number"),
        (_with(k7=-1), "outside"),
        (_with(k7=70000), "outside"),
        (_with(k8=9000), "before the issue date"),
        (_with(k9=[]), "expected form"),
        (_with(k9={99: "x"}), "does not know"),
        (_with(k9={"13": "x"}), "invalid code"),
        (_with(k9={13: 5}), "text or a list"),
        (_with(k9={13: []}), "at least one line"),
        (_with(k9={13: ["ok", 3]}), "must be text"),
        (_with(k9={13: ["x"] * 51}), "more than 50"),
        (_with(k9={13: "x" * 1001}), "longer than"),
        (_with(k10=0), "true or false"),
        (cbor2.dumps([1, 2]), "expected form"),
        (b"\xff", "not valid CBOR"),
        (b"", "not valid CBOR"),
        (encode_payload(typical_card_payload()) + b"\x00", "after its end"),
        (b"\x00" * 20000, "too large"),
    ],
)
def test_strict_decoding(data: bytes, fragment: str) -> None:
    with pytest.raises(PayloadError, match=fragment):
        decode_payload(data)


def test_non_canonical_encodings_are_rejected() -> None:
    raw = _raw()
    reordered = {k: raw[k] for k in sorted(raw, reverse=True)}
    with pytest.raises(PayloadError, match="canonical"):
        decode_payload(cbor2.dumps(reordered))
    # plan version 3 written as a two-byte integer instead of one byte
    data = encode_payload(typical_card_payload())
    longer = data.replace(b"\x06\x03", b"\x06\x18\x03", 1)
    with pytest.raises(PayloadError, match="canonical"):
        decode_payload(longer)
    # indefinite-length map
    with pytest.raises(PayloadError):
        decode_payload(b"\xbf" + data[1:] + b"\xff")
    # duplicate key
    with pytest.raises(PayloadError):
        decode_payload(b"\xab" + data[1:] + b"\x0a\xf5")


def test_error_messages_hold_no_card_text() -> None:
    with pytest.raises(PayloadError) as info:
        decode_payload(_with(k9={13: "Secret Med\x00icine"}))
    assert "Secret" not in str(info.value)


def test_construction_validates() -> None:
    p = typical_card_payload()
    with pytest.raises(PayloadError):
        dataclasses.replace(p, recipient="neighbour")
    with pytest.raises(PayloadError):
        dataclasses.replace(p, items={"medicines": "x"})  # type: ignore[dict-item]
    with pytest.raises(PayloadError):
        dataclasses.replace(p, issued=date(1999, 12, 31))
    with pytest.raises(PayloadError):
        dataclasses.replace(p, plan_version=True)
    with pytest.raises(PayloadError):
        dataclasses.replace(p, items={Item.RISKS: "   "})
