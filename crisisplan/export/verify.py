"""Offline verification of a crisis card's QR text against a trust bundle.

The result depends on nothing but the text, the trust bundle and today's date. The signature is
checked before the signed payload is decompressed or decoded, so unauthenticated data is parsed no
further than needed to find the key id. Order of the checks (docs/card-format.md, "Verification"):

1. no `CP1:` prefix                                   -> NOT_A_CARD
2. Base45 / COSE envelope cannot be decoded, not ES256 -> TAMPERED
3. key id not in the trust bundle                      -> UNKNOWN_ISSUER
4. signature does not verify                           -> TAMPERED
5. signed payload cannot be decompressed or decoded    -> TAMPERED
6. key not valid on the card's issue date              -> UNKNOWN_ISSUER
7. card revoked or superseded                          -> SUPERSEDED_OR_REVOKED
8. today is after the review date                      -> REVIEW_OVERDUE
9. otherwise                                           -> VALID
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from crisisplan.export.card import CardDecodeError, NotACardError, read_card_payload, unwrap_card
from crisisplan.export.cose import ALG_ES256, HEADER_KID, CoseError, verify_sign1
from crisisplan.export.payload import CardPayload
from crisisplan.export.trust import TrustBundle


class CardStatus(Enum):
    VALID = "valid"
    REVIEW_OVERDUE = "review_overdue"
    SUPERSEDED_OR_REVOKED = "superseded_or_revoked"
    UNKNOWN_ISSUER = "unknown_issuer"
    TAMPERED = "tampered"
    NOT_A_CARD = "not_a_card"

    @property
    def title(self) -> str:
        """A short heading for the status."""
        return _TITLES[self]

    @property
    def authentic(self) -> bool:
        """True only where the card is genuine, unaltered and not withdrawn."""
        return self in (CardStatus.VALID, CardStatus.REVIEW_OVERDUE)


_TITLES: dict[CardStatus, str] = {
    CardStatus.VALID: "Valid",
    CardStatus.REVIEW_OVERDUE: "Valid, but review overdue",
    CardStatus.SUPERSEDED_OR_REVOKED: "Superseded or withdrawn",
    CardStatus.UNKNOWN_ISSUER: "Unknown issuer",
    CardStatus.TAMPERED: "Altered or damaged",
    CardStatus.NOT_A_CARD: "Not a crisis card",
}

MESSAGES: dict[CardStatus, str] = {
    CardStatus.VALID: (
        "This card is genuine: it was issued by a trusted organisation, has not been altered, "
        "and is within its review date."
    ),
    CardStatus.REVIEW_OVERDUE: (
        "This card is genuine and has not been altered, but its review date has passed, so some "
        "information may be out of date. Use it with care and check with the issuing service if you can."
    ),
    CardStatus.SUPERSEDED_OR_REVOKED: (
        "Do not rely on this card: it has been replaced by a newer card or withdrawn by the "
        "organisation that issued it. Contact the crisis team for current information."
    ),
    CardStatus.UNKNOWN_ISSUER: (
        "Do not rely on this card: it was not signed by an organisation this computer trusts. It may "
        "come from another area, or it may be forged."
    ),
    CardStatus.TAMPERED: "Do not rely on this card: it has been altered or damaged.",
    CardStatus.NOT_A_CARD: "This is not a crisis card: the code does not contain crisis card information.",
}

KEY_NOT_VALID_MESSAGE = (
    "Do not rely on this card: it was signed with a key that was not trusted on the date the card "
    "says it was issued."
)


@dataclass(frozen=True)
class Verification:
    status: CardStatus
    payload: CardPayload | None
    """Set only once the signature has been verified with a trusted key."""
    message: str
    kid: str | None
    """The signing key id in hex, once the card's envelope could be read."""
    issuer: str | None
    """The organisation named in the trust bundle for the signing key (never taken from the card)."""


def _result(
    status: CardStatus,
    payload: CardPayload | None = None,
    kid: str | None = None,
    issuer: str | None = None,
    message: str | None = None,
) -> Verification:
    return Verification(status, payload, MESSAGES[status] if message is None else message, kid, issuer)


def verify_card_text(text: str, trust: TrustBundle, today: date) -> Verification:
    """Decide what a responder may make of a card's QR text (see the module docstring)."""
    try:
        message = unwrap_card(text)
    except NotACardError:
        return _result(CardStatus.NOT_A_CARD)
    except CardDecodeError:
        return _result(CardStatus.TAMPERED)
    kid = message.protected.get(HEADER_KID)
    if message.alg != ALG_ES256 or not isinstance(kid, bytes) or message.unprotected or message.tagged:
        return _result(CardStatus.TAMPERED)
    kid_hex = kid.hex()
    key = trust.key_for(kid)
    if key is None:
        return _result(CardStatus.UNKNOWN_ISSUER, kid=kid_hex)
    try:
        genuine = verify_sign1(message, key.public_key)
    except CoseError:
        genuine = False
    if not genuine:
        return _result(CardStatus.TAMPERED, kid=kid_hex)
    try:
        payload = read_card_payload(message)
    except CardDecodeError:
        return _result(CardStatus.TAMPERED, kid=kid_hex)
    issuer = key.organisation
    if not key.covers(payload.issued):
        return _result(CardStatus.UNKNOWN_ISSUER, kid=kid_hex, message=KEY_NOT_VALID_MESSAGE)
    if trust.is_withdrawn(payload.card_id):
        return _result(CardStatus.SUPERSEDED_OR_REVOKED, payload, kid_hex, issuer)
    if today > payload.valid_until:
        return _result(CardStatus.REVIEW_OVERDUE, payload, kid_hex, issuer)
    return _result(CardStatus.VALID, payload, kid_hex, issuer)
