"""Recipients a phrase counts or places: "the two men", "both women"."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize("pair", ["the two men", "both men"])
def test_two_men_counted_are_the_two_people_named_lately_though_never_together(pair):
    # No "X and Y" names them, but the sentence before names two people.
    body = (
        "Mr Harwood has led the party since 2001. Mr Okafor said he could no longer trust "
        f"anything Mr Harwood told him. Opposition spokesman Dan Pell rebuked {pair} on Friday."
    )
    events = real_events(body)
    assert ("ACCUSE", ("Dan Pell",), ("Okafor", "Harwood")) in events


def test_the_other_two_men_are_not_the_two_people_named_lately():
    body = (
        "Mr Harwood has led the party since 2001. Mr Okafor said he could no longer trust "
        "anything Mr Harwood told him. Opposition spokesman Dan Pell rebuked the other two "
        "men on Friday."
    )
    events = real_events(body)
    assert not any(e[0] == "ACCUSE" and "Harwood" in e[2] for e in events)
