"""Recovery keys: 160 random bits plus a 40-bit check, shown once as 8 groups of 5 base32 letters.

Input is tolerant: case, spaces and dashes do not matter, and the digits 0, 1 and 8 are read as
the letters O, I and B they are easily mistaken for. The check catches typing mistakes before
any key derivation runs.
"""

from __future__ import annotations

import base64
import hashlib
import os

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .errors import WrongCredentialsError

_RANDOM_BYTES = 20
_CHECK_BYTES = 5
_GROUP = 5
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _check(payload: bytes) -> bytes:
    return hashlib.sha256(b"crisisplan-recovery-check\x00" + payload).digest()[:_CHECK_BYTES]


def new_recovery_key() -> str:
    payload = os.urandom(_RANDOM_BYTES)
    text = base64.b32encode(payload + _check(payload)).decode("ascii")
    return "-".join(text[i:i + _GROUP] for i in range(0, len(text), _GROUP))


def canonical_recovery_key(text: str) -> str:
    """The canonical form (40 letters/digits) of a typed recovery key, or WrongCredentialsError."""
    kept = (ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = "".join(kept).translate(_CONFUSABLE)
    try:
        raw = base64.b32decode(cleaned, casefold=False)
    except ValueError:
        raw = b""
    if len(raw) != _RANDOM_BYTES + _CHECK_BYTES or _check(raw[:_RANDOM_BYTES]) != raw[_RANDOM_BYTES:]:
        raise WrongCredentialsError(QT_TRANSLATE_NOOP("store", "That recovery key is not right: it is incomplete or "
                                                               "has a typing mistake. Check it against the printed "
                                                               "copy and try again."))
    return cleaned
