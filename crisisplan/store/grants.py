"""Which keys each role needs (docs/security.md, "Roles follow keys").

A user's effective roles are the roles in their user record whose keys their own slot holds, so
editing the record grants nothing; granting a role means wrapping its keys for the grantee, which
only a holder of those keys can do.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .keys import ADMIN, CLINICAL, ISSUER, STORE

ROLE_KEYS: dict[str, frozenset[str]] = {
    "clinician": frozenset({CLINICAL, ISSUER}),
    "gp": frozenset({CLINICAL, ISSUER}),
    "readonly": frozenset({CLINICAL}),
    "ig_lead": frozenset({CLINICAL}),
    "admin": frozenset({ADMIN}),
}
ALL_KEYS = frozenset({STORE, CLINICAL, ISSUER, ADMIN})
KEY_LABELS = {CLINICAL: "clinical access", ISSUER: "clinical access (card issuing)", ADMIN: "administration"}


def keys_for(roles: Iterable[str]) -> frozenset[str]:
    """The key names a user with `roles` holds (always the database key)."""
    needed = {STORE}
    for role in roles:
        needed |= ROLE_KEYS.get(role, frozenset())
    return frozenset(needed)


def effective_roles(roles: Iterable[str], held: Collection[str]) -> tuple[str, ...]:
    """The roles in `roles` whose keys are all in `held`."""
    return tuple(r for r in roles if ROLE_KEYS.get(r, frozenset()) <= set(held))
