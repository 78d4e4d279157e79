import pytest

import dateline


def _values(body, published="2014-06-02"):
    (article,) = dateline.extract(f"Talks in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Published Monday June 2: the time takes the weekday after it, not Sunday's date.
        (
            "The union spoke on Sunday evening. Bankers met at noon Monday.",
            [("Sunday evening", "2014-06-01"), ("noon Monday", "2014-06-02")],
        ),
        (
            "The union spoke on Sunday evening. Bankers must answer by midnight Wednesday.",
            [("Sunday evening", "2014-06-01"), ("midnight Wednesday", "2014-06-04")],
        ),
    ],
)
def test_a_time_of_day_before_a_weekday_is_one_expression_on_that_day(body, expected):
    assert _values(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Published 2014-01-08: the period just over is the last one, not the one under way.
        ("The brewer's sales rose in the year just ended.", ("the year just ended", "2013")),
        ("Its margin widened in the quarter just gone.", ("the quarter just gone", "2013-Q4")),
    ],
)
def test_a_period_told_as_just_over_is_the_last_one(body, expected):
    assert expected in _values(body, published="2014-01-08")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("At 3:45 p.m. ET the Nasdaq was up 1 percent.", ("3:45 p.m. ET", "2014-06-02")),
        ("By noon EDT, shares of the lender were up 3 percent.", ("noon EDT", "2014-06-02")),
        (
            "By 9:30 a.m. New York time, crude was at $68.",
            ("9:30 a.m. New York time", "2014-06-02"),
        ),
        ("The Nikkei closed at 3 p.m. Tokyo time.", ("3 p.m. Tokyo time", "2014-06-02")),
    ],
)
def test_the_zone_after_a_clock_time_is_part_of_it(body, expected):
    # TimeML keeps the zone in the expression, as "08:30 UTC" keeps UTC.
    assert expected in _values(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Published Monday June 2: an index level with a thousands comma is no part of the day.
        ("The Oslo index ended at 1,283.45 Friday.", [("Friday", "2014-05-30")]),
        ("The Kospi slid 31 points to 2,004.17 yesterday.", [("yesterday", "2014-06-01")]),
        ("The Ibex closed at 10,912.6 last week.", [("last week", "2014-W22")]),
    ],
)
def test_an_index_level_the_model_takes_with_a_day_is_no_part_of_it(body, expected):
    assert _values(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        (
            "The finance director forecast growth for 2014, predicting that full year revenues "
            "would rise 5% to $3bn."
        ),
        (
            "The chairman forecast losses for 2014, warning that full year profits would fall 20% "
            "to £1bn."
        ),
    ],
)
def test_the_conjunction_before_a_period_is_no_part_of_it(body):
    # "that" opens the clause the figures are told in ("that year" keeps its determiner), and
    # the year is the one the forecast was of
    assert ("full year", "2014") in _values(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Published 2014-06-02: one expression, the company's year, not a year and a month.
        (
            "The brewer cut its forecast for the current financial year to March 2015.",
            [("the current financial year to March 2015", "FY2015")],
        ),
        (
            "The insurer lost $80m in its fiscal year ending September 30.",
            [("fiscal year ending September 30", "FY2014")],
        ),
    ],
)
def test_a_fiscal_year_told_with_the_month_it_runs_to_is_one_expression(body, expected):
    assert [(text.removeprefix("its "), value) for text, value in _values(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Published Monday 2 June 2014: the comparison is the figures', not the date's.
        ("Timber profits were better than a year before.", ("a year before", "2013")),
    ],
)
def test_a_comparison_the_model_takes_into_a_date_is_cut(body, expected):
    assert expected in _values(body)


def test_a_bound_on_a_time_stays_in_it():
    assert "more than a year ago" in [t for t, _ in _values("The mine shut more than a year ago.")]


def test_the_next_day_after_a_comma_keeps_its_article():
    body = "On Sunday night, the union met the owners; the next day dockers walked out."
    assert ("the next day", "2014-06-02") in _values(body)
