"""Deeds done jointly by two or more doers (events/joint_deeds.py), on our sentences."""

import pytest

from event_sides import real_events


def _cooperations(body: str) -> list[tuple[str, ...]]:
    """The sorted doers of each cooperation told as fact in ``body``."""
    return [tuple(sorted(e[1])) for e in real_events(body) if e[0] == "COOPERATE"]


@pytest.mark.parametrize(
    ("body", "doers"),
    [
        (
            (
                "The guide, printed jointly by the Health and Safety Executive and the"
                " Police Federation, explains the law on ladders."
            ),
            ("Health and Safety Executive", "Police Federation"),
        ),
        (
            (
                "Shop staff may refuse to serve drunk customers, says a booklet issued jointly"
                " by the Home Office and the British Retail Consortium."
            ),
            ("British Retail Consortium", "Home Office"),
        ),
        (
            "The mock poll for schools is run jointly by the Electoral Commission and Unicef.",
            ("Electoral Commission", "Unicef"),
        ),
        (
            "The march was jointly organised by the GMB and Unison.",
            ("GMB", "Unison"),
        ),
        (
            "France and Germany jointly proposed the plan on Monday.",
            ("France", "Germany"),
        ),
    ],
)
def test_a_deed_done_jointly_by_several_doers_is_their_cooperation(body, doers):
    assert doers in _cooperations(body)


@pytest.mark.parametrize(
    "body",
    [
        # No doer named, or one alone: no partner.
        "The report was published jointly last week.",
        "The leaflet was published jointly by the Police Federation.",
        # What doers hold or gain together is no deed.
        "The refinery is jointly owned by Shell and BP.",
        "Tom Reed and Joe Walsh jointly won the prize in 1998.",
        # Done together, not jointly: the word the rule reads is missing.
        "The leaflet was published by the Crown Prosecution Service and the Police Federation.",
    ],
)
def test_a_deed_without_several_doers_acting_jointly_is_no_cooperation(body):
    assert not _cooperations(body)
