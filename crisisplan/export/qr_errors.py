"""The QR errors, in a module of their own so that naming them (e.g. to map them to exit codes or
messages) does not import segno, Pillow and zxing-cpp."""

from __future__ import annotations


class QrError(ValueError):
    """Base class of the QR errors."""


class CardTooLargeError(QrError):
    """The card text does not fit a QR code of version 20 at error correction M: shorten the card."""


class QrReadError(QrError):
    """A file or image could not be read to look for QR codes."""
