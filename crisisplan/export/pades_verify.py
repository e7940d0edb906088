"""Checking a PDF's PAdES signature offline (pyHanko): intact, covering the whole file, and made
with a certificate that chains to a pinned organisation trust root.

The root certificate is taken from the signature's own certificates, and accepted only if its
public key's SHA-256 fingerprint is one of the given pinned fingerprints (the organisation's root,
or a partner's from the trust bundle). No network: no OCSP, CRL or AIA fetching; whether the
signing key was retired or revoked comes from the trust bundle (services/verify_pdf.py).
Run on untrusted files only inside the sandboxed child (export/qr_sandbox.py, SEC-08)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class PdfSignatureCheck:
    signed: bool
    intact: bool
    """The signed bytes have not changed and the signature matches them."""
    trusted: bool
    """The signer's certificate chains to a pinned root and is within its validity now."""
    whole_file: bool
    """The signature covers the whole file (nothing was added after signing)."""
    signer: str
    signed_at: datetime | None
    message: str
    root_fingerprint: str = ""
    """The pinned root the certificate chains to ("" if none)."""
    kid: str = ""
    """The card-signing key id named in the certificate (hex)."""
    expired: bool = False
    """The signing certificate is outside its validity period now."""

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.trusted and self.whole_file


def _fingerprint(cert: asn1_x509.Certificate) -> str:
    return hashlib.sha256(cert.public_key.dump()).hexdigest()


def _organisation(leaf: asn1_x509.Certificate | None) -> str:
    if leaf is None:
        return ""
    names = leaf.subject.native
    return str(names.get("organization_name") or names.get("common_name") or "")


def _unsigned(message: str, signed: bool = False) -> PdfSignatureCheck:
    return PdfSignatureCheck(signed, False, False, False, "", None, message)


def check_pdf_signature(pdf: bytes, roots: Collection[str], *, now: datetime | None = None) -> PdfSignatureCheck:
    """Check the last signature of `pdf` against the pinned root fingerprints `roots` (hex SHA-256
    of the root key's SubjectPublicKeyInfo)."""
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # its path-building tracebacks are our verdicts
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # pyHanko raises many kinds for a damaged file
        if b"/ByteRange" in pdf:  # it has a signature, which cannot be read: damaged, never "unsigned"
            return _unsigned("ALTERED: the PDF's signature is damaged.", signed=True)
        return _unsigned("This is not a readable PDF.")
    if not signatures:
        return _unsigned("The PDF is not signed.")
    embedded = signatures[-1]
    try:
        certs = [c.chosen for c in embedded.signed_data["certificates"]]
        anchors = [c for c in certs if isinstance(c, asn1_x509.Certificate) and c.self_signed != "no"
                   and _fingerprint(c) in roots]
        context = ValidationContext(trust_roots=anchors, allow_fetching=False, revocation_mode="soft-fail",
                                    moment=now)
        status = validate_pdf_signature(embedded, context)
    except Exception:  # a damaged signature is reported, not raised
        return _unsigned("ALTERED: the PDF's signature is damaged.", signed=True)
    leaf = status.signing_cert
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    intact = bool(status.intact and status.valid)
    expired = False
    kid = ""
    if leaf is not None:
        moment = now or datetime.now(UTC)
        validity = leaf["tbs_certificate"]["validity"]
        expired = not (validity["not_before"].native <= moment <= validity["not_after"].native)
        kid = str(leaf.subject.native.get("serial_number", ""))
    root = next((_fingerprint(a) for a in anchors if a.subject == (leaf.issuer if leaf else None)), "")
    trusted = bool(status.trusted) and bool(root)
    if not intact:
        message = "ALTERED: the PDF was changed after it was signed."
    elif not whole:
        message = "ALTERED: something was added to the PDF after it was signed."
    elif expired:
        message = "The signing certificate has expired."
    elif not trusted:
        message = "The signature is intact but not from a trusted organisation's root."
    else:
        message = "Signed, not altered since."
    return PdfSignatureCheck(True, intact, trusted and not expired, whole,
                             _organisation(leaf), status.signer_reported_dt, message,
                             root if trusted else "", kid, expired)


def root_fingerprint_of(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).hexdigest()


def verify_pdf(pdf: bytes, root: x509.Certificate, *, now: datetime | None = None) -> PdfSignatureCheck:
    """check_pdf_signature against one root certificate's key."""
    return check_pdf_signature(pdf, {root_fingerprint_of(root)}, now=now)


@dataclass(frozen=True)
class PdfInspection:
    """What the sandboxed child finds in a PDF: its QR texts and its signature."""

    texts: tuple[str, ...]
    qr_error: str
    """Why no QR code could be read ("" if the reading worked)."""
    signature: PdfSignatureCheck
    document_page: bool = False
    """A page is larger than a wallet card (its shorter side over DOCUMENT_PAGE_POINTS): a document
    such as the A4 summary, whose printed text only a signature vouches for."""


DOCUMENT_PAGE_POINTS = 300.0
"""A wallet card's shorter side is 54 mm (153 pt), folded or flat; A4's is 210 mm (595 pt)."""


def _has_document_page(data: bytes, limit: int = 50) -> bool:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # unreadable: the QR reading says so
        return False
    try:
        return any(min(document[i].get_size()) > DOCUMENT_PAGE_POINTS for i in range(min(len(document), limit)))
    finally:
        document.close()


def inspect_pdf(data: bytes, roots: frozenset[str]) -> PdfInspection:
    """Read a PDF's QR codes and check its signature; meant to run in the sandboxed child."""
    from crisisplan.export.qr import read_qr_texts_from_bytes
    from crisisplan.export.qr_errors import QrReadError

    try:
        texts, error = tuple(read_qr_texts_from_bytes(data)), ""
    except QrReadError as exc:
        texts, error = (), str(exc)
    return PdfInspection(texts, error, check_pdf_signature(data, roots), _has_document_page(data))
