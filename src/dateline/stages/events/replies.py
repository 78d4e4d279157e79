"""Whom a rebuttal naming no one answers: the last side told charging the one replying.

"The Tories accused the minister of losing control ... The minister
retorted that ...", "Labour hit back, saying ...": the reply verb takes no
object, yet coders code it against the one answered, as a REJECT when it
denies and an ACCUSE when it charges back (the cue's own type). The charge
answered is the last real one told before the reply against the replier,
or against those the replier speaks for (a minister for the government),
as :mod:`.reactions` finds the charge a named rejection answers; or the
last quote told before it by one of another side that names the replier
("Mr Howard said: 'the prime minister doesn't like the truth' ... Mr Blair
retorted ..."), whatever event its words give. With no such charge a
denial stands aimed at no one, and a charge back at no one is dropped:
"the rebels hit back with rockets" rebuts no one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from dateline import lexicons
from dateline.records import Article, Event
from dateline.stages._tree import Tree
from dateline.stages.events.reactions import (
    Coding,
    charged_from_abroad,
    speaks_for_the_charged,
)
from dateline.stages.events.steps import INFERRED

STEP = f"{INFERRED}recipient: the maker of the last charge against the replier, told before it"
_OBJECTS = frozenset({"dobj", "obj"})


class _Charge(NamedTuple):
    """A charge or claim told in the article: where it starts, who made it, whom it names."""

    start: int
    actor: tuple[str, ...]
    recipient: tuple[str, ...]


def replies_aimed(
    tree: Tree, events: list[Event], article: Article, coding: Coding
) -> Iterator[Event]:
    """The events, with each rebuttal naming no one aimed at the last charge against its doer."""
    charges = [
        _Charge(e.span[0], e.actor, e.recipient)
        for e in events
        if e.type == "ACCUSE" and e.actor and not (e.negated or e.hypothetical)
    ]
    mentions = {actor.id: actor.mentions for actor in article.actors}
    for event in events:
        if not _a_bare_rebuttal(tree, event):
            yield event
            continue
        claims = _claims_naming(event.actor, article, mentions, coding)
        charge = _last_charge_against(event, charges + claims, coding)
        if charge is not None:
            yield dataclasses.replace(
                event,
                recipient=charge.actor,
                confidence=min(event.confidence, 0.6),
                explanation=(*event.explanation, STEP),
            )
        elif event.type != "ACCUSE":
            yield event


def _claims_naming(
    side: tuple[str, ...],
    article: Article,
    mentions: Mapping[str, tuple[tuple[int, int], ...]],
    coding: Coding,
) -> list[_Charge]:
    """The quotes of those of another country or sector than a side's that name one of it.

    What an opponent is quoted saying of the replier is the claim a reply
    answers, though it gives no event of its own.
    """
    ours = _kinds(side, coding)
    return [
        _Charge(quote.span[0], (quote.speaker,), side)
        for quote in article.quotes
        if quote.speaker is not None
        and quote.speaker not in side
        and not _kinds((quote.speaker,), coding) & ours
        and any(
            quote.span[0] <= start < quote.span[1]
            for actor in side
            for start, _ in mentions.get(actor, ())
        )
    ]


def _kinds(actors: tuple[str, ...], coding: Coding) -> set[tuple[str | None, str | None]]:
    """The country and sector of each actor."""
    return {(coding.countries.get(a), coding.sectors.get(a)) for a in actors}


def _last_charge_against(event: Event, charges: list[_Charge], coding: Coding) -> _Charge | None:
    """The last charge told before a reply against its doer or those it speaks for."""
    against = [
        charge
        for charge in charges
        if charge.start < event.span[0]
        and not set(charge.actor) & set(event.actor)
        and (
            set(charge.recipient) & set(event.actor)
            or charged_from_abroad(charge, event.actor, coding.countries)
            or speaks_for_the_charged(charge, event.actor, coding)
        )
    ]
    return max(against, key=lambda charge: charge.start) if against else None


def _a_bare_rebuttal(tree: Tree, event: Event) -> bool:
    """Whether an event is a reply verb's, with a doer, no one named and no object."""
    if event.recipient or not event.actor or event.negated or event.hypothetical:
        return False
    verb = _trigger_verb(tree, event)
    if verb is None:
        return False
    words = event.trigger.lower().split()
    cue = " ".join((tree.tokens[verb].lemma.lower(), *words[1:]))
    return cue in lexicons.word_set("reply_verbs.txt") and not any(
        tree.tokens[c].dep in _OBJECTS for c in tree.children[verb]
    )


def _trigger_verb(tree: Tree, event: Event) -> int | None:
    """The token of an event's trigger verb: the first in its span spelled as the trigger."""
    first, last = tree.token_at(event.span[0]), tree.token_at(event.span[1] - 1)
    if first is None or last is None:
        return None
    word = event.trigger.split()[0]
    return next(
        (i for i in range(first, last + 1) if tree.tokens[i].text == word),
        None,
    )
