"""NHS numbers (modulus 11) and UK postcodes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crisisplan.forms import rules
from crisisplan.forms.identifiers import is_valid_postcode, normalise_postcode
from tests.forms.strategies import fictional_nhs, oracle_check_digit

# Worked by hand: 9*10 + 9*9 + 9*8 + 0*7 + 0*6 + 0*5 + 0*4 + 0*3 + 1*2 = 245; 245 mod 11 = 3;
# 11 - 3 = 8, so 999 000 001 takes check digit 8.
HAND_WORKED_VALID = "9990000018"
# 243 + 2*2 = 247; 247 mod 11 = 5; 11 - 5 = 6.
HAND_WORKED_VALID_2 = "9990000026"
# 90 + 81 + 72 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2 = 320; 320 mod 11 = 1; 11 - 1 = 10:
# no check digit is possible, so no number starting 999 123 456 is valid.
NO_CHECK_DIGIT_PREFIX = "999123456"


def test_hand_worked_check_digits() -> None:
    assert rules.nhs_check_digit(HAND_WORKED_VALID[:9]) == 8
    assert rules.nhs_check_digit(HAND_WORKED_VALID_2[:9]) == 6
    assert rules.nhs_check_digit(NO_CHECK_DIGIT_PREFIX) is None
    assert rules.nhs_check_digit("999000000") is None


def test_check_digit_eleven_becomes_zero() -> None:
    # Find a prefix whose sum is a multiple of 11 with the oracle, then check the rule maps it to 0.
    prefix = next(f"999{i:06d}" for i in range(1000) if oracle_check_digit(f"999{i:06d}") == 0)
    assert rules.nhs_check_digit(prefix) == 0
    assert rules.is_valid_nhs_number(prefix + "0")


@given(st.integers(0, 999_999))
def test_check_digit_matches_oracle(block: int) -> None:
    prefix = f"999{block:06d}"
    assert rules.nhs_check_digit(prefix) == oracle_check_digit(prefix)


@given(st.integers(0, 999_999))
def test_exactly_one_last_digit_is_valid_unless_none_is(block: int) -> None:
    prefix = f"999{block:06d}"
    valid = [d for d in range(10) if rules.is_valid_nhs_number(f"{prefix}{d}")]
    expected = oracle_check_digit(prefix)
    assert valid == ([] if expected is None else [expected])


@pytest.mark.parametrize("bad", ["99900000", "9990000018", "", "99900000X", "abcdefghi", "99900000١"])
def test_check_digit_needs_nine_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="nine digits"):
        rules.nhs_check_digit(bad)


@pytest.mark.parametrize(
    "text", ["9990000018", "999 000 0018", "999-000-0018", " 999 000 0018 ", "999  000-0018"]
)
def test_valid_forms_are_accepted_and_normalised(text: str) -> None:
    assert rules.is_valid_nhs_number(text)
    assert rules.normalise_nhs_number(text) == "9990000018"
    assert rules.format_nhs_number(text) == "999 000 0018"


@pytest.mark.parametrize(
    "text",
    [
        "9990000017",  # wrong check digit
        "9990000019",
        "999000001",  # nine digits
        "99900000188",  # eleven digits
        "999000001B",
        "９９９０００００１８",  # full-width digits are not ASCII
        "9991234560",  # prefix without a possible check digit
    ],
)
def test_invalid_numbers(text: str) -> None:
    assert not rules.is_valid_nhs_number(text)
    with pytest.raises(ValueError) as caught:
        rules.normalise_nhs_number(text)
    message = str(caught.value)
    assert text not in message and text.replace(" ", "") not in message
    assert "NHS number" in message


def test_wrong_check_digit_message_says_so() -> None:
    with pytest.raises(ValueError, match="check digit"):
        rules.normalise_nhs_number("9990000017")
    with pytest.raises(ValueError, match="10 digits"):
        rules.normalise_nhs_number("99900")


def test_fictional_numbers_from_oracle_are_valid() -> None:
    numbers = [fictional_nhs(n) for n in range(20)]
    assert len(set(numbers)) == 20
    assert all(rules.is_valid_nhs_number(n) and n.startswith("999") for n in numbers)


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("ox4 1ab", "OX4 1AB"),
        ("OX41AB", "OX4 1AB"),
        ("  sw1a   1aa ", "SW1A 1AA"),
        ("n3 2ex", "N3 2EX"),
        ("KT11EU", "KT1 1EU"),
        ("EC1A1BB", "EC1A 1BB"),
        ("W1A 0AX", "W1A 0AX"),
        ("gir0aa", "GIR 0AA"),
    ],
)
def test_postcodes_are_normalised(given_text: str, expected: str) -> None:
    assert normalise_postcode(given_text) == expected
    assert rules.normalise_postcode(given_text) == expected
    assert is_valid_postcode(given_text)


@pytest.mark.parametrize("bad", ["", "OX4", "1AB OX4", "OX4 1A", "QQQQ 1AB", "OX4 AAB", "OX4-1AB", "O4X 1A!"])
def test_bad_postcodes(bad: str) -> None:
    assert not is_valid_postcode(bad)
    with pytest.raises(ValueError, match="postcode") as caught:
        normalise_postcode(bad)
    if bad:
        assert bad not in str(caught.value)
