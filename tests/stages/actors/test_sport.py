"""People of sport news: a club's players and managers are private people; national teams."""

import pytest

from actor_names import codes_by_name_end as _coded


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Celtic's Ivan Petrov was banned for two games, the referee's report showed. "
                "Petrov denied the charge."
            ),
            "Ivan Petrov",
        ),
        (
            (
                "Tomas Brel of Rangers was fined after the game, and the goalkeeper was warned. "
                "Brel said he would appeal."
            ),
            "Tomas Brel",
        ),
    ],
)
def test_a_player_named_by_his_club_is_a_private_person(text, name):
    assert {sector for _, sector in _coded(text, name)} == {"CVL"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rangers manager Colin Baird said he was let down by the midfielder's red card.",
            "Colin Baird",
        ),
        (
            "Arsenal boss Pierre Lambert said he would give the striker another chance.",
            "Pierre Lambert",
        ),
    ],
)
def test_a_clubs_manager_in_a_sports_story_is_a_private_person(text, name):
    assert {sector for _, sector in _coded(text, name)} == {"CVL"}


def test_a_clubs_chief_executive_still_runs_a_firm():
    text = (
        "Rangers manager Colin Baird praised the midfielder. "
        "Rangers chief executive Tom Hale said the club would appeal."
    )
    assert {sector for _, sector in _coded(text, "Tom Hale")} == {"BUS"}


def test_a_firms_boss_outside_sport_keeps_the_firms_sector():
    text = "Tesco boss Terry Leahy said sales had risen. Shell's Jeroen van Dijk saw weak demand."
    assert {sector for _, sector in _coded(text, "Terry Leahy")} == {"BUS"}
    assert {sector for _, sector in _coded(text, "van Dijk")} == {"BUS"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Scotland captain Gary Lennox has handed in a transfer request at Blackburn.",
            "Gary Lennox",
        ),
        ("The England coach was criticised after the defeat in Vienna.", "England coach"),
    ],
)
def test_a_national_teams_role_gives_its_country(text, name):
    assert ("GBR", "CVL") in _coded(text, name)
