"""Phrases with a word of time in them that say no time, though the model takes them as one.

- "in some quarters" (among some people), "from all quarters";
- the minutes of a meeting ("the latest minutes", "minutes of the meeting
  showed", "minutes have shown"), not "within minutes";
- "day-to-day" and "day to day" running of things;
- "after-hours trading", the trading done after the market closes, and the
  hours of a working day ("working hours", "their opening hours"), a
  schedule kept, not a time or a length;
- a day, a year or a quarter judged ("a great day for the city", "a much
  better year", "a tough quarter", "a bumper year"): TimeML marks no time where the words
  name none, only say how it went; not "a full year" or "a single day",
  which are durations, nor "a strong third quarter", which names one;
- "at the last minute" and "at the eleventh hour", which say late, not when,
  and "last minute" before a noun ("a last minute rush"), which says the same;
- the year of an award's title ("European Businessman of the Year");
- a quarter of a point of interest ("a quarter-point cut", "the third
  quarter-point rise", "a quarter percentage point"): a size, not a period;
- a quarter as a share ("three quarters of the firms", "fell by a quarter",
  "more than a quarter higher"), not "two quarters of growth";
- an era told by what marked it ("the days of cheap credit are over"),
  which names no length and no date;
- "the day" or "the year" that a time or "this" is said to be ("this is the
  day the industry changes", "2007 was the year of the smartphone"): the
  subject names the time, the phrase only tells what it is like;
- a holiday's or season's name before a thing of it ("little Christmas
  cheer", "Christmas cards", "Easter eggs", "a winter sale"): a kind of
  thing, not the day or the season.
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.stages._tree import Tree

_QUARTERS_OF_OPINION = frozenset({"some", "certain", "other", "all", "many", "several"})
_MINUTES_OWNERS = frozenset({"the", "latest", "its", "their", "meeting", "fed", "bank", "'s"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_JUDGED_UNITS = frozenset({"day", "year", "week", "month", "quarter"})
# Adjectives that measure a span rather than judge it: "a full year" is a duration.
_MEASURING = frozenset(
    {"full", "whole", "entire", "single", "further", "extra", "additional", "calendar", "fiscal",
     "financial", "half", "few", "couple", "long", "short", "past", "last", "next", "previous",
     "trading", "working", "business", "school", "record", "same", "given", "particular"}
)  # fmt: skip
# Words that number a quarter: "a strong third quarter" names one, judged or not.
_NUMBERING_A_QUARTER = frozenset({"first", "second", "third", "fourth", "final", "latest"})


def says_no_time(tree: Tree, first: int, last: int) -> bool:
    """Whether the entity at tokens ``first`` to ``last`` is one of the phrases above."""
    words = [t.text.lower() for t in tree.tokens[first:last]]
    return (
        _of_opinion(tree, first, words)
        or _meeting_minutes(tree, first, last, words)
        or "".join(words) in ("day-to-day", "daytoday")
        or _after_hours(tree, first, last, words)
        or _hours_kept(words)
        or _judged(tree, first, last)
        or _last_minute(tree, first, last, words)
        or _award(tree, first, last)
        or _quarter_point(tree, last, words)
        or _a_share(tree, first, last, words)
        or _an_era(tree, last, words)
        or _named_again(tree, first, last)
        or a_holiday_thing(tree, first, last)
    )


# What a quarter measures when it is a size of a rate: "a quarter-point cut", "a quarter
# percentage point", "a quarter of a percentage point" is left to the share rule.
_POINTS = frozenset({"point", "points", "percentage", "percent", "per"})


def _quarter_point(tree: Tree, last: int, words: list[str]) -> bool:
    """Whether the words end in a quarter of a point: "the third quarter-point cut".

    Not a quarter that "points to" something ("a weak fourth quarter points to
    slower growth"): that "points" is the verb of the clause, though the
    model may tag it a noun (it then makes it the root of the sentence).
    """
    if words[-1] != "quarter":
        return False
    after = list(tree.tokens[last : last + 2])
    hyphened = bool(after) and after[0].text == "-"
    if hyphened:
        after = after[1:]
    if not after or after[0].text.lower() not in _POINTS:
        return False
    pointing = after[0].text.lower() == "points" and (
        after[0].pos == "VERB" or after[0].dep == "ROOT"
    )
    return hyphened or not pointing


def _award(tree: Tree, first: int, last: int) -> bool:
    """Whether the words are the year of an award's title: "Businessman of the Year".

    A title in capitals names a prize, not the year it was won in; "the
    busiest day of the year" says when.
    """
    tokens = tree.tokens[first:last]
    return (
        [t.text for t in tokens] == ["the", "Year"]
        and first >= 2
        and tree.tokens[first - 1].text == "of"
        and tree.tokens[first - 2].text[:1].isupper()
    )


def _of_opinion(tree: Tree, first: int, words: list[str]) -> bool:
    """Whether the words are "in some quarters": among some people."""
    return (
        len(words) == 2
        and words[0] in _QUARTERS_OF_OPINION
        and words[1] == "quarters"
        and first > 0
        and tree.tokens[first - 1].text.lower() in ("in", "from", "among")
    )


def _meeting_minutes(tree: Tree, first: int, last: int, words: list[str]) -> bool:
    """The minutes of a meeting: a record, with no count before it."""
    if words[-1] != "minutes" or any(t.pos == "NUM" for t in tree.tokens[first:last]):
        return False
    head = tree.tokens[last - 1]
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    after = tree.tokens[last].text.lower() if last < len(tree) else ""
    owned = bool(set(words[:-1]) & _MINUTES_OWNERS) or before in _MINUTES_OWNERS
    return owned or head.dep in _SUBJECTS or (after == "of" and before not in ("for", "within"))


def _after_hours(tree: Tree, first: int, last: int, words: list[str]) -> bool:
    """Whether the words are the "hours" of "after-hours trading": after "after", before a noun."""
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    after = tree.tokens[last] if last < len(tree) else None
    return (
        words in (["hours"], ["after", "hours"], ["after", "-", "hours"])
        and ("after" in words or before in ("after", "-"))
        and after is not None
        and after.pos == "NOUN"
    )


# What the hours of a working day are kept for: "working hours", "opening hours".
_KEPT_HOURS = frozenset({"working", "opening", "office", "business", "shop", "licensing"})


def _hours_kept(words: list[str]) -> bool:
    """Whether the words are the hours a place or its staff keep: "their opening hours".

    No count, so no length ("48 hours"), and no day: a schedule, which
    TimeML marks as no time.
    """
    kept = [w for w in words if w not in ("the", "its", "their", "our", "his", "her")]
    return len(kept) == 2 and kept[0] in _KEPT_HOURS and kept[1] == "hours"


def _judged(tree: Tree, first: int, last: int) -> bool:
    """A day or year a judging adjective names: "a great day", "a much better year".

    Only after "a" or "another" ("another good month"): "recent years", "the
    first day" and "the coming year" say when.
    """
    tokens = tree.tokens[first:last]
    if (
        tokens[0].text.lower() not in ("a", "an", "another")
        or tokens[-1].text.lower() not in _JUDGED_UNITS
    ):
        return False
    between = tokens[1:-1]
    measuring = _MEASURING | (
        _NUMBERING_A_QUARTER if tokens[-1].text.lower() == "quarter" else frozenset()
    )
    judging = [t for t in between if t.pos == "ADJ" or t.text.lower() in _JUDGING_NOUNS]
    return (
        bool(judging)
        and all(t.pos in ("ADV", "ADJ") or t in judging for t in between)
        and not any(t.text.lower() in measuring for t in between)
    )


# Nouns the model tags before a unit that judge it as an adjective would: "a bumper year", "a
# banner year", "a boom year" say how the year went, not which.
_JUDGING_NOUNS = frozenset({"bumper", "banner", "boom", "vintage", "stellar", "disaster"})


def _last_minute(tree: Tree, first: int, last: int, words: list[str]) -> bool:
    """Whether the words say late, not when: "at the last minute", "a last-minute rush".

    After "at" ("at the eleventh hour", "at the last minute", whether or not
    the model takes "the"), or before the noun they describe ("last minute
    shopping", "a last-minute deal"); "in the last minute of trading" is left.
    """
    late = [w for w in words if w not in ("the", "a", "-")]
    if late not in (["last", "minute"], ["eleventh", "hour"]):
        return False
    before = [t.text.lower() for t in tree.tokens[max(0, first - 2) : first]]
    after = tree.tokens[last] if last < len(tree) else None
    described = after is not None and (after.pos == "NOUN" or after.tag == "VBG")  # "shopping"
    return "at" in before[-1:] or before == ["at", "the"] or described


# What a share of a whole is of: "three quarters of the firms", "a quarter of its value".
_OWNERS = frozenset({"the", "its", "their", "his", "her", "our", "all", "those", "these", "them"})


def _a_share(tree: Tree, first: int, last: int, words: list[str]) -> bool:
    """Whether a quarter is a share: of a whole, or what a figure changed by.

    "Three quarters of the firms", "a quarter of its value", "fell by a
    quarter", "more than a quarter higher"; not "two quarters of growth" nor
    "the first quarter of the year", which are periods.
    """
    if words[-1] not in ("quarter", "quarters") or words[0] == "the":
        return False
    after = [t.text.lower() for t in tree.tokens[last : last + 3]]
    if after[:1] == ["of"] and after[1:2] and after[1] in _OWNERS:
        return not (after[2:] and after[2] in ("year", "month", "season", "period"))
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    compared = last < len(tree) and tree.tokens[last].tag in ("JJR", "RBR")
    return words[-2:] == ["a", "quarter"] and (before == "by" or compared)


def _an_era(tree: Tree, last: int, words: list[str]) -> bool:
    """Whether the words are "the days" of what marked an era: "the days of cheap credit"."""
    after = list(tree.tokens[last : last + 2])
    return (
        words == ["the", "days"]
        and len(after) == 2
        and after[0].text.lower() == "of"
        and after[1].pos not in ("NUM", "DET")
    )


def _named_again(tree: Tree, first: int, last: int) -> bool:
    """Whether "the day" or "the year" says again the time its copula's subject names.

    "This is the day the industry changes", "2011 might not be the year when
    prices fall", "2007 was the year of the smartphone": the phrase tells
    what the time the subject names is like, and names none of its own
    (TimeML marks the subject, "2007", not the phrase).
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if len(words) < 2 or words[0] != "the" or words[1] not in _JUDGED_UNITS:
        return False
    unit = tree.tokens[first + 1]
    copula = tree.tokens[unit.head]
    if unit.dep != "attr" or copula.lemma != "be":
        return False
    subjects = [tree.tokens[c] for c in tree.children[unit.head] if tree.tokens[c].dep == "nsubj"]
    return any(s.text.lower() in ("this", "that", "it") or s.ent_type == "DATE" for s in subjects)


def a_holiday_thing(tree: Tree, first: int, last: int) -> bool:
    """Whether a holiday's or season's name only says what kind a thing is: "Christmas cheer".

    "Easter eggs", "a winter sale", "the spring collection"; not "Christmas
    trading", "Christmas sales" or "winter weather", told of the season's days.
    """
    if last - first != 1 or last >= len(tree):
        return False
    name = tree.tokens[first].text.lower()
    things = _things_of(name)
    if things is None or tree.tokens[first].head != last:
        return False
    return tree.tokens[last].text.lower() in things


_HOLIDAYS_OF_THINGS = frozenset({"christmas", "easter", "halloween", "valentine"})
_SEASONS = frozenset({"winter", "summer", "spring", "autumn"})


@functools.cache
def _things_of(name: str) -> frozenset[str] | None:
    """The things a holiday's or a season's name makes a kind of (lexicons/seasonal_things.tsv)."""
    kind = "holiday" if name in _HOLIDAYS_OF_THINGS else "season" if name in _SEASONS else None
    if kind is None:
        return None
    return frozenset(
        row["thing"] for row in lexicons.table("seasonal_things.tsv") if row["of"] == kind
    )
