"""Forms of a quoted charge or demand the statement cues read (stages/events/statements.py).

Sentences we wrote: a plea not to let a rival do a wrong, wrongs made in the
plural, and a demand with "there does need to be".
"""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "quote",
    [
        (
            'Party spokesman Joseph Kamau replied: "Farms are thriving, so do not let the'
            ' National Rainbow Coalition wreck them again."'
        ),
        (
            'Party spokesman Joseph Kamau said: "We will never let the National Rainbow'
            ' Coalition damage the economy."'
        ),
        (
            'Party spokesman Joseph Kamau said: "We must not allow the National Rainbow'
            ' Coalition to wreck the economy."'
        ),
    ],
)
def test_a_plea_not_to_let_a_rival_do_a_wrong_blames_the_rival(quote):
    found = statement_events(quote)
    assert ("ACCUSE", ("Joseph Kamau",), ("National Rainbow Coalition",)) in found


@pytest.mark.parametrize(
    "quote",
    [
        (
            'Party spokesman Joseph Kamau said: "We did not let the National Rainbow Coalition'
            ' wreck the farms."'
        ),
        (
            'Party spokesman Joseph Kamau said: "The National Rainbow Coalition did not wreck'
            ' the farms."'
        ),
    ],
)
def test_a_wrong_told_as_not_done_blames_no_one(quote):
    found = statement_events(quote)
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_mistakes_an_actor_made_are_a_charge_against_it():
    found = statement_events(
        "Growers' leader Joseph Kamau said the Coffee Board of Kenya had made serious"
        " mistakes in paying farmers."
    )
    assert ("ACCUSE", ("Joseph Kamau",), ("Coffee Board",)) in found


@pytest.mark.parametrize(
    "quote",
    [
        "Growers' leader Joseph Kamau said the new machines had made mistakes in the count.",
        "Analyst Joseph Kamau said the two banks had recorded failures in their systems.",
    ],
)
def test_mistakes_a_thing_made_or_failures_counted_blame_no_one(quote):
    assert not [e for e in statement_events(quote) if e[0] == "ACCUSE"]


def test_there_does_need_to_be_an_inquiry_asks_the_government():
    # The parse hangs this sentence's "There" on "does", not on "need".
    found = statement_events(
        "The UK government has been criticised over hospital deaths. Ministers say the UK"
        " government acted swiftly. Shadow health secretary Tom Ashdown said:"
        ' "There does need to be a full inquiry into these deaths."'
    )
    assert ("REQUEST", ("Tom Ashdown",), ("United Kingdom",)) in found


def test_an_act_judged_through_it_is_judged_of_whom_it_is_for():
    # "it was unacceptable for X to ...": X does the act judged.
    body = (
        "Lady Drummond said she felt it was unacceptable for the home secretary to keep both jobs."
    )
    assert ("ACCUSE", ("Drummond",), ("home secretary",)) in statement_events(body)


def test_a_wrong_said_not_to_be_there_is_a_rebuttal():
    found = statement_events(
        'Sam Ortiz of the Anglers Trust said: "There is no confusion, it is plain common sense."'
    )
    assert ("REJECT", ("Sam Ortiz",), ()) in found


def test_a_wrong_said_to_be_there_rebuts_nothing():
    found = statement_events('Mr Ortiz said: "There is real confusion among anglers."')
    assert not [e for e in found if e[0] == "REJECT"]


def test_wishing_someone_luck_backs_them():
    found = statement_events(
        'Prime Minister Ian Forde said: "We wish Tom Reyes all the luck in the world at the games."'
    )
    assert ("SUPPORT", ("Ian Forde",), ("Tom Reyes",)) in found


def test_a_failing_a_thing_is_typical_of_judges_its_owner():
    found = statement_events(
        '"That is so typical of Green Party hypocrisy," said Labour transport spokeswoman '
        "Ruth Okafor."
    )
    assert ("ACCUSE", ("Ruth Okafor",), ("Green Party",)) in found


def test_a_wrong_a_scheme_is_open_to_judges_no_one():
    assert statement_events('"The scheme is open to abuse," said Mayor Ines Duarte.') == []


@pytest.mark.parametrize(
    "body",
    [
        'Tory MP Ian Forde said that the port bill was "so poorly drafted that nobody can use it".',
        'Mr Forde said: "The flood inquiry was badly handled from the start."',
    ],
)
def test_a_thing_said_to_be_badly_made_is_a_charge(body):
    assert [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        'Ms Duarte said: "Our nurses are badly paid and overworked."',
        'Mr Forde said: "The town was badly hit by the floods."',
    ],
)
def test_a_poor_manner_of_no_ones_work_is_no_charge(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]
