"""False events found on a seventh sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from event_sides import real_types as _types


def test_a_duty_in_a_clause_that_describes_a_thing_asks_nothing():
    assert "REQUEST" not in _types(
        "The UK government has set out new plans for schools. Tory spokesman Tim Jones said:"
        ' "This is a meddling government that makes choices that should be left to families."'
    )
    assert "REQUEST" not in _types(
        "The UK government has sold the old depot to a developer. Tory spokesman Tim Jones"
        ' said: "Ministers have at last got a deal that should raise some cash for the town."'
    )


def test_a_duty_in_a_clause_that_carries_the_claim_still_asks():
    assert "REQUEST" in _types(
        "The UK government has set out its tax plans. Tory spokesman Tim Jones said:"
        ' "It is ministers who must now explain the delay."'
    )
    assert "REQUEST" in _types(
        "The UK government has set out its tax plans. Tory spokesman Tim Jones said"
        " ministers should explain the delay."
    )


def test_some_in_a_party_act_for_the_party():
    assert _events("Some in the Labour party have urged Mr Blair to quit before the summer.") == [
        ("REQUEST", ("Labour Party",), ("Blair",))
    ]
    assert _events("Many within the Labour Party have criticised Mr Blair over the war.") == [
        ("ACCUSE", ("Labour Party",), ("Blair",))
    ]


def test_many_in_a_country_are_not_its_state():
    assert _events("Many in Britain have criticised Mr Blair over the war.") == [
        ("ACCUSE", (), ("Blair",))
    ]


def test_a_side_that_charges_one_of_its_own_is_misread():
    events = _events(
        "The Greens have set out plans for rail fares. Labour and the Liberal Democrats claim"
        " the party's figures do not add up."
    )
    assert not any(set(actors) & set(recipients) for _, actors, recipients in events)


def test_a_doer_named_again_as_the_object_is_a_misreading():
    # "The party" read as Labour, whom it challenges: not Labour's challenge of no one.
    events = _events(
        "The Greens have attacked the Labour budget plans. The party then challenged Labour"
        " to publish its costings."
    )
    assert ("REQUEST", ("Labour Party",), ()) not in events
    assert ("ACCUSE", ("Greens",), ("Labour Party",)) in events


def test_a_doer_named_again_by_a_pronoun_or_beside_the_object_keeps_the_event():
    assert _events("Mr Blair distanced himself from the posters.") == [("REJECT", ("Blair",), ())]
    # The parse makes the speaker after the quote the verb's object: the
    # speaker is the doer, not also the one addressed.
    events = _events(
        'The panel grilled the hopefuls. "Will you cut fuel duty?", implored lorry driver Tom Reid.'
    )
    assert [(actors, recipients) for _, actors, recipients in events] == [(("Tom Reid",), ())]
    assert _events(
        'A costly council scheme to sell bus passes online has been branded a "shambles" by MPs.'
    ) == [("ACCUSE", ("MPs",), ())]


def test_what_is_demanded_be_done_is_not_done():
    assert "CONSULT" not in _types(
        "The pension fund has demanded that shareholders be consulted before the sale goes ahead."
    )
    assert _types("The unions demanded that the minister be sacked.") == ["REQUEST"]


def test_what_was_done_in_the_passive_is_still_done():
    assert _types("The fund said shareholders had been consulted before the sale.") == ["CONSULT"]


_DENIED_REPORT = (
    "The Tory campaign chief, Sam Reed, has denied a report that he gave party leader Michael"
    " Howard bleak advice."
)
_PAPER_SAYS = (
    " The Guardian said Mr Reed told the party leader to give up on ten seats in the north."
)


def test_what_only_a_denied_press_report_tells_is_denied():
    assert _types(_DENIED_REPORT + _PAPER_SAYS) == ["REJECT"]


def test_what_a_report_tells_stands_when_no_one_denies_it():
    assert "REQUEST" in _types(
        "The Tory campaign chief, Sam Reed, has not denied a report that he gave party leader"
        " Michael Howard bleak advice." + _PAPER_SAYS
    )
    assert "REQUEST" in _types(
        "Ministers have rejected the committee's report on party funding." + _PAPER_SAYS
    )


def test_a_paper_s_own_charge_is_not_what_the_denial_denies():
    events = _events(_DENIED_REPORT + ' The Guardian said the Tory campaign was "a shambles".')
    assert ("ACCUSE", ("The Guardian",), ("Conservative Party",)) in events


def test_the_tuc_under_a_variant_of_its_name_is_not_the_us_congress():
    assert _events("The Trade Unions Congress welcomed the pay rise for care staff.") == [
        ("SUPPORT", ("TUC",), ())
    ]


def test_a_present_timed_by_a_present_is_a_course_to_come_not_a_deed():
    assert "REQUEST" not in _types(
        'Tory MP Tim Lee said: "As soon as MPs are back from the recess, Tony Blair drives to'
        ' Buckingham Palace, asks the Queen for an election and the campaign starts."'
    )
    assert "REQUEST" not in _types(
        'Tory MP Tim Lee said: "Once the budget is out, Tony Blair asks the Queen to call an'
        ' election."'
    )


def test_a_past_deed_timed_by_a_clause_is_still_done():
    assert _types("Tony Blair asked the Queen to call an election as soon as MPs were back.") == [
        "REQUEST"
    ]
    assert _types("When the talks ended, Unison asked the firm to raise pay.") == ["REQUEST"]
