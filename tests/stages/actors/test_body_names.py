"""What the name of a body no lexicon lists says it is (body_names.py), on names we wrote."""

import pytest

from dateline.stages.actors import lexicon
from dateline.stages.actors.body_names import people_group_sector, sectors_in


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Older Women's Group", "NGO"),
        ("Tenants' Group", "NGO"),
        ("Gay Group of Leeds", "NGO"),
        ("Doctors' Group", "HLH"),
        ("Harlow Group", "BUS"),
        ("Ferro Drinks Group", "BUS"),
    ],
)
def test_a_group_named_for_people_is_theirs_not_a_firm(name, sector):
    assert next(sectors_in([name], lexicon.load())) == sector


def test_a_group_word_alone_says_nothing_of_its_people():
    assert people_group_sector(["the", "group"], lexicon.load()) is None


@pytest.mark.parametrize(
    "name", ["Labour Assembly Government", "Northern Regional Government", "Provincial Government"]
)
def test_a_name_that_ends_in_government_is_a_government(name):
    # "Assembly" alone names a legislature and "Labour" a party; the last
    # word says what the body is.
    assert next(sectors_in([name], lexicon.load())) == "GOV"


@pytest.mark.parametrize(
    "name", ["United States Anti-Doping Agency", "Kenyan Anti-Doping Agency", "Anti Doping Agency"]
)
def test_an_anti_doping_agency_is_a_sports_body_not_a_ministry(name):
    # "agency" alone is the state's (GOV), but one that tests athletes works
    # for a sport's federations, as Wada does (NGO).
    assert next(sectors_in([name], lexicon.load())) == "NGO"
