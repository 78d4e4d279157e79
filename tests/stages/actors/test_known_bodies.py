"""Bodies the lexicon knows, read from the article around a short name, on sentences we wrote."""

import pytest

from actor_names import mentions_of, report


def test_the_commission_in_a_story_about_eu_rules_is_the_european_commission():
    article = report(
        "Members of the European Parliament rejected the draft European Union rules on seeds. "
        "The farm committee said the Commission should write the rules again."
    )
    commission = next(a for a in article.actors if "Commission" in mentions_of(article, a.name))
    assert (commission.name, commission.sector, commission.country) == (
        "European Commission",
        "IGO",
        None,
    )


def test_the_commission_after_another_commission_stays_that_body():
    article = report(
        "The European Union adopted new rules on hiring. The Commission for Racial Equality "
        "welcomed them, and the Commission said it would watch how employers applied them."
    )
    names = {a.name for a in article.actors}
    assert "European Commission" not in names
    assert "Commission for Racial Equality" in names


@pytest.mark.parametrize(
    ("body", "name", "code"),
    [
        ("The Majlis passed the budget after a long debate.", "Majlis", ("IRN", "LEG")),
        (
            "As leader he fought the Militant Tendency inside the party.",
            "Militant Tendency",
            ("GBR", "PTY"),
        ),
        (
            "The White House wants more money for the Millennium Challenge Corporation.",
            "Millennium Challenge Corporation",
            ("USA", "GOV"),
        ),
    ],
)
def test_a_parliament_a_party_faction_and_an_aid_agency_named_alone(body, name, code):
    # No word of these names says what they are ("Corporation" would make
    # a firm of the aid agency); the lexicon does.
    article = report(body, published="2005-03-01")
    actor = next(a for a in article.actors if a.name == name)
    assert (actor.country, actor.sector) == code


def test_a_channel_called_by_its_word_once_the_story_names_it_a_channel():
    article = report(
        "TV channel Five has been rebuked for posting a leaflet about a crime drama to homes. "
        "The regulator said Five had breached the code, and Five said it regretted any upset."
    )
    channel = next(a for a in article.actors if a.name == "Channel Five")
    assert (channel.sector, channel.country) == ("MED", "GBR")
    assert mentions_of(article, "Channel Five").count("Five") == 3


def test_five_is_a_count_where_the_story_names_no_channel():
    article = report("Five men were arrested after the raid. Five said nothing to the police.")
    assert "Channel Five" not in {a.name for a in article.actors}


def test_a_channel_named_with_its_medium_is_that_channel():
    article = report(
        "Five television apologised for a joke made on its morning show. "
        "Viewers said Five should drop the presenter."
    )
    assert mentions_of(article, "Channel Five") == ["Five television", "Five"]


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        (
            "Rival bidder Euronext said it would study the terms of the German offer.",
            "Euronext",
            "FRA",
        ),
        (
            "Italian shops lag in online sales, consultants Booz Allen Hamilton found.",
            "Booz Allen Hamilton",
            "USA",
        ),
    ],
)
def test_firms_news_names_abroad_keep_their_home_country(body, name, country):
    article = report(body)
    assert next(a.country for a in article.actors if a.name == name) == country


@pytest.mark.parametrize(
    ("body", "name", "code"),
    [
        # Germany's parties, as English news names them: not the US Democrats they end in.
        (
            "In Berlin, the Social Democrats and the Free Democrats agreed a budget.",
            "Social Democratic Party of Germany",
            ("DEU", "PTY"),
        ),
        (
            "In Berlin, the Social Democrats and the Free Democrats agreed a budget.",
            "Free Democratic Party",
            ("DEU", "PTY"),
        ),
    ],
)
def test_a_party_named_democrats_with_a_word_before_it_is_not_the_us_party(body, name, code):
    article = report(body)
    assert "Democratic Party" not in {a.name for a in article.actors}
    actor = next(a for a in article.actors if a.name == name)
    assert (actor.country, actor.sector) == code


def test_a_shared_party_name_in_a_story_about_another_country_is_that_countrys_party():
    article = report(
        "Sweden's prime minister lost the vote in Stockholm. The Christian Democrats, who "
        "share power in Sweden, said they would leave the Swedish government."
    )
    party = next(a for a in article.actors if "Christian Democrats" in mentions_of(article, a.name))
    assert (party.name, party.country, party.sector) == ("Christian Democrats", "SWE", "PTY")
