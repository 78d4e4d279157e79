"""Groups of people named by a place and their number: one group of civilians (invented text)."""

import dateline


def _actors(text):
    (article,) = dateline.extract(text)
    return {a.name: a for a in article.actors}


def test_a_numbered_name_the_model_takes_for_a_body_is_a_group_of_civilians():
    actors = _actors(
        "Appeal Hearing\n\nLawyers for the Stockbridge Five said the convictions "
        "would be challenged in the spring.\n"
    )
    group = actors["Stockbridge Five"]
    assert (group.kind, group.sector) == ("group", "CVL")


def test_one_of_a_numbered_group_is_no_company_man():
    actors = _actors(
        "Freed Men Speak\n\nOne of the so-called Dunmore Three, Patrick Reilly, "
        "thanked his supporters outside the court.\n"
    )
    assert actors["Patrick Reilly"].sector == "CVL"
    assert actors["Dunmore Three"].sector == "CVL"


def test_a_channel_named_with_a_number_is_no_group():
    actors = _actors("Listings\n\nThe documentary will be shown on the BBC Four channel in May.\n")
    assert all(a.kind != "group" for a in actors.values())


def test_a_number_inside_a_longer_name_makes_no_group():
    actors = _actors(
        "Dam Dispute\n\nThe Hunan Five Rivers Power Corp has refused to halt work on the dam.\n"
    )
    assert all(a.kind != "group" for a in actors.values())
