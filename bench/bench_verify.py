"""Verification benchmark: P6, verify a card from a 300-dpi scan image (decode QR + check signature).

    .venv/bin/python bench/bench_verify.py [--runs 60]

The typical card's QR code is rendered onto a wallet card at 300 dpi (85.6 x 54 mm, 1011 x 638
pixels; the code 50 mm square with its quiet zone, as on the printed card) and saved as a PNG file.
Each run goes through the verifier's real path (services.verify.verify_file): a bounded read of the
file, the QR decoded (in-process for a plain PNG/JPEG of at most 16 megapixels, else in a sandboxed
child process), and the card verified offline against a trust bundle. Informational figures: a
scan-like JPEG of the same card (grey paper, rotated 2 degrees), and the same card as a PDF, which is
always decoded in the sandboxed child process (SEC-08).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key, key_id
from crisisplan.export.qr import qr_for_text
from crisisplan.export.qr_sandbox import read_qr_file_safely
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.trust import TrustBundle, TrustedKey
from crisisplan.export.verify import CardStatus, verify_card_text
from crisisplan.services.verify import verify_file

TARGET_MS = 60.0
DPI = 300
CARD_MM = (85.6, 54.0)
QR_MM = 50.0
TODAY = date(2025, 9, 1)


def _px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def wallet_card_image(text: str) -> Image.Image:
    """The back of a wallet card at 300 dpi: the QR code on the right, some printed lines on the left."""
    card = Image.new("L", (_px(CARD_MM[0]), _px(CARD_MM[1])), 255)
    code = qr_for_text(text)
    modules = 17 + 4 * int(code.version) + 8  # quiet zone of 4 modules on each side
    side = _px(QR_MM)
    symbol = Image.new("L", (modules, modules), 255)
    for y, row in enumerate(code.matrix_iter(scale=1, border=4)):
        for x, dark in enumerate(row):
            if dark:
                symbol.putpixel((x, y), 0)
    symbol = symbol.resize((side, side), Image.Resampling.NEAREST)
    card.paste(symbol, (card.width - side - _px(2), (card.height - side) // 2))
    draw = ImageDraw.Draw(card)
    for i in range(6):
        draw.rectangle((_px(4), _px(6 + 7 * i), _px(28), _px(8 + 7 * i)), fill=90)  # stand-in text lines
    return card


def scan_like(card: Image.Image) -> Image.Image:
    paper = Image.new("L", (card.width + 120, card.height + 120), 228)
    rotated = card.rotate(2, expand=True, fillcolor=228, resample=Image.Resampling.BILINEAR)
    paper.paste(rotated, (40, 40))
    return paper


def time_read_and_verify(
    path: Path, expected: str, trust: TrustBundle, runs: int
) -> tuple[float, float, float]:
    """Median and p95 of read + verify, and median of the read alone, in milliseconds."""
    totals: list[float] = []
    reads: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        texts = read_qr_file_safely(path)
        read_done = time.perf_counter()
        result = verify_file(path, trust, TODAY)
        end = time.perf_counter()
        assert texts == [expected], "the QR code was not read back correctly"
        assert result.result.status is CardStatus.VALID
        totals.append((end - read_done) * 1000)
        reads.append((read_done - start) * 1000)
    p95 = statistics.quantiles(totals, n=20)[-1]
    return statistics.median(totals), p95, statistics.median(reads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()

    key = generate_signing_key()
    text = seal(typical_card_payload(), key)
    trust = TrustBundle(
        issued_at=datetime(2025, 5, 1, tzinfo=UTC),
        locality="oxfordshire",
        keys=(TrustedKey(key_id(key.public_key()), "Oxford Health NHS Foundation Trust", key.public_key(),
                         date(2024, 1, 1)),),
    )
    with tempfile.TemporaryDirectory(prefix="crisisplan-bench-verify-") as tmp:
        card = wallet_card_image(text)
        png = Path(tmp) / "card-300dpi.png"
        card.save(png, dpi=(DPI, DPI))
        jpeg = Path(tmp) / "card-scan-300dpi.jpg"
        scan_like(card).save(jpeg, quality=85, dpi=(DPI, DPI))
        verify_card_text(text, trust, TODAY)  # warm-up: imports and first-call costs
        read_qr_file_safely(png)
        pdf = Path(tmp) / "card-300dpi.pdf"
        card.save(pdf, resolution=DPI)

        median, p95, read = time_read_and_verify(png, text, trust, args.runs)
        version = qr_for_text(text).version
        print(f"card image: {card.width}x{card.height} px at {DPI} dpi, QR version {version}-M, "
              f"{png.stat().st_size} bytes PNG; {args.runs} runs")
        print(f"P6 verify from 300-dpi PNG: median {median:.1f} ms (QR read {read:.1f} ms), "
              f"p95 {p95:.1f} ms  (target <= {TARGET_MS:.0f} ms)  "
              f"{'PASS' if median <= TARGET_MS else 'FAIL'}")
        median_j, p95_j, read_j = time_read_and_verify(jpeg, text, trust, args.runs)
        print(f"P6 (info) scan-like JPEG, rotated 2 degrees: median {median_j:.1f} ms "
              f"(QR read {read_j:.1f} ms), p95 {p95_j:.1f} ms  (target <= {TARGET_MS:.0f} ms)")
        median_p, p95_p, _ = time_read_and_verify(pdf, text, trust, min(args.runs, 10))
        print(f"P6 (info) the same card as a PDF, decoded in the sandboxed child process: median "
              f"{median_p:.1f} ms, p95 {p95_p:.1f} ms")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
