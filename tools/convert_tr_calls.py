"""Rewrite old-style translation calls in crisisplan/ui to crisisplan.ui.i18n.translate (issue 14).

Code written before the translation pipeline (or on a branch merged after it) calls `self.tr("…")`,
a module-level `tr("…")`/`_tr("…")` or `tr_form(x)`: contexts chosen at run time, which
pyside6-lupdate cannot extract. This rewrites each call in place:

    self.tr("Text")          -> translate("EnclosingClass", "Text")
    tr("Text") / _tr("Text") -> translate("<the module's old context>", "Text")
    tr_form(x)               -> translate_marked(x)

removes the old wrapper definitions, fixes the imports (then run `ruff check --fix`), and reports
the calls it cannot rewrite (a text that is not a literal) to be done by hand with
QT_TRANSLATE_NOOP + translate_marked. Lines it makes longer than 120 characters are listed too.

    .venv/bin/python tools/convert_tr_calls.py [FILE ...]     # default: every file in crisisplan/ui
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITOR = "Editor"
#: The contexts the old module-level wrappers used, for calls merged in after the wrapper was removed.
OLD_CONTEXTS = {
    "crisisplan/ui/actions.py": "MainWindow", "crisisplan/ui/dialogs.py": "dialogs",
    "crisisplan/ui/errors.py": "errors", "crisisplan/ui/fhir_dialog.py": "FhirDialog",
    "crisisplan/ui/formatting.py": "formatting", "crisisplan/ui/quit_prompt.py": "MainWindow",
    "crisisplan/ui/records/audit.py": "records", "crisisplan/ui/records/keys.py": "records",
    "crisisplan/ui/records/ledger.py": "records", "crisisplan/ui/records/partners.py": "records",
    "crisisplan/ui/records/protocols.py": "records", "crisisplan/ui/records/users.py": "records",
    "crisisplan/ui/session_status.py": "SessionStatus", "crisisplan/ui/verifier_dialog.py": "VerifierDialog",
    "crisisplan/ui/verify/contents.py": "card contents", "crisisplan/ui/window_dialogs.py": "MainWindow",
}
WRAPPERS = ("tr", "_tr", "tr_form")


def module_context(tree: ast.Module, relative: str) -> str:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and sub.args and isinstance(sub.args[0], ast.Constant):
                    return str(sub.args[0].value)
    return OLD_CONTEXTS.get(relative, EDITOR)


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def convert(path: Path) -> list[str]:
    """Rewrite one file; returns what needs a person."""
    parts = path.resolve().parts
    relative = "/".join(parts[parts.index("crisisplan"):]) if "crisisplan" in parts else path.name
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    context = module_context(tree, relative)
    data = source.encode()
    starts = [0]
    for line in data.split(b"\n"):
        starts.append(starts[-1] + len(line) + 1)
    edits: list[tuple[int, int, bytes]] = []
    notes: list[str] = []

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func = node.func
            kind = None
            if isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
                kind = "module"
            elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
                kind = "object"
            elif isinstance(func, ast.Name) and func.id == "tr_form":
                kind = "form"
            if kind is not None:
                start = offset(func.lineno, func.col_offset)
                end = offset(func.end_lineno or func.lineno, func.end_col_offset or 0)
                if kind == "form" or (kind == "module" and node.args and not _literal(node.args[0])):
                    edits.append((start, end, b"translate_marked"))
                    if kind == "module":
                        notes.append(f"{relative}:{node.lineno}: check translate_marked({ast.unparse(node.args[0])})"
                                     " is marked with QT_TRANSLATE_NOOP where it is defined")
                elif node.args and _literal(node.args[0]) and not node.keywords:
                    owner = self.classes[-1] if kind == "object" and self.classes else context
                    edits.append((start, end + 1, f'translate("{owner}", '.encode()))
                else:
                    notes.append(f"{relative}:{node.lineno}: rewrite by hand: {ast.unparse(node)[:80]}")
            self.generic_visit(node)

    Visitor().visit(tree)
    for node in tree.body:  # the old wrappers themselves
        if isinstance(node, ast.FunctionDef) and node.name in WRAPPERS:
            edits.append((offset(node.lineno, 0), offset((node.end_lineno or node.lineno) + 1, 0), b""))
    if not edits:
        return notes
    for start, end, text in sorted(edits, reverse=True):
        data = data[:start] + text + data[end:]
    result = data.decode()
    result = re.sub(r"from crisisplan\.ui\.editor\.common import ([^\n(]+)",
                    lambda m: _without_wrappers(m.group(1)), result)
    needed = [name for name in ("translate", "translate_marked") if re.search(rf"\b{name}\(", result)]
    if needed and "from crisisplan.ui.i18n import" not in result:
        body = ast.parse(result).body
        last = max(n.end_lineno or n.lineno for n in body if isinstance(n, (ast.Import, ast.ImportFrom)))
        lines = result.split("\n")
        lines.insert(last, "from crisisplan.ui.i18n import " + ", ".join(needed))
        result = "\n".join(lines)
    path.write_text(result, encoding="utf-8")
    notes.extend(f"{relative}:{number}: longer than 120 characters" for number, line
                 in enumerate(result.split("\n"), 1) if len(line) > 120)
    return notes


def _without_wrappers(names: str) -> str:
    kept = [name.strip() for name in names.split(",") if name.strip() and name.strip() not in WRAPPERS]
    return "from crisisplan.ui.editor.common import " + ", ".join(kept) if kept else ""


def main(argv: list[str]) -> int:
    files = [Path(name) for name in argv] or sorted((ROOT / "crisisplan" / "ui").rglob("*.py"))
    notes = [note for path in files if path.name != "i18n.py" for note in convert(path)]
    print("\n".join(notes) if notes else "nothing left to do by hand")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
