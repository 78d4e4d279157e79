"""People told by their age (stages/actors/ages.py), on sentences we wrote."""

import pytest

import dateline


def _people(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return article


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A 27-year-old man from Reading has been arrested by police.", "A 27-year-old man"),
        ("Detectives have charged a 52-year-old woman over the fire.", "a 52-year-old woman"),
        ("A 15-year-old boy was stabbed outside a shop in Hull.", "A 15-year-old boy"),
    ],
)
def test_a_man_or_woman_told_by_age_is_a_private_person(text, words):
    article = _people(text)
    start = article.text.index(words)
    (person,) = [a for a in article.actors if (start, start + len(words)) in a.mentions]
    assert person.sector == "CVL"
    assert person.kind == "person"


def test_the_police_arrest_the_man_an_age_tells():
    article = _people("Police arrested a 31-year-old man from Slough after the robbery.")
    names = {a.id: a.name for a in article.actors}
    assert any(
        e.type == "COERCE" and [names[i] for i in e.recipient] == ["man"] for e in article.events
    )


@pytest.mark.parametrize(
    ("town", "country"),
    [("Basingstoke", "GBR"), ("Croydon", None)],  # Croydon: one in England, one in Australia
)
def test_the_town_a_person_is_from_places_them_where_it_is_one_countrys(town, country):
    article = _people(f"A 33-year-old woman from {town} was charged with fraud by detectives.")
    (person,) = [a for a in article.actors if a.name == "woman"]
    assert person.country == country


def test_a_man_with_no_age_is_no_one_in_particular():
    article = _people("Police said a man had been seen near the station.")
    assert not any(a.name == "man" for a in article.actors)
