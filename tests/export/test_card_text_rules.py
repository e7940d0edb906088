"""CARD-01..03 checked on the PDFs' own text (`pdftotext -bbox`) for generated plans' cards.

For each generated payload the wallet card and the A4 summary are rendered and read back as
words with their boxes (poppler's pdftotext, independent of reportlab):

- no word is cut: every word drawn is a word of the input or of the card's fixed wording, never a
  fragment ("refus…", "histor");
- every front item is whole on the card (all its words drawn) or named in the card's note that
  it is on the A4 summary; the summary holds every item;
- every phone number is whole: its parts are adjacent words on one line;
- sizes (CARD-02, from the words' box heights): nothing under 8 pt on the wallet card; the name
  and the 24-hour numbers at least 10 pt;
- order (CARD-03): the items' labels follow the recipient's priority order, panel by panel and
  top to bottom on the card, and page by page on the summary.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from html import unescape
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.export.card_layout import join_lines
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_card_front import FRONT_LABELS
from crisisplan.export.pdf_common import CARD_WIDTH
from crisisplan.export.pdf_summary import render_summary
from crisisplan.forms.items import ITEMS, Item
from crisisplan.sharing.priority import order_for

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (test.sh installs it)")

WORDS = ("overdose", "medication", "night", "alone", "sister", "calm", "quiet", "room", "insulin", "twice",
         "daily", "morning", "neighbour", "keys", "school", "after", "meals", "dementia", "needs", "support",
         "disorientated", "frightened", "hearing", "interpreter", "polish", "reading", "glasses", "wheelchair",
         "headphones", "walk", "garden", "tablets", "evening", "past", "crises", "without", "telling",
         "exploitation", "money", "friends", "penicillin", "rash", "epilepsy", "seizures", "clozapine",
         "lithium", "warfarin", "mg", "300", "400", "units", "dog", "cat", "father", "mother", "son",
         "daughter", "aged", "7", "12", "carer", "explain", "slowly", "unpredictable", "circumstances")
NUMBERS = [("Crisis team (crisis resolution and home treatment)", "01632 960202"),
           ("Mental health crisis line", "01632 960201"), ("NHS 111, option 2", "111")]
RECIPIENTS = ("ambulance", "police", "emergency_department")
CARD_ITEMS = tuple(FRONT_LABELS)

phones = st.one_of(st.integers(0, 999).map(lambda n: f"07700 900{n:03d}"),
                   st.integers(300, 999).map(lambda n: f"01632 960{n:03d}"))  # not the crisis numbers
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
line = st.one_of(sentence, st.builds(lambda s, p: f"{s} {p}", sentence, phones))
value = st.lists(line, min_size=1, max_size=4)


@st.composite
def payloads(draw: st.DrawFn) -> CardPayload:
    chosen = draw(st.lists(st.sampled_from(CARD_ITEMS), min_size=1, max_size=len(CARD_ITEMS), unique=True))
    items: dict[Item, str | list[str]] = {item: draw(value) for item in chosen}
    if draw(st.booleans()):
        items[Item.NAME] = draw(st.sampled_from(["Zeynep Aziz", "Ann Example", "Jordan Ashby-Okafor"]))
    items[Item.DATE_OF_BIRTH] = "13/03/1971 (age 55)"
    return CardPayload(card_id="H4QZ7KX2MD", issuer="Fictional Vale NHS Trust", locality="vale",
                       recipient=draw(st.sampled_from(RECIPIENTS)), plan_ref="9", plan_version=3,
                       issued=date(2026, 12, 2), valid_until=date(2027, 3, 2), items=items)


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x: float
    y: float
    size: float


_WORD_RE = re.compile(r'<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                      r'yMax="([\d.]+)">(.*?)</word>')


def pdf_words(data: bytes) -> list[Word]:
    done = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, timeout=30, check=True)
    words: list[Word] = []
    page = -1
    for match in _WORD_RE.finditer(done.stdout.decode()):
        if match.group(1):
            page += 1
            continue
        x, y0, y1, text = float(match.group(2)), float(match.group(3)), float(match.group(4)), match.group(5)
        for part in unescape(text).split("\u00a0"):  # a phone number kept whole with no-break spaces
            words.append(Word(part, page, x, y0, round(y1 - y0, 1)))
    return words


def bare(word: str) -> str:
    return word.strip(";,.:()▸…·")


def item_words(values: str | list[str]) -> list[str]:
    return [w for w in (bare(w) for w in join_lines(values if isinstance(values, list) else [values]).split()) if w]


def phone_whole(words: list[Word], phone: str) -> bool:
    first, second = phone.split()
    return any(bare(a.text).endswith(first) and bare(b.text).startswith(second) and a.y == b.y and a.page == b.page
               for a, b in pairwise(words))


def moved_labels(front_words: list[Word]) -> str:
    text = " ".join(w.text for w in front_words)
    _, found, rest = text.partition("see the A4 summary:")
    return rest.split("24-HOUR")[0] if found else ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads())
def test_cards_for_generated_plans_keep_every_word_number_size_and_order(payload: CardPayload) -> None:
    card = render_wallet_card(payload, "CP1:TEST", recipient_label="Ambulance service", crisis_numbers=NUMBERS,
                              use_restriction=None)
    words = pdf_words(card)
    front = [w for w in words if w.page == 0]
    allowed = {bare(w) for values in payload.items.values() for w in item_words(values)}
    allowed |= {bare(w) for label, number in NUMBERS for w in f"{label} {number}".split()}
    allowed |= {bare(w) for label in FRONT_LABELS.values() for w in label.split()}
    template = ("CRISIS CARD For Ambulance service Born NHS no Continued inside on the next panel More 24-hour "
                "numbers and details inside panel 2 3 of Not this card see the A4 summary COMMUNICATION "
                "HELP Name not shared by agreement Shared only what responders need to keep this person safe "
                "/ Card H4QZ7KX2MD Review by 2 Mar 2027 Issued Dec 2026 plan version By Fictional Vale NHS "
                "Trust The QR code is this signed To check it scan it with the crisis card checker your service "
                "gave you or call 24-hour team 01632 960202 holds a shortened copy everything shared 13/03/1971 "
                "age 55 deaf bsl sign language interpreter autistic autism hearing Crisis card check page v3")
    allowed |= {bare(w) for w in template.split()} | {w.lower() for w in map(bare, template.split())}
    cut = [w.text for w in words if bare(w.text) and bare(w.text) not in allowed
           and bare(w.text).lower() not in allowed]
    assert cut == [], "words drawn that are not whole input words (CARD-01)"
    drawn = {bare(w.text) for w in front}
    moved = moved_labels(front)
    for item in CARD_ITEMS:
        if item in payload.items:
            whole = set(item_words(payload.items[item])) <= drawn
            assert whole or FRONT_LABELS[item] in moved, item
            if whole and FRONT_LABELS[item] not in moved:
                for phone in re.findall(r"0\d{4} \d{6}", join_lines(value_list(payload.items[item]))):
                    assert phone_whole(front, phone), phone
    for _label, number in NUMBERS:
        if " " in number:
            assert phone_whole(front, number), number  # CARD-04: every 24-hour number whole
    assert min(w.size for w in words) >= 8.0  # CARD-02
    for number in ("960202", "960201"):
        assert all(w.size >= 10 for w in front if bare(w.text) == number)
    if Item.NAME in payload.items:
        first_name = str(payload.items[Item.NAME]).split()[0]
        assert all(w.size >= 10 for w in front if w.text == first_name)
    assert_card_order(front, payload)

    summary = render_summary(payload, "CP1:TEST", recipient_label="Ambulance service", crisis_numbers=NUMBERS,
                             use_restriction=None)
    summary_words = pdf_words(summary)
    everything = {bare(w.text) for w in summary_words}
    for item, values in payload.items.items():
        assert set(item_words(values)) <= everything, item  # the summary holds everything selected
    assert_summary_order(summary_words, payload)


def value_list(values: str | list[str]) -> list[str]:
    return values if isinstance(values, list) else [values]


def _label_positions(words: list[Word], labels: dict[Item, str], key: object) -> dict[Item, tuple[float, ...]]:
    found: dict[Item, tuple[float, ...]] = {}
    for item, label in labels.items():
        parts = label.split()
        for n in range(len(words) - len(parts) + 1):
            run = words[n:n + len(parts)]
            if [w.text for w in run[:-1]] == parts[:-1] and run[-1].text.rstrip(":") == parts[-1] and \
                    (run[-1].text.endswith(":") or key == "summary"):
                found.setdefault(item, (run[0].page, (run[0].x // CARD_WIDTH) if key == "card" else 0, run[0].y))
                break
    return found


def assert_card_order(front: list[Word], payload: CardPayload) -> None:
    labels = {item: FRONT_LABELS[item] for item in order_for(payload.recipient)
              if item in payload.items and item in FRONT_LABELS}
    positions = _label_positions(front, labels, "card")
    shown = [positions[item] for item in labels if item in positions]
    assert shown == sorted(shown), "card items out of the priority order (CARD-03)"


def assert_summary_order(words: list[Word], payload: CardPayload) -> None:
    labels = {item: ITEMS[item].label for item in order_for(payload.recipient)
              if item in payload.items and item is not Item.CRISIS_NUMBERS}
    positions = _label_positions(words, labels, "summary")
    assert set(positions) == set(labels)
    shown = [positions[item] for item in labels]
    assert shown == sorted(shown), "summary items out of the priority order (CARD-03)"
