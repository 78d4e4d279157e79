"""Events told of one party only, and deeds denied by a "not ... or", on sentences we wrote.

Rules in stages/events/pacts.py, stages/events/doubts.py (``uphold``) and
stages/events/modality.py (``_an_alternative_denied``).
"""

import pytest

from event_sides import real_events as _events
from event_sides import told_events


@pytest.mark.parametrize(
    "body",
    [
        "Chancellor Hans Weber called for an overhaul of the EU's stability pact on Monday.",
        "Norsk Energi's agreement runs until 2030 and covers two new gas terminals.",
    ],
)
def test_a_pact_named_by_its_one_party_tells_no_agreement(body):
    assert not [e for e in _events(body) if e[0] == "AGREE"]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        ("Iran's agreement with China covers oil exports until 2030.", ("Iran", "China")),
        ("Kenya and Uganda signed a trade pact in Kampala on Monday.", ("Kenya", "Uganda")),
    ],
)
def test_a_pact_with_both_sides_or_a_signing_still_agrees(body, sides):
    agreed = [e for e in _events(body) if e[0] == "AGREE"]
    assert agreed
    assert set(sides) <= set(agreed[0][1] + agreed[0][2])


@pytest.mark.parametrize(
    "body",
    [
        "The Court of Appeal upheld its earlier decision on the merger of the two banks.",
        "The Welsh Rugby Union upheld its ruling to bar Cardiff from the cup.",
    ],
)
def test_a_ruling_upheld_backs_no_one(body):
    assert not [e for e in _events(body) if e[0] == "SUPPORT"]


def test_a_claim_upheld_still_backs_its_claimant():
    found = _events("Judge Mary Okafor upheld Tom Reilly's claim against Leeds council.")
    assert [e for e in found if e[0] == "SUPPORT" and "Tom Reilly" in e[2]]


def test_a_deed_after_a_denied_or_is_denied_too():
    body = (
        '"We will not be marching on the embassy or calling for sanctions against Russia," '
        "said Greenpeace spokesman Tom Hale."
    )
    calls = [e for e in told_events(body) if e.type == "REQUEST"]
    assert calls
    assert not any(e.real for e in calls)


def test_a_deed_after_a_denied_and_is_still_done():
    body = "The ministers did not resign and called for an inquiry into the sale."
    assert [e for e in _events(body) if e[0] == "REQUEST"]
