"""Every script on paper: which bundled font draws which characters, and how a line of mixed
text is shaped (uharfbuzz, through reportlab's `shapeStr`) and put in visual order (the Unicode
bidirectional algorithm of python-bidi) before it is drawn.

DejaVu Sans (pdf_common.fonts) draws Latin, Greek, Cyrillic and Hebrew; the fonts here draw the
rest, each registered with reportlab only the first time a character of its script is drawn or
measured (a card in English loads none of them: P5). A line is cut into runs of one font and one
bidirectional level; runs in a script that needs shaping (Arabic, the Indic scripts) or written
right to left are shaped by HarfBuzz, which also gives their widths; runs are then drawn in
visual order. Text is kept in logical order everywhere else, so wrapping happens before
reordering, as the bidirectional algorithm requires.

reportlab's own `canvas.drawString(..., shaping=True)` shapes only when reportlab's `rlbidi`
package is installed, which PyPI does not carry, and its Paragraph puts right-to-left words in
left-to-right order; hence this module.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import uharfbuzz  # noqa: F401  # reportlab shapes only when it can import this; fail loudly if it cannot
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from crisisplan.paths import resources_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScriptFont:
    name: str
    regular_file: str
    bold_file: str
    shaped: bool
    """Needs shaping (joining, reordering or combining marks placed by the font)."""


SCRIPT_FONTS: dict[str, ScriptFont] = {
    "arabic": ScriptFont("CrisisArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", True),
    "bengali": ScriptFont("CrisisBengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", True),
    "gurmukhi": ScriptFont("CrisisGurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", True),
    "gujarati": ScriptFont("CrisisGujarati", "NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf", True),
    "tamil": ScriptFont("CrisisTamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", True),
    "cjk": ScriptFont("CrisisCJK", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", False),
}
"""Urdu is set in Naskh (Noto Naskh Arabic, which has the Urdu letters): Nastaliq's stacked,
sloping joins need vertical glyph offsets that reportlab does not apply and are hard to read at
the card's 8 points. The CJK font is Droid Sans Fallback because reportlab embeds TrueType
outlines only and Noto CJK is CFF. Bold CJK is the regular face."""

_RANGES: list[tuple[int, int, str]] = sorted([
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0964, 0x0965, "bengali"), (0x0980, 0x09FF, "bengali"), (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x1100, 0x11FF, "cjk"), (0x2E80, 0x2FDF, "cjk"), (0x3000, 0x303F, "cjk"), (0x3040, 0x31FF, "cjk"),
    (0x3200, 0x4DBF, "cjk"), (0x4E00, 0x9FFF, "cjk"), (0xAC00, 0xD7AF, "cjk"), (0xF900, 0xFAFF, "cjk"),
    (0xFF00, 0xFFEF, "cjk"),
])
_SHAPED_FONTS = frozenset(name for spec in SCRIPT_FONTS.values() if spec.shaped
                          for name in (spec.name, spec.name + "-Bold"))
_STARTS = [start for start, _end, _script in _RANGES]
_JOINING = frozenset("\u200c\u200d\u0964\u0965")
"""Zero-width (non-)joiner and the dandas (U+0964, U+0965, in every bundled Indic font; the
Bengali font draws one standing alone): kept in the run of the script around them."""
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
"""Embeddings, overrides and isolates: removed from all text (clean_text), so that nobody can make
a card show letters or a phone number in an order other than the one typed ("Trojan Source").
The left-to-right and right-to-left marks (U+200E, U+200F) stay: they only act as a strong letter
would, and the label catalogue uses them to keep a right-to-left label's number with it."""
_MARKS = frozenset("\u200e\u200f")
_RTL_CLASSES = frozenset(("R", "AL", "AN"))
_NUMBER_JOINS = re.compile(r"(?<=\d)[ \u00a0\-./](?=\d)")
"""A space, hyphen, dot or slash between two digits: for the bidirectional levels only, taken as
a comma (a common separator), so that "07700 900123" or "01632-960123" after Arabic or Urdu stays
one number in the order typed; on its own the algorithm shows "900123 07700" there."""


def script_of(ch: str) -> str | None:
    """The script key in SCRIPT_FONTS whose font draws `ch`, or None (DejaVu's or nobody's)."""
    code = ord(ch)
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0 and _RANGES[index][0] <= code <= _RANGES[index][1]:
        return _RANGES[index][2]
    return None


@cache
def _face(script: str, bold: bool) -> TTFont | None:
    """Register one face of the script's font, the first time it is needed (a card with Urdu
    only in regular text never parses the bold file), or None if its file is missing or damaged
    (the text then shows as a marker)."""
    spec = SCRIPT_FONTS[script]
    bold = bold and spec.bold_file != spec.regular_file
    name, file = (spec.name + "-Bold", spec.bold_file) if bold else (spec.name, spec.regular_file)
    try:
        face = TTFont(name, str(resources_dir() / "fonts" / file))
    except Exception:  # reportlab raises several types for a missing or damaged font file
        log.warning("A bundled font for a script could not be loaded; its text shows as a marker.")
        return None
    pdfmetrics.registerFont(face)
    return face


def _loaded(script: str) -> frozenset[int] | None:
    """The code points the script's font draws (its regular face; the bold faces cover the same)."""
    face = _face(script, False)
    return None if face is None else frozenset(face.face.charToGlyph)


def can_draw(ch: str) -> bool:
    """A font in SCRIPT_FONTS draws `ch` (its script's font is loaded to know)."""
    script = script_of(ch)
    if script is None:
        return False
    face = _face(script, False)
    return face is not None and ord(ch) in face.face.charToGlyph


def needs_layout(text: str) -> bool:
    """`text` needs this module (another font, shaping or reordering) rather than a plain string."""
    return any(ord(ch) >= 0x0590 and (script_of(ch) is not None or unicodedata.bidirectional(ch) in _RTL_CLASSES)
               for ch in text)


def base_level(text: str) -> int:
    """1 if the first strong letter of `text` is right-to-left, else 0 (rules P2, P3)."""
    return int(bidi_algorithm.get_base_level(text))


def _for_levels(text: str) -> str:
    """`text` as the levels are computed from, one character for one: numbers joined (see
    _NUMBER_JOINS), and characters the algorithm would drop (class BN: soft hyphen, zero-width
    joiners) taken as a neutral, so that levels and characters stay paired."""
    text = _NUMBER_JOINS.sub(",", text)
    return "".join("~" if unicodedata.bidirectional(ch) in ("BN", "B", "S") else ch for ch in text)


def _levels(text: str, base: int) -> list[int]:
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    return levels if len(levels) == len(text) else [base] * len(text)  # never misaligned


def _font_for(ch: str, current: str | None, base_font: str, bold: bool) -> str:
    if ch in _JOINING and current is not None and current != base_font:
        return current  # a danda after Gurmukhi is drawn by the Gurmukhi font (all four have them)
    script = script_of(ch)
    if script is not None:
        face = _face(script, bold) or _face(script, False)
        if face is not None:
            return str(face.fontName)
    if current is not None and current != base_font and (
            ch in _JOINING or unicodedata.category(ch) in ("Mn", "Mc")):
        return current  # a mark inside a run of another script stays in its font
    return base_font  # spaces too: a line's width is then the sum of its words' (line_width)


@dataclass(frozen=True)
class Piece:
    font: str
    text: str
    """A plain string, or reportlab's ShapedStr (glyphs in visual order with their advances)."""
    width: float
    shaped: bool = False
    """A word whose glyphs HarfBuzz chose (Indic conjuncts, Arabic joining forms and ligatures,
    many with no code point of their own): it carries its text as ActualText, so that text
    extracted from the PDF (copy, search, screen readers) is the text given."""
    logical: str = ""
    """That text, in the order of the glyphs (reversed for a right-to-left word)."""


@lru_cache(maxsize=4096)
def layout_line(text: str, base_font: str, size: float, base: int | None = None) -> tuple[tuple[Piece, ...], float]:
    """One line of logical text as pieces in visual order, left to right, and its width in points.
    `base_font` is the DejaVu face (regular or bold) for characters no script font takes;
    `base` the paragraph direction (0 left to right, 1 right to left; default: from the text)."""
    text = text.translate(BIDI_CONTROLS)
    if not text:
        return (), 0.0
    bold = base_font.endswith("Bold")
    level_of = _levels(_for_levels(text), base_level(text) if base is None else base)
    runs: list[tuple[str, int, str]] = []  # font, level, text
    current: str | None = None
    for ch, level in zip(text, level_of, strict=True):
        if ch in _MARKS:  # they have done their work in the levels; nothing to draw
            continue
        font = _font_for(ch, current, base_font, bold)
        current = font
        if runs and runs[-1][0] == font and runs[-1][1] == level:
            runs[-1] = (font, level, runs[-1][2] + ch)
        else:
            runs.append((font, level, ch))
    if not runs:
        return (), 0.0
    order = list(range(len(runs)))
    highest = max(level for _f, level, _t in runs)
    lowest_odd = min((level for _f, level, _t in runs if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):  # rule L2, over runs
        i = 0
        while i < len(order):
            if runs[order[i]][1] >= level:
                j = i
                while j < len(order) and runs[order[j]][1] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    pieces = tuple(piece for index in order for piece in _pieces(*runs[index], size))
    return pieces, sum(piece.width for piece in pieces)


def _pieces(font: str, level: int, text: str, size: float) -> list[Piece]:
    if font in _SHAPED_FONTS:
        shaped: Any = _shaped(text, font, size)
        data = getattr(shaped, "__shapeData__", None)
        if data is not None:  # a word: runs never hold a space (_font_for)
            # Readers (poppler, PDFium) take ActualText as characters in the order of the glyphs and
            # apply the bidirectional algorithm themselves: a right-to-left word's text goes reversed.
            width = sum(d.x_advance for d in data) * size / 1000
            return [Piece(font, shaped, width, True, text[::-1] if level % 2 else text)]
    if level % 2:  # DejaVu's neutrals and punctuation between right-to-left words, unshaped
        text = text[::-1]
    return [Piece(font, text, float(pdfmetrics.stringWidth(text, font, size)))]


@lru_cache(maxsize=4096)
def _shaped(text: str, font: str, size: float) -> Any:
    return shapeStr(text, font, size)


@lru_cache(maxsize=8192)
def _word_width(word: str, base_font: str, size: float) -> float:
    """The width of a word (no spaces) as layout_line draws it: runs of one font, shaped where
    the script needs it; the order of the runs does not change it, so no levels are needed."""
    bold = base_font.endswith("Bold")
    runs: list[tuple[str, str]] = []
    current: str | None = None
    for ch in word:
        if ch in _MARKS:
            continue
        current = _font_for(ch, current, base_font, bold)
        if runs and runs[-1][0] == current:
            runs[-1] = (current, runs[-1][1] + ch)
        else:
            runs.append((current, ch))
    width = 0.0
    for font, text in runs:
        data = getattr(_shaped(text, font, size), "__shapeData__", None) if font in _SHAPED_FONTS else None
        width += (sum(d.x_advance for d in data) * size / 1000 if data is not None
                  else float(pdfmetrics.stringWidth(text, font, size)))
    return width


def line_width(text: str, font: str, size: float) -> float:
    """The width of one line as layout_line lays it out, without running the bidirectional
    algorithm: the sum of its words' widths (cached) and its spaces' (the base font's)."""
    words = text.translate(BIDI_CONTROLS).split(" ")
    space = float(pdfmetrics.stringWidth(" ", font, size))
    return sum(_word_width(word, font, size) for word in words if word) + space * (len(words) - 1)


def draw_line(canvas: Any, x: float, y: float, text: str, *, align: str = "left", base: int | None = None) -> float:
    """Draw one line of logical text at (x, y) in the canvas's current font (the DejaVu face)
    and size, `align`ed "left" (x is the left end) or "right" (x is the right end); return its width."""
    font, size = canvas._fontname, canvas._fontsize
    pieces, width = layout_line(text, font, size, base)
    left = x - width if align == "right" else x
    for piece in pieces:
        if piece.font != font:
            canvas.setFont(piece.font, size)
        if piece.shaped:
            canvas.addLiteral(f"/Span <</ActualText <{_utf16_hex(piece.logical)}>>> BDC")
        canvas.drawString(left, y, piece.text)
        if piece.shaped:
            canvas.addLiteral("EMC")
        if piece.font != font:
            canvas.setFont(font, size)
        left += piece.width
    return width


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()
