"""Where a time expression begins and ends: the model's span widened or trimmed.

"fourth-quarter", "Friday morning", "the 1990s", "since 5 March 2004 to": the
words the model leaves out of a date, or takes into it, by their shape.
"""

from __future__ import annotations

import re

from dateline.records import Entity, Token
from dateline.stages._tree import Tree
from dateline.stages.times import missed
from dateline.stages.times.anaphora import a_period_a_year_back
from dateline.stages.times.named_periods import season_described
from dateline.stages.times.not_times import SPAN_UNITS
from dateline.stages.times.pieces import fiscal_year_to_a_month
from dateline.stages.times.resolve import (
    holiday_names,
)
from dateline.stages.times.vocabulary import (
    BARE_UNITS,
    DAY_OF_MONTH,
    DEICTIC,
    FRACTION_COUNTS,
    FRACTIONS,
    HOURS,
    HOW_OFTEN,
    MONTH_NAMES,
    MONTH_SPELLINGS,
    MONTH_WORDS,
    PARTS_OF_DAY,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    YEAR,
    ZONES,
    word_hyphen,
)

_MODIFIERS = frozenset({"this", "last", "next", "earlier", "later"})
_NEIGHBOURING = frozenset({"next", "following", "previous", "same", "prior"})
"""Words that, after "the", make a unit the one beside a date told before: "the next day"."""
_COUNTED_UNITS = frozenset(
    {"minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "quarters"}
    | {"year", "years", "decade", "decades"}
)
# What may follow a comma inside one date: a year, a day ("Friday, 3 March"), a month.
_DATE_GOES_ON = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th)?|" + "|".join(MONTH_SPELLINGS) + r")\.?$",  # "Thursday, Jan. 15"
    re.IGNORECASE,
)
_DAY_NUMBER = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")
_DAY_WORDS = frozenset({*WEEKDAY_WORDS, "yesterday", "today", "tomorrow"})


def noun_after(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a noun: "local time zones" are no clock time's zone."""
    return i < len(tree) and tree.tokens[i].pos == "NOUN"


# A time of day written with a colon: "16:00 UTC", "at 9:30".
COLON_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
# A time of day on the 12-hour clock, in one token or two: "10.30am", "10.30 am", "4 p.m.".
AM_PM = re.compile(r"^(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ap]\.?m\.?$", re.IGNORECASE)
HOUR_OF_DAY = re.compile(r"^(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?$")
# With their case: "3 PM" may be three prime ministers.
AM_PM_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "A.M.", "P.M."})


def widened(tree: Tree, entity: Entity) -> tuple[int, int]:
    """The tokens of an entity with what the model left out of it, and without a final dash."""
    first = entity.token_start
    entity_end = _before_a_measured_count(tree, entity.token_start, entity.token_end)
    previous = tree.tokens[first - 1].text.lower() if first > 0 else ""
    if (
        previous in _MODIFIERS
        or (_DAY_NUMBER.match(previous) and tree.tokens[first].text.lower() in MONTH_WORDS)
        or f"{previous} {tree.tokens[first].text.lower()}" in holiday_names()
    ):
        first -= 1  # "this week", "5 March", "Good Friday": the model takes the last word
    while _hyphen_before(tree, first):
        first -= 2
    if (
        first == entity.token_start == entity_end - 1
        and first > 0
        and previous == "the"
        and tree.tokens[first].text.lower() in BARE_UNITS
    ):
        first -= 1  # "during the month": the model takes "month", which alone says no date
    if (
        first > 0
        and previous == "the"
        and tree.tokens[first].text.lower() in _NEIGHBOURING
        and first + 1 < entity_end
    ):
        first -= 1  # "the next day": the model, after a comma or a clause, takes "next day"
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
    first, last = _trimmed(tree, first, entity_end)
    if season_described(tree, first, last):
        first = last - 1  # "a mild winter", "warmer winter": the season, not how it was
    first, last = _decade_with_apostrophe(tree, first, last)
    first, last = _same_period(tree, first, _end_widened(tree, first, last))
    first, last = _period_of_a_length(tree, *_year_back_joined(tree, first, last))
    for i in range(first + 1, last - 1):
        if tree.tokens[i].text == "," and not _DATE_GOES_ON.match(tree.tokens[i + 1].text):
            return first, i  # "April 30, a month before": the date ends at the comma
    return first, last


def _before_a_measured_count(tree: Tree, first: int, last: int) -> int:
    """The end of an entity without the count of a measure the model joins to a bare unit.

    "The Dax closed the day 12 points higher": the model tags "day 12";
    the 12 counts the points, and "the day" is the date.
    """
    if (
        last - first == 2
        and tree.tokens[first].text.lower() in BARE_UNITS
        and tree.tokens[first + 1].pos == "NUM"
        and last < len(tree)
        and tree.tokens[last].text.lower() in _MEASURES
    ):
        return first + 1
    return last


# What a market's figures count, which no date is: "12 points", "3 cents", "5%".
_MEASURES = frozenset({"points", "point", "cents", "pence", "%", "percent", "per"})


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
    if not YEAR.match(tree.tokens[first].text) or first < 2:
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
    if after in ZONES:
        return last + 1  # "1215 GMT": the model leaves the zone out of the time
    if (
        after == "local"
        and last + 1 < len(tree)
        and tree.tokens[last + 1].text.lower() == "time"
        and (
            HOURS.match(tree.tokens[last - 1].text) or COLON_CLOCK.match(tree.tokens[last - 1].text)
        )
        and not noun_after(tree, last + 2)
    ):
        last += 2  # "0900 local time", where the model takes "0900", a year
    if (
        after in ("previously", "earlier", "later")
        and tree.tokens[first].pos == "NUM"
        and tree.tokens[last - 1].text.lower() in _COUNTED_UNITS
    ):
        return last + 1  # "23 years previously": the model takes "23 years", a span with no date
    if _part_of_day_after(tree, last) or _clock_before_a_weekday(tree, last):
        return last + 1  # "Friday morning", "at noon Monday"
    if [t.text.lower() for t in tree.tokens[max(first, last - 2) : last]] == [
        "full",
        "year",
    ] and YEAR.match(after):
        return last + 1  # "full year 2007", which the model cuts before the year
    return (
        _part_owned_by_year(tree, first, last)
        or missed.lasting_end(tree, first, last)
        or missed.to_come_end(tree, last)
        or _sessions_counted(tree, last)
        or _period_a_year_back(tree, last)
        or _period_just_over(tree, first, last)
        or fiscal_year_to_a_month(tree, last)
        or _zone_of_a_clock(tree, first, last)
        or _day_it_counts_from(tree, first, last)
    )


def _zone_of_a_clock(tree: Tree, first: int, last: int) -> int | None:
    """The end of a clock time with the zone the model left out: "1:15 p.m. ET", "3 p.m. Rome time".

    TimeML keeps the zone in the time expression, as MEANTIME does ("08:30
    UTC"): an abbreviation in capitals, or a place's time told in words. The
    model ends the time at its "p.m.", or at the place before "time" ("2 p.m.
    Eastern").
    """
    clock = next(
        (i for i in reversed(range(first, last)) if _on_the_clock(tree.tokens[i].text)), None
    )
    if clock is None:
        return None
    if clock == last - 1 and last < len(tree) and tree.tokens[last].text in _CLOCK_ZONES:
        return last + 1
    end = clock + 1
    while end < len(tree) and end - clock <= _PLACE_WORDS and tree.tokens[end].text.istitle():
        end += 1
    if end > clock + 1 and end >= last and end < len(tree) and tree.tokens[end].text == "time":
        return end + 1
    return None


def _on_the_clock(word: str) -> bool:
    """Whether a word ends a time of day: "p.m.", "10:30", "noon"."""
    return word.lower() in _CLOCK_ENDS or bool(COLON_CLOCK.match(word))


_CLOCK_ENDS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midday", "midnight"})
# Zones written after a clock time in wire reports, beside GMT, BST and UTC (``ZONES``): the
# American ones, and a few of the markets abroad. In capitals only: "et" is no zone.
_CLOCK_ZONES = frozenset(
    {"ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "MDT", "MST", "PT", "PDT", "PST", "CET", "CEST"}
    | {"JST", "HKT", "SGT", "AEST", "AEDT"}
)
_PLACE_WORDS = 3
"""The most words a place's name has before "time" after a clock: "New York time"."""


def _period_just_over(tree: Tree, first: int, last: int) -> int | None:
    """The end of "the year just ended" or "the quarter just gone", which the model cuts.

    It takes "the year" alone, which would be the year under way; the words
    after it make it the last one over.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    after = [t.text.lower() for t in tree.tokens[last : last + 2]]
    if words[:1] != ["the"] or words[-1] not in BARE_UNITS or after[:1] != ["just"]:
        return None
    return last + 2 if after[1:] and after[1] in _OVER_WORDS else None


# What is said of a period just over: "the quarter just ended", "the year just gone".
_OVER_WORDS = frozenset({"ended", "gone", "finished", "completed", "closed"})


def _part_of_day_after(tree: Tree, last: int) -> bool:
    """Whether a day is followed by its part, which the model cuts off: "Friday morning"."""
    return (
        tree.tokens[last - 1].text.lower() in _DAY_WORDS
        and tree.tokens[last].text.lower() in PARTS_OF_DAY
    )


def _clock_before_a_weekday(tree: Tree, last: int) -> bool:
    """Whether a time of day ends just before a weekday, which gives it its day.

    Market and wire news writes the day after the hour ("lenders met at noon
    Monday", "trading resumes at 9:30 a.m. Wednesday"): it is one expression
    on that weekday, not a time counted from the day told before it.
    """
    clock = tree.tokens[last - 1].text
    return tree.tokens[last].text in WEEKDAY_NAMES and (
        clock.lower() in _CLOCK_WORDS or clock in AM_PM_WORDS or bool(AM_PM.match(clock))
    )


# Times of day told by a word, not by figures.
_CLOCK_WORDS = frozenset({"noon", "midday", "midnight"})


def _part_owned_by_year(tree: Tree, first: int, last: int) -> int | None:
    """The end of "2007's third quarter", of which the model takes the year alone.

    A quarter or half told with its year as owner is one date, that part of
    the year; taken apart, the year would stand for the part, and the part
    be read with no year.
    """
    if not (first == last - 1 and YEAR.match(tree.tokens[first].text)):
        return None
    after = [t.text.lower() for t in tree.tokens[last : last + 4]]
    if len(after) < 3 or after[0] not in ("'s", "’s") or after[1] not in _PART_RANKS:
        return None
    if after[2] in ("quarter", "half"):
        return last + 3
    if after[2:4] in (["-", "quarter"], ["-", "half"]):
        return last + 4
    return None


_PART_RANKS = frozenset({"first", "second", "third", "fourth", "final"})


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
        if end < len(tree) and tree.tokens[end].text.lower() in PARTS_OF_DAY:
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


# The unit of a length written as one hyphenated word before "period": "a three-month period".
_UNITS_OF_A_PERIOD = frozenset({"day", "week", "month", "quarter", "year", "decade"})
# What may come between the article and such a length: "the previous three-month period".
_BEFORE_A_PERIOD = frozenset(
    {"previous", "prior", "preceding", "latest", "last", "past", "first", "next", "following",
     "whole", "entire"}
)  # fmt: skip


def _period_of_a_length(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """The tokens of "a three-month period", where the model takes "three-month" alone.

    TimeML's expression is the whole phrase, as the model takes "the three
    month period" written without the hyphen; and "the previous three-month
    period" is then the term of a comparison, as "the previous quarter" is.
    """
    if not (
        last - first >= 3
        and last < len(tree)
        and word_hyphen(tree, last - 2)
        and tree.tokens[last - 1].text.lower() in _UNITS_OF_A_PERIOD
        and tree.tokens[last].text.lower() == "period"
    ):
        return first, last
    while first > 0 and tree.tokens[first - 1].text.lower() in _BEFORE_A_PERIOD:
        first -= 1
    if first > 0 and tree.tokens[first - 1].text.lower() in ("the", "a", "an", "that", "this"):
        first -= 1
    return first, last + 1


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
    if words and YEAR.match(words[0]):
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
    if first < last - 1 and tree.tokens[first].text.lower() in HOW_OFTEN:
        first += 1  # "the annual 2004 rate": how often is no part of the year
    if _article_of_the_noun_after(tree, first, last) or _conjunction_before(tree, first, last):
        first += 1  # "reported a full-year loss": the "a" is the loss's, not the year's
    first = _after_a_price(tree, first, last)
    first = _after_a_share(tree, first, last)
    first = _after_a_level(tree, first, last)
    first = _after_a_comparison(tree, first, last)
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if (
        len(words) == 3
        and YEAR.match(words[0])
        and words[1:] in (["model", "year"], ["model", "years"])
    ):
        last -= 2  # "cars from the 2004 model year": the year names the cars' year
    if (
        last - first > 2
        and tree.tokens[last - 1].text in ("%", "percent")
        and (tree.tokens[last - 2].pos == "NUM")
    ):
        last -= 2  # "the index ended September 9% lower": a share, no day of September
    if tree.tokens[last - 1].text.lower() == "ago" and tree.tokens[first].text.lower() in DEICTIC:
        first += 1  # "dealt with this six months ago": "ago" counts from now, "this" is no part
    first = _after_object_of_ago(tree, first, last)
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


def _after_object_of_ago(tree: Tree, first: int, last: int) -> int:
    """The start of a count "ago" without the noun the model takes before it.

    "Filed for bankruptcy a month ago": the model may take "bankruptcy a
    month ago", which names no date; the count starts at its article or number.
    """
    if (
        tree.tokens[last - 1].text.lower() == "ago"
        and first + 3 < last
        and tree.tokens[first].pos in ("NOUN", "PROPN")
        and tree.tokens[first + 1].pos in ("DET", "NUM")
    ):
        return first + 1
    return first


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


def _after_a_level(tree: Tree, first: int, last: int) -> int:
    """The first token of a day after an index level the model takes into it.

    "The Dow closed at 9,412.77 Tuesday": the model tags "9,412.77 Tuesday";
    the date is "Tuesday". A figure written with a thousands comma is no
    day, year or clock time; only one before a date of its own is cut ("10,000
    years ago" is a count).
    """
    if (
        first < last - 1
        and _THOUSANDS.match(tree.tokens[first].text)
        and (
            _opens_a_date(tree.tokens[first + 1].text)
            or tree.tokens[first + 1].text.lower() in _DAY_WORDS
        )
    ):
        return first + 1
    return first


_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def _after_a_comparison(tree: Tree, first: int, last: int) -> int:
    """The first token of a date after the comparison the model takes into it.

    "Profits were better than a year before": the model tags "better than a
    year before"; the date is "a year before", and the comparison is the
    profits'. An amount's bound stays ("more than a year ago", "less than
    a week", where TimeML keeps the bound in the expression).
    """
    if (
        first < last - 2
        and tree.tokens[first].tag in ("JJR", "RBR")
        and tree.tokens[first].text.lower() not in _BOUNDS
        and tree.tokens[first + 1].text.lower() == "than"
    ):
        return first + 2
    return first


_BOUNDS = frozenset({"more", "less", "fewer", "earlier", "later", "longer"})
"""Comparatives that bound a time rather than compare a thing: "more than a year ago"."""


def _after_a_share(tree: Tree, first: int, last: int) -> int:
    """The first token of a date after the share of a change the model takes into it.

    "Shares have fallen by a third this year": the model tags "third this
    year", and "a quarter last year" after "rose by"; the date is "this
    year". Only a fraction followed by "this", "last" or "next", a month or
    a year is cut: "a quarter earlier" is a time, "the third quarter" a
    period.
    """
    i = first
    while i < last - 1 and tree.tokens[i].text.lower() in FRACTION_COUNTS:
        i += 1
    if (
        i < last - 1
        and tree.tokens[i].text.lower() in FRACTIONS
        and _opens_a_date(tree.tokens[i + 1].text)
    ):
        return i + 1
    return first


def _opens_a_date(word: str) -> bool:
    """Whether a word can begin a date of its own: "this", "last", "next", a month, a year."""
    return word.lower() in DEICTIC or word.lower() in MONTH_WORDS or bool(YEAR.match(word))


def _article_of_the_noun_after(tree: Tree, first: int, last: int) -> bool:
    """Whether a date opens with the article of the noun it qualifies: "a full-year loss"."""
    token = tree.tokens[first]
    return first < last - 1 and token.text.lower() in ("a", "an") and token.head >= last


def _conjunction_before(tree: Tree, first: int, last: int) -> bool:
    """Whether a date opens with the conjunction of the clause it stands in.

    "Forecast that full year profits would rise": the model takes "that full
    year", but "that" opens the clause the profits are told in; it names no
    year ("that year" has a determiner, not a conjunction).
    """
    token = tree.tokens[first]
    return first < last - 1 and token.dep == "mark" and token.text.lower() in _CONJUNCTIONS


_CONJUNCTIONS = frozenset({"that", "whether", "if"})


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
        and name.text.lower().removesuffix("s") not in SPAN_UNITS
        and name.text not in WEEKDAY_NAMES
        and name.text not in MONTH_NAMES
        and (before.text in MONTH_NAMES or bool(DAY_OF_MONTH.match(before.text)))
    )


# Words after a month or a day of the month that belong to the date.
_NOT_NAMES_AFTER_A_DATE = frozenset(
    {"gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "cet", "eve", "century",
     "centuries"}
)  # fmt: skip


_FINITE = frozenset({"VB", "VBZ", "VBP", "VBD"})
# Words that join a date to what follows it, which the model sometimes leaves at its end:
# "from 15 November 2004 to 3 January", where it takes "15 November 2004 to".
_DANGLING = frozenset(
    {"to", "and", "or", "than", "on", "in", "at", "of", "from", "by", "for", "since", "a", "an",
     "the"}
)  # fmt: skip


def _hyphen_before(tree: Tree, first: int) -> bool:
    """Whether token ``first`` ends a hyphenated word: "quarter" in "fourth-quarter"."""
    return first >= 2 and word_hyphen(tree, first - 1)
