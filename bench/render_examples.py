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
    folded, demo_summary, demo_person = demo_plan_outputs(key)
    save_page(card, 0, 300, out / "card-front.png")
    save_page(card, 1, 300, out / "card-back.png")
    save_page(police_card, 0, 300, out / "card-front-police.png")
    save_page(police_card, 1, 300, out / "card-back-police.png")
    save_page(folded, 0, 200, out / "card-folded.png")
    save_page(summary, 0, 100, out / "summary-page1.png")
    save_page(demo_summary, 0, 100, out / "summary-folded-card-page1.png")
    save_page(person, 0, 100, out / "person-copy-page1.png")
    save_page(demo_person, 0, 100, out / "person-copy-demo-page1.png")
    save_page(demo_person, 1, 100, out / "person-copy-demo-page2.png")


def demo_plan_outputs(key: object) -> tuple[bytes, bytes, bytes]:
    """Demo plan 9's ambulance card (folded: it does not fit one card), its A4 summary and the
    person's copy, through the same code as issuing (fictional person, example numbers)."""
    from crisisplan.export.keys import private_key_to_bytes
    from crisisplan.services.card_render import CardJob, render_card
    from crisisplan.services.demo import generate_plans
    from crisisplan.services.person_text import person_copy_text
    from crisisplan.sharing.protocol import bundled_protocol
    from crisisplan.sharing.selection import preview_share
    from crisisplan.store.sharing import CardRecord, Disclosure

    today = date(2026, 12, 2)
    plan = list(generate_plans(9, seed=2014, today=today))[8]
    protocol = bundled_protocol("oxfordshire")
    shown = preview_share(plan, protocol, "ambulance", today=today, plan_version=3)
    payload = CardPayload(card_id="K7QZ2MD4XA", issuer="Vale Health NHS Foundation Trust", locality="vale",
                          recipient="ambulance", plan_ref="9", plan_version=3, issued=today,
                          valid_until=date(2027, 3, 2), items=shown.values(shown.allowed_items))
    numbers = (("Vale crisis team (crisis resolution and home treatment), 24 hours", "01632 960202"),
               ("Vale mental health crisis line, 24 hours", "01632 960201"), ("NHS 111, option 2", "111"))
    job = CardJob(payload, private_key_to_bytes(key), "00", "Ambulance service", numbers, None)  # type: ignore[arg-type]
    rendered = render_card(job)
    cards = [CardRecord("K7QZ2MD4XA", 9, 3, "ambulance", "00", "2026-12-02", "2027-03-02", "2026-12-02T10:00:00",
                        "demo", None, None)]
    ledger = [Disclosure(1, 9, 3, "ambulance", "card", True, tuple(i.value for i in shown.allowed_items), (),
                         "given", "consent", "Agreed at review", "demo", "2026-12-02T10:00:00", "K7QZ2MD4XA")]
    text = person_copy_text(plan, plan_version=3, today=today, cards=cards, disclosures=ledger)
    person = render_person_copy(
        title="My crisis plan", person_name=f"{plan.person.given_name} {plan.person.family_name}",
        sections=text.sections, plan_version=3, issued=today, review_date=plan.process.review_date,
        crisis_numbers=list(numbers), intro=text.intro, warnings=text.warnings,
        agreed_on=plan.process.agreement.signed_off_on, agreement_known=True)
    return rendered.card_pdf, rendered.summary_pdf, person


if __name__ == "__main__":
    main()
