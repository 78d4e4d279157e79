"""Actors in wire reports of diplomacy, spying and aid, in sentences we wrote."""

import pytest

import dateline
from actor_names import actors_by_name as _actors


@pytest.mark.parametrize(("text", "name"), [
    ("The U.N. nuclear watchdog said on Monday that its inspectors were refused entry.",
     "International Atomic Energy Agency"),
    ("The United Nations refugee agency said 3,000 people crossed the river overnight.", "UNHCR"),
    ("The U.N. humanitarian office said six lorries were turned back at the checkpoint.", "OCHA"),
    ("The U.N. children's agency said schools in the valley had been shut for a month.",
     "Unicef"),
    ("The U.N. food agency warned that stocks in the camps would run out within weeks.",
     "World Food Programme"),
    ("The U.N. migration agency said two boats had capsized off the coast.",
     "International Organization for Migration"),
])  # fmt: skip
def test_a_un_agency_told_by_what_it_does_is_that_agency(text, name):
    _, actors = _actors("Report\n\n" + text + "\n")
    assert actors[name].sector == "IGO"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Dutch intelligence service AIVD said the two men had tried to recruit port staff.",
     "AIVD", "NLDSPY"),
    ("Germany's BND said it had warned ministers about the hackers in March.", "BND", "DEUSPY"),
])  # fmt: skip
def test_a_foreign_intelligence_service_is_its_countrys(text, name, code):
    _, actors = _actors("Report\n\n" + text + "\n")
    assert actors[name].code == code


def test_a_countrys_diplomats_abroad_do_not_make_the_story_theirs():
    _, actors = _actors(
        "Dutch expel envoys\n\n"
        "AMSTERDAM (Reuters) - The Netherlands expelled two Russian diplomats on Friday, saying "
        "they had spied on the port for Moscow. A Russian envoy and the Russian ambassador were "
        "summoned to the Dutch foreign ministry. "
        "Foreign Minister Joris Bakker said spying would not be tolerated.\n"
    )
    assert actors["Joris Bakker"].code == "NLDGOV"


@pytest.mark.parametrize("text", [
    "Kyiv and Moscow carried out the biggest prisoner swap of the war on Friday.",
    "The hostage deal fell apart on Friday, two mediators said.",
])  # fmt: skip
def test_a_private_role_word_qualifying_a_thing_is_no_person(text):
    _, actors = _actors("Report\n\n" + text + "\n")
    assert not any("prisoner" in name or "hostage" in name for name in actors)


def test_a_private_role_word_before_a_people_word_still_names_people():
    _, actors = _actors("Report\n\nThe hostage families met the prime minister in Haifa.\n")
    assert "hostage families" in actors


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Congolese Foreign Minister Marie Ilunga Wagner said the talks would resume on Monday.",
     "Marie Ilunga Wagner", "CODGOV"),
    ("Finance Minister Karin Hamas said the budget would be balanced next year.", "Karin Hamas",
     None),
])  # fmt: skip
def test_a_bodys_name_closing_a_persons_name_is_their_surname(text, name, code):
    _, actors = _actors("Report\n\n" + text + "\n")
    assert actors[name].kind == "person"
    assert code is None or actors[name].code == code
    assert "Wagner Group" not in actors
    assert "Hamas" not in actors


@pytest.mark.parametrize(("text", "code"), [
    (("BAMAKO (AFP) - Mali's junta expelled Belgium's envoy on Monday. Belgium, which keeps "
      "about 200 troops in the country, said it would review its mission."), "BELMIL"),
    (("DAMASCUS (Reuters) - Syria's government condemned the strike. The United States has "
      "about 900 soldiers in the country, officials said."), "USAMIL"),
])  # fmt: skip
def test_forces_a_country_keeps_abroad_are_its_own(text, code):
    _, actors = _actors("Report\n\n" + text + "\n")
    troops = next(a for a in actors.values() if a.name in ("troops", "soldiers"))
    assert troops.code == code


def test_an_ambassador_named_after_his_countrys_ambassador_is_that_ambassador():
    _, actors = _actors(
        "Row\n\nChile summoned Peru's ambassador on Monday to protest, the foreign ministry in "
        "Santiago said. Chilean Deputy Foreign Minister Rosa Vidal told Ambassador Luis "
        "Carranza that the map was unacceptable.\n"
    )
    assert actors["Luis Carranza"].code == "PERGOV"
    assert "Peru's ambassador" not in actors


@pytest.mark.parametrize("name", ["Park Min-soo", "Choi Sang-mok"])
def test_a_syllable_hyphened_to_a_name_the_model_left_out_is_the_names(name):
    _, actors = _actors(f"Talks\n\nVice Foreign Minister {name} told reporters the talks failed.\n")
    assert name in actors


def test_a_commissioner_sits_on_the_commission_not_the_firm_named_before():
    _, actors = _actors(
        "Fine\n\nThe European Commission has fined Dutch chipmaker Velmora Holdings 900m "
        "euros. Trade Commissioner Anna Lindqvist said the firm had broken the rules.\n"
    )
    assert actors["Anna Lindqvist"].code == "IGOEUC"


def test_a_firms_short_name_is_the_firm_though_a_town_shares_it():
    _, actors = _actors(
        "Fine\n\nThe Commission fined Arcadia Systems. Arcadia said it would appeal against "
        "the decision.\n"
    )
    assert len(actors["Arcadia Systems"].mentions) == 2


def test_a_site_stood_at_is_a_place_not_a_body():
    _, actors = _actors("Visit\n\nPresident Ana Ruiz met lawmakers on Capitol Hill on Tuesday.\n")
    assert "Capitol Hill" not in actors


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("The Dhaka Nationalist Front called a general strike for Wednesday.",
     "Dhaka Nationalist Front", "PTY"),
    ("The Ogaden Liberation Front attacked an army post on Sunday.",
     "Ogaden Liberation Front", "REB"),
])  # fmt: skip
def test_a_nationalist_front_is_a_party_where_a_front_alone_fights(text, name, sector):
    _, actors = _actors("Strike\n\n" + text + "\n")
    assert actors[name].sector == sector


def test_a_minister_unplaced_heads_the_ministry_of_his_portfolio_named_just_before():
    (article,) = dateline.extract(
        "Iran frees jailed French pair\n\nTEHRAN (Reuters) - Iran has released two French "
        "citizens who had been held "
        "for more than a year on spying charges, the French foreign ministry said on Thursday.\n\n"
        "Foreign Minister Luc Marchand thanked Oman for its mediation and said France would "
        "continue to press for the release of a third national still held in Evin prison.\n\n"
        "Iran's judiciary said the pair had been freed on bail after their sentences were "
        "reduced by an appeals court.\n\nTehran has been accused by Western governments of "
        "detaining dual and foreign nationals to use as bargaining chips, a charge it rejects.\n\n"
        "The release came days after France returned an Iranian engineer who had been held in "
        "Paris on a US extradition request.\n",
        published="2024-06-20",
    )
    assert {a.name: a.country for a in article.actors}["Luc Marchand"] == "FRA"
