"""Paths and runners shared by the phone verifier tests and bench/bench_phone_verifier.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "verifier"
VECTORS = ROOT / "tests" / "vectors" / "phone"
CHROMIUM = Path("/usr/bin/chromium")


def node() -> str:
    found = shutil.which("node")
    if not found or not (VERIFIER / "node_modules" / "playwright-core").is_dir():
        raise AssertionError("Node.js and verifier/node_modules are needed: ./test.sh installs them (npm ci).")
    return found


def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))
    return data


def export_test_page(out: Path) -> Path:
    """The verifier page pinned to the vectors' root with bundle sequence 5, as the export makes it."""
    from crisisplan.services.verifier_export import export_verifier

    bundle = (VECTORS / manifest()["bundle"]).read_text(encoding="utf-8")
    export_verifier(manifest()["root_fingerprint"], bundle, "http://127.0.0.1/verifier.html", out)
    return out


def make_videos(out: Path) -> Path:
    """The camera pictures and their .y4m videos (generated, not committed: about 10 MB)."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_phone_vectors.py"), "--images", str(out), "--y4m"],
                   check=True, timeout=120)
    return out
