"""P13: a one-field save writes few pages to the write-ahead log (measured, machine-independent),
because the full-text rows are rewritten only when their text changed; search stays exact."""

from __future__ import annotations

from pathlib import Path

import pytest

import crisisplan.store.plans as plans_mod
import crisisplan.store.search as search_mod
from crisisplan.store import Store
from crisisplan.store.plan_rows import LISTED, listed
from tests.store.helpers import document, index_fields

TEXT = " ".join(f"word{i % 499} crisis plan walking the dog" for i in range(40))


def _wal_pages(store: Store, save: object) -> int:
    conn = store.connection
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = Path(f"{store.data_dir / 'crisisplan.db'}-wal")
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    save()  # type: ignore[operator]
    return (wal.stat().st_size - 32) // (page + 24)  # WAL header, then one 24-byte header per frame


def _store_with_plans(store: Store, count: int) -> None:
    with store.transaction():
        for n in range(count):
            store.plans.create(document(n=n, body=TEXT), index_fields(f"Person {n}", seq=n, text=f"{TEXT} u{n}"))


def test_a_one_field_save_writes_at_most_20_wal_pages(store: Store) -> None:
    _store_with_plans(store, 1500)
    pages = [_wal_pages(store, lambda p=p: store.plans.add_version(
        p, document(n=p, body=TEXT, phone="01632 960999"),
        index_fields(f"Person {p - 1}", seq=p - 1, text=f"{TEXT} u{p - 1}"))) for p in range(100, 1500, 150)]
    assert max(pages) <= 20, pages


def test_a_one_word_text_edit_writes_at_most_20_wal_pages(store: Store) -> None:
    """The searched text changes: the plan's body row is replaced (schema 7: by its old values, no
    tombstone or size row). Median over ten saves, as P13 is stated (FTS5 merges make a few larger)."""
    import statistics

    _store_with_plans(store, 1500)
    pages = [_wal_pages(store, lambda p=p: store.plans.add_version(
        p, document(n=p - 1, body=TEXT + " reviewed"),
        index_fields(f"Person {p - 1}", seq=p - 1, text=f"{TEXT} u{p - 1} reviewed"))) for p in range(100, 1500, 140)]
    assert statistics.median(pages) <= 20, pages


def test_search_follows_edits_whether_or_not_the_text_changed(store: Store) -> None:
    plan = store.plans.create(document(), index_fields("Ann Example", text="likes walking the dog")).plan_id
    store.plans.add_version(plan, document(v=2), index_fields("Ann Example", text="likes walking the dog"))
    assert [s.plan_id for s in store.plans.search("walking")] == [plan]
    store.plans.add_version(plan, document(v=3), index_fields("Ann Example", text="prefers the crisis house"))
    assert store.plans.search("walking") == []
    assert [s.plan_id for s in store.plans.search("crisis house")] == [plan]
    store.plans.add_version(plan, document(v=4), index_fields("Ann Changed", text="prefers the crisis house"))
    assert store.plans.search("Ann Example") == [] and store.plans.search("example") == []
    assert [s.plan_id for s in store.plans.search("changed")] == [plan]
    assert [s.plan_id for s in store.plans.search("crisis")] == [plan]
    store.plans.add_version(plan, document(v=5), index_fields("Ann Changed", seq=7, text="prefers the crisis house"))
    assert [s.plan_id for s in store.plans.search(index_fields(seq=7).nhs_number or "")] == [plan]
    assert store.plans.search(index_fields(seq=0).nhs_number or "") == []
    store.plans.restore_version(plan, 1)
    assert [s.plan_id for s in store.plans.search("walking")] == [plan]
    assert store.plans.search("crisis") == []


WORDS = [f"{stem}{n}" for stem in ("walking", "insulin", "sister", "quiet", "crisis", "voices") for n in range(60)]


def _rich_text(n: int) -> str:
    """About 120 different words of 7-9 letters, like a filled-in plan (each word up to 10 terms)."""
    return " ".join(WORDS[(n * 7 + k * 13) % len(WORDS)] for k in range(120))


def _text_edits(store: Store, plans: range) -> list[int]:
    pages = []
    for p in plans:
        text = _rich_text(p - 1) + f" reviewed{p}"
        pages.append(_wal_pages(store, lambda p=p, text=text: store.plans.add_version(
            p, document(n=p, body=text), index_fields(f"Person {p - 1}", seq=p - 1, text=text))))
    return sorted(pages)


def test_an_edit_of_searched_text_writes_4_pages_fewer_than_before(store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """P13 for text: unchanged list columns are not SET, the document is compressed against the
    index fields (the version row fits one page, two to a page), body terms are compact. Measured
    against the same saves with those switched off, on the same store. (The absolute target, 20,
    is not met since audit entries are signed: a signature row adds two pages to every save.)"""
    with store.transaction():
        for n in range(800):
            text = _rich_text(n)
            store.plans.create(document(n=n, body=text), index_fields(f"Person {n}", seq=n, text=text))
    now = _text_edits(store, range(50, 800, 50))
    with monkeypatch.context() as m:
        m.setattr(plans_mod, "changed_columns", lambda index, stored: dict(zip(LISTED, listed(index), strict=True)))
        m.setattr(plans_mod, "seal_document", lambda keys, document, index: keys.seal_text("plan", document))
        m.setattr(search_mod, "compact", lambda blinded: blinded)
        before = _text_edits(store, range(60, 800, 50))
    assert now[len(now) // 2] <= before[len(before) // 2] - 4, (now, before)
    assert [s.plan_id for s in store.plans.search("reviewed750")] == [750]
