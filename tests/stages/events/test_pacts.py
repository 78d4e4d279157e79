"""Pacts named by their sides ("the merger of A and B"), and pacts that are to go ahead."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "kind", "sides"),
    [
        (
            (
                "The merger of Dutch brewer Kestrel Beers and Belgian rival Halden Breweries "
                "was completed in March."
            ),
            "COOPERATE",
            {"Kestrel Beers", "Halden Breweries"},
        ),
        (
            # The parse hangs the first side, described, on the second.
            "The merger of Dutch oil giant Kestrel and gas firm Halden was completed in March.",
            "COOPERATE",
            {"Kestrel", "Halden"},
        ),
        (
            "The partnership of Brazil and Argentina has shaped the trade bloc for a decade.",
            "COOPERATE",
            {"Brazil", "Argentina"},
        ),
    ],
)
def test_a_two_sided_noun_names_both_its_sides_with_of(body, kind, sides):
    found = [e for e in real_events(body) if e[0] == kind]
    assert any(set(actors) == sides and not recipients for _, actors, recipients in found), (
        told_events(body)
    )


def test_one_side_named_by_of_is_no_pair():
    body = "The merger of the two units of Dutch brewer Kestrel Beers was completed in March."
    assert [e for e in real_events(body) if e[0] == "COOPERATE"] == [], told_events(body)


def test_a_pact_that_is_to_go_ahead_has_been_agreed():
    body = (
        "The merger of Dutch brewer Kestrel Beers and Belgian rival Halden Breweries is to go "
        "ahead next spring, the two firms said."
    )
    found = [e for e in told_events(body) if e.type == "COOPERATE"]
    assert [(set(e.actor), e.real) for e in found] == [
        ({"Kestrel Beers", "Halden Breweries"}, True)
    ], told_events(body)


def test_a_pact_that_is_not_to_go_ahead_is_no_pact():
    body = (
        "The merger of Dutch brewer Kestrel Beers and Belgian rival Halden Breweries is not to "
        "go ahead."
    )
    assert [e for e in real_events(body) if e[0] == "COOPERATE"] == [], told_events(body)
