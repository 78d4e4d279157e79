"""Governments a story names that are not its country's government of the day."""

import dateline


def _article(title, text):
    (article,) = dateline.extract(f"{title}\n\n{text}\n", published="2005-03-01")
    return article


def _recipients(article, kind):
    names = {a.id: a.name for a in article.actors}
    return [
        [names[i] for i in e.recipient] for e in article.events if e.type == kind and e.recipient
    ]


def _actors(article, kind):
    names = {a.id: a.name for a in article.actors}
    return [[names[i] for i in e.actor] for e in article.events if e.type == kind]


def test_a_regime_named_for_a_former_president_is_his_not_the_new_government():
    article = _article(
        "Moldova offers savings pardon",
        "Moldova is offering a pardon to people who hid their savings under the regime of "
        "former president Ivan Petrescu. The country's new president, Mihai Rusu, has urged "
        "the Moldovan Parliament to pass the pardon. Mr Rusu has accused the Petrescu regime, "
        "which was ousted by street protests in March, of letting graft thrive.",
    )
    assert _recipients(article, "ACCUSE") == [["Ivan Petrescu"]]


def test_a_towns_ministers_are_not_the_countrys_government():
    article = _article(
        "Clergy urge concert boycott",
        "Church ministers are trying to stop US rapper Kid Vance playing in Arkansas, saying "
        "his lyrics are filthy. More than 30 Fayetteville ministers urged music fans to shun "
        "Kid Vance's concert at Arkansas State University. Kid Vance has topped the US singles "
        "chart twice and sold 10 million albums in the US.",
    )
    assert _actors(article, "REQUEST") == [["Fayetteville ministers"]]


def test_a_presidents_administration_is_still_his_countrys_government():
    article = _article(
        "Clergy urge concert boycott",
        "US rapper Kid Vance has topped the US singles chart twice and sold 10 million albums "
        "in the US. The Bush administration declined to comment on his lyrics.",
    )
    assert _actors(article, "REJECT") == [["US"]]
