"""Paragraphs of plain text in any script for the A4 documents.

`text_para` gives reportlab's Paragraph for text DejaVu draws alone (as before) and a
`ScriptParagraph` for text with other scripts or right-to-left letters: wrapped in logical order
at word boundaries with widths measured after shaping, each line then shaped and reordered
(pdf_scripts.draw_line), right-aligned when the paragraph's first strong letter is right to
left (Urdu, Arabic), with its bullet on that side. It splits across pages line by line.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from crisisplan.export.pdf_common import clean_text, fonts, para_text, text_width, wrap_text
from crisisplan.export.pdf_scripts import base_level, draw_line, needs_layout


def text_para(text: str, style: ParagraphStyle, *, bullet: str | None = None, bold_tail: str = "") -> Flowable:
    """A paragraph of plain `text` (never markup) in `style`, with an optional `bullet`; `bold_tail`
    is more plain text set in bold after it ("CHECK VALIDITY: …"). In another script, a paragraph
    with a bold tail is bold throughout: the warning keeps its weight."""
    cleaned = clean_text(text + bold_tail)
    if not needs_layout(cleaned):
        markup = para_text(text) + (f"<b>{para_text(bold_tail)}</b>" if bold_tail else "")
        return Paragraph(markup, style, bulletText=bullet) if bullet else Paragraph(markup, style)
    if bold_tail:
        style = ParagraphStyle(style.name + "-bold", style, fontName=fonts().bold)
    return ScriptParagraph(cleaned, style, bullet)


class ScriptParagraph(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """Plain text in any script, wrapped and drawn line by line (see the module's docstring)."""

    def __init__(self, text: str, style: ParagraphStyle, bullet: str | None = None,
                 lines: list[str] | None = None, first: bool = True) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self.rtl = base_level(text) == 1
        self.lines = lines
        self.first = first
        self._wrapped_at: float | None = None if lines is None else -1.0
        self.width = 0.0
        self.height = 0.0

    def _wrap_lines(self, width: float) -> list[str]:
        room = width - self.style.leftIndent - self.style.rightIndent
        out: list[str] = []
        for part in self.text.split("\n"):
            out += wrap_text(part, self.style.fontName, self.style.fontSize, room) or [""]
        return out

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_at is not None and self._wrapped_at != avail_width and self._wrapped_at >= 0:
            self._wrapped_at = None  # a new width: wrap again (a split part keeps its lines)
        if self._wrapped_at is None:
            self.lines = self._wrap_lines(avail_width)
            self._wrapped_at = avail_width
        self.width = avail_width
        self.height = len(self.lines or []) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self.lines is not None
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        head = ScriptParagraph(self.text, self.style, self.bullet, self.lines[:fit], self.first)
        tail = ScriptParagraph(self.text, self.style, None, self.lines[fit:], False)
        return [head, tail]

    def getSpaceBefore(self) -> float:  # platypus's name
        return float(self.style.spaceBefore) if self.first else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas: Any = self.canv
        style = self.style
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        left = style.leftIndent
        right = self.width - style.rightIndent
        y = self.height - style.fontSize
        base = 1 if self.rtl else 0
        if self.bullet and self.first:
            canvas.setFont(style.bulletFontName, style.bulletFontSize)
            if self.rtl:
                canvas.drawRightString(self.width - style.bulletIndent, y, self.bullet)
            else:
                canvas.drawString(style.bulletIndent, y, self.bullet)
            canvas.setFont(style.fontName, style.fontSize)
        for line in self.lines or []:
            if self.rtl:  # indents mirrored: the bullet and the indent are on the right
                draw_line(canvas, self.width - style.leftIndent, y, line, align="right", base=base)
            elif style.alignment == TA_RIGHT:
                draw_line(canvas, right, y, line, align="right", base=base)
            elif style.alignment == TA_CENTER:
                draw_line(canvas, (left + right - text_width(line, style.fontName, style.fontSize)) / 2, y, line,
                          base=base)
            else:
                draw_line(canvas, left, y, line, base=base)
            y -= style.leading
        canvas.restoreState()
