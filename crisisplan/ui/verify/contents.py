"""The card's contents as plain text (IMP-03: never rich text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crisisplan.forms.consent import recipient_label
from crisisplan.forms.items import ITEMS
from crisisplan.services.overview import Verification


def _tr(text: str) -> str:
    return QCoreApplication.translate("card contents", text)


def card_text(result: Verification, codes_found: int | None = None) -> str:
    lines: list[str] = []
    if codes_found == 0:
        lines.append(_tr("No QR code was found in the file."))
    if codes_found is not None and codes_found > 1:
        lines.append(_tr("{n} QR codes were found; the most trustworthy reading is shown.").format(n=codes_found))
    if result.issuer:
        lines.append(_tr("Issued by: {issuer}").format(issuer=result.issuer))
    payload = result.payload
    if payload is None:
        if not lines:
            lines.append(_tr("The card's contents cannot be shown because it could not be checked."))
        return "\n".join(lines)
    lines.append(_tr("Card {card} for {recipient}").format(card=payload.card_id,
                                                          recipient=recipient_label(payload.recipient)))
    lines.append(_tr("Plan version {version}; issued {issued}; review by {review}").format(
        version=payload.plan_version, issued=f"{payload.issued:%d/%m/%Y}", review=f"{payload.valid_until:%d/%m/%Y}"))
    for item, value in payload.items.items():
        lines.append("")
        lines.append(f"{ITEMS[item].label}:")
        for line in value if isinstance(value, list) else [value]:
            lines.append(f"    {line}")
    if payload.truncated:
        lines.append("")
        lines.append(_tr("(More in the full plan.)"))
    return "\n".join(lines)
