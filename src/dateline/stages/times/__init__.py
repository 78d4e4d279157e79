"""Times: the publication date, and the date each time expression names.

The time expressions are the NLP model's DATE and TIME entities. Each is
resolved against the publication date (:mod:`.resolve`), on the side of it
its clause's tense points to ("met on Friday", "will meet on Friday"). An
article that comes with no publication date gets one inferred
(:mod:`.published`) from a caption's date, a dateline, or the
latest full date of its text, when nothing in the text contradicts it; no
year is ever invented.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence

from dateline import lexicons
from dateline.dates import day_of
from dateline.records import Analysis, DateValue, Entity, TimeMention, Token
from dateline.stages import Stage
from dateline.stages._tree import Tree
from dateline.stages.quotes import cues as quote_cues
from dateline.stages.times import idioms, missed
from dateline.stages.times.anaphora import a_period_a_year_back, from_earlier_dates
from dateline.stages.times.durations import with_durations, with_lengths_repeated
from dateline.stages.times.periods import reference_phrases
from dateline.stages.times.published import infer_published
from dateline.stages.times.ranges import in_order, with_years_spanned
from dateline.stages.times.resolve import (
    Tense,
    clock_only,
    deictic_phrases,
    explicit_date,
    holiday_names,
    numeric_date,
    resolve,
)
from dateline.stages.times.within import resolve_within

__all__ = ["explicit_date", "find_times", "resolve"]

_TIME_LABELS = frozenset({"DATE", "TIME"})
_RANGE_WORDS = frozenset({"to", "and", "through", "until", "till", "-", "–"})
# Words that join two dates the model takes as one, though they make no range: "16 or 17
# March", "higher in December than November" (not "more than 20 years"). Only the range
# words put the ends in order.
_CUT_WORDS = _RANGE_WORDS | {"or", "than"}
_RANGE_OPENERS = frozenset({"from", "between"})
_MODIFIERS = frozenset({"this", "last", "next", "earlier", "later"})
_BARE_UNITS = frozenset({"day", "month", "quarter", "year", "week"})
_COUNTED_UNITS = frozenset(
    {"minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "quarters"}
    | {"year", "years", "decade", "decades"}
)
_DEICTIC = frozenset({"this", "last", "next"})
# What may follow a comma inside one date: a year, a day ("Friday, 3 March"), a month.
_DATE_GOES_ON = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th)?|"
    + "|".join(n for n in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept") if n)
    + r")\.?$",  # "Thursday, Jan. 15"
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DAY_NUMBER = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")
_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
_ZONES = frozenset({"gmt", "bst", "utc"})
# What a time expression has in it: a number, or a word of the calendar or the
# clock. The model tags some names and bare counts as dates ("Richard Belmar,
# 32"); with none of these they are no time expression.
_TIMEISH = re.compile(
    r"\b(?:\d{3,4}\s*(?:gmt|bst|utc)|\d{4}|\d{1,2}/\d{1,2}/\d\d|\d{1,2}[:.]\d{2}|\d+(?:st|nd|rd|th|s)|"
    + "|".join(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))
    + "|"
    + "|".join(rf"{n.lower()}\." for n in (*calendar.month_abbr[1:], "Sept"))  # "Dec. 25"
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s+\d{1,2}(?!\d)"  # "Oct 1"
    + r"|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|hours?|minutes?|seconds"
    r"|mornings?|afternoons?|evenings?|nights?|noon|midday|midnight|weekends?|spring|summer|fall"
    r"|autumn|winter|christmas|easter|now|nowadays|currently|lately|present|today|tonight"
    r"|tomorrow|yesterday|recent|recently"
    r"|past|future|ago|time|period|era|quarters?|half|annual|daily|weekly|seasons?|sessions?"
    r"|moment|soon"
    r"|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
    r"|gmt|bst|utc|am|pm|[ap]\.m\.|\d{1,2}(?:[:.]\d\d)?[ap]m|q[1-4]|fy\s?\d{4})(?!\w)",  # "3pm"
    re.IGNORECASE,
)
# A holiday's name is a time expression though it has no word of the calendar: "Thanksgiving".
_HOLIDAY_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, holiday_names()), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_DAY_WORDS = frozenset(
    {*(name.lower() for name in calendar.day_name), "yesterday", "today", "tomorrow"}
)
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_CLOCK_TOKEN = re.compile(r"^\d{4}(?:gmt|bst|utc)$", re.IGNORECASE)
_HOURS = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
# "the BBC's Today programme" is a programme, not a day.
_NOT_DAYS = frozenset({"programme", "program", "show", "newspaper"})
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall"})
# What may, must or should be done is to come, unless it may have been done.
# "Could" is left out: it is as often the past of "can" ("could not be reached on Monday").
_FUTURE_MODALS = frozenset({"may", "might", "must", "should"})
_FUTURE_VERBS = frozenset({"due", "schedule", "expect", "plan", "set", "go", "intend"})
# Verbs whose complement is to come after them: what one hopes, needs or vows to do.
_INTENT_VERBS = frozenset(
    {"hope", "aim", "need", "want", "seek", "promise", "pledge", "vow", "threaten", "prepare"}
)
_FUTURE_ADJECTIVES = frozenset({"due", "upcoming", "forthcoming"})
# Words that forecast what someone will do: "is likely to", "seems certain to", "is
# tipped to", "is poised to", "is slated to" (the model lemmatises "tipped" "tip").
_LIKELY = frozenset({"likely", "unlikely", "certain", "sure", "bound", "tip", "poise", "slate"})


def find_times(analysis: Analysis) -> Analysis:
    """Add every time expression with its date, and infer a publication date the input lacked."""
    article = analysis.article
    tree = Tree(analysis.parse, article.text)
    published = article.published
    if published.value is None:
        published = infer_published(article, tree)
    anchor = day_of(published)
    events = (
        _event_days(tree)
        | missed.next_years_told_short(tree, anchor)
        | _years_told_ended(tree, anchor)
    )
    pieces = [
        (entity, start, end)
        for entity in _expressions(tree, analysis.parse.entities, events)
        for start, end in _lines(article.text, entity.start, entity.end)
        if (entity.token_start, entity.token_end) in events
        or _TIMEISH.search(article.text[start:end])
        or _HOLIDAY_NAME.search(article.text[start:end])
        or missed.elided_part(tree, entity.token_start)
    ]
    # A span counted back from a day ("the year to 31 March") has no date of its own.
    counted_back = {(start, end) for entity, start, end in pieces if entity.label == _SPAN_TO_A_DAY}
    unclocked = [
        TimeMention(
            span=(start, end),
            text=article.text[start:end],
            value=events.get((entity.token_start, entity.token_end))
            or (
                DateValue("PRESENT_REF", "vague", "relative", article.text[start:end])
                if entity.label == missed.NOWADAYS
                else None
            )
            or (
                DateValue(text=article.text[start:end])
                if (start, end) in counted_back
                else dataclasses.replace(
                    resolve_within(
                        _as_told(tree, entity, article.text[start:end]),
                        published,
                        tense=_tense(tree, entity.token_start, entity.token_end),
                    ),
                    text=article.text[start:end],
                )
            ),
        )
        for entity, start, end in pieces
    ]
    times = _clock_days(tree, anchor, unclocked)
    # A time of day its clause gives a day ("by midday on Monday") is not counted from another.
    clocked = {t.span for t, u in zip(times, unclocked, strict=True) if t.value != u.value}
    times = _weekdays_with_dates(article.text, times)
    times = in_order(article.text, times, lambda t: _looks_ahead(tree, t))
    if anchor is not None:
        of_now = _a_year_back_from_now(tree, times)
        times = tuple(
            old if old.span in counted_back | clocked else new
            for old, new in zip(
                times,
                from_earlier_dates(
                    times,
                    anchor,
                    lambda t: _compared(article.text, t) and t.span not in of_now,
                    _periods_ended(article.text, times),
                    lambda t: (
                        _against_figure(article.text, t)
                        or _target(article.text, t, anchor)
                        or _since_a_record(article.text, t)
                    ),
                ),
                strict=True,
            )
        )
    times = _fiscal_years_told(article.text, _quarters_ended(article.text, times), counted_back)
    times = _old_years(tree, _days_told_after(article.text, times))
    times = with_years_spanned(
        article.text, with_durations(tree, _parts_of_year_named(tree, times))
    )
    times = with_lengths_repeated(_years_counted_back(times, counted_back))
    times = _restated_against_a_plan(article.text, times)
    article = dataclasses.replace(article, times=times, published=published)
    return dataclasses.replace(analysis, article=article)


def _restated_against_a_plan(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
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


def _as_told(tree: Tree, entity: Entity, text: str) -> str:
    """The words a mention is resolved as: "the New Year" at a point in time is its holiday.

    "Shares dipped at the New Year" tells of New Year's Day, the nearest on
    its tense's side; "in the New Year" is the year ahead (``time_words.tsv``).
    "The second" after "the third quarter" is the second quarter.
    """
    start = entity.token_start
    if text == "the New Year" and start > 0 and tree.tokens[start - 1].text.lower() in _AT_A_DAY:
        return "New Year's Day"
    unit = missed.elided_part(tree, start) if entity.token_end - start == 2 else None
    return f"{text} {unit}" if unit else text  # "in the second", after "the third quarter"


# Prepositions that put what is told at a holiday's day, not in the year it opens.
_AT_A_DAY = frozenset({"at", "over", "around", "since", "before", "after"})


def _weekdays_with_dates(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """A weekday and the date after it are one date: "Wednesday, 15 October 2008".

    The model takes them apart; the weekday alone would be the last such day.
    The date's day must fall on that weekday.
    """
    found: list[TimeMention] = []
    for time in times:
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.text in _WEEKDAY_NAMES
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


def _a_year_back_from_now(tree: Tree, times: Sequence[TimeMention]) -> set[tuple[int, int]]:
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
        if words in _A_YEAR_AGO and sentence not in dated and _told_in_the_present(tree, first):
            spans.add(time.span)
        dated.add(sentence)
    return spans


_A_YEAR_AGO = frozenset({"a year ago", "one year ago"})


def _told_in_the_present(tree: Tree, token: int) -> bool:
    """Whether the first verb above ``token`` is in the simple present: "are", "stands".

    Not "have risen", which results news tells of a period as often as of now.
    """
    for _, parent in tree.ancestors(token, _CLAUSE_STEPS):
        if tree.tokens[parent].pos not in _VERBS:
            continue
        helped = any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[parent])
        return tree.tokens[parent].tag in ("VBP", "VBZ") and not helped
    return False


def _compared(text: str, time: TimeMention) -> bool:
    """Whether a mention is the term of a comparison: "from $95m a year ago", "on a year ago"."""
    return bool(_COMPARED.search(text[max(0, time.span[0] - 60) : time.span[0]]))


# A preposition of comparison, and the figure compared if any: "from 798m euros", "with a
# loss of $793m", "on".
_COMPARED = re.compile(
    r"\b(?:from|with|on|than|to|against)\s+(?:(?:an?\s+)?(?:\w+\s+of\s+)?"
    r"[$£€]?\d[\d.,]*\w*(?:\s+[a-z]+)?\s+)?$",
    re.IGNORECASE,
)


def _against_figure(text: str, time: TimeMention) -> bool:
    """Whether a date is the one a figure is compared with.

    "Profit fell to $410m, down from $2bn in the final quarter of 2003", or
    "compared unfavourably with 2003's figure": the figures told are of
    another period, which "the quarter" and "a year earlier" after it mean.
    """
    return bool(_AGAINST_FIGURE.search(text[max(0, time.span[0] - 60) : time.span[0]]))


def _target(text: str, time: TimeMention, published: dt.date) -> bool:
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


def _since_a_record(text: str, time: TimeMention) -> bool:
    """Whether a date is the last time a record was matched: "their lowest level since 1945".

    It is no period figures are told of: "the full year" after it is the
    year of the figures told before it, not 1945.
    """
    return bool(_SINCE_A_RECORD.search(text[max(0, time.span[0] - 60) : time.span[0]]))


_SINCE_A_RECORD = re.compile(
    r"\b(?:lowest|highest|worst|best|biggest|largest|smallest|strongest|weakest|steepest"
    r"|sharpest|deepest|fastest|slowest|first\s+time)\b[^.;]{0,40}\bsince\s+$",
    re.IGNORECASE,
)
_YEAR_START = re.compile(r"^\d{4}")
_AGAINST_FIGURE = re.compile(
    r"(?:\b(?:from|with|than|against)\s+(?:an?\s+)?(?:\w+\s+of\s+)?[$£€]?\d[\d.,]*\w*"
    r"(?:\s+[a-z]+)?\s+(?:in|during|for|over)\s+|\bcompared\s+(?:\w+ly\s+)?(?:with|to)\s+"
    r"|\d(?:%|\s+per\s*cent)\s+(?:from|on|over)\s+(?:its|their)\s+)$",  # "up 27% on its 2003 total"
    re.IGNORECASE,
)


def _periods_ended(text: str, times: Sequence[TimeMention]) -> dict[tuple[int, int], DateValue]:
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


def _fiscal_years_told(
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
        if fiscal is None or count.span in counted_back:
            continue
        value = None
        if _takes_the_fiscal_year(count, told=told is not None):
            value = dataclasses.replace(fiscal, text=count.text)
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
    """Whether a mention is the fiscal year the text ran a year to (:func:`_fiscal_years_told`).

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


def _quarters_ended(text: str, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
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


def _days_told_after(text: str, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
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


def _parts_of_year_named(tree: Tree, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
    """A half or quarter told with no year is of the year its sentence named just before it.

    "sales were flat early in 2006, and should recover in the second half":
    2006's second half, whichever half is nearest the publication day. So is
    a part "of the year" told as done after a year in figures ("rose 15% in
    2003, but 2% in the second half of the year"): the year is the one just
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
    return _tense(tree, first, last + 1) == "past" and not _foreseen(tree, node)


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


def _looks_ahead(tree: Tree, time: TimeMention) -> bool:
    """Whether the clause of a mention says it is to come, or was to come."""
    first, last = tree.token_at(time.span[0]), tree.token_at(time.span[1] - 1)
    if first is None or last is None:
        return False
    return _tense(tree, first, last + 1) in ("future", "prospective")


def _clock_days(
    tree: Tree, published: dt.date | None, times: list[TimeMention]
) -> tuple[TimeMention, ...]:
    """A time of day with no day of its own is on the day its clause names.

    "made its first flight Tuesday at 18:00 UTC": Tuesday's date, not the
    publication day's. The day must hang from the same verb ("left on
    Boxing Day, she said at 1215 GMT" says nothing of the day she spoke),
    and a day "since" which something lasts places nothing on it. A clock
    time alone in its clause is on the day the text named last ("will meet on
    Tuesday ... is due to take place at 1330 GMT"), as a part of the day
    alone is (anaphora.py).
    """
    verbs = [
        None if _after_since(tree, t) else _verb_of(tree, tree.token_at(t.span[0])) for t in times
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


def _old_years(tree: Tree, times: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
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
    return _OLD_YEAR.match(token.text) is not None and before != "at" and after not in _ZONES


_OLD_YEAR = re.compile(r"^1[0-7]\d\d$")


def _after_since(tree: Tree, time: TimeMention) -> bool:
    first = tree.token_at(time.span[0])
    return first is not None and first > 0 and tree.tokens[first - 1].text.lower() == "since"


def _verb_of(tree: Tree, token: int | None) -> int | None:
    """The verb a token's phrase hangs from, a few steps up."""
    for _ in range(6):
        if token is None:
            return None
        parent = tree.tokens[token].head
        if parent == token:
            return token if tree.tokens[token].pos in ("VERB", "AUX") else None
        token = parent
        if tree.tokens[token].pos in ("VERB", "AUX"):
            return token
    return None


def _event_days(tree: Tree) -> dict[tuple[int, int], DateValue]:
    """The days named for a world event ("the 11 September attacks"), by their tokens.

    ``lexicons/event_days.tsv``: the date must be followed by one of its
    cues, or by the noun it names a kind of with words that describe it
    between ("the 11 September terrorist attacks", "the 11 September World
    Trade Centre attack").
    """
    found = {}
    table = _event_table()
    for i in range(len(tree)):
        for words, (day, cues) in table.get(tree.tokens[i].text.lower(), {}).items():
            end = i + len(words)
            if tuple(t.text.lower() for t in tree.tokens[i:end]) != words:
                continue
            if "*" in cues or cues & _words_described(tree, end):
                text = tree.span_text(i, end)
                found[(i, end)] = DateValue(day, "day", "text", text)
    return found


def _years_told_ended(tree: Tree, published: dt.date | None) -> dict[tuple[int, int], DateValue]:
    """Each "the year" a subject is told to have ended or closed, by its tokens.

    "Sales ended the year on a high note", "the index closed the year 7%
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
        if tree.tokens[verb].lemma.lower() in _ENDING_VERBS and _past(tree, verb):
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


@functools.cache
def _event_table() -> dict[str, dict[tuple[str, ...], tuple[str, frozenset[str]]]]:
    by_first: dict[str, dict[tuple[str, ...], tuple[str, frozenset[str]]]] = {}
    for row in lexicons.table("event_days.tsv"):
        words = tuple(row["phrase"].split())
        by_first.setdefault(words[0], {})[words] = (row["date"], frozenset(row["cues"].split()))
    return by_first


def _expressions(
    tree: Tree, entities: tuple[Entity, ...], events: dict[tuple[int, int], DateValue]
) -> list[Entity]:
    """The model's DATE and TIME entities, and the bare years it missed ("by 2011").

    A "this", "last" or "next" the model left out of an entity is put back,
    and so is the day of a date written day first ("5 March 2024", where
    the model, in a capitalised dateline, takes "March 2024" alone). So is
    the first half of a hyphenated word ("fourth-quarter profit", where the
    model takes "quarter"), and the part of the day after a day ("Friday
    morning", which the model cuts in two).
    """
    spans = [*events, *_months_of_a_quarter(tree), *missed.times_from_now(tree)]
    found = [Entity("DATE", tree.tokens[i].start, tree.tokens[j - 1].end, i, j) for i, j in spans]
    covered: set[int] = {t for i, j in spans for t in range(i, j)}
    named = _named_days(tree)
    for entity in entities:
        if entity.label not in _TIME_LABELS or covered & set(
            range(entity.token_start, entity.token_end)
        ):
            continue
        first, last = _widened(tree, entity)
        if (
            _names_no_day(tree, first, last)
            or tree.tokens[last - 1].text.lower() in _AMOUNTS
            or _half_of_a_game(tree, first, last)
            or _record(tree, first, last)
            or _in_a_row(tree, first, last)
            or _won_the_day(tree, first, last)
            or _compared_on(tree, first, last)
            or _every(tree, first, last)
            or _a_fall(tree, first, last)
            or _holiday_in_a_name(tree, first, last)
            or _around_a_holiday(tree, first, last)
            or named & set(range(first, last))
            or _event_relative(tree, first, last)
            or idioms.says_no_time(tree, first, last)
            or _how_often_of_a_thing(tree, first, last)
            or (last == first + 1 and tree.tokens[first].text.lower() in _BARE_UNITS)
            or _AGE.match(tree.text[tree.tokens[first].start : tree.tokens[last - 1].end])
            or _no_year(tree, first, last)
        ):
            continue
        whole = dataclasses.replace(
            entity,
            token_start=first,
            start=tree.tokens[first].start,
            token_end=last,
            end=tree.tokens[last - 1].end,
        )
        for piece in _apart(tree, whole):
            found += [
                dataclasses.replace(end, label=_SPAN_TO_A_DAY)
                if _span_to_a_day(tree, end.token_start, end.token_end)
                else end
                for end in _range_ends(tree, piece)
            ]
        covered.update(range(whole.token_start, whole.token_end))
    found += _holidays(tree, covered)
    found += _references_found(tree, covered)
    found += _seasons(tree, covered)
    found += _falls(tree, covered)
    found += _parts_of_year(tree, covered)
    found += _parts_of_day(tree, covered)
    found += _the_period(tree, covered)
    found += _clocks(tree, covered)
    found += _numeric_dates(tree, covered)
    found += _agos(tree, covered)
    found += _missed_days(tree, covered, named)
    found += missed.deictic_days(tree, covered)
    found += missed.anaphors(tree, covered)
    found += missed.decades(tree, covered)
    found += missed.split_years(tree, covered)
    found += missed.counted_lengths(tree, covered)
    found += missed.lasting_lengths(tree, covered)
    found += missed.elided_parts(tree, covered)
    for i, token in enumerate(tree.tokens):
        if i in covered or not _YEAR.match(token.text) or i == 0:
            continue
        before = tree.tokens[i - 1]
        if before.pos == "ADP" or before.text.lower() in ("and", "to", "or"):
            found.append(Entity("DATE", token.start, token.end, i, i + 1))
    return sorted(found, key=lambda e: e.start)


# A count the model takes for a date when it holds "half": "two and a half million cars".
_AMOUNTS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


def _months_of_a_quarter(tree: Tree) -> list[tuple[int, int]]:
    """The tokens of a quarter told by its months: "the July to September period".

    The model takes it whole, in two ("October", "December quarter") or with
    its ends as a range; it is one quarter of the year (resolve.py).
    """
    found = []
    for i, token in enumerate(tree.tokens):
        if token.text.lower() not in _QUARTER_STARTS:
            continue
        j = i + 1
        while j < len(tree) and tree.tokens[j].text.lower() in ("to", "-", "–", "through"):
            j += 1
        if (
            j + 1 < len(tree)
            and j > i + 1
            and tree.tokens[j].text.lower() == _QUARTER_STARTS[token.text.lower()]
            and tree.tokens[j + 1].text.lower() in ("period", "quarter")
        ):
            first = i - 1 if i > 0 and tree.tokens[i - 1].text.lower() == "the" else i
            last = j + 2
            if last + 1 < len(tree) and tree.tokens[last].text.lower() in ("of", "in"):
                last += 2 if _YEAR.match(tree.tokens[last + 1].text) else 0  # "... of 2004"
            found.append((first, last))
    return found


# The first month of each quarter, and its last.
_QUARTER_STARTS = {"january": "march", "april": "june", "july": "september", "october": "december"}

_SPAN_TO_A_DAY = "DURATION"
"""The label of a span of time counted back from a day: no date of its own."""


def _span_to_a_day(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is a year counted back from a day: "the year to 31 March".

    It is twelve months ending on that day (the day is a date of its own),
    not the calendar year.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if words[:1] == ["the"]:
        words = words[1:]
    if words not in (["year"], ["12", "months"], ["twelve", "months"]) or last + 1 >= len(tree):
        return False
    after, then = tree.tokens[last].text.lower(), tree.tokens[last + 1].text
    return after in ("to", "ending", "ended") and (
        then in _MONTH_NAMES or bool(_DAY_OF_MONTH.match(then))
    )


def _years_counted_back(
    times: tuple[TimeMention, ...], counted_back: set[tuple[int, int]]
) -> tuple[TimeMention, ...]:
    """A year counted back from a day or month lasts a year: "the year to March 2005" is P1Y.

    TimeML makes it a DURATION ending on that day, as "the 12 months to
    March" is P12M; "the year" alone names no length (:mod:`.durations`).
    """
    return tuple(
        dataclasses.replace(t, duration="P1Y")
        if t.span in counted_back and t.duration is None and _A_YEAR.match(t.text.lower())
        else t
        for t in times
    )


_A_YEAR = re.compile(r"^(?:the\s+)?year$")


def _named_days(tree: Tree) -> set[int]:
    """The weekdays inside names that name no day: "the Sunday Times", "Sheffield Wednesday".

    ``lexicons/day_names.txt``, matched with their case.
    """
    spans = [m.span() for m in _day_names().finditer(tree.text)]
    return {
        i
        for i, token in enumerate(tree.tokens)
        if token.text in _WEEKDAY_NAMES and any(s <= token.start < e for s, e in spans)
    }


@functools.cache
def _day_names() -> re.Pattern[str]:
    names = sorted(lexicons.entries("day_names.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


_WEEKDAY_NAMES = frozenset(calendar.day_name)
_MONTH_NAMES = frozenset(n for n in calendar.month_name if n)
_DAY_OF_MONTH = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
# Words after which a weekday is a day: "on Monday", "until Friday", "last Saturday".
_DAY_PREPOSITIONS = frozenset(
    {"on", "since", "until", "till", "by", "before", "after", "from", "to", "through", "ending"}
)


def _missed_days(tree: Tree, covered: set[int], named: set[int]) -> list[Entity]:
    """Days the model missed or took for something else: "on 5 May", "a 5 May poll", "until Monday".

    A day of the month with its month's name (and its year) is a date
    wherever it stands, for "5 May" is no number nor name. "May" alone is
    left: it is also a verb and a name. A weekday is a day after a word that
    puts it in time ("on", "until", "last"), unless it is in a name ("the
    Mail on Sunday").
    """
    found = []
    for i, token in enumerate(tree.tokens):
        if i in covered:
            continue
        if token.text in _MONTH_NAMES:
            span = _day_and_month(tree, i)
        elif token.text.rstrip(".") in _MONTH_ABBREVIATIONS:
            span = _abbreviated_day(tree, i)
        elif token.text in _WEEKDAY_NAMES and i not in named and i > 0:
            span = _weekday_after_preposition(tree, i)
        else:
            span = None
        if span is None or covered & set(range(*span)):
            continue
        first, last = span
        found.append(
            Entity("DATE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        )
        covered.update(range(first, last))
    return found


def _day_and_month(tree: Tree, month: int) -> tuple[int, int] | None:
    """The tokens of "5 May", "May 5" or "5 May 2005" around a month name, if it has its day."""
    first, last = month, month + 1
    if month > 0 and _DAY_OF_MONTH.match(tree.tokens[month - 1].text):
        first = month - 1
    elif last < len(tree) and _DAY_OF_MONTH.match(tree.tokens[last].text):
        last += 1
    else:
        return None
    if last < len(tree) and tree.tokens[last].text == "," and last + 1 < len(tree):
        if _YEAR.match(tree.tokens[last + 1].text):
            last += 2
    elif last < len(tree) and _YEAR.match(tree.tokens[last].text):
        last += 1
    return first, last


def _abbreviated_day(tree: Tree, month: int) -> tuple[int, int] | None:
    """The tokens of "Oct 1" or "Oct. 1, 2008": an abbreviated month with its day after it.

    Not "Jan" alone, which is also a name.
    """
    last = month + 1
    if last >= len(tree) or not _DAY_OF_MONTH.match(tree.tokens[last].text):
        return None
    last += 1
    if (
        last + 1 < len(tree)
        and tree.tokens[last].text == ","
        and _YEAR.match(tree.tokens[last + 1].text)
    ):
        last += 2
    return month, last


_MONTH_ABBREVIATIONS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)


def _weekday_after_preposition(tree: Tree, day: int) -> tuple[int, int] | None:
    """The tokens of "on Monday", "last Saturday" or "until Friday night", without "on"."""
    before = tree.tokens[day - 1].text.lower()
    if before in _DEICTIC:
        first = day - 1  # "last Saturday"
    elif before in _DAY_PREPOSITIONS:
        first = day
    else:
        return None
    last = day + 1
    if last < len(tree) and tree.tokens[last].text.lower() in _PARTS_OF_DAY:
        last += 1
    return first, last


def _agos(tree: Tree, covered: set[int]) -> list[Entity]:
    """A count of time "ago" the model missed: "agreed a fortnight ago", "two weeks ago".

    Or a count "later" or "earlier" it missed: a date counted from another
    (:mod:`.anaphora`). The model finds most; it loses one it joins to the
    date before a comma ("on November 14, two days later than planned"),
    as that date ends at the comma (:func:`_widened`).
    """
    found = []
    for i in range(2, len(tree)):
        if tree.tokens[i].text.lower() not in _COUNTED_FROM or covered & {i - 2, i - 1, i}:
            continue
        unit, count = tree.tokens[i - 1], tree.tokens[i - 2]
        if unit.text.lower().removesuffix("s") in (*_SPAN_UNITS, "fortnight") and (
            count.pos == "NUM" or count.text.lower() in ("a", "an", "few", "several", "many")
        ):
            found.append(Entity("DATE", count.start, tree.tokens[i].end, i - 2, i + 1))
            covered.update((i - 2, i - 1, i))
    return found


# The words after a count of units that make it a date: "two weeks ago", "two days later".
_COUNTED_FROM = frozenset({"ago", "later", "earlier"})


def _numeric_dates(tree: Tree, covered: set[int]) -> list[Entity]:
    """Dates in figures the model took as numbers or names: "signed on 7/8/07", "in FY2010"."""
    return [
        Entity("DATE", token.start, token.end, i, i + 1)
        for i, token in enumerate(tree.tokens)
        if i not in covered
        and (numeric_date(token.text, None) is not None or _FISCAL_TOKEN.match(token.text))
    ]


_FISCAL_TOKEN = re.compile(r"^FY(?:19|20)\d\d$")


def _clocks(tree: Tree, covered: set[int]) -> list[Entity]:
    """Times of day on the 24-hour clock the model did not take: "at 2230GMT", "by 1200 GMT".

    Or with a colon, before a zone or after "at": "cut at 16:00 UTC"; or before "local
    time": "sank at 0800 local time"; or on the 12-hour clock: "at 10.30am", "by 4 p.m.".

    Before the bare years: "at 2000 GMT" is eight in the evening, not a year.
    """
    found = []
    for i, token in enumerate(tree.tokens):
        if i in covered:
            continue
        if _CLOCK_TOKEN.match(token.text):
            found.append(Entity("TIME", token.start, token.end, i, i + 1))
            covered.add(i)
        elif (
            (_HOURS.match(token.text) or _COLON_CLOCK.match(token.text))
            and i + 1 < len(tree)
            and i + 1 not in covered
            and tree.tokens[i + 1].text.lower() in _ZONES
        ):
            found.append(Entity("TIME", token.start, tree.tokens[i + 1].end, i, i + 2))
            covered.update((i, i + 1))
        elif _COLON_CLOCK.match(token.text) and i > 0 and tree.tokens[i - 1].text.lower() == "at":
            found.append(Entity("TIME", token.start, token.end, i, i + 1))  # "landed at 16:00"
            covered.add(i)
        elif _AM_PM.match(token.text):
            found.append(Entity("TIME", token.start, token.end, i, i + 1))  # "at 10.30am"
            covered.add(i)
        elif (
            _HOUR_OF_DAY.match(token.text)
            and i + 1 < len(tree)
            and i + 1 not in covered
            and tree.tokens[i + 1].text in _AM_PM_WORDS
            and tree.tokens[i + 1].pos not in ("AUX", "VERB")  # not "5 am I"
        ):
            found.append(Entity("TIME", token.start, tree.tokens[i + 1].end, i, i + 2))
            covered.update((i, i + 1))  # "at 10.30 am"
        elif (
            (_HOURS.match(token.text) or _COLON_CLOCK.match(token.text))
            and [t.text.lower() for t in tree.tokens[i + 1 : i + 3]] == ["local", "time"]
            and not covered & {i + 1, i + 2}
            and not _noun_after(tree, i + 3)
        ):
            found.append(Entity("TIME", token.start, tree.tokens[i + 2].end, i, i + 3))
            covered.update((i, i + 1, i + 2))  # "sank at 0800 local time"
    return found


def _noun_after(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a noun: "local time zones" are no clock time's zone."""
    return i < len(tree) and tree.tokens[i].pos == "NOUN"


# A time of day written with a colon: "16:00 UTC", "at 9:30".
_COLON_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
# A time of day on the 12-hour clock, in one token or two: "10.30am", "10.30 am", "4 p.m.".
_AM_PM = re.compile(r"^(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ap]\.?m\.?$", re.IGNORECASE)
_HOUR_OF_DAY = re.compile(r"^(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?$")
# With their case: "3 PM" may be three prime ministers.
_AM_PM_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "A.M.", "P.M."})


def _widened(tree: Tree, entity: Entity) -> tuple[int, int]:
    """The tokens of an entity with what the model left out of it, and without a final dash."""
    first = entity.token_start
    previous = tree.tokens[first - 1].text.lower() if first > 0 else ""
    if (
        previous in _MODIFIERS
        or (_DAY_NUMBER.match(previous) and tree.tokens[first].text.lower() in _MONTHS)
        or f"{previous} {tree.tokens[first].text.lower()}" in holiday_names()
    ):
        first -= 1  # "this week", "5 March", "Good Friday": the model takes the last word
    while _hyphen_before(tree, first):
        first -= 2
    if (
        first == entity.token_start == entity.token_end - 1
        and first > 0
        and previous == "the"
        and tree.tokens[first].text.lower() in _BARE_UNITS
    ):
        first -= 1  # "during the month": the model takes "month", which alone says no date
    if (
        first > 1
        and tree.tokens[first].text.lower() in _DAY_WORDS
        and tree.tokens[first - 1].text.lower() in ("following", "previous")
        and tree.tokens[first - 2].text.lower() == "the"
    ):
        first -= 2  # "the following Monday": the model takes "Monday"
    if (
        first > 1
        and tree.tokens[first - 1].text.lower() == "in"
        and tree.tokens[first - 2].text.lower() in ("early", "late", "earlier", "later")
    ):
        first -= 2  # "early in the new year"
    first = _full_year_before(tree, first)
    first, last = _trimmed(tree, first, entity.token_end)
    if _season_described(tree, first, last):
        first = last - 1  # "a mild winter", "warmer winter": the season, not how it was
    first, last = _decade_with_apostrophe(tree, first, last)
    first, last = _same_period(tree, first, _end_widened(tree, first, last))
    first, last = _year_back_joined(tree, first, last)
    for i in range(first + 1, last - 1):
        if tree.tokens[i].text == "," and not _DATE_GOES_ON.match(tree.tokens[i + 1].text):
            return first, i  # "April 30, a month before": the date ends at the comma
    return first, last


def _decade_with_apostrophe(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """A decade written "the 1990's", of which the model takes only the year.

    After "the" or "early", "mid" or "late" (with or without "the"), a year
    ending in 0 and "'s" is a decade ("the mid-1970's"); "1990's budget"
    alone is the year's.
    """
    if not (
        last < len(tree)
        and _DECADE_YEAR.match(tree.tokens[last - 1].text)
        and tree.tokens[last].text in ("'s", "’s")
    ):
        return first, last
    start = last - 1
    while start > 0 and tree.tokens[start - 1].text.lower() in _DECADE_PARTS:
        start -= 1
    if start > 0 and tree.tokens[start - 1].text.lower() == "the":
        start -= 1
    if start == last - 1 and not tree.tokens[start].text.lower().startswith("mid-"):
        return first, last
    return min(first, start), last + 1


_DECADE_YEAR = re.compile(r"^(?:mid-)?(?:1[89]|20)\d0$")
_DECADE_PARTS = frozenset({"early", "mid", "mid-", "late"})


def _full_year_before(tree: Tree, first: int) -> int:
    """The start of a year with the "full year" the model left out before it: "full year 2007".

    Not "full-year 2007", which the model cuts at its hyphen.
    """
    if not _YEAR.match(tree.tokens[first].text) or first < 2:
        return first
    if [t.text.lower() for t in tree.tokens[first - 2 : first]] == ["full", "year"]:
        first -= 2
        if first > 0 and tree.tokens[first - 1].text.lower() == "the":
            first -= 1
    return first


def _end_widened(tree: Tree, first: int, last: int) -> int:
    """The end of an entity with the word after it the model left out, if it is one of it."""
    if last >= len(tree):
        return last
    after = tree.tokens[last].text.lower()
    if after in _ZONES:
        return last + 1  # "1215 GMT": the model leaves the zone out of the time
    if (
        after == "local"
        and last + 1 < len(tree)
        and tree.tokens[last + 1].text.lower() == "time"
        and (
            _HOURS.match(tree.tokens[last - 1].text)
            or _COLON_CLOCK.match(tree.tokens[last - 1].text)
        )
        and not _noun_after(tree, last + 2)
    ):
        last += 2  # "0900 local time", where the model takes "0900", a year
    if (
        after in ("previously", "earlier", "later")
        and tree.tokens[first].pos == "NUM"
        and tree.tokens[last - 1].text.lower() in _COUNTED_UNITS
    ):
        return last + 1  # "23 years previously": the model takes "23 years", a span with no date
    if tree.tokens[last - 1].text.lower() in _DAY_WORDS and after in _PARTS_OF_DAY:
        return last + 1  # "Friday morning"
    if [t.text.lower() for t in tree.tokens[max(first, last - 2) : last]] == [
        "full",
        "year",
    ] and _YEAR.match(after):
        return last + 1  # "full year 2007", which the model cuts before the year
    return (
        missed.lasting_end(tree, first, last)
        or missed.to_come_end(tree, last)
        or _sessions_counted(tree, last)
        or _period_a_year_back(tree, last)
        or _day_it_counts_from(tree, first, last)
    )


def _period_a_year_back(tree: Tree, last: int) -> int | None:
    """The end of "the year-ago period" or "the year-earlier quarter", cut by the model.

    It may take "the year-ago" alone; the period is the date, a year before the one told.
    """
    before = [t.text.lower() for t in tree.tokens[max(0, last - 3) : last]]
    if before[-3:] not in (["year", "-", "ago"], ["year", "-", "earlier"]):
        return None
    return last + 1 if last < len(tree) and tree.tokens[last].text.lower() in _PERIODS else None


# The nouns a period a year back is told with: "the year-ago quarter", "the year-earlier period".
_PERIODS = frozenset({"period", "quarter", "half", "month", "week", "season"})


def _sessions_counted(tree: Tree, last: int) -> int | None:
    """The end of a market's sessions the model cut off: it takes "the past five" or "the past"."""
    sessions = _sessions_after(tree, last)
    if sessions and (_a_count(tree.tokens[last - 1]) or sessions > last + 1):
        return sessions
    return None


def _a_count(token: Token) -> bool:
    """Whether a token is a count: "five", "5", "few"."""
    return token.pos == "NUM" or token.text.lower() in ("few", "several", "many")


def _sessions_after(tree: Tree, last: int) -> int | None:
    """The end of a market's sessions counted right after ``last``: "(five) (trading) sessions"."""
    i = last
    if i < len(tree) and _a_count(tree.tokens[i]):
        i += 1
    if i < len(tree) and tree.tokens[i].text.lower() == "trading":
        i += 1
    if (
        i < len(tree)
        and tree.tokens[i].text.lower() == "sessions"
        and missed.market_sessions(tree, i)
    ):
        return i + 1
    return None


def _day_it_counts_from(tree: Tree, first: int, last: int) -> int:
    """The end of an entity with the day or word it counts from, which the model left out.

    "the early hours of Monday" (the model takes "the early hours"), and "the
    day before" at the end of a clause (it takes "the day").
    """
    after = tree.tokens[last].text.lower()
    if (
        [t.text.lower() for t in tree.tokens[first:last]] in _THE_UNIT
        and after in ("before", "after")
        and (last + 1 == len(tree) or tree.tokens[last + 1].pos == "PUNCT")
    ):
        return last + 1  # "The day before, they had risen": the day before the one named last
    if (
        tree.tokens[last - 1].text.lower() == "hours"
        and after == "of"
        and last + 1 < len(tree)
        and tree.tokens[last + 1].text.lower() in _DAY_WORDS
    ):
        # "the early hours of Monday", which the model cuts in two: Monday's first hours
        end = last + 2
        if end < len(tree) and tree.tokens[end].text.lower() in _PARTS_OF_DAY:
            end += 1
        return end
    return last


_THE_UNIT = (["the", "day"], ["the", "week"], ["the", "month"], ["the", "year"])


def _same_period(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """The tokens of "the same period of 2003" or "of last year", which the model cuts in two.

    It takes "the same period of" and "2003", or "the last year" alone: one
    expression, the period the text named last, in that year.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if (
        len(words) == 3
        and words[:2] == ["the", "same"]
        and last + 1 < len(tree)
        and tree.tokens[last].text.lower() in ("of", "in")
    ):
        end = _year_words_end(tree, last + 1)
        return (first, end) if end is not None else (first, last)
    if first >= 4 and _year_words_end(tree, first) == last:
        before = [t.text.lower() for t in tree.tokens[first - 4 : first]]
        if before[:2] == ["the", "same"] and before[3] in ("of", "in"):
            return first - 4, last
    return first, last


def _year_back_joined(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """The tokens of a period a year back that the model cut in two or took only the end of.

    "the same time last year" (the model takes "the same time" and "last
    year"), "the corresponding period last year" (it takes "last year"): one
    expression, the period the text named last, a year back. Joined only
    when the whole is a phrase of ``anaphoric_times.tsv``.
    """
    for start, end in (
        *((first - n, last) for n in (2, 3)),
        *((first, last + n) for n in (2, 3, 4)),
    ):
        if (
            start >= 0
            and end <= len(tree)
            and a_period_a_year_back(tree.text[tree.tokens[start].start : tree.tokens[end - 1].end])
        ):
            return start, end
    return first, last


def _year_words_end(tree: Tree, i: int) -> int | None:
    """Where a year named at token ``i`` ends: "2003", "last year", "the previous year"."""
    words = [t.text.lower() for t in tree.tokens[i : i + 3]]
    if words and _YEAR.match(words[0]):
        return i + 1
    if words[:2] in (["last", "year"], ["previous", "year"]):
        return i + 2
    if words[:1] == ["the"] and words[1:3] in (["last", "year"], ["previous", "year"]):
        return i + 3
    return None


def _trimmed(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """The tokens without the words the model takes around a date that are no part of it.

    "in both 2005 and 2006": "both 2005"; "5 March 2024 -": the dateline's
    dash; "from 15 November 2004 to 3 January": "15 November 2004 to"; "I
    answered this six months ago": "this six months ago".
    """
    first = _after_signal(tree, first, last)
    while first < last - 1 and tree.tokens[first].text.lower() in ("both", "either"):
        first += 1
    while first < last - 1 and (
        tree.tokens[first].pos == "AUX"
        or (tree.tokens[first].pos == "VERB" and tree.tokens[first].tag in _FINITE)  # not "coming"
        or (
            tree.tokens[first].text.lower() in ("a", "an")
            and tree.tokens[first + 1].text.lower() == "fall"
            and first + 2 < last
        )
    ):
        # "prices may fall next year": the verbs the model takes with the date ("may", the
        # month, and "fall", the season) are no part of it; nor is "a fall the year before"
        first += 2 if tree.tokens[first].text.lower() in ("a", "an") else 1
    if first < last - 1 and tree.tokens[first].text.lower() in _HOW_OFTEN:
        first += 1  # "the annual 2004 rate": how often is no part of the year
    if _article_of_the_noun_after(tree, first, last):
        first += 1  # "reported a full-year loss": the "a" is the loss's, not the year's
    first = _after_a_price(tree, first, last)
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if (
        len(words) == 3
        and _YEAR.match(words[0])
        and words[1:] in (["model", "year"], ["model", "years"])
    ):
        last -= 2  # "cars from the 2004 model year": the year names the cars' year
    if (
        last - first > 2
        and tree.tokens[last - 1].text in ("%", "percent")
        and (tree.tokens[last - 2].pos == "NUM")
    ):
        last -= 2  # "the index ended September 9% lower": a share, no day of September
    if tree.tokens[last - 1].text.lower() == "ago" and tree.tokens[first].text.lower() in _DEICTIC:
        first += 1  # "dealt with this six months ago": "ago" counts from now, "this" is no part
    if _name_after_date(tree, first, last):
        last -= 1  # "in December BT announced": the firm named after the month is no part
    while last - 1 > first and (
        tree.tokens[last - 1].pos == "PUNCT"
        or tree.tokens[last - 1].text.lower() in _DANGLING
        or tree.tokens[last - 1].text.lower() in _FOCUS_AFTER
        or (tree.tokens[last - 1].pos == "VERB" and tree.tokens[last - 1].tag in _FINITE)
        or tree.tokens[last - 1].text.lower() in ("'s", "\u2019s")
    ):
        # "the third quarter marks a downturn": the verb the model takes after the date; nor
        # is the "'s" of "last week's election" part of it, as TimeML marks "last week"
        last -= 1
    return first, last


# Words that tell how a time stands to an event, which TimeML keeps out of the expression (a
# SIGNAL, not part of the TIMEX3): "a deal is expected within days" is "days", a length.
_SIGNALS = frozenset({"within"})


# Adverbs after a date that single it out, which TimeML leaves out of the expression: "lost
# $6.9bn in the third quarter alone" is the quarter.
_FOCUS_AFTER = frozenset({"alone"})


def _after_a_price(tree: Tree, first: int, last: int) -> int:
    """The first token of a time after a share price in pence the model takes into it.

    "Shares rose 2% to 212.5p in morning deals": the model reads the
    pence as a clock time ("p" for "pm") and tags "212.5p in morning"; the
    time is "morning". A clock writes "pm", and "at 10.30 in the morning" is
    left whole.
    """
    if (
        first < last - 2
        and _PENCE.match(tree.tokens[first].text)
        and tree.tokens[first + 1].pos == "ADP"
    ):
        return first + 2
    return first


_PENCE = re.compile(r"^\d[\d,]*(?:\.\d+)?p$")


def _article_of_the_noun_after(tree: Tree, first: int, last: int) -> bool:
    """Whether a date opens with the article of the noun it qualifies: "a full-year loss"."""
    token = tree.tokens[first]
    return first < last - 1 and token.text.lower() in ("a", "an") and token.head >= last


def _after_signal(tree: Tree, first: int, last: int) -> int:
    """The first token after a signal the model takes into the date, with what stands before it.

    The model tags "within weeks" whole, and even "more capital within weeks";
    the time is "weeks" alone.
    """
    for i in range(last - 2, first - 1, -1):
        if tree.tokens[i].text.lower() in _SIGNALS:
            return i + 1
    return first


def _name_after_date(tree: Tree, first: int, last: int) -> bool:
    """Whether the model took the name that follows a date with it: "on 10 January Cellnet".

    A sentence that opens with its date often puts the subject's name right
    after it, with no comma ("In December BT announced..."). A time zone
    ("14:00 GMT"), a unit ("24 Hours") or a word of a holiday ("Christmas Eve") is
    part of the date.
    """
    if last - first < 2:
        return False
    name, before = tree.tokens[last - 1], tree.tokens[last - 2]
    return (
        name.pos == "PROPN"
        and name.text[:1].isupper()
        and name.text.lower() not in _NOT_NAMES_AFTER_A_DATE
        and name.text.lower().removesuffix("s") not in _SPAN_UNITS
        and name.text not in _WEEKDAY_NAMES
        and name.text not in _MONTH_NAMES
        and (before.text in _MONTH_NAMES or bool(_DAY_OF_MONTH.match(before.text)))
    )


# Words after a month or a day of the month that belong to the date.
_NOT_NAMES_AFTER_A_DATE = frozenset(
    {"gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "cet", "eve", "century",
     "centuries"}
)  # fmt: skip


_FINITE = frozenset({"VB", "VBZ", "VBP", "VBD"})
_HOW_OFTEN = frozenset({"annual", "yearly", "quarterly", "monthly", "weekly", "daily"})
# Words that join a date to what follows it, which the model sometimes leaves at its end:
# "from 15 November 2004 to 3 January", where it takes "15 November 2004 to".
_DANGLING = frozenset(
    {"to", "and", "or", "than", "on", "in", "at", "of", "from", "by", "for", "since", "a", "an",
     "the"}
)  # fmt: skip


def _hyphen_before(tree: Tree, first: int) -> bool:
    """Whether token ``first`` ends a hyphenated word: "quarter" in "fourth-quarter"."""
    return first >= 2 and _word_hyphen(tree, first - 1)


def _word_hyphen(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("fourth-quarter"), not between numbers.

    "2009-2011" and "10-12 March" are ranges.
    """
    if tree.tokens[i].text != "-" or i == 0 or i + 1 >= len(tree):
        return False
    before, dash, after = tree.tokens[i - 1], tree.tokens[i], tree.tokens[i + 1]
    joined = before.end == dash.start and dash.end == after.start
    return joined and not (before.text[:1].isdigit() and after.text[:1].isdigit())


def _names_no_day(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is a name that looks like a day: "the Today programme"."""
    return (
        last < len(tree)
        and tree.tokens[last].text.lower() in _NOT_DAYS
        and tree.tokens[first].text[:1].isupper()
        and first > 0
    )


def _record(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is a record, not a date: "its worst week", "the best day since 1987".

    A superlative and a unit of time name the period a record was set in;
    the model takes them as a date, TimeML marks none (the date after
    "since" is found on its own).
    """
    tokens = [t for t in tree.tokens[first:last] if t.pos not in ("DET", "PRON")]
    if len(tokens) == 3 and tokens[0].text.lower() in ("most", "least"):
        tokens = tokens[1:]  # "the most difficult year": a superlative in two words
        return (
            tokens[0].pos == "ADJ"
            and tokens[0].text.lower() != "recent"  # "the most recent quarter" is one
            and tokens[1].text.lower().rstrip("s") in (*_UNITS, "quarter")
        )
    return (
        len(tokens) == 2
        and tokens[0].tag == "JJS"
        and tokens[0].text.lower() not in ("latest", "earliest")  # "the latest quarter" is one
        and tokens[1].text.lower().rstrip("s") in (*_UNITS, "quarter", "session")
    )


def _a_fall(tree: Tree, first: int, last: int) -> bool:
    """Whether "fall" ending an entity is a drop: "the next fall in prices", "last fall of 2%".

    A season is followed by no preposition but "of" and its year; "the fall"
    alone is a season only after a preposition of time ("launched in the
    fall"), not "was blamed for the fall".
    """
    if tree.tokens[last - 1].text.lower() != "fall":
        return False
    words = [t.text.lower() for t in tree.tokens[first:last]]
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    if words == ["the", "fall"] and before not in _SEASON_PREPOSITIONS:
        return True
    if last >= len(tree):
        return False
    after = tree.tokens[last]
    year = last + 1 < len(tree) and _YEAR.match(tree.tokens[last + 1].text)
    return after.pos == "ADP" and not (after.text.lower() == "of" and year)


def _every(tree: Tree, first: int, last: int) -> bool:
    """Whether a weekday or month follows "every" or "each": "meets every Monday" is a set.

    TimeML marks "every Monday" a SET, which names no one date.
    """
    words = [t.text for t in tree.tokens[first:last]]
    return (
        first > 0
        and tree.tokens[first - 1].text.lower() in ("every", "each")
        and words[0] in (_WEEKDAY_NAMES | _MONTH_NAMES)
    )


def _how_often_of_a_thing(tree: Tree, first: int, last: int) -> bool:
    """Whether the entity is a word of how often that describes a noun: "annual sales".

    It names no date and no length ("annual growth", "its annual meeting",
    "monthly figures"), and MEANTIME mostly leaves such words unmarked; how
    often something is done, "the firm reviews its prices annually", stays.
    """
    return (
        last == first + 1
        and tree.tokens[first].text.lower() in _HOW_OFTEN
        and last < len(tree)
        and tree.tokens[last].pos in ("NOUN", "PROPN", "ADJ")
    )


# An age names no date: "the 101-year-old carmaker", "a 15-year-old worker", nor
# does a group of an age, "free lessons for 16-year-olds" (TimeML's guidelines as
# our BBC gold applies them leave ages unmarked). Nor does an age told with no count, of
# which the model may take the unit alone: "a century-old bank", "an eleven year-old girl".
_AGE = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w.-]+[\s-])?(?:year|month|week|day|decade|centur(?:y|ie))s?"
    r"[\s-]olds?$",
    re.IGNORECASE,
)


def _no_year(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is a number of four figures that no year or clock time can be.

    The model takes handset models, phone codes and nicknames for years:
    "a Nokia 3220 handset", "numbers such as 0870", "known as Mr 2940".
    """
    word = tree.tokens[first].text
    return (
        last == first + 1
        and _FOUR_FIGURES.match(word) is not None
        and not _PLAUSIBLE_YEAR.match(word)
        and not _HOURS.match(word)
    )


_FOUR_FIGURES = re.compile(r"^\d{4}$")
_PLAUSIBLE_YEAR = re.compile(r"^(?:1\d\d\d|20\d\d)$")


def _compared_on(tree: Tree, first: int, last: int) -> bool:
    """Whether a unit is what a change is measured on: "sales rose 0.6% on the month".

    It says the change is month-on-month (or year-on-year), as "year-on-year"
    does, a set our BBC gold leaves out of the dates; the month itself is
    named apart ("in December"). "Up 2% on the day" is left alone: a market's
    day is a date.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    return (
        words in (["the", "month"], ["the", "quarter"], ["the", "year"])
        and first >= 2  # the figure, then "on"
        and tree.tokens[first - 1].text.lower() == "on"
        and tree.tokens[first - 2].text.lower() in ("%", "cent", "percent")  # "per cent"
    )


def _won_the_day(tree: Tree, first: int, last: int) -> bool:
    """Whether "the day" is the object of an idiom: "loan profits saved the day"."""
    words = [t.text.lower() for t in tree.tokens[first:last]]
    return (
        words == ["the", "day"]
        and first > 0
        and tree.tokens[first - 1].lemma.lower() in ("save", "carry", "win", "seize")
    )


def _in_a_row(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity counts periods in a row: "rose for the sixth month in a row".

    An ordinal and a unit of time, then "in a row", "running" or "in
    succession", or with "straight" or "consecutive" between them ("the tenth
    straight month"), say how long a run has lasted, not when; TimeML marks
    no date.
    """
    if tree.tokens[first].pos in ("DET", "PRON"):
        first += 1
    words = [t.text.lower() for t in tree.tokens[first:last]]
    after = " ".join(t.text.lower() for t in tree.tokens[last : last + 3])
    if len(words) == 3 and words[1] in _IN_A_ROW:
        words = [words[0], words[2]]  # "the tenth straight month": a run as well
    elif words[-3:] == ["in", "a", "row"] or words[-1:] == ["running"]:
        words = words[: -3 if words[-1] == "row" else -1]
    elif not after.startswith(("in a row", "running", "in succession")):
        return False
    return (
        len(words) == 2
        and _ORDINAL.match(words[0]) is not None
        and words[1].rstrip("s") in (*_UNITS, "quarter", "session")
    )


_IN_A_ROW = frozenset({"straight", "consecutive", "successive"})
# An ordinal in figures or words, to the nineties: "21st", "ninth", "nineteenth", "fortieth".
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)$"
)


def _half_of_a_game(tree: Tree, first: int, last: int) -> bool:
    """Whether "the second half" is a half of a match, not of a year: "scored in the second half".

    A half with no year in a sentence that speaks of a game (goals, a
    match, a whistle) is a part of the game; TimeML marks no date there.
    """
    words = {t.text.lower() for t in tree.tokens[first:last]}
    if "half" not in words or any(_YEAR.match(w) or w == "year" for w in words):
        return False
    start, end = tree.sentence_span(tree.sentence_of[first])
    return any(t.lemma.lower() in _GAME_WORDS for t in tree.tokens[start:end])


# Words of a game: a sentence with one speaks of a match's halves, not a year's.
_GAME_WORDS = frozenset(
    {"match", "game", "goal", "score", "half-time", "whistle", "penalty", "striker",
     "kick", "innings", "referee", "equaliser", "equalizer", "header"}
)  # fmt: skip


def _event_relative(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is a day named by an event, not the calendar: "his first day as minister".

    An ordinal day, week, month or year after a possessive, or before "as",
    "of" or "in": TimeML leaves it unmarked, and it names no date. So is
    "the day" or "the night" of, before or after an event ("the day after
    polling"): the event dates it, not the publication day.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    after = tree.tokens[last].text.lower() if last < len(tree) else ""
    if (
        words in (["the", "day"], ["the", "night"])
        and after in _EVENT_LINKS
        and last + 1 < len(tree)
        and tree.tokens[last + 1].pos != "PUNCT"
    ):
        return True  # "the day after polling", not "left the day after."
    if words[:1] and words[0] in _POSSESSIVES:
        before, words = words[0], words[1:]  # the model took the owner: "its first week"
    if words[:1] == ["the"]:
        words = words[1:]
    words = [w for w in words if w != "full"]  # "his first full day in the job"
    if len(words) == 3 and tree.tokens[last - 2].pos == "NUM":
        words = [words[0], words[2]]  # "its first three days at the box office"
    if len(words) != 2 or words[0] not in _ORDINALS or words[1].rstrip("s") not in _UNITS:
        return False
    return before in ("'s", "’s", *_POSSESSIVES) or after in ("as", "of", "in")


_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our"})


# What names a day by an event: "the day after polling", "the day of the vote", "the day
# when", "the night before the final".
_EVENT_LINKS = frozenset({"of", "after", "before", "when"})
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "final", "opening", "closing"}
)
_UNITS = frozenset({"day", "week", "month", "year", "night"})
_SPAN_UNITS = _UNITS | {"hour", "minute", "decade"}


def _holidays(tree: Tree, covered: set[int]) -> list[Entity]:
    """Holidays and deictic phrases the model did not take as dates.

    Holidays of fixed date ("since Boxing Day"), and the phrases counted from
    the day they are said ("in the New Year", "this week").
    """
    found = []
    by_first = _holiday_words()
    i = 0
    while i < len(tree):
        for words in by_first.get(tree.tokens[i].text.lower(), ()):  # longest first
            end = i + len(words)
            taken = covered & set(range(i, end))
            if (
                tuple(t.text.lower() for t in tree.tokens[i:end]) == words
                and not taken
                and not _holiday_in_a_name(tree, i, end)
                and not _around_a_holiday(tree, i, end)
            ):
                first, last = _holiday_extent(tree, i, end, covered)
                found.append(
                    Entity("DATE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
                )
                covered.update(range(first, last))
                i = last - 1
                break
        i += 1
    return found


def _holiday_in_a_name(tree: Tree, first: int, last: int) -> bool:
    """Whether a holiday's name is part of a name: "the Good Friday Agreement", "Easter Island".

    A capitalised word after it in the same sentence that is no weekday or
    month, or a name before it: "Holocaust Memorial Day" is no US Memorial Day.
    """
    words = " ".join(t.text.lower() for t in tree.tokens[first:last]).replace(" 's", "'s")
    if words.removeprefix("the ") not in holiday_names():
        return False
    before = tree.tokens[first - 1] if first > 0 else None
    if (
        before is not None
        and before.pos == "PROPN"
        and before.text[:1].isupper()
        and tree.sentence_of[first - 1] == tree.sentence_of[first]
    ):
        return True
    if last >= len(tree):
        return False
    after = tree.tokens[last]
    return (
        after.text[:1].isupper()
        and after.text not in _WEEKDAY_NAMES
        and after.text not in _MONTH_NAMES
        and tree.sentence_of[last] == tree.sentence_of[first]
    )


def _around_a_holiday(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is the time around a holiday: "pre-Christmas sales", "post-Easter".

    The words tell a season of trade or travel on one side of the day, and no
    date: TimeML and our BBC gold leave them unmarked, as they do "pre-war".
    Found from its prefix ("pre", the hyphen, "Christmas") or from its name.
    """
    if first + 2 < last and _word_hyphen(tree, first + 1):
        prefix, name = first, first + 2
    elif first >= 2 and _word_hyphen(tree, first - 1):
        prefix, name = first - 2, first
    else:
        return False
    words = " ".join(t.text.lower() for t in tree.tokens[name:last]).replace(" 's", "'s")
    return tree.tokens[prefix].text.lower() in _AROUND and words in holiday_names()


_AROUND = frozenset({"pre", "post"})


def _holiday_extent(tree: Tree, first: int, last: int, covered: set[int]) -> tuple[int, int]:
    """A holiday's tokens with the "this", "last" or "next" before it and the year after it.

    "last Easter", "Easter Monday 2005", "Thanksgiving, 2008": one date.
    """
    words = " ".join(t.text.lower() for t in tree.tokens[first:last]).replace(" 's", "'s")
    if words not in holiday_names():
        return first, last  # a deictic phrase: "this week"
    if first > 0 and first - 1 not in covered and tree.tokens[first - 1].text.lower() in _DEICTIC:
        first -= 1
    after = [t.text for t in tree.tokens[last : last + 2]]
    if after[:1] and _YEAR.match(after[0]) and last not in covered:
        last += 1
    elif after[:1] == [","] and len(after) == 2 and _YEAR.match(after[1]):
        last += 2
    return first, last


def _references_found(tree: Tree, covered: set[int]) -> list[Entity]:
    """The words that name only a side of the publication day ("now", "recently", "in the past").

    The model seldom takes them as dates, but TimeML marks each one that
    says when. Not when they are part of a word ("the now-defunct party",
    "the soon-to-open terminal"), nor in "as soon as" or "soon after",
    which count from another event. A word alone must be an adverb ("the
    present crisis" says no time); a phrase that starts with "the" or
    "this" must follow a preposition of time ("in the past", "at this
    time"; not "the past two years", "the future of the party", "dealt with
    this time and again").
    """
    found = []
    by_first = _reference_words()
    for i, token in enumerate(tree.tokens):
        for words in by_first.get(token.text.lower(), ()):  # longest first
            end = i + len(words)
            if (
                tuple(t.text.lower() for t in tree.tokens[i:end]) == words
                and not covered & set(range(i, end))
                and _says_when(tree, i, end)
            ):
                found.append(Entity("DATE", token.start, tree.tokens[end - 1].end, i, end))
                covered.update(range(i, end))
                break
    return found


def _seasons(tree: Tree, covered: set[int]) -> list[Entity]:
    """A season the model missed: "in the autumn", "this spring", "by next summer".

    Or a bare season whose start, end or middle a noun names: "the arrival
    of spring", "the onset of winter" (not "the spring conference"). "Fall"
    is left out: mostly it is no season.
    """
    found = _missed_periods(tree, covered, _SEASON_WORDS, _SEASON_MODIFIERS, "DATE")
    found += _seasons_of_weather(tree, covered)
    for i in range(2, len(tree)):
        token = tree.tokens[i]
        if (
            i in covered
            or token.text.lower() not in _SEASON_WORDS
            or tree.tokens[i - 1].text.lower() != "of"
            or tree.tokens[i - 2].lemma.lower() not in _PHASES
            or (i + 1 < len(tree) and tree.tokens[i + 1].pos in ("NOUN", "PROPN"))
        ):
            continue
        found.append(Entity("DATE", token.start, token.end, i, i + 1))
        covered.add(i)
    return found


def _season_described(tree: Tree, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are a season after words that describe it.

    "a mild winter", "the unseasonably wet summer", "warmer winter": as TIMEX3
    marks it (and the gold), the expression is the season; "this winter" and
    "early summer" keep the words that say which one.
    """
    if last - first < 2 or tree.tokens[last - 1].text.lower() not in _SEASON_WORDS:
        return False
    before = tree.tokens[first : last - 1]
    return all(t.pos in ("DET", "ADV", "ADJ") for t in before) and any(
        t.pos == "ADJ" and t.text.lower() not in _SEASON_MODIFIERS for t in before
    )


def _seasons_of_weather(tree: Tree, covered: set[int]) -> list[Entity]:
    """A season the model missed before its weather: "on milder winter weather".

    The season told with its weather is a time (the winter it was), as the
    gold reads "the bad winter weather"; not a season joined to a word before
    it ("early-winter weather") nor one before another noun ("winter
    shortages").
    """
    found = []
    for i in range(len(tree) - 1):
        token = tree.tokens[i]
        if (
            i in covered
            or token.text.lower() not in _SEASON_WORDS
            or tree.tokens[i + 1].lemma.lower() not in _WEATHER
            or tree.text[token.start - 1 : token.start] == "-"
        ):
            continue
        found.append(Entity("DATE", token.start, token.end, i, i + 1))
        covered.add(i)
    return found


# Nouns of the weather a season brings: "winter weather", "summer temperatures".
_WEATHER = frozenset(
    {"weather", "temperature", "storm", "snow", "snowfall", "frost", "freeze", "chill", "cold",
     "heat", "heatwave", "rain", "rainfall", "drought", "gale", "flood"}
)  # fmt: skip


# Nouns for a part of a season or its coming: "the arrival of spring", "the onset of winter".
_PHASES = frozenset(
    {"arrival", "onset", "onstart", "start", "beginning", "end", "middle", "approach", "depth",
     "height", "coming"}
)  # fmt: skip


def _falls(tree: Tree, covered: set[int]) -> list[Entity]:
    """The American autumn, "fall", where it can be nothing else.

    "closed last fall", "will open this fall", "in the fall of 2007", "fall
    2009": a "this", "last" or "next" before it that no article makes a noun
    phrase of ("expect the next fall in prices"), or a year after it.
    """
    found = []
    for i, token in enumerate(tree.tokens):
        if token.text.lower() != "fall" or token.pos not in ("NOUN", "PROPN") or i in covered:
            continue
        before = tree.tokens[i - 1].text.lower() if i > 0 else ""
        article = i > 1 and tree.tokens[i - 2].text.lower() in ("the", "a", "an")
        after = [t.text for t in tree.tokens[i + 1 : i + 3]]
        year_after = 1 if after[:1] and _YEAR.match(after[0]) else 0
        if after[:1] == ["of"] and len(after) == 2 and _YEAR.match(after[1]):
            year_after = 2
        if before in _DEICTIC and not article and not year_after:
            if after[:1] and after[0].lower() in ("in", "of", "from", "to", "on"):
                continue  # "last fall in prices"
            first, last = i - 1, i + 1
        elif year_after:
            first, last = (i - 1 if before == "the" else i), i + 1 + year_after
        else:
            continue
        if covered & set(range(first, last)):
            continue
        found.append(
            Entity("DATE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        )
        covered.update(range(first, last))
    return found


def _parts_of_year(tree: Tree, covered: set[int]) -> list[Entity]:
    """A quarter or half written as one word before a noun, or a half alone, that the model missed.

    "The first-half loss narrowed", "second-quarter sales": the period of the
    figures; "will pick up in the second half.": the half of the year (not
    the half of a match: "a first-half goal", "scored in the second half").
    """
    found = []
    for i in range(len(tree) - 3):
        if (
            tree.tokens[i].text.lower() in _PART_RANKS
            and _word_hyphen(tree, i + 1)
            and tree.tokens[i + 2].text.lower() in ("half", "quarter")
            and tree.tokens[i + 3].pos in ("NOUN", "ADJ")
            and not covered & {i, i + 1, i + 2}
            and not _half_of_a_game(tree, i, i + 3)
        ):
            found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[i + 2].end, i, i + 3))
            covered.update((i, i + 1, i + 2))
    for i in range(1, len(tree) - 2):
        if (
            [t.text.lower() for t in tree.tokens[i : i + 3]] in (_FIRST_HALF, _SECOND_HALF)
            and tree.tokens[i - 1].text.lower() in _TIME_PREPOSITIONS
            and (i + 3 == len(tree) or tree.tokens[i + 3].pos == "PUNCT")
            and not covered & {i, i + 1, i + 2}
            and not _half_of_a_game(tree, i, i + 3)
        ):
            # "sales will pick up in the second half." (of the year under way)
            found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[i + 2].end, i, i + 3))
            covered.update((i, i + 1, i + 2))
    return found


_FIRST_HALF = ["the", "first", "half"]
_SECOND_HALF = ["the", "second", "half"]
_PART_RANKS = frozenset({"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"})


def _the_period(tree: Tree, covered: set[int]) -> list[Entity]:
    """The period the text named last, as "the period" after a preposition of time.

    "Profits over the period compared badly with 2003's" (after "the fourth
    quarter"); not "the period of mourning", nor "the period" that a noun or
    clause after it says ("the period when").
    """
    found = []
    for i in range(2, len(tree)):
        words = [t.text.lower() for t in tree.tokens[i - 1 : i + 1]]
        after = tree.tokens[i + 1] if i + 1 < len(tree) else None
        if (
            words != ["the", "period"]
            or covered & {i - 1, i}
            or tree.tokens[i - 2].text.lower() not in (*_TIME_PREPOSITIONS, "over")
            or (after is not None and (after.pos in _NOMINAL or after.pos in ("ADP", "PRON")))
            or (after is not None and after.text.lower() in ("when", "that", "which"))
        ):
            continue
        found.append(Entity("DATE", tree.tokens[i - 1].start, tree.tokens[i].end, i - 1, i + 1))
        covered.update((i - 1, i))
    return found


def _parts_of_day(tree: Tree, covered: set[int]) -> list[Entity]:
    """A part of the day the model missed: "rose in the morning but fell in the afternoon"."""
    return _missed_periods(tree, covered, _PARTS_OF_DAY, frozenset({"the"}), "TIME")


def _missed_periods(
    tree: Tree, covered: set[int], words: frozenset[str], modifiers: frozenset[str], label: str
) -> list[Entity]:
    """A period word after one of its modifiers that the model missed.

    "the" must follow a preposition of time, and the period must not qualify
    a noun ("the spring conference", "the morning papers").
    """
    found = []
    for i in range(1, len(tree)):
        word, before = tree.tokens[i].text.lower(), tree.tokens[i - 1].text.lower()
        if word not in words or before not in modifiers or {i - 1, i} & covered:
            continue
        if before == "the" and (i < 2 or tree.tokens[i - 2].text.lower() not in _TIME_PREPOSITIONS):
            continue
        if i + 1 < len(tree) and tree.tokens[i + 1].pos in ("NOUN", "PROPN"):
            continue
        found.append(Entity(label, tree.tokens[i - 1].start, tree.tokens[i].end, i - 1, i + 1))
        covered.update((i - 1, i))
    return found


_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "winter"})
_SEASON_PREPOSITIONS = frozenset(
    {"in", "during", "by", "until", "till", "through", "since", "over"}
)
_SEASON_MODIFIERS = frozenset({"the", "this", "last", "next", "early", "late"})


def _says_when(tree: Tree, first: int, last: int) -> bool:
    """Whether a reference phrase at tokens ``first`` to ``last`` stands as a time of its own."""
    text = tree.text
    start, end = tree.tokens[first].start, tree.tokens[last - 1].end
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if (
        text[start - 1 : start] == "-"
        or text[end : end + 1] == "-"
        or (words[-2:] == ["to", "come"] and not missed.time_to_come(tree, last))
    ):
        return False  # "the now-defunct party"; "took months to come up with a plan"
    before = tree.tokens[first - 1] if first > 0 else None
    after = tree.tokens[last] if last < len(tree) else None
    if words[-1] == "soon" and (
        (before is not None and before.text.lower() in ("as", "so"))
        or (after is not None and after.text.lower() in ("after", "afterwards", "as"))
    ):
        return False
    if words == ["future"]:
        # "will recover in future", as British English says "in the future"; not "in
        # future years" nor "the future of"
        return (
            before is not None
            and before.text.lower() == "in"
            and (after is None or (after.pos not in _NOMINAL and after.text.lower() != "of"))
        )
    if len(words) == 1:
        return tree.tokens[first].pos == "ADV"
    if words[0] in ("the", "this", "these"):
        alone = words == ["these", "days"]  # says when with no preposition: "built these days"
        led = before is not None and before.text.lower() in _TIME_PREPOSITIONS
        return (alone or led) and (
            after is None or (after.pos not in _NOMINAL and after.text.lower() != "of")
        )
    return True


_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
_TIME_PREPOSITIONS = frozenset(
    {"in", "at", "for", "until", "till", "by", "since", "from", "into", "during", "of", "to"}
)


@functools.cache
def _reference_words() -> dict[str, list[tuple[str, ...]]]:
    """Each reference phrase as the tokenizer splits it, by its first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in reference_phrases():
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)
    return by_first


@functools.cache
def _holiday_words() -> dict[str, list[tuple[str, ...]]]:
    """Each holiday's name or deictic phrase as the tokenizer splits it, by its first word.

    "New Year's Day" is split "new year 's day".
    """
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in holiday_names() | deictic_phrases():
        words = tuple(name.replace("'s", " 's").split())
        by_first.setdefault(words[0], []).append(words)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    return by_first


def _apart(tree: Tree, entity: Entity) -> list[Entity]:
    """Two dates the model took as one: "since 1954 this week" is 1954, and this week.

    A period and the day it ended are two: "the quarter ended Sept. 30".

    So is "100 years ago this September": 100 years ago, and this September;
    "for nine weeks this summer": a span, and this summer; "for a day in 2001": a span,
    and 2001;
    and "its fastest rate since May last month": May, and last month ("May
    last year" is one date).

    And a record the model took with its date: "the worst day since 1987" is
    1987; "the worst day" is the day of the record, no date of its own.
    """
    last = entity.token_end - 1
    after_count = _weekday_after_count(tree, entity.token_start, last)
    if after_count or _day_told_after(tree, entity.token_start, last):
        head = dataclasses.replace(entity, end=tree.tokens[last - 1].end, token_end=last)
        tail = dataclasses.replace(entity, start=tree.tokens[last].start, token_start=last)
        if after_count and _run_of_periods(tree, entity.token_start, last):
            return [tail]  # "a fifth day Tuesday": the run is no date
        return [*_apart(tree, head), tail]
    for i in range(entity.token_start + 1, entity.token_end - 1):
        cut = _cut_at(tree, entity.token_start, i)
        if cut is None:
            continue
        head_end, tail_start = cut
        tail = dataclasses.replace(
            entity, start=tree.tokens[tail_start].start, token_start=tail_start
        )
        if head_end is None:
            return _apart(tree, tail)
        head = dataclasses.replace(entity, end=tree.tokens[head_end - 1].end, token_end=head_end)
        return [head, *_apart(tree, tail)]
    return [entity]


def _cut_at(tree: Tree, first: int, i: int) -> tuple[int | None, int] | None:
    """Where an entity is cut at token ``i`` (:func:`_apart`): its head's end and its tail's start.

    ``None`` for the head's end when the head is no date ("the worst day
    since 1987"); ``None`` when the entity is not cut there.
    """
    word = tree.tokens[i].text.lower()
    previous = tree.tokens[i - 1].text
    following = tree.tokens[i + 1].text.lower()
    if word in ("ended", "ending") or _opens_a_clause(tree, i):
        # "the quarter ended Sept. 30"; "the three months ending in February": February;
        # "rose in May as summer neared"
        ends = word in ("ended", "ending") and following in ("in", "on")
        return i, i + 1 + ends
    if word == "since":
        return None, i + 1
    if (word == "in" and _YEAR.match(tree.tokens[i + 1].text) and _counted_span(tree, i)) or (
        _month_told_after(tree, first, i)
    ):
        return i, i + 1  # "closed for a day in 2001": a span, and 2001
    if word in ("earlier", "later") and _ends_a_date(previous) and following in _DEICTIC:
        return i, i  # "their lowest since 1950 earlier this week": 1950, and this week
    if word in _DEICTIC and (
        _YEAR.match(previous)
        or previous.lower() == "ago"
        or (_ends_a_date(previous) and following in ("month", "week", "weekend"))
        or _counted_span(tree, i)
        or _UNIT_RANK.get(following, len(_UNIT_RANK)) < _UNIT_RANK.get(previous.lower(), 0)
    ):
        return i, i
    return None


# Units from the shortest. A deictic date of a shorter unit after a period is a second date:
# "results for the quarter next week" are the quarter, and next week; "the same quarter last
# year" is one date.
_UNIT_RANK = {
    unit: rank
    for rank, units in enumerate(
        (
            ("day", "morning", "afternoon", "evening", "night"),
            tuple(d.lower() for d in calendar.day_name),
            ("week", "weekend"),
            ("month",),
            ("quarter",),
            ("half",),
            ("year",),
        )
    )
    for unit in units
}


def _opens_a_clause(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a conjunction opening a clause, which no time expression holds.

    The model may run a month into the clause after it: "in May as summer
    neared" is May, and the summer; "said on Monday that October sales fell"
    is Monday, and October. "As of Monday" is no clause.
    """
    return tree.tokens[i].pos == "SCONJ" and tree.tokens[i].text.lower() in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(
    {"as", "when", "while", "because", "although", "though", "whereas", "that"}
)


def _ends_a_date(word: str) -> bool:
    """Whether a word can end a date named before a deictic one: a year, a month, a day.

    "September 30 later this month" and "May next week" are two dates each.
    """
    return bool(_YEAR.match(word) or _DAY_OF_MONTH.match(word)) or word in _MONTH_NAMES


def _day_told_after(tree: Tree, first: int, i: int) -> bool:
    """Whether token ``i`` is a day said after a period: "the first quarter tomorrow".

    The results for the quarter come out tomorrow: a period, and a day.
    """
    return (
        i > first + 1
        and tree.tokens[i].text.lower() in ("today", "tomorrow", "yesterday")
        and tree.tokens[i - 1].text.lower() in ("quarter", "half", "year", "period")
    )  # not "the day after tomorrow"


def _weekday_after_count(tree: Tree, first: int, i: int) -> bool:
    """Whether token ``i`` is a weekday said after a count of periods: "a fifth day Tuesday".

    American news drops the "on" before a weekday ("stocks fell for a fifth
    day Tuesday", "its biggest gain in six years Monday"), and the model
    takes the run or the span with the day: they are a day, and a length or
    a run of no date.
    """
    return (
        i > first + 1
        and tree.tokens[i].text in _WEEKDAY_NAMES
        and tree.tokens[i - 1].text.lower().removesuffix("s") in (*_SPAN_UNITS, "session", "row")
    )


def _run_of_periods(tree: Tree, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` count a run: "a fifth day", "the third straight week".

    Said before a weekday ("rose for a second session Monday"), an ordinal
    and a unit tell how long a run has lasted, as "in a row" does.
    """
    if _in_a_row(tree, first, last):
        return True
    words = [t.text.lower() for t in tree.tokens[first:last] if t.pos not in ("DET", "PRON")]
    words = [w for w in words if w not in _IN_A_ROW]
    return (
        len(words) == 2
        and _ORDINAL.match(words[0]) is not None
        and words[1].removesuffix("s") in (*_UNITS, "quarter", "session")
    )


def _month_told_after(tree: Tree, first: int, i: int) -> bool:
    """Whether "in" at token ``i`` puts a month after a quarter: "the second quarter in July".

    Results for the second quarter are told in July: a period, and a month.
    "Early in the year" and "the first week in March" are one date each.
    """
    return (
        i > first + 1
        and tree.tokens[i].text.lower() == "in"
        and tree.tokens[i - 1].text.lower() in ("quarter", "half")
        and tree.tokens[i + 1].text in _MONTH_NAMES
    )


def _names_a_day(word: str) -> bool:
    """Whether a word starts a day: "Thursday", "5" (of "5 May"), "May" (of "May 5")."""
    return word in _WEEKDAY_NAMES or word in _MONTH_NAMES or bool(_DAY_OF_MONTH.match(word))


def _counted_span(tree: Tree, i: int) -> bool:
    """Whether a count of units ends before token ``i``: "nine weeks" in "nine weeks this summer".

    Not "the same month last year", which is one date.
    """
    unit, count = tree.tokens[i - 1], tree.tokens[i - 2] if i >= 2 else None
    if count is not None and count.text.lower() == "single" and i >= 3:
        count = tree.tokens[i - 3]  # "in a single day last week"
    ranked = i >= 3 and tree.tokens[i - 3].text.lower() in _RANKS  # "the first three months"
    return (
        unit.text.lower().removesuffix("s") in _SPAN_UNITS
        and count is not None
        and (count.pos == "NUM" or count.text.lower() in ("a", "an", "few", "several"))
        and not ranked
    )


# Words that rank a count of months as a part of a year: "the first three months of 2005".
_RANKS = frozenset({"first", "last", "final", "past", "next", "previous", "latest"})


def _range_ends(tree: Tree, entity: Entity) -> list[Entity]:
    """A range cut into its ends: "from 2009 to 2011", "between April and June", "2009-11".

    A hyphen inside a word is no range: "fourth-quarter", "year-ago". A
    month after a comma starts a date of its own, unless a weekday is before
    it ("Thursday, Jan. 15"): "in May, August and September", "over the last
    several months, December was good"; and
    a period and the day something is told of it: "results for the first
    quarter on Thursday".
    """
    cuts = [
        i
        for i in range(entity.token_start + 1, entity.token_end - 1)
        if (
            tree.tokens[i].text.lower() in _CUT_WORDS
            and not _qualifies(tree, i)
            and not _word_hyphen(tree, i)
            and not _inside_word(tree, i)
            and not _in_iso_date(tree, i)
            and not _and_a_half(tree, i)
            and not _to_come(tree, i)
        )
        or (
            tree.tokens[i].text == ","
            and tree.tokens[i - 1].text not in _WEEKDAY_NAMES
            and tree.tokens[i + 1].text in _MONTH_NAMES
        )
        or (tree.tokens[i].text.lower() == "on" and _names_a_day(tree.tokens[i + 1].text))
    ]
    if not cuts:
        first = entity.token_start
        while first < entity.token_end - 1 and tree.tokens[first].text.lower() in _RANGE_OPENERS:
            first += 1  # "between 28 March", when the model leaves "and 2 April" out
        start = tree.tokens[first].start
        return [dataclasses.replace(entity, start=start, token_start=first)]
    pieces = []
    first = entity.token_start
    openers = [i for i in range(first, cuts[0]) if tree.tokens[i].text.lower() in _RANGE_OPENERS]
    if openers:
        first = openers[-1]  # "News 24 from 1130 to 1215 GMT": the range starts at "from"
    for cut in [*cuts, entity.token_end]:
        while first < cut and tree.tokens[first].text.lower() in _RANGE_OPENERS:
            first += 1
        if first < cut:
            start, end = tree.tokens[first].start, tree.tokens[cut - 1].end
            pieces.append(
                dataclasses.replace(entity, start=start, end=end, token_start=first, token_end=cut)
            )
        first = cut + 1
    return pieces


def _to_come(tree: Tree, i: int) -> bool:
    """Whether "to" at token ``i`` says the time ahead: "in the months to come" is no range."""
    return (
        tree.tokens[i].text.lower() == "to"
        and tree.tokens[i + 1].text.lower() == "come"
        and missed.time_to_come(tree, i + 2)
    )


def _and_a_half(tree: Tree, i: int) -> bool:
    """Whether "and" at token ``i`` adds a half to a count: "a year and a half" is one length."""
    words = [t.text.lower() for t in tree.tokens[i : i + 3]]
    return words[:1] == ["and"] and (words[1:3] == ["a", "half"] or words[1:2] == ["half"])


def _in_iso_date(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a hyphen of a date written ISO-style: "dated 2008-10-10"."""
    token = tree.tokens[i]
    start = tree.text.rfind(" ", 0, token.start) + 1
    end = tree.text.find(" ", token.end)
    word = tree.text[start : end if end != -1 else len(tree.text)].rstrip(".,;:)")
    return bool(_ISO_DATE.match(word))


_ISO_DATE = re.compile(r"^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")


def _qualifies(tree: Tree, i: int) -> bool:
    """Whether "than" at token ``i`` qualifies a date, not joins two: "more than 20 years later".

    Two dates compared name each other: "in December than November".
    """
    if tree.tokens[i].text.lower() != "than":
        return False
    before = tree.tokens[i - 1].text
    return not (before in _MONTH_NAMES or before in _WEEKDAY_NAMES or _YEAR.match(before))


def _inside_word(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is joined by hyphens inside one word: "to" in "year-to-date"."""
    before = tree.tokens[i - 1] if i > 0 else None
    after = tree.tokens[i + 1] if i + 1 < len(tree) else None
    return (
        before is not None
        and after is not None
        and before.text == "-"
        and after.text == "-"
        and before.end == tree.tokens[i].start
        and tree.tokens[i].end == after.start
    )


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity cut at line breaks: a dateline and the next paragraph's "Yesterday" are two."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        piece = match.group()
        first = start + match.start() + len(piece) - len(piece.lstrip())
        last = start + match.end() - (len(piece) - len(piece.rstrip()))
        if first < last:
            spans.append((first, last))
    return spans


def _tense(tree: Tree, first: int, last: int) -> Tense:
    """What the clause of an expression says of it: done, to come, or neither.

    "met on Friday" is done, "will visit on Friday" to come, "said it would
    visit on Friday" to come after it was said.
    """
    if (
        _day_a_period_ended(tree, first)
        or _runs_since(tree, first)
        or _day_of_telling(tree, first)
        or _figure_compared_from(tree, first)
    ):
        return "past"
    if _awaited_day(tree, first, last):
        return "future"
    head = tree.phrase_head(first, last)
    node = first if head is None else head
    if _forecast_period(tree, node) or _reporting_period(tree, node):
        return _tense_of_figures(tree, node, first, last)
    if _expected_event(tree, node) or _time_granted(tree, first):
        return "prospective"  # to come when it was expected, not always after publication
    tense = _clause_tense(tree, node, first, last)
    if tense in ("future", "prospective") and _day_a_period_ends(tree, first):
        tense = None  # figures to come of a period that may be over: the nearest
    elif tense is None and (_scheduled(tree, node, first, last) or _deadline(tree, first, last)):
        tense = "future"
    elif tense is None and _date_of_a_record(tree, node, first):
        tense = "past"  # "the stock is 60% below its high in May": the high has been reached
    elif tense is None and _change_told(tree, first) and not _foreseen(tree, node):
        tense = "past"  # "with sales up 0.4% in the third quarter": the figure is out
    return tense


def _change_told(tree: Tree, first: int) -> bool:
    """Whether a period is the one a change is told of, as a figure: "up 0.4% in the quarter".

    A change measured over a period is known once the period is over; where no
    verb gives a tense ("with output down 2% in the third quarter"), it is the
    period just ended, not the nearest.
    """
    return bool(_CHANGE_TOLD.search(_words_just_before(tree, first)))


_CHANGE_TOLD = re.compile(
    r"\b(?:up|down)\s+(?:(?:just|only|by|some|about|around|nearly|almost)\s+)?"
    r"\d[\d.]*\s*(?:%|per\s*cent|percent)\s+(?:in|during|over|for)\s+$",
    re.IGNORECASE,
)


def _figure_compared_from(tree: Tree, first: int) -> bool:
    """Whether a period is the one a figure is compared from: "down from 7.9% in the third quarter".

    The figure it changed from is known, so its period is over, whatever
    verb or forecast the parser hangs the phrase under ("less than the 8.4%
    forecast by brokers and down from 7.9% in the third quarter").
    """
    return bool(_COMPARED_FROM.search(_words_just_before(tree, first)))


def _words_just_before(tree: Tree, first: int) -> str:
    """The text just before a token, as far back as a figure and its change are told."""
    return tree.text[max(0, tree.tokens[first].start - 60) : tree.tokens[first].start]


_COMPARED_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+\S*\d\S*(?:\s+(?:%|per\s*cent|percent|[mb]n|million|billion))?"
    r"\s+(?:in|during|for)\s+$",
    re.IGNORECASE,
)


def _day_of_telling(tree: Tree, first: int) -> bool:
    """Whether a weekday is the day the news is told on: "the Fed meets later on Tuesday".

    "Later" or "earlier" on a weekday counts from a moment of that day, so the
    writer is on it: the weekday is the publication day, or one before it,
    never the next week's, whatever the tense ("will vote later on Tuesday").
    """
    day = first
    while day < len(tree) and tree.tokens[day].text.lower() in ("later", "earlier", "on"):
        day += 1
    if day >= len(tree) or tree.tokens[day].text not in _WEEKDAY_NAMES:
        return False
    before = [t.text.lower() for t in tree.tokens[max(0, day - 2) : day]]
    return before[-1:] in (["later"], ["earlier"]) or before in (["later", "on"], ["earlier", "on"])


def _date_of_a_record(tree: Tree, node: int, first: int) -> bool:
    """Whether an expression tells when a high, low or peak was reached: "its peak in June".

    The model hangs "in June" from the verb, so the record is the word before
    "in"; "its May peak" is the month's.
    """
    token = tree.tokens[node]
    if token.dep == "compound" and tree.tokens[token.head].lemma.lower() in _RECORDS:
        return True
    before = tree.tokens[max(0, first - 2) : first]
    return (
        len(before) == 2
        and before[1].text.lower() in ("in", "of")
        and before[0].pos == "NOUN"
        and before[0].lemma.lower() in _RECORDS
    )


# What a price or index reaches and leaves: once named with a date, that date is behind.
_RECORDS = frozenset({"high", "low", "peak", "trough", "record"})


def _tense_of_figures(tree: Tree, node: int, first: int, last: int) -> Tense:
    """What the clause says of the period of figures or of a forecast: ended, or the nearest.

    The figures of a quarter come after it: told as done, the quarter has
    ended ("the first-quarter loss narrowed"); else the nearest ("will report
    third-quarter results", "expects a fourth-quarter loss"). What was under
    way when it was said is not done: "said it was cutting first-quarter
    output" is the quarter it was said in. A forecast is of a period not yet
    over, whatever the tense of its verb: "cut its full-year forecast" and
    "said it expected a fourth-quarter loss", said in November, are this
    year's, not the last ones ended.
    """
    if _forecast_period(tree, node) or _under_way(tree, node) or _foreseen(tree, node):
        return None
    return "past" if _clause_tense(tree, node, first, last) == "past" else None


def _foreseen(tree: Tree, node: int) -> bool:
    """Whether the first verb above token ``node`` foresees: "expected a fourth-quarter loss"."""
    verb = _first_verb_above(tree, node, _CLAUSE_STEPS)
    return verb is not None and tree.tokens[verb].lemma.lower() in _FORESEEING


def _first_verb_above(tree: Tree, node: int, steps: int) -> int | None:
    """The first verb above token ``node``, within ``steps`` heads, if any."""
    for _ in range(steps):
        parent = tree.tokens[node].head
        if parent == node:
            return None
        node = parent
        if tree.tokens[node].pos == "VERB":
            return node
    return None


# Verbs by which figures are foreseen, not told: "it expected a loss in the fourth quarter".
_FORESEEING = frozenset({"expect", "forecast", "predict", "project", "anticipate", "warn"})


def _awaited_day(tree: Tree, first: int, last: int) -> bool:
    """Whether a weekday owns what is awaited: "ahead of Monday's vote", "awaiting Friday's data".

    What a market waits for has not come, whatever the tense of its verb
    ("shares edged higher ahead of Monday's vote"): the weekday is the next
    one. Not when the sentence told another day before it ("fell on Tuesday
    ahead of Wednesday's vote", said on Thursday, is of a vote gone), nor
    when a clause tells what the thing awaited did ("ahead of Friday's
    report, which showed ...").
    """
    if last - first != 1 or tree.tokens[first].text not in _WEEKDAY_NAMES:
        return False
    if last >= len(tree) or tree.tokens[last].text not in ("'s", "’s"):
        return False
    before = tuple(t.text.lower() for t in tree.tokens[max(0, first - 4) : first])
    if not any(before[-len(cue) :] == cue for cue in _AWAITING):
        return False
    return not (
        _day_told_before(tree, first)
        or _told_as_done(tree, tree.tokens[first].head)
        or _told_before_then(tree, first)
    )


# The words before what is awaited: "ahead of", "awaiting", "in the run-up to".
_AWAITING = (
    ("ahead", "of"),
    ("awaiting",),
    ("await",),
    ("awaits",),
    ("in", "advance", "of"),
    ("run", "-", "up", "to"),
    ("lead", "-", "up", "to"),
    ("pending",),
)


def _day_told_before(tree: Tree, first: int) -> bool:
    """Whether the sentence names a weekday or a day from today before token ``first``."""
    start, _ = tree.sentence_span(tree.sentence_of[first])
    return any(
        t.text in _WEEKDAY_NAMES or t.text.lower() in ("yesterday", "today")
        for t in tree.tokens[start:first]
    )


def _told_before_then(tree: Tree, first: int) -> bool:
    """Whether the verb of a clause is in the past perfect: "polls had shown", "had risen".

    The past perfect tells what came before a moment now past: "polls in the
    run-up to Tuesday's vote had shown a tie" looks back from the vote, which
    has come.
    """
    verb = _first_verb_above(tree, first, _PERFECT_STEPS)
    return verb is not None and _past_perfect(tree, verb)


def _past_perfect(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the past perfect: "had shown", "had expected"."""
    return any(
        tree.tokens[c].dep == "aux"
        and tree.tokens[c].lemma.lower() == "have"
        and tree.tokens[c].tag == "VBD"
        for c in tree.children[verb]
    )


# How far above a day its clause's verb may be: "polls in the run-up to Tuesday's vote had
# shown" (Tuesday, vote, to, up, in, polls, shown).
_PERFECT_STEPS = 8


def _told_as_done(tree: Tree, noun: int) -> bool:
    """Whether a clause on the noun tells it in the past: "the report, which showed"."""
    return any(
        tree.tokens[c].dep in ("relcl", "acl") and tree.tokens[c].tag == "VBD"
        for c in tree.children[noun]
    )


def _day_a_period_ended(tree: Tree, first: int) -> bool:
    """Whether an expression is the day a period is told to have ended: "the quarter ended June 30".

    Firms report on a quarter after it has ended, so the day is past
    whatever the main verb says ("will report results for the quarter ended
    September 30 on Thursday"); "ending" may look ahead, and is left alone.
    """
    return _period_told_to(tree, first, "ended", ("on",))


def _day_a_period_ends(tree: Tree, first: int) -> bool:
    """Whether an expression is the day a period is told to end on: "the quarter ending March 31".

    Figures to come may be of a period over: "will report results for the
    three months ending in February", said in March, are of the February
    just gone, so a future clause says nothing of the day, which is the
    nearest. So is the month a period runs "to" or "through": "said it would
    post a loss for the three months to September", said in November.
    """
    return _period_told_to(tree, first, "ending", ("on", "in")) or any(
        _period_told_to(tree, first, linking, ()) for linking in ("to", "through")
    )


def _period_told_to(tree: Tree, first: int, verb: str, linking: tuple[str, ...]) -> bool:
    """Whether a period word and ``verb`` stand before an expression, a ``linking`` word between.

    "the quarter ended (on) June 30", "the three months ending (in) May".
    """
    before = [t.text.lower() for t in tree.tokens[max(0, first - 3) : first]]
    if before and before[-1] in linking:
        before.pop()
    return len(before) >= 2 and before[-1] == verb and before[-2] in _PERIOD_WORDS


def _runs_since(tree: Tree, first: int) -> bool:
    """Whether an expression is the start of a time that runs on: "rates have risen since June".

    What has lasted since a date began before it was told, whatever the tense
    the parse finds ("five rises since June", said in March, are since last
    June; the nearest June would be ahead). So has what was done since an
    act of that date: "its first results since listing on the market in June".
    """
    if first > 0 and tree.tokens[first - 1].text.lower() == "since":
        return True
    verb = _verb_of(tree, first)
    return (
        verb is not None
        and verb > 0
        and tree.tokens[verb].tag == "VBG"
        and tree.tokens[verb - 1].text.lower() == "since"
    )


# What a firm's figures cover, told before the day it ended ("the quarter that ended").
_PERIOD_WORDS = frozenset({"quarter", "half", "year", "months", "weeks", "period", "that", "which"})


def _deadline(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is a deadline: "by the end of February".

    Said in a clause that tells of nothing done, the end of a period that
    something must be done by is ahead: "warned of losses if it fails to cut
    costs by the end of February", said in March, is next February. A date
    alone after "by" or "until" is not always one ("epitomised by Friday's
    tour", "records from before 1 January").
    """
    words = [t.text.lower() for t in tree.tokens[first : min(last, first + 3)]]
    return (
        first > 0
        and tree.tokens[first - 1].text.lower() in _DEADLINE_WORDS
        and words == ["the", "end", "of"]
    )


_DEADLINE_WORDS = frozenset({"by", "until", "till", "before"})


def _time_granted(tree: Tree, first: int) -> bool:
    """Whether a date ends a time granted or put off to: "was given until June 1".

    The grant is told as done, but the time it gives runs on from then
    ("GM was given until June 1 to cut its debt", "had until April 30",
    "the vote was postponed to 3 May", "set a deadline of June 1"), so the
    clause's past is not the date's: it is the nearest such day, or the
    month or weekday ahead, as for what was said would come.
    """
    if first == 0:
        return False
    before = tree.tokens[first - 1]
    if before.text.lower() == "of":
        return first > 1 and tree.tokens[first - 2].lemma.lower() == "deadline"
    if before.text.lower() not in ("until", "till", "to"):
        return False
    lemma = tree.tokens[before.head].lemma.lower()
    if before.text.lower() == "to":
        return lemma in _PUTTING_OFF
    return lemma in _GRANTING or lemma in _PUTTING_OFF


# Verbs whose "until" gives a time to run on from the act: "given until", "had until".
_GRANTING = frozenset({"give", "have", "grant", "allow"})
# Verbs that put a date off to a later one: "extended to", "postponed until".
_PUTTING_OFF = frozenset({"extend", "postpone", "delay", "defer", "adjourn", "reschedule"})


def _scheduled(tree: Tree, node: int, first: int, last: int) -> bool:
    """Whether a weekday hangs from a verb in the present simple: a day on the calendar.

    "The Fed meets on Tuesday", "Congress votes on the plan on Friday", "the
    report is published on Thursday": news
    tells what is scheduled in the present simple, and what is done in the
    past. Not a verb of saying ("says on Monday"), nor "be", which tells a
    state ("the index is up 2% on Monday"), nor one that sets a figure beside
    another ("this compares with $1.35 on Friday") or tells where it stands,
    nor a weekday after "since" ("losses since Monday"), nor one that owns
    what the verb tells of ("Tuesday's figures represent a record"): the
    figures are out.
    """
    words = [t.text for t in tree.tokens[first:last]]
    if words[-1:] != [w for w in words[-1:] if w in _WEEKDAY_NAMES]:
        return False
    if last < len(tree) and tree.tokens[last].text in ("'s", "’s"):
        return False
    if first > 0 and tree.tokens[first - 1].text.lower() == "since":
        return False  # "losses since Monday": counted from a day gone
    verb = tree.tokens[node].head
    for _ in range(3):
        if tree.tokens[verb].pos in _VERBS or verb == tree.tokens[verb].head:
            break
        verb = tree.tokens[verb].head
    token = tree.tokens[verb]
    auxiliaries = [tree.tokens[c] for c in tree.children[verb] if tree.tokens[c].dep in _AUX_DEPS]
    present = token.tag in ("VBZ", "VBP") and not auxiliaries
    # "the report is published on Thursday": the passive in the present
    passive = (
        token.tag == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep == "auxpass"
        and auxiliaries[0].tag in ("VBZ", "VBP")
    )
    return (
        token.pos == "VERB"
        and (present or passive or _arranged(token, auxiliaries))
        and token.lemma.lower() not in quote_cues.lemmas()
        and not _relates(tree, verb)
    )


def _arranged(verb: Token, auxiliaries: Sequence[Token]) -> bool:
    """Whether a verb is in the present progressive, which tells an arrangement with a weekday.

    "OPEC is meeting in Vienna on Friday", "the plan is being put to a vote
    on Monday": to come, or the day itself; a day gone is told in the past.
    """
    present = [a for a in auxiliaries if a.tag in ("VBZ", "VBP")]
    being = [a for a in auxiliaries if a.text.lower() == "being"]
    if len(present) != 1 or present[0].lemma.lower() != "be":
        return False
    if verb.tag == "VBG":
        return len(auxiliaries) == 1
    return verb.tag == "VBN" and len(being) == 1 and len(auxiliaries) == 2


# Verbs that set a figure beside another or tell where it stands, not an act on the calendar:
# "this compares with $1.35 on Friday", "the rise follows a 2% fall on Monday", "the index
# stands at 9,000, down from 9,500 on Monday".
_RELATING_VERBS = frozenset(
    {"compare", "follow", "mark", "represent", "match", "mirror", "echo", "contrast", "stand",
     "remain", "sit", "own", "total", "amount"}
)  # fmt: skip


def _relates(tree: Tree, verb: int) -> bool:
    """Whether a verb sets what it tells beside another: "compares with", "comes after"."""
    lemma = tree.tokens[verb].lemma.lower()
    if lemma == "come":  # "the gain comes after a drop on Tuesday"; not "it comes on Monday"
        return any(tree.tokens[c].text.lower() in ("after", "amid") for c in tree.children[verb])
    return lemma in _RELATING_VERBS


_AUX_DEPS = frozenset({"aux", "auxpass"})
_CLAUSE_STEPS = 6


def _clause_tense(tree: Tree, node: int, first: int, last: int) -> Tense:
    """The tense of the verb above token ``node``, a few steps up.

    Up to :data:`_CLAUSE_STEPS`: a date in a noun phrase that names a span
    hangs five steps below its verb ("sales in the period from January to
    March rose": January, from, period, in, sales, rose).
    """
    steps = 0
    while steps < _CLAUSE_STEPS:
        parent = tree.tokens[node].head
        if parent == node:
            return None
        listed = tree.tokens[node].dep == "conj" and tree.tokens[parent].pos not in _VERBS
        node = parent
        if _untensed(tree, node) or listed or _noun_read_as_verb(tree, node):
            continue  # not counted: the tensed verb is above it, or above the list's first
        steps += 1
        if _due(tree, node):
            return "future"
        if tree.tokens[node].pos in ("VERB", "AUX"):
            node = _saying_verb(tree, node, first, last)
            return _ahead(tree, node) or ("past" if _past(tree, node) else None)
    return None


_VERBS = frozenset({"VERB", "AUX"})


def _saying_verb(tree: Tree, verb: int, first: int, last: int) -> int:
    """The verb an expression between a verb of saying and its clause belongs to.

    "said on Tuesday it would cut jobs": the model hangs "on Tuesday" from
    "cut", but standing before the clause's subject it says when it was
    said, not when the jobs go. Not a date inside the subject ("agreed that
    the 20 March start be put off").
    """
    token = tree.tokens[verb]
    saying = tree.tokens[token.head]
    if (
        token.dep != "ccomp"
        or not token.head < first
        or saying.lemma.lower() not in quote_cues.lemmas()
        or _clause_part(tree, verb, first) not in _ADVERBIAL
    ):
        return verb
    subjects = [c for c in tree.children[verb] if tree.tokens[c].dep in ("nsubj", "nsubjpass")]
    if subjects and all(c >= last for c in subjects):
        return token.head
    return verb


_ADVERBIAL = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl"})


def _clause_part(tree: Tree, verb: int, token: int) -> str:
    """The relation by which the phrase holding ``token`` hangs from ``verb``."""
    for _ in range(8):
        parent = tree.tokens[token].head
        if parent == verb:
            return tree.tokens[token].dep
        if parent == token:
            break
        token = parent
    return ""


def _expected_event(tree: Tree, head: int) -> bool:
    """A date that names an event said to be expected was to come: "an expected May election".

    The date qualifies a noun that "expected", "planned", "scheduled" or
    "upcoming" qualifies too, whatever the tense of the clause around it: a
    month of it is ahead, a day of it the nearest (as what someone said
    would come).
    """
    token = tree.tokens[head]
    if token.dep not in ("compound", "amod", "nmod", "poss") or token.head == head:
        return False
    noun = tree.tokens[token.head]
    return noun.pos == "NOUN" and any(
        tree.tokens[c].dep in ("amod", "acl") and tree.tokens[c].text.lower() in _EXPECTED
        for c in tree.children[token.head]
    )


_EXPECTED = frozenset(
    {"expected", "planned", "scheduled", "proposed", "upcoming", "forthcoming", "impending"}
)


def _under_way(tree: Tree, node: int) -> bool:
    """Whether the verb above token ``node`` is progressive ("was cutting", "are raising")."""
    for _ in range(4):
        parent = tree.tokens[node].head
        if parent == node:
            return False
        node = parent
        token = tree.tokens[node]
        if token.pos in _VERBS:
            return token.tag == "VBG" and any(
                tree.tokens[c].dep == "aux" and tree.tokens[c].lemma.lower() == "be"
                for c in tree.children[node]
            )
    return False


def _reporting_period(tree: Tree, head: int) -> bool:
    """A quarter or half that qualifies a noun is the period of its figures, not of the verb.

    "will report third-quarter results on Friday": the results of a quarter
    come after it, so a verb that looks ahead says nothing of the quarter;
    one that tells them as done says it has ended. So is a quarter the
    figures are "for" or "in": "will report results for the first quarter".
    """
    token = tree.tokens[head]
    if token.text.lower() not in ("quarter", "half"):
        return False
    if token.dep in ("compound", "amod", "nmod"):
        return tree.tokens[token.head].pos == "NOUN"
    preposition = tree.tokens[token.head]
    if token.dep != "pobj" or preposition.text.lower() not in ("for", "in"):
        return False
    owner = preposition.head  # "results for the quarter", or "report results for the quarter"
    owners = [owner, *(c for c in tree.children[owner] if tree.tokens[c].dep == "dobj")]
    return any(tree.tokens[o].lemma.lower() in _FIGURES for o in owners)


def _forecast_period(tree: Tree, head: int) -> bool:
    """Whether a quarter, half or year is the period of a forecast: "its full-year forecast".

    The period qualifies a forecast noun, alone or through the figure it
    forecasts ("its fourth-quarter sales forecast"), or is what a forecast
    is "for" ("cut its forecast for the fourth quarter").
    """
    token = tree.tokens[head]
    if token.text.lower() not in ("quarter", "half", "year"):
        return False
    if token.dep == "pobj" and tree.tokens[token.head].text.lower() == "for":
        owner = tree.tokens[token.head].head  # "its forecast for the year", or "cut" above it
        owners = [owner, *(c for c in tree.children[owner] if tree.tokens[c].dep == "dobj")]
        return any(_open_forecast(tree, o) for o in owners)
    node = head
    for _ in range(2):  # "full-year forecast", "full-year profit forecast"
        if tree.tokens[node].dep not in ("compound", "amod", "nmod"):
            return False
        node = tree.tokens[node].head
        if _open_forecast(tree, node):
            return True
    return False


def _open_forecast(tree: Tree, noun: int) -> bool:
    """Whether a word is a forecast still open: "cut its forecast", not "beat forecasts".

    Figures that beat or miss a forecast are out, and their period may be over.
    """
    token = tree.tokens[noun]
    if token.lemma.lower() not in _FORECASTS:
        return False
    return tree.tokens[token.head].lemma.lower() not in _MEASURED_AGAINST


# What is said of a period before it is over: "the full-year forecast", "guidance for the year".
_FORECASTS = frozenset(
    {"forecast", "outlook", "guidance", "target", "estimate", "projection", "prediction",
     "expectation"}
)  # fmt: skip
# What figures do to a forecast once they are out: "full-year profits beat forecasts".
_MEASURED_AGAINST = frozenset(
    {"beat", "miss", "meet", "exceed", "top", "match", "surpass", "outstrip", "undershoot"}
)


# What is told of a period after it ends: "results for the first quarter".
_FIGURES = frozenset(
    {"result", "results", "earnings", "profit", "loss", "sales", "revenue", "figure", "figures",
     "income", "earning"}
)  # fmt: skip


def _ahead(tree: Tree, verb: int) -> Tense:
    """Whether a verb says what is to come, or what was to come after a past moment."""
    if _future(tree, verb) or (
        tree.tokens[verb].dep == "xcomp" and _future(tree, tree.tokens[verb].head)
    ):
        return "future"
    intent = tree.tokens[verb].head
    if tree.tokens[verb].dep == "xcomp" and tree.tokens[intent].lemma.lower() in _LIKELY:
        # "is tipped to ask the Queen on Monday", "seems certain to name the day on Monday":
        # a forecast of what is to come; "was likely to", of what was to come after then
        forecast = tree.tokens[intent]
        said_then = _past(tree, intent) or (forecast.pos == "ADJ" and _past(tree, forecast.head))
        return "prospective" if said_then else "future"
    if (tree.tokens[verb].dep == "xcomp" and _intends(tree.tokens[intent])) or _expected_of(
        tree, verb
    ):
        return _tense_of_an_intent(tree, intent)
    if _is_to(tree, verb):
        # "Mr Brown is to unveil his plans on Monday"; "was to be published on Friday"
        return "prospective" if tree.tokens[intent].tag == "VBD" else "future"
    if any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "would"
        for c in tree.children[verb]
    ):
        return "prospective"  # "said the hearing would continue on Thursday"
    return None


def _tense_of_an_intent(tree: Tree, intent: int) -> Tense:
    """What a verb of hoping or expecting says of what it hopes for or expects.

    "hopes to sell it by Friday" is to come; "vowed to sell it by Friday", to
    come after the vow; "traders had expected the May index to rise" is
    behind: the past perfect looks back from a moment now past (the index
    came out).
    """
    if _past_perfect(tree, intent):
        return "past"
    return "prospective" if _past(tree, intent) else "future"


def _expected_of(tree: Tree, verb: int) -> bool:
    """Whether a verb is what one expects, plans or wants another to do.

    "expects the market to pick up in the second half" is to come;
    "expected prices to rise in May", to come after it was expected.
    """
    token = tree.tokens[verb]
    return (
        token.dep == "ccomp"
        and tree.tokens[token.head].lemma.lower() in (_FUTURE_VERBS | _INTENT_VERBS)
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
            for c in tree.children[verb]
        )
    )


def _is_to(tree: Tree, verb: int) -> bool:
    """Whether a verb is the infinitive of "be to": what is arranged or ordered to happen.

    Not "it was great to see them on Sunday", where "be" has a predicate of its own.
    """
    token = tree.tokens[verb]
    return (
        token.dep == "xcomp"
        and tree.tokens[token.head].lemma.lower() == "be"
        and not any(tree.tokens[c].dep in ("acomp", "attr") for c in tree.children[token.head])
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
            for c in tree.children[verb]
        )
    )


def _intends(token: Token) -> bool:
    """Whether a verb is one of hoping, needing or vowing (the model lemmatises "hopes" "hop")."""
    word = token.text.lower()
    stems = {word.removesuffix(end) for end in ("s", "es", "ed", "d", "ing")}
    stems |= {f"{stem}e" for stem in stems}
    return token.lemma.lower() in _INTENT_VERBS or bool(stems & _INTENT_VERBS)


def _untensed(tree: Tree, verb: int) -> bool:
    """A participle that modifies a noun has no tense of its own: the clause it sits in has.

    "will attend the summit called in Lima on Friday" is to come. Nor has one
    that stands as a preposition: "jobs were lost following storms in August"
    is done.
    """
    token = tree.tokens[verb]
    return (
        token.pos == "VERB"
        and token.tag in ("VBN", "VBG")
        and token.dep in ("acl", "prep")
        and not any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb])
    )


def _noun_read_as_verb(tree: Tree, verb: int) -> bool:
    """A plural noun the model tagged as a verb in the present: no tense of its own.

    "has pushed through quarter-point rises in May": the model reads "rises"
    as a verb, but a finite verb is never the object of a verb or of a
    preposition, so the tense is that of the verb above it ("has pushed").
    Nor is one "with" opens: "has been raising rates, with quarter-point
    rises in June" is a noun phrase hung from "raising", whose tense it takes.
    """
    token = tree.tokens[verb]
    if token.pos != "VERB" or token.tag not in ("VBZ", "VBP"):
        return False
    return token.dep in ("dobj", "pobj") or _opened_by_with(tree, verb)


def _opened_by_with(tree: Tree, verb: int) -> bool:
    """Whether "with" marks a clause the model built on a verb: "with point rises in June"."""
    return tree.tokens[verb].dep == "advcl" and any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "with"
        for c in tree.children[verb]
    )


def _due(tree: Tree, word: int) -> bool:
    """What is due is to come ("the report is due at the end of March"), unless it was due.

    The expression may hang from "due" or from its "is". "Due to" a thing is
    because of it ("the rise was due to the onset of winter"), not to come.
    """
    words = [word, *(c for c in tree.children[word] if tree.tokens[c].dep == "acomp")]
    return tree.tokens[word].tag != "VBD" and any(
        tree.tokens[w].pos == "ADJ"
        and tree.tokens[w].lemma.lower() in _FUTURE_ADJECTIVES
        and not any(tree.tokens[c].tag == "VBD" for c in tree.children[w])
        and not _because_of(tree, w)
        for w in words
    )


def _because_of(tree: Tree, due: int) -> bool:
    """Whether "due" says why: "due to" a noun ("due primarily to the cold"), not "due to open"."""
    return any(
        tree.tokens[c].text.lower() == "to" and tree.tokens[c].dep == "prep"
        for c in tree.children[due]
    )


def _past(tree: Tree, verb: int) -> bool:
    """A verb in the past: "met", "has met", "was held"."""
    if tree.tokens[verb].tag == "VBD":
        return True
    return any(
        (tree.tokens[c].dep in ("aux", "auxpass") and tree.tokens[c].tag == "VBD")
        or (tree.tokens[c].dep == "aux" and tree.tokens[c].lemma == "have")
        for c in tree.children[verb]
    )


def _future(tree: Tree, verb: int) -> bool:
    """A verb with "will", "may" or "must", or one that says something is due, planned, expected."""
    if tree.tokens[verb].lemma.lower() in _FUTURE_VERBS:
        return any(tree.tokens[c].dep == "xcomp" for c in tree.children[verb])
    auxiliaries = [
        tree.tokens[c].text.lower()
        for c in tree.children[verb]
        if tree.tokens[c].dep in ("aux", "auxpass")
    ]
    if any(a in _FUTURE_MODALS for a in auxiliaries):
        return "have" not in auxiliaries  # "may have met on Monday" is done
    return any(a in _FUTURE_AUXILIARIES for a in auxiliaries)


STAGE = Stage(
    name="times",
    run=find_times,
    requires=frozenset({"parse"}),
    assigns=frozenset({"times", "published"}),
)
