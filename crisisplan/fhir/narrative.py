"""The XHTML narrative of a Composition section: the section's plain-text rendering, escaped."""

from __future__ import annotations

import html
from typing import Any

from crisisplan.fhir.values import Json
from crisisplan.services.plan_text import value_lines

XHTML = "http://www.w3.org/1999/xhtml"


def narrative(value: Any) -> Json:
    lines = value_lines(value)
    if not lines:
        return {"status": "empty", "div": f'<div xmlns="{XHTML}"><p>Nothing recorded.</p></div>'}
    body = "".join(f"<p>{html.escape(line).replace(chr(10), '<br/>')}</p>" for line in lines)
    return {"status": "generated", "div": f'<div xmlns="{XHTML}">{body}</div>'}
