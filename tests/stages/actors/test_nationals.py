"""A country's people named by their plural demonym, on sentences we wrote."""

import pytest

import dateline


def _actors(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    return article


def _coded(article, name):
    actor = next(a for a in article.actors if a.name == name)
    return actor.kind, actor.country, actor.sector


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
    assert _coded(_actors(body), name) == ("group", country, "CVL")


def test_the_americans_may_still_be_the_state():
    article = _actors("The Americans rejected the plan at the talks on Monday.")
    assert _coded(article, "United States") == ("country", "USA", "GOV")
