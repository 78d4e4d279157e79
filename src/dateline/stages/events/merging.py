"""Merging: one event per happening.

The same deed told twice, or once per counterpart, becomes one event;
demands and warnings made of no one are dropped, replies are aimed.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator, Mapping

from dateline.records import Actor, Article, Event
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.addressees import STEP as ADDRESSED_STEP
from dateline.stages.events.addressees import addressed_to_government
from dateline.stages.events.attackers import with_doers_of_attacks_told_before
from dateline.stages.events.denied_reports import report_denied, with_press_reports_denied
from dateline.stages.events.doubts import WARNED_THREAT_STEP
from dateline.stages.events.reactions import Coding, doers_answered
from dateline.stages.events.replies import replies_aimed
from dateline.stages.events.statement_records import STATEMENT_STEP
from dateline.stages.events.steps import FOUGHT_BETWEEN
from dateline.stages.events.story_subjects import aimed_at_the_subject
from dateline.stages.events.tolls import with_later_tolls
from dateline.stages.events.triggers import SPOKEN_TYPES


def settled(
    tree: Tree, index: ActorIndex, verbal: Mapping[int, str], events: list[Event], article: Article
) -> list[Event]:
    """The events once told once each, aimed at whom they answer, and doubted where denied."""
    tolls = with_doers_of_attacks_told_before(tree, events)
    kept = with_later_tolls(tree, _heard_once(_answered(tree, tolls, article), article.actors))
    kept = [e for e in kept if not _a_bodys_own_meeting(tree, e, article.actors)]
    kept = [e for e in kept if not _a_warning_told_as_its_threat(e, kept)]
    if report_denied(tree, index, verbal):
        kept = list(with_press_reports_denied(kept, article))
    return kept


def _a_warning_told_as_its_threat(event: Event, events: list[Event]) -> bool:
    """Whether a plain warning is the threat its sentence tells as an event of its own.

    "The minister warned fans that she would ban them from matches": the
    warning of what its doer will do is the threat (:mod:`.doubts`), not a
    charge of the fans besides. A warning of what others may suffer or do
    ("warned ministers that they would lose the vote") stays a charge.
    """
    # A warning already read as a threat ("would bring a military response") is one too.
    if event.type not in ("ACCUSE", "THREATEN") or not event.explanation[:1]:
        return False
    if not event.explanation[0].startswith(_WARNING_STEP):
        return False
    return any(
        other.type == "THREATEN"
        and other.span == event.span
        and other.actor == event.actor
        and any(step.startswith(WARNED_THREAT_STEP) for step in other.explanation)
        for other in events
    )


_OWN_MEETING_SECTORS = frozenset({"PTY", "LAB", "LEG"})
"""Sectors of bodies that meet among themselves: parties, unions, parliamentary groups."""
_MEETING_NOUNS = frozenset({"meeting", "meetings", "talks"})
_OTHER_SIDE_PREPS = frozenset({"with", "between"})


def _a_bodys_own_meeting(tree: Tree, event: Event, actors: tuple[Actor, ...]) -> bool:
    """Whether a meeting is one party's, union's or parliamentary group's own, with no other side.

    "a stormy meeting where senior Tories argued", "the union held specially
    convened talks": the body deciding its own business consults no one. A
    meeting of two sides names the other, as an actor or not ("held talks
    with the rail operators"), or has both as its actors.
    """
    if event.type != "CONSULT" or event.recipient or len(event.actor) != 1:
        return False
    body = next((a for a in actors if a.id == event.actor[0]), None)
    if body is None or body.kind == "person" or body.sector not in _OWN_MEETING_SECTORS:
        return False
    noun = _trigger_noun(tree, event)
    return noun is not None and not any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in _OTHER_SIDE_PREPS
        for c in tree.children[noun]
    )


def _trigger_noun(tree: Tree, event: Event) -> int | None:
    """The token of the meeting noun that ends an event's trigger, if it ends in one."""
    word = event.trigger.split()[-1].lower()
    if word not in _MEETING_NOUNS:
        return None
    first = tree.token_at(event.span[0])
    if first is None:
        return None
    return next(
        (
            i
            for i in range(first, len(tree))
            if tree.tokens[i].start < event.span[1] and tree.tokens[i].text.lower() == word
        ),
        None,
    )


def _answered(tree: Tree, events: list[Event], article: Article) -> list[Event]:
    """The events, with reactions aimed at the doers of the deeds they answer."""
    coding = Coding(
        countries={actor.id: actor.country for actor in article.actors},
        sectors={actor.id: actor.sector for actor in article.actors},
    )
    answered = list(doers_answered(tree, events, coding))
    return list(replies_aimed(tree, answered, article, coding))


def _asked_of_no_one(event: Event) -> bool:
    """Whether a quote's demand is asked of no one, not even the home government.

    "there should be a real debate", "people want clarity", "firm action
    should be taken", said by a minister or a foreign leader: a view, not
    a demand of anyone; the same said by an opposition party is a demand
    of the government (:mod:`.addressees`), and keeps the government as its
    recipient.
    """
    return (
        event.type == "REQUEST"
        and not event.recipient
        and bool(event.explanation)
        and event.explanation[0].startswith(f"{STATEMENT_STEP} ")
    )


def _warns_no_one(event: Event, sectors: Mapping[str, str | None]) -> bool:
    """Whether a warning or a fear charges no one: it names no one, or it foretells.

    Naming no one, it charges the home government only when a party, a
    legislator, a campaign group or the public ("critics fear the scheme
    could ...") makes it; "the Bank warned that inflation could rise", a
    firm warning of lower sales and a police chief warning of work still to
    do foretell. With no home government to charge, theirs stays a charge
    of no one named ("a charity warned that millions will lose their
    jobs"), as coders keep it. A fear charges no one else: "the bank fears
    that a million people could fall into poverty" does not accuse the
    people; and, with no government to charge, a fear is a worry, not a
    charge made: "the party fears its voters may stay at home", "critics
    fear the scheme could hand power to campaigners" about an opposition's
    plan.
    """
    feared = any(step.startswith(_FEAR_STEP) for step in event.explanation)
    if not (feared or any(step.startswith(_WARNING_STEP) for step in event.explanation)):
        return False
    charges = bool(event.actor) and all(
        sectors.get(doer) in _WARNING_CHARGERS for doer in event.actor
    )
    if not event.recipient:
        return feared or not charges
    addressed = ADDRESSED_STEP in event.explanation
    if feared and not addressed:
        return True
    return addressed and not charges


def _heard_once(events: list[Event], actors: tuple[Actor, ...]) -> list[Event]:
    """One event per happening, less the demands and warnings made of no one.

    A charge or demand naming no one is made of the home government.
    """
    told = map(_feared_for_no_charge, map(_one_side_harmed, _one_per_happening(events)))
    heard = addressed_to_government(told, actors)
    sectors = {actor.id: actor.sector for actor in actors}
    kept = [
        e
        for e in heard
        if not (_asked_of_no_one(e) or _warns_no_one(e, sectors) or _done_to_its_doer(e))
    ]
    return list(aimed_at_the_subject(kept, actors))


def _one_side_harmed(event: Event) -> Event:
    """A clash between sides whose toll is one side's: the other side did the harm.

    "Pakistani and Afghan forces exchanged fire, killing two Pakistani
    soldiers": the Afghan side killed them. Only force between two or more
    sides; a word of a party's own read as another's is no event at all
    (:func:`_done_to_its_doer`).
    """
    others = tuple(a for a in event.actor if a not in event.recipient)
    if event.type != "ASSAULT" or not others or len(others) == len(event.actor):
        return event
    return dataclasses.replace(event, actor=others)


def _done_to_its_doer(event: Event) -> bool:
    """Whether an event's recipient is one of its own actors: a side misread.

    "The Greens and Plaid Cymru say the party's costings are flawed" speaks
    of a third party's costings; a pair charging one of its own is a
    word ("the party") read as the wrong side, not an event.
    """
    return bool(set(event.actor) & set(event.recipient))


def _feared_for_no_charge(event: Event) -> Event:
    """A fear with those it fears for taken off its recipients: it charges none of them.

    "The Greens fear that thousands of students could lose their vote"
    accuses no students; naming no one charged, it may be a charge of the
    home government, as :func:`_warns_no_one` decides.
    """
    if not event.recipient or not any(step.startswith(_FEAR_STEP) for step in event.explanation):
        return event
    return dataclasses.replace(event, recipient=())


_WARNING_STEP = "cue VERB 'warn' "
"""How a plain warning's explanation begins (its cue step, as :func:`find_events` writes it)."""
_FEAR_STEP = "cue VERB 'fear' "
_WARNING_CHARGERS = frozenset({"PTY", "OPP", "LEG", "NGO", "EDU", "REL", "CVL"})
"""Sectors whose warnings, naming no one, charge the government: politics, civil
society and the public ("critics", "parents").

Not unions: their warnings are most often of their own action ("staff
warned they would strike"), a threat made of an employer.
"""


def _per_counterpart(events: list[Event]) -> Iterator[Event]:
    """A meeting with several counterparts ("met Stoltenberg, Scholz and Harris"): one each."""
    for event in events:
        if event.type != "CONSULT" or len(event.recipient) < 2:
            yield event
            continue
        for recipient in event.recipient:
            step = f"one of {len(event.recipient)} counterparts: one CONSULT each"
            yield dataclasses.replace(
                event, recipient=(recipient,), explanation=(*event.explanation, step)
            )


def _same_deed(event: Event, other: Event) -> bool:
    """Whether two deeds are told by the same side in the same sentence, alike in fact.

    A coercion or sanction of a kind of its own is another deed: "arrested
    five people and imposed a curfew" is two.
    """
    return (
        event.type == other.type
        and event.type in _TOLD_AGAIN_IN_ITS_SENTENCE
        and (event.type == "ASSAULT" or event.mode in (None, other.mode))
        and event.actor == other.actor
        and event.span == other.span
        and (event.negated, event.hypothetical) == (other.negated, other.hypothetical)
    )


def _happening_keys(events: list[Event]) -> list[tuple[object, ...]]:
    """For each event, the key of the happening it tells, as _one_per_happening groups them.

    "Jets bombed a market, killing nine people and wounding 30": an attack
    that names no one hurt (the bombing, the wounding) is the attack on
    whom the same side's attack in that sentence names, or the first of
    them when none does; so with a coercion or a sanction.
    """
    keys: list[tuple[object, ...]] = []
    resignations: Counter[tuple[str, ...]] = Counter()
    for position, event in enumerate(events):
        key: tuple[object, ...] = (position,)
        if event.actor and event.recipient:
            key = (event.type, event.actor, event.recipient, event.negated, event.hypothetical)
            if event.type in SPOKEN_TYPES:
                key += (event.trigger.lower(),)
        elif event.actor and event.mode == "resign":
            # "the scandal which led to her resignation" and "in the wake of
            # Ms Hughes' resignation" are one; a verb tells a resignation of
            # its own ("stepped down in 1992 ... resigned as an MP in 1995"),
            # which the nouns after it tell again.
            resignations[event.actor] += _told_by_a_verb(event)
            told = resignations[event.actor]
            key = (event.type, event.mode, event.actor, told, event.negated, event.hypothetical)
        keys.append(key)
    for position, event in enumerate(events):
        if event.type not in _TOLD_AGAIN_IN_ITS_SENTENCE or not event.actor or event.recipient:
            continue
        siblings = [i for i, other in enumerate(events) if _same_deed(event, other)]
        named = [i for i in siblings if events[i].recipient]
        keys[position] = keys[named[0] if named else siblings[0]]
    for position in range(len(events)):
        doer = _attack_its_toll_follows(position, events)
        if doer is not None:
            keys[position] = keys[doer]
    return keys


def _told_by_a_verb(event: Event) -> bool:
    """Whether an event's cue is a verb, by the first step of its explanation."""
    return bool(event.explanation) and event.explanation[0].startswith("cue VERB ")


_TOLD_AGAIN_IN_ITS_SENTENCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONSULT"})
"""Types whose telling with no one it was done to is the same side's deed of that type
named in its sentence: "police used water cannon to disperse the crowd", "adopted
sanctions on Russia, targeting its gas exports"; and a meeting told again by a word
that leaves out whom it was with: "visited Kyiv on his first trip abroad", "met the
unions to discuss the offer"."""


def _attack_its_toll_follows(position: int, events: list[Event]) -> int | None:
    """The attack a doerless "killing two people" told after it in its sentence is part of.

    "Drones struck the port, killing two people, the governor said": the
    parse may hang the participle on the verb of saying, and lose its doer;
    it tells the toll of the strike before it, whose doer it shares.
    """
    event = events[position]
    if event.type != "ASSAULT" or event.actor or not event.recipient:
        return None
    # "killing two people" after the attack; "was killed in an Israeli
    # strike" before the attack the noun names. A noun names a happening of
    # its own: "struck the base in response to the killing of its commander".
    if _told_by_a_noun(event):
        return None
    toll_after = event.trigger.lower().endswith("ing")
    return next(
        (
            i
            for i, other in enumerate(events)
            if (i < position if toll_after else i > position and _told_by_a_noun(other))
            and other.type == "ASSAULT"
            and other.actor
            and not other.recipient
            and other.span == event.span
            and (other.negated, other.hypothetical) == (event.negated, event.hypothetical)
        ),
        None,
    )


def _told_by_a_noun(event: Event) -> bool:
    """Whether an event's cue is a noun: "an Israeli strike", "a drone attack"."""
    return bool(event.explanation) and event.explanation[0].startswith("cue NOUN ")


def _one_per_happening(events: list[Event]) -> Iterator[Event]:
    """Events that report the same happening, merged into the first, with every span as evidence.

    A meeting with several counterparts is first cut into one per
    counterpart. The same type between the same actor and recipient, both
    named, with the same flags, is one happening told twice ("Sudani met
    Harris" and later "he met with VP Harris on Friday"). Things said are one
    only when said in the same word: "urged Peru to reopen the border" and
    "called on Peru to free the drivers" are two demands, not one told twice.
    A telling that leaves a side open is kept apart: whether "it" or "the
    strike" is the same happening is for the store to judge across reports
    (store.happenings); but a resignation a noun tells is the same person's
    told before ("led to her resignation", "since Ms Hughes' resignation"), and an
    assault that names no one hurt, told with
    another by the same side in its sentence ("bombed a market, killing
    three people and wounding 12"), is that attack. The latest toll wins;
    the first date and place found stand, and the first mode.
    """
    groups: dict[tuple[object, ...], list[Event]] = {}
    separate = list(_per_counterpart(events))
    for key, event in zip(_happening_keys(separate), separate, strict=True):
        groups.setdefault(key, []).append(event)
    for number, told in enumerate(groups.values(), 1):
        first = _telling_that_stands(told)
        tolls = [e.fatalities for e in told if e.fatalities is not None]
        hurt = [e.injured for e in told if e.injured is not None]
        extra = [
            f"also told at {e.span[0]}-{e.span[1]} ('{e.trigger}')" for e in told if e is not first
        ]
        yield dataclasses.replace(
            _with_doer_of(first, told, extra),
            id=f"E{number}",
            evidence=tuple(e.span for e in told),
            date=next((e.date for e in told if e.date.value is not None), first.date),
            place=next((e.place for e in told if e.place is not None), None),
            fatalities=tolls[-1] if tolls else None,
            injured=hurt[-1] if hurt else None,
            confidence=max(e.confidence for e in told),
            # "were killed when gunmen stormed ...": the killing names the dead,
            # the storming how it was done.
            mode=first.mode or next((e.mode for e in told if e.mode), None),
        )


def _telling_that_stands(told: list[Event]) -> Event:
    """The telling of a happening that stands for the others.

    The one that names whom it was done to; but a fight told between its
    sides ("fighting between the army and the rebels killed 12 people") is
    fought by each against the other, and its dead are its toll.
    """
    fight = next((e for e in told if e.type == "ASSAULT" and FOUGHT_BETWEEN in e.explanation), None)
    return fight or next((e for e in told if e.recipient), told[0])


def _with_doer_of(first: Event, told: list[Event], also_told: list[str]) -> Event:
    """The telling that stands for a happening, with the doer another telling names if it has none.

    "struck the port, killing two people": the strike says who killed them.
    """
    doer = next((e for e in told if e.actor), None)
    if first.actor or doer is None:
        return dataclasses.replace(first, explanation=(*first.explanation, *also_told))
    step = f"actor: the doer of '{doer.trigger}', the attack it tells the toll of"
    return dataclasses.replace(
        first, actor=doer.actor, explanation=(*first.explanation, step, *also_told)
    )
