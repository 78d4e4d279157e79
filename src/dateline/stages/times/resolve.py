"""What date a time expression names, against the publication date.

- A date that names itself ("February 16, 2024", "March 2022", "2011") is
  read as written (basis ``text``).
- A partial date ("November 20", "in January") takes the year that puts it
  nearest the publication date, on the side its sentence's tense says ("met
  on June 3": before; "will meet on June 3": after); without a publication
  date the year stays unknown ("--11-20").
- A weekday ("on Friday", "last Wednesday") is the most recent such day on
  or before the publication date ("last": before it; "next", or a future
  sentence: after it).
- A time of day ("08:30 UTC", "1215 GMT", "noon") is on the publication day.
- A holiday of fixed date ("Boxing Day", ``lexicons/holidays.tsv``) is read
  as a partial date; a movable one ("Easter", "Thanksgiving",
  :mod:`.holidays`) is the nearest one on its tense's side.
- A quarter ("the fourth quarter of 2005", "the last quarter", "Q3") is
  written as TimeML writes it: ``2005-Q4``.
- A season, half year, decade or fiscal year, and "now", "recently" or
  "the future", are written as TimeML writes them (:mod:`.periods`).
- Other relative expressions ("yesterday", "earlier this month", "three
  months ago", "last week", an ISO week) come from ``lexicons/time_words.tsv`` or from the
  date parser run on the expression alone, relative to the publication date.
  Their basis is ``relative``. Without a publication date they get no value.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from typing import Literal

from dateline import lexicons
from dateline.records import DateBasis, DatePrecision, DateValue
from dateline.stages.times.holidays import movable_day, movable_names
from dateline.stages.times.periods import named_period, reference_phrases
from dateline.stages.times.vocabulary import WEEKDAY_WORDS

_MONTH = re.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?\b")
_RELATIVE = re.compile(
    r"\b(ago|last|next|this|yesterday|today|tomorrow|earlier|later|previous|past|coming)\b",
    re.IGNORECASE,
)
_UNITS_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                   "ninth")  # fmt: skip
_TEENS_ORDINALS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                   "sixteenth", "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
_SPELLED_ORDINALS = {
    **{word: n for n, word in enumerate(_UNITS_ORDINALS + _TEENS_ORDINALS, start=1)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS_ORDINALS, start=1)},
    "thirty-first": 31,
}
"""The days of a month spelled as words ("the first", "the twenty-first"), and their numbers."""
_SPELLED_DAY = re.compile(
    rf"\b(?P<ordinal>{'|'.join(sorted(_SPELLED_ORDINALS, key=len, reverse=True))})"
    rf"(?P<of>\s+of\s+)(?={_MONTH.pattern[2:]})",
    re.IGNORECASE,
)
"""A day of a month spelled before it: "the first of January"."""
_DAY_NAME = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY = re.compile(
    r"^(?:(?P<which>last|next|this|this coming|this past|the previous|the following)\s+)?"
    rf"(?P<day>{_DAY_NAME})"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    r"^(?:(?P<which>last|next|this|early|late|mid|mid-)\s*)?(?P<month>"
    + _MONTH.pattern[2:-2]
    + r")$",
    re.IGNORECASE,
)
# Not a time a race or a task took: "6.61 seconds", "3:58.41".
_CLOCK = re.compile(
    r"(?<![\d:.])\d{1,2}[:.]\d{2}\b(?![:.]\d|\s*(?:seconds|secs?|minutes|mins?|hours|hrs?|s)\b)"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{4}\s*(?:utc|gmt|bst|local\s+time)\b"
    r"|\b(?:noon|mid-?day|midnight)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A part of a period told with the period as its owner: "the year's first quarter".
_PART_OWNED = re.compile(
    r"^the\s+(?P<whole>year|month|week)(?:'s|’s)\s+(?P<part>(?:first|second|third|fourth|final|last)"
    r"\s+(?:quarter|half|week|months?|weeks?|days?))$",
    re.IGNORECASE,
)
# A decade written with an apostrophe is no year's possessive: "the 1990's", "late 1980's".
_DECADE_WITH_APOSTROPHE = re.compile(
    r"^(?:the\s+(?:(?:early|mid-?|late)\s*)?|(?:early|mid-?|late)\s*)(?:1[89]|20)\d0['’]s$",
    re.IGNORECASE,
)
_PART_OF_DAY = re.compile(
    r"^(?:the\s+)?(?:(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening|night)"
    r"|(?:early|small|wee)\s+hours)$",  # "in the early hours": the hours after midnight
    re.IGNORECASE,
)
# "2000 GMT" and "2000 local time" are eight in the evening, not a year.
_ZONE_CLOCK = re.compile(r"\b\d{4}\s*(?:utc|gmt|bst|local\s+time)\b", re.IGNORECASE)
# "early 2009", "mid-2011", "late 2006", "the end of 2005", "end-June", "later in the year",
# "the rest of the month", "the early hours of Monday", "later Monday": the year, month or day
# they qualify; "the month of October" is October.
APPROXIMATE = re.compile(
    r"^(?:the\s+)?(?:(?:end|start|beginning|middle|rest|remainder|whole|month"
    r"|(?:early|small|wee)\s+hours)\s+of\b"
    r"|(?:earlier|later)\s+in\b|(?:earlier|later)\s+(?=(?:this|last|next)\b)"
    r"|(?:earlier|later)\s+(?:on\s+)?(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"|(?:early|late)(?:-(?=\w)|\b)|mid-?|end-(?=\w))\s*",
    re.IGNORECASE,
)
# "the first three months of 2005" is its first quarter, as "the last six months of 2004" is
# its second half (periods.py); the year must be named, or the months are a duration. "The
# current financial quarter" is the calendar quarter under way: the company's own year is
# not told, so neither is the number its own calendar gives the quarter.
_QUARTER = re.compile(
    r"^(?:the\s+)?(?:(?P<which>first|second|third|fourth|final|last|past|previous|this|current"
    r"|latest|most\s+recent|next|coming"
    r"|1st|2nd|3rd|4th)[\s-]+(?:(?:fiscal|financial)\s+)?(?P<number>quarter)|q(?P<q>[1-4])"
    r"|(?P<months>first|last|final)\s+three\s+months(?=\s+of\s))"
    r"(?:\s+(?:of\s+)?(?P<year>this year|last year|next year|the (?:current )?year"
    r"|(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d))?$",
    re.IGNORECASE,
)
# A period told as just over: "the year just ended", "the quarter just gone".
_JUST_OVER = re.compile(
    r"^the\s+(?P<unit>(?:(?:fiscal|financial)\s+)?(?:week|month|quarter|year))\s+just\s+"
    r"(?:ended|gone|finished|completed|closed)$",
    re.IGNORECASE,
)
_QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                    "fourth": 4, "4th": 4, "final": 4}  # fmt: skip
_LEADING = re.compile(r"^(?:on|in|at|since|by|from|until|during|of|over)\s+", re.IGNORECASE)
# "Over" and "under" alone qualify only a count told back or on ("over a year ago"): before
# anything else they are a preposition ("over the past week" is a length, not a date).
_QUALIFIER = re.compile(
    r"^(?:(?:just|a\s+little|little|well)\s+(?:over|under)|(?:a\s+little\s+|just\s+|slightly\s+)?"
    r"(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|some|approximately|barely"
    r"|close\s+to|upwards\s+of|(?:over|under)(?=\s.*\s(?:ago|earlier|later|previously)$)"
    r"|at\s+least|exactly|precisely|sometime|as\s+(?:early|late|recently|long\s+ago)\s+as"
    r"|not\s+until|(?:(?:no|not)\s+)?(?:later|earlier|sooner)\s+than|only|just|all"
    r"|(?:the\s+)?full[\s-]+year)\s+(?=\S)",  # "full year 2004" is 2004
    re.IGNORECASE,
)
_PERIODS: dict[str, DatePrecision] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
_DAYS = {name: number for number, name in enumerate(WEEKDAY_WORDS)}
# A fixed anchor so that an explicit date never depends on the day it is parsed.
_ANCHOR = dt.datetime(2000, 1, 1)  # noqa: DTZ001 - a calendar date, no time zone involved


@functools.lru_cache(maxsize=4096)  # dateparser is slow, and news repeats its dates
def explicit_date(words: str) -> DateValue:
    """The date ``words`` name by themselves, or an unknown date with the words kept."""
    spelled = _SPELLED_DAY.search(words)
    if spelled is not None:
        # "the first of January": the parser reads the day only in figures ("the 1st of January")
        figures = f"{_SPELLED_ORDINALS[spelled['ordinal'].lower()]}{spelled['of']}"
        found = explicit_date(words[: spelled.start()] + figures + words[spelled.end() :])
        return DateValue(found.value, found.precision, found.basis, words)
    year = _YEAR.search(words)
    month = _MONTH.search(words)
    parsed = None
    if (year or month) and not _RELATIVE.search(words):
        parsed = _parser(_ANCHOR, past=False).get_date_data(words).date_obj
    if parsed is None:
        return DateValue(text=words)
    day = parsed.date()
    has_day = month is not None and _DAY.search(_MONTH.sub(" ", _YEAR.sub(" ", words))) is not None
    if year is None:
        # "November 20": the day is known, the year is not.
        value = DateValue(f"--{day:%m-%d}", "day", "text", words) if has_day else None
    elif has_day:
        value = DateValue(day.isoformat(), "day", "text", words)
    elif month is not None:
        value = DateValue(f"{day:%Y-%m}", "month", "text", words)
    else:
        value = DateValue(f"{day:%Y}", "year", "text", words)
    return value or DateValue(text=words)


def numeric_date(words: str, published: dt.date | None) -> str | None:
    """The day a date in figures names: "7/8/07", "11/12/2008", "2008-10-10".

    Americans write the month first and Britons the day; a date that
    reads both ways is the reading nearer the publication day, and
    without one the month-first reading. A two-digit year is in this
    century up to the publication year's (or up to 69, as POSIX reads them).
    """
    iso = _ISO.match(words)
    if iso is not None:  # "2008-10-10", written year first
        try:
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"])).isoformat()
        except ValueError:
            return None
    match = _NUMERIC.match(words)
    if match is None:
        return None
    first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
    if len(match["year"]) == 2:
        limit = published.year % 100 if published else 68
        year += 2000 if year <= limit else 1900
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if published is not None:
        return min(readings, key=lambda d: abs((d - published).days)).isoformat()
    return readings[0].isoformat()


_ISO = re.compile(r"^(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})$")


Found = tuple[str, DatePrecision]
"""A resolved value and its precision."""
Tense = Literal["past", "future", "prospective", "over"] | None
"""What the sentence says of the expression's time: done, to come, to come after a past
moment ("said it would meet on Friday"), over by the publication day (the day a period
told as done ended: "rose in the week ended July 24"), or neither."""


def resolve(words: str, published: dt.date | None, *, tense: Tense = None) -> DateValue:
    """The date ``words`` name, against the publication day when it is known.

    ``tense`` says whether the sentence reports what was done ("met on June
    3") or what is to come ("will meet on Friday"). A partial date or a
    month with no tense either way is the occurrence nearest the
    publication date; a weekday, the last one. What someone said would come
    ("prospective") was to come when it was said, a little before the
    publication day: a weekday or a month, season or quarter of it is ahead
    (one that had passed would be told as done), but a day named by its date
    may lie just before the publication day ("said the law would take effect
    on 14 March"): the nearest.
    """
    owner = _unowned(words)
    if _DECADE_WITH_APOSTROPHE.match(words.strip()):
        owner = words
    just_over = _JUST_OVER.match(" ".join(words.split()))
    if just_over is not None:  # "the year just ended" is the last one, as "last year" is
        owner = f"last {just_over['unit']}"
    if owner != words:
        found = resolve(owner, published, tense=tense)
        return DateValue(found.value, found.precision, found.basis, words)
    # "only last year", "more than four years ago": TimeML keeps the qualifier in the
    # expression (as its MOD) and gives the date it qualifies.
    qualified = unqualified(words)
    if qualified != words:
        found = resolve(qualified, published, tense=tense)
        return DateValue(found.value, found.precision, found.basis, words)
    back = (
        _year_back(words, published)
        or _full_year(words, published, tense)
        or _end_day_of(words, published, tense)
    )
    if back is not None:
        return back
    numeric = numeric_date(_LEADING.sub("", words.strip()), published)
    if numeric is not None:
        return DateValue(numeric, "day", "text", words)
    return _resolve_told(words, published, tense)


def _resolve_told(words: str, published: dt.date | None, tense: Tense) -> DateValue:
    """The date of words with no year of their own, on the side their tense says."""
    if tense == "prospective":
        return _resolve(words, published, tense="future", day_tense=None)
    if tense == "over":
        return _on_or_before(_resolve(words, published, tense="past", day_tense="past"), published)
    return _resolve(words, published, tense=tense, day_tense=tense)


def _on_or_before(found: DateValue, published: dt.date | None) -> DateValue:
    """A day with no year moved back a year when it lies after the publication day.

    A past clause may still mean a day a few weeks ahead (a plan reported
    done, see :func:`_soon_after`), but the day a period told as done ended
    cannot be: "the index rose in the week ended July 24", said on July 2,
    is last year's July 24.
    """
    if published is None or found.precision != "day" or found.basis == "text":
        return found
    try:
        day = dt.date.fromisoformat(found.value or "")
        if day <= published:
            return found
        return dataclasses.replace(found, value=day.replace(year=day.year - 1).isoformat())
    except ValueError:
        return found  # no full date, or February 29 with no year before it


def _unowned(words: str) -> str:
    """The words with their owner taken off: "Monday's session" is Monday.

    A part told with its period as owner is that part of the period: "the
    year's first quarter" is the first quarter of the year.
    """
    part = _PART_OWNED.match(words.strip())
    if part is not None:
        return f"the {part['part']} of the {part['whole']}"
    return _POSSESSIVE.sub("", words)


def _year_back(words: str, published: dt.date | None) -> DateValue | None:
    """A period a year before the last such one: "the third quarter a year ago" is 2007-Q3.

    Said in 2009, the third quarter told as done is 2008's; a year before it, 2007's.
    """
    match = _YEAR_BACK.match(" ".join(words.split()))
    if match is None:
        return None
    head = resolve(match["head"], published, tense="past")
    period = _PART_OF_YEAR.match(head.value or "")
    if period is None or head.precision not in ("quarter", "half", "season", "month"):
        return None
    value = f"{period['fiscal'] or ''}{int(period['year']) - 1:04d}{period['rest']}"
    return DateValue(value, head.precision, head.basis, words)


def _full_year(words: str, published: dt.date | None, tense: Tense) -> DateValue | None:
    """A full year told with no period before it: the last one ended when told as done.

    "Ford made a loss for the full year", said in January 2009, is 2008's; "it
    expects a loss for the full year" is the year under way. After a quarter
    or a half, the full year is that one's (.anaphora).
    """
    if published is None or not _WHOLE_YEAR.match(_LEADING.sub("", " ".join(words.split()))):
        return None
    year = published.year - 1 if tense == "past" else published.year
    return DateValue(f"{year:04d}", "year", "relative", words)


def _end_day_of(words: str, published: dt.date | None, tense: Tense) -> DateValue | None:
    """The first or last day of a month or year: "the last day of September" is September 30.

    TimeML gives the day itself, as "September 30" would be; the month or
    year is read as it would be alone, on the side its tense says.
    """
    match = _END_DAY.match(" ".join(words.split()))
    if match is None:
        return None
    whole = resolve(match["whole"], published, tense=tense)
    if whole.value is None or whole.precision not in ("month", "year"):
        return None
    try:
        start = dt.date.fromisoformat(f"{whole.value}-01-01"[:10])
    except ValueError:
        return None  # a fiscal year or a reference: no calendar day to name
    if match["end"].lower() in ("first", "opening"):
        return DateValue(start.isoformat(), "day", whole.basis, words)
    month = 12 if whole.precision == "year" else start.month
    end = dt.date(start.year, month, calendar.monthrange(start.year, month)[1])
    return DateValue(end.isoformat(), "day", whole.basis, words)


_END_DAY = re.compile(
    r"^the\s+(?P<end>first|last|final|opening|closing)\s+day\s+of\s+(?P<whole>.+)$",
    re.IGNORECASE,
)

_WHOLE_YEAR = re.compile(
    r"^(?:the\s+)?(?:full[\s-]year|whole\s+year|year\s+as\s+a\s+whole|whole\s+of\s+the\s+year)$",
    re.IGNORECASE,
)

_YEAR_BACK = re.compile(
    r"^(?P<head>.+?)\s+(?:a|one)\s+year\s+(?:ago|earlier|before)$", re.IGNORECASE
)
_PART_OF_YEAR = re.compile(
    r"^(?P<fiscal>FY)?(?P<year>\d{4})(?P<rest>-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}))$"
)


def unqualified(words: str) -> str:
    """The words without a qualifier of the date ("only", "more than", "nearly"), if they have one.

    Not a phrase that is a reference of its own ("just now").
    """
    qualified = _QUALIFIER.sub("", words)
    if not qualified.strip() or " ".join(words.lower().split()) in reference_phrases():
        return words
    return qualified


def _resolve(
    words: str,
    published: dt.date | None,
    *,
    tense: Literal["past", "future"] | None,
    day_tense: Literal["past", "future"] | None,
) -> DateValue:
    period = (
        _period(words, published, tense)
        or _part_of_fiscal_year(words, published, tense)
        or _run_of_a_year(words, published, tense)
        or _holiday_of(words, published)
        or _week_of_month(words, published, tense)
    )
    if period is not None:
        return period
    # "since 2001": the date parser reads no date with its preposition
    given = explicit_date(
        _ZONE_CLOCK.sub(" ", APPROXIMATE.sub("", _LEADING.sub("", words))).strip()
    )
    if given.value is None and "," in words:
        # "November 11, three days later than planned": the date before the comma.
        head = _resolve(words.split(",", 1)[0], published, tense=tense, day_tense=day_tense)
        if head.value is not None:
            return DateValue(head.value, head.precision, head.basis, words)
    given = DateValue(given.value, given.precision, given.basis, words)
    if given.value is None:
        given = DateValue(text=words)
    if given.value is not None and not given.value.startswith("--"):
        return given
    if published is None:
        return given
    bare = _LEADING.sub("", APPROXIMATE.sub("", _LEADING.sub("", " ".join(words.split()))))
    bare = _judged_holiday(bare.lower())
    holiday = _holidays().get(bare.removeprefix("the "))
    if holiday is not None:
        given = DateValue(holiday, "day", "text", words)
    for found in (
        _in_named_year(bare, published),
        _movable(bare, published, day_tense),
        _partial(given, published, day_tense),
        _day_of_month(bare, published, day_tense),
        _weekday(bare, published, future=tense == "future"),
        _weekday_of_week(bare, published),
        _weekend(bare, published, future=tense == "future"),
        _month(bare, published, tense),
        _clock(words, published, future=tense == "future"),
        _phrase(" ".join(words.split()).lower(), published) or _phrase(bare, published),
        _part_of_day(bare, published)
        or _part_of_day(_LEADING.sub("", " ".join(words.split())), published),
        _parsed(words, published),
    ):
        if found is not None:
            return DateValue(found[0], found[1], "relative", words)
    return given


def _period(
    words: str, published: dt.date | None, tense: Literal["past", "future"] | None
) -> DateValue | None:
    """A quarter, season, half year, decade, fiscal year or reference the words name.

    Or the one they qualify: "the end of the third quarter", "late in the summer".
    """
    fiscal = _FISCAL_PART.match(" ".join(words.split()))
    if fiscal is not None:
        part = f"the {fiscal['which'] or fiscal['which_after']} {fiscal['part']} of the fiscal year"
        found = _part_of_fiscal_year(part, published, tense)
        return found and DateValue(found.value, found.precision, found.basis, words)
    described = _undescribed(words)
    if described != words:
        found = _period(described, published, tense)
        return (
            None if found is None else DateValue(found.value, found.precision, found.basis, words)
        )
    period = _quarter(words, published, tense) or named_period(_year_after(words), published, tense)
    qualified = _LEADING.sub("", APPROXIMATE.sub("", _LEADING.sub("", " ".join(words.split()))))
    if period is None and qualified != " ".join(words.split()):
        period = _quarter(qualified, published, tense) or named_period(qualified, published, tense)
        if period is not None:
            return DateValue(period.value, period.precision, period.basis, words)
    return period


# A part of the company's year told with no year: "its fiscal first quarter", "the first
# fiscal quarter", "the financial second half".
_FISCAL_PART = re.compile(
    r"^(?:(?:the|its|their|a)\s+)?(?:current\s+)?(?:(?:fiscal|financial)[\s-]+"
    r"(?P<which>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+"
    r"|(?P<which_after>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+"
    r"(?:fiscal|financial)\s+)(?P<part>quarter|half)$",
    re.IGNORECASE,
)


def _part_of_fiscal_year(
    words: str, published: dt.date | None, tense: Literal["past", "future"] | None
) -> DateValue | None:
    """A part of the company's year under way: "the first quarter of the financial year".

    It is that part of the fiscal year "the fiscal year" names, as "the first
    quarter of fiscal 2007" is FY2007-Q1.
    """
    match = _OF_FISCAL_YEAR.match(" ".join(words.split()))
    if match is None:
        return None
    year = resolve("the fiscal year", published, tense=tense).value or ""
    if not year.startswith("FY"):
        return None
    found = resolve(f"{match['part']} of fiscal {year[2:]}", published, tense=tense)
    if found.value is None:
        return None
    return DateValue(found.value, found.precision, found.basis, words)


_OF_FISCAL_YEAR = re.compile(
    r"^(?P<part>.+?)\s+of\s+(?:the|this|its|our|their)\s+(?:current\s+)?"
    r"(?:fiscal|financial)\s+year$",
    re.IGNORECASE,
)


def _run_of_a_year(
    words: str, published: dt.date | None, tense: Literal["past", "future"] | None
) -> DateValue | None:
    """The year or month a run of its first or last months, weeks or days lies in.

    "The first nine months of 2008" are of 2008, "the first two weeks of
    December" of December.

    No quarter or half writes eleven months or a few weeks, but they are of
    that year, as TimeML and the BBC gold value them ("the final few months
    of 2004" is 2004, "the opening six months of the tax year" that tax
    year); three or six months are a quarter or a half (:func:`_period`).
    """
    match = _RUN_OF_A_YEAR.match(" ".join(words.split()))
    if match is None:
        return None
    year = resolve(match["year"], published, tense=tense)
    if year.value is None or year.precision not in _RUNS_WITHIN[match["unit"].lower()]:
        return None
    if year.precision == "month" and _TOLD_BEFORE.match(match["year"]):
        return None  # "the first ten days of the month" are of a month the text named before
    return DateValue(year.value, year.precision, year.basis, words)


_RUN_OF_A_YEAR = re.compile(
    r"^(?:(?:in|during|for|over|of|by|from)\s+)?the\s+"
    r"(?:first|last|final|early|opening|closing|latter|remaining)\s+(?:\S+\s+){0,3}"
    r"(?P<unit>months|weeks|days)\s+(?:of|in)\s+(?P<year>.+)$",
    re.IGNORECASE,
)
_RUNS_WITHIN: dict[str, tuple[DatePrecision, ...]] = {
    "months": ("year",),
    "weeks": ("year", "month"),
    "days": ("year", "month"),
}
"""The periods a run of months, weeks or days is told as a part of: "the first two weeks of
December" is of that December, as "the first nine months of 2008" are of 2008."""
_TOLD_BEFORE = re.compile(r"^(?:the|that)\s", re.IGNORECASE)


def _undescribed(words: str) -> str:
    """A quarter, half year or season without the words that describe it: "the weak fourth quarter".

    It is the fourth quarter; "a strong first half" is the first half, "the
    wet summer" the summer. The
    words are those of ``lexicons/period_adjectives.txt``.
    """
    match = _DESCRIBED.match(" ".join(words.split()))
    if match is None:
        return words
    described = match["words"].lower().split()
    if not all(word in lexicons.word_set("period_adjectives.txt") for word in described):
        return words
    return f"the {match['rest']}"


# The article may be gone: "a weak first quarter points to" loses its "a" to "points", which
# the model takes for the noun the quarter describes.
_DESCRIBED = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<words>(?:[a-z]+\s+){1,2}?)"
    r"(?P<rest>(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)"
    r"|spring|summer|autumn|winter)\b.*)$",
    re.IGNORECASE,
)


def _quarter(words: str, published: dt.date | None, tense: Tense) -> DateValue | None:
    """A quarter of a year: "the fourth quarter of 2005", "the last quarter", "Q3".

    "The quarter" the text named before is that one (.anaphora); named first,
    it is the one just ended when its figures are told as done ("profit rose
    in the quarter"), else the one under way.
    """
    spoken = words  # the text keeps its own words ("the December quarter")
    words = _by_its_months(words)
    written = _year_after(words)
    if written != words or " ".join(words.lower().split()) in _THE_QUARTER:
        found = _told_quarter(written, published, tense)
        return DateValue(found.value, found.precision, found.basis, spoken) if found else None
    match = _QUARTER.match(" ".join(words.split()))
    if match is None:
        return None
    which = (match["which"] or match["q"] or match["months"] or "").lower()
    year_words = (match["year"] or "").lower()
    if match["number"] and not published and not year_words[-4:].isdigit():
        return None
    if year_words[-4:].isdigit():
        year = int(year_words[-4:])
        basis: DateBasis = "text"
    elif published is None:
        return DateValue(text=spoken)
    else:
        year = published.year + {"last year": -1, "next year": 1}.get(year_words, 0)
        basis = "relative"
    current = (published.month - 1) // 3 + 1 if published else 1
    if (
        which in ("last", "past", "previous", "latest") or which.startswith("most")
    ) and not year_words:
        index = year * 4 + current - 2  # the quarter before the current one
        year, number = index // 4, index % 4 + 1
    elif which in ("this", "current") and not year_words:
        number = current
    elif which in ("next", "coming") and not year_words:
        index = year * 4 + current  # the quarter after the current one
        year, number = index // 4, index % 4 + 1
    else:
        number = _QUARTER_NUMBERS.get(which) or int(match["q"] or 4)
        if published and not year_words:
            # "the fourth quarter" said in January is the one just ended.
            year = _nearest_quarter_year(number, published, tense)
    # "the first quarter of fiscal 2009" is a quarter of the company's year, as TimeML writes it
    fiscal = "FY" if re.search(r"fiscal|financial", year_words) else ""
    return DateValue(f"{fiscal}{year:04d}-Q{number}", "quarter", basis, spoken)


def _by_its_months(words: str) -> str:
    """A quarter told by its months as "the third quarter": "the July to September period"."""
    match = _MONTHS_OF_QUARTER.match(" ".join(words.split()))
    if match is None:
        match = _MONTHS_JOINED.match(words.strip())
    if match is None:
        # "the December quarter": the quarter that month ends, as firms report it.
        match = _QUARTER_BY_ITS_END.match(" ".join(words.split()))
    if match is None:
        return words
    first = match["first"].lower()
    months = _QUARTER_OPENINGS if first in _QUARTER_OPENINGS else _QUARTER_ENDS
    number = months.index(first) + 1
    ordinal = ("first", "second", "third", "fourth")[number - 1]
    return f"the {ordinal} quarter{match['rest'] or ''}"


_QUARTER_OPENINGS = ("january", "april", "july", "october")
_QUARTER_ENDS = ("march", "june", "september", "december")
"""The months that open and close each calendar quarter, first to fourth."""
_OPENING = "|".join(_QUARTER_OPENINGS)
_END = "|".join(_QUARTER_ENDS)
_MONTHS_OF_QUARTER = re.compile(
    rf"^(?:the\s+)?(?P<first>{_OPENING})\s*(?:-|–|to|through|\s)+\s*"
    rf"(?:{_END})\s+(?:period|quarter)(?P<rest>\s+(?:of\s+)?\S+.*)?$",
    re.IGNORECASE,
)


_QUARTER_BY_ITS_END = re.compile(
    rf"^(?:the\s+)?(?P<first>{_END})\s+quarter"
    r"(?P<rest>\s+(?:of\s+)?\S+.*)?$",
    re.IGNORECASE,
)


# "July-September" alone, its months joined by a dash, is a quarter too; "July to September"
# alone is a range of two months.
_MONTHS_JOINED = re.compile(
    rf"^(?:the\s+)?(?P<first>{_OPENING})[-–]"
    rf"(?:{_END})(?P<rest>)$",
    re.IGNORECASE,
)


def _told_quarter(words: str, published: dt.date | None, tense: Tense) -> DateValue | None:
    """A quarter with its year before it, or "the quarter" alone (named first in the text)."""
    if " ".join(words.lower().split()) not in _THE_QUARTER:
        return _quarter(words, published, tense)
    if published is None:
        return DateValue(text=words)
    return _quarter("the last quarter" if tense == "past" else "this quarter", published, tense)


def _year_after(words: str) -> str:
    """A quarter with its year or owner before it, as written after it.

    "this year's third quarter" and "the 2008 fourth quarter" are the third
    quarter of this year and the fourth of 2008; "its fourth quarter" is the
    fourth quarter. So are halves: "last year's first half" is the first
    half of last year.
    """
    match = _YEAR_FIRST.match(" ".join(words.split()))
    if match is None:
        return words
    year = f" of {match['year']}" if match["year"] else ""
    return f"the {match['rest']}{year}"


_YEAR_FIRST = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:(?P<year>this year|last year|next year|(?:19|20)\d\d)"
    r"(?:'s|’s)?\s+)?(?P<rest>(?:first|second|third|fourth|final)[\s-]+quarter"
    r"|(?:first|second)[\s-]+half)$",
    re.IGNORECASE,
)
_THE_QUARTER = frozenset({"the quarter", "that quarter", "the same quarter"})


def _nearest_quarter_year(number: int, published: dt.date, tense: Tense) -> int:
    def distance(year: int) -> int:
        first = dt.date(year, 3 * number - 2, 1)
        last = dt.date(year + (number == 4), 1 if number == 4 else 3 * number + 1, 1)
        if first <= published < last:
            return 0
        return (first - published).days if first > published else (published - last).days

    years = [published.year - 1, published.year, published.year + 1]
    if tense == "past":
        # Figures told as done are of a quarter that has ended: "shrank in the first
        # quarter", said in January, is last year's.
        years = [
            y
            for y in years
            if dt.date(y + (number == 4), 1 if number == 4 else 3 * number + 1, 1) <= published
        ]
    elif tense == "future":
        years = [
            y
            for y in years
            if dt.date(y + (number == 4), 1 if number == 4 else 3 * number + 1, 1) > published
        ]
    return min(years, key=lambda y: (distance(y), y > published.year), default=published.year)


def _week_of_month(
    words: str, published: dt.date | None, tense: Literal["past", "future"] | None
) -> DateValue | None:
    """A week of a month by its rank: "the first week of October", "the last week of May 2005".

    TimeML writes a week as an ISO week (Monday to Sunday); a week of a month
    is its seven first days (the 1st to the 7th, the 8th to the 14th, ...) or
    its seven last, and the ISO week is the one that holds most of them: the
    one its middle day (the 4th, 11th, ...; the last day but three) falls in.
    """
    match = _WEEK_OF_MONTH.match(" ".join(_LEADING.sub("", words).split()))
    if match is None:
        return _week_of_day(words, published, tense)
    month = _resolve(match["month"], published, tense=tense, day_tense=tense)
    if month.precision != "month" or month.value is None:
        return None
    year, number = int(month.value[:4]), int(month.value[5:7])
    rank = match["rank"].lower()
    if rank in ("last", "final"):
        day = dt.date(year, number, calendar.monthrange(year, number)[1] - 3)
    else:
        day = dt.date(year, number, 4 + 7 * _WEEK_RANKS.index(rank))
    week, precision = _value(day, "week")
    return DateValue(week, precision, month.basis, words)


def _week_of_day(
    words: str, published: dt.date | None, tense: Literal["past", "future"] | None
) -> DateValue | None:
    """The week of a day: "the week of April 13", "the week beginning 7 March" (its ISO week)."""
    match = _WEEK_OF_DAY.match(" ".join(_LEADING.sub("", words).split()))
    if match is None:
        return None
    day = _resolve(match["day"], published, tense=tense, day_tense=tense)
    if day.precision != "day" or day.value is None or day.value.startswith("--"):
        return None
    week, precision = _value(dt.date.fromisoformat(day.value), "week")
    return DateValue(week, precision, day.basis, words)


_WEEK_OF_DAY = re.compile(
    r"^(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?P<day>.+)$", re.IGNORECASE
)
_WEEK_OF_MONTH = re.compile(
    r"^(?:the\s+)?(?P<rank>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+"
    r"(?P<month>.+)$",
    re.IGNORECASE,
)
_WEEK_RANKS = ("first", "second", "third", "fourth")


def _in_named_year(bare: str, published: dt.date) -> Found | None:
    """A day or month of a year counted from the publication day.

    "March 30 this year", "in May of last year": the date in that year.
    """
    match = _OF_NAMED_YEAR.match(bare)
    if match is None or _RELATIVE.search(match["head"]):
        return None
    year = published.year + {"last": -1, "next": 1}.get(match["which"].lower(), 0)
    found = explicit_date(f"{match['head']} {year}")
    if found.value is None or found.precision not in ("day", "month"):
        return None
    return found.value, found.precision


_OF_NAMED_YEAR = re.compile(
    r"^(?P<head>.+?),?\s+(?:of\s+)?(?P<which>this|last|next)\s+year$", re.IGNORECASE
)


def _holiday_of(words: str, published: dt.date | None) -> DateValue | None:
    """A holiday with its year, or this, last or next one.

    "Christmas 2004" is 2004-12-25, "Easter 2005" 2005-03-27; "this Christmas" is the publication
    year's, "last Christmas" the latest before the publication day and "next
    Christmas" the first after it.
    """
    match = _HOLIDAY_OF.match(" ".join(_LEADING.sub("", words).split()).lower())
    if match is None:
        return None
    name = (match["name"] or match["named"]).removeprefix("the ")
    if name not in holiday_names():
        return None
    if match["year"]:
        day = _holiday_day(name, int(match["year"]))
        return DateValue(day.isoformat(), "day", "text", words) if day else None
    if published is None:
        return DateValue(text=words)
    days = [
        day
        for year in range(published.year - 1, published.year + 2)
        if (day := _holiday_day(name, year)) is not None
    ]
    if match["which"] == "this":
        chosen = days[1]
    elif match["which"] == "last":
        chosen = max(d for d in days if d < published)
    else:
        chosen = min(d for d in days if d > published)
    return DateValue(chosen.isoformat(), "day", "relative", words)


def _holiday_day(name: str, year: int) -> dt.date | None:
    """The day a holiday, of fixed date or movable, falls on in a year."""
    month_day = _holidays().get(name)
    if month_day is not None:
        try:
            return dt.date.fromisoformat(f"{year:04d}{month_day[1:]}")
        except ValueError:
            return None
    return movable_day(name, year)


def _movable(bare: str, published: dt.date, tense: Tense) -> Found | None:
    """A movable holiday alone ("over Easter", "before Thanksgiving"): the nearest one.

    On the side of the publication day its sentence's tense says, as a day of
    no year is.
    """
    name = bare.removeprefix("the ")
    if name not in movable_names():
        return None
    days = [
        day
        for year in range(published.year - 1, published.year + 2)
        if (day := movable_day(name, year)) is not None
    ]
    found = _choose(days, published, tense)
    return (found.isoformat(), "day") if found else None


def _judged_holiday(bare: str) -> str:
    """A holiday judged by a superlative as that holiday: "the worst Christmas since 1981".

    Unlike "its worst week" (a record, which names no week), the name says
    which day it is: the nearest Christmas, as "Christmas" alone is.
    """
    match = _JUDGED.match(bare)
    return match["name"] if match and match["name"] in holiday_names() else bare


_JUDGED = re.compile(
    r"^(?:the|a|an|its|their)\s+(?:(?:most|least)\s+\w+|\w+est|best|worst)\s+(?P<name>.+)$"
)


_HOLIDAY_OF = re.compile(
    r"^(?:(?P<which>this|last|next)\s+(?P<name>.+)|(?P<named>.+?),?\s+(?P<year>(?:1[89]|20)\d\d))$"
)


def _partial(given: DateValue, published: dt.date, tense: Tense) -> Found | None:
    if given.value is None or not given.value.startswith("--"):
        return None
    month, day = int(given.value[2:4]), int(given.value[5:7])
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue  # February 29 in a year without one
    found = _choose(candidates, published, tense)
    if tense == "past" and found is not None and found.year < published.year:
        found = _soon_after(candidates, published) or found
    return (found.isoformat(), "day") if found else None


_DAYS_AHEAD_OF_A_PAST_CLAUSE = 31
"""How far after the publication day a day with no year is still this year's in a past clause."""


def _soon_after(candidates: list[dt.date], published: dt.date) -> dt.date | None:
    """The candidate a few weeks after the publication day, which a past clause still means.

    News gives its year to a day of an earlier year ("on 11 November last
    year"), so a day with no year that lies within a month after the
    publication day is that one even in a past clause, when the day before it
    would be of last year: a plan reported done ("the stop on 11 November was
    cancelled", "talks were set for 9 November"). A day of the same year
    stays behind ("collapsed on 3 January", said in late December).
    """
    ahead = [c for c in candidates if 0 < (c - published).days <= _DAYS_AHEAD_OF_A_PAST_CLAUSE]
    return min(ahead, default=None)


def _day_of_month(bare: str, published: dt.date, tense: Tense) -> Found | None:
    """A day of the month alone ("on the 15th") is in the month that puts it nearest.

    On the side of the publication day its sentence's tense says.
    """
    match = _ORDINAL_DAY.match(bare)
    if match is None:
        return None
    index = published.year * 12 + published.month - 1
    candidates = []
    for month in (index - 1, index, index + 1):
        try:
            candidates.append(dt.date(month // 12, month % 12 + 1, int(match["day"])))
        except ValueError:
            continue  # the 31st of a shorter month
    found = _choose(candidates, published, tense)
    return (found.isoformat(), "day") if found else None


_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")


def _choose(candidates: list[dt.date], published: dt.date, tense: Tense) -> dt.date | None:
    """The candidate on the tense's side of the publication date, the nearest one."""
    if tense == "past":
        candidates = [c for c in candidates if c <= published]
    elif tense == "future":
        candidates = [c for c in candidates if c >= published]
    # Ties go to the past: news more often looks back.
    return min(candidates, key=lambda c: (abs((c - published).days), c > published), default=None)


def _weekday(bare: str, published: dt.date, *, future: bool) -> Found | None:
    match = _WEEKDAY.match(bare)
    if match is None:
        return None
    which = (match["which"] or "").lower()
    # Said of no earlier day, "the previous Friday" is last Friday (.anaphora counts it from one).
    # "this coming Friday" is the next one, or today's
    which = {"the previous": "last", "the following": "next"}.get(which, which)
    if which == "this coming":
        return (
            published + dt.timedelta(days=(_DAYS[match["day"].lower()] - published.weekday()) % 7)
        ).isoformat(), "day"
    wanted = _DAYS[match["day"].lower()]
    if which == "next" or (future and which not in ("last", "this past")):
        ahead = (wanted - published.weekday()) % 7 or (7 if which == "next" else 0)
        return (published + dt.timedelta(days=ahead)).isoformat(), "day"
    back = (published.weekday() - wanted) % 7
    if which in ("last", "this past") and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat(), "day"


def _weekday_of_week(bare: str, published: dt.date) -> Found | None:
    """A day of a week told by its place: "Wednesday last week", "Friday of next week".

    The day of that ISO week (Monday to Sunday), counted from the week the
    article appeared in.
    """
    match = _WEEKDAY_OF_WEEK.match(bare)
    if match is None:
        return None
    weeks = {"last": -1, "this": 0, "next": 1}[match["which"]]
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=weeks)
    return (monday + dt.timedelta(days=_DAYS[match["day"]])).isoformat(), "day"


_WEEKDAY_OF_WEEK = re.compile(
    rf"^(?P<day>{_DAY_NAME})\s+(?:of\s+)?"
    r"(?P<which>last|this|next)\s+week$"
)


def _weekend(bare: str, published: dt.date, *, future: bool) -> Found | None:
    """The weekend just past, or the next one, as TimeML writes it: ``2005-W10-WE``.

    The TIMEX3 guidelines write a weekend as the ISO week (Monday to Sunday)
    it ends, with ``-WE``, as MEANTIME does. A weekend under way is both. As
    with a weekday, a sentence about what is to come looks ahead, and any
    other looks back.
    """
    if bare not in ("the weekend", "weekend"):
        return None
    if future:
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
        if published.weekday() == 6:
            saturday = published - dt.timedelta(days=1)
        return _weekend_of(saturday)
    sunday = published - dt.timedelta(days=(published.weekday() + 1) % 7)
    if published.weekday() == 5:
        sunday = published  # a Saturday: the weekend under way
    return _weekend_of(sunday)


def _weekend_of(day: dt.date) -> Found:
    """The weekend of a day's ISO week: ``2005-W10-WE``."""
    week, precision = _value(day, "week")
    return f"{week}-WE", precision


def _month(bare: str, published: dt.date, tense: Tense) -> Found | None:
    match = _MONTH_ONLY.match(bare)
    if match is None:
        return None
    month = _parser(_ANCHOR, past=False).get_date_data(match["month"]).date_obj
    if month is None:
        return None
    which = (match["which"] or "").lower()
    if which == "this":
        return f"{published.year:04d}-{month.month:02d}", "month"  # this year's, either side
    tense = {"last": "past", "next": "future"}.get(which, tense)  # type: ignore[assignment]
    firsts = [
        dt.date(year, month.month, 1) for year in range(published.year - 1, published.year + 2)
    ]
    this_month = dt.date(published.year, published.month, 1)
    if which == "next":
        firsts = [f for f in firsts if f > this_month]
    elif which == "last":
        firsts = [f for f in firsts if f < this_month]
    found = _choose(firsts, this_month, tense)
    return (f"{found:%Y-%m}", "month") if found else None


def clock_only(words: str) -> bool:
    """Whether ``words`` give a time of day and no day: "08:30 UTC", "afternoon".

    Not "6 pm on Friday".
    """
    if _PART_OF_DAY.match(_LEADING.sub("", " ".join(words.split()))):
        return True
    return bool(
        _CLOCK.search(words)
        and not _MONTH.search(words)
        and not _YEAR.search(_ZONE_CLOCK.sub(" ", words))
        and not re.search(
            "|".join((*_DAYS, "yesterday", "today", "tomorrow", "tonight")), words.lower()
        )
    )


def _part_of_day(bare: str, published: dt.date) -> Found | None:
    """A part of the day alone ("in afternoon trading", "by mid-morning") is on the publication day.

    As a clock time is, unless its clause names another day.
    """
    return (published.isoformat(), "day") if _PART_OF_DAY.match(bare) else None


def _clock(words: str, published: dt.date, *, future: bool) -> Found | None:
    """A time of day ("08:30 UTC", "6:40 p.m.") is on the publication day, or the day it names.

    A weekday with it is on the side its clause's tense says, as a weekday alone is:
    "will resume at 1 p.m. Monday" is the coming Monday.
    """
    if (
        not _CLOCK.search(words)
        or _MONTH.search(words)
        or _YEAR.search(_ZONE_CLOCK.sub(" ", words))
    ):
        return None
    weekday = re.search("|".join(_DAYS), words.lower())
    if weekday is not None:
        return _weekday(weekday.group(), published, future=future)
    if re.search(r"\byesterday\b", words, re.IGNORECASE):
        return (published - dt.timedelta(days=1)).isoformat(), "day"
    return published.isoformat(), "day"


def _phrase(words: str, published: dt.date) -> Found | None:
    entry = _phrases().get(_LEADING.sub("", words))
    if entry is None:
        return None
    unit, offset = entry
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return _value(dt.date(index // 12, index % 12 + 1, 1), unit)
    if unit == "year":
        return _value(dt.date(published.year + offset, 1, 1), unit)
    step = dt.timedelta(weeks=offset) if unit == "week" else dt.timedelta(days=offset)
    if "weekend" in words.split():  # "last weekend": the weekend of last week
        return _weekend_of(published + step)
    return _value(published + step, unit)


def _parsed(words: str, published: dt.date) -> Found | None:
    """The date parser on the expression alone, for "three months ago", "two days ago"."""
    ahead = _FROM_NOW.match(" ".join(words.split()))
    if ahead is not None:
        return _ahead(ahead["length"], published)
    if not _RELATIVE.search(words):
        return None
    quarters = _quarters_ago(words, published)
    if quarters is not None:
        return quarters
    anchor = dt.datetime(published.year, published.month, published.day)  # noqa: DTZ001
    words = _COUPLE.sub("two", words)  # "a couple of weeks ago"; the parser knows no couple
    data = _parser(anchor, past=True).get_date_data(words)
    unit = _PERIODS.get(str(data.period))
    if data.date_obj is not None and _CLOCK_AGO.search(words):
        # "two hours ago" is a time of the publication day; the parser counts it from
        # midnight, so it is counted from noon
        return _value((data.date_obj + dt.timedelta(hours=12)).date(), "day")
    if data.date_obj is None or unit is None or _THOUSANDS.search(words):
        # Times of day and "now" are no dates; the parser reads "10,000 years ago" as ten.
        return _length_ago(words, published)
    # "two weeks ago" is the week two back, as TimeML values a count at its unit ("2005-W09")
    return _value(data.date_obj.date(), unit)


_AGO = re.compile(r"^(?P<length>.+?)\s+ago$", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d,\d{3}")
_WHOLE_LENGTH = re.compile(r"^P(?P<count>\d+(?:\.\d+)?)(?P<unit>[YMWD])$")
_LENGTH_UNITS: dict[str, DatePrecision] = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def _length_ago(words: str, published: dt.date) -> Found | None:
    """A count back that the date parser cannot read: "a year and a half ago", "half a century ago".

    The length is read as the duration it names ("P1.5Y") and counted back at
    the unit that holds it whole: a year and a half is 18 months, so its date
    is the month 18 back, as "18 months ago" is.
    """
    ago = _AGO.match(" ".join(words.split()))
    if ago is None:
        return None
    from dateline.stages.times.durations import duration_of  # noqa: PLC0415 - it imports this

    length = _WHOLE_LENGTH.match(duration_of(ago["length"]) or "")
    if length is None:
        return None
    count, unit = float(length["count"]), length["unit"]
    if unit == "Y" and not count.is_integer():
        count, unit = count * 12, "M"
    if not count.is_integer():
        return None  # "a month and a half ago": no whole unit holds it
    if unit == "Y" and count >= published.year:
        return None  # "10,000 years ago": before the calendar's first year
    return _counted_back(int(count), _LENGTH_UNITS[unit], published)


def _counted_back(count: int, unit: DatePrecision, published: dt.date) -> Found:
    """The date ``count`` units before the publication day, at that unit's precision."""
    if unit == "year":
        return _value(dt.date(published.year - count, 1, 1), unit)
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return _value(dt.date(index // 12, index % 12 + 1, 1), unit)
    days = count * 7 if unit == "week" else count
    return _value(published - dt.timedelta(days=days), unit)


_COUPLE = re.compile(r"\ba couple of\b", re.IGNORECASE)
_CLOCK_AGO = re.compile(r"\b(?:hours?|minutes?)\s+ago$", re.IGNORECASE)
_QUARTERS_AGO = re.compile(r"^(?P<length>.*\bquarters?)\s+ago$", re.IGNORECASE)


def _ahead(length: str, published: dt.date) -> Found | None:
    """The date a length counted ahead names: "two years from now", "in a week's time".

    A count of hours or minutes is a time of the publication day, or of the
    day after when it runs past midnight from noon, as "two hours ago" is
    counted back.
    """
    if _untold_length(length):
        return "FUTURE_REF", "vague"  # "in a few years' time": ahead, by how much not told
    anchor = dt.datetime(published.year, published.month, published.day)  # noqa: DTZ001
    data = _parser(anchor, past=False).get_date_data(f"in {_COUPLE.sub('two', length)}")
    if data.date_obj is not None and _CLOCK_LENGTH.search(length):
        return _value((data.date_obj + dt.timedelta(hours=12)).date(), "day")
    unit = _PERIODS.get(str(data.period))
    if data.date_obj is None or unit is None:
        return None
    return _value(data.date_obj.date(), unit)


_CLOCK_LENGTH = re.compile(r"\b(?:hours?|minutes?)$", re.IGNORECASE)


def _untold_length(words: str) -> bool:
    """Whether a length's count is not told: "a few years", "several months"."""
    from dateline.stages.times.durations import duration_of  # noqa: PLC0415 - it imports this

    return "X" in (duration_of(words) or "")


def _quarters_ago(words: str, published: dt.date) -> Found | None:
    """The quarter a count of quarters "ago" names: "a quarter ago" said in May is 2009-Q1.

    The date parser knows no quarters.
    """
    match = _QUARTERS_AGO.match(" ".join(words.split()))
    if match is None:
        return None
    from dateline.stages.times.durations import duration_of  # noqa: PLC0415 - it imports this

    length = re.fullmatch(r"P(\d+)Q", duration_of(match["length"]) or "")
    if length is None:
        return None
    index = published.year * 4 + (published.month - 1) // 3 - int(length[1])
    return f"{index // 4:04d}-Q{index % 4 + 1}", "quarter"


# "two years from now", and "two years' time" (after "in"): the length counted ahead.
_FROM_NOW = re.compile(
    r"^(?P<length>.+?)(?:\s+from\s+(?:now|today)|\s*(?:'s|’s|'|’)\s+time)$", re.IGNORECASE
)


def _value(day: dt.date, unit: DatePrecision) -> Found:
    """A day as an ISO 8601 value of the given precision: 2024-02-16, 2024-W07, 2024-02, 2024."""
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}", unit
    # Not strftime's "%Y", which leaves a year before 1000 unpadded ("808").
    values = {
        "day": f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
        "month": f"{day.year:04d}-{day.month:02d}",
        "year": f"{day.year:04d}",
    }
    return values[unit], unit


@functools.cache
def _holidays() -> dict[str, str]:
    """Fixed-date holidays by name, lower case, as ``--MM-DD``."""
    return {row["name"]: f"--{row['month_day']}" for row in lexicons.table("holidays.tsv")}


def deictic_phrases() -> frozenset[str]:
    """The phrases of ``time_words.tsv`` that are counted from the day they are said.

    Two words or more with "this", "last", "next", "new" or "calendar" in them
    ("this week", "the new year", "the calendar year") name a date wherever
    they stand.
    """
    deictic = {"this", "last", "next", "new", "calendar"}
    return frozenset(p for p in _phrases() if len(p.split()) > 1 and deictic & set(p.split()))


def holiday_names() -> frozenset[str]:
    """The names of the holidays :func:`resolve` knows, lower case."""
    return frozenset(_holidays()) | movable_names()


@functools.cache
def _phrases() -> dict[str, tuple[DatePrecision, int]]:
    return {
        row["phrase"]: (_PERIODS[row["unit"]], int(row["offset"]))
        for row in lexicons.table("time_words.tsv")
    }


@functools.lru_cache(maxsize=64)
def _parser(anchor: dt.datetime, *, past: bool):  # type: ignore[no-untyped-def]  # noqa: ANN202 - dateparser is untyped here
    from dateparser.date import DateDataParser  # noqa: PLC0415 - slow import, needed late

    settings = {
        "RELATIVE_BASE": anchor,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    if past:
        settings["PREFER_DATES_FROM"] = "past"
    return DateDataParser(languages=["en"], settings=settings)
