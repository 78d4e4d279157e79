"""Backing told by good wishes (stages/events/wishes.py), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        "Health minister Jane Royle said she hoped Tom Vickers would survive in his post.",
        "On Monday Jane Royle said she hoped Tom Vickers would serve again in the cabinet.",
        'Jane Royle said: "I hope Tom Vickers will return to the front bench."',
    ],
)
def test_a_speakers_hope_that_an_actor_fares_well_backs_it(body):
    assert ("SUPPORT", ("Jane Royle",), ("Tom Vickers",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Health minister Jane Royle said she hoped Tom Vickers would not return to the cabinet.",
        "Health minister Jane Royle said she hoped the Harbour Board would act on the report.",
        "Health minister Jane Royle said she did not hope Tom Vickers would return.",
        "Health minister Jane Royle said Tom Vickers hoped he would survive in his post.",
    ],
)
def test_no_backing_for_a_hope_denied_of_another_deed_or_held_by_another(body):
    assert not [e for e in statement_events(body) if e[0] == "SUPPORT"]
