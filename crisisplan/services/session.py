"""A signed-in user's session: the open store plus what the user's roles allow.

Every use case takes a Session and calls `require()` before touching data, so roles are enforced in
one layer for the desktop app and the command line alike (AUD-03)."""

from __future__ import annotations

import socket
from collections.abc import Sequence
from pathlib import Path

from crisisplan.forms.roles import PERMISSION_LABELS, Permission, Role, permissions_for
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.errors import PermissionDenied
from crisisplan.store import Store


def workstation_name() -> str:
    """The name this PC is known by, recorded in every audit entry."""
    return socket.gethostname() or "unknown-workstation"


class Session:
    def __init__(self, store: Store, data_dir: Path) -> None:
        self.store = store
        self.data_dir = data_dir
        self._permissions = permissions_for(store.actor.roles)

    @property
    def username(self) -> str:
        return self.store.actor.username

    @property
    def roles(self) -> tuple[str, ...]:
        return self.store.actor.roles

    def can(self, permission: Permission) -> bool:
        return permission in self._permissions

    def require(self, permission: Permission) -> None:
        if permission not in self._permissions:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("services", "Your role does not allow you to {value}. Ask an administrator if you "
                                              "need this.")
                .format(value=PERMISSION_LABELS[permission])
            )

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


DEMO_STORE_KEY = "demo_store"
"""Set when a store is created as a store of fictional people (the demo store, the self-test's):
such a store may issue cards under the SAMPLE protocols. Nothing sets it later, so a real store
never becomes one (services.protocols.issue_blockers)."""


def create_store(
    data_dir: Path,
    username: str,
    display_name: str,
    passphrase: str,
    roles: Sequence[str] = (Role.ADMIN.value, Role.CLINICIAN.value),
    *,
    kdf_iterations: int | None = None,
    demo: bool = False,
) -> tuple[Session, str]:
    """Create a new store with its first user. Returns the session and the recovery key, which
    must be shown to the user once and never stored in plain text anywhere. `demo`: a store of
    fictional people (DEMO_STORE_KEY)."""
    store, recovery_key = Store.create(
        data_dir,
        username,
        display_name,
        roles,
        passphrase,
        kdf_iterations=kdf_iterations,
        workstation=workstation_name(),
    )
    if demo:
        store.meta.set(DEMO_STORE_KEY, "yes")
    return Session(store, data_dir), recovery_key


def open_session(data_dir: Path, username: str, passphrase: str) -> Session:
    store = Store.open(data_dir, username, passphrase, workstation=workstation_name())
    return Session(store, data_dir)


def open_recovery_session(data_dir: Path, recovery_key: str) -> Session:
    store = Store.open_with_recovery_key(data_dir, recovery_key, workstation=workstation_name())
    return Session(store, data_dir)


def store_exists(data_dir: Path) -> bool:
    return Store.exists(data_dir)
