"""One private person brought in by what they are (actors/private_persons.py), on our sentences."""

import pytest

from actor_names import report


def _events(text):
    article = report(text, published="2005-03-01")
    actors = {a.id: a for a in article.actors}
    return article, [
        (
            e.type,
            tuple(actors[i].name for i in e.actor),
            tuple(actors[i].name for i in e.recipient),
        )
        for e in article.events
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "A 22-year-old woman in the van was arrested for giving a false name.",
            ("COERCE", (), ("22-year-old woman",)),
        ),
        (
            "A 31-year-old man from Luton was arrested by the National Crime Squad.",
            ("COERCE", ("National Crime Squad",), ("31-year-old man",)),
        ),
        (
            "The singer has been sued for $3m by a make-up artist from Ohio.",
            ("ACCUSE", ("artist",), ("singer",)),
        ),
    ],
)
def test_a_person_brought_in_by_a_deed_is_its_side(text, event):
    _, events = _events(text)
    assert event in events


def test_a_person_a_demonym_places_is_of_that_country_not_the_country():
    article, events = _events("Police arrested a British teenager at the airport on Friday.")
    teenager = next(a for a in article.actors if a.name == "teenager")
    assert (teenager.country, teenager.sector) == ("GBR", "CVL")
    assert ("COERCE", ("Police",), ("teenager",)) in events


@pytest.mark.parametrize(
    "text",
    [
        "A man said the queue at the office was far too long.",
        "The new rules will be a relief for a woman on a low wage.",
    ],
)
def test_a_person_who_only_speaks_or_is_spoken_of_is_anyone(text):
    article, _ = _events(text)
    assert not any(a.name.endswith(("man", "woman")) for a in article.actors)


def test_a_private_role_a_deed_is_done_to_is_one_person():
    _, events = _events("Leeds City Council sued a protester over the damage to the town hall.")
    assert ("ACCUSE", ("Leeds City Council",), ("protester",)) in events


def test_a_person_a_who_clause_tells_the_claims_of_is_left_to_the_quotes():
    article, _ = _events(
        "The singer Joe Rask has been sued for $2m by a fan who says he pushed her "
        "down a flight of stairs."
    )
    assert not any(a.name == "fan" for a in article.actors)


def test_she_is_a_newcomer_whose_word_tells_her_gender():
    article, _ = _events(
        "A 22-year-old woman in the van was arrested for giving a false name. "
        "She was later released."
    )
    woman = next(a for a in article.actors if a.name == "22-year-old woman")
    assert "She" in [article.text[s:e] for s, e in woman.mentions]
