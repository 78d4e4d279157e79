"""People the model leaves untagged, found by a given name we know (invented text).

The model's entities are taken away here, as it leaves some names untagged
("Theresa May" passes as a month), so that only the finder for such names
can find them.
"""

import dataclasses

import pytest

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.mentions import find_mentions


def _untagged_mentions(text):
    (parse,) = nlp.parse([text])
    tokens = tuple(dataclasses.replace(t, ent_type="", ent_iob="O") for t in parse.tokens)
    bare = dataclasses.replace(parse, tokens=tokens, entities=())
    return {m.text: m for m in find_mentions(Tree(bare, text), lexicon.load())}


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Theresa May, the shadow minister, said the plans were flawed.", "Theresa May", "f"),
        ("The bill was attacked by Gareth Pryce Morgan on Tuesday.", "Gareth Pryce Morgan", "m"),
        # Irish and Scottish surnames carry a second capital after their prefix.
        ("Cardinal Cormac Dunne O'Keeffe backed the plan.", "Cormac Dunne O'Keeffe", "m"),
        ("The bill was attacked by Fiona McTavish on Tuesday.", "Fiona McTavish", "f"),
        ("The bill was attacked by Angus MacAulay on Tuesday.", "Angus MacAulay", "m"),
    ],
)
def test_a_known_given_name_and_a_surname_are_a_person(text, name, gender):
    mentions = _untagged_mentions(text)
    assert mentions[name].label == "PERSON"
    assert mentions[name].gender == gender


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # No given name we know comes first.
        ("The Westbury Fund said the plans were flawed.", "Westbury Fund"),
        # Four capitalised words are a heading or a title, not a name.
        ("He read Michael Stone Harbour Lights aloud.", "Michael Stone Harbour Lights"),
        # Initials are no surname, whatever prefix they open with.
        ("The bill was attacked by Fiona MCPA on Tuesday.", "Fiona MCPA"),
    ],
)
def test_other_runs_of_capitalised_words_are_no_person(text, words):
    mentions = _untagged_mentions(text)
    assert not any(m.label == "PERSON" and words.startswith(m.text) for m in mentions.values())


def test_a_given_name_the_model_took_for_a_people_opens_a_name():
    text = "The club would consider signing Adrian Velescu once his ban ends."
    (parse,) = nlp.parse([text])
    tokens = tuple(
        dataclasses.replace(t, ent_type="NORP" if t.text == "Adrian" else "", ent_iob="O")
        for t in parse.tokens
    )
    bare = dataclasses.replace(parse, tokens=tokens, entities=())
    found = {m.text: m for m in find_mentions(Tree(bare, text), lexicon.load())}
    assert found["Adrian Velescu"].label == "PERSON"


def test_names_listed_after_a_plural_honorific_are_each_a_peer():
    mentions = _untagged_mentions(
        "Lady Hale, sitting with Lords Bingley, Steyne, Hope and Carsley, said the appeal failed."
    )
    for name in ("Bingley", "Steyne", "Hope", "Carsley"):
        assert (mentions[name].label, mentions[name].honorific) == ("PERSON", "Lord")


def test_a_married_womans_honorific_is_no_plural_of_mister():
    mentions = _untagged_mentions("Mrs Ashdown said the appeal failed.")
    assert mentions["Ashdown"].honorific != "Mr"


def test_lords_inside_a_bodys_name_or_before_a_title_styles_no_one():
    mentions = _untagged_mentions(
        "The papers are kept in the Lords Record Office. Members of Elect the Lords "
        "Campaign met House of Lords Leader Baroness Amos on Monday."
    )
    assert "Record Office" not in mentions
    assert "Campaign" not in mentions
    assert "Leader Baroness Amos" not in mentions
