"""Hostile files for the verifier (SEC-08): small PDFs that cost a renderer minutes or gigabytes.

Written from scratch with a minimal PDF writer so the test data is readable and reproducible."""

from __future__ import annotations

import zlib


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object i+1 is objects[i] (1 = catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def nested_forms_pdf(depth: int = 12, fanout: int = 16) -> bytes:
    """Each form XObject draws the next one `fanout` times: fanout**depth drawing operations
    from a file of a few kilobytes."""
    first_form = 4
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /F 4 0 R >> >> "
        b"/Contents %d 0 R >>" % (first_form + depth + 1),
    ]
    for level in range(depth + 1):
        if level < depth:
            body = b"q 0.9 0 0 0.9 1 1 cm /F Do Q " * fanout
            resources = b"/Resources << /XObject << /F %d 0 R >> >>" % (first_form + level + 1)
        else:
            body = b"0 0 m 595 842 l 595 0 l 0 842 l f"
            resources = b""
        objects.append(_stream(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + resources, body))
    objects.append(_stream(b"", b"/F Do"))
    return _pdf(objects)


def zeros_deflated(size: int, segment: int = 1 << 20) -> bytes:
    """A zlib stream of `size` zero bytes, built from one compressed segment repeated (a full flush
    resets the compressor, so every segment compresses to the same bytes): gigabytes in a second."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressor.compress(b"\x00" * segment)
    compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(b"\x00" * segment) + compressor.flush(zlib.Z_FULL_FLUSH)
    count, rest = divmod(size, segment)
    tail = compressor.compress(b"\x00" * rest) + compressor.flush(zlib.Z_FINISH)
    adler = ((size % 65521) << 16) | 1  # Adler-32 of `size` zero bytes
    return b"\x78\xda" + repeat * count + tail + adler.to_bytes(4, "big")


def flate_bomb_pdf(side: int = 40_000) -> bytes:
    """An 8-bit grey image of side x side pixels (1.6 GB at the default, about 1.6 MB compressed;
    side 64,000 is 4 GB in about 4 MB) drawn over the whole page."""
    data = zeros_deflated(side * side)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /I 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        _stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode" % (side, side), data),
        _stream(b"", b"q 595 0 0 842 0 0 cm /I Do Q"),
    ])


def png_bomb(side: int = 30_000) -> bytes:
    """A grey PNG of side x side pixels (900 megapixels at the default) from a few hundred kilobytes."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zeros_deflated(side * (side + 1)))
            + chunk(b"IEND", b""))
