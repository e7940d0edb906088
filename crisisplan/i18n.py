"""Marking text for translation outside the UI (no Qt here).

Layers below the UI (forms, services, store, sharing) cannot call Qt, but some of their text reaches
the screen: form titles and help texts, the messages of errors a user can act on. They mark it with
`QT_TRANSLATE_NOOP(context, text)`, a name `pyside6-lupdate` extracts under that literal context.
The marker returns a `Message`: a `str` (so logs, the command line and tests see plain English) that
remembers its context, its source text and the values given to `.format(...)`, so the desktop can
look the source text up in the translation and fill in the same values (crisisplan/ui/i18n.py).
docs/translations.md says how strings are marked, extracted and built.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Languages the desktop can be shown in: code -> name in that language. "en" is the source text.
#: A language appears in the settings only when its compiled translation exists (ui/i18n.py).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "en_XA": "Ƥşēŭđō-ĺōçàĺē (test)",  # the pseudo-locale: accented and ~30% longer, for layout checks
}


class Message(str):
    """English text that also remembers how to translate itself: context, source, format values."""

    context: str
    source: str
    values: Mapping[str, object]

    def __new__(cls, context: str, source: str, values: Mapping[str, object] | None = None) -> Message:
        values = dict(values or {})
        text = source.format(**values) if values else source
        message = super().__new__(cls, text)
        message.context = context
        message.source = source
        message.values = values
        return message

    def format(self, *args: object, **values: object) -> Message:
        """Fill in named values ({name}); positional ones would not survive translation."""
        if args:
            raise TypeError("Message.format takes named values only")
        return Message(self.context, self.source, {**self.values, **values})

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, dict[str, object]]]:
        return (Message, (self.context, self.source, dict(self.values)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark `text` for translation under `context`; translated later, where it is shown."""
    return Message(context, text)


def message_of(exc: BaseException) -> Message | None:
    """The translatable message an exception was raised with, if it was marked."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else None
