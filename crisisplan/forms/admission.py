"""NICE crisis-plan section 3: where the person would like to be admitted if they go into
hospital, and places or treatments they do not want, with their reasons."""

from __future__ import annotations

from crisisplan.forms.fields import (
    Choice,
    LongText,
    Section,
    ShortText,
    entries,
    required,
    set_labels,
    text,
)

MAX_PLACES = 10


class PlaceKind(Choice):
    HOSPITAL = "hospital"
    WARD = "ward"
    CRISIS_HOUSE = "crisis_house"
    OTHER = "other"


set_labels(PlaceKind, {
    "hospital": "Hospital",
    "ward": "Ward",
    "crisis_house": "Crisis house",
    "other": "Other place",
})


class NotWantedKind(Choice):
    PLACE = "place"
    TREATMENT = "treatment"


set_labels(NotWantedKind, {"place": "Place", "treatment": "Treatment"})


class PreferredPlace(Section, title="Preferred place"):
    kind: PlaceKind = required("Kind of place")
    name: ShortText = text("Name of the place")
    reason: LongText = text("Why", own_words=True)


class NotWanted(Section, title="Place or treatment not wanted"):
    kind: NotWantedKind = required("Place or treatment")
    what: ShortText = text("What I do not want", own_words=True)
    reason: LongText = text("Why not", own_words=True)


class AdmissionPreferences(Section, title="If I go into hospital"):
    preferred_places: list[PreferredPlace] = entries("Where I would like to be admitted", MAX_PLACES)
    not_wanted: list[NotWanted] = entries("Places or treatments I do not want", MAX_PLACES)
    notes: LongText = text("Anything else about going into hospital", own_words=True)
