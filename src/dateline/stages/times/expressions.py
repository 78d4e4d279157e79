"""Which spans are time expressions: the model's DATE and TIME entities, repaired and added to."""

from __future__ import annotations

import dataclasses
import functools
import re

from dateline import lexicons
from dateline.records import DateValue, Entity, TimeMention
from dateline.stages._tree import Tree
from dateline.stages.times import idioms, missed
from dateline.stages.times.extents import (
    AM_PM,
    AM_PM_WORDS,
    COLON_CLOCK,
    HOUR_OF_DAY,
    noun_after,
    widened,
)
from dateline.stages.times.named_periods import (
    around_a_holiday,
    closed_periods,
    falls,
    holiday_in_a_name,
    holidays,
    parts_of_day,
    parts_of_year,
    references_found,
    seasons,
    the_period,
    year_of_a_name,
)
from dateline.stages.times.not_times import (
    AGE,
    SPAN_UNITS,
    a_fall,
    a_fraction,
    a_record,
    after_every,
    an_ordinal_of_a_thing,
    compared_on,
    event_relative,
    half_of_a_game,
    how_often_of_a_thing,
    in_a_row,
    names_no_day,
    no_year,
    won_the_day,
)
from dateline.stages.times.pieces import dates_apart, range_ends
from dateline.stages.times.resolve import (
    numeric_date,
)
from dateline.stages.times.vocabulary import (
    BARE_UNITS,
    DAY_OF_MONTH,
    DEICTIC,
    HOURS,
    MONTH_NAMES,
    PARTS_OF_DAY,
    WEEKDAY_NAMES,
    YEAR,
    ZONES,
)

_TIME_LABELS = frozenset({"DATE", "TIME"})
_CLOCK_TOKEN = re.compile(r"^\d{4}(?:gmt|bst|utc)$", re.IGNORECASE)


@functools.cache
def event_table() -> dict[str, dict[tuple[str, ...], tuple[str, frozenset[str]]]]:
    """``lexicons/event_days.tsv`` by first word: each phrase's date and the cues it needs."""
    by_first: dict[str, dict[tuple[str, ...], tuple[str, frozenset[str]]]] = {}
    for row in lexicons.table("event_days.tsv"):
        words = tuple(row["phrase"].split())
        by_first.setdefault(words[0], {})[words] = (row["date"], frozenset(row["cues"].split()))
    return by_first


def time_expressions(
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
        first, last = widened(tree, entity)
        if (
            names_no_day(tree, first, last)
            or tree.tokens[last - 1].text.lower() in _AMOUNTS
            or half_of_a_game(tree, first, last)
            or a_fraction(tree, first, last)
            or a_record(tree, first, last)
            or in_a_row(tree, first, last)
            or an_ordinal_of_a_thing(tree, first, last)
            or won_the_day(tree, first, last)
            or compared_on(tree, first, last)
            or after_every(tree, first, last)
            or a_fall(tree, first, last)
            or holiday_in_a_name(tree, first, last)
            or year_of_a_name(tree, first, last)
            or around_a_holiday(tree, first, last)
            or named & set(range(first, last))
            or event_relative(tree, first, last)
            or idioms.says_no_time(tree, first, last)
            or how_often_of_a_thing(tree, first, last)
            or (last == first + 1 and tree.tokens[first].text.lower() in BARE_UNITS)
            or AGE.match(tree.text[tree.tokens[first].start : tree.tokens[last - 1].end])
            or no_year(tree, first, last)
            or missed.weekend_as_a_kind(tree, first, last)
        ):
            continue
        whole = dataclasses.replace(
            entity,
            token_start=first,
            start=tree.tokens[first].start,
            token_end=last,
            end=tree.tokens[last - 1].end,
        )
        if missed.tells_the_present(tree, first, last):
            whole = dataclasses.replace(whole, label=missed.NOWADAYS)
        for piece in dates_apart(tree, whole):
            found += [
                dataclasses.replace(end, label=SPAN_TO_A_DAY)
                if _span_to_a_day(tree, end.token_start, end.token_end)
                else end
                for end in range_ends(tree, piece)
            ]
        covered.update(range(whole.token_start, whole.token_end))
    found += holidays(tree, covered)
    found += references_found(tree, covered)
    found += seasons(tree, covered)
    found += falls(tree, covered)
    found += parts_of_year(tree, covered)
    found += parts_of_day(tree, covered)
    found += the_period(tree, covered)
    found += closed_periods(tree, covered)
    found += _clocks(tree, covered)
    found += _numeric_dates(tree, covered)
    found += _agos(tree, covered)
    found += _missed_days(tree, covered, named)
    found += missed.deictic_days(tree, covered)
    found += missed.weekend_happenings(tree, covered)
    found += missed.anaphors(tree, covered)
    found += missed.decades(tree, covered)
    found += missed.split_years(tree, covered)
    found += missed.counted_lengths(tree, covered)
    found += missed.lasting_lengths(tree, covered)
    found += missed.elided_parts(tree, covered)
    for i, token in enumerate(tree.tokens):
        if i in covered or not YEAR.match(token.text) or i == 0:
            continue
        before = tree.tokens[i - 1]
        if (
            before.pos == "ADP"
            or before.text.lower() in ("and", "to", "or")
            or _a_year_run_through(tree, i)
        ):
            found.append(Entity("DATE", token.start, token.end, i, i + 1))
    return sorted(found, key=lambda e: e.start)


def _a_year_run_through(tree: Tree, i: int) -> bool:
    """Whether a year is the one a verb of a course begins or ends: "The Dow ended 2007 up 6%".

    The model takes no date there about as often as it takes one.
    """
    token = tree.tokens[i]
    verb = tree.tokens[token.head]
    return token.dep in ("dobj", "npadvmod") and verb.lemma.lower() in _COURSE_VERBS


_COURSE_VERBS = frozenset({"begin", "start", "open", "enter", "end", "finish", "close"})
"""Verbs by which a year is begun or ended, as markets and firms begin and end one."""


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
                last += 2 if YEAR.match(tree.tokens[last + 1].text) else 0  # "... of 2004"
            found.append((first, last))
    return found


# The first month of each quarter, and its last.
_QUARTER_STARTS = {"january": "march", "april": "june", "july": "september", "october": "december"}

SPAN_TO_A_DAY = "DURATION"
"""The label of a span of time counted back from a day: no date of its own."""


def _span_to_a_day(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is a year counted back from a day: "the year to 31 March".

    It is twelve months ending on that day (the day is a date of its own),
    not the calendar year; so is "the year through June", as American
    financial news writes it.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if words[:1] == ["the"]:
        words = words[1:]
    if words not in (["year"], ["12", "months"], ["twelve", "months"]) or last + 1 >= len(tree):
        return False
    after, then = tree.tokens[last].text.lower(), tree.tokens[last + 1].text
    return after in ("to", "through", "ending", "ended") and (
        then in MONTH_NAMES or bool(DAY_OF_MONTH.match(then))
    )


def years_counted_back(
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
        if token.text in WEEKDAY_NAMES and any(s <= token.start < e for s, e in spans)
    }


@functools.cache
def _day_names() -> re.Pattern[str]:
    names = sorted(lexicons.entries("day_names.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


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
        if token.text in MONTH_NAMES:
            span = _day_and_month(tree, i)
        elif token.text.rstrip(".") in _MONTH_ABBREVIATIONS:
            span = _abbreviated_day(tree, i)
        elif token.text in WEEKDAY_NAMES and i not in named and i > 0:
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
    if month > 0 and DAY_OF_MONTH.match(tree.tokens[month - 1].text):
        first = month - 1
    elif last < len(tree) and DAY_OF_MONTH.match(tree.tokens[last].text):
        last += 1
    else:
        return None
    if last < len(tree) and tree.tokens[last].text == "," and last + 1 < len(tree):
        if YEAR.match(tree.tokens[last + 1].text):
            last += 2
    elif last < len(tree) and YEAR.match(tree.tokens[last].text):
        last += 1
    return first, last


def _abbreviated_day(tree: Tree, month: int) -> tuple[int, int] | None:
    """The tokens of "Oct 1" or "Oct. 1, 2008": an abbreviated month with its day after it.

    Not "Jan" alone, which is also a name.
    """
    last = month + 1
    if last >= len(tree) or not DAY_OF_MONTH.match(tree.tokens[last].text):
        return None
    last += 1
    if (
        last + 1 < len(tree)
        and tree.tokens[last].text == ","
        and YEAR.match(tree.tokens[last + 1].text)
    ):
        last += 2
    return month, last


_MONTH_ABBREVIATIONS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)


def _weekday_after_preposition(tree: Tree, day: int) -> tuple[int, int] | None:
    """The tokens of "on Monday", "last Saturday" or "until Friday night", without "on"."""
    before = tree.tokens[day - 1].text.lower()
    if before in DEICTIC:
        first = day - 1  # "last Saturday"
    elif before in _DAY_PREPOSITIONS:
        first = day
    else:
        return None
    last = day + 1
    if last < len(tree) and tree.tokens[last].text.lower() in PARTS_OF_DAY:
        last += 1
    return first, last


def _agos(tree: Tree, covered: set[int]) -> list[Entity]:
    """A count of time "ago" the model missed: "agreed a fortnight ago", "two weeks ago".

    Or a count "later" or "earlier" it missed: a date counted from another
    (:mod:`.anaphora`). The model finds most; it loses one it joins to the
    date before a comma ("on November 14, two days later than planned"),
    as that date ends at the comma (:func:`widened`).
    """
    found = []
    for i in range(2, len(tree)):
        if tree.tokens[i].text.lower() not in _COUNTED_FROM or covered & {i - 2, i - 1, i}:
            continue
        unit, count = tree.tokens[i - 1], tree.tokens[i - 2]
        if unit.text.lower().removesuffix("s") in (*SPAN_UNITS, "fortnight") and (
            count.pos == "NUM" or count.text.lower() in ("a", "an", "few", "several", "many")
        ):
            found.append(Entity("DATE", count.start, tree.tokens[i].end, i - 2, i + 1))
            covered.update((i - 2, i - 1, i))
    return found


# The words after a count of units that make it a date: "two weeks ago", "two days later".
_COUNTED_FROM = frozenset({"ago", "later", "earlier"})


def _numeric_dates(tree: Tree, covered: set[int]) -> list[Entity]:
    """Dates in figures the model took as numbers or names: "signed on 7/8/07", "in FY10".

    Or a quarter in figures ("Q3 revenue rose"), which the model takes for a name.
    """
    return [
        Entity("DATE", token.start, token.end, i, i + 1)
        for i, token in enumerate(tree.tokens)
        if i not in covered
        and (
            numeric_date(token.text, None) is not None
            or _FISCAL_TOKEN.match(token.text)
            or _quarter_token(tree, i)
        )
    ]


_FISCAL_TOKEN = re.compile(r"^FY(?:(?:19|20)\d\d|\d\d)$")  # "FY2010", "FY10"
_QUARTER_TOKEN = re.compile(r"^Q[1-4]$")  # "Q3"


def _quarter_token(tree: Tree, i: int) -> bool:
    """Whether a token is a quarter in figures: "Q3", but not a model's name ("the Audi Q3").

    A name before it makes it part of that name, as car makers name models so.
    """
    return bool(_QUARTER_TOKEN.match(tree.tokens[i].text)) and (
        i == 0 or tree.tokens[i - 1].pos != "PROPN"
    )


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
            (HOURS.match(token.text) or COLON_CLOCK.match(token.text))
            and i + 1 < len(tree)
            and i + 1 not in covered
            and tree.tokens[i + 1].text.lower() in ZONES
        ):
            found.append(Entity("TIME", token.start, tree.tokens[i + 1].end, i, i + 2))
            covered.update((i, i + 1))
        elif COLON_CLOCK.match(token.text) and i > 0 and tree.tokens[i - 1].text.lower() == "at":
            found.append(Entity("TIME", token.start, token.end, i, i + 1))  # "landed at 16:00"
            covered.add(i)
        elif AM_PM.match(token.text):
            found.append(Entity("TIME", token.start, token.end, i, i + 1))  # "at 10.30am"
            covered.add(i)
        elif (
            HOUR_OF_DAY.match(token.text)
            and i + 1 < len(tree)
            and i + 1 not in covered
            and tree.tokens[i + 1].text in AM_PM_WORDS
            and tree.tokens[i + 1].pos not in ("AUX", "VERB")  # not "5 am I"
        ):
            found.append(Entity("TIME", token.start, tree.tokens[i + 1].end, i, i + 2))
            covered.update((i, i + 1))  # "at 10.30 am"
        elif (
            (HOURS.match(token.text) or COLON_CLOCK.match(token.text))
            and [t.text.lower() for t in tree.tokens[i + 1 : i + 3]] == ["local", "time"]
            and not covered & {i + 1, i + 2}
            and not noun_after(tree, i + 3)
        ):
            found.append(Entity("TIME", token.start, tree.tokens[i + 2].end, i, i + 3))
            covered.update((i, i + 1, i + 2))  # "sank at 0800 local time"
    return found
