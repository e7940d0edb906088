"""The crisis card codec: payload -> CBOR -> raw DEFLATE -> COSE_Sign1 (ES256) -> Base45 -> `CP1:`.

The signature covers the compressed payload, so a verifier checks it before decompressing or
decoding anything the signer wrote (see verify.py). The format is described in docs/card-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.base45 import Base45Error, b45decode, b45encode
from crisisplan.export.compress import CompressionError, compress, decompress
from crisisplan.export.cose import CoseError, Sign1, decode_sign1, sign1
from crisisplan.export.keys import key_id
from crisisplan.export.payload import CardPayload, PayloadError, decode_payload, encode_payload

CARD_PREFIX = "CP1:"
CARD_DICTIONARY_VERSION = 1
"""Format 1 (prefix `CP1:`) always uses compression dictionary version 1."""
MAX_CARD_TEXT = 4096
"""Far more than a version 20 QR code holds (970 characters at error correction M)."""
_TRAILING_NOISE = "\r\n\t\v\f"
"""Scanners may add a line ending. A space is not stripped from the end: it is a Base45 digit."""


class NotACardError(ValueError):
    """The text is not a crisis card (it lacks the `CP1:` prefix)."""


class CardDecodeError(ValueError):
    """The text has the card prefix but cannot be decoded: it is damaged or has been altered."""


@dataclass(frozen=True)
class OpenedCard:
    """A decoded card. Nothing here is trusted yet: see verify.verify_card_text."""

    message: Sign1
    payload: CardPayload

    @property
    def kid(self) -> bytes | None:
        return self.message.kid


def normalise_card_text(text: str) -> str:
    """Strip what scanners and copy-paste add around the QR text (see _TRAILING_NOISE)."""
    return text.lstrip().rstrip(_TRAILING_NOISE)


def strip_prefix(text: str, prefix: str) -> str:
    """The text after `prefix` (once normalised); NotACardError if it does not start with it."""
    if not isinstance(text, str):
        raise NotACardError("This is not crisis card text.")
    text = normalise_card_text(text)
    if not text.startswith(prefix):
        raise NotACardError("This is not a crisis card: the text does not start with the card prefix.")
    return text[len(prefix) :]


def seal(payload: CardPayload, private_key: ec.EllipticCurvePrivateKey) -> str:
    """The QR text of a card signed with `private_key`."""
    compressed = compress(encode_payload(payload), CARD_DICTIONARY_VERSION)
    message = sign1(compressed, private_key, key_id(private_key.public_key()))
    return CARD_PREFIX + b45encode(message)


def unwrap_card(text: str) -> Sign1:
    """Prefix check, Base45 and COSE decoding, without touching the signed payload.

    NotACardError without the prefix; CardDecodeError if what follows it cannot be decoded."""
    body = strip_prefix(text, CARD_PREFIX)
    if len(body) > MAX_CARD_TEXT:
        raise CardDecodeError("The card text is far longer than any card and cannot be read.")
    try:
        return decode_sign1(b45decode(body))
    except Base45Error:
        raise CardDecodeError("The card text is damaged: it is not valid Base45.") from None
    except CoseError:
        raise CardDecodeError("The card is damaged: its signed envelope cannot be read.") from None


def read_card_payload(message: Sign1) -> CardPayload:
    """Decompress and decode the payload of an unwrapped card; CardDecodeError if that fails.

    Call it only after the signature has been verified, unless the card is being inspected."""
    try:
        return decode_payload(decompress(message.payload, dictionary_version=CARD_DICTIONARY_VERSION))
    except CompressionError:
        raise CardDecodeError("The card is damaged: its contents cannot be decompressed.") from None
    except PayloadError:
        raise CardDecodeError("The card is damaged: its contents are not in the expected form.") from None


def open_card(text: str) -> OpenedCard:
    """Decode a card without any trust decision (NotACardError / CardDecodeError)."""
    message = unwrap_card(text)
    return OpenedCard(message=message, payload=read_card_payload(message))
