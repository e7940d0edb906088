"""Sample pages of bilingual cards for docs/images (issue 14): for a fictional person whose language
is Urdu, Bengali and Polish, the ambulance wallet card (front and back) and the police A4 summary's
first page (with its restriction box).

    .venv/bin/python tools/make_script_samples.py [--out docs/images]

Needs poppler's pdftoppm (./test.sh installs poppler-utils). Fictional data only."""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from crisisplan.export.card import seal
from crisisplan.export.card_labels import LabelSet
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_summary import render_summary
from crisisplan.forms.items import Item

NUMBERS = [("Vale crisis line (24 hours)", "01632 960100"), ("Out of hours team", "01632 960222")]
RESTRICTION = ("Only for this person's safety and care in a crisis. Not for investigation or intelligence. "
               "Full terms on the summary.")
PEOPLE: dict[str, dict[Item, str | list[str]]] = {
    "ur": {Item.NAME: "عائشہ خان", Item.DATE_OF_BIRTH: "14/03/1988", Item.NHS_NUMBER: "999 000 0018",
           Item.RISKS: ["خود کو نقصان پہنچانے کا خطرہ جب بہت پریشان ہوں", "Self-harm when very distressed"],
           Item.MEDICINES: "Sertraline 50 mg every morning",
           Item.LANGUAGE_COMMUNICATION: "First language: Urdu; needs an interpreter: Urdu",
           Item.WHAT_HELPS: "بہن کو 07700 900123 پر فون کریں"},
    "bn": {Item.NAME: "রহিমা বেগম", Item.DATE_OF_BIRTH: "02/11/1975", Item.NHS_NUMBER: "999 000 0026",
           Item.RISKS: "Low mood; may stop eating", Item.MEDICINES: "সার্ট্রালিন ৫০ মিগ্রা প্রতিদিন সকালে",
           Item.LANGUAGE_COMMUNICATION: "First language: Bengali (Sylheti); needs an interpreter",
           Item.WHAT_HELPS: "মেয়ের সাথে কথা বলা; শান্ত ঘর"},
    "pl": {Item.NAME: "Agnieszka Wójcik", Item.DATE_OF_BIRTH: "21/06/1990", Item.NHS_NUMBER: "999 000 0034",
           Item.RISKS: "Samookaleczenie w silnym stresie", Item.MEDICINES: "Sertralina 50 mg rano",
           Item.LANGUAGE_COMMUNICATION: "First language: Polish; needs an interpreter: Polish",
           Item.WHAT_HELPS: "Rozmowa po polsku, spokojne miejsce, telefon do siostry"},
}


def _payload(items: dict[Item, str | list[str]], recipient: str) -> CardPayload:
    return CardPayload(card_id="T7PDFQ2ZKA", issuer="Fictional Vale NHS Foundation Trust", locality="vale",
                       recipient=recipient, plan_ref="PL-0042", plan_version=3, issued=date(2026, 12, 2),
                       valid_until=date(2027, 6, 2), items=items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/images")
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    key = generate_signing_key()
    with tempfile.TemporaryDirectory() as tmp:
        for code, items in PEOPLE.items():
            labels = LabelSet(code)
            payload = _payload(items, "ambulance")
            card = Path(tmp) / f"card-{code}.pdf"
            card.write_bytes(render_wallet_card(payload, seal(payload, key), recipient_label="Ambulance service",
                                                crisis_numbers=NUMBERS, use_restriction=None, labels=labels))
            payload = _payload(items, "police")
            text = seal(payload, key)
            summary = Path(tmp) / f"summary-{code}.pdf"
            summary.write_bytes(render_summary(payload, text, recipient_label="Police", crisis_numbers=NUMBERS,
                                               use_restriction=RESTRICTION.rsplit(" Full", 1)[0], labels=labels))
            subprocess.run(["pdftoppm", "-png", "-r", "150", str(card), str(out / f"cards-{code}-card")],
                           check=True, timeout=120)
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(summary),
                            str(out / f"cards-{code}-summary")], check=True, timeout=120)
            print(f"{code}: {out}/cards-{code}-card-1.png, -card-2.png, -summary-1.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
