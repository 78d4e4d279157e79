"""How a lead's description joins the person the story names next, on sentences we wrote."""

import pytest

from actor_names import coding, mentions_of, report


@pytest.mark.parametrize(
    "lead",
    [
        "The Dutch health minister at the centre of the Maria Lopez vaccine row says he will stay.",
        "The Dutch health minister who sacked Maria Lopez says he will stay.",
    ],
)
def test_a_person_named_inside_the_description_is_not_its_holder(lead):
    article = report(lead + "  Pieter Janssen claims the doctor ignored the rules.")
    assert coding(article, "Pieter Janssen")[1:] == ("NLD", "GOV")
    assert "Dutch health minister" in mentions_of(article, "Pieter Janssen")
    assert coding(article, "Maria Lopez")[2] == "CVL"
