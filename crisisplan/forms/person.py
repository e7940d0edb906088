"""About the person (Concordat B8 items 1, 3 and 4): name, date of birth, gender, NHS number,
address and contact details, a description for when name or address cannot be found out, and
language and communication needs."""

from __future__ import annotations

from pydantic import field_validator

from crisisplan.forms.fields import (
    Choice,
    Flag,
    LongText,
    Phone,
    PlanDate,
    Section,
    ShortText,
    flag,
    optional,
    section,
    set_labels,
    text,
)
from crisisplan.forms.identifiers import normalise_nhs_number, normalise_postcode


class Gender(Choice):
    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    OTHER = "other"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


set_labels(Gender, {
    "female": "Female",
    "male": "Male",
    "non_binary": "Non-binary",
    "other": "Another gender (described in own words)",
    "prefer_not_to_say": "Prefers not to say",
})


class Address(Section, title="Address"):
    """Postal address. The postcode is checked and stored in upper case with one space."""

    line1: ShortText = text("Address line 1")
    line2: ShortText = text("Address line 2")
    town: ShortText = text("Town or city")
    county: ShortText = text("County")
    postcode: ShortText = text("Postcode", description="A UK postcode, e.g. OX4 1AB.")

    @field_validator("postcode")
    @classmethod
    def _check_postcode(cls, value: str) -> str:
        return normalise_postcode(value) if value else value


class Person(Section, title="About me"):
    """Who the plan belongs to."""

    given_name: ShortText = text("Given name")
    family_name: ShortText = text("Family name")
    preferred_name: ShortText = text("Preferred name", own_words=True,
                                     description="What the person likes to be called.")
    date_of_birth: PlanDate | None = optional("Date of birth")
    gender: Gender | None = optional("Gender")
    gender_in_own_words: ShortText = text("Gender (in the person's own words)", own_words=True)
    pronouns: ShortText = text("Pronouns", own_words=True)
    nhs_number: ShortText = text(
        "NHS number",
        description="Ten digits with a valid check digit; spaces and dashes are removed.",
    )
    address: Address = section(Address, "Address")
    no_fixed_abode: Flag = flag("No fixed address")
    phone: Phone = text("Phone number")
    other_phone: Phone = text("Other phone number")
    email: ShortText = text("Email address")
    description: LongText = text(
        "Physical description",
        description="How to recognise the person if their name or address cannot be found out "
                    "(height, build, hair, distinguishing features).",
    )
    first_language: ShortText = text("First language")
    living_situation: ShortText = text(
        "Living situation", description="For example lives alone, with family, supported housing.")
    interpreter_needed: Flag = flag("Needs an interpreter")
    interpreter_language: ShortText = text("Language or dialect for the interpreter")
    uses_sign_language: Flag = flag("Uses sign language (for example BSL)")
    communication_needs: LongText = text(
        "Communication needs", own_words=True,
        description="For example British Sign Language, easy read, hearing loop, extra time.",
    )

    @field_validator("nhs_number")
    @classmethod
    def _check_nhs_number(cls, value: str) -> str:
        return normalise_nhs_number(value) if value else value

    @field_validator("email")
    @classmethod
    def _check_email(cls, value: str) -> str:
        if value and ("@" not in value or " " in value):
            raise ValueError("must be an email address such as name@example.org")
        return value

    def has_name(self) -> bool:
        return bool(self.given_name or self.family_name or self.preferred_name)
