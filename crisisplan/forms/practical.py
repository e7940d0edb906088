"""NICE crisis-plan section 4: practical needs if the person is admitted to hospital
(children, other dependants, pets, the home, and who at school, college or work needs to know)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from crisisplan.forms.fields import (
    Choice,
    LongText,
    Phone,
    Section,
    ShortText,
    entries,
    optional,
    required,
    section,
    set_labels,
    text,
)

MAX_PEOPLE = 20
MAX_PETS = 20
MAX_SETTINGS = 10

ChildAge = Annotated[int, Field(strict=True, ge=0, le=25)]


class Child(Section, title="Child"):
    name: ShortText = text("Child's name")
    age: ChildAge | None = optional("Age")
    who_cares_for_them: ShortText = text("Who will look after them", own_words=True)
    carer_phone: Phone = text("Phone number of who will look after them")
    school: ShortText = text("School or nursery")
    notes: LongText = text("Anything else about their care")


class Dependant(Section, title="Person I care for"):
    """Someone else the person cares for (an adult relative, for example)."""

    name: ShortText = text("Name")
    relationship: ShortText = text("Relationship")
    needs: LongText = text("What care they need")
    who_will_care: ShortText = text("Who will look after them", own_words=True)
    carer_phone: Phone = text("Phone number of who will look after them")


class Pet(Section, title="Pet"):
    species: ShortText = text("Kind of animal")
    name: ShortText = text("Pet's name")
    feeding_and_care: LongText = text("Feeding and care")
    who_looks_after: ShortText = text("Who will look after them", own_words=True)
    carer_phone: Phone = text("Phone number of who will look after them")
    keys: ShortText = text("Who has keys to get to them")


class Home(Section, title="My home"):
    keys: ShortText = text("Who has keys to my home")
    bills: LongText = text("Bills and rent")
    post: LongText = text("Post")
    benefits: LongText = text("Benefits")
    other: LongText = text("Anything else about my home")


class SettingKind(Choice):
    SCHOOL = "school"
    COLLEGE = "college"
    UNIVERSITY = "university"
    WORK = "work"
    VOLUNTEERING = "volunteering"
    OTHER = "other"


set_labels(SettingKind, {
    "school": "School",
    "college": "College",
    "university": "University",
    "work": "Work",
    "volunteering": "Volunteering",
    "other": "Other",
})


class NeedsToKnow(Section, title="Someone who needs to know"):
    """Someone at school, college or work who needs to know the person is ill."""

    setting: SettingKind = required("School, college or work")
    organisation: ShortText = text("Organisation")
    contact_name: ShortText = text("Who to tell")
    phone: Phone = text("Phone number")
    what_to_tell: LongText = text("What they may be told", own_words=True)


class PracticalNeeds(Section, title="Practical needs if I go into hospital"):
    children: list[Child] = entries("Children", MAX_PEOPLE)
    dependants: list[Dependant] = entries("Other people I care for", MAX_PEOPLE)
    pets: list[Pet] = entries("Pets", MAX_PETS)
    home: Home = section(Home, "My home")
    who_needs_to_know: list[NeedsToKnow] = entries(
        "Who at school, college or work needs to know", MAX_SETTINGS)
