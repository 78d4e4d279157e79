"""Who pays for a body, told to sketch it: no aid event (events/standing_ties.py)."""

from event_sides import real_events


def test_a_body_described_as_funded_by_someone_is_given_no_aid():
    events = real_events(
        "The Baltic Freedom Fund, financed by the billionaire Carl Hansen, has accused "
        "Russian officials of trying to close its office."
    )
    assert [e[0] for e in events] == ["ACCUSE"]


def test_a_grant_told_as_done_is_still_aid():
    events = real_events("The billionaire Carl Hansen financed the Baltic Freedom Fund in 2001.")
    assert ("AID", ("Carl Hansen",), ("Baltic Freedom Fund",)) in events
