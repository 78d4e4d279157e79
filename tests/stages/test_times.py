import pytest

from dateline.stages.times import explicit_date


@pytest.mark.parametrize(
    ("words", "value", "precision"),
    [
        ("February 16, 2024", "2024-02-16", "day"),
        ("16 February 2024", "2024-02-16", "day"),
        ("October 2022", "2022-10", "month"),
        ("2011", "2011", "year"),
        ("November 20", "--11-20", "day"),
        ("the 20th of November", "--11-20", "day"),
    ],
)
def test_dates_that_name_themselves(words, value, precision):
    date = explicit_date(words)
    assert (date.value, date.precision, date.basis, date.text) == (value, precision, "text", words)


@pytest.mark.parametrize(
    "words", ["Sunday", "last week", "three months ago", "earlier this month", "January", "today"]
)
def test_relative_or_partial_expressions_get_no_value(words):
    date = explicit_date(words)
    assert (date.value, date.precision, date.basis, date.text) == (None, "none", "none", words)
