"""Full-text search: every identifier form, prefixes, ranking, and hostile input never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.store import Store
from tests.store.helpers import document, index_fields, nhs_number


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    rows = {
        "ann": index_fields("Ann O'Brien", seq=1, dob="1980-04-12", postcode="OX4 1AB",
                            text="Her dog Biscuit needs feeding. Prefers the crisis house."),
        "bob": index_fields("Bob Smith", seq=2, dob="1975-11-03", postcode="KT1 2XY",
                            text="Insulin twice daily. British Sign Language interpreter."),
        "cy": index_fields("Zoë Smithers", seq=3, dob="2001-02-28", postcode="N3 9QQ",
                           text="Speaks Polish. Music helps when anxious."),
    }
    return {key: store.plans.create(document(k=key), ix).plan_id for key, ix in rows.items()}


def found(store: Store, text: str) -> set[int]:
    return {s.plan_id for s in store.plans.search(text)}


def test_name_prefix_and_every_token_anded(store: Store, people: dict[str, int]) -> None:
    assert found(store, "Smith") == {people["bob"], people["cy"]}
    assert found(store, "smith bob") == {people["bob"]}
    assert found(store, "bo sm") == {people["bob"]}
    assert found(store, "o'bri") == {people["ann"]}
    assert found(store, "zoe") == {people["cy"]}  # accents folded
    assert found(store, "ZOË SMITHERS") == {people["cy"]}
    assert found(store, "bob zoe") == set()


def test_nhs_number_spaced_and_unspaced(store: Store, people: dict[str, int]) -> None:
    nhs = nhs_number(2)
    spaced = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
    assert found(store, nhs) == {people["bob"]}
    assert found(store, spaced) == {people["bob"]}
    assert people["bob"] in found(store, nhs[:7])
    assert people["bob"] in found(store, spaced[:9])


def test_date_of_birth_iso_and_uk_forms(store: Store, people: dict[str, int]) -> None:
    assert found(store, "1975-11-03") == {people["bob"]}
    assert found(store, "03/11/1975") == {people["bob"]}
    assert found(store, "03/11/19") == {people["bob"]}
    assert found(store, "03111975") == {people["bob"]}
    assert found(store, "28/02/2001") == {people["cy"]}


def test_postcode_with_and_without_space(store: Store, people: dict[str, int]) -> None:
    assert found(store, "OX4 1AB") == {people["ann"]}
    assert found(store, "ox41ab") == {people["ann"]}
    assert found(store, "kt1 2") == {people["bob"]}


def test_free_text_and_prefixes(store: Store, people: dict[str, int]) -> None:
    assert found(store, "biscuit") == {people["ann"]}
    assert found(store, "insul") == {people["bob"]}
    assert found(store, "sign language") == {people["bob"]}
    assert found(store, "polish music") == {people["cy"]}
    assert found(store, "crisis hou") == {people["ann"]}


def test_name_matches_rank_above_text_mentions(store: Store) -> None:
    in_text = store.plans.create(document(), index_fields("Ann Other", seq=5,
                                                          text="Sister is Kowalska")).plan_id
    named = store.plans.create(document(), index_fields("Kasia Kowalska", seq=6, text="nothing")).plan_id
    assert [s.plan_id for s in store.plans.search("kowalska")] == [named, in_text]


def test_search_sees_new_versions_at_once(store: Store, people: dict[str, int]) -> None:
    store.plans.add_version(people["ann"], document(), index_fields("Ann Newname", seq=1, text="cat"))
    assert found(store, "o'brien") == set()
    assert found(store, "newname") == {people["ann"]}
    assert found(store, "biscuit") == set()
    assert found(store, "cat") == {people["ann"]}


def test_list_filter_uses_the_same_search(store: Store, people: dict[str, int]) -> None:
    assert store.plans.count(search="smith") == 2
    assert store.plans.ids(search="smith") == [people["bob"], people["cy"]]
    assert [p.plan_id for p in store.plans.page(0, 1, search="smith")] == [people["bob"]]
    assert store.plans.count(search="") == 3
    assert store.plans.count(search="  -- ") == 3  # nothing searchable: no filter


@pytest.mark.parametrize("hostile", ['"', "*", "NEAR(", "OR", "-", "AND", "NOT", '"smith', "smith*", "^bob",
                                     "name:bob", "{name}: bob", "bob OR ann", "(", ")", "a:b:c",
                                     "'; DROP TABLE",
                                     "\x00", "\\", "NEAR(bob ann, 2)", "-bob", "+", "bob +ann"])
def test_hostile_input_never_raises(store: Store, people: dict[str, int], hostile: str) -> None:
    results = store.plans.search(hostile)
    assert isinstance(results, list)
    assert store.plans.count(search=hostile) >= 0
    store.plans.ids(search=hostile)
    store.plans.page(0, 10, search=hostile)


def test_operators_are_searched_as_words(store: Store, people: dict[str, int]) -> None:
    or_plan = store.plans.create(document(), index_fields("Or Near", seq=9, text="and not")).plan_id
    assert found(store, "OR") == {or_plan}
    assert found(store, "NEAR(") == {or_plan}
    assert found(store, "bob OR ann") == set()  # OR is a word here, not an operator
    assert found(store, "-bob") == {people["bob"]}


def test_empty_search_returns_nothing(store: Store, people: dict[str, int]) -> None:
    assert store.plans.search("") == []
    assert store.plans.search("   ") == []
    assert store.plans.search("!!!") == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_fuzzed_search_text_never_raises(store: Store, text: str) -> None:
    assert isinstance(store.plans.search(text), list)
    assert store.plans.count(search=text) >= 0


def test_folding_ascii_fast_path_matches_the_unicode_path() -> None:
    import unicodedata

    from crisisplan.store.search import _fold

    def slow(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

    for text in ("Insulin TWICE daily, 07700 900123; OX4 1AB", "".join(chr(c) for c in range(128)),
                 "Zoë Ångström ﬁle", "e\u0301"):
        assert _fold(text) == slow(text)
