"""What a quoted judgement is said of (stages/events/judged.py), on sentences we wrote."""

import pytest

from statements import statement_events

_PLANS = "The Harbour Board unveiled its plans for the quay on Monday. "


@pytest.mark.parametrize(
    "judgement",
    [
        'little more than a "desperate attempt" to win votes',
        'nothing short of a "disgrace"',
        'no more than a "cynical stunt"',
    ],
)
def test_a_hedged_judgement_calls_the_thing_what_it_names(judgement):
    # "little more than X", "nothing short of X": the plans are said to be X,
    # and the hedge's "no" denies nothing.
    found = statement_events(f"{_PLANS}Councillor Maria Costa said the plans were {judgement}.")
    assert ("ACCUSE", ("Maria Costa",), ("Harbour Board",)) in found


def test_more_than_a_judgement_without_a_hedge_calls_the_thing_nothing():
    found = statement_events(
        f'{_PLANS}Councillor Maria Costa said the plans were more than a "desperate attempt".'
    )
    assert not [e for e in found if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "conduct",
    [
        '"He has conducted himself in a manner unbecoming of the post."',
        '"He handled the sale in a reckless way."',
    ],
)
def test_a_manner_judged_is_of_whoever_acted_in_it(conduct):
    # The manner is the doer's: judging it judges him, as "acted recklessly" does.
    found = statement_events(
        "Harbour master Tom Reed sold the old quay to a developer last year. "
        f"Councillor Maria Costa said: {conduct}"
    )
    assert ("ACCUSE", ("Maria Costa",), ("Tom Reed",)) in found


def test_a_manner_under_any_judges_no_one():
    # "in any unreasonable way" sits under a denial: nothing is charged.
    found = statement_events(
        "Harbour master Tom Reed sold the old quay to a developer last year. "
        'Councillor Maria Costa said: "It does not look to me like he acted in any '
        'unreasonable way."'
    )
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_judgement_after_nor_is_denied():
    # "nor" denies the clause it joins, as "not" would.
    found = statement_events(
        "Striker Dan Hale was fined for insulting a rival last month. "
        'Panel chairman Tom Reed said Hale was no racist nor was his conduct "disgraceful".'
    )
    assert not [e for e in found if e[0] == "ACCUSE"]
