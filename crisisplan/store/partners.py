"""Partner organisations whose cards this organisation's verifiers accept (schema version 3).

A partner is known by its trust root's fingerprint; its latest signed bundle is kept so its active
keys can be carried in this organisation's own bundle. Every change is audited with fingerprints."""

from __future__ import annotations

from dataclasses import dataclass

from .audit import AuditLog
from .database import Connection, transaction
from .errors import mapped_errors
from .failures import utc_now_iso


@dataclass(frozen=True)
class PartnerRecord:
    root_fingerprint: str
    name: str
    bundle: str
    """The partner's signed bundle file, as received."""
    added_at: str
    added_by: str


class PartnerRepository:
    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def save(self, partner: PartnerRecord, audit_detail: str) -> None:
        """Add a partner or replace its bundle, with the audit entry, in one transaction."""
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO partners (root_fingerprint, name, bundle, added_at, added_by) VALUES (?,?,?,?,?) "
                "ON CONFLICT(root_fingerprint) DO UPDATE SET name = excluded.name, bundle = excluded.bundle, "
                "added_at = excluded.added_at, added_by = excluded.added_by",
                (partner.root_fingerprint, partner.name, partner.bundle, utc_now_iso(), partner.added_by))
            self._audit.append("partner-add", detail=audit_detail)

    def all(self) -> list[PartnerRecord]:
        with mapped_errors():
            rows = self._conn.execute("SELECT root_fingerprint, name, bundle, added_at, added_by FROM partners "
                                      "ORDER BY name").fetchall()
        return [PartnerRecord(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]
