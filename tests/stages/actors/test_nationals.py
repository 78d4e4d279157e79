"""A country's people named by their plural demonym, on sentences we wrote."""

import pytest

from actor_names import coding, report


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        ("The minister praised the generosity shown by Britons after floods.", "Britons", "GBR"),
        (
            "Seven million Ethiopians will need food aid this year, the agency said.",
            "Seven million Ethiopians",
            "ETH",
        ),
    ],
)
def test_a_plural_demonym_names_private_people(body, name, country):
    assert coding(report(body), name) == ("group", country, "CVL")


def test_the_americans_may_still_be_the_state():
    article = report("The Americans rejected the plan at the talks on Monday.")
    assert coding(article, "United States") == ("country", "USA", "GOV")
