"""Whether a statement cue is said outright of another (stages/events/said_outright.py).

On sentences we wrote.
"""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        "Green Party proposals to close the harbour road would not work, argued Mayor Tom Hale.",
        "Mayor Tom Hale said the Green Party's plan to close the harbour road would not work.",
    ],
)
def test_a_plan_said_not_to_work_is_rejected(body):
    assert ("REJECT", ("Tom Hale",), ("Green Party",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Ada Quill said the Harbour Board staff did not work on Sunday.",
        "Mayor Tom Hale said the Green Party's plan to close the harbour road would work.",
    ],
)
def test_an_actor_not_working_or_a_plan_that_works_is_no_rejection(body):
    assert not any(e[0] == "REJECT" for e in statement_events(body))
