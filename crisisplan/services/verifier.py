"""A verifier installation's own settings, without any store: the organisation trust root it is
pinned to, who is looking (police, ambulance, ED, other), and the newest trust bundle it holds.

Kept in `verifier.json` and `held-trust-bundle.json` in the data folder (no clinical data, no
secrets). A bundle replaces the held one only if it is signed by the pinned root and its sequence
number is strictly higher (TRUST-01: an old bundle cannot be replayed to un-revoke a card)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crisisplan.export.signed_trust import open_trust_bundle, parse_fingerprint
from crisisplan.export.trust import MAX_BUNDLE_BYTES, TrustBundle, TrustBundleError
from crisisplan.export.verify import VIEWERS
from crisisplan.services.atomic import write_text_atomic

SETTINGS_FILE = "verifier.json"
HELD_BUNDLE_FILE = "held-trust-bundle.json"


@dataclass(frozen=True)
class VerifierSettings:
    root: str | None = None
    viewer: str = "other"


def load_settings(data_dir: Path) -> VerifierSettings:
    try:
        raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8")[:4096])
    except (OSError, ValueError):
        return VerifierSettings()
    if not isinstance(raw, dict):
        return VerifierSettings()
    root = raw.get("root")
    try:
        root = parse_fingerprint(root) if isinstance(root, str) else None
    except ValueError:
        root = None
    viewer = raw.get("viewer")
    return VerifierSettings(root, viewer if viewer in VIEWERS else "other")


def _save(data_dir: Path, settings: VerifierSettings) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(data_dir / SETTINGS_FILE, json.dumps({"root": settings.root, "viewer": settings.viewer}) + "\n")


def pin_root(data_dir: Path, fingerprint: str) -> str:
    """Pin this verifier to an organisation trust root. A different root replaces the held bundle."""
    root = parse_fingerprint(fingerprint)
    old = load_settings(data_dir)
    if old.root != root:
        (data_dir / HELD_BUNDLE_FILE).unlink(missing_ok=True)
    _save(data_dir, VerifierSettings(root, old.viewer))
    return root


def remember_viewer(data_dir: Path, viewer: str) -> None:
    if viewer not in VIEWERS:
        raise ValueError(f"Who is looking must be one of: {', '.join(VIEWERS)}.")
    _save(data_dir, VerifierSettings(load_settings(data_dir).root, viewer))


def held_bundle(data_dir: Path, root: str) -> TrustBundle | None:
    """The bundle this verifier holds for `root`, if any."""
    path = data_dir / HELD_BUNDLE_FILE
    try:
        data = path.read_bytes()[: MAX_BUNDLE_BYTES + 1]
    except OSError:
        return None
    try:
        return open_trust_bundle(data, root)
    except TrustBundleError:
        return None


@dataclass(frozen=True)
class BundleChoice:
    bundle: TrustBundle
    note: str
    """What happened to the offered bundle, for the person (empty if it simply became the held one)."""


def offer_bundle(data_dir: Path | None, text: bytes, root: str) -> BundleChoice:
    """Check an offered bundle file against `root` and keep whichever bundle is newer.

    TrustBundleError if the offered file is not signed by `root` (or is damaged)."""
    offered = open_trust_bundle(text, root)
    if data_dir is None:
        return BundleChoice(offered, "")
    held = held_bundle(data_dir, root)
    if held is not None and held.sequence >= offered.sequence:
        if held.sequence == offered.sequence:
            return BundleChoice(held, "")
        return BundleChoice(held, (
            f"The trust bundle given is older (number {offered.sequence}) than the one this verifier already "
            f"holds (number {held.sequence}); the newer one was used."))
    data_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(data_dir / HELD_BUNDLE_FILE, text.decode("utf-8-sig"))
    return BundleChoice(offered, "")
