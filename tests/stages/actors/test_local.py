"""People placed by where their sentence is (stages/actors/local.py), on invented text."""

import pytest

from actor_names import actors_by_name as _actors


@pytest.mark.parametrize(
    "flight",
    [
        "Thousands of civilians fled across the border into Uganda, officials said.",
        "Hundreds of villagers fled to Chad after the raid, officials said.",
    ],
)
def test_people_who_fled_into_a_country_are_not_of_it(flight):
    _, actors = _actors(
        f"Rebels Take Town\n\nCongolese rebels seized a town in North Kivu on Sunday. {flight}\n"
    )
    fled = next(a for name, a in actors.items() if name in ("civilians", "villagers"))
    assert fled.country == "COD"


def test_people_of_the_place_their_sentence_names_take_its_country():
    _, actors = _actors(
        "Rebels Take Town\n\nCongolese rebels seized a town in North Kivu on Sunday. "
        "Three civilians were killed in Darfur, officials said.\n"
    )
    assert actors["civilians"].country == "SDN"
