"""Reading the raw text of a protocol file into a JSON object, with plain-English errors.

Checks, in order: size, text encoding (UTF-8, with or without a byte-order mark; UTF-16 with a
byte-order mark, as Windows Notepad may save it), JSON syntax, repeated keys, nesting depth,
non-standard numbers (NaN, Infinity), and that the file is a crisisplan protocol of a supported
format version. Anything else is left to the models.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from crisisplan.sharing.protocol_errors import ProtocolError, excerpt

MAX_PROTOCOL_BYTES = 1024 * 1024
"""Protocol files larger than 1 MB are refused (the samples are a few kilobytes)."""

MAX_DEPTH = 20
"""Deepest nesting of objects and lists accepted; a valid protocol needs 5."""

FORMAT = "crisisplan.protocol"
FORMAT_VERSION = 1

_TOO_LARGE = (
    "file is larger than 1 MB; a protocol file is a few kilobytes, so check that this is the right file"
)


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ProtocolError(
                [f"not readable text: the UTF-16 text is damaged at byte {exc.start}; save the file as UTF-8"]
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolError(
            [
                f"not UTF-8 text: the byte at position {exc.start} cannot be read; "
                "save the file as UTF-8 text (or check that this is a protocol file)"
            ]
        ) from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ProtocolError(
                [f"the key {excerpt(key)} appears twice in the same object; keep only one of them"]
            )
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ProtocolError([f"not JSON: {name} is not a valid JSON number; write an ordinary number"])


def _depth_ok(value: Any) -> bool:
    """True when objects and lists nest no deeper than MAX_DEPTH (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        children: Any = current.values() if isinstance(current, dict) else current
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return True


def parse_protocol_json(raw: str | bytes) -> dict[str, Any]:
    """The top-level JSON object of a protocol file, or ProtocolError saying why not."""
    if not isinstance(raw, str | bytes | bytearray):
        raise ProtocolError(["the protocol must be given as text or bytes read from a file"])
    if len(raw) > MAX_PROTOCOL_BYTES:
        raise ProtocolError([_TOO_LARGE])
    if isinstance(raw, str):
        text = raw[1:] if raw.startswith("\ufeff") else raw
        if len(text.encode("utf-8", "surrogatepass")) > MAX_PROTOCOL_BYTES:
            raise ProtocolError([_TOO_LARGE])
    else:
        text = _decode(bytes(raw))
    if not text.strip():
        raise ProtocolError(["the file is empty; a protocol file is a JSON object { … }"])
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except ProtocolError:
        raise
    except json.JSONDecodeError as exc:
        raise ProtocolError(
            [f"not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}; check for a missing comma, "
             "bracket or quote near there"]
        ) from None
    except RecursionError:
        raise ProtocolError([_too_deep()]) from None
    except ValueError:
        # e.g. an integer with thousands of digits (Python refuses to convert it)
        raise ProtocolError(["not JSON that can be read: a number in the file is far too long"]) from None
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise ProtocolError([f"the file contains {kind}; a protocol file is one JSON object {{ … }}"])
    if not _depth_ok(data):
        raise ProtocolError([_too_deep()])
    _check_format(data)
    return data


def _too_deep() -> str:
    return (
        f"the file nests brackets more than {MAX_DEPTH} levels deep; a protocol file needs at most 5, "
        "so check that this is a protocol file"
    )


def _check_format(data: dict[str, Any]) -> None:
    fmt = data.get("format")
    if fmt != FORMAT:
        shown = "missing" if fmt is None else excerpt(fmt) if isinstance(fmt, str) else "not text"
        raise ProtocolError(
            [f"this is not a crisisplan protocol file: format is {shown}, it must be \"{FORMAT}\""]
        )
    version = data.get("format_version")
    if type(version) is not int:
        raise ProtocolError(["format_version: must be the whole number 1 (without quotes)"])
    if version != FORMAT_VERSION:
        raise ProtocolError(
            [f"format_version: {version if abs(version) < 10**6 else 'this number'} is not supported by "
             f"this version of crisisplan, which reads format_version {FORMAT_VERSION}; update crisisplan "
             "or use a version-1 file"]
        )
