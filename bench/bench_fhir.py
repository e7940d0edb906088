"""FHIR figures for docs/scale.md: the size of a plan's document Bundle and NRL pointer, and the time
to build and import one.

    .venv/bin/python bench/bench_fhir.py [--plans 100]

Prints each figure with its target. Fictional demo plans (crisisplan/services/demo.py), seed 5."""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisisplan.fhir.docref import document_reference
from crisisplan.fhir.document import Organisation, plan_bundle_text
from crisisplan.fhir.reader import load_fhir_plan
from crisisplan.services.demo import generate_plans

ORG = Organisation("Example Mental Health NHS Trust", "RXX")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=100)
    count = parser.parse_args().plans
    sizes, zipped, own, build, load = [], [], [], [], []
    for number, plan in enumerate(generate_plans(count, seed=5)):
        started = time.perf_counter()
        text = plan_bundle_text(plan, f"bench-{number}", ORG)
        build.append(time.perf_counter() - started)
        started = time.perf_counter()
        assert load_fhir_plan(text).plan == plan
        load.append(time.perf_counter() - started)
        data = text.encode()
        sizes.append(len(data))
        zipped.append(len(gzip.compress(data)))
        own.append(len(plan.model_dump_json().encode()))
    plan = next(generate_plans(1, seed=5))
    pointer = document_reference(plan, "bench-0", ORG, b"%PDF" + b"x" * 60_000,
                                 url="https://fhir.example.nhs.uk/R4/Binary/x").model_dump_json()
    print(f"document Bundle: median {statistics.median(sizes) / 1024:.1f} KB, largest {max(sizes) / 1024:.1f} KB, "
          f"gzip median {statistics.median(zipped) / 1024:.1f} KB (plan JSON {statistics.median(own) / 1024:.1f} KB)"
          " - target: median <= 50 KB")
    print(f"NRL pointer (URL form): {len(pointer) / 1024:.1f} KB - target: <= 4 KB")
    print(f"build (validated): median {statistics.median(build) * 1000:.0f} ms; import (validate, map, re-export "
          f"check): median {statistics.median(load) * 1000:.0f} ms - target: each <= 250 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
