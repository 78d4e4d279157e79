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


def test_rebels_nothing_places_are_of_where_the_story_happens_not_where_it_is_told():
    # The minister and the National Assembly make the story French; the
    # fighting is in Mali, which it names most.
    _, actors = _actors(
        "French troops to stay in Mali\n\n"
        "French troops will stay in Mali until the army can hold the north, Defence "
        "Minister Claire Vautrin told the National Assembly on Tuesday.\n\n"
        "Two soldiers were killed near Gao on Sunday. Insurgents have stepped up attacks "
        "on foreign forces since the spring.\n\n"
        "Ms Vautrin visited troops in Timbuktu last week.\n"
    )
    assert actors["Insurgents"].country == "MLI"
