"""Actors of entertainment and sport news: performers, players, clubs, federations, networks."""

import pytest

from actor_names import codes_by_name_end as _coded
from actor_names import mention_texts, report


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hollywood actress Julia Stone sued the magazine for libel on Monday.", "Julia Stone"),
        ("Film director Ravi Mehta criticised the censors over the cuts.", "Ravi Mehta"),
        ("Arsenal striker Tomas Brel was fined a week's wages by the club.", "Tomas Brel"),
        ("The veteran midfielder Paul Rees has handed in a transfer request.", "Paul Rees"),
        ("Goalkeeper Ian Dowd was sent off in the second half.", "Ian Dowd"),
    ],
)
def test_performers_and_players_are_private_people_not_firms(text, name):
    assert any(sector == "CVL" for _, sector in _coded(text, name))


def test_a_runner_takes_the_country_of_her_demonym():
    text = "The Kenyan runner Grace Wanjiru was banned for two years after a failed drug test."
    assert ("KEN", "CVL") in _coded(text, "Grace Wanjiru")


def test_a_national_teams_coach_is_of_its_country():
    text = "England coach Sven Larsson praised his young side after the win in Vienna."
    assert ("GBR", "CVL") in _coded(text, "Sven Larsson")


@pytest.mark.parametrize(
    ("text", "name", "coding"),
    [
        (
            "Athletics Kenya suspended the runner for the rest of the year.",
            "Athletics Kenya",
            ("KEN", "NGO"),
        ),
        (
            "The Welsh Rugby Union has banned the flanker for four weeks.",
            "Rugby Union",
            ("GBR", "NGO"),
        ),
        (
            "The Scottish Football Association fined the club on Monday.",
            "Football Association",
            ("GBR", "NGO"),
        ),
        (
            "The FA charged the midfielder with improper conduct.",
            "Football Association",
            ("GBR", "NGO"),
        ),
        (
            "The PFA said the club had failed its players.",
            "Footballers' Association",
            ("GBR", "LAB"),
        ),
    ],
)
def test_sports_federations_are_national_bodies_not_unions_or_firms(text, name, coding):
    assert coding in _coded(text, name)


def test_a_record_label_named_as_one_is_a_firm():
    text = "Pop singer Lena Marsh has sued her former label, Bluefin Records, over royalties."
    assert any(sector == "BUS" for _, sector in _coded(text, "Bluefin Records"))


def test_a_us_network_named_by_its_letters_is_media():
    text = "ABC bought the rights to the quiz show last year, its spokesman said."
    assert ("USA", "MED") in _coded(text, "Broadcasting Company")


@pytest.mark.parametrize(
    ("text", "name", "coding"),
    [
        ("The video was dropped by MTV after viewers complained.", "MTV", ("USA", "MED")),
        ("The singer told CNBC that sales had doubled.", "CNBC", ("USA", "MED")),
        ("The minister was interviewed on GMTV on Friday.", "GMTV", ("GBR", "MED")),
    ],
)
def test_a_channel_named_alone_is_media_not_a_firm(text, name, coding):
    assert _coded(text, name) == {coding}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The quiz show will move to Star TV next year, its makers said.", "Star TV"),
        ("Orbit TV said the drama had drawn six million viewers on Sunday.", "Orbit TV"),
    ],
)
def test_a_channel_whose_name_ends_in_tv_is_media_not_a_firm(text, name):
    assert any(sector == "MED" for _, sector in _coded(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The final will be shown live on ITV1 on Saturday night.", "ITV1"),
        ("BBC2 said the comedy would return for a third series.", "BBC2"),
    ],
)
def test_a_broadcasters_numbered_channel_is_the_broadcaster(text, name):
    article = report(text, published="2005-03-01")
    (channel,) = [a for a in article.actors if name in mention_texts(article, a)]
    assert (channel.country, channel.sector) == ("GBR", "MED")


@pytest.mark.parametrize(
    "text",
    [
        "Reggae star Kojo Blaze has been jailed in Ghana for swearing on stage.",
        "Soul star Kojo Blaze cancelled his tour of Britain on Friday.",
    ],
)
def test_a_star_of_a_kind_of_music_is_the_performer_not_a_firm_named_by_the_music(text):
    article = report(text)
    assert [(a.name, a.sector) for a in article.actors][:1] == [("Kojo Blaze", "CVL")]
