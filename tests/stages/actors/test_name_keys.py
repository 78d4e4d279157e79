"""What a body's name is clustered by: a country acting, or a body of its own (invented text)."""

from actor_names import actors_by_name, mention_texts, report


def test_a_body_named_with_its_country_and_a_word_for_government_is_no_country():
    article, actors = actors_by_name(
        "Drug Review\n\nThe US Food and Drug Administration ordered a review of the pill. "
        "The US had already banned two similar drugs.\n"
    )
    agency = actors["US Food and Drug Administration"]
    assert mention_texts(article, agency) == ["US Food and Drug Administration"]
    assert (agency.country, agency.sector) == ("USA", "GOV")
    assert all(
        "US Food and Drug Administration" not in mention_texts(article, actor)
        for actor in article.actors
        if actor is not agency
    )


def test_a_government_named_by_its_country_alone_is_still_the_country():
    article = report("The British Government said it would act. Britain has long opposed the plan.")
    (country,) = [a for a in article.actors if a.country == "GBR" and a.kind == "country"]
    assert mention_texts(article, country) == ["British Government", "Britain"]
