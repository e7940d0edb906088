from __future__ import annotations

import hashlib
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crisisplan.export.card_dictionary import CARD_DICTIONARY_V1, DICTIONARIES
from crisisplan.export.card_dictionary_v2 import CARD_DICTIONARY_V2_SHA256
from crisisplan.export.compress import (
    CARD_DICTIONARY,
    CompressionError,
    compress,
    decompress,
    zlib_decompress,
)
from crisisplan.export.payload import encode_payload
from crisisplan.export.samples import typical_card_payload

# The dictionaries are part of card formats 1 and 2: if one changes, every card issued with it
# stops decoding.
DICTIONARY_V1_SHA256 = "5eb1fc426aee281e224f7b38ec4c8edb620baacd9e1941f6c7d7a5f1914ad818"
DICTIONARY_V2_SHA256 = "426fc321a21064f2ead441a9848b1ec25145bc1c0d206603231072a33ce0f142"


def test_dictionary_v1_is_frozen() -> None:
    assert hashlib.sha256(CARD_DICTIONARY_V1).hexdigest() == DICTIONARY_V1_SHA256
    assert DICTIONARIES[1] is CARD_DICTIONARY_V1


def test_dictionary_v2_is_frozen_and_current() -> None:
    assert hashlib.sha256(DICTIONARIES[2]).hexdigest() == DICTIONARY_V2_SHA256 == CARD_DICTIONARY_V2_SHA256
    assert CARD_DICTIONARY == DICTIONARIES[2]
    assert DICTIONARIES[2].endswith(CARD_DICTIONARY_V1)  # version 1 whole, nearest the data


def test_dictionary_fits_the_deflate_window_and_has_the_required_words() -> None:
    assert len(CARD_DICTIONARY) <= 32 * 1024
    for word in (b"self-harm", b"suicide", b"physical aggression", b"missing from home", b"Sertraline",
                 b"Clozapine", b"mg once daily", b"care coordinator", b"British Sign Language",
                 b"more in the full plan", b"01632 96", b"07700 900", b"NHS Foundation Trust"):
        assert word in CARD_DICTIONARY
    # most frequent material is at the end, where matches are cheapest
    assert CARD_DICTIONARY.rfind(b"mg once daily") > len(CARD_DICTIONARY) - 100


@given(st.binary(max_size=2000))
def test_round_trip(data: bytes) -> None:
    assert decompress(compress(data)) == data


def test_typical_card_compresses_better_with_the_dictionary() -> None:
    raw = encode_payload(typical_card_payload())
    plain = zlib.compressobj(9, zlib.DEFLATED, -15)
    without = plain.compress(raw) + plain.flush()
    with_dictionary = compress(raw)
    assert decompress(with_dictionary) == raw
    assert len(with_dictionary) < 0.7 * len(without)


def test_output_is_raw_deflate_with_the_dictionary() -> None:
    data = b"Sertraline 100 mg once daily"
    d = zlib.decompressobj(-15, zdict=CARD_DICTIONARY)
    assert d.decompress(compress(data)) == data
    with pytest.raises(zlib.error):
        zlib.decompress(compress(data))  # not a zlib stream: no header


def test_bomb_is_refused() -> None:
    bomb = compress(b"\x00" * 1_000_000)
    assert len(bomb) < 2000
    with pytest.raises(CompressionError, match="more than is allowed"):
        decompress(bomb)
    with pytest.raises(CompressionError, match="more than is allowed"):
        decompress(compress(b"x" * 101), max_size=100)
    assert decompress(compress(b"x" * 100), max_size=100) == b"x" * 100


def test_damaged_incomplete_and_trailing_data() -> None:
    good = compress(b"Quetiapine 200 mg at night, Lithium 400 mg twice daily")
    with pytest.raises(CompressionError, match="incomplete"):
        decompress(good[:-3])
    with pytest.raises(CompressionError, match="after its end"):
        decompress(good + b"\x00")
    with pytest.raises(CompressionError, match="damaged"):
        decompress(b"\xff\xff\xff\xff")
    with pytest.raises(CompressionError):
        decompress("text")  # type: ignore[arg-type]


def test_unknown_dictionary_version() -> None:
    with pytest.raises(CompressionError, match="dictionary"):
        decompress(compress(b"abc"), dictionary_version=99)


def test_zlib_decompress() -> None:
    data = b"HC1 style payload " * 20
    assert zlib_decompress(zlib.compress(data, 9)) == data
    with pytest.raises(CompressionError):
        zlib_decompress(compress(data))  # raw DEFLATE is not a zlib stream
    with pytest.raises(CompressionError, match="more than is allowed"):
        zlib_decompress(zlib.compress(b"\x00" * 5000), max_size=4000)
    with pytest.raises(CompressionError, match="incomplete"):
        zlib_decompress(zlib.compress(data)[:-2])
