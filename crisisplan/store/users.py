"""Users: records in the encrypted database, one key slot each in keyslots.json.

Roles are stored here; the services layer enforces them. Crash safety (KEY-05): a new user's slot
is written inside the database transaction that adds the user, just before COMMIT; a removed
user's slot is deleted after the removal commits. So a kill leaves at worst a slot without an
active user, which `Store` removes at the next unlock; the existing users always keep working.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .audit import AuditLog
from .database import Connection, transaction
from .errors import ConflictError, NotFoundError, mapped_errors
from .failures import utc_now_iso
from .keyring import Keyring
from .model import Actor, UserRecord, check_new_username, check_passphrase, check_roles, check_username

ADMIN_ROLE = "admin"
_COLUMNS = "username, display_name, roles, active, created_at"


class UserRepository:
    def __init__(self, conn: Connection, actor: Actor, audit: AuditLog, keyring: Keyring) -> None:
        self._conn = conn
        self._actor = actor
        self._audit = audit
        self._keyring = keyring

    def add(self, username: str, display_name: str, roles: Sequence[str], passphrase: str) -> UserRecord:
        check_new_username(username)
        role_tuple = check_roles(roles)
        check_passphrase(passphrase)
        display = display_name.strip() or username
        slot = self._keyring.new_user_slot(username, passphrase)  # slow: outside the write lock
        now = utc_now_iso()
        with transaction(self._conn) as conn:
            existing = conn.execute("SELECT active FROM users WHERE username = ?", (username,)).fetchone()
            if existing is not None and existing[0]:
                raise ConflictError(f"There is already a user called '{username}'. Choose another username.")
            conn.execute(
                "INSERT INTO users (username, display_name, roles, active, created_at) VALUES (?,?,?,1,?) "
                "ON CONFLICT(username) DO UPDATE SET display_name = excluded.display_name, "
                "roles = excluded.roles, active = 1",
                (username, display, json.dumps(role_tuple), now))
            self._audit.append("user-add", detail=f"user {username}; roles {','.join(role_tuple)}")
            self._keyring.put(slot)
        return self.get(username)

    def list(self, *, include_inactive: bool = False) -> list[UserRecord]:
        where = "" if include_inactive else "WHERE active = 1"
        with mapped_errors():
            sql = f"SELECT {_COLUMNS} FROM users {where} ORDER BY username"  # noqa: S608
            rows = self._conn.execute(sql).fetchall()
        return [_record(r) for r in rows]

    def get(self, username: str) -> UserRecord:
        with mapped_errors():
            sql = f"SELECT {_COLUMNS} FROM users WHERE username = ?"  # noqa: S608
            row = self._conn.execute(sql, (username,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no user called '{username}'. Check the username.")
        return _record(row)

    def active_usernames(self) -> set[str]:
        with mapped_errors():
            rows = self._conn.execute("SELECT username FROM users WHERE active = 1").fetchall()
        return {str(r[0]) for r in rows}

    def remove(self, username: str) -> None:
        check_username(username)
        with transaction(self._conn) as conn:
            user = self._active(conn, username)
            if ADMIN_ROLE in user.roles and self._admin_count(conn) <= 1:
                raise ConflictError("This is the only administrator, so it cannot be removed. "
                                    "Give another user the admin role first.")
            conn.execute("UPDATE users SET active = 0 WHERE username = ?", (username,))
            self._audit.append("user-remove", detail=f"user {username}")
        with transaction(self._conn):  # the write lock serialises slot-file changes
            self._keyring.remove_user(username)

    def set_roles(self, username: str, roles: Sequence[str]) -> UserRecord:
        check_username(username)
        role_tuple = check_roles(roles)
        with transaction(self._conn) as conn:
            user = self._active(conn, username)
            if ADMIN_ROLE in user.roles and ADMIN_ROLE not in role_tuple and self._admin_count(conn) <= 1:
                raise ConflictError("This is the only administrator, so the admin role cannot be taken away. "
                                    "Give another user the admin role first.")
            conn.execute("UPDATE users SET roles = ? WHERE username = ?", (json.dumps(role_tuple), username))
            self._audit.append("roles-change", detail=f"user {username}; roles {','.join(user.roles)} -> "
                               f"{','.join(role_tuple)}")
        return self.get(username)

    def change_passphrase(self, username: str, new_passphrase: str) -> None:
        """Give `username` a new passphrase (a fresh slot). Verifying the old one is the caller's job."""
        check_username(username)
        check_passphrase(new_passphrase)
        slot = self._keyring.new_user_slot(username, new_passphrase)
        before: bytes | None = None
        try:
            with transaction(self._conn) as conn:
                self._active(conn, username)
                self._audit.append("passphrase-change", detail=f"user {username}")
                before = self._keyring.put(slot)
        except BaseException:
            if before is not None:  # the slot was written but the commit failed: put the old one back
                self._keyring.write_raw(before)
            raise

    def _active(self, conn: Connection, username: str) -> UserRecord:
        row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ? AND active = 1",  # noqa: S608
                           (username,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no user called '{username}'. Check the username.")
        return _record(row)

    @staticmethod
    def _admin_count(conn: Connection) -> int:
        rows = conn.execute("SELECT roles FROM users WHERE active = 1").fetchall()
        return sum(1 for r in rows if ADMIN_ROLE in json.loads(r[0]))


def _record(row: Any) -> UserRecord:
    return UserRecord(str(row[0]), str(row[1]), tuple(json.loads(row[2])), bool(row[3]), str(row[4]))
