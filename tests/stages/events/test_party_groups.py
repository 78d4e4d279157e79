"""The parties a group of parties stands for (stages/events/party_groups.py), on our sentences."""

from event_sides import real_events

_PARTIES = (
    "Labour unveiled plans for more village constables on Monday. "
    "Tory spokesman Tom Reed said the plans were a gimmick. "
    "Liberal Democrat spokesman Ann Lowe said they came too late. "
)


def _doers(events, kind):
    return [actors for k, actors, _ in events if k == kind]


def test_opposition_parties_are_the_parties_named_but_the_one_in_government():
    events = real_events(
        f"{_PARTIES}Opposition parties accused ministers of burying the police in forms.",
        published="2005-02-10",
    )
    doers = _doers(events, "ACCUSE")
    assert ("Opposition parties", "Conservative Party", "Liberal Democrats") in doers


def test_other_parties_are_the_parties_named_but_the_one_they_accuse():
    events = real_events(
        f"{_PARTIES}Other parties accused the Liberal Democrats of making uncosted promises.",
        published="2005-02-10",
    )
    assert (
        "ACCUSE",
        ("Other parties", "Labour Party", "Conservative Party"),
        ("Liberal Democrats",),
    ) in events
