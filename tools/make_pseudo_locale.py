"""Fill a Qt .ts file with a pseudo-translation: every letter accented, every vowel doubled (about
30% longer, spread over every word as real translations are) and the whole text in [brackets], so
a screenshot shows at once a string that is not translated (plain English), cut off (no closing
bracket) or drawn in a font without the accents. Placeholders ({name}, %n, %1), HTML tags and
entities, and the & of keyboard mnemonics are kept as they are.

    .venv/bin/python tools/make_pseudo_locale.py SOURCE.ts [OUT.ts]   # OUT defaults to SOURCE
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PSEUDO_LANGUAGE = "en_XA"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđēƒĝĥīĵķĺɱñōƥɋŕšţŭʋŵχŷžÀƁÇĐĒƑĜĤĪĴĶĹϺÑŌƤɊŔŠŢŬƲŴχŶŽ",
)
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d+|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&")
_VOWELS = re.compile(r"([aeiouAEIOU])")


def _pseudo_plain(text: str) -> str:
    return _VOWELS.sub(r"\1\1", text).translate(_ACCENTED)


def pseudo(text: str) -> str:
    """The pseudo-translation of `text` (placeholders, tags and mnemonics untouched)."""
    if not text.strip():
        return text
    out: list[str] = []
    last = 0
    for found in _KEEP.finditer(text):
        out.append(_pseudo_plain(text[last:found.start()]))
        out.append(found.group(0))
        last = found.end()
    out.append(_pseudo_plain(text[last:]))
    body = "".join(out)
    lead = len(body) - len(body.lstrip())
    trail = len(body) - len(body.rstrip())
    core = body.strip()
    return body[:lead] + "[" + core + "]" + (body[len(body) - trail:] if trail else "")


def mark_plurals(path: Path) -> None:
    """Mark messages with a count (%n) as plural (numerus) ones: pyside6-lupdate's Python reader does
    not, and Qt only looks a count message up among plural ones."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes":
            message.set("numerus", "yes")
    ET.indent(tree, space="    ")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def fill(source: Path, target: Path) -> int:
    """Write `target`: `source` with every message pseudo-translated; returns how many."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", PSEUDO_LANGUAGE)
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if "%n" in text:
            message.set("numerus", "yes")  # pyside6-lupdate's Python reader does not mark plurals
        if message.get("numerus") == "yes":
            for _ in range(2):  # English plural rules: one, other
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
        count += 1
    ET.indent(tree, space="    ")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0])
    target = Path(argv[1]) if len(argv) == 2 else source
    print(f"pseudo-translated {fill(source, target)} messages into {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
