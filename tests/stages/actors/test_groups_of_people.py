"""Groups of people named by a plural noun (stages/actors/groups_of_people.py), on our sentences."""

import pytest

import dateline


def _groups(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {(a.name, a.sector) for a in article.actors}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Nurses' unions have threatened to ballot their members.", ("Nurses' unions", "LAB")),
        ("The patients' groups met the minister on Monday.", ("patients' groups", "NGO")),
    ],
)
def test_a_body_of_the_people_a_possessive_names_is_one_group(text, group):
    found = _groups(text)
    assert group in found
    assert not any(name.lower() in ("nurses", "patients") for name, _ in found)


def test_a_groups_own_kin_are_a_group_of_their_own():
    found = _groups("The miners' families met the minister on Monday.")
    assert {"miners", "families"} <= {name for name, _ in found}
