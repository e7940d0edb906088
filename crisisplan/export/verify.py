"""Offline verification of a crisis card's QR text against a trust bundle.

The result depends on nothing but the text, the trust bundle, who is looking and today's date. The
signature is checked before the signed payload is decompressed or decoded, so unauthenticated data
is parsed no further than needed to find the key id. Order of the checks (docs/card-format.md,
"Verification", shared with the phone verifier):

 1. no `CP1:` or `CP2:` prefix                              -> NOT_A_CARD
 2. Base45 / COSE envelope cannot be decoded, not ES256      -> TAMPERED
 3. key id not in the trust bundle                           -> UNKNOWN_ISSUER
 4. signature does not verify                                -> TAMPERED
 5. signed payload cannot be decompressed or decoded         -> TAMPERED
 6. signing key revoked                                      -> SUPERSEDED_OR_REVOKED
 7. card issued outside the key's validity period            -> UNKNOWN_ISSUER
 8. card revoked or superseded                               -> SUPERSEDED_OR_REVOKED
 9. the viewer is police, ambulance or ED and the card is for someone else -> WRONG_RECIPIENT
10. older than the bundle's maximum card lifetime            -> EXPIRED
11. today is after the review date                           -> REVIEW_OVERDUE
12. otherwise                                                -> VALID
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from crisisplan.export.card import CardDecodeError, NotACardError, card_format_of, read_card_payload, unwrap_card
from crisisplan.export.cose import ALG_ES256, HEADER_KID, CoseError, verify_sign1
from crisisplan.export.payload import CardPayload
from crisisplan.export.trust import TrustBundle
from crisisplan.i18n import QT_TRANSLATE_NOOP


class CardStatus(Enum):
    VALID = "valid"
    REVIEW_OVERDUE = "review_overdue"
    SUPERSEDED_OR_REVOKED = "superseded_or_revoked"
    UNKNOWN_ISSUER = "unknown_issuer"
    TAMPERED = "tampered"
    NOT_A_CARD = "not_a_card"
    WRONG_RECIPIENT = "wrong_recipient"
    EXPIRED = "expired"
    UNREADABLE = "unreadable"
    """No QR code could be read from a picture or file (try again), never "not a card"."""
    TOO_COMPLEX = "too_complex"
    """The file hit the reader's memory or time limits (SEC-08)."""

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
    CardStatus.WRONG_RECIPIENT: "Issued for someone else",
    CardStatus.EXPIRED: "Expired",
    CardStatus.UNREADABLE: "Could not read a code",
    CardStatus.TOO_COMPLEX: "Too complex to check",
}

VIEWERS = ("police", "ambulance", "emergency_department", "other")
"""Who is looking at the card; "other" sees any card's contents."""
_VIEWER_LABELS = {"police": "police", "ambulance": "the ambulance service",
                  "emergency_department": "the emergency department", "other": "someone else"}

MESSAGES: dict[CardStatus, str] = {
    CardStatus.VALID: (
        QT_TRANSLATE_NOOP("export", "This card is genuine: it was issued by a trusted organisation, has not been "
                                    "altered, and is within its review date.")
    ),
    CardStatus.REVIEW_OVERDUE: (
        QT_TRANSLATE_NOOP("export", "This card is genuine and has not been altered, but its review date has passed, "
                                    "so some information may be out of date. Use it with care and check with the "
                                    "issuing service if you can.")
    ),
    CardStatus.SUPERSEDED_OR_REVOKED: (
        QT_TRANSLATE_NOOP("export", "Do not rely on this card: it has been replaced by a newer card or withdrawn by "
                                    "the organisation that issued it. Contact the crisis team for current "
                                    "information.")
    ),
    CardStatus.UNKNOWN_ISSUER: (
        QT_TRANSLATE_NOOP("export", "Do not rely on this card: it was not signed by an organisation this computer "
                                    "trusts. It may come from another area, or it may be forged.")
    ),
    CardStatus.TAMPERED: QT_TRANSLATE_NOOP("export", "Do not rely on this card: it has been altered or damaged."),
    CardStatus.NOT_A_CARD: QT_TRANSLATE_NOOP("export", "This is not a crisis card: the code does not contain crisis "
                                                       "card information."),
    CardStatus.WRONG_RECIPIENT: (
        QT_TRANSLATE_NOOP("export", "This card is genuine but was issued for another service, so its contents are "
                                    "not shown. Contact the crisis team for the information you need.")
    ),
    CardStatus.EXPIRED: (
        QT_TRANSLATE_NOOP("export", "Do not rely on this card: it is older than the longest time a card may be used "
                                    "under the local protocol. Contact the crisis team for current information.")
    ),
    CardStatus.UNREADABLE: (
        QT_TRANSLATE_NOOP("export", "Could not read a code. Try again with more light, or hold the camera or scanner "
                                    "closer and steadier.")
    ),
    CardStatus.TOO_COMPLEX: (
        QT_TRANSLATE_NOOP("export", "This file is too complex to check safely (it needed more memory or time than a "
                                    "card ever does). Scan or photograph the printed card instead.")
    ),
}

KEY_REVOKED_MESSAGE = (
    QT_TRANSLATE_NOOP("export", "Do not rely on this card: the key it was signed with has been revoked by the "
                                "organisation (for example because it may have been compromised). Contact the crisis "
                                "team.")
)

KEY_NOT_VALID_MESSAGE = (
    QT_TRANSLATE_NOOP("export", "Do not rely on this card: it was signed with a key that was not trusted on the date "
                                "the card says it was issued.")
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
    recipient: str | None = None
    """Who the card was issued for, once its signature has been verified."""


def _result(
    status: CardStatus,
    payload: CardPayload | None = None,
    kid: str | None = None,
    issuer: str | None = None,
    message: str | None = None,
    recipient: str | None = None,
) -> Verification:
    if recipient is None and payload is not None:
        recipient = payload.recipient
    return Verification(status, payload, MESSAGES[status] if message is None else message, kid, issuer, recipient)


def wrong_recipient_message(recipient: str, viewer: str) -> str:
    """E.g. "issued for the emergency department, not for police"."""
    issued_for = _VIEWER_LABELS.get(recipient, recipient.replace("_", " "))
    return (f"This card is genuine but was issued for {issued_for}, not for {_VIEWER_LABELS[viewer]}, "
            "so its contents are not shown. Contact the crisis team for the information you need.")


def verify_card_text(text: str, trust: TrustBundle, today: date, viewer: str = "other") -> Verification:
    """Decide what a responder may make of a card's QR text (see the module docstring)."""
    if viewer not in VIEWERS:
        raise ValueError(f"viewer must be one of {', '.join(VIEWERS)}")
    try:
        message = unwrap_card(text)
        card_format = card_format_of(text)
    except NotACardError:
        return _result(CardStatus.NOT_A_CARD)
    except CardDecodeError:
        return _result(CardStatus.TAMPERED)
    # RFC 9052: the protected header wins; a kid only in the unprotected header is a hint, and safe to use
    # because the signature is then checked with the trusted key it names (docs/card-format.md).
    kid = message.protected.get(HEADER_KID, message.unprotected.get(HEADER_KID))
    if message.alg != ALG_ES256 or not isinstance(kid, bytes):
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
        payload = read_card_payload(message, card_format)
    except CardDecodeError:
        return _result(CardStatus.TAMPERED, kid=kid_hex)
    issuer = key.organisation
    if key.status == "revoked":
        return _result(CardStatus.SUPERSEDED_OR_REVOKED, kid=kid_hex, issuer=issuer, message=KEY_REVOKED_MESSAGE,
                       recipient=payload.recipient)
    if not key.covers(payload.issued):
        return _result(CardStatus.UNKNOWN_ISSUER, kid=kid_hex, message=KEY_NOT_VALID_MESSAGE)
    if trust.is_withdrawn(payload.card_id):
        return _result(CardStatus.SUPERSEDED_OR_REVOKED, payload, kid_hex, issuer)
    if viewer != "other" and payload.recipient != viewer:
        return _result(CardStatus.WRONG_RECIPIENT, None, kid_hex, issuer,
                       wrong_recipient_message(payload.recipient, viewer), payload.recipient)
    if today > payload.issued + timedelta(days=trust.max_card_lifetime_days):
        return _result(CardStatus.EXPIRED, payload, kid_hex, issuer)
    if today > payload.valid_until:
        return _result(CardStatus.REVIEW_OVERDUE, payload, kid_hex, issuer)
    return _result(CardStatus.VALID, payload, kid_hex, issuer)
