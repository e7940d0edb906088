"""Issue 14: every script on paper, and cards bilingual for the person's language.

Wallet cards and A4 summaries for three people whose language is Urdu, Bengali and Polish are
rendered; their text is extracted again with poppler's pdftotext (as a reader copying it would
get it) and compared with what went in; the fonts each script was drawn in are read from the
PDF; a right-to-left line's words are checked to run right to left on the page.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import uharfbuzz

from crisisplan.export.card_labels import ENGLISH, LabelSet, catalogue, language_for
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_common import clean_text, fonts
from crisisplan.export.pdf_scripts import SCRIPT_FONTS, _loaded, layout_line, script_of
from crisisplan.export.pdf_summary import render_summary
from crisisplan.forms.items import Item
from crisisplan.paths import resources_dir
from tests.export.test_pdf_support import NUMBERS, payload, sealed

POLICE_SHORT = "Only for this person's safety and care in a crisis. Not for investigation or intelligence."
URDU_RISK = "خود کو نقصان پہنچانے کا خطرہ جب بہت پریشان ہوں"
BENGALI_MEDICINE = "সার্ট্রালিন প্রতিদিন সকালে"
PEOPLE = {
    "ur": {Item.NAME: "عائشہ خان", Item.RISKS: URDU_RISK, Item.MEDICINES: "Sertraline 50 mg",
           Item.LANGUAGE_COMMUNICATION: "First language: Urdu; needs an interpreter"},
    "bn": {Item.NAME: "রহিমা বেগম", Item.RISKS: "Self-harm when distressed", Item.MEDICINES: BENGALI_MEDICINE,
           Item.LANGUAGE_COMMUNICATION: "First language: Bengali (Sylheti)"},
    "pl": {Item.NAME: "Agnieszka Wójcik", Item.RISKS: "Samookaleczenie w stresie", Item.MEDICINES: "Sertralina",
           Item.WHAT_HELPS: "Rozmowa po polsku, spokojne miejsce",
           Item.LANGUAGE_COMMUNICATION: "First language: Polish"},
}
FONT_OF = {"ur": "NotoNaskhArabic", "bn": "NotoSansBengali", "pl": None}


def _documents(code: str, labels: LabelSet) -> tuple[bytes, bytes]:
    """An ambulance card (its front has room for every bilingual label) and a police summary
    (with the restriction statement)."""
    p = payload(PEOPLE[code], recipient="ambulance")
    card = render_wallet_card(p, sealed(p), recipient_label="Ambulance", crisis_numbers=NUMBERS,
                              use_restriction=None, labels=labels)
    p = payload(PEOPLE[code], recipient="police")
    summary = render_summary(p, sealed(p), recipient_label="Police", crisis_numbers=NUMBERS,
                             use_restriction=POLICE_SHORT, labels=labels)
    return card, summary


def _extract(pdf: bytes, tmp_path: Path, *extra: str) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(["pdftotext", *extra, str(source), "-"], capture_output=True, check=True, timeout=60)
    return out.stdout.decode("utf-8")


def _plain(text: str) -> str:
    """Extracted text compared as a reader sees it: presentation forms (the shaped Arabic
    glyphs) as their letters, direction marks dropped, runs of white space as one space."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(text.split())


def _found(label: str, text: str) -> bool:
    """`label` is in the extracted `text`; a right-to-left label holding a number word by word,
    since pdftotext puts a number inside right-to-left text at its visual end ("مدد24"); where
    the number is drawn is checked on the page (test_a_number_in_a_right_to_left_line_...)."""
    label = _plain(label)
    if any(ch.isdigit() for ch in label) and any(unicodedata.bidirectional(ch) == "AL" for ch in label):
        return all(word in text for word in label.split() if not word.isdigit())
    return label in text


def _fonts_used(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(source)], capture_output=True, check=True, timeout=60).stdout.decode()


@pytest.mark.parametrize("code", ["ur", "bn", "pl"])
def test_card_and_summary_text_comes_back_as_it_went_in(code: str, tmp_path: Path) -> None:
    labels = LabelSet(code)
    card, summary = _documents(code, labels)
    # pdftotext's reading order, and with -raw the order the text was drawn in (which puts a last line of
    # the card's back that runs on under the QR code after the rest; -raw leaves right-to-left words reversed)
    card_text = _plain(_extract(card, tmp_path)) + " | " + _plain(_extract(card, tmp_path, "-raw"))
    summary_text = _plain(_extract(summary, tmp_path))
    language = catalogue()[1][code]
    for key in ("risks", "crisis_help", "crisis_card", "not_checked"):  # the labels, in the person's language
        assert _found(language.labels[key], card_text), key
    for key in ("risks", "summary_title", "not_for", "police_restriction", "not_checked"):
        assert _found(language.labels[key], summary_text), key
    for item, value in PEOPLE[code].items():  # the person's own words, untranslated and whole
        if item is not Item.LANGUAGE_COMMUNICATION:
            assert _plain(value) in summary_text, item
    assert "Translation not yet checked" in card_text and "Translation not yet checked" in summary_text
    assert "Risks" in card_text and "24-HOUR CRISIS HELP" in card_text  # English stays first


@pytest.mark.parametrize("code", ["ur", "bn", "pl"])
def test_each_script_is_drawn_in_its_own_font(code: str, tmp_path: Path) -> None:
    card, summary = _documents(code, LabelSet(code))
    for pdf in (card, summary):
        used = _fonts_used(pdf, tmp_path)
        assert "DejaVuSans" in used
        if FONT_OF[code]:
            assert FONT_OF[code] in used
        others = {f for f in ("NotoNaskhArabic", "NotoSansBengali", "NotoSansGurmukhi", "DroidSans") if f in used}
        assert others == ({FONT_OF[code]} if FONT_OF[code] else set())


def test_an_english_card_loads_no_other_script_font(tmp_path: Path) -> None:
    p = payload({Item.NAME: "Ann Example", Item.RISKS: "Self-harm"})
    card = render_wallet_card(p, sealed(p), recipient_label="Ambulance", crisis_numbers=NUMBERS, use_restriction=None)
    assert "Noto" not in _fonts_used(card, tmp_path) and "Droid" not in _fonts_used(card, tmp_path)


def test_the_back_says_how_to_check_the_card_in_the_persons_language_where_it_has_room(tmp_path: Path) -> None:
    card, _summary = _documents("pl", LabelSet("pl"))
    back = _plain(_extract(card, tmp_path, "-f", "2", "-l", "2"))
    assert "Zeskanuj kod QR, aby sprawdzić tę kartę." in back and "Issued 2 Jun 2025" in back


def test_checked_translation_prints_without_the_mark(tmp_path: Path) -> None:
    card, summary = _documents("ur", LabelSet("ur", "A. Translator (fictional)", "2026-11-30"))
    for pdf in (card, summary):
        text = _plain(_extract(pdf, tmp_path))
        assert "not yet checked" not in text and _plain(catalogue()[1]["ur"].labels["risks"]) in text
    card, _summary = _documents("ur", ENGLISH)
    assert "خطرات" not in _plain(_extract(card, tmp_path))


def _words(pdf: bytes, tmp_path: Path, page: int = 1) -> list[tuple[str, float, float]]:
    html = _extract(pdf, tmp_path, "-bbox", "-f", str(page), "-l", str(page))
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return [(_plain(word), float(x), float(y)) for x, y, word in found]


def _at(words: list[tuple[str, float, float]], word: str) -> tuple[float, float]:
    """Where `word` is on the page (pdftotext -bbox gives a right-to-left word's letters in the
    order of the glyphs, i.e. reversed, or, from its ActualText, as written)."""
    return next((x, y) for found, x, y in words if found in (_plain(word), _plain(word)[::-1]))


def test_right_to_left_paragraph_reads_right_to_left_on_the_page(tmp_path: Path) -> None:
    _card, summary = _documents("ur", LabelSet("ur"))
    words = _words(summary, tmp_path)
    expected = URDU_RISK.split()
    found = [_at(words, w) for w in ("خود", "نقصان", "پریشان")]
    assert len({round(y) for _x, y in found}) == 1  # one line
    assert found[0][0] > found[1][0] > found[2][0]  # the first word is rightmost
    assert expected[0] == "خود"


def test_a_number_in_a_right_to_left_line_stays_whole_and_in_place(tmp_path: Path) -> None:
    p = payload({Item.RISKS: "خطرہ 2024 میں 3 بار"}, recipient="ambulance")
    summary = render_summary(p, sealed(p), recipient_label="Ambulance", crisis_numbers=NUMBERS,
                             use_restriction=None)
    words = _words(summary, tmp_path)
    line = _at(words, "خطرہ")[1]
    on_line = [w for w in words if abs(w[2] - line) < 6]
    x = {word: _at(on_line, word)[0] for word in ("خطرہ", "2024", "میں", "3", "بار")}
    assert x["خطرہ"] > x["2024"] > x["میں"] > x["3"] > x["بار"]


def test_bidi_overrides_typed_into_a_plan_cannot_reorder_a_phone_number(tmp_path: Path) -> None:
    """An attack: U+202E (right-to-left override) in typed text would show "07700 900123" as
    "321009 00770" once lines are put in visual order. Overrides, embeddings and isolates are
    removed; the number reads as typed."""
    assert clean_text("Call \u202e07700 900123\u202c now") == "Call 07700 900123 now"
    p = payload({Item.RISKS: "أخي \u202e07700 900123"}, recipient="ambulance")
    card = render_wallet_card(p, sealed(p), recipient_label="Ambulance", crisis_numbers=NUMBERS,
                              use_restriction=None)
    assert "07700 900123" in _plain(_extract(card, tmp_path))


def test_every_catalogue_label_is_drawable_and_shapes_without_missing_glyphs() -> None:
    english, languages = catalogue()
    assert len(languages) >= 11 and {"ur", "bn", "pl", "ar", "pa", "ro", "tr", "pt", "es", "gu", "cy"} <= set(languages)
    for language in languages.values():
        assert set(language.labels) == set(english), language.code
        for key, label in language.labels.items():
            assert clean_text(label) == label, (language.code, key)  # no "[n characters not shown]"
            for script in {s for s in map(script_of, label) if s}:
                face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(
                    str(resources_dir() / "fonts" / SCRIPT_FONTS[script].regular_file)))
                buf = uharfbuzz.Buffer()
                buf.add_str("".join(ch for ch in label if script_of(ch) == script or ch == " "))
                buf.guess_segment_properties()
                uharfbuzz.shape(uharfbuzz.Font(face), buf, {})
                assert all(info.codepoint != 0 for info in buf.glyph_infos), (language.code, key)  # no .notdef


def test_shaping_changes_glyphs_where_the_script_needs_it() -> None:
    f = fonts()
    pieces, width = layout_line("Risks · خطرات", f.bold, 8.0)
    assert [p.font for p in pieces] == ["CrisisSans-Bold", "CrisisArabic-Bold"] and width > 0
    shaped = pieces[1].text
    assert hasattr(shaped, "__shapeData__")  # HarfBuzz chose the glyphs
    assert str(shaped) != "خطرات"  # joined forms, in visual order
    assert unicodedata.normalize("NFKC", str(shaped))[::-1] == "خطرات"


def test_scripts_beyond_the_labels_and_cjk_and_emoji() -> None:
    for text in ("ਪੰਜਾਬੀ", "ગુજરાતી", "தமிழ்", "中文 日本語"):
        assert clean_text(text) == text
        assert _loaded(script_of(text[0]) or "")
    assert clean_text("한국어") == "[3 characters not shown]"  # the bundled CJK font has no Hangul
    assert clean_text("🐶") == "[dog face]"  # emoji: a clear named marker, never a box


def test_the_persons_language_is_found_from_what_the_plan_says() -> None:
    assert language_for("Urdu") == "ur"
    assert language_for("English", "Bengali (Sylheti)") == "bn"  # else the interpreter's language
    assert language_for("", "Bengali (Sylheti)") == "bn"
    assert language_for("polski") == "pl" and language_for("Cymraeg") == "cy" and language_for("اردو") == "ur"
    assert language_for("Mandarin") is None and language_for("British Sign Language") is None


def _line_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, float, float]]:
    html = _extract(pdf, tmp_path, "-bbox-layout", "-f", "1", "-l", "1")
    return [tuple(map(float, m)) for m in  # type: ignore[misc]
            re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)]


@pytest.mark.parametrize("code", sorted(catalogue()[1]))
def test_bilingual_front_holds_everything_without_overlap_even_for_police_with_a_flag(code: str,
                                                                                      tmp_path: Path) -> None:
    """The worst front: police limits, a communication flag, two numbers, bilingual labels."""
    items = {Item.NAME: "Ann Example", Item.DATE_OF_BIRTH: "01/02/1980", Item.NHS_NUMBER: "999 000 0018",
             Item.LANGUAGE_COMMUNICATION: "Needs an interpreter", Item.RISKS: "Self-harm",
             Item.MEDICINES: "Sertraline 50 mg"}
    p = payload(items, recipient="police")
    card = render_wallet_card(p, sealed(p), recipient_label="Police", crisis_numbers=NUMBERS,
                              use_restriction=POLICE_SHORT + " Full terms on the summary.", labels=LabelSet(code))
    lines = _line_boxes(card, tmp_path)
    # Two lines of 8-point type clash when they share some width and their middles are closer than
    # 8 points (line boxes follow each font's ascent and descent: Naskh's reach beyond the 9.6-point
    # leading without any ink touching).
    clashes = [(a, b) for i, a in enumerate(lines) for b in lines[i + 1:]
               if min(a[2], b[2]) - max(a[0], b[0]) > 1 and abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < 8]
    assert clashes == []
    text = _plain(_extract(card, tmp_path))
    assert "Translation not yet checked" in text and "Limits on use" in text and "01632 960100" in text
    assert "Risks" in text and "Self-harm" in text
    back = _plain(_extract(card, tmp_path, "-f", "2", "-l", "2", "-raw"))
    assert "By Fictional Vale NHS Foundation Trust" in back and "Issued 2 Jun 2025, plan v7" in back  # not crowded
    assert "…" not in back


def test_invisible_format_characters_keep_levels_and_letters_paired() -> None:
    """Found by the wrapping property test: the bidirectional algorithm drops soft hyphens and
    zero-width joiners (class BN), which once put every later letter at the wrong level."""
    f = fonts()
    for text in ("\xad㍻", "می\u200cخواهم 07700 900123", "a\u200db\xadc"):
        pieces, width = layout_line(text, f.regular, 8.0)
        assert width > 0 and pieces


@pytest.mark.parametrize("text", ["Risks · خطرات: خود کو نقصان پہنچانے کا خطرہ، 2024 میں 3 بار",
                                  "সার্ট্রালিন ৫০ মিগ্রা প্রতিদিন সকালে", "中文 日本語 abc", "ਪੰਜਾਬੀ ਗੱਲਬਾਤ।",
                                  "أخي 07700 900123", "\u200fجائزے کی تاریخ\u200f: \u200e3 Jun", "Zoë  two  spaces"])
def test_measured_width_is_the_drawn_width(text: str) -> None:
    """Wrapping measures lines without the bidirectional algorithm (P5); what it measures must be
    what is drawn, or a line could run past its margin."""
    from crisisplan.export.pdf_scripts import line_width

    for font in (fonts().regular, fonts().bold):
        assert line_width(text, font, 8.0) == pytest.approx(layout_line(text, font, 8.0)[1], abs=0.01)


def test_a_validity_warning_in_another_script_keeps_its_bold(tmp_path: Path) -> None:
    p = payload({Item.ADVANCE_DECISIONS: "رفض التنفس الصناعي CHECK VALIDITY: not witnessed"}, recipient="ambulance")
    summary = render_summary(p, sealed(p), recipient_label="Ambulance", crisis_numbers=NUMBERS, use_restriction=None)
    assert "CHECK VALIDITY: not witnessed" in _plain(_extract(summary, tmp_path))
    assert "NotoNaskhArabic-Bold" in _fonts_used(summary, tmp_path)  # the Arabic words are bold as well


def test_risk_to_life_stays_on_a_bilingual_front_before_the_second_languages_labels(tmp_path: Path) -> None:
    """CARD-03: Polish labels wrap longer (the numbers' heading and the "not yet checked" mark take two
    lines each), which left the ambulance card's front with no room for the risks. The front then
    takes the compact form (English card name and heading, the mark in the title band) so the risks
    stay on the front; the summary keeps everything in both languages."""
    items: dict[Item, str | list[str]] = {
        Item.NAME: "Agnieszka Wójcik", Item.DATE_OF_BIRTH: "21/06/1990", Item.NHS_NUMBER: "999 000 0034",
        Item.RISKS: "Samookaleczenie w silnym stresie", Item.MEDICINES: "Sertralina 50 mg rano",
        Item.LANGUAGE_COMMUNICATION: "First language: Polish; needs an interpreter: Polish",
        Item.WHAT_HELPS: "Rozmowa po polsku, spokojne miejsce, telefon do siostry"}
    p = payload(items, recipient="ambulance")
    card = render_wallet_card(p, sealed(p), recipient_label="Ambulance service", crisis_numbers=NUMBERS,
                              use_restriction=None, labels=LabelSet("pl"))
    words = _words(card, tmp_path)
    front_edge = 85.6 / 25.4 * 72  # the front is the first 85.6 mm of a folded card's first page
    risks_x, _y = _at(words, "Samookaleczenie")
    assert risks_x < front_edge, "the risks went inside the card"
    text = _plain(_extract(card, tmp_path))
    assert "Translation not yet checked" in text and "01632 960100" in text
