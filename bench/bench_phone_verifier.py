"""P11: the phone verifier, camera frame holding the card -> verdict, in Debian's headless Chromium
with 4x CPU throttling (a mid-range phone); and the page's weight on disk.

    .venv/bin/python bench/bench_phone_verifier.py [--runs 9]

Needs node, verifier/node_modules (./test.sh installs them) and /usr/bin/chromium. The card is the
vectors' ambulance card (tests/vectors/phone), shown to Chromium's fake camera as a 640x480 video.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.verifier.helpers import VERIFIER, export_test_page, make_videos, node

TARGET_MS = 500
TARGET_BYTES = 2 * 1024 * 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = export_test_page(Path(tmp) / "page")
        videos = make_videos(Path(tmp) / "videos")
        weight = sum(p.stat().st_size for p in page.iterdir() if p.name != "verifier-handout.pdf")
        done = subprocess.run(
            [node(), "test/bench.mjs", "--page", str(page), "--video", str(videos / "valid_ambulance.y4m"),
             "--runs", str(args.runs)],
            cwd=VERIFIER, capture_output=True, text=True, timeout=600,
        )
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
        return 1
    result = json.loads(done.stdout)
    median = result["median_frame_to_verdict_ms"]
    print(done.stderr.strip())
    print(f"P11 camera frame -> verdict, 4x CPU throttling: median {median:.0f} ms over {args.runs} scans "
          f"(Scan press -> verdict, camera start included: median {result['median_press_to_verdict_ms']:.0f} ms); "
          f"target <= {TARGET_MS} ms")
    print(f"P11 page weight (page, service worker, manifest, icon, trust bundle): {weight / 1024 / 1024:.2f} MB; "
          f"target <= {TARGET_BYTES / 1024 / 1024:.0f} MB")
    print(f"requests that left 127.0.0.1: {len(result['blocked'])}")
    return 0 if median <= TARGET_MS and weight <= TARGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
