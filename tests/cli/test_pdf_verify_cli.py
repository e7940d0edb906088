"""`crisisplan verify FILE.pdf` on the signed PDFs the CLI issues: the A4 summary and the person's
copy verify with exit 0; one changed byte gives 13 (tampered) even though the summary's QR code still
reads; the wallet card (not PDF-signed: its QR is) still verifies and says so."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_card_cli import _consented_plan
from tests.cli.test_cli import cli  # noqa: F401  (fixture)


def test_verify_signed_pdfs_from_the_cli(cli, data_dir: Path, tmp_path: Path):  # noqa: F811
    assert cli("org", "Example Community Mental Health Team")[0] == 0
    assert cli("demo", "--count", "6")[0] == 0
    plan_id = _consented_plan(data_dir)
    out = tmp_path / "cards"
    code, _, err = cli("card", str(plan_id), "--recipient", "ambulance", "--out", str(out), "--reason", "Agreed")
    assert code == 0, err
    code, _, err = cli("person-copy", str(plan_id), "--out", str(tmp_path / "person"))
    assert code == 0, err
    code, exported, _ = cli("trust", "export", str(tmp_path / "bundle"))
    assert cli("trust", "pin", exported.split("fingerprint: ")[1].strip())[0] == 0
    trust = str(tmp_path / "bundle" / "trust-bundle.json")

    summary = next(out.glob("summary-ambulance-*.pdf"))
    code, text, _ = cli("verify", str(summary), "--trust", trust)
    assert code == 0 and text.startswith("VALID")
    assert "PDF signature: VALID. The PDF is signed by Example Community Mental Health Team" in text

    person = next((tmp_path / "person").glob("*.pdf"))
    code, text, _ = cli("verify", str(person), "--trust", trust)
    assert code == 0 and "PDF signature: VALID" in text

    wallet = next(out.glob("crisis-card-ambulance-*.pdf"))
    code, text, _ = cli("verify", str(wallet), "--trust", trust)
    assert code == 0 and "PDF signature: none (The PDF is not signed.)" in text

    data = bytearray(summary.read_bytes())
    data[data.index(b"ReportLab") + 1] ^= 0x20
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    code, text, _ = cli("verify", str(altered), "--trust", trust)
    assert code == 13 and text.startswith("TAMPERED OR DAMAGED") and "ALTERED" in text
    assert "PDF signature: TAMPERED OR DAMAGED" in text
