"""Entity spans repaired: a body's name the model split at its country (invented text)."""

import pytest

from actor_names import actors_by_name, mention_texts


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The United States Anti-Doping Agency said on Monday it would appeal the ruling.",
            "United States Anti-Doping Agency",
            "USA",
        ),
        (
            "Ferrone appeared before the US District Court in Boston on Tuesday.",
            "US District Court",
            "USA",
        ),
    ],
)
def test_a_body_whose_name_opens_with_its_country_is_one_name(text, name, country):
    article, actors = actors_by_name(f"Report\n\n{text}\n")
    assert mention_texts(article, actors[name]) == [name]
    assert actors[name].country == country


def test_a_firm_placed_by_its_demonym_keeps_its_own_name():
    # The model tags "German" and "Siemens" apart: a firm's name is its own.
    article, actors = actors_by_name(
        "Report\n\nAnalysts said German Siemens would bid. Siemens declined to comment.\n"
    )
    assert mention_texts(article, actors["Siemens"]) == ["Siemens", "Siemens"]
