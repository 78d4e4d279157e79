"""Whom a reaction to a deed told before is aimed at: the doer of that deed.

"A Russian missile hit a block of flats, killing eight ... President
Zelensky condemned the strike": the charge names the attack, not its doer,
but the article has said who did it, and event coders code the charge as
one against them. So too "Labour accused the Tories of ... The Tories
rejected the claims": the rejection is of Labour's charge; and "Orban
criticised the sanctions" charges whoever imposed them. Only a deed named
definitely ("the strike", "these claims") or by the noun a relative clause
hangs on ("..., a charge Kigali denies"), with no one named in the reaction
itself, and only a deed the stage coded as real (not negated, not
hypothetical): an attack by others than those condemning it, a charge made
against those rejecting it. A step named only as one ("Moscow condemned
the decision") answers the last sanction or coercion done to the reacting
side's country. Praise of a step ("Melodi welcomed the ruling", "the UN
hailed the truce") backs whoever took the last such step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import NamedTuple, Protocol

from dateline import lexicons
from dateline.records import Event
from dateline.stages._clause_roles import object_of
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED

STEP = f"{INFERRED}recipient: the doer of the deed it answers, told before it"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class _Reaction(NamedTuple):
    """The lexicon of nouns that name a deed a reaction answers, and that deed's types.

    ``to_them``: only a deed done to the reacting side's country answers,
    as the nouns could name any step ("Moscow condemned the decision" after
    Swiss expulsions of Russian diplomats). ``not_by``: reaction verbs
    (lemmas) by which the nouns name the reacting side's own step ("defended
    the decision").
    """

    nouns: str
    answered: frozenset[str]
    to_them: bool = False
    not_by: frozenset[str] = frozenset()


_STEPS_AGAINST = frozenset({"SANCTION", "COERCE"})
_STEPS_TAKEN = _STEPS_AGAINST | {"AGREE", "RETREAT", "AID", "COOPERATE", "CONCEDE"}
_REACTIONS = {
    "ACCUSE": (
        _Reaction("condemned_deeds.txt", frozenset({"ASSAULT"})),
        # "Taipei condemned the drills"
        _Reaction("shows_of_force.txt", frozenset({"MOBILIZE"})),
        # "Orban criticised the sanctions"
        _Reaction("sanction_words.txt", frozenset({"SANCTION"})),
        _Reaction("answered_steps.txt", _STEPS_AGAINST, to_them=True),
    ),
    "SUPPORT": (
        # "Melodi welcomed the ruling" after the Commission fined its rival
        _Reaction("welcomed_steps.txt", _STEPS_TAKEN),
        # "motoring groups welcomed the move" after the Treasury cut fuel duty
        _Reaction("welcomed_moves.txt", _STEPS_TAKEN, not_by=frozenset({"defend"})),
    ),
    "REJECT": (
        _Reaction("rejected_charges.txt", frozenset({"ACCUSE"})),
        # "France rejected the demand" after Niger ordered its envoy out
        _Reaction("answered_demands.txt", frozenset({"REQUEST"}) | _STEPS_AGAINST, to_them=True),
        _Reaction("sanction_words.txt", frozenset({"SANCTION"})),
        _Reaction("answered_steps.txt", _STEPS_AGAINST, to_them=True),
    ),
}


class Sided(Protocol):
    """What a charge is read by here: who made it and against whom (an event, or a quote's)."""

    @property
    def actor(self) -> tuple[str, ...]:
        """Who made the charge."""
        ...

    @property
    def recipient(self) -> tuple[str, ...]:
        """Whom it charges."""
        ...


class Coding(NamedTuple):
    """Each actor's country and sector, by actor id."""

    countries: Mapping[str, str | None]
    sectors: Mapping[str, str | None]


def doers_answered(tree: Tree, events: list[Event], coding: Coding) -> Iterator[Event]:
    """The events, with a reaction to an earlier deed aimed at that deed's doers."""
    told = sorted(
        (e for e in events if e.actor and not (e.negated or e.hypothetical)),
        key=lambda e: e.span[0],
    )
    for event in events:
        deed = next(
            (
                deed
                for reaction in _REACTIONS.get(event.type, ())
                if (deed := _deed_named(tree, event, reaction, told, coding)) is not None
            ),
            None,
        )
        if deed is None:
            yield event
            continue
        yield dataclasses.replace(
            event,
            recipient=deed.actor,
            confidence=min(event.confidence, 0.6),
            explanation=(*event.explanation, STEP),
        )


def _deed_named(
    tree: Tree,
    event: Event,
    reaction: _Reaction,
    told: list[Event],
    coding: Coding,
) -> Event | None:
    """The deed a reaction naming no one answers, as its words name it.

    "rejected the claims": the last such deed told before it (no one
    condemns their own deed, nor rejects their own charge or a charge
    against others). "..., a charge Kigali denies": the deed its own
    sentence tells, whomever it charges.
    """
    if event.recipient or not event.actor:
        return None
    if _lemma_in(tree, event.span, event.trigger.split()[0]) in reaction.not_by:
        return None
    how = _how_named(tree, event, lexicons.word_set(reaction.nouns))
    if how is None:
        return None
    named, noun = how
    answerable = [
        deed
        for deed in told
        if deed.type in reaction.answered
        and not set(deed.actor) & set(event.actor)
        and (not reaction.to_them or _done_to(deed, event.actor, coding.countries))
        and (deed.span[0] == event.span[0] if named == _APPOSED else deed.span[0] <= event.span[0])
        and (
            named == _APPOSED
            or "ACCUSE" not in reaction.answered
            or set(deed.recipient) & set(event.actor)
            or charged_from_abroad(deed, event.actor, coding.countries)
            or speaks_for_the_charged(deed, event.actor, coding)
        )
    ]
    alike = [deed for deed in answerable if _told_by_the_same_word(tree, deed, noun)]
    return (alike or answerable)[-1] if answerable else None


_STEM = 4


def _told_by_the_same_word(tree: Tree, deed: Event, noun: str) -> bool:
    """Whether a deed was told by the word the reaction names it by.

    "Gunmen attacked a police station ... Troops clashed with rebels ...
    The council condemned the attack": the attack condemned is the one
    told as one ("attacked"), not the last deed told; "warplanes struck
    ... the strikes" by the verb's lemma, as its past tense shares no stem;
    "an air strike killed ... the strike" by any word of the cue.
    """
    words = deed.trigger.lower().split()
    if noun in _LAUNCHES and MISSILES & {word.rstrip("s") for word in words}:
        return True  # "fired a missile into the sea ... condemned the launch"
    return len(noun) >= _STEM and any(
        word[:_STEM] == noun[:_STEM] or _lemma_in(tree, deed.span, word) == noun for word in words
    )


_LAUNCHES = frozenset({"launch", "test"})
MISSILES = frozenset({"missile", "rocket"})
"""What is launched: a deed of firing one is what "the launch" names."""


def _lemma_in(tree: Tree, span: tuple[int, int], word: str) -> str | None:
    """The lemma of the first token spelled ``word`` within a span of the text."""
    first, last = tree.token_at(span[0]), tree.token_at(span[1] - 1)
    if first is None or last is None:
        return None
    return next(
        (t.lemma.lower() for t in tree.tokens[first : last + 1] if t.text.lower() == word), None
    )


def charged_from_abroad(
    charge: Sided, side: tuple[str, ...], countries: Mapping[str, str | None]
) -> bool:
    """Whether a charge from another country was made against a side's country.

    "Armenia accused Azerbaijani forces ... Baku denied the claim": a state,
    or one who speaks for it, answers a foreign charge against its forces.
    At home the charges fly between many of one country, and one of them
    denying is no answer to any charge made against another.
    """
    theirs = {countries.get(actor) for actor in side} - {None}
    accusers = {countries.get(actor) for actor in charge.actor}
    return _done_to(charge, side, countries) and not accusers & (theirs | {None})


def speaks_for_the_charged(charge: Sided, side: tuple[str, ...], coding: Coding) -> bool:
    """Whether a side is of the country and sector of those charged, and not of the accusers'.

    "Gen Burhan accused the RSF of looting ... RSF commander Dagalo denied
    the accusation": the commander answers for the armed group. Between
    sides alike ("Labour accused the Tories ... a Labour MP rejected the
    claim") no one answers for another.
    """

    def kinds(actors: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
        return {(coding.countries.get(a), coding.sectors.get(a)) for a in actors}

    theirs = kinds(side)
    return (
        None not in {sector for _, sector in theirs}
        and theirs <= kinds(charge.recipient)
        and not theirs & kinds(charge.actor)
    )


def _done_to(deed: Sided, side: tuple[str, ...], countries: Mapping[str, str | None]) -> bool:
    """Whether a deed was done to a side's country: its recipients or their country."""
    theirs = {countries.get(actor) for actor in side} - {None}
    return bool(set(deed.recipient) & set(side)) or any(
        countries.get(actor) in theirs for actor in deed.recipient
    )


_DEFINITE_DEED = "definite"
_APPOSED = "apposed"


def _how_named(tree: Tree, event: Event, deeds: frozenset[str]) -> tuple[str, str] | None:
    """How a reaction's verb names the deed it answers, if it does, and by what noun.

    As its definite object ("condemned the strike"), or as the noun its
    clause describes, set beside the sentence that tells the deed ("...,
    an allegation Bamako denies").
    """
    first = tree.token_at(event.span[0])
    last = tree.token_at(event.span[1] - 1)
    if first is None or last is None:
        return None
    verb = event.trigger.split()[0]
    for i in range(first, last + 1):
        if tree.tokens[i].text != verb:
            continue
        noun = tree.tokens[i].head
        if tree.tokens[i].dep == "relcl" and tree.tokens[noun].lemma.lower() in deeds:
            return _APPOSED, tree.tokens[noun].lemma.lower()
        fronted = _fronted_deed(tree, i, deeds)
        if fronted is not None:
            return _APPOSED, tree.tokens[fronted].lemma.lower()
        deed = object_of(tree, i)
        if deed is not None and tree.tokens[deed].lemma.lower() in deeds:
            definite = any(
                tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in _DEFINITE
                for c in tree.children[deed]
            )
            return (_DEFINITE_DEED, tree.tokens[deed].lemma.lower()) if definite else None
    return None


def _fronted_deed(tree: Tree, verb: int, deeds: frozenset[str]) -> int | None:
    """The deed noun set before a reaction's doer, which the parse hangs on its verb.

    "..., a charge Lima denies": the model makes "charge" the verb's object,
    or a second subject, or a compound of the subject ("a charge Kigali"),
    rather than the noun a clause describes.
    """
    children = tree.children[verb]
    for c in children:
        word = tree.tokens[c]
        if (
            c < verb
            and word.lemma.lower() in deeds
            and word.dep in ("dobj", "obj", "nsubj")
            and any(c < d < verb and tree.tokens[d].dep == "nsubj" for d in children)
        ):
            return c
        if word.dep == "nsubj" and c < verb:
            fronted = next(
                (
                    k
                    for k in tree.children[c]
                    if k < c
                    and tree.tokens[k].dep == "compound"
                    and tree.tokens[k].lemma.lower() in deeds
                ),
                None,
            )
            if fronted is not None:
                return fronted
    return None
