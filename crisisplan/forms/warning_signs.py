"""NICE crisis-plan section 1: early warning signs of a crisis, each with coping strategies."""

from __future__ import annotations

from crisisplan.forms.fields import LongText, Section, ShortText, text

MAX_WARNING_SIGNS = 40


class EarlyWarningSign(Section, title="Early warning sign"):
    sign: ShortText = text("Warning sign", own_words=True,
                           description="Something that tells the person or others a crisis may be coming.")
    what_i_do: LongText = text("What I can do", own_words=True)
    what_others_can_do: LongText = text("What others can do to help", own_words=True)
