"""A body of the state named bare, with no article, on sentences we wrote.

News writes a country's own institution as it writes "government": "the
levy was approved by parliament". Doing the deed, it is the country's body;
standing for a seat or a place ("run for parliament"), it is no actor.
"""

import pytest

from actor_names import coding, mentions_of, report


@pytest.mark.parametrize(
    "body",
    [
        "Chilean ministers drafted a fuel levy. The levy was approved by parliament on Monday.",
        "Chilean ministers drafted a fuel levy. After a long debate, parliament approved the levy.",
    ],
)
def test_a_bare_body_of_the_state_doing_the_deed_is_the_country_s(body):
    article = report(body)
    assert coding(article, "parliament") == ("organization", "CHL", "LEG")
    assert mentions_of(article, "parliament") == ["parliament"]


@pytest.mark.parametrize(
    "body",
    [
        "Chilean ministers drafted a fuel levy. A young teacher will run for parliament next year.",
        "Chilean ministers drafted a fuel levy. She spoke about the levy in parliament on Monday.",
    ],
)
def test_a_bare_body_standing_for_a_seat_or_a_place_is_no_actor(body):
    assert "parliament" not in {a.name.lower() for a in report(body).actors}
