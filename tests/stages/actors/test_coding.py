"""Coding an actor from its mentions (coding.py), on sentences we wrote."""

import pytest
from tests.actor_names import report


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        (
            (
                "The Dutch FA disciplinary committee fined the coach on Monday. "
                "The committee said his remarks were offensive."
            ),
            "Dutch FA disciplinary committee",
            "NGO",
        ),
        (
            "The BMA's ethics committee said the rules were unclear. The committee wants a review.",
            "BMA's ethics committee",
            "HLH",
        ),
    ],
)
def test_a_committee_of_a_civil_body_is_its_organ_not_a_parliaments(body, name, sector):
    # "committee" alone is a parliament's (LEG); within a federation or a
    # professional body the lexicon knows, it is that body's.
    article = report(body)
    assert next(a.sector for a in article.actors if a.name == name) == sector


def test_a_party_named_beside_an_office_left_does_not_code_one_holding_another_now():
    # "former Labour minister" names Labour, but the office held now decides.
    article = report(
        "Ruth Parry, former Labour health minister and now a European commissioner, warned."
    )
    assert next(a.sector for a in article.actors if a.name == "Ruth Parry") == "IGO"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Research Funding Council Professor Ada Hollis said the cuts were short-sighted.",
            "Ada Hollis",
        ),
        ("Professor Owen Pryce, of the Food Safety Agency, said the test was sound.", "Owen Pryce"),
    ],
)
def test_a_professor_at_a_state_body_is_still_a_scholar(body, name):
    # A professor's rank says he is an academic; a state body that funds or
    # consults him does not make him an official.
    article = report(body)
    assert next(a.sector for a in article.actors if a.name == name) == "EDU"
