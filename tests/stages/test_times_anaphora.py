import dateline


def _times(body, published="2005-03-16"):
    (article,) = dateline.extract(f"Talks in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


def test_an_anaphoric_day_is_counted_from_the_day_the_text_named_last():
    times = _times(
        "The talks began on Monday. The next day they failed, and the envoy left "
        "the following week."
    )
    assert ("The next day", "2005-03-15") in times
    assert ("the following week", "2005-W12") in times


def test_an_anaphoric_year_takes_the_year_of_the_date_before_it():
    assert ("The following year", "1998") in _times(
        "The party won power in 1997. The following year it lost a by-election."
    )
    assert ("a year earlier", "2006") in _times(
        "The plant opened on 12 May 2007, and sales doubled from a year earlier."
    )


def test_the_same_period_a_year_earlier_is_the_period_the_text_named_last_a_year_back():
    assert ("a year earlier", "2007-Q4") in _times(
        "Sales fell 5% in the fourth quarter of 2008 from a year earlier."
    )
    assert ("the same period last year", "2004-01") in _times(
        "Car sales rose 3% in January, against a fall in the same period last year."
    )
    assert ("the same period a year earlier", "2003-H2") in _times(
        "The bank made £2bn in the second half of 2004, up from £1.5bn in the same "
        "period a year earlier."
    )


def test_with_no_earlier_date_it_is_counted_from_the_publication_day():
    assert ("the previous day", "2005-03-15") in _times("He said the previous day was hard.")


def test_a_count_of_units_later_is_counted_from_the_date_before_it():
    times = _times(
        "The treaty was signed in 1970. 34 years later it was torn up. The probe was due "
        "on November 5, but landed three days later."
    )
    assert ("34 years later", "2004") in times
    assert ("three days later", "2004-11-08") in times


def test_the_following_or_previous_weekday_is_counted_from_the_day_named_last():
    times = _times(
        "The strike began on 3 March. It ended the following Monday, and talks had "
        "failed the previous Friday."
    )
    assert ("the following Monday", "2005-03-07") in times
    assert ("the previous Friday", "2005-03-04") in times


def test_the_previous_weekday_said_of_no_day_is_the_last_one():
    assert ("the previous Friday", "2005-03-11") in _times("Talks failed the previous Friday.")


def test_a_qualified_count_later_is_counted_from_the_date_before_it():
    times = _times(
        "The singer left the band in 1983. More than 20 years later he went solo, and "
        "the album came out on 3 June 2004; a couple of weeks later it topped the chart."
    )
    assert ("More than 20 years later", "2003") in times
    assert ("a couple of weeks later", "2004-W25") in times


def test_a_year_earlier_written_as_one_word_is_the_period_a_year_back():
    times = _times(
        "Net income rose to $1.2bn in the third quarter of 2008 from $900m in the "
        "year-earlier period. The firm earned $3bn in 2007, up from $2bn the prior year."
    )
    assert ("the year-earlier period", "2007-Q3") in times
    assert ("the prior year", "2006") in times


def test_a_part_of_an_anaphoric_date_is_counted_like_it():
    times = _times(
        "The prime minister will see the Queen on 4 April and call the election at the end "
        "of that week."
    )
    assert ("the end of that week", "2005-W14") in times


def test_the_quarter_is_the_quarter_the_text_named_last():
    times = _times(
        "The carmaker lost $2bn in the fourth quarter of 2004. Sales for the quarter fell "
        "8%, and in the same quarter its rival made a profit."
    )
    assert ("the quarter", "2004-Q4") in times
    assert ("the same quarter", "2004-Q4") in times


def test_the_quarter_named_first_is_the_one_just_ended_when_its_figures_are_done():
    assert _times("Profit at the miner rose 12% in the quarter.") == [("the quarter", "2004-Q4")]
    assert _times("The miner expects sales to rise in the quarter.") == [("the quarter", "2005-Q1")]


def test_the_full_year_after_a_part_of_it_is_that_part_s_year():
    times = _times(
        "The brewer said fourth-quarter sales rose 2%. For the full year, profit fell, "
        "and earnings for the year were flat."
    )
    assert ("the full year", "2004") in times
    assert ("the year", "2004") in times


def test_the_year_after_a_day_or_qualified_is_still_the_year_under_way():
    times = _times(
        "The brewer reported on Tuesday. The year began badly. Sales rose in 2003; "
        "they fell at the beginning of the year."
    )
    assert ("The year", "2005") in times
    assert ("the beginning of the year", "2005") in times


def test_the_quarter_after_a_comparison_is_the_quarter_told():
    times = _times(
        "The carmaker lost $2bn in the fourth quarter of 2004. A year earlier it made a "
        "profit. Revenue for the quarter fell 18%."
    )
    assert ("A year earlier", "2003-Q4") in times
    assert ("the quarter", "2004-Q4") in times


def test_the_same_month_last_year_is_the_month_named_last_a_year_back():
    assert ("the same month last year", "2004-01") in _times(
        "Car sales fell 26% in January from the same month last year."
    )


def test_a_count_earlier_with_no_date_before_it_is_counted_from_the_publication_day():
    assert _times("The index had risen 1% a day earlier.") == [("a day earlier", "2005-03-15")]


def test_a_year_ago_compared_with_is_the_period_named_last_a_year_back():
    times = _times(
        "The miner earned $12m in the fourth quarter of 2004, against earnings of $95m "
        "a year ago. Its founder was arrested a year ago."
    )
    assert times == [
        ("the fourth quarter of 2004", "2004-Q4"),
        ("a year ago", "2003-Q4"),
        ("a year ago", "2004"),
    ]


def test_a_year_ago_that_a_figure_of_now_is_compared_with_counts_from_the_publication_day():
    # the figure is today's: the season named before is not the period it is of
    times = _times(
        "Traders expect demand to rise in the summer. Copper prices are roughly 30% higher "
        "than a year ago. Profit at the smelter fell in the third quarter and was down "
        "from $40m a year ago."
    )
    assert times == [
        ("the summer", "2005-SU"),
        ("a year ago", "2004"),
        ("the third quarter", "2004-Q3"),
        ("a year ago", "2003-Q3"),
    ]


def test_year_ago_levels_a_price_of_now_is_told_against_are_the_year_before_publication():
    # the season named before, and a record's month in the same sentence, date nothing told of now;
    # a quarter's figures against year-ago levels are that quarter's, a year back
    times = _times(
        "Heating oil fell on mild winter weather in Europe. Despite a drop of $9 from the "
        "peak reached in early November, heating oil stays about 25% above year-ago levels. "
        "Fourth-quarter sales at the refiner rose 6% from year-ago levels."
    )
    assert times == [
        ("winter", "2004-WI"),
        ("early November", "2004-11"),
        ("year-ago", "2004"),
        ("Fourth-quarter", "2004-Q4"),
        ("year-ago", "2003-Q4"),
    ]


def test_a_year_earlier_after_a_year_ago_is_the_period_told_a_year_back():
    times = _times(
        "GM sales sank 12% in February compared to a year ago, and Ford sales fell to "
        "1.2 million from 1.3 million a year earlier."
    )
    assert [v for _, v in times] == ["2005-02", "2004-02", "2004-02"]


def test_the_same_month_is_not_the_month_a_figure_was_compared_with():
    times = _times(
        "Hospital waiting lists in Wales grew in November, up by 1,800 on the previous "
        "month. Over the same month, Scottish lists shrank."
    )
    assert ("the previous month", "2004-10") in times
    assert ("the same month", "2004-11") in times


def test_the_same_period_of_a_year_is_the_period_the_text_named_last_in_that_year():
    assert ("the same period of 2003", "2003-Q4") in _times(
        "Gifts to the party in the fourth quarter were far larger than in the same period of 2003."
    )
    assert ("the same period of the last year", "FY2004") in _times(
        "Profit in the financial year doubled, against $300m in the same period of the last year."
    )


def test_the_same_period_of_a_year_after_a_period_no_value_writes_is_that_year():
    assert ("the same period in 2003", "2003") in _times(
        "Exports rose in November. The shortfall for the first eleven months of 2004 was "
        "£30bn, £3bn more than in the same period in 2003."
    )


def test_the_same_year_period_and_the_month_before_are_counted_from_the_date_named_last():
    times = _times(
        "Profit rose in the third quarter, up from the same 2003 period. The trade gap was "
        "$9bn in November, down from $10bn the month before."
    )
    assert ("the same 2003 period", "2003-Q3") in times
    assert ("the month before", "2004-10") in times


def test_a_year_earlier_after_the_three_months_to_a_month_is_that_quarter_a_year_back():
    times = _times(
        "Profit at the brewer rose 12% to $80m in the three months to December, from $71m "
        "year-earlier. Sales in the six months to June climbed to $1bn, against $900m a year "
        "earlier."
    )
    assert ("December", "2004-12") in times  # the mention keeps its own value
    assert ("year-earlier", "2003-Q4") in times
    # the sales "climbed": the six months to the June before March 2005, and a year before them
    assert ("a year earlier", "2003-H1") in times


def test_the_period_a_figure_is_compared_with_is_not_the_one_told():
    times = _times(
        "The carmaker earned $400m in the October-to-December period, well down from $700m in the "
        "fourth quarter of 2003. Sales in the quarter fell 2%, and costs rose from $90m a year "
        "earlier. Output fell to 1m cars from 1.2m cars in 2003; for the year as a whole it "
        "fell 3%."
    )
    assert ("the quarter", "2004-Q4") in times
    assert ("a year earlier", "2003-Q4") in times
    assert ("the year", "2004") in times  # "for the year as a whole"


def test_the_period_a_rate_is_compared_with_is_not_the_one_told():
    times = _times(
        "Inflation rose to 3.1% in November from 2.8% in October, and the rate for the month "
        "was the highest in years.\n\nThe bank's profit rose in 2004. It cut its costs to 40% "
        "of income from 45 per cent in 2003, and its debt to $1bn from $3bn a year earlier."
    )
    assert ("the month", "2004-11") in times
    assert ("a year earlier", "2003") in times


def test_a_figure_compared_unfavourably_with_a_year_is_no_period_told():
    times = _times(
        "Margins at the bank narrowed in the second half of 2004 and compared unfavourably "
        "with 2003's levels. For the full year, profit rose 5%."
    )
    assert ("the full year", "2004") in times


def test_a_share_up_on_its_year_names_no_period_told():
    times = _times(
        "The toymaker's sales in the fourth quarter of 2004 rose 9% on their 2003 total. "
        "The board said it had met its full-year targets."
    )
    assert ("full-year", "2004") in times


def test_a_year_counted_to_a_month_other_than_december_is_a_fiscal_year():
    times = _times(
        "The ferry operator expects its full year results to March 2005 to show a loss. "
        "It had forecast a 2% fall in full-year revenue.",
    )
    assert ("full year", "FY2005") in times
    assert ("full-year", "FY2005") in times


def test_the_month_alone_is_the_month_the_text_named_last():
    times = _times(
        "Van sales fell 4% in February. Only one importer gained market share during the "
        "month, with sales up 6%."
    )
    assert ("the month", "2005-02") in times


def test_the_day_is_the_day_the_text_named_last():
    times = _times(
        "Copper climbed on Friday on fears of a strike in Chile, but the metal gave up its "
        "gains by the end of the day."
    )
    assert ("the end of the day", "2005-03-11") in times


def test_a_day_saved_is_no_date():
    times = _times("Strong loan profits saved the day for the carmaker on Thursday.")
    assert [text for text, _ in times] == ["Thursday"]


def test_an_owner_s_full_year_is_the_year_of_the_period_named_last():
    times = _times(
        'The media firm made $1bn in the fourth quarter of 2004. "We met all of our full-year '
        'goals," its chairman said.'
    )
    assert ("our full-year", "2004") in times


def test_the_prior_year_or_year_earlier_period_is_the_period_named_last_a_year_back():
    times = _times(
        "The carmaker lost $6bn in the first quarter of 2009. Revenue fell 47% from the "
        "prior-year quarter, and sales in March 2009 fell from the year-earlier month."
    )
    assert ("the prior-year quarter", "2008-Q1") in times
    assert ("the year-earlier month", "2008-03") in times


def test_the_same_time_or_corresponding_period_last_year_is_one_date_a_year_back():
    times = _times(
        "Shop sales rose 4% in February, compared with the same time last year. Car sales "
        "in the second half of 2004 were below the corresponding period last year."
    )
    assert ("the same time last year", "2004-02") in times
    assert ("the corresponding period last year", "2003-H2") in times
    assert not any(text in ("the same time", "last year") for text, _ in times)


def test_this_time_last_year_said_of_no_period_is_the_year_before():
    assert _times("This time last year the plant was busy.") == [("This time last year", "2004")]


def test_the_prior_or_preceding_period_is_counted_from_the_date_named_last():
    assert ("the prior day", "2008-10-05") in _times(
        "The bourse rose 3% on Monday, after a loss of 2% the prior day.", "2008-10-07"
    )
    assert ("the preceding month", "2008-08") in _times(
        "In September, import prices rose 0.3% from the preceding month.", "2008-10-07"
    )
    assert ("the prior week", "2008-W39") in _times(
        "On Friday the index stood 5% below the prior week.", "2008-10-07"
    )


def test_the_previous_session_is_the_last_weekday_before_the_day_named_last():
    assert ("the previous session", "2008-10-06") in _times(
        "The Hang Seng slid 3% on Tuesday, having gained 2% in the previous session.",
        "2008-10-07",
    )
    assert ("the previous trading day", "2008-10-03") in _times(
        "The rand firmed on Monday after weakening 1% the previous trading day.", "2008-10-07"
    )


def test_the_day_told_with_the_day_after_it_is_that_day():
    assert ("the day", "2005-03-15") in _times(
        "Traders cheered as the bourse shut for the day on Tuesday at a record."
    )


def test_this_time_last_year_after_a_whole_year_is_the_year_before_publication():
    times = _times(
        "Heating oil now costs more than its 2004 average, and stocks are 5% above this time "
        "last year."
    )
    assert ("this time last year", "2004") in times


def test_this_time_last_year_is_the_publication_day_s_year_back_whatever_was_told():
    times = _times(
        "Demand for petrol will rise in the summer, and stocks are now 9% above this time "
        "last year. Car sales rose 4% in February, against 2% at this time a year ago."
    )
    assert ("this time last year", "2004") in times  # not last summer
    assert ("this time a year ago", "2004") in times


def test_a_part_of_the_month_is_of_the_month_under_way_not_the_one_named():
    (article,) = dateline.extract(
        "Jet delayed\n\nThe jet first flew on 11 December. The lessor asked that a ruling "
        "be given before the end of the month. Orders rose in March; in the month, prices fell.\n",
        published="2010-01-25",
    )
    values = {t.text: t.value.value for t in article.times}
    assert values["the end of the month"] == "2010-01"
    assert values["the month"] == "2009-03"  # the month alone is the one named last


def test_the_previous_year_compared_with_is_the_period_named_last_a_year_back():
    times = _times(
        "The brewer's earnings for the three months to December were 2% up on the year before. "
        "Its van sales fell 30% from the previous year in the last quarter of 2004.",
    )
    assert ("the year before", "2003-Q4") in times
    assert ("the previous year", "2004") not in times


def test_a_quarter_told_by_its_first_and_last_months_is_what_counts_from_it():
    times = _times(
        "Home sales between October and December fell by a tenth from the same period in "
        "2003. Between July and September, output rose 3% from a year earlier."
    )
    assert ("the same period in 2003", "2003-Q4") in times
    assert ("a year earlier", "2003-Q3") in times


def test_a_part_of_the_day_told_with_the_day_after_it_is_that_day():
    assert ("the day", "2005-03-11") in _times(
        "Dealing in the miner's shares was halted for most of the day on Friday."
    )


def test_a_full_year_told_with_no_part_of_it_is_the_last_one_when_done():
    done = _times(
        "The retailer made a loss for the full year, its first in a decade.",
        published="2005-01-20",
    )
    ahead = _times(
        "The retailer expects to make a profit for the full year, its chairman said.",
        published="2005-01-20",
    )
    assert ("the full year", "2004") in done
    assert ("the full year", "2005") in ahead


def test_hours_or_minutes_later_with_no_count_fall_on_the_day_told():
    times = _times(
        "The lorry overturned on the ring road on 9 March. Hours later, engineers had "
        "cleared one lane. The council met on Monday; a few minutes later the vote was lost."
    )
    assert ("Hours later", "2005-03-09") in times
    assert ("a few minutes later", "2005-03-14") in times


def test_a_length_counted_back_as_the_term_of_a_comparison_is_the_period_before():
    times = _times(
        "Norland's output rose 0.8% in the fourth quarter of 2030 compared with the previous "
        "three month period. Harbour Steel's sales rose 4% in 2031 compared with the previous "
        "12 months. Prices have risen 2% over the previous three months."
    )
    compared = ("the previous three month", "the previous three month period")  # by the model
    assert [v for t, v in times if t in compared] == ["2030-Q3"]
    assert ("the previous 12 months", "2030") in times
    assert ("the previous three months", None) in times  # a length, compared with nothing


def test_a_years_length_counted_back_after_a_fiscal_year_is_the_fiscal_year_before():
    times = _times(
        "Harbour Air made a profit in the first half of fiscal 2031, and expects full-year "
        "profit to rise from the previous 12 months. Analysts see full-year sales up 3%.",
        published="2031-03-16",
    )
    assert ("the previous 12 months", "FY2030") in times
    assert [v for t, v in times if t == "full-year"] == ["FY2031", "FY2031"]  # not the term


def test_the_previous_year_is_counted_from_the_year_told_not_the_year_compared_with():
    times = _times(
        "The carmaker sold nearly 90,000 cars in Asia last year, up 3.1% on 2003. It sold "
        "more than 200 of its sports models, compared with just 40 the previous year."
    )
    assert ("the previous year", "2003") in times  # the year before 2004, not before 2003


def test_a_day_counted_on_is_not_counted_from_the_date_a_record_is_told_since():
    times = _times(
        "The index fell 6% on Monday, its biggest drop since 17 September 2001. It "
        "rebounded the next day, after falling 2% the previous day.",
        published="2009-03-04",
    )
    assert ("the next day", "2009-03-03") in times
    assert ("the previous day", "2009-03-02") in times


def test_the_week_after_a_day_told_is_that_days_week():
    times = _times(
        "The index closed at 8,451 on Friday, down 18% for the week. Earlier in the week "
        "it had lost 7% in a day.",
        published="2008-10-15",
    )
    assert ("Friday", "2008-10-10") in times
    assert ("the week", "2008-W41") in times
    assert ("Earlier in the week", "2008-W41") in times


def test_the_week_with_no_day_told_before_it_is_the_publication_days():
    assert ("the week", "2008-W42") in _times(
        "The index has lost 9% over the week.", published="2008-10-15"
    )


def test_the_week_after_a_weekend_day_is_not_counted_from_it():
    # Sunday closes one week and opens the next as news tells them: the day before it decides.
    assert ("the beginning of the week", "2005-W11") in _times(
        "The firm had a strange week: on Tuesday it got a letter. A spokesman said on Sunday "
        "the regulator had called at the beginning of the week."
    )
