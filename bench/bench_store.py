"""Store benchmark: P1 (unlock key derivation), P2 (open + first page), P3 (search as you type),
P4 (save a version) on 50,000 synthetic plans of fictional people.

    .venv/bin/python bench/bench_store.py [--plans 50000] [--rebuild]

The store is cached in the temp folder (crisisplan-bench-store-*) so re-runs are quick; the first
run builds it (a few minutes). Each figure is printed beside its target (docs quality-bar.md).
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
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisisplan.store import IndexFields, Store, calibrate_kdf_iterations, time_kdf
from crisisplan.store.keys import USER, unlock_slot_keys
from crisisplan.store.migrations import latest_version

USERNAME = "bench"
PASSPHRASE = "correct horse battery staple (bench only)"
FIRST = ["Ava", "Ben", "Chloe", "Dev", "Ewa", "Farah", "George", "Hana", "Isaac", "Jun", "Kofi", "Lena",
         "Mo", "Nia", "Oscar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Una", "Vik", "Wren", "Yusuf", "Zoe",
         "Aoife", "Bartek", "Ciaran", "Dilys", "Emeka", "Femi", "Gwen", "Hamza", "Ines", "Jakub", "Keira"]
LAST = ["Abbott", "Begum", "Campbell", "Dlamini", "Evans", "Fitzgerald", "Gallagher", "Hughes", "Iqbal",
        "Jones", "Kowalski", "Lewis", "McKenzie", "Nowak", "O'Brien", "Patel", "Quayle", "Rahman", "Singh",
        "Thompson", "Underwood", "Vaughan", "Williams", "Xu", "Young", "Zielinski", "Okafor", "Murphy",
        "Nguyen", "Achterberg", "Brennan", "Chowdhury", "Davies", "Ellison", "Forsyth", "Grant"]
AREAS = ["OX1", "OX2", "OX3", "OX4", "EN4", "EN5", "N2", "N3", "NW4", "NW7", "KT1", "KT2", "KT6", "HA8"]
WORDS = ("when I start to feel unwell I stop sleeping and stop eating please talk to me calmly in a quiet "
         "room my sister can look after the dog keys are with the neighbour I do not want lorazepam it makes "
         "me confused I prefer the crisis house to the ward call my care coordinator first music helps "
         "walking helps breathing exercises help avoid crowded places I hear voices that tell me to leave "
         "home check on my cat feed her twice a day school needs to know my son is collected at three "
         "diabetes insulin twice daily allergic to penicillin British Sign Language interpreter needed "
         "Polish speaker prefers written information peer support worker helps home treatment team visits "
         "advance decision refusing electroconvulsive therapy held by GP practice lasting power of attorney "
         "housing officer benefits post bills rent tenancy probation college tutor employer manager shift "
         "pattern bipolar psychosis depression anxiety self-harm overdose missing from home alcohol cannabis"
         ).split()


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def synthetic_plan(rng: random.Random) -> tuple[str, IndexFields]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    dob = f"{rng.randint(1940, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    postcode = f"{rng.choice(AREAS)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    sections = {key: " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90)))
                for key in ("warning_signs", "support", "admission", "practical", "advance", "family")}
    doc = {"name": name, "dob": dob, "nhs": nhs_number(rng), "postcode": postcode,
           "phone": f"07700 900{rng.randint(0, 999):03d}", "sections": sections}
    index = IndexFields(name=name, nhs_number=doc["nhs"], date_of_birth=dob, postcode=postcode,
                        review_date=f"202{rng.randint(6, 8)}-{rng.randint(1, 12):02d}-01",
                        status=rng.choice(["active", "active", "active", "draft", "archived"]),
                        text=" ".join(sections.values()))
    return json.dumps(doc), index


def build(data_dir: Path, plans: int, iterations: int) -> None:
    shutil.rmtree(data_dir, ignore_errors=True)
    rng = random.Random(1)
    store, _recovery = Store.create(data_dir, USERNAME, "Bench", ["admin", "clinician"], PASSPHRASE,
                                    kdf_iterations=iterations)
    start = time.perf_counter()
    with store:
        for batch in range(0, plans, 1000):
            with store.transaction():
                for _ in range(min(1000, plans - batch)):
                    doc, index = synthetic_plan(rng)
                    store.plans.create(doc, index)
            elapsed = time.perf_counter() - start
            print(f"  built {batch + 1000:,} plans ({elapsed:.0f} s)", end="\r", flush=True)
    print(f"  built {plans:,} plans in {time.perf_counter() - start:.0f} s" + " " * 20)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def typed(text: str) -> Iterator[str]:
    for end in range(1, len(text) + 1):
        if not text[end - 1].isspace():
            yield text[:end]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=50_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    print("P1 calibrating the key derivation ...")
    iterations = calibrate_kdf_iterations()
    kdf = statistics.median(time_kdf(iterations) for _ in range(3))
    print(f"P1 unlock key derivation {kdf * 1000:.0f} ms at {iterations:,} PBKDF2-HMAC-SHA512 iterations "
          f"(target 500–1000 ms, never below 256,000 iterations)")

    cache = Path(tempfile.gettempdir()) / f"crisisplan-bench-store-s{latest_version()}-{args.plans}"
    done = cache / "complete"
    data_dir = cache / "store"
    if args.rebuild or not done.exists():
        print(f"Building the benchmark store in {cache} ...")
        cache.mkdir(parents=True, exist_ok=True)
        done.unlink(missing_ok=True)
        build(data_dir, args.plans, iterations)
        done.write_text("ok\n")

    unlock_times, open_times = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        data, slots, _failures, workstation = Store._before_unlock(data_dir, None)
        slot = slots.find(USER, USERNAME)
        assert slot is not None
        keys = unlock_slot_keys(slots.store_id, slot, PASSPHRASE)
        t1 = time.perf_counter()
        store = Store._open_with_keys(data, slots, keys, USERNAME, workstation)
        first_page = store.plans.page(0, 50)
        total = store.plans.count()
        t2 = time.perf_counter()
        unlock_times.append(t1 - t0)
        open_times.append(t2 - t1)
        if len(open_times) < 5:
            store.close()
    print(f"P1 full unlock (slot file + derivation + unwrap) median "
          f"{statistics.median(unlock_times) * 1000:.0f} ms "
          f"(store's slot: {slot.iterations:,} iterations)")
    print(f"P2 open {total:,} plans + first page of {len(first_page)} median "
          f"{statistics.median(open_times) * 1000:.1f} ms, worst {max(open_times) * 1000:.1f} ms "
          f"(target ≤ 300 ms, after unlock)")

    rng = random.Random(7)
    sample = store.plans.summaries(rng.sample(store.plans.ids(order="id"), 40))
    queries: list[str] = []
    for s in sample[:10]:
        queries.append(s.name)
    for s in sample[10:16]:
        assert s.nhs_number
        queries.append(s.nhs_number)
        queries.append(f"{s.nhs_number[:3]} {s.nhs_number[3:6]} {s.nhs_number[6:]}")
    for s in sample[16:22]:
        assert s.date_of_birth
        y, m, d = s.date_of_birth.split("-")
        queries.append(s.date_of_birth)
        queries.append(f"{d}/{m}/{y}")
    for s in sample[22:28]:
        assert s.postcode
        queries.append(s.postcode)
    queries += ["lorazepam", "crisis house", "sign language", "penicillin", "insulin", "electroconvulsive",
                f"{sample[30].name.split()[0]} dog", "cat feed"]
    search_times: list[float] = []
    list_times: list[float] = []
    for query in queries:
        for prefix in typed(query):
            t0 = time.perf_counter()
            store.plans.search(prefix, limit=50)
            search_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ids = store.plans.ids(search=query)
        store.plans.summaries(ids[:50])
        list_times.append(time.perf_counter() - t0)
    print(f"P3 search-as-you-type ({len(search_times)} keystrokes, {len(queries)} queries: names, NHS "
          "numbers "
          f"both forms, dates of birth both forms, postcodes, text) median "
          f"{statistics.median(search_times) * 1000:.1f} ms, p95 {pct(search_times, 0.95) * 1000:.1f} ms, "
          f"max {max(search_times) * 1000:.1f} ms (target median ≤ 15 ms, p95 ≤ 40 ms)")
    print(f"    (filtered list: all matching ids + first 50 rows, whole queries) median "
          f"{statistics.median(list_times) * 1000:.1f} ms, p95 {pct(list_times, 0.95) * 1000:.1f} ms")

    save_times: list[float] = []
    plan_ids = store.plans.ids(order="id")
    for _ in range(300):
        plan_id = rng.choice(plan_ids)
        current = store.plans.get(plan_id, audit=False)
        doc, index = synthetic_plan(rng)
        t0 = time.perf_counter()
        store.plans.add_version(plan_id, doc, index, base_version=current.version)
        save_times.append(time.perf_counter() - t0)
    print(f"P4 save a version (document + index + FTS + audit, synchronous=FULL) median "
          f"{statistics.median(save_times) * 1000:.1f} ms, p95 {pct(save_times, 0.95) * 1000:.1f} ms "
          f"(target median ≤ 10 ms)")
    store.close()


if __name__ == "__main__":
    main()
