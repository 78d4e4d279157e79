"""A quoted "they" read as the body named before it (stages/events/quoted_they.py), on
sentences we wrote."""

import pytest

from statements import statement_events


def test_a_quoted_they_asks_the_body_the_speaker_spoke_of():
    found = statement_events(
        "Green Party spokeswoman Anna Lowe said the Ministry of Transport had lost the vote "
        "on the rail bill.\n\n"
        'She added: "They need to rewrite the bill before the summer."'
    )
    assert ("REQUEST", ("Anna Lowe",), ("Ministry of Transport",)) in found


@pytest.mark.parametrize(
    "body",
    [
        # "they" may be the plans, not the ministry.
        (
            "Anna Lowe said the Ministry of Transport's plans were costly. "
            '"The plans are too costly and they need to be dropped," she said.'
        ),
        # The ministry is named in passing, in a clause of what critics claim.
        (
            "Critics claim the rules, which the Ministry of Transport wrote, hurt farmers. "
            'Anna Lowe said: "They need to meet farmers."'
        ),
    ],
)
def test_a_quoted_they_stays_unread_when_it_may_mean_others(body):
    assert not [e for e in statement_events(body) if e[0] == "REQUEST" and e[2]]
