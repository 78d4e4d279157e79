import pytest

import dateline
from dateline.records import DateValue
from dateline.stages.times.within import resolve_within

YEAR = DateValue("2031", "year", "given", "2031")
MONTH = DateValue("2031-03", "month", "given", "2031-03")


@pytest.mark.parametrize(
    ("words", "published", "tense", "value"),
    [
        ("last year", YEAR, None, "2030"),
        ("three years ago", YEAR, None, "2028"),
        ("next year", YEAR, "future", "2032"),
        ("January", YEAR, "past", "2031-01"),  # done by any day of 2031: its January
        ("last month", MONTH, None, "2031-02"),
        ("this month", MONTH, None, "2031-03"),
        ("1998", YEAR, None, "1998"),
    ],
)
def test_a_date_every_day_of_the_publication_period_gives_is_kept(words, published, tense, value):
    assert resolve_within(words, published, tense=tense).value == value


@pytest.mark.parametrize(
    ("words", "published"),
    [
        ("on Tuesday", YEAR),
        ("last April", YEAR),  # April 2030 or April 2031, by the day of publication
        ("last week", MONTH),
        ("yesterday", MONTH),
    ],
)
def test_a_date_that_depends_on_the_publication_day_stays_unknown(words, published):
    assert resolve_within(words, published).value is None


def test_an_article_of_a_known_year_dates_last_year():
    (article,) = dateline.extract(
        "Report\n\nLast year, the firm sold its stake in the mine. It met the union on Tuesday.\n",
        published="2031",
    )
    assert [(t.text, t.value.value) for t in article.times] == [
        ("Last year", "2030"),
        ("Tuesday", None),
    ]
