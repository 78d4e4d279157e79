"""False events found on the unseen dev:extra7 mention articles (invented text)."""

from event_sides import real_events as _events


def test_a_warning_of_what_a_third_side_may_face_charges_no_one_warned():
    # The party tells ministers what Wales may have to bear: a forecast, no charge.
    found = _events(
        "The Green Party warned ministers that Wales may have to accept more turbines along "
        "its coast."
    )
    assert not [e for e in found if e[0] == "ACCUSE" and e[2]]


def test_a_warning_of_what_a_deed_may_be_still_charges_the_one_warned():
    # The war is the prime minister's deed: a warning about it is a charge.
    assert ("ACCUSE", ("Alan Pryce",), ("Tony Blair",)) in _events(
        "The attorney general, Alan Pryce, warned Tony Blair that the war could be unlawful."
    )
