"""The one error a protocol file can cause, and the translation of validation errors into plain English.

Every message names where in the file the problem is (``recipients.police.items[3]``) and what is
wrong, in words an administrator can act on. Messages never carry a traceback, a validation library's
raw dump, or more than a short excerpt of what the file contained.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

MAX_PROBLEMS = 50
"""At most this many problems are reported; a note says how many more there were."""

_EXCERPT = 40

_SEE_DOCS = "see docs/protocol-format.md"


class ProtocolError(ValueError):
    """A protocol file could not be used. ``problems`` lists every problem found, one sentence each."""

    def __init__(self, problems: Sequence[str]) -> None:
        listed = [p for p in problems if p] or ["the protocol file could not be read"]
        if len(listed) > MAX_PROBLEMS:
            extra = len(listed) - MAX_PROBLEMS
            listed = [*listed[:MAX_PROBLEMS], f"… and {extra} more problems not listed"]
        self.problems: list[str] = listed
        count = len(listed)
        heading = (
            "The protocol file has a problem" if count == 1
            else f"The protocol file has {count} problems"
        )
        super().__init__(f"{heading} (correct the file and load it again):\n- " + "\n- ".join(listed))


class ProblemList(ValueError):
    """Raised inside validators to report several problems at once (each already located)."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def excerpt(value: object) -> str:
    """A short, quoted, single-line rendering of a value from the file, safe to show."""
    text = value if isinstance(value, str) else str(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text[: _EXCERPT + 1])
    if len(text) > _EXCERPT:
        text = text[:_EXCERPT] + "…"
    return "'" + text.replace("'", "\\'") + "'"


def location(loc: Iterable[int | str]) -> str:
    """``('recipients', 'police', 'items', 3)`` → ``recipients.police.items[3]``."""
    out = ""
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if len(part) <= _EXCERPT and part.isprintable() else excerpt(part)
            out += f".{name}" if out else name
    return out


def _plain(error_type: str, ctx: Mapping[str, Any], msg: str) -> str:
    """What the problem is, in plain words (without the location)."""
    simple = {
        "missing": f"is missing; add it ({_SEE_DOCS})",
        "string_type": "must be text in double quotes",
        "int_type": "must be a whole number without quotes",
        "bool_type": "must be true or false (without quotes)",
        "list_type": "must be a list in square brackets [ … ]",
        "tuple_type": "must be a list in square brackets [ … ]",
        "dict_type": "must be an object in curly brackets { … }",
        "model_type": "must be an object in curly brackets { … }",
        "model_attributes_type": "must be an object in curly brackets { … }",
        "none_required": "must be null",
    }
    if error_type in simple:
        return simple[error_type]
    if error_type == "string_too_short":
        return "must not be empty"
    if error_type == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters are allowed"
    if error_type == "too_long":
        return f"has too many entries: at most {ctx.get('max_length')} are allowed"
    if error_type == "too_short":
        least = ctx.get("min_length")
        return f"needs at least {least} {'entry' if least == 1 else 'entries'}"
    if error_type == "literal_error":
        return f"must be one of: {ctx.get('expected')}"
    if error_type in {"value_error", "assertion_error"}:
        return str(ctx.get("error", msg))
    return msg


def _parent(loc: tuple[int | str, ...]) -> str:
    """The kind of object that holds the field at ``loc`` (for naming allowed fields)."""
    if len(loc) <= 1:
        return ""
    return str(loc[0])


def problems_from_errors(
    errors: Sequence[Mapping[str, Any]], allowed_fields: Mapping[str, Sequence[str]]
) -> list[str]:
    """Plain-English problems from pydantic's ``errors(include_input=False)`` list.

    ``allowed_fields`` maps the top-level section name ('' for the top level itself) to the field
    names allowed in its objects, so an unknown field can be answered with the fields that are allowed.
    """
    problems: list[str] = []
    for error in errors:
        loc = tuple(error.get("loc", ()))
        ctx: Mapping[str, Any] = error.get("ctx") or {}
        cause = ctx.get("error")
        if isinstance(cause, ProblemList):
            problems.extend(cause.problems)
            continue
        where = location(loc)
        error_type = str(error.get("type", ""))
        if error_type == "extra_forbidden" and loc:
            allowed = ", ".join(allowed_fields.get(_parent(loc), ()))
            problems.append(
                f"{where}: unknown field {excerpt(loc[-1])}; check the spelling. Allowed fields here are: "
                f"{allowed}"
            )
            continue
        text = _plain(error_type, ctx, str(error.get("msg", "is not valid")))
        problems.append(f"{where}: {text}" if where else text)
    return problems
