import dateline


def test_a_year_through_a_month_is_no_calendar_year():
    (article,) = dateline.extract(
        "Prices in Oslo\n\nRents in the city rose 6% in the year through May.\n",
        published="2014-07-30",
    )
    values = [(t.text, t.value.value, t.duration) for t in article.times]
    assert values == [("the year", None, "P1Y"), ("May", "2014-05", None)]
