"""Bodies of the state news names by their kind in lower case, on sentences we wrote."""

import pytest

from actor_names import coding, mentions_of, report


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # An embassy is its country's government, whoever's capital it sits in.
        (
            "The German embassy said the visas had been issued lawfully.",
            "German embassy",
            ("organization", "DEU", "GOV"),
        ),
        # A regulator or watchdog is the state's, placed by the possessive.
        (
            "Italy's financial watchdog opened an inquiry into the bond sale.",
            "Italy's financial watchdog",
            ("organization", "ITA", "GOV"),
        ),
        # An inquiry is a body, not a person, though a name stands before it.
        (
            "The Wilton inquiry found no evidence of wrongdoing by officials.",
            "Wilton inquiry",
            ("organization", None, "GOV"),
        ),
    ],
)
def test_a_state_body_named_by_its_kind_is_an_actor(body, name, expected):
    assert coding(report(body), name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # The nouns of its remit before the body's word say which body it is.
        (
            "The standards committee cleared the councillor of any wrongdoing.",
            "standards committee",
            ("organization", None, "LEG"),
        ),
        (
            "The planning department said the funds were more than enough.",
            "planning department",
            ("organization", None, "GOV"),
        ),
    ],
)
def test_a_body_s_remit_before_it_names_it(body, name, expected):
    assert coding(report(body), name) == expected


def test_the_ministry_is_the_ministry_named_before():
    article = report(
        "Ruritania's Ministry of Finance announced the sale on Monday. "
        "The ministry said 40 state firms would be sold by the end of the year."
    )
    assert mentions_of(article, "Ministry of Finance") == ["Ministry of Finance", "ministry"]


def test_the_ministry_is_no_government_named_before():
    article = report(
        "The government announced the sale on Monday. "
        "The ministry said 40 state firms would be sold by the end of the year."
    )
    assert mentions_of(article, "government") == ["government"]


def test_a_body_named_within_an_international_one_is_of_its_sector():
    article = report("The UN Economic Commission said growth in the region would slow.")
    assert coding(article, "UN Economic Commission") == ("organization", None, "IGO")


def test_the_commission_after_the_european_commission_is_that_body():
    article = report(
        "The European Commission rejected the plan on Monday. "
        "The commission said the rules on state aid were clear."
    )
    actor = next(a for a in article.actors if a.name == "European Commission")
    assert (actor.sector, mentions_of(article, "European Commission")) == (
        "IGO",
        ["European Commission", "commission"],
    )


def test_a_military_command_the_lexicon_knows_is_its_country_s_military():
    article = report("US Central Command said two patrol boats had been hit.")
    assert coding(article, "US Central Command")[1:] == ("USA", "MIL")


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        (
            "The Nigerian Red Cross said 30 people were hurt in the blast.",
            "Nigerian Red Cross",
            "NGA",
        ),
        ("The Lebanon Red Cross sent ambulances to the port.", "Lebanon Red Cross", "LBN"),
    ],
)
def test_a_country_s_red_cross_is_its_own_society_not_the_icrc(body, name, country):
    article = report(body)
    assert coding(article, name) == ("organization", country, "NGO")
    assert all(a.org is None for a in article.actors)


def test_the_red_cross_alone_is_still_the_international_committee():
    article = report("The Red Cross visited the detainees in the camp on Monday.")
    assert [a.org for a in article.actors if a.sector == "NGO"] == ["icrc"]


@pytest.mark.parametrize(
    "body",
    [
        "Coast guard ships shadowed a supply boat near the Second Thomas Shoal on Friday.",
        "The navy said it had escorted two tankers through the Strait of Hormuz.",
    ],
)
def test_a_feature_of_land_or_sea_is_a_place_not_an_actor(body):
    names = [a.name for a in report(body).actors]
    assert not any(word in name for name in names for word in ("Shoal", "Strait", "Thomas"))
