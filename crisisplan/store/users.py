"""Users: records in the encrypted database, one key slot each in keyslots.json.

Roles are stored here as claims; a user's effective roles are those whose keys their slot holds
(grants.py), so granting a role wraps its keys for the grantee and needs a holder of those keys.
Crash safety (KEY-05): a new user's slot is written, marked pending, inside the database
transaction that adds the user, just before COMMIT; a removed user's slot is deleted after the
removal commits. So a kill leaves at worst a pending slot or the slot of a removed user, which
`Store` removes at the next unlock; the existing users always keep working. A removal also marks
every key the user held, and the database key, for rotation (rotation.py), done at once or at
the next unlock of a holder.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .audit import AuditLog
from .audit_keys import KEY_ACTION, box_public, intro_detail, set_directory
from .database import Connection, transaction
from .errors import ConflictError, KeyNotHeldError, NotFoundError, mapped_errors
from .failures import utc_now_iso
from .grants import KEY_LABELS, keys_for
from .keylayout import layout_version
from .keyring import Keyring
from .keys import STORE, USER, Slot
from .model import Actor, UserRecord, check_new_username, check_passphrase, check_roles, check_username
from .rotation import mark_due

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
        names = self._names_to_grant(role_tuple)
        slot = self._keyring.new_user_slot(username, passphrase, names, pending=True)  # slow: outside the lock
        now = utc_now_iso()
        with transaction(self._conn) as conn:
            existing = conn.execute("SELECT active FROM users WHERE username = ?", (username,)).fetchone()
            if existing is not None and existing[0]:
                raise ConflictError(QT_TRANSLATE_NOOP("store", "There is already a user called '{username}'. Choose "
                                                               "another username.")
                                    .format(username=username))
            conn.execute(
                "INSERT INTO users (username, display_name, roles, active, created_at) VALUES (?,?,?,1,?) "
                "ON CONFLICT(username) DO UPDATE SET display_name = excluded.display_name, "
                "roles = excluded.roles, active = 1",
                (username, display, json.dumps(role_tuple), now))
            self._audit.append("user-add", detail=f"user {username}; roles {','.join(role_tuple)}")
            self._introduce(conn, username, slot, "new user")
            self._keyring.put(slot)
        with transaction(self._conn):
            self._keyring.confirm(username)
        return self.get(username)

    def _named(self) -> bool:
        return layout_version(self._conn) >= 2

    def _names_to_grant(self, roles: Sequence[str]) -> set[str]:
        """The key names a user with `roles` gets; KeyNotHeldError unless the granting user holds them."""
        if not self._named():
            return {STORE}
        names = set(keys_for(roles))
        for role in roles:
            missing = keys_for([role]) - self._keyring.held()
            if missing:
                label = KEY_LABELS.get(sorted(missing)[0], "that key")
                raise KeyNotHeldError(
                    QT_TRANSLATE_NOOP("store", "Only a user who holds {label} can grant the role '{role}'. Ask a "
                                               "clinician who is also an administrator.")
                    .format(label=label, role=role))
        return names

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
            raise NotFoundError(QT_TRANSLATE_NOOP("store", "There is no user called '{username}'. Check the "
                                                           "username.")
                                .format(username=username))
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
                raise ConflictError(QT_TRANSLATE_NOOP("store", "This is the only administrator, so it cannot be "
                                                               "removed. Give another user the admin role first."))
            conn.execute("UPDATE users SET active = 0 WHERE username = ?", (username,))
            self._audit.append("user-remove", detail=f"user {username}")
            mark_due(conn, self._slot_names(username))  # every key they held, and the database key
        with transaction(self._conn):  # the write lock serialises slot-file changes
            self._keyring.remove_user(username)

    def set_roles(self, username: str, roles: Sequence[str]) -> UserRecord:
        """Give `username` exactly `roles`: their slot gains the keys of new roles (the acting user
        must hold them) and loses those no role needs any more."""
        check_username(username)
        role_tuple = check_roles(roles)
        before: bytes | None = None
        try:
            with transaction(self._conn) as conn:
                user = self._active(conn, username)
                if ADMIN_ROLE in user.roles and ADMIN_ROLE not in role_tuple and self._admin_count(conn) <= 1:
                    raise ConflictError(QT_TRANSLATE_NOOP("store", "This is the only administrator, so the admin "
                                                                   "role cannot be taken away. Give another user the "
                                                                   "admin role first."))
                if self._named():
                    slot = self._keyring.load().find(USER, username)
                    has = slot.names() if slot is not None else frozenset()
                    new_roles = [r for r in role_tuple if r not in user.roles or not keys_for([r]) <= has]
                    self._names_to_grant(new_roles)
                    needed = keys_for(role_tuple)
                    add = self._keyring.require(needed - has)
                    before = self._keyring.regrant(username, add, has - needed)
                    if has - needed:  # they may have copied the key file: their old keys are rotated
                        mark_due(conn, has - needed, database=False)
                conn.execute("UPDATE users SET roles = ? WHERE username = ?", (json.dumps(role_tuple), username))
                self._audit.append("roles-change", detail=f"user {username}; roles {','.join(user.roles)} -> "
                                   f"{','.join(role_tuple)}")
        except BaseException:
            if before is not None:
                self._keyring.write_raw(before)
            raise
        return self.get(username)

    def _slot_names(self, username: str) -> frozenset[str]:
        slot = self._keyring.load().find(USER, username)
        return slot.names() if slot is not None and self._named() else frozenset({STORE})

    def change_passphrase(self, username: str, new_passphrase: str, *, rotate: bool = False) -> None:
        """Give `username` a new passphrase (a fresh slot). Verifying the old one is the caller's job.
        `rotate`: the old passphrase may be known to someone, so every key the user held is marked
        for rotation in the same transaction (the caller then runs `Store.rotate_keys`).

        The new slot holds the keys the old one held, as far as the acting user holds them: a reset
        by an administrator without clinical access leaves the user without it until a holder
        grants it again (said in the audit entry)."""
        check_username(username)
        check_passphrase(new_passphrase)
        old = self._keyring.load().find(USER, username)
        had = set(old.names()) if old is not None and self._named() else {STORE}
        names = had & self._keyring.held()
        own = self._audit.signer if self._audit.signer is not None and self._audit.signer.username == username else None
        slot = self._keyring.new_user_slot(username, new_passphrase, names,  # their own audit key, kept
                                           audit_key=own.private if own is not None else True)
        lost = sorted(had - names)
        detail = f"user {username}" + (f"; keys to grant again: {','.join(lost)}" if lost else "")
        before: bytes | None = None
        try:
            with transaction(self._conn) as conn:
                self._active(conn, username)
                self._audit.append("passphrase-change", detail=detail + ("; keys to rotate" if rotate else ""))
                if rotate:
                    mark_due(conn, had)
                if own is None:  # a reset: the user's old audit key is lost with the old slot
                    self._introduce(conn, username, slot, "passphrase reset")
                before = self._keyring.put(slot)
        except BaseException:
            if before is not None:  # the slot was written but the commit failed: put the old one back
                self._keyring.write_raw(before)
            raise

    def _introduce(self, conn: Connection, username: str, slot: Slot, note: str) -> None:
        """Record `slot`'s audit public key in the directory, introduced by an entry the acting user
        signs (SEC-03)."""
        public = box_public(slot.audit_key)
        if public is not None:
            set_directory(conn, username, public)
            self._audit.append(KEY_ACTION, detail=intro_detail(username, public, note))

    def _active(self, conn: Connection, username: str) -> UserRecord:
        row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ? AND active = 1",  # noqa: S608
                           (username,)).fetchone()
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("store", "There is no user called '{username}'. Check the "
                                                           "username.")
                                .format(username=username))
        return _record(row)

    @staticmethod
    def _admin_count(conn: Connection) -> int:
        rows = conn.execute("SELECT roles FROM users WHERE active = 1").fetchall()
        return sum(1 for r in rows if ADMIN_ROLE in json.loads(r[0]))


def _record(row: Any) -> UserRecord:
    return UserRecord(str(row[0]), str(row[1]), tuple(json.loads(row[2])), bool(row[3]), str(row[4]))
