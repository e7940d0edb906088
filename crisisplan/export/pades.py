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
from io import BytesIO

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator.registry import SimpleCertificateStore

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


class _ReusingSigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner that builds the CMS signature container once per certificate, then
    for each further PDF puts in only what changes: the document's digest and the signature.

    A PAdES B-B signature's signed attributes are the content type, the message digest and the
    signing certificate (ESS signing-certificate-v2); only the digest differs between documents.
    Building the container (mostly re-encoding the certificates with asn1crypto) is three quarters
    of pyHanko's time per PDF, which bulk re-issue (P10) cannot afford a thousand times. The first
    container is pyHanko's own; each later one is that container with its signed attributes'
    digest replaced and a fresh ECDSA signature over them (RFC 5652 §5.4: the DER of the attributes
    with the SET OF tag), and the tests check every such signature with pyHanko and poppler."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._key = key
        self._template: tuple[bytes, str, bytes] | None = None
        """(container DER, digest algorithm, the digest it was made for)."""

    async def async_sign(self, data_digest: bytes, digest_algorithm: str, dry_run: bool = False,
                         use_pades: bool = False, timestamper: object = None,
                         signed_attr_settings: PdfCMSSignedAttributes | None = None,
                         is_pdf_sig: bool = True, encap_content_info: object = None) -> cms.ContentInfo:
        extra = signed_attr_settings is not None and (signed_attr_settings.cades_signed_attrs is not None
                                                      or signed_attr_settings.adobe_revinfo_attr is not None)
        # (its signing time goes into the PDF's /M, not into a PAdES signature's attributes)
        plain = (not dry_run and use_pades and not extra and timestamper is None and encap_content_info is None
                 and is_pdf_sig)
        if plain and self._template is not None and self._template[1] == digest_algorithm == "sha256":
            reused = self._reuse(data_digest)
            if reused is not None:
                return reused
        made = await super().async_sign(data_digest, digest_algorithm, dry_run=dry_run, use_pades=use_pades,
                                         timestamper=timestamper, signed_attr_settings=signed_attr_settings,
                                         is_pdf_sig=is_pdf_sig, encap_content_info=encap_content_info)
        if plain and self._template is None:
            self._template = (made.dump(), digest_algorithm, data_digest)
        return made

    def _reuse(self, data_digest: bytes) -> cms.ContentInfo | None:
        assert self._template is not None
        container, _algorithm, old_digest = self._template
        made = cms.ContentInfo.load(container)
        signer_info = made["content"]["signer_infos"][0]
        attributes = signer_info["signed_attrs"].dump()
        if attributes.count(old_digest) != 1 or len(data_digest) != len(old_digest):
            return None
        attributes = attributes.replace(old_digest, data_digest)
        signer_info["signed_attrs"] = cms.CMSAttributes.load(b"\x31" + attributes[1:])
        signer_info["signature"] = self._key.sign(b"\x31" + attributes[1:], ec.ECDSA(hashes.SHA256()))
        return made


_HANKO: dict[bytes, tuple[signers.SimpleSigner, int]] = {}
"""pyHanko signers by leaf certificate, kept for the process (bulk re-issue signs a thousand PDFs
with one certificate): loading the key and certificates each time costs more than signing."""


def _hanko(signer: DocumentSigner) -> tuple[signers.SimpleSigner, int]:
    leaf = signer.certificate.public_bytes(serialization.Encoding.DER)
    found = _HANKO.get(leaf)
    if found is None:
        parts = signer.to_parts()
        hanko = _ReusingSigner(
            signer.private_key, signing_cert=asn1_x509.Certificate.load(parts[1]),
            signing_key=asn1_keys.PrivateKeyInfo.load(parts[0]),
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                [asn1_x509.Certificate.load(p) for p in parts[1:]]))
        # Room for the CMS container: the certificates, the signed attributes and an ECDSA signature,
        # with a wide margin (pyHanko refuses, rather than writes a broken file, if it were too small).
        found = hanko, 4096 + 2 * sum(len(p) for p in parts[1:])
        if len(_HANKO) > 8:
            _HANKO.clear()
        _HANKO[leaf] = found
    return found


def sign_pdf(pdf: bytes, signer: DocumentSigner, *, reason: str = SUMMARY_REASON) -> bytes:
    """`pdf` with a PAdES B-B signature (a new signature field, in an incremental update)."""
    hanko, reserved = _hanko(signer)
    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, reason=reason)
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    out = signers.sign_pdf(writer, meta, signer=hanko, bytes_reserved=reserved)
    return bytes(out.getvalue())
