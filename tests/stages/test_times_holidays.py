import datetime as dt

import pytest

import dateline
from dateline.stages.times.holidays import easter, movable_day


@pytest.mark.parametrize(
    ("year", "day"),
    [(2005, "2005-03-27"), (2008, "2008-03-23"), (2009, "2009-04-12"), (2024, "2024-03-31")],
)
def test_easter_sunday_is_the_computus_day(year, day):
    assert easter(year).isoformat() == day


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("good friday", "2008-03-21"),
        ("easter monday", "2008-03-24"),
        ("thanksgiving", "2008-11-27"),
        ("black friday", "2008-11-28"),
        ("labor day", "2008-09-01"),
        ("memorial day", "2008-05-26"),
    ],
)
def test_a_movable_holiday_falls_on_its_day_of_the_year(name, day):
    assert movable_day(name, 2008) == dt.date.fromisoformat(day)


def _values(body, published="2008-10-15"):
    (article,) = dateline.extract(f"Shops in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


def test_a_holiday_that_starts_or_ends_a_name_is_no_date():
    assert _values("The Good Friday Agreement was signed by both governments.") == []
    assert _values("Tourists flew to Easter Island for the eclipse.") == []
    assert _values("He will attend Holocaust Memorial Day events in Krakow.") == []


def test_a_holiday_takes_its_year_and_its_this_or_last():
    assert _values("The shop first opened on Easter Monday 2005.") == [
        ("Easter Monday 2005", "2005-03-28")
    ]
    assert _values("Trade was weak last Easter.") == [("last Easter", "2008-03-23")]
