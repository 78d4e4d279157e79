import dateline


def _times(body, published="2005-02-09"):
    (article,) = dateline.extract(f"Results day\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


def test_a_half_of_no_year_after_a_fiscal_half_is_of_that_fiscal_year():
    times = _times(
        "The ferry operator reported a fiscal first-half loss of $12m on Tuesday. "
        "It expects a return to profit in the second half, helped by lower fuel bills. "
        "Full-year sales are forecast to reach $900m."
    )
    assert ("fiscal first-half", "FY2005-H1") in times
    assert ("the second half", "FY2005-H2") in times
    assert ("Full-year", "FY2005") in times


def test_a_part_told_with_its_year_is_the_calendars_and_ends_the_fiscal_run():
    times = _times(
        "The toolmaker posted fiscal third-quarter sales of $2bn. In the fourth quarter "
        "of 2004 the economy slowed, and it picked up again in the first quarter."
    )
    assert ("the fourth quarter of 2004", "2004-Q4") in times
    assert not any(value.startswith("FY") for text, value in times if text == "the first quarter")


def test_a_part_told_by_its_rank_alone_is_of_the_year_of_the_part_beside_it():
    times = _times(
        "The first quarter brought growth of 5.2%, with the second coming in at 0.8%, "
        "the agency said on Monday.",
        published="2004-12-15",
    )
    assert ("The first quarter", "2004-Q1") in times
    assert ("the second", "2004-Q2") in times


def test_a_higher_rank_a_figure_is_compared_from_is_of_the_year_before():
    times = _times(
        "Output rose 1.1% in the first quarter of 2004, up from 0.4% in the fourth.",
        published="2004-06-20",
    )
    assert ("the fourth", "2003-Q4") in times
