"""Places the model misreads as people or bodies: seats the text calls seats (invented text)."""

import pytest

from actor_names import report


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        ("Labour is worried about the Leeds Kirkstall seat after a poll on Monday.", "Kirkstall"),
        ("Jane Parrow first fought the Bradford Moorside seat in 1992.", "Moorside"),
        ("Councillors in the Ashby Vale ward have denied the claims.", "Ashby"),
        ("Voters in the marginal seat of Wexley Brook turned out in force.", "Wexley"),
    ],
)
def test_a_name_the_text_calls_a_seat_or_a_ward_is_no_actor(body, seat):
    article = report(body)
    mentioned = {article.text[s:e] for a in article.actors for s, e in a.mentions}
    assert not any(seat in text for text in mentioned)


def test_a_party_named_before_a_seat_stays_an_actor():
    article = report("The Liberal Democrats hope to win the Labour seat at the next election.")
    mentioned = [article.text[s:e] for a in article.actors for s, e in a.mentions]
    assert "Labour" in mentioned


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("EU ministers agreed to open talks with Serbia despite objections from Austria.", "AUT"),
        ("The new border rules have drawn sharp criticism from Hungary.", "HUN"),
    ],
)
def test_a_country_whose_reaction_a_from_tells_is_an_actor(body, country):
    article = report(body)
    assert country in {a.country for a in article.actors if a.kind == "country"}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Chile has welcomed an apology from Peru over the fishing dispute.", "PER"),
        ("Kenya is under growing pressure from Uganda to reopen the border.", "UGA"),
        ("Flood victims in Bihar said aid from Nepal had reached them.", "NPL"),
    ],
)
def test_a_country_a_said_or_given_deed_comes_from_is_an_actor(body, country):
    article = report(body)
    assert country in {a.country for a in article.actors if a.kind == "country"}


def test_a_country_troops_withdraw_from_stays_a_place():
    article = report("Moldova completed the withdrawal from Kosovo on Monday.")
    assert "XKX" not in {a.country for a in article.actors if a.kind == "country"}


def test_a_country_a_visitor_comes_from_stays_a_place():
    article = report("Tourists from Austria were stranded at the airport on Monday.")
    assert "AUT" not in {a.country for a in article.actors if a.kind == "country"}
