"""A denial of "the claims" is aimed at who made them (events/claimants.py).

Sentences we wrote: the claim is told by its verb ("claimed", "alleged",
"argued") and taken up again by its noun with "the" or "this"; the one who
told it is the recipient of the rejection.
"""

import pytest

from event_sides import real_events

_PUBLISHED = "2005-03-10"


def _rejections(body):
    found = real_events(body, _PUBLISHED)
    return [(doers, done_to) for kind, doers, done_to in found if kind == "REJECT"]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            (
                "The Green Party claimed the new bypass would destroy ancient woodland. "
                "Transport minister Kim Howells denied the claims on Tuesday."
            ),
            "Green Party",
        ),
        (
            (
                "Acme Foods argued in court that the contract had never been signed. "
                "But this argument was rejected by Judge Helen Marsh."
            ),
            "Acme Foods",
        ),
        (
            (
                "Defence Secretary Alan Pryce warned Minsk it faced new sanctions. "
                "Belarus's foreign minister dismissed the threat as empty."
            ),
            "Alan Pryce",
        ),
        (
            (
                "Health Secretary Joan Fenwick warned Marlow Council over its care homes. "
                "The council rejected the warning on Monday."
            ),
            "Joan Fenwick",
        ),
        (
            (
                "Opposition leader Marta Ruiz accused Mayor Tom Reilly of hiding the audit. "
                "That charge was denied by Mr Reilly on Monday."
            ),
            "Marta Ruiz",
        ),
    ],
)
def test_a_denial_of_the_claims_is_aimed_at_their_teller(body, claimant):
    found = _rejections(body)
    assert any(any(claimant in name for name in recipients) for _, recipients in found), found


def test_a_claim_of_ones_own_taken_up_is_no_rejection_of_oneself():
    found = _rejections(
        "Mayor Tom Reilly claimed the budget was balanced. "
        "Mayor Tom Reilly later withdrew the claim after an audit."
    )
    assert all("Tom Reilly" not in recipients for _, recipients in found)
