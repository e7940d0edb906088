"""Maintained plan counts (P13/P14): the "reviews due" overview and the list's total read a few
small rows instead of counting every plan (five `count(*)` scans per first page before).

Triggers on `plans` keep `plan_counts` (all plans, plans per status) and `plan_review_days`
(plans per review date) exact inside the same transaction as the change; a one-field edit that
changes neither status nor review date touches neither table."""

from __future__ import annotations

from .database import Connection
from .errors import mapped_errors

SCHEMA_V4 = """
CREATE TABLE plan_counts(
    key TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE plan_review_days(
    day TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER plans_counted_insert AFTER INSERT ON plans
BEGIN
    INSERT INTO plan_counts (key, n) VALUES ('all', 1) ON CONFLICT(key) DO UPDATE SET n = n + 1;
    INSERT INTO plan_counts (key, n) VALUES ('status:' || NEW.status, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1;
    INSERT INTO plan_review_days (day, n) SELECT NEW.review_date, 1 WHERE NEW.review_date IS NOT NULL
        ON CONFLICT(day) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER plans_counted_delete AFTER DELETE ON plans
BEGIN
    UPDATE plan_counts SET n = n - 1 WHERE key IN ('all', 'status:' || OLD.status);
    UPDATE plan_review_days SET n = n - 1 WHERE day = OLD.review_date;
END;

CREATE TRIGGER plans_counted_update AFTER UPDATE OF status, review_date ON plans
WHEN OLD.status IS NOT NEW.status OR OLD.review_date IS NOT NEW.review_date
BEGIN
    UPDATE plan_counts SET n = n - 1 WHERE key = 'status:' || OLD.status;
    INSERT INTO plan_counts (key, n) VALUES ('status:' || NEW.status, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1;
    UPDATE plan_review_days SET n = n - 1 WHERE day = OLD.review_date;
    INSERT INTO plan_review_days (day, n) SELECT NEW.review_date, 1 WHERE NEW.review_date IS NOT NULL
        ON CONFLICT(day) DO UPDATE SET n = n + 1;
END;
"""

FILL_V4 = (
    "INSERT INTO plan_counts (key, n) SELECT 'all', count(*) FROM plans",
    "INSERT INTO plan_counts (key, n) SELECT 'status:' || status, count(*) FROM plans GROUP BY status",
    "INSERT INTO plan_review_days (day, n) SELECT review_date, count(*) FROM plans "
    "WHERE review_date IS NOT NULL GROUP BY review_date",
)


def maintained_count(conn: Connection, *, status: str | None, review_before: str | None) -> int | None:
    """The number of plans with `status` and/or a review date before `review_before` from the
    maintained counts; None when the combination is not maintained (the caller counts instead)."""
    with mapped_errors():
        if review_before is None:
            key = "all" if status is None else f"status:{status}"
            row = conn.execute("SELECT n FROM plan_counts WHERE key = ?", (key,)).fetchone()
            return int(row[0]) if row else 0
        if status is None:
            row = conn.execute("SELECT coalesce(sum(n), 0) FROM plan_review_days WHERE day < ?",
                               (review_before,)).fetchone()
            return int(row[0])
    return None
