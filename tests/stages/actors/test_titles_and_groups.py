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
