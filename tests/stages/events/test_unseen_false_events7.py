"""False events found on a seventh sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events


def _types(body):
    return sorted(e[0] for e in _events(body))


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


def test_what_is_demanded_be_done_is_not_done():
    assert "CONSULT" not in _types(
        "The pension fund has demanded that shareholders be consulted before the sale goes ahead."
    )
    assert _types("The unions demanded that the minister be sacked.") == ["REQUEST"]


def test_what_was_done_in_the_passive_is_still_done():
    assert _types("The fund said shareholders had been consulted before the sale.") == ["CONSULT"]
