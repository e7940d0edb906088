"""The card's contents as plain text (IMP-03: never rich text)."""

from __future__ import annotations

from crisisplan.forms.consent import recipient_label
from crisisplan.forms.items import ITEMS
from crisisplan.services.overview import Verification
from crisisplan.ui.i18n import translate, translate_marked


def card_text(result: Verification, codes_found: int | None = None,
              codes: tuple[Verification, ...] = (), document: Verification | None = None,
              document_note: str = "") -> str:
    lines: list[str] = []
    if document is not None:  # a signed PDF: the verdict on its own signature (part of the result)
        lines.append(translate("card contents", "PDF signature: {status}. {message}").format(
            status=document.status.title, message=translate_marked(document.message)))
    elif document_note:
        lines.append(translate("card contents", "PDF signature: none ({note})").format(note=document_note))
    if codes_found == 0:
        lines.append(translate("card contents", "No QR code was found in the file."))
    if len(codes) > 1:
        lines.append(translate("card contents",
                               "{n} QR codes were found; the worst reading is shown above:").format(n=len(codes)))
        for number, code in enumerate(codes, start=1):
            card = code.payload.card_id if code.payload else ""
            lines.append(translate("card contents", "  code {n}: {status} {card}").format(
                n=number, status=code.status.title, card=card))
        lines.append("")
    if result.issuer:
        lines.append(translate("card contents", "Issued by: {issuer}").format(issuer=result.issuer))
    payload = result.payload
    if payload is None:
        if not lines:
            lines.append(translate("card contents",
                                   "The card's contents cannot be shown because it could not be checked."))
        return "\n".join(lines)
    lines.append(translate("card contents", "Card {card} for {recipient}").format(card=payload.card_id,
                                                          recipient=recipient_label(payload.recipient)))
    lines.append(translate("card contents", "Plan version {version}; issued {issued}; review by {review}").format(
        version=payload.plan_version, issued=f"{payload.issued:%d/%m/%Y}", review=f"{payload.valid_until:%d/%m/%Y}"))
    if not result.status.authentic:
        return "\n".join(lines)  # withdrawn or expired: its contents are not shown as if they could be used
    for item, value in payload.items.items():
        lines.append("")
        lines.append(f"{ITEMS[item].label}:")
        for line in value if isinstance(value, list) else [value]:
            lines.append(f"    {line}")
    if payload.truncated:
        lines.append("")
        lines.append(translate("card contents", "(More in the full plan.)"))
    return "\n".join(lines)
