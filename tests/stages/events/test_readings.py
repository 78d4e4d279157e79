"""Events retyped by what their sentence says (stages/events/readings.py), on sentences we wrote."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        "Striker Ben Kopp was jailed for attacking two fans after a match.",
        "The court jailed Ben Kopp for attacking two fans after the match.",
        "Singer Ben Kopp was convicted of assaulting two fans last year.",
    ],
)
def test_an_attack_one_is_jailed_or_convicted_for_is_a_blow_not_words(body):
    events = real_events(body)
    assert ("ASSAULT", ("Ben Kopp",), ("fans",)) in events
    assert "ACCUSE" not in [e[0] for e in events]


@pytest.mark.parametrize(
    ("body", "warner", "warned"),
    [
        (
            "Moscow warned Kiev that any attack on the rebels would meet a military response.",
            "Russian Federation",
            "Ukraine",
        ),
        (
            "The United States warned Venezuela that it would face sanctions over the vote.",
            "United States",
            "Venezuela",
        ),
        (
            "India warned Pakistan that further raids across the border would be met with force.",
            "India",
            "Pakistan",
        ),
        # A reprisal faced lies ahead, even told in the present.
        (
            "Chile has warned Peru it faces sanctions unless it frees the trawler crews.",
            "Chile",
            "Peru",
        ),
        # The model hangs "he could face" on the one warned, as a relative clause.
        (
            "Police warned the preacher he could face arrest if he led the march.",
            "Police",
            "preacher",
        ),
        (
            "Ankara warned Athens of serious consequences if it extended its waters.",
            "Türkiye",
            "Greece",
        ),
        ("Kenya warned Uganda of retaliation over the seized cattle.", "Kenya", "Uganda"),
    ],
)
def test_a_warning_that_a_reprisal_would_follow_is_a_threat(body, warner, warned):
    events = real_events(body)
    assert ("THREATEN", (warner,), (warned,)) in events
    assert "ACCUSE" not in [e[0] for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "Health officials warned parents that the new vaccine could cause mild fevers.",
        "Mr Varga warned Hungary that sanctions on Russia would not work.",
        "The lawyer warned Ms Okafor that the use of force by her guards could be unlawful.",
        "The minister warned Kenya of the consequences of the drought for its farmers.",
    ],
)
def test_a_warning_of_no_reprisal_is_no_threat(body):
    assert "THREATEN" not in [e[0] for e in real_events(body)]
