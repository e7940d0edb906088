"""Signing a PDF with pyHanko (PAdES B-B), kept apart from pades.py so pyHanko is imported only
when a PDF is signed. The certificates and their lifetimes are in pades.py."""

from __future__ import annotations

from io import BytesIO

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator.registry import SimpleCertificateStore

from crisisplan.export.pades import FIELD_NAME, SUMMARY_REASON, DocumentSigner


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
