"""Charges told by their denial: "X denied Tory claims that he ..." (events/denied_claims.py)."""

import pytest

from event_sides import real_events

_PUBLISHED = "2005-03-10"


def _charges(body):
    found = real_events(body, _PUBLISHED)
    return [(doers, done_to) for kind, doers, done_to in found if kind == "ACCUSE"]


@pytest.mark.parametrize(
    ("body", "maker", "charged"),
    [
        (
            (
                "Chancellor Gordon Brown denied Conservative claims that he had hidden "
                "a shortfall in the pension fund."
            ),
            "Conservative Party",
            "Gordon Brown",
        ),
        (
            (
                "Prime Minister Tony Blair brushed aside claims from Liberal Democrat leader "
                "Charles Kennedy that ministers had ignored the flood warnings."
            ),
            "Charles Kennedy",
            "ministers",
        ),
    ],
)
def test_a_denied_claim_by_a_named_maker_is_their_charge(body, maker, charged):
    assert any(maker in doers and charged in done_to for doers, done_to in _charges(body))


def test_a_claim_with_no_maker_named_charges_no_one():
    body = "Chancellor Gordon Brown denied claims that he had hidden a shortfall in the fund."
    assert not any(e for e in _charges(body) if e[0])


def test_a_claim_that_says_nothing_of_anyone_is_no_charge():
    body = "Chancellor Gordon Brown rejected Conservative claims about the pension fund."
    assert ("Conservative Party",) not in [doers for doers, _ in _charges(body)]
