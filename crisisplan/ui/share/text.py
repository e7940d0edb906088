"""How the share dialog words items, values and consent (plain text only)."""

from __future__ import annotations

from crisisplan.forms.consent import ConsentStatus
from crisisplan.ui.i18n import translate, translate_marked

ItemValue = str | list[str]


def item_lines(value: ItemValue) -> list[str]:
    """What an item says, as lines of plain text."""
    if isinstance(value, str):
        return [value] if value else []
    return [line for line in value if line]


def consent_label(status: ConsentStatus) -> str:
    if status is ConsentStatus.GIVEN:
        return translate("Editor", "The person agreed")
    return translate_marked(status.label)
