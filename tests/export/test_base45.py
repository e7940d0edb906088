from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crisisplan.export.base45 import ALPHABET, Base45Error, b45decode, b45encode

# RFC 9285 section 4.3 / 4.4 examples.
RFC_EXAMPLES = [
    (b"AB", "BB8"),
    (b"Hello!!", "%69 VD92EX0"),
    (b"base-45", "UJCLQE7W581"),
    (b"ietf!", "QED8WEX0"),
]


@pytest.mark.parametrize(("raw", "text"), RFC_EXAMPLES)
def test_rfc_examples(raw: bytes, text: str) -> None:
    assert b45encode(raw) == text
    assert b45decode(text) == raw


def test_empty() -> None:
    assert b45encode(b"") == ""
    assert b45decode("") == b""


def test_extremes() -> None:
    assert b45encode(b"\xff\xff") == "FGW"
    assert b45encode(b"\x00\x00") == "000"
    assert b45encode(b"\xff") == "U5"
    assert b45decode("FGW") == b"\xff\xff"


@given(st.binary(max_size=600))
def test_round_trip(data: bytes) -> None:
    text = b45encode(data)
    assert set(text) <= set(ALPHABET)
    assert len(text) == 3 * (len(data) // 2) + 2 * (len(data) % 2)
    assert b45decode(text) == data


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("GGW", "too large"),  # 16 + 16*45 + 32*2025 = 65536
        ("ZZZ", "too large"),
        ("V5", "too large"),  # 31 + 5*45 = 256
        ("A", "wrong length"),
        ("BB8A", "wrong length"),
        ("bb8", "not allowed"),  # lower case is not Base45
        ("BB\n", "not allowed"),
        ("BB8é", "not allowed"),
    ],
)
def test_invalid_input(text: str, fragment: str) -> None:
    with pytest.raises(Base45Error, match=fragment):
        b45decode(text)


def test_error_message_does_not_quote_input() -> None:
    secret = "SECRET NAME"  # valid characters, but 11 long: wrong length
    with pytest.raises(Base45Error) as info:
        b45decode(secret)
    assert secret not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_rejects_non_text() -> None:
    with pytest.raises(Base45Error):
        b45decode(b"BB8")  # type: ignore[arg-type]


def _reference_decode(text: str) -> bytes | None:
    """RFC 9285 section 4.2 written as plainly as possible; None where decoding must fail."""
    if len(text) % 3 == 1 or any(ch not in ALPHABET for ch in text):
        return None
    out = bytearray()
    for i in range(0, len(text), 3):
        chunk = text[i : i + 3]
        n = sum(ALPHABET.index(ch) * 45**k for k, ch in enumerate(chunk))
        if n > (0xFFFF if len(chunk) == 3 else 0xFF):
            return None
        out += n.to_bytes(len(chunk) - 1, "big")
    return bytes(out)


@given(st.text(alphabet=ALPHABET + "a\u00e9", max_size=300))
def test_agrees_with_reference_decoder(text: str) -> None:
    expected = _reference_decode(text)
    if expected is None:
        with pytest.raises(Base45Error):
            b45decode(text)
    else:
        assert b45decode(text) == expected


@given(st.lists(st.sampled_from(["FGW", "GGW", ":::", "000", "U5", "V5"]), max_size=40))
def test_overflow_anywhere_is_detected(chunks: list[str]) -> None:
    text = "".join(chunks)
    expected = _reference_decode(text) if len(text) % 3 != 1 else None
    if expected is None:
        with pytest.raises(Base45Error):
            b45decode(text)
    else:
        assert b45decode(text) == expected
