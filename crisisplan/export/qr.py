"""QR codes for crisis cards: writing them and reading them back from scans (both zxing-cpp).

A card's QR code uses error correction level M, alphanumeric mode (the Base45 text and the `CP2:`
prefix are all in the QR alphanumeric character set) and at most version 20, which a 300-dpi print
of a wallet card still resolves reliably. Reading accepts PNG and JPEG images and PDF files; every
failure to read a file is a QrReadError with a plain-English message.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter

from crisisplan.bounded import InputTooLargeError, NotRegularFileError, read_bounded
from crisisplan.export.qr_errors import CardTooLargeError as CardTooLargeError
from crisisplan.export.qr_errors import QrError as QrError
from crisisplan.export.qr_errors import QrReadError as QrReadError
from crisisplan.i18n import QT_TRANSLATE_NOOP

MAX_VERSION = 20
CAPACITY_M: tuple[int, ...] = (
    20, 38, 61, 90, 122, 154, 178, 221, 262, 311, 366, 419, 483, 528, 600, 656, 734, 816, 909, 970,
)
"""Alphanumeric characters a QR code of version 1, 2, … 20 holds at error correction M
(ISO/IEC 18004 table 7): the version of a card's QR code follows from its text's length alone."""
MAX_TEXT_CHARS = CAPACITY_M[-1]
"""Alphanumeric characters a version 20 QR code holds at error correction M."""
ERROR_LEVEL = "M"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 50_000_000
MAX_PDF_PAGES = 20
SECOND_LOOK_MAX_PIXELS = 4_000_000
"""Pictures up to this size that hold no readable code are looked at again, enlarged and sharpened."""
PDF_DPI = 300
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_PDF_MAGIC = b"%PDF-"
_QR_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


@dataclass(frozen=True)
class QrCode:
    """A card's QR code: its text, version, error correction level and module matrix."""

    text: str
    version: int
    error: str
    rows: tuple[bytes, ...]
    """One bytes object per row of the symbol (no quiet zone), 1 for a dark module, 0 for light."""

    def matrix_iter(self, scale: int = 1, border: int = 0) -> Iterator[bytes]:
        """Rows of the matrix with a quiet zone of `border` modules (`scale` must be 1)."""
        if scale != 1:
            raise ValueError("Only scale 1 is supported.")
        light = bytes(len(self.rows) + 2 * border)
        for _ in range(border):
            yield light
        pad = bytes(border)
        for row in self.rows:
            yield pad + row + pad
        for _ in range(border):
            yield light


def version_for_length(length: int) -> int | None:
    """The smallest QR version (1-20) holding `length` alphanumeric characters at level M, or None."""
    for version, capacity in enumerate(CAPACITY_M, start=1):
        if length <= capacity:
            return version
    return None


def check_text(text: str) -> int:
    """The QR version `text` needs (CardTooLargeError if more than 20, QrError if not alphanumeric)."""
    version = version_for_length(len(text))
    if version is None:
        raise CardTooLargeError(QT_TRANSLATE_NOOP("export", "The card holds too much to fit in its QR code; shorten "
                                                            "it."))
    if not _ALPHANUMERIC.issuperset(text):
        raise QrError("The card text has characters a QR code in alphanumeric mode cannot hold.")
    return version


def qr_for_text(text: str) -> QrCode:
    """The card's QR code: error correction M, alphanumeric mode, version <= 20, written by zxing-cpp."""
    expected = check_text(text)
    try:
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_LEVEL)
        image = barcode.to_image(scale=1, add_quiet_zones=False)
    except Exception:  # zxing-cpp raises its own error types on data it cannot encode
        raise CardTooLargeError(QT_TRANSLATE_NOOP("export", "The card holds too much to fit in its QR code; shorten "
                                                            "it.")) from None
    view = memoryview(image)  # type: ignore[arg-type]  # zxing-cpp's Image has the buffer protocol, untyped
    side = int(view.shape[0]) if view.shape else 0
    version = (side - 17) // 4
    if version != expected or barcode.ec_level != ERROR_LEVEL:
        raise QrError("The QR code was not written at the version and error level the card needs.")
    data = view.tobytes().translate(_DARK_IS_ONE)
    rows = tuple(data[r * side:(r + 1) * side] for r in range(side))
    return QrCode(text, version, ERROR_LEVEL, rows)


def qr_version(text: str) -> int:
    """The QR version (1-20) the card text needs at error correction M (no encoding needed)."""
    return check_text(text)


def qr_png_bytes(text: str, scale: int = 4, border: int = 4) -> bytes:
    """A PNG image of the card's QR code, `scale` pixels per module and a `border`-module quiet zone."""
    return code_png(qr_for_text(text), scale, border)


def code_png(code: QrCode, scale: int = 8, border: int = 4) -> bytes:
    """A crisp black-and-white PNG of `code`."""
    rows = list(code.matrix_iter(border=border))
    size = len(rows)
    pixels = b"".join(row for row in rows).translate(_PNG_LEVELS)
    image = Image.frombytes("L", (size, size), pixels).convert("1")
    buffer = io.BytesIO()
    image.resize((size * scale, size * scale), Image.Resampling.NEAREST).save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


_PNG_LEVELS = bytes([255, 0] + [0] * 254)
_DARK_IS_ONE = bytes([1] * 128 + [0] * 128)


def _to_grey(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image if image.mode == "L" else image.convert("L")


def read_qr_texts_from_image(image: Image.Image) -> list[str]:
    """The texts of all QR codes found in an image (empty if there are none)."""
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The image is too large to read."))
    try:
        grey = _to_grey(image)
        barcodes = zxingcpp.read_barcodes(grey, formats=_QR_FORMATS)
        if not barcodes and width * height <= SECOND_LOOK_MAX_PIXELS:
            barcodes = zxingcpp.read_barcodes(_enlarged_sharpened(grey), formats=_QR_FORMATS)
    except Exception:  # third-party decoders raise many types on bad input
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The image could not be read.")) from None
    return [barcode.text for barcode in barcodes]


def _enlarged_sharpened(grey: Image.Image) -> Image.Image:
    """A second look at a small picture where no code was found: enlarged 2x and sharpened. It
    recovers small, slightly blurred codes (a phone held far from the card); the phone verifier
    does the same (verifier/src/sharpen.js)."""
    enlarged = grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.BICUBIC)
    return enlarged.filter(ImageFilter.UnsharpMask(radius=4, percent=200, threshold=0))


def _read_raster(data: bytes, kind: str) -> list[str]:
    try:
        opened = Image.open(io.BytesIO(data), formats=[kind])
    except Image.DecompressionBombError:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The image is too large to read.")) from None
    except Exception:  # Pillow raises OSError, SyntaxError, ValueError, EOFError, ... on bad files
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The {kind} image is damaged or cannot be read.")
                          .format(kind=kind)) from None
    try:
        with opened as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise QrReadError(QT_TRANSLATE_NOOP("export", "The image is too large to read."))
            image.load()
            return read_qr_texts_from_image(image)
    except QrReadError:
        raise
    except Exception:  # Pillow raises OSError, SyntaxError, ValueError, EOFError, ... on bad files
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The {kind} image is damaged or cannot be read.")
                          .format(kind=kind)) from None


def _read_pdf(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    texts: list[str] = []
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # pdfium raises PdfiumError and others on bad files
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The PDF file is damaged or cannot be read.")) from None
    try:
        if len(document) > MAX_PDF_PAGES:
            raise QrReadError(QT_TRANSLATE_NOOP("export", "The PDF has more than {MAX_PDF_PAGES} pages; use the page "
                                                          "with the card.")
                              .format(MAX_PDF_PAGES=MAX_PDF_PAGES))
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                if not (width > 0 and height > 0):
                    continue
                scale = PDF_DPI / 72
                if width * height * scale * scale > MAX_PIXELS:
                    scale = math.sqrt(MAX_PIXELS / (width * height))
                image = page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
            texts.extend(read_qr_texts_from_image(image))
    except QrReadError:
        raise
    except Exception:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "A page of the PDF file could not be read.")) from None
    finally:
        document.close()
    return texts


def read_qr_texts_from_bytes(data: bytes) -> list[str]:
    """The texts of all QR codes in a PNG, JPEG or PDF file's bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The file is too large to read."))
    if data.startswith(_PNG_MAGIC):
        return _read_raster(data, "PNG")
    if data.startswith(_JPEG_MAGIC):
        return _read_raster(data, "JPEG")
    if data.startswith(_PDF_MAGIC):
        return _read_pdf(data)
    raise QrReadError(QT_TRANSLATE_NOOP("export", "This kind of file is not supported: use a PNG or JPEG image or a "
                                                  "PDF file."))


def read_qr_texts(path: Path) -> list[str]:
    """The texts of all QR codes in a PNG, JPEG or PDF file (empty if it holds none)."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except InputTooLargeError:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The file is too large to read.")) from None
    except NotRegularFileError:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The file could not be opened: it is not a regular file "
                          "(a device, pipe or folder cannot be read).")) from None
    except OSError:
        raise QrReadError(QT_TRANSLATE_NOOP("export", "The file could not be opened.")) from None
    return read_qr_texts_from_bytes(data)
