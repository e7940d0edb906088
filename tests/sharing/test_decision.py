"""AUD-04 rules of a sharing decision, independent of any store."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from crisisplan.forms.items import Item
from crisisplan.sharing.decision import ConsentState, LawfulBasis, SharingDecision


def make(**kw):
    base = dict(recipient="police", share=True, consent=ConsentState.GIVEN, lawful_basis=LawfulBasis.CONSENT,
                reason="Agreed with the person", items=(Item.NAME, Item.RISKS), decided_by="alice")
    base.update(kw)
    return SharingDecision(**base)


def test_a_consented_share_is_valid():
    d = make()
    assert d.items == (Item.NAME, Item.RISKS) and d.without_consent == ()


@pytest.mark.parametrize("reason", ["", "  ", "ok"])
def test_reason_is_required(reason):
    with pytest.raises(ValidationError):
        make(reason=reason)


def test_sharing_without_consent_needs_another_basis():
    with pytest.raises(ValidationError, match="vital interests"):
        make(without_consent=(Item.RISKS,))
    d = make(without_consent=(Item.RISKS,), lawful_basis=LawfulBasis.SAFEGUARDING, consent=ConsentState.PARTLY_GIVEN)
    assert d.without_consent == (Item.RISKS,)


def test_refused_consent_cannot_be_the_basis():
    with pytest.raises(ValidationError):
        make(consent=ConsentState.REFUSED)


def test_not_sharing_is_a_decision_with_no_items():
    d = make(share=False, items=(), lawful_basis=LawfulBasis.NOT_SHARED, consent=ConsentState.REFUSED)
    assert not d.share
    with pytest.raises(ValidationError):
        make(share=False, lawful_basis=LawfulBasis.NOT_SHARED)  # still lists items
    with pytest.raises(ValidationError):
        make(share=True, items=())


def test_without_consent_items_must_be_shared_items():
    with pytest.raises(ValidationError):
        make(without_consent=(Item.MEDICINES,), lawful_basis=LawfulBasis.VITAL_INTERESTS)
