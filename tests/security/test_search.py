"""SEC-01: reception search answers questions about identifiers only, never about clinical text."""

from __future__ import annotations

from crisisplan.services.plans import count_plans, list_plans
from tests.security.conftest import CLINICAL_WORD, Practice


def test_reception_search_does_not_answer_clinical_questions(practice: Practice) -> None:
    with practice.session("adam") as session:
        for word in (CLINICAL_WORD, "overdose", "cloz"):
            assert list_plans(session, search=word) == []
            assert count_plans(session, search=word) == 0
        assert [p.plan_id for p in list_plans(session, search="999 000 0018")] == [practice.plan_id]
        assert [p.plan_id for p in list_plans(session, search="Example")] == [practice.plan_id]
    with practice.session("carl") as session:  # clinicians still search the text
        assert [p.plan_id for p in list_plans(session, search=CLINICAL_WORD)] == [practice.plan_id]
