"""Issue 14 in the phone verifier: the fixed labels in English and the person's language, found in
the card's language/communication item as on paper (card_labels.language_for, ported to
verifier/src/labels.js); the person's own words untranslated; English-only cards unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from crisisplan.export.card import seal
from crisisplan.export.card_labels import catalogue, language_for
from crisisplan.forms.items import Item
from tests.verifier.helpers import CHROMIUM, ROOT, VERIFIER, export_test_page, node

sys.path.insert(0, str(ROOT / "tools"))
import make_phone_vectors
import make_verifier_data

LANGUAGE_VECTORS = ROOT / "tests" / "vectors" / "labels" / "language_for.json"


def test_python_language_for_gives_the_shared_vectors() -> None:
    cases = json.loads(LANGUAGE_VECTORS.read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 40 and {c["code"] for c in cases} >= {"ur", "pl", "cy", "ar", None}
    assert [language_for(c["text"]) for c in cases] == [c["code"] for c in cases]


def test_labels_module_is_generated_from_the_catalogue() -> None:
    committed = (VERIFIER / "src" / "labels-data.js").read_text(encoding="utf-8")
    assert committed == make_verifier_data.render_labels()
    assert set(catalogue()[1]) <= set(json.loads(committed.split("LANGUAGES = ", 1)[1].rstrip(";\n")))


def test_node_port_agrees_and_content_renders_both_languages() -> None:
    done = subprocess.run([node(), "test/labels.mjs"], cwd=VERIFIER, capture_output=True, text=True, timeout=60)
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["failures"] == [], result["failures"]


def card_with(communication: str | None, card_id: str, recipient: str) -> str:
    """A card sealed by the app's own code (export/card.seal, format 2) with the vectors' active key."""
    base = make_phone_vectors.payload(card_id, recipient, date(2026, 6, 1), date(2027, 6, 1))
    items = dict(base.items)
    if communication is None:
        items.pop(Item.LANGUAGE_COMMUNICATION)
    else:
        items[Item.LANGUAGE_COMMUNICATION] = communication
    return seal(replace(base, items=items), make_phone_vectors.ACTIVE)


def scan_cards(tmp_path: Path, cards: dict[str, str], shots: Path | None = None) -> dict[str, dict[str, Any]]:
    assert CHROMIUM.exists(), "Debian's chromium is needed: ./test.sh installs it"
    page = export_test_page(tmp_path / "page")
    videos = tmp_path / "videos"
    videos.mkdir()
    for i, (name, text) in enumerate(cards.items()):
        png = videos / f"{name}.png"
        png.write_bytes(make_phone_vectors.frame_png(text, i))
        make_phone_vectors.png_to_y4m(png, videos / f"{name}.y4m")
    command = [node(), "test/bilingual.mjs", "--page", str(page), "--videos", str(videos)]
    done = subprocess.run(command + (["--screenshots", str(shots)] if shots else []),
                          cwd=VERIFIER, capture_output=True, text=True, timeout=180)
    assert done.stdout, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["blocked"] == []
    cards_seen: dict[str, dict[str, Any]] = result["cards"]
    return cards_seen


def test_real_urdu_and_english_cards_through_the_camera(tmp_path: Path) -> None:
    urdu_text = "First language: Urdu (Mirpuri); needs an interpreter"
    seen = scan_cards(tmp_path, {
        "urdu.police": card_with(urdu_text, "URDUCARD22", "police"),
        "english.police": card_with("Hard of hearing: please face me and speak slowly", "ENGCARD222", "police"),
        "none.ambulance": card_with(None, "NOLANG2222", "ambulance"),
    })
    ur = catalogue()[1]["ur"].labels
    urdu = seen["urdu"]
    assert urdu["verdict"] == "VALID" and urdu["title"] == "Genuine card"  # the headline stays English
    assert urdu["headings"][0] == f"Police: limits on use · {ur['limits_on_use']}"
    assert f"Risks · {ur['risks']}" in urdu["headings"]
    assert f"Communication · {ur['communication']}" in urdu["headings"]
    assert f"24-hour crisis numbers · {ur['crisis_help']}" in urdu["headings"]
    assert urdu["marked"] and all(m["lang"] == "ur" and m["dir"] == "rtl" and m["direction"] == "rtl"
                                  for m in urdu["marked"])
    assert urdu["restriction"][1] == ur["police_restriction"]
    note = urdu["note"]
    assert note is not None and "translation not yet checked" in note and ur["not_checked"] in note
    assert urdu_text in urdu["text"] and "Self-harm (cutting), worse at night" in urdu["text"]
    for name in ("english", "none"):
        english = seen[name]
        assert english["verdict"] == "VALID", name
        assert english["marked"] == [] and english["note"] is None, name
        assert all(" · " not in h for h in english["headings"]), english["headings"]
    assert seen["english"]["restriction"] == [seen["english"]["restriction"][0]]
    assert seen["none"]["headings"][0] == "Risks"
