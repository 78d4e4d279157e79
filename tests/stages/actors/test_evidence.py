"""Evidence read beside a mention (evidence.py), on sentences we wrote.

Each case names what the text says of a person or body and the sector that
reading gives; the model's own labels are left as it gives them.
"""

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
