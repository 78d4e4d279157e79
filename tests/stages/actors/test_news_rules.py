"""Rules for actors that hold across BBC-style politics and business news (invented text)."""

import dateline


def _actors(text):
    (article,) = dateline.extract(text)
    return article, {a.name: a for a in article.actors}


def _mentions(article, actor):
    return [article.text[s:e] for s, e in actor.mentions]


def test_a_lower_case_role_word_is_not_the_body_it_spells():
    _, actors = _actors(
        "Lending Slows\n\nMortgage lending fell in March, figures showed. "
        "Helen Carver, chief economist at Norbridge Capital, said buyers were cautious.\n"
    )
    carver = actors["Helen Carver"]
    assert carver.org != "economist"
    assert carver.sector == "BUS"


def test_a_hyphenated_title_standing_alone_joins_its_holder():
    article, actors = _actors(
        "Pledges\n\nTory co-chairman Liam Rook spoke on Monday. "
        "The Tory co-chairman attacked the pledges as vacuous.\n"
    )
    assert "co-chairman" in _mentions(article, actors["Liam Rook"])
