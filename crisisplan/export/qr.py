"""QR codes for crisis cards: making them (segno) and reading them back from scans (zxing-cpp).

A card's QR code uses error correction level M, alphanumeric mode (the Base45 text and the `CP1:`
prefix are all in the QR alphanumeric character set) and at most version 20, which a 300-dpi print
of a wallet card still resolves reliably. Reading accepts PNG and JPEG images and PDF files; every
failure to read a file is a QrReadError with a plain-English message.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import segno
import zxingcpp
from PIL import Image, ImageFilter

from crisisplan.bounded import InputTooLargeError, NotRegularFileError, read_bounded
from crisisplan.export import qr_mask
from crisisplan.export.qr_errors import CardTooLargeError as CardTooLargeError
from crisisplan.export.qr_errors import QrError as QrError
from crisisplan.export.qr_errors import QrReadError as QrReadError

qr_mask.install()  # segno's mask choice, computed faster (exactly the same result); see qr_mask.py

MAX_VERSION = 20
MAX_TEXT_CHARS = 970
"""Alphanumeric characters a version 20 QR code holds at error correction M."""
ERROR_LEVEL = "m"
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


def qr_for_text(text: str) -> segno.QRCode:
    """The card's QR code: error correction M, alphanumeric mode, version <= 20."""
    if len(text) > MAX_TEXT_CHARS:
        raise CardTooLargeError("The card holds too much to fit in its QR code; shorten it.")
    try:
        code = segno.make_qr(text, error=ERROR_LEVEL, mode="alphanumeric", boost_error=False)
    except segno.DataOverflowError:
        raise CardTooLargeError("The card holds too much to fit in its QR code; shorten it.") from None
    except ValueError:
        raise QrError("The card text has characters a QR code in alphanumeric mode cannot hold.") from None
    version = code.version
    if not isinstance(version, int) or version > MAX_VERSION:
        raise CardTooLargeError("The card holds too much to fit in its QR code; shorten it.")
    return code


def qr_version(text: str) -> int:
    """The QR version (1-20) the card text needs at error correction M."""
    version = qr_for_text(text).version
    assert isinstance(version, int)
    return version


def qr_png_bytes(text: str, scale: int = 4, border: int = 4) -> bytes:
    """A PNG image of the card's QR code, `scale` pixels per module and a `border`-module quiet zone."""
    buffer = io.BytesIO()
    qr_for_text(text).save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()


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
        raise QrReadError("The image is too large to read.")
    try:
        grey = _to_grey(image)
        barcodes = zxingcpp.read_barcodes(grey, formats=_QR_FORMATS)
        if not barcodes and width * height <= SECOND_LOOK_MAX_PIXELS:
            barcodes = zxingcpp.read_barcodes(_enlarged_sharpened(grey), formats=_QR_FORMATS)
    except Exception:  # third-party decoders raise many types on bad input
        raise QrReadError("The image could not be read.") from None
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
        raise QrReadError("The image is too large to read.") from None
    except Exception:  # Pillow raises OSError, SyntaxError, ValueError, EOFError, ... on bad files
        raise QrReadError(f"The {kind} image is damaged or cannot be read.") from None
    try:
        with opened as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise QrReadError("The image is too large to read.")
            image.load()
            return read_qr_texts_from_image(image)
    except QrReadError:
        raise
    except Exception:  # Pillow raises OSError, SyntaxError, ValueError, EOFError, ... on bad files
        raise QrReadError(f"The {kind} image is damaged or cannot be read.") from None


def _read_pdf(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    texts: list[str] = []
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # pdfium raises PdfiumError and others on bad files
        raise QrReadError("The PDF file is damaged or cannot be read.") from None
    try:
        if len(document) > MAX_PDF_PAGES:
            raise QrReadError(f"The PDF has more than {MAX_PDF_PAGES} pages; use the page with the card.")
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
        raise QrReadError("A page of the PDF file could not be read.") from None
    finally:
        document.close()
    return texts


def read_qr_texts_from_bytes(data: bytes) -> list[str]:
    """The texts of all QR codes in a PNG, JPEG or PDF file's bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise QrReadError("The file is too large to read.")
    if data.startswith(_PNG_MAGIC):
        return _read_raster(data, "PNG")
    if data.startswith(_JPEG_MAGIC):
        return _read_raster(data, "JPEG")
    if data.startswith(_PDF_MAGIC):
        return _read_pdf(data)
    raise QrReadError("This kind of file is not supported: use a PNG or JPEG image or a PDF file.")


def read_qr_texts(path: Path) -> list[str]:
    """The texts of all QR codes in a PNG, JPEG or PDF file (empty if it holds none)."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except InputTooLargeError:
        raise QrReadError("The file is too large to read.") from None
    except NotRegularFileError:
        raise QrReadError("The file could not be opened: it is not a regular file "
                          "(a device, pipe or folder cannot be read).") from None
    except OSError:
        raise QrReadError("The file could not be opened.") from None
    return read_qr_texts_from_bytes(data)
