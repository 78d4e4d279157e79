"""Dates revised once resolved: what a sentence says of an expression's day.

A date resolved on its own may be a day its sentence tells otherwise: a
weekday with its date beside it, a period ended, a fiscal year, a quarter
named by its end, a clock time on a named day, a year back from now, an
event's day.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from dateline.dates import day_of
from dateline.records import DateValue, Entity, TimeMention
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.times import missed
from dateline.stages.times.expressions import event_table
from dateline.stages.times.resolve import (
    clock_only,
)
from dateline.stages.times.tenses import CLAUSE_STEPS, VERBS, foreseen, past_verb, tense_of, verb_of
from dateline.stages.times.vocabulary import WEEKDAY_NAMES, ZONES


def restated_against_a_plan(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """A count "later" or "earlier" than planned, after a date and a comma, is that date again.

    In "arrives on November 14, two days later than planned" the count says
    how the date stands to the plan, not a day two days after it: MEANTIME
    values the phrase as the date before it, and spans it with its plan
    ("three days later than originally planned"). Counted from the date, it
    would be another day.
    """
    found: list[TimeMention] = []
    for time in times:
        previous = found[-1] if found else None
        plan = _AGAINST_A_PLAN.match(text, time.span[1])
        if (
            previous is not None
            and plan is not None
            and previous.value.value is not None
            and text[previous.span[1] : time.span[0]] == ", "
            and _COUNT_LATER.match(time.text)
        ):
            span = (time.span[0], plan.end())
            value = dataclasses.replace(previous.value, text=text[span[0] : span[1]])
            # the length it counts stays its own: "five years" in "five years earlier than expected"
            time = dataclasses.replace(  # noqa: PLW2901 - the restated date replaces it
                time, span=span, text=text[span[0] : span[1]], value=value
            )
        found.append(time)
    return tuple(found)


_COUNT_LATER = re.compile(
    r"^(?:\w+|a\s+few|a\s+couple\s+of)\s+(?:day|week|month|year)s?\s+(?:later|earlier)$",
    re.IGNORECASE,
)
# What a count "later" is measured against: " than originally planned", " than expected".
_AGAINST_A_PLAN = re.compile(
    r" than (?:(?:originally|initially|first|previously) )?"
    r"(?:planned|scheduled|expected|forecast|anticipated|intended|hoped)\b"
)


def as_told(tree: Tree, entity: Entity, text: str) -> str:
    """The words a mention is resolved as: "the New Year" at a point in time is its holiday.

    "Shares dipped at the New Year" tells of New Year's Day, the nearest on
    its tense's side; "in the New Year" is the year ahead (``time_words.tsv``).
    "The second" after "the third quarter" is the second quarter; "the fall"
    kept as a time ("will open in the fall") is the autumn.
    """
    start = entity.token_start
    if text == "the New Year" and start > 0 and tree.tokens[start - 1].text.lower() in _AT_A_DAY:
        return "New Year's Day"
    if text.lower() == "the fall":
        return "the autumn"  # kept only after a preposition of time (not_times.a_fall): a season
    unit = missed.elided_part(tree, start) if entity.token_end - start == 2 else None
    return f"{text} {unit}" if unit else text  # "in the second", after "the third quarter"


# Prepositions that put what is told at a holiday's day, not in the year it opens.
_AT_A_DAY = frozenset({"at", "over", "around", "since", "before", "after"})


def weekdays_with_dates(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """A weekday and the date after it are one date: "Wednesday, 15 October 2008".

    The model takes them apart; the weekday alone would be the last such day.
    The date's day must fall on that weekday.
    """
    found: list[TimeMention] = []
    for time in times:
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.text in WEEKDAY_NAMES
            and text[previous.span[1] : time.span[0]] in (", ", " ")
            and time.value.precision == "day"
            and _falls_on(time.value.value, previous.text)
        ):
            span = (previous.span[0], time.span[1])
            value = dataclasses.replace(time.value, text=text[span[0] : span[1]])
            found[-1] = TimeMention(span=span, text=text[span[0] : span[1]], value=value)
            continue
        found.append(time)
    return tuple(found)


def _falls_on(value: str | None, weekday: str) -> bool:
    """Whether an ISO day falls on a weekday ("Wednesday")."""
    if value is None or not _ISO_DAY_VALUE.match(value):
        return False
    return calendar.day_name[dt.date.fromisoformat(value).weekday()] == weekday


_ISO_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def a_year_back_from_now(tree: Tree, times: Sequence[TimeMention]) -> set[tuple[int, int]]:
    """The spans of "a year ago" that compare the present with a year back.

    "Oil prices are 45% higher than a year ago": told in the present, with no
    date before it in its sentence, the figure is today's, so "a year ago" is
    counted from the publication day, where TimeML anchors "ago", not from the
    period the text named last ("the approach to spring", sentences before).
    "Third-quarter sales are up 5% from a year ago" names its period, and
    "profit was $2m, down from $5m a year ago" is told of one past.
    """
    spans = set()
    dated: set[int] = set()  # the sentences that named a date before the mention
    for time in times:
        first = tree.token_at(time.span[0])
        if first is None:
            continue
        sentence = tree.sentence_of[first]
        words = " ".join(time.text.lower().split())
        if (
            words in _A_YEAR_AGO | _YEAR_AGO
            and sentence not in dated
            and _told_in_the_present(tree, first)
        ):
            spans.add(time.span)
        if not record_set_then(tree.text, time):
            dated.add(sentence)
    return spans


_A_YEAR_AGO = frozenset({"a year ago", "one year ago"})


def year_ago_levels_of_now(
    tree: Tree, times: Sequence[TimeMention], published: dt.date
) -> tuple[TimeMention, ...]:
    """The year before the publication day for "year-ago levels" a figure of now is told against.

    "Crude remains 30% above year-ago levels": told in the present with no
    period of its own, as :func:`a_year_back_from_now` reads "a year ago"; a
    record's date before it ("from the highs reached in late October")
    dates nothing told of now. After "third-quarter sales rose", the
    year-ago figure is that quarter's a year back (anaphora.py).
    """
    now = a_year_back_from_now(tree, times)
    year = f"{published.year - 1:04d}"
    return tuple(
        dataclasses.replace(time, value=DateValue(year, "year", "relative", time.text))
        if time.span in now and " ".join(time.text.lower().split()) in _YEAR_AGO
        else time
        for time in times
    )


_YEAR_AGO = frozenset({"year-ago", "the year-ago"})


def _told_in_the_present(tree: Tree, token: int) -> bool:
    """Whether the first verb above ``token`` is in the simple present: "are", "stands".

    Not "have risen", which results news tells of a period as often as of now.
    """
    for _, parent in tree.ancestors(token, CLAUSE_STEPS):
        if tree.tokens[parent].pos not in VERBS:
            continue
        helped = any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[parent])
        return tree.tokens[parent].tag in PRESENT_TAGS and not helped
    return False


def term_of_comparison(text: str, time: TimeMention) -> bool:
    """Whether a mention is the term of a comparison: "from $95m a year ago", "on a year ago"."""
    return bool(_COMPARED.search(text[max(0, time.span[0] - 60) : time.span[0]]))


# A preposition of comparison, and the figure compared if any: "from 798m euros", "with a
# loss of $793m", "on".
_COMPARED = re.compile(
    r"\b(?:from|with|on|than|to|against)\s+(?:(?:an?\s+)?(?:\w+\s+of\s+)?"
    r"[$£€]?\d[\d.,]*\w*(?:\s+[a-z]+)?\s+)?$",
    re.IGNORECASE,
)


def against_figure(text: str, time: TimeMention) -> bool:
    """Whether a date is the one a figure is compared with.

    "Profit fell to $410m, down from $2bn in the final quarter of 2003", or
    "compared unfavourably with 2003's figure": the figures told are of
    another period, which "the quarter" and "a year earlier" after it mean.
    So is a rate: "inflation rose to 3.1% in November from 2.8% in October";
    and a year a change is measured on: "sold 90,000 cars last year, up 3.1%
    on 2003", where "the previous year" after it is the year before 2004.
    """
    before = text[max(0, time.span[0] - 60) : time.span[0]]
    return bool(
        _AGAINST_FIGURE.search(before)
        or (_CHANGE_ON.search(before) and _YEAR_START.fullmatch(time.text))
    )


def a_target_ahead(text: str, time: TimeMention, published: dt.date) -> bool:
    """Whether a date is a target still ahead: "hopes to revive its fortunes by 2006".

    A deadline is no period figures are told of: "the period" and "the year
    as a whole" after it are the ones told before it.
    """
    year = _YEAR_START.match(time.value.value or "")
    return (
        text[max(0, time.span[0] - 4) : time.span[0]].lower() == " by "
        and year is not None
        and int(year.group()) > published.year
    )


def since_a_record(text: str, time: TimeMention) -> bool:
    """Whether a date is the last time a record was matched: "their lowest level since 1945".

    It is no period figures are told of: "the full year" after it is the
    year of the figures told before it, not 1945. So is a date in what the
    record is counted from: "the biggest fall since the crash of 1987", "the
    worst day since the September 11 attacks in 2001"; "fell 4% on the day"
    after it is the day the fall was told of.
    """
    return bool(_SINCE_A_RECORD.search(text[max(0, time.span[0] - 100) : time.span[0]]))


def record_set_then(text: str, time: TimeMention) -> bool:
    """Whether a date is the day a record stood, told in passing: "the record level set on 10 May".

    A level a price is compared with was set on a day of its own, told in a
    clause about the record, not of the day the figures are told of: "the
    dollar traded at $1.29, near the record set on 10 November; it had hit a
    low earlier in the day" is the day of the trading, not 10 November.
    """
    return bool(_RECORD_SET.search(text[max(0, time.span[0] - 60) : time.span[0]]))


_RECORD_SET = re.compile(
    r"\b(?:record|high|low|peak)s?(?:\s+(?:level|price|value|close|high|low)s?)?"
    r"\s+(?:(?:it|they|which|that)\s+(?:had\s+)?)?(?:set|reached|hit|touched|struck)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
_SINCE_A_RECORD = re.compile(
    r"\b(?:lowest|highest|worst|best|biggest|largest|smallest|strongest|weakest|steepest"
    r"|sharpest|deepest|fastest|slowest|first\s+time)\b[^.;]{0,40}"
    r"\bsince(?:\s+the\b[^.;,]{0,40})?\s+$",
    re.IGNORECASE,
)
_YEAR_START = re.compile(r"^\d{4}")
# A change measured against what follows: "up 3.1% on", "down 4% from".
_CHANGE_ON = re.compile(
    r"\b(?:up|down)\s+\d[\d.]*(?:%|\s+per\s*cent)\s+(?:on|from|over)\s+$", re.IGNORECASE
)
_AGAINST_FIGURE = re.compile(
    r"(?:\b(?:from|with|than|against)\s+(?:an?\s+)?(?:\w+\s+of\s+)?[$£€]?\d[\d.,]*\w*"
    r"(?:\s*%|\s+per\s*cent)?(?:\s+[a-z]+)?\s+(?:in|during|for|over)\s+|\bcompared\s+(?:\w+ly\s+)?(?:with|to)\s+"
    r"|\d(?:%|\s+per\s*cent)\s+(?:from|on|over)\s+(?:its|their)\s+)$",  # "up 27% on its 2003 total"
    re.IGNORECASE,
)


def periods_ended(text: str, times: Sequence[TimeMention]) -> dict[tuple[int, int], DateValue]:
    """The quarter or half a month or day ends, where the text counts it back from there.

    "Profit rose in the three months to December, from $6m year-earlier": the
    year-earlier figure is of the fourth quarter, not of December alone, so
    what counts from "December" counts from the quarter (the mention keeps
    its own value: the figures' span is no date of its own).
    """
    ended = {}
    for count, end in itertools.pairwise(times):
        length = _MONTHS_COUNTED.match(count.text.lower())
        month = _MONTH_VALUE.match(end.value.value or "")
        between = text[count.span[1] : end.span[0]].strip().lower()
        quarter = _quarter_by_its_months(count, end, between)
        if quarter is not None:
            ended[end.span] = quarter
            continue
        if length is None or month is None or between not in ("to", "ended", "ending", "through"):
            continue
        number = int(month["month"])
        told = length["count"] or length["part"]
        if told in ("three", "3", "quarter") and number % 3 == 0:
            ended[end.span] = DateValue(f"{month['year']}-Q{number // 3}", "quarter", "relative")
        elif told in ("six", "6", "half") and number % 6 == 0:
            ended[end.span] = DateValue(f"{month['year']}-H{number // 6}", "half", "relative")
    return ended


def _quarter_by_its_months(first: TimeMention, last: TimeMention, between: str) -> DateValue | None:
    """The quarter two months bound when they are its first and last: "October to December".

    Told as a span of figures, they are two dates, but what counts from the
    second counts from the quarter: "sales between July and September fell
    from the same period of 2003" is that quarter of 2003.
    """
    start = _MONTH_ONLY.match(first.value.value or "")
    end = _MONTH_ONLY.match(last.value.value or "")
    if start is None or end is None or between not in _MONTHS_JOINED:
        return None
    number = int(end["month"])
    if start["year"] != end["year"] or number % 3 or int(start["month"]) != number - 2:
        return None
    return DateValue(f"{end['year']}-Q{number // 3}", "quarter", "relative")


_MONTH_ONLY = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")
_MONTHS_JOINED = frozenset({"to", "and", "-", "–", "through", "until"})

# "the three months to December", or "the quarter ending September 30" as firms tell it.
_MONTHS_COUNTED = re.compile(
    r"^(?:the\s+)?(?:(?P<count>three|3|six|6)\s+months|(?P<part>quarter|half))$"
)
_COUNTED_TO = re.compile(r"^(?:(?:results|figures)\s+)?(?:to|ended|ending|through)(?:\s+in)?$")
_YEAR_COUNTED = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?"
    r"(?:full[\s-]year|year|(?:financial|fiscal)\s+year|(?:12|twelve)\s+months)$"
)
# A year told as a date, not a span ("the 12 months through June" is a length).
_FULL_YEAR = re.compile(r"^(?:the\s+|its\s+|their\s+)?full[\s-]year$")
# A company's year named with no number, which the month it runs to names: "the fiscal year
# ending in March 2009" is FY2009, not the fiscal year of the publication year.
_FISCAL_YEAR_UNNUMBERED = re.compile(r"^(?:the\s+|its\s+|their\s+)?(?:financial|fiscal)\s+year$")


def _fiscal_year_to(count: TimeMention, end: TimeMention) -> DateValue | None:
    """The fiscal year a year counted to a month other than December is.

    "The year to March 2005" is FY2005, the company's year, named by the year it ends in.
    """
    month = _MONTH_VALUE.match(end.value.value or "")
    if month is None or int(month["month"]) == 12 or not _YEAR_COUNTED.match(count.text.lower()):
        return None
    return DateValue(f"FY{month['year']}", "year", "relative")


def fiscal_years_told(
    text: str, times: tuple[TimeMention, ...], counted_back: set[tuple[int, int]]
) -> tuple[TimeMention, ...]:
    """A full year of a company whose year the text runs to a month is that fiscal year.

    "Its full year results to March 2005" is FY2005, and so is a "full-year"
    forecast after "the year to March 2005". A span ("the year to 31 March",
    ``counted_back``; "the 12 months through June") keeps no value, and "the
    year" alone is left as the period named last makes it. "The previous
    fiscal year" after such a year is the one before it: "a gap of $90bn in
    the year to 30 June 2004, against $70bn in the previous fiscal year" is
    FY2003, not the year before the publication day's. So is "the previous
    year" told right after such a year, as what it is compared with ("will
    spend a tenth more in the year to June 2006 than the previous year").
    """
    found = list(times)
    fiscal: DateValue | None = None
    compared_at = -1  # the index of the mention right after the year and the month it runs to
    for i, count in enumerate(found):
        end = found[i + 1] if i + 1 < len(found) else None
        between = text[count.span[1] : end.span[0]].strip().lower() if end else ""
        told = _fiscal_year_to(count, end) if end and _COUNTED_TO.match(between) else None
        if told is not None:
            compared_at = i + 2
        fiscal = told or fiscal
        if i == compared_at and count.value.precision == "vague":
            compared_at += 1  # "for the full year, now seen 9% below the previous year"
        if fiscal is None or count.span in counted_back:
            continue
        value = None
        if _takes_the_fiscal_year(count, told=told is not None):
            value = dataclasses.replace(fiscal, text=count.text)
            compared_at = i + 1  # "for the full year, 9% below the previous year"
        elif _PREVIOUS_FISCAL_YEAR.match(count.text.lower()) or (
            i == compared_at and _YEAR_BEFORE.match(count.text.lower())
        ):
            value = _fiscal_year_before(fiscal, count.text)
        if value is not None:
            found[i] = dataclasses.replace(count, value=value)
    return tuple(found)


def _fiscal_year_before(fiscal: DateValue, words: str) -> DateValue:
    """The fiscal year before ``fiscal`` (FY2004 gives FY2003), as ``words`` name it."""
    year = int((fiscal.value or "").removeprefix("FY"))
    return DateValue(f"FY{year - 1:04d}", "year", "relative", words)


# The year before another, which after a company's year is its fiscal year before.
_YEAR_BEFORE = re.compile(r"^(?:the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)$")
# The company's year before the one the text told: "the previous fiscal year".
_PREVIOUS_FISCAL_YEAR = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:previous|prior|preceding)\s+(?:financial|fiscal)\s+year$"
)


def _takes_the_fiscal_year(count: TimeMention, *, told: bool) -> bool:
    """Whether a mention is the fiscal year the text ran a year to (:func:`fiscal_years_told`).

    A full year is, when ``told`` to a month itself or read as a calendar
    year; a fiscal year with no number only when told to a month itself.
    """
    words = count.text.lower()
    if _FISCAL_YEAR_UNNUMBERED.match(words):
        return told
    return _FULL_YEAR.match(words) is not None and (
        told or _YEAR_VALUE.match(count.value.value or "") is not None
    )


_YEAR_VALUE = re.compile(r"^\d{4}$")


def quarters_ended(text: str, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
    """A quarter, week or month told by the day it ended is the one of that day.

    "earned $2bn in the quarter ended June 30": the second quarter, whatever
    quarter the text named before or the publication day is in; "claims
    fell in the week ended Oct. 4" is the week of October 4, not the week
    the article came out in.
    """
    found = list(times)
    for i in range(len(found) - 1):
        period, day = found[i], found[i + 1]
        between = text[period.span[1] : day.span[0]].strip().lower()
        ended = _period_ending_on(period.text, day.value) if _TOLD_ENDED.match(between) else None
        if ended is not None:
            found[i] = dataclasses.replace(period, value=ended)
    return tuple(found)


def _period_ending_on(words: str, end: DateValue) -> DateValue | None:
    """The quarter, week or month ``words`` name when they end on ``end``, or None.

    A week needs the day it ended ("the week ended Friday"), a quarter or a
    month only the month ("the quarter ended in June"). A week or a month is
    one told as "the week", "the latest month": "next week to Friday" is no such.
    """
    month = _MONTH_VALUE.match(end.value or "")
    told = words.lower().split() or [""]
    unit = told[-1]
    if month is None:
        return None
    year, number = month["year"], int(month["month"])
    if unit == "quarter":
        return DateValue(f"{year}-Q{(number - 1) // 3 + 1}", "quarter", "relative", words)
    if told[0] != "the":  # "moved the talks from next week to Friday" tells two weeks
        return None
    if unit == "month":
        return DateValue(f"{year}-{number:02d}", "month", "relative", words)
    if unit == "week" and end.precision == "day":
        iso_year, week, _ = dt.date.fromisoformat(end.value or "").isocalendar()
        return DateValue(f"{iso_year:04d}-W{week:02d}", "week", "relative", words)
    return None


_MONTH_VALUE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-\d{2})?$")
# Words between a quarter and the day it ended: "ended", "that ended on", "to".
_TOLD_ENDED = re.compile(r"^(?:(?:that|which)\s+)?(?:ended|ending|to|through)(?:\s+on)?$")


_PREPOSITIONS_OF_A_DAY = frozenset({"for", "throughout", "during", "over", "through", "in", "of"})


def days_told_after(text: str, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
    """A "the day" told with the day after it is that day: "closed for the day on Tuesday".

    So is a part of it: "trading was halted for most of the day on Friday".

    Not the day the text named before, nor the publication day. Only after a
    preposition: "to name the day on Monday" names another day (a poll's).
    """
    found = list(times)
    for i in range(len(found) - 1):
        day, named = found[i], found[i + 1]
        between = text[day.span[1] : named.span[0]].strip().lower()
        before = (text[: day.span[0]].split() or [""])[-1].lower()
        if (
            " ".join(day.text.lower().split()) == "the day"
            and between == "on"
            and named.value.precision == "day"
            and before in _PREPOSITIONS_OF_A_DAY
        ):
            value = dataclasses.replace(named.value, basis="relative", text=day.text)
            found[i] = dataclasses.replace(day, value=value)
    return tuple(found)


def parts_of_year_named(tree: Tree, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
    """A half or quarter told with no year is of the year its sentence named just before it.

    "sales were flat early in 2006, and should recover in the second half":
    2006's second half, whichever half is nearest the publication day. So is
    a part "of the year" told as done after a year in figures ("grew 9% in
    2011, but 1% in the latter half of the year"): the year is the one just
    told (:func:`_part_told_of_a_year`).
    """
    found = list(times)
    for i in range(1, len(found)):
        part, year = found[i], found[i - 1]
        match = _BARE_PART.match(" ".join(part.text.lower().split()))
        first, last = tree.token_at(year.span[0]), tree.token_at(part.span[0])
        if (
            match is None
            or year.value.precision != "year"
            or not (year.value.value or "").isdigit()
            or first is None
            or last is None
            or tree.sentence_of[first] != tree.sentence_of[last]
            or (match["of_year"] and not _part_told_of_a_year(tree, part, year))
        ):
            continue
        own = _PART_VALUE.match(part.value.value or "")
        if own is None:
            continue
        value = f"{year.value.value}-{own['part']}"
        found[i] = dataclasses.replace(
            part, value=DateValue(value, part.value.precision, "relative", part.text)
        )
    return tuple(found)


def _part_told_of_a_year(tree: Tree, part: TimeMention, year: TimeMention) -> bool:
    """Whether "the second half of the year" is told as done after a year in figures.

    "Rose 15% in 2003, but 2% in the second half of the year" is 2003's; not
    a half to come or foreseen ("expected growth in the second half of the
    year"), which is of the year under way, nor one after "the year" alone,
    whose own year may be another.
    """
    first, last = tree.token_at(part.span[0]), tree.token_at(part.span[1] - 1)
    if first is None or last is None or not _YEAR_IN_WORDS.search(year.text):
        return False
    head = tree.phrase_head(first, last + 1)
    node = first if head is None else head
    return tense_of(tree, first, last + 1) == "past" and not foreseen(tree, node)


_YEAR_IN_WORDS = re.compile(r"\b(?:19|20)\d\d\b")
# A part told with "last" or by its months ("the last three months of the year") is one only
# "of the year": "the last quarter" alone is as often the latest one.
_BARE_PART = re.compile(
    r"^(?:the\s+)?(?:(?:first|second|third|fourth|final)[\s-]+(?:half|quarter)"
    r"|(?:last[\s-]+(?:half|quarter)|(?:first|last|final)\s+(?:three|3|six|6)\s+months)"
    r"(?=\s+of\s+the\s+year$))"
    r"(?P<of_year>\s+of\s+the\s+year)?$"
)
_PART_VALUE = re.compile(r"^\d{4}-(?P<part>Q[1-4]|H[12])$")


def looks_ahead(tree: Tree, time: TimeMention) -> bool:
    """Whether the clause of a mention says it is to come, or was to come."""
    first, last = tree.token_at(time.span[0]), tree.token_at(time.span[1] - 1)
    if first is None or last is None:
        return False
    return tense_of(tree, first, last + 1) in ("future", "prospective")


def clock_days(
    tree: Tree, published: dt.date | None, times: list[TimeMention]
) -> tuple[TimeMention, ...]:
    """A time of day with no day of its own is on the day its clause names.

    "made its first flight Tuesday at 18:00 UTC": Tuesday's date, not the
    publication day's. The day must hang from the same verb ("left on
    Boxing Day, she said at 1215 GMT" says nothing of the day she spoke),
    and a day "since" which something lasts places nothing on it. A clock
    time alone in its clause is on the day the text named last ("will meet on
    Friday ... is due to start at 0915 GMT"), as a part of the day
    alone is (anaphora.py).
    """
    verbs = [
        None if _after_since(tree, t) else verb_of(tree, tree.token_at(t.span[0])) for t in times
    ]
    found: list[TimeMention] = []
    for i, time in enumerate(times):
        days = [
            (abs(j - i), other.value)
            for j, other in enumerate(times)
            if verbs[j] is not None
            and verbs[j] == verbs[i]
            and other.value.precision == "day"
            and other.value.value
            and not clock_only(other.text)
            and not _day_of_a_market_figure(tree, other)
        ]
        alone = verbs[i] is not None and verbs.count(verbs[i]) == 1
        if clock_only(time.text) and not days and alone and _CLOCK_FIGURES.search(time.text):
            days = _day_named_last(found, verbs, published)
        if clock_only(time.text) and days:
            day = min(days, key=lambda pair: pair[0])[1]
            value = DateValue(day.value, "day", day.basis, time.text)
            found.append(dataclasses.replace(time, value=value))
        else:
            found.append(time)
    return tuple(found)


def _day_of_a_market_figure(tree: Tree, day: TimeMention) -> bool:
    """Whether a day owns a market's figure: "from Tuesday's close", "erasing Monday's gains".

    The figure of a session gone is what the clause's move is told against,
    not the day of the move: "by midday the index had slipped 2% from
    Tuesday's close" is midday of the day told of, not of Tuesday.
    """
    last = tree.token_at(day.span[1] - 1)
    if last is None or last + 2 >= len(tree):
        return False
    after = tree.tokens[last + 1 : last + 3]
    return after[0].text in ("'s", "\u2019s") and after[1].text.lower() in _MARKET_FIGURES


# The nouns of what a market did in a session, that a day before them owns.
_MARKET_FIGURES = frozenset(
    {"close", "closing", "open", "opening", "gain", "gains", "loss", "losses", "rally", "fall"}
    | {"drop", "decline", "slide", "plunge", "rise", "rebound", "level", "high", "low", "session"}
)


# A time told in figures ("1330 GMT", "6:40 p.m."), not a part of the day ("afternoon").
_CLOCK_FIGURES = re.compile(r"\d")


def _day_named_last(
    found: Sequence[TimeMention], verbs: Sequence[int | None], published: dt.date | None
) -> list[tuple[int, DateValue]]:
    """The day the text named last before a clock time alone, if it is a day of the news.

    Within a week of the publication day: not a day of history the text
    recalls ("delayed by the 11 September attacks"), nor a day "since" which
    something lasts. A mention of no value after the day may be a day misread
    ("on Friday 15 protesters"): then no day is sure.
    """
    told = [
        other
        for j, other in enumerate(found)
        if verbs[j] is not None
        and not clock_only(other.text)
        and (other.value.precision == "day" or not other.value.value)
    ]
    day = day_of(told[-1].value) if told else None
    if day is None or published is None or abs((day - published).days) > _A_WEEK:
        return []
    return [(0, told[-1].value)]


_A_WEEK = 7


def old_years(tree: Tree, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
    """A number before 1800 the model took as a date, and no clock time, is that year.

    "set up in 1337", "the 1776 edition". Such numbers read as clock times too
    ("from 1130 to 1215 GMT"): one that a day was given to as a time of day
    keeps it, and one after "at" or before a time zone is left alone.
    """
    return tuple(
        dataclasses.replace(time, value=DateValue(time.text[:4], "year", "text", time.text))
        if time.value.value is None and _an_old_year(tree, tree.token_at(time.span[0]))
        else time
        for time in times
    )


def _an_old_year(tree: Tree, first: int | None) -> bool:
    if first is None:
        return False
    token = tree.tokens[first]
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    after = tree.tokens[first + 1].text.lower() if first + 1 < len(tree.tokens) else ""
    return _OLD_YEAR.match(token.text) is not None and before != "at" and after not in ZONES


_OLD_YEAR = re.compile(r"^1[0-7]\d\d$")


def _after_since(tree: Tree, time: TimeMention) -> bool:
    first = tree.token_at(time.span[0])
    return first is not None and first > 0 and tree.tokens[first - 1].text.lower() == "since"


def event_days(tree: Tree) -> dict[tuple[int, int], DateValue]:
    """The days named for a world event ("the 11 September attacks"), by their tokens.

    ``lexicons/event_days.tsv``: the date must be followed by one of its
    cues, or by the noun it names a kind of with words that describe it
    between ("the 11 September terrorist attacks", "the 11 September World
    Trade Centre attack").
    """
    found = {}
    table = event_table()
    for i in range(len(tree)):
        for words, (day, cues) in table.get(tree.tokens[i].text.lower(), {}).items():
            end = i + len(words)
            if tuple(t.text.lower() for t in tree.tokens[i:end]) != words:
                continue
            if "*" in cues or cues & _words_described(tree, end):
                text = tree.span_text(i, end)
                found[(i, end)] = DateValue(day, "day", "text", text)
    return found


def years_told_ended(tree: Tree, published: dt.date | None) -> dict[tuple[int, int], DateValue]:
    """Each "the year" a subject is told to have ended or closed, by its tokens.

    "Exports closed the year on a strong footing", "the index closed the year 7%
    higher": the year is over, so said in January it is the last one, not the
    one under way; said in December, the one ending. A year to come ("will end
    the year") or a part of it ("ended the year's first session") is left.
    """
    found: dict[tuple[int, int], DateValue] = {}
    if published is None:
        return found
    year = published.year if published.month == _DECEMBER else published.year - 1
    for i in range(len(tree) - 1):
        if [t.text.lower() for t in tree.tokens[i : i + 2]] != ["the", "year"]:
            continue
        verb = tree.tokens[i + 1].head
        if tree.tokens[verb].lemma.lower() in _ENDING_VERBS and past_verb(tree, verb):
            found[(i, i + 2)] = DateValue(
                f"{year:04d}", "year", "relative", tree.span_text(i, i + 2)
            )
    return found


_DECEMBER = 12
# What a market or a figure does to a year at its close: "ended the year", "closed the year".
_ENDING_VERBS = frozenset({"end", "close", "finish"})


# The most words that may describe an event between its day and its noun.
_EVENT_DESCRIBERS = 4


def _words_described(tree: Tree, start: int) -> set[str]:
    """The words from ``start`` up to the noun they describe: "terrorist attacks".

    The first word, then each after it while the one before is a name, an
    adjective or a noun that describes the next, up to a few.
    """
    words = set()
    for token in tree.tokens[start : start + _EVENT_DESCRIBERS + 1]:
        words.add(token.text.lower())
        if token.pos not in ("PROPN", "ADJ", "NOUN") or token.dep not in _DESCRIBING:
            break
    return words


_DESCRIBING = frozenset({"compound", "amod", "nmod"})
