"""The phone verifier (verifier/, resources/verifier/): its build is reproducible and committed, its
data comes from the Python source of truth, its decode+verify core agrees with the vectors built by
tools/make_phone_vectors.py, and in Debian's Chromium every verdict is produced through the camera
path (fake camera playing .y4m videos), offline after the first load, with newer bundles taken only
from the pinned root."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.verifier.helpers import CHROMIUM, ROOT, VECTORS, VERIFIER, export_test_page, make_videos, node

sys.path.insert(0, str(ROOT / "tools"))
import make_phone_vectors
import make_verifier_data


def test_data_module_is_generated_from_the_python_dictionary_and_items() -> None:
    committed = (VERIFIER / "src" / "data.js").read_text(encoding="utf-8")
    assert committed == make_verifier_data.render()


def test_vectors_are_deterministic_and_committed(tmp_path: Path) -> None:
    make_phone_vectors.main([str(tmp_path)])
    for made in sorted(tmp_path.iterdir()):
        assert made.read_bytes() == (VECTORS / made.name).read_bytes(), made.name


def test_committed_page_is_exactly_what_the_build_makes() -> None:
    done = subprocess.run([node(), "build.mjs", "--check"], cwd=VERIFIER, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_page_bundles_the_wasm_and_fetches_nothing_from_elsewhere() -> None:
    page = (ROOT / "resources" / "verifier" / "verifier.html").read_text(encoding="utf-8")
    assert len(page.encode("utf-8")) <= 2 * 1024 * 1024
    assert "connect-src 'self'" in page
    assert page.count('id="crisisplan-config">null</script>') == 1


def test_core_agrees_with_every_vector() -> None:
    done = subprocess.run([node(), "test/vectors.mjs"], cwd=VERIFIER, capture_output=True, text=True, timeout=120)
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["failures"] == [], result["failures"]
    assert result["cards"] >= 20 and result["bundles"] >= 7


def test_every_verdict_through_the_camera_offline_and_bundle_refresh(tmp_path: Path) -> None:
    assert CHROMIUM.exists(), "Debian's chromium is needed: ./test.sh installs it"
    page = export_test_page(tmp_path / "page")
    videos = make_videos(tmp_path / "videos")
    done = subprocess.run([node(), "test/run.mjs", "--page", str(page), "--videos", str(videos)],
                          cwd=VERIFIER, capture_output=True, text=True, timeout=300)
    assert done.stdout, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["failures"] == [] and done.returncode == 0, result["failures"]
    verdicts = {c.split(": ")[1].split(",")[0] for c in result["checks"] if c.startswith("camera ") and "expected" in c}
    assert verdicts == {"VALID", "REVIEW_OVERDUE", "SUPERSEDED_OR_REVOKED", "UNKNOWN_ISSUER", "TAMPERED",
                        "NOT_A_CARD", "UNREADABLE", "WRONG_RECIPIENT", "EXPIRED"}
    assert "offline reload still verifies: VALID" in result["checks"]
    assert result["seconds"] < 180


def test_hardest_p12_picture_is_read_through_the_camera(tmp_path: Path) -> None:
    """A 100-dpi, blurred, skewed, JPEG-30, unevenly lit picture of the printed card back: read only
    thanks to the enlarged, sharpened second look (bench/bench_phone_p12.py runs all 48)."""
    grid = tmp_path / "grid"
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_p12_grid.py"), str(grid), "--y4m",
                    "--only", "100dpi_rot10_blur1_all"], check=True, timeout=120)
    page = export_test_page(tmp_path / "page")
    done = subprocess.run([node(), "test/p12.mjs", "--page", str(page), "--grid", str(grid)],
                          cwd=VERIFIER, capture_output=True, text=True, timeout=120)
    results = json.loads(done.stdout)["results"]
    assert [r["verdict"] for r in results] == ["VALID"], results
