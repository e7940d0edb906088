"""SEC-01: a reception/admin user reads no clinical text with their own slot's keys."""

from __future__ import annotations

import pytest

from tests.security.conftest import CLINICAL_WORD, PASSPHRASES, Practice
from tests.security.insider import insider_db


@pytest.mark.xfail(strict=True, reason="clinical content is not yet under the clinical key "
                   "(docs/security.md section 9): the attack still works")
def test_reception_reads_no_plan_document_from_the_database(practice: Practice) -> None:
    with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
        documents = " ".join(str(r[0]) for r in conn.execute("SELECT document FROM plan_versions"))
    assert CLINICAL_WORD not in documents
