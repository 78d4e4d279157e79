"""A country's government named as the story mostly calls it (stages/actors/coding.py)."""

import pytest

from actor_names import report
from event_sides import real_events


def test_a_country_told_of_mostly_as_the_government_is_named_its_government():
    article = report(
        "The UK government unveiled its new asylum plans on Monday. Shadow home secretary "
        "Dan Marsh said the government had failed to deport enough people, and the "
        "government replied that the numbers were rising."
    )
    names = {a.name: a for a in article.actors}
    government = next(a for name, a in names.items() if name.endswith("government"))
    assert (government.kind, government.country, government.sector) == ("country", "GBR", "GOV")


def test_a_country_mostly_named_acting_keeps_its_name():
    article = report(
        "Turkey cut its budget deficit last year. Turkey also sold bonds abroad, and "
        "Turkey plans more sales, though the government said growth would slow."
    )
    assert "Turkey" in {a.name for a in article.actors}


@pytest.mark.parametrize(
    ("body", "type_", "speaker"),
    [
        # A charge against "the government" names the government.
        (
            (
                "The UK government has said little about debt. Lib Dem spokesman Paul Greer said "
                "the government had failed to protect families, and that ministers had been far "
                "too complacent."
            ),
            "ACCUSE",
            "Paul Greer",
        ),
        # "The administration" is what US news calls the government as a whole.
        (
            (
                "The US administration will cut farm subsidies next year. Senator Ann Hale said "
                "she was pleased the administration was ready to act, and the administration "
                "said more cuts would follow."
            ),
            "SUPPORT",
            "Ann Hale",
        ),
        # "The UK" once, as the one that acted; "the government" once, as the one
        # blamed: a tie still names the government.
        (
            (
                "The UK has cut its tax on fuel. Tory spokesman Ed Lyle said the government had "
                "failed to help drivers in the countryside."
            ),
            "ACCUSE",
            "Ed Lyle",
        ),
    ],
)
def test_a_country_told_of_as_its_government_is_named_its_government(body, type_, speaker):
    assert any(
        kind == type_ and actors == (speaker,) and recipients[0].endswith("government")
        for kind, actors, recipients in real_events(body)
    ), real_events(body)
