"""Scale benchmark: P13 (pages a one-field save writes to the WAL on a 50,000-plan store, and P4's
tail) and P14 (a 1,000,000-entry audit log: the records view's newest page, unlock, the counts of
the first page, chain verification in full and from a checkpoint, backup).

    .venv/bin/python bench/bench_scale.py [--plans 50000] [--audit 1000000] [--saves 100]

Stores are cached in the temp folder (crisisplan-scale-*), built on the first run (minutes). The
50,000-plan store is built with bench_store.py's synthetic plans. Pages are counted
from the WAL's size after a `wal_checkpoint(TRUNCATE)`: 32-byte header, then page + 24 bytes a
frame, so the figure does not depend on the machine. "before this round" re-runs such saves with
the save as it was (every list column SET, documents sealed uncompressed, full-length body terms),
and "as at first" also rewrites both full-text rows on every save.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_store import PASSPHRASE, USERNAME, build, pct, synthetic_plan
from crisisplan.store import IndexFields, Store
from crisisplan.store.audit_checkpoint import start_point
from crisisplan.store.audit_verify import verify_log
from crisisplan.store.keyring import read_slot_file
from crisisplan.store.migrations import latest_version

FAST_KDF = 256_000


def cached_plans_store(plans: int) -> Path:
    cache = Path(tempfile.gettempdir()) / f"crisisplan-scale-plans-s{latest_version()}-{plans}"
    if (cache / "complete").exists():
        return cache / "store"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    print(f"Building {plans:,} plans in {cache} ...")
    build(cache / "store", plans, FAST_KDF)
    Store.open(cache / "store", USERNAME, PASSPHRASE).close()
    (cache / "complete").write_text("ok\n")
    return cache / "store"


def wal_pages(store: Store, save: Callable[[], object]) -> tuple[int, float]:
    conn = store.connection
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    wal = Path(f"{store.data_dir / 'crisisplan.db'}-wal")
    t0 = time.perf_counter()
    save()
    elapsed = time.perf_counter() - t0
    return (wal.stat().st_size - 32) // (page + 24), elapsed


def one_field_edits(store: Store, rng: random.Random, count: int, *, text: bool) -> tuple[list[int], list[float]]:
    """Edit one field of `count` random plans: the phone number (not indexed) or one word of one
    section (indexed text)."""
    ids = store.plans.ids(order="id")
    pages: list[int] = []
    times: list[float] = []
    for _ in range(count):
        plan_id = rng.choice(ids)
        current = store.plans.get(plan_id, audit=False)
        doc = json.loads(current.document)
        index = _index_of(store, plan_id, current.version)
        if text:
            section = rng.choice(sorted(doc["sections"]))
            doc["sections"][section] = doc["sections"][section] + " reviewed"
            index = IndexFields(**{**index.__dict__, "text": " ".join(doc["sections"].values())})
        else:
            doc["phone"] = f"07700 900{rng.randint(0, 999):03d}"
        text_doc = json.dumps(doc)
        n, t = wal_pages(store, lambda p=plan_id, d=text_doc, i=index, v=current.version:
                         store.plans.add_version(p, d, i, base_version=v))
        pages.append(n)
        times.append(t)
    return pages, times


def _index_of(store: Store, plan_id: int, version: int) -> IndexFields:
    import zlib

    row = store.connection.execute("SELECT index_fields FROM plan_versions WHERE plan_id = ? AND version = ?",
                                   (plan_id, version)).fetchone()
    return IndexFields(**json.loads(zlib.decompress(store._keyring.unseal(row[0])).decode("utf-8")))


def p13(plans: int, saves: int) -> None:
    data_dir = cached_plans_store(plans)
    with Store.open(data_dir, USERNAME, PASSPHRASE) as store:
        total = store.plans.count()
        for label, text in (("phone number (not indexed)", False), ("one word of one section", True)):
            # Earlier schemas cannot be re-run on this store (their full-text table is gone): their
            # figures are in the README's P13 row, measured by this script at the time.
            pages, times = one_field_edits(store, random.Random(2), saves, text=text)
            print(f"P13 one-field save, {label}, {total:,} plans: WAL pages median {statistics.median(pages):.0f}, "
                  f"p95 {pct(pages, 0.95):.0f}, max {max(pages)} (target ≤ 20)")
            print(f"P4  the same saves: median {statistics.median(times) * 1000:.1f} ms, "
                  f"p95 {pct(times, 0.95) * 1000:.1f} ms (target median ≤ 10 ms, p95 ≤ 15 ms)")
        doc, index = synthetic_plan(random.Random(3))
        times = []
        ids = store.plans.ids(order="id")
        for n in range(saves):
            plan_id = ids[(n * 7919) % len(ids)]
            t0 = time.perf_counter()
            store.plans.add_version(plan_id, doc, index)
            times.append(time.perf_counter() - t0)
        print(f"P4  whole-plan saves (every field new): median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {pct(times, 0.95) * 1000:.1f} ms")
        first_page_counts(store)


def first_page_counts(store: Store) -> None:
    from datetime import date, timedelta

    day = date.today()
    queries = [dict(), dict(review_before=day.isoformat()), dict(review_before=(day + timedelta(days=29)).isoformat()),
               dict(status="draft"), dict()]
    maintained, scanned = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        for q in queries:
            store.plans.count(**q)  # type: ignore[arg-type]
        maintained.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for q in queries:
            sql, params = "SELECT count(*) FROM plans p WHERE 1", []
            if "status" in q:
                sql, params = sql + " AND status = ?", [q["status"]]
            if "review_before" in q:
                sql, params = sql + " AND review_date < ?", [q["review_before"]]
            store.connection.execute(sql, params).fetchone()
        scanned.append(time.perf_counter() - t0)
    print(f"P13 first page's five counts: maintained median {statistics.median(maintained) * 1000:.2f} ms "
          f"(count(*) scans: median {statistics.median(scanned) * 1000:.1f} ms)")


def cached_audit_store(entries: int) -> Path:
    cache = Path(tempfile.gettempdir()) / f"crisisplan-scale-audit-s{latest_version()}-{entries}"
    if (cache / "complete").exists():
        return cache / "store"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    print(f"Building {entries:,} audit entries in {cache} ...")
    build(cache / "store", 2000, FAST_KDF)
    with Store.open(cache / "store", USERNAME, PASSPHRASE) as store:
        rng = random.Random(5)
        t0 = time.perf_counter()
        while store.audit.count() < entries:
            with store.transaction():
                for _ in range(min(50_000, entries - store.audit.count())):
                    store.audit.append(rng.choice(["view", "view", "view", "edit", "print"]),
                                       person=rng.randint(1, 2000), detail="version 1")
            print(f"  {store.audit.count():,} entries ({time.perf_counter() - t0:.0f} s)", end="\r", flush=True)
        print()
    (cache / "complete").write_text("ok\n")
    return cache / "store"


def p14(entries: int) -> None:
    data_dir = cached_audit_store(entries)
    unlock = []
    for _ in range(3):
        t0 = time.perf_counter()
        Store.open(data_dir, USERNAME, PASSPHRASE).close()
        unlock.append(time.perf_counter() - t0)
    with Store.open(data_dir, USERNAME, PASSPHRASE) as store:
        total = store.audit.count()
        newest, offset = [], []
        for _ in range(10):
            t0 = time.perf_counter()
            page = store.audit.newest(500)
            newest.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            store.audit.entries(limit=500, offset=max(0, store.audit.count() - 500))
            offset.append(time.perf_counter() - t0)
        deep = []
        for before in (total // 2, total // 10, 600):
            t0 = time.perf_counter()
            store.audit.newest(500, before=before)
            deep.append(time.perf_counter() - t0)
        assert page[0].id == total
        print(f"P14 audit view, newest page of 500 of {total:,} entries: "
              f"median {statistics.median(newest) * 1000:.1f} ms, "
              f"worst {max(newest) * 1000:.1f} ms; deep pages worst {max(deep) * 1000:.1f} ms (target ≤ 50 ms; "
              f"count + OFFSET as before: median {statistics.median(offset) * 1000:.0f} ms)")
        print(f"P14 unlock (open with the passphrase) with {total:,} entries: median "
              f"{statistics.median(unlock) * 1000:.0f} ms (unchanged: no audit scan at unlock)")
        t0 = time.perf_counter()
        full = verify_log(store.connection, store.store_id)
        full_time = time.perf_counter() - t0
        assert full.ok
        store.mark_audit_verified(full.count)
        with store.transaction():
            for n in range(2000):  # a busy day's new entries
                store.audit.append("view", person=n % 2000 + 1, detail="version 1")
        checkpoint = start_point(store.connection, read_slot_file(store.data_dir), store.store_id)
        t0 = time.perf_counter()
        since = verify_log(store.connection, store.store_id, since=checkpoint)
        since_time = time.perf_counter() - t0
        assert since.ok
        print(f"P14 verify-audit in full: {full_time:.1f} s for {full.count:,} entries; from the checkpoint "
              f"(2,000 new entries): {since_time * 1000:.0f} ms (target ≤ 2 s)")
        out = Path(tempfile.mkdtemp(prefix="crisisplan-scale-backup-"))
        try:
            t0 = time.perf_counter()
            store.backup(out / "b.cpbak")
            backup_time = time.perf_counter() - t0
        finally:
            shutil.rmtree(out, ignore_errors=True)
        print(f"P14 backup of the store with {store.audit.count():,} entries, chain verified from the checkpoint: "
              f"{backup_time:.1f} s in all (copy, checksum, SQLCipher integrity checks, chain)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=50_000)
    parser.add_argument("--audit", type=int, default=1_000_000)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--only", choices=["p13", "p14"])
    args = parser.parse_args()
    if args.only in (None, "p13"):
        p13(args.plans, args.saves)
    if args.only in (None, "p14"):
        p14(args.audit)


if __name__ == "__main__":
    main()
