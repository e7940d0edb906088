"""Finding user-visible strings that cannot be translated (used by test_i18n_extract.py).

Two checks, both over the source tree: what pyside6-lupdate extracts (every string under a real
context, never the empty one), and an AST scan of crisisplan/ui for text given to a user-visible Qt
setter or constructor that does not go through crisisplan.ui.i18n.translate / translate_marked."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Methods whose string arguments the user sees (or hears, through a screen reader).
VISIBLE_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setSubTitle", "addAction", "addMenu",
    "setLabelText", "setCancelButtonText", "setSuffix", "setPrefix", "setSpecialValueText", "addItem",
    "addTab", "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage",
    "setButtonText", "setInformativeText", "setDetailedText", "information", "warning", "critical",
    "question", "about", "getText", "getItem", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "setNameFilter", "setNameFilters", "setWindowIconText", "insertItem", "addRow", "show_message",
    "setHtml", "setPlainText", "setFormat",
})
#: Constructors (and the project's own label helpers) whose string arguments the user sees.
VISIBLE_CALLS = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QCommandLinkButton", "QMessageBox", "QMenu", "plain_label", "heading", "buddy_label",
})
#: Where the visible text is when not every argument is (the others are data or a style role).
TEXT_ARGUMENTS = {"show_message": (0,), "addItem": (0,), "insertItem": (1,), "addRow": (0,), "addTab": (1,),
                  "setTabText": (1,), "setTabToolTip": (1,)}
#: Receivers whose methods share a name with a Qt setter but write to the log, not the screen.
NOT_SHOWN = frozenset({"log", "logger", "logging", "warnings"})
#: Calls that make text translatable; their arguments are the translation itself.
WRAPPERS = frozenset({"translate", "translate_marked", "QT_TRANSLATE_NOOP"})
#: Strings with letters that are deliberately not translated, with the reason.
ALLOWED = {
    "crisisplan": "the product's name",
    "FHIR": "the standard's name",
}
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal_text(node: ast.expr) -> str | None:
    """The visible letters of a literal or f-string argument (None when it is not one)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_literal_text(node.left), _literal_text(node.right)]
        return "".join(p for p in parts if p) if any(p is not None for p in parts) else None
    if isinstance(node, ast.IfExp):
        parts = [_literal_text(node.body), _literal_text(node.orelse)]
        return " ".join(p for p in parts if p) if any(p is not None for p in parts) else None
    return None


def _untranslated(node: ast.expr) -> str | None:
    text = _literal_text(node)
    if text is None:
        return None
    words = text.strip()
    if not _LETTER.search(words) or words in ALLOWED or words.startswith(("https://", "http://")):
        return None  # an example address in a placeholder is not language
    return words


def scan_ui(root: Path = ROOT) -> list[Finding]:
    """Every string the UI code shows without a translation call around it, and every call that
    translates with a context lupdate cannot see."""
    findings: list[Finding] = []
    ui = root / "crisisplan" / "ui"
    for path in sorted(ui.rglob("*.py")):
        rel = str(path.relative_to(root))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in ("tr", "_tr", "tr_form", "trUtf8"):
                findings.append(Finding(rel, node.lineno, f"{name}(…): context chosen at run time"))
                continue
            if name == "translate" and isinstance(node.func, ast.Attribute) and path.name != "i18n.py":
                findings.append(Finding(rel, node.lineno, "QCoreApplication.translate: use crisisplan.ui.i18n"))
            if name in ("translate", "QT_TRANSLATE_NOOP"):
                args = node.args[:2]
                if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                    if path.name != "i18n.py":
                        findings.append(Finding(rel, node.lineno, f"{name} without a literal context and text"))
                elif node.keywords or not all(isinstance(a, (ast.Constant, ast.Name)) for a in node.args[2:]):
                    # pyside6-lupdate's Python reader drops the whole call when the count is an
                    # attribute (counts.drafts) or an argument is given by keyword
                    findings.append(Finding(rel, node.lineno, f"{name}: pass the count as a plain name"))
                continue
            if name in WRAPPERS:
                continue
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id in NOT_SHOWN:
                continue
            if name in VISIBLE_METHODS or name in VISIBLE_CALLS:
                positions = TEXT_ARGUMENTS.get(name)
                shown_args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
                for arg in [*shown_args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]:
                    shown = _untranslated(arg)
                    if shown is not None:
                        findings.append(Finding(rel, node.lineno, f"{name}({shown[:50]!r}) is not translated"))
    return findings


def lupdate_tool() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate is installed with PySide6"
    return found


def extract(root: Path, out: Path) -> ET.Element:
    """Run pyside6-lupdate over root/crisisplan into `out`; returns the parsed .ts."""
    files = sorted(p for p in (root / "crisisplan").rglob("*.py") if "__pycache__" not in p.parts)
    listing = out.with_suffix(".txt")
    listing.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
    result = subprocess.run([lupdate_tool(), "-no-obsolete", f"@{listing}", "-ts", str(out)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return ET.parse(out).getroot()


def messages(ts: ET.Element) -> list[tuple[str, str, str]]:
    """(context, source, location) of every message in a .ts."""
    found = []
    for context in ts.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            where = f"{location.get('filename')}:{location.get('line')}" if location is not None else "?"
            found.append((name, message.findtext("source") or "", where))
    return found


def contexts_in_code(root: Path = ROOT) -> set[tuple[str, str]]:
    """(context, text) of every translate / QT_TRANSLATE_NOOP call with literal arguments."""
    found: set[tuple[str, str]] = set()
    for path in sorted((root / "crisisplan").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in ("translate", "QT_TRANSLATE_NOOP") \
                    and len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2]):
                found.add((node.args[0].value, node.args[1].value))
    return found


def build_pseudo_qm(folder: Path) -> Path:
    """The pseudo-locale compiled from the code as it is now (lupdate, pseudo-translate, lrelease),
    so the check covers strings added since resources/translations was last refreshed."""
    sys.path.insert(0, str(ROOT))
    from tools.build_translations import build
    from tools.make_pseudo_locale import PSEUDO_LANGUAGE, fill

    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"crisisplan_{PSEUDO_LANGUAGE}.ts"
    extract(ROOT, ts)
    fill(ts, ts)
    qm = ts.with_suffix(".qm")
    build(ts, qm)
    return qm
