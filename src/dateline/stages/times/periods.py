"""Periods that TimeML writes but ISO 8601 has no calendar date for.

- A season ("summer 2006", "last winter", "this spring") is ``2006-SU``;
  a winter is the year it begins in December (``2006-WI`` runs into 2007).
- A half year ("the first half of 2006", "the second half") is ``2006-H1``.
- A decade ("the 1990s", "the mid-'80s", "the nineties", "the past
  decade") is its first three digits: ``199``; "the decade" ("by the end
  of the decade") is the one under way.
- A century ("the 20th century", "the last century") is its first two
  digits: ``19``; a month of a year by its rank ("the first month of the
  year", "the last month of 2008") is that month: ``2008-12``.
- A fiscal year ("fiscal 2006", "the 2006 financial year", "FY2006") is
  ``FY2006``: companies' years do not start in January, so it is not the
  calendar year ``2006``. A year written across two ("2004/05", "1998/9",
  as British budgets and firms write theirs) is the one it ends in:
  ``FY2005``.
- An expression that names no date but only the side of the publication
  day it lies on ("now", "recently", "the future",
  ``lexicons/vague_times.tsv``) is ``PRESENT_REF``, ``PAST_REF`` or
  ``FUTURE_REF``, as TimeML writes them: a reader of the data can tell
  "now" from a date the stage failed to resolve.

A period counted from the publication day needs one; without it the
expression keeps no value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Literal

from dateline import lexicons
from dateline.records import DateBasis, DatePrecision, DateValue

Tense = Literal["past", "future"] | None
_YEAR_WORDS = r"(?P<year>(?:the\s+)?(?:19|20)\d\d|this year|last year|next year|the year)"
_SEASON = re.compile(
    r"^(?:the\s+)?(?:(?:this\s+)?(?P<which>this|last|next|past|coming|early|late|mid-?)\s*)?"
    r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + _YEAR_WORDS + r")?$",
    re.IGNORECASE,
)
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
            "winter": ("WI", 12)}  # fmt: skip
"""Each season's TimeML code and the month it begins in (the northern meteorological seasons)."""
_HALF = re.compile(
    r"^(?:(?:the\s+)?(?P<which>first|second|1st|2nd|latter|last|final)"
    r"(?:[\s-]+half(?:\s+of\s+|\s+(?=(?:this|last|next)\s+year$)|$)|\s+six\s+months\s+of\s+)"
    r"|h(?P<h>[12])\s+|(?P<h_first>[12])h\s+)"  # "H1 2009", and "1H 2009" as analysts write it
    r"(?P<fiscal>(?:fiscal|financial)\s+(?:year\s+)?|fy\s*)?" + _YEAR_WORDS + r"?$",
    re.IGNORECASE,
)
_DECADE = re.compile(
    r"^(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(?:(?P<century>1[89]|20)(?P<digit>\d)0|'?(?P<short>\d)0)'?s$",
    re.IGNORECASE,
)
_DECADE_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(?P<word>twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)$",
    re.IGNORECASE,
)
_DECADE_DIGITS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                  "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
_RELATIVE_DECADE = re.compile(
    r"^(?:the\s+|this\s+)?(?P<which>past|last|previous|current|this|next|coming)?\s*decade$",
    re.IGNORECASE,
)
_FISCAL = re.compile(
    r"^(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?\s+(?P<a>(?:19|20)\d\d)"
    r"|(?P<b>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year|fy\s*(?P<c>(?:19|20)\d\d)"
    r"|fy\s*'?(?P<short>\d\d))$",  # "FY06", as analysts write it
    re.IGNORECASE,
)
# "2004/05", "the 1998/9 financial year", "the financial year 2007/08": a year that runs
# across two, written with both.
_SPLIT_YEAR = re.compile(
    r"^(?:the\s+)?(?:(?:fiscal|financial|tax)(?:\s+year)?\s+)?"
    r"(?P<first>(?:19|20)\d\d)/(?P<second>\d{4}|\d\d?)"
    r"(?:\s+(?:fiscal|financial|tax)\s+year)?$",
    re.IGNORECASE,
)
# "the fiscal year", "last financial year": the company's year named from the publication year.
_RELATIVE_FISCAL = re.compile(
    r"^(?:the\s+|this\s+)?(?P<which>current|this|last|past|previous|prior|next|coming)?\s*"
    r"(?:fiscal|financial)\s+year$",
    re.IGNORECASE,
)
_FISCAL_OFFSETS = {"last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}
# A company's year told with the month it runs to: "the current financial year to March 2009",
# "its fiscal year ending June 30". One expression, the fiscal year named by the year it ends in.
_FISCAL_TO_A_MONTH = re.compile(
    r"^(?P<head>.*?(?:fiscal|financial)\s+year)\s+(?P<link>to|ending|ended|through)\s+(?:in\s+)?"
    r"(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+)?(?P<month>"
    + "|".join(name.lower() for name in calendar.month_name[1:])
    + r")(?:\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?,?(?:\s+(?P<year>(?:19|20)\d\d))?$",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:on|in|at|since|by|from|until|during|of)\s+", re.IGNORECASE)
# "the first month of the year", "the last month of 2008": a month of a year by its rank.
_MONTH_OF_YEAR = re.compile(
    r"^(?:the\s+)?(?P<rank>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|last|final)\s+month\s+of\s+" + _YEAR_WORDS + r"$",
    re.IGNORECASE,
)
_RANKS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth")  # fmt: skip
# "the 20th century" is the 1900s, which TimeML writes by their first two digits: "19".
_CENTURY = re.compile(
    r"^(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(?:(?P<number>1[5-9]|2[01])(?:st|nd|rd|th)"
    r"|(?P<word>sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]+century$",
    re.IGNORECASE,
)
_CENTURY_WORDS = {"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21}  # fmt: skip
_RELATIVE_CENTURY = re.compile(
    r"^(?:the\s+)?(?P<which>this|current|last|past|previous|next|new|this\s+new)\s+century$",
    re.IGNORECASE,
)
_CENTURY_OFFSETS = {"last": -1, "past": -1, "previous": -1, "next": 1}


def named_period(words: str, published: dt.date | None, tense: Tense = None) -> DateValue | None:
    """The season, half year, decade, fiscal year or reference ``words`` name, if they name one.

    ``None`` when the words name none of these; a value-less date when they
    name one counted from a publication day that is not known.
    """
    bare = " ".join(_LEADING.sub("", " ".join(words.split())).split())
    readers: tuple[Callable[[str, dt.date | None, Tense], Found | None], ...] = (
        _season,
        _half,
        _decade,
        _fiscal,
        _month_of_year,
        _century_of,
        _vague,
    )
    for reader in readers:
        found = reader(bare, published, tense)
        if found is not None:
            value, precision, basis = found
            if value is None:
                return DateValue(text=words)
            return DateValue(value, precision, basis, words)
    return None


Found = tuple[str | None, DatePrecision, DateBasis]
"""A value (``None`` when it needs an unknown publication day), its precision and basis."""


def _year_of(year_words: str | None, published: dt.date | None) -> tuple[int | None, DateBasis]:
    """The year "of 2006", "of this year" or "of last year" names, and whether it was written."""
    words = (year_words or "").lower()
    if words[-4:].isdigit():
        return int(words[-4:]), "text"
    if published is None:
        return None, "relative"
    return published.year + {"last year": -1, "next year": 1}.get(words, 0), "relative"


def _season(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    match = _SEASON.match(bare)
    if match is None:
        return None
    which = (match["which"] or "").lower()
    name = match["season"].lower()
    if name == "fall" and not (which or match["year"]):
        return None  # "the fall of the government"
    code, month = _SEASONS[name]
    if match["year"]:
        year, basis = _year_of(match["year"], published)
        return (f"{year}-{code}" if year else None), "season", basis
    if published is None:
        return None, "season", "relative"
    starts = [dt.date(y, month, 1) for y in range(published.year - 2, published.year + 2)]
    current = next((s for s in starts if s <= published < _add_months(s, 3)), None)
    if which in ("this", "coming", "next", "last", "past"):
        if which in ("next", "coming"):
            chosen = min((s for s in starts if s > published), default=None)
        elif which in ("last", "past"):
            chosen = max((s for s in starts if _add_months(s, 3) <= published), default=None)
        else:
            chosen = (
                current
                or _just_over(starts, published)
                or next(s for s in starts if s.year == published.year)
            )
    elif current is not None and not _begun_lately(current, published, tense):
        chosen = current
    else:
        chosen = _nearest(starts, 3, published, tense, ended=current is not None)
    return (f"{chosen.year}-{code}" if chosen else None), "season", "relative"


def _begun_lately(current: dt.date, published: dt.date, tense: Tense) -> bool:
    """Whether a season told as done began less than a month before the publication day.

    Little of it has passed, so what was done "in the spring", said in mid-March,
    was done in the last one, as "this winter" said then is the one just gone.
    """
    return tense == "past" and published < _add_months(current, 1)


def _just_over(starts: list[dt.date], published: dt.date) -> dt.date | None:
    """The season that ended in the month before the publication day, if one did.

    "This winter" said in mid-March is the winter just gone, not the next one.
    """
    return next((s for s in starts if _add_months(s, 3) <= published < _add_months(s, 4)), None)


def _half(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    match = _HALF.match(bare)
    if match is None:
        return None
    which = (match["which"] or "").lower()
    numbered = match["h"] or match["h_first"]
    number = int(numbered) if numbered else 1 if which in ("first", "1st") else 2
    if match["year"]:
        year, basis = _year_of(match["year"], published)
        # "the first half of fiscal 2005" is a half of the company's year, as TimeML writes it
        fiscal = "FY" if match["fiscal"] else ""
        return (f"{fiscal}{year}-H{number}" if year else None), "half", basis
    if published is None or match["fiscal"]:
        return None, "half", "relative"
    starts = [dt.date(y, 6 * number - 5, 1) for y in range(published.year - 1, published.year + 2)]
    chosen = _nearest(starts, 6, published, tense, ended=True)
    return f"{chosen.year}-H{number}", "half", "relative"


def _decade(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    del tense  # a decade's side of the publication day is in its words
    match = _DECADE.match(bare) or _DECADE_WORDS.match(bare)
    if match is not None:
        groups = match.groupdict()
        if groups.get("century"):
            return f"{groups['century']}{groups['digit']}", "decade", "text"
        short = groups.get("short")
        digit = int(short) if short else _DECADE_DIGITS[groups["word"].lower()]
        return f"{_century(digit, published)}{digit}", "decade", "text"
    match = _RELATIVE_DECADE.match(bare)
    if match is None:
        return None
    if published is None:
        return None, "decade", "relative"
    which = (match["which"] or "this").lower()
    step = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    return f"{published.year // 10 + step:03d}", "decade", "relative"


def _century(digit: int, published: dt.date | None) -> int:
    """The century of "the '90s" or "the eighties": the latest such decade not after publication."""
    if published is None:
        return 20 if digit <= 1 else 19
    return 20 if 2000 + 10 * digit <= published.year else 19


def _fiscal(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    """A fiscal year by its number ("fiscal 2006"), or counted from the publication year.

    "The financial year" said in 2007 is ``FY2007``, "last fiscal year" ``FY2006``: a
    company's year is labelled by the calendar year it mostly falls in, and
    news says "this fiscal year" of the one under way.
    """
    del tense
    to_a_month = _FISCAL_TO_A_MONTH.match(bare)
    if to_a_month is not None:
        return _fiscal_to_a_month(to_a_month, published)
    match = _FISCAL.match(bare)
    if match is not None:
        year = match["a"] or match["b"] or match["c"] or _full_year(match["short"])
        return f"FY{year}", "year", "text"
    ended = split_year_end(bare)
    if ended is not None:
        return f"FY{ended}", "year", "text"
    relative = _RELATIVE_FISCAL.match(bare)
    if relative is None:
        return None
    if published is None:
        return None, "year", "relative"
    offset = _FISCAL_OFFSETS.get((relative["which"] or "").lower(), 0)
    return f"FY{published.year + offset}", "year", "relative"


def _fiscal_to_a_month(match: re.Match[str], published: dt.date | None) -> Found:
    """The fiscal year that ends in the month told: "the financial year to March 2009" is FY2009.

    With no year, the month is the next one of its name ("its fiscal year
    ending June 30", said in November 2008, ends in June 2009), or the last
    one when the year is told as "ended"; "next" or "last" before the year
    moves it by one.
    """
    if match["year"]:
        return f"FY{match['year']}", "year", "text"
    if published is None:
        return None, "year", "relative"
    month = [m.lower() for m in calendar.month_name].index(match["month"].lower())
    if match["link"].lower() == "ended":
        year = published.year if month < published.month else published.year - 1
    else:
        year = published.year if month >= published.month else published.year + 1
    which = _RELATIVE_FISCAL.match(match["head"])
    offset = _FISCAL_OFFSETS.get(((which and which["which"]) or "").lower(), 0)
    return f"FY{year + offset}", "year", "relative"


def _full_year(short: str) -> str:
    """The year two digits name in a company's "FY06" or "FY98": this century's up to 49."""
    return f"{20 if int(short) < 50 else 19}{short}"


def split_year_end(words: str) -> int | None:
    """The year a year written across two ends in: "2004/05" and "1998/9" end in 2005 and 1999.

    Only when the second number is the year after the first; "2004/07" is no
    such year (a range, or a day of a month).
    """
    match = _SPLIT_YEAR.match(words.strip())
    if match is None:
        return None
    first, second = int(match["first"]), match["second"]
    ended = first + 1
    return ended if int(second) == ended % 10 ** len(second) else None


def _month_of_year(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    """A month of a year by its rank: "the first month of the year" is January."""
    del tense  # the year is in the words
    match = _MONTH_OF_YEAR.match(bare)
    if match is None:
        return None
    rank = match["rank"].lower()
    number = 12 if rank in ("last", "final") else _RANKS.index(rank) + 1
    year, basis = _year_of(match["year"], published)
    return (f"{year:04d}-{number:02d}" if year else None), "month", basis


def _century_of(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    """A century by its number ("the 20th century" is ``19``), or counted from today."""
    del tense  # a century's side of the publication day is in its words
    match = _CENTURY.match(bare)
    if match is not None:
        number = int(match["number"] or _CENTURY_WORDS[match["word"].lower()])
        return f"{number - 1:02d}", "century", "text"
    relative = _RELATIVE_CENTURY.match(bare)
    if relative is None:
        return None
    if published is None:
        return None, "century", "relative"
    step = _CENTURY_OFFSETS.get(relative["which"].lower(), 0)
    return f"{published.year // 100 + step:02d}", "century", "relative"


def _vague(bare: str, published: dt.date | None, tense: Tense) -> Found | None:
    del published, tense  # "now" is now whatever the day
    value = _references().get(bare.lower())
    if value is None and _VAGUE_AGO.match(bare):
        value = "PAST_REF"
    return None if value is None else (value, "vague", "relative")


# "a few years ago", "many months ago", "decades ago": no count, so no date but the past.
_VAGUE_AGO = re.compile(
    r"^(?:(?:a\s+)?few|several|many|some|a\s+number\s+of|countless|dozens\s+of|hundreds\s+of)?"
    r"\s*(?:days|weeks|months|years|decades|centuries)\s+ago$",
    re.IGNORECASE,
)


@functools.cache
def _references() -> dict[str, str]:
    return {row["phrase"]: row["value"] for row in lexicons.table("vague_times.tsv")}


def reference_phrases() -> frozenset[str]:
    """The phrases, lower case, that name only a side of the publication day ("now")."""
    return frozenset(_references())


def _nearest(
    starts: list[dt.date], months: int, published: dt.date, tense: Tense, *, ended: bool = False
) -> dt.date:
    """The period (by first day, ``months`` long) nearest the publication day, on the tense's side.

    The one under way counts as nearest; ties go to the past. With ``ended``,
    a period told as done must be over: figures of a half year ("profit fell
    in the first half") are told after it.
    """

    def distance(start: dt.date) -> int:
        end = _add_months(start, months)
        if start <= published < end:
            return 0
        return (start - published).days if start > published else (published - end).days

    if tense == "past" and ended:
        kept = [s for s in starts if _add_months(s, months) <= published]
    elif tense == "past":
        kept = [s for s in starts if s <= published]
    elif tense == "future":
        kept = [s for s in starts if _add_months(s, months) > published]
    else:
        kept = starts
    return min(kept or starts, key=lambda s: (distance(s), s > published))


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
