"""NICE crisis-plan section 6: whether, and how far, family and carers are involved, and people
the person does not want contacted. Also B8 item 2 (relative, friend or carer to contact)."""

from __future__ import annotations

from crisisplan.forms.fields import (
    Choice,
    Flag,
    LongText,
    Phone,
    Section,
    ShortText,
    entries,
    flag,
    required,
    set_labels,
    text,
)

MAX_FAMILY = 20


class MayBeTold(Choice):
    EVERYTHING = "everything"
    CRISIS_ONLY = "crisis_only"
    NOTHING = "nothing"


set_labels(MayBeTold, {
    "everything": "Everything",
    "crisis_only": "Only that I am in crisis and where I am",
    "nothing": "Nothing",
})


class FamilyMember(Section, title="Family member, friend or carer"):
    """A relative, friend or carer and what they may be told."""

    name: ShortText = text("Name")
    relationship: ShortText = text("Relationship")
    phone: Phone = text("Phone number")
    language: ShortText = text("Language they speak", description="If not English.")
    needs_interpreter: Flag = flag("They need an interpreter")
    contact_in_crisis: Flag = flag("Contact them in a crisis")
    is_carer: Flag = flag("Is my carer")
    may_be_told: MayBeTold = required("What they may be told")
    notes: LongText = text("More about what they may be told", own_words=True)


class DoNotContact(Section, title="Person not to contact"):
    name: ShortText = text("Name")
    relationship: ShortText = text("Relationship")
    description: LongText = text("Who they are, if there is no name",
                                 description="So that the entry is kept and recognised without a name.")
    reason: LongText = text("Why not", own_words=True)


class FamilyInvolvement(Section, title="Family and carers"):
    people: list[FamilyMember] = entries("Family, friends and carers", MAX_FAMILY)
    do_not_contact: list[DoNotContact] = entries("People not to contact", MAX_FAMILY)
    notes: LongText = text("How I want my family and carers involved", own_words=True)
