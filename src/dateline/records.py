"""The record model: frozen, typed dataclasses passed between the stages.

Offsets are character offsets into an article's cleaned ``text``, end
exclusive, unless a field says otherwise (``Source`` points into the decoded
input file). Lists are tuples so that records stay hashable and immutable.
An unknown value is ``None``; nothing is invented to fill a field.

Conversion to and from JSON lives in :mod:`dateline.codec`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
"""A ``(start, end)`` pair of character offsets, end exclusive."""

DatePrecision = Literal[
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
    "vague",
    "none",
]
DateBasis = Literal["given", "metadata", "caption", "text", "relative", "inferred", "none"]
ActorKind = Literal["person", "organization", "country", "group", "other"]
QuoteKind = Literal["direct", "indirect", "partial"]
PlaceKind = Literal["country", "admin", "city", "region", "site"]
SECTORS = (
    "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB",
    "IGO", "NGO", "MED", "BUS", "CVL", "REL", "LAB", "EDU", "HLH",
)  # fmt: skip
"""The actor sectors of DESIGN.md: GOV is the executive, COP the police, REB armed groups."""

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]


QUADS: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
"""PLOVER's four quad classes, by event type (DESIGN.md, "Event types (PLOVER)")."""


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as precise as the evidence allows.

    ``value`` is ISO 8601 (``2024-02-16``, ``2024-W07``, ``2024-02``,
    ``2024``), a quarter, season, half year, decade or fiscal year as
    TimeML writes it (``2024-Q1``, ``2024-SU``, ``2024-H1``, ``202``,
    ``FY2024``), ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF`` for "now",
    "recently" or "the future" (precision ``vague``), or ``--11-20``
    when the year is unknown; ``None`` when there is no date, in
    which case ``precision`` and ``basis`` are ``"none"``.
    """

    value: str | None = None
    precision: DatePrecision = "none"
    basis: DateBasis = "none"
    text: str | None = None


UNKNOWN_DATE = DateValue()


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from: a path (or URL) and a span of the decoded input.

    ``raw_start``/``raw_end`` are character offsets into the input as decoded
    (line ends kept as they were). ``external_id`` is the input's own name for
    the article when it has one: a JSONL ``id``, a feed item's ``guid`` or link.
    """

    path: str
    raw_start: int
    raw_end: int
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption, kept once, with its parenthesised credit split off."""

    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone or something that acts or is acted upon, with every mention of it."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    org: str | None = None
    code: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement and who made it."""

    id: str
    text: str
    span: Span
    kind: QuoteKind
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the text, resolved as far as the gazetteer allows."""

    id: str
    name: str
    kind: PlaceKind | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression in the text, the date it stands for and how long it lasts.

    ``duration`` is the ISO 8601 duration of an expression that names a
    length of time ("three months" is ``P3M``, "several weeks" ``PXW``), as
    TimeML's TIMEX3 DURATION writes it; ``None`` for one that names none.
    A duration is no date: ``value`` holds only what the words date, if
    anything ("two years" alone dates nothing).
    """

    span: Span
    text: str
    value: DateValue = UNKNOWN_DATE
    duration: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one PLOVER event with its evidence."""

    id: str
    type: EventType
    trigger: str
    span: Span
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    mode: str | None = None
    date: DateValue = UNKNOWN_DATE
    place: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.0
    quote: str | None = None
    explanation: tuple[str, ...] = ()
    """The cue and the rule path that produced the event, one step per line."""
    evidence: tuple[Span, ...] = ()
    """Every span of the article that reports this happening, ``span`` first."""


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: the cleaned text and everything extracted from it."""

    id: str
    source: Source
    text: str
    title: str | None = None
    published: DateValue = UNKNOWN_DATE
    captions: tuple[Caption, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeMention, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why an input or an article was not turned into output.

    ``stage`` names the step that refused it (``"read"``, ``"language"``, ...),
    ``code`` is a stable machine-readable reason and ``message`` says it in
    words, naming the file.
    """

    stage: str
    code: str
    message: str
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """Something doubtful about an input that was still read (an encoding guessed, ...).

    Unlike a Rejection, the input's articles follow it.
    """

    code: str
    message: str
    path: str | None = None


Outcome = Article | Rejection | Notice
"""What reading and analysing inputs yields, in input order."""


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the parse, as plain data (no spaCy objects)."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span proposed by the NLP model, in token and character offsets."""

    label: str
    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Parse:
    """The NLP model's reading of an article text: tokens, sentences, entities.

    Sentences are ``(first token, end token)`` pairs, end exclusive, as are
    an entity's ``token_start``/``token_end``; ``Token.head`` is a token index.
    """

    model: str
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the stages pass along: the article so far and its parse.

    ``stages`` lists the stages that have run, in order.
    """

    article: Article
    parse: Parse
    stages: tuple[str, ...] = field(default=())


RECORD_TYPES = (
    Actor,
    Analysis,
    Article,
    Caption,
    DateValue,
    Entity,
    Event,
    Notice,
    Parse,
    Place,
    Quote,
    Rejection,
    Source,
    TimeMention,
    Token,
)
"""Every record type, for the codec's tests and for documentation."""
