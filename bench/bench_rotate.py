"""Key rotation benchmark (SEC-04): how long removing a user takes on a store of 50,000 plans.

    .venv/bin/python bench/bench_rotate.py [--plans 50000] [--rebuild]

Two removals, each timed step by step from the rotation's own progress reports:
- a *clinical* user (readonly: store and clinical keys): every plan version, draft and ledger reason
  is re-sealed under a new clinical key, every plan's full-text row is re-blinded under it, and the
  database is re-encrypted under a new database key (SQLCipher rekey);
- a *reception* user (admin role only: store and admin keys): a new admin key is wrapped and the
  database re-encrypted; nothing is re-sealed.
The store is built once (bench_store's synthetic plans of fictional people) and cached in the temp
folder; each run works on a fresh copy of it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_store import PASSPHRASE, USERNAME, build
from crisisplan.store import Store
from crisisplan.store.migrations import latest_version

KDF = 256_000


def cached_store(plans: int, rebuild: bool) -> Path:
    cache = Path(tempfile.gettempdir()) / f"crisisplan-bench-rotate-s{latest_version()}-{plans}"
    if rebuild or not (cache / "complete").exists():
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        print(f"Building {plans:,} plans in {cache} ...")
        build(cache / "store", plans, KDF)
        with Store.open(cache / "store", USERNAME, PASSPHRASE) as store:
            store.users.add("rory", "Rory Readonly", ["readonly"], "rory's bench passphrase")
            store.users.add("rhian", "Rhian Reception", ["admin"], "rhian's bench passphrase")
        (cache / "complete").write_text("ok\n")
    return cache / "store"


def timed_removal(store: Store, username: str) -> tuple[float, list[tuple[str, float]]]:
    steps: list[tuple[str, float]] = []
    start = time.perf_counter()
    last = [start]

    def progress(step: str) -> None:
        now = time.perf_counter()
        if steps:
            name, _ = steps[-1]
            steps[-1] = (name, now - last[0])
        steps.append((step, 0.0))
        last[0] = now

    store.users.remove(username)
    store.rotate_keys(progress, reason=f"user {username} removed")
    total = time.perf_counter() - start
    return total, [(s, t) for s, t in steps if not s.startswith("Re-sealing") or t > 0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=50_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    pristine = cached_store(args.plans, args.rebuild)
    with tempfile.TemporaryDirectory(prefix="crisisplan-bench-rotate-run-") as work:
        data_dir = Path(work) / "store"
        shutil.copytree(pristine, data_dir)
        size = (data_dir / "crisisplan.db").stat().st_size / 1e6
        with Store.open(data_dir, USERNAME, PASSPHRASE) as store:
            versions = int(store.connection.execute("SELECT count(*) FROM plan_versions").fetchone()[0])
            print(f"Store: {args.plans:,} plans, {versions:,} plan versions, database {size:.0f} MB")
            for username, what in (("rory", "clinical user (store + clinical keys)"),
                                   ("rhian", "reception user (store + admin keys)")):
                total, steps = timed_removal(store, username)
                print(f"Removing a {what}: {total:.1f} s")
                resealed = [t for s, t in steps if s.startswith("Re-sealing")]
                if resealed:
                    print(f"  re-sealing and re-blinding {versions:,} plan versions: {sum(resealed):.1f} s")
                for step, seconds in steps:
                    if not step.startswith("Re-sealing") and seconds >= 0.05:
                        print(f"  {step}: {seconds:.1f} s")
            assert store.integrity_check() == []
        with Store.open(data_dir, USERNAME, PASSPHRASE) as store:
            assert store.plans.search("insulin", limit=5)  # the re-blinded index still answers


if __name__ == "__main__":
    main()
