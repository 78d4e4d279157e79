"""Whom a demand or a charge that names no one is addressed to: the home government.

"The Liberal Democrats called for an inquiry", "Amnesty said the ruling was
a travesty": in news of a country's politics, a demand or a charge its own
parties, campaigners, courts and firms make, with no one named, is made of
that country's government, as event coders read it (ICEWS and PLOVER code
such a call as one on the government). The recipient is inferred, and the
explanation says so; it is filled only where the article names the
government (the country as a state, "the government", "ministers") and
where every doer is of that country and outside it: a minister's call, a
foreign leader's or the UN's, a newspaper's, names no addressee this way.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Iterator

from dateline.records import Actor, Event
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events.steps import INFERRED

_ADDRESSED = frozenset({"REQUEST", "ACCUSE"})
_GOVERNMENT = "GOV"
_PARTY = "PTY"
_OUTSIDERS = frozenset({_GOVERNMENT, "IGO", "MED"})
"""Sectors whose demands and charges are not made of the home government:
the government's own, international bodies' and the press's."""
_FEWEST_MENTIONS = 2
"""How often a country's government must be named for the story to be of its
politics. A business story names a state once in passing ("a third of
Australia's airline market", "corporate America"); a firm's complaint in it
is of a rival or a regulator, not of that state."""
STEP = f"{INFERRED}recipient: the home government, of whom a demand or charge naming no one is made"
ADDRESSEE_UNREAD = "no recipient: the words name whom it is addressed to, as no actor"
"""The step that tells an event whose addressee is named but unknown ("urged
politicians to act"): no home government stands in for that one."""


def addressed_to_government(events: Iterable[Event], actors: tuple[Actor, ...]) -> Iterator[Event]:
    """The events, with the home government as recipient where a demand or charge names none."""
    government = home_government(actors)
    governing = _governing_parties(actors)
    by_id = {actor.id: actor for actor in actors if actor.id not in governing}
    for event in events:
        if government is None or not _addressed(event, by_id, government):
            yield event
            continue
        yield dataclasses.replace(
            event,
            recipient=(government.id,),
            confidence=min(event.confidence, 0.6),
            explanation=(*event.explanation, STEP),
        )


def home_government(actors: tuple[Actor, ...]) -> Actor | None:
    """The actor that stands for the government of the country the article is about.

    That country is the one whose government bodies and office holders are
    named most often (none when two tie, or when it is named only once).
    Its government is the country as a state ("the UK", coded GOV), else
    "the government" or "ministers"; an agency or an office holder is no
    stand-in.
    """
    mentioned = Counter[str]()
    for actor in actors:
        if actor.sector == _GOVERNMENT and actor.country:
            mentioned[actor.country] += len(actor.mentions)
    ranked = mentioned.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    if ranked[0][1] < _FEWEST_MENTIONS:
        return None
    country = ranked[0][0]
    ours = [a for a in actors if a.country == country and a.sector == _GOVERNMENT]
    states = [a for a in ours if a.kind == "country"]
    lexicon = load_actor_lexicon()
    bodies = [a for a in ours if a.kind != "person" and lexicon.is_government(_words(a.name))]
    found = states or bodies
    return max(found, key=lambda a: len(a.mentions)) if found else None


def _governing_parties(actors: tuple[Actor, ...]) -> set[str]:
    """The ids of the parties the story says govern: Labour, where it names "the Labour government".

    A governing party's charge or demand is not made of its own government.
    """
    governing = {
        words[-2]
        for actor in actors
        if actor.sector == _GOVERNMENT and actor.title
        for words in [_words(actor.title)]
        if len(words) >= 2 and words[-1] in ("government", "administration")
    }
    return {
        actor.id
        for actor in actors
        if actor.sector == _PARTY and governing.intersection(_words(actor.name))
    }


def _addressed(event: Event, actors: dict[str, Actor], government: Actor) -> bool:
    """Whether an event is a demand or charge of the home country's own, naming no one."""
    if event.type not in _ADDRESSED or event.recipient or not event.actor:
        return False
    if ADDRESSEE_UNREAD in event.explanation:
        return False
    doers = [actors[i] for i in event.actor if i in actors]
    # A group from abroad with no country ("foreign investors criticised a
    # lack of openness") complains of the government of the country it is in.
    return bool(doers) and all(
        (d.country == government.country or (d.country is None and d.kind == "group"))
        and d.sector not in _OUTSIDERS
        for d in doers
    )


def _words(name: str) -> tuple[str, ...]:
    words = name.lower().split()
    return tuple(words[1:] if words[:1] == ["the"] else words)
