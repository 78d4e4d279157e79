"""The offline gazetteer: what names it knows, and as what."""

import pytest

from dateline.stages._gazetteer import is_city, lookup, wide_place


@pytest.mark.parametrize("name", ["Downing Street", "Number 10", "10 Downing Street"])
def test_downing_street_is_one_site_under_each_of_its_names(name):
    (entry,) = lookup(name)
    assert (entry.name, entry.kind, entry.country) == ("Downing Street", "site", "GBR")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Norway", "country"), ("Africa", "region"), ("Pembrokeshire", "admin"), ("Leeds", None)],
)
def test_wide_places_are_countries_continents_and_lexicon_places_but_not_cities(name, kind):
    assert wide_place(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "the Maze",
        "Woodhill Prison",
        "Belmarsh prison",
        "Buckingham Palace",
        "Stormont",
        "the Old Bailey",
        "Trafalgar Square",
    ],
)
def test_much_reported_british_sites_are_known(name):
    (entry,) = lookup(name)
    assert (entry.kind, entry.country) == ("site", "GBR")


@pytest.mark.parametrize("name", ["County Tyrone", "Co Antrim", "Fife", "Carmarthenshire"])
def test_the_counties_of_northern_ireland_and_scottish_and_welsh_areas_are_known(name):
    (entry,) = lookup(name)
    assert (entry.kind, entry.country) == ("admin", "GBR")


def test_the_midlands_are_a_region_of_england():
    (entry,) = lookup("the Midlands")
    assert (entry.kind, entry.country) == ("region", "GBR")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Atlantic", "region"), ("South East Asia", "region"), ("Palace of Westminster", "site"),
     ("the Yangtze", "site"), ("Brittany", "region")],
)  # fmt: skip
def test_oceans_rivers_and_regions_are_known_under_the_names_news_uses(name, kind):
    assert wide_place(name) == kind


@pytest.mark.parametrize(
    ("name", "known_as"),
    [("Borders", "Scottish Borders"), ("Caspian", "Caspian Sea"), ("Shetlands", "Shetland")],
)
def test_an_alias_written_with_its_article_is_known_without_it(name, known_as):
    (entry,) = [e for e in lookup(name) if e.kind != "city"]
    assert entry.name == known_as


@pytest.mark.parametrize("code", ["RAC", "BMA", "GLA", "MSP", "TUC"])
def test_an_airport_or_other_code_among_a_citys_names_is_no_name_of_it(code):
    # GeoNames lists Racine as "RAC", Bromma as "BMA": in news these are bodies' acronyms.
    assert not is_city(code)
    assert not [e for e in lookup(code) if e.kind == "city"]


def test_a_small_towns_initials_are_a_local_code_not_a_name():
    # Singapore's Marine Parade is "MP" to GeoNames; a British story's MP is a member.
    assert not is_city("MP")


@pytest.mark.parametrize(
    ("initials", "city"),
    [
        ("LA", "Los Angeles"),
        ("NYC", "New York City"),
        ("NY", "New York City"),
        ("KL", "Kuala Lumpur"),
        ("HK", "Hong Kong"),
    ],
)
def test_a_large_citys_initials_are_still_a_name_of_it(initials, city):
    assert [e.name for e in lookup(initials) if e.kind == "city"] == [city]


def test_a_city_written_in_capitals_is_still_known():
    assert [e.name for e in lookup("UFA") if e.kind == "city"] == ["Ufa"]
