"""Dates, NHS numbers and status words as people in UK health services write them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from crisisplan.forms.identifiers import format_nhs_number
from crisisplan.forms.process import PlanStatus
from crisisplan.ui.i18n import translate, translate_marked


def uk_date(iso: str | None) -> str:
    """"2026-03-14" -> "14/03/2026"; empty for no date; the raw text if it is not a date."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def local_time(iso_utc: str | None) -> str:
    """A stored UTC time as local "dd/mm/yyyy HH:MM"."""
    if not iso_utc:
        return ""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def nhs_number(value: str | None) -> str:
    if not value:
        return ""
    try:
        return format_nhs_number(value)
    except ValueError:
        return value


def status_label(status: str) -> str:
    try:
        return translate_marked(PlanStatus(status).label)
    except ValueError:
        return status.replace("_", " ").capitalize()


def review_state(iso: str | None, today: date, window_days: int) -> str:
    """"overdue", "due" (within the window) or "" for a review date."""
    if not iso:
        return ""
    try:
        review = date.fromisoformat(iso[:10])
    except ValueError:
        return ""
    if review < today:
        return "overdue"
    if (review - today).days <= window_days:
        return "due"
    return ""


def review_text(iso: str | None, today: date, window_days: int) -> str:
    """The review date with a word saying whether it is overdue or due (not colour alone)."""
    shown = uk_date(iso)
    state = review_state(iso, today, window_days)
    if state == "overdue":
        return translate("formatting", "{date} (overdue)").format(date=shown)
    if state == "due":
        return translate("formatting", "{date} (due soon)").format(date=shown)
    return shown
