"""Reading JSON text from outside (import files, pasted text) safely: bounded size, UTF-8 only,
no duplicate keys, no NaN/Infinity, no stack exhaustion. Errors never quote the input."""

from __future__ import annotations

import json
from typing import Any

MAX_IMPORT_BYTES = 50 * 1024 * 1024
"""The largest import accepted (50 MB)."""


class JsonInputError(ValueError):
    """The text is not acceptable JSON; the message is plain English and quotes nothing from it."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonInputError("The file has a field that appears twice in the same place, so it is "
                                 "ambiguous. Export it again from the program that made it.")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise JsonInputError("The file contains a number that is not allowed (NaN or infinity). Export it "
                         "again from the program that made it.")


def read_json(data: str | bytes, max_bytes: int = MAX_IMPORT_BYTES) -> Any:
    """Parse JSON text. Raises JsonInputError for text that is too large, not UTF-8 or not JSON."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        limit = max_bytes // (1024 * 1024)
        raise JsonInputError(f"The file is larger than {limit} MB, which is more than crisisplan can "
                             "import at once. Split it into smaller exports and import each one.")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JsonInputError("The file is not UTF-8 text, so it is not a crisisplan export. Check "
                                 "that you chose the right file.") from None
    elif data.startswith("\ufeff"):
        data = data[1:]
    try:
        return json.loads(data, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except JsonInputError:
        raise
    except RecursionError:
        raise JsonInputError("The file is nested too deeply to be a crisisplan export. Check that you "
                             "chose the right file.") from None
    except ValueError as exc:  # json.JSONDecodeError and invalid surrogates
        line = getattr(exc, "lineno", None)
        where = f" (near line {line})" if isinstance(line, int) else ""
        raise JsonInputError(f"The file is not valid JSON{where}, so it cannot be read. Check that you "
                             "chose the right file, or export it again.") from None
