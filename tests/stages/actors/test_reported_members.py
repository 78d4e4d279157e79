"""Bare "members" a body's voice reports on (stages/actors/reported_members.py)."""

import pytest

import dateline


def _actors(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {a.name: a for a in article.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The Green Party has withdrawn its new leaflet, saying members had found it confusing.",
        "Jane Holt, of the National Farmers Union, said members were angry about the new rules.",
        "Labour said members would choose the candidate next month.",
    ],
)
def test_members_a_body_or_its_voice_reports_on_are_a_group(text):
    assert "members" in _actors(text)


def test_members_a_party_reports_on_are_the_partys():
    found = _actors("Labour said members would choose the candidate next month.")
    assert found["members"].sector == "PTY"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Reid said members had no reason to worry.",
        "The Green Party said the members had found it confusing.",
        "The Green Party said members of the public had written to it.",
    ],
)
def test_members_no_body_reports_on_or_with_words_of_their_own_are_no_new_group(text):
    assert "members" not in _actors(text)


def _mentions_of(text, named):
    """The mentions of the actor one of whose mentions reads ``named``."""
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    told = [[article.text[start:end] for start, end in a.mentions] for a in article.actors]
    (mentions,) = [m for m in told if named in m]
    return mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "The Speaker said some MPs had used their phones in debates. "
                "He cautioned members against doing so."
            ),
            "MPs",
        ),
        (
            "Labour MPs are worried about the plan, and several members will speak on Monday.",
            "Labour MPs",
        ),
    ],
)
def test_bare_members_just_after_a_group_of_mps_are_those_mps(text, name):
    assert "members" in _mentions_of(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Some MPs agreed with the plan. Loyal members stayed away.",
        "The new leader will be welcomed by Labour MPs and members.",
        "Some MPs agreed with the plan. The Green Party said members of the public had written.",
        (
            "Some MPs agreed with the plan.\n\nThe new rules came in on Monday. "
            "The shop told members to stay away."
        ),
    ],
)
def test_members_with_words_of_their_own_or_far_from_the_mps_are_not_them(text):
    named = "Labour MPs" if "Labour MPs" in text else "MPs"
    assert "members" not in _mentions_of(text, named)


def test_the_officers_just_after_the_police_are_the_police():
    text = (
        "Police were called to a warehouse in Leeds on Tuesday night. "
        "When the officers arrived, they found boxes of papers."
    )
    assert "officers" in _mentions_of(text, "Police")


def test_officers_with_words_of_their_own_are_not_the_police():
    text = "Police were called to the warehouse. Customs officers arrived later."
    assert not any("officers" in m for m in _mentions_of(text, "Police"))
