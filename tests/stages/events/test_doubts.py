"""Whether an event is told as fact, denied or to come (stages/events/doubts.py).

On sentences we wrote.
"""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "Minister Cathy Jamieson has warned bigoted football fans that she will ban them.",
        "Minister Cathy Jamieson has warned bigoted football fans she will ban them.",
    ],
)
def test_a_harm_one_warns_one_will_do_is_a_threat_with_or_without_that(body):
    found = real_events(body)
    assert ("THREATEN", ("Cathy Jamieson",), ("bigoted football fans",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "Sports minister Alan Marsh has warned rowdy rugby fans that he intends to ban them.",
        "Sports minister Alan Marsh warned rowdy rugby fans he intends to ban them from matches.",
    ],
)
def test_a_harm_one_warns_one_means_to_do_is_a_threat(body):
    found = real_events(body)
    assert ("THREATEN", ("Alan Marsh",), ("rowdy rugby fans",)) in found


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        ("Chad vowed to attack the rebel camps across the border in Sudan.", "Chad", "rebel"),
        ("The army chief pledged to punish the rebels after the ambush.", "army chief", "rebels"),
        ("The junta promised to punish the rebels for the ambush.", "junta", "rebels"),
    ],
)
def test_a_harm_one_vows_to_do_to_another_is_a_threat(body, actor, recipient):
    found = real_events(body)
    assert [e for e in found if e[0] == "THREATEN" and actor in e[1] and recipient in e[2]]


def test_a_harm_one_means_to_do_told_under_a_condition_is_no_threat():
    found = real_events(
        "Sports minister Alan Marsh warned that if he intends to ban rowdy rugby fans, "
        "the clubs will be told first."
    )
    assert not [e for e in found if e[0] == "THREATEN"]


def test_a_harm_to_come_under_a_condition_is_no_threat():
    found = real_events(
        "Justice minister Cathy Jamieson said that if the clubs failed, she would ban "
        "bigoted football fans from matches."
    )
    assert not [e for e in found if e[0] == "THREATEN"]


def test_a_refusal_vowed_outright_is_made_as_it_is_vowed():
    events = told_events(
        "But Tom Vale vowed to ignore the court order, saying no judge would stop him."
    )
    assert [e for e in events if e.type == "REJECT" and e.actor == ("Tom Vale",) and e.real]


def test_a_refusal_one_may_vow_is_still_to_come():
    events = told_events("The unions may vow to reject the offer.")
    assert not [e for e in events if e.type == "REJECT" and e.real]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Sports minister Alan Marsh has warned rowdy rugby fans that he wants to hit them "
            '"where it hurts" by banning them from grounds.'
        ),
        (
            "The Norwegian government warned the rebel leaders that it would respond by "
            "imposing sanctions on the rebels."
        ),
    ],
)
def test_a_harm_warned_of_as_the_means_of_an_act_to_come_is_a_threat(body):
    found = real_events(body)
    assert [e for e in found if e[0] == "THREATEN"]
    assert not [e for e in found if e[0] in ("ACCUSE", "SANCTION")]


def test_the_means_of_a_deed_done_is_no_threat():
    found = real_events(
        "The Norwegian government punished the rebel leaders by cutting off aid to them."
    )
    assert not [e for e in found if e[0] == "THREATEN"]


def test_contact_with_no_one_named_is_no_consultation():
    # "the trawler" is no actor: word lost with a thing consults no one.
    events = real_events("The Chilean coastguard lost contact with the trawler on Tuesday.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_the_means_of_an_attempt_made_are_told_as_done():
    found = real_events(
        "Halvorsen Energy unsuccessfully sought to block the sale by applying for protection"
        " through a Texas court."
    )
    assert ("REQUEST", ("Halvorsen Energy",), ("Texas court",)) in found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "After a consultation, Health Minister Fiona Keane has decided to drop the plans.",
            ("CONCEDE", ("Fiona Keane",), ()),
        ),
        (
            "Opposition leader Tom Harlow has decided to back the plans for a new bridge.",
            ("SUPPORT", ("Tom Harlow",), ()),
        ),
    ],
)
def test_a_stand_decided_on_is_taken(body, found):
    assert found in real_events(body)


def test_a_stand_one_may_decide_on_is_not_taken():
    body = "Opposition leader Tom Harlow may decide to back the plans for a new bridge."
    assert not real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        (
            "Metro staff have warned they will keep up their protests until the operator "
            "improves its offer."
        ),
        (
            "Farmers warned they would stage protests in the capital unless the subsidy cut "
            "was dropped."
        ),
    ],
)
def test_protests_one_warns_one_will_hold_are_a_threat(body):
    assert "THREATEN" in [e[0] for e in real_events(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Washington has not ruled out air strikes on Syria, officials said.",
            ("THREATEN", ("United States",), ("Syria",)),
        ),
        (
            "Moscow refused to rule out sanctions against Georgia.",
            ("THREATEN", ("Russian Federation",), ("Georgia",)),
        ),
        (
            "The Norwegian government would not rule out military action against Kazakhstan.",
            ("THREATEN", ("Norway",), ("Kazakhstan",)),
        ),
        (
            "Justice minister Cathy Jamieson did not rule out banning the Hofstad group.",
            ("THREATEN", ("Cathy Jamieson",), ("Hofstad",)),
        ),
    ],
)
def test_a_harm_not_ruled_out_is_a_threat_told_now(body, expected):
    found = real_events(body)
    assert expected in found, found
    assert not [e for e in found if e[0] in ("ASSAULT", "SANCTION", "COERCE")]


def test_a_harm_ruled_out_is_no_harm_and_no_threat():
    found = real_events("Moscow ruled out sanctions against Georgia.")
    assert not [e for e in found if e[0] in ("THREATEN", "SANCTION")], found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Spanish trawlers will be banned from the fjord if they exceed their quotas, "
                "fisheries minister Kari Lunde has ruled."
            ),
            ("THREATEN", ("Kari Lunde",), ("Spain",)),
        ),
        (
            (
                "Justice minister Cathy Jamieson warned that football clubs would be fined "
                "if their fans rioted again."
            ),
            ("THREATEN", ("Cathy Jamieson",), ("football clubs",)),
        ),
    ],
)
def test_a_harm_a_speaker_warns_will_befall_others_on_a_condition_is_a_threat(body, expected):
    found = real_events(body)
    assert expected in found, found


def test_a_warning_that_others_will_be_arrested_is_a_threat_without_a_condition():
    found = real_events("The Chilean army warned that striking miners would be arrested.")
    assert [e for e in found if e[0] == "THREATEN" and e[1] == ("Chilean army",)], found


def test_whoever_breaks_a_rule_being_warned_of_arrest_is_a_threat():
    found = real_events(
        "The Chilean army warned that anyone who breaks the curfew will be arrested."
    )
    assert [e for e in found if e[0] == "THREATEN" and e[1] == ("Chilean army",)], found


@pytest.mark.parametrize(
    "body",
    [
        # a forecast of others, not a warning of one's own
        "Analysts said trawlers will be banned from the fjord if they exceed their quotas.",
        # a harm with no condition is a plan, and its doer is named
        "Fisheries minister Kari Lunde warned that trawlers would be fined by the coastguard.",
    ],
)
def test_a_harm_foretold_without_a_warning_or_a_condition_is_no_threat_of_the_speaker(body):
    found = real_events(body)
    assert not [e for e in found if e[0] == "THREATEN"], found


@pytest.mark.parametrize(
    "body",
    [
        "Chile ruled out talks with Peru over the border.",
        "Chile has not ruled out talks with Peru over the border.",
    ],
)
def test_an_act_ruled_out_or_kept_open_that_is_no_harm_is_not_done(body):
    found = real_events(body)
    assert not [e for e in found if e[0] == "CONSULT"], found
