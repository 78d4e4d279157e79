"""Plain words of worth ("good", "great") that praise an actor only as what it is or did
(stages/events/statements.py, role "bearer"), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        'Union leader Tom Reilly said: "Gordon Brown is a great chancellor."',
        'Union leader Tom Reilly said: "Gordon Brown has done a good job at the Treasury."',
        "Union leader Tom Reilly said Gordon Brown was a decent and dedicated public servant.",
    ],
)
def test_a_word_of_worth_on_what_an_actor_is_or_did_praises_it(body):
    assert ("SUPPORT", ("Tom Reilly",), ("Gordon Brown",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'Union leader Tom Reilly said: "Gordon Brown is no great chancellor."',
        "Union leader Tom Reilly said Gordon Brown's departure was a good chance to rethink it.",
        'Union leader Tom Reilly said: "The Treasury has huge debts and a good deal of work."',
        "Union leader Tom Reilly said the new deal gave his members decent wages.",
    ],
)
def test_no_praise_when_denied_or_said_of_a_thing(body):
    assert not [e for e in statement_events(body) if e[0] == "SUPPORT"]


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Tom Reilly said Gordon Brown was brilliant in the debate.",
        'Gordon Brown was "terrific" on Monday, union leader Tom Reilly said.',
    ],
)
def test_a_word_of_worth_said_of_a_person_by_be_praises_the_person(body):
    assert ("SUPPORT", ("Tom Reilly",), ("Gordon Brown",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Tom Reilly said Gordon Brown was fine after his fall.",
        "Union leader Tom Reilly said Gordon Brown was not brilliant in the debate.",
        "Union leader Tom Reilly said the pay offer was brilliant.",
    ],
)
def test_no_praise_of_a_person_for_health_denial_or_a_thing(body):
    assert not [e for e in statement_events(body) if e[0] == "SUPPORT"]
