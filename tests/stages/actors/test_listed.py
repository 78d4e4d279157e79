"""Bodies the model missed in a list of bodies it found (stages/actors/listed.py), invented text."""

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.mentions import find_mentions


def _names(text):
    (parse,) = nlp.parse([text])
    return [(m.text, m.label) for m in find_mentions(Tree(parse, text), lexicon.load())]


def test_an_untagged_name_ending_a_list_of_firms_is_a_firm():
    names = _names(
        "He said the five plants were Bright Knitwear, Harbour Textiles, Golden Nine "
        "Textiles, KP Textiles, Maseru Caps and Vogue Summit."
    )
    assert ("Vogue Summit", "ORG") in names


def test_a_name_taken_for_a_place_in_a_list_of_regiments_is_a_regiment():
    names = _names(
        "The plan will decide the future of the Black Watch, the Royal Scots, the Royal "
        "Border Fusiliers and the Highland Rifles."
    )
    assert ("Highland Rifles", "ORG") in names


def test_a_city_listed_with_a_firm_stays_a_place():
    names = _names("The deal links Bright Knitwear, Harbour Textiles and Manchester.")
    assert not any(text == "Manchester" and label == "ORG" for text, label in names)
