"""Render the example images in docs/images/ from fictional data, and print how long each PDF
takes to render (quality bar P5 budgets 250 ms for a whole card issue: select, sign, QR, wallet
card PDF and A4 summary PDF).

    .venv/bin/python bench/render_examples.py [--out docs/images]

Everything here is fictional: the person, the NHS number (999 test range, valid check digit) and
the phone numbers (Ofcom drama ranges). The card is signed with a throw-away key.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_common import make_qr
from crisisplan.export.pdf_person import render_person_copy
from crisisplan.export.pdf_summary import render_summary
from crisisplan.forms.items import Item

NUMBERS = [("Vale mental health crisis line", "01632 960100"), ("NHS 111, option 2 (24 hours)", "111")]
POLICE_SHORT = (
    "Only to keep this person safe in a mental health crisis. Not for investigation or intelligence."
)
POLICE_FULL = (
    "This information is shared only so that officers can keep the person safe and get them the right "
    "help during a mental health crisis. It must not be used for criminal investigation, intelligence, "
    "immigration enforcement or any other purpose, and must not be kept on police systems beyond the "
    "record of the incident."
)


def example_payload(recipient: str) -> CardPayload:
    items: dict[Item, str | list[str]] = {
        Item.NAME: "Jordan Ashby",
        Item.DATE_OF_BIRTH: "09/11/1990",
        Item.NHS_NUMBER: "999 000 0018",
        Item.RISKS: ["Self-harm when alone at night", "May leave home without telling anyone"],
        Item.HEALTH_CONDITIONS: ["Type 1 diabetes (insulin)", "Allergic to penicillin"],
        Item.LANGUAGE_COMMUNICATION: "Autistic: please use short, clear sentences and give me time",
        Item.WHAT_HELPS: "Speak calmly, no sirens if possible, let me hold my headphones",
        Item.EMERGENCY_CONTACTS: ["Sister: Robin Ashby 07700 900321"],
        Item.DEPENDANTS_PETS: "Cat (Pepper) at home: neighbour at no. 12 has a key",
        Item.CRISIS_PLAN_HELD: "Joint crisis plan held by Vale crisis team and GP",
    }
    if recipient != "police":
        items[Item.MEDICINES] = ["Insulin glargine 20 units at night", "Sertraline 100 mg in the morning"]
        items[Item.NAMED_CONTACTS] = ["Care coordinator: Dana Okafor, Vale CMHT 01632 960275 (Mon-Fri)"]
    return CardPayload(
        card_id="H4QZ7KX2MD",
        issuer="Vale Health NHS Foundation Trust",
        locality="vale",
        recipient=recipient,
        plan_ref="PL-1207",
        plan_version=4,
        issued=date(2025, 6, 2),
        valid_until=date(2026, 6, 2),
        items=items,
    )


PERSON_SECTIONS = [
    ("How I know I am becoming unwell", ["- I stop sleeping and stay up all night", "- I stop answering"]),
    ("What I can do", ["- Go for a walk with my headphones", "- Ring my sister Robin"]),
    ("What others can do", ["- Speak calmly and give me time to answer", "- Please ask before touching me"]),
    ("If I need to go to hospital", ["I would prefer Vale House crisis house.", "- Robin will feed Pepper"]),
    ("Medicines", ["- Insulin glargine 20 units at night", "- Sertraline 100 mg in the morning"]),
]


def timed(label: str, make: Callable[[], bytes], runs: int = 10) -> bytes:
    make()  # the first run registers fonts
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        data = make()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<32} median {statistics.median(times):6.1f} ms  ({len(data) // 1024} KiB)")
    return data


def save_page(data: bytes, page: int, dpi: int, path: Path) -> None:
    image = pdfium.PdfDocument(data)[page].render(scale=dpi / 72).to_pil()
    image.save(path, optimize=True)
    print(f"wrote {path} ({image.width}x{image.height}, {path.stat().st_size // 1024} KiB)")


def main() -> None:
    default_out = Path(__file__).resolve().parent.parent / "docs" / "images"
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out)
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    key = generate_signing_key()
    amb, police = example_payload("ambulance"), example_payload("police")
    amb_text, police_text = seal(amb, key), seal(police, key)

    def card_and_summary() -> bytes:
        symbol = make_qr(amb_text)  # one QR encode serves both documents
        card = render_wallet_card(
            amb,
            amb_text,
            recipient_label="Ambulance",
            crisis_numbers=NUMBERS,
            use_restriction=None,
            qr_symbol=symbol,
        )
        summary = render_summary(
            amb,
            amb_text,
            recipient_label="Ambulance",
            crisis_numbers=NUMBERS,
            use_restriction=None,
            qr_symbol=symbol,
        )
        return card + summary

    card = timed(
        "wallet card (ambulance)",
        lambda: render_wallet_card(
            amb, amb_text, recipient_label="Ambulance", crisis_numbers=NUMBERS, use_restriction=None
        ),
    )
    timed("QR + wallet card + A4 summary", card_and_summary)
    police_card = timed(
        "wallet card (police)",
        lambda: render_wallet_card(
            police,
            police_text,
            recipient_label="Police",
            crisis_numbers=NUMBERS,
            use_restriction=POLICE_SHORT,
        ),
    )
    summary = timed(
        "A4 summary (police)",
        lambda: render_summary(
            police,
            police_text,
            recipient_label="Police",
            crisis_numbers=NUMBERS,
            use_restriction=POLICE_FULL,
        ),
    )
    person = timed(
        "person copy",
        lambda: render_person_copy(
            title="My crisis plan",
            person_name="Jordan Ashby",
            sections=PERSON_SECTIONS,
            plan_version=4,
            issued=date(2025, 6, 2),
            review_date=date(2025, 12, 2),
            crisis_numbers=NUMBERS,
        ),
    )
    print("target (P5): a whole card issue (select, sign, QR, card PDF, summary PDF) <= 250 ms")
    save_page(card, 0, 300, out / "card-front.png")
    save_page(card, 1, 300, out / "card-back.png")
    save_page(police_card, 1, 300, out / "card-back-police.png")
    save_page(summary, 0, 100, out / "summary-page1.png")
    save_page(person, 0, 100, out / "person-copy-page1.png")


if __name__ == "__main__":
    main()
