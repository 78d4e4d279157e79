"""False events found on a thirteenth sample of unseen politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from event_sides import told_events


def test_a_charge_another_teller_makes_inside_a_quote_is_not_the_speakers():
    # Two parties' views reported in one sentence: the sums are Labour's charge
    # (the taxes the Tories' own, stages/events/harms_foretold.py).
    found = told_events(
        "The Tories say the Greens would raise taxes and Labour says "
        "the party's plans do not add up."
    )
    assert not [e for e in found if e.trigger == "add up" and e.actor == ("Conservative Party",)]
    # The speaker's own charge stands.
    assert ("ACCUSE", ("Greens",), ("Liberal Party",)) in _events(
        "The Greens say the Liberals' sums do not add up."
    )


def test_a_complaint_the_speaker_reports_of_another_is_not_a_charge_against_them():
    # Ms Reyes reports Mr Kowalski's complaint; the "mess" is his word, not her charge.
    found = _events(
        'Opposition leader Ana Reyes said Mr Kowalski had complained he had inherited a "total '
        'mess" when he took over the transport ministry.'
    )
    assert not [e for e in found if e[1] == ("Ana Reyes",)]


def test_a_party_or_unions_own_meeting_consults_no_one():
    assert not _events(
        "The climbdown came after a stormy meeting where several senior Tories argued "
        "bitterly against the plan, party insiders said."
    )
    assert not [
        e
        for e in _events("The GMB union held specially convened talks on Monday.")
        if e[0] == "CONSULT"
    ]
    # Talks with another side are a meeting of two, named as an actor or not.
    assert ("CONSULT", ("GMB",), ()) in _events(
        "The GMB union held talks with the rail operators on Monday."
    )
