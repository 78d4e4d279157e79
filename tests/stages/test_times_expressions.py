import dateline


def test_a_year_through_a_month_is_no_calendar_year():
    (article,) = dateline.extract(
        "Prices in Oslo\n\nRents in the city rose 6% in the year through May.\n",
        published="2014-07-30",
    )
    values = [(t.text, t.value.value, t.duration) for t in article.times]
    assert values == [("the year", None, "P1Y"), ("May", "2014-05", None)]


def test_a_year_a_market_ends_or_begins_is_a_date_where_the_model_takes_none():
    (article,) = dateline.extract(
        "Markets\n\nThe Dax ended 2011 up 6.4 percent. The Nikkei ended 2011 down 17 percent.\n",
        published="2012-01-03",
    )
    assert [(t.text, t.value.value) for t in article.times] == [("2011", "2011"), ("2011", "2011")]
