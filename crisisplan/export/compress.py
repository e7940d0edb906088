"""Compression of the card payload: raw DEFLATE (RFC 1951) with a preset dictionary.

Raw DEFLATE has no zlib header or checksum: the COSE signature already protects the bytes. The
preset dictionary (card_dictionary.py) is part of the card format and is chosen by the format
version, so older cards keep decoding after the dictionary changes. Decompression is bounded, so a
small input cannot expand into a large amount of memory ("zip bomb").

`zlib_decompress` reads standard zlib streams, as EU DCC QR codes use; it exists for the
conformance tests against the DCC test vectors.
"""

from __future__ import annotations

import zlib

from crisisplan.export.card_dictionary import CURRENT_DICTIONARY_VERSION, DICTIONARIES

CARD_DICTIONARY: bytes = DICTIONARIES[CURRENT_DICTIONARY_VERSION]

DEFAULT_MAX_SIZE = 16 * 1024
"""A card payload never needs more: the largest QR code a card may use holds under 1 KiB."""


class CompressionError(ValueError):
    """Compressed data could not be decompressed (damaged, incomplete or too large)."""


def _dictionary(version: int) -> bytes:
    try:
        return DICTIONARIES[version]
    except KeyError:
        raise CompressionError("The card uses a compression dictionary this app does not know.") from None


def compress(data: bytes, dictionary_version: int = CURRENT_DICTIONARY_VERSION) -> bytes:
    """Raw DEFLATE at the highest level with the card dictionary."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=_dictionary(dictionary_version))
    return compressor.compress(data) + compressor.flush()


def _bounded(decompressor: zlib._Decompress, data: bytes, max_size: int) -> bytes:
    try:
        out = decompressor.decompress(data, max_size + 1)
    except zlib.error:
        raise CompressionError("The compressed data is damaged.") from None
    if len(out) > max_size or decompressor.unconsumed_tail:
        raise CompressionError("The compressed data expands to more than is allowed.")
    if not decompressor.eof:
        raise CompressionError("The compressed data is incomplete.")
    if decompressor.unused_data:
        raise CompressionError("The compressed data has unexpected bytes after its end.")
    return out


def decompress(
    data: bytes, max_size: int = DEFAULT_MAX_SIZE, dictionary_version: int = CURRENT_DICTIONARY_VERSION
) -> bytes:
    """Inverse of `compress`; CompressionError if damaged, incomplete, trailed or too large."""
    if not isinstance(data, bytes | bytearray):
        raise CompressionError("Compressed data must be bytes.")
    decompressor = zlib.decompressobj(-15, zdict=_dictionary(dictionary_version))
    return _bounded(decompressor, bytes(data), max_size)


def zlib_decompress(data: bytes, max_size: int = 1024 * 1024) -> bytes:
    """Decompress a standard zlib stream (RFC 1950), bounded like `decompress`."""
    if not isinstance(data, bytes | bytearray):
        raise CompressionError("Compressed data must be bytes.")
    return _bounded(zlib.decompressobj(), bytes(data), max_size)
