"""Business events still missed on the tuned samples (dev:extra18, BBC business), each written
again in sentences of our own: a rating raised or cut with a plain verb, a sale forced on a
firm or a state taking one back, and a forecast judged "too optimistic"."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Moody's raised its rating of Peru's government bonds on Tuesday.",
            ("SUPPORT", ("Moody",), ("Peru",)),
        ),
        (
            "Moody's lifted its rating of Chile's sovereign debt last week.",
            ("SUPPORT", ("Moody",), ("Chile",)),
        ),
        (
            "Moody's has upped its rating of Turkey's foreign debt.",
            ("SUPPORT", ("Moody",), ("Turkey",)),
        ),
        (
            "Moody's lowered its rating of Hungary's debt after the budget.",
            ("ACCUSE", ("Moody",), ("Hungary",)),
        ),
        (
            "Standard & Poor's cut its rating of Hungary's debt after the budget.",
            ("ACCUSE", ("Standard & Poor",), ("Hungary",)),
        ),
    ],
)
def test_a_rating_raised_backs_its_bearer_and_one_cut_charges_it(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "seized"),
    [
        (
            (
                "Mining group Kestrel Resources collapsed after the forced sale of its copper "
                "unit, Arlo Copper."
            ),
            "Arlo Copper",
        ),
        ("Bolivia renationalised the Arlo Copper mine last year, the company said.", "Arlo Copper"),
    ],
)
def test_a_forced_sale_or_a_renationalisation_seizes_the_firm(body, seized):
    assert any(event[0] == "COERCE" and seized in event[2] for event in real_events(body)), (
        told_events(body)
    )


def test_a_forecast_judged_too_optimistic_accuses_its_maker():
    body = (
        "The accountancy firm Hale & Rusk said that Chancellor Gordon Brown's figures for "
        "tax receipts were too optimistic."
    )
    assert ("ACCUSE", ("Hale & Rusk",), ("Gordon Brown",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        (
            "The accountancy firm Hale & Rusk said that Chancellor Gordon Brown's forecasts "
            "for tax revenues were optimistic."
        ),
        "Finance Minister Ruth Keane said the bank was optimistic about growth.",
    ],
)
def test_a_hopeful_word_without_too_judges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Liberal Democrats said Labour's growth forecasts were overly optimistic.",
            ("ACCUSE", ("Liberal Democrats",), ("Labour Party",)),
        ),
        (
            (
                "\"Our concern is the Treasury's overly optimistic reading of the public "
                'finances," the consultancy Marsh Economics said in a note.'
            ),
            ("ACCUSE", ("Marsh Economics",), ("Treasury",)),
        ),
        (
            (
                "Shadow chancellor Oliver Letwin said the Treasury's tax forecasts were unduly "
                "optimistic."
            ),
            ("ACCUSE", ("Oliver Letwin",), ("Treasury",)),
        ),
    ],
)
def test_overly_or_unduly_judges_as_too_does(body, event):
    assert event in real_events(body), told_events(body)
