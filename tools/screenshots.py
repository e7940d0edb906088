"""Screenshots of the desktop app's main screens, for the README and for looking at them.

    .venv/bin/python tools/screenshots.py [--sizes 1366x768,1920x1080] [--out docs/images/screens]

For each size it starts its own Xvfb (real X server, xcb platform), builds a temporary demo store of
fictional people, and saves PNGs of: the unlock window, the first-run wizard pages, the plan list
(all plans, reviews due), the verify dialog with a valid and an altered card, and the records pages.
Nothing here touches a real store."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "images" / "screens"
DEFAULT_SIZES = "1366x768,1920x1080"


# ---- the parent: one Xvfb and one child process per size -------------------------------------
def free_display() -> int:
    for number in range(90, 140):
        socket, lock = Path(f"/tmp/.X11-unix/X{number}"), Path(f"/tmp/.X{number}-lock")
        if not socket.exists() and not lock.exists():
            return number
    raise SystemExit("No free X display number between :90 and :139.")


def run_size(size: str, out: Path) -> int:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (apt-get install -y xvfb).")
    display = free_display()
    command = ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"]
    xvfb = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            if time.monotonic() > deadline or xvfb.poll() is not None:
                raise SystemExit("Xvfb did not start.")
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": "1"}
        command = [sys.executable, __file__, "--child", size, "--out", str(out)]
        child = subprocess.run(command, env=env, cwd=ROOT, check=False)
        return child.returncode
    finally:
        xvfb.terminate()
        xvfb.wait(10)


# ---- the child: build the screens and grab them ----------------------------------------------
class Shooter:
    def __init__(self, size: str, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication(["crisisplan"])
        self.size = size
        self.out = out
        self.saved: list[Path] = []

    def settle(self, seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def until(self, condition: Callable[[], bool], timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("Timed out waiting for a screen.")
            self.app.processEvents()
            time.sleep(0.02)
        self.settle()

    def screen(self, name: str) -> None:
        """The whole screen (windows and dialogs as the user sees them)."""
        self.settle()
        pixmap = self.app.primaryScreen().grabWindow(0)
        self._save(pixmap, name)

    def widget(self, widget: object, name: str) -> None:
        self.settle()
        self._save(widget.grab(), name)  # type: ignore[attr-defined]

    def _save(self, pixmap: object, name: str) -> None:
        path = self.out / f"{name}-{self.size}.png"
        pixmap.save(str(path))  # type: ignore[attr-defined]
        self.saved.append(path)
        print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def prepare_demo(tmp: Path) -> tuple[Path, Path, Path, str, int]:
    """A demo store, an IG-lead user, one police card issued; returns (store, trust file, card PNG,
    card QR text, plan id)."""
    from crisisplan.cli.context import ensure_demo_store
    from crisisplan.cli.io import DEMO_PASSPHRASE, DEMO_USER
    from crisisplan.services import admin, cards
    from crisisplan.services.plans import list_plans, load_plan
    from crisisplan.services.session import open_session

    store = tmp / "demo-store"
    ensure_demo_store(store)
    with open_session(store, DEMO_USER, DEMO_PASSPHRASE) as session:
        admin.add_user(session, "ivan", "Ivan (information governance)", ["ig_lead"], "ivan's long passphrase")
        for summary in list_plans(session, limit=100):
            plan = load_plan(session, summary.plan_id).plan
            if any(c.recipient == "police" for c in plan.consent):
                loaded, shown = cards.preview(session, summary.plan_id, "police")
                if shown.consented_items:
                    decision = cards.decide(session, shown, share=True, reason="Agreed with the person at review")
                    card = cards.issue_card(session, loaded, shown, decision, tmp / "cards")
                    from crisisplan.services import trust as trust_service

                    exported = trust_service.export_trust(session, tmp / "trust")
                    return store, exported.bundle_path, card.files["qr"], card.qr_text, summary.plan_id
    raise SystemExit("No demo plan has police consent: cannot make a sample card.")


def sign_in(shooter: Shooter, window: object, username: str, passphrase: str) -> None:
    page = window.unlock_page  # type: ignore[attr-defined]
    page.username.setText(username)
    page.passphrase.setText(passphrase)
    page.attempt()
    shooter.until(lambda: window.state == "open")  # type: ignore[attr-defined]


def main_screens(shooter: Shooter, tmp: Path) -> None:
    from crisisplan.cli.io import DEMO_PASSPHRASE, DEMO_USER
    from crisisplan.services.overview import PlanFilter
    from crisisplan.ui.settings import AppSettings
    from crisisplan.ui.shell import MainWindow

    store, trust, card_png, qr_text, plan_id = prepare_demo(tmp)
    settings = AppSettings.at(tmp / "settings.ini")
    window = MainWindow(store, settings, demo=True)
    window.setGeometry(shooter.app.primaryScreen().availableGeometry())
    window.show()
    shooter.settle(0.8)
    shooter.screen("unlock")
    window.unlock_page.username.setText(DEMO_USER)
    window.unlock_page.passphrase.setText("not the passphrase")
    window.unlock_page.attempt()
    shooter.until(lambda: not window.runner.busy and "not right" in window.unlock_page.notice.text)
    shooter.screen("unlock-wrong-passphrase")
    sign_in(shooter, window, DEMO_USER, DEMO_PASSPHRASE)
    shooter.screen("plan-list")
    plans = window.workspace.plans
    plans.set_filter(PlanFilter.REVIEW_DUE)
    shooter.screen("plan-list-reviews-due")
    plans.set_filter(PlanFilter.ALL)

    from crisisplan.export.signed_trust import bundle_root

    settings.trust_root = bundle_root(trust.read_bytes())  # as if typed from the cover sheet
    settings.trust_bundle = trust
    dialog = window.open_verify()
    dialog.check_file(card_png)
    shooter.until(lambda: dialog.status is not None)
    shooter.screen("verify-valid")
    middle = len(qr_text) // 2
    dialog.qr_text.setPlainText(qr_text[:middle] + ("A" if qr_text[middle] != "A" else "B") + qr_text[middle + 1:])
    dialog.check_pasted()
    shooter.screen("verify-altered")
    dialog.close()

    records = window.workspace.show_records()
    for tab, name in ((records.users, "records-users"), (records.protocols, "records-protocols"),
                      (records.keys, "records-keys"), (records.backup, "records-backup")):
        records.tabs.setCurrentWidget(tab)
        shooter.screen(name)
    window.actions_.switch_user.trigger()
    sign_in(shooter, window, "ivan", "ivan's long passphrase")
    records = window.workspace.show_records()
    records.tabs.setCurrentWidget(records.audit)
    records.audit.refresh()
    shooter.screen("records-audit")
    records.show_ledger_for(plan_id)
    shooter.screen("records-ledger")
    window.quick_hide()
    shooter.screen("quick-hide")
    window.lock()
    window.close()


def wizard_screens(shooter: Shooter, tmp: Path) -> None:
    from crisisplan.ui import printing
    from crisisplan.ui.settings import AppSettings
    from crisisplan.ui.wizard import FirstRunWizard

    printing.print_text = lambda *args: True  # no print dialog in a screenshot run
    wizard = FirstRunWizard(tmp / "new-store", AppSettings.at(tmp / "wizard.ini"), kdf_iterations=1000)
    wizard.show()
    screen = shooter.app.primaryScreen().availableGeometry()
    wizard.move(screen.center() - wizard.rect().center())
    shooter.settle(0.6)
    shooter.widget(wizard, "wizard-1-location")
    wizard.next()
    page = wizard.admin_page
    page.full_name.setText("Sam Okafor")
    page.passphrase.setText("three unrelated words")
    page.repeat.setText("three unrelated words")
    shooter.widget(wizard, "wizard-2-administrator")
    wizard.next()
    shooter.until(lambda: wizard.currentId() == 2)
    wizard.recovery_page.stored.setChecked(True)
    shooter.widget(wizard, "wizard-3-recovery-key")
    wizard.next()
    wizard.protocol_page.organisation.setText("Riverside Medical Practice (fictional)")
    shooter.widget(wizard, "wizard-4-protocol")
    wizard.next()
    shooter.widget(wizard, "wizard-5-done")
    wizard.reject()


def child(size: str, out: Path) -> int:
    shooter = Shooter(size, out)
    with tempfile.TemporaryDirectory(prefix="crisisplan-shots-") as folder:
        tmp = Path(folder)
        main_screens(shooter, tmp)
        wizard_screens(shooter, tmp)
    print(f"{len(shooter.saved)} screenshots at {size}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated WIDTHxHEIGHT list")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNG files")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        sys.path.insert(0, str(ROOT))
        return child(args.child, args.out)
    failures = sum(run_size(size.strip(), args.out) != 0 for size in args.sizes.split(",") if size.strip())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
