"""What the model tags DATE or TIME that names no time: records, ages, halves of a game."""

from __future__ import annotations

import re

from dateline.stages._tree import Tree
from dateline.stages.times.vocabulary import (
    FRACTION_COUNTS,
    FRACTIONS,
    HOURS,
    HOW_OFTEN,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    YEAR,
)

# "the BBC's Today programme" is a programme, not a day.
_NOT_DAYS = frozenset({"programme", "program", "show", "newspaper"})


def names_no_day(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is a name that looks like a day: "the Today programme"."""
    return (
        last < len(tree)
        and tree.tokens[last].text.lower() in _NOT_DAYS
        and tree.tokens[first].text[:1].isupper()
        and first > 0
    )


def a_record(tree: Tree, first: int, last: int) -> bool:
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
            and tokens[1].text.lower().rstrip("s") in (*UNITS, "quarter")
        )
    return (
        len(tokens) == 2
        and tokens[0].tag == "JJS"
        and tokens[0].text.lower() not in ("latest", "earliest")  # "the latest quarter" is one
        and tokens[1].text.lower().rstrip("s") in (*UNITS, "quarter", "session")
    )


def a_fall(tree: Tree, first: int, last: int) -> bool:
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
    # A bare "fall" after a modal or "to" is the verb the model can take for the season:
    # "warned that profits may fall", "are expected to fall".
    if words == ["fall"] and first > 0 and tree.tokens[first - 1].pos in ("AUX", "PART"):
        return True
    if last >= len(tree):
        return False
    after = tree.tokens[last]
    year = last + 1 < len(tree) and YEAR.match(tree.tokens[last + 1].text)
    return after.pos == "ADP" and not (after.text.lower() == "of" and year)


def after_every(tree: Tree, first: int, last: int) -> bool:
    """Whether a weekday or month follows "every" or "each": "meets every Monday" is a set.

    TimeML marks "every Monday" a SET, which names no one date.
    """
    words = [t.text for t in tree.tokens[first:last]]
    return (
        first > 0
        and tree.tokens[first - 1].text.lower() in ("every", "each")
        and words[0] in (WEEKDAY_NAMES | MONTH_NAMES)
    )


def how_often_of_a_thing(tree: Tree, first: int, last: int) -> bool:
    """Whether the entity is a word of how often that describes a noun: "annual sales".

    It names no date and no length ("annual growth", "its annual meeting",
    "monthly figures"), and MEANTIME mostly leaves such words unmarked, nor
    do "last" or "next" before them ("its last annual profit"); how often
    something is done, "the firm reviews its prices annually", stays.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    return (
        words[-1] in HOW_OFTEN
        and all(w in _WHICH_OF_A_RUN for w in words[:-1])
        and last < len(tree)
        and tree.tokens[last].pos in ("NOUN", "PROPN", "ADJ")
    )


# The words that pick one of a run of things done so often: "its last annual profit", "the
# next annual meeting"; with the word of how often, they name no date.
_WHICH_OF_A_RUN = frozenset({"last", "next", "first", "latest", "previous"})


# An age names no date: "the 101-year-old carmaker", "a 15-year-old worker", nor
# does a group of an age, "free lessons for 16-year-olds" (TimeML's guidelines as
# our BBC gold applies them leave ages unmarked). Nor does an age told with no count, of
# which the model may take the unit alone: "a century-old bank", "an eleven year-old girl".
AGE = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w.-]+[\s-])?(?:year|month|week|day|decade|centur(?:y|ie))s?"
    r"[\s-]olds?$",
    re.IGNORECASE,
)


def no_year(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is a number of four figures that no year or clock time can be.

    The model takes handset models, phone codes and nicknames for years:
    "a Nokia 3220 handset", "numbers such as 0870", "known as Mr 2940".
    """
    word = tree.tokens[first].text
    return (
        last == first + 1
        and _FOUR_FIGURES.match(word) is not None
        and not _PLAUSIBLE_YEAR.match(word)
        and not HOURS.match(word)
    )


_FOUR_FIGURES = re.compile(r"^\d{4}$")
_PLAUSIBLE_YEAR = re.compile(r"^(?:1\d\d\d|20\d\d)$")


def compared_on(tree: Tree, first: int, last: int) -> bool:
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


def won_the_day(tree: Tree, first: int, last: int) -> bool:
    """Whether "the day" is the object of an idiom: "loan profits saved the day"."""
    words = [t.text.lower() for t in tree.tokens[first:last]]
    return (
        words == ["the", "day"]
        and first > 0
        and tree.tokens[first - 1].lemma.lower() in ("save", "carry", "win", "seize")
    )


def in_a_row(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity counts periods in a row: "fell for the fourth week in a row".

    An ordinal and a unit of time, then "in a row", "running" or "in
    succession", or with "straight" or "consecutive" between them ("the tenth
    straight month"), say how long a run has lasted, not when; TimeML marks
    no date.
    """
    if tree.tokens[first].pos in ("DET", "PRON"):
        first += 1
    words = [t.text.lower() for t in tree.tokens[first:last]]
    after = " ".join(t.text.lower() for t in tree.tokens[last : last + 3])
    if len(words) == 3 and words[1] in IN_A_ROW:
        words = [words[0], words[2]]  # "the tenth straight month": a run as well
    elif words[-3:] == ["in", "a", "row"] or words[-1:] == ["running"]:
        words = words[: -3 if words[-1] == "row" else -1]
    elif not after.startswith(("in a row", "running", "in succession")):
        return False
    return (
        len(words) == 2
        and ORDINAL.match(words[0]) is not None
        and words[1].rstrip("s") in (*UNITS, "quarter", "session")
    )


def an_ordinal_of_a_thing(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is an ordinal of the thing named after it: "the 12th monthly decline".

    The model takes "the 12th" for a day of the month; an ordinal that
    qualifies a noun after it counts that thing ("the 20th consecutive
    fall"), and dates nothing. "On the 12th" and "the 12th of May" stay days.
    """
    if tree.tokens[first].pos in ("DET", "PRON"):
        first += 1
    if last != first + 1 or ORDINAL.match(tree.tokens[first].text.lower()) is None:
        return False
    token = tree.tokens[first]
    return (
        token.dep in ("amod", "nummod")
        and token.head >= last
        and tree.tokens[token.head].pos in ("NOUN", "PROPN")
    )


IN_A_ROW = frozenset({"straight", "consecutive", "successive"})
# An ordinal in figures or words, to the nineties: "21st", "ninth", "nineteenth", "fortieth".
ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)$"
)


def a_fraction(tree: Tree, first: int, last: int) -> bool:
    """Whether an entity is the share of a change, no length: "fell by three quarters".

    The model tags "three quarters" as a date; after "by", or before "of"
    and a determiner ("three quarters of its value"), it is a fraction.
    "After two quarters of growth" is a length, and stays.
    """
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if words[-1] not in FRACTIONS or any(w not in FRACTION_COUNTS for w in words[:-1]):
        return False
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    of_a_whole = (
        last + 1 < len(tree)
        and tree.tokens[last].text.lower() == "of"
        and tree.tokens[last + 1].pos in ("DET", "PRON")
    )
    return before == "by" or of_a_whole


def half_of_a_game(tree: Tree, first: int, last: int) -> bool:
    """Whether "the second half" is a half of a match, not of a year: "scored in the second half".

    A half with no year in a sentence that speaks of a game (goals, a
    match, a whistle) is a part of the game; TimeML marks no date there. So
    is a half of a market's session (:func:`_half_of_trading`).
    """
    words = {t.text.lower() for t in tree.tokens[first:last]}
    if "half" not in words or any(YEAR.match(w) or w == "year" for w in words):
        return False
    if _half_of_trading(tree, last):
        return True
    start, end = tree.sentence_span(tree.sentence_of[first])
    return any(t.lemma.lower() in _GAME_WORDS for t in tree.tokens[start:end])


def _half_of_trading(tree: Tree, last: int) -> bool:
    """Whether a half is told as one of a market's session: "fell in the second half of trading".

    A half "of the session" or "of trading" is a part of a day's dealings,
    no half year.
    """
    after = [t.text.lower() for t in tree.tokens[last : last + 3]]
    if len(after) < 2 or after[0] != "of":
        return False
    owner = after[2] if after[1] in ("the", "a", "its", "that") and len(after) > 2 else after[1]
    return owner in _SESSION_WORDS


# What a half of a day's dealings is told of: "the second half of the session".
_SESSION_WORDS = frozenset({"session", "trading", "dealings"})


# Words of a game: a sentence with one speaks of a match's halves, not a year's.
_GAME_WORDS = frozenset(
    {"match", "game", "goal", "score", "half-time", "whistle", "penalty", "striker",
     "kick", "innings", "referee", "equaliser", "equalizer", "header"}
)  # fmt: skip


def event_relative(tree: Tree, first: int, last: int) -> bool:
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
    if len(words) != 2 or words[0] not in _ORDINALS or words[1].rstrip("s") not in UNITS:
        return False
    return before in ("'s", "’s", *_POSSESSIVES) or after in ("as", "of", "in")


_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our"})


# What names a day by an event: "the day after polling", "the day of the vote", "the day
# when", "the night before the final".
_EVENT_LINKS = frozenset({"of", "after", "before", "when"})
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "final", "opening", "closing"}
)
UNITS = frozenset({"day", "week", "month", "year", "night"})
SPAN_UNITS = UNITS | {"hour", "minute", "decade"}
_SEASON_PREPOSITIONS = frozenset(
    {"in", "during", "by", "until", "till", "through", "since", "over"}
)
