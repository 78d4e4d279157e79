"""Insisting as a rebuttal (stages/events/insisted.py), on our sentences."""

import pytest

from event_sides import real_events as _events


@pytest.mark.parametrize(
    ("body", "rebutter"),
    [
        (
            "But the Welsh Office has insisted Mr Tom Reid was speaking about adults.",
            "Welsh Office",
        ),
        (
            "Mr Ian Cole said he understood the anger, but insisted that the posters were fair.",
            "Ian Cole",
        ),
        (
            "Ministers insist the Care Bill would not change the law on assisted suicide.",
            "Ministers",
        ),
        ("Mr Ray Hale insisted there was no plan to close the hospital.", "Ray Hale"),
        ("The firm Hallam Foods insisted that it had complied fully with the law.", "Hallam Foods"),
        ("Mr Ray Dale insisted he had acted properly at all times.", "Ray Dale"),
        (
            (
                "Welsh health officials insisted the new clinic would open in May despite a report"
                " that building work had fallen behind."
            ),
            "officials",
        ),
        (
            "In response, the Liberal Party insisted that theirs was the party of the young.",
            "Liberal Party",
        ),
    ],
)
def test_insisting_against_a_charge_or_denying_rebuts(body, rebutter):
    found = [e for e in _events(body) if e[0] == "REJECT"]
    assert len(found) == 1
    assert rebutter.lower() in found[0][1][0].lower()
    assert found[0][2] == ()


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister insisted the future of the party would be bright.",
        "Mr Ray Hale insisted that government reform must continue.",
        "Mr Joe Kemp insisted the company would grow strongly next year.",
        "The Green Party insisted on a recount in the seat.",
    ],
)
def test_insisting_on_what_is_so_or_asking_rebuts_no_one(body):
    assert not [e for e in _events(body) if e[0] == "REJECT"]


def test_a_rebuttal_by_insisting_is_not_aimed_at_the_one_the_story_is_about():
    body = (
        "First minister Tom Reid has been criticised over a remark about drinking. Mr Reid told"
        " pupils in Inverness that it was fine to get drunk now and then. Mr Reid later said his"
        " words had been twisted. But the Welsh Office has insisted Mr Reid was speaking about"
        " adults."
    )
    found = [e for e in _events(body) if e[0] == "REJECT" and e[1] == ("Welsh Office",)]
    assert found == [("REJECT", ("Welsh Office",), ())]


@pytest.mark.parametrize(
    ("body", "demander"),
    [
        (
            (
                "Judge Anne Harlow has clashed with ministers over inquiries. She told MPs the"
                " justice minister, Lord Pym, was insisting he must choose the panel himself."
            ),
            "Pym",
        ),
        ("The Fenland Farmers Union insisted it must be consulted first.", "Fenland Farmers Union"),
    ],
)
def test_insisting_on_ones_own_due_is_a_demand(body, demander):
    found = [e for e in _events(body) if demander in " ".join(e[1])]
    assert [e[0] for e in found if e[0] in ("REQUEST", "REJECT")] == ["REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "But the minister Lord Pym insisted he should stay in his post despite the report.",
        "Mr Ray Hale insisted he should not resign.",
    ],
)
def test_insisting_on_a_due_against_a_charge_stays_a_rebuttal(body):
    types = [e[0] for e in _events(body)]
    assert "REJECT" in types
    assert "REQUEST" not in types
