"""Checking a card offline: from QR text, or from an image or PDF of the card.

Needs no store and no network: only the card and a trust bundle. Every outcome is one of the six
statuses of SIG-05; a file with no readable QR code counts as "not a crisis card"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crisisplan.bounded import InputTooLargeError, read_bounded
from crisisplan.export.qr import read_qr_texts
from crisisplan.export.trust import TrustBundle, load_trust_bundle
from crisisplan.export.verify import CardStatus, Verification, verify_card_text

MAX_BUNDLE_BYTES = 1024 * 1024

STATUS_TITLES: dict[CardStatus, str] = {
    CardStatus.VALID: "VALID",
    CardStatus.REVIEW_OVERDUE: "VALID BUT REVIEW OVERDUE",
    CardStatus.SUPERSEDED_OR_REVOKED: "SUPERSEDED OR REVOKED",
    CardStatus.UNKNOWN_ISSUER: "UNKNOWN ISSUER",
    CardStatus.TAMPERED: "TAMPERED OR DAMAGED",
    CardStatus.NOT_A_CARD: "NOT A CRISIS CARD",
}

# Best first: when a file holds several QR codes, the most trustworthy reading is reported.
_RANK = [CardStatus.VALID, CardStatus.REVIEW_OVERDUE, CardStatus.SUPERSEDED_OR_REVOKED,
         CardStatus.UNKNOWN_ISSUER, CardStatus.TAMPERED, CardStatus.NOT_A_CARD]


@dataclass(frozen=True)
class FileVerification:
    result: Verification
    codes_found: int


def read_trust_file(path: Path) -> TrustBundle:
    """Load a trust bundle file (TrustBundleError or OSError on a bad or unreadable file)."""
    try:
        data = read_bounded(path, MAX_BUNDLE_BYTES)
    except InputTooLargeError:
        data = b" " * (MAX_BUNDLE_BYTES + 1)  # let the bundle loader say "too large" in its own words
    return load_trust_bundle(data)


def verify_text(text: str, trust: TrustBundle, today: date | None = None) -> Verification:
    return verify_card_text(text, trust, today or date.today())


def verify_file(path: Path, trust: TrustBundle, today: date | None = None) -> FileVerification:
    """Read every QR code in a PNG, JPEG or PDF and verify them (QrReadError if unreadable)."""
    texts = read_qr_texts(path)
    if not texts:
        return FileVerification(verify_card_text("", trust, today or date.today()), 0)
    results = [verify_card_text(t, trust, today or date.today()) for t in texts]
    results.sort(key=lambda r: _RANK.index(r.status))
    return FileVerification(results[0], len(texts))
