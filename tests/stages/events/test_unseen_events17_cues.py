"""Events missed on a newly released sample of news (dev:extra17, BBC politics) for want of a
cue word, each written again in sentences of our own."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "The chancellor, Mark Dale, slapped aside the Conservative claims on Monday.",
        "The chancellor, Mark Dale, swatted aside the Conservative claims on Monday.",
        "The chancellor, Mark Dale, batted away the Conservative claims on Monday.",
    ],
)
def test_slapping_or_batting_a_claim_aside_rejects_it(body):
    assert ("REJECT", ("Mark Dale",), ("Conservative Party",)) in real_events(body), told_events(
        body
    )


@pytest.mark.parametrize(
    "body",
    [
        "The businessman Peter Rowe bankrolled the Green Party's poster campaign.",
        "The businessman Peter Rowe helped bankroll the Green Party's poster campaign.",
    ],
)
def test_a_donor_bankrolling_a_party_aids_it(body):
    assert ("AID", ("Peter Rowe",), ("Green Party",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Last year the Welsh government capped the budgets of twelve local councils.",
        "Last year the Welsh government capped some councils' budgets to keep bills down.",
    ],
)
def test_a_government_capping_council_budgets_coerces_the_councils(body):
    assert [e for e in real_events(body) if e[0] == "COERCE" and "council" in " ".join(e[2])], (
        told_events(body)
    )


@pytest.mark.parametrize(
    "body",
    [
        "The Labour MP Tom Hart defected to the Liberal Democrats on Sunday.",
        "Tom Hart's defection to the Liberal Democrats stunned Labour.",
        "The defection of Tom Hart to the Liberal Democrats stunned Labour.",
    ],
)
def test_a_defection_backs_the_party_gone_over_to(body):
    assert ("SUPPORT", ("Tom Hart",), ("Liberal Democrats",)) in real_events(body), told_events(
        body
    )


def test_the_party_defected_from_is_not_backed():
    body = "The defection of Tom Hart from the Green Party stunned Labour."
    assert not [e for e in real_events(body) if e[0] == "SUPPORT"], told_events(body)
