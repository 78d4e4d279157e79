"""Charges told by outrage (stages/events/outrage.py), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            (
                "Casino association chairman Penny Hale said her members were outraged by the "
                "minister's decision."
            ),
            ("ACCUSE", ("Penny Hale",), ("minister",)),
        ),
        (
            (
                "Lawyer Ruth Gale said she was appalled that the police had detained the men "
                "for so long."
            ),
            ("ACCUSE", ("Ruth Gale",), ("police",)),
        ),
        (
            "Union leader Jim Hart said he was angry at Labour's attack on teachers.",
            ("ACCUSE", ("Jim Hart",), ("Labour Party",)),
        ),
        (
            "Union leader Jim Hart said he was disappointed that Labour had cut school budgets.",
            ("ACCUSE", ("Jim Hart",), ("Labour Party",)),
        ),
        (
            "Lawyer Ruth Gale said she was frustrated by the police's handling of the case.",
            ("ACCUSE", ("Ruth Gale",), ("police",)),
        ),
    ],
)
def test_a_speakers_outrage_charges_whoever_is_behind_its_cause(body, wanted):
    assert wanted in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Jim Hart said the teachers were angry about the new rules.",
        "Lawyer Ruth Gale said she was not angry with the police.",
    ],
)
def test_outrage_of_others_or_denied_charges_no_one(body):
    found = statement_events(body)
    assert not [e for e in found if e[0] == "ACCUSE" and e[1] in (("Jim Hart",), ("Ruth Gale",))]


def test_gladness_that_a_pair_decided_backs_the_pair():
    found = statement_events(
        'Bishop Alan Pryce said: "I am pleased that Tom Reyes and Lena Moss have chosen '
        'to marry in our cathedral."'
    )
    assert ("SUPPORT", ("Alan Pryce",), ("Tom Reyes", "Lena Moss")) in found


def test_gladness_for_the_couple_backs_the_couple_the_story_leads_with():
    found = statement_events(
        "Singer Tom Reyes and actress Lena Moss are to marry in June, their agent said. "
        'Mayor Ines Duarte said she was "thrilled" for the couple.'
    )
    assert ("SUPPORT", ("Ines Duarte",), ("Tom Reyes", "Lena Moss")) in found


def test_gladness_at_no_one_backs_no_one():
    found = statement_events(
        'Union leader Jim Hart said: "We are very happy with the result of the ballot."'
    )
    assert not [e for e in found if e[0] == "SUPPORT"]


def test_gladness_asked_about_backs_no_one():
    found = statement_events(
        "Mr Forde heard that Carla Mendes had won, but he would not say whether he was "
        "pleased with the outcome."
    )
    assert not [e for e in found if e[0] == "SUPPORT"]


def test_gladness_at_what_was_done_to_someone_does_not_back_them():
    found = statement_events(
        'Shadow minister Ruth Okafor said: "I am glad the home secretary has finally been '
        'shamed into visiting the flooded towns."'
    )
    assert not [e for e in found if e[0] == "SUPPORT"]


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            (
                'Trade minister Owen Harker said: "It is very encouraging to see that rural '
                'councils are starting to close the gap."'
            ),
            ("SUPPORT", ("Owen Harker",), ("rural councils",)),
        ),
        (
            (
                'Consumer champion Lisa Dale said: "It is heartening that the regional banks '
                'have cut their fees."'
            ),
            ("SUPPORT", ("Lisa Dale",), ("regional banks",)),
        ),
    ],
)
def test_gladness_told_of_the_news_backs_those_it_is_of(body, wanted):
    assert wanted in statement_events(body)


def test_encouraging_others_to_act_is_no_gladness():
    found = statement_events(
        'Trade minister Owen Harker said: "We are encouraging small firms to sell online."'
    )
    assert not [e for e in found if e[0] == "SUPPORT"]
