"""tools/convert_tr_calls.py turns old-style translation calls (merged from a branch made before the
translation pipeline) into ones lupdate can extract, and the scan then finds nothing left."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.ui.i18n_scan import scan_ui
from tools.convert_tr_calls import convert

OLD = '''from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from crisisplan.ui.editor.common import plain_label, tr_form


def _tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


class ExampleTab(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.button = QPushButton(self.tr("&Add user…"))
        self.label = QLabel(_tr("People who may sign in"))
        self.title = plain_label(tr_form(title))
        self.count = self.tr("%n user(s)", "", 3)
'''


def test_old_calls_become_extractable(tmp_path: Path) -> None:
    ui = tmp_path / "crisisplan" / "ui" / "records"
    ui.mkdir(parents=True)
    module = ui / "example.py"
    module.write_text(OLD, encoding="utf-8")
    assert scan_ui(tmp_path), "the old file has calls the scan must find"
    notes = convert(module)
    new = module.read_text(encoding="utf-8")
    ast.parse(new)
    assert 'QPushButton(translate("ExampleTab", "&Add user…"))' in new
    assert 'QLabel(translate("records", "People who may sign in"))' in new
    assert "plain_label(translate_marked(title))" in new
    assert 'translate("ExampleTab", "%n user(s)", "", 3)' in new
    assert "def _tr" not in new and "tr_form" not in new
    assert "from crisisplan.ui.i18n import translate, translate_marked" in new
    assert notes == []
    assert scan_ui(tmp_path) == []
