"""The preset DEFLATE dictionaries of the card format (docs/card-format.md, "Compression").

A preset dictionary lets DEFLATE refer back to common words the card has not yet spelled out, so a
short card compresses well. DEFLATE reaches a match more cheaply the closer it is to the end of the
dictionary, so the groups below run from the least to the most frequent material.

A dictionary is part of the card format: once cards have been issued with it, it must never change
(a test pins the SHA-256 of each version). New material goes into a new version used by a new card
prefix, and old versions stay here so that old cards keep decoding.
"""

from __future__ import annotations

from crisisplan.export.card_dictionary_v2 import CARD_DICTIONARY_V2

# Least frequent first; most frequent last.
_V1_GROUPS: tuple[tuple[str, ...], ...] = (
    (  # item labels and section names (rarely inside a card's text, but sometimes quoted)
        "Relative, friend or carer to contact", "Family and school (children and young people)",
        "Language and communication needs", "How I usually present in a crisis",
        "Drink or drugs (known in advance)", "Physical impairments and dietary needs",
        "Prescribed medicines", "GP and mental health services involved",
        "Has a crisis plan / advance statement", "Clinical information (therapy, diagnosis)",
        "Risk factors", "Health conditions and allergies", "Children, dependants and pets",
        "What helps me in a crisis / how to approach me", "Where I would like to be admitted",
        "Advance decisions (refusals of treatment)", "Named professional contacts",
        "24-hour crisis numbers", "People not to contact", "Description",
    ),
    (  # organisations and places of the sample localities
        "Thames Valley Police", "Metropolitan Police", "South Central Ambulance Service",
        "London Ambulance Service", "Oxford University Hospitals", "John Radcliffe Hospital",
        "Warneford Hospital", "Littlemore Mental Health Centre", "Whiteleaf Centre",
        "Barnet, Enfield and Haringey Mental Health NHS Trust", "Chase Farm Hospital",
        "Edgware Community Hospital", "Barnet Hospital", "Royal Free London",
        "South West London and St George's Mental Health NHS Trust", "Springfield University Hospital",
        "Tolworth Hospital", "Kingston Hospital", "Oxford Health", "Oxfordshire", "Barnet", "London",
        "Kingston", "Oxford", "oxfordshire", "barnet", "london", "kingston", "Council",
    ),
    (  # less common medicines
        "Amisulpride", "Paliperidone depot", "Zuclopenthixol depot", "Flupentixol depot",
        "Aripiprazole depot injection", "Sodium valproate", "Lamotrigine", "Carbamazepine",
        "Pregabalin", "Gabapentin", "Buprenorphine", "Methadone", "Naltrexone", "Disulfiram",
        "Acamprosate", "Thiamine", "Chlordiazepoxide", "Procyclidine", "Propranolol", "Melatonin",
        "Trazodone", "Duloxetine", "Escitalopram", "Paroxetine", "Amitriptyline", "Vortioxetine",
        "Methylphenidate", "Lisdexamfetamine", "Levothyroxine", "Salbutamol inhaler", "Levetiracetam",
        "adrenaline auto-injector (EpiPen)", "Atorvastatin", "Omeprazole", "Ramipril", "Amlodipine",
        "Clonazepam", "Benzodiazepines", "Paracetamol", "Ibuprofen",
    ),
    (  # languages, communication and physical needs
        "Polish", "Urdu", "Punjabi", "Bengali", "Arabic", "Somali", "Romanian", "Portuguese",
        "Turkish", "Farsi", "Tigrinya", "Kurdish", "Gujarati", "Tamil", "Cantonese", "Mandarin",
        "Lithuanian", "French", "Spanish", "Italian", "Welsh", "English",
        "hard of hearing", "Deaf", "hearing aid", "lip reads", "Makaton", "learning disability",
        "autism", "ADHD", "dementia", "visually impaired", "wheelchair user", "walking stick",
        "mobility", "vegetarian", "vegan", "halal", "kosher", "gluten free", "pregnant",
        "please speak slowly", "please face me", "explain what is happening", "give me time",
        "short sentences", "written down", "does not read", "please use",
    ),
    (  # presentations, diagnoses and substances
        "hearing voices", "hallucinations", "paranoid", "psychosis", "mania", "bipolar disorder",
        "schizophrenia", "schizoaffective disorder", "depression", "anxiety", "PTSD",
        "personality disorder", "emotionally unstable personality disorder", "eating disorder",
        "anorexia", "low weight", "dissociation", "panic attacks", "flashbacks", "trauma",
        "withdrawn", "agitated", "distressed", "not sleeping", "stops eating", "stops taking medication",
        "alcohol", "cannabis", "cocaine", "drug use", "alcohol withdrawal", "seizures",
        "drinks heavily", "when drinking", "no known drug use",
    ),
    (  # risk detail and what helps
        "confusion", "impaired judgement", "self-neglect", "vulnerable to exploitation",
        "fire setting", "overdose", "ligature", "cutting", "head banging", "verbal aggression",
        "weapons", "domestic abuse", "safeguarding", "history of", "attempt in", "when unwell",
        "when alone", "at risk", "higher risk", "low risk",
        "speak calmly", "quiet space", "do not touch me", "female staff", "male staff",
        "please call", "please contact", "does not want", "prefers", "do not contact",
        "no restraint", "not in a police car", "calm, quiet", "reassurance",
    ),
    (  # services, people and dependants
        "consultant psychiatrist", "psychiatrist", "community psychiatric nurse", "CPN",
        "social worker", "approved mental health professional", "AMHP", "advocate", "IMHA",
        "lasting power of attorney", "nominated person", "nearest relative", "next of kin",
        "key worker", "support worker", "peer support", "early intervention in psychosis",
        "crisis resolution and home treatment team", "crisis house", "crisis café", "safe haven",
        "Mind", "Samaritans 116 123", "lives alone", "lives with", "child aged", "children",
        "primary school", "secondary school", "nursery", "grandmother", "grandfather", "sister",
        "brother", "wife", "husband", "friend", "neighbour", "cat", "dog", "needs feeding",
        "will look after", "keys with", "cares for", "young carer", "social services",
        "interpreter", "British Sign Language", "BSL",
    ),
    (  # plans, availability and doses
        "Advance statement", "advance decision to refuse treatment", "Joint crisis plan held by",
        "crisis plan held by", "copy held by", "Yes, ", "weekdays 9am to 5pm", "Mon-Fri 9-5",
        "day or night", "out of hours", "evenings", "weekends", "24 hours",
        "as required", "PRN", "depot every 2 weeks", "every 4 weeks", "micrograms", "units",
        "tablets", "injection", "mg three times daily", "mg in the morning",
    ),
    (  # everyday phrasing of needs, dependants and availability
        "my mother", "my father", "my partner", "my sister", "my brother", "my daughter", "my son",
        "will care for them", "will look after them", "at home", "at school", "lives alone",
        "two children", "children (", "cares for", "worse at night", "worse when", "when unwell",
        "when frightened", "when distressed", "Dr ", "City", "North", "South", "East", "West",
        "(24 hours)", "daily", "please ", " and ", " the ", " with ", " or ", " when ", " in ",
    ),
    (  # common health conditions
        "diabetes", "Type 1 diabetes", "Type 2 diabetes", "epilepsy", "asthma", "allergy",
        "allergic to", "penicillin", "nut allergy", "heart condition", "high blood pressure",
    ),
    (  # medicines most often prescribed in mental health care
        "Risperidone", "Haloperidol", "Promethazine", "Zopiclone", "Diazepam", "Lorazepam",
        "Clozapine", "Lithium", "Aripiprazole", "Olanzapine", "Quetiapine", "Venlafaxine",
        "Mirtazapine", "Citalopram", "Fluoxetine", "Sertraline", "Insulin", "Metformin",
    ),
    (  # risk kinds (Concordat B8 item 11)
        "Missing from home", "missing from home", "Physical aggression", "physical aggression",
        "Suicide", "suicide", "Self-harm", "self-harm",
    ),
    (  # the most frequent material: services, contacts, numbers and doses
        "Surgery", "Medical Centre", "Health Centre", "Ward", "Hospital", "NHS Trust",
        "NHS Foundation Trust", "GP", "daughter", "son", "mother", "father", "partner", "carer",
        "community mental health team", "CMHT", "home treatment team", "Care coordinator",
        "care coordinator", "Crisis team", "crisis team", "NHS 111 option 2",
        "more in the full plan", "07700 900", "01632 96", "mg twice daily", "mg at night",
        "mg once daily",
    ),
)

CARD_DICTIONARY_V1: bytes = " ".join(" ".join(group) for group in _V1_GROUPS).encode("utf-8")

DICTIONARIES: dict[int, bytes] = {1: CARD_DICTIONARY_V1, 2: CARD_DICTIONARY_V2}
"""Version 2 (card format 2) is trained on generated plans: tools/train_card_dictionary.py."""
CURRENT_DICTIONARY_VERSION = 2
