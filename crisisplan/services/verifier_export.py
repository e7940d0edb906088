"""`crisisplan verifier export DIR`: the phone verifier page with the organisation's pinned trust
root and current signed trust bundle (format 2) injected, its service worker, manifest and icon,
the bundle itself (the address the page refreshes it from), and a one-page handout PDF with a QR
code that opens the page.

The page template is resources/verifier/verifier.html, built from verifier/ (see verifier/build.mjs).
The bundle is checked here (root fingerprint, COSE signature by the root, body format) so a page
that could not verify anything is never written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crisisplan.export.pdf_verifier_handout import handout_pdf
from crisisplan.export.signed_trust import open_trust_bundle
from crisisplan.export.trust import TrustBundle, TrustBundleError
from crisisplan.i18n import QT_TRANSLATE_NOOP, message_of
from crisisplan.paths import resources_dir
from crisisplan.services.atomic import write_bytes_atomic, write_text_atomic
from crisisplan.services.errors import InvalidRequest

PAGE = "verifier.html"
STATIC_FILES = ("sw.js", "manifest.webmanifest", "icon.svg")
BUNDLE_FILE = "trust-bundle.json"
HANDOUT_FILE = "verifier-handout.pdf"
CONFIG_MARKER = '<script type="application/json" id="crisisplan-config">null</script>'
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class VerifierExport:
    page: Path
    handout: Path
    files: tuple[Path, ...]
    sequence: int
    issued_at: str


def _refuse(message: str) -> InvalidRequest:
    return InvalidRequest(QT_TRANSLATE_NOOP("services", "The verifier was not written: {message}").format(
        message=message))


def _check_bundle(fingerprint: str, bundle_json_text: str) -> TrustBundle:
    """The bundle, after the same check every verifier makes: signed by the pinned root (trust-spec)."""
    try:
        return open_trust_bundle(bundle_json_text, fingerprint)
    except TrustBundleError as exc:
        raise _refuse(message_of(exc) or str(exc)) from None


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc or len(url) > 500:
        raise _refuse(QT_TRANSLATE_NOOP("services", "the address must be a full http:// or https:// address of the "
                                                    "page, at most 500 characters."))


def make_page(template: str, root_fingerprint: str, bundle: dict[str, Any], police_restriction: str | None) -> str:
    """The page with its configuration injected (JSON, with '<' escaped so it cannot end the script)."""
    if template.count(CONFIG_MARKER) != 1:
        raise _refuse(QT_TRANSLATE_NOOP("services", "the page template is damaged (reinstall the app)."))
    config = {
        "root_fingerprint": root_fingerprint,
        "bundle": bundle,
        "bundle_url": BUNDLE_FILE,
        "police_restriction": police_restriction,
    }
    data = json.dumps(config, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c")
    return template.replace(CONFIG_MARKER, CONFIG_MARKER.replace(">null<", f">{data}<"))


def export_verifier(
    root_fingerprint: str,
    bundle_json_text: str,
    url: str,
    out_dir: Path,
    *,
    police_restriction: str | None = None,
) -> VerifierExport:
    """Write the verifier page, its files, the bundle and the handout PDF into `out_dir`.

    `root_fingerprint`: lower-case hex SHA-256 of the trust root's SubjectPublicKeyInfo DER (the
    page is pinned to it); `bundle_json_text`: the signed trust bundle file's text; `url`: where the
    trust will publish `out_dir/verifier.html` (the handout's QR code opens it)."""
    fingerprint = root_fingerprint.strip().lower()
    if not _FINGERPRINT.fullmatch(fingerprint):
        raise _refuse(QT_TRANSLATE_NOOP("services", "the trust root fingerprint must be 64 hexadecimal digits."))
    _check_url(url)
    body = _check_bundle(fingerprint, bundle_json_text)
    source = resources_dir() / "verifier"
    template = (source / PAGE).read_text(encoding="utf-8")
    page = make_page(template, fingerprint, json.loads(bundle_json_text.lstrip("\ufeff")), police_restriction)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / PAGE]
    write_text_atomic(out_dir / PAGE, page)
    for name in STATIC_FILES:
        write_bytes_atomic(out_dir / name, (source / name).read_bytes())
        written.append(out_dir / name)
    write_text_atomic(out_dir / BUNDLE_FILE, bundle_json_text)
    written.append(out_dir / BUNDLE_FILE)
    issued_at = body.issued_at.isoformat()
    label = f"Trust list no. {body.sequence} of {issued_at[:10]}."
    write_bytes_atomic(out_dir / HANDOUT_FILE, handout_pdf(url, body.organisation, fingerprint, label))
    written.append(out_dir / HANDOUT_FILE)
    for path in written:  # published on a web server or sent to responders: nothing private here
        path.chmod(0o644)
    return VerifierExport(
        page=out_dir / PAGE,
        handout=out_dir / HANDOUT_FILE,
        files=tuple(written),
        sequence=body.sequence,
        issued_at=issued_at,
    )


def export_from_store(session: Any, out_dir: Path, url: str) -> VerifierExport:
    """Sign a new trust bundle from the store and write the page pinned to this organisation's root,
    with the police restriction of the protocol in use (the CLI's and the desktop's one path)."""
    from crisisplan.services import protocols, trust

    _check_url(url)
    exported = trust.export_trust(session, out_dir)
    police = protocols.active_protocol(session).recipients.get("police")
    restriction = police.use_restriction if police is not None else None
    return export_verifier(exported.fingerprint, exported.bundle_path.read_text(encoding="utf-8"), url, out_dir,
                           police_restriction=restriction)
