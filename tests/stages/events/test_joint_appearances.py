"""A person joined by another meets them (stages/events/joint_appearances.py).

On sentences we wrote.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        (
            "Before the vote, Health Secretary Alan Reid was joined by Prime Minister Tom Hale at "
            "a school in Leeds."
        ),
        "Prime Minister Tom Hale joined Health Secretary Alan Reid at the launch of the scheme.",
        # When, not what in: still a shared appearance.
        (
            "Prime Minister Tom Hale has joined Health Secretary Alan Reid at several rallies in "
            "recent months."
        ),
    ],
)
def test_joining_a_person_is_meeting_them(body: str) -> None:
    events = real_events(body)
    assert ("CONSULT", ("Tom Hale",), ("Alan Reid",)) in events, events


@pytest.mark.parametrize(
    "body",
    [
        # Joining a body is membership.
        "Poland joined the European Union in 2004.",
        # Joining another in a deed shares the deed, which its own verb tells.
        "Conservative leader Peter Mayhew joined Liberal leader Ann Cole in criticising the plan.",
        # Joining another in an enterprise shares it.
        "Mr Reid was joined in the new campaign by Liberal councillor Ann Cole.",
        # Kin at one's side are no dealings between sides.
        "Health Secretary Alan Reid was joined on stage by his wife Jane Reid.",
        # A join still to come has not happened.
        "Prime Minister Tom Hale will join Health Secretary Alan Reid at the launch.",
    ],
)
def test_no_meeting_where_no_person_was_joined(body: str) -> None:
    assert not any(kind == "CONSULT" for kind, _, _ in real_events(body)), real_events(body)
