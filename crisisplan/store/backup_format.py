"""The single-file backup container and the records describing backups and restores.

Layout: magic line `CRISISPLAN-BACKUP\n`, 4-byte big-endian header length, JSON header (format
version, store id, created time, schema version, lengths and SHA-256 of the parts: no clinical
data), then keyslots.json as it was, then the encrypted database (never plaintext).
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from crisisplan.bounded import NotRegularFileError, open_regular
from crisisplan.i18n import QT_TRANSLATE_NOOP

from .errors import BackupError

MAGIC = b"CRISISPLAN-BACKUP\n"
FORMAT_VERSION = 1
_MAX_HEADER = 64 * 1024
_CHUNK = 1024 * 1024

_NOT_A_BACKUP = QT_TRANSLATE_NOOP("store", "This file is not a crisisplan backup. Choose a file made with 'Back up'.")
_DAMAGED = QT_TRANSLATE_NOOP("store", "This backup file is damaged or incomplete. Choose another backup.")
_NOT_REGULAR = (
    QT_TRANSLATE_NOOP("store", "This is not a regular file (a device, pipe or folder cannot be a backup). Choose a "
                               "backup file."))


@dataclass(frozen=True)
class BackupHeader:
    format_version: int
    store_id: str
    created_at: str
    schema_version: int
    slots_length: int
    slots_sha256: str
    database_length: int
    database_sha256: str
    audit_count: int | None = None
    """SEC-06: the number of audit entries in the backup and the hash of the newest (its chain
    head); None in backups made before they were recorded."""
    audit_head: str | None = None


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    store_id: str
    created_at: str
    size: int
    plan_count: int
    audit_count: int


@dataclass(frozen=True)
class RestoreInfo:
    store_id: str
    backup_created_at: str
    plan_count: int
    audit_count: int
    previous_database: Path | None  # the live database set aside (None when the folder had no store)


def encode_header(header: BackupHeader) -> bytes:
    body = json.dumps(header.__dict__, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(body)) + body


def read_header(stream: BinaryIO) -> BackupHeader:
    magic = stream.read(len(MAGIC))
    if magic != MAGIC:
        raise BackupError(_NOT_A_BACKUP)
    raw_len = stream.read(4)
    if len(raw_len) != 4:
        raise BackupError(_DAMAGED)
    (length,) = struct.unpack(">I", raw_len)
    if length > _MAX_HEADER:
        raise BackupError(_DAMAGED)
    try:
        doc: dict[str, Any] = json.loads(stream.read(length).decode("utf-8"))
        if int(doc["format_version"]) > FORMAT_VERSION:
            raise BackupError(QT_TRANSLATE_NOOP("store", "This backup was made by a newer version of crisisplan. "
                              "Install the newer version to restore it."))
        header = BackupHeader(int(doc["format_version"]), str(doc["store_id"]), str(doc["created_at"]),
                              int(doc["schema_version"]), int(doc["slots_length"]), str(doc["slots_sha256"]),
                              int(doc["database_length"]), str(doc["database_sha256"]),
                              None if doc.get("audit_count") is None else int(doc["audit_count"]),
                              None if doc.get("audit_head") is None else str(doc["audit_head"]))
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BackupError(_DAMAGED) from None
    if header.slots_length < 0 or header.database_length < 0:
        raise BackupError(_DAMAGED)
    return header


def read_backup_info(backup_path: Path) -> BackupHeader:
    """The backup's non-secret header (BackupError if the file is not a backup)."""
    try:
        with open_regular(backup_path) as stream:
            return read_header(stream)
    except NotRegularFileError:
        raise BackupError(_NOT_REGULAR) from None
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup file could not be read. Check that it exists and "
                                                     "that you may read it.")) from exc


def read_parts(backup_path: Path, db_out: Path) -> tuple[BackupHeader, bytes]:
    """Header and key slots; the (still encrypted) database is copied to `db_out`, checksums checked."""
    try:
        with open_regular(backup_path) as stream:
            header = read_header(stream)
            slots = stream.read(header.slots_length)
            if len(slots) != header.slots_length or hashlib.sha256(slots).hexdigest() != header.slots_sha256:
                raise BackupError(_DAMAGED)
            digest = hashlib.sha256()
            remaining = header.database_length
            with open(db_out, "wb") as out:
                while remaining:
                    chunk = stream.read(min(_CHUNK, remaining))
                    if not chunk:
                        raise BackupError(_DAMAGED)
                    digest.update(chunk)
                    out.write(chunk)
                    remaining -= len(chunk)
                out.flush()
            if stream.read(1) or digest.hexdigest() != header.database_sha256:
                raise BackupError(_DAMAGED)
    except NotRegularFileError:
        raise BackupError(_NOT_REGULAR) from None
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup file could not be read, or there was no room to "
                                                     "unpack it. Check the file and the free disk space.")) from exc
    return header, slots


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
