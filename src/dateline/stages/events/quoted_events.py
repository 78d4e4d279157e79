"""Quoted events: the events that quotes and rejected claims tell.

Added beside the cue events where none already says the same, with the
speakers named beside the quote's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain

from dateline.records import Analysis, Event, EventType, Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.beliefs import BELIEF_QUOTE, belief_quotes
from dateline.stages.events.closed_matters import closed_matters
from dateline.stages.events.confidence import confidence_of
from dateline.stages.events.critics import critics_charges
from dateline.stages.events.denied_claims import denied_claims
from dateline.stages.events.joint_appearances import joint_appearances
from dateline.stages.events.likewise import likewise_doers
from dateline.stages.events.modality import still_to_be_said
from dateline.stages.events.needed_acts import needed_acts
from dateline.stages.events.outrage import glad_backing, outraged_charges
from dateline.stages.events.persisting import defied_pressures
from dateline.stages.events.refusals import refusals
from dateline.stages.events.setting import setting_of
from dateline.stages.events.sides import quote_id, sentence_chars
from dateline.stages.events.sole_conditions import sole_conditions
from dateline.stages.events.statement_records import cue_token_of
from dateline.stages.events.statements import statement_events
from dateline.stages.events.time_to_act import time_to_act
from dateline.stages.events.told_shapes import ToldShape
from dateline.stages.events.tributes import fond_remembrances
from dateline.stages.events.wishes import good_wishes


def _found_events(
    analysis: Analysis,
    tree: Tree,
    kind: EventType,
    found: Iterable[ToldShape],
    told: int,
) -> list[Event]:
    """Events of one type that a shape of the sentence tells, told by the noun at its heart.

    The charges that rejections tell were made (:mod:`.denied_claims`), the
    rejections of pressure defied (:mod:`.persisting`), the meetings of
    people who join others (:mod:`.joint_appearances`).
    """
    events: list[Event] = []
    for claim in found:
        first, last = tree.sentence_span(tree.sentence_of[claim.noun])
        span = sentence_chars(tree, first, last)
        date, place, setting = setting_of(analysis, tree, claim.noun, span, claim.actors)
        steps = [*claim.steps, *setting]
        events.append(
            Event(
                id=f"E{told + len(events) + 1}",
                type=kind,
                trigger=tree.tokens[claim.noun].text,
                span=span,
                actor=claim.actors,
                recipient=claim.recipients,
                date=date,
                place=place,
                confidence=confidence_of(claim.actors, claim.recipients, steps),
                quote=quote_id(analysis, tree.tokens[claim.noun].start),
                explanation=tuple(steps),
            )
        )
    return events


def with_statements(
    analysis: Analysis,
    tree: Tree,
    index: ActorIndex,
    verbal: Mapping[int, str],
    events: list[Event],
) -> list[Event]:
    """The cue events, with those that quotes and other shapes of sentence tell."""
    statements = _statement_events(analysis, tree, index, events)
    shapes: tuple[tuple[EventType, Iterable[ToldShape]], ...] = (
        ("ACCUSE", denied_claims(tree, index, verbal)),
        ("REJECT", _not_yet_told(tree, "REJECT", defied_pressures(tree, index), events)),
        ("CONSULT", _not_yet_told(tree, "CONSULT", joint_appearances(tree, index), events)),
    )
    told = len(events)
    return [
        *(e for e in events if not _said_better(e, statements)),
        *statements,
        *(e for kind, found in shapes for e in _found_events(analysis, tree, kind, found, told)),
    ]


def _not_yet_told(
    tree: Tree, kind: EventType, found: Iterable[ToldShape], events: list[Event]
) -> list[ToldShape]:
    """The shapes found whose event no cue event of their sentence already tells."""
    kept = []
    for shape in found:
        span = sentence_chars(tree, *tree.sentence_span(tree.sentence_of[shape.noun]))
        if not any(
            e.type == kind and e.actor == shape.actors and e.recipient == shape.recipients
            for e in events
            if e.span == span
        ):
            kept.append(shape)
    return kept


def _said_better(event: Event, statements: list[Event]) -> bool:
    """Whether a statement in the event's sentence tells it with the one it is aimed at.

    "protested what it called a dangerous attack by Chinese ships": the
    naming verb accuses no one it names; the judgement it quotes accuses
    the ships, and is the one charge.
    """
    return not event.recipient and any(
        s.type == event.type and s.actor == event.actor and s.recipient and s.span == event.span
        for s in statements
    )


def _statement_events(
    analysis: Analysis, tree: Tree, index: ActorIndex, found: list[Event]
) -> list[Event]:
    """Events that quotes carry, where no cue event already says the same."""
    events: list[Event] = []
    quotes = analysis.article.quotes
    # A view an actor holds is read for what it says as a quote of theirs would be.
    views = (*quotes, *belief_quotes(tree, index, quotes))
    for statement in chain(
        statement_events(tree, index, views),
        critics_charges(tree, index, quotes),
        outraged_charges(tree, index, quotes),
        glad_backing(tree, index, quotes),
        good_wishes(tree, index, quotes),
        fond_remembrances(tree, index, quotes),
        refusals(tree, index, quotes),
        closed_matters(tree, index, quotes),
        time_to_act(tree, index, quotes),
        sole_conditions(tree, index, quotes),
        needed_acts(tree, index, quotes),
    ):
        first, last = tree.sentence_span(tree.sentence_of[statement.cue_token])
        span = sentence_chars(tree, first, last)
        actor = _speakers(tree, index, statement.speaker, statement.cue_token)
        if any(
            e.type == statement.type
            and e.actor == actor
            # "praised their decisive majority": the praise of them says it all.
            and e.recipient == (statement.recipients or e.recipient)
            for e in [*found, *events]
            if e.span == span or e.quote == statement.quote.id
        ):
            continue
        date, place, setting = setting_of(analysis, tree, statement.cue_token, span, actor)
        to_come = _said_later(tree, statement.quote)
        events.append(
            Event(
                id=f"E{len(found) + len(events) + 1}",
                type=statement.type,
                trigger=statement.trigger,
                span=span,
                actor=actor,
                recipient=statement.recipients,
                date=date,
                place=place,
                hypothetical=to_come,
                confidence=0.5,
                quote=_recorded(statement.quote),
                explanation=(
                    *statement.steps,
                    *setting,
                    *[_SAID_LATER] * to_come,
                ),
            )
        )
    return events


def _recorded(quote: Quote) -> str | None:
    """The id of a quote the article records; a view read as a quote is none."""
    return None if quote.id.startswith(BELIEF_QUOTE) else quote.id


_SAID_LATER = "hypothetical: the quote is still to be said ('will say', 'is expected to tell')"


def _said_later(tree: Tree, quote: Quote) -> bool:
    """Whether a quote is told as still to be said: "he will say", "she is expected to tell".

    A speech previewed is not yet given, so what it does to others has not
    happened either. The verb that says it is the quote's cue word nearest
    the quote, outside it.
    """
    cue = cue_token_of(tree, quote)
    return cue is not None and still_to_be_said(tree, cue)


def _speakers(tree: Tree, index: ActorIndex, speaker: str, cue_token: int) -> tuple[str, ...]:
    """The quote's speaker and those named beside it as the subject of the verb that says it.

    "The Tories and the Lib Dems said the pledges were worthless": the quote
    stage gives one speaker, but each party said it; so did those of an "as
    did" clause ("he was delighted for the couple, as did Mr Howard").
    """
    named: tuple[str, ...] = ()
    for child, verb in tree.ancestors(cue_token, 6):
        subject = next(
            (c for c in tree.children[verb] if c != child and tree.tokens[c].dep == "nsubj"),
            None,
        )
        if subject is not None and index.by_token.get(subject) == speaker:
            named = index.actors_at(tree, subject)
            break
    others = (*named, *likewise_doers(tree, index, cue_token))
    return (speaker, *dict.fromkeys(a for a in others if a != speaker))
