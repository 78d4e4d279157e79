"""Groups and bodies named where a story deals with them or reads them (invented text)."""

from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions


def test_a_group_dealt_with_is_an_actor():
    _, actors = _actors(
        "Pay Talks\n\nHospital managers in Leeds held fresh talks with unions on Monday. "
        "The bank's former chairman reached a settlement with prosecutors last week.\n"
    )
    assert (actors["unions"].kind, actors["unions"].sector) == ("group", "LAB")
    assert actors["prosecutors"].sector == "JUD"


def test_a_group_a_report_is_according_to_is_an_actor():
    _, actors = _actors(
        "Envoy Stays\n\nAccording to diplomats, the envoy will stay in the region until May.\n"
    )
    assert actors["diplomats"].sector == "GOV"


def test_with_that_says_which_people_or_sets_them_beside_others_names_no_actor():
    _, actors = _actors(
        "Help For Families\n\nFamilies with children will get more help this winter, "
        "compared with pensioners, the minister said.\n"
    )
    assert "children" not in actors
    assert "pensioners" not in actors
    assert "pupils" not in actors
    assert "voters" not in actors


def test_a_body_the_state_owns_is_the_governments():
    _, actors = _actors(
        "Dry Rivers\n\nA study by the state's National Water Institute found that rivers "
        "were drying up. The country's Central Planning Organisation said growth would slow.\n"
    )
    assert actors["National Water Institute"].sector == "GOV"
    assert actors["Central Planning Organisation"].sector == "GOV"


def test_a_firm_the_country_has_keeps_its_trade():
    _, actors = _actors(
        "Rates Cut\n\nThe country's biggest lender, Norbank, cut its rates on Monday.\n"
    )
    assert actors["Norbank"].sector == "BUS"


def test_one_the_country_boasts_of_is_not_its_government():
    _, actors = _actors(
        "Mill Sold\n\nThe mill was bought by Dmytro Khalenko, the country's richest man, "
        "and Kestrel Steel.\n"
    )
    assert actors["Dmytro Khalenko"].sector != "GOV"


def test_what_a_body_is_said_to_be_is_read_past_its_short_name_in_brackets():
    _, actors = _actors(
        "Pipeline Funds\n\nThe firm had raised money from the Northern Export Finance "
        "Corporation (NEFC) - a Canadian development agency - and two banks.\n"
    )
    body = actors["Northern Export Finance Corporation"]
    assert (body.country, body.sector) == ("CAN", "GOV")


def test_a_role_word_before_a_plural_says_which_people_they_are():
    _, actors = _actors(
        "Budget Day\n\nThe chancellor unveiled his budget. According to the opposition "
        "parties, though, it is a sham.\n"
    )
    assert actors["opposition parties"].kind == "group"
    assert "opposition" not in actors


def test_a_plural_group_between_whom_things_happen_is_an_actor():
    _, actors = _actors(
        "Capital Clashes\n\nClashes between rival militias in the capital left ten people dead.\n"
    )
    assert actors["rival militias"].sector == "REB"


def test_a_navy_owned_by_one_country_is_not_another_countrys_navy():
    _, actors = _actors(
        "Tanker Held\n\nVenezuela's navy boarded a cargo ship on Friday. "
        "The US Navy said the ship was sailing in open waters.\n"
    )
    assert actors["navy"].country == "VEN"
    assert actors["US Navy"].country == "USA"


def test_a_known_body_told_as_another_countrys_is_that_countrys_own():
    _, actors = _actors(
        "Drills Go On\n\nJapan's Joint Chiefs of Staff said on Monday that the drills "
        "would go on.\n"
    )
    assert (actors["Joint Chiefs of Staff"].country, actors["Joint Chiefs of Staff"].sector) == (
        "JPN",
        "MIL",
    )


def test_a_square_named_after_a_person_is_no_actor():
    _, actors = _actors(
        "Soldiers Pull Back\n\nColonel Ruben Talavera led the troops into Plaza Ortega on Monday.\n"
    )
    assert "Plaza Ortega" not in actors


def test_members_of_the_two_houses_are_two_groups():
    article, actors = _actors(
        "Housing Bill\n\nPeers threw out the housing bill on Tuesday. Tenants' groups urged "
        "MPs to overturn the peers' vote.\n"
    )
    assert "MPs" in actors
    assert "MPs" not in _mentions(article, actors["Peers"])
