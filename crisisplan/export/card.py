"""The crisis card codec: payload -> CBOR -> raw DEFLATE -> COSE_Sign1 (ES256) -> Base45 -> `CP2:`.

Cards are written in format 2 (`CP2:`, payload_v2.py, dictionary version 2); format 1 cards
(`CP1:`, payload.py, dictionary version 1) already issued are still read.

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
from crisisplan.export.payload_v2 import decode_payload_v2, encode_payload_v2

CARD_FORMAT = 2
"""The format cards are written in."""
PREFIXES: dict[int, str] = {1: "CP1:", 2: "CP2:"}
"""Card format version -> QR text prefix. Each format fixes its payload layout and dictionary."""
DICTIONARY_FOR_FORMAT: dict[int, int] = {1: 1, 2: 2}
CARD_PREFIX = PREFIXES[CARD_FORMAT]
CARD_DICTIONARY_VERSION = DICTIONARY_FOR_FORMAT[CARD_FORMAT]
_ENCODERS = {1: encode_payload, 2: encode_payload_v2}
_DECODERS = {1: decode_payload, 2: decode_payload_v2}
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
    card_format: int = CARD_FORMAT

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


def card_format_of(text: str) -> int:
    """The card format a QR text announces (1 or 2); NotACardError if it has no card prefix."""
    if isinstance(text, str):
        text = normalise_card_text(text)
        for version, prefix in PREFIXES.items():
            if text.startswith(prefix):
                return version
    raise NotACardError("This is not a crisis card: the text does not start with the card prefix.")


def seal(payload: CardPayload, private_key: ec.EllipticCurvePrivateKey, card_format: int = CARD_FORMAT) -> str:
    """The QR text of a card signed with `private_key`, in format 2 (format 1 only for tests and
    the shared vectors, which prove old cards still verify)."""
    encoded = _ENCODERS[card_format](payload)
    compressed = compress(encoded, DICTIONARY_FOR_FORMAT[card_format])
    message = sign1(compressed, private_key, key_id(private_key.public_key()))
    return PREFIXES[card_format] + b45encode(message)


def unwrap_card(text: str) -> Sign1:
    """Prefix check (`CP1:` or `CP2:`), Base45 and COSE decoding, without touching the signed payload.

    NotACardError without a prefix; CardDecodeError if what follows it cannot be decoded."""
    body = strip_prefix(text, PREFIXES[card_format_of(text)])
    if len(body) > MAX_CARD_TEXT:
        raise CardDecodeError("The card text is far longer than any card and cannot be read.")
    try:
        return decode_sign1(b45decode(body))
    except Base45Error:
        raise CardDecodeError("The card text is damaged: it is not valid Base45.") from None
    except CoseError:
        raise CardDecodeError("The card is damaged: its signed envelope cannot be read.") from None


def read_card_payload(message: Sign1, card_format: int = CARD_FORMAT) -> CardPayload:
    """Decompress and decode the payload of an unwrapped card of `card_format` (card_format_of);
    CardDecodeError if that fails.

    Call it only after the signature has been verified, unless the card is being inspected."""
    try:
        data = decompress(message.payload, dictionary_version=DICTIONARY_FOR_FORMAT[card_format])
        return _DECODERS[card_format](data)
    except CompressionError:
        raise CardDecodeError("The card is damaged: its contents cannot be decompressed.") from None
    except PayloadError:
        raise CardDecodeError("The card is damaged: its contents are not in the expected form.") from None


def open_card(text: str) -> OpenedCard:
    """Decode a card without any trust decision (NotACardError / CardDecodeError)."""
    message = unwrap_card(text)
    card_format = card_format_of(text)
    return OpenedCard(message=message, payload=read_card_payload(message, card_format), card_format=card_format)
