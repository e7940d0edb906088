"""A4 document plumbing shared by the summary and the person's copy: building a platypus story
into PDF bytes with neutral metadata and a "Page n of m" footer, and the boxed crisis numbers."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from crisisplan.export.pdf_common import (
    BRAND,
    MUTED,
    PRODUCER,
    TINT,
    clean_text,
    draw_text,
    ellipsize,
    fonts,
)
from crisisplan.export.pdf_paragraph import text_para

A4_MARGIN = 18 * mm
FRAME_WIDTH = A4[0] - 2 * A4_MARGIN - 12
"""Width for flowables in the A4 frame (SimpleDocTemplate's frame pads 6 pt on each side)."""


def page_numbers_text(page: int, total: int) -> str:
    return f"Page {page} of {total}"


def _numbered_canvas(footer_left: str, footer_size: float) -> type:
    """A canvas class that holds pages back until the end, so that every footer can say
    "Page n of m" beside `footer_left`."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                _paint_footer(self, footer_left, footer_size, int(self._pageNumber), total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _paint_footer(canvas: Any, left: str, size: float, page: int, total: int) -> None:
    f = fonts()
    y = A4_MARGIN - 2 * mm
    canvas.saveState()
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(0.5)
    canvas.line(A4_MARGIN, y + size + 1.5, A4[0] - A4_MARGIN, y + size + 1.5)
    canvas.setFont(f.regular, size)
    canvas.setFillColor(MUTED)
    room = A4[0] - 2 * A4_MARGIN - 32 * mm
    draw_text(canvas, A4_MARGIN, y, ellipsize(clean_text(left), f.regular, size, room, ""))
    draw_text(canvas, A4[0] - A4_MARGIN, y, page_numbers_text(page, total), align="right")
    canvas.restoreState()


def build_a4(story: list[Flowable], *, title: str, footer_left: str, footer_size: float) -> bytes:
    """The story as A4 PDF bytes. `title` goes into the metadata: a neutral document name, never
    a person's name."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=A4_MARGIN,
        rightMargin=A4_MARGIN,
        topMargin=A4_MARGIN,
        bottomMargin=A4_MARGIN + 6 * mm,
        title=title,
        subject=title,
        author=PRODUCER,
        creator=PRODUCER,
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer_left, footer_size))
    return buffer.getvalue()


def numbers_box(
    heading: Paragraph,
    pairs: list[tuple[str, str]],
    label_style: ParagraphStyle,
    number_style: ParagraphStyle,
    pad: float,
) -> Table:
    """A tinted box: `heading`, then one row per (label, number) with the number right-aligned."""
    rows: list[list[Flowable | str]] = [[heading, ""]]
    for label, number in pairs:
        rows.append([text_para(label, label_style), text_para(number, number_style)])
    box = Table(rows, colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, 0), pad - 2),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad - 1),
            ]
        )
    )
    return box
