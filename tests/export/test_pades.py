"""PAdES signatures on the A4 summary made by the existing code: a certificate issued from the
organisation's trust-root key, pyHanko and poppler's pdfsig both accept the signed PDF, and both
reject it after one byte of the signed content is changed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.pades import (
    DOCUMENT_SIGNING,
    issue_document_signer,
    root_certificate,
    sign_pdf,
)
from crisisplan.export.pades_verify import verify_pdf
from tests.export.test_pdf_summary import summary

ORGANISATION = "Example Mental Health NHS Trust"
ROOT = ec.generate_private_key(ec.SECP256R1())


@pytest.fixture(scope="module")
def signed() -> bytes:
    return sign_pdf(summary(), issue_document_signer(ROOT, ORGANISATION))


def _pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    run = subprocess.run([shutil.which("pdfsig") or "pdfsig", str(path)], capture_output=True, text=True,
                         timeout=60, check=False)
    return run.stdout + run.stderr


def _flip_signed_byte(pdf: bytes) -> bytes:
    """Change one byte inside the signed range (in the summary's own content, before the signature)."""
    position = pdf.index(b"/Contents", 200) - 40  # page content, well before the signature dictionary
    altered = bytearray(pdf)
    altered[position] = altered[position] ^ 0x01
    return bytes(altered)


def test_certificate_chain_from_the_trust_root():
    signer = issue_document_signer(ROOT, ORGANISATION)
    root = root_certificate(ROOT, ORGANISATION)
    assert signer.chain[-1].subject == root.subject and signer.certificate.issuer == root.subject
    signer.certificate.verify_directly_issued_by(root)
    usage = signer.certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert DOCUMENT_SIGNING in usage
    assert isinstance(signer.private_key.curve, ec.SECP256R1)
    assert root_certificate(ROOT, ORGANISATION).serial_number == root.serial_number  # made again the same


def test_signed_summary_verifies_in_pyhanko_and_pdfsig(signed, tmp_path):
    check = verify_pdf(signed, root_certificate(ROOT, ORGANISATION))
    assert check.valid and check.message == "Signed, not altered since."
    assert ORGANISATION in check.signer
    out = _pdfsig(signed, tmp_path)
    assert "Signature is Valid" in out and "Total document signed" in out
    assert "ETSI.CAdES.detached" in out  # PAdES


def test_one_changed_byte_fails_in_both(signed, tmp_path):
    altered = _flip_signed_byte(signed)
    assert altered != signed and len(altered) == len(signed)
    check = verify_pdf(altered, root_certificate(ROOT, ORGANISATION))
    assert not check.valid and not check.intact and check.message.startswith("ALTERED")
    out = _pdfsig(altered, tmp_path)
    assert "Signature is Valid" not in out
    assert "Digest Mismatch" in out or "Signature is Invalid" in out


def test_other_roots_unsigned_and_appended_pdfs_are_not_valid(signed):
    other = root_certificate(ec.generate_private_key(ec.SECP256R1()), ORGANISATION)
    check = verify_pdf(signed, other)
    assert check.intact and not check.trusted and not check.valid
    unsigned = verify_pdf(summary(), root_certificate(ROOT, ORGANISATION))
    assert not unsigned.signed and unsigned.message == "The PDF is not signed."
    appended = verify_pdf(signed + b"\n% added after signing\n", root_certificate(ROOT, ORGANISATION))
    assert not appended.valid
    assert not verify_pdf(b"not a pdf", root_certificate(ROOT, ORGANISATION)).signed


def test_an_expired_signing_certificate_is_not_trusted():
    old = issue_document_signer(ROOT, ORGANISATION, now=datetime.now(UTC) - timedelta(days=900), days=30)
    check = verify_pdf(sign_pdf(summary(), old), root_certificate(ROOT, ORGANISATION))
    assert not check.valid


def test_every_pdf_signed_with_one_signer_verifies_in_pyhanko_and_pdfsig(tmp_path):
    """After the first PDF the signer reuses its CMS container (only the digest and the signature
    change, export/pades.py): each later signature must be as good as pyHanko's own."""
    signer = issue_document_signer(ROOT, ORGANISATION, kid="00ff")
    root = root_certificate(ROOT, ORGANISATION)
    pdfs = [sign_pdf(summary(), signer) for _ in range(4)]
    from crisisplan.export import pades_sign

    assert pades_sign._hanko(signer)[0]._template is not None  # the later PDFs did reuse the container
    contents = {p[p.index(b"/Contents <"):p.index(b">", p.index(b"/Contents <"))] for p in pdfs}
    assert len(contents) == 4  # a new signature each time
    for number, pdf in enumerate(pdfs):
        check = verify_pdf(pdf, root)
        assert check.valid and check.kid == "00ff", number
        assert "Signature is Valid" in _pdfsig(pdf, tmp_path), number
        assert not verify_pdf(_flip_signed_byte(pdf), root).intact
