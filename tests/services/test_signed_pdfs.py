"""PAdES-signed PDFs as the app issues them (issue 13): the A4 summary and the person's copy are
signed with the organisation's document-signing certificate; poppler's pdfsig and pyHanko accept
them; `verify_file` checks the signature offline against the pinned root and the trust bundle, and
a changed byte, another organisation's root, a forged chain or a revoked key each fail."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.pades import DocumentSigner, issue_document_signer, root_certificate, sign_pdf
from crisisplan.export.pades_verify import check_pdf_signature
from crisisplan.export.verify import CardStatus
from crisisplan.forms.consent import ConsentStatus
from crisisplan.services import cards, trust
from crisisplan.services.consent import set_consent
from crisisplan.services.document_signer import document_signer
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import active_protocol, ensure_signing_key, organisation_name, trust_bundle
from crisisplan.services.verify import EXIT_CODES, verify_file
from tests.services.markers import marked_plan

pytestmark = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) is not installed")


def pdfsig(path: Path) -> str:
    run = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60, check=False)
    return run.stdout + run.stderr


@pytest.fixture
def issued(session, tmp_path):
    plan = save_plan(session, marked_plan()[0])
    set_consent(session, plan.plan_id, "ambulance", active_protocol(session).default_items("ambulance"),
                ConsentStatus.GIVEN)
    loaded, shown = cards.preview(session, plan.plan_id, "ambulance")
    decision = cards.decide(session, shown, share=True, reason="Agreed at the planning meeting")
    card = cards.issue_card(session, loaded, shown, decision, tmp_path / "out")
    return plan.plan_id, card


def _change_one_signed_byte(pdf: bytes) -> bytes:
    """One byte of the signed content changed where it keeps the page and its QR code readable:
    a letter of the document's producer string (before the signature)."""
    position = pdf.index(b"ReportLab") + 1
    assert position < pdf.index(b"/ByteRange")
    altered = bytearray(pdf)
    altered[position] ^= 0x20  # "e" becomes "E"
    return bytes(altered)


def _unsigned(pdf: bytes) -> bytes:
    """The summary as rendered, before its signature was appended (an incremental update)."""
    end = pdf.index(b"%%EOF") + len(b"%%EOF")
    return pdf[:end + 1] if pdf[end:end + 1] == b"\n" else pdf[:end]


def test_issued_summary_and_person_copy_are_signed_and_pdfsig_accepts_them(session, issued, tmp_path):
    plan_id, card = issued
    root = trust.trust_fingerprint(session)
    person = cards.person_copy(session, plan_id, tmp_path / "person")
    for path in (card.files["summary"], person):
        check = check_pdf_signature(path.read_bytes(), {root})
        assert check.valid and check.message == "Signed, not altered since.", path.name
        assert check.kid == ensure_signing_key(session) and check.signer == organisation_name(session)
        out = pdfsig(path)
        assert "Signature is Valid" in out and "Total document signed" in out and "ETSI.CAdES.detached" in out
    assert not check_pdf_signature(card.files["card"].read_bytes(), {root}).signed  # the wallet card: its QR is


def test_verify_file_reports_a_signed_summary_valid(session, issued):
    _plan_id, card = issued
    checked = verify_file(card.files["summary"], trust_bundle(session))
    assert checked.result.status is CardStatus.VALID and checked.codes_found == 1
    assert checked.document is not None and checked.document.status is CardStatus.VALID
    assert organisation_name(session) in checked.document.message


def test_one_changed_byte_fails_in_verify_and_pdfsig_though_the_qr_still_reads(session, issued, tmp_path):
    _plan_id, card = issued
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(_change_one_signed_byte(card.files["summary"].read_bytes()))
    checked = verify_file(altered, trust_bundle(session))
    assert [c.status for c in checked.codes] == [CardStatus.VALID]  # the card's own QR is intact...
    assert checked.result.status is CardStatus.TAMPERED  # ...but the PDF was changed after signing
    assert EXIT_CODES[checked.result.status] == 13
    out = pdfsig(altered)
    assert "Signature is Valid" not in out and ("Digest Mismatch" in out or "Signature is Invalid" in out)


def test_appending_after_signing_is_tampering(session, issued, tmp_path):
    _plan_id, card = issued
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(card.files["summary"].read_bytes() + b"\n% added after signing\n")
    assert verify_file(appended, trust_bundle(session)).result.status is CardStatus.TAMPERED


def test_a_summary_signed_under_another_organisations_root_is_not_trusted(session, issued, tmp_path):
    _plan_id, card = issued
    other_root = ec.generate_private_key(ec.SECP256R1())
    kid = ensure_signing_key(session)  # even naming our key id and our organisation's name
    other = issue_document_signer(other_root, organisation_name(session), kid=kid)
    resigned = tmp_path / "other-root.pdf"
    resigned.write_bytes(sign_pdf(_unsigned(card.files["summary"].read_bytes()), other))
    checked = verify_file(resigned, trust_bundle(session))
    assert checked.document is not None and checked.document.status is CardStatus.UNKNOWN_ISSUER
    assert checked.result.status is CardStatus.UNKNOWN_ISSUER


def test_a_forged_chain_embedding_our_real_root_certificate_is_not_trusted(session, issued, tmp_path):
    """The attacker copies our (public) root certificate into the signature, with a leaf that names
    it as issuer but was signed by the attacker's own key."""
    _plan_id, card = issued
    ours, _parts = document_signer(session)
    attacker = issue_document_signer(ec.generate_private_key(ec.SECP256R1()), organisation_name(session),
                                      kid=ours.kid)
    forged = DocumentSigner(attacker.private_key, attacker.certificate, (attacker.certificate, ours.chain[-1]))
    assert forged.chain[-1].subject == attacker.certificate.issuer
    path = tmp_path / "forged.pdf"
    path.write_bytes(sign_pdf(_unsigned(card.files["summary"].read_bytes()), forged))
    assert verify_file(path, trust_bundle(session)).result.status is CardStatus.UNKNOWN_ISSUER


def test_a_person_copy_signed_with_a_revoked_key_is_revoked(session, issued, tmp_path):
    plan_id, _card = issued
    person = cards.person_copy(session, plan_id, tmp_path / "person")
    before = verify_file(person, trust_bundle(session))
    assert before.result.status is CardStatus.VALID and before.codes_found == 0  # no QR: its signature
    old_kid = ensure_signing_key(session)
    trust.revoke_key(session, old_kid, "Laptop stolen")
    after = verify_file(person, trust_bundle(session))
    assert after.result.status is CardStatus.SUPERSEDED_OR_REVOKED
    new_copy = cards.person_copy(session, plan_id, tmp_path / "person2")  # a new signer for the new key
    assert check_pdf_signature(new_copy.read_bytes(), {trust.trust_fingerprint(session)}).kid != old_kid
    assert verify_file(new_copy, trust_bundle(session)).result.status is CardStatus.VALID


def test_the_document_signer_is_kept_sealed_and_reused(session, issued):
    first, _ = document_signer(session)
    stored = session.store.meta.get("document_signer")
    assert stored is not None and "PRIVATE" not in stored and "cpseal1:" in stored
    root = root_certificate(trust._root_private(session), organisation_name(session))
    first.certificate.verify_directly_issued_by(root)
    cards_signer = DocumentSigner.from_parts(document_signer(session)[1])
    assert cards_signer.certificate == first.certificate


def test_a_damaged_signature_container_or_a_cut_file_is_never_valid(session, issued, tmp_path):
    from crisisplan.export.qr_errors import QrReadError

    _plan_id, card = issued
    pdf = card.files["summary"].read_bytes()
    start = pdf.index(b"/Contents <") + len(b"/Contents <")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(pdf[:start + 100] + b"0" * 200 + pdf[start + 300:])  # inside the CMS container
    assert verify_file(damaged, trust_bundle(session)).result.status is CardStatus.TAMPERED
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf[:len(pdf) * 2 // 3])
    try:
        status = verify_file(cut, trust_bundle(session)).result.status
    except QrReadError:
        return  # refused as unreadable: fine
    assert status is not CardStatus.VALID


def test_a_summary_with_its_signature_stripped_is_not_judged_by_its_qr_alone(session, issued, tmp_path):
    """The attack: cut the signature off (the incremental update), edit the text, keep the QR code."""
    _plan_id, card = issued
    stripped = bytearray(_unsigned(card.files["summary"].read_bytes()))
    stripped[stripped.index(b"ReportLab") + 1] ^= 0x20
    path = tmp_path / "stripped.pdf"
    path.write_bytes(bytes(stripped))
    checked = verify_file(path, trust_bundle(session))
    assert [c.status for c in checked.codes] == [CardStatus.VALID]  # its QR code is still genuine
    assert checked.result.status is CardStatus.UNKNOWN_ISSUER and "no signature" in checked.result.message
    wallet = verify_file(card.files["card"], trust_bundle(session))  # a wallet card needs no PDF signature
    assert wallet.result.status is CardStatus.VALID and wallet.document is None
