"""A deal brokered by a mediator: mediation for the deal's parties (reports we wrote)."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "Armenia and Azerbaijan restored ties in a deal brokered by Qatar.",
        "Armenia and Azerbaijan signed a truce mediated by Qatar on Sunday.",
    ],
)
def test_a_deal_brokered_by_a_mediator_is_mediation_for_the_parties_that_made_it(body):
    mediation = sorted(e for e in real_events(body) if e[0] == "CONSULT")
    assert mediation == [
        ("CONSULT", ("Qatar",), ("Armenia",)),
        ("CONSULT", ("Qatar",), ("Azerbaijan",)),
    ], told_events(body)


def test_a_thing_seized_by_police_is_still_no_event_done_to_anyone():
    body = "Goods seized by police at the port were returned to the traders."
    assert not [e for e in told_events(body) if e.type == "COERCE"], told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Armenia and Azerbaijan agreed on Monday to a truce brokered by Qatar.",
        "Armenia and Azerbaijan agreed to a ceasefire mediated by Qatar.",
    ],
)
def test_the_sides_agreeing_to_a_brokered_deal_agree_with_each_other_not_the_broker(body):
    agreements = [e for e in real_events(body) if e[0] == "AGREE"]
    assert agreements == [("AGREE", ("Armenia", "Azerbaijan"), ())], told_events(body)


def test_a_deal_put_forward_by_a_side_is_still_agreed_with_that_side():
    body = "The rebels agreed to a plan proposed by Nigeria."
    assert ("AGREE", ("rebels",), ("Nigeria",)) in real_events(body), told_events(body)
