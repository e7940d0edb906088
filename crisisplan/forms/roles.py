"""Roles and what each may do. Pure data: the services layer enforces it on every use case.

A user may hold several roles (a small practice's lead GP is often also its administrator); their
permissions are the union. Reception/admin staff manage users, backups and protocols and can find a
person in the list (name, date of birth, NHS number), but cannot read clinical content (AUD-03).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    CLINICIAN = "clinician"
    GP = "gp"
    READ_ONLY = "readonly"
    ADMIN = "admin"
    IG_LEAD = "ig_lead"


ROLE_LABELS: dict[Role, str] = {
    Role.CLINICIAN: "Clinician / care coordinator",
    Role.GP: "GP practice clinician",
    Role.READ_ONLY: "Read-only",
    Role.ADMIN: "Reception / administrator (no clinical access)",
    Role.IG_LEAD: "Information-governance lead",
}


class Permission(StrEnum):
    LIST_PLANS = "list_plans"
    """See the plan list: names, dates of birth, NHS numbers, review dates. Not clinical content."""
    VIEW_PLAN = "view_plan"
    EDIT_PLAN = "edit_plan"
    IMPORT_PLANS = "import_plans"
    EXPORT_PLANS = "export_plans"
    RECORD_CONSENT = "record_consent"
    ISSUE_CARD = "issue_card"
    VIEW_LEDGER = "view_ledger"
    VIEW_AUDIT = "view_audit"
    VERIFY_AUDIT = "verify_audit"
    """Check the audit log's hash chain (reveals no entries)."""
    MANAGE_USERS = "manage_users"
    BACKUP = "backup"
    RESTORE = "restore"
    MANAGE_PROTOCOLS = "manage_protocols"
    MANAGE_KEYS = "manage_keys"
    MANAGE_PARTNERS = "manage_partners"
    """Accept another organisation's cards (its trust root) in this organisation's trust bundle."""
    REVOKE_CARD = "revoke_card"
    APPROVE_TRANSLATIONS = "approve_translations"
    """Record that a qualified translator checked a language's card labels (services/label_reviews)."""


_CLINICAL = frozenset(
    {
        Permission.LIST_PLANS,
        Permission.VIEW_PLAN,
        Permission.EDIT_PLAN,
        Permission.IMPORT_PLANS,
        Permission.EXPORT_PLANS,
        Permission.RECORD_CONSENT,
        Permission.ISSUE_CARD,
        Permission.VIEW_LEDGER,
        Permission.REVOKE_CARD,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLINICIAN: _CLINICAL,
    Role.GP: _CLINICAL,
    Role.READ_ONLY: frozenset({Permission.LIST_PLANS, Permission.VIEW_PLAN}),
    Role.ADMIN: frozenset(
        {
            Permission.LIST_PLANS,
            Permission.MANAGE_USERS,
            Permission.BACKUP,
            Permission.RESTORE,
            Permission.MANAGE_PROTOCOLS,
            Permission.MANAGE_KEYS,
            Permission.VERIFY_AUDIT,
        }
    ),
    Role.IG_LEAD: frozenset(
        {
            Permission.LIST_PLANS,
            Permission.VIEW_PLAN,
            Permission.EXPORT_PLANS,
            Permission.VIEW_LEDGER,
            Permission.VIEW_AUDIT,
            Permission.VERIFY_AUDIT,
            Permission.BACKUP,
            Permission.MANAGE_PARTNERS,
            Permission.REVOKE_CARD,
            Permission.APPROVE_TRANSLATIONS,
        }
    ),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.LIST_PLANS: "see the list of plans",
    Permission.VIEW_PLAN: "read a crisis plan",
    Permission.EDIT_PLAN: "write or change a crisis plan",
    Permission.IMPORT_PLANS: "import plans",
    Permission.EXPORT_PLANS: "export plans",
    Permission.RECORD_CONSENT: "record consent and sharing decisions",
    Permission.ISSUE_CARD: "issue a crisis card",
    Permission.VIEW_LEDGER: "see the disclosure ledger",
    Permission.VIEW_AUDIT: "see the audit log",
    Permission.VERIFY_AUDIT: "check the audit log's integrity",
    Permission.MANAGE_USERS: "manage users",
    Permission.BACKUP: "make backups",
    Permission.RESTORE: "restore from a backup",
    Permission.MANAGE_PROTOCOLS: "manage local protocols",
    Permission.MANAGE_KEYS: "manage signing keys",
    Permission.MANAGE_PARTNERS: "accept a partner organisation's cards",
    Permission.REVOKE_CARD: "withdraw an issued card",
    Permission.APPROVE_TRANSLATIONS: "record a translator's check of card labels",
}


def parse_role(text: str) -> Role:
    """The role named by `text`, or ValueError listing the valid roles."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        valid = ", ".join(r.value for r in Role)
        raise ValueError(f"unknown role {text!r}; valid roles are: {valid}") from None


def permissions_for(roles: Iterable[str]) -> frozenset[Permission]:
    """The union of the permissions of every known role in `roles` (unknown roles grant nothing)."""
    granted: set[Permission] = set()
    for name in roles:
        try:
            granted |= ROLE_PERMISSIONS[Role(name)]
        except ValueError:
            continue
    return frozenset(granted)
