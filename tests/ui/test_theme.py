"""Focus and contrast (issue 8, section 4), computed with the WCAG formula from the colours the app
actually uses: one strong focus ring (2 px, at least 3:1, unlike the default button's mark) and
text at least 4.5:1 (placeholder, selected row, the quick-hide hint)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

from crisisplan.ui import theme
from crisisplan.ui.blank_page import BlankPage
from crisisplan.ui.editor.common import STYLE
from crisisplan.ui.theme import contrast, themed_palette

WHITE, WINDOW, OWN_WORDS_FIELD = "#ffffff", "#efefef", "#fffbeb"


def test_the_wcag_formula() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


def test_text_colours_meet_aa(qapp) -> None:
    palette = themed_palette(qapp.palette())  # the platform's palette, as the app themes it
    group = QPalette.ColorGroup.Active
    base = palette.color(group, QPalette.ColorRole.Base)
    assert contrast(palette.color(group, QPalette.ColorRole.PlaceholderText), base) >= 4.5
    assert contrast(palette.color(group, QPalette.ColorRole.HighlightedText),
                    palette.color(group, QPalette.ColorRole.Highlight)) >= 4.5


def test_quick_hide_hint_meets_aa(qtbot) -> None:
    page = BlankPage()
    qtbot.addWidget(page)
    hint = re.search(r"color:\s*(#[0-9a-fA-F]{6})", page.hint.styleSheet()).group(1)
    background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", page.styleSheet()).group(1)
    assert contrast(hint, background) >= 4.5


def test_one_strong_focus_ring_everywhere() -> None:
    assert theme.FOCUS_WIDTH_PX >= 2
    for background in (WHITE, WINDOW, OWN_WORDS_FIELD):
        assert contrast(theme.FOCUS_COLOUR, background) >= 3.0
    assert f"{theme.FOCUS_WIDTH_PX}px solid {theme.FOCUS_COLOUR}" in theme.FOCUS_STYLE
    # The editor's own style (own-words and problem fields set their own borders) keeps the same ring.
    focus_rule = re.search(r"([^}]*:focus[^{]*)\{([^}]*)\}", STYLE)
    assert focus_rule is not None
    assert 'QLineEdit[ownWords="true"]:focus' in focus_rule.group(1)
    assert 'QLineEdit[problem="true"]:focus' in focus_rule.group(1)
    assert f"2px solid {theme.FOCUS_COLOUR}" in focus_rule.group(2)
    # The default button is marked by bold text, never by the focus ring's colour.
    default_rule = re.search(r"QPushButton:default\s*\{([^}]*)\}", theme.FOCUS_STYLE).group(1)
    assert theme.FOCUS_COLOUR not in default_rule and "border" not in default_rule
    assert QColor(theme.FOCUS_COLOUR).isValid()
