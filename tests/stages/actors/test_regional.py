"""Groups of a world region: one actor each, of no country (invented text)."""

import dateline


def _actors(text):
    (article,) = dateline.extract(text)
    return {a.name: a for a in article.actors}


def test_a_regions_leaders_are_a_group_of_governments():
    actors = _actors("Trade Row\n\nEuropean leaders have sharply criticised the new US tariffs.\n")
    leaders = actors["European leaders"]
    assert (leaders.kind, leaders.country, leaders.sector) == ("group", None, "GOV")


def test_a_regional_group_takes_no_country_named_later_in_the_sentence():
    actors = _actors("Nuclear Talks\n\nWestern diplomats criticised the Iranian government.\n")
    diplomats = actors["Western diplomats"]
    assert (diplomats.country, diplomats.sector) == (None, "GOV")


def test_a_regional_group_is_not_placed_in_the_home_country():
    actors = _actors(
        "Aid Pledge\n\nThe UK government promised more aid on Monday. "
        "Senior Arab officials welcomed the British offer.\n"
    )
    assert actors["Arab officials"].country is None


def test_two_regions_groups_are_two_actors():
    actors = _actors("Oil Deal\n\nThe deal angered Gulf states and western governments.\n")
    assert {"Gulf states", "western governments"} <= set(actors)


def test_a_region_where_something_happens_is_no_actor():
    actors = _actors("Tour\n\nThe minister will travel widely in African countries next year.\n")
    assert "African countries" not in actors


def test_a_regions_business_leaders_are_not_its_governments():
    actors = _actors("Summit\n\nEuropean business leaders met the chancellor on Friday.\n")
    assert all(a.sector != "GOV" for name, a in actors.items() if "business" in name)


def test_a_group_called_foreign_is_not_placed_in_the_home_country():
    actors = _actors(
        "Protests Grow\n\nThe Serbian president accused foreign intelligence services "
        "of paying the protesters.\n"
    )
    services = actors["foreign intelligence services"]
    assert (services.country, services.sector) == (None, "SPY")


def test_a_group_called_foreign_takes_no_country_named_later_in_the_sentence():
    actors = _actors("Nuclear Talks\n\nForeign officials criticised the Iranian government.\n")
    assert actors["Foreign officials"].country is None


def test_a_countrys_foreign_minister_is_still_its_own():
    actors = _actors("Visit\n\nThe Serbian foreign minister flew to Paris on Monday.\n")
    assert actors["Serbian foreign minister"].country == "SRB"
