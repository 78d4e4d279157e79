"""Events missed on a newly released sample of news (dev:extra13, BBC politics), each written
again in sentences of our own."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "Opposition senators jeered Finance Minister Lena Okafor as she rose to speak.",
        "Opposition senators jeered at Finance Minister Lena Okafor as she rose to speak.",
        "Opposition senators heckled Finance Minister Lena Okafor throughout her speech.",
        "Opposition senators barracked Finance Minister Lena Okafor throughout her speech.",
        "Opposition senators taunted Finance Minister Lena Okafor over the budget.",
        "Opposition senators booed Finance Minister Lena Okafor as she left the chamber.",
    ],
)
def test_jeering_heckling_or_booing_someone_is_a_charge(body):
    assert ("ACCUSE", ("Opposition senators",), ("Lena Okafor",)) in real_events(body), told_events(
        body
    )
