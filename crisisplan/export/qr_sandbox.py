"""Reading QR codes from untrusted files without letting a hostile file freeze or kill the app (SEC-08).

- The file is read with a byte limit, and only if it is a regular file (no device, FIFO or socket).
- PDFs, and images larger than a scan of a card needs, are decoded in a child process (spawned, so
  it shares nothing with the app) with an address-space limit (RLIMIT_AS, POSIX) and a wall-clock
  limit; hitting either gives FileTooComplexError ("this file is too complex to check").
- A plain PNG or JPEG whose header says it is at most IN_PROCESS_MAX_PIXELS is decoded in-process:
  its memory is bounded by that pixel count before any pixel is decoded, and it keeps a scan's check
  well inside P6 (60 ms), which a fresh process (~0.3 s) would not. See docs/security.md,
  "Verifying untrusted files".
"""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from crisisplan import bounded
from crisisplan.export.qr_errors import QrReadError

MAX_FILE_BYTES = 50 * 1024 * 1024
IN_PROCESS_MAX_PIXELS = 16_000_000
"""A 300-dpi scan of a whole A4 page is 8.7 million pixels."""
IN_PROCESS_MAX_BYTES = 20 * 1024 * 1024
CHILD_MEMORY_BYTES = 512 * 1024 * 1024
"""Address space for the child: Python, pdfium and zxing-cpp, plus one 300-dpi page (a card PDF
reads with half of this)."""
CHILD_SECONDS = 8.0
"""Wall-clock limit for the child, inside the 10 s a person is promised an answer in."""
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


class FileTooComplexError(QrReadError):
    """The file needed more memory or time than any card does."""


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; QrReadError for anything else
    (a FIFO or device is refused without reading from it, so it cannot block or grow forever).
    The reading is `crisisplan.bounded`'s, the one bounded reader; this only words its refusals."""
    try:
        return bounded.read_bounded(path, limit)
    except bounded.NotRegularFileError:
        raise QrReadError("This is not an ordinary file; choose an image or PDF file.") from None
    except bounded.InputTooLargeError:
        raise QrReadError("The file is too large to read.") from None
    except OSError:
        raise QrReadError("The file could not be opened.") from None


def _small_plain_image(data: bytes) -> bool:
    """True for a PNG or JPEG whose header declares at most IN_PROCESS_MAX_PIXELS (nothing decoded)."""
    if len(data) > IN_PROCESS_MAX_BYTES or not (data.startswith(_PNG_MAGIC) or data.startswith(_JPEG_MAGIC)):
        return False
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as image:
            width, height = image.size
    except Exception:  # a damaged header: let the sandboxed reader give the message
        return False
    return 0 < width * height <= IN_PROCESS_MAX_PIXELS


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the wall-clock limit still applies
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child(data: bytes, conn: Connection, memory: int, task: Callable[[bytes], object] | None = None) -> None:
    """The child process: decode under limits and send back ("ok", result) or ("error", message).
    `task` (a module-level function, so it can be sent to a spawned child) defaults to reading QR codes."""
    try:
        _limit_memory(memory)
        if task is None:
            from crisisplan.export.qr import read_qr_texts_from_bytes

            task = read_qr_texts_from_bytes
        conn.send(("ok", task(data)))
    except MemoryError:
        conn.send(("too_complex", ""))
    except QrReadError as exc:
        conn.send(("error", str(exc)))
    except Exception:  # anything else from the decoders on hostile input
        conn.send(("error", "The file is damaged or cannot be read."))
    finally:
        conn.close()


def read_in_child(data: bytes, *, seconds: float = CHILD_SECONDS, memory: int = CHILD_MEMORY_BYTES,
                  cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Decode `data` in a spawned child process under memory and time limits."""
    texts = run_in_child(data, seconds=seconds, memory=memory, cancelled=cancelled)
    return [str(text) for text in texts] if isinstance(texts, list) else []


def run_in_child(data: bytes, task: Callable[[bytes], object] | None = None, *, seconds: float = CHILD_SECONDS,
                 memory: int = CHILD_MEMORY_BYTES, cancelled: Callable[[], bool] | None = None) -> object:
    """`task(data)` (default: the QR texts) in a spawned child process under memory and time limits."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(data, sender, memory, task), daemon=True)
    process.start()
    sender.close()
    try:
        waited = 0.0
        while waited < seconds and not receiver.poll(0.05):
            if not process.is_alive() and not receiver.poll(0):
                break
            if cancelled is not None and cancelled():
                raise QrReadError("Checking the file was cancelled.")
            waited += 0.05
        if not receiver.poll(0):
            raise FileTooComplexError("This file is too complex to check.")
        try:
            kind, value = receiver.recv()
        except (EOFError, OSError):
            raise FileTooComplexError("This file is too complex to check.") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(2)
    if kind == "ok":
        return value
    if kind == "error":
        raise QrReadError(str(value))
    raise FileTooComplexError("This file is too complex to check.")


def read_qr_texts_safely(data: bytes, *, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Every QR text in a PNG, JPEG or PDF file's bytes, decoded where a bomb cannot hurt the app."""
    if len(data) > MAX_FILE_BYTES:
        raise QrReadError("The file is too large to read.")
    if _small_plain_image(data):
        from crisisplan.export.qr import read_qr_texts_from_bytes

        return read_qr_texts_from_bytes(data)
    if not (data.startswith(_PNG_MAGIC) or data.startswith(_JPEG_MAGIC) or data.startswith(b"%PDF-")):
        raise QrReadError("This kind of file is not supported: use a PNG or JPEG image or a PDF file.")
    return read_in_child(data, cancelled=cancelled)


def read_qr_file_safely(path: Path, *, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """read_bounded + read_qr_texts_safely."""
    return read_qr_texts_safely(read_bounded(path), cancelled=cancelled)
