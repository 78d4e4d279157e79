"""How long a time expression lasts, as ISO 8601 writes it: "three months" is P3M.

A duration names a length of time, not a date: "for three months", "the
past two years", "several weeks", "a 27-year contract". Its value is the
ISO 8601 duration TimeML's TIMEX3 DURATION gives it: ``P3M``, ``P2Y``,
``PXW`` when the count is not told ("several weeks"), ``PT30M`` on the
clock, ``P10Y`` for "a decade", ``PXY`` for "decades", ``P2.5Y`` for "two
and a half years". The words come from ``lexicons/duration_words.tsv``.

An expression is read as a duration only when it is a count of a unit and
nothing else, so that the dates made of one are left alone: "three months
ago", "two years later", "the third year", "last year" and "the following
week" name dates, not lengths. "The past week" and "the last decade" are
lengths, as TimeML reads them: the time up to now that long.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateline import lexicons
from dateline.records import TimeMention
from dateline.stages._tree import Tree
from dateline.stages.times.resolve import holiday_names

_LEXICON = "duration_words.tsv"


@dataclass(frozen=True, slots=True)
class _Unit:
    """A unit of time: how many of an ISO 8601 designator it is, and its designator uncounted."""

    size: int
    designator: str
    vague: str
    counted_only: bool = False
    """A length only when counted ("six quarters"): "the last quarter" is a date."""


@functools.cache
def _units() -> dict[str, _Unit]:
    """Every unit a length is counted in, the quarters ("six quarters") among them."""
    units = {}
    for row in lexicons.table(_LEXICON):
        if row["kind"] in ("unit", "period"):
            size, designator = row["value"].split()
            units[row["word"]] = _Unit(
                int(size), designator, row["vague"], counted_only=row["kind"] == "period"
            )
    return units


@functools.cache
def _counts() -> dict[str, str]:
    return {row["word"]: row["value"] for row in lexicons.table(_LEXICON) if row["kind"] == "count"}


def unit_words() -> frozenset[str]:
    """The words of the units of time, singular and plural: "day", "days", "decades".

    Not a quarter: "three quarters of the firms" is a share; "six quarters"
    is a length only where the model found it as a time.
    """
    units = (row["word"] for row in lexicons.table(_LEXICON) if row["kind"] == "unit")
    return frozenset(w for unit in units for w in (unit, f"{unit}s"))


def _alternatives(words: Iterable[str]) -> str:
    """The words as a regex alternation, longest first ("a few" before "a")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Words that hedge a count, which TimeML keeps out of the value (in its "mod"): "more than a
# week" is P1W, "almost two years" P2Y.
_MODIFIERS = ("just", "only", "almost", "nearly", "about", "around", "roughly", "approximately",
              "some", "over", "more than", "less than", "fewer than", "at least", "at most",
              "up to", "under", "barely", "well over", "little more than", "a little over",
              "a little more than", "the better part of", "just over", "just under",
              "well under", "a little under", "a little less than", "slightly more than",
              "slightly less than", "close to", "each of", "much of", "most of", "as little as",
              "as few as", "as many as", "as much as")  # fmt: skip


# A run of units is as long as its count: "four consecutive days" is P4D, "three straight
# years" P3Y, "a single day" P1D, "a full week" P1W, and so are the units before or after a
# time ("the two previous quarters" P2Q, "the preceding three years" P3Y). Days of trading or
# work are days: "three trading days" is P3D. A period of a length is that length ("a twenty
# year period" is P20Y), so is a run ("11 months in a row", P11M), and a count may be
# hyphenated through its half ("one-and-a-half years", P1.5Y).
@functools.cache
def _pattern() -> re.Pattern[str]:
    word = _alternatives(_counts())
    unit = _alternatives(_units())
    return re.compile(
        rf"^(?:(?:{_alternatives(_MODIFIERS)})\s+)?(?:(?P<the>the)\s+)?"
        r"(?:(?P<side>past|last|next|coming|previous|preceding|prior|following|first|final|latest)"
        r"\s+)?"
        r"(?:an?\s+(?=.*\speriod$))?"
        rf"(?:(?P<count>\d[\d,]*(?:\.\d+)?|(?:{word})(?:[\s-](?:{word}))?)[\s-]+"
        r"(?:(?P<half_before>and[\s-]+a[\s-]+half)[\s-]+)?"
        r"(?:(?:consecutive|successive|straight|single|full|whole|entire|previous|preceding|prior"
        r"|following)\s+)?)?"
        r"(?:(?P<whole>all|(?<=the\s)(?:whole|entire))\s+)?"
        r"(?:(?:trading|business|working)\s+(?=(?:days?|sessions?)\b))?"
        rf"(?:(?P<half>half)\s+(?:an?\s+))?"
        rf"(?P<unit>{unit})(?P<plural>s)?"
        r"(?:\s+(?P<half_after>and\s+a\s+half))?(?P<long>-long)?(?:\s+(?:period|in\s+a\s+row))?$"
    )


def duration_of(text: str) -> str | None:
    """The ISO 8601 duration ``text`` names ("P3M" for "three months"), or ``None``.

    ``None`` when the words are not a count of a unit of time and nothing
    else: a date ("three months ago", "last year"), a set ("every week") or
    no time at all.
    """
    words = " ".join(text.lower().replace("\u2011", "-").split())
    words = _AHEAD.sub(r"the coming \g<unit>", words)
    words = _THIS_PAST.sub("the past ", words)
    words = _article_before_count().sub("", words)
    more = _MORE.match(words)
    if more:
        rest = words[more.end() :]
        return duration_of(rest) or duration_of(f"a {rest}")
    match = _pattern().match(_POSSESSIVE.sub("", words))
    if match is None:
        return None
    unit = _units()[match["unit"]]
    if _a_year_named(match):
        return None
    count = _count(match)
    if count is None and not unit.counted_only:
        count = _uncounted(match)
    if count is None or count == _NO_NUMBER:
        return None
    if count == "X":
        return _written("X", unit.vague if unit.size > 1 else unit.designator)
    return _written(_number(float(count) * unit.size), unit.designator)


# A length added to one told before is as long as its count: "a further six months" is P6M,
# "another year" P1Y (as "a year").
_MORE = re.compile(r"^(?:a\s+further|another|an?\s+extra|an?\s+additional)\s+(?:an?\s+)?")
# "this past week" is as long as "the past week" (P1W).
_THIS_PAST = re.compile(r"^this\s+past\s+")
# "The year ahead" is as long as "the coming year", "the weeks ahead" as "the coming weeks".
_AHEAD = re.compile(r"^the\s+(?P<unit>[a-z]+)\s+ahead$")


@functools.cache
def _article_before_count() -> re.Pattern[str]:
    """An "a" before a count, the article of the noun the length describes.

    "a two hour work stoppage" is PT2H, as "a 27-year contract" is P27Y; not
    "a hundred years", whose "a" is the count.
    """
    numbers = [w for w, v in _counts().items() if v.isdigit() and w not in ("a", "an", "hundred")]
    return re.compile(rf"^an?\s+(?=(?:\d|(?:{_alternatives(numbers)})\b))")


def _a_year_named(match: re.Match[str]) -> bool:
    """Whether the count is a year's number before "year": "the 2005 year" is a date, not P2005Y."""
    told = match["count"] or ""
    return (
        match["unit"] == "year"
        and not match["plural"]
        and told.isdigit()
        and 1800 <= int(told) <= 2100
        and match.group()[match.end("count")] == " "
    )


_NO_NUMBER = "-"
# A length told as the owner of what fills it: "six months' leave", "in a year's time".
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)$")
"""What :func:`_count` gives for count words that make no number."""


def _count(match: re.Match[str]) -> str | None:
    """The count told, as a number or X; a half alone is 0.5, "and a half" adds it."""
    told = match["count"]
    if told is None:
        return "0.5" if match["half"] else None
    number = _count_value(told)
    if number is None:
        return _NO_NUMBER
    if number == "X":
        return "X"
    if match["half_before"] or match["half_after"]:
        return str(float(number) + 0.5)
    return number


def _count_value(told: str) -> str | None:
    """A count in figures or words: "27" is 27, "twenty-five" 25, "several" X.

    ``None`` for two count words that make no number: "two a month" is a
    rate, "a two hour stoppage" one stoppage.
    """
    counts = _counts()
    if told[0].isdigit():
        return told.replace(",", "")
    if told in counts:
        return counts[told]
    tens, ones = (counts.get(p, "X") for p in re.split(r"[\s-]", told, maxsplit=1))
    if tens in _TENS and ones in _ONES:
        return str(int(tens) + int(ones))
    return None


_TENS = frozenset({"20", "30", "40", "50", "60", "70", "80", "90"})
_ONES = frozenset("123456789")


def _uncounted(match: re.Match[str]) -> str | None:
    """The count of a unit told with none: "years" are X, "the past week" is one week.

    A plural is a length ("for years", "the coming months"); a single unit
    only after "the past", "the last" or "the coming" (the year ahead, as
    the year behind), after "all", "the whole" or "the entire" ("all day",
    "the whole year"; not "the full year", a company's year), or before
    "-long" ("a year-long strike"), and an hour or a minute after "the
    first" or "the final": "the next day" and "the following week" are dates.
    """
    if match["plural"] or match["unit"] == "centuries":
        return None if match["side"] in ("first", "final", "latest") else "X"
    if match["long"] or match["whole"] or (match["the"] and match["side"] in _LENGTH_SIDES):
        return "1"
    if match["the"] and match["side"] in ("first", "final") and match["unit"] in _CLOCK_UNITS:
        return "1"  # "the final hour of trading": an hour of a day, as "the last hour" is
    return None


_LENGTH_SIDES = frozenset({"past", "last", "coming"})
# Units shorter than a day: the first or final one of a day or a session is a length, where
# "the first week" of a month is a date.
_CLOCK_UNITS = frozenset({"hour", "minute"})


def _number(value: float) -> str:
    """A count as ISO 8601 writes it: 3, not 3.0; 2.5 as it is."""
    return str(int(value)) if value == int(value) else f"{value:g}"


def _written(count: str, designator: str) -> str:
    """A count before its designator, after "T" on the clock: "P3M", "PT30M", "PXY"."""
    if designator.startswith("T"):
        return f"PT{count}{designator[1:]}"
    return f"P{count}{designator}"


def with_durations(tree: Tree, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """The mentions, each that names a length of time with its ISO 8601 duration.

    Not "a year" told as a rate ("$5m a year", "twice a year"): that is how
    often, a set.
    """
    found = []
    for time in times:
        duration = (
            duration_of(time.text)
            or _length_counted(time.text)
            or _length_of_a_part(time.text)
            or _season_of_sales(tree.text, time)
        )
        if duration and not _a_rate(tree, time) and not _a_share(tree, time):
            time = dataclasses.replace(time, duration=duration)  # noqa: PLW2901
        found.append(time)
    return tuple(found)


def with_lengths_repeated(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """The mentions, "the same period" after a length as long as it.

    "Prices doubled in the past decade; wages rose 28% in the same period":
    the period is the decade just told, P10Y, as TimeML's DURATION for the
    words it stands for. So is "the period", and so it is when the length
    was told with its ends ("the three months to September", "the six
    months between January and June"): the ends are no period of their own.
    After a date ("sales rose in 2004, and costs in the same period") it
    names no length, nor does the whole a length is part of ("the final
    three years of the period").
    """
    found = list(times)
    for i, time in enumerate(found):
        if not _SAME_PERIOD.match(" ".join(time.text.lower().split())):
            continue
        told = _length_told_last(text, found[:i])
        if told is not None and not _OF_BEFORE.search(text[: time.span[0]]):
            found[i] = dataclasses.replace(time, duration=told.duration)
    return tuple(found)


_SAME_PERIOD = re.compile(r"^(?:the|that)\s+(?:same\s+)?period$")
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
# What joins a length to the dates it runs between or to: "the three months to September",
# "the six months between January and June".
_ENDS_JOINED = re.compile(r"^\s*(?:to|and|between|from|through|until|till|ending|ended)\s*$")
# A length that describes a thing, in one hyphenated word: "a decade-long slump", "a
# three-year deal". It names no period the text goes on to speak of.
_DESCRIBING = re.compile(r"^\S+-[a-z]+$", re.IGNORECASE)


def _length_told_last(text: str, earlier: Sequence[TimeMention]) -> TimeMention | None:
    """The length the text told last, over the ends told with it; None if a date came after it.

    A length that describes a thing is passed over ("the three months to
    September, after a decade-long slump").
    """
    told = [t for t in earlier if not (t.duration and _DESCRIBING.match(t.text))]
    last = len(told) - 1
    while last > 0 and not _a_length(told[last]):
        between = text[told[last - 1].span[1] : told[last].span[0]]
        if not _ENDS_JOINED.match(between.lower()):
            break
        last -= 1
    return told[last] if last >= 0 and _a_length(told[last]) else None


def _a_length(time: TimeMention) -> bool:
    """Whether a mention is a length by its words ("the past decade"), or one with no date.

    Not a date counted by a length ("a year ago"), nor a part of a period
    ("the first nine months of 2008"), which have lengths too.
    """
    return time.duration is not None and (
        time.value.value is None or duration_of(time.text) is not None
    )


@functools.cache
def _seasons() -> frozenset[str]:
    return frozenset(row["word"] for row in lexicons.table(_LEXICON) if row["kind"] == "season")


# What makes a holiday a season of sales: "Christmas period", "Christmas and New Year sales
# period", "Christmas shopping season".
_SEASON_AFTER = re.compile(
    r"^(?:\s+and\s+(?:the\s+)?new\s+year)?(?:\s+(?:sales|trading|shopping))?\s+(?:period|season)\b",
    re.IGNORECASE,
)


def _season_of_sales(text: str, time: TimeMention) -> str | None:
    """``PXD`` for a season of sales ("the holiday season", "the Christmas period"), else None.

    TimeML makes it a duration of days not told, as MEANTIME writes "the
    Christmas and New Year sales period"; a holiday keeps its date.
    """
    words = " ".join(time.text.lower().split()).removeprefix("the ")
    if words in _seasons():
        return "PXD"
    holiday = words in holiday_names()
    return "PXD" if holiday and _SEASON_AFTER.match(text[time.span[1] :]) else None


# A date told as a length counted from another: "two years ago", "three days later"; or a
# length a thing is ahead of or behind another ("opened two years ahead of schedule"), or the
# time a length ahead ("in two years' time").
_COUNTED_FROM = re.compile(
    r"^(?P<length>.+?)(?:\s+(?:ago|earlier|later|previously|ahead|behind|from\s+(?:now|today))"
    r"|\s*(?:'s|’s|'|’)\s+time)$"
)


def _length_counted(text: str) -> str | None:
    """The length a date is counted by ("P2Y" for "two years ago"), or ``None``.

    The words name a date, but the length in them is a duration too: TimeML
    annotates "two years" in "begun two years ago" as a DURATION whose begin
    point is the date it reaches (MEANTIME does so), so the mention keeps
    its date and gets the length as well. "The year before" counts no length.
    """
    match = _COUNTED_FROM.match(" ".join(text.lower().split()))
    return duration_of(match["length"]) if match else None


def _length_of_a_part(text: str) -> str | None:
    """The length of a counted part of a period ("P9M" for "the first nine months of 2008").

    The part is a date (its period, as "the last three months of 2004" is
    2004-Q4) and as long as its count: TimeML annotates it either way, so
    the mention keeps its date and gets the length too. Only a count: "the
    last day of the month" is a day, not a length.
    """
    match = _COUNTED_PART.match(" ".join(text.lower().split()))
    if match is None or not _told_count().match(match["count"]):
        return None
    return duration_of(match["length"])


_COUNTED_PART = re.compile(
    r"^(?P<length>(?:the\s+)?(?:first|last|final|past|opening|closing)\s+"
    r"(?P<count>\S+(?:\s\S+)?)\s+\S+)\s+of\s+\S"
)


@functools.cache
def _told_count() -> re.Pattern[str]:
    """A count in figures or number words ("nine", "12"), not "a", "few" or "several"."""
    numbers = [w for w, v in _counts().items() if v.isdigit() and w not in ("a", "an")]
    return re.compile(rf"^(?:\d[\d,]*|(?:{_alternatives(numbers)})\b)")


def _a_share(tree: Tree, time: TimeMention) -> bool:
    """Whether quarters are parts of a whole, not of years: "three quarters of the firms".

    Not quarters in a run: "two consecutive quarters of falling output" are
    half a year, for no share comes in succession, nor before a time ("two
    previous quarters of shrinking output").
    """
    last = tree.token_at(time.span[1] - 1)
    words = time.text.lower().split()
    if last is None or words[-1] not in ("quarter", "quarters") or _IN_A_RUN & set(words):
        return False
    return last + 1 < len(tree) and tree.tokens[last + 1].text.lower() == "of"


_IN_A_RUN = frozenset({"consecutive", "successive", "straight", "previous", "preceding", "prior"})


# What a rate's "a year" follows: a figure or thing counted ("$5m a year", "fuel a year"), or
# how many times ("twice a day").
_RATE_BEFORE = frozenset({"NOUN", "PROPN", "NUM", "SYM"})
_TIMES = frozenset({"once", "twice", "thrice", "times", "%"})


def _a_rate(tree: Tree, time: TimeMention) -> bool:
    """Whether "a year" or "an hour" is how often something comes, after what is counted."""
    words = time.text.lower().split()
    first = tree.token_at(time.span[0])
    if len(words) != 2 or words[0] not in ("a", "an") or not first:
        return False
    return after_what_is_counted(tree, first)


def after_what_is_counted(tree: Tree, first: int) -> bool:
    """Whether the token before ``first`` is what a rate counts: "$5m a year", "twice a day"."""
    if first == 0:
        return False
    before = tree.tokens[first - 1]
    return before.pos in _RATE_BEFORE or before.text.lower() in _TIMES
