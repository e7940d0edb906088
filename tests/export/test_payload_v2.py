"""Card format 2 (payload_v2.py, `CP2:`): every payload round-trips exactly, only the canonical
encoding is accepted, and hostile input (signed or not) ends in a clear error, never a crash or a
large allocation."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st

from crisisplan.export.base45 import b45encode
from crisisplan.export.card import CardDecodeError, open_card, seal
from crisisplan.export.card_dictionary import DICTIONARIES
from crisisplan.export.compress import CompressionError, compress, decompress
from crisisplan.export.cose import sign1
from crisisplan.export.keys import key_id
from crisisplan.export.payload import EPOCH, RECIPIENT_CODES, CardPayload, PayloadError
from crisisplan.export.payload_v2 import DOB_EPOCH, FIELDS, decode_payload_v2, encode_payload_v2, item_mark
from crisisplan.export.samples import maximal_card_payload, typical_card_payload
from crisisplan.forms.items import Item

_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() != "")
_dob = st.dates(min_value=date(1900, 1, 1), max_value=date(2079, 6, 1)).flatmap(
    lambda d: st.sampled_from([f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y} (age 42)", f"{d:%d/%m/%Y} (age 0)"]))
_nhs = st.integers(min_value=0, max_value=9_999_999_999).map(lambda n: f"{n:010d}").map(
    lambda d: f"{d[:3]} {d[3:6]} {d[6:]}")
_value = st.one_of(_text, st.lists(_text, min_size=1, max_size=4))
_days = st.integers(min_value=0, max_value=0xFFFF - 400)


@st.composite
def payloads(draw: st.DrawFn) -> CardPayload:
    issued = EPOCH + timedelta(days=draw(_days))
    items = draw(st.dictionaries(st.sampled_from(list(Item)), _value, max_size=8))
    if draw(st.booleans()):
        items[Item.DATE_OF_BIRTH] = draw(st.one_of(_dob, _value))
    if draw(st.booleans()):
        items[Item.NHS_NUMBER] = draw(st.one_of(_nhs, _value))
    return CardPayload(
        card_id=draw(st.from_regex(r"[A-Z2-7]{10}", fullmatch=True)),
        issuer=draw(_text), locality=draw(_text),
        recipient=draw(st.sampled_from(sorted(RECIPIENT_CODES))),
        plan_ref=draw(_text),
        plan_version=draw(st.integers(min_value=1, max_value=0xFFFFFFFF)),
        issued=issued,
        valid_until=issued + timedelta(days=draw(st.integers(min_value=0, max_value=400))),
        items=items,
        truncated=draw(st.booleans()),
    )


@settings(max_examples=400)
@given(payloads())
def test_any_valid_payload_round_trips(p: CardPayload) -> None:
    data = encode_payload_v2(p)
    assert decode_payload_v2(data) == p
    assert encode_payload_v2(decode_payload_v2(data)) == data
    assert decode_payload_v2(decompress(compress(data, 2), dictionary_version=2)) == p


@settings(max_examples=60, deadline=None)
@given(payloads())
def test_sealed_cards_open_to_the_same_payload(p: CardPayload) -> None:
    key = _KEY
    opened = open_card(seal(p, key))
    assert opened.payload == p and opened.card_format == 2


_KEY = ec.derive_private_key(0x5EED_7777, ec.SECP256R1())


def test_typical_and_maximal_cards_round_trip() -> None:
    for p in (typical_card_payload(), maximal_card_payload()):
        assert decode_payload_v2(encode_payload_v2(p)) == p


def test_layout_codes_what_it_documents() -> None:
    raw = cbor2.loads(encode_payload_v2(typical_card_payload()))
    assert isinstance(raw, list) and len(raw) == FIELDS
    assert len(raw[0]) == 7
    assert raw[9] == (date(1987, 3, 14) - DOB_EPOCH).days  # "14/03/1987"
    assert raw[10] == (9998765439).to_bytes(5, "big")  # "999 876 5439"
    assert raw[11].startswith("\x01Alex Morgan\x07\x1ePartner Chris Morgan 07700 900412\x09Polish;")
    assert "\x0d\x1eSertraline 150 mg once daily\x1eQuetiapine 200 mg at night" in raw[11]


def test_uncoded_forms_stay_text() -> None:
    base = typical_card_payload()
    nhs_forms = ("9998765439", "٩٩٩ ٨٧٦ ٥٤٣٩", "999 876 543９")
    dob_forms = ("about 40", "31/02/1990", "14/03/1887", "14/03/1987 (age 038)", "14-03-1987", "١٤/٠٣/١٩٨٧",
                 "14/03/1987 (age ٣٨)")
    for dob, nhs in zip(dob_forms, nhs_forms * 3, strict=False):
        p = CardPayload(**{**base.__dict__, "items": {**base.items, Item.DATE_OF_BIRTH: dob,
                                                      Item.NHS_NUMBER: nhs}})
        raw = cbor2.loads(encode_payload_v2(p))
        assert raw[9] is None and raw[10] is None
        assert decode_payload_v2(encode_payload_v2(p)) == p


def test_item_marks_cover_codes_beyond_29() -> None:
    assert item_mark(1) == "\x01" and item_mark(29) == "\x1d"
    assert item_mark(30) == "\x1f " and item_mark(124) == "\x1f~"
    for code in (0, 125, -1):
        with pytest.raises(PayloadError):
            item_mark(code)


def _encoded_with(**changes: Any) -> bytes:
    raw = cbor2.loads(encode_payload_v2(typical_card_payload()))
    for index, value in changes.items():
        raw[int(index[1:])] = value
    return cbor2.dumps(raw)


@pytest.mark.parametrize("data", [
    b"", b"\xff", cbor2.dumps({1: 2}), cbor2.dumps([1] * FIELDS), cbor2.dumps([None] * (FIELDS - 1)),
    _encoded_with(f11="\x1dnot an item"),           # item code 29 is no item
    _encoded_with(f11="\x00Alex"),                  # item code 0
    _encoded_with(f11="\x1f!Alex"),                 # item code 31 (long form): no such item yet
    _encoded_with(f11="\x1f"),                      # a long code mark without its code
    _encoded_with(f11="\x1f\x7fAlex"),              # a long code mark with a character out of range
    _encoded_with(f11="Alex Morgan"),               # text before any item code
    _encoded_with(f11="\x01Alex\x01Again"),         # the same item twice
    _encoded_with(f11="\x01"),                      # an empty item
    _encoded_with(f11="\x0d\x1e"),                  # an empty line
    _encoded_with(f11="\x0d" + "\x1eline" * 51),    # more lines than a card item may have
    _encoded_with(f11="\x02" + "14/03/1987"),       # not canonical: this date of birth is coded
    _encoded_with(f11="\x04" + "999 876 5439"),     # not canonical: this NHS number is coded
    _encoded_with(f0=b"\xff" * 7),                  # card id above 50 bits
    _encoded_with(f0="K3VQ7M2XAB"),                 # card id as text is format 1's form
    _encoded_with(f9=70000),                        # date of birth out of range
    _encoded_with(f9=[1, 2, 3]),
    _encoded_with(f10=b"\xff" * 5),                 # more than 10 digits
    _encoded_with(f10=b"\x00" * 4),
    _encoded_with(f3=99),                           # no such recipient
    _encoded_with(f5=0),                            # plan version 0
    _encoded_with(f7=1),                            # review date before issue date
    _encoded_with(f8=None),
    encode_payload_v2(typical_card_payload()) + b"\x00",
    cbor2.dumps(cbor2.CBORTag(24, b"")),
    b"\x9f" + b"\x00" * 12 + b"\xff",               # indefinite-length array
])
def test_hostile_payloads_are_payload_errors(data: bytes) -> None:
    with pytest.raises(PayloadError):
        decode_payload_v2(data)


def _signed_card(compressed: bytes) -> str:
    return "CP2:" + b45encode(sign1(compressed, _KEY, key_id(_KEY.public_key())))


def _deflate(data: bytes) -> bytes:
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=DICTIONARIES[2])
    return compressor.compress(data) + compressor.flush()


def test_decompression_bomb_is_bounded_and_a_clear_error() -> None:
    bomb = _deflate(b"\x01" * (64 * 1024 * 1024))  # 64 MiB of output from about 64 KB of input
    with pytest.raises(CompressionError, match="more than is allowed"):
        decompress(bomb, dictionary_version=2)
    small_bomb = _deflate(b"\x01" * (1024 * 1024))
    with pytest.raises(CardDecodeError, match="cannot be decompressed"):
        open_card(_signed_card(small_bomb))


def test_signed_bad_codes_give_a_clear_message() -> None:
    raw = cbor2.loads(encode_payload_v2(typical_card_payload()))
    raw[11] = "\x1dsomething"
    with pytest.raises(CardDecodeError, match="not in the expected form"):
        open_card(_signed_card(_deflate(cbor2.dumps(raw))))
    # a format 1 payload under the format 2 prefix is not a card either
    from crisisplan.export.payload import encode_payload

    with pytest.raises(CardDecodeError):
        open_card(_signed_card(compress(encode_payload(typical_card_payload()), 1)))
