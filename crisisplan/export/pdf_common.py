"""What the card, summary and person-copy PDFs share: fonts, plain-text handling and wrapping,
dates, and the QR code drawn as vector squares.

Everything the user typed reaches a PDF as plain text: `para_text` escapes it for platypus
Paragraphs (IMP-03, never markup) and every text passes `clean_text`, which drops control
characters and shows characters the bundled font cannot draw as a clear marker ("[dog face]",
"[3 characters not shown]") instead of silently losing
them. No function here writes a file or logs text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from crisisplan.export.pdf_scripts import BIDI_CONTROLS, base_level, can_draw, draw_line, line_width, needs_layout
from crisisplan.export.qr import QrCode, qr_for_text
from crisisplan.paths import resources_dir

log = logging.getLogger(__name__)

MORE_IN_FULL_PLAN = "… more in the full plan"
CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
"""ID-1 (credit card) size: the wallet card's pages."""
PRODUCER = "crisisplan"

INK = colors.HexColor("#1A1A1A")
BRAND = colors.HexColor("#1D3557")
"""Dark blue of header bands and headings: white text on it passes WCAG AAA contrast."""
TINT = colors.HexColor("#E8EEF6")
WARN_TINT = colors.HexColor("#FFF4E5")
WARN_EDGE = colors.HexColor("#B35C00")
MUTED = colors.HexColor("#4D4D4D")

_MONTHS = "January February March April May June July August September October November December".split()
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    glyphs: frozenset[int] | None
    """Code points the regular font can draw; None for the built-in fallback (Latin-1 only)."""


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    """Register the bundled DejaVu Sans (Latin, Greek, Cyrillic and more) once; if the font files
    are missing or unreadable, fall back to the PDF base fonts rather than fail the export."""
    folder = resources_dir() / "fonts"
    try:
        regular = TTFont("CrisisSans", str(folder / "DejaVuSans.ttf"))
        bold = TTFont("CrisisSans-Bold", str(folder / "DejaVuSans-Bold.ttf"))
    except Exception:  # reportlab raises several types for a missing or damaged font file
        log.warning("Bundled fonts could not be loaded; PDFs use Helvetica (Latin characters only).")
        return Fonts("Helvetica", "Helvetica-Bold", None)
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    pdfmetrics.registerFontFamily(
        "CrisisSans",
        normal="CrisisSans",
        bold="CrisisSans-Bold",
        italic="CrisisSans",
        boldItalic="CrisisSans-Bold",
    )
    glyphs = frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)
    return Fonts("CrisisSans", "CrisisSans-Bold", glyphs)


def clean_text(text: str) -> str:
    """Plain text safe to draw: tabs become spaces, other control characters go, and a run of
    characters the font cannot draw becomes a clear marker ("[smiling face]" for emoji and
    symbols, "[2 characters not shown]" otherwise), never "□" or "�", so that nobody takes a
    name with missing letters for the whole name."""
    text = _CONTROL_RE.sub("", text.replace("\t", " ")).translate(_NO_JOINERS)
    glyphs = fonts().glyphs
    if glyphs is None:
        return _MISSING_RUN_RE.sub(_marker, "".join(ch if ch == "\n" or ord(ch) < 256 else _MISSING + ch
                                                    for ch in text))
    if glyphs.issuperset(map(ord, text.replace("\n", ""))):
        return text
    marked = "".join(ch if ch == "\n" or ord(ch) in glyphs or can_draw(ch) else _MISSING + ch for ch in text)
    return _MISSING_RUN_RE.sub(_marker, marked) if _MISSING in marked else marked


_MISSING = "\x00"
_NO_JOINERS = dict.fromkeys(map(ord, "\u200d\ufe0f\ufe0e")) | BIDI_CONTROLS
"""Zero-width joiner and variation selectors (parts of emoji sequences) are dropped: invisible
at best, a box at worst. So are bidirectional embeddings, overrides and isolates (pdf_scripts)."""
_MISSING_RUN_RE = re.compile("(?:\x00[^\x00]?)+")


def _marker(match: re.Match[str]) -> str:
    chars = [ch for ch in match.group(0) if ch != _MISSING]
    symbols = [ch for ch in chars if unicodedata.category(ch) in ("So", "Sk", "Sm")]
    if chars and len(symbols) == len(chars):
        names = [unicodedata.name(ch, "symbol").lower() for ch in chars]
        return "[" + ", ".join(dict.fromkeys(names)) + "]"
    count = max(len(chars), 1)
    return f"[{count} character{'s' if count > 1 else ''} not shown]"


_PHONE_RE = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?\d{2,5}|\(?0\d{2,5}\)?)(?:[ -]?\d{2,4}){1,3}(?!\d)"
                       r"|(?<!\d)\d{3} \d{3} \d{4}(?!\d)")
"""Phone numbers (and NHS numbers): their spaces become no-break spaces, so they are never split
across lines (CARD-01). The same patterns as card_layout.PHONE_RE and NHS_NUMBER_RE."""


def para_text(text: str) -> str:
    """User text for a platypus Paragraph: cleaned, markup characters escaped, line breaks kept,
    phone numbers kept on one line."""
    cleaned = _PHONE_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), clean_text(text))
    return escape(cleaned).replace("\n", "<br/>")


def value_lines(value: str | list[str]) -> list[str]:
    """A payload value as a list of non-empty lines."""
    raw = [value] if isinstance(value, str) else list(value)
    return [line.strip() for line in raw if line.strip()]


def join_nonempty(parts: Iterable[str], sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def long_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def short_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of one line of `text` as drawn by `draw_text` (shaped, other scripts' fonts)."""
    if text.isascii() or font not in _OWN_FONTS or not needs_layout(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    return line_width(text, font, size)


def draw_text(canvas: Any, x: float, y: float, text: str, *, align: str = "left", width: float | None = None) -> None:
    """`canvas.drawString` (or drawRightString with align="right") for text in any script: runs in
    other scripts are drawn in their fonts, shaped, and right-to-left runs in visual order. With
    `width`, a line whose first letter is right to left is set flush right in x..x+width."""
    if width is not None and not text.isascii() and base_level(text) == 1:
        x, align = x + width, "right"
    if text.isascii() or canvas._fontname not in _OWN_FONTS or not needs_layout(text):
        (canvas.drawRightString if align == "right" else canvas.drawString)(x, y, text)
    else:
        draw_line(canvas, x, y, text, align=align)


_OWN_FONTS = frozenset(("CrisisSans", "CrisisSans-Bold"))


def _longest_fitting_prefix(word: str, font: str, size: float, width: float, least: int = 1) -> int:
    lo, hi = least, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def wrap_text(text: str, font: str, size: float, width: float, first_width: float | None = None) -> list[str]:
    """Greedy word wrap to `width` points (the first line to `first_width`); words longer than a
    line are broken between characters, so no line is ever wider than its width."""
    lines: list[str] = []
    current = ""

    def limit() -> float:
        return first_width if first_width is not None and not lines else width

    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= limit():
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while len(word) > 1 and text_width(word, font, size) > limit():
            cut = _longest_fitting_prefix(word, font, size, limit())  # >= 1: wrapping progresses
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def ellipsize(line: str, font: str, size: float, width: float, suffix: str = "…") -> str:
    """`line` shortened as much as needed to fit `width` with `suffix` after it."""
    cut = _longest_fitting_prefix(line, font, size, width - text_width(suffix, font, size), least=0)
    return line[:cut].rstrip() + suffix


# --- QR code -------------------------------------------------------------------------------------

QUIET_ZONE = 4


@dataclass(frozen=True)
class QrSymbol:
    """A card's QR code ready to draw. Make it once with `make_qr` and pass it to both the wallet
    card and the summary (`qr_symbol=`) to encode the QR code only once per issue."""

    text: str
    """The text the symbol encodes."""
    version: int
    size: int
    """Modules across, quiet zone included."""
    path_operators: str
    """PDF path of the dark modules in module units (origin at the lower left), one rectangle
    per run of dark modules in a row, filled as one path."""


def make_qr(text: str) -> QrSymbol:
    """The card's QR code for `text` (qr.qr_for_text: error correction M, version <= 20) with a
    quiet zone of QUIET_ZONE modules."""
    return symbol_from_code(text, qr_for_text(text))


_DARK_RUN = re.compile(b"\x01+")


def symbol_from_code(text: str, code: QrCode) -> QrSymbol:
    """The drawable symbol of a QR code made from `text`."""
    size = len(code.rows) + 2 * QUIET_ZONE
    ops: list[str] = []
    for r, row in enumerate(code.rows):
        y = size - 1 - QUIET_ZONE - r
        ops += [f"{QUIET_ZONE + m.start()} {y} {m.end() - m.start()} 1 re" for m in _DARK_RUN.finditer(row)]
    ops.append("f")
    return QrSymbol(text, int(code.version), size, "\n".join(ops))


def symbol_for(text: str, symbol: QrSymbol | None) -> QrSymbol:
    """`symbol` if it was made from `text`, a new symbol if none was given."""
    if symbol is None:
        return make_qr(text)
    if symbol.text != text:
        raise ValueError("The QR symbol given was made from a different card text.")
    return symbol


def draw_qr(canvas: Any, symbol: QrSymbol, x: float, y: float, side: float) -> float:
    """Draw `symbol` (quiet zone included) as a `side`-point square of vector modules with its
    lower left corner at (x, y), on white; return the module size in points. The modules are one
    filled path, so renderers leave no hairline seams between them."""
    module = side / symbol.size
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.translate(x, y)
    canvas.scale(module, module)
    canvas.addLiteral(symbol.path_operators)
    canvas.restoreState()
    return module


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A QR code of a fixed side (points) for platypus stories."""

    def __init__(self, symbol: QrSymbol, side: float) -> None:
        super().__init__()
        self.symbol = symbol
        self.width = self.height = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.symbol, 0, 0, self.width)
