"""Signed audit benchmark (SEC-03, P14): per-entry signing cost, the unlock's extra cost, verify-audit
for a day's entries from the newest signed checkpoint (target <= 2 s), the newest page at 1,000,000
entries (target <= 50 ms) and, with --full, verify-audit of everything.

    .venv/bin/python bench/bench_audit.py [--entries 1000000] [--day 5000] [--full]

Builds a store in a temporary folder (fictional entries only), removed afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisisplan.store import Store
from crisisplan.store import audit_checkpoint as checkpoints
from crisisplan.store.audit import row_hash
from crisisplan.store.keyring import read_slot_file
from crisisplan.store.keys import MIN_ITERATIONS

USER, PASSPHRASE = "bench", "correct horse battery staple (bench only)"
COLUMNS = ("id, at, username, roles, person, action, workstation, detail, recipient, lawful_basis, reason, "
           "prev_hash, hash")


def per_entry_cost(store: Store, n: int = 3000) -> tuple[float, float]:
    """(microseconds per appended entry signed, unsigned)."""
    signer = store.audit.signer
    timings = []
    for current in (signer, None):
        store.audit.signer = current
        start = time.perf_counter()
        with store.transaction():
            for _ in range(n):  # recorded for another user (like a failed sign-in), so both are valid
                store.audit.append_as("unlock-failed", username="earlier", roles=(), workstation="PC-1")
        timings.append((time.perf_counter() - start) / n * 1e6)
    store.audit.signer = signer
    return timings[0], timings[1]


def bulk_entries(store: Store, count: int) -> None:
    """`count` chained entries of an earlier user with no audit key (as a store from before signing)."""
    conn = store.connection
    with store.transaction():
        head_count, prev = conn.execute("SELECT count, hash FROM audit_head").fetchone()
        next_id = int(conn.execute("SELECT max(id) FROM audit").fetchone()[0]) + 1
        batch = []
        for n in range(count):
            row = (next_id + n, "2026-01-01T09:00:00.000000Z", "earlier", "clinician", n % 200_000 + 1, "view",
                   "PC-1", None, None, None, None, prev)
            prev = row_hash(row)
            batch.append((*row, prev))
            if len(batch) == 50_000:
                conn.executemany(f"INSERT INTO audit ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
                batch = []
        conn.executemany(f"INSERT INTO audit ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
        conn.execute("UPDATE audit_head SET count = ?, hash = ?", (int(head_count) + count, prev))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--day", type=int, default=5000, help="entries in a busy day (1M over 5 years is ~550)")
    parser.add_argument("--full", action="store_true", help="also time verify-audit --full")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="crisisplan-bench-audit-"))
    try:
        store, _ = Store.create(folder / "s", USER, "Bench", ["admin", "clinician"], PASSPHRASE,
                                kdf_iterations=MIN_ITERATIONS)
        signed, unsigned = per_entry_cost(store)
        signer = store.audit.signer
        assert signer is not None
        sign_only = statistics.median(_time(lambda: signer.sign_entry("0" * 64)) for _ in range(2000)) * 1e6
        print(f"per-entry signing: Ed25519 sign {sign_only:.0f} us; append signed {signed:.0f} us vs unsigned "
              f"{unsigned:.0f} us (+{signed - unsigned:.0f} us per entry, stored in the entry's row)")
        start = time.perf_counter()
        bulk_entries(store, args.entries)
        print(f"built {args.entries:,} earlier entries in {time.perf_counter() - start:.1f} s")
        result = store.verify_audit()  # the verified point the day starts from
        assert result.ok, result.problems[:3]
        with store.transaction():
            for i in range(args.day):
                store.audit.append("view", person=i % 500 + 1, detail="a day's work")
        progress: list[int] = []
        start = time.perf_counter()
        result = store.verify_audit(progress=lambda done, total: progress.append(done))
        took = time.perf_counter() - start
        assert result.ok, result.problems[:3]
        print(f"P14 verify-audit of a day's {args.day:,} entries at {result.count:,}: {took:.2f} s "
              f"(target <= 2 s) {'MET' if took <= 2 else 'NOT MET'}; progress reports: {len(progress)}")
        pages = []
        for _ in range(20):
            start = time.perf_counter()
            page = store.audit.newest(50)
            pages.append(time.perf_counter() - start)
            assert len(page) == 50
        p95 = sorted(pages)[int(len(pages) * 0.95) - 1] * 1000
        print(f"newest audit page (50 entries) at {result.count:,} entries: p95 {p95:.1f} ms (target <= 50 ms) "
              f"{'MET' if p95 <= 50 else 'NOT MET'}")
        store.close()
        unlocks = []
        for _ in range(5):
            start = time.perf_counter()
            Store.open(folder / "s", USER, PASSPHRASE).close()
            unlocks.append(time.perf_counter() - start)
        s2 = Store.open(folder / "s", USER, PASSPHRASE)
        slots = read_slot_file(folder / "s")
        extra = []
        for _ in range(20):
            start = time.perf_counter()
            checkpoints.unlock_warnings(s2.connection, slots, s2.store_id)
            checkpoints.write(s2.connection, s2.keys, s2.audit.signer, force=True)
            extra.append(time.perf_counter() - start)
        print(f"unlock (KDF {MIN_ITERATIONS:,} iterations, open, checks, close) median "
              f"{statistics.median(unlocks) * 1000:.0f} ms; of which signed-checkpoint check + signed write "
              f"median {statistics.median(extra) * 1000:.1f} ms")
        if args.full:
            start = time.perf_counter()
            result = s2.verify_audit(full=True)
            print(f"verify-audit --full of {result.count:,} entries: {time.perf_counter() - start:.1f} s "
                  f"(signatures checked only on signed entries; every entry re-hashed)")
        s2.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _time(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
