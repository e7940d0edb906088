"""Train the card format 2 DEFLATE dictionary (version 2) on generated fictional plans.

    .venv/bin/python tools/train_card_dictionary.py            # rewrite card_dictionary_v2.py
    .venv/bin/python tools/train_card_dictionary.py --check    # exit 1 if the committed file differs

Training material: the items text of format 2 (payload_v2) for every item of 600 demo plans
(crisisplan.services.demo, seed 2, a fixed date), i.e. the app's own wording around fictional
content. It never sees samples.typical_card_payload, which stays a held-out check of P7.

Method (in the spirit of zstd's COVER): candidate phrases are runs of 1-8 words inside one card
line, with the item and line marks before them when they start a line; a phrase scores
(plans it occurs in) x (bytes - 3), i.e. roughly the literals a match saves. Phrases in fewer than
4 plans (names, house numbers, phone numbers) are left out, and so is a phrase already inside a
chosen one. The chosen phrases come first, least valuable first, then dictionary version 1 whole
(written by hand for the wider vocabulary, its most frequent material last), because DEFLATE
reaches material nearest the end most cheaply. Measured (bench/bench_card_size.py): the typical
card compresses to 231 bytes with this order and 241 with version 1 first; 9 KB of phrases
balance the typical card against generated ones (larger budgets gain 1 byte on the typical card).

Once cards are issued with version 2 it never changes (a test pins its SHA-256): the generator,
the demo data or this script changing later must not alter it, so the result is committed, and
`--check` only reports.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import textwrap
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crisisplan.export.card_dictionary import CARD_DICTIONARY_V1  # noqa: E402
from crisisplan.export.payload_v2 import LINE_MARK  # noqa: E402
from crisisplan.forms.items import ITEMS  # noqa: E402
from crisisplan.services.demo import generate_plans  # noqa: E402
from crisisplan.sharing.extract import item_values  # noqa: E402

TARGET = ROOT / "crisisplan" / "export" / "card_dictionary_v2.py"
PLANS, SEED, TODAY = 600, 2, date(2026, 6, 1)
TRAINED_BUDGET = 9 * 1024
MIN_PLANS = 4
MAX_WORDS = 8
_WORD = re.compile(r"\S+\s*")


def training_lines() -> list[list[str]]:
    """Per plan, its card lines, each with the marks it starts with in the format 2 items text."""
    per_plan: list[list[str]] = []
    for plan in generate_plans(PLANS, seed=SEED, today=TODAY):
        lines: list[str] = []
        for item, value in item_values(plan, today=TODAY, plan_version=3).items():
            mark = chr(ITEMS[item].code)
            if isinstance(value, list):
                lines.extend((mark if i == 0 else "") + LINE_MARK + line for i, line in enumerate(value))
            else:
                lines.append(mark + value)
        per_plan.append(lines)
    return per_plan


def _phrases(line: str) -> set[str]:
    head = len(line) - len(line.lstrip("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
                                       "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e"))
    words = [m.group(0) for m in _WORD.finditer(line[head:])]
    found: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_WORDS) + 1):
            phrase = "".join(words[start:end])
            if start == 0:
                found.add(line[:head] + phrase)
            found.add(phrase)
    return found


def train() -> bytes:
    counts: Counter[str] = Counter()
    for lines in training_lines():
        counts.update(set().union(*(_phrases(line) for line in lines)) if lines else set())
    scored = sorted(((n * (len(p.encode("utf-8")) - 3), p) for p, n in counts.items()
                     if n >= MIN_PLANS and len(p.encode("utf-8")) > 3), reverse=True)
    chosen: list[tuple[int, str]] = []
    size = 0
    for score, phrase in scored:
        if any(phrase in kept for _, kept in chosen):
            continue
        length = len(phrase.encode("utf-8"))
        if size + length > TRAINED_BUDGET:
            break
        chosen.append((score, phrase))
        size += length
    chosen.sort()  # least valuable first: the most valuable end up nearest the data
    return "".join(p for _, p in chosen).encode("utf-8") + b" " + CARD_DICTIONARY_V1


def render(dictionary: bytes) -> str:
    encoded = base64.b64encode(dictionary).decode("ascii")
    body = "\n".join(f'    "{chunk}"' for chunk in textwrap.wrap(encoded, 96))
    return (
        '"""Card dictionary version 2 (card format 2, `CP2:`): dictionary version 1 followed by phrases\n'
        "trained on generated fictional plans. Written by tools/train_card_dictionary.py; never edit it,\n"
        'never change it once cards use it (a test pins its SHA-256)."""\n\n'
        "import base64\n\n"
        f'CARD_DICTIONARY_V2_SHA256 = "{hashlib.sha256(dictionary).hexdigest()}"\n'
        f"CARD_DICTIONARY_V2: bytes = base64.b64decode(\n{body}\n)\n"
    )


def main(argv: list[str]) -> int:
    text = render(train())
    if "--check" in argv:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("card_dictionary_v2.py matches the training" if same else "card_dictionary_v2.py differs")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
