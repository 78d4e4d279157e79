"""False events found on an eighth sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from event_sides import real_types as _types


def test_a_cause_one_keeps_told_in_a_relative_clause_is_no_event():
    assert "SUPPORT" not in _types(
        "She spoke at a fundraiser for Shelter, a housing charity which she supports."
    )
    assert "SUPPORT" not in _types(
        "The senator has often said his work does not sway the causes he supports."
    )


def test_a_stand_of_the_one_described_or_told_in_the_past_is_kept():
    assert ("SUPPORT", ("Jo Reid",), ("Tim Jones",)) in _events(
        "Labour MP Jo Reid, who backs Mr Tim Jones' plan for shortlists, said it was overdue."
    )
    assert ("REJECT", ("Greens",), ()) in _events(
        "The Greens, who opposed the new runway, have now backed the smaller plan."
    )
    assert "SUPPORT" in _types("The Royal College of Nursing also backs the bill.")


def test_the_aim_of_a_gathering_still_to_come_is_still_to_come():
    assert "AGREE" not in _types(
        "As Nordic leaders gather in Oslo on Friday to sign the new fishing treaty, the fleets"
        " will stay in port."
    )
    assert "CONSULT" not in _types(
        "The French president is flying to Berlin next week to meet the German chancellor."
    )


def test_the_aim_of_a_gathering_told_as_done_is_kept():
    assert "AGREE" in _types(
        "Nordic leaders gathered in Oslo on Friday to sign the new fishing treaty."
    )


def test_what_is_called_off_or_cut_off_did_not_take_place():
    assert "PROTEST" not in _types(
        "The RMT union called off the strike after talks with London Underground."
    )
    assert "CONSULT" not in _types(
        "Both firms have cut off talks with Malcolm Glazer over the sale."
    )


def test_what_is_called_or_held_took_place():
    assert "PROTEST" in _types("The RMT union called a strike over pay.")
    assert "CONSULT" in _types("The two firms held talks with Malcolm Glazer over the sale.")


def test_a_strike_that_strikes_no_one_is_a_walkout():
    assert _types("The Transport and General Workers Union struck over pay last month.") == [
        "PROTEST"
    ]
    assert _types("The RMT union struck on Friday over the new rosters.") == ["PROTEST"]


def test_a_side_struck_at_is_charged():
    assert _types("The Tories struck back at Labour over its tax plans.") == ["ACCUSE"]
    assert _types("Labour struck at the Tories over their spending plans.") == ["ACCUSE"]


def test_a_view_shared_is_no_agreement():
    assert "AGREE" not in _types(
        "Even her harshest opponents appear to agree that she is a tireless organiser."
    )
    assert "AGREE" not in _types(
        "Many Muslim voters generally agree on these issues, the Muslim Council of Britain says."
    )


def test_a_deal_agreed_or_a_partner_agreed_with_is_kept():
    assert ("AGREE", ("Conservative Party", "Liberal Democrats"), ()) in _events(
        "The Tories and the Lib Dems agreed on a joint candidate."
    )
    assert "SUPPORT" in _types("Scotland Yard agrees with the findings of the Home Office report.")
