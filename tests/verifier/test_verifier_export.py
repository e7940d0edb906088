"""`crisisplan verifier export`: the page pinned to the organisation's root with its bundle, and
the handout; anything that would make a page unable to verify is refused and nothing is written."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crisisplan.cli import main
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.verifier_export import CONFIG_MARKER, export_verifier
from tests.cli.test_cli import cli  # noqa: F401  (fixture)
from tests.verifier.helpers import ROOT, VECTORS, manifest

URL = "https://intranet.example.nhs.uk/verifier/verifier.html"


def bundle(name: str = "bundle_seq5.json") -> str:
    return (VECTORS / name).read_text(encoding="utf-8")


def injected_config(page: Path) -> dict[str, object]:
    text = page.read_text(encoding="utf-8")
    start = text.index('id="crisisplan-config">') + len('id="crisisplan-config">')
    data: dict[str, object] = json.loads(text[start : text.index("</script>", start)])
    return data


def test_export_writes_pinned_page_files_bundle_and_handout(tmp_path: Path) -> None:
    fp = manifest()["root_fingerprint"]
    restriction = "Not for prosecution </script><b>"
    result = export_verifier(fp, bundle(), URL, tmp_path, police_restriction=restriction)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["icon.svg", "manifest.webmanifest", "sw.js", "trust-bundle.json",
                     "verifier-handout.pdf", "verifier.html"]
    config = injected_config(result.page)
    assert config["root_fingerprint"] == fp and config["bundle_url"] == "trust-bundle.json"
    assert config["bundle"] == json.loads(bundle())
    assert config["police_restriction"] == "Not for prosecution </script><b>"  # escaped in the page, not raw
    assert CONFIG_MARKER not in result.page.read_text(encoding="utf-8")
    assert result.sequence == 5
    text = subprocess.run(["pdftotext", str(result.handout), "-"], capture_output=True, text=True, check=True).stdout
    assert URL in text and fp.upper()[:4] in text and "Trust list no. 5" in text
    pages = subprocess.run(["pdfinfo", str(result.handout)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M)


@pytest.mark.parametrize(
    ("fingerprint", "name", "url"),
    [
        ("0" * 64, "bundle_seq5.json", URL),                 # bundle from another root than the pinned one
        (None, "bundle_other_root.json", URL),
        (None, "bundle_tampered.json", URL),                  # signature does not verify
        (None, "bundle_body_names_other_root.json", URL),
        ("not hex", "bundle_seq5.json", URL),
        (None, "bundle_seq5.json", "javascript:alert(1)"),
        (None, "bundle_seq5.json", "verifier.html"),
    ],
)
def test_refuses_and_writes_nothing(tmp_path: Path, fingerprint: str | None, name: str, url: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(InvalidRequest, match="The verifier was not written"):
        export_verifier(fingerprint or manifest()["root_fingerprint"], bundle(name), url, out)
    assert not out.exists()


def test_refuses_text_that_is_not_a_bundle(tmp_path: Path) -> None:
    for text in ("", "[]", '{"format": "crisisplan.trust", "format_version": 1}', "x" * (1024 * 1024 + 1)):
        with pytest.raises(InvalidRequest):
            export_verifier(manifest()["root_fingerprint"], text, URL, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_exports_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "v"
    code = main(["verifier", "export", str(out), "--url", URL, "--bundle", str(VECTORS / "bundle_seq5.json"),
                 "--root-fingerprint", manifest()["root_fingerprint"]])
    assert code == 0
    assert (out / "verifier.html").exists() and (out / "verifier-handout.pdf").exists()
    assert "trust list no. 5" in capsys.readouterr().out


def test_cli_wrong_root_is_invalid_input(tmp_path: Path) -> None:
    out = tmp_path / "v"
    code = main(["verifier", "export", str(out), "--url", URL, "--bundle", str(VECTORS / "bundle_other_root.json"),
                 "--root-fingerprint", manifest()["root_fingerprint"]])
    assert code == 4 and not out.exists()


def test_module_runs_without_a_store() -> None:
    done = subprocess.run([sys.executable, "-m", "crisisplan", "verifier", "export", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "--root-fingerprint" in done.stdout


def test_cli_exports_from_the_store_pinned_to_its_own_root(cli, tmp_path: Path) -> None:  # noqa: F811
    """Signed in, no bundle given: a fresh bundle is signed and the page is pinned to this store's root."""
    from crisisplan.export.signed_trust import open_trust_bundle

    out = tmp_path / "page"
    code, said, err = cli("trust", "fingerprint", "--hex")
    assert code == 0, err
    fingerprint = said.strip()
    code, said, err = cli("verifier", "export", str(out), "--url", URL)
    assert code == 0, err
    bundle_text = (out / "trust-bundle.json").read_text(encoding="utf-8")
    bundle = open_trust_bundle(bundle_text, fingerprint)
    assert bundle.root_fingerprint == fingerprint
    page = (out / "verifier.html").read_text(encoding="utf-8")
    assert fingerprint in page
    code, _said, err = cli("verifier", "export", str(tmp_path / "x"), "--url", URL, "--bundle", "b.json")
    assert code == 2 and "--root-fingerprint" in err
