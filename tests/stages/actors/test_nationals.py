"""A country's people named by their plural demonym, on sentences we wrote."""

import pytest

from actor_names import coding, report


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
