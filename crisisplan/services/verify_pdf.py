"""The verdict on a PDF's own PAdES signature (the A4 summary, the person's copy), in the same
states and exit codes as a card's (docs/security.md §11 and §12).

The signature is checked in the sandboxed child (export/qr_sandbox.py) together with the PDF's QR
codes, against the roots this verifier trusts: the pinned organisation root the trust bundle is
signed by, and partner roots the bundle names. Whether the signing key was retired or revoked comes
from the bundle, by the card-signing key id the certificate names."""

from __future__ import annotations

import functools
from collections.abc import Callable

from crisisplan.export.pades_verify import PdfInspection, PdfSignatureCheck, inspect_pdf
from crisisplan.export.qr_errors import QrReadError
from crisisplan.export.qr_sandbox import MAX_FILE_BYTES, run_in_child
from crisisplan.export.trust import TrustBundle
from crisisplan.export.verify import CardStatus, Verification
from crisisplan.i18n import QT_TRANSLATE_NOOP


def trusted_roots(trust: TrustBundle) -> frozenset[str]:
    """The organisation's root and every partner root named in the bundle."""
    return frozenset({trust.root_fingerprint} | {k.partner_root for k in trust.keys if k.partner_root})


def inspect_pdf_safely(data: bytes, trust: TrustBundle, *,
                       cancelled: Callable[[], bool] | None = None) -> PdfInspection:
    """QR texts and signature of a PDF, read in the sandboxed child (SEC-08)."""
    if len(data) > MAX_FILE_BYTES:
        raise QrReadError(QT_TRANSLATE_NOOP("services", "The file is too large to read."))
    found = run_in_child(data, functools.partial(inspect_pdf, roots=trusted_roots(trust)), cancelled=cancelled)
    if not isinstance(found, PdfInspection):
        raise QrReadError(QT_TRANSLATE_NOOP("services", "The file is damaged or cannot be read."))
    return found


def _verdict(status: CardStatus, message: str, kid: str | None = None, issuer: str | None = None) -> Verification:
    return Verification(status, None, message, kid, issuer)


UNSIGNED_DOCUMENT = ("This document (larger than a wallet card) carries no signature from its issuer, so its "
                     "printed text cannot be checked: do not rely on it. Scan the QR code on the person's wallet "
                     "card, or ask the issuer for a signed copy.")


def document_verdict(check: PdfSignatureCheck, trust: TrustBundle, *,
                     document_page: bool = False) -> Verification | None:
    """The verdict on the PDF's signature; None if the PDF is not signed and need not be (a wallet
    card: its QR code is its proof). An unsigned document page (an A4 summary with its signature
    stripped, then edited) is UNKNOWN ISSUER, never judged by its QR code alone."""
    if not check.signed:
        return _verdict(CardStatus.UNKNOWN_ISSUER, UNSIGNED_DOCUMENT) if document_page else None
    kid = check.kid or None
    if not check.intact or not check.whole_file:
        return _verdict(CardStatus.TAMPERED, f"{check.message} Do not rely on this PDF.", kid)
    if check.expired:
        return _verdict(CardStatus.EXPIRED, "The PDF's signing certificate has expired: ask the issuer for a "
                        "current copy.", kid)
    if not check.trusted:
        return _verdict(CardStatus.UNKNOWN_ISSUER, "The PDF is signed, but not by an organisation this verifier "
                        "trusts (its certificate does not lead to the pinned trust root).", kid)
    try:
        key = trust.key_for(bytes.fromhex(check.kid))
    except ValueError:
        key = None
    if key is None or (key.partner_root or trust.root_fingerprint) != check.root_fingerprint:
        return _verdict(CardStatus.UNKNOWN_ISSUER, "The PDF is signed under the trusted root, but with a key "
                        "this trust bundle does not list: get the newest trust bundle.", kid)
    signed_on = check.signed_at.date() if check.signed_at else None
    if key.status == "revoked" or (key.valid_until is not None and signed_on is not None
                                   and signed_on > key.valid_until):
        return _verdict(CardStatus.SUPERSEDED_OR_REVOKED, "The key that signed this PDF has been revoked or "
                        "retired: do not rely on it.", kid, key.organisation)
    when = f" on {check.signed_at:%d %b %Y}" if check.signed_at else ""
    return _verdict(CardStatus.VALID, f"The PDF is signed by {key.organisation}{when} and not altered since.",
                    kid, key.organisation)


def require_signed_by(data: bytes, trust: TrustBundle, what: str = "The summary PDF") -> None:
    """ValueError (saying what to do) unless `data` is a PDF carrying a valid signature of the
    organisation whose bundle `trust` is (checked in the sandboxed child, like any file from disk)."""
    if not data.startswith(b"%PDF-"):
        raise ValueError(f"{what} must be a PDF file.")
    try:
        inspection = inspect_pdf_safely(data, trust)
        verdict = document_verdict(inspection.signature, trust)
    except QrReadError as exc:
        raise ValueError(f"{what} could not be read: {exc}") from None
    if verdict is None:
        raise ValueError(f"{what} is not signed. Use the summary this app issued with the card "
                         "(summary-….pdf): it is signed by the organisation.")
    if verdict.status is not CardStatus.VALID:
        raise ValueError(f"{what} cannot be used: {verdict.message}")
