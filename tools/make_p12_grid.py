"""P12's degraded grid: the typical card's printed back (the real wallet-card PDF, rendered at
100-150 dpi), photographed badly, as 640x480 camera frames (PNG) and, with --y4m, videos for
Chromium's fake camera.

    .venv/bin/python tools/make_p12_grid.py OUT_DIR [--y4m] [--only TEXT]   # --only: names containing TEXT

48 pictures = 3 resolutions (100, 125, 150 dpi) x 2 rotations (5, 10 degrees) x 2 blurs (none,
Gaussian radius 1) x 4 conditions (perspective skew; JPEG quality 30; uneven light; all three).
Deterministic. `grid.json` lists each picture with its settings; every card is built to be VALID
for an ambulance viewer on 2026-12-02 with the phone vectors' bundle (sequence 5).
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import make_phone_vectors as vectors

from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.samples import typical_card_payload

DPIS = (100, 125, 150)
ROTATIONS = (5, 10)
BLURS = (0.0, 1.0)
CONDITIONS = ("skew", "jpeg30", "uneven_light", "all")


def card_text() -> str:
    payload = replace(typical_card_payload("TYPICAL222"), issued=date(2026, 6, 1), valid_until=date(2027, 6, 1))
    return vectors.card(payload)


def card_back(text: str, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    payload = replace(typical_card_payload("TYPICAL222"), issued=date(2026, 6, 1), valid_until=date(2027, 6, 1))
    pdf = render_wallet_card(payload, text, recipient_label="Ambulance",
                             crisis_numbers=[("Crisis team", "01632 960100")], use_restriction=None)
    page = pdfium.PdfDocument(pdf)[1]
    image: Image.Image = page.render(scale=dpi / 72).to_pil().convert("RGB")
    return image


def skew(image: Image.Image) -> Image.Image:
    """A perspective tilt: the top edge about 8% narrower than the bottom."""
    w, h = image.size
    d = 0.04 * w
    # coefficients mapping output -> input for a trapezoid (quad transform is simpler and exact)
    return image.transform((w, h), Image.Transform.QUAD, (-d, 0, -0.0, h, w, h, w + d, 0),
                           resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0, 0))


def uneven_light(frame: Image.Image) -> Image.Image:
    """Light falling off from the top-left corner to about 45% in the bottom-right."""
    w, h = frame.size
    across = Image.linear_gradient("L").rotate(90).transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize((w, h))
    down = Image.linear_gradient("L").resize((w, h))
    mask = ImageChops.add(across, down, scale=2).point(lambda v: int(v * 0.55))
    return Image.composite(Image.new("RGB", (w, h), (0, 0, 0)), frame, mask)


def picture(text: str, dpi: int, rotation: int, blur: float, condition: str, index: int) -> bytes:
    card = card_back(text, dpi).convert("RGBA")
    if condition in ("skew", "all"):
        card = skew(card)
    angle = rotation if index % 2 else -rotation
    card = card.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0))
    frame = Image.new("RGB", (640, 480), (110, 110, 110))
    ImageDraw.Draw(frame).rectangle((0, 400, 640, 480), fill=(95, 90, 85))
    frame.paste(card, ((640 - card.width) // 2, (480 - card.height) // 2), card)
    if blur:
        frame = frame.filter(ImageFilter.GaussianBlur(blur))
    if condition in ("uneven_light", "all"):
        frame = uneven_light(frame)
    if condition in ("jpeg30", "all"):
        buffer = io.BytesIO()
        frame.save(buffer, format="JPEG", quality=30)
        frame = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    out = io.BytesIO()
    frame.save(out, format="PNG")
    return out.getvalue()


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    text = card_text()
    only = argv[argv.index("--only") + 1] if "--only" in argv else ""
    rows = []
    index = -1
    for dpi in DPIS:
        for rotation in ROTATIONS:
            for blur in BLURS:
                for condition in CONDITIONS:
                    name = f"p12_{dpi}dpi_rot{rotation}_blur{blur:g}_{condition}"
                    index += 1
                    if only not in name:
                        continue
                    (out / f"{name}.png").write_bytes(picture(text, dpi, rotation, blur, condition, index))
                    if "--y4m" in argv:
                        vectors.png_to_y4m(out / f"{name}.png", out / f"{name}.y4m")
                    rows.append({"name": name, "image": f"{name}.png", "dpi": dpi, "rotation": rotation,
                                 "blur": blur, "condition": condition, "viewer": "ambulance", "expected": "VALID"})
    (out / "grid.json").write_text(json.dumps({"text": text, "pictures": rows}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
