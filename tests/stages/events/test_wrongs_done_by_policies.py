"""A quoted wrong done by a plan, law or policy charges its maker (events/statement_sides.py).

Sentences we wrote: "the rules breach the law" blames whoever made the
rules, as "the rules are unlawful" does; a wrong done by anything else
("feuding could damage the party") charges no one.
"""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        (
            (
                "The Home Office published new asylum rules on Tuesday. "
                "Amnesty International said the rules breached international law."
            ),
            "Home Office",
        ),
        (
            (
                "The Scottish Executive set out its proposals for rural schools on Monday. "
                "Anne Reid, of the parents' group Schools Matter, said the new proposals "
                '"lacked any real money".'
            ),
            "Scottish Executive",
        ),
    ],
)
def test_a_wrong_done_by_a_policy_accuses_its_maker(body, maker):
    found = statement_events(body)
    assert any(kind == "ACCUSE" and maker in recipients for kind, _, recipients in found)


def test_a_wrong_done_by_a_thing_that_is_no_policy_charges_no_one():
    found = statement_events(
        "The transport minister met union leaders on Friday. Analyst Tom Hale said "
        "delays on the network had damaged the economy of the region."
    )
    assert not [e for e in found if e[0] == "ACCUSE"]
