"""Helpers shared by the card codec tests."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime

from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.keys import key_id
from crisisplan.export.trust import TrustBundle, TrustedKey

ISSUER = "Oxford Health NHS Foundation Trust"
TODAY = date(2025, 9, 1)
"""Within the typical card's validity (issued 2025-06-02, review by 2026-06-02)."""


def bundle_for(
    *keys: ec.EllipticCurvePrivateKey,
    revoked: Collection[str] = frozenset(),
    superseded: Collection[str] = frozenset(),
    max_card_lifetime_days: int = 730,
) -> TrustBundle:
    """A bundle trusting `keys` since 2024. Its maximum card lifetime is two years so the typical card
    (reviewed a year after issue) can be REVIEW_OVERDUE before it is EXPIRED."""
    return TrustBundle(
        issued_at=datetime(2025, 5, 1, 12, 0, tzinfo=UTC),
        locality="oxfordshire",
        keys=tuple(
            TrustedKey(key_id(k.public_key()), ISSUER, k.public_key(), date(2024, 1, 1), None) for k in keys
        ),
        revoked_cards=frozenset(revoked),
        superseded_cards=frozenset(superseded),
        organisation=ISSUER,
        max_card_lifetime_days=max_card_lifetime_days,
    )
