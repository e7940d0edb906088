"""The editor's pages, in the order a plan is usually written with the person: who they are, the
B8 need-to-know items, the eight NICE crisis-plan sections, children and young people, the joint
process (with sign-off) and consent to sharing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crisisplan.forms.advance import AdvanceDecision, Attorney, AttorneyKind
from crisisplan.forms.fields import long_date
from crisisplan.forms.items import Item
from crisisplan.forms.rules import MHA_OVERRIDE_WARNING, advance_decision_problems
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.ui.editor.common import plain_label
from crisisplan.ui.editor.consent_form import ConsentForm
from crisisplan.ui.editor.list_editor import ListEditor
from crisisplan.ui.editor.page import PageSpec, PlanPage
from crisisplan.ui.i18n import translate, translate_marked


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("person", translate("Editor", "About me"), ("person",),
                 translate("Editor", "Who the plan belongs to. If the name or address cannot be found out in a "
                                     "crisis, the description helps responders recognise the person.")),
        PageSpec("need_to_know", translate("Editor", "Need to know in a crisis"), ("need_to_know",),
                 translate("Editor", "What police, ambulance and emergency department staff may need to know "
                                     "(Crisis Care Concordat, section B8). Write what is known in advance, not a "
                                     "description of a current crisis.")),
        PageSpec("early_warning_signs", translate("Editor", "1. Early warning signs"), ("early_warning_signs",),
                 translate("Editor", "Signs that a crisis may be coming, in the person's own words, with what they "
                                     "can do and what others can do to help.")),
        PageSpec("support", translate("Editor", "2. Support to stay out of hospital"), ("support",),
                 translate("Editor", "Support that can help the person stay out of hospital, and how each helps.")),
        PageSpec("admission", translate("Editor", "3. If I go into hospital"), ("admission",),
                 translate("Editor", "Where the person would like to be admitted if they need hospital care, and "
                                     "places or treatments they do not want, with their reasons.")),
        PageSpec("practical", translate("Editor", "4. Practical needs"), ("practical",),
                 translate("Editor", "Who looks after children, other people the person cares for, pets and the "
                                     "home, and who at school, college or work needs to know.")),
        PageSpec("advance", translate("Editor", "5. Advance statement and decisions"),
                 ("advance_statement", "advance_decisions", "attorneys"),
                 translate("Editor", "The advance statement records the person's preferences. Advance decisions are "
                                     "legally binding refusals of specific treatment (Mental Capacity Act 2005); "
                                     "each one is checked below and anything missing is shown.")),
        PageSpec("family", translate("Editor", "6. Family and carers"), ("family",),
                 translate("Editor", "Whether and how far family and carers are involved, what each may be told, "
                                     "and people not to contact.")),
        PageSpec("crisis_numbers", translate("Editor", "7. 24-hour access to services"), ("crisis_numbers",),
                 translate("Editor", "Numbers that answer day and night for this person. The local protocol's "
                                     "crisis numbers are added to every card.")),
        PageSpec("named_contacts", translate("Editor", "8. Named contacts"), ("named_contacts",),
                 translate("Editor", "Care coordinator, consultant, GP, crisis team, carer or relative, advocate, "
                                     "attorney or nominated person: who they are and when they can be reached.")),
        PageSpec("young_person", translate("Editor", "Children and young people"), ("young_person",),
                 translate("Editor", "For children and young people: parental responsibility, family and school "
                                     "details, what the school may see, and whether the young person can consent "
                                     "for themselves.")),
        PageSpec("process", translate("Editor", "Making and reviewing the plan"), ("process",),
                 translate("Editor", "Who took part, the person's agreement in their own words (sign-off), the "
                                     "review date and status; preferences the team could not agree to, times the "
                                     "plan was not followed, post-crisis reviews and who receives copies.")),
    ]


def _attorney(raw: Mapping[str, Any]) -> Attorney:
    """An attorney entry for the checks; one still being typed counts with its type only."""
    try:
        return Attorney.model_validate(raw)
    except ValidationError:
        kind = raw.get("kind")
        known = kind if kind in {k.value for k in AttorneyKind} else AttorneyKind.NOMINATED_PERSON.value
        return Attorney.model_validate({"kind": known})


class AdvancePage(PlanPage):
    """Advance statement, advance decisions and attorneys, with each decision's validity checks and
    the Mental Health Act warning."""

    def add_extras(self, layout: QVBoxLayout) -> None:
        frame = QFrame(self)
        frame.setProperty("role", "info")
        inner = QVBoxLayout(frame)
        self.summary = plain_label("")
        self.summary.setAccessibleDescription(translate("Editor", "Advance decision checks"))
        inner.addWidget(self.summary)
        warning = plain_label(translate_marked(MHA_OVERRIDE_WARNING))
        warning.setAccessibleDescription(translate("Editor", "Mental Health Act warning"))
        inner.addWidget(warning)
        layout.addWidget(frame)
        self._today = date.today()

    def _list(self, name: str) -> ListEditor:
        node = self.form.locate([name])
        assert isinstance(node, ListEditor)
        return node

    def refresh(self, plan_raw: Mapping[str, Any]) -> None:
        person = plan_raw.get("person")
        dob_text = person.get("date_of_birth") if isinstance(person, Mapping) else None
        try:
            dob = date.fromisoformat(dob_text) if isinstance(dob_text, str) else None
        except ValueError:
            dob = None
        attorneys = [_attorney(entry) for entry in self._list("attorneys").raw()]
        editor = self._list("advance_decisions")
        with_problems = 0
        for entry in editor.entries:
            try:
                decision = AdvanceDecision.model_validate(entry.raw())
            except ValidationError:
                entry.set_note(translate("Editor",
                                         "Fix the problems shown in this advance decision, then it is checked."))
                with_problems += 1
                continue
            found = advance_decision_problems(decision, dob, attorneys, self._today)
            if found:
                with_problems += 1
                lines = "\n".join(f"• {translate_marked(p)}" for p in found)
                entry.set_note(translate("Editor",
                                         "This advance decision may not be valid or may not apply:") + "\n" + lines)
            else:
                entry.set_note(translate("Editor", "✓ Meets every condition the app can check (checked {day}).")
                               .format(day=long_date(self._today)), ok=True)
        count = len(editor.entries)
        if count == 0:
            text = translate("Editor", "No advance decisions are recorded.")
        elif with_problems == 0:
            text = translate("Editor",
                             "All {n} advance decisions meet the conditions the app can check.").format(n=count)
        else:
            text = translate("Editor",
                             "{bad} of {n} advance decisions may not be valid: see the notes on each below.") \
                .format(bad=with_problems, n=count)
        self.summary.setText(text)


class ProcessPage(PlanPage):
    """The joint process, with a button that records the person's agreement (sign-off) today."""

    def __init__(self, spec: PageSpec, username: str, parent: QWidget | None = None) -> None:
        self._username = username
        super().__init__(spec, parent)

    def add_extras(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.sign_off_button = QPushButton(translate("Editor", "Record sign-off today"), self)
        self.sign_off_button.setAccessibleName(translate("Editor", "Record sign-off today"))
        self.sign_off_button.setToolTip(translate("Editor", "Marks the plan as agreed by the person today and sets the "
                                           "status to Agreed. Write what the person says about the plan "
                                           "in their own words below."))
        row.addWidget(self.sign_off_button)
        row.addWidget(plain_label(translate("Editor", "Sets 'The person agrees', today's date and the status Agreed."),
                                  role="description"), 1)
        layout.addLayout(row)
        self.sign_off_button.clicked.connect(self.sign_off)

    def sign_off(self) -> None:
        raw = self.raw()
        process = dict(raw["process"])
        agreement = dict(process["agreement"])
        agreement["agreed"] = True
        agreement["signed_off_on"] = date.today().isoformat()
        if not agreement.get("recorded_by"):
            agreement["recorded_by"] = self._username
        process["agreement"] = agreement
        process["status"] = "agreed"
        self.set_raw({"process": process})
        self.changed.emit()
        node = self.form.locate(["process", "agreement", "in_own_words"])
        if node is not None:
            node.focus_target().setFocus()


class ConsentPage(PlanPage):
    """Consent to sharing, one recipient at a time (see ConsentForm)."""

    def __init__(self, spec: PageSpec, sharing: SharingContext, username: str,
                 parent: QWidget | None = None) -> None:
        self._sharing = sharing
        self._username = username
        super().__init__(spec, parent)

    def build_form(self, parent: QWidget) -> ConsentForm:
        return ConsentForm(self._sharing.recipients, self._sharing.granted, self._username, parent)


@dataclass(frozen=True)
class SharingContext:
    """The recipients the local protocol names and what it sends each of them by default."""

    recipients: dict[str, str]
    granted: dict[str, frozenset[Item]]


CONSENT_PAGE = PageSpec("consent", QT_TRANSLATE_NOOP("Editor", "Consent to sharing"), ("consent",), QT_TRANSLATE_NOOP(
    "Editor", "What the person agrees to share, and with whom. The local protocol sets the most each recipient "
              "may receive; the person's consent narrows it. Sharing without consent is decided, with its "
              "lawful basis and reason, when a card is issued."))


def make_pages(username: str, sharing: SharingContext) -> list[PlanPage]:
    pages: list[PlanPage] = []
    for spec in page_specs():
        if spec.key == "advance":
            pages.append(AdvancePage(spec))
        elif spec.key == "process":
            pages.append(ProcessPage(spec, username))
        else:
            pages.append(PlanPage(spec))
    consent = PageSpec(CONSENT_PAGE.key, translate_marked(CONSENT_PAGE.title), CONSENT_PAGE.fields,
                       translate_marked(CONSENT_PAGE.intro))
    pages.append(ConsentPage(consent, sharing, username))
    return pages
