"""The fixed labels of the printed card, summary and person's copy, in English and the person's
language (resources/labels/card-labels.json, the one catalogue of them).

A `LabelSet` says which second language prints and whether the organisation's IG lead has
recorded a qualified translator's check of it (services/label_reviews.py); until then every
document printed with it carries "translation not yet checked" in both languages. Only fixed
labels are translated: the person's own words and the QR code's content never are.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from crisisplan.forms.items import Item
from crisisplan.paths import resources_dir

ITEM_KEYS: dict[Item, str] = {
    Item.RISKS: "risks",
    Item.HEALTH_CONDITIONS: "health",
    Item.MEDICINES: "medicines",
    Item.ADVANCE_DECISIONS: "advance_decision",
    Item.DRINK_DRUGS: "drink_drugs",
    Item.LANGUAGE_COMMUNICATION: "communication",
    Item.PHYSICAL_NEEDS: "physical_needs",
    Item.DEPENDANTS_PETS: "dependants",
    Item.EMERGENCY_CONTACTS: "contact",
    Item.WHAT_HELPS: "what_helps",
    Item.USUAL_PRESENTATION: "usually_presents",
    Item.NAMED_CONTACTS: "professionals",
    Item.DO_NOT_CONTACT: "do_not_contact",
}
"""Items whose label has a translation (the wallet card's items)."""
SEPARATOR = " · "
RLM = "\u200f"
LRM = "\u200e"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    native: str
    rtl: bool
    names: tuple[str, ...]
    labels: dict[str, str] = field(hash=False, compare=False)


@lru_cache(maxsize=1)
def catalogue() -> tuple[dict[str, str], dict[str, Language]]:
    """The English labels and every language of the catalogue, by code."""
    data: dict[str, Any] = json.loads((resources_dir() / "labels" / "card-labels.json").read_text("utf-8"))
    english: dict[str, str] = data["english"]
    languages = {
        code: Language(code, entry["name"], entry["native"], entry["direction"] == "rtl",
                       tuple(entry["names"]), dict(entry["labels"]))
        for code, entry in data["languages"].items()
    }
    return english, languages


def language_for(*texts: str) -> str | None:
    """The catalogue's code for the first of `texts` (the plan's "First language", then the
    interpreter's language) that names one of its languages: "Urdu", "urdu (Mirpuri)", "اردو", "ur"."""
    _english, languages = catalogue()
    for text in texts:
        plain = unicodedata.normalize("NFC", text or "").strip().casefold()
        if not plain:
            continue
        for code, language in languages.items():
            if plain == code or any(name in plain for name in language.names):
                return code
    return None


@dataclass(frozen=True)
class LabelSet:
    """The labels one document prints. Pickled into card render jobs: plain data only."""

    code: str | None = None
    """The second language's code; None for English only."""
    checked_by: str | None = None
    """Who checked the translation (recorded by the IG lead); None: not yet checked."""
    checked_on: str | None = None

    @property
    def second(self) -> Language | None:
        return catalogue()[1].get(self.code) if self.code else None

    @property
    def checked(self) -> bool:
        return self.checked_by is not None

    def english(self, key: str) -> str:
        return catalogue()[0][key]

    def translated(self, key: str) -> str | None:
        """The label in the second language; a right-to-left one between right-to-left marks, so
        that a number at its start ("24 گھنٹے") stays with it beside English text."""
        language = self.second
        label = language.labels.get(key) if language else None
        return f"{RLM}{label}{RLM}" if label and language and language.rtl else label

    def both(self, key: str, english: str | None = None, sep: str = SEPARATOR) -> str:
        """"Risks · خطرات": the English label (or `english` in its place) and its translation."""
        first = english if english is not None else self.english(key)
        other = self.translated(key)
        return f"{first}{sep}{other}" if other else first

    def item(self, item: Item, english: str) -> str:
        key = ITEM_KEYS.get(item)
        return self.both(key, english) if key else english

    def review_note(self) -> str | None:
        """The mark every document printed with an unchecked translation carries, in both
        languages; None when English only or checked."""
        language = self.second
        if language is None or self.checked:
            return None
        english = self.english("not_checked")
        return f"{english[:1].upper()}{english[1:]}{SEPARATOR}{self.translated('not_checked')}"


ENGLISH = LabelSet()
