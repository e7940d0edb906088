"""NHS numbers and UK postcodes: checking, normalising, formatting. Pure functions.

Error messages never repeat the number or postcode they were given.
"""

from __future__ import annotations

import re

_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)
_NHS_SEPARATORS = re.compile(r"[\s\-]")
_OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")
_INWARD = re.compile(r"[0-9][A-Z]{2}")


def nhs_check_digit(first9: str) -> int | None:
    """The modulus-11 check digit for the first nine digits of an NHS number.

    Returns None when no check digit is possible (the remainder gives 10): such nine digits are
    never issued. Raises ValueError unless `first9` is exactly nine ASCII digits.
    """
    if len(first9) != 9 or not first9.isascii() or not first9.isdigit():
        raise ValueError("The first part of an NHS number must be exactly nine digits.")
    total = sum(int(d) * w for d, w in zip(first9, _WEIGHTS, strict=True))
    check = 11 - (total % 11)
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def _digits_only(s: str) -> str:
    return _NHS_SEPARATORS.sub("", s.strip())


def is_valid_nhs_number(s: str) -> bool:
    """True for ten digits (spaces and dashes allowed) whose last digit is the right check digit."""
    digits = _digits_only(s)
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def normalise_nhs_number(s: str) -> str:
    """The NHS number as ten digits, from input that may contain spaces or dashes.

    Raises ValueError with a plain message (never the number itself) when it is not valid.
    """
    digits = _digits_only(s)
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        raise ValueError("An NHS number has exactly 10 digits (spaces and dashes are allowed). "
                         "Check the number and type it again.")
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        raise ValueError("This is not a valid NHS number: its last digit (the check digit) does not "
                         "match the others. Check the number and type it again.")
    return digits


def format_nhs_number(s: str) -> str:
    """The NHS number in the usual 3-3-4 layout, e.g. "999 000 0018"; ValueError if invalid."""
    digits = normalise_nhs_number(s)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def normalise_postcode(s: str) -> str:
    """A UK postcode in upper case with one space before the last three characters.

    Accepts any case and spacing ("ox1 1aa", "OX11AA"). Raises ValueError with a plain message
    (never the postcode itself) when the shape is not a UK postcode.
    """
    compact = re.sub(r"\s+", "", s).upper()
    if compact == "GIR0AA":
        return "GIR 0AA"
    outward, inward = compact[:-3], compact[-3:]
    if len(compact) < 5 or not _OUTWARD.fullmatch(outward) or not _INWARD.fullmatch(inward):
        raise ValueError("This is not a UK postcode. A postcode looks like 'SW1A 1AA'; "
                         "check it and type it again.")
    return f"{outward} {inward}"


def is_valid_postcode(s: str) -> bool:
    """True when `s` has the shape of a UK postcode (any case or spacing)."""
    try:
        normalise_postcode(s)
    except ValueError:
        return False
    return True
