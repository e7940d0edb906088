"""PAdES signatures on the A4 summary and the person's copy (pyHanko, PAdES baseline B-B).

Keys are passed in explicitly: the organisation's trust-root P-256 key issues a short-lived
document-signing certificate; that certificate's key signs PDFs; a PDF is verified offline against
the root certificate alone (no network: no OCSP, CRL or AIA fetching). Any PDF reader then shows
"signed, not altered since"; one that does not trust the organisation's root says so too.
Crypto decisions are in docs/security.md (P-256/ECDSA-SHA256, as the cards use)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

ROOT_VALID_FROM = datetime(2020, 1, 1, tzinfo=UTC)
ROOT_VALID_UNTIL = datetime(2100, 1, 1, tzinfo=UTC)
SIGNER_DAYS = 825
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
"""id-kp-documentSigning (RFC 9336)."""


@dataclass(frozen=True)
class DocumentSigner:
    """A document-signing key and its certificate chain, leaf first, root last."""

    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]


@dataclass(frozen=True)
class PdfSignatureCheck:
    signed: bool
    intact: bool
    """The signed bytes have not changed and the signature matches them."""
    trusted: bool
    """The signer's certificate chains to the given root and was valid when it signed."""
    whole_file: bool
    """The signature covers the whole file (nothing was added after signing)."""
    signer: str
    signed_at: datetime | None
    message: str

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.trusted and self.whole_file


def _name(organisation: str, role: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation[:40]} {role}"[:64])])


def _serial(*parts: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"".join(parts)).digest()[:16], "big") >> 1


def root_certificate(root_private_key: ec.EllipticCurvePrivateKey, organisation: str) -> x509.Certificate:
    """The self-signed CA certificate of the organisation's trust-root key. The same key and name
    always give the same subject, serial and validity, so it can be made again whenever needed."""
    public = root_private_key.public_key()
    spki = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    name = _name(organisation, "crisis plan trust root")
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(public)
            .serial_number(_serial(spki, organisation.encode())).not_valid_before(ROOT_VALID_FROM)
            .not_valid_after(ROOT_VALID_UNTIL)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .sign(root_private_key, hashes.SHA256()))


def issue_document_signer(root_private_key: ec.EllipticCurvePrivateKey, organisation: str, *,
                          now: datetime | None = None, days: int = SIGNER_DAYS) -> DocumentSigner:
    """A new P-256 document-signing key with a certificate issued by the trust root."""
    now = now or datetime.now(UTC)
    root = root_certificate(root_private_key, organisation)
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key()
    cert = (x509.CertificateBuilder().subject_name(_name(organisation, "document signing"))
            .issuer_name(root.subject).public_key(public).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_private_key.public_key()),
                           critical=False)
            .sign(root_private_key, hashes.SHA256()))
    return DocumentSigner(key, cert, (cert, root))


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(pdf: bytes, signer: DocumentSigner, *, reason: str = "Issued crisis plan summary") -> bytes:
    """`pdf` with a PAdES B-B signature (a new signature field, in an incremental update)."""
    key_der = signer.private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption())
    hanko = signers.SimpleSigner(
        signing_cert=_asn1(signer.certificate), signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([_asn1(c) for c in signer.chain]))  # type: ignore[no-untyped-call]
    meta = signers.PdfSignatureMetadata(field_name="CrisisPlanSignature", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, reason=reason)
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    out = signers.sign_pdf(writer, meta, signer=hanko)
    return bytes(out.getvalue())


def verify_pdf(pdf: bytes, root: x509.Certificate) -> PdfSignatureCheck:
    """Check the last signature of `pdf` offline against the organisation's root certificate."""
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # pyHanko raises many kinds for a damaged file
        return PdfSignatureCheck(False, False, False, False, "", None, "This is not a readable PDF.")
    if not signatures:
        return PdfSignatureCheck(False, False, False, False, "", None, "The PDF is not signed.")
    context = ValidationContext(trust_roots=[_asn1(root)], allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(signatures[-1], context)
    except Exception:  # a damaged signature is reported, not raised
        return PdfSignatureCheck(True, False, False, False, "", None, "The signature is damaged.")
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else ""
    if not status.intact or not status.valid:
        message = "ALTERED: the PDF was changed after it was signed."
    elif not status.trusted:
        message = "The signature is intact but not from this organisation's trust root."
    elif not whole:
        message = "Signed, but something was added to the PDF after signing."
    else:
        message = "Signed, not altered since."
    return PdfSignatureCheck(True, bool(status.intact and status.valid), bool(status.trusted), whole, signer,
                             status.signer_reported_dt, message)
