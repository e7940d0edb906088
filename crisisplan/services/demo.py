"""Fictional demo plans: varied, realistic, deterministic for a seed, and fast (benchmarks build
50,000). Every person is invented; NHS numbers come from the 999 test range with valid check
digits (unique within one run) and phone numbers from the ranges Ofcom keeps for fiction
(01632 960000-960999 and 07700 900000-900999).

The first plans cover set scenarios (see `SCENARIOS`); the rest are random. Plan `i` of a seed is
the same whatever `count` is asked for. This module imports only `crisisplan.forms`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from crisisplan.forms.identifiers import nhs_check_digit
from crisisplan.forms.items import Item
from crisisplan.forms.plan import CrisisPlan

SCENARIOS = (
    "young_person", "children_and_pets", "ad_missing_witness", "interpreter", "bsl",
    "diabetic", "overdue", "draft", "consent_police_ambulance_ed", "overdue",
)
"""What plan i (for i < len(SCENARIOS)) is guaranteed to show."""

_NHS_SPACE = 1_000_000
_NHS_STRIDE = 738_457  # coprime with 10**6, so consecutive steps visit every 6-digit block once

# background: (female given names, male given names, family names, languages for interpreters)
_BACKGROUNDS: dict[str, tuple[str, str, str, str]] = {
    "english": ("Emma Sophie Charlotte Hannah Lucy Rebecca Megan Jessica Joanne Margaret",
                "James Thomas Oliver Daniel Matthew Samuel Jack Luke Gary Stephen",
                "Smith Taylor Brown Walker Wright Hughes Edwards Turner Carter Mitchell", ""),
    "celtic": ("Siân Catrin Eilidh Niamh Aoife Morag Bethan", "Rhys Gethin Callum Ciaran Eoin Hamish",
               "Jones Evans Pritchard MacLeod Fraser O'Sullivan Byrne Murphy", ""),
    "south_asian": ("Priya Aisha Fatima Nadia Sunita Zara Harpreet Shazia",
                    "Arjun Imran Rahul Bilal Sanjay Gurdeep Tariq Faisal",
                    "Patel Khan Hussain Begum Sharma Singh Rahman Chowdhury Ahmed Gill",
                    "Urdu|Bengali (Sylheti)|Punjabi|Gujarati|Tamil"),
    "african_caribbean": ("Chiamaka Abena Ama Kemi Shanice Tanisha Folake",
                          "Kwame Oluwaseun Chinedu Kofi Tyrone Marcus Delroy",
                          "Okafor Mensah Adeyemi Boateng Campbell Clarke Richards Osei Nwosu", ""),
    "east_african": ("Hodan Ayaan Faduma Sahra Selam Hiwet", "Abdi Mohamed Yusuf Mahad Yonas Tesfaye",
                     "Ali Farah Warsame Osman Hassan Ghebremedhin Tesfay", "Somali|Tigrinya|Amharic"),
    "eastern_european": ("Agnieszka Katarzyna Ioana Elena Marta Oksana", "Piotr Tomasz Andrei Mihai Pavel",
                         "Nowak Wójcik Popescu Ionescu Lewandowski Kaminski Horvat",
                         "Polish|Romanian|Ukrainian|Lithuanian"),
    "east_asian": ("Mei Lian Thao Linh Yan", "Wei Jun Minh Hao Duc", "Chen Wong Li Nguyen Tran Lam Zhou",
                   "Cantonese|Mandarin|Vietnamese"),
    "middle_eastern": ("Leyla Zeynep Maryam Shirin Noor", "Emre Omar Karim Dara Reza",
                       "Yilmaz Demir Haddad Rahimi Karimi Mahmoud Aziz",
                       "Turkish|Arabic|Farsi|Kurdish (Sorani)"),
}
_BACKGROUND_KEYS = tuple(_BACKGROUNDS)
_INTERPRETER_BACKGROUNDS = tuple(k for k, v in _BACKGROUNDS.items() if v[3])
_AREAS = (("OX1", "Oxford"), ("OX3", "Oxford"), ("OX4", "Oxford"), ("OX14", "Abingdon"),
          ("OX16", "Banbury"), ("OX26", "Bicester"), ("N3", "London"), ("N12", "London"),
          ("NW4", "London"), ("NW9", "London"), ("EN5", "Barnet"), ("HA8", "Edgware"),
          ("KT1", "Kingston upon Thames"), ("KT2", "Kingston upon Thames"), ("KT6", "Surbiton"),
          ("SE15", "London"), ("E8", "London"))
_STREETS = "Larkspur Millbrook Hawthorn Kestrel Orchard Foxglove Beacon Quarry Chandler Wren Sorrel".split()
_STREET_KINDS = "Road Street Close Avenue Gardens Way Crescent Lane".split()
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_PRACTICES = ("Larkspur Health Centre", "Millbrook Surgery", "Beacon Medical Group",
              "Orchard Family Practice", "Kestrel Lane Surgery")
_TEAMS = ("Adult Community Mental Health Team (North)", "Adult Community Mental Health Team (South)",
          "Early Intervention in Psychosis Service", "Assertive Outreach Team",
          "Older Adults Mental Health Team")
_SIGNS = (
    ("Not sleeping for two nights or more", "Keep to my bedtime routine and use my sleep app",
     "Remind me gently about my routine; please don't argue with me"),
    ("Stopping answering my phone", "Text my sister even if it is just one word",
     "Knock on my door and wait; I might need a few minutes"),
    ("The voices get louder and more frequent", "Listen to music through headphones and go for a walk",
     "Speak calmly, one person at a time, and don't crowd me"),
    ("Spending a lot of money online", "Give my bank card to my partner to look after",
     "Help me put a block on gambling sites"),
    ("Not eating properly", "Have simple meals ready in the freezer", "Bring round something easy to eat"),
    ("Feeling people in the street are watching me", "Stay at home and use my grounding exercises",
     "Reassure me I am safe and stay with me"),
    ("Drinking more than usual", "Call my peer support worker", "Don't lecture me; ask how I am feeling"),
    ("Staying in my room and not seeing friends", "Go to the drop-in once a week",
     "Invite me out for a short walk"),
    ("Racing thoughts and talking very fast", "Take my PRN medication as agreed and rest",
     "Keep things quiet and give me short, clear answers"),
    ("Thoughts of hurting myself coming back", "Use my safety plan and call the crisis line",
     "Ask me directly how I am and help me remove things I could use to hurt myself"),
)
_MEDICINES = (("Sertraline", "100 mg once a day", "Depression and anxiety"),
              ("Olanzapine", "10 mg at night", "Psychosis"),
              ("Lithium carbonate", "400 mg twice a day", "Mood stabiliser"),
              ("Quetiapine", "200 mg at night", "Mood and sleep"),
              ("Aripiprazole", "15 mg once a day", "Psychosis"),
              ("Mirtazapine", "30 mg at night", "Depression"),
              ("Clozapine", "300 mg a day in two doses", "Psychosis (regular blood tests)"),
              ("Propranolol", "40 mg when needed", "Physical symptoms of anxiety"))
_RISKS = (("self_harm", "Has cut arms when very distressed; wounds may need checking"),
          ("suicide", "Has taken overdoses of prescribed medication in past crises"),
          ("physical_aggression", "May lash out if restrained or crowded; calm, low voice helps"),
          ("confusion", "Can become disorientated at night"),
          ("impaired_judgement", "May walk into traffic when hearing voices"),
          ("self_neglect", "Stops eating and washing when unwell"),
          ("missing_from_home", "Has gone missing for several days; often found near the river"),
          ("exploitation", "Has been targeted for money by people posing as friends"),
          ("other", "Risk of falls when sedated"))
_CONDITIONS = (("Asthma", "Uses a blue inhaler; keep it with them"),
               ("Epilepsy", "Tonic-clonic seizures about once a month; medication must not be missed"),
               ("Hypothyroidism", "Takes levothyroxine every morning"),
               ("Heart condition", "Has a pacemaker"))
_ALLERGIES = (("Penicillin", "Rash and swelling"), ("Peanuts", "Anaphylaxis; carries an adrenaline pen"),
              ("Latex", "Skin reaction"))
_PETS = (("Dog", "Biscuit", "Two meals a day and two walks"),
         ("Cat", "Misty", "Dry food morning and evening"),
         ("Rabbit", "Clover", "Hay, fresh greens and water daily"),
         ("Budgie", "Kiwi", "Seed and water daily"))
_OWN_WORDS = ("I want to be part of decisions about me, even when I am unwell.",
              "This plan is mine and I agree with it.",
              "Please read this before you decide what to do with me.")


class _Maker:
    """Builds plan i for one seed; holds the NHS number sequence so numbers are unique in a run."""

    def __init__(self, seed: int, today: date) -> None:
        self.seed = seed
        self.today = today
        self._nhs_step = 0
        self._nhs_start = (seed * 7919 + 12345) % _NHS_SPACE

    def nhs_number(self) -> str:
        while self._nhs_step < _NHS_SPACE:
            block = (self._nhs_start + self._nhs_step * _NHS_STRIDE) % _NHS_SPACE
            self._nhs_step += 1
            first9 = f"999{block:06d}"
            check = nhs_check_digit(first9)
            if check is not None:
                return f"{first9}{check}"
        raise ValueError("The demo has run out of fictional NHS numbers; ask for fewer plans.")

    def plan(self, index: int) -> CrisisPlan:
        rng = random.Random(self.seed * 1_000_003 + index)
        scenario = SCENARIOS[index] if index < len(SCENARIOS) else ""
        return CrisisPlan.model_validate(_build(rng, scenario, self.today, self.nhs_number()))


def _phone(rng: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = rng.random() < 0.6
    return f"07700 900{rng.randrange(1000):03d}" if mobile else f"01632 960{rng.randrange(1000):03d}"


def _name(rng: random.Random, background: str | None = None, female: bool | None = None) -> tuple[str, str]:
    women, men, families, _ = _BACKGROUNDS[background or rng.choice(_BACKGROUND_KEYS)]
    if female is None:
        female = rng.random() < 0.5
    return rng.choice((women if female else men).split()), rng.choice(families.split())


def _full(rng: random.Random) -> str:
    return " ".join(_name(rng))


def _born(rng: random.Random, today: date, age: int) -> date:
    return today - timedelta(days=int(365.25 * age) + rng.randint(30, 330))


def _days_ago(rng: random.Random, today: date, low: int, high: int) -> date:
    return today - timedelta(days=rng.randint(low, high))


def _build(rng: random.Random, scenario: str, today: date, nhs: str) -> dict[str, Any]:
    background = rng.choice(_INTERPRETER_BACKGROUNDS if scenario == "interpreter" else _BACKGROUND_KEYS)
    if scenario == "interpreter":  # the demo's bilingual documents: Urdu labels, not yet checked (issue 14)
        background = "south_asian"
    female = rng.random() < 0.52
    given, family = _name(rng, background, female)
    young = scenario == "young_person" or (not scenario and rng.random() < 0.04)
    age = rng.randint(15, 17) if young else rng.randint(25 if scenario else 18, 84)
    outward, town = rng.choice(_AREAS)
    postcode = f"{outward} {rng.randint(1, 9)}{rng.choice(_INWARD_LETTERS)}{rng.choice(_INWARD_LETTERS)}"
    languages = _BACKGROUNDS[background][3]
    interpreter = scenario == "interpreter" or (bool(languages) and rng.random() < 0.08)
    language = rng.choice(languages.split("|")) if interpreter else "English"
    if scenario == "interpreter":
        language = "Urdu"
    bsl = scenario == "bsl" or rng.random() < 0.02
    person = {
        "given_name": given, "family_name": family, "date_of_birth": _born(rng, today, age),
        "gender": "female" if female else "male", "nhs_number": nhs,
        "preferred_name": given,
        "address": {"line1": f"{rng.randint(1, 140)} {rng.choice(_STREETS)} {rng.choice(_STREET_KINDS)}",
                    "town": town, "postcode": postcode},
        "phone": _phone(rng, True), "first_language": "British Sign Language" if bsl else language,
        "interpreter_needed": interpreter or bsl,
        "interpreter_language": language if interpreter else ("BSL" if bsl else ""),
        "uses_sign_language": bsl,
        "communication_needs": ("Deaf; uses BSL. Please book a BSL interpreter and write notes if one "
                                "is not available." if bsl else rng.choice(("", "", "Needs extra time to "
                                "answer questions", "Prefers written information in plain English"))),
        "description": rng.choice(("", "", f"About {rng.randint(150, 190)} cm tall, slim build, often "
                                   "wears a green parka", "Medium build, short grey hair, glasses")),
    }
    plan: dict[str, Any] = {"person": person}
    plan["need_to_know"] = _need_to_know(rng, scenario, age)
    plan["early_warning_signs"] = [dict(zip(("sign", "what_i_do", "what_others_can_do"), s, strict=True))
                                   for s in rng.sample(_SIGNS, rng.randint(1, 4))]
    plan["support"] = [{"kind": "home_treatment", "provider": "Crisis resolution and home treatment team",
                        "what_it_does": "Daily visits at home so I can stay out of hospital",
                        "contact": _phone(rng, False)}]
    if rng.random() < 0.5:
        plan["support"].append({"kind": rng.choice(("crisis_house", "peer_support", "crisis_cafe")),
                                "provider": "Riverside Wellbeing Hub", "what_it_does": "Somewhere calm to go "
                                "in the evening and someone to talk to", "contact": _phone(rng, False)})
    plan["admission"] = {
        "preferred_places": [{"kind": "ward", "name": rng.choice(("Willow Ward", "Ash Ward", "Cedar Ward")),
                              "reason": "Close to my family so they can visit"}],
        "not_wanted": ([{"kind": "treatment", "what": "Being restrained face down",
                         "reason": "It brings back a past trauma"}] if rng.random() < 0.3 else []),
    }
    plan["practical"] = _practical(rng, scenario, age, family)
    plan["advance_statement"] = {
        "approaches_that_help": "Speak slowly and explain what is happening",
        "how_to_speak_to_me": f"Call me {person['preferred_name']}",
        "medication_that_does_not_help": rng.choice(("", "Haloperidol gives me bad side effects")),
        "who_to_tell": "My sister and my care coordinator",
    } if rng.random() < 0.7 else {}
    plan["advance_decisions"] = _decisions(rng, scenario, today, age)
    plan["family"] = _family(rng, family)
    plan["crisis_numbers"] = [
        {"kind": "crisis_line", "label": "Mental health crisis line", "number": _phone(rng, False),
         "hours": "24 hours"},
        {"kind": "crisis_team", "label": "Crisis team", "number": _phone(rng, False), "hours": "8am to 10pm"},
    ]
    plan["named_contacts"] = [
        {"role": "care_coordinator", "name": _full(rng), "organisation": rng.choice(_TEAMS),
         "phone": _phone(rng, False), "when_reachable": "Monday to Friday, 9am to 5pm"},
        {"role": "consultant", "name": f"Dr {_full(rng)}", "organisation": rng.choice(_TEAMS),
         "phone": _phone(rng, False)},
    ]
    if young:
        plan["young_person"] = _young(rng, today, family)
    plan["process"] = _process(rng, scenario, today, plan)
    if scenario == "consent_police_ambulance_ed" or rng.random() < 0.3:
        plan["consent"] = _consent(rng, plan["process"])
    return plan


def _need_to_know(rng: random.Random, scenario: str, age: int) -> dict[str, Any]:
    risks = rng.sample(_RISKS, rng.randint(0, 3))
    conditions = rng.sample(_CONDITIONS, rng.randint(0, 1))
    medicines = rng.sample(_MEDICINES, rng.randint(0, 3))
    diabetic = scenario == "diabetic" or rng.random() < 0.08
    if diabetic:
        conditions.append(("Type 1 diabetes", "Insulin dependent; check blood sugar if confused or drowsy"))
        medicines.append(("Insulin glargine", "20 units at night", "Type 1 diabetes"))
    return {
        "usual_presentation": rng.choice(("Usually quiet and withdrawn; may not answer questions",
                                          "Talks quickly and may seem agitated, but responds to calm voices",
                                          "Can appear confused and frightened")),
        "drink_drugs": rng.choice(("", "", "Drinks heavily when unwell", "Uses cannabis most days")),
        "physical_impairments": rng.choice(("", "", "", "Uses a walking stick", "Partially sighted")),
        "dietary_requirements": rng.choice(("", "", "Halal", "Vegetarian", "Gluten free")),
        "medicines": [dict(zip(("name", "dose", "purpose"), m, strict=True)) for m in medicines],
        "services": {"gp_practice": rng.choice(_PRACTICES), "gp_phone": _phone(rng, False),
                     "mental_health_team": "CAMHS" if age < 18 else rng.choice(_TEAMS),
                     "mental_health_team_phone": _phone(rng, False)},
        "risks": [{"kind": k, "detail": d} for k, d in risks],
        "health_conditions": [{"condition": c, "detail": d} for c, d in conditions],
        "allergies": [dict(zip(("substance", "reaction"), a, strict=True))
                      for a in rng.sample(_ALLERGIES, rng.randint(0, 1))],
    }


def _practical(rng: random.Random, scenario: str, age: int, family: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if scenario == "children_and_pets" or (age > 22 and rng.random() < 0.25):
        result["children"] = [{"name": f"{_name(rng)[0]} {family}", "age": rng.randint(1, 15),
                               "who_cares_for_them": "Their grandmother", "carer_phone": _phone(rng)}
                              for _ in range(rng.randint(1, 3))]
    if scenario == "children_and_pets" or rng.random() < 0.25:
        result["pets"] = [{"species": s, "name": n, "feeding_and_care": f, "who_looks_after": _full(rng),
                           "carer_phone": _phone(rng), "keys": "Spare key with my neighbour"}
                          for s, n, f in rng.sample(_PETS, rng.randint(1, 2))]
    if rng.random() < 0.5:
        result["home"] = {"keys": "My brother has a spare key", "bills": "Paid by direct debit"}
    return result


def _decisions(rng: random.Random, scenario: str, today: date, age: int) -> list[dict[str, Any]]:
    if scenario == "ad_missing_witness":
        return [{"treatment_refused": "Blood transfusions and blood products",
                 "circumstances": "In any circumstances, including an emergency",
                 "made_on": _days_ago(rng, today, 100, 600), "had_capacity": True,
                 "capacity_assessed_by": f"Dr {_full(rng)}", "life_sustaining": True, "written": True,
                 "signed": True, "signed_on": _days_ago(rng, today, 100, 600), "witnessed": False,
                 "even_if_life_at_risk": True, "original_held_at": "At home, copy with my GP"}]
    if age < 21 or rng.random() > 0.15:
        return []
    made = _days_ago(rng, today, 60, 900)
    return [{"treatment_refused": "Electroconvulsive therapy (ECT)", "circumstances": "At any time",
             "made_on": made, "had_capacity": True, "capacity_assessed_by": f"Dr {_full(rng)}",
             "written": True, "signed": True, "signed_on": made, "witnessed": True,
             "witness_name": _full(rng),
             "original_held_at": "With my care coordinator"}]


def _family(rng: random.Random, family: str) -> dict[str, Any]:
    relationship = rng.choice(("Sister", "Mother", "Brother"))
    people = [{"name": f"{_name(rng)[0]} {family}", "relationship": relationship,
               "phone": _phone(rng, True), "contact_in_crisis": True, "may_be_told": "everything"}]
    if rng.random() < 0.4:
        people.append({"name": _full(rng), "relationship": "Friend", "phone": _phone(rng, True),
                       "may_be_told": "crisis_only", "notes": "Only that I am safe and where I am"})
    result: dict[str, Any] = {"people": people}
    if rng.random() < 0.2:
        result["do_not_contact"] = [{"name": _full(rng), "relationship": "Former partner",
                                     "reason": "I do not feel safe with them"}]
    return result


def _young(rng: random.Random, today: date, family: str) -> dict[str, Any]:
    parents = [{"name": f"{_name(rng, female=f)[0]} {family}", "relationship": "Mother" if f else "Father",
                "phone": _phone(rng, True)} for f in (True, False)[: rng.randint(1, 2)]]
    return {
        "parental_responsibility": parents,
        "family_details": "Lives with mum and a younger brother; dad sees them at weekends",
        "school": {"name": rng.choice(("Northfield Academy", "St Bede's School", "Riverside College")),
                   "contact_name": f"{_full(rng)} (designated safeguarding lead)",
                   "phone": _phone(rng, False),
                   "what_school_may_see": "That I am unwell and may miss lessons, not my diagnosis"},
        "competent_to_consent": True, "competence_assessed_by": f"Dr {_full(rng)}",
        "competence_assessed_on": _days_ago(rng, today, 10, 200),
    }


def _process(rng: random.Random, scenario: str, today: date, plan: dict[str, Any]) -> dict[str, Any]:
    draft = scenario == "draft" or (scenario == "" and rng.random() < 0.1)
    agreed_on = _days_ago(rng, today, 400, 700) if scenario == "overdue" else _days_ago(rng, today, 5, 420)
    review = agreed_on + timedelta(days=rng.choice((182, 365, 365, 365)))
    coordinator = plan["named_contacts"][0]["name"]
    person = plan["person"]
    participants = [{"role": "person", "name": f"{person['given_name']} {person['family_name']}"},
                    {"role": "care_coordinator", "name": coordinator},
                    {"role": "psychiatrist", "name": plan["named_contacts"][1]["name"]}]
    if rng.random() < 0.4:
        participants.append({"role": "facilitator", "name": _full(rng)})
    result: dict[str, Any] = {
        "participants": participants,
        "status": "draft" if draft else ("superseded" if not scenario and rng.random() < 0.03 else "agreed"),
        "review_date": None if draft and rng.random() < 0.5 else review,
        "copies_to": [{"name": "GP", "organisation": plan["need_to_know"]["services"]["gp_practice"]}],
    }
    if not draft:
        result["agreement"] = {"agreed": True, "in_own_words": rng.choice(_OWN_WORDS),
                               "signed_off_on": agreed_on, "recorded_by": coordinator}
    if rng.random() < 0.15:
        result["not_agreed"] = [{"preference": "Never to be admitted to hospital",
                                 "reason": "The team cannot promise this if I am at serious risk",
                                 "alternative_offered": "Home treatment will always be tried first"}]
    if rng.random() < 0.1:
        result["post_crisis_reviews"] = [{"held_on": agreed_on - timedelta(days=20),
                                          "who_took_part": "Me, my care coordinator and my sister",
                                          "what_happened": "I was taken to A&E by the police",
                                          "what_to_change": "Add the crisis café as an option"}]
    return result


_CONSENT_ITEMS = (Item.NAME, Item.DATE_OF_BIRTH, Item.LANGUAGE_COMMUNICATION, Item.RISKS,
                  Item.HEALTH_CONDITIONS, Item.MEDICINES, Item.CRISIS_NUMBERS, Item.NAMED_CONTACTS,
                  Item.DEPENDANTS_PETS, Item.CLINICAL_INFO)


def _consent(rng: random.Random, process: dict[str, Any]) -> list[dict[str, Any]]:
    when = process.get("agreement", {}).get("signed_off_on") or process.get("review_date")
    moment = datetime(when.year, when.month, when.day, 10, 30, tzinfo=UTC) if when else datetime(
        2024, 1, 15, 10, 30, tzinfo=UTC)
    by = process["participants"][1]["name"]
    records = []
    for recipient in ("police", "ambulance", "emergency_department"):
        for item in _CONSENT_ITEMS:
            refused = recipient == "police" and item in (Item.MEDICINES, Item.CLINICAL_INFO)
            records.append({"recipient": recipient, "item": item.value, "recorded_by": by,
                            "recorded_at": moment,
                            "status": "refused" if refused or rng.random() < 0.05 else "given"})
    return records


def generate_plans(count: int, seed: int = 0, today: date | None = None) -> Iterator[CrisisPlan]:
    """`count` fictional plans, the same ones for the same seed and `today` (default: today)."""
    if count < 0:
        raise ValueError("The number of demo plans cannot be negative.")
    maker = _Maker(seed, today or date.today())
    for index in range(count):
        yield maker.plan(index)
