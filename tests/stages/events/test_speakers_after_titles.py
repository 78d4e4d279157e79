"""A statement's speaker named after a long opposition title ("said Tory shadow local
government secretary X"), which the model parses with "shadow" as a verb: the person named
still says what the quote says."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        (
            '"The Liberal Democrats have misled voters about their tax plans," said Tory shadow '
            "local government secretary Helen Marsh."
        ),
        (
            '"The Liberal Democrats have misled voters about their tax plans," said shadow local '
            "government secretary Helen Marsh."
        ),
    ],
)
def test_a_speaker_after_a_long_shadow_title_keeps_the_statement(body):
    assert ("ACCUSE", ("Helen Marsh",), ("Liberal Democrats",)) in real_events(body), told_events(
        body
    )
