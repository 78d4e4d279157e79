"""Scoring the events stage by the rules of ``shared/gold/README.md``.

- An output event that is negated or hypothetical never counts.
- An output event with several actors or recipients also stands for each
  actor-recipient pair; one with several actors and no recipient (a
  reciprocal event: "Iraq and the US held talks") for each pair of actors.
- It matches a gold event when its type is among the gold ``types`` and its
  actor and recipient fit ``source`` and ``target`` (either way round when
  ``undirected``). A key fits an actor when it equals the actor's country or
  occurs in its name, org or code; ``*`` fits any actor, or none.
- Recall counts required gold events matched one to one, where an output
  event with several pairs may match one gold event per pair ("refused
  passports to A and B" matches the gold events for A and for B);
  precision counts output events that match any gold event, optional ones
  included.
- A forbidden event (a trap) matched by an output event is a trap failure,
  unless that output also matches a gold event explicitly (no ``*``);
  ``trap_rate`` is the share of traps that failed, and ``traps_avoided``
  the share that did not (one minus it), which a floor can hold.
- ``type_accuracy``: of the output events whose actor and recipient fit a
  gold event whatever its type, the share whose type is one of that gold
  event's types; ``quad A>B`` counts such pairs by quad class (gold A,
  output B), the confusion table.
- ``precision_at_0.8``: precision of the output events with a confidence of
  0.8 or more; calibrated confidence keeps it at 0.8 or above.
- ``date_accuracy``, ``month_day_accuracy``, ``place_accuracy``: how events
  are linked to when and where. Of the output events that fit a gold event
  giving a ``date`` (``month_day``, ``place``), the share whose own is
  right: the date's value equals the gold's; its month and day (of
  ``2024-11-20`` or ``--11-20``) equal ``month_day``; its place resolves in
  the article's places to a name holding one of the ``|`` alternatives,
  case folded (as a trap's ``place`` is read). ``fatalities_accuracy``
  likewise: the share whose death toll equals the gold's ``fatalities``.
  An event is held to the gold events that name both its sides, where any
  fit, else to those it fits
  through a ``*``; fitting several such gold events, it is right when it is
  right for one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from dateline.evaluation.gold import GoldFile
from dateline.evaluation.scores import Score, ratio
from dateline.records import QUADS, Actor, Article, Event
from dateline.stages.places import known_names

STAGE = "events"
_ANY = "*"
CONFIDENT = 0.8


@dataclass(frozen=True, slots=True)
class _View:
    """One reading of an output event: who acted, on whom."""

    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]


def score(files: Sequence[tuple[GoldFile, list[Article]]], split: str) -> list[Score]:
    """Event precision, recall, F1 and trap failures over gold inputs and their articles."""
    required = matched = output = correct = traps = trap_count = 0
    typed = typed_right = confident = confident_right = 0
    quads = Counter[tuple[str, str]]()
    links = Counter[str]()
    for gold, articles in files:
        for index, entry in enumerate(gold.raw_articles):
            if "events" not in entry:
                continue
            article = articles[index] if index < len(articles) else None
            events = (
                [e for e in article.events if not (e.negated or e.hypothetical)] if article else []
            )
            actors = {a.id: a for a in article.actors} if article else {}
            golds = entry.get("events", [])
            traps_of = entry.get("forbidden_events", [])
            required += sum(not g.get("optional") for g in golds)
            output += len(events)
            matched += _matched_one_to_one(golds, events, actors)
            right = [any(_fits(g, e, actors) for g in golds) for e in events]
            correct += sum(right)
            traps += _trap_failures(golds, traps_of, events, actors, article)
            if article is not None:
                _count_links(golds, events, actors, article, links)
            trap_count += len(traps_of)
            for event, is_right in zip(events, right, strict=True):
                if event.confidence >= CONFIDENT:
                    confident += 1
                    confident_right += is_right
                pair = _pair(golds, event, actors)
                if pair is not None:
                    typed += 1
                    typed_right += event.type in pair.get("types", ())
                    quads[(QUADS.get(pair["types"][0], "?"), QUADS.get(event.type, "?"))] += 1
    precision = ratio(correct, output)
    recall = ratio(matched, required)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [
        Score(STAGE, split, "precision", precision, output),
        Score(STAGE, split, "recall", recall, required),
        Score(STAGE, split, "f1", f1, required),
        Score(STAGE, split, "trap_failures", float(traps), required),
        Score(STAGE, split, "trap_rate", ratio(traps, trap_count), trap_count),
        Score(STAGE, split, "traps_avoided", ratio(trap_count - traps, trap_count), trap_count),
        Score(STAGE, split, "type_accuracy", ratio(typed_right, typed), typed),
        Score(STAGE, split, "precision_at_0.8", ratio(confident_right, confident), confident),
        *(
            Score(
                STAGE,
                split,
                f"{link}_accuracy",
                ratio(links[f"{link} right"], links[link]),
                links[link],
            )
            for link in _LINKS
        ),
        *(
            Score(STAGE, split, f"quad {g}>{o}", ratio(n, typed), n)
            for (g, o), n in sorted(quads.items())
        ),
    ]


def _count_links(
    golds: list[dict[str, Any]],
    events: list[Event],
    actors: dict[str, Actor],
    article: Article,
    links: Counter[str],
) -> None:
    """Count, for each kind of link, the events that fit a gold event giving one, and the right.

    An event is held to the gold events it fits by name on both sides where
    there are any: an Israeli attack on Hezbollah is not judged by the date
    of another Israeli attack the gold keeps open to any target.
    """
    # Every name a place goes by: "Number 10" is Downing Street.
    names = {p.id: "|".join(known_names(p)).casefold() for p in article.places}
    for event in events:
        fitting = [g for g in golds if _fits(g, event, actors)]
        fitting = [g for g in fitting if _explicit(g)] or fitting
        place = names.get(event.place, "") if event.place is not None else ""
        for link, right in _LINKS.items():
            wanted = [str(g[link]) for g in fitting if g.get(link)]
            if wanted:
                links[link] += 1
                links[f"{link} right"] += any(right(w, event, place) for w in wanted)


def _date_right(wanted: str, event: Event, _place: str) -> bool:
    return event.date.value == wanted


def _month_day_right(wanted: str, event: Event, _place: str) -> bool:
    """Whether the event's date falls on a month and day (``11-20``), whatever its year."""
    match = _MONTH_DAY.match(event.date.value or "")
    return match is not None and match.group(1) == wanted


def _fatalities_right(wanted: str, event: Event, _place: str) -> bool:
    return event.fatalities is not None and str(event.fatalities) == wanted


def _place_right(wanted: str, _event: Event, place: str) -> bool:
    """Whether the event's place (its case-folded name) holds one of the ``|`` alternatives."""
    return bool(place) and any(alt.casefold() in place for alt in wanted.split("|"))


_MONTH_DAY = re.compile(r"^(?:\d{4}|-)-(\d\d-\d\d)$")
"""A date with a month and day: ``2024-11-20``, or ``--11-20`` of no known year."""
_LINKS: dict[str, Callable[[str, Event, str], bool]] = {
    "date": _date_right,
    "month_day": _month_day_right,
    "place": _place_right,
    "fatalities": _fatalities_right,
}
"""The gold keys that link an event to when, where and its toll, and how an output's is right."""


def _pair(
    golds: list[dict[str, Any]], event: Event, actors: dict[str, Actor]
) -> dict[str, Any] | None:
    """The gold event an output event is about.

    One it matches, else one naming both its sides explicitly (a "*" side
    would pair it with anything).
    """
    matching = next((g for g in golds if _fits(g, event, actors)), None)
    if matching is not None:
        return matching
    return next((g for g in golds if _explicit(g) and _fits(g, event, actors, any_type=True)), None)


def _matched_one_to_one(
    golds: list[dict[str, Any]], events: list[Event], actors: dict[str, Actor]
) -> int:
    """Required gold events matched, each by its own reading of an output event.

    "refused passports to A and B" may match a gold event for A and one for
    B: an event with several actor-recipient pairs is read once per pair.
    The matching is a largest one (augmenting paths), so the count does not
    depend on the order the stage lists its events in: taking the first
    reading that fits each gold in turn may spend a reading that a later gold
    needed, when another would have served the first.
    """
    readings = [(event, views) for event in events for views in _readings(event, actors)]
    fitting = [
        [n for n, (event, views) in enumerate(readings) if _fits(gold, event, actors, views=views)]
        for gold in golds
        if not gold.get("optional")
    ]
    holder: dict[int, int] = {}  # reading -> the gold it is matched to

    def assign(gold: int, seen: set[int]) -> bool:
        for reading in fitting[gold]:
            if reading in seen:
                continue
            seen.add(reading)
            if reading not in holder or assign(holder[reading], seen):
                holder[reading] = gold
                return True
        return False

    return sum(assign(gold, set()) for gold in range(len(fitting)))


def _readings(event: Event, actors: dict[str, Actor]) -> list[tuple[_View, ...]]:
    """The views of an event that may each match one gold event."""
    views = tuple(_views(event, actors))
    pairs = views[1:]
    return [(pair,) for pair in pairs] if len(pairs) > 1 else [views]


def _trap_failures(
    golds: list[dict[str, Any]],
    traps: list[dict[str, Any]],
    events: list[Event],
    actors: dict[str, Actor],
    article: Article | None,
) -> int:
    failures = 0
    for trap in traps:
        for event in events:
            explicit = any(_explicit(g) and _fits(g, event, actors) for g in golds)
            if not explicit and _fits(trap, event, actors) and _within(trap, event, article):
                failures += 1
                break
    return failures


def _explicit(gold: dict[str, Any]) -> bool:
    return _ANY not in str(gold.get("source", "")).split("|") and _ANY not in str(
        gold.get("target", "")
    ).split("|")


def _within(trap: dict[str, Any], event: Event, article: Article | None) -> bool:
    """Whether an event falls under a trap's sentence, date and place restrictions."""
    if article is None:
        return False
    words = trap.get("span_contains")
    if words and " ".join(words.split()) not in " ".join(
        article.text[event.span[0] : event.span[1]].split()
    ):
        return False
    date = trap.get("date")
    if date and event.date.value != date:
        return False
    place = trap.get("place")
    if place:
        names = {p.id: "|".join(known_names(p)).casefold() for p in article.places}
        if event.place is None or not any(
            alt.casefold() in names.get(event.place, "") for alt in place.split("|")
        ):
            return False
    return True


def _fits(
    gold: dict[str, Any],
    event: Event,
    actors: dict[str, Actor],
    *,
    any_type: bool = False,
    views: tuple[_View, ...] | None = None,
) -> bool:
    if not any_type and event.type not in gold.get("types", ()):
        return False
    source, target = str(gold.get("source", _ANY)), str(gold.get("target", _ANY))
    for view in views if views is not None else _views(event, actors):
        if _key_fits(source, view.actors) and _key_fits(target, view.recipients):
            return True
        if (
            gold.get("undirected")
            and _key_fits(source, view.recipients)
            and _key_fits(target, view.actors)
        ):
            return True
    return False


def _views(event: Event, actors: dict[str, Actor]) -> Iterator[_View]:
    doers = tuple(actors[i] for i in event.actor if i in actors)
    done_to = tuple(actors[i] for i in event.recipient if i in actors)
    yield _View(doers, done_to)
    for doer in doers:
        for recipient in done_to:
            yield _View((doer,), (recipient,))
    if len(doers) > 1 and not done_to:
        for first, second in combinations(doers, 2):
            yield _View((first,), (second,))


def _key_fits(key: str, actors: tuple[Actor, ...]) -> bool:
    alternatives = [alt.strip() for alt in key.split("|")]
    if _ANY in alternatives:
        return True
    return any(_actor_fits(alt, actor) for alt in alternatives for actor in actors)


def _actor_fits(key: str, actor: Actor) -> bool:
    if len(key) == 3 and key.isupper():
        return actor.country == key
    fragment = key.casefold()
    return any(
        fragment in (value or "").casefold() for value in (actor.name, actor.org, actor.code)
    )
