"""One entity cut into the time expressions it holds: ranges, lists, lines."""

from __future__ import annotations

import dataclasses
import re

from dateline.records import Entity
from dateline.stages._tree import FINITE_TAGS, Tree
from dateline.stages.times import missed
from dateline.stages.times.not_times import IN_A_ROW, ORDINAL, SPAN_UNITS, UNITS, in_a_row
from dateline.stages.times.vocabulary import (
    DAY_OF_MONTH,
    DEICTIC,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    YEAR,
    word_hyphen,
)

_RANGE_WORDS = frozenset({"to", "and", "through", "until", "till", "-", "–"})
# Words that join two dates the model takes as one, though they make no range: "16 or 17
# March", "higher in December than November" (not "more than 20 years"). Only the range
# words put the ends in order.
_CUT_WORDS = _RANGE_WORDS | {"or", "than"}
_RANGE_OPENERS = frozenset({"from", "between"})


def dates_apart(tree: Tree, entity: Entity) -> list[Entity]:
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
        return [*dates_apart(tree, head), tail]
    for i in range(entity.token_start + 1, entity.token_end - 1):
        cut = None if fiscal_year_to_a_month(tree, i) else _cut_at(tree, entity.token_start, i)
        if cut is None:
            continue
        head_end, tail_start = cut
        tail = dataclasses.replace(
            entity, start=tree.tokens[tail_start].start, token_start=tail_start
        )
        if head_end is None:
            return dates_apart(tree, tail)
        head = dataclasses.replace(entity, end=tree.tokens[head_end - 1].end, token_end=head_end)
        return [head, *dates_apart(tree, tail)]
    return [entity]


def fiscal_year_to_a_month(tree: Tree, last: int) -> int | None:
    """The end of a company's year told with the month it runs to, from the word after "year".

    "the current financial year to March 2009", "its fiscal year ending June
    30": one expression, the fiscal year (:mod:`.periods`), neither a range
    nor a period and the day it ended; the month is no date of its own.
    ``None`` unless ``last`` follows "fiscal year" or "financial year".
    """
    words = [t.text.lower() for t in tree.tokens[max(0, last - 2) : last]]
    if words not in (["fiscal", "year"], ["financial", "year"]) or last + 1 >= len(tree):
        return None
    if tree.tokens[last].text.lower() not in ("to", "ending", "ended", "through"):
        return None
    end = last + 1
    if tree.tokens[end].text.lower() == "in" and end + 1 < len(tree):
        end += 1
    if DAY_OF_MONTH.match(tree.tokens[end].text) and end + 1 < len(tree):
        end += 1  # "to 31 March"
    if tree.tokens[end].text not in MONTH_NAMES:
        return None
    end += 1
    if end < len(tree) and DAY_OF_MONTH.match(tree.tokens[end].text):
        end += 1  # "ending June 30"
    year = end + 1 if end < len(tree) and tree.tokens[end].text == "," else end  # "June 30, 2008"
    return year + 1 if year < len(tree) and YEAR.match(tree.tokens[year].text) else end


def _cut_at(tree: Tree, first: int, i: int) -> tuple[int | None, int] | None:
    """Where :func:`dates_apart` cuts an entity at token ``i``: its head's end, its tail's start.

    ``None`` for the head's end when the head is no date ("the worst day
    since 1987"); ``None`` when the entity is not cut there.
    """
    word = tree.tokens[i].text.lower()
    previous = tree.tokens[i - 1].text
    following = tree.tokens[i + 1].text.lower()
    verb = word in ("ended", "ending") or _a_finite_verb(tree, i)
    if verb or _opens_a_clause(tree, i):
        # "the quarter ended Sept. 30"; "the three months ending in February": February;
        # "the fiscal year ends June 30"; "rose in May as summer neared"
        ends = verb and following in ("in", "on")
        return i, i + 1 + ends
    if word == "since":
        return None, i + 1
    if (word == "in" and YEAR.match(tree.tokens[i + 1].text) and _counted_span(tree, i)) or (
        _month_told_after(tree, first, i)
    ):
        return i, i + 1  # "closed for a day in 2001": a span, and 2001
    if word in ("earlier", "later") and _ends_a_date(previous) and following in DEICTIC:
        return i, i  # "their lowest since 1950 earlier this week": 1950, and this week
    if word in DEICTIC and (
        YEAR.match(previous)
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
            WEEKDAY_WORDS,
            ("week", "weekend"),
            ("month",),
            ("quarter",),
            ("half",),
            ("year",),
        )
    )
    for unit in units
}


def _a_finite_verb(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a finite verb, which no time expression holds.

    The model may take a period, its verb and the day the verb names as one
    date: "the fiscal year ends June 30" is a year, and June 30, as "the
    quarter ended Sept. 30" is. A month the tagger reads as a verb ("March")
    is still a month.
    """
    token = tree.tokens[i]
    return token.pos == "VERB" and token.tag in FINITE_TAGS and token.text not in MONTH_NAMES


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
    return bool(YEAR.match(word) or DAY_OF_MONTH.match(word)) or word in MONTH_NAMES


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
        and tree.tokens[i].text in WEEKDAY_NAMES
        and tree.tokens[i - 1].text.lower().removesuffix("s") in (*SPAN_UNITS, "session", "row")
    )


def _run_of_periods(tree: Tree, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` count a run: "a fifth day", "the third straight week".

    Said before a weekday ("rose for a second session Monday"), an ordinal
    and a unit tell how long a run has lasted, as "in a row" does.
    """
    if in_a_row(tree, first, last):
        return True
    words = [t.text.lower() for t in tree.tokens[first:last] if t.pos not in ("DET", "PRON")]
    words = [w for w in words if w not in IN_A_ROW]
    return (
        len(words) == 2
        and ORDINAL.match(words[0]) is not None
        and words[1].removesuffix("s") in (*UNITS, "quarter", "session")
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
        and tree.tokens[i + 1].text in MONTH_NAMES
    )


def _names_a_day(word: str) -> bool:
    """Whether a word starts a day: "Thursday", "5" (of "5 May"), "May" (of "May 5")."""
    return word in WEEKDAY_NAMES or word in MONTH_NAMES or bool(DAY_OF_MONTH.match(word))


def _counted_span(tree: Tree, i: int) -> bool:
    """Whether a count of units ends before token ``i``: "nine weeks" in "nine weeks this summer".

    Not "the same month last year", which is one date.
    """
    unit, count = tree.tokens[i - 1], tree.tokens[i - 2] if i >= 2 else None
    if count is not None and count.text.lower() == "single" and i >= 3:
        count = tree.tokens[i - 3]  # "in a single day last week"
    ranked = i >= 3 and tree.tokens[i - 3].text.lower() in _RANKS  # "the first three months"
    return (
        unit.text.lower().removesuffix("s") in SPAN_UNITS
        and count is not None
        and (count.pos == "NUM" or count.text.lower() in ("a", "an", "few", "several"))
        and not ranked
    )


# Words that rank a count of months as a part of a year: "the first three months of 2005".
_RANKS = frozenset({"first", "last", "final", "past", "next", "previous", "latest"})


def range_ends(tree: Tree, entity: Entity) -> list[Entity]:
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
            and not word_hyphen(tree, i)
            and not _inside_word(tree, i)
            and not _in_iso_date(tree, i)
            and not _and_a_half(tree, i)
            and not _to_come(tree, i)
            and not _counts_of_one_unit(tree, i)
            and not fiscal_year_to_a_month(tree, i)
        )
        or (
            tree.tokens[i].text == ","
            and tree.tokens[i - 1].text not in WEEKDAY_NAMES
            and tree.tokens[i + 1].text in MONTH_NAMES
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


def _counts_of_one_unit(tree: Tree, i: int) -> bool:
    """Whether "or" or "to" at token ``i`` joins two counts of one unit: "two or three weeks".

    "The first two or three months of 2004" is one time, months of one
    year, and "five or ten years" one length of no set count; "16 or 17
    March" are two days.
    """
    if i + 2 >= len(tree) or tree.tokens[i].text.lower() not in ("or", "to"):
        return False
    before, after, unit = tree.tokens[i - 1], tree.tokens[i + 1], tree.tokens[i + 2]
    return (
        before.pos == "NUM"
        and after.pos == "NUM"
        and unit.text.lower().removesuffix("s") in SPAN_UNITS
    )


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
    return not (before in MONTH_NAMES or before in WEEKDAY_NAMES or YEAR.match(before))


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


def cut_at_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity cut at line breaks: a dateline and the next paragraph's "Yesterday" are two."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        piece = match.group()
        first = start + match.start() + len(piece) - len(piece.lstrip())
        last = start + match.end() - (len(piece) - len(piece.rstrip()))
        if first < last:
            spans.append((first, last))
    return spans
