"""False events found on a ninth sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from event_sides import real_types as _types


def test_failed_naming_the_people_it_describes_charges_no_one():
    assert "ACCUSE" not in _types(
        "The charity said failed asylum seekers were sleeping rough in Leeds."
    )
    assert "ACCUSE" not in _types(
        "Mr Davis said ministers had let thousands of failed asylum seekers stay."
    )


def test_failed_on_a_thing_a_party_is_named_on_still_charges_that_party():
    assert ("ACCUSE", ("Brown",), ("Conservative Party",)) in _events(
        'Mr Brown said voters faced "a return to a failed Tory past".'
    )


def test_a_firm_aiming_at_a_market_attacks_no_one():
    assert "ASSAULT" not in _types("Nike has targeted the youth market for years with its adverts.")


def test_armed_men_aiming_at_a_market_still_attack():
    assert "ASSAULT" in _types("Gunmen targeted the market in Kabul.")


def test_a_target_met_in_a_clause_told_on_it_is_no_meeting():
    assert "CONSULT" not in _types(
        "Under EU rules Mr Ahern has to trim the deficit each year, a target the minister"
        " insists he met last spring."
    )
    assert "CONSULT" not in _types("The bank has now met its goal of cutting costs.")


def test_people_met_in_a_clause_told_on_them_were_met():
    assert "CONSULT" in _types("Mr Ahern praised the union leaders he says he met on Monday.")


def test_a_side_compared_before_the_subject_is_not_the_doer():
    assert ("SUPPORT", ("Greens",), ()) in _events(
        'Mr Grant said: "Like Labour, the Greens are weak on defence, support new levies and'
        ' oppose nuclear power."'
    )
    assert ("SUPPORT", ("Labour Party",), ()) not in _events(
        'Mr Grant said: "Like Labour, the Greens are weak on defence, support new levies and'
        ' oppose nuclear power."'
    )


def test_defying_the_odds_or_the_pundits_rejects_no_one():
    assert "REJECT" not in _types(
        "The finance minister, Brian Cowen, said he had defied the pundits by beating the"
        " inflation forecast."
    )
    assert "REJECT" not in _types(
        "The airline has defied expectations with a third year of growth."
    )


def test_defying_a_ban_is_still_defiance():
    assert "REJECT" in _types("The strikers defied the ban and marched on parliament.")


def test_pressing_a_button_asks_nothing_of_anyone():
    assert "REQUEST" not in _types(
        "Mr Ahern said he had been forced to press the pause button on the scheme."
    )


def test_who_takes_the_step_of_doing_a_deed_does_it():
    assert ("REQUEST", ("Labour MPs",), ("ministers",)) in _events(
        "Labour MPs took the rare step of sending a joint appeal to the two ministers to end"
        " the row."
    )


def test_what_one_tends_to_do_is_a_habit_not_a_deed():
    assert "REJECT" not in _types(
        "As a backbencher, Sir John Smith tended to defy the party line on Europe."
    )
    assert "REJECT" in _types("Sir John Smith defied the party line on Europe in 1993.")
