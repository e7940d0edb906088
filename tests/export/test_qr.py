from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.card import seal
from crisisplan.export.qr import (
    MAX_TEXT_CHARS,
    CardTooLargeError,
    QrError,
    QrReadError,
    qr_for_text,
    qr_png_bytes,
    qr_version,
    read_qr_texts,
    read_qr_texts_from_bytes,
    read_qr_texts_from_image,
)
from crisisplan.export.samples import maximal_card_payload


def test_qr_settings(typical_text: str) -> None:
    code = qr_for_text(typical_text)
    assert code.error == "M"
    assert code.version == qr_version(typical_text) <= 15
    assert len(code.rows) == 17 + 4 * code.version
    # the level stays M even where H or Q would fit the same version
    assert qr_for_text("CP1:ABC").error == "M"


def test_the_version_follows_from_the_length_alone() -> None:
    """The capacity table gives the version zxing-cpp writes, at every length and every boundary."""
    from crisisplan.export.qr import CAPACITY_M, version_for_length

    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    lengths = sorted({1, *CAPACITY_M, *(c + 1 for c in CAPACITY_M[:-1]), *range(5, 971, 37)})
    for length in lengths:
        text = "".join(alphabet[(n * 7) % len(alphabet)] for n in range(length))
        assert qr_for_text(text).version == version_for_length(length), length
    assert version_for_length(971) is None


def test_version_20_limit() -> None:
    assert qr_version("A" * MAX_TEXT_CHARS) == 20
    with pytest.raises(CardTooLargeError):
        qr_for_text("A" * (MAX_TEXT_CHARS + 1))
    with pytest.raises(CardTooLargeError):
        qr_for_text("A" * 100_000)
    with pytest.raises(QrError):
        qr_for_text("lower case is not alphanumeric")


def test_maximal_card_is_too_large(signing_key: ec.EllipticCurvePrivateKey) -> None:
    with pytest.raises(CardTooLargeError) as info:
        qr_for_text(seal(maximal_card_payload(), signing_key))
    assert "shorten" in str(info.value)


def test_png_round_trip(typical_text: str, tmp_path: Path) -> None:
    png = qr_png_bytes(typical_text, scale=3, border=4)
    assert png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(png)) as image:
        side = (17 + 4 * qr_version(typical_text) + 8) * 3
        assert image.size == (side, side)
    path = tmp_path / "card.png"
    path.write_bytes(png)
    assert read_qr_texts(path) == [typical_text]


def _scan_like(png: bytes) -> Image.Image:
    """The QR code placed on a larger grey page, rotated slightly, as from a scanner."""
    with Image.open(io.BytesIO(png)) as original:
        qr = original.convert("L").rotate(3, expand=True, fillcolor=255)
    page = Image.new("L", (qr.width + 300, qr.height + 200), 235)
    page.paste(qr, (150, 90))
    return page


def test_jpeg_scan_round_trip(typical_text: str, tmp_path: Path) -> None:
    page = _scan_like(qr_png_bytes(typical_text, scale=5))
    path = tmp_path / "scan.jpg"
    page.convert("RGB").save(path, "JPEG", quality=80)
    assert read_qr_texts(path) == [typical_text]


def test_transparent_png(typical_text: str) -> None:
    code = qr_for_text(typical_text)
    rows = list(code.matrix_iter(border=4))
    image = Image.new("LA", (len(rows), len(rows)), (0, 0))  # transparent background, black modules
    image.putdata([(0, 255) if dark else (0, 0) for row in rows for dark in row])
    buffer = io.BytesIO()
    image.resize((len(rows) * 4, len(rows) * 4), Image.Resampling.NEAREST).save(buffer, format="PNG")
    assert read_qr_texts_from_bytes(buffer.getvalue()) == [typical_text]


def test_pdf_round_trip(typical_text: str, tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(20 * mm, 270 * mm, "Crisis card (fictional test)")
    image = ImageReader(io.BytesIO(qr_png_bytes(typical_text, scale=4)))
    canvas.drawImage(image, 60 * mm, 150 * mm, width=45 * mm, height=45 * mm)
    canvas.showPage()
    canvas.drawString(20 * mm, 270 * mm, "A second page without a code")
    canvas.save()
    assert read_qr_texts(path) == [typical_text]


def test_image_without_code() -> None:
    assert read_qr_texts_from_image(Image.new("L", (200, 200), 255)) == []


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "not supported"),
        (b"GIF89a....", "not supported"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG image is damaged"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 50, "JPEG image is damaged"),
        (b"%PDF-1.7\n%%EOF", "PDF file is damaged"),
    ],
)
def test_unreadable_files(data: bytes, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    with pytest.raises(QrReadError, match=fragment):
        read_qr_texts(path)


def test_truncated_png(typical_text: str) -> None:
    png = qr_png_bytes(typical_text)
    with pytest.raises(QrReadError):
        read_qr_texts_from_bytes(png[: len(png) // 2])


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(QrReadError, match="could not be opened"):
        read_qr_texts(tmp_path / "absent.png")
    with pytest.raises(QrReadError, match="could not be opened"):
        read_qr_texts(tmp_path)  # a folder


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels (with a correct header CRC)."""
    buffer = io.BytesIO()
    Image.new("1", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")
    return bytes(data)


@pytest.mark.parametrize("side", [8_000, 100_000])
def test_oversized_image_is_refused_before_decoding(side: int) -> None:
    with pytest.raises(QrReadError, match="too large"):
        read_qr_texts_from_bytes(_png_claiming(side, side))


def test_oversized_image_object_is_refused() -> None:
    with pytest.raises(QrReadError, match="too large"):
        read_qr_texts_from_image(Image.new("1", (10_000, 6_000)))
