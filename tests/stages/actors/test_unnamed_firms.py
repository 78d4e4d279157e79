"""A firm brought in by its country and trade alone (actors/unnamed_firms.py), on our sentences."""

from actor_names import report


def _article(text):
    article = report(text, published="2005-03-01")
    actors = {a.id: a for a in article.actors}
    events = [
        (
            e.type,
            tuple(actors[i].name for i in e.actor),
            tuple(actors[i].name for i in e.recipient),
        )
        for e in article.events
    ]
    return article, events


def test_a_firm_a_demonym_places_that_acts_is_a_firm_of_that_country():
    article, _ = _article("A Turkish company bought the stake in the port last year.")
    firm = next(a for a in article.actors if a.name == "Turkish company")
    assert (firm.country, firm.sector) == ("TUR", "BUS")


def test_a_firm_a_deal_is_made_with_is_the_deals_side():
    _, events = _article("The ministry awarded the contract to a Turkish company.")
    assert ("AGREE", ("ministry",), ("Turkish company",)) in events


def test_a_firm_no_country_places_is_any_firm():
    article, _ = _article("A company bought the stake in the port last year.")
    assert not any(a.name.endswith("company") for a in article.actors)


def test_a_firm_joined_to_another_side_of_a_deal_is_a_side_too():
    _, events = _article("Oslo awarded its new port contract to a Danish and a Greek company.")
    assert any(t == "AGREE" and "Greek company" in who for t, _, who in events)
