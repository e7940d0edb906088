"""Screenshots of the plan editor and share dialog under Xvfb (run from /work/main with the venv).

    .venv/bin/python tools/screenshots_editor.py [--sizes 1366x768,1920x1080] [--out docs/images/screens]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_size(size: str, out: Path) -> int:
    display = 150 + (0 if size.startswith("1366") else 1)
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            if time.monotonic() > deadline:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": "1"}
        return subprocess.run([sys.executable, __file__, "--child", size, "--out", str(out)], env=env,
                              cwd=ROOT, check=False).returncode
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def child(size: str, out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication


    app = QApplication(["crisisplan"])
    width, height = (int(v) for v in size.split("x"))

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def save(widget: object, name: str) -> None:
        settle()
        path = out / f"{name}-{size}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print("saved", path)

    from crisisplan.forms.consent import ConsentStatus
    from crisisplan.forms.items import Item
    from crisisplan.services.consent import set_consent
    from crisisplan.services.demo import generate_plans
    from crisisplan.services.plans import save_plan
    from crisisplan.services.session import create_store
    from crisisplan.ui.editor import PlanEditor
    from crisisplan.ui.share import ShareDialog

    tmp = Path(tempfile.mkdtemp())
    session, _ = create_store(tmp / "store", "alice", "Alice", "a long passphrase",
                              roles=("admin", "clinician"), kdf_iterations=1000, demo=True)
    ids = [save_plan(session, plan).plan_id for plan in generate_plans(10, seed=0)]
    from crisisplan.services.protocols import active_protocol, confirm_sample_protocol, set_organisation_name

    set_organisation_name(session, "Riverside Practice (fictional)")  # as the first-run wizard leaves it
    confirm_sample_protocol(session, active_protocol(session).id)

    # 1. About me with a mistyped NHS number: the problem next to the field and in the summary.
    editor = PlanEditor(session, ids[1])
    editor.resize(width, height)
    editor.show()
    settle()
    nhs = editor.form.page("person").form.locate(["person", "nhs_number"]).focus_target()
    nhs.setFocus()
    nhs.selectAll()
    nhs.insert("943 476 5918")
    editor.validate()
    editor.form.page("person").ensureWidgetVisible(nhs, 40, 200)
    save(editor, "editor-problem")
    nhs.setText("999 765 4323")
    editor.validate()
    editor.form.page("person").verticalScrollBar().setValue(0)
    save(editor, "editor-about-me")
    editor._drafts.stop()
    editor.hide()

    # 2. The advance decision page of a plan whose decision lacks a witness's name.
    editor = PlanEditor(session, ids[2])
    editor.resize(width, height)
    editor.show()
    page = editor.form.show_page("advance")
    settle()
    decisions = page.form.locate(["advance_decisions"])
    page.ensureWidgetVisible(decisions.entries[0].note, 40, 40)
    bar = page.verticalScrollBar()
    bar.setValue(decisions.mapTo(page.widget(), decisions.rect().topLeft()).y() - 200)
    save(editor, "editor-advance-decisions")
    page.verticalScrollBar().setValue(0)
    save(editor, "editor-advance-top")

    # 3. Early warning signs: a list of entries in the person's own words.
    editor.form.show_page("early_warning_signs")
    save(editor, "editor-warning-signs")
    editor._drafts.stop()
    editor.hide()

    # 4. Share with the police: consent recorded for some items; one more ticked without consent.
    plan_id = ids[8]
    set_consent(session, plan_id, "police", [Item.NAME, Item.DATE_OF_BIRTH, Item.RISKS,
                                             Item.LANGUAGE_COMMUNICATION], ConsentStatus.GIVEN)
    dialog = ShareDialog(session, plan_id, out_dir=tmp / "cards")
    dialog.resize(width, height)
    dialog.show()
    settle()
    index = dialog.recipient.findData("police")
    dialog.recipient.setCurrentIndex(index)
    save(dialog, "share-decide")
    row = next((r for r in dialog.items.rows if not r.box.isChecked()), None)
    if row is not None:
        row.box.setChecked(True)
    dialog.decision.basis_combo.setCurrentIndex(1)
    dialog.decision.reason_edit.setPlainText("Police called to the person's home at night; officers need to "
                                             "know how to approach safely")
    save(dialog, "share-without-consent")
    dialog.decision.basis_combo.setCurrentIndex(2)
    settle()
    dialog.action_button.click()
    save(dialog, "share-issued")
    dialog.hide()
    del Qt
    session.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "screens"))
    parser.add_argument("--child")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.child:
        return child(args.child, out)
    return max(run_size(size, out) for size in args.sizes.split(","))


if __name__ == "__main__":
    raise SystemExit(main())
