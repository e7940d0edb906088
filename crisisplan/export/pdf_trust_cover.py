"""The one-page cover sheet printed with a trust bundle: the organisation trust root's fingerprint,
large, for the person setting up a verifier to compare by eye (TRUST-01), and what the bundle holds."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.pdf_common import clean_text, fonts, wrap_text
from crisisplan.export.signed_trust import show_fingerprint
from crisisplan.export.trust import TrustBundle

_MARGIN = 20 * mm


def render_trust_cover(bundle: TrustBundle) -> bytes:
    f = fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle("Crisis card trust bundle: cover sheet")
    width, height = A4
    text_width = width - 2 * _MARGIN
    y = height - _MARGIN

    def line(text: str, font: str, size: float, gap: float = 1.35) -> None:
        nonlocal y
        for part in wrap_text(clean_text(text), font, size, text_width):
            y -= size * gap
            canvas.setFont(font, size)
            canvas.drawString(_MARGIN, y, part)

    line("Crisis card trust bundle", f.bold, 20)
    line(bundle.organisation, f.bold, 14)
    y -= 6
    line(f"Bundle number {bundle.sequence}, made {bundle.issued_at:%d %B %Y %H:%M %Z}; area {bundle.locality}; "
         f"cards accepted for at most {bundle.max_card_lifetime_days} days after issue.", f.regular, 10)
    y -= 10
    line("Organisation trust root fingerprint", f.bold, 12)
    line("When you set up a verifier, compare these digits with what it shows. If one group differs, do not "
         "use the bundle and call the organisation.", f.regular, 10)
    groups = show_fingerprint(bundle.root_fingerprint).split(" ")
    for row in range(4):
        line("   ".join(groups[row * 4:row * 4 + 4]), "Courier-Bold", 18, 1.6)
    y -= 10
    own = [k for k in bundle.keys if k.partner_root is None]
    partner = [k for k in bundle.keys if k.partner_root is not None]
    line(f"Card-signing keys of this organisation ({len(own)})", f.bold, 12)
    for key in own:
        until = f" until {key.valid_until:%d %b %Y}" if key.valid_until else ""
        line(f"{key.kid.hex().upper()}  {key.status}, from {key.valid_from:%d %b %Y}{until}", "Courier", 9)
    if partner:
        line(f"Partner organisations' keys ({len(partner)})", f.bold, 12)
        for key in partner:
            root = show_fingerprint(key.partner_root or "")[:19]
            line(f"{key.kid.hex().upper()}  {key.organisation} (root {root}…)", f.regular, 9)
    y -= 6
    line(f"Withdrawn cards: {len(bundle.revoked_cards)} revoked, {len(bundle.superseded_cards)} superseded.",
         f.regular, 10)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
