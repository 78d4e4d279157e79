"""Actors of technology news: net users, tech firms, space agencies and digital rights groups."""

import pytest

from actor_names import codes_by_name_end as _coded
from actor_names import report


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("The users complained that the update had wiped their files.", "users", "CVL"),
        ("Many readers wrote in to say the new layout was hard to follow.", "readers", "CVL"),
        ("The subscribers were told that prices would rise in May.", "subscribers", "CVL"),
        ("The seafarers said the new cards were easy to use.", "seafarers", "CVL"),
        ("The hackers broke into the bank's network on Sunday.", "hackers", "CVL"),
        ("The bloggers accused the firm of hiding the fault.", "bloggers", "MED"),
        ("The sponsors pulled out of the show after the row.", "sponsors", "BUS"),
        ("The file-sharers said the new rules would not stop them.", "sharers", "CVL"),
        ("Officials shut 300 cafes that let children play online games all night.", "cafes", "BUS"),
    ],
)
def test_people_named_by_what_they_do_with_technology_are_groups(text, word, sector):
    assert any(s == sector for _, s in _coded(text, word))


@pytest.mark.parametrize(
    ("text", "name", "coding"),
    [
        ("Nasa said its probe had sent back clear pictures.", "Nasa", ("USA", "GOV")),
        ("Engineers at MIT built the walking robot.", "Institute of Technology", ("USA", "EDU")),
        ("The European Space Agency launched a weather satellite.", "Space Agency", (None, "IGO")),
        ("Icann approved two new web addresses on Friday.", "Icann", (None, "NGO")),
        ("Napster said it had signed up half a million members.", "Napster", ("USA", "BUS")),
    ],
)
def test_bodies_of_technology_news_are_coded_as_the_lexicon_knows_them(text, name, coding):
    assert coding in _coded(text, name)


def test_a_civil_liberties_group_is_a_campaign_group_not_a_firm():
    text = (
        "Jane Rowe, of the digital civil liberties group Netfree Watch, said the plan went too far."
    )
    assert any(sector == "NGO" for _, sector in _coded(text, "Netfree Watch"))


def test_a_tech_firm_quoted_without_its_country_gets_its_home_country():
    text = "Online traffic firm Akamai said the attack had slowed the sites of its customers."
    assert ("USA", "BUS") in _coded(text, "Akamai")


def test_a_site_named_by_its_address_and_later_by_its_bare_name_is_one_actor():
    text = (
        "The news site Gadgetline.org said it would fight the order in court. "
        "The lawyers of Gadgetline Inc said the firm had broken no law, and Gadgetline will appeal."
    )
    article = report(text, published="2005-03-01")
    told = [
        {article.text[s:e] for s, e in a.mentions}
        for a in article.actors
        if any("Gadgetline" in article.text[s:e] for s, e in a.mentions)
    ]
    assert told == [{"Gadgetline.org", "Gadgetline Inc", "firm", "Gadgetline"}]


def test_a_weblogger_told_of_by_nationality_is_the_writer_not_the_state():
    # "A Syrian weblogger was detained": done to the writer, not to Syria.
    article = report("A Syrian weblogger was detained in Aleppo last week, his sister said.")
    jailed = next(e for e in article.events if e.type == "COERCE")
    names = {a.id: (a.name, a.country, a.sector) for a in article.actors}
    assert [names[r] for r in jailed.recipient] == [("Syrian weblogger", "SYR", "MED")]
