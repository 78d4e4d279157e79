"""Time expressions the NLP model leaves out of its DATE entities, found on the tokens.

- A day named from the publication day ("today", "yesterday", "tomorrow",
  "tonight") that the model joins to the name after it ("Today Apple
  released ...", taken as one organisation) or misses. Not inside a name:
  a capitalised one within a sentence is a title ("USA Today", "the Today
  programme"). Right after a noun it is mostly the present of what the
  noun names ("Europe today has more need of ..."): told in the present,
  it is found as :data:`NOWADAYS`, which TimeML writes PRESENT_REF, not the
  publication day; told otherwise, it is left out. A "today" the model
  found there, or after "of" ("the phones of today"), is NOWADAYS too.
- A length of time counted in words or figures that the model leaves out,
  takes for a number, or joins to a date before a comma: "almost two and
  a half years late" (the model takes "almost two and a half" for a
  number), "on June 17, two days before the launch". Not an age
  ("a ten-year-old"), nor a count before "ago", "earlier" or "later",
  which is a date the model finds.
- A market's session counted from the day named last ("in the previous
  session"), a day, week, month or year counted on from it ("the
  following day"), or a part of it ("that evening"), which the model does
  not take for a date.
- "Next" standing for next year after "this year and" ("growth this year
  and next"), which the model leaves out.
- A decade in figures inside another entity ("the Great Depression of the
  1930s", taken as one event), with its "the" and an "early", "mid" or
  "late" before it.
- A year written across two ("in 2004/05", "since 1998/9"), which the
  model takes for a number: a fiscal year (:func:`.periods.split_year_end`).
- A quarter or half whose noun is left out after one named before it in
  the sentence ("grew 4% in the third quarter, up from 1.5% in the
  second"), which the model does not take for a date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateline import lexicons
from dateline.records import DateValue, Entity
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.times import idioms
from dateline.stages.times.durations import after_what_is_counted, duration_of, unit_words
from dateline.stages.times.periods import split_year_end

_DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
# Words after which a capitalised "Today" still opens a sentence or a quote.
_OPENERS = frozenset({".", "!", "?", '"', "“", "``", "`", "'", "‘", "(", ":", ";", "--", "—", "-"})
# A name that looks like a day: "the Today programme", "Tomorrow's World show".
_NAME_NOUNS = frozenset({"programme", "program", "show", "newspaper", "magazine"})
_DECADE = re.compile(r"^(?:1[89]|20)\d0s$")
_DECADE_PARTS = frozenset({"early", "mid", "mid-", "late"})


NOWADAYS = "NOWADAYS"
"""The label of a "today" that names the present of a noun ("Britain today is"), not a day."""


def deictic_days(tree: Tree, covered: set[int]) -> list[Entity]:
    """The words "today", "yesterday", "tomorrow" and "tonight" where the model took no date."""
    found = []
    for i, token in enumerate(tree.tokens):
        if i in covered or token.text.lower() not in _DEICTIC_DAYS:
            continue
        if _names_no_day(tree, i):
            if not _present_of_a_noun(tree, i):
                continue
            found.append(Entity(NOWADAYS, token.start, token.end, i, i + 1))
        else:
            found.append(Entity("DATE", token.start, token.end, i, i + 1))
        covered.add(i)
    return found


def weekend_happenings(tree: Tree, covered: set[int]) -> list[Entity]:
    """The word "weekend" before what happened then, left by the model: "a weekend press report".

    The report or the talks are of a weekend (the one just past, in a
    sentence about what was done), as "at the weekend" is. Only before a
    noun of weekend_happenings.txt: "weekend trading" or "a weekend break"
    is a kind of thing, and names no weekend.
    """
    found = []
    for i, token in enumerate(tree.tokens):
        if i in covered or i == 0 or tree.tokens[i - 1].text.lower() not in ("a", "an", "the"):
            continue
        if _weekend_before(tree, i) in lexicons.word_set("weekend_happenings.txt"):
            found.append(Entity("DATE", token.start, token.end, i, i + 1))
            covered.add(i)
    return found


def weekend_as_a_kind(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is "weekend" before a kind of thing: "a weekend trip".

    It names no weekend, as "a weekend press report" does (:func:`weekend_happenings`).
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if words[-1:] != ["weekend"] or any(w not in ("a", "an", "the", "weekend") for w in words):
        return False
    head = _weekend_before(tree, last - 1)
    return head is not None and head not in lexicons.word_set("weekend_happenings.txt")


def _weekend_before(tree: Tree, i: int) -> str | None:
    """The lemma of the noun the noun "weekend" at ``i`` qualifies; None if it qualifies none."""
    token = tree.tokens[i]
    if token.text.lower() != "weekend" or token.pos not in ("NOUN", "PROPN") or token.head <= i:
        return None
    head = tree.tokens[token.head]
    if token.dep not in ("compound", "nmod", "amod") or head.pos != "NOUN":
        return None
    return head.lemma.lower()


def _present_of_a_noun(tree: Tree, i: int) -> bool:
    """Whether "today" after a noun tells its present: "Europe today has more need of unity".

    Its verb is in the present ("Britain today is", "children today have");
    "the firm today announced" tells of the day, and is the model's to find.
    """
    token = tree.tokens[i]
    if token.text != "today" or i == 0 or tree.tokens[i - 1].pos not in ("NOUN", "PROPN"):
        return False
    verb = token.head
    if tree.tokens[verb].pos in ("NOUN", "PROPN"):
        verb = tree.tokens[verb].head  # the model hangs it from the noun it follows
    return verb != i and tree.tokens[verb].tag in PRESENT_TAGS


def tells_the_present(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity the model found is a "today" that tells the present, not the day.

    "The phones of today" (the present as what a noun is of) and "children
    today have" (:func:`_present_of_a_noun`) name the present age, which
    TimeML writes PRESENT_REF; "said today" tells of the publication day.
    """
    if last != first + 1 or tree.tokens[first].text != "today":
        return False
    return _present_of_a_noun(tree, first) or (
        first > 0 and tree.tokens[first - 1].text.lower() == "of"
    )


def _names_no_day(tree: Tree, i: int) -> bool:
    """Whether the day word at token ``i`` is in a name, or the present of a noun before it."""
    token = tree.tokens[i]
    if _hyphened(tree, i) or token.pos == "PROPN":
        return True
    if i > 0 and tree.tokens[i - 1].pos in ("NOUN", "PROPN"):
        return True
    after = i + 1
    if after < len(tree) and tree.tokens[after].text.lower() in ("'s", "’s"):
        after += 1  # "Today's programme" is the programme's name; "Today's session" a day
    if after < len(tree) and tree.tokens[after].text.lower() in _NAME_NOUNS:
        return True
    if not token.text[:1].isupper() or i == 0:
        return False
    before = tree.tokens[i - 1]
    opens = before.text in _OPENERS or not before.text.strip()  # a paragraph break is a token
    return not opens and "\n" not in tree.text[before.end : token.start]


def _hyphened(tree: Tree, i: int) -> bool:
    """Whether the token is part of a hyphenated word: "today-style", "day-after-tomorrow"."""
    token = tree.tokens[i]
    text = tree.text
    return text[token.start - 1 : token.start] == "-" or text[token.end : token.end + 1] == "-"


def anaphors(tree: Tree, covered: set[int]) -> list[Entity]:
    """A day or a part of one counted from the day named last, which the model misses.

    "The Nikkei fell on Tuesday after rising in the previous session": the
    phrases of ``anaphoric_times.tsv`` that end in "session" (a day a market
    trades) and count from another day, whose value the day named last
    gives; those that start "the following" ("the following day", which
    the model misses where it takes "the next day"); those that start "the
    same period" or "the same quarter" ("during the same period", the period
    named last); and a part of that day
    ("that evening"), where "that" points at it, not where it joins a clause
    ("said that morning trade was thin"). "The trading session" alone is
    left to the model: it mostly names no day ("at the end of the trading
    session").
    """
    found = []
    for i in range(len(tree)):
        if tree.tokens[i].text.lower() == "that" and tree.tokens[i].dep != "det":
            continue
        for words in _missed_anaphors():
            end = i + len(words)
            if covered & set(range(i, end)) or end > len(tree) or _hyphened(tree, end - 1):
                continue
            if tuple(t.text.lower() for t in tree.tokens[i:end]) == words:
                found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[end - 1].end, i, end))
                covered.update(range(i, end))
                break
    return found


@functools.cache
def _missed_anaphors() -> tuple[tuple[str, ...], ...]:
    """The anaphoric phrases the model misses, as the tokenizer splits them, longest first."""
    phrases = [
        tuple(row["phrase"].split())
        for row in lexicons.table("anaphoric_times.tsv")
        if (
            (row["phrase"].endswith(" session") or row["phrase"].startswith("the following "))
            and row["offset"] != "0"
        )
        or _PART_OF_THAT_DAY.match(row["phrase"])
        or row["phrase"].startswith(_SAME_PERIOD)
    ]
    return tuple(sorted(phrases, key=len, reverse=True))


_PART_OF_THAT_DAY = re.compile(r"^that (?:morning|afternoon|evening|night)$")
# "Jobs grew by 180,000 a month during the same period": the period named last, which
# the model often leaves out, unlike "the same period last year".
_SAME_PERIOD = ("the same period", "the same quarter")


def decades(tree: Tree, covered: set[int]) -> list[Entity]:
    """A decade in figures the model took inside another entity: "the Depression of the 1930s"."""
    found = []
    for i, token in enumerate(tree.tokens):
        if i in covered or not _DECADE.match(token.text):
            continue
        first = i
        if first > 0 and tree.tokens[first - 1].text.lower() in _DECADE_PARTS:
            first -= 1
        if first > 0 and tree.tokens[first - 1].text.lower() == "the":
            first -= 1
        if covered & set(range(first, i)):
            first = i
        found.append(Entity("DATE", tree.tokens[first].start, token.end, first, i + 1))
        covered.update(range(first, i + 1))
    return found


def times_from_now(tree: Tree) -> list[tuple[int, int]]:
    """The tokens of a length counted ahead: "in two weeks' time", "two hours from now".

    They name the date that far ahead. In "in two weeks' time" the model
    takes the length alone ("two weeks'"), or only its unit ("year"), which
    alone is no date; the span leaves "in" out, as TimeML's do. "Two hours
    from now" it cuts in two, a length and "now".
    """
    found = []
    for i in range(3, len(tree)):
        if tree.tokens[i - 2].text.lower() not in unit_words():
            continue
        first = _in_its_time(tree, i) or _from_now(tree, i)
        if first is not None:
            found.append((first, i + 1))
    return found


def _in_its_time(tree: Tree, end: int) -> int | None:
    """The first token of "two weeks' time" ending at token ``end``, after "in"."""
    if tree.tokens[end].text.lower() != "time" or tree.tokens[end - 1].text not in _OWNERS:
        return None
    return _length_after_in(tree, end - 2)


def _from_now(tree: Tree, end: int) -> int | None:
    """The first token of "two hours from now" (or "from today") ending at token ``end``."""
    words = [t.text.lower() for t in tree.tokens[end - 1 : end + 1]]
    if words[0] != "from" or words[1] not in ("now", "today"):
        return None
    return _count_start(tree, end - 2, set())


# The possessive endings a unit takes before "time": "a year's time", "two weeks' time".
_OWNERS = frozenset({"'s", "’s", "'", "’"})


def _length_after_in(tree: Tree, unit: int) -> int | None:
    """The first token of a counted length ending at ``unit`` that follows "in", if one does."""
    for first in range(unit - 1, max(0, unit - 1 - _LONGEST_COUNT), -1):
        if tree.tokens[first - 1].text.lower() != "in":
            continue
        words = tree.text[tree.tokens[first].start : tree.tokens[unit].end]
        return first if duration_of(words) is not None else None
    return None


def split_years(tree: Tree, covered: set[int]) -> list[Entity]:
    """A year written across two ("borrowing in 2004/05"), where the model took no date."""
    return [
        Entity("DATE", token.start, token.end, i, i + 1)
        for i, token in enumerate(tree.tokens)
        if i not in covered and split_year_end(token.text) is not None
    ]


# The most tokens a counted length spans before its unit: "a little more than two and a half".
_LONGEST_COUNT = 8
# Words after a unit that make the count an age or a date: "ten years old", "two days ago".
_NOT_A_LENGTH_AFTER = frozenset({"old", "ago", "earlier", "later", "previously", "'s", "’s"})


def counted_lengths(tree: Tree, covered: set[int]) -> list[Entity]:
    """A count of a unit of time ("two and a half years") where the model took no date.

    The longest run of tokens ending at the unit that reads as a duration
    with its count (durations.py); a unit with no count ("for years") is
    left to the model.
    """
    found = []
    units = unit_words() | _SESSIONS
    for i, token in enumerate(tree.tokens):
        if i in covered or token.text.lower() not in units or _length_goes_on(tree, i):
            continue
        if token.text.lower() in _SESSIONS and not market_sessions(tree, i):
            continue
        first = _count_start(
            tree,
            i,
            covered,
            from_an_event=_before_an_event(tree, i),
            with_the=token.text.lower() in _SESSIONS,
        )
        if first is None or (
            _uncounted(tree, first, i) and idioms.says_no_time(tree, first, i + 1)
        ):
            continue  # "Minutes of the December meeting showed": a record, as the model's are
        found.append(Entity("DATE", tree.tokens[first].start, token.end, first, i + 1))
        covered.update(range(first, i + 1))
    return found


def _uncounted(tree: Tree, first: int, unit: int) -> bool:
    """Whether a length found is its unit alone ("Minutes" opening a paragraph), with no count."""
    return tree.text[tree.tokens[first].start : tree.tokens[unit].end].split() == [
        tree.tokens[unit].text
    ]


# A market's trading days, which the model never takes for a time: "the last two sessions".
_SESSIONS = frozenset({"sessions"})


# Words after sessions that make them a rate or a sitting: "1,200 sessions per week",
# "three sessions of talks".
_NOT_TRADING_AFTER = frozenset({"per", "a", "an", "each", "every", "of"})
_MARKET_WINDOW = 12


def market_sessions(tree: Tree, i: int) -> bool:
    """Whether "sessions" at token ``i`` are a market's days of trading.

    A market word is near (``lexicons/market_words.txt``: "the index has lost 8% in
    the past five sessions"), and nothing after makes them a rate or a sitting.
    """
    after = tree.tokens[i + 1].text.lower() if i + 1 < len(tree) else ""
    if after in _NOT_TRADING_AFTER:
        return False
    near = tree.tokens[max(0, i - _MARKET_WINDOW) : i + _MARKET_WINDOW]
    return any(t.text.lower() in lexicons.word_set("market_words.txt") for t in near)


def _length_goes_on(tree: Tree, i: int) -> bool:
    """Whether the word after a unit makes it an age or a date, or a hyphenated word.

    A hyphen joins only with no space ("ten-year-old"); a dash between spaces
    closes an aside ("the longer term - more than ten years - is").
    """
    after = tree.tokens[i + 1].text.lower() if i + 1 < len(tree) else ""
    end = tree.tokens[i].end
    return (
        after in _NOT_A_LENGTH_AFTER
        or tree.text[end : end + 1] == "-"
        or tree.text[tree.tokens[i].start - 1 : tree.tokens[i].start] == "-"
    )


def _counted(words: str, *, from_an_event: bool = False) -> bool:
    """Whether a length's words start with its count, not "the" nor a lone "a".

    "$5m a year" and "twice a day" are rates, not lengths; "about a year"
    and "a few weeks" are lengths, and so is "a day" before "after" or
    "before" ("a day after the bank collapsed"), which no rate is.
    """
    if _ONE_MORE.match(words.lower()):
        return False  # "another year to remember", the film "Die Another Day": no count, no length
    first, *rest = words.lower().split()
    return first != "the" and (first not in ("a", "an") or len(rest) > 1 or from_an_event)


# One more of a unit, with no count: found only where the model takes it for a time.
_ONE_MORE = re.compile(r"^(?:another|an?\s+(?:further|extra|additional))\s+[a-z]+$")


# Words after a length that count it from an event: "a day after the crash".
_FROM_AN_EVENT = frozenset({"after", "before"})


def _before_an_event(tree: Tree, unit: int) -> bool:
    """Whether the word after a unit counts the length from an event ("a week before the vote")."""
    return unit + 1 < len(tree) and tree.tokens[unit + 1].text.lower() in _FROM_AN_EVENT


def _count_start(
    tree: Tree, unit: int, covered: set[int], *, from_an_event: bool = False, with_the: bool = False
) -> int | None:
    """The first token of the longest counted length ending at ``unit``, if any has a count.

    ``with_the`` lets it open with "the" ("the past three sessions"), for the
    units the model never finds itself.
    """
    best = None
    for first in range(unit - 1, max(-1, unit - 1 - _LONGEST_COUNT), -1):
        if first in covered or "\n" in tree.text[tree.tokens[first].end : tree.tokens[unit].start]:
            break
        words = tree.text[tree.tokens[first].start : tree.tokens[unit].end]
        lone = from_an_event and not after_what_is_counted(tree, first)  # "$5m a year after tax"
        counted = _counted(words, from_an_event=lone) or (with_the and words.startswith("the "))
        if with_the and tree.tokens[first].pos == "ADP":
            continue  # "over the last two sessions": a preposition, not a "more than"
        if counted and duration_of(words) is not None:
            best = first
    return best


def next_years_told_short(
    tree: Tree, published: dt.date | None
) -> dict[tuple[int, int], DateValue]:
    """Each "next" that stands for next year after "this year and" or "or", by its token.

    "Growth will slow this year and next": the year after the publication
    year. Not "this year and next month", whose "next" the model finds with
    its noun.
    """
    found: dict[tuple[int, int], DateValue] = {}
    if published is None:
        return found
    for i in range(3, len(tree)):
        words = [t.text.lower() for t in tree.tokens[i - 3 : i + 1]]
        if words[:2] != ["this", "year"] or words[2] not in ("and", "or") or words[3] != "next":
            continue
        if i + 1 < len(tree) and tree.tokens[i + 1].pos in _NOMINAL:
            continue
        found[(i, i + 1)] = DateValue(
            f"{published.year + 1:04d}", "year", "relative", tree.tokens[i].text
        )
    return found


_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})


def elided_parts(tree: Tree, covered: set[int]) -> list[Entity]:
    """Each "the second" that stands for a quarter or half named before it in its sentence.

    After a preposition and before no noun: "up from 1.5% in the second",
    "after a loss in the third." Its words are resolved as the part they
    stand for (:func:`elided_part`).
    """
    found = []
    for i in range(1, len(tree) - 1):
        if {i, i + 1} & covered or tree.tokens[i - 1].text.lower() not in _ELIDED_AFTER:
            continue
        if tree.tokens[i].text.lower() != "the" or elided_part(tree, i) is None:
            continue
        after = tree.tokens[i + 2] if i + 2 < len(tree) else None
        if after is not None and (after.pos in _NOMINAL or after.text == "-"):
            continue  # "in the second round", "in the second-half figures"
        found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[i + 1].end, i, i + 2))
        covered.update((i, i + 1))
    return found


def elided_part(tree: Tree, the: int) -> str | None:
    """The unit ("quarter", "half") a rank after token ``the`` stands for, if its sentence told one.

    The rank must follow "the" ("the second") and a ranked quarter or half
    must come before it in the sentence ("the third quarter", "third-quarter").
    """
    if the + 1 >= len(tree) or tree.tokens[the + 1].text.lower() not in _PART_RANKS:
        return None
    start, _ = tree.sentence_span(tree.sentence_of[the])
    for j in range(the - 1, start, -1):
        unit = tree.tokens[j].text.lower()
        if unit not in ("quarter", "half"):
            continue
        rank = tree.tokens[j - 2 if tree.tokens[j - 1].text == "-" else j - 1].text.lower()
        if rank in _PART_RANKS and (unit == "quarter" or _PART_RANKS[rank] <= _HALVES):
            return unit
    return None


# A rank of a part of a year, and its number: a half is the first or second.
_PART_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_HALVES = 2
# Prepositions before a period told by its rank alone: "up from 1.5% in the second".
_ELIDED_AFTER = frozenset({"in", "from", "for", "during", "over", "than", "with"})


def lasting_end(tree: Tree, first: int, last: int) -> int | None:
    """The end of a length told as an adjective in "-long", which the model cuts at the hyphen.

    "A decade-long dispute": the model takes "decade", which alone would name
    a decade; "a month-long season" it takes with the noun after it, which is
    no time. ``None`` when no unit of the entity's tokens goes on in "-long".
    """
    for unit in range(first, min(last, len(tree) - 2)):
        if _long_after(tree, unit):
            return unit + 3
    return None


def to_come_end(tree: Tree, last: int) -> int | None:
    """The end of a span of units "to come", which the model cuts before "to come".

    "In the months to come", "for years to come": the model takes "the months"
    or "years", a length; with "to come" after them they name the time ahead
    (``vague_times.tsv``).
    """
    if last + 1 >= len(tree) or last == 0:
        return None
    unit = tree.tokens[last - 1].text.lower()
    following = [t.text.lower() for t in tree.tokens[last : last + 2]]
    if (
        following == ["to", "come"]
        and unit.endswith("s")
        and unit[:-1] in unit_words()
        and time_to_come(tree, last + 2)
    ):
        return last + 2
    return None


def time_to_come(tree: Tree, after: int) -> bool:
    """Whether "to come" before token ``after`` says the time ahead, not what is to come.

    "In the years to come, ..." names a time; "took months to come up with a
    plan" and "years to come back" a verb with its own words after it.
    """
    return after >= len(tree) or tree.tokens[after].pos not in _COME_GOES_ON


# What goes on after "to come" when "come" is a verb of its own: "to come up with", "to come
# back", "to come true", "to come home".
_COME_GOES_ON = frozenset({"ADP", "ADV", "PART", "ADJ", "NOUN", "PROPN", "VERB", "NUM", "DET"})


def lasting_lengths(tree: Tree, covered: set[int]) -> list[Entity]:
    """A length told in "-long" where the model took no date: "an hour-long show"."""
    found = []
    for i in range(len(tree) - 2):
        if covered & {i, i + 1, i + 2} or not _long_after(tree, i):
            continue
        found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[i + 2].end, i, i + 3))
        covered.update(range(i, i + 3))
    return found


def _long_after(tree: Tree, unit: int) -> bool:
    """Whether the token is a unit of time joined by a hyphen to "long": "decade-long"."""
    word, dash, long = tree.tokens[unit : unit + 3]
    return (
        word.text.lower() in unit_words()
        and dash.text == "-"
        and long.text.lower() == "long"
        and word.end == dash.start
        and dash.end == long.start
    )
