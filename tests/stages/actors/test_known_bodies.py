"""Bodies the lexicon knows, read from the article around a short name, on sentences we wrote."""

from actor_names import mentions_of, report


def test_the_commission_in_a_story_about_eu_rules_is_the_european_commission():
    article = report(
        "Members of the European Parliament rejected the draft European Union rules on seeds. "
        "The farm committee said the Commission should write the rules again."
    )
    commission = next(a for a in article.actors if "Commission" in mentions_of(article, a.name))
    assert (commission.name, commission.sector, commission.country) == (
        "European Commission",
        "IGO",
        None,
    )


def test_the_commission_after_another_commission_stays_that_body():
    article = report(
        "The European Union adopted new rules on hiring. The Commission for Racial Equality "
        "welcomed them, and the Commission said it would watch how employers applied them."
    )
    names = {a.name for a in article.actors}
    assert "European Commission" not in names
    assert "Commission for Racial Equality" in names
