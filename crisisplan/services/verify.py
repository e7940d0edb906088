"""Checking a card offline: from QR text, or from an image or PDF of the card.

Needs no store and no network: only the card, a trust bundle signed by the organisation trust root
this verifier is pinned to, and who is looking. Every code in a file is checked and reported; the
file's overall verdict is the worst of them, so a file whose codes disagree is never simply VALID.
A file where no code could be read is UNREADABLE (rescan), not NOT_A_CARD; a file that hits the
reader's limits is TOO_COMPLEX."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crisisplan.export.qr_errors import QrReadError
from crisisplan.export.qr_sandbox import FileTooComplexError, read_bounded, read_qr_texts_safely
from crisisplan.export.signed_trust import open_trust_bundle
from crisisplan.export.trust import MAX_BUNDLE_BYTES, TrustBundle, TrustBundleError
from crisisplan.export.verify import MESSAGES, VIEWERS, CardStatus, Verification, verify_card_text
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.verify_pdf import document_verdict, inspect_pdf_safely

STATUS_TITLES: dict[CardStatus, str] = {
    CardStatus.VALID: "VALID",
    CardStatus.REVIEW_OVERDUE: "VALID BUT REVIEW OVERDUE",
    CardStatus.SUPERSEDED_OR_REVOKED: "SUPERSEDED OR REVOKED",
    CardStatus.UNKNOWN_ISSUER: "UNKNOWN ISSUER",
    CardStatus.TAMPERED: "TAMPERED OR DAMAGED",
    CardStatus.NOT_A_CARD: "NOT A CRISIS CARD",
    CardStatus.WRONG_RECIPIENT: "ISSUED FOR SOMEONE ELSE",
    CardStatus.EXPIRED: "EXPIRED",
    CardStatus.UNREADABLE: "COULD NOT READ A CODE",
    CardStatus.TOO_COMPLEX: "TOO COMPLEX TO CHECK",
}

EXIT_CODES: dict[CardStatus, int] = {
    CardStatus.VALID: 0,
    CardStatus.REVIEW_OVERDUE: 10,
    CardStatus.SUPERSEDED_OR_REVOKED: 11,
    CardStatus.UNKNOWN_ISSUER: 12,
    CardStatus.TAMPERED: 13,
    CardStatus.NOT_A_CARD: 14,
    CardStatus.WRONG_RECIPIENT: 15,
    CardStatus.UNREADABLE: 16,
    CardStatus.EXPIRED: 17,
    CardStatus.TOO_COMPLEX: 18,
}

# Worst first: a file's overall verdict is its worst code's.
WORST_FIRST = (CardStatus.TAMPERED, CardStatus.UNKNOWN_ISSUER, CardStatus.SUPERSEDED_OR_REVOKED,
               CardStatus.EXPIRED, CardStatus.WRONG_RECIPIENT, CardStatus.NOT_A_CARD,
               CardStatus.REVIEW_OVERDUE, CardStatus.VALID)


@dataclass(frozen=True)
class FileVerification:
    result: Verification
    """The overall verdict: the worst of `codes` (or UNREADABLE / TOO_COMPLEX)."""
    codes_found: int
    codes: tuple[Verification, ...] = ()
    """Every code found in the file, in reading order."""
    document: Verification | None = None
    """For a signed PDF: the verdict on its own PAdES signature (part of `result`)."""
    document_note: str = ""
    """For a PDF: whether it is signed, in words (a wallet card PDF is not; its QR code is)."""

    @property
    def disagree(self) -> bool:
        return len({c.status for c in self.codes}) > 1


def read_trust_file(path: Path, pinned_root: str) -> TrustBundle:
    """Load a signed trust bundle file and check it against the pinned root (TrustBundleError)."""
    try:
        data = read_bounded(path, MAX_BUNDLE_BYTES)
    except ValueError as exc:
        raise TrustBundleError(QT_TRANSLATE_NOOP("services", "The trust bundle file could not be read: {exc}")
                               .format(exc=exc)) from None
    return open_trust_bundle(data, pinned_root)


def check_viewer(viewer: str) -> str:
    if viewer not in VIEWERS:
        raise ValueError(f"Who is looking must be one of: {', '.join(VIEWERS)}.")
    return viewer


def verify_text(text: str, trust: TrustBundle, today: date | None = None, viewer: str = "other") -> Verification:
    return verify_card_text(text, trust, today or date.today(), check_viewer(viewer))


def overall(codes: list[Verification]) -> Verification:
    """The worst verdict among several codes; when they disagree its message says so."""
    worst = min(codes, key=lambda r: WORST_FIRST.index(r.status))
    if len({c.status for c in codes}) > 1:
        message = QT_TRANSLATE_NOOP("services", "{message} This file holds {count} codes that do not agree; each is "
                                                "listed below. Do not rely on it until you know which card is "
                                                "current.").format(message=worst.message, count=len(codes))
        return Verification(worst.status, worst.payload, message, worst.kid, worst.issuer, worst.recipient)
    return worst


def _file_level(status: CardStatus, document: Verification | None = None, note: str = "") -> FileVerification:
    return FileVerification(Verification(status, None, MESSAGES[status], None, None), 0, (), document, note)


def _with_document(codes: list[Verification], document: Verification | None) -> Verification:
    """The file's verdict: the worst of its codes, or the PDF's signature when that is worse."""
    worst = overall(codes)
    if document is None or WORST_FIRST.index(document.status) >= WORST_FIRST.index(worst.status):
        return worst
    return Verification(document.status, None, document.message, document.kid, document.issuer)


def verify_file(path: Path, trust: TrustBundle, today: date | None = None, viewer: str = "other", *,
                cancelled: Callable[[], bool] | None = None) -> FileVerification:
    """Read every QR code in a PNG, JPEG or PDF (under memory and time limits) and verify each; for a
    PDF also its PAdES signature (services/verify_pdf.py), which can only make the verdict worse.

    QrReadError if the file cannot be read at all (not a supported kind, damaged)."""
    check_viewer(viewer)
    document: Verification | None = None
    note = ""
    signed = False
    try:
        data = read_bounded(path)
        if data.startswith(b"%PDF-"):
            inspection = inspect_pdf_safely(data, trust, cancelled=cancelled)
            document = document_verdict(inspection.signature, trust, document_page=inspection.document_page)
            signed = inspection.signature.signed
            note = "" if signed else inspection.signature.message
            if inspection.qr_error and not signed:
                raise QrReadError(inspection.qr_error)
            texts = list(inspection.texts)
        else:
            texts = read_qr_texts_safely(data, cancelled=cancelled)
    except FileTooComplexError:
        return _file_level(CardStatus.TOO_COMPLEX)
    if not texts:
        if document is not None and signed:  # a signed PDF without a card's code (the person's copy)
            return FileVerification(document, 0, (), document, note)
        return _file_level(CardStatus.UNREADABLE, document, note)
    day = today or date.today()
    codes = [verify_card_text(t, trust, day, viewer) for t in texts]
    return FileVerification(_with_document(codes, document), len(texts), tuple(codes), document, note)
