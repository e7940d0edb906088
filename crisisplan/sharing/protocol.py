"""The local information-sharing protocol: models, loading, saving and the bundled samples.

A protocol (one JSON file per locality, documented in docs/protocol-format.md) names the area, the
partner organisations that signed its declaration, the recipients and the items each receives by
default, the 24-hour numbers, how long a card stays valid and the keys trusted to sign cards.
The person's consent, not the protocol, decides what is finally shared; the protocol sets defaults.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from crisisplan.forms.items import Item
from crisisplan.paths import resources_dir
from crisisplan.sharing.protocol_errors import ProblemList, ProtocolError, excerpt, problems_from_errors
from crisisplan.sharing.protocol_fields import (
    RECIPIENT_KEYS,
    REQUIRED_RECIPIENTS,
    IsoDate,
    ItemKey,
    KeyId,
    Label,
    Name,
    Note,
    PartnerKind,
    PhoneNumber,
    PublicKeyB64,
    RecipientKey,
    Slug,
    Statement,
    ValidityDays,
    Version,
    kid_for,
)
from crisisplan.sharing.protocol_text import MAX_PROTOCOL_BYTES, parse_protocol_json

__all__ = [
    "MAX_PROTOCOL_BYTES", "RECIPIENT_KEYS", "REQUIRED_RECIPIENTS", "CrisisNumber", "Partner",
    "PartnerKind", "Protocol", "ProtocolError", "ProtocolNotFoundError", "Recipient", "Source",
    "TrustedKey", "UnknownRecipientError", "bundled_protocol", "bundled_protocols", "dump_protocol",
    "load_protocol", "protocol_json_schema", "protocols_dir",
]


class UnknownRecipientError(LookupError):
    """A recipient was asked for that the protocol does not name."""


class ProtocolNotFoundError(LookupError):
    """No bundled protocol has the id asked for."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    """Which local declaration the protocol comes from."""

    declaration: Note
    note: Note


class Partner(_Model):
    """A partner organisation (a signatory of the local declaration)."""

    name: Name
    kind: PartnerKind
    note: Note | None = None


class Recipient(_Model):
    """Someone who may receive a copy, and the items that copy carries by default."""

    display_name: Label
    organisations: tuple[Name, ...] = Field(default=(), max_length=50)
    items: tuple[ItemKey, ...] = Field(max_length=len(Item))
    use_restriction: Statement | None = None
    """What the information may NOT be used for (required for police)."""

    @field_validator("items")
    @classmethod
    def _items_once(cls, items: tuple[Item, ...]) -> tuple[Item, ...]:
        if len(set(items)) != len(items):
            repeated = sorted({i.value for i in items if items.count(i) > 1})
            raise ValueError(f"{', '.join(repeated)} listed more than once; list each item once")
        return items


class CrisisNumber(_Model):
    """A 24-hour (or out-of-hours) number printed on cards and summaries."""

    label: Label
    number: PhoneNumber
    hours: Label
    notes: Note | None = None
    set_locally: bool = Field(default=False, strict=True)
    """True when the number is a placeholder the administrator must replace (as in the samples)."""


class TrustedKey(_Model):
    """A public key trusted to sign cards in this area."""

    kid: KeyId
    organisation: Name
    public_key: PublicKeyB64
    valid_from: IsoDate
    valid_until: IsoDate | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TrustedKey:
        problems: list[str] = []
        if kid_for(self.public_key) != self.kid:
            problems.append(
                f"kid {self.kid} does not belong to this public_key (its key id is "
                f"{kid_for(self.public_key)}); copy the key id and the key together from the same export"
            )
        if self.valid_until is not None and self.valid_until < self.valid_from:
            problems.append("valid_until is before valid_from; correct one of the dates")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Protocol(_Model):
    """One locality's information-sharing protocol."""

    format: Literal["crisisplan.protocol"] = "crisisplan.protocol"
    format_version: Literal[1] = 1
    id: Slug
    area: Label
    version: Version
    effective_date: IsoDate
    review_date: IsoDate
    source: Source
    partners: tuple[Partner, ...] = Field(max_length=100)
    recipients: dict[RecipientKey, Recipient] = Field(max_length=len(RECIPIENT_KEYS))
    crisis_numbers: tuple[CrisisNumber, ...] = Field(min_length=1, max_length=30)
    card_validity_days: ValidityDays
    max_card_lifetime_days: int = Field(default=365, ge=1, le=3660, strict=True)
    """No card is accepted longer than this after its issue date, whatever its own dates say (TRUST-03)."""
    trusted_keys: tuple[TrustedKey, ...] = Field(default=(), max_length=100)

    @field_validator("recipients")
    @classmethod
    def _recipients_complete(cls, recipients: dict[str, Recipient]) -> dict[str, Recipient]:
        problems = [
            f"recipients: missing required recipient '{key}'; add it (see docs/protocol-format.md)"
            for key in REQUIRED_RECIPIENTS
            if key not in recipients
        ]
        police = recipients.get("police")
        if police is not None and police.use_restriction is None:
            problems.append(
                "recipients.police.use_restriction: is missing; police copies must say what the "
                "information may not be used for"
            )
        if problems:
            raise ProblemList(problems)
        return {key: recipients[key] for key in RECIPIENT_KEYS if key in recipients}

    @model_validator(mode="after")
    def _consistent(self) -> Protocol:
        problems: list[str] = []
        if self.review_date <= self.effective_date:
            problems.append("review_date: must be later than effective_date")
        names = [p.name for p in self.partners]
        seen: set[str] = set()
        for index, name in enumerate(names):
            if name.casefold() in seen:
                problems.append(f"partners[{index}].name: {excerpt(name)} is listed twice; list it once")
            seen.add(name.casefold())
        for key, recipient in self.recipients.items():
            for index, org in enumerate(recipient.organisations):
                if org not in names:
                    problems.append(
                        f"recipients.{key}.organisations[{index}]: {excerpt(org)} is not one of the "
                        "partners; add it to partners or correct the name (it must match exactly)"
                    )
        kids = [k.kid for k in self.trusted_keys]
        for index, kid in enumerate(kids):
            if kid in kids[:index]:
                problems.append(
                    f"trusted_keys[{index}].kid: {kid} is listed twice; each key id must be unique"
                )
        if problems:
            raise ProblemList(problems)
        return self

    def recipient(self, key: str) -> Recipient:
        """The recipient with this key; UnknownRecipientError if the protocol does not name it."""
        found = self.recipients.get(key)
        if found is not None:
            return found
        named = ", ".join(self.recipients)
        if key not in RECIPIENT_KEYS:
            raise UnknownRecipientError(
                f"{excerpt(key)} is not a recipient crisisplan knows; "
                f"recipients are: {', '.join(RECIPIENT_KEYS)}"
            )
        raise UnknownRecipientError(
            f"the {self.area} protocol has no recipient '{key}'; it names: {named}. "
            "Choose one of these, or add the recipient to the protocol file"
        )

    def default_items(self, recipient: str) -> frozenset[Item]:
        """The items this recipient receives by default (before the person's consent is applied)."""
        return frozenset(self.recipient(recipient).items)

    def card_valid_until(self, issued: date, plan_review: date | None) -> date:
        """The card's valid-until date: the plan's review date or issue + validity, whichever is first."""
        try:
            limit = issued + timedelta(days=self.card_validity_days)
        except OverflowError:
            limit = date.max
        return limit if plan_review is None else min(plan_review, limit)

    def numbers_to_replace(self) -> tuple[CrisisNumber, ...]:
        """Numbers still marked ``set_locally`` (placeholders an administrator must replace)."""
        return tuple(n for n in self.crisis_numbers if n.set_locally)


_ALLOWED_FIELDS: Mapping[str, tuple[str, ...]] = {
    "": tuple(Protocol.model_fields),
    "source": tuple(Source.model_fields),
    "partners": tuple(Partner.model_fields),
    "recipients": tuple(Recipient.model_fields),
    "crisis_numbers": tuple(CrisisNumber.model_fields),
    "trusted_keys": tuple(TrustedKey.model_fields),
}


def load_protocol(text: str | bytes) -> Protocol:
    """Parse and validate a protocol file's contents; ProtocolError lists every problem found."""
    data = parse_protocol_json(text)
    try:
        return Protocol.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        raise ProtocolError(problems_from_errors(errors, _ALLOWED_FIELDS)) from None
    except RecursionError:
        too_deep = "the file nests brackets too deeply; check that this is a protocol file"
        raise ProtocolError([too_deep]) from None


def dump_protocol(protocol: Protocol) -> str:
    """The protocol as stable, pretty JSON (UTF-8 text ending in a newline) that loads back equal."""
    return json.dumps(protocol.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def protocols_dir() -> Path:
    """The folder of bundled protocol files."""
    return resources_dir() / "protocols"


def bundled_protocols() -> list[Protocol]:
    """Every bundled protocol, in file-name order. A damaged bundled file raises ProtocolError.
    Parsed once per set of files (protocols are immutable): issuing a card asks for them often."""
    paths = sorted(protocols_dir().glob("*.json"))
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
    return list(_load_bundled(stamp))


@lru_cache(maxsize=4)
def _load_bundled(stamp: tuple[tuple[str, int, int], ...]) -> tuple[Protocol, ...]:
    protocols: list[Protocol] = []
    for name, _mtime, _size in stamp:
        path = Path(name)
        try:
            protocols.append(load_protocol(path.read_bytes()))
        except ProtocolError as exc:
            raise ProtocolError([f"bundled file {path.name}: {p}" for p in exc.problems]) from None
    return tuple(protocols)


def bundled_protocol(protocol_id: str) -> Protocol:
    """The bundled protocol with this id; ProtocolNotFoundError lists the ids there are."""
    protocols = bundled_protocols()
    for protocol in protocols:
        if protocol.id == protocol_id:
            return protocol
    known = ", ".join(p.id for p in protocols) or "none"
    raise ProtocolNotFoundError(
        f"there is no bundled protocol with id {excerpt(protocol_id)}; bundled protocols are: {known}"
    )


def protocol_json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) describing the protocol file format."""
    schema = Protocol.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://crisisplan.invalid/schemas/protocol-1.json",
        **schema,
        "title": "crisisplan local information-sharing protocol (format_version 1)",
    }
