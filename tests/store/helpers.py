"""Helpers for store tests. Fictional data only (NHS 999 range, Ofcom drama numbers)."""

from __future__ import annotations

import json
import random

from crisisplan.store import IndexFields, Store

FAST_KDF = 1000
PASSPHRASE = "test passphrase for alice"


def nhs_number(seq: int) -> str:
    """The seq-th NHS number of the 999 test range that has a valid modulus-11 check digit."""
    n = 0
    candidate = 0
    while True:
        digits = [int(c) for c in f"999{candidate:06d}"]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        candidate += 1
        if check == 10:
            continue
        if n == seq:
            return "".join(map(str, digits)) + str(check)
        n += 1


def index_fields(name: str = "Ann Example", *, seq: int = 0, dob: str | None = "1980-04-12",
                 postcode: str | None = "OX4 1AB", review: str | None = "2027-01-31", status: str = "active",
                 text: str = "likes walking the dog") -> IndexFields:
    return IndexFields(name=name, nhs_number=nhs_number(seq), date_of_birth=dob, postcode=postcode,
                       review_date=review, status=status, text=text)


def document(**fields: object) -> str:
    return json.dumps({"phone": "01632 960123", **fields}, sort_keys=True)


def random_plans(store: Store, count: int, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    ids = []
    with store.transaction():
        for i in range(count):
            name = f"{rng.choice(['Ann', 'Bob', 'Cy', 'Dee'])} {rng.choice(['Smith', 'Jones', 'Khan'])} {i}"
            ids.append(store.plans.create(document(n=i), index_fields(name, seq=i)).plan_id)
    return ids
