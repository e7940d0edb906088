"""PAdES signatures on the A4 summary and the person's copy (pyHanko, PAdES baseline B-B).

Keys are passed in explicitly: the organisation's trust-root P-256 key issues a document-signing
certificate; that certificate's key signs PDFs. The certificate names, as its subject serial number,
the card-signing key it belongs to (`kid`), so a verifier learns from the trust bundle whether it was
retired or revoked. Checking a signature offline is in pades_verify.py. Any PDF reader shows
"signed, not altered since"; one that does not trust the organisation's root says so too.
Crypto decisions are in docs/security.md (P-256/ECDSA-SHA256, as the cards use)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT_VALID_FROM = datetime(2020, 1, 1, tzinfo=UTC)
ROOT_VALID_UNTIL = datetime(2100, 1, 1, tzinfo=UTC)
SIGNER_DAYS = 825
"""Lifetime of a document-signing certificate."""
RENEW_DAYS = 400
"""A certificate with fewer days than this left is replaced before it signs: a summary is relied on
for as long as its card (at most a year), so what it signs stays checkable that long."""
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
"""id-kp-documentSigning (RFC 9336)."""
FIELD_NAME = "CrisisPlanSignature"
SUMMARY_REASON = "Issued crisis plan summary"
PERSON_COPY_REASON = "Issued copy of a crisis plan"


@dataclass(frozen=True)
class DocumentSigner:
    """A document-signing key and its certificate chain, leaf first, root last."""

    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    def to_parts(self) -> tuple[bytes, ...]:
        """Plain bytes (PKCS8 DER of the key, then each certificate's DER) for a worker process."""
        key = self.private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption())
        return (key, *(c.public_bytes(serialization.Encoding.DER) for c in self.chain))

    @classmethod
    def from_parts(cls, parts: tuple[bytes, ...]) -> DocumentSigner:
        key = serialization.load_der_private_key(parts[0], password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or len(parts) < 2:
            raise ValueError("not a document signer")
        chain = tuple(x509.load_der_x509_certificate(p) for p in parts[1:])
        return cls(key, chain[0], chain)

    @property
    def kid(self) -> str:
        """The card-signing key id this certificate belongs to (hex), or "" if it names none."""
        found = self.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
        return str(found[0].value) if found else ""

    def days_left(self, now: datetime | None = None) -> float:
        return (self.certificate.not_valid_after_utc - (now or datetime.now(UTC))).total_seconds() / 86400


def _name(organisation: str, role: str, kid: str = "") -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]),
                  x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation[:40]} {role}"[:64])]
    if kid:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, kid[:64]))
    return x509.Name(attributes)


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
                          kid: str = "", now: datetime | None = None, days: int = SIGNER_DAYS) -> DocumentSigner:
    """A new P-256 document-signing key with a certificate issued by the trust root, naming the
    card-signing key `kid` (hex) whose retirement or revocation it follows."""
    now = now or datetime.now(UTC)
    root = root_certificate(root_private_key, organisation)
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key()
    cert = (x509.CertificateBuilder().subject_name(_name(organisation, "document signing", kid))
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


def sign_pdf(pdf: bytes, signer: DocumentSigner, *, reason: str = SUMMARY_REASON) -> bytes:
    """`pdf` with a PAdES B-B signature (a new signature field, in an incremental update).

    pyHanko is imported here, not with this module: it (and the HTTP client it brings) takes about
    0.4 s to import, which the desktop paid when the plan list first opened (P2/P9)."""
    from crisisplan.export.pades_sign import sign_pdf as sign

    return sign(pdf, signer, reason=reason)
