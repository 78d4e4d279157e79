"""False events found on a fourth sample of unseen politics and business news.

Each case is a class of wrong event the stage coded on BBC articles it was
never tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events


def _asked_of(body, name):
    return [e for e in _events(body) if e[0] == "REQUEST" and any(name in r for r in e[2])]


def test_what_must_be_done_to_someone_is_not_asked_of_them():
    # "must be told": the tenants are told, someone else is asked to tell them.
    assert not _asked_of(
        'Housing charity director Jane Morrow said: "Tenants must be told about every rise'
        ' in their rent."',
        "Tenants",
    )
    assert not _asked_of(
        "Plaid Cymru leader Ieuan Wyn Jones welcomed the plan but said farmers should be"
        " consulted before it starts.",
        "farmers",
    )
    # Told in the active, the subject is asked.
    assert _asked_of(
        'Housing charity director Jane Morrow said: "Landlords must tell tenants about every'
        ' rise in their rent."',
        "Landlords",
    )


def test_a_wish_for_how_things_are_or_turn_out_asks_no_one():
    # What one wants people to know, a town to be or a trade to do asks no act of anyone.
    assert not [
        e
        for e in _events(
            "Children's commissioner Ann Hale said: \"I want every pupil in the county to know"
            ' that they can call me."'
        )
        if e[0] == "REQUEST"
    ]
    assert not [
        e
        for e in _events(
            'Council leader Tom Pryce said: "We want Carlisle to be the first choice for'
            ' visitors to the north."'
        )
        if e[0] == "REQUEST"
    ]
    assert not [
        e
        for e in _events('Chief constable Ian Ross said: "I want the pubs of this city to thrive."')
        if e[0] == "REQUEST"
    ]
    # Wanting a body to act still asks it.
    assert _asked_of(
        'Council leader Tom Pryce said: "We want ministers to publish the report."', "ministers"
    )


def test_a_market_named_by_its_city_is_not_the_country():
    events = _events(
        "Siemens and its rival Alstom opened talks with the Madrid market in March over a"
        " possible bid."
    )
    assert not [e for e in events if "Spain" in e[2]]
    events = _events("The offer was turned down by the Paris bourse for undervaluing the firm.")
    assert not [e for e in events if "France" in e[1]]


def test_it_is_not_a_party_named_in_the_plural():
    # "it" is the refund both parties judged, not the Tories who judged it first.
    events = _events(
        "The chancellor unveiled a tax refund for pensioners. The Tories called it a cynical"
        ' bribe. The Greens branded it a "gimmick" for the election.'
    )
    assert not [e for e in events if e[1] == ("Greens",) and "Conservative Party" in e[2]]
