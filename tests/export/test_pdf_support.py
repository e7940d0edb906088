"""Shared helpers for the PDF tests (no tests here): fictional payloads with a unique marker in
every field, real signed QR texts, and reading PDFs back with pypdfium2 and zxing-cpp."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import zxingcpp
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.payload import CardPayload
from crisisplan.forms.items import ITEMS, Item

MM = 72 / 25.4
"""Points per millimetre."""
CARD_ID = "T7PDFQ2ZKA"
ISSUER = "Fictional Vale NHS Foundation Trust"
ISSUED = date(2025, 6, 2)
VALID_UNTIL = date(2026, 6, 3)
NUMBERS = [("Vale crisis line (24 hours)", "01632 960100"), ("Out of hours team", "01632 960222")]
HOSTILE = "<b>&amp;</font>"


def marker(item: Item, n: int = 0) -> str:
    """A token that appears nowhere else: 'MK' + item code + line number, e.g. MK17X2."""
    return f"MK{ITEMS[item].code}X{n}"


def marked_items(items: tuple[Item, ...] = tuple(ITEMS), lines: int = 1) -> dict[Item, str | list[str]]:
    """Short fictional values, each carrying its item's marker(s)."""
    out: dict[Item, str | list[str]] = {}
    for item in items:
        if lines == 1:
            out[item] = f"{marker(item)} note"
        else:
            out[item] = [f"{marker(item, n)} line" for n in range(lines)]
    return out


def payload(
    items: dict[Item, str | list[str]] | None = None,
    *,
    recipient: str = "ambulance",
    truncated: bool = False,
) -> CardPayload:
    return CardPayload(
        card_id=CARD_ID,
        issuer=ISSUER,
        locality="vale",
        recipient=recipient,
        plan_ref="PL-0042",
        plan_version=7,
        issued=ISSUED,
        valid_until=VALID_UNTIL,
        items=marked_items() if items is None else items,
        truncated=truncated,
    )


@lru_cache(maxsize=1)
def _key() -> ec.EllipticCurvePrivateKey:
    return generate_signing_key()


def sealed(p: CardPayload) -> str:
    """The real signed QR text of a payload."""
    return seal(p, _key())


def flat(text: str) -> str:
    """Whitespace (including the line breaks of wrapped text) collapsed to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def page_texts(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    return [flat(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]


def page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(data)
    return [(doc[i].get_size()[0] / MM, doc[i].get_size()[1] / MM) for i in range(len(doc))]


def metadata(data: bytes) -> dict[str, str]:
    return dict(pdfium.PdfDocument(data).get_metadata_dict())


def render(data: bytes, page: int, dpi: int = 300) -> Image.Image:
    image: Image.Image = pdfium.PdfDocument(data)[page].render(scale=dpi / 72).to_pil()
    return image


def read_qr(image: Image.Image) -> list[zxingcpp.Result]:
    return list(zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)))


def qr_symbol_width_mm(result: zxingcpp.Result, dpi: int = 300) -> float:
    """Width of a decoded QR symbol (quiet zone excluded) in mm, from its corner positions."""
    pos = result.position
    return float(pos.top_right.x - pos.top_left.x) / dpi * 25.4


def chars(data: bytes, page: int) -> list[tuple[str, float, tuple[float, float, float, float]]]:
    """(character, font size, box) for every drawn character on a page (spaces left out)."""
    textpage = pdfium.PdfDocument(data)[page].get_textpage()
    out = []
    for i in range(textpage.count_chars()):
        ch = chr(pdfium_raw.FPDFText_GetUnicode(textpage.raw, i))
        if ch.isspace() or ch == "\x00":
            continue
        size = float(pdfium_raw.FPDFText_GetFontSize(textpage.raw, i))
        out.append((ch, size, tuple(textpage.get_charbox(i))))
    return out
