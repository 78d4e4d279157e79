"""Role and body words standing alone, read from titles.tsv, on sentences we wrote."""

from actor_names import coding, mentions_of, report


def test_the_judiciary_is_the_country_s_body_of_judges():
    """The judiciary is the courts of the country the story tells of, as "the government" is
    its government: one body of the state, coded JUD."""
    article = report(
        "Chilean ministers drafted a reform of the courts. "
        "Critics said the judiciary would lose its independence, and the judiciary protested."
    )
    assert coding(article, "judiciary") == ("organization", "CHL", "JUD")
    assert mentions_of(article, "judiciary") == ["judiciary", "judiciary"]


def test_a_kind_of_body_in_two_words_is_a_body_not_a_person():
    """ "Think tank" names a kind of body though "tank" alone names none: the think tank told
    of after the institute is that body, not a person of its own."""
    article = report(
        "The Fenwick Institute said the state pension should be replaced. "
        "The think tank's paper answers a survey of household savings."
    )
    assert mentions_of(article, "Fenwick Institute") == ["Fenwick Institute", "think tank"]
