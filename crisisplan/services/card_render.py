"""Signing and rendering one card: the CPU-heavy part of issuing, as a pure function of a job.

Kept apart from the store so bulk re-issue can run it in worker processes (`render_card` takes and
returns only plain, picklable data). The private key travels in memory only, never to disk."""

from __future__ import annotations

from dataclasses import dataclass

from crisisplan.export.card import seal
from crisisplan.export.keys import private_key_from_bytes
from crisisplan.export.pades import SUMMARY_REASON, DocumentSigner, sign_pdf
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_common import symbol_from_code
from crisisplan.export.pdf_summary import render_summary
from crisisplan.export.qr import QrCode, code_png
from crisisplan.sharing.fit import fit_card

CARD_USE_RESTRICTION = ("Only for this person's safety and care in a crisis. Not for investigation or "
                        "intelligence. Full terms on the summary.")
"""The short form printed on a wallet card where the protocol restricts use (police); the
protocol's full statement is on the A4 summary."""

PNG_SCALE = 8
QUIET_ZONE = 4


@dataclass(frozen=True)
class CardJob:
    payload: CardPayload
    """Everything the card may carry for this recipient (before any shortening)."""
    private_key: bytes
    """PKCS8 DER of the organisation's active signing key."""
    kid: str
    """That key's id (hex)."""
    recipient_label: str
    crisis_numbers: tuple[tuple[str, str], ...]
    use_restriction: str | None
    document_signer: tuple[bytes, ...] | None = None
    """The document signer's key and certificates (DocumentSigner.to_parts): the A4 summary is
    PAdES-signed with it. The wallet card PDF is not (docs/security.md §11)."""


@dataclass(frozen=True)
class RenderedCard:
    payload: CardPayload
    """What the QR code carries (shortened by the documented rules when needed)."""
    qr_text: str
    qr_version: int
    card_pdf: bytes
    summary_pdf: bytes
    qr_png: bytes
    kid: str


def qr_png(code: QrCode, scale: int = PNG_SCALE, border: int = QUIET_ZONE) -> bytes:
    """A crisp black-and-white PNG of the QR code."""
    return code_png(code, scale, border)


_SIGNERS: dict[tuple[bytes, ...], DocumentSigner] = {}


def _signer(parts: tuple[bytes, ...]) -> DocumentSigner:
    """The document signer of these parts, loaded once per process (a worker signs many summaries)."""
    found = _SIGNERS.get(parts)
    if found is None:
        _SIGNERS.clear()
        found = _SIGNERS[parts] = DocumentSigner.from_parts(parts)
    return found


def render_card(job: CardJob) -> RenderedCard:
    """Fit, sign, QR-encode and render the wallet card, the A4 summary and the QR image."""
    key = private_key_from_bytes(job.private_key)
    payload, qr_text, code = fit_card(job.payload, lambda p: seal(p, key))
    symbol = symbol_from_code(qr_text, code)
    numbers = list(job.crisis_numbers)
    card_pdf = render_wallet_card(job.payload, qr_text, recipient_label=job.recipient_label, crisis_numbers=numbers,
                                  use_restriction=CARD_USE_RESTRICTION if job.use_restriction else None,
                                  qr_symbol=symbol, qr_shortened=payload.truncated)
    summary_pdf = render_summary(job.payload, qr_text, recipient_label=job.recipient_label,
                                 crisis_numbers=numbers, use_restriction=job.use_restriction, qr_symbol=symbol)
    if job.document_signer is not None:
        summary_pdf = sign_pdf(summary_pdf, _signer(job.document_signer), reason=SUMMARY_REASON)
    return RenderedCard(payload, qr_text, int(code.version), card_pdf, summary_pdf, qr_png(code), job.kid)
