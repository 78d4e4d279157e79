"""A country's people named by their plural demonym, on sentences we wrote."""

import pytest

from actor_names import actors_by_name as _actors
from actor_names import coding, report
from actor_names import mention_texts as _mentions


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        ("The minister praised the generosity shown by Britons after floods.", "Britons", "GBR"),
        (
            "Seven million Ethiopians will need food aid this year, the agency said.",
            "Seven million Ethiopians",
            "ETH",
        ),
    ],
)
def test_a_plural_demonym_names_private_people(body, name, country):
    assert coding(report(body), name) == ("group", country, "CVL")


def test_the_americans_may_still_be_the_state():
    article = report("The Americans rejected the plan at the talks on Monday.")
    assert coding(article, "United States") == ("country", "USA", "GOV")


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        ("Iran released a French tourist after two years in jail.", "French tourist", "FRA"),
        ("Moscow freed an American citizen in a prisoner swap.", "American citizen", "USA"),
    ],
)
def test_one_national_held_abroad_is_a_private_person_not_the_state(body, name, country):
    assert coding(report(body), name)[1:] == (country, "CVL")


@pytest.mark.parametrize(
    ("body", "name", "coded"),
    [
        ("Tigrayan officials walked out of the talks on Monday.", "Tigrayan officials", "ETH"),
        ("Chechen fighters attacked a police checkpoint overnight.", "Chechen fighters", "RUS"),
        ("Rohingya refugees marched through the camp on Friday.", "Rohingya refugees", "MMR"),
    ],
)
def test_a_people_of_one_state_is_placed_in_that_state(body, name, coded):
    assert coding(report(body), name)[1] == coded


def test_a_demonym_describing_a_thing_is_no_country_mention():
    article, actors = _actors(
        "Exports\n\nGrowers said demand for French cheese had fallen, and that British "
        "shoppers were loyal. A survey found most of them felt Welsh rather than British.\n"
    )
    spans = {article.text[s:e] for a in actors.values() for s, e in a.mentions}
    assert not spans & {"French", "British"}


def test_a_demonym_before_an_actor_or_as_a_noun_stays():
    _, actors = _actors(
        "Talks\n\nBritish officials met their Iraqi counterparts on Monday. "
        "The French said they would send an envoy.\n"
    )
    assert "British officials" in actors
    assert "France" in actors


def test_a_demonym_before_the_country_s_force_stays():
    _, actors = _actors("Raids\n\nIsraeli airstrikes hit the town again on Sunday night.\n")
    assert "Israel" in actors


def test_a_capital_naming_where_a_thing_is_is_no_government():
    article, actors = _actors(
        "Campaign\n\nThe party will hold a news conference at its London HQ every morning. "
        "Later, London said it had agreed to the talks.\n"
    )
    assert _mentions(article, actors["United Kingdom"]) == ["London"]
    assert actors["United Kingdom"].mentions[0][0] > article.text.index("Later")
