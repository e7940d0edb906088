"""Plans: immutable versions of opaque JSON documents, a current-row index for lists, and FTS5
search, all updated with their audit entry in ONE transaction.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from crisisplan.i18n import QT_TRANSLATE_NOOP

from . import search_rows
from .audit import AuditLog
from .counts import maintained_count
from .database import Connection, transaction
from .errors import ConflictError, InvalidInputError, NotFoundError, mapped_errors
from .failures import utc_now_iso
from .keyring import Keyring
from .model import Actor, IndexFields, PlanSummary, PlanVersion, VersionInfo
from .plan_rows import LISTED, changed_columns, index_json, open_document, seal_document
from .search import SearchQuery, blinded_body, blinded_long, build_query, identifiers, sort_key

_SUMMARY = ("p.plan_id, p.name, p.nhs_number, p.date_of_birth, p.postcode, p.version, p.updated_at, "
            "p.review_date, p.status")
_ORDERS = {
    "name": "p.sort_name, p.plan_id",
    "review_date": "p.review_date IS NULL, p.review_date, p.sort_name, p.plan_id",
    "updated": "p.updated_at DESC, p.plan_id DESC",
    "id": "p.plan_id",
}
_NOT_FOUND = (
    QT_TRANSLATE_NOOP("store", "That plan was not found. It may have been removed; refresh the list and try again."))
_CHUNK = 500
_IDENT_WINDOW = 1000  # name/identifier matches read before sorting by name


class PlanRepository:
    def __init__(self, conn: Connection, actor: Actor, audit: AuditLog, *, full_text: bool = True,
                 keys: Keyring | None = None) -> None:
        self._conn = conn
        self._actor = actor
        self._audit = audit
        self._keys = keys or Keyring(Path(), "", b"")  # without a keyring nothing is sealed
        self._full_text = full_text  # False: search names and identifiers only (no clinical key, SEC-01)

    # ---- writing -------------------------------------------------------------------------
    def create(self, document: str, index: IndexFields, *, note: str | None = None) -> PlanVersion:
        _check(document, index)
        now = utc_now_iso()
        with transaction(self._conn) as conn:
            cur = conn.execute(
                "INSERT INTO plans (version, name, sort_name, nhs_number, date_of_birth, postcode, "
                "review_date, status, consent_recorded, created_at, updated_at) VALUES (1,?,?,?,?,?,?,?,?,?,?)",
                (index.name, sort_key(index.name), index.nhs_number, index.date_of_birth, index.postcode,
                 index.review_date, index.status, int(index.consent_recorded), now, now))
            plan_id = int(cur.lastrowid or 0)
            saved = self._insert_version(conn, plan_id, 1, document, index, now, note)
            _index(conn, plan_id, index, self._body)
            self._audit.append("create", person=plan_id, detail="version 1")
        return saved

    def add_version(self, plan_id: int, document: str, index: IndexFields, *,
                    base_version: int | None = None, note: str | None = None) -> PlanVersion:
        """Save a new version. With `base_version`, ConflictError if someone else saved first."""
        return self._add_version(plan_id, document, index, base_version, note, "edit", None)

    def restore_version(self, plan_id: int, version: int) -> PlanVersion:
        """Copy an old version (document and index) as a new current version."""
        with transaction(self._conn) as conn:
            row = conn.execute("SELECT document, index_fields FROM plan_versions "
                               "WHERE plan_id = ? AND version = ?", (plan_id, version)).fetchone()
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("store", "That version of the plan was not found. "
                                    "Refresh the history and try again."))
            packed = zlib.decompress(self._keys.unseal(row[1]))
            index = IndexFields(**json.loads(packed.decode("utf-8")))
            return self._add_version(plan_id, open_document(self._keys, row[0], lambda: packed), index, None,
                                     f"Restored from version {version}",
                                     "restore-version", version)

    def _add_version(self, plan_id: int, document: str, index: IndexFields, base_version: int | None,
                     note: str | None, action: str, source: int | None) -> PlanVersion:
        _check(document, index)
        now = utc_now_iso()
        with transaction(self._conn) as conn:
            row = conn.execute(f"SELECT version, {', '.join(LISTED)} FROM plans WHERE plan_id = ?",  # noqa: S608
                               (plan_id,)).fetchone()
            if row is None:
                raise NotFoundError(_NOT_FOUND)
            current = int(row[0])
            if base_version is not None and base_version != current:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("store", "Someone else saved this plan while you were editing it. Your changes "
                                               "are not saved yet: reload the plan to see their version, then make "
                                               "your changes again."))
            version = current + 1
            saved = self._insert_version(conn, plan_id, version, document, index, now, note)
            changed = changed_columns(index, tuple(row[1:]))
            sets = "".join(f", {column} = ?" for column in changed)
            conn.execute(f"UPDATE plans SET version = ?, updated_at = ?{sets} WHERE plan_id = ?",  # noqa: S608
                         (version, now, *changed.values(), plan_id))
            self._reindex(conn, plan_id, current, index)
            detail = f"version {version}" + (f" from version {source}" if source is not None else "")
            self._audit.append(action, person=plan_id, detail=detail)
        return saved

    def _insert_version(self, conn: Connection, plan_id: int, version: int, document: str,
                        index: IndexFields, now: str, note: str | None) -> PlanVersion:
        conn.execute(
            "INSERT INTO plan_versions (plan_id, version, document, index_fields, created_at, author, note) "
            "VALUES (?,?,?,?,?,?,?)",
            (plan_id, version, seal_document(self._keys, document, index_json(index)),
             self._keys.seal_blob("index", _packed(index)), now, self._actor.username, note))
        return PlanVersion(plan_id, version, document, now, self._actor.username, note)

    def _reindex(self, conn: Connection, plan_id: int, current: int, index: IndexFields) -> None:
        """Rewrite a plan's full-text rows only where their text changed (P13: an FTS5 delete and
        insert writes many pages, and most saves change neither the name nor the identifiers)."""
        row = conn.execute("SELECT index_fields FROM plan_versions WHERE plan_id = ? AND version = ?",
                           (plan_id, current)).fetchone()
        old = IndexFields(**json.loads(zlib.decompress(self._keys.unseal(row[0])).decode("utf-8"))) if row else None
        ids = identifiers(index)
        same_ident = old is not None and old.name == index.name and identifiers(old) == ids
        if not same_ident:
            conn.execute("DELETE FROM plan_ident WHERE rowid = ?", (plan_id,))
            conn.execute("INSERT INTO plan_ident (rowid, name, identifiers) VALUES (?,?,?)",
                         (plan_id, index.name, ids))
        if old is None:  # never: every plan has a current version
            raise NotFoundError(_NOT_FOUND)
        if not (same_ident and old.text == index.text):
            search_rows.replace(conn, plan_id, old, index, self._body)

    def _body(self, text: str) -> str:
        return blinded_body(text, self._keys.blind) if self._keys.blinding else text

    def _search_query(self, search: str | None) -> SearchQuery | None:
        query = _scoped(build_query(search), self._full_text)
        if query is None or not self._full_text or not self._keys.blinding:
            return query
        return SearchQuery(query.every, blinded_long(search, self._keys.blind), query.short)

    @staticmethod
    def _current_version(conn: Connection, plan_id: int) -> int:
        row = conn.execute("SELECT version FROM plans WHERE plan_id = ?", (plan_id,)).fetchone()
        if row is None:
            raise NotFoundError(_NOT_FOUND)
        return int(row[0])

    # ---- reading -------------------------------------------------------------------------
    def get(self, plan_id: int, version: int | None = None, *, audit: bool = True) -> PlanVersion:
        """One version (the current one by default); audited as a "view" unless audit=False."""
        with mapped_errors():
            if version is None:
                version = self._current_version(self._conn, plan_id)
            row = self._conn.execute(
                "SELECT document, created_at, author, note, index_fields FROM plan_versions "
                "WHERE plan_id = ? AND version = ?",
                (plan_id, version)).fetchone()
        if row is None:
            raise NotFoundError(_NOT_FOUND)
        if audit:
            self._audit.append("view", person=plan_id, detail=f"version {version}")
        document = open_document(self._keys, row[0], lambda: zlib.decompress(self._keys.unseal(row[4])))
        return PlanVersion(plan_id, version, document, str(row[1]), str(row[2]), row[3])

    def versions(self, plan_id: int) -> list[VersionInfo]:
        with mapped_errors():
            self._current_version(self._conn, plan_id)
            rows = self._conn.execute(
                "SELECT version, created_at, author, note FROM plan_versions "
                "WHERE plan_id = ? ORDER BY version",
                (plan_id,)).fetchall()
        return [VersionInfo(plan_id, int(r[0]), str(r[1]), str(r[2]), r[3]) for r in rows]

    def count(self, *, search: str | None = None, status: str | None = None,
              review_before: str | None = None, consent_recorded: bool | None = None,
              among: Collection[int] | None = None) -> int:
        query = self._search_query(search)
        if query is None and consent_recorded is None and among is None:
            counted = maintained_count(self._conn, status=status, review_before=review_before)
            if counted is not None:
                return counted
        where, params = _filters(query, status, review_before, consent_recorded, among)
        rows = self._query(f"SELECT count(*) FROM plans p {where}", params)  # noqa: S608
        return int(rows[0][0]) if rows else 0

    def page(self, offset: int, limit: int, *, search: str | None = None, status: str | None = None,
             review_before: str | None = None, order: str = "name",
             consent_recorded: bool | None = None, after: PlanSummary | None = None,
             among: Collection[int] | None = None) -> list[PlanSummary]:
        """One page in `order`. With `after` (the last row of the previous page) the page is found
        by its key (keyset paging: as quick deep in the list as at the top) and `offset` is ignored.
        With `among`, only those plan ids (e.g. the plans with an expired card) are listed."""
        where, params = _filters(self._search_query(search), status, review_before, consent_recorded, among)
        if after is not None:
            key, key_params = _after(order, after)
            where = f"{where} AND {key}" if where else f"WHERE {key}"
            params, offset = [*params, *key_params], 0
        sql = f"SELECT {_SUMMARY} FROM plans p {where} ORDER BY {_order(order)} LIMIT ? OFFSET ?"  # noqa: S608
        return [_summary(r) for r in self._query(sql, [*params, max(0, limit), max(0, offset)])]

    def ids(self, *, search: str | None = None, status: str | None = None,
            review_before: str | None = None, order: str = "name",
            consent_recorded: bool | None = None, among: Collection[int] | None = None) -> list[int]:
        where, params = _filters(self._search_query(search), status, review_before, consent_recorded, among)
        sql = f"SELECT p.plan_id FROM plans p {where} ORDER BY {_order(order)}"  # noqa: S608
        return [int(r[0]) for r in self._query(sql, params)]

    def summaries(self, ids: Sequence[int]) -> list[PlanSummary]:
        """Summaries for `ids`, in the same order (ids that no longer exist are left out)."""
        found: dict[int, PlanSummary] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_SUMMARY} FROM plans p WHERE p.plan_id IN ({marks})"  # noqa: S608
            for row in self._query(sql, chunk):
                found[int(row[0])] = _summary(row)
        return [found[i] for i in wanted if i in found]

    def search(self, text: str, limit: int = 100) -> list[PlanSummary]:
        """Plans whose name/identifiers match first, then plans matching anywhere; each part by name.

        Built for search as you type: it reads only as many index entries as it needs.
        """
        query = self._search_query(text)
        if query is None or limit <= 0:
            return []
        sql = (f"SELECT {_SUMMARY} FROM plans p WHERE p.plan_id IN (SELECT rowid FROM plan_ident "  # noqa: S608
               "WHERE plan_ident MATCH ? ORDER BY rowid DESC LIMIT ?) "
               "ORDER BY p.sort_name, p.plan_id LIMIT ?")
        found = [_summary(r) for r in self._query(sql, [query.every, _IDENT_WINDOW, limit])]
        if len(found) < limit and query.long is not None:
            inner, params = _text_match(query)
            sql = (f"SELECT {_SUMMARY} FROM plans p WHERE p.plan_id IN ({inner} "  # noqa: S608
                   "ORDER BY rowid DESC LIMIT ?) ORDER BY p.sort_name, p.plan_id")
            seen = {s.plan_id for s in found}
            more = [_summary(r) for r in self._query(sql, [*params, limit + len(found)])]
            found += [s for s in more if s.plan_id not in seen][:limit - len(found)]
        return found

    def _query(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        try:
            with mapped_errors():
                return [tuple(r) for r in self._conn.execute(sql, tuple(params)).fetchall()]
        except dbapi2.OperationalError as exc:
            if "fts5" in str(exc).lower():  # a search text FTS5 still refuses: no matches, never a crash
                return []
            raise


def _scoped(query: SearchQuery | None, full_text: bool) -> SearchQuery | None:
    """`query`, or the same tokens matched against names and identifiers only."""
    if query is None or full_text:
        return query
    return SearchQuery(query.every, None, query.every)


def _filters(query: SearchQuery | None, status: str | None, review_before: str | None,
             consent_recorded: bool | None = None, among: Collection[int] | None = None
             ) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if among is not None:  # one JSON parameter, however many ids
        clauses.append("p.plan_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(int(i) for i in among)))
    if query is not None:
        inner, inner_params = _text_match(query)
        clauses.append(f"p.plan_id IN ({inner})")
        params.extend(inner_params)
    if status is not None:
        clauses.append("p.status = ?")
        params.append(status)
    if review_before is not None:
        clauses.append("p.review_date IS NOT NULL AND p.review_date < ?")
        params.append(review_before)
    if consent_recorded is not None:
        clauses.append("p.consent_recorded = ?")
        params.append(int(consent_recorded))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _after(order: str, last: PlanSummary) -> tuple[str, list[Any]]:
    """The keyset condition "comes after `last` in `order`" (row values, matching _ORDERS)."""
    name = sort_key(last.name)
    if order == "name":
        return "(p.sort_name, p.plan_id) > (?, ?)", [name, last.plan_id]
    if order == "id":
        return "p.plan_id > ?", [last.plan_id]
    if order == "updated":
        return "(p.updated_at, p.plan_id) < (?, ?)", [last.updated_at, last.plan_id]
    if order == "review_date":
        if last.review_date is None:
            return "(p.review_date IS NULL AND (p.sort_name, p.plan_id) > (?, ?))", [name, last.plan_id]
        return ("(p.review_date IS NULL OR (p.review_date, p.sort_name, p.plan_id) > (?, ?, ?))",
                [last.review_date, name, last.plan_id])
    _order(order)  # raises the plain "unknown order" error
    raise AssertionError(order)


def _text_match(query: SearchQuery) -> tuple[str, list[Any]]:
    """SELECT rowid of plans matching every token (long ones anywhere, short ones in name/identifiers)."""
    if query.long is None:
        return "SELECT rowid FROM plan_ident WHERE plan_ident MATCH ?", [query.every]
    if query.short is None:
        return "SELECT rowid FROM plan_search WHERE plan_search MATCH ?", [query.long]
    # "+rowid": keep the IN list away from FTS5's planner, which would otherwise run one full MATCH
    # per listed rowid; this way the short-token matches are gathered once and probed.
    return ("SELECT rowid FROM plan_search WHERE plan_search MATCH ? AND +rowid IN "
            "(SELECT rowid FROM plan_ident WHERE plan_ident MATCH ?)", [query.long, query.short])


def _index(conn: Connection, plan_id: int, index: IndexFields, body: search_rows.Body) -> None:
    search_rows.insert(conn, plan_id, index, body)
    conn.execute("INSERT INTO plan_ident (rowid, name, identifiers) VALUES (?,?,?)",
                 (plan_id, index.name, identifiers(index)))


def _packed(index: IndexFields) -> bytes:
    """The index_fields column's plaintext: the index fields' JSON, compressed."""
    return zlib.compress(index_json(index), 6)


def _order(order: str) -> str:
    try:
        return _ORDERS[order]
    except KeyError:
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "Unknown plan order '{order}'. Use one of: {names}.")
                                .format(order=order, names=', '.join(_ORDERS))) from None


def _summary(row: tuple[Any, ...]) -> PlanSummary:
    return PlanSummary(int(row[0]), str(row[1]), row[2], row[3], row[4], int(row[5]), str(row[6]),
                       row[7], str(row[8]))


def _check(document: str, index: IndexFields) -> None:
    if not isinstance(document, str) or not isinstance(index, IndexFields):
        raise TypeError("document must be JSON text and index an IndexFields")
    if not index.status:
        raise InvalidInputError(QT_TRANSLATE_NOOP("store", "A plan needs a status."))
