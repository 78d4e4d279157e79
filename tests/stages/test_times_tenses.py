import pytest

import dateline


def _values(body, published):
    (article,) = dateline.extract(f"Markets in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on July 2: a week told as done ended last year, not three weeks ahead.
        ("The bond index gained 1% in the week ended July 20.", ("July 20", "2013-07-20")),
        ("Fund inflows slowed in the week ending July 20.", ("July 20", "2013-07-20")),
        ("Copper slid 4% in the month ended July 31.", ("July 31", "2013-07-31")),
        ("Copper slid 4% in the week ended July 20.", ("the week", "2013-W29")),
    ],
)
def test_the_day_a_period_told_as_done_ended_is_not_after_publication(body, expected):
    assert expected in _values(body, published="2014-07-02")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on 2014-11-12: a forecast is of a period not yet over, whatever its verb.
        ("The brewer cut its forecast for the year to March.", ("March", "2015-03")),
        (
            "The brewer lowered its outlook for the year ending March 31.",
            ("March 31", "2015-03-31"),
        ),
        # Figures told as done: the period is over.
        ("The brewer's profit rose 5% in the year to March.", ("March", "2014-03")),
    ],
)
def test_the_end_of_a_forecast_period_is_ahead(body, expected):
    assert expected in _values(body, published="2014-11-12")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on July 2: the month whose figures are to come is the June just gone.
        ("The mill will publish its June sales on Friday.", ("June", "2014-06")),
        ("The June output data will be released next week.", ("June", "2014-06")),
        # Said on July 2, of a month still ahead: the nearest is ahead.
        ("The mill will publish its August figures in September.", ("August", "2014-08")),
        # A month naming an event to come, not figures: still ahead.
        ("The mill will hold its June sales event.", ("June", "2015-06")),
    ],
)
def test_a_month_whose_figures_are_to_come_is_the_nearest(body, expected):
    assert expected in _values(body, published="2014-07-02")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on June 3: the month the figures to come are "for" is the one just gone.
        ("Jobless figures for May will be published on Thursday.", ("May", "2009-05")),
        ("The carmaker will report its results for May on Friday.", ("May", "2009-05")),
        ("Housing data for April are due on Tuesday.", ("April", "2009-04")),
        ("The agency will release trade figures for January next week.", ("January", "2009-01")),
    ],
)
def test_a_month_the_figures_to_come_are_for_is_the_nearest(body, expected):
    assert expected in _values(body, published="2009-06-03")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on Wednesday June 3: a weekend things are to happen by is the coming one.
        ("Traders hope for a deal by the weekend.", ("the weekend", "2009-W23-WE")),
        ("Analysts expect a decision by the weekend.", ("the weekend", "2009-W23-WE")),
        # Told as done, it is the one gone.
        ("The talks had collapsed by the weekend.", ("the weekend", "2009-W22-WE")),
    ],
)
def test_the_weekend_something_is_due_by_is_ahead(body, expected):
    assert expected in _values(body, published="2009-06-03")


def test_a_period_ending_on_a_day_ahead_is_still_ahead_when_figures_are_to_come():
    values = _values("The mill will report output for the month ending July 31.", "2014-07-02")
    assert ("July 31", "2014-07-31") in values


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Granted in the past, said in August: the March just gone, not next year's.
        ("The regulator gave the lender until the end of March.", ("the end of March", "2014-03")),
        ("Creditors allowed the mill until March to pay.", ("March", "2014-03")),
        # Granted now, or put off: still ahead.
        ("The lender has until the end of March to pay.", ("the end of March", "2015-03")),
        ("The mill's vote was postponed until March.", ("March", "2015-03")),
    ],
)
def test_a_time_granted_in_the_past_is_the_nearest_one(body, expected):
    assert expected in _values(body, published="2014-08-12")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on Wednesday 16 March 2005: "and" carries "will" and "would" to the second verb.
        ("The board will meet in May and vote on the plan on Friday.", ("Friday", "2005-03-18")),
        ("The mill would cut 500 jobs and close two lines in October.", ("October", "2005-10")),
        ("The chain said it would hire in April and open the shop in the autumn.",
         ("the autumn", "2005-FA")),
    ],
)  # fmt: skip
def test_a_verb_joined_by_and_shares_the_auxiliary_of_the_first(body, expected):
    assert expected in _values(body, published="2005-03-16")


def test_a_joined_verb_with_a_tense_of_its_own_keeps_it():
    values = _values("The envoy met them on Monday and flies home on Friday.", "2005-03-16")
    assert ("Monday", "2005-03-14") in values
    assert ("Friday", "2005-03-18") in values


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on 16 March 2005: a purpose comes after the act that serves it, still ahead.
        ("The mill will cut costs to return to profit in the autumn.", ("the autumn", "2005-FA")),
        ("The bank will start trials in May with a view to launching the card from the autumn.",
         ("the autumn", "2005-FA")),
        ("The chain will shut stores with the aim of returning to profit in the autumn.",
         ("the autumn", "2005-FA")),
    ],
)  # fmt: skip
def test_a_purpose_of_an_act_to_come_is_to_come(body, expected):
    assert expected in _values(body, published="2005-03-16")


def test_a_gerund_after_a_preposition_of_order_keeps_the_tense_of_its_verb():
    values = _values("The mill shut two lines after losing orders in the autumn.", "2005-03-16")
    assert ("the autumn", "2004-FA") in values


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # What the news follows now is over: the summer gone, not the one ahead.
        ("The figures come after a slow summer for the builders.", "2005-03-16",
         ("summer", "2004-SU")),
        ("The rise follows a weak winter for the builders.", "2005-08-16", ("winter", "2004-WI")),
    ],
)  # fmt: skip
def test_a_period_the_news_now_follows_is_over(body, published, expected):
    assert expected in _values(body, published=published)


def test_what_opens_after_a_season_is_still_to_come():
    values = _values("The new shop opens after the summer.", "2005-03-16")
    assert ("the summer", "2005-SU") in values


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on Tuesday 2008-09-30: what "could" happen on a weekday is ahead, as with "would".
        ("Aides said a second vote could come on Thursday.", ("Thursday", "2008-10-02")),
        ("The lender could file for protection on Friday.", ("Friday", "2008-10-03")),
        # "Could" as the past of "can": the day is done.
        ("The lender could not be reached for comment on Friday.", ("Friday", "2008-09-26")),
        ("The lender could have filed on Friday.", ("Friday", "2008-09-26")),
        ("The index could only manage a slim gain on Monday.", ("Monday", "2008-09-29")),
    ],
)
def test_what_could_happen_on_a_weekday_is_ahead_unless_could_is_of_can(body, expected):
    assert expected in _values(body, published="2008-09-30")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on Wednesday 2010-11-17: what a market waits for has not come.
        ("Traders are waiting for Friday's payrolls data.", ("Friday", "2010-11-19")),
        # A time granted in the present perfect runs on from now.
        (
            "The two lenders have been given until Monday to file their plans.",
            ("Monday", "2010-11-22"),
        ),
        # A day a participle after a noun sets the event for is ahead.
        ("The bill stalled ahead of a ballot expected Thursday.", ("Thursday", "2010-11-18")),
        ("Dock workers called off a stoppage planned for Monday.", ("Monday", "2010-11-22")),
        ("Gold firmed before a hearing scheduled for Friday.", ("Friday", "2010-11-19")),
        # Waited for in the past, and told as out ("which showed"): the last such day.
        ("Workers waited for Friday's data, which showed a gain.", ("Friday", "2010-11-12")),
    ],
)
def test_a_weekday_awaited_granted_or_set_for_is_ahead(body, expected):
    assert expected in _values(body, published="2010-11-17")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on Wednesday 2011-03-16: what can or has to be done on a weekday is ahead.
        ("The lenders can tap the fund as soon as Monday.", ("Monday", "2011-03-21")),
        ("The insurer has to answer the regulator on Friday.", ("Friday", "2011-03-18")),
        # What had to be done was done; a time granted ("have until") keeps its own reading.
        ("The bourse had to halt trading on Monday.", ("Monday", "2011-03-14")),
        ("The miners have until midnight on 1 May to settle.", ("1 May", "2011-05-01")),
    ],
)
def test_a_weekday_something_can_or_has_to_be_done_on_is_ahead(body, expected):
    assert expected in _values(body, published="2011-03-16")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on 2011-09-14: a contract's month is ahead, whatever the tense of the price.
        ("Brent for November delivery slipped 80 cents to $112.", ("November", "2011-11")),
        ("The December contract for copper closed 2% lower.", ("December", "2011-12")),
        ("Cocoa futures for March delivery rose on Tuesday.", ("March", "2012-03")),
        # Figures of a month told as done are still of the month gone.
        ("Copper imports into China fell in August.", ("August", "2011-08")),
    ],
)
def test_the_month_a_commodity_contract_delivers_in_is_ahead(body, expected):
    assert expected in _values(body, published="2011-09-14")
