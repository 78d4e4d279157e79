import pytest

import dateline


def _times(body, published="2009-06-03"):
    (article,) = dateline.extract(f"Carmaker update\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The carmaker said in March that it would cut 7,000 jobs in May.", ("May", "2009-05")),
        (
            "In January the lender said it would run out of money by March.",
            ("March", "2009-03"),
        ),
        (
            "The bank announced last December that it would repay the loan by the end of the year.",
            ("the end of the year", "2008"),
        ),
    ],
)
def test_a_date_said_months_ago_to_be_ahead_is_the_one_ahead_then(body, expected):
    assert expected in _times(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # said this month or this week: ahead of the publication day, as before
        (
            "The union said on Monday that it would vote on the deal on Friday.",
            ("Friday", "2009-06-05"),
        ),
        ("The supplier said last week it would decide in July.", ("July", "2009-07")),
        (
            "The company said in April it would close the plant in December.",
            ("December", "2009-12"),
        ),
    ],
)
def test_a_date_said_lately_to_be_ahead_is_still_ahead(body, expected):
    assert expected in _times(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Published on Saturday 2009-06-06: a weekday said on Thursday to be ahead is the day after.
        ("Aides said on Thursday the merger would close on Friday.", ("Friday", "2009-06-05")),
        ("Aides said on Thursday the merger could close on Friday.", ("Friday", "2009-06-05")),
        # Said on the publication day itself: still ahead of it.
        ("Aides said on Saturday the merger would close on Friday.", ("Friday", "2009-06-12")),
    ],
)
def test_a_weekday_said_a_few_days_ago_to_be_ahead_is_counted_from_that_day(body, expected):
    assert expected in _times(body, published="2009-06-06")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "and it has recently forecast" tells another act, not dated by 2007
        (
            (
                "In 2007, the insurer reported a 12% rise in profits to $3bn, and it has recently "
                "forecast further gains in 2008, predicting that full year profits would rise 9%."
            ),
            ("full year", "2008"),
        ),
        (
            (
                "In 2007 the brewer posted a record profit, and it has lately forecast growth in "
                "2008, predicting full year sales would rise 4%."
            ),
            ("full year", "2008"),
        ),
    ],
)
def test_a_clause_of_its_own_after_and_is_not_dated_by_the_first(body, expected):
    assert expected in _times(body, published="2009-01-20")


def test_a_second_clause_of_what_was_said_shares_the_saying():
    body = (
        "The carmaker said in March that it would sell the unit and it would shut the plant by May."
    )
    assert ("May", "2009-05") in _times(body, published="2009-11-20")


@pytest.mark.parametrize(
    "body",
    [
        "The carmaker said it lost $1.5bn in 2008 and would lose money again this year.",
        "The company said it lost money in 2008 and would cut 13,000 jobs this year.",
    ],
)
def test_a_year_of_another_thing_said_does_not_date_the_saying(body):
    # "in 2008" dates the loss, one thing said; "would lose money this year" is another, and
    # the saying itself is undated: this year is the publication day's.
    assert ("this year", "2009") in _times(body)
