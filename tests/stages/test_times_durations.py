"""How long a time expression lasts: ISO 8601 durations as TimeML writes them."""

import pytest

import dateline
from dateline.stages.times.durations import duration_of


def _durations(text, published="2031-01-16"):
    """Each time mention's duration by its text."""
    (article,) = dateline.extract(text, published=published)
    return {t.text: t.duration for t in article.times}


def _durations_told(text, published="2031-01-16"):
    """Each time mention's text and duration, in the order told (a text may come twice)."""
    (article,) = dateline.extract(text, published=published)
    return [(t.text, t.duration) for t in article.times]


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("three months", "P3M"),
        ("two years", "P2Y"),
        ("the past two years", "P2Y"),
        ("the next four years", "P4Y"),
        ("the first nine months", "P9M"),
        ("several weeks", "PXW"),
        ("the past few years", "PXY"),
        ("a couple of days", "P2D"),
        ("years", "PXY"),
        ("the coming months", "PXM"),
        ("a decade", "P10Y"),
        ("the past decade", "P10Y"),
        ("two decades", "P20Y"),
        ("decades", "PXY"),
        ("centuries", "PXY"),
        ("a century", "P100Y"),
        ("a quarter of a century", "P25Y"),
        ("a fortnight", "P2W"),
        ("the past week", "P1W"),
        # units before or after a time are a length, whichever word comes first
        ("two previous quarters", "P2Q"),
        ("the two previous months", "P2M"),
        ("the preceding three quarters", "P3Q"),
        ("the three preceding years", "P3Y"),
        ("the last year", "P1Y"),
        ("the coming year", "P1Y"),
        ("the coming week", "P1W"),
        ("thirty minutes", "PT30M"),
        ("12-hour", "PT12H"),
        ("27-year", "P27Y"),
        ("twenty-five years", "P25Y"),
        ("1,000 years", "P1000Y"),
        ("two and a half years", "P2.5Y"),
        ("a year and a half", "P1.5Y"),
        ("half an hour", "PT0.5H"),
        ("more than a week", "P1W"),
        ("almost three years", "P3Y"),
        ("just one year", "P1Y"),
        ("year-long", "P1Y"),
        ("the past couple of years", "P2Y"),
        ("the last couple of weeks", "P2W"),
        ("four consecutive days", "P4D"),
        ("six successive months", "P6M"),
        ("three straight years", "P3Y"),
        ("a single day", "P1D"),
        ("the past three trading days", "P3D"),
        ("ten business days", "P10D"),
        ("30 working days", "P30D"),
        ("a quarter-century", "P25Y"),
        ("just over a year", "P1Y"),
        ("slightly less than two weeks", "P2W"),
        ("close to three decades", "P30Y"),
        ("as little as 45 days", "P45D"),
        ("as many as ten years", "P10Y"),
    ],
)
def test_a_length_of_time_gets_its_iso_duration(words, duration):
    assert duration_of(words) == duration


@pytest.mark.parametrize(
    "words",
    [
        "three months ago",
        "two years later",
        "last year",
        "the following week",
        "the next day",
        "the first day",
        "the year",
        "the third quarter",
        "every week",
        "May 6, 2031",
        "five",
    ],
)
def test_a_date_or_a_set_is_no_duration(words):
    assert duration_of(words) is None


def test_the_times_stage_gives_durations_and_leaves_dates_without():
    text = (
        "Harbour Freight Ltd said on Monday that talks with the dockers' union had lasted "
        "three months. The firm plans to cut 300 jobs over the next four years. It has "
        "traded at the port since 2019."
    )
    (article,) = dateline.extract(text, published="2031-01-16")
    by_text = {t.text: t for t in article.times}
    assert by_text["three months"].duration == "P3M"
    assert by_text["the next four years"].duration == "P4Y"
    assert by_text["three months"].value.value is None  # a length dates nothing
    assert by_text["Monday"].duration is None
    assert by_text["2019"].duration is None


@pytest.mark.parametrize("words", ["two a month", "three a week"])
def test_count_words_that_make_no_number_give_no_duration(words):
    assert duration_of(words) is None


def test_a_counted_length_the_model_leaves_out_is_found_with_its_duration():
    text = (
        "The new ferry will enter service on May 3, two days before the regatta opens. "
        "The ferry itself arrives almost two and a half years late. "
        "A ten-year-old girl named the ship three years ago."
    )
    durations = _durations(text, published="2031-04-20")
    assert durations["two days"] == "P2D"
    assert durations["almost two and a half years"] == "P2.5Y"
    assert durations["three years ago"] == "P3Y"  # a date counted back a length
    assert not any("old" in words for words, length in durations.items() if length)  # an age


def test_a_year_told_as_a_rate_is_no_duration():
    text = (
        "The freighters save the carrier 90 million euros in fuel a year, while rivals "
        "lag. Refitting the fleet took a year."
    )
    (article,) = dateline.extract(text, published="2031-04-20")
    rate, length = (t for t in article.times if t.text == "a year")
    assert rate.duration is None  # how often, a set
    assert length.duration == "P1Y"


def test_a_count_and_a_half_is_one_length_not_a_range():
    durations = _durations_told(
        "Plant in Oslo\n\nThe plant has been shut for a year and a half.\n",
        published="2008-10-15",
    )
    assert durations == [("a year and a half", "P1.5Y")]


def test_a_date_counted_from_another_keeps_its_date_and_gets_the_length():
    text = (
        "The regional carrier Skyreach opened its Leeds base four years ago. A rival "
        "airline left the airport in 2027 and returned two years later."
    )
    (article,) = dateline.extract(text, published="2031-06-11")
    by_text = {t.text: t for t in article.times}
    assert by_text["four years ago"].value.value == "2027"
    assert by_text["four years ago"].duration == "P4Y"
    assert by_text["two years later"].value.value == "2029"
    assert by_text["two years later"].duration == "P2Y"
    assert by_text["2027"].duration is None


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("six weeks'", "P6W"),
        ("a year's", "P1Y"),
        ("about a month\u2019s", "P1M"),
        ("48 hours'", "PT48H"),
    ],
)
def test_a_length_told_as_an_owner_is_that_length(words, duration):
    assert duration_of(words) == duration


@pytest.mark.parametrize("words", ["last year's", "next week's", "the year's", "Tuesday's"])
def test_a_date_told_as_an_owner_is_no_duration(words):
    assert duration_of(words) is None


def test_the_stage_gives_a_length_with_a_possessive_its_duration():
    text = "Staff at the mill will get six weeks' paid leave, the owners said on Monday."
    (article,) = dateline.extract(text, published="2031-01-16")
    by_text = {t.text: t for t in article.times}
    assert by_text["six weeks'"].duration == "P6W"


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("the prior two months", "P2M"),
        ("one-and-a-half years", "P1.5Y"),
        ("a twenty year period", "P20Y"),
        ("the previous three month period", "P3M"),
        ("six quarters", "P6Q"),
        ("the next few quarters", "PXQ"),
        ("a few seconds", "PTXS"),
    ],
)
def test_lengths_told_in_business_forms_get_their_duration(words, duration):
    assert duration_of(words) == duration


@pytest.mark.parametrize("words", ["the last quarter", "the past quarter"])
def test_a_quarter_uncounted_is_no_length(words):
    assert duration_of(words) is None


@pytest.mark.parametrize(
    ("words", "duration"),
    [("a two hour", "PT2H"), ("an eight-hour", "PT8H"), ("a 12 month", "P12M")],
)
def test_an_article_before_a_count_is_the_article_of_what_lasts_that_long(words, duration):
    assert duration_of(words) == duration


def test_a_stoppage_told_with_its_length_after_an_article_lasts_that_long():
    durations = _durations(
        "Workers at four plants held a two hour work stoppage on Wednesday afternoon."
    )
    assert "PT2H" in durations.values()


def test_lengths_in_asides_seconds_and_quarters_are_found_but_not_shares():
    text = (
        "Harbour Freight Ltd said its bonds suit the longer term - more than ten years - "
        "while its cranes unload a ship in a few seconds. The port has grown for six "
        "quarters. Three quarters of its staff are dockers."
    )
    durations = _durations(text)
    assert durations["more than ten years"] == "P10Y"
    assert durations["a few seconds"] == "PTXS"
    assert durations["six quarters"] == "P6Q"
    assert not any(length for words, length in durations.items() if words.startswith("Three"))


def test_a_run_of_counted_units_is_that_length():
    assert duration_of("11 months in a row") == "P11M"
    assert duration_of("the sixth month in a row") is None  # a count of months, not a length


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("the whole year", "P1Y"),
        ("the entire day", "P1D"),
        ("a full week", "P1W"),
        ("two full years", "P2Y"),
        ("all day", "P1D"),
        ("each of the past six months", "P6M"),
    ],
)
def test_a_unit_told_whole_is_one_unit_long(words, duration):
    assert duration_of(words) == duration


def test_a_year_counted_back_from_a_month_or_day_lasts_a_year():
    durations = _durations_told(
        "Lenders\n\nPay at the lender rose 4.1% in the year to December, and its profit "
        "rose 9% in the year to 31 March. Over the 12 months to June, fees fell.\n"
    )
    assert durations == [
        ("the year", "P1Y"),
        ("December", None),  # the month it runs to is a date
        ("the year", "P1Y"),
        ("31 March", None),
        ("the 12 months", "P12M"),
        ("June", None),
    ]


def test_the_same_period_after_a_length_is_as_long():
    durations = _durations_told(
        "Homes\n\nFlat prices in Tromso rose 60% over the past decade. Wages rose by just "
        "20% in the same period. Rents rose 4% in 2030, and bills 6% in the same period.\n"
    )
    assert durations == [
        ("the past decade", "P10Y"),
        ("the same period", "P10Y"),
        ("2030", None),
        ("the same period", None),  # the year just told: a date, no length
    ]


def test_the_period_after_a_length_told_with_its_ends_is_as_long():
    durations = _durations_told(
        "Trade\n\nExports from Norland rose 3% in the three months to June, while imports "
        "fell over the same period. Steel output at Harbour Steel grew 2% in the four months "
        "between July and October, after a decade-long slump. Its prices fell 1% in the "
        "period. Wages rose in July and August, and rents in the same period. Trade grew over "
        "the past decade, and faster in the final two years of the period.\n"
    )
    assert [(words, length) for words, length in durations if "period" in words] == [
        ("the same period", "P3M"),
        ("the period", "P4M"),  # not the slump's decade: it describes a thing
        ("the same period", None),  # two months told: dates, no length
        ("the period", None),  # the whole the two years are part of
    ]


def test_a_companys_full_year_is_no_length():
    assert duration_of("the full year") is None


def test_a_length_counted_from_an_event_is_found_but_not_a_rate():
    text = (
        "Harbour Freight Ltd shares fell on Monday, a day after its biggest crane collapsed. "
        "The port earns $5m a year after tax."
    )
    durations = _durations(text)
    assert [(words, length) for words, length in durations.items() if words.startswith("a ")] == [
        ("a day", "P1D")
    ]


def test_a_season_of_sales_is_a_duration_of_days_not_told():
    text = (
        "Harbour Mall said footfall rose over the holiday season. Its Christmas and New Year "
        "sales period was its best, and sales on Monday rose period after period."
    )
    (article,) = dateline.extract(text, published="2031-01-16")
    by_text = {t.text: t for t in article.times}
    assert by_text["the holiday season"].duration == "PXD"
    assert by_text["Christmas"].duration == "PXD"
    assert by_text["Christmas"].value.value == "2030-12-25"  # the holiday keeps its day
    assert by_text["Monday"].duration is None


def test_a_quarter_of_a_point_or_of_a_whole_is_no_time():
    text = (
        "Nordvik Bank shares fell on Monday after the central bank made its third "
        "quarter-point cut of the year, and a quarter percentage point more is expected. "
        "The lender's profit fell by a quarter, costs were more than a quarter higher and "
        "a quarter of its branches will close. Its fund has grown for two quarters."
    )
    quarters = [told for told in _durations_told(text) if "quarter" in told[0]]
    assert quarters == [("two quarters", "P2Q")]


def test_a_fraction_a_change_is_told_in_is_no_time():
    text = (
        "Shares in Kestrel Mining have fallen by three quarters since March, and the "
        "miner has lost two thirds of its value this year."
    )
    told = dict(_durations_told(text))
    assert not any("quarters" in words or "thirds" in words for words in told), told
    assert "March" in told


def test_a_year_named_before_year_is_a_date_not_a_length():
    assert duration_of("the 2031 year") is None
    assert duration_of("a 25 year period") == "P25Y"


def test_the_days_of_an_era_are_no_time_but_days_of_talks_last():
    text = (
        "The days of cheap loans are over, Nordvik Bank's chief said on Monday, "
        "after days of talks with regulators."
    )
    durations = _durations(text)
    assert "The days" not in durations
    assert durations["days"] == "PXD"


def test_a_markets_sessions_counted_are_days_of_trading():
    text = (
        "The Oslo index has lost 4% over the past three sessions and the krone fell for "
        "two sessions, while the exchange's website logged 900 sessions per day and "
        "MPs held three sessions of talks. Shares rose in the previous session."
    )
    durations = _durations(text)
    assert durations["the past three sessions"] == "P3D"
    assert durations["two sessions"] == "P2D"
    assert durations["the previous session"] is None  # a day, not a length
    assert not any("900" in words or "talks" in words for words in durations)
    assert duration_of("the last two trading sessions") == "P2D"


def test_the_minutes_of_a_meeting_opening_a_paragraph_are_no_length():
    text = (
        "Nordvik's central bank is likely to raise rates again, economists said.\n\n"
        "Minutes of the bank's March meeting showed concern over prices.\n\n"
        "Days after the vote, the krone rose."
    )
    durations = _durations(text)
    assert "Minutes" not in durations
    assert durations["Days"] == "PXD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model takes the unit alone ("decade" would name a decade) or with the noun after
        ("The currency board ended a decade-long link to the dollar.", {"decade-long": "P10Y"}),
        ("The broadcaster plans a month-long series of debates.", {"month-long": "P1M"}),
        # or misses it
        ("The union called an hour-long stoppage at the plant.", {"hour-long": "PT1H"}),
        ("The feud ended after a day-long meeting of the board.", {"day-long": "P1D"}),
        ("Talks resumed in the decades-long border dispute.", {"decades-long": "PXY"}),
    ],
)
def test_a_length_told_as_an_adjective_in_long_is_found_whole(text, expected):
    assert _durations(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "duration"),
    [
        ("The battery plant opened two years ahead of schedule.", "two years ahead", "P2Y"),
        ("The pickup went on sale a year ahead of its rivals.", "a year ahead", "P1Y"),
    ],
)
def test_a_length_ahead_of_schedule_is_that_long(text, words, duration):
    assert _durations(f"Plant\n\n{text}\n").get(words) == duration


@pytest.mark.parametrize(
    ("words", "duration"),
    [("the year ahead", "P1Y"), ("the weeks ahead", "PXW"), ("the days ahead", "PXD")],
)
def test_what_lies_ahead_is_as_long_as_what_is_coming(words, duration):
    assert duration_of(words) == duration


def test_the_year_ahead_in_a_forecast_is_a_length():
    text = "Fund managers see slower gains for the year ahead, the survey found.\n"
    assert _durations(f"Survey\n\n{text}") == {"the year ahead": "P1Y"}


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("a further six months", "P6M"),
        ("another three weeks", "P3W"),
        ("an extra 10 days", "P10D"),
        ("an additional two years", "P2Y"),
        ("another year", "P1Y"),
    ],
)
def test_a_length_added_to_another_is_as_long_as_its_count(words, duration):
    assert duration_of(words) == duration


def test_one_more_of_a_unit_with_no_count_is_not_found_where_the_model_took_no_time():
    text = "Films\n\nFans queued for the premiere of Live Another Day, the studio said.\n"
    assert _durations(text) == {}


@pytest.mark.parametrize(
    ("sentence", "words", "value", "duration"),
    [
        (
            "Car sales fell 18% in the first nine months of the year.",
            "the first nine months of the year",
            "2031",
            "P9M",
        ),
        (
            "The insurer lost $40m in the last three months of 2030.",
            "the last three months of 2030",
            "2030-Q4",
            "P3M",
        ),
    ],
)
def test_a_counted_part_of_a_period_keeps_its_date_and_gets_its_length(
    sentence, words, value, duration
):
    (article,) = dateline.extract(sentence, published="2031-10-16")
    (time,) = (t for t in article.times if t.text == words)
    assert (time.value.value, time.duration) == (value, duration)


@pytest.mark.parametrize(
    "sentence",
    ["The fund pays out on the last day of the month.", "Profits rose in the first half of 2030."],
)
def test_a_part_told_with_no_count_gets_no_length(sentence):
    (article,) = dateline.extract(sentence, published="2031-10-16")
    assert [t.duration for t in article.times] == [None]


def test_quarters_in_a_run_are_a_length_though_of_what_they_hold():
    durations = _durations(
        "Economists call two consecutive quarters of shrinking output a recession.",
        published="2005-03-16",
    )
    assert durations["two consecutive quarters"] == "P2Q"
    durations = _durations(
        "Output grew at the end of 2004 after two previous quarters of shrinking output.",
        published="2005-03-16",
    )
    assert durations["two previous quarters"] == "P2Q"


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("multi-year", "PXY"),
        ("multi-month", "PXM"),
        ("as many years", "PXY"),
        ("so many months", "PXM"),
    ],
)
def test_a_length_of_many_units_not_counted_is_a_vague_length(words, duration):
    assert duration_of(words) == duration


def test_a_multi_year_deal_lasts_years_not_told():
    text = "The carrier signed multi-year contracts with two handset makers.\n"
    assert _durations(f"Carrier\n\n{text}") == {"multi-year": "PXY"}


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        # the first or final hour of a session is an hour long, as "the last hour" is
        ("the final hour", "PT1H"),
        ("the first hour", "PT1H"),
        ("the first minute", "PT1M"),
    ],
)
def test_the_first_or_final_hour_is_a_length(words, duration):
    assert duration_of(words) == duration


@pytest.mark.parametrize("words", ["the first week", "the final day", "the first month"])
def test_the_first_or_final_unit_of_a_day_or_longer_is_no_length(words):
    assert duration_of(words) is None
