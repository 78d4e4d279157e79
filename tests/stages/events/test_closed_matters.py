"""Refusals told as an intent denied or a matter closed (stages/events/closed_matters.py).

On sentences we wrote.
"""

import pytest

from statements import refuses, statement_events


@pytest.mark.parametrize(
    ("body", "refuser", "refused"),
    [
        (
            (
                '"We have no intention of scrapping the free bus passes," Transport '
                "Minister Alan Reid said."
            ),
            "Alan Reid",
            (),
        ),
        (
            (
                "Councillor Jane Boyd said she had no desire to meet Conservative leader "
                "Peter Mayhew before the vote."
            ),
            "Jane Boyd",
            ("Peter Mayhew",),
        ),
        (
            "Foreign Minister Alan Reid said the fishing quota was not up for renegotiation.",
            "Alan Reid",
            (),
        ),
        (
            '"The farm subsidy is fair and it is not for negotiation," Alan Reid said.',
            "Alan Reid",
            (),
        ),
        (
            "Finance Minister Alan Reid said a rise in fuel duty was out of the question.",
            "Alan Reid",
            (),
        ),
        (
            "Finance Minister Alan Reid said the pension pledge was non-negotiable.",
            "Alan Reid",
            (),
        ),
    ],
)
def test_an_intent_denied_or_a_matter_closed_is_a_refusal(
    body: str, refuser: str, refused: tuple[str, ...]
) -> None:
    assert refuses(body, refuser, refused), statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # What others do not intend refuses nothing of the speaker's.
        "Finance Minister Alan Reid said the Tories had no plans to cut income tax.",
        # A wish not to see a thing happen again hopes; it refuses no act of one's own.
        '"I have no wish to see such a row happen again," Alan Reid said.',
        # A matter open to talks, or closed only on a condition, is no refusal.
        "Finance Minister Alan Reid said the fishing quota was up for negotiation.",
        '"If they ask again, the quota is not for discussion," Alan Reid said.',
        "Finance Minister Alan Reid said the pension pledge was negotiable.",
        # "There is no question of" denies a claim; it closes no matter.
        "Finance Minister Alan Reid said there was no question of a conflict of interest.",
        # A question put is no refusal either.
        'Alan Reid asked: "Is the fishing quota really not for negotiation?"',
    ],
)
def test_no_refusal_where_nothing_is_closed(body: str) -> None:
    assert not [e for e in statement_events(body) if e[0] == "REJECT"]
