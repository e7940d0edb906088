"""How a plan version is written to its rows, kept small (P13: pages written to the WAL per save).

- A plan document is sealed *compressed* (zlib, then AES-GCM under the clinical key, the same
  order as the index fields already were): a version row fits in one database page instead of
  spilling to an overflow page (a 2.5 KB document was 3.4 KB of base64, now about 1.5 KB), so each
  saved version adds about 40% less to the database and its backups. The stored
  text keeps the `cpseal1:` form, so key rotation re-seals it like any other sealed text; older
  versions (uncompressed JSON inside the seal) read back as before.
- A save sets only the list columns whose value changed: SQLite rewrites an index whenever one of
  its columns is SET, even to the same value, and each such index is a page written.
"""

from __future__ import annotations

import base64
import zlib
from typing import Any

from .errors import DamagedStoreError
from .keyring import TEXT_PREFIX, Keyring
from .model import IndexFields
from .search import sort_key

LISTED = ("name", "sort_name", "nhs_number", "date_of_birth", "postcode", "review_date", "status",
          "consent_recorded")
_ZLIB = b"\x78"  # the first byte of a zlib stream; a JSON document starts with "{" or white space
MAX_DOCUMENT = 64 * 1024 * 1024  # a decompressed document never grows past this (a damaged row)


def listed(index: IndexFields) -> tuple[Any, ...]:
    """`index` as the values of the LISTED columns of `plans`."""
    return (index.name, sort_key(index.name), index.nhs_number, index.date_of_birth, index.postcode,
            index.review_date, index.status, int(index.consent_recorded))


def changed_columns(index: IndexFields, stored: tuple[Any, ...]) -> dict[str, Any]:
    """The LISTED columns whose new value differs from `stored` (the row's values, LISTED order)."""
    return {c: new for c, new, old in zip(LISTED, listed(index), stored, strict=True) if new != old}


def seal_document(keys: Keyring, document: str) -> str:
    """The document column's value: compressed and sealed when the store seals, else as it is."""
    if not keys.sealing:
        return document
    sealed = keys.seal("plan", zlib.compress(document.encode("utf-8"), 6))
    return TEXT_PREFIX + base64.b64encode(sealed).decode("ascii")


def open_document(keys: Keyring, value: object) -> str:
    """The JSON text of a document column written by seal_document (or by earlier versions)."""
    text = str(value)
    if not text.startswith(TEXT_PREFIX):
        return text
    plain = keys.unseal(base64.b64decode(text[len(TEXT_PREFIX):]))
    if not plain.startswith(_ZLIB):
        return plain.decode("utf-8")
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(plain, MAX_DOCUMENT)
    except zlib.error:
        raise DamagedStoreError("A plan version could not be read: the store is damaged. "
                                "Restore it from a backup.") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise DamagedStoreError("A plan version could not be read: the store is damaged. "
                                "Restore it from a backup.")
    return data.decode("utf-8")
