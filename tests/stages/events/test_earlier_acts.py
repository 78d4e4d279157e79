"""Reactions to an act a noun takes up from the sentence before (events/earlier_acts.py).

Sentences we wrote.
"""

from event_sides import real_events


def test_criticism_of_an_announcement_charges_the_one_who_made_it():
    events = real_events(
        "Housing minister Clare Dunmore announced a 2% cut in grants to councils. "
        "The Green Party criticised the announcement as short-sighted."
    )
    assert ("ACCUSE", ("Green Party",), ("Clare Dunmore",)) in events


def test_rejecting_the_remarks_rejects_the_speaker_of_the_sentence_before():
    events = real_events(
        "Foreign Secretary Martin Crowe said Syria was failing to keep its word. "
        "Damascus rejected the remarks as baseless."
    )
    assert ("REJECT", ("Syria",), ("Martin Crowe",)) in events


def test_praise_of_a_statement_backs_its_speaker():
    events = real_events(
        "Prime Minister Helen Marsh said Britain would triple its aid to Malawi. "
        "The charity Oxfam welcomed the statement."
    )
    assert ("SUPPORT", ("Oxfam",), ("Helen Marsh",)) in events


def test_opposing_the_move_rejects_the_doer_of_the_deed_told_before():
    events = real_events(
        "The Welsh Assembly decided to close four rural fire stations. "
        "Plaid Cymru opposed the move."
    )
    assert ("REJECT", ("Plaid Cymru",), ("Senedd",)) in events


def test_a_step_an_onlooker_only_talks_of_is_not_theirs():
    events = real_events(
        "City analyst Tom Hale said the duty cut would help hauliers. Drivers welcomed the move."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[2]]


def test_no_one_reacts_to_an_act_of_their_own_body():
    events = real_events(
        "The Conservative Party announced plans to cut council tax for pensioners. "
        "Tory MPs welcomed the move."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[2]]


def test_a_reporters_account_is_no_statement_reacted_to():
    events = real_events(
        "Finance ministers agreed to write off the debts of 20 poor countries. "
        "BBC correspondent Jane Pardoe said the deal still had to be worked out. "
        "The charity Oxfam welcomed the statement."
    )
    assert not [e for e in events if e[1] == ("Oxfam",) and "Jane Pardoe" in e[2]]


def test_welcoming_a_report_backs_its_author_who_spoke_just_before():
    events = real_events(
        "Councils waste millions on consultants, a study says. "
        "Its author, Paul Jenner of the Reform Trust, said most of the money was lost. "
        "The Liberal Democrats welcomed the report."
    )
    assert ("SUPPORT", ("Liberal Democrats",), ("Paul Jenner",)) in events


def test_a_states_move_criticised_from_abroad_is_left_to_what_was_done_to_whom():
    events = real_events(
        "Denmark closed its embassy in Minsk on Monday. Poland criticised the move."
    )
    assert not [e for e in events if e[1] == ("Poland",) and e[2]]
