"""How a plan version is written to its rows, kept small (P13: pages written to the WAL per save).

- A plan document is sealed *compressed* (zlib, then AES-GCM under the clinical key, the same
  order as the index fields already were), with the version's index fields as zlib's preset
  dictionary (they repeat the plan's text): a version row fits in one database page instead of
  spilling to an overflow page (a 2.5 KB document was 3.4 KB of base64), often two rows a page,
  and each saved version adds about half as much to the database and its backups. The stored
  text keeps the `cpseal1:` form, so key rotation re-seals it like any other sealed text; older
  versions (uncompressed JSON inside the seal) read back as before.
- A save sets only the list columns whose value changed: SQLite rewrites an index whenever one of
  its columns is SET, even to the same value, and each such index is a page written.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from .errors import DamagedStoreError
from .keyring import TEXT_PREFIX, Keyring
from .model import IndexFields
from .search import sort_key

LISTED = ("name", "sort_name", "nhs_number", "date_of_birth", "postcode", "review_date", "status",
          "consent_recorded")
_ZLIB = b"\x78"  # the first byte of a zlib stream; a JSON document starts with "{" or white space
_FDICT = 0x20  # the zlib header's flag for a preset dictionary
_WINDOW = 32 * 1024  # zlib uses at most the last 32 KB of a dictionary
MAX_DOCUMENT = 64 * 1024 * 1024  # a decompressed document never grows past this (a damaged row)
_DAMAGED = "A plan version could not be read: the store is damaged. Restore it from a backup."


def listed(index: IndexFields) -> tuple[Any, ...]:
    """`index` as the values of the LISTED columns of `plans`."""
    return (index.name, sort_key(index.name), index.nhs_number, index.date_of_birth, index.postcode,
            index.review_date, index.status, int(index.consent_recorded))


def changed_columns(index: IndexFields, stored: tuple[Any, ...]) -> dict[str, Any]:
    """The LISTED columns whose new value differs from `stored` (the row's values, LISTED order)."""
    return {c: new for c, new, old in zip(LISTED, listed(index), stored, strict=True) if new != old}


def index_json(index: IndexFields) -> bytes:
    """The index fields as stored (compressed, then sealed) beside each version's document."""
    return json.dumps(asdict(index), ensure_ascii=False).encode("utf-8")


def seal_document(keys: Keyring, document: str, index: bytes) -> str:
    """The document column's value: compressed and sealed when the store seals, else as it is.

    `index` (the version's index_json, which holds the plan's searchable text again) is zlib's
    preset dictionary, so the text is stored once in full rather than twice."""
    if not keys.sealing:
        return document
    packer = zlib.compressobj(6, zdict=index[-_WINDOW:])
    sealed = keys.seal("plan", packer.compress(document.encode("utf-8")) + packer.flush())
    return TEXT_PREFIX + base64.b64encode(sealed).decode("ascii")


def open_document(keys: Keyring, value: object, index: Callable[[], bytes]) -> str:
    """The JSON text of a document column written by seal_document (or by earlier versions);
    `index()` gives the same version's index_json when the document needs it."""
    text = str(value)
    if not text.startswith(TEXT_PREFIX):
        return text
    plain = keys.unseal(base64.b64decode(text[len(TEXT_PREFIX):]))
    if not plain.startswith(_ZLIB):
        return plain.decode("utf-8")
    try:
        preset = len(plain) > 1 and plain[1] & _FDICT
        inflater = zlib.decompressobj(zdict=index()[-_WINDOW:]) if preset else zlib.decompressobj()
        data = inflater.decompress(plain, MAX_DOCUMENT)
    except zlib.error:
        raise DamagedStoreError(_DAMAGED) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise DamagedStoreError(_DAMAGED)
    return data.decode("utf-8")
