"""Per-user drafts (edit as you type), inside the encrypted database. Not audited per keystroke."""

from __future__ import annotations

from pathlib import Path

from .database import Connection, transaction
from .errors import mapped_errors
from .failures import utc_now_iso
from .keyring import Keyring
from .model import Actor


class DraftRepository:
    def __init__(self, conn: Connection, actor: Actor, keys: Keyring | None = None) -> None:
        self._conn = conn
        self._user = actor.username
        self._keys = keys or Keyring(Path(), "", b"")  # without a keyring nothing is sealed

    def save(self, key: str, document: str) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO drafts (username, key, document, updated_at) VALUES (?,?,?,?) "
                "ON CONFLICT(username, key) DO UPDATE SET document = excluded.document, "
                "updated_at = excluded.updated_at",
                (self._user, key, self._keys.seal_text("draft", document, required=False), utc_now_iso()))

    def get(self, key: str) -> str | None:
        with mapped_errors():
            row = self._conn.execute("SELECT document FROM drafts WHERE username = ? AND key = ?",
                                     (self._user, key)).fetchone()
        return None if row is None else self._keys.open_text(row[0])

    def discard(self, key: str) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM drafts WHERE username = ? AND key = ?", (self._user, key))

    def list_keys(self) -> list[str]:
        with mapped_errors():
            rows = self._conn.execute("SELECT key FROM drafts WHERE username = ? ORDER BY key",
                                      (self._user,)).fetchall()
        return [str(r[0]) for r in rows]


class MetaRepository:
    """Small key/value settings inside the encrypted database."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, key: str) -> str | None:
        with mapped_errors():
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        with transaction(self._conn) as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def delete(self, key: str) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
