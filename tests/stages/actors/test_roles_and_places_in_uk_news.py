"""Roles, bodies and the places that code them, as British news writes them (invented text)."""

import pytest

from actor_names import actors_by_name, coding, mentions_of, report


def test_a_country_named_before_a_group_with_a_word_between_places_it():
    article = report(
        "Halvorsen Foods agreed on Friday to pay a fine demanded by US federal regulators, "
        "who said it hid losses."
    )
    assert coding(article, "federal regulators") == ("group", "USA", "GOV")
    # The regulators say whose story it is: the firm no lexicon knows is American too.
    assert coding(article, "Halvorsen Foods")[1] == "USA"


def test_a_country_named_before_a_group_is_still_a_mention_of_its_own():
    article = report("Brisco Mining faces a fine from US federal regulators over its accounts.")
    assert mentions_of(article, "federal regulators") == ["US federal regulators"]


def test_a_known_firms_short_name_is_the_firm_beside_a_person_of_that_family_name():
    article = report(
        "Kodak said on Monday it would cut 900 jobs in its film arm. Kodak shares fell after "
        "Ann Kodak, a former director, criticised the plan."
    )
    assert mentions_of(article, "Ann Kodak") == ["Ann Kodak"]
    assert coding(article, "Kodak") == ("organization", "USA", "BUS")


def test_a_royal_title_with_a_country_after_the_name_places_its_holder():
    article = report("Labour MPs met King Hamad of Jordan in London on Tuesday.")
    assert coding(article, "Hamad")[1:] == ("JOR", "GOV")


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        (
            "Aid workers said that Joseph Okello's Uganda had closed its borders to them.",
            "Joseph Okello",
            "UGA",
        ),
        ("In Oleg Markov's Russia, critics were jailed, the report said.", "Oleg Markov", "RUS"),
    ],
)
def test_a_person_who_owns_a_country_is_its_ruler(body, name, country):
    assert coding(report(body), name)[1:] == (country, "GOV")


def test_a_country_that_describes_a_thing_after_it_makes_no_ruler():
    article = report("Critics attacked Tom Reed's Britain policy paper on Monday.")
    assert coding(article, "Tom Reed")[2] != "GOV"


def test_the_queens_possessive_is_the_monarch_not_a_firm_or_a_private_person():
    article = report(
        "Rents from the royal estates pay for the Queen's household, officials told MPs."
    )
    assert coding(article, "Queen")[2] == "GOV"


def test_a_role_that_owns_the_words_beside_a_name_is_not_the_names():
    article = report("The president's wife, Maria Lenz, visited the school on Tuesday.")
    assert coding(article, "Maria Lenz")[2] == "CVL"
    assert mentions_of(article, "Maria Lenz") == ["Maria Lenz"]


def test_a_grandson_named_beside_the_queens_possessive_does_not_take_her_title():
    article, actors = actors_by_name(
        "Hospital wing\n\nThe Queen will open the new wing of the hospital on Friday. The "
        "Queen's grandson, Prince Henry, will join her. The prince, 23, is a patron of the "
        "charity.\n"
    )
    assert actors["Henry"].title != "Queen"
    assert "Queen" not in mentions_of(article, "Henry")


def test_the_two_sides_of_a_trial_are_two_groups_of_lawyers():
    article = report(
        "Defence lawyers for Mr Hale questioned the witness about the missing funds on Monday. "
        "Prosecution lawyers say Mr Hale moved the money himself. The defence lawyers want the "
        "case thrown out."
    )
    assert coding(article, "Prosecution lawyers") == ("group", None, "JUD")
    assert mentions_of(article, "Prosecution lawyers") == ["Prosecution lawyers"]


def test_a_jury_is_a_body_of_the_court():
    article = report(
        "The jury in the Leeds fraud trial heard from a forensic accountant on Wednesday."
    )
    assert coding(article, "jury") == ("group", None, "JUD")


def test_a_former_shadow_minister_in_britain_sits_in_parliament():
    article = report(
        "Former shadow chancellor Mark Penrose now earns most of his money from speeches, the "
        "Commons register shows. Shadow chancellor Ian Lowe said the figures were fair."
    )
    assert coding(article, "Mark Penrose")[1:] == ("GBR", "LEG")
    assert coding(article, "Ian Lowe")[2] == "OPP"


def test_a_hyphened_word_after_a_persons_name_is_not_part_of_it():
    article = report("Critics warned of a Frank Dorsey-style purge of the party's moderates.")
    assert mentions_of(article, "Frank Dorsey") == ["Frank Dorsey"]


def test_a_name_after_a_plural_of_auditors_is_their_firm():
    article = report(
        "The accounts were signed off by auditors Brant Nilsen in March, the court heard."
    )
    kind, _, sector = coding(article, "Brant Nilsen")
    assert (kind, sector) == ("organization", "BUS")


def test_an_auditor_general_is_the_states():
    article = report("The auditor general for Wales criticised the health board on Friday.")
    assert coding(article, "auditor general")[2] == "GOV"


def test_a_one_word_name_after_the_is_a_body_not_a_person():
    article = report("He has sold his shares in the Dunmore, his spokesman said.")
    assert coding(article, "Dunmore")[0] == "organization"


def test_a_region_in_a_bodys_name_places_it():
    article = report(
        "Fed officials in Washington said the Federal Reserve would fund a prize at Fife "
        "College of Art and Design."
    )
    assert coding(article, "Fife College of Art and Design")[1] == "GBR"


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        (
            "Opposition candidate Ivan Petrenko drew a large crowd in Kiev on Sunday.",
            "Ivan Petrenko",
            "OPP",
        ),
        (
            "Prospective Labour candidate Jane Ware handed out leaflets in the town centre.",
            "Jane Ware",
            "PTY",
        ),
    ],
)
def test_a_candidate_stands_for_a_party_or_the_opposition(body, name, sector):
    assert coding(report(body), name)[2] == sector


def test_the_director_of_public_prosecutions_is_one_office():
    article = report(
        "The attorney general will ask the Director of Public Prosecutions how such cases "
        "should be handled."
    )
    kind, _, sector = coding(article, "Director of Public Prosecutions")
    assert (kind, sector) == ("person", "JUD")


def test_a_quantifier_before_a_group_is_no_part_of_its_name():
    article = report("A few police officers had broken the rules, the report found on Monday.")
    police = next(a for a in article.actors if a.sector == "COP")
    assert police.name == "police officers"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ms Reed told ITV Wales' Westside programme that the vote would be close.",
            "Westside",
        ),
        ("She told the Sunday Talk programme she would stand again.", "Sunday Talk"),
    ],
)
def test_a_programme_someone_spoke_to_is_a_body_of_the_media(body, name):
    assert coding(report(body), name)[::2] == ("organization", "MED")


def test_an_office_holders_department_is_a_body_of_its_own():
    article = report(
        "The matter is now under review at the Lord Chancellor's Department, Mr Hale said."
    )
    assert coding(article, "Lord Chancellor's Department")[::2] == ("organization", "GOV")


def test_a_director_of_no_body_named_sits_on_a_firms_board():
    article = report("Former director Tom Hale sold his shares in the firm last year.")
    assert coding(article, "Tom Hale")[2] == "BUS"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Oduya, 41, from Tottenham, north London, was freed without charge on Monday.",
        "A memorial service will be held in Southwark Cathedral, London, next week.",
    ],
)
def test_a_city_written_as_the_address_of_a_place_is_no_actor(sentence):
    article = report(sentence)
    spans = [article.text[s:e] for a in article.actors for s, e in a.mentions]
    assert "London" not in spans


def test_a_country_after_a_comma_that_owns_a_role_keeps_its_mention():
    article = report("In Geneva, Britain's envoy said the talks had gone well.")
    spans = [article.text[s:e] for a in article.actors for s, e in a.mentions]
    assert "Britain" in spans
