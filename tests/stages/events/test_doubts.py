"""Whether an event is told as fact, denied or to come (stages/events/doubts.py).

On sentences we wrote.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        "Minister Cathy Jamieson has warned bigoted football fans that she will ban them.",
        "Minister Cathy Jamieson has warned bigoted football fans she will ban them.",
    ],
)
def test_a_harm_one_warns_one_will_do_is_a_threat_with_or_without_that(body):
    found = real_events(body)
    assert ("THREATEN", ("Cathy Jamieson",), ("bigoted football fans",)) in found


def test_a_harm_to_come_under_a_condition_is_no_threat():
    found = real_events(
        "Justice minister Cathy Jamieson said that if the clubs failed, she would ban "
        "bigoted football fans from matches."
    )
    assert not [e for e in found if e[0] == "THREATEN"]
