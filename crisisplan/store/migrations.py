"""Schema migrations, tracked by `PRAGMA user_version`.

`MIGRATIONS[i]` takes the schema from version i to version i + 1 and runs inside one write
transaction together with the version bump. To add a migration, write a function taking the
connection and append it to `MIGRATIONS`; add a fixture store of the previous schema to
`tests/fixtures/` so the upgrade is tested (see tests/fixtures/make_store_v1.py).
"""

from __future__ import annotations

from collections.abc import Callable

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .database import Connection, transaction
from .errors import StoreError, mapped_errors

Migration = Callable[[Connection], None]

_SCHEMA_V1 = """
CREATE TABLE store_info(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users(
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE plans(
    plan_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    nhs_number TEXT,
    date_of_birth TEXT,
    postcode TEXT,
    review_date TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plans_by_name ON plans(sort_name, plan_id);
CREATE INDEX plans_by_status ON plans(status, sort_name, plan_id);
CREATE INDEX plans_by_review ON plans(review_date, sort_name, plan_id);
CREATE INDEX plans_by_updated ON plans(updated_at, plan_id);

CREATE TABLE plan_versions(
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id),
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    index_fields BLOB NOT NULL,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    note TEXT,
    UNIQUE(plan_id, version)
);
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
BEGIN SELECT RAISE(ABORT, 'plan versions cannot be changed'); END;
CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
BEGIN SELECT RAISE(ABORT, 'plan versions cannot be deleted'); END;

CREATE VIRTUAL TABLE plan_search USING fts5(
    name, identifiers, body,
    content = '', contentless_delete = 1, detail = column,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
CREATE VIRTUAL TABLE plan_ident USING fts5(
    name, identifiers,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE audit(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    roles TEXT NOT NULL,
    person INTEGER,
    action TEXT NOT NULL,
    workstation TEXT NOT NULL,
    detail TEXT,
    recipient TEXT,
    lawful_basis TEXT,
    reason TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_person ON audit(person, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;

CREATE TABLE audit_head(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE drafts(
    username TEXT NOT NULL,
    key TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY(username, key)
);
"""


def _v0_to_v1(conn: Connection) -> None:
    for statement in _split(_SCHEMA_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a schema script on ';' outside trigger bodies (our scripts are simple)."""
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for line in script.strip().splitlines():
        buf.append(line)
        upper = line.upper()
        if upper.startswith("CREATE TRIGGER"):
            depth += 1
        if depth and upper.rstrip().endswith("END;"):
            depth -= 1
            out.append("\n".join(buf))
            buf = []
        elif not depth and line.rstrip().endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return [s for s in out if s.strip()]


def _v1_to_v2(conn: Connection) -> None:
    """Sharing: signing keys, issued cards, the disclosure ledger and imported protocols."""
    from .sharing import SCHEMA_V2

    for statement in _split(SCHEMA_V2):
        conn.execute(statement)
    # The "no consent recorded" filter: worked out once from each plan's current document.
    conn.execute("ALTER TABLE plans ADD COLUMN consent_recorded INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE plans SET consent_recorded = 1 WHERE EXISTS (SELECT 1 FROM plan_versions v, "
        "json_each(v.document, '$.consent') c WHERE v.plan_id = plans.plan_id AND v.version = plans.version "
        "AND json_extract(c.value, '$.status') IN ('given', 'refused'))")


def _v2_to_v3(conn: Connection) -> None:
    """Trust chain: the organisation trust root, key revocation, partner organisations."""
    from .sharing import SCHEMA_V3

    for statement in _split(SCHEMA_V3):
        conn.execute(statement)


def _v3_to_v4(conn: Connection) -> None:
    """Maintained plan counts (P13/P14), filled once from the plans."""
    from .counts import FILL_V4, SCHEMA_V4

    for statement in _split(SCHEMA_V4):
        conn.execute(statement)
    for statement in FILL_V4:
        conn.execute(statement)


def _v4_to_v5(conn: Connection) -> None:
    """Signed audit (SEC-03): each user's audit public key, the entries' signatures, and an index of
    the few entries that introduce keys or remove users (verification starts from a checkpoint)."""
    from .audit_verify import SCHEMA_V5

    for statement in _split(SCHEMA_V5):
        conn.execute(statement)


def _v5_to_v6(conn: Connection) -> None:
    """Each audit entry's signature in its own row (P13: two fewer pages per save)."""
    from .audit_verify import SCHEMA_V6

    for statement in _split(SCHEMA_V6):
        conn.execute(statement)


def _v6_to_v7(conn: Connection) -> None:
    """The body full-text table without per-row sizes and tombstones (P13); its rows are written again
    at the first sign-in that can compute them (search_rows.py)."""
    from .search_rows import SCHEMA_V7

    for statement in _split(SCHEMA_V7):
        conn.execute(statement)


MIGRATIONS: list[Migration] = [_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5, _v5_to_v6, _v6_to_v7]


def latest_version() -> int:
    return len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    with mapped_errors():
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the latest). Returns the version reached."""
    target = latest_version() if target is None else target
    current = schema_version(conn)
    if current > latest_version():
        raise StoreError(QT_TRANSLATE_NOOP("store", "This store was made by a newer version of crisisplan. "
                         "Install the newer version to open it."))
    while current < target:
        with transaction(conn):
            MIGRATIONS[current](conn)
            conn.execute(f"PRAGMA user_version = {current + 1:d}")
        current += 1
    return current
