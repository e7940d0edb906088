"""Sharing records: the organisation's signing keys and trust root, issued cards, the disclosure
ledger and the imported local protocols. Schema versions 2 and 3.

The private signing keys and the private trust-root key exist only here, inside the encrypted store
(the columns `signing_keys.private_key` and `trust_root.private_key`), sealed under the issuer key
(sealing.py) so that only roles that issue cards can read them. Ledger rows are immutable (triggers)
and each is written with its audit entry in one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .audit import AuditLog
from .database import Connection, transaction
from .errors import NotFoundError, mapped_errors
from .failures import utc_now_iso
from .keylayout import layout_version
from .keyring import Keyring

SCHEMA_V2 = """
CREATE TABLE signing_keys(
    kid TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    private_key BLOB NOT NULL,
    public_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
) WITHOUT ROWID;

CREATE TABLE issued_cards(
    card_id TEXT PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id),
    plan_version INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    kid TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    superseded_by TEXT,
    revoked_at TEXT
) WITHOUT ROWID;
CREATE INDEX issued_cards_by_plan ON issued_cards(plan_id, recipient);

CREATE TABLE disclosures(
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id),
    plan_version INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    shared INTEGER NOT NULL,
    items TEXT NOT NULL,
    without_consent TEXT NOT NULL,
    consent TEXT NOT NULL,
    lawful_basis TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    card_id TEXT
);
CREATE INDEX disclosures_by_plan ON disclosures(plan_id, id);
CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN SELECT RAISE(ABORT, 'disclosure records cannot be changed'); END;
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN SELECT RAISE(ABORT, 'disclosure records cannot be deleted'); END;

CREATE TABLE protocols(
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
) WITHOUT ROWID;
"""


SCHEMA_V3 = """
CREATE TABLE trust_root(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE signing_keys ADD COLUMN revoked_at TEXT;
ALTER TABLE signing_keys ADD COLUMN revoked_reason TEXT;
CREATE TABLE partners(
    root_fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    bundle TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class SigningKeyRecord:
    kid: str
    organisation: str
    private_key: bytes
    public_key: str
    created_at: str
    retired_at: str | None
    revoked_at: str | None = None
    revoked_reason: str | None = None


@dataclass(frozen=True)
class TrustRootRecord:
    private_key: bytes
    public_key: str
    fingerprint: str
    created_at: str
    sequence: int
    """The sequence number of the last bundle signed (0: none yet)."""


@dataclass(frozen=True)
class CardRecord:
    card_id: str
    plan_id: int
    plan_version: int
    recipient: str
    kid: str
    issued_on: str
    valid_until: str
    issued_at: str
    issued_by: str
    superseded_by: str | None
    revoked_at: str | None


@dataclass(frozen=True)
class Disclosure:
    id: int
    plan_id: int
    plan_version: int
    recipient: str
    kind: str
    shared: bool
    items: tuple[str, ...]
    without_consent: tuple[str, ...]
    consent: str
    lawful_basis: str
    reason: str
    decided_by: str
    decided_at: str
    card_id: str | None


_CARD_COLS = ("card_id, plan_id, plan_version, recipient, kid, issued_on, valid_until, issued_at, issued_by, "
              "superseded_by, revoked_at")
_DISCLOSURE_COLS = ("id, plan_id, plan_version, recipient, kind, shared, items, without_consent, consent, "
                    "lawful_basis, reason, decided_by, decided_at, card_id")


def _card(row: Sequence[object]) -> CardRecord:
    return CardRecord(str(row[0]), int(row[1]), int(row[2]), str(row[3]), str(row[4]), str(row[5]),  # type: ignore[call-overload]
                      str(row[6]), str(row[7]), str(row[8]),
                      None if row[9] is None else str(row[9]), None if row[10] is None else str(row[10]))


def _disclosure(row: Sequence[object]) -> Disclosure:
    return Disclosure(int(row[0]), int(row[1]), int(row[2]), str(row[3]), str(row[4]), bool(row[5]),  # type: ignore[call-overload]
                      tuple(json.loads(str(row[6]))), tuple(json.loads(str(row[7]))), str(row[8]), str(row[9]),
                      str(row[10]), str(row[11]), str(row[12]), None if row[13] is None else str(row[13]))


class SharingRepository:
    def __init__(self, conn: Connection, audit: AuditLog, keyring: Keyring) -> None:
        self._conn = conn
        self._audit = audit
        self._keys = keyring

    # ---- signing keys ----------------------------------------------------------------------
    def add_signing_key(self, kid: str, organisation: str, private_key: bytes, public_key: str) -> None:
        """Store a new key pair and make it the only active one (older keys are retired, kept so
        cards they signed can still be listed in the trust bundle)."""
        now = utc_now_iso()
        with transaction(self._conn) as conn:
            sealed = self._keys.seal("signing-key", private_key) if layout_version(conn) >= 2 else private_key
            conn.execute("UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL", (now,))
            conn.execute("INSERT INTO signing_keys (kid, organisation, private_key, public_key, created_at) "
                         "VALUES (?,?,?,?,?)", (kid, organisation, sealed, public_key, now))
            self._audit.append("key-create", detail=f"signing key {kid}")

    def active_signing_key(self) -> SigningKeyRecord | None:
        with mapped_errors():
            row = self._conn.execute(
                "SELECT kid, organisation, private_key, public_key, created_at, retired_at FROM signing_keys "
                "WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1").fetchone()
        return None if row is None else SigningKeyRecord(str(row[0]), str(row[1]), bytes(row[2]), str(row[3]),
                                                         str(row[4]), None)

    def private_key(self, record: SigningKeyRecord) -> bytes:
        """The DER private key of `record`; KeyNotHeldError unless this user holds the issuer key."""
        return self._keys.unseal(record.private_key)

    def signing_keys(self) -> list[SigningKeyRecord]:
        with mapped_errors():
            rows = self._conn.execute(
                "SELECT kid, organisation, private_key, public_key, created_at, retired_at, revoked_at, "
                "revoked_reason FROM signing_keys ORDER BY created_at").fetchall()
        return [SigningKeyRecord(str(r[0]), str(r[1]), bytes(r[2]), str(r[3]), str(r[4]),
                                 *(None if v is None else str(v) for v in r[5:8])) for r in rows]

    def retire_signing_key(self, kid: str, reason: str) -> None:
        """Stop signing with a key; cards it signed up to today stay valid."""
        with transaction(self._conn) as conn:
            cur = conn.execute("UPDATE signing_keys SET retired_at = ? WHERE kid = ? AND retired_at IS NULL "
                               "AND revoked_at IS NULL", (utc_now_iso(), kid))
            if cur.rowcount != 1:
                raise NotFoundError(QT_TRANSLATE_NOOP("store", "No signing key in use has that id."))
            self._audit.append("key-retire", detail=f"signing key {kid}", reason=reason)

    def revoke_signing_key(self, kid: str, reason: str) -> None:
        """Mark a key compromised: every card it signed stops verifying once the next bundle is out."""
        now = utc_now_iso()
        with transaction(self._conn) as conn:
            cur = conn.execute("UPDATE signing_keys SET revoked_at = ?, revoked_reason = ?, "
                               "retired_at = COALESCE(retired_at, ?) WHERE kid = ? AND revoked_at IS NULL",
                               (now, reason, now, kid))
            if cur.rowcount != 1:
                raise NotFoundError(QT_TRANSLATE_NOOP("store", "No signing key that is not already revoked has that "
                                                               "id."))
            self._audit.append("key-revoke", detail=f"signing key {kid}", reason=reason)

    # ---- organisation trust root -----------------------------------------------------------
    def trust_root(self) -> TrustRootRecord | None:
        with mapped_errors():
            row = self._conn.execute("SELECT private_key, public_key, fingerprint, created_at, sequence "
                                     "FROM trust_root WHERE id = 1").fetchone()
        return None if row is None else TrustRootRecord(bytes(row[0]), str(row[1]), str(row[2]), str(row[3]),
                                                        int(row[4]))

    def create_trust_root(self, private_key: bytes, public_key: str, fingerprint: str) -> None:
        with transaction(self._conn) as conn:
            sealed = self._keys.seal("trust-root", private_key) if layout_version(conn) >= 2 else private_key
            conn.execute("INSERT INTO trust_root (id, private_key, public_key, fingerprint, created_at) "
                         "VALUES (1,?,?,?,?)", (sealed, public_key, fingerprint, utc_now_iso()))
            self._audit.append("trust-root-create", detail=f"trust root {fingerprint}")

    def trust_root_private_key(self, record: TrustRootRecord) -> bytes:
        """The DER private key of the trust root; KeyNotHeldError unless this user holds the issuer key."""
        return self._keys.unseal(record.private_key)

    def next_bundle_sequence(self, at_least: int = 0) -> int:
        """Reserve the next bundle sequence number: above the last one, and at least `at_least` (the
        caller passes the time in seconds, so a store restored from an older backup still numbers its
        next bundle above any it published since). Joins the caller's transaction."""
        with transaction(self._conn) as conn:
            conn.execute("UPDATE trust_root SET sequence = MAX(sequence + 1, ?) WHERE id = 1", (at_least,))
            row = conn.execute("SELECT sequence FROM trust_root WHERE id = 1").fetchone()
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("store", "This store has no organisation trust root yet."))
        return int(row[0])

    # ---- cards -----------------------------------------------------------------------------
    def record_card(self, card: CardRecord) -> list[str]:
        """Record an issued card; earlier live cards for the same plan and recipient are superseded.
        Returns the ids of the cards it superseded. Joins the caller's transaction."""
        with transaction(self._conn) as conn:
            rows = conn.execute(
                "SELECT card_id FROM issued_cards WHERE plan_id = ? AND recipient = ? "
                "AND superseded_by IS NULL AND revoked_at IS NULL", (card.plan_id, card.recipient)).fetchall()
            older = [str(r[0]) for r in rows]
            conn.execute(
                "UPDATE issued_cards SET superseded_by = ? WHERE plan_id = ? AND recipient = ? "
                "AND superseded_by IS NULL AND revoked_at IS NULL", (card.card_id, card.plan_id, card.recipient))
            conn.execute(f"INSERT INTO issued_cards ({_CARD_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
                         (card.card_id, card.plan_id, card.plan_version, card.recipient, card.kid, card.issued_on,
                          card.valid_until, card.issued_at, card.issued_by, None, None))
        return older

    def revoke_card(self, card_id: str, reason: str) -> bool:
        """Withdraw a card (joins the caller's transaction); False if it was already revoked."""
        with transaction(self._conn) as conn:
            row = conn.execute("SELECT plan_id FROM issued_cards WHERE card_id = ?", (card_id,)).fetchone()
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("store", "No card with that id was issued from this store."))
            cur = conn.execute("UPDATE issued_cards SET revoked_at = ? WHERE card_id = ? AND revoked_at IS NULL",
                               (utc_now_iso(), card_id))
            if cur.rowcount != 1:
                return False
            self._audit.append("card-revoke", person=int(row[0]), detail=f"card {card_id}", reason=reason)
            return True

    def cards(self, *, plan_id: int | None = None, live_only: bool = False) -> list[CardRecord]:
        where: list[str] = []
        params: list[object] = []
        if plan_id is not None:
            where.append("plan_id = ?")
            params.append(plan_id)
        if live_only:
            where.append("superseded_by IS NULL AND revoked_at IS NULL")
        sql = f"SELECT {_CARD_COLS} FROM issued_cards"  # noqa: S608
        if where:
            sql += " WHERE " + " AND ".join(where)
        with mapped_errors():
            rows = self._conn.execute(sql + " ORDER BY issued_at, card_id", params).fetchall()
        return [_card(r) for r in rows]

    def card(self, card_id: str) -> CardRecord:
        with mapped_errors():
            row = self._conn.execute(f"SELECT {_CARD_COLS} FROM issued_cards WHERE card_id = ?",  # noqa: S608
                                     (card_id,)).fetchone()
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("store", "No card with that id was issued from this store."))
        return _card(row)

    def withdrawn_card_ids(self) -> tuple[list[str], list[str]]:
        """(revoked card ids, superseded card ids) for the trust bundle."""
        with mapped_errors():
            revoked = [str(r[0]) for r in self._conn.execute(
                "SELECT card_id FROM issued_cards WHERE revoked_at IS NOT NULL ORDER BY card_id")]
            superseded = [str(r[0]) for r in self._conn.execute(
                "SELECT card_id FROM issued_cards WHERE superseded_by IS NOT NULL AND revoked_at IS NULL "
                "ORDER BY card_id")]
        return revoked, superseded

    # ---- disclosure ledger -----------------------------------------------------------------
    def record_disclosure(self, d: Disclosure) -> int:
        """Append a ledger row and its audit entry in one transaction; returns the row id."""
        with transaction(self._conn) as conn:
            cur = conn.execute(
                f"INSERT INTO disclosures ({_DISCLOSURE_COLS}) VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
                (d.plan_id, d.plan_version, d.recipient, d.kind, int(d.shared), json.dumps(list(d.items)),
                 json.dumps(list(d.without_consent)), d.consent, d.lawful_basis,
                 self._keys.seal_text("reason", d.reason, required=False), d.decided_by,
                 d.decided_at, d.card_id))
            action = "share" if d.shared else "decide-not-to-share"
            detail = f"{d.kind}, version {d.plan_version}, {len(d.items)} item(s)"
            if d.card_id:
                detail += f", card {d.card_id}"
            self._audit.append(action, person=d.plan_id, detail=detail, recipient=d.recipient,
                               lawful_basis=d.lawful_basis, reason=d.reason)
            return int(cur.lastrowid or 0)

    def disclosures(self, plan_id: int | None = None) -> list[Disclosure]:
        sql = f"SELECT {_DISCLOSURE_COLS} FROM disclosures"  # noqa: S608
        params: tuple[object, ...] = ()
        if plan_id is not None:
            sql += " WHERE plan_id = ?"
            params = (plan_id,)
        with mapped_errors():
            rows = self._conn.execute(sql + " ORDER BY id", params).fetchall()
        return [replace(d, reason=self._keys.open_text(d.reason, placeholder=True))
                for d in (_disclosure(r) for r in rows)]

    # ---- protocols -------------------------------------------------------------------------
    def save_protocol(self, protocol_id: str, document: str, username: str, proposed: str = "") -> None:
        """`proposed` is appended to the audit entry (e.g. the keys a protocol proposes, never installs)."""
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO protocols (id, document, imported_at, imported_by) VALUES (?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET document = excluded.document, "
                "imported_at = excluded.imported_at, imported_by = excluded.imported_by",
                (protocol_id, document, utc_now_iso(), username))
            self._audit.append("protocol-import", detail=f"protocol {protocol_id}{proposed}")

    def protocol_documents(self) -> dict[str, str]:
        with mapped_errors():
            rows = self._conn.execute("SELECT id, document FROM protocols ORDER BY id").fetchall()
        return {str(r[0]): str(r[1]) for r in rows}
