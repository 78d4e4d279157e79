"""A stance told in a participle set off by commas, on sentences we wrote.

"The verdict, condemned by the bar council, ...": the aside tells that the
council condemned it, as "the bar council condemned the verdict" would. A
participle with no comma picks out which thing is meant and tells no stance.
"""

from event_sides import real_events


def test_a_condemnation_in_an_aside_is_the_condemners():
    events = real_events(
        "A court in Tabriz jailed the journalist Omid Farahani for ten years on Monday."
        " His sentence, condemned by the press freedom group Article 19, follows a long"
        " campaign for his release."
    )
    assert [e for e in events if e[0] == "ACCUSE" and e[1] == ("press freedom group",)]


def test_a_rejection_in_an_aside_is_the_rejecters():
    events = real_events(
        "Governor Ray Tolland signed a budget bill last month. The bill, rejected by the state"
        " Senate in March, now goes to the courts."
    )
    assert [e for e in events if e[0] == "REJECT" and e[1] == ("Senate",)]


def test_a_participle_with_no_comma_tells_no_stance():
    events = real_events(
        "The mayor opened the new bridge on Friday. A toll condemned by drivers' groups will"
        " be charged from May."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]
