"""Evidence read beside a mention (evidence.py), on sentences we wrote.

Each case names what the text says of a person or body and the sector that
reading gives; the model's own labels are left as it gives them.
"""

import pytest

import dateline


def _sector(body, name):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2005-03-01")
    return next(a.sector for a in article.actors if a.name == name)


def test_one_named_of_a_body_the_model_called_a_person_speaks_for_a_firm():
    # The model calls "Delorme" a person; no one is named "of" a person.
    body = '"It works," says Anna Morel of Respond\'s French partner Delorme.'
    assert _sector(body, "Anna Morel") == "BUS"


def test_one_named_of_a_town_stays_a_private_person():
    assert _sector('Kevin Platt, of Burnley, said: "He has delivered for us."', "Kevin Platt") == (
        "CVL"
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The union has asked the court to stop Globex Holdings selling the land.",
            "Globex Holdings",
        ),
        ("The council voted to save Harbourline Shipping from closure.", "Harbourline Shipping"),
    ],
)
def test_a_verb_before_a_firms_name_says_nothing_of_its_kind(body, name):
    # "stop" and "save" open the names of campaigns ("Stop the War
    # Coalition"), but as verbs they tell what is done to the body.
    assert _sector(body, name) == "BUS"
