import datetime as dt

import pytest

import dateline
from dateline.stages.times import resolve

# A Thursday in January: winter is under way, the summer and the first half year are ahead.
THURSDAY = dt.date(2031, 1, 16)


@pytest.mark.parametrize(
    ("words", "value", "precision"),
    [
        ("summer 2029", "2029-SU", "season"),
        ("the spring of 2030", "2030-SP", "season"),
        ("last summer", "2030-SU", "season"),
        ("this winter", "2030-WI", "season"),  # the winter that began in December
        ("next autumn", "2031-FA", "season"),
        ("last fall", "2030-FA", "season"),
        ("the first half of 2029", "2029-H1", "half"),
        ("the second half of last year", "2030-H2", "half"),
        ("H1 2029", "2029-H1", "half"),
        ("H2 last year", "2030-H2", "half"),
        ("1H 2029", "2029-H1", "half"),  # as analysts write it; was read as 1999
        ("2H last year", "2030-H2", "half"),
        ("the first half of FY2029", "FY2029-H1", "half"),  # a company's year, written short
        ("H2 FY2030", "FY2030-H2", "half"),
        ("the 1970s", "197", "decade"),
        ("the mid-'80s", "198", "decade"),
        ("the 1990's", "199", "decade"),
        ("the late 1980's", "198", "decade"),
        ("the nineties", "199", "decade"),
        ("the past decade", "202", "decade"),
        ("this decade", "203", "decade"),
        ("fiscal 2030", "FY2030", "year"),
        ("FY30", "FY2030", "year"),  # as analysts write it
        ("FY98", "FY1998", "year"),
        ("the 2030 financial year", "FY2030", "year"),
        ("the financial year", "FY2031", "year"),  # the one under way
        ("the current fiscal year", "FY2031", "year"),
        ("last fiscal year", "FY2030", "year"),
        ("the previous financial year", "FY2030", "year"),
        ("next fiscal year", "FY2032", "year"),
        ("2029/30", "FY2030", "year"),  # a year written across two, as British budgets are
        ("1998/9", "FY1999", "year"),
        ("1999/2000", "FY2000", "year"),
        ("the 2029/30 financial year", "FY2030", "year"),
        # a company's year told with the month it runs to is named by the year that month is in
        ("the current financial year to March 2032", "FY2032", "year"),
        ("its fiscal year ending June 30", "FY2031", "year"),  # the next June 30
        ("the financial year ended 31 March", "FY2030", "year"),  # the last March
        ("next fiscal year ending in September", "FY2032", "year"),
        ("now", "PRESENT_REF", "vague"),
        ("currently", "PRESENT_REF", "vague"),
        ("recent years", "PAST_REF", "vague"),
        ("previous years", "PAST_REF", "vague"),  # as "recent years": the years before, no count
        ("in the near future", "FUTURE_REF", "vague"),
        ("the first month of the year", "2031-01", "month"),
        ("the last month of 2030", "2030-12", "month"),
        ("the final month of last year", "2030-12", "month"),
        ("the third month of 2029", "2029-03", "month"),
        ("the 20th century", "19", "century"),
        ("the early 21st century", "20", "century"),
        ("the nineteenth century", "18", "century"),
        ("the last century", "19", "century"),
        ("this century", "20", "century"),
    ],
)
def test_periods_are_written_as_timeml_writes_them(words, value, precision):
    date = resolve(words, THURSDAY)
    assert (date.value, date.precision, date.text) == (value, precision, words)


def test_a_season_without_a_word_for_its_side_follows_the_tense():
    assert resolve("the summer", THURSDAY, tense="past").value == "2030-SU"
    assert resolve("the summer", THURSDAY, tense="future").value == "2031-SU"


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (dt.date(2031, 3, 12), "2030-SP"),  # spring had begun days before: the last one
        (dt.date(2031, 5, 20), "2031-SP"),  # well under way: this one
    ],
)
def test_a_season_told_as_done_just_after_it_began_is_the_last_one(published, value):
    assert resolve("the spring", published, tense="past").value == value


def test_a_season_told_as_done_in_a_sentence_is_the_last_one_when_it_had_just_begun():
    text = "Airline\n\nIn the spring the carrier tested seat-back screens on two routes.\n"
    (article,) = dateline.extract(text, published="2031-03-12")
    assert [(t.text, t.value.value) for t in article.times] == [("the spring", "2030-SP")]


def test_the_fall_of_something_is_no_season():
    assert resolve("the fall", THURSDAY).value is None


def test_a_period_counted_from_an_unknown_day_gets_no_value():
    assert resolve("last summer", None).value is None
    assert resolve("the past decade", None).value is None
    assert resolve("the financial year", None).value is None
    assert resolve("summer 2029", None).value == "2029-SU"


def _times(body, published="2005-09-14"):
    (article,) = dateline.extract(f"Results in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


def test_a_half_year_with_no_year_is_found_and_follows_the_tense():
    assert _times("Sales at the brewer fell in the first half as demand weakened.") == [
        ("the first half", "2005-H1")
    ]
    assert _times("The brewer said first-half profit rose 10%.") == [("first-half", "2005-H1")]
    assert resolve("second-half", THURSDAY, tense="past").value == "2030-H2"


def test_a_half_of_a_game_is_no_half_year():
    assert _times("The striker scored twice in the second half.") == []


def test_the_decade_is_the_one_under_way():
    assert resolve("the end of the decade", THURSDAY).value == "203"


def test_a_decade_written_with_an_apostrophe_is_found_whole():
    text = (
        "Brightwater Mills, a textile maker, expanded in the 1990's and closed two plants "
        "in the mid-1970's. Its 2010's results were poor."
    )
    (article,) = dateline.extract(text, published="2031-01-16")
    values = {t.text: t.value.value for t in article.times}
    assert values["the 1990's"] == "199"
    assert values["the mid-1970's"] == "197"
    assert "the 2010's" not in values  # a year's results, not a decade


def test_two_years_that_do_not_follow_each_other_are_no_fiscal_year():
    assert not (resolve("2029/31", THURSDAY).value or "").startswith("FY")


@pytest.mark.parametrize(
    ("words", "published", "value"),
    [
        ("this winter", dt.date(2005, 3, 16), "2004-WI"),  # the winter just gone
        ("this winter", dt.date(2005, 10, 5), "2005-WI"),
        ("this summer", dt.date(2005, 9, 20), "2005-SU"),
        ("the second half last year", dt.date(2005, 3, 16), "2004-H2"),
        ("the first half next year", dt.date(2005, 3, 16), "2006-H1"),
    ],
)
def test_a_season_just_over_and_a_half_told_with_its_year(words, published, value):
    assert resolve(words, published).value == value
