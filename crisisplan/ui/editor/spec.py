"""What kind of editor each field of a form model needs, read from its pydantic definition.

The form builder never guesses from field names: it reads the annotation (str, bool, date, Choice,
int, nested section, list of sections), the text constraints (one line or several) and the
`own_words` marker. A field type it does not know is a programming error (TypeError), so a new
kind of field cannot silently go missing from the editor.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Annotated, Any, Union, get_args, get_origin

from annotated_types import Ge, Gt, Le, Lt, MaxLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from crisisplan.forms.fields import LONG, MULTI_LINE_PATTERN, Choice, is_own_words


class Kind(Enum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    FLAG = "flag"
    YES_NO_UNKNOWN = "yes_no_unknown"
    DATE = "date"
    CHOICE = "choice"
    NUMBER = "number"
    SECTION = "section"
    LIST = "list"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    title: str
    description: str | None
    kind: Kind
    optional: bool = False
    required: bool = False  # no default: the user must choose (a required choice starts on "Choose…")
    own_words: bool = False
    choice: type[Choice] | None = None
    model: type[BaseModel] | None = None
    minimum: int = 0
    maximum: int = 0
    max_items: int | None = None
    max_length: int | None = None  # characters, for text


SKIPPED = frozenset({"format", "format_version"})


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(args) < len(get_args(annotation)):
            return args[0], True
    return annotation, False


def _unwrap_annotated(annotation: Any) -> tuple[Any, list[Any]]:
    metadata: list[Any] = []
    while get_origin(annotation) is Annotated:
        base, *extra = get_args(annotation)
        for item in extra:
            metadata.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        annotation = base
    return annotation, metadata


def _bounds(metadata: list[Any]) -> tuple[int, int]:
    low, high = 0, 999
    for item in metadata:
        if isinstance(item, Ge):
            low = int(item.ge)  # type: ignore[call-overload]
        elif isinstance(item, Gt):
            low = int(item.gt) + 1  # type: ignore[call-overload]
        elif isinstance(item, Le):
            high = int(item.le)  # type: ignore[call-overload]
        elif isinstance(item, Lt):
            high = int(item.lt) - 1  # type: ignore[call-overload]
    return low, high


def _max_items(metadata: list[Any]) -> int | None:
    for item in metadata:
        if isinstance(item, MaxLen):
            return int(item.max_length)
    return None


def _text_kind(metadata: list[Any]) -> Kind:
    for item in metadata:
        max_length = getattr(item, "max_length", None)
        if getattr(item, "pattern", None) == MULTI_LINE_PATTERN or (
                isinstance(max_length, int) and max_length >= LONG):
            return Kind.LONG_TEXT
    return Kind.SHORT_TEXT


def field_spec(model: type[BaseModel], name: str) -> FieldSpec:
    """The editor a field needs (TypeError for a field type the editor cannot show)."""
    info = model.model_fields[name]
    annotation, optional = _unwrap_optional(info.annotation)
    base, metadata = _unwrap_annotated(annotation)
    metadata = [*info.metadata, *metadata]
    common: dict[str, Any] = {
        "name": name,
        "title": info.title or name.replace("_", " ").capitalize(),
        "description": info.description,
        "optional": optional,
        "required": info.is_required(),
        "own_words": is_own_words(model, name),
    }
    if base is str:
        lengths = [getattr(m, "max_length", None) for m in metadata]
        limit = next((n for n in lengths if isinstance(n, int)), None)
        return FieldSpec(kind=_text_kind(metadata), max_length=limit, **common)
    if base is bool:
        return FieldSpec(kind=Kind.YES_NO_UNKNOWN if optional else Kind.FLAG, **common)
    if base is date:
        return FieldSpec(kind=Kind.DATE, **common)
    if isinstance(base, type) and issubclass(base, Choice):
        return FieldSpec(kind=Kind.CHOICE, choice=base, **common)
    if base is int:
        low, high = _bounds(metadata)
        return FieldSpec(kind=Kind.NUMBER, minimum=low, maximum=high, **common)
    if isinstance(base, type) and issubclass(base, BaseModel):
        return FieldSpec(kind=Kind.SECTION, model=base, **common)
    if get_origin(base) is list:
        (element,) = get_args(base)
        if isinstance(element, type) and issubclass(element, BaseModel):
            return FieldSpec(kind=Kind.LIST, model=element, max_items=_max_items(metadata), **common)
    raise TypeError(f"The form builder cannot edit {model.__name__}.{name}")


def model_specs(model: type[BaseModel]) -> list[FieldSpec]:
    return [field_spec(model, name) for name in model.model_fields if name not in SKIPPED]


def default_raw(model: type[BaseModel]) -> dict[str, Any]:
    """The raw data of a fresh entry: defaults, with each required choice left unchosen (None), so
    no clinical field starts with a value the user did not choose."""
    values: dict[str, Any] = {}
    unchosen: list[str] = []
    for spec in model_specs(model):
        if model.model_fields[spec.name].is_required() and spec.choice is not None:
            values[spec.name] = next(iter(spec.choice)).value  # only to build the other defaults
            unchosen.append(spec.name)
    raw = model.model_validate(values).model_dump(mode="json")
    for name in unchosen:
        raw[name] = None
    return raw
