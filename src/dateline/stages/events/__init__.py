"""Events: who did what to whom, coded to PLOVER.

A trigger is a verb, a light verb with its object ("hold talks", "impose
sanctions") or a noun ("air strikes on", "a visit to") found in the cue
lexicon (``lexicons/plover_cues.tsv``). Its actor is the subject (the "by"
phrase of a passive verb, or a possessor or demonym of a noun), its
recipient the object or the object of the cue's preposition; both are
actors of the actors stage. Negated and hypothetical events are kept with
their flag set. An event inside a quotation carries the quote's id; its
date and place are the nearest the article gives (:mod:`.setting`).
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
from collections import Counter
from collections.abc import Iterator, Mapping
from itertools import chain
from typing import TypeGuard

from dateline import lexicons
from dateline.parse_repair import WRITING_VERBS
from dateline.records import (
    Actor,
    Analysis,
    Article,
    Event,
    EventType,
    Place,
    Quote,
    Span,
    Token,
)
from dateline.stages import Stage
from dateline.stages._arguments import (
    ActorIndex,
    agent_of,
    is_relational,
    object_of,
    prepositional_objects,
    put_forward,
    subject_of,
)
from dateline.stages._gazetteer import lookup
from dateline.stages._spans import country_code
from dateline.stages._tree import Tree
from dateline.stages.actors.evidence import REMITS
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.actors.numbered import count_of
from dateline.stages.events import casualties
from dateline.stages.events.addressees import (
    ADDRESSEE_UNREAD,
    addressed_to_government,
    home_government,
)
from dateline.stages.events.addressees import STEP as ADDRESSED_STEP
from dateline.stages.events.claims import CLAIM, claims_no_wrong
from dateline.stages.events.closed_matters import closed_matters
from dateline.stages.events.critics import critics_charges
from dateline.stages.events.cues import DENIED, NO_EVENT, Cue, Cues, load
from dateline.stages.events.denied_claims import denied_claims
from dateline.stages.events.denied_reports import report_denied, with_press_reports_denied
from dateline.stages.events.greetings import UNNAMED as UNNAMED_GREETING
from dateline.stages.events.greetings import greets_no_one_named, with_greetings_passed_on
from dateline.stages.events.likewise import STEP as LIKEWISE_STEP
from dateline.stages.events.likewise import likewise_doers
from dateline.stages.events.modality import (
    SIMPLE_PRESENT,
    charged_with,
    foretold,
    is_hypothetical,
    is_infinitive,
    is_negated,
    marked_for,
    opens_a_question,
    still_to_be_said,
)
from dateline.stages.events.outrage import glad_backing, outraged_charges
from dateline.stages.events.reactions import MISSILES, Coding, doers_answered
from dateline.stages.events.refusals import refusals
from dateline.stages.events.served_bodies import with_served_bodies
from dateline.stages.events.setting import set_off_participles, setting_of
from dateline.stages.events.sittings import own_sitting
from dateline.stages.events.statements import STATEMENT_STEP, statement_events, wished_state
from dateline.stages.events.statements import cue_of as statement_cue_of
from dateline.stages.events.time_to_act import time_to_act
from dateline.stages.events.tributes import STEP as TRIBUTE_STEP
from dateline.stages.events.tributes import fond_remembrances, honoured_in_words, is_tribute

# An offer is a promise only between two named sides: "Chile offered Peru
# access to its ports"; a party offering voters a programme, or a firm its
# customers a service, is no event.
_OFFER = ("offer",)
# A warning is a charge only when it names whom it is about: "warned that
# the Tories were planning cuts"; "warned that inflation could rise" is a
# forecast. Or when it is made of the home government (:mod:`.addressees`):
# an opposition party or a campaign group that warns that a bill "could lead
# to miscarriages of justice" charges the government that brings it, as a
# call for an inquiry naming no one is a call on it.
_WARN = ("warn",)
# So is a fear voiced by a party or a campaign group ("the Greens fear
# thousands may not be able to vote"), of no one else.
_FORETELLING = frozenset({_WARN, ("fear",)})
# A sum given is a gift only to someone the text names: "gave £500,000 to
# the party"; "the founder gave £325,000", to no one named, is a figure.
_GIFTS_OF_MONEY = frozenset({("give", "money"), ("give", "sum"), ("give", "cash")})
_NEEDS_BOTH_SIDES = frozenset({_OFFER, _WARN, *_GIFTS_OF_MONEY})
# Backing that, withheld, is a refusal: "cannot support", "will not accept".
_BACKING = frozenset({("support",), ("back",), ("endorse",), ("accept",)})
# Deeds that a charge may only claim: "accused the army of shelling a
# village" tells the accusation, not the shelling, and "accused Rwanda of
# backing the rebels" not the backing, "accused the Greens of striking
# a deal" not the deal; "accused of criticising the president" reports
# words, which the text tells as said.
_CHARGED_DEEDS = frozenset(
    {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SUPPORT", "AID", "COOPERATE", "AGREE"}
    | {"RETREAT", "CONCEDE", "CONSULT", "SANCTION", "PROTEST"}
)
"""Deeds one may be accused of: "accused him of surrendering villages" tells no surrender.

Not words, which are on the record: "accused of criticising Bush" tells
she did, and the charge is that she should not have.
"""
_INFERRED = "inferred: "
_DONE_TO_SOMEONE = frozenset({"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "THREATEN"})
"""Marks a step that guesses at an argument the syntax does not give outright."""


def _no_event_of_its_own(
    tree: Tree, trigger: _Trigger, index: ActorIndex, verbal: Mapping[int, str]
) -> bool:
    """Whether an event noun tells no event of its own.

    "the Butler Inquiry", "Band Aid": the name of a body; "pledged aid to
    Chile": one event, told by its verb; "rebels broke the ceasefire": no
    one agreed.
    """
    word = tree.tokens[trigger.token]
    return (
        trigger.token in index.by_token
        or (word.dep == "dobj" and verbal.get(word.head) == trigger.cue.type)
        or _undone(tree, trigger.token)
        or _remit_of_a_post(tree, trigger.token, index)
    )


def _remit_of_a_post(tree: Tree, noun: int, index: ActorIndex) -> bool:
    """Whether an event noun is what someone's post is for: "the EU's envoy for the dialogue".

    The post names a standing remit, not a meeting or an inquiry the text
    tells of: "the UN envoy on the talks", "the head of the inquiry".
    """
    word = tree.tokens[noun]
    preposition = tree.tokens[word.head]
    holder = preposition.head
    return (
        word.dep == "pobj"
        and preposition.text.lower() in REMITS
        and index.kinds.get(index.by_token.get(holder, "")) == "person"
    )


def _purpose_of_a_like_deed(tree: Tree, trigger: _Trigger, verbal: Mapping[int, str]) -> bool:
    """Whether a charge is only the purpose of the charge its verb hangs on.

    "summoned the Chinese ambassador to protest against the incident",
    "summoned Iranian envoys to condemn the executions", "summoned the
    envoy to lodge a protest": one protest, told by the summons; and
    "rallied in the capital to protest against corruption", one rally.
    """
    word = tree.tokens[trigger.token]
    return (
        trigger.cue.type in ("ACCUSE", "PROTEST")  # a state's protest is a charge
        and trigger.cue.pos in ("VERB", "VERB+OBJ")  # "to protest", "to lodge a protest"
        and word.dep in ("advcl", "xcomp")
        and word.head != trigger.token
        and verbal.get(word.head) in ("ACCUSE", trigger.cue.type)
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
            for c in tree.children[trigger.token]
        )
    )


def _undone(tree: Tree, noun: int) -> bool:
    """Whether an event noun is what a verb ends or breaks: "scrapped the treaty".

    Not when its own participle tells it was made: "ended an agreement with
    Spain, reached in 1996" tells of the agreement too.
    """
    word = tree.tokens[noun]
    return (
        word.dep in ("dobj", "nsubjpass")
        and (
            tree.tokens[word.head].lemma.lower() in lexicons.word_set("undoing_verbs.txt")
            or _called_off(tree, word.head)
        )
        and not set_off_participles(tree, noun)
        and not any(
            tree.tokens[c].dep == "acl" and tree.tokens[c].tag == "VBN" for c in tree.children[noun]
        )
    )


def _called_off(tree: Tree, verb: int) -> bool:
    """Whether a verb ends its object by the particle it carries: "called off the strike".

    Read without the particle, "call" and "strike" would make a call to
    strike, and "cut off talks" would be talks held.
    """
    undoing = lexicons.word_set("undoing_verbs.txt")
    lemma = tree.tokens[verb].lemma.lower()
    return any(
        tree.tokens[c].dep == "prt" and f"{lemma} {tree.tokens[c].text.lower()}" in undoing
        for c in tree.children[verb]
    )


def _members_named(
    article: Article, tree: Tree, index: ActorIndex, sides: tuple[str, ...]
) -> tuple[tuple[str, ...], bool]:
    """The sides, each counted group replaced by its members where the text names them.

    "sued four companies ... The four companies named in the suit are
    Gazprom, Baikal and Rosneft": the suit is against the three. Only a
    counted group ("four companies", "the two men"), said to be ("are",
    "were") a list of two actors or more, and no more than its count (a
    name in the list may be none the stage knows).
    """
    actors = {a.id: a for a in article.actors}
    found: list[str] = []
    for side in sides:
        actor = actors.get(side)
        members = _listed_members(tree, index, actor) if actor is not None else ()
        found += [m for m in members or (side,) if m not in found]
    return tuple(found), tuple(found) != sides


def _listed_members(tree: Tree, index: ActorIndex, group: Actor) -> tuple[str, ...]:
    """The actors a counted group is said to be, if a mention of it is the subject of "be"."""
    if group.kind != "group":
        return ()
    for start, end in group.mentions:
        first, last = tree.token_at(start), tree.token_at(end - 1)
        head = tree.phrase_head(first, last + 1) if first is not None and last is not None else None
        if head is None or tree.tokens[head].dep != "nsubj":
            continue
        verb = tree.tokens[head].head
        count = _group_count(tree, head)
        if tree.tokens[verb].lemma != "be" or count is None:
            continue
        for attr in tree.children[verb]:
            if tree.tokens[attr].dep == "attr":
                members = _actors_within(tree, index, attr, group.id)
                # Some of the list may be no actor the stage knows ("its unit X").
                if _SMALLEST_LIST <= len(members) <= count:
                    return members
    return ()


_SMALLEST_LIST = 2
"""Actors a list must name to stand for a group."""


def _actors_within(tree: Tree, index: ActorIndex, head: int, besides: str) -> tuple[str, ...]:
    """The actors named in the phrase ``head`` heads, in order, but ``besides``."""
    first, last = tree.subtree(head)
    found: list[str] = []
    for token in range(first, last):
        actor = index.by_token.get(token)
        if actor is not None and actor != besides and actor not in found:
            found.append(actor)
    return tuple(found)


def _group_count(tree: Tree, noun: int) -> int | None:
    """How many a group's noun is counted as: "four companies", "the two men"."""
    for child in tree.children[noun]:
        number = count_of(tree.tokens[child].text)
        if tree.tokens[child].dep == "nummod" and number is not None:
            return int(number)
    return None


def _confidence(actors: tuple[str, ...], recipients: tuple[str, ...], steps: list[str]) -> float:
    """0.9 for both sides read straight from the syntax, less for a side guessed or left open.

    Less too for a stance or habit a present relative clause tells of its
    bearer (:func:`_standing`): it may be no deed of the time told at all.
    """
    if not (actors and recipients):
        return 0.6
    guessed = any(step.startswith(_INFERRED) for step in steps) or _STANDING_STEP in steps
    return 0.75 if guessed else 0.9


_STANDING_STEP = "told in a present relative clause: a standing stance or habit of its bearer"


def _standing(tree: Tree, trigger: _Trigger) -> list[str]:
    """The step for a cue a present relative clause tells of its bearer, if it is one.

    "councillors who back Mr Flight", "the tourists who visit Cuba every
    year", "lawmakers who blame China for lost jobs": a description of the
    people named, which holds over time, more often than a deed done then.
    """
    token = tree.tokens[trigger.token]
    if token.dep != "relcl" or token.tag not in SIMPLE_PRESENT:
        return []
    if any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[trigger.token]):
        return []
    return [_STANDING_STEP]


@dataclasses.dataclass(frozen=True, slots=True)
class _Trigger:
    token: int
    words: tuple[int, ...]
    cue: Cue


def find_events(analysis: Analysis) -> Analysis:
    """Add every PLOVER event whose trigger, actor or recipient the text gives."""
    article = analysis.article
    tree = Tree(analysis.parse, article.text)
    index = ActorIndex.build(
        tree,
        article.actors,
        load_actor_lexicon().demonyms,
        _event_nouns(),
        quotes=article.quotes,
    )
    sectors = {actor.id: actor.sector for actor in article.actors}
    events: list[Event] = []
    triggers = list(_triggers(tree))
    # A noun that is an actor's mention ("the opposition") tells no event of
    # its own, so the verb it is the subject of still does: "the opposition
    # rejected the plan".
    nominal = {
        t.token: t.cue.type
        for t in triggers
        if t.cue.pos == "NOUN" and t.token not in index.by_token
    }
    verbal = {t.token: t.cue.type for t in triggers if t.cue.pos != "NOUN"}
    for trigger in triggers:
        if (
            (trigger.cue.pos == "NOUN" and _no_event_of_its_own(tree, trigger, index, verbal))
            or _purpose_of_a_like_deed(tree, trigger, verbal)
            or claims_no_wrong(tree, trigger.token, trigger.cue.words, verbal)
        ):
            continue
        subject, passive = subject_of(tree, trigger.token)
        if _told_by_its_subject_noun(tree, trigger, subject, nominal, passive=passive):
            continue  # "air strikes ... killed 14": one event, told by its noun
        hypothetical = (
            is_hypothetical(tree, trigger.token) and not _inquiry_announced(tree, trigger)
        ) or (trigger.cue.type in _CHARGED_DEEDS and charged_with(tree, trigger.token))
        actors, recipients, steps = _with_likewise_doers(
            tree,
            index,
            trigger.token,
            _sides(analysis, tree, trigger, index, hypothetical=hypothetical),
        )
        if not actors and (
            _doer_unknown(tree, trigger, subject, passive=passive)
            or _polled(tree, trigger, passive=passive)
        ):
            continue
        counterparts = _counterparts(article, index, trigger.cue, actors, recipients)
        if (
            counterparts is None
            or _sides_missing(
                trigger.cue, actors, counterparts, mutual=_done_to_one_another(tree, trigger.token)
            )
            or _a_firms_own_restriction(trigger.cue, actors, sectors)
            or _held_by_force(trigger.cue, actors, sectors)
            or _won_not_taken(trigger.cue, actors, sectors)
            or _toured_at_home(article, tree, trigger, actors, counterparts)
        ):
            continue
        recipients, named = _members_named(article, tree, index, counterparts)
        steps += [f"{_INFERRED}recipient: the members the text names for the group"] * named + [
            UNNAMED_GREETING
        ] * greets_no_one_named(trigger.cue, recipients)
        if _means_something_else(tree, trigger, index, actors, recipients) or (
            not recipients and _a_standing_position(analysis, tree, trigger, actors)
        ):
            continue
        first, last = tree.sentence_span(tree.sentence_of[trigger.token])
        span = _sentence_chars(tree, first, last)
        cue = trigger.cue
        mode = f"/{cue.mode}" if cue.mode else ""
        steps = [f"cue {cue.pos} '{' '.join(cue.words)}' -> {cue.type}{mode}", *steps]
        doers = [sectors.get(actor) for actor in actors]
        cue, retyped = _read_in_context(tree, trigger, cue, (first, last), doers)
        steps += retyped
        cue, armed_with = _weapon_mode(tree, trigger, cue)
        steps += armed_with
        cue, negated, hypothetical, said = _reality(
            tree, trigger, cue, actors, hypothetical=hypothetical
        )
        steps += said + _standing(tree, trigger)
        # "he was freed", "the release of the hostages": done to someone, by whom unsaid.
        unnamed_doer = (passive and trigger.cue.pos != "NOUN") or (
            trigger.cue.pos == "NOUN" and bool(recipients) and "of" in trigger.cue.recipient_preps
        )
        if not (negated or hypothetical) and _doer_missing(cue, actors, passive=unnamed_doer):
            continue
        date, place, setting = setting_of(analysis, tree, trigger.token, span, actors)
        if not actors and cue.mode in ("arrest", "deport"):
            actors = _state_where(article, place, span)
            steps += [f"{_INFERRED}actor: the state where it was done"] * bool(actors)
        steps += setting
        harmed = (
            casualties.Toll()
            if _toll_of_another(tree, trigger.token, (first, last), nominal)
            else _casualties(tree, first, last, cue, trigger.token)
        )
        events.append(
            Event(
                id=f"E{len(events) + 1}",
                type=cue.type,
                mode=cue.mode,
                trigger=" ".join(tree.tokens[i].text for i in trigger.words),
                span=span,
                actor=actors,
                recipient=recipients,
                date=date,
                place=place,
                fatalities=harmed.killed,
                injured=harmed.injured,
                negated=negated,
                hypothetical=hypothetical,
                confidence=_confidence(actors, recipients, steps),
                quote=_quote_id(analysis, tree.tokens[trigger.token].start),
                explanation=tuple(steps),
            )
        )
    # "the chairman of the CRE called for ...": the office holder's body acts.
    served = with_served_bodies(
        tree,
        with_greetings_passed_on(tree, _with_statements(analysis, tree, index, verbal, events)),
        article.actors,
    )
    kept = _settled(tree, index, verbal, served, article)
    merged = tuple(dataclasses.replace(e, id=f"E{number}") for number, e in enumerate(kept, 1))
    return dataclasses.replace(analysis, article=dataclasses.replace(article, events=merged))


_Sides = tuple[tuple[str, ...], tuple[str, ...], list[str]]
"""An event's actors, its recipients, and the steps that found them."""


def _with_likewise_doers(tree: Tree, index: ActorIndex, word: int, found: _Sides) -> _Sides:
    """The sides found, the doers with those an "as did" clause adds: "..., as did Mr Howard"."""
    actors, recipients, steps = found
    if not actors:
        return found
    others = tuple(a for a in likewise_doers(tree, index, word) if a not in actors)
    return (*actors, *others), recipients, steps + [LIKEWISE_STEP] * bool(others)


def _told_by_its_subject_noun(
    tree: Tree, trigger: _Trigger, subject: int | None, nominal: Mapping[int, str], *, passive: bool
) -> bool:
    """Whether a verb retells the event its subject noun tells: "air strikes ... killed 14".

    Not a charge looked into by another: in "the allegations are being
    investigated by the watchdog" the allegations are someone's charge and
    the inquiry is the watchdog's, two acts of one type.
    """
    if trigger.cue.pos == "NOUN" or nominal.get(subject or -1) != trigger.cue.type:
        return False
    looked_into = trigger.cue.type == "ACCUSE" and passive
    return not (looked_into and agent_of(tree, trigger.token) is not None)


def _inquiry_announced(tree: Tree, trigger: _Trigger) -> bool:
    """Whether an inquiry is told as decided: "the watchdog is to investigate the party".

    A news report's "is to" tells a decision taken; to open an inquiry is
    the ACCUSE itself (DESIGN.md), so the one announced has happened, though
    its work is still to come. "Will investigate", "may investigate" and
    "is set to" stay plans.
    """
    inquiry = trigger.cue.type == "ACCUSE" and trigger.cue.words[0] in _INQUIRING
    if not inquiry or tree.tokens[trigger.token].dep != "xcomp":
        return False
    head = tree.tokens[trigger.token].head
    return (
        tree.tokens[head].lemma == "be"
        and tree.tokens[head].tag in ("VBZ", "VBP")
        and not any(tree.tokens[c].dep in ("aux", "neg") for c in tree.children[head])
    )


def _settled(
    tree: Tree, index: ActorIndex, verbal: Mapping[int, str], events: list[Event], article: Article
) -> list[Event]:
    """The events once told once each, aimed at whom they answer, and doubted where denied."""
    kept = _with_later_tolls(tree, _heard_once(_answered(tree, events, article), article.actors))
    kept = [e for e in kept if not _a_bodys_own_meeting(tree, e, article.actors)]
    if report_denied(tree, index, verbal):
        kept = list(with_press_reports_denied(kept, article))
    return kept


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
    return list(doers_answered(tree, events, coding))


def _a_firms_own_restriction(
    cue: Cue, actors: tuple[str, ...], sectors: Mapping[str, str | None]
) -> bool:
    """Whether firms alone block, ban or shut down: a business's step, not coercion.

    "the firm shut down the campaign", "the game maker shut down the
    players' accounts", "providers began blocking access to the site":
    PLOVER's restrictions are those a state or an armed or political body
    imposes; an arrest or a raid keeps its own mode, whoever the stage took
    its doer for.
    """
    if cue.type != "COERCE" or cue.mode not in (None, "restrict") or not actors:
        return False
    return all(sectors.get(doer) == "BUS" for doer in actors)


def _held_by_force(cue: Cue, actors: tuple[str, ...], sectors: Mapping[str, str | None]) -> bool:
    """Whether soldiers or fighters defend: holding ground, not backing a side.

    "its forces were defending the border", "troops are defending the
    city": PLOVER's SUPPORT is words or deeds of backing ("the minister
    defended the decision"), not a fight, which the attacks around it tell.
    """
    if cue.words != ("defend",) or not actors:
        return False
    return all(sectors.get(doer) in _FIGHTERS for doer in actors)


_FIGHTERS = frozenset({"MIL", "REB"})


def _won_not_taken(cue: Cue, actors: tuple[str, ...], sectors: Mapping[str, str | None]) -> bool:
    """Whether parties or firms "capture" or "seize" votes, seats or markets, by no force.

    "Labour captured Birmingham", "the Lib Dems seized the seat", "Vodafone
    captured a third of the market": an election or a trade won.
    """
    if cue.words not in _TAKING or not actors:
        return False
    return all(sectors.get(doer) in _RIVALS for doer in actors)


_RIVALS = frozenset({"PTY", "OPP", "BUS"})
"""Sectors that win ground at the polls or in trade, not by arms."""


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
    people.
    """
    feared = any(step.startswith(_FEAR_STEP) for step in event.explanation)
    if not (feared or any(step.startswith(_WARNING_STEP) for step in event.explanation)):
        return False
    charges = bool(event.actor) and all(
        sectors.get(doer) in _WARNING_CHARGERS for doer in event.actor
    )
    if not event.recipient:
        return not charges
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
    return [
        e
        for e in heard
        if not (_asked_of_no_one(e) or _warns_no_one(e, sectors) or _done_to_its_doer(e))
    ]


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


def _read_in_context(
    tree: Tree, trigger: _Trigger, cue: Cue, sentence: tuple[int, int], doers: list[str | None]
) -> tuple[Cue, list[str]]:
    """The cue as its sentence and its doers' sectors read it, and the step if that changed it."""
    first, last = sentence
    if cue.words == ("target",) and _says_any(tree, first, last, "sanction_words.txt"):
        sanction = dataclasses.replace(cue, type="SANCTION", mode=None)
        return sanction, ["targeted by sanctions named in the sentence: ASSAULT -> SANCTION"]
    if (
        cue.type == "ASSAULT"
        and cue.mode is None
        and not cue.needs_preposition
        and not _physical(tree, first, last)
        and not _attacks_a_place(tree, trigger)
    ):
        return _with_no_violence_word(tree, trigger, cue, doers)
    if _struck_back(tree, trigger, cue) and _armed(tree, first, last):
        attack = dataclasses.replace(cue, type="ASSAULT", mode=None)
        return attack, ["retaliation done, told with a word of armed force: THREATEN -> ASSAULT"]
    if cue.mode == "strike" and cue.pos == "NOUN" and _armed(tree, first, last):
        attack = dataclasses.replace(cue, type="ASSAULT", mode=None)
        return attack, ["a strike told with a word of armed force: PROTEST -> ASSAULT"]
    return _read_by_what_is_done(tree, trigger, cue, doers)


_OPEN_WATER = frozenset({"sea", "ocean", "water", "waters"})


def _fired_into_open_water(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a missile was fired "into the sea": a test that strikes no one.

    Event coders code "North Korea fired a ballistic missile into the sea"
    as a show of force; "fired rockets into Israel" stays an attack.
    """
    if len(trigger.words) < 2 or tree.tokens[trigger.words[-1]].lemma.lower() not in MISSILES:
        return False
    into = prepositional_objects(tree, trigger.token, frozenset({"into"}))
    return any(tree.tokens[word].lemma.lower() in _OPEN_WATER for word in into)


def _read_by_what_is_done(
    tree: Tree, trigger: _Trigger, cue: Cue, doers: list[str | None]
) -> tuple[Cue, list[str]]:
    """The cue as what it is done to reads it: ground taken, a view agreed with."""
    if cue.words in _TAKING and _ground_taken(tree, trigger.token):
        attack = dataclasses.replace(cue, type="ASSAULT", mode=None)
        return attack, ["ground taken by force: ASSAULT, no mode"]
    if cue.type == "ASSAULT" and _fired_into_open_water(tree, trigger):
        show = dataclasses.replace(cue, type="MOBILIZE", mode=None, recipient_preps=frozenset())
        return show, ["a missile fired into the sea is a show of force: ASSAULT -> MOBILIZE"]
    if cue.type == "AGREE" and _agrees_with_a_view(tree, trigger.token):
        supported = dataclasses.replace(cue, type="SUPPORT", mode=None)
        return supported, ["agreeing with someone, on nothing: AGREE -> SUPPORT"]
    if _names_with_a_label(cue) and _label_judgements(tree, trigger.token, _LABEL_ROLES) == {
        "SUPPORT"
    }:
        # "described him as very talented", "called the change pragmatic": praise.
        praised = dataclasses.replace(cue, type="SUPPORT", mode=None)
        return praised, ["a label of praise: ACCUSE -> SUPPORT"]
    if _names_with_a_label(cue) and _label_judgements(tree, trigger.token, _JUDGEMENT_ONLY) == {
        "REJECT"
    }:
        # "described the reports as idle speculation", "called the claims baseless": a denial.
        denied = dataclasses.replace(cue, type="REJECT", mode=None)
        return denied, ["a label that calls a claim untrue: ACCUSE -> REJECT"]
    return _read_by_doers(cue, doers)


_TAKING = frozenset({("seize",), ("capture",), ("recapture",), ("overrun",)})


def _ground_taken(tree: Tree, verb: int) -> bool:
    """Whether a verb of taking takes ground: "seized the town", "captured Bakhmut".

    Not goods or people: "police seized the drugs", "captured two engineers".
    """
    taken = object_of(tree, verb)
    if taken is None:
        return False
    taken = _whole_of(tree, taken)
    word = tree.tokens[taken]
    if word.lemma.lower() in lexicons.word_set("ground_nouns.txt"):
        return True
    # A place the gazetteer knows, whatever the model tagged it ("seized Sanaa"
    # as a person); not a firm the model took for a place ("seize Yugansk").
    first, last = tree.subtree(taken)
    name = " ".join(t.text for t in tree.tokens[first:last] if t.pos == "PROPN")
    return word.pos == "PROPN" and bool(lookup(name) or lookup(word.text))


_SHARES = frozenset(
    {"most", "much", "part", "parts", "half", "all", "control", "swathe", "swathes"}
)


def _whole_of(tree: Tree, taken: int) -> int:
    """The ground a share stands for: "captured most of Aleppo", "seized control of the port"."""
    if tree.tokens[taken].lemma.lower() not in _SHARES:
        return taken
    of = next((c for c in tree.children[taken] if tree.tokens[c].text.lower() == "of"), None)
    if of is None:
        return taken
    return next((c for c in tree.children[of] if tree.tokens[c].dep == "pobj"), taken)


def _read_by_doers(cue: Cue, doers: list[str | None]) -> tuple[Cue, list[str]]:
    """The cue as its doers' sectors read it: a crowd's blockade, a government's protest."""
    if cue.words in _BLOCKING and doers and all(sector in _CROWDS for sector in doers):
        protest = dataclasses.replace(cue, type="PROTEST", mode="demo")
        return protest, ["a blockade by a crowd is its protest: COERCE -> PROTEST"]
    return _protested_officially(cue, doers)


_BLOCKING = frozenset({("block",), ("blockade",)})
_CROWDS = frozenset({"CVL", "LAB", "EDU", "NGO"})
"""Sectors of crowds and campaigns, whose blockade ("protesters blocked the
roads", "farmers blockaded the port", "the fuel lobby blocked motorways") is
a protest, not a state's restriction."""


def _struck_back(tree: Tree, trigger: _Trigger, cue: Cue) -> bool:
    """Whether retaliation is told as done ("the army retaliated"), not vowed or threatened."""
    word = tree.tokens[trigger.token]
    return cue.words == ("retaliate",) and word.tag in ("VBD", "VBN") and word.dep != "xcomp"


def _protested_officially(cue: Cue, doers: list[str | None]) -> tuple[Cue, list[str]]:
    """A government's protest, which is a complaint made to another, not a demonstration.

    "Iran's foreign ministry summoned the envoy to protest against the
    sanctions", "China protested to Tokyo": PLOVER codes an official protest
    as ACCUSE; PROTEST is for crowds, strikers and boycotters.
    """
    if cue.words != ("protest",) or cue.mode != "demo" or not doers:
        return cue, []  # "took to the streets" is a crowd's, whoever the model says it was
    if any(sector != "GOV" for sector in doers):
        return cue, []
    complaint = dataclasses.replace(cue, type="ACCUSE", mode=None)
    return complaint, ["a government protests officially: PROTEST -> ACCUSE"]


def _agrees_with_a_view(tree: Tree, verb: int) -> bool:
    """Whether "agree" takes someone's side rather than striking a deal.

    "agreed with Dr Fox's view", "agreed in principle with the plans":
    nothing agreed on, to do or that is so; "agreed with Washington on
    talks", "agreed with Paris to cut tariffs", "agreed a deal with" are
    agreements.
    """
    tokens = tree.tokens
    if tokens[verb].lemma != "agree" or tokens[verb].pos != "VERB":
        return False
    children = tree.children[verb]
    preps = {tokens[c].text.lower() for c in children if tokens[c].dep == "prep"}
    deals = any(tokens[c].dep in _AGREED_ON for c in children)
    return "with" in preps and not deals and not preps & _AGREED_ABOUT


_AGREED_ON = frozenset({"dobj", "obj", "xcomp", "ccomp", "advcl"})
"""What a verb of agreement is agreed to, on or that: a deal, a deed, a clause."""
_AGREED_ABOUT = frozenset({"on", "over", "to", "upon"})


def _with_no_violence_word(
    tree: Tree, trigger: _Trigger, cue: Cue, doers: list[str | None]
) -> tuple[Cue, list[str]]:
    """An assault cue read in a sentence with no weapon or violence word, and why."""
    force = _armed_strike(tree, trigger)
    if force is not None:
        mode = _STRIKING_FORCES[force]
        return dataclasses.replace(cue, mode=mode), [f"a strike the noun calls {force}"]
    if _strikes_by_armed_powers(cue, doers):
        return cue, ["a strike by states or armed groups is an armed one"]
    armed, weapon = _weapon_mode(tree, trigger, cue)
    if weapon:
        return armed, [f"no violence word, but {weapon[0]}"]
    if _targets_struck_by_armed_powers(tree, trigger, doers):
        return cue, ["targets struck by states or armed groups are armed ones"]
    words = _done_with_words(tree, trigger)
    if words is not None:
        asked = dataclasses.replace(cue, type=words.type, mode=None)
        return asked, [
            f"a blow of words, the '{words.words[-1]}' it is dealt with: -> {words.type}"
        ]
    cue, step = _without_violence(cue, walkout=_walks_out(tree, trigger))
    return cue, [f"no weapon or violence word in the sentence: ASSAULT -> {step}"]


def _aims_at_a_thing(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether a verb of aiming, read as words, is aimed at a thing: no charge against anyone.

    With no weapon in its sentence, "campaigners target smoking in bars" or
    "the launch was timed to clash with her speech" blames no one, while
    "prosecutors targeted the ranch's owners" or "he clashed with ministers"
    sets one side against another.
    """
    if trigger.cue.type != "ASSAULT" or trigger.cue.pos != "VERB":
        return False
    first, last = tree.sentence_span(tree.sentence_of[trigger.token])
    if (
        _physical(tree, first, last)
        or _says_any(tree, first, last, "sanction_words.txt")
        or _attacks_a_place(tree, trigger)
        or _weapon_mode(tree, trigger, trigger.cue)[1]
    ):
        return False  # "troops targeted the depot", "targeted its oil with sanctions"
    if trigger.cue.words == ("target",):
        obj = object_of(tree, trigger.token)
        passive = subject_of(tree, trigger.token)[1]
        aimed = [] if obj is None or passive else [obj]
    elif trigger.cue.words == ("clash",):
        aimed = prepositional_objects(tree, trigger.token, frozenset({"with"}))
    else:
        return False
    return any(
        tree.tokens[word].pos == "NOUN"
        and word not in index.by_token
        and not _names_people(tree, word)
        for word in aimed
    )


def _aimed_by_firms(trigger: _Trigger, index: ActorIndex, actors: tuple[str, ...]) -> bool:
    """Whether firms "target" something: buyers or a market, with no force.

    "The chain has targeted the youth market", "the airline targets business
    travellers": in trade, aiming at no one named is selling. Aimed at an
    actor ("why target the airlines?", asked by a carrier's lobby) it may
    still be words against them (see :func:`_with_no_violence_word`).
    """
    return (
        trigger.cue.words == ("target",)
        and trigger.cue.pos == "VERB"
        and bool(actors)
        and all(actor in index.firms for actor in actors)
    )


def _names_people(tree: Tree, noun: int) -> bool:
    """Whether a common noun names people or a body: "his leaders", "rivals", "the firm"."""
    lexicon = load_actor_lexicon()
    lemma, text = tree.tokens[noun].lemma.lower(), tree.tokens[noun].text.lower()
    return (lemma,) in lexicon.titles or text in lexicon.people or lemma in lexicon.org_words


def _weapon_mode(tree: Tree, trigger: _Trigger, cue: Cue) -> tuple[Cue, list[str]]:
    """An attack's mode, from the weapon or armed doer the verb names, and the step.

    "Ukrainian drones struck a depot" is a drone attack and "gunmen killed
    five" a shooting, though "struck" and "killed" say neither
    (``lexicons/weapon_modes.tsv``); "carried out an air strike" is from the
    air, as the noun says.
    """
    if cue.type != "ASSAULT" or cue.mode is not None or cue.pos == "NOUN":
        return cue, []
    force = _armed_strike(tree, trigger)
    if force is not None and _STRIKING_FORCES[force] is not None:
        mode = _STRIKING_FORCES[force]
        step = f"a strike the noun calls {force}: mode {mode}"
        return dataclasses.replace(cue, mode=mode), [step]
    for word in _weapon_words(tree, trigger.token):
        mode = _mode_of_weapon(tree, word)
        if mode is not None:
            named = tree.tokens[word].text
            return dataclasses.replace(cue, mode=mode), [f"done by or with '{named}': mode {mode}"]
    return cue, []


def _weapon_words(tree: Tree, verb: int) -> list[int]:
    """The verb's subject, the doer of its passive, and what it was done "with"."""
    words = []
    for child in tree.children[verb]:
        dep, text = tree.tokens[child].dep, tree.tokens[child].text.lower()
        if dep == "nsubj":
            words.append(child)
        elif dep == "agent" or (dep == "prep" and text == "with"):
            words += [c for c in tree.children[child] if tree.tokens[c].dep == "pobj"]
    return words


def _mode_of_weapon(tree: Tree, word: int) -> str | None:
    """The mode a weapon word gives, as a common noun: "Shell attacked the plan" is a firm."""
    if tree.tokens[word].tag in ("NNP", "NNPS"):
        return None
    modes = _weapon_modes()
    lemma = tree.tokens[word].lemma.lower()
    before = [tree.tokens[c].lemma.lower() for c in tree.children[word] if c == word - 1]
    return next((modes[(b, lemma)] for b in before if (b, lemma) in modes), None) or modes.get(
        (lemma,)
    )


@functools.cache
def _weapon_modes() -> dict[tuple[str, ...], str]:
    return {tuple(row["weapon"].split()): row["mode"] for row in lexicons.table("weapon_modes.tsv")}


_STRIKING_FORCES = {"air": "aerial", "drone": "drone", "missile": "explosives", "military": None}
"""Words that make the strike a light verb carries out an armed one, with its mode."""


def _armed_strike(tree: Tree, trigger: _Trigger) -> str | None:
    """The word that makes a strike carried out an armed one, named on the verb's object.

    "The United States carried out an air strike against the group": the
    pair is "carry out strike", whose noun says it was from the air.
    """
    if trigger.cue.pos != "VERB+OBJ" or trigger.cue.words[-1:] != ("strike",):
        return None
    obj = object_of(tree, trigger.token)
    if obj is None:
        return None
    words = [tree.tokens[c].lemma.lower() for c in tree.children[obj] if c < obj]
    return next((w for w in words if w in _STRIKING_FORCES), None)


def _strikes_by_armed_powers(cue: Cue, doers: list[str | None]) -> bool:
    """Whether strikes are launched by governments, armies or armed groups, who never walk out.

    "The United States and Britain launched strikes on rebel targets":
    a state's strike is an armed one, while "the unions carried out
    strikes" is a walkout.
    """
    if cue.pos == "VERB" or "strike" not in cue.words[-1:] or not doers:
        return False
    return all(sector in _ARMED_POWERS for sector in doers)


_ARMED_POWERS = frozenset({"GOV", "MIL", "REB", "SPY"})


def _targets_struck_by_armed_powers(tree: Tree, trigger: _Trigger, doers: list[str | None]) -> bool:
    """Whether states or armed groups struck targets no one owns: "Israel struck targets in Gaza".

    A government that strikes "its targets" met its goals; targets of no
    one's, struck by a state, were bombed.
    """
    if trigger.cue.words != ("strike",) or not doers:
        return False
    obj = object_of(tree, trigger.token)
    return (
        obj is not None
        and tree.tokens[obj].lemma.lower() == "target"
        and not any(tree.tokens[c].dep == "poss" for c in tree.children[obj])
        and all(sector in _ARMED_POWERS for sector in doers)
    )


def _done_with_words(tree: Tree, trigger: _Trigger) -> Cue | None:
    """The cue of the words a blow is dealt with, when they are what it deals.

    "MPs bombarded the minister with requests to publish the letter" asks
    him to; the blow is only how hard. The words may come in a volley ("with
    a barrage of demands"). Only the words of a charge or a demand count:
    "hit the town with rockets" is no figure.
    """
    nouns = load().nouns
    for word in prepositional_objects(tree, trigger.token, frozenset({"with"})):
        held = _held_in_a_volley(tree, word)
        cue = nouns.get((tree.tokens[held].lemma.lower(),))
        if cue is not None and cue.type in ("REQUEST", "ACCUSE"):
            return cue
    return None


_VOLLEYS = frozenset(
    {"barrage", "volley", "flood", "stream", "torrent", "deluge", "hail", "string"}
)
"""Nouns of many words at once, which stand for the words they hold: "a barrage of requests"."""


def _held_in_a_volley(tree: Tree, noun: int) -> int:
    """The words a volley is of ("a barrage of requests": "requests"), or the noun itself."""
    if tree.tokens[noun].lemma.lower() not in _VOLLEYS:
        return noun
    held = prepositional_objects(tree, noun, frozenset({"of"}))
    return held[0] if held else noun


def _without_violence(cue: Cue, *, walkout: bool) -> tuple[Cue, str]:
    """What an assault cue means in a sentence with no weapon or violence word.

    "The Tories attacked Labour's plans": words, not weapons (an air strike
    or a shooting, a cue with a mode, is never words). "The unions carried
    out strikes" is a walkout, and so is a strike with no one struck
    (``walkout``): "staff voted to strike over pay".
    """
    if walkout or (cue.pos != "VERB" and "strike" in cue.words[-1:]):
        return dataclasses.replace(cue, type="PROTEST", mode="strike"), "PROTEST/strike"
    return dataclasses.replace(cue, type="ACCUSE", mode=None), "ACCUSE"


def _walks_out(tree: Tree, trigger: _Trigger) -> bool:
    """Whether the verb "strike" strikes no one: it strikes over a grievance, or at nothing.

    "Civil servants voted to strike over job cuts" (the parse may make
    "over" a particle and the cuts its object), "drivers will strike on
    Friday"; but "the Tories struck back at Labour" and "struck at the
    heart of the plan" are words aimed at a side.
    """
    if trigger.cue.words != ("strike",) or trigger.cue.pos != "VERB":
        return False
    tokens = tree.tokens
    children = tree.children[trigger.token]
    if any(
        tokens[c].text.lower() == "back" or (tokens[c].dep == "prep" and _struck_at(tree, c))
        for c in children
    ):
        return False
    if any(tokens[c].text.lower() == "over" and tokens[c].dep in ("prt", "prep") for c in children):
        return True
    return not any(tokens[c].dep in ("dobj", "obj", "prt", "nsubjpass") for c in children)


def _struck_at(tree: Tree, preposition: int) -> bool:
    """Whether a preposition names what is struck: "at Labour", but not "on Friday"."""
    word = tree.tokens[preposition].text.lower()
    if word == "on":
        return not any(
            tree.tokens[c].text.lower() in _DAYS or tree.tokens[c].pos == "NUM"
            for c in tree.children[preposition]
        )
    return word in _STRUCK_AT


_STRUCK_AT = frozenset({"at", "against"})
_DAYS = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)


def _means_something_else(
    tree: Tree,
    trigger: _Trigger,
    index: ActorIndex,
    actors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> bool:
    """Whether a cue, read with its arguments, tells of no event after all."""
    return (
        _done_to_a_thing(tree, trigger, index)
        or _dismissed_from_a_post(tree, trigger, index)
        or (_needs_counterpart(trigger.cue) and not recipients)
        or _a_call_with_no_one(trigger.cue, actors, recipients)
        or (trigger.cue.type == "ASSAULT" and _hazard(tree, trigger.token))
        or _promises_an_act(tree, trigger)
        or _sells_goods(tree, trigger)
        or _signs_up(tree, trigger)
        or _other_sense(tree, trigger)
        or _threat_of_things(tree, trigger, index)
        or _shows_something(tree, trigger)
        or _a_label(tree, trigger)
        or _labels_no_wrong(tree, trigger, of_someone=bool(recipients))
        or (not actors and _unknown_speaker_acts(tree, trigger, index))
        or _done_by_someone_to_nobody(tree, trigger, index)
        or _refuses_to_refuse(tree, trigger)
        or _withholds(tree, trigger)
        or (len(actors) < _SMALLEST_LIST and not recipients and _assents(tree, trigger))
        or (not recipients and _spending_pledged(tree, trigger))
        or _shoots_up(tree, trigger)
        or _done_by_a_kind(tree, trigger)
        or _picks_out_who_warned(tree, trigger)
        or _warns_of_a_forecast(tree, trigger)
        or _merges_others(tree, trigger)
        or _aims_at_a_thing(tree, trigger, index)
        or (not recipients and _aimed_by_firms(trigger, index, actors))
        or (trigger.cue.type == "CONSULT" and own_sitting(tree, trigger.words, actors, recipients))
    )


def _a_standing_position(
    analysis: Analysis, tree: Tree, trigger: _Trigger, actors: tuple[str, ...]
) -> bool:
    """Whether backing or opposing, aimed at no one, tells what a side stands for, not a deed.

    "the chancellor, who has long rejected the label", "the party has
    always opposed nuclear power": a stand held over years has no day; it
    sketches the side, as background to the story ("the Greens, who
    opposed the new runway, have now backed ..." tells a stand once taken,
    and keeps it). "The Greens support higher taxes and oppose new roads",
    in a rival's words: a present tense on a bare noun sketches a cause
    they hold at all times, and the charge is the rival's; "we support
    fair pay" in their own words is a stand they take. Aimed at someone
    ("MPs who back Mr Flight"), either is still a side taken.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.words not in _STANCES or word.pos != "VERB":
        return False
    if _held_for_long(tree, trigger.token):
        return True
    quote = _quote_around(analysis, word.start)
    if quote is None or not _a_rivals_words(analysis.article.actors, quote.speaker, actors):
        return False
    return _present_tense_on_a_cause(tree, trigger.token)


_STANCES = frozenset({("oppose",), ("support",), ("back",), ("favour",), ("reject",)})
_FOR_LONG = frozenset({"long", "always", "consistently", "traditionally", "steadfastly"})
"""Adverbs that stretch a stand over years: "has long opposed", "has always backed"."""


def _held_for_long(tree: Tree, verb: int) -> bool:
    """Whether a verb's own adverb says its stand has been held for years: "has long rejected"."""
    return any(
        tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() in _FOR_LONG
        for c in tree.children[verb]
    )


def _a_rivals_words(
    all_actors: tuple[Actor, ...], speaker: str | None, sides: tuple[str, ...]
) -> bool:
    """Whether a speaker is of another body than every side told of: a Tory on the Lib Dems.

    Only where each one's body is known; an officer speaking for his own
    association ("the association fully supports fair pay") is no rival.
    """
    orgs = {actor.id: actor.org for actor in all_actors}
    own = orgs.get(speaker) if speaker else None
    return bool(own and sides) and all(orgs.get(side) not in (None, own) for side in sides)


def _present_tense_on_a_cause(tree: Tree, verb: int) -> bool:
    """Whether a verb in the simple present takes a bare noun: "oppose nuclear power"."""
    if not _simple_present(tree, verb):
        return False
    cause = object_of(tree, verb)
    if cause is None or tree.tokens[cause].pos != "NOUN":
        return False
    return not any(tree.tokens[c].dep in _POINTERS for c in tree.children[cause])


def _simple_present(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the simple present, as the first of the verbs it is joined to is.

    The model tags a joined verb's form alone ("the Greens are soft on crime,
    support higher taxes": "support" is a bare VB), so its first conjunct
    says its tense.
    """
    first = verb
    while tree.tokens[first].dep == "conj" and tree.tokens[first].head != first:
        first = tree.tokens[first].head
    if tree.tokens[first].tag not in SIMPLE_PRESENT:
        return False
    return not any(
        tree.tokens[c].dep in ("aux", "auxpass", "neg")
        for word in {verb, first}
        for c in tree.children[word]
    )


_POINTERS = frozenset({"det", "poss", "nummod", "predet"})
"""What makes a noun point to a thing the text knows: "the bill", "its plans", "two bills"."""


def _warns_of_a_forecast(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a warning to someone tells them what a third side named could come to.

    "Ecologists warned councillors that Wales could have to take more
    pylons": what would or could happen to, or be done by, someone named
    apart from the ones warned is a forecast put to them, no charge against
    them, as "warned that prices could rise" is none. Not a warning about a
    thing ("warned Mr Blair that the war could be illegal" charges him over
    his war), nor about what the ones warned would do ("warned ministers
    that they would lose votes").
    """
    if trigger.cue.words != _WARN or trigger.cue.pos != "VERB":
        return False
    children = tree.children[trigger.token]
    warned = [c for c in children if tree.tokens[c].dep == "dobj"]
    said = [c for c in children if tree.tokens[c].dep == "ccomp" and c > trigger.token]
    if len(warned) != 1 or len(said) != 1 or not foretold(tree, said[0]):
        return False
    subject = next((c for c in tree.children[said[0]] if tree.is_subject(c)), None)
    return subject is not None and tree.tokens[subject].pos == "PROPN"


def _picks_out_who_warned(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a warning or a fear tells whom a sentence means, not what they did.

    "the minister had listened to critics who feared a rise in crime", "the
    fund helps tenants who fear eviction": a clause with no comma before it
    picks out people the sentence is about. Set off by a comma ("the MPs,
    who warned that the plan would fail, ...") it tells what they did.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.words not in _WARNINGS or word.pos != "VERB" or word.dep != "relcl":
        return False
    opening = tree.subtree(trigger.token)[0]
    return not (opening > 0 and tree.tokens[opening - 1].text == ",")


_WARNINGS = frozenset({("warn",), ("fear",)})


def _merges_others(tree: Tree, trigger: _Trigger) -> bool:
    """Whether the subject of "merge" joins two other things, being a party to neither side.

    "GE bought the studio, merging it with NBC", "ministers plan to merge
    the prison service with the councils' departments": an owner or a
    government arranges a merger of what it runs, and cooperates with no
    one. "Tata Steel is merging with Corus" is a side's own merger, and so
    is "Sony merged its music arm with BMG's", which puts its own part in.
    """
    if trigger.cue.words != ("merge",) or trigger.cue.pos != "VERB":
        return False
    merged = object_of(tree, trigger.token)
    return merged is not None and not any(
        tree.tokens[c].dep == "poss" for c in tree.children[merged]
    )


def _done_by_a_kind(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a verb tells what a kind of people do, not what someone did.

    "Parents who refuse to allow contact could be tagged", "firms that
    break the rules": a present-tense relative clause on a bare plural
    defines whom it means; "the parents who refused", "two firms that
    broke the rules" tell deeds, and "many lawmakers who blame China" a
    stance some hold. A clause set off by a comma defines no one: "members
    of the group, who it blames for the bombing" are those already named.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos == "NOUN" or word.dep != "relcl" or word.tag not in ("VBP", "VBZ"):
        return False
    opening = tree.subtree(trigger.token)[0]
    if opening > 0 and tree.tokens[opening - 1].text == ",":
        return False
    kind = tree.tokens[word.head]
    if kind.tag != "NNS":
        return False
    return not any(
        tree.tokens[c].dep in ("det", "poss", "nummod") or tree.tokens[c].text.lower() in _SOME
        for c in tree.children[word.head]
    )


_SOME = frozenset({"many", "several", "most", "few", "numerous"})
"""Words that make a plural some of those who are ("many lawmakers who blame China")."""


def _doer_of_a_denied_verb(tree: Tree, trigger: _Trigger, actors: tuple[str, ...]) -> bool:
    """Whether an event noun's doer is the subject of a negated verb it is the object of.

    "the ministry had not approved the deal", "Peru did not attend the
    talks": the subject took no part in the deal or the talks the text
    names, so the event coded with it as doer did not happen.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos != "NOUN" or word.dep != "dobj" or not actors:
        return False
    if not any(tree.tokens[c].dep == "neg" for c in tree.children[word.head]):
        return False
    side = _side_of_the_verbs_subject(tree, word.head)
    return side is not None and side[0] == "actor"


_SUBJECT_OF_ITS_VERB = "actor: the subject of the verb whose object the noun is"
_DENIED_VERB_STEP = "negated: its doer is the subject of a negated verb it is the object of"


def _shoots_up(tree: Tree, trigger: _Trigger) -> bool:
    """Whether "shoot up" with nothing shot tells of a rise: "exports shot up 7%".

    "gunmen shot up a bus" keeps its object, and its attack.
    """
    if trigger.cue.words != ("shoot",) or trigger.cue.pos != "VERB":
        return False
    children = tree.children[trigger.token]
    up = any(
        tree.tokens[c].dep in ("prt", "advmod") and tree.tokens[c].text.lower() == "up"
        for c in children
    )
    return up and object_of(tree, trigger.token) is None


def _spending_pledged(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a pledge of money sets it aside for a purpose, not gives it to anyone.

    "pledged an extra £105m for border security", "pledged billions for
    schools": a budget's spending, no aid; "pledged £20m in aid" and
    "pledged £50m to the fund" stay gifts.
    """
    if trigger.cue.words != ("pledge",) or trigger.cue.pos != "VERB":
        return False
    obj = object_of(tree, trigger.token)
    holders = [trigger.token] if obj is None else [trigger.token, obj]
    purposes = [
        g
        for holder in holders
        for c in tree.children[holder]
        if tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "for"
        for g in tree.children[c]
        if tree.tokens[g].dep in ("pobj", "pcomp")
    ]
    return bool(purposes) and not _for_people_in_need(tree, trigger.token, purposes)


_BODY_SECTORS = frozenset({"BUS", "EDU", "GOV", "JUD", "NGO", "PTY", "REL"})
"""Sectors of groups that are bodies ("firms", "schools", "councils"), not people in need."""


def _for_people_in_need(tree: Tree, verb: int, purposes: list[int]) -> bool:
    """Whether money is pledged for people or after a disaster: "for the flood victims".

    People or a place named in what it is for ("for the victims", "for
    Africa"), or a disaster anywhere in the sentence ("for rebuilding after
    the earthquake").
    """
    people = load_actor_lexicon().people
    hazards = lexicons.word_set("hazard_words.txt")
    first, last = tree.sentence_span(tree.sentence_of[verb])
    if any(tree.tokens[t].lemma.lower() in hazards for t in range(first, last)):
        return True
    # Bodies named in the plural ("schools", "lenders") are what the money
    # is spent on, not people in need.
    in_need = {word for word, sector in people.items() if sector not in _BODY_SECTORS}
    return any(
        tree.tokens[t].text.lower() in in_need or tree.tokens[t].pos == "PROPN"
        for purpose in purposes
        for t in range(*tree.subtree(purpose))
    )


def _assents(tree: Tree, trigger: _Trigger) -> bool:
    """Whether "agree" or "accept" takes a view as true, rather than a deal or a deed.

    "Mr Reid agreed the figures were poor", "Ms Hale agreed, but said ...",
    "most analysts accept": one side assenting to a claim, to nothing to do
    and with no one. "agreed to pay", "agreed a deal", "accepted the offer",
    "agreed to the suspension" keep their complement; two sides agreeing
    ("the two firms agreed that talks would resume") are read as a deal.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.words not in _ASSENTING or word.pos != "VERB" or word.dep in _MODIFYING:
        return False  # "the terms Chile accepted", "the agreed plan": the noun is agreed
    if is_negated(tree, trigger.token):
        return False  # "does not accept there is any need for it" rejects it
    return not any(tree.tokens[c].dep in _AGREED_TO for c in tree.children[trigger.token])


_ASSENTING = frozenset({("agree",), ("accept",)})
_MODIFYING = frozenset({"relcl", "acl", "amod"})
_AGREED_TO = frozenset({"dobj", "obj", "xcomp", "prep", "dative", "nsubjpass", "auxpass"})
"""What "agree" or "accept" takes when it tells of a deal or a deed: an object, an
infinitive, a preposition ("to the suspension", "on a date"); a passive ("was
accepted") is a deed done to something."""


def _withholds(tree: Tree, trigger: _Trigger) -> bool:
    """Whether "deny" withholds something from someone rather than denies a claim.

    "denied him bail", "denying people choice": the model reads the two
    objects as a clause of a bare verb ("him bail"); a claim denied is told
    with a tense ("denied that he had met them") or a noun ("denied the
    claims").
    """
    if trigger.cue.type != "REJECT" or tree.tokens[trigger.token].lemma.lower() != "deny":
        return False
    return any(
        tree.tokens[c].dep == "ccomp"
        and tree.tokens[c].tag == "VB"
        and not any(tree.tokens[g].dep in ("aux", "mark") for g in tree.children[c])
        for c in tree.children[trigger.token]
    )


def _refuses_to_refuse(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a refusal is of a refusal: "refused to rule out an interest" keeps it open.

    Declining to deny, reject or rule out is no rejection of anyone; what
    is refused is itself a cue of REJECT in the lexicon.
    """
    if trigger.cue.type != "REJECT" or trigger.cue.pos != "VERB":
        return False
    verbs = load().verbs
    for act in tree.children[trigger.token]:
        if tree.tokens[act].dep != "xcomp":
            continue
        words = {tree.tokens[c].text.lower() for c in tree.children[act]}
        if any(
            cue.type == "REJECT" and (cue.particle is None or cue.particle in words)
            for cue in verbs.get(tree.tokens[act].lemma.lower(), ())
        ):
            return True
    return False


def _done_by_someone_to_nobody(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether a participle after a noun tells who did it to a thing: "goods seized by police".

    A judgement of someone's move judges them: "in a move branded a retreat
    by the Tories". A claim denied is a denial told, as "Labour denied the
    claims" would tell it: "accusations of racism, claims denied by Labour".
    """
    if not _done_by_someone(tree, trigger.token):
        return False
    noun = tree.tokens[trigger.token].head
    if trigger.cue.type == "REJECT" and tree.tokens[noun].lemma.lower() in _CLAIM_NOUNS:
        return False
    if _among(tree, noun):
        return False  # "X was among those detained by police": done to X
    movers = _mover(tree, noun) if trigger.cue.type in _SPOKEN_TYPES else []
    return not any(index.actors_at(tree, n) for n in (noun, *movers))


_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "suggestion", "report"})
"""What one denies of oneself: a claim denied by someone is that one's denial."""


def _reality(
    tree: Tree, trigger: _Trigger, cue: Cue, actors: tuple[str, ...], *, hypothetical: bool
) -> tuple[Cue, bool, bool, list[str]]:
    """The event's cue, whether it is negated and hypothetical, and the steps that say so.

    Backing withheld is a refusal, told as it stands: "cannot support" is a
    REJECT, neither negated nor a plan.
    """
    negated = is_negated(tree, trigger.token)
    if not negated and _doer_of_a_denied_verb(tree, trigger, actors):
        return cue, True, hypothetical, [_DENIED_VERB_STEP] + [_HYPOTHETICAL_STEP] * hypothetical
    if negated and actors and _withheld_backing(tree, trigger):
        rejection = dataclasses.replace(cue, type="REJECT", mode=None)
        return rejection, False, False, ["backing withheld ('cannot support'): SUPPORT -> REJECT"]
    threat = _threat_made(tree, trigger, cue) if hypothetical and not negated else None
    if threat is not None:
        return threat[0], False, False, [threat[1]]
    said = ["negated"] * negated + [_HYPOTHETICAL_STEP] * hypothetical
    return cue, negated, hypothetical, said


def _threat_made(tree: Tree, trigger: _Trigger, cue: Cue) -> tuple[Cue, str] | None:
    """The threat an act to come makes, and the step that says so, if its telling is one.

    Vowing to do harm is the threat itself, told now: "vowed to retaliate",
    "warned it would impose sanctions on Minsk", "said it will sue the
    agency", "will vote against the bill unless it is changed".
    """
    if cue.type == "THREATEN" and _vowed(tree, trigger.token):
        return cue, "a vow of what one will do to another is the threat itself"
    threatened = _THREATENED_MODES.get(
        (cue.type, cue.mode), _THREATENED_MODES.get((cue.type, None))
    )
    if threatened is not None and _warned_of(tree, trigger.token):
        threat = dataclasses.replace(cue, type="THREATEN", mode=threatened or None)
        return threat, f"a warning of what one will do: {cue.type} -> THREATEN"
    if _vows_to_sue(tree, trigger, cue):
        threat = dataclasses.replace(cue, type="THREATEN", mode=None)
        return threat, "a vow to sue another is a threat: ACCUSE -> THREATEN"
    if cue.type in _HELD_OVER and _vowed_unless(tree, trigger.token):
        threat = dataclasses.replace(cue, type="THREATEN", mode=threatened or None)
        return threat, f"a harm vowed unless another acts: {cue.type} -> THREATEN"
    return None


_HELD_OVER = frozenset({"REJECT", "RETREAT", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
"""Acts one may hold over another by vowing them on a condition: "will strike unless"."""


def _vowed_unless(tree: Tree, verb: int) -> bool:
    """Whether an act is vowed on the condition that another does not act.

    "The Tories say they will vote against the bill unless it is changed",
    "said they would walk out if the offer was not improved": the act is
    held over the other side until it gives way, which is a threat. A plain
    condition is none: "would resign if the vote went against him".
    """
    return _vowed(tree, verb) and any(
        tree.tokens[clause].dep == "advcl" and _condition_unmet(tree, clause)
        for clause in tree.children[verb]
    )


def _condition_unmet(tree: Tree, clause: int) -> bool:
    """Whether a clause makes its condition that something is not done: "unless", "if ... not"."""
    marks = {
        tree.tokens[c].text.lower() for c in tree.children[clause] if tree.tokens[c].dep == "mark"
    }
    negated = any(tree.tokens[c].dep == "neg" for c in tree.children[clause])
    return "unless" in marks or ("if" in marks and negated)


_HYPOTHETICAL_STEP = "hypothetical (modal, condition or plan)"
_SUE = ("sue",)


def _vows_to_sue(tree: Tree, trigger: _Trigger, cue: Cue) -> bool:
    """Whether a lawsuit is vowed ("said it will sue"), not told by a threat verb of its own.

    "threatened to sue" is already the verb's threat: the lawsuit adds none.
    """
    word = tree.tokens[trigger.token]
    told_as_threat = word.dep == "xcomp" and tree.tokens[word.head].lemma.lower() == "threaten"
    return cue.words == _SUE and not told_as_threat and _vowed(tree, trigger.token)


_THREATENED_MODES: dict[tuple[str, str | None], str] = {
    ("ASSAULT", None): "force",
    ("SANCTION", None): "sanction",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", "deport"): "expel",
    ("PROTEST", "strike"): "",
    ("PROTEST", "boycott"): "",
}
"""Acts whose doer, warning that it will do them, threatens them, and the threat's mode."""


def _warned_of(tree: Tree, token: int) -> bool:
    """Whether an act is one its doer warns it will do: "warned it would call a strike"."""
    verb = token
    for _ in range(3):  # "warned it would stage a series of strikes": the noun's verb
        if tree.tokens[verb].pos in ("VERB", "AUX"):
            break
        verb = tree.tokens[verb].head
    governor = tree.tokens[tree.tokens[verb].head]
    return governor.lemma.lower() == "warn" and _vowed(tree, verb)


_VOWS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "say", "insist"})
"""Verbs by which one tells what one will do: "vowed to retaliate", "said it would retaliate"."""


def _vowed(tree: Tree, verb: int) -> bool:
    """Whether a threatening act is one its doer vows to do, not one the text supposes.

    "The Kremlin vowed to retaliate", "Moscow said it would retaliate against
    EU firms": the act is to come, but saying so is the threat. Not under a
    condition ("if the West ..., Moscow would retaliate").
    """
    tokens = tree.tokens
    if any(tokens[c].dep == "mark" for c in tree.children[verb]):
        return False  # "if", "unless", "whether": supposed, not vowed
    word = tokens[verb]
    governor = tokens[word.head]
    if word.dep == "xcomp":
        return governor.lemma.lower() in _VOWS
    modal = any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in ("will", "would", "'ll")
        for c in tree.children[verb]
    )
    return modal and word.dep == "ccomp" and governor.lemma.lower() in _VOWS


def _withheld_backing(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a backing verb is itself negated: "the US cannot support the plan" rejects it.

    Only a "not" on the verb; "denied that it backed the plan" says nothing
    of what it thinks of the plan now. A modal makes no plan of it ("cannot
    support", "will not accept" refuse now), but a condition does ("if Peru
    does not accept the ruling"). Praise or a welcome withheld is no
    refusal, and the caller asks for an actor who withholds it ("the
    evidence does not support the claim" rejects nothing).
    """
    verb = trigger.token
    return (
        trigger.cue.pos == "VERB"
        and trigger.cue.words in _BACKING
        and any(tree.tokens[c].dep == "neg" for c in tree.children[verb])
        and not any(
            tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in ("if", "unless")
            for c in tree.children[verb]
        )
    )


def _a_label(tree: Tree, trigger: _Trigger) -> bool:
    """Whether an event noun is what someone calls a thing, not an event of its own.

    "the move was branded a humiliating retreat", "called the vote a
    betrayal", "dubbed it a surrender": the noun judges the thing named.
    "described the raid as an attack on Iraq" keeps its attack, which is the
    raid told again.
    """
    if trigger.cue.pos != "NOUN":
        return False
    word = tree.tokens[trigger.token]
    verb = word.head
    # The parser often takes the label for an object; it is one only after
    # the thing named ("called the vote a betrayal") or on a passive verb
    # ("was branded a retreat"). "called talks" is the verb's own object.
    second_object = word.dep == "dobj" and (
        subject_of(tree, verb)[1]
        or any(tree.tokens[c].dep == "dobj" for c in tree.children[verb] if c < trigger.token)
    )
    naming = tree.tokens[verb].lemma.lower() in lexicons.word_set("naming_verbs.txt")
    return naming and (word.dep == "oprd" or second_object)


def _labels_no_wrong(tree: Tree, trigger: _Trigger, *, of_someone: bool) -> bool:
    """Whether a naming verb puts no judgement on what it names.

    "called the plans dangerous", "ruled that the detentions were unlawful"
    accuse; "called a meeting", "ruled the country" do not. "brand" needs no
    judgement word: news brands only to condemn. A plain word of worth judges
    only someone named (``of_someone``): "described him as a great
    statesman" praises him, "described the blast as huge" no one.
    """
    if not _names_with_a_label(trigger.cue):
        return False  # "hailed his chancellor's performance" backs him; "brand" always blames
    roles = _LABEL_ROLES if of_someone else _JUDGEMENT_ONLY
    return not _label_judgements(tree, trigger.token, roles) & {"ACCUSE", "SUPPORT", "REJECT"}


def _names_with_a_label(cue: Cue) -> bool:
    """Whether a cue is a naming verb whose label says what it does: "called", not "branded"."""
    words = cue.words
    return (
        cue.type == "ACCUSE"
        and cue.pos == "VERB"
        and len(words) == 1
        and words != ("brand",)
        and words[0] in lexicons.word_set("naming_verbs.txt")
    )


def _label_judgements(tree: Tree, verb: int, roles: frozenset[str]) -> set[str]:
    """The types of the judgement words in what a naming verb calls its object.

    "called the plans dangerous" holds an ACCUSE, "described him as very
    talented" a SUPPORT; so, of someone, does "as a great statesman".
    """
    return {
        cue.type
        for t in _label_words(tree, verb)
        if (cue := statement_cue_of(tree.tokens[t])) is not None and cue.role in roles
    }


_JUDGEMENT_ONLY = frozenset({"judgement"})
_LABEL_ROLES = frozenset({"judgement", "bearer"})
"""Words a label judges someone by: "called him dangerous", and plain worth: "described him as a
great statesman", which qualifies what the one named is."""


def _label_words(tree: Tree, verb: int) -> Iterator[int]:
    """The words of what a naming verb calls its object: "(called the plans) dangerous".

    Its complement, a clause it says ("ruled that ... was unlawful"), an
    object after the thing named ("called the vote a betrayal"), or what
    it names the thing "as".
    """
    objects = [c for c in tree.children[verb] if tree.tokens[c].dep == "dobj"]
    labels = [
        c
        for c in tree.children[verb]
        if tree.tokens[c].dep in ("oprd", "xcomp", "acomp", "ccomp", "attr")
    ] + objects[1:]
    for holder in (verb, *objects):
        # "as a betrayal", and "as very talented", which the parser hangs on "as" itself.
        labels += [
            c
            for c in tree.children[holder]
            if tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "as"
        ]
    for label in labels:
        yield from range(*tree.subtree(label))


def _sides_missing(
    cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...], *, mutual: bool = False
) -> bool:
    """Whether an event names too few sides: none at all, or an offer or a claim made of no one.

    A sanction is done to someone: "suspended gun sales in the state", "the
    ban on hunting", "risk jail terms" with no one named as its target
    stop or forbid a thing. So is blame, and a loan (``_NEEDS_SOMEONE_DONE_TO``),
    unless two or more doers do it to one another (``mutual``: "both sides
    blamed the other"), each the other's recipient.
    """
    if cue.pos == "ADJ+PREP":
        return not (actors and recipients)  # a stance is held toward someone: "fond of golf"
    if cue.words in _FORETELLING and cue.pos == "VERB":
        return not actors  # kept for now: the home government may be whom it charges
    if cue.words in _NEEDS_BOTH_SIDES or cue.words == CLAIM:
        return not (actors and recipients)  # "the Tories offered a hard right agenda"
    if cue.type == "SANCTION" or cue.words in _NEEDS_SOMEONE_DONE_TO:
        return not recipients and not (mutual and len(actors) >= _A_PAIR)
    return not (actors or recipients)


_A_PAIR = 2


def _done_to_one_another(tree: Tree, verb: int) -> bool:
    """Whether a verb's object is its doers themselves: "blamed each other", "the other".

    "Both sides blamed the other", "the two parties blamed one another".
    """
    return any(
        tree.tokens[c].dep == "dobj"
        and tree.tokens[c].lemma.lower() in ("other", "another")
        and (
            tree.tokens[c].lemma.lower() == "another"
            or any(tree.tokens[d].text.lower() in ("each", "the") for d in tree.children[c])
        )
        for c in tree.children[verb]
    )


# Cues that tell of an event only with the one they are done to named: "blamed
# the weather for its lower sales" and "blamed the fall on high prices" give a
# cause, not a charge against anyone; "its loans", "banks lend to firms" are
# trade, not aid, with no borrower named; "helping out behind the counter",
# "used his savings to help with the start-up" help no one named; "wants the
# job", "wants to stand again" ask nothing of anyone.
_WANT = ("want",)
_NEEDS_SOMEONE_DONE_TO = frozenset(
    {("blame",), ("loan",), ("lend",), ("help",), ("assist",), ("press",), _WANT}
)
"""Cues that tell an event only of someone they are done to: "Mr Lee pressed." after a
question he put presses no one named, and "pressed the point" is no demand."""


def _doer_unknown(tree: Tree, trigger: _Trigger, subject: int | None, *, passive: bool) -> bool:
    """Whether a spoken act's doer is named, but as no actor the stage knows.

    "The report urged the agency to act", "It blamed the department",
    "Members urged ministers to ...": someone said it, and the event is
    theirs; told with no actor it matches no one, so it is left out. A
    passive ("he was accused of fraud"), a verb with no subject ("attacking
    Mr Ross had cost him votes"), an empty "it" ("it is wrong to blame
    them") and people at large ("thousands complained") leave the doer
    unsaid instead; deeds ("the bombs which killed four soldiers") are
    told with their doer unknown often enough to keep.
    """
    if trigger.cue.pos == "NOUN" or trigger.cue.type not in _SPOKEN_TYPES:
        return False
    if subject is None or passive:
        return False
    word = tree.tokens[subject]
    return word.dep != "expl" and word.pos != "NUM" and word.lemma.lower() not in _PEOPLE_AT_LARGE


def _polled(tree: Tree, trigger: _Trigger, *, passive: bool) -> bool:
    """Whether a passive with no doer tells of people polled: "2,000 adults were questioned"."""
    lemma = tree.tokens[trigger.token].lemma.lower()
    return passive and lemma in lexicons.word_set("polling_verbs.txt")


_PEOPLE_AT_LARGE = frozenset({"people", "thousand", "hundred", "many", "some", "others"})
"""Subjects that name no one in particular, whom a gold coder leaves open."""


def _doer_missing(cue: Cue, actors: tuple[str, ...], *, passive: bool) -> bool:
    """Whether a reported act names no doer where the text would name one.

    A passive leaves its doer out ("he was freed from prison"), and
    accusations, demands, arrests and attacks are reported with the doer
    unknown ("the embassy was attacked", "calls for his resignation"); but
    "help", "backed" or "a deal with the lenders" with no doer found is
    more often a misreading than an event. "The war on Iraq" with no side
    named is background, not an act.
    """
    if cue.needs_preposition or (cue.pos == "NOUN" and cue.words in _EXERTED):
        return not actors
    return not actors and not passive and cue.type not in _DOER_MAY_GO_UNNAMED


_DOER_MAY_GO_UNNAMED = frozenset({"ACCUSE", "REQUEST", "COERCE", "ASSAULT", "PROTEST"})
# Event nouns that are a side's act only with that side named: "French
# pressure on Berlin" is a demand; "there is pressure on the firm to raise
# its offer", "pressure from rivals" tell of a market or a mood, no one's demand.
_EXERTED = frozenset({("pressure",)})


def _shows_something(tree: Tree, trigger: _Trigger) -> bool:
    """Whether "demonstrate" means to show: "the party is demonstrating that it leads"."""
    return (
        trigger.cue.type == "PROTEST"
        and trigger.cue.words == ("demonstrate",)
        and any(tree.tokens[c].dep in ("dobj", "ccomp") for c in tree.children[trigger.token])
    )


def _speaker_as_doer(
    analysis: Analysis, tree: Tree, trigger: _Trigger
) -> tuple[tuple[str, ...], list[str]]:
    """The speaker who says "I" or "we" did it: '"We will not accept this," the minister said'.

    "I" may close a list: "my wife and I were fond of him" is the speaker's stance too.
    """
    subject, passive = subject_of(tree, trigger.token)
    if trigger.cue.pos == "NOUN" or passive or subject is None:
        return (), []
    said = next(
        (w for w in _subject_and_conjuncts(tree, subject) if w.lower() in ("i", "we")), None
    )
    if said is None:
        return (), []
    quote = _quote_around(analysis, tree.tokens[subject].start)
    if quote is None or quote.speaker is None:
        return (), []
    return (quote.speaker,), [f"{_INFERRED}actor: the speaker of the quote that says '{said}'"]


def _subject_and_conjuncts(tree: Tree, subject: int) -> list[str]:
    """The words of a subject and of the subjects joined to it: "my family and I"."""
    joined = [c for c in tree.children[subject] if tree.tokens[c].dep == "conj"]
    return [tree.tokens[word].text for word in (subject, *joined)]


def _unknown_speaker_acts(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether a verb's doer is "I", "we" or "you" that names no actor.

    "I agree with Mr Forsyth" in a reader's letter: whoever agrees is no one
    the article names, and an event told by its recipient alone says little.
    """
    if trigger.cue.pos == "NOUN":
        return False
    subject, passive = subject_of(tree, trigger.token)
    return (
        subject is not None
        and not passive
        and tree.tokens[subject].text.lower() in ("i", "we", "you")
        and not index.actors_at(tree, subject)
    )


def _threat_of_things(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether a threat is posed by things, not made by anyone.

    "a price dispute that threatened the economy", "high oil prices
    threaten growth": no actor threatens.
    """
    if trigger.cue.type != "THREATEN" or trigger.cue.pos != "VERB":
        return False
    subject, passive = subject_of(tree, trigger.token)
    if passive or subject is None:
        return False
    return tree.tokens[subject].pos == "NOUN" and not index.actors_at(tree, subject)


def _other_sense(tree: Tree, trigger: _Trigger) -> bool:
    """Whether an event noun is used in a sense that is no event.

    "talks" are negotiations, but "talk of threats" is speech; a demand is
    someone's and countable ("the Tories' demand", "a demand for an
    inquiry"), but "huge demand for air travel", a bare mass noun, is the
    market's.
    """
    if trigger.cue.pos != "NOUN" or tree.tokens[trigger.token].tag != "NN":
        return False
    if trigger.cue.words == ("talk",):
        return True
    return trigger.cue.words == ("demand",) and not any(
        tree.tokens[c].dep in ("det", "poss") for c in tree.children[trigger.token]
    )


def _promises_an_act(tree: Tree, trigger: _Trigger) -> bool:
    """Whether an aid verb gives no aid but pledges or helps to do something else.

    "pledged to oppose the bill", "helps guarantee fair trade", "helped the
    prime minister win three elections": the act is the verb after it, which
    has its own cue if it is an event. "pledged cleaner hospitals" promises a
    policy; a pledge gives aid when what is pledged is money or aid.
    """
    if trigger.cue.type != "AID" or trigger.cue.pos != "VERB":
        return False
    acts = [tree.tokens[c] for c in tree.children[trigger.token]]
    if any(a.dep == "xcomp" or (a.dep == "ccomp" and a.tag == "VB") for a in acts):
        return True
    pledged = object_of(tree, trigger.token)
    return trigger.cue.words[0] == "pledge" and pledged is not None and not _is_aid(tree, pledged)


def _sells_goods(tree: Tree, trigger: _Trigger) -> bool:
    """Whether "supply" tells of trade: "a deal to supply Peugeot with 30,000 cars".

    Supplying is aid when what is supplied is aid ("supplied food aid to the
    region"); weapons supplied have cues of their own ("supply arms").
    """
    if trigger.cue.words != ("supply",):
        return False
    supplied = [
        *_undergoers(tree, trigger.token),
        *prepositional_objects(tree, trigger.token, frozenset({"with"})),
    ]
    return not any(_names_aid(tree, t) for t in supplied)


def _signs_up(tree: Tree, trigger: _Trigger) -> bool:
    """Whether "sign up" enrols in a service or a scheme rather than signs a deal.

    "millions signed up for broadband", "firms signing up to the scheme",
    "actors signed up for the sitcom": a customer or a member joins. "signed
    up to the treaty", "signed up for a $12bn deal" keep their agreement.
    """
    verb = trigger.token
    if trigger.cue.words != ("sign",) or not any(
        tree.tokens[c].dep == "prt" and tree.tokens[c].text.lower() == "up"
        for c in tree.children[verb]
    ):
        return False
    agreements = lexicons.word_set("documents.txt") | lexicons.word_set("proposals.txt")
    joined = prepositional_objects(tree, verb, frozenset({"for", "to", "with"}))
    return not any(tree.tokens[t].lemma.lower() in agreements for t in joined)


def _is_aid(tree: Tree, token: int) -> bool:
    """Whether a thing given is money or aid: "£76m", "millions", "aid", "a loan"."""
    return _names_aid(tree, token) or any(
        tree.tokens[i].ent_type in {"MONEY", "CARDINAL"} or tree.tokens[i].tag in {"CD", "$"}
        for i in (token, *tree.children[token])
    )


def _names_aid(tree: Tree, token: int) -> bool:
    """Whether a thing given is called aid, itself or by a word on it: "food aid", "a loan"."""
    return any(tree.tokens[i].lemma.lower() in _aid_nouns() for i in (token, *tree.children[token]))


@functools.cache
def _aid_nouns() -> frozenset[str]:
    return frozenset(c.words[-1] for c in load().nouns.values() if c.type == "AID")


def _counterparts(
    article: Article,
    index: ActorIndex,
    cue: Cue,
    actors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> tuple[str, ...] | None:
    """The recipients a consultation really has; None when it has none left."""
    if cue.type != "CONSULT" or not recipients:
        return recipients
    # "spoke to the BBC", "told reporters": talking to the press is no consultation.
    kept = tuple(r for r in recipients if r not in index.press)
    if cue.particle == "to" and cue.words[0] in ("speak", "talk"):
        # "speaking to MPs", "speaking to the House Budget Committee": one
        # addresses a parliament, one does not consult it.
        sectors = {a.id: a.sector for a in article.actors}
        kept = tuple(r for r in kept if sectors.get(r) != "LEG")
    if cue.mode == "visit":
        # "the Lib Dem leader visits Dorset": a tour of home towns meets no one.
        kept = _abroad(article, actors, kept)
    return kept or None


def _host_of_the_envoy(article: Article, actors: tuple[str, ...]) -> tuple[str, ...]:
    """Whom a diplomatic step naming no one is taken against: the story's own country.

    "Mali ordered the French ambassador out ... France recalled its envoy for
    consultations": the envoy was in Mali, the country the story is about,
    when the one who recalls him is of another.
    """
    home = home_government(article.actors)
    doers = {a.country for a in article.actors if a.id in actors}
    if home is None or home.country is None or home.country in doers:
        return ()
    return (home.id,)


def _visited_country(
    article: Article, tree: Tree, trigger: int, visitors: tuple[str, ...]
) -> tuple[str, ...]:
    """The country whose place a visit goes to, when the article has it as an actor.

    "Chile's president will visit Oslo" visits Norway; a place in the
    visitors' own country is visited, not consulted.
    """
    place = _place_visited(article, tree, trigger)
    if place is None or place.country is None or place.country in _home(article, visitors):
        return ()
    return _country_actor(article, place.country)


def _place_visited(article: Article, tree: Tree, trigger: int) -> Place | None:
    """The place a visit's object or its "to" names, when the places stage found it.

    A visit one arrives for is to where one arrives: "arrived in Belgrade
    for a state visit".
    """
    to = prepositional_objects(tree, trigger, frozenset({"to"}))
    object_ = object_of(tree, trigger)
    heads = [object_] if object_ is not None else to
    if not heads and tree.tokens[trigger].dep == "pobj":
        coming = tree.tokens[tree.tokens[trigger].head].head
        if tree.tokens[coming].lemma.lower() in _COMING:
            heads = prepositional_objects(tree, coming, frozenset({"in", "to"}))
    if not heads:
        return None
    start = tree.tokens[heads[0]].start
    return next((p for p in article.places if any(s <= start < e for s, e in p.mentions)), None)


def _toured_at_home(
    article: Article,
    tree: Tree,
    trigger: _Trigger,
    visitors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> bool:
    """Whether a visit that names no one visited goes to a place in the visitors' own country.

    "Kennedy steps up his campaign as he visits Leeds, York and Hull": a
    tour at home consults no one; a trip abroad may still name its host
    later, or none the stage knows.
    """
    if trigger.cue.mode != "visit" or recipients:
        return False
    place = _place_visited(article, tree, trigger.token)
    return (
        place is not None
        and place.country is not None
        and place.country in _home(article, visitors)
    )


def _state_where(article: Article, place_id: str | None, sentence: Span) -> tuple[str, ...]:
    """The state that arrests or deports where the event was, when its sentence names it.

    "The men were arrested when they landed in London": only a state's
    police arrest, and in Britain that is Britain's.
    """
    place = next((p for p in article.places if p.id == place_id), None)
    if place is None or not any(sentence[0] <= start < sentence[1] for start, _ in place.mentions):
        return ()
    return _country_actor(article, place.country)


def _country_actor(article: Article, country: str | None) -> tuple[str, ...]:
    """The article's actor for a country, as a one-actor side, if it has one."""
    return tuple(a.id for a in article.actors if a.kind == "country" and a.country == country)[:1]


def _home(article: Article, visitors: tuple[str, ...]) -> set[str | None]:
    """The countries the visitors (actor ids) come from."""
    return {a.country for a in article.actors if a.id in visitors}


def _abroad(
    article: Article, visitors: tuple[str, ...], visited: tuple[str, ...]
) -> tuple[str, ...]:
    """The visited who are not places in the visitors' own country."""
    by_id = {a.id: a for a in article.actors}
    home = _home(article, visitors)
    named_places = {span for place in article.places for span in place.mentions}

    def home_place(actor: Actor) -> bool:
        return (
            actor.kind != "country"
            and actor.country in home
            and bool(actor.mentions)
            and all(span in named_places for span in actor.mentions)
        )

    return tuple(v for v in visited if v not in by_id or not home_place(by_id[v]))


_OWN_PLANS = frozenset({"plan", "proposal", "scheme"})
"""What a side suspends or freezes of its own: not a deal or aid, which are another's loss."""


def _dismissed_from_a_post(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether "dismiss" puts a person out of a job: "the trader was unfairly dismissed".

    One dismisses a claim, a plan or a rival "as" something; a person
    dismissed with no "as" is sacked, which is no rejection.
    """
    verb = trigger.token
    if trigger.cue.words != ("dismiss",) or tree.tokens[verb].pos != "VERB":
        return False
    if any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "as"
        for c in tree.children[verb]
    ):
        return False
    # "dismissed Mr Howard's claims": his claims, not he, are dismissed.
    return any(
        index.kinds.get(actor) == "person"
        for t in _done_to(tree, trigger)
        if not _owned_thing(tree, t)
        for actor in index.actors_at(tree, t)
    )


def _owned_thing(tree: Tree, noun: int) -> bool:
    """Whether a common noun names someone's thing: "Mr Howard's claims", "his plans"."""
    return tree.tokens[noun].pos == "NOUN" and any(
        tree.tokens[c].dep == "poss" for c in tree.children[noun]
    )


def _done_to_a_thing(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether a meeting, aid, release, killing or sanction is done to a thing, not a counterpart.

    "met its objectives", "telephoning millions of voters", "fund the
    takeover", "help others": one meets, phones, funds or helps an actor,
    and an object that names none says the verb means something else.
    "Released a statement", "killed the deal": one frees or kills people;
    "suspended its shares": one sanctions an actor.
    """
    cue = trigger.cue
    if cue.words in _DONE_TO_PEOPLE:
        # "Apple released the software", "the deal was killed by the
        # Pentagon": one frees or kills people, and a thing is no victim;
        # nor is what "it" or "which" stands for ("soon after it was
        # released", "ahead of its release"): people are "he", "she",
        # "they", "who".
        undergoers = [*_done_to(tree, trigger), *_possessors(tree, trigger)]
        return any(
            _a_thing(tree, index, t) or tree.tokens[t].text.lower() in _NEUTER_PRONOUNS
            for t in undergoers
        )
    if cue.pos != "NOUN" and cue.type in ("SANCTION", "COERCE"):
        # "Petrolux's shares were suspended": a market's act, no sanction;
        # "suspended plans to close the ward": a side's own plan put off.
        things = lexicons.word_set("securities.txt") | _OWN_PLANS
        return any(tree.tokens[t].lemma.lower() in things for t in _done_to(tree, trigger))
    if cue.words == ("accept",):
        return _accepts_a_point(tree, trigger, index)
    if cue.pos != "VERB" or cue.type not in ("CONSULT", "AID") or not cue.recipient_object:
        return False
    obj = object_of(tree, trigger.token)
    return (
        obj is not None
        and tree.tokens[obj].pos in ("NOUN", "NUM", "PRON")
        and tree.tokens[obj].tag != "PRP"
        and not index.actors_at(tree, obj)
    )


def _accepts_a_point(tree: Tree, trigger: _Trigger, index: ActorIndex) -> bool:
    """Whether "accept" grants a point rather than agreeing to what someone put forward.

    "accepted the Paris Club offer", "accepted the ruling" agree; "accepted
    the difficult balance", "accepted Mr Blunkett's word" do not.
    """
    obj = object_of(tree, trigger.token)
    if obj is None or obj in index.by_token:
        return False  # "accepted Mr Blunkett's word" is his word, not him
    if tree.tokens[obj].tag == "CD" or any(tree.tokens[c].tag == "$" for c in tree.children[obj]):
        return False  # "accepted a $6bn buyout": the parse lost what the sum is for
    agreed = (
        lexicons.word_set("proposals.txt")
        | lexicons.word_set("documents.txt")
        | lexicons.word_set("accepted_things.txt")
    )
    return tree.tokens[obj].lemma.lower() not in agreed


# Cues whose object is a person when they tell of an event: "freed the
# hostages", "killed two soldiers", "the release of the prisoners".
_DONE_TO_PEOPLE = frozenset({("release",), ("free",), ("kill",)})


_NEUTER_PRONOUNS = frozenset({"it", "its", "which"})


def _possessors(tree: Tree, trigger: _Trigger) -> list[int]:
    """An event noun's possessor, who undergoes it: "its release", "his arrest"."""
    if trigger.cue.pos != "NOUN":
        return []
    return [c for c in tree.children[trigger.token] if tree.tokens[c].dep == "poss"]


def _done_to(tree: Tree, trigger: _Trigger) -> list[int]:
    """What a verb is done to (its object or passive subject), or a noun's "of" object."""
    if trigger.cue.pos == "NOUN":
        return prepositional_objects(tree, trigger.token, frozenset({"of"}))[:1]
    return _undergoers(tree, trigger.token)


def _undergoers(tree: Tree, verb: int) -> list[int]:
    """What a verb is done to: its object, or its subject when it is passive."""
    subject, passive = subject_of(tree, verb)
    obj = object_of(tree, verb)
    return [t for t in (obj, subject if passive else None) if t is not None]


def _a_thing(tree: Tree, index: ActorIndex, noun: int) -> bool:
    """Whether a noun is a thing one releases, issues or drops, and names no actor.

    "released its figures", "the deal was killed"; a person the lexicons do
    not list ("freed the hostage") is no such thing.
    """
    return noun not in index.by_token and tree.tokens[noun].lemma.lower() in put_forward()


def _hazard(tree: Tree, trigger: int) -> bool:
    """Whether deaths are told of a disaster, not an attack.

    "The tsunami killed 30,000 people", "the storm which killed six",
    "were killed in the earthquake", "died in a crash", "the jet crashed,
    killing 200".
    """
    subject, passive = subject_of(tree, trigger)
    causes = [] if passive or subject is None else [subject]
    causes += prepositional_objects(tree, trigger, frozenset({"in", "by"}))
    if tree.tokens[trigger].dep == "advcl" and tree.tokens[trigger].tag == "VBG":
        # "The plane crashed into the sea, killing all 228 on board": the
        # verb the participle follows tells what killed them; not a clause
        # of time ("the talks collapsed after rebels attacked a convoy").
        causes.append(tree.tokens[trigger].head)
    if tree.tokens[trigger].dep == "relcl":
        # "the collapse of a canopy that killed 15": the parse hangs the
        # clause on the thing that fell, not on its fall.
        causes.append(tree.tokens[trigger].head)
    hazards = lexicons.word_set("hazard_words.txt")
    return any(
        tree.tokens[c].lemma.lower() in hazards and not _shooting(tree.tokens[c])
        for c in (*causes, *(_befallen(tree, c) for c in causes))
    )


def _befallen(tree: Tree, noun: int) -> int:
    """The noun of what befell a thing, if it is told as of it, else the thing itself.

    "the collapse of a canopy", "the sinking of the ferry": what killed is
    the collapse.
    """
    head = tree.tokens[noun].head
    of = tree.tokens[head]
    return of.head if of.text.lower() == "of" and tree.tokens[noun].dep == "pobj" else noun


def _shooting(token: Token) -> bool:
    """Whether a word of hazard is a weapon's firing: "police fired live rounds, killing three"."""
    return token.pos == "VERB" and token.lemma.lower() == "fire"


def _needs_counterpart(cue: Cue) -> bool:
    """Whether a cue says nothing without its counterpart: "spoke to reporters", "met with"."""
    return cue.pos == "VERB" and cue.type == "CONSULT" and not cue.recipient_object


def _a_call_with_no_one(cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...]) -> bool:
    """Whether a phone call names one side only: "their phone calls", "everyone we phone".

    A call is a consultation between two sides the text names ("phoned the
    president", "a phone call between Paris and Berlin"); with one, it is
    a service, a habit or a campaign's canvassing.
    """
    return cue.mode == "phone" and not recipients and len(actors) < _SMALLEST_LIST


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
    """Whether two deeds of force are told by the same side in the same sentence, alike in fact.

    A coercion or sanction of a kind of its own is another deed: "arrested
    five people and imposed a curfew" is two.
    """
    return (
        event.type == other.type
        and event.type in _DEEDS_OF_FORCE
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
            if event.type in _SPOKEN_TYPES:
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
        if event.type not in _DEEDS_OF_FORCE or not event.actor or event.recipient:
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


_DEEDS_OF_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
"""Types whose telling with no one it was done to is the same side's deed of that type
named in its sentence: "police used water cannon to disperse the crowd", "adopted
sanctions on Russia, targeting its gas exports"."""


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
    the first date and place found stand.
    """
    groups: dict[tuple[object, ...], list[Event]] = {}
    separate = list(_per_counterpart(events))
    for key, event in zip(_happening_keys(separate), separate, strict=True):
        groups.setdefault(key, []).append(event)
    for number, told in enumerate(groups.values(), 1):
        # The telling that names whom it was done to stands for the others.
        first = next((e for e in told if e.recipient), told[0])
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
        )


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


def _denied_claim_events(
    analysis: Analysis, tree: Tree, index: ActorIndex, verbal: Mapping[int, str], told: int
) -> list[Event]:
    """The charges that rejections tell were made (:mod:`.denied_claims`)."""
    events: list[Event] = []
    for claim in denied_claims(tree, index, verbal):
        first, last = tree.sentence_span(tree.sentence_of[claim.noun])
        span = _sentence_chars(tree, first, last)
        date, place, setting = setting_of(analysis, tree, claim.noun, span, claim.actors)
        steps = [*claim.steps, *setting]
        events.append(
            Event(
                id=f"E{told + len(events) + 1}",
                type="ACCUSE",
                trigger=tree.tokens[claim.noun].text,
                span=span,
                actor=claim.actors,
                recipient=claim.recipients,
                date=date,
                place=place,
                confidence=_confidence(claim.actors, claim.recipients, steps),
                quote=_quote_id(analysis, tree.tokens[claim.noun].start),
                explanation=tuple(steps),
            )
        )
    return events


def _with_statements(
    analysis: Analysis,
    tree: Tree,
    index: ActorIndex,
    verbal: Mapping[int, str],
    events: list[Event],
) -> list[Event]:
    """The cue events, with the events that quotes and rejections of claims tell."""
    statements = _statement_events(analysis, tree, index, events)
    return [
        *(e for e in events if not _said_better(e, statements)),
        *statements,
        *_denied_claim_events(analysis, tree, index, verbal, len(events)),
    ]


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
    for statement in chain(
        statement_events(tree, index, quotes),
        critics_charges(tree, index, quotes),
        outraged_charges(tree, index, quotes),
        glad_backing(tree, index, quotes),
        fond_remembrances(tree, index, quotes),
        refusals(tree, index, quotes),
        closed_matters(tree, index, quotes),
        time_to_act(tree, index, quotes),
    ):
        first, last = tree.sentence_span(tree.sentence_of[statement.cue_token])
        span = _sentence_chars(tree, first, last)
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
                quote=statement.quote.id,
                explanation=(
                    *statement.steps,
                    *setting,
                    *[_SAID_LATER] * to_come,
                ),
            )
        )
    return events


_SAID_LATER = "hypothetical: the quote is still to be said ('will say', 'is expected to tell')"


def _said_later(tree: Tree, quote: Quote) -> bool:
    """Whether a quote is told as still to be said: "he will say", "she is expected to tell".

    A speech previewed is not yet given, so what it does to others has not
    happened either. The verb that says it is the quote's cue word nearest
    the quote, outside it.
    """
    cue = _cue_token(tree, quote)
    return cue is not None and still_to_be_said(tree, cue)


def _cue_token(tree: Tree, quote: Quote) -> int | None:
    """The token of the verb that says a quote: its cue word, nearest the quote, outside it."""
    if quote.cue is None:
        return None
    word = quote.cue.lower()
    start, end = quote.span
    candidates = [
        (min(abs(token.start - start), abs(token.start - end)), i)
        for i, token in enumerate(tree.tokens)
        if token.text.lower() == word and not start <= token.start < end
    ]
    return min(candidates)[1] if candidates else None


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


def _triggers(tree: Tree) -> Iterator[_Trigger]:
    cues = load()
    used: set[int] = set()
    for i, token in enumerate(tree.tokens):
        if token.pos == "VERB":
            found = _verb_trigger(tree, i, cues)
            if found is not None:
                used.update(found.words)
                yield found
    yield from _stance_triggers(tree, cues)
    for i, token in enumerate(tree.tokens):
        if token.pos in ("NOUN", "PROPN") and i not in used:
            for length in range(min(cues.longest_noun, i + 1), 0, -1):
                words = tuple(t.lemma.lower() for t in tree.tokens[i - length + 1 : i + 1])
                cue = cues.nouns.get(words)
                if cue is not None and cue.type == NO_EVENT:
                    break  # "a press release", "inflationary pressures"
                if cue is not None and cue.needs_preposition and not _names_whom(tree, i, cue):
                    break  # "the war" alone is background; "the war on Gaza" is an attack
                if cue is not None:
                    cue = _told_by_its_clause(tree, i, cue, cues.light_verbs)
                    yield _Trigger(i, tuple(range(i - length + 1, i + 1)), cue)
                    break


def _stance_triggers(tree: Tree, cues: Cues) -> Iterator[_Trigger]:
    """Adjectives that tell their subject's stance toward someone: "was critical of the plan".

    Only a predicate adjective with one of its recipient prepositions counts:
    "it is critical that we act" and "a critical stage" tell no stance. The
    verb it stands on is the trigger, as its subject, tense and negation are
    the stance's own: "was not critical of", "would be critical of".
    """
    for i, token in enumerate(tree.tokens):
        cue = cues.adjectives.get(token.lemma.lower())
        if cue is not None and token.dep == "acomp" and _names_whom(tree, i, cue):
            yield _Trigger(token.head, (i,), cue)


def _names_whom(tree: Tree, noun: int, cue: Cue) -> bool:
    """Whether one of a cue's recipient prepositions hangs on the noun: "war on Gaza"."""
    return any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in cue.recipient_preps
        for c in tree.children[noun]
    )


def _told_by_its_clause(tree: Tree, noun: int, cue: Cue, light: dict[tuple[str, str], Cue]) -> Cue:
    """The cue a noun makes with its own clause's verb: "the strikes the US carried out"."""
    for child in tree.children[noun]:
        if tree.tokens[child].dep in ("relcl", "acl"):
            pair = light.get((tree.tokens[child].lemma.lower(), tree.tokens[noun].lemma.lower()))
            if pair is not None and pair.type != NO_EVENT:
                preps = cue.recipient_preps | pair.recipient_preps
                return dataclasses.replace(
                    cue, type=pair.type, mode=pair.mode, recipient_preps=preps
                )
    return cue


def _verb_trigger(tree: Tree, i: int, cues: Cues) -> _Trigger | None:
    if _bare_participle(tree, i):
        # "Asked about the plan, he said ...": a participle reports no act.
        return None
    if _asks_a_question(tree, i):
        return None  # "asked whether he would resign": a question, not a request
    if _investigates_a_mishap(tree, i):
        return None  # "investigating a problem with the delivery route": no one charged
    if any(tree.tokens[c].text.lower() in _MOCKING for c in tree.children[i]):
        return None  # "mockingly welcoming the chancellor back": no welcome meant
    if _pairs_with_the_noun_it_qualifies(tree, i, cues.light_verbs) or _object_no_event(
        tree, i, cues
    ):
        # "the prices it charged": no charge of wrong; "issued a profit
        # warning": the noun's pair tells no event.
        return None
    return _verb_cue(tree, i, cues)


def _object_no_event(tree: Tree, verb: int, cues: Cues) -> bool:
    """Whether the verb's object, with the noun before it, is a pair that tells no event.

    "the firm issued a profit warning", "faced inflationary pressure": the
    two-word noun is no event (a NONE row), so no light verb makes one of it.
    """
    obj = object_of(tree, verb)
    if obj is None or obj == 0 or tree.tokens[obj - 1].dep not in ("compound", "amod"):
        return False
    words = (tree.tokens[obj - 1].lemma.lower(), tree.tokens[obj].lemma.lower())
    cue = cues.nouns.get(words)
    return cue is not None and cue.type == NO_EVENT


_MOCKING = frozenset(
    {"mockingly", "sarcastically", "ironically", "jokingly", "facetiously", "sardonically"}
)


def _investigates_a_mishap(tree: Tree, verb: int) -> bool:
    """Whether a verb of investigating looks into what went wrong, not into anyone."""
    if tree.tokens[verb].lemma.lower() not in _INQUIRING:
        return False
    obj = object_of(tree, verb)
    if obj is None:
        return False
    mishaps = lexicons.word_set("mishaps.txt") | lexicons.word_set("hazard_words.txt")
    return tree.tokens[obj].lemma.lower() in mishaps


def _bare_participle(tree: Tree, verb: int) -> bool:
    """A participle with no doer and no auxiliary: "Asked about the plan, he said".

    "Two citizens detained by the police" tells an act, and "whom the Tories
    accused" is a past tense the tagger took for a participle.
    """
    return (
        tree.tokens[verb].tag == "VBN"
        and not _done_by_someone(tree, verb)
        and not any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb])
        and not _finite_after_all(tree, verb)
        and not _past_after_a_past(tree, verb)
        # "X was among those arrested": what befell those X is one of.
        and not (tree.tokens[verb].dep == "acl" and _among(tree, tree.tokens[verb].head))
    )


def _past_after_a_past(tree: Tree, verb: int) -> bool:
    """A past tense the tagger took for a participle, joined to a past: "fired gas and used X".

    It shares the first verb's subject; with an object of its own it tells
    a deed ("used stun grenades against the crowd"), where "Asked about
    it, he said" has none.
    """
    token = tree.tokens[verb]
    return (
        token.dep == "conj"
        and token.head < verb
        and tree.tokens[token.head].tag == "VBD"
        and any(tree.tokens[c].dep == "dobj" for c in tree.children[verb])
    )


def _verb_cue(tree: Tree, i: int, cues: Cues) -> _Trigger | None:
    """The cue a verb makes with its object, its infinitive or its particle, or alone."""
    verbs, light = cues.verbs, cues.light_verbs
    lemma = tree.tokens[i].lemma.lower()
    obj = object_of(tree, i)
    if obj is None and agent_of(tree, i) is not None:
        # "concessions were offered by the government": the pair in the
        # passive, with its doer; without one the noun tells the event alone.
        obj = next((c for c in tree.children[i] if tree.tokens[c].dep == "nsubjpass"), None)
    pair = _paired_object(tree, lemma, obj, light) if obj is not None else None
    if pair is not None:
        # "cut off gas supplies to Kyiv", "broke off ties with Doha": a sanction
        # is itself an ending, which the particle confirms rather than undoes.
        called_off = pair[1].type == NO_EVENT or (
            _called_off(tree, i) and pair[1].type != "SANCTION"
        )
        return None if called_off else _Trigger(i, (i, pair[0]), pair[1])
    paired = _undoing_trigger(tree, i, obj, cues.nouns) or _partner_trigger(tree, i, light, obj)
    if paired is not None:
        return paired
    bidding = _bidding_cue(tree, i, cues.bidding_verbs.get(lemma, ())) if obj is not None else None
    if bidding is not None:
        return _Trigger(i, (i,), bidding)
    # A particle follows its verb: the "to" of "seemed to agree" is no "agree to".
    attached = {tree.tokens[c].text.lower(): c for c in tree.children[i] if c > i}
    for clause in _for_clauses(tree, i):
        # "called for Mr Smith to resign": the parse marks the clause with "for".
        attached.setdefault("for", clause[1])
    if _an_opinion(tree, i, verbs.get(lemma, ()), obj):
        return None
    for cue in verbs.get(lemma, ()):
        particle = cue.particle
        if particle is None:
            words: tuple[int, ...] = (i,)
        elif particle in attached and not _plain_preposition(tree, i, attached[particle], cue):
            words = (i, attached[particle])
        else:
            continue
        return None if cue.type == NO_EVENT else _Trigger(i, words, cue)
    return None


def _partner_trigger(
    tree: Tree, verb: int, light: dict[tuple[str, str], Cue], obj: int | None
) -> _Trigger | None:
    """The trigger a light verb makes with a partner word other than its object."""
    partner = _light_partner(tree, verb, light, obj)
    return None if partner is None else _Trigger(verb, (verb, *partner[0]), partner[1])


def _undoing_trigger(
    tree: Tree, verb: int, obj: int | None, nouns: Mapping[tuple[str, ...], Cue]
) -> _Trigger | None:
    """The trigger of a verb that ends the deal or the sanction its object names.

    A deal told of in its own right stays an event of its own, so its noun is
    left to trigger it: "ended an agreement with Spain, reached in 1996".
    """
    undoing = _undoing_cue(tree, verb, obj, nouns) if obj is not None else None
    if obj is None or undoing is None:
        return None
    return _Trigger(verb, (verb, obj) if _undone(tree, obj) else (verb,), undoing)


def _undoing_cue(
    tree: Tree, verb: int, obj: int, nouns: Mapping[tuple[str, ...], Cue]
) -> Cue | None:
    """The cue of a verb that ends the deal or the sanction its object names.

    The deal or the sanction undone is no event of its own (``_undone``),
    but the undoing is: "the US terminated its agreement with the EU"
    rejects the EU's deal, "Tokyo scrapped its ban on US beef" eases the
    ban, each on whom the noun names. A breach renounces nothing: "rebels
    broke the ceasefire" is left to the verb.
    """
    lemma = tree.tokens[verb].lemma.lower()
    undoing = lemma in lexicons.word_set("undoing_verbs.txt") - _BREACHES
    undone = nouns.get((tree.tokens[obj].lemma.lower(),))
    meaning = _UNDONE_AS.get(undone.type) if undone is not None else None
    if not (undoing or _called_off(tree, verb)) or undone is None or meaning is None:
        return None
    return dataclasses.replace(
        undone, words=(lemma, *undone.words), pos="VERB+OBJ", type=meaning, mode=None
    )


_BREACHES = frozenset({"breach", "violate", "break"})
_UNDONE_AS: dict[str, EventType] = {"AGREE": "REJECT", "SANCTION": "RETREAT"}
"""What ending a deal or a sanction is: a deal renounced rejects it, a sanction ended eases it."""


def _pairs_with_the_noun_it_qualifies(
    tree: Tree, verb: int, light: dict[tuple[str, str], Cue]
) -> bool:
    """Whether a verb in a clause on the noun it acts on makes a pair with that noun.

    "the prices it charged" charges a price, which is no charge of wrong;
    "the deal struck last week" strikes a deal, which the noun tells with
    its clause (see :func:`_told_by_its_clause`). Either way the verb alone
    tells nothing: read alone, "charged" would accuse and "struck" attack.
    """
    noun = _noun_acted_on(tree, verb)
    if noun is None:
        return False
    return light.get((tree.tokens[verb].lemma.lower(), _object_word(tree, noun))) is not None


def _noun_acted_on(tree: Tree, verb: int) -> int | None:
    """The noun a relative clause's verb acts on: "the prices [it] charged", "the deal struck".

    A clause with a subject of its own and no object ("the prices it
    charged"), or a participle that is a passive of its own ("the deal struck
    last week"), acts on the noun it hangs on; "the firms that charged them"
    does not.
    """
    token = tree.tokens[verb]
    if object_of(tree, verb) is not None:
        return None
    told = token.head
    if token.dep == "ccomp" and tree.tokens[told].dep == "relcl" and object_of(tree, told) is None:
        # "a target he says he has met": the clause a relative clause
        # tells acts on the noun that relative clause hangs on.
        return tree.tokens[told].head if _has_own_subject(tree, verb) else None
    if token.dep not in ("relcl", "acl"):
        return None
    reduced_passive = subject_of(tree, verb) == (token.head, True)
    return token.head if _has_own_subject(tree, verb) or reduced_passive else None


def _has_own_subject(tree: Tree, verb: int) -> bool:
    """Whether a verb has a subject of its own, not a relative pronoun ("who", "that")."""
    return any(
        tree.tokens[c].dep == "nsubj" and tree.tokens[c].tag not in ("WDT", "WP")
        for c in tree.children[verb]
    )


# Signs by which a number is a sum of money: "gave £500,000 to the party".
_CURRENCY_SIGNS = frozenset({"£", "$", "€", "¥"})
_AMOUNT_WORDS = frozenset({"m", "bn", "million", "billion", "k"})


def _object_word(tree: Tree, obj: int) -> str:
    """The lemma a light verb's object pairs with; a sum of money ("£500,000", "$2bn") is "money".

    The lexicon cannot list every amount: "gave £330,000" is a gift as
    "gave money" is.
    """
    word = tree.tokens[obj]
    first, last = tree.subtree(obj)
    amount = word.pos == "NUM" or word.lemma.lower() in _AMOUNT_WORDS
    if amount and any(tree.tokens[t].text in _CURRENCY_SIGNS for t in range(first, last)):
        return "money"
    return word.lemma.lower()


def _paired_object(
    tree: Tree, lemma: str, obj: int, light: dict[tuple[str, str], Cue]
) -> tuple[int, Cue] | None:
    """The object a light verb pairs with, and the pair's cue: "impose sanctions".

    The pair reads through a count: "imposed a fresh round of sanctions on Iran".
    """
    paired = light.get((lemma, _object_word(tree, obj)))
    if paired is not None:
        return obj, paired
    # "eased travel and other restrictions": the pair's noun may close a list.
    for conjunct in (c for c in tree.children[obj] if tree.tokens[c].dep == "conj"):
        paired = light.get((lemma, _object_word(tree, conjunct)))
        if paired is not None:
            return conjunct, paired
    described = _pair_by_description(tree, obj, lemma, light)
    if described is not None:
        return obj, described
    counted = _counted_event(tree, obj)
    through = light.get((lemma, _object_word(tree, counted))) if counted is not None else None
    if counted is None or through is None or not _counted_with_a_side(tree, counted, through):
        return None
    return counted, through


def _pair_by_description(
    tree: Tree, name: int, lemma: str, light: dict[tuple[str, str], Cue]
) -> Cue | None:
    """The no-event pair a name's describing noun makes: "met his future wife Anna".

    Only a pair that tells of no event counts: the name keeps its own reading
    otherwise.
    """
    if tree.tokens[name].pos != "PROPN":
        return None
    nouns = [c for c in tree.children[name] if c < name and tree.tokens[c].dep == "compound"]
    nouns = [c for c in nouns if tree.tokens[c].pos == "NOUN"]
    paired = light.get((lemma, tree.tokens[nouns[-1]].lemma.lower())) if nouns else None
    return paired if paired is not None and paired.type == NO_EVENT else None


def _counted_event(tree: Tree, noun: int) -> int | None:
    """The noun a word of number or bundling counts: "sanctions" in "a round of sanctions"."""
    if tree.tokens[noun].lemma.lower() not in lexicons.word_set("quantity_nouns.txt"):
        return None
    counted = prepositional_objects(tree, noun, frozenset({"of"}))
    return counted[0] if counted else None


def _counted_with_a_side(tree: Tree, noun: int, cue: Cue) -> bool:
    """Whether a counted event noun names whom it is done to, or is done between sides.

    "launched a wave of attacks on Hamas" is an attack; "Italy launched a
    series of attacks", in a match report, is play: a count of deeds naming
    no one they are done to is too loose to read as one of them. Whom may
    hang on the count or on the verb of it: "fired dozens of rockets at Israel".
    """
    count = tree.tokens[tree.tokens[noun].head].head  # through its "of"
    verb = tree.tokens[count].head
    return cue.type in _RECIPROCAL_TYPES or any(
        _names_whom(tree, word, cue) for word in (noun, count, verb)
    )


def _light_partner(
    tree: Tree, verb: int, light: dict[tuple[str, str], Cue], obj: int | None
) -> tuple[tuple[int, ...], Cue] | None:
    """A light verb's words told by no object: "pleaded guilty", "took to the streets".

    The word is the verb's adjective complement, or the object of the
    preposition the row names between verb and noun; "took to the idea"
    makes no cue. A denied complement pairs only as a row with "not" writes
    it: "pleaded not guilty" is no admission but a denial. A verb with an object ``obj`` of its
    own pairs so only where that object is the one the act is done to:
    "placed the president under arrest", "took six guards hostage" (the
    model may call "hostage" a second object).
    """
    lemma = tree.tokens[verb].lemma.lower()
    complements = ("acomp", "oprd") if obj is None else ("acomp", "oprd", "dobj", "advcl")
    for child in tree.children[verb]:
        word = tree.tokens[child]
        if child == obj:
            continue
        if word.dep in complements:
            negation = [c for c in tree.children[child] if tree.tokens[c].dep == "neg"]
            denied = DENIED if negation else ""
            cue = light.get((lemma, denied + word.lemma.lower()))
            if _pairs_here(cue, obj) and len(cue.words) == 2 + bool(denied):
                return (*negation, child), cue
        if word.dep != "prep":
            continue
        for noun in tree.children[child]:
            cue = light.get((lemma, tree.tokens[noun].lemma.lower()))
            if (
                _pairs_here(cue, obj)
                and tree.tokens[noun].dep == "pobj"
                and cue.words[1:-1] == (word.text.lower(),)
            ):
                return (child, noun), cue
    return None


def _pairs_here(cue: Cue | None, obj: int | None) -> TypeGuard[Cue]:
    """Whether a light verb's pair makes an event here: with an object, one done to it."""
    return cue is not None and cue.type != NO_EVENT and (obj is None or cue.recipient_object)


def _bidding_cue(tree: Tree, verb: int, bidding: tuple[Cue, ...]) -> Cue | None:
    """The cue of a verb that bids its object act, read with the infinitive it governs.

    A row that names its infinitive counts only with that one, gone away
    from a country rather than from a thing: "ordered the envoy to leave
    the country" expels him, "ordered the crowd to leave the square" does
    not. Rows without one take any infinitive ("warned Mr Brown not to
    spend it").
    """
    infinitive = next(
        (
            c
            for c in tree.children[verb]
            if tree.tokens[c].dep == "xcomp"
            and any(tree.tokens[a].tag == "TO" for a in tree.children[c])
        ),
        None,
    )
    if infinitive is None:
        return None
    for cue in bidding:
        if len(cue.words) == 1:
            return cue
        if tree.tokens[infinitive].lemma.lower() == cue.words[-1] and _leaves_a_country(
            tree, infinitive
        ):
            return cue
    return None


def _with_compounds(tree: Tree, head: int) -> str:
    """A noun with the compound words before it: "Burkina Faso", "Sierra Leone"."""
    first = head
    while (
        first > 0
        and tree.tokens[first - 1].dep == "compound"
        and tree.tokens[first - 1].head == head
    ):
        first -= 1
    return " ".join(tree.tokens[k].text for k in range(first, head + 1))


def _leaves_a_country(tree: Tree, verb: int) -> bool:
    """Whether a verb of going takes no object, or a country: "to leave (the country)"."""
    obj = object_of(tree, verb)
    return obj is None or (
        tree.tokens[obj].ent_type == "GPE"
        or country_code(_with_compounds(tree, obj)) is not None
        or tree.tokens[obj].lemma.lower() in lexicons.word_set("country_nouns.txt")
    )


def _for_clauses(tree: Tree, verb: int) -> list[tuple[int, int]]:
    """The clauses "for" opens under a verb, with that "for": "called for X to resign"."""
    clauses = [c for c in tree.children[verb] if tree.tokens[c].dep in ("advcl", "ccomp", "xcomp")]
    return [(clause, mark) for clause in clauses if (mark := marked_for(tree, clause)) is not None]


def _finite_after_all(tree: Tree, verb: int) -> bool:
    """A past tense tagged as a participle: it has a subject and an object of its own."""
    deps = {tree.tokens[c].dep for c in tree.children[verb]}
    return "nsubj" in deps and "dobj" in deps


def _done_by_someone(tree: Tree, verb: int) -> bool:
    """Whether a participle after a noun says who did it: "citizens detained by police"."""
    return tree.tokens[verb].dep == "acl" and agent_of(tree, verb) is not None


def _grants_a_proposition(tree: Tree, verb: int, cues: tuple[Cue, ...]) -> bool:
    """Whether an agreeing verb whose recipient is its object has a clause instead.

    "accepted (that) there was a problem" grants a point; "whether" or "if"
    opens a question, not a point granted.
    """
    return any(
        cue.type in ("AGREE", "SUPPORT") and cue.recipient_object and cue.particle is None
        for cue in cues
    ) and any(
        tree.tokens[c].dep == "ccomp"
        and not any(
            tree.tokens[g].dep == "mark" and tree.tokens[g].text.lower() in ("if", "whether")
            for g in tree.children[c]
        )
        for c in tree.children[verb]
    )


def _an_opinion(tree: Tree, verb: int, cues: tuple[Cue, ...], obj: int | None) -> bool:
    """Whether an agreeing verb tells an opinion held, not an act.

    "seems to accept that Labour will win" grants a point, but "does not
    accept there is any need for it" rejects it; "critics agree on one
    thing" share a view.
    """
    if tree.tokens[verb].lemma.lower() == "agree" and _holds_a_view(tree, verb):
        return True
    return obj is None and _grants_a_proposition(tree, verb, cues) and not is_negated(tree, verb)


def _holds_a_view(tree: Tree, verb: int) -> bool:
    """Whether "agree" tells a view shared, not a deal made: "critics agree on one thing".

    A simple present, or an infinitive after "seem" or "appear" ("seemed
    to agree that he is a fine campaigner"), with no partner ("with"), no
    deed agreed to ("agree to pay", "agree to the terms") and no deal
    agreed ("agree a deal"): news tells a deal struck in the past tense.
    """
    word = tree.tokens[verb]
    seeming = (
        word.tag == "VB"
        and word.dep == "xcomp"
        and tree.tokens[word.head].lemma.lower() in ("seem", "appear")
    )
    if word.tag not in SIMPLE_PRESENT and not seeming:
        return False
    return not any(
        tree.tokens[c].dep in ("xcomp", "dobj", "obj")
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in ("with", "to"))
        for c in tree.children[verb]
    )


def _plain_preposition(tree: Tree, verb: int, word: int, cue: Cue) -> bool:
    """Whether a phrasal cue's word is a plain preposition, not the cue's particle.

    "MPs gave their answers in writing" is no "give in" (a cue that takes
    its recipient as the object keeps it: "pulled its troops out"), and
    "insisted on Wednesday that ..." is no "insist on".
    """
    if tree.tokens[word].dep != "prep":
        return False
    if any(
        tree.tokens[g].dep == "pobj" and tree.tokens[g].ent_type in ("DATE", "TIME")
        for g in tree.children[word]
    ):
        return True  # "insisted on Wednesday that ...": a date, not "insist on"
    if any(tree.tokens[g].dep == "pobj" and _on_the_air(tree, g) for g in tree.children[word]):
        return True  # "insisted on Channel 4's breakfast show": where, not "insist on"
    if any(tree.tokens[c].dep == "oprd" for c in tree.children[verb]):
        return True  # "called Labour a machine for talking": naming, not "call for"
    obj = object_of(tree, verb)
    # "distanced himself from Labour": a reflexive object is part of the verb.
    reflexive = obj is not None and tree.tokens[obj].text.lower() in _REFLEXIVES
    return not cue.recipient_object and obj is not None and not reflexive


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself"})


def _on_the_air(tree: Tree, noun: int) -> bool:
    """Whether a noun phrase names a broadcast one speaks on: "BBC Radio 4's Today programme"."""
    first, last = tree.subtree(noun)
    return any(tree.tokens[w].lemma.lower() in _BROADCASTS for w in range(first, last))


_BROADCASTS = frozenset(
    {"programme", "program", "show", "radio", "television", "tv", "channel", "bulletin", "air"}
)
"""Words for a broadcast, where one speaks, not whom one calls on or what one insists on."""


# Where the parse may hang "about" after a verb of asking: on its object or
# agent ("asked Chile about", "asked by journalists about").
_ASKED_OF = frozenset({"dobj", "dative", "agent", "pobj"})


def _asks_a_question(tree: Tree, verb: int) -> bool:
    """Whether a verb of asking asks a question ("asked whether ...", "When asked, he said")."""
    token = tree.tokens[verb]
    if token.lemma.lower() != "ask":
        return False
    if any(tree.tokens[c].text.lower() == "when" for c in tree.children[verb]):
        return True
    frontier = list(tree.children[verb])
    near = list(frontier)
    for _ in range(2):
        frontier = [
            g for c in frontier if tree.tokens[c].dep in _ASKED_OF for g in tree.children[c]
        ]
        near += frontier
    if any(tree.tokens[w].dep == "prep" and tree.tokens[w].text.lower() == "about" for w in near):
        return True  # "was asked by journalists about his view": a question
    asked = [
        c
        for c in tree.children[verb]
        if tree.tokens[c].dep in ("dobj", "dative", "xcomp", "ccomp", "nsubjpass")
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in ("for", "of"))
    ]
    if not asked:
        return True  # '"Why now?" he asked.': a question put, nothing asked for
    if any(tree.tokens[c].dep == "ccomp" and _ends_in_a_question(tree, c, verb) for c in asked):
        return True  # '"Isn't the reason plain?" he asked.', 'he asked: "Is it fair?"'
    return any(
        tree.tokens[child].dep == "ccomp" and opens_a_question(tree, child)
        for child in tree.children[verb]
    ) or _asked_if(tree, verb)


def _ends_in_a_question(tree: Tree, clause: int, verb: int) -> bool:
    """Whether a clause said with a verb of asking is a question: a "?" closes it.

    Before the verb, any "?" from the clause's start; after it ('he asked:
    "Would it not be ironic?"'), the mark right after the clause's last word.
    """
    words = tree.subtree(clause)
    if words[0] < verb:
        return any(tree.tokens[t].text == "?" for t in range(words[0], verb))
    after = words[-1] + 1
    return tree.tokens[words[-1]].text == "?" or (
        after < len(tree) and tree.tokens[after].text == "?"
    )


def _asked_if(tree: Tree, verb: int) -> bool:
    """Whether "asked him if he would stand" puts a question the parser took for a condition.

    With nothing asked for ("to stand", "for help"), an "if" clause on a verb
    of asking is what was asked, not when.
    """
    children = tree.children[verb]
    if any(
        tree.tokens[c].dep == "xcomp"
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "for")
        for c in children
    ):
        return False
    return any(
        tree.tokens[c].dep == "advcl"
        and any(
            tree.tokens[m].dep == "mark" and tree.tokens[m].text.lower() in ("if", "whether")
            for m in tree.children[c]
        )
        for c in children
    )


def _sides(
    analysis: Analysis, tree: Tree, trigger: _Trigger, index: ActorIndex, *, hypothetical: bool
) -> _Sides:
    """The event's actors and recipients as its words give them, else as the story does.

    "We" in a quote is its speaker; a visit to a place is to its country.
    """
    actors, recipients, steps = _arguments(tree, trigger, index, hypothetical=hypothetical)
    if not actors:
        actors, said = _speaker_as_doer(analysis, tree, trigger)
        steps += said
        # "We have suspended him": a speaker wrongly found is never both sides.
        recipients = tuple(r for r in recipients if r not in actors)
    if _agreed_among_themselves(trigger.cue, actors, recipients, steps):
        recipients = ()
        steps = [step for step in steps if step != _DONE_FOR]
    if trigger.cue.mode == "visit" and not recipients:
        recipients = _visited_country(analysis.article, tree, trigger.token, actors)
        steps += [f"{_INFERRED}recipient: the country of the place visited"] * bool(recipients)
    if trigger.cue.mode == "diplomatic" and not recipients:
        recipients = _host_of_the_envoy(analysis.article, actors)
        steps += [f"{_INFERRED}recipient: the country the story is about"] * bool(recipients)
    if not recipients and _assents_plainly(tree, trigger):
        recipients = _speaker_just_quoted(analysis, tree, trigger, actors)
        steps += [_AGREED_WITH_SPEAKER] * bool(recipients)
    if not recipients and _addressee_unread(tree, trigger):
        steps.append(ADDRESSEE_UNREAD)
    elif not recipients and " ".join(trigger.cue.words) in lexicons.word_set("court_requests.txt"):
        steps.append(ADDRESSEE_UNREAD)  # "has appealed": to a court, if unnamed
    return actors, recipients, steps


_AGREED_WITH_SPEAKER = f"{_INFERRED}recipient: the speaker quoted just before a plain 'agreed'"


def _assents_plainly(tree: Tree, trigger: _Trigger) -> bool:
    """Whether a sentence's main verb is a bare, affirmed "agree": "Mr Lee agreed.".

    With nothing agreed to and no view of its own ("agreed the figures
    were poor"), it takes up what was said just before.
    """
    word = tree.tokens[trigger.token]
    return (
        trigger.cue.words == ("agree",)
        and word.dep == "ROOT"
        and not is_negated(tree, trigger.token)
        and not any(tree.tokens[c].dep in _AGREED_ON_A_VIEW for c in tree.children[trigger.token])
    )


_AGREED_ON_A_VIEW = _AGREED_TO | {"ccomp"}


def _speaker_just_quoted(
    analysis: Analysis, tree: Tree, trigger: _Trigger, actors: tuple[str, ...]
) -> tuple[str, ...]:
    """The speaker of the quote that ends the sentence before, when another than the doers.

    'The deal is "a lifeline for hill farms", said Ms Reid. Mr Lee agreed':
    Mr Lee agrees with Ms Reid.
    """
    sentence = tree.sentence_of[trigger.token]
    if sentence == 0:
        return ()
    before = _sentence_chars(tree, *tree.sentence_span(sentence - 1))
    begins = tree.tokens[tree.sentence_span(sentence)[0]].start
    quoted = [q for q in analysis.article.quotes if before[0] < q.span[1] <= begins]
    speaker = quoted[-1].speaker if quoted else None
    return (speaker,) if speaker is not None and speaker not in actors else ()


def _agreed_among_themselves(
    cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...], steps: list[str]
) -> bool:
    """Whether an agreement of several doers is between them, not with whom its act is for.

    "Israel and Hamas agreed to exchange hostages": the two agreed with
    each other; the hostages are what they agreed on.
    """
    return (
        cue.type == "AGREE"
        and len(actors) > 1
        and bool(recipients)
        and steps.count(_DONE_FOR) == len(recipients)
    )


def _addressee_unread(tree: Tree, trigger: _Trigger) -> bool:
    """Whether the words name whom the event is addressed to, though as no actor.

    "urged politicians to ...", "called on them to ...": a demand's object
    or a pronoun in the recipient's place is someone, only not someone known.
    "criticised attempts to ..." names a thing, and no one; "attacked his
    policies" names a thing of someone's, a person the text does not say.
    """
    cue = trigger.cue
    places: list[int] = []
    if cue.recipient_object and cue.pos != "NOUN":
        places += [o for o in (object_of(tree, trigger.token),) if o is not None]
    for word in trigger.words:
        places += prepositional_objects(tree, word, cue.recipient_preps)
    return any(
        cue.type == "REQUEST"
        or tree.tokens[p].pos == "PRON"
        or _a_persons(tree, p)
        or is_relational(tree, p)  # "accused its neighbour": another, whom the text leaves open
        for p in places
    )


def _a_persons(tree: Tree, thing: int) -> bool:
    """Whether a thing is told as a person's by "his" or "her": "his policies"."""
    return any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].text.lower() in ("his", "her")
        for c in tree.children[thing]
    )


def _arguments(
    tree: Tree, trigger: _Trigger, index: ActorIndex, *, hypothetical: bool
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """The event's actors and recipients (actor ids), and how they were found."""
    if trigger.cue.pos == "NOUN":
        actors, heads, steps = _noun_arguments(tree, trigger, index, hypothetical=hypothetical)
    else:
        actors, heads, steps = _verb_arguments(tree, trigger, index)
    if heads:
        heads += [
            (c, f"{_INFERRED}recipient: the rest of a list the parse hung on the event word")
            for c in _list_after(tree, trigger.token, max(h for h, _ in heads))
        ]
    if trigger.cue.type == "SANCTION":
        heads += _partners_in_dealings(tree, heads)
    recipients: list[str] = []
    for head, step in heads:
        # Only words that name an actor explain a recipient ("strikes on Palmyra" do not).
        # "distanced himself from": a pronoun for the doer is no recipient, nor
        # is the speaker the parse made the object ('"Act now," urged Jo Bell');
        # another direct object naming the doer ("the party challenged the
        # Tories", the party read as the Tories) is kept, and the event found
        # a misreading.
        own = (
            tree.tokens[head].tag in ("PRP", "PRP$")
            or step != _DIRECT_OBJECT
            or head == _speaker_after_quote(tree, trigger.token)
        )
        found = [
            a
            for a in index.actors_at(tree, head)
            if a not in recipients and (a not in actors or not own)
        ]
        recipients += found
        if found and step not in steps:
            steps.append(step)
    return actors, tuple(recipients), steps


_Found = tuple[tuple[str, ...], list[tuple[int, str]], list[str]]
_DIRECT_OBJECT = "recipient: the direct object"


def _partners_in_dealings(tree: Tree, heads: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Whom the dealings a sanction falls on are had with: "a ban on trade with Cuba".

    A ban or an embargo on trade, arms sales or flights names the
    dealings, not the country punished; that country is the partner the
    dealings are with, to or from ("an embargo on arms sales to Myanmar",
    "a ban on trade and investment with Pyongyang").
    """
    found = []
    for head, _ in heads:
        dealings = [head] + [c for c in tree.children[head] if tree.tokens[c].dep == "conj"]
        found += [
            (partner, f"{_INFERRED}recipient: whom the dealings it falls on are with")
            for dealing in dealings
            if tree.tokens[dealing].lemma.lower() in _DEALINGS
            for partner in prepositional_objects(tree, dealing, _DEALT_WITH)
        ]
    return found


_DEALINGS = frozenset(
    {"trade", "export", "import", "sale", "travel", "flight", "investment", "business",
     "activity", "dealing", "shipment", "supply", "transaction", "deal", "contact", "tie"}
)  # fmt: skip
"""Dealings a sanction may fall on, had with another: trade, sales, travel, ties."""
_DEALT_WITH = frozenset({"with", "to", "from", "into"})


def _owner_of_the_judged(tree: Tree, index: ActorIndex, noun: int) -> tuple[str, ...] | None:
    """Whose "his apology" is when a verb of praise or blame takes it: not that verb's doer.

    "Ms Cole welcomed his apology", "the firm rejected its offer": one does
    not praise or turn down one's own, so the pronoun means another named
    before, or no one the text names (an empty tuple). ``None`` when the noun
    has no possessive pronoun or no such verb takes it.
    """
    pronoun = next(
        (
            c
            for c in tree.children[noun]
            if tree.tokens[c].tag == "PRP$" and c not in index.by_token
        ),
        None,
    )
    if pronoun is None or tree.tokens[noun].dep not in ("dobj", "obj"):
        return None
    verb = tree.tokens[noun].head
    cues = load().verbs.get(tree.tokens[verb].lemma.lower(), ())
    if not any(len(c.words) == 1 and (_charged(c) or _acclaimed(c, tree, noun)) for c in cues):
        return None
    doers = _active_doers(tree, index, verb)
    if not doers:
        return None
    owner = index.possessor_besides(tree, pronoun, doers)
    return index.actors_at(tree, owner) if owner is not None else ()


"""Actors, the heads of the phrases that may name recipients (with why), and the steps."""


def _noun_arguments(
    tree: Tree, trigger: _Trigger, index: ActorIndex, *, hypothetical: bool
) -> _Found:
    cue = trigger.cue
    i = trigger.token
    gift = _gift_arguments(tree, index, i) if cue.type == "AID" else None
    if gift is not None:
        return gift
    steps = []
    owners = _undergoing_owners(tree, i)
    judged = None if owners else _owner_of_the_judged(tree, index, i)
    actors = index.describers(tree, i, possessor=not owners) if judged is None else judged
    steps += ["actor: the noun's possessor or demonym"] * bool(actors)
    if actors and not owners and any(tree.tokens[c].tag == "PRP$" for c in tree.children[i]):
        steps.append(f"{_INFERRED}actor: whom the possessive pronoun most likely means")
    if not actors:
        doer = _noun_doer(tree, i, cue)
        actors = index.actors_at(tree, doer) if doer is not None else ()
        steps += ["actor: who the noun's own clause, 'by' or 'from' says did it"] * bool(actors)
    heads = [
        (owner, "recipient: the possessor, who undergoes it")
        for owner in _owners_meant(tree, index, i, owners)
    ]
    preps = cue.recipient_preps
    if not actors and cue.type in _RECIPROCAL_TYPES and cue.mode != "third-party":
        # "Talks were held between Sweden and Turkey", "a merger between two
        # banks": both sides, reciprocal; but a mediator stands between them.
        # Before the verb's subject: "regulators approved a merger between
        # A and B" is A's and B's merger, not the regulators'.
        actors = _between(tree, index, i)
        steps += ["actors: the sides 'between' names"] * bool(actors)
        # One side of two ("meetings between himself and the prime
        # minister") is no counterpart.
        preps = preps - {"between"}
    held = _sum_held_in(tree, i)
    verb = tree.tokens[held].head
    if tree.tokens[held].dep in ("dobj", "obj") and not hypothetical:
        side = _side_of_the_verbs_subject(tree, verb)
        if side is not None and side[0] == "recipient":
            heads.append((side[1], side[2]))
        elif side is not None and not actors:
            actors = index.actors_at(tree, side[1])
            steps += [side[2]] * bool(actors)
    heads += [
        (head, "recipient: the object of the noun's preposition")
        for word in (i, *_doing_clauses(tree, i))
        for head in prepositional_objects(tree, word, preps)
    ]
    # "a complaint about how Labour uses its call centres"
    heads += _inquired_into(tree, i, preps) if cue.type == "ACCUSE" else []
    if cue.type == "ACCUSE":
        # "Labour allegations that he misled MPs": the one the charge says did wrong.
        heads += [
            (subject, f"{_INFERRED}recipient: the subject of what the charge says")
            for subject in _content_subjects(tree, i, frozenset({"acl"}))
        ]
    if heads and cue.type == "ASSAULT" and not any(index.actors_at(tree, h) for h, _ in heads):
        # "a drone strike on a market killed 20 civilians": the place struck
        # is no one; those its verb of harm names are whom it was done to.
        heads += _harmed_recipients(tree, i)
    found = heads or _recipients_named_elsewhere(
        tree, trigger, index, preps, by_someone=bool(actors)
    )
    return actors, found, steps


def _recipients_named_elsewhere(
    tree: Tree, trigger: _Trigger, index: ActorIndex, preps: frozenset[str], *, by_someone: bool
) -> list[tuple[int, str]]:
    """An event noun's recipients where it names none: by its verb, or by its earlier mention.

    The earlier mention counts only for a noun that names a doer of its own
    ("the regulator passed the investigation to prosecutors"): "the
    investigation could take months" tells again of the one told before.
    """
    found = _recipients_by_verb(tree, trigger.token, trigger.cue, preps)
    if found or not by_someone or trigger.cue.type not in _CARRIED_ON:
        return found
    return _recipients_of_the_earlier_mention(tree, trigger, index)


_CARRIED_ON = frozenset({"ACCUSE"})
"""Types of event nouns a story goes on naming with "the": an inquiry or a charge is
the same one throughout ("faced a criminal investigation ... transferred the investigation
to the prosecutor"); talks or strikes named again may be other rounds."""


def _recipients_of_the_earlier_mention(
    tree: Tree, trigger: _Trigger, index: ActorIndex
) -> list[tuple[int, str]]:
    """Whom an event noun named with "the" is done to, by the last mention of the same noun.

    "Traders at the bank face a criminal investigation ... the regulator has
    now passed the investigation to the prosecutor": the investigation is the
    traders' still. Only the nearest earlier mention counts, and only when it
    names an actor.
    """
    noun = trigger.token
    if not _named_with_the(tree, noun):
        return []
    lemma = tree.tokens[noun].lemma.lower()
    earlier = next(
        (j for j in range(noun - 1, -1, -1) if _same_event_noun(tree, j, lemma)),
        None,
    )
    if earlier is None:
        return []
    _, heads, _ = _noun_arguments(
        tree, _Trigger(earlier, (earlier,), trigger.cue), index, hypothetical=False
    )
    return [
        (head, f"{_INFERRED}recipient: whom the noun's earlier mention was done to")
        for head, _ in heads
        if index.actors_at(tree, head)
    ]


def _named_with_the(tree: Tree, noun: int) -> bool:
    """Whether a noun is made definite by "the" alone: "the investigation", not "an inquiry"."""
    return any(
        tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() == "the"
        for c in tree.children[noun]
    )


def _same_event_noun(tree: Tree, token: int, lemma: str) -> bool:
    """Whether a token is another mention of the event noun of ``lemma``."""
    word = tree.tokens[token]
    return word.pos == "NOUN" and word.lemma.lower() == lemma


def _recipients_by_verb(
    tree: Tree, noun: int, cue: Cue, preps: frozenset[str]
) -> list[tuple[int, str]]:
    """An event noun's recipients named by a verb it hangs on, where it names none itself."""
    held = _sum_held_in(tree, noun)
    verb = tree.tokens[held].head
    if cue.type == "ASSAULT" and (harmed := _harmed_recipients(tree, noun)):
        return harmed
    if tree.tokens[held].dep == "dobj" and not _is_cue_verb(tree, verb):
        # "handed over relief supplies to the Philippines", "signed a deal
        # with Iran": the preposition may hang on the verb that does it.
        return [
            (head, "recipient: the object of the preposition on the verb that does it")
            for head in prepositional_objects(tree, verb, preps)
        ]
    return []


def _sum_held_in(tree: Tree, noun: int) -> int:
    """The sum an event noun is counted in, where a verb takes the sum: else the noun itself.

    "sent $1.2bn in military aid to Ukraine", "pledged 500 million euros in
    loans": the verb's object is the sum, and what is sent is the aid.
    """
    word = tree.tokens[noun]
    prep = word.head
    if word.dep != "pobj" or tree.tokens[prep].text.lower() != "in":
        return noun
    amount = tree.tokens[prep].head
    numbered = tree.tokens[amount].tag in ("CD", "$") or any(
        tree.tokens[c].tag in ("CD", "$") for c in tree.children[amount]
    )
    return amount if numbered and tree.tokens[amount].dep in ("dobj", "obj") else noun


def _harmed_recipients(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """Whom an attack noun's own verb of harm harms, as recipients with why."""
    return [
        (whom, "recipient: whom the attack the noun names harmed") for whom in _harmed(tree, noun)
    ]


_HARMING = frozenset({"kill", "wound", "injure", "maim"})
"""Verbs by which an attack harms people ("the strikes killed 40")."""


def _harmed(tree: Tree, noun: int) -> list[int]:
    """Whom an attack noun's own verb of harm harms.

    "Israeli air strikes killed 40 Palestinians", "a bombing that wounded
    six soldiers", "shelling killing three civilians": the object of the verb
    the noun is the subject of, or of a clause on the noun.
    """
    tokens = tree.tokens
    verbs = [c for c in tree.children[noun] if tokens[c].dep in ("acl", "relcl")]
    if tokens[noun].dep == "nsubj":
        verbs.append(tokens[noun].head)
    return [
        obj
        for verb in verbs
        if tokens[verb].lemma.lower() in _HARMING and (obj := object_of(tree, verb)) is not None
    ]


def _side_of_the_verbs_subject(tree: Tree, verb: int) -> tuple[str, int, str] | None:
    """Which side of an event noun the subject of the verb that has it as its object is.

    "Iraq and the US held meetings": the doer. "Labour has attracted
    criticism", "he was given a curfew": the one it is done to. Neither in
    "to prevent attacks" or "the US prohibits torture", where the subject
    does not do what it stops, nor in "MPs backed the invasion", an event of
    its own. Gives the side, the subject and the step that says so.
    """
    subject, passive = subject_of(tree, verb)
    if subject is None:
        return None
    lemma = tree.tokens[verb].lemma.lower()
    if passive:
        return "recipient", subject, "recipient: the passive subject, given it"
    if lemma in lexicons.word_set("undergoing_verbs.txt"):
        return "recipient", subject, "recipient: the subject of the verb that undergoes it"
    # The one who ends a deal was a side to it: "the US terminated an agreement
    # with the EU, reached in 1992", though the ending is an event of its own.
    ends_it = lemma in lexicons.word_set("undoing_verbs.txt")
    if lemma in lexicons.word_set("topic_verbs.txt") or (_is_cue_verb(tree, verb) and not ends_it):
        return None
    return "actor", subject, _SUBJECT_OF_ITS_VERB


def _gift_arguments(tree: Tree, index: ActorIndex, noun: int) -> _Found | None:
    """Giver and receiver of a gift said to come from someone.

    "The majority of Labour's donations came from the unions": the unions
    gave, and Labour, the possessor, received; not Labour's own giving.
    """
    word = tree.tokens[noun]
    subject = noun
    if word.dep == "pobj" and tree.tokens[word.head].text.lower() == "of":
        subject = tree.tokens[word.head].head  # "the majority of", "most of"
    verb = tree.tokens[subject].head
    if tree.tokens[subject].dep != "nsubj" or tree.tokens[verb].lemma.lower() != "come":
        return None
    givers = tuple(
        actor
        for source in prepositional_objects(tree, verb, frozenset({"from"}))
        for actor in index.actors_at(tree, source)
    )
    if not givers:
        return None
    owners = [
        (c, "recipient: the possessor, given to")
        for c in tree.children[noun]
        if tree.tokens[c].dep == "poss"
    ]
    return givers, owners, ["actor: whom the gift came 'from'"]


def _is_cue_verb(tree: Tree, verb: int) -> bool:
    return _verb_trigger(tree, verb, load()) is not None


_RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Types whose noun may name both its sides with "between"."""


def _owners_meant(tree: Tree, index: ActorIndex, noun: int, owners: list[int]) -> list[int]:
    """Tokens of whom the possessors of an undergone noun mean.

    A possessive pronoun on the object of another's verb is not that verb's
    doer: "The committee called for their release", "Ms Ruiz condemned his
    arrest" ask for and condemn what others undergo. It means another named
    just before, or no one the text names.
    """
    verb = _verb_taking(tree, noun)
    if verb is None:
        return owners
    doers = _active_doers(tree, index, verb)
    found = []
    for owner in owners:
        if doers and tree.tokens[owner].tag == "PRP$" and owner not in index.by_token:
            other = index.possessor_besides(tree, owner, doers, groups=True)
            found += [other] if other is not None else []
        else:
            found.append(owner)
    return found


def _active_doers(tree: Tree, index: ActorIndex, verb: int) -> tuple[str, ...]:
    """The actors a verb's subject names, when it does the verb (not in the passive)."""
    subject, passive = subject_of(tree, verb)
    return index.actors_at(tree, subject) if subject is not None and not passive else ()


def _verb_taking(tree: Tree, noun: int) -> int | None:
    """The verb whose object a noun is, directly or through a preposition ("called for it")."""
    token = tree.tokens[noun]
    if token.dep in ("dobj", "obj"):
        return token.head
    preposition = tree.tokens[token.head]
    if token.dep == "pobj" and preposition.dep == "prep":
        verb = preposition.head
        return verb if tree.tokens[verb].pos in ("VERB", "AUX") else None
    return None


def _undergoing_owners(tree: Tree, noun: int) -> list[int]:
    """The possessors who undergo what the noun names: "the men's arrest", "his release".

    Not when the noun has an "of" object of its own: in "Iraq's release of
    the prisoners" Iraq releases.
    """
    if tree.tokens[noun].lemma.lower() not in lexicons.word_set("undergone_nouns.txt"):
        return []
    if prepositional_objects(tree, noun, frozenset({"of"})):
        return []
    return [c for c in tree.children[noun] if tree.tokens[c].dep == "poss"]


# Verbs by which an event noun's own clause names its doer: "sanctions
# imposed by", "accusations made by". Not "talks brokered by", "a truce
# mediated by": a broker is a third party.
_DOING_VERBS = frozenset(
    {"impose", "make", "carry", "launch", "conduct", "sign", "level", "issue", "stage", "mount",
     "lodge", "file", "bring", "hold", "reach", "order", "commit", "perpetrate", "offer",
     "extend", "seal", "announce", "deliver"}
)  # fmt: skip


def _doing_clauses(tree: Tree, noun: int) -> list[int]:
    """The verbs by which an event noun's own clause tells it was done ("imposed by")."""
    return [
        c
        for c in tree.children[noun]
        if tree.tokens[c].dep in ("acl", "relcl") and tree.tokens[c].lemma.lower() in _DOING_VERBS
    ]


def _noun_doer(tree: Tree, noun: int, cue: Cue) -> int | None:
    """Who did what an event noun names, by its own words.

    "sanctions imposed by Washington", "the ceasefire Congo signed with
    Rwanda", "Iraq is in talks with Iran", "a visit by the envoy", "an
    apology from Peru".
    """
    for clause in _doing_clauses(tree, noun):
        agent = agent_of(tree, clause)
        if agent is not None:
            return agent
    content = tree.tokens[noun].lemma.lower() in _PROPOSITIONS
    for child in tree.children[noun]:
        if tree.tokens[child].dep == "relcl":
            if content and tree.tokens[child].lemma.lower() not in _DOING_VERBS:
                continue  # "allegations he had profited": what is alleged, not who alleges
            subject, passive = subject_of(tree, child)
            if subject is not None and subject != noun and not passive:
                return subject
    if tree.tokens[noun].dep == "pobj" and (
        _in_the_midst_of(tree, noun)
        or _taken_part_in(tree, noun, cue)
        or _answered_with(tree, noun)
        or _come_for(tree, noun, cue)
    ):
        return subject_of(tree, tree.tokens[tree.tokens[noun].head].head)[0]
    return _owned_up_to(tree, noun) or _doer_after(tree, noun, cue)


def _owned_up_to(tree: Tree, noun: int) -> int | None:
    """Who claimed a deed as their own: "Al-Shabab claimed responsibility for the bombing".

    Not who denied it, nor who bore it without doing it ("took
    responsibility for the failings").
    """
    prep = tree.tokens[noun].head
    duty = tree.tokens[prep].head
    verb = tree.tokens[duty].head
    if (
        tree.tokens[noun].dep != "pobj"
        or tree.tokens[prep].text.lower() != "for"
        or tree.tokens[duty].lemma.lower() != "responsibility"
        or tree.tokens[verb].lemma.lower() not in _OWNING_UP
        or is_negated(tree, verb)
    ):
        return None
    return subject_of(tree, verb)[0]


_OWNING_UP = frozenset({"claim", "admit"})
"""Verbs by which a side says "responsibility" for a deed is its own as its doer."""


def _doer_after(tree: Tree, noun: int, cue: Cue) -> int | None:
    """The doer a preposition after an event noun names.

    "the resignation of the chairman" and "the withdrawal of US troops"
    (but "the invasion of Iraq" is done to Iraq), "the arrest of the men by
    police", "an apology from Peru" (but "an address to the summit from X":
    X did not meet).
    """
    preps = (
        ["of"] * (cue.mode in _DONE_BY_WHOM_IT_IS_OF) + ["by"] + ["from"] * (cue.type != "CONSULT")
    )
    for prep in preps:
        found = [
            f
            for f in prepositional_objects(tree, noun, frozenset({prep}))
            if not _a_peoples_thing(tree, f)
        ]
        if found:
            return found[0]
    return None


def _a_peoples_thing(tree: Tree, noun: int) -> bool:
    """Whether a noun names a thing a demonym only places: "pressure from Chinese competition".

    Competition, imports or demand do not press or demand as a state does;
    "from Chinese officials" and "from Labour backbenchers" name people.
    """
    word = tree.tokens[noun]
    lexicon = load_actor_lexicon()
    placed = any(
        tree.tokens[c].dep == "amod" and tree.tokens[c].text in lexicon.demonyms
        for c in tree.children[noun]
    )
    return (
        placed
        and word.pos == "NOUN"
        and not lexicon.people_sector(word.text)[0]
        and lexicon.title((word.lemma.lower(),)) is None
    )


# Modes whose noun is done by whom it is "of": "the resignation of X".
_DONE_BY_WHOM_IT_IS_OF = frozenset({"resign", "withdraw"})


def _in_the_midst_of(tree: Tree, noun: int) -> bool:
    """Whether the noun says its subject takes part: "Iraq is in talks with Iran"."""
    prep = tree.tokens[noun].head
    verb = tree.tokens[prep].head
    return tree.tokens[prep].text.lower() in ("in", "into") and tree.tokens[verb].lemma.lower() in (
        "be",
        "remain",
        "enter",
        "stay",
    )


def _taken_part_in(tree: Tree, noun: int, cue: Cue) -> bool:
    """Whether a meeting or deal the clause is timed by was the clause subject's own.

    "said the French minister, after a meeting with his German counterpart":
    the minister met him. Only for what takes two sides (talks, deals,
    cooperation) and with a counterpart named: "after the attack on the
    embassy, the minister said" does not make the minister the attacker, and
    "during a meeting between A and B" or "after a visit to Taipei by the
    Speaker" name their own sides.
    """
    prep = tree.tokens[noun].head
    return (
        cue.type in _RECIPROCAL_TYPES
        and tree.tokens[prep].text.lower() in _TIMED_BY
        and bool(prepositional_objects(tree, noun, cue.recipient_preps - {"between"}))
        and not prepositional_objects(tree, noun, frozenset({"between"}))
        and not any(tree.tokens[k].ent_type for k in prepositional_objects(tree, noun, _BY))
    )


_BY = frozenset({"by"})
"""The preposition naming who did what a noun tells: "after a visit to Taipei by the Speaker"."""


def _come_for(tree: Tree, noun: int, cue: Cue) -> bool:
    """Whether a meeting or a visit is what the clause's subject came for.

    "Xi arrived in Belgrade for a state visit", "the envoy flew to Cairo
    for talks": who arrives for talks holds them.
    """
    prep = tree.tokens[noun].head
    verb = tree.tokens[prep].head
    return (
        cue.type == "CONSULT"
        and tree.tokens[prep].text.lower() == "for"
        and tree.tokens[verb].lemma.lower() in _COMING
    )


_COMING = frozenset({"arrive", "come", "travel", "fly", "go", "head", "return", "land"})


def _answered_with(tree: Tree, noun: int) -> bool:
    """Whether an event noun is how its clause's subject answered: "retaliated with air strikes"."""
    prep = tree.tokens[noun].head
    verb = tree.tokens[prep].head
    return (
        tree.tokens[prep].text.lower() == "with"
        and tree.tokens[verb].lemma.lower() in _ANSWERING_VERBS
    )


_ANSWERING_VERBS = frozenset({"retaliate", "respond", "react", "reply", "answer", "hit"})
"""Verbs whose "with" names the subject's own answer: "hit back with tariffs"."""


_TIMED_BY = frozenset({"after", "before", "following", "during"})
"""Prepositions by which a clause is timed by an event: "after talks with X"."""


@functools.cache
def _event_nouns() -> frozenset[str]:
    """The one-word event nouns of the cue lexicon, read once."""
    return frozenset(words[0] for words in load().nouns if len(words) == 1)


def _list_after(tree: Tree, trigger: int, first: int) -> list[int]:
    """The rest of "strikes against army posts, Iranian troops and X targets".

    The parse may hang the list's later items on the event word itself, as
    if they were more events ("spoke to Bush, and the presidents of X and
    Y"); any noun among them that is no event noun is one more target. A
    noun with a verb of its own starts a clause the parse misread ("accused
    the firm, and the courts sent in bailiffs").
    """
    nouns = load().nouns
    return [
        c
        for c in tree.children[trigger]
        if tree.tokens[c].dep == "conj"
        and c > first
        and tree.tokens[c].pos in ("NOUN", "PROPN")
        and (tree.tokens[c].lemma.lower(),) not in nouns
        and not any(tree.tokens[g].dep in ("acl", "relcl") for g in tree.children[c])
    ]


def _verb_arguments(tree: Tree, trigger: _Trigger, index: ActorIndex) -> _Found:
    cue = trigger.cue
    i = trigger.token
    subject, passive = subject_of(tree, i)
    actors, steps = _doers(tree, trigger, index, subject, passive=passive)
    heads = []
    if passive and subject is not None and cue.recipient_object:
        heads += _passive_recipients(tree, index, subject, actors, cue)
    obj = _verb_object(tree, i, subject, passive=passive)
    heads += _object_side(tree, index, trigger, obj, actors)
    heads += _preposition_recipients(tree, index, trigger)
    if cue.pos == "ADJ+PREP":
        heads += _stance_recipients(tree, index, trigger, actors)
    if is_tribute(cue.words) and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += _honoured(tree, index, i, actors)
    if cue.type == "REQUEST" and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += _change_asked_of(tree, trigger)
    if cue.type in ("REQUEST", "ACCUSE") and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += _written_to(tree, i) or _host_of_the_visit(tree, i)
    if "to" in cue.recipient_preps or (
        cue.recipient_object and not any(index.actors_at(tree, h) for h, _ in heads)
    ):
        # "offered China access", "sent Chile aid": the one given to, without
        # "to"; "fined the bank 20m pounds": the one done to, before the sum.
        heads += [
            (c, "recipient: the indirect object")
            for c in tree.children[i]
            if tree.tokens[c].dep == "dative" and tree.tokens[c].pos != "ADP"
        ]
    if not cue.recipient_object and obj is not None and not heads:
        # "pledged emergency aid to Chile": the parse may hang the
        # preposition on the thing given rather than on the verb.
        heads += [
            (head, "recipient: the object of the cue's preposition, on the thing given")
            for head in prepositional_objects(tree, obj, cue.recipient_preps)
        ]
    return actors, heads, steps


def _object_side(
    tree: Tree, index: ActorIndex, trigger: _Trigger, obj: int | None, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The recipients a verb's object gives; without one, an object shared or a clause."""
    cue, verb = trigger.cue, trigger.token
    heads: list[tuple[int, str]] = []
    if (
        cue.recipient_object
        and obj is not None
        and (obj not in trigger.words or cue.pos == "VERB+OBJ")
    ):
        # "summoned the Iranian ambassador", "challenged a Commission ruling":
        # a pair's object names its recipient too.
        if cue.type == "ACCUSE" and _undergone_deed(tree, obj):
            heads += _doers_of_the_deed(tree, obj)
        else:
            charged = _charged(cue) or _acclaimed(cue, tree, obj)
            heads += _object_recipients(tree, index, obj, actors, charged=charged)
        heads += _pair_object_of(tree, trigger, obj)
    elif cue.recipient_object and obj is None:
        shared = _shared_object(tree, verb)
        if shared is not None:
            heads.append(
                (shared, f"{_INFERRED}recipient: the object it shares with the verb after 'and'")
            )
    if obj is not None and obj in trigger.words and cue.pos == "VERB+OBJ" and cue.type == "ACCUSE":
        # "expressed concerns that Ms Kelly's views could hamper research": of her.
        heads += [
            (subject, f"{_INFERRED}recipient: the subject of what the charge says")
            for subject in _content_subjects(tree, obj)
        ]
    if obj is None:
        heads += _through_a_clause(tree, verb, cue)
    return heads


def _undergone_deed(tree: Tree, noun: int) -> bool:
    """Whether a noun names a deed someone underwent: "murder", "arrest", "sacking"."""
    return tree.tokens[noun].lemma.lower() in lexicons.word_set("undergone_nouns.txt")


def _doers_of_the_deed(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """Whom a charge about a deed undergone is of: its doer, never whoever underwent it.

    "Police investigating the boy's murder", "condemned the detention of
    the men": the boy and the men suffered it, and the charge is of whoever
    did it, here unnamed; "condemned Iraq's detention of the men" names
    Iraq.
    """
    if not prepositional_objects(tree, noun, frozenset({"of"})):
        return []
    return [
        (c, "recipient: the possessor who did the deed charged")
        for c in tree.children[noun]
        if tree.tokens[c].dep == "poss"
    ]


def _content_subjects(
    tree: Tree, noun: int, clauses: frozenset[str] = frozenset({"acl", "ccomp"})
) -> list[int]:
    """The subjects of the clauses a noun's content is told in: "concerns that X would ..."."""
    return [
        g
        for child in tree.children[noun]
        if tree.tokens[child].dep in clauses
        for g in tree.children[child]
        if tree.tokens[g].dep == "nsubj"
    ]


def _pair_object_of(tree: Tree, trigger: _Trigger, obj: int) -> list[tuple[int, str]]:
    """Whom a verb and object pair's event noun is of: "quashed the conviction of Ana Rojas"."""
    if obj not in trigger.words:
        return []
    return [
        (of, "recipient: whom the pair's object is of")
        for of in prepositional_objects(tree, obj, frozenset({"of"}))
    ]


def _passive_recipients(
    tree: Tree, index: ActorIndex, subject: int, actors: tuple[str, ...], cue: Cue
) -> list[tuple[int, str]]:
    """The recipients a passive verb's subject gives, with how each was found."""
    heads = [(subject, "recipient: the passive subject"), *_one_among(tree, subject)]
    if cue.type == "ACCUSE":
        # "The allegations, which he denies, are being investigated by X".
        heads += _deniers_of_the_charge(tree, subject)
    # What is sued, charged or attacked is someone; what is denied, backed
    # or agreed is mostly a claim or a plan: "it was immediately denied".
    meant = index.meant_before(tree, subject, actors) if cue.type in _DONE_TO_SOMEONE else None
    if meant is not None:
        # "Deutsche Bank ... because it is being sued by Yukos".
        heads.append((meant, f"{_INFERRED}recipient: whom the passive subject 'it' means"))
    elif cue.type in _SPOKEN_TYPES:
        movers = _mover(tree, subject)
        heads += [(doer, f"{_INFERRED}recipient: who made the move") for doer in movers]
        if not movers and _a_deed(tree, subject) and not index.actors_at(tree, subject):
            # "Their demands were backed by the police chief", "his plans
            # were criticised by the Tories": whose the thing judged is. The
            # pronoun comes before the agent, and so is not the agent's; but
            # "his players were praised by the coach" may be the coach's own.
            heads += _pronoun_owners(tree, index, subject, actors, charged=True)
    return heads


def _among(tree: Tree, noun: int) -> bool:
    """Whether a noun is what someone is said to be "among": "among those arrested"."""
    head = tree.tokens[noun].head
    return tree.tokens[noun].dep == "pobj" and tree.tokens[head].text.lower() == "among"


def _one_among(tree: Tree, those: int) -> list[tuple[int, str]]:
    """Who is said to be "among those" a participle tells of: "X was among those arrested"."""
    if not _among(tree, those):
        return []
    return [
        (subject, f"{_INFERRED}recipient: the one said to be among them")
        for subject in tree.children[tree.tokens[tree.tokens[those].head].head]
        if tree.tokens[subject].dep == "nsubj"
    ]


def _deniers_of_the_charge(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """Who denies the charges an inquiry looks into: "the claims, which the minister denies".

    One denies a charge made against oneself, so an inquiry into it is
    into the denier: the subject of a relative clause of denial on the
    charge noun.
    """
    if tree.tokens[noun].lemma.lower() not in _CHARGED_CONTENT | _CHARGES:
        return []
    return [
        (subject, f"{_INFERRED}recipient: who denies the charge")
        for clause in tree.children[noun]
        if tree.tokens[clause].dep == "relcl" and tree.tokens[clause].lemma.lower() in _DENIALS
        for subject in tree.children[clause]
        if tree.tokens[subject].dep == "nsubj"
    ]


_CHARGES = frozenset({"charge"})
_DENIALS = frozenset({"deny", "dispute", "reject"})
"""Verbs by which one turns down a charge made against oneself."""


def _mover(tree: Tree, noun: int) -> list[int]:
    """Who did what "in a move" names: "X announced cuts, in a move welcomed by Y" is X's.

    The noun after "in" on a verb names that verb's act, whatever it is (a
    move, a decision, a U-turn), so whoever judges it judges its doer.
    """
    preposition = tree.tokens[noun].head
    if tree.tokens[noun].dep != "pobj" or tree.tokens[preposition].text.lower() != "in":
        return []
    verb = tree.tokens[preposition].head
    if tree.tokens[verb].pos not in ("VERB", "AUX"):
        return []
    subject = subject_of(tree, verb)[0]
    return [] if subject is None else [subject]


def _verb_object(tree: Tree, verb: int, subject: int | None, *, passive: bool) -> int | None:
    """A verb's direct object, or the noun its relative clause is about."""
    obj = object_of(tree, verb)
    if (obj is None and not passive and _relative_object(tree, verb, subject)) or (
        _relative_pronoun(tree, verb, obj)
    ):
        # "the officials he met in Munich", "China's policy, which Japan
        # blamed": the noun the clause is about.
        return tree.tokens[verb].head
    return obj


def _charged_the_sum(tree: Tree, obj: int) -> list[int]:
    """The names a sum of money the verb takes is parsed as hanging on: whom it is charged to.

    "fined Barclays 20m pounds", "fined US firm Korvex 1.8bn euros": the
    small model often hangs the one fined on the sum rather than on the verb.
    """
    sums = [obj, *(c for c in tree.children[obj] if tree.tokens[c].dep == "appos")]
    found: list[int] = []
    for total in sums:
        if not _a_sum(tree, total):
            continue
        stack = [c for c in tree.children[total] if c < total]
        while stack:
            k = stack.pop()
            if tree.tokens[k].dep in _SUM_HOLDERS and tree.tokens[k].pos == "PROPN":
                found.append(k)
            stack += [c for c in tree.children[k] if c < k]
    return found


_SUM_HOLDERS = frozenset({"nmod", "compound", "poss"})
_CURRENCIES = frozenset({"pound", "euro", "dollar", "yen", "franc", "rupee", "yuan", "rouble"})


def _a_sum(tree: Tree, token: int) -> bool:
    """Whether a noun is a sum of money: "20m pounds", "1.8bn euros", "$5m"."""
    word = tree.tokens[token]
    return word.lemma.lower() in _CURRENCIES or (
        word.ent_type == "MONEY" or word.tag in ("CD", "$")
    )


def _object_recipients(
    tree: Tree, index: ActorIndex, obj: int, actors: tuple[str, ...], *, charged: bool = False
) -> list[tuple[int, str]]:
    """The recipients a verb's direct object gives, with how each was found.

    ``charged``: the verb blames or refuses the object ("criticised his
    handling", "rejected their claims"), so the object is another's.
    """
    heads = [(obj, _DIRECT_OBJECT)]
    meant = index.meant_before(tree, obj, actors)
    if meant is not None:
        heads.append((meant, f"{_INFERRED}recipient: whom the object pronoun means"))
    elif not index.actors_at(tree, obj):
        behind = _behind(tree, obj) or _behind_on_the_verb(tree, obj) or _charged_the_sum(tree, obj)
        heads += [(b, f"{_INFERRED}recipient: the one behind the object") for b in behind]
        owners = [] if behind else _pronoun_owners(tree, index, obj, actors, charged=charged)
        heads += owners
        heads += [] if behind or owners else _earlier_owner(tree, index, obj)
    return heads


_NEIGHBOURS = frozenset({"neighbour", "neighbor"})


def _pronoun_owners(
    tree: Tree, index: ActorIndex, obj: int, actors: tuple[str, ...], *, charged: bool = False
) -> list[tuple[int, str]]:
    """Whose an object is by its "his" or "her": "praised her work" is praise of her.

    One may defend one's own record, but not blame one's own handling of a
    war: a charge's "his", "its" or "their" is another's, the doers passed
    over ("Tony Blair spoke. Mr Howard criticised his handling of the
    war"), unless the object is their "own". A noun of a tie names another
    than its owner: "accused its neighbour" is no charge against itself.
    """
    if is_relational(tree, obj):
        neighbour = (
            index.other_country_before(tree, obj, actors)
            if tree.tokens[obj].lemma.lower() in _NEIGHBOURS
            else None
        )
        step = f"{_INFERRED}recipient: the other country named before its 'neighbour'"
        return [] if neighbour is None else [(neighbour, step)]
    owned = any(tree.tokens[c].lemma.lower() == "own" for c in tree.children[obj])
    return [
        (owner, f"{_INFERRED}recipient: whom the object's 'his', 'her', 'its' or 'their' means")
        for pronoun in tree.children[obj]
        if tree.tokens[pronoun].dep == "poss"
        and (
            owner := index.possessor_besides(tree, pronoun, actors)
            if charged and not owned
            else index.owner_besides(tree, pronoun, actors)
        )
        is not None
    ]


def _preposition_recipients(
    tree: Tree, index: ActorIndex, trigger: _Trigger
) -> list[tuple[int, str]]:
    """The recipients the cue's own prepositions give: "met with X", "concern over the plans"."""
    heads: list[tuple[int, str]] = []
    for word in trigger.words:
        for head in prepositional_objects(tree, word, trigger.cue.recipient_preps):
            if trigger.cue.type == "CONSULT" and _a_reaction(tree, head):
                continue
            heads += [(head, "recipient: the object of the cue's preposition")]
            heads += _earlier_owner(tree, index, head)
            if not index.actors_at(tree, head):
                # "appealing against allegations by the Commission": whose they are.
                heads += [
                    (b, f"{_INFERRED}recipient: the one behind the preposition's object")
                    for b in _behind(tree, head)
                ]
        if trigger.cue.type == "ACCUSE":
            heads += _inquired_into(tree, word, trigger.cue.recipient_preps)
    return heads


def _honoured(
    tree: Tree, index: ActorIndex, verb: int, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Whom a tribute that names no one honours, as the words said with it tell."""
    honoured = honoured_in_words(tree, verb)
    if honoured is None:
        return []
    meant = index.meant_before(tree, honoured, actors)
    return [(honoured if meant is None else meant, TRIBUTE_STEP)]


def _stance_recipients(
    tree: Tree, index: ActorIndex, trigger: _Trigger, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Whom a stance's preposition means, read as a verb's object is: "fond of him".

    "critical of their plans" is critical of whoever "their" means, as
    "criticised their plans" is.
    """
    charged = trigger.cue.type != "SUPPORT"
    return [
        found
        for word in trigger.words
        for head in prepositional_objects(tree, word, trigger.cue.recipient_preps)
        for found in _object_recipients(tree, index, head, actors, charged=charged)[1:]
    ]


def _a_reaction(tree: Tree, head: int) -> bool:
    """Whether one meets with a reaction, not with someone: "met with disapproval from unions"."""
    return tree.tokens[head].lemma.lower() in lexicons.word_set("reactions.txt")


def _inquired_into(tree: Tree, word: int, preps: frozenset[str]) -> list[tuple[int, str]]:
    """Whom a charge's clause is about: "an inquiry into whether the firm broke the rules".

    Also what an inquiry follows or looks into: "following allegations that
    the mayor misused funds", "an inquiry into claims that X lied"; and what
    it is investigating: "the inquiry is investigating whether X helped".
    """
    found = []
    places = [(word, preps)]
    if tree.tokens[word].dep in ("nsubj", "nsubjpass"):
        places.append((tree.tokens[word].head, preps | _CHARGES_FOLLOWED))
    for place, place_preps in places:
        found += _clauses_inquired_into(tree, place, place_preps)
    return [
        (subject, f"{_INFERRED}recipient: the subject of the clause inquired into")
        for subject in found
    ]


_CHARGES_FOLLOWED = frozenset({"following", "after", "amid"})
"""Prepositions by which an inquiry follows a charge: "under way following allegations that"."""
_CHARGED_CONTENT = frozenset({"claim", "allegation", "accusation", "suggestion", "complaint"})
_INQUIRING = frozenset({"investigate", "examine", "probe", "inquire", "consider"})
"""Verbs of looking into something (only "investigate" and "probe" are cues of their own)."""


def _clauses_inquired_into(tree: Tree, place: int, preps: frozenset[str]) -> list[int]:
    """The subjects of the clauses an inquiry at ``place`` looks into."""
    found = []
    for child in tree.children[place]:
        dep = tree.tokens[child].dep
        if dep == "ccomp" and tree.tokens[place].lemma.lower() in _INQUIRING:
            clauses = [child] if opens_a_question(tree, child) else []
        elif dep == "prep" and tree.tokens[child].text.lower() in preps:
            clauses = [c for c in tree.children[child] if tree.tokens[c].dep == "pcomp"]
            clauses += [
                clause
                for charge in tree.children[child]
                if tree.tokens[charge].dep == "pobj"
                and tree.tokens[charge].lemma.lower() in _CHARGED_CONTENT
                for clause in tree.children[charge]
                if tree.tokens[clause].dep in ("acl", "ccomp")
            ]
        else:
            continue
        for clause in clauses:
            subject, _ = subject_of(tree, clause)
            if subject is not None:
                found.append(subject)
    return found


def _written_to(tree: Tree, verb: int) -> list[tuple[int, str]]:
    """Whom a letter asks or blames: "wrote to Mr Blair demanding an explanation"."""
    writing = tree.tokens[verb].head
    if tree.tokens[verb].dep != "advcl" or tree.tokens[writing].lemma.lower() not in WRITING_VERBS:
        return []
    return [
        (addressee, f"{_INFERRED}recipient: the one the letter is written to")
        for addressee in prepositional_objects(tree, writing, frozenset({"to"}))
    ]


def _host_of_the_visit(tree: Tree, verb: int) -> list[tuple[int, str]]:
    """Whom a demand made on a visit is made of: "travelled to Uganda to plead for his life".

    The demand is the purpose of the visit ("visited Tehran to demand the
    sailors' release"), so it is put to whoever is visited, not to the home
    government as a demand naming no one would be.
    """
    word = tree.tokens[verb]
    if word.dep not in ("advcl", "xcomp") or not is_infinitive(tree, verb):
        return []
    visit = word.head
    hosts: list[int] = []
    for cue in load().verbs.get(tree.tokens[visit].lemma.lower(), ()):
        if cue.mode != "visit":
            continue
        obj = object_of(tree, visit) if cue.recipient_object else None
        hosts += [obj] if obj is not None else []
        hosts += prepositional_objects(tree, visit, cue.recipient_preps)
    return [
        (host, f"{_INFERRED}recipient: the host of the visit it is the purpose of")
        for host in hosts
    ]


def _change_asked_of(tree: Tree, trigger: _Trigger) -> list[tuple[int, str]]:
    """Whom a request for a change is made of: "called for reform of the UN".

    The thing asked for is the verb's object or its "for" object; when it
    is a change one undergoes (``lexicons/changes_asked.txt``: reform,
    resignation), the one it is "of" is asked. ("an apology from X" is
    found as the one behind the object.)
    """
    asked = [c for c in tree.children[trigger.token] if tree.tokens[c].dep in ("dobj", "obj")]
    for word in trigger.words:
        asked += prepositional_objects(tree, word, frozenset({"for"}))
    changes = lexicons.word_set("changes_asked.txt")
    return [
        (of, f"{_INFERRED}recipient: whose change is asked for")
        for thing in asked
        if tree.tokens[thing].lemma.lower() in changes
        for of in prepositional_objects(tree, thing, frozenset({"of"}))
    ]


def _earlier_owner(tree: Tree, index: ActorIndex, thing: int) -> list[tuple[int, str]]:
    """Whose a thing named with "the" is, by its earlier mention.

    "criticised the plans" or "voiced concern over the plans" after "Mr
    Clarke's plans" are done to him.
    """
    owner = None if index.actors_at(tree, thing) else index.owner_named_before(tree, thing)
    return (
        []
        if owner is None
        else [(owner, f"{_INFERRED}recipient: whose it is, by its earlier mention")]
    )


_PROPOSITIONS = frozenset(
    {"claim", "idea", "suggestion", "allegation", "accusation", "call", "demand", "proposal",
     "way", "manner"}
)  # fmt: skip


_CHARGE_TYPES = frozenset({"ACCUSE", "REJECT"})
"""Types whose object is another's: one blames or turns down what others did or said."""


def _charged(cue: Cue) -> bool:
    """Whether what a cue is done to is another's: "criticised his handling", "rejected its plan".

    Not a denial: "denied his involvement" is the denier's own.
    """
    return cue.type in _CHARGE_TYPES and cue.words[0] != "deny"


def _acclaimed(cue: Cue, tree: Tree, thing: int) -> bool:
    """Whether a cue praises a deed or a word of another's: "welcomed his apology".

    One does not praise one's own apology or ruling; but one praises one's
    own team ("praised his players"), so only a deed, a word or a thing put
    forward counts.
    """
    return cue.words[0] in lexicons.word_set("acclaiming_verbs.txt") and _a_deed(tree, thing)


def _a_deed(tree: Tree, noun: int) -> bool:
    """Whether a noun names a deed, a word or a thing put forward: "apology", "ruling", "plans"."""
    deeds = (
        put_forward() | _PROPOSITIONS | lexicons.word_set("accepted_things.txt") | _event_nouns()
    )
    return tree.tokens[noun].lemma.lower() in deeds


_PUT_FORWARD_BY = _PROPOSITIONS | lexicons.word_set("proposals.txt")
"""Things someone offers or makes: an offer, a bid, a claim, a call."""


def _behind(tree: Tree, noun: int) -> list[int]:
    """Who stands behind an object that names no one: "calls from the Tories", "claims by X".

    For a claim or a call with its content ("the idea that the Tories and the
    BNP appealed to ..."), the subject of that content; for "the way the
    ministry handled it", the one whose way it is.
    """
    found = prepositional_objects(tree, noun, frozenset({"by", "from"})) + _done_by(tree, noun)
    if tree.tokens[noun].lemma.lower() in _PROPOSITIONS:
        found += _content_subjects(tree, noun, frozenset({"acl", "ccomp", "relcl"}))
    return found


def _done_by(tree: Tree, noun: int) -> list[int]:
    """Who a participle on the noun says made or did it: "the claim made by some charities".

    "rejected the claim made by campaign groups", "condemned the attack
    carried out by the militants": the participle's "by" names whose it is.
    """
    return [
        of
        for participle in tree.children[noun]
        if tree.tokens[participle].dep == "acl" and tree.tokens[participle].tag == "VBN"
        for by in tree.children[participle]
        if tree.tokens[by].dep == "agent"
        for of in tree.children[by]
        if tree.tokens[of].dep == "pobj"
    ]


def _behind_on_the_verb(tree: Tree, obj: int) -> list[int]:
    """Who put forward an object, by a "by" or "from" the parse hung on the active verb.

    "turned down an offer by Alstom", "rejecting a higher offer from
    Qwest": the parse may make the phrase the verb's own (an agent of an
    active verb, which has none), though it tells whose the offer is.
    """
    verb = tree.tokens[obj].head
    if tree.tokens[obj].dep != "dobj" or tree.tokens[obj].lemma.lower() not in _PUT_FORWARD_BY:
        return []
    return [
        of
        for child in tree.children[verb]
        if tree.tokens[child].dep in ("agent", "prep")
        and tree.tokens[child].text.lower() in ("by", "from")
        and child > obj
        for of in tree.children[child]
        if tree.tokens[of].dep == "pobj"
    ]


def _relative_pronoun(tree: Tree, verb: int, obj: int | None) -> bool:
    """Whether a relative clause's object is its pronoun: "which Japan blamed"."""
    return (
        obj is not None
        and tree.tokens[verb].dep == "relcl"
        and tree.tokens[obj].text.lower() in ("which", "that", "whom", "who")
    )


def _relative_object(tree: Tree, verb: int, subject: int | None) -> bool:
    """Whether a relative clause with a subject of its own is about its noun as object."""
    return (
        tree.tokens[verb].dep == "relcl"
        and subject is not None
        and subject != tree.tokens[verb].head
        and tree.tokens[subject].text.lower() not in ("who", "which", "that")
        # "Mr Kennedy, whose party opposes the plan": about him, not done to him.
        and not any(tree.tokens[c].text.lower() == "whose" for c in tree.children[subject])
        and not any(
            tree.tokens[c].dep == "prep" and not tree.children[c] for c in tree.children[verb]
        )
    )


def _doers(
    tree: Tree, trigger: _Trigger, index: ActorIndex, subject: int | None, *, passive: bool
) -> tuple[tuple[str, ...], list[str]]:
    """Who did what a verb says, and how that was found."""
    verb = trigger.token
    doer = agent_of(tree, verb) if passive else subject
    if doer is not None and not passive and not index.actors_at(tree, doer):
        doer = _second_subject(tree, doer) or doer
    actors = index.actors_at(tree, doer) if doer is not None else ()
    if actors and doer is not None and index.guessed(tree, doer):
        return actors, [f"{_INFERRED}actor: whom the pronoun or pair ('the two countries') means"]
    if actors:
        return actors, [f"actor: the {'passive agent' if passive else 'subject'}"]
    if doer is None and tree.tokens[verb].dep == "acl" and is_infinitive(tree, verb):
        noun = tree.tokens[verb].head
        # "its invitation to Chile to visit Oslo": the one invited acts.
        invited = prepositional_objects(tree, noun, frozenset({"to"}))
        actors = index.actors_at(tree, invited[0]) if invited else ()
        if actors:
            return actors, [f"{_INFERRED}actor: whom the noun the infinitive completes is 'to'"]
        # "its decision to back the plan", "Iraq's bid to join": the noun's owner acts.
        actors = index.describers(tree, noun)
        if actors:
            return actors, [f"{_INFERRED}actor: the owner of the noun the infinitive completes"]
    if passive:
        return _unnamed_agent(tree, trigger, index)
    return _unstated_doer(tree, trigger, index, doer)


def _unstated_doer(
    tree: Tree, trigger: _Trigger, index: ActorIndex, subject: int | None
) -> tuple[tuple[str, ...], list[str]]:
    """The doer of an active verb whose subject names no actor, and how it was found."""
    speaker = _speaker_after_quote(tree, trigger.token) if subject is None else None
    actors = index.actors_at(tree, speaker) if speaker is not None else ()
    if actors:
        return actors, [f"{_INFERRED}actor: the speaker named after the verb, past the quote"]
    actors = _owner_of_the_weapon(tree, index, subject)
    if actors:
        return actors, [f"{_INFERRED}actor: whose weapons 'its' or 'their' says they are"]
    return _body_it_means(tree, trigger, index, subject)


def _owner_of_the_weapon(tree: Tree, index: ActorIndex, subject: int | None) -> tuple[str, ...]:
    """Who struck with the weapons a subject names as theirs: "Turkey said its jets had struck"."""
    if subject is None or _mode_of_weapon(tree, subject) is None:
        return ()
    for child in tree.children[subject]:
        if tree.tokens[child].dep == "poss":
            owner = index.possessor_besides(tree, child, ())
            return index.actors_at(tree, owner) if owner is not None else ()
    return ()


_QUOTE_MARKS = frozenset({'"', "\u201d", "'", "\u2019"})


def _speaker_after_quote(tree: Tree, verb: int) -> int | None:
    """Who speaks in '"Act now," urged campaigner Jo Bell': the parse makes them the object.

    A verb with no subject, after the words it says and a comma or quote
    mark, names its speaker after it.
    """
    if verb == 0 or tree.tokens[verb - 1].pos != "PUNCT":
        return None
    quoted = tree.tokens[verb - 1].text in _QUOTE_MARKS
    if not quoted and not any(
        c < verb and tree.tokens[c].dep == "ccomp" for c in tree.children[verb]
    ):
        return None
    obj = object_of(tree, verb)
    return obj if obj is not None and obj > verb else None


def _second_subject(tree: Tree, subject: int) -> int | None:
    """The name a parse cut off from its description as a subject of its own.

    "The Chilean firm Petroval is suing ...": the parse makes both "firm"
    and "Petroval" subjects of "suing"; the name, right after its
    description, is the doer.
    """
    word = tree.tokens[subject]
    after = subject + 1
    if word.dep != "nsubj" or after >= len(tree.tokens):
        return None
    name = tree.tokens[after]
    return after if name.dep == "nsubj" and name.head == word.head else None


def _body_it_means(
    tree: Tree, trigger: _Trigger, index: ActorIndex, subject: int | None
) -> tuple[tuple[str, ...], list[str]]:
    """The body a subject "it" or "they" stands for when it speaks: "It urged ministers to act".

    See :meth:`ActorIndex.body_it_means`. Only acts of speech: "it agreed"
    may be anything's.
    """
    if (
        subject is None
        or trigger.cue.type not in _SPOKEN_TYPES
        or tree.tokens[subject].head != trigger.token
        or tree.tokens[subject].dep != "nsubj"
    ):
        return (), []  # "it is important to support", "it was wrong to blame": no one
    meant = index.body_it_means(tree, subject)
    actors = index.actors_at(tree, meant) if meant is not None else ()
    pronoun = tree.tokens[subject].text.lower()
    return actors, [f"{_INFERRED}actor: the body the subject '{pronoun}' means"] * bool(actors)


_SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})


def _unnamed_agent(
    tree: Tree, trigger: _Trigger, index: ActorIndex
) -> tuple[tuple[str, ...], list[str]]:
    """Who did what a passive verb says when it has no "by" phrase of its own."""
    stray = _stray_agent(tree, trigger.token)
    actors = index.actors_at(tree, stray) if stray is not None else ()
    if actors:
        return actors, [f"{_INFERRED}actor: a 'by' phrase the parse hung on the verb's phrase"]
    actors = _keeper(tree, trigger.token, index) if trigger.cue.mode == "release" else ()
    if actors:
        return actors, [f"{_INFERRED}actor: whose the place released from is"]
    return (), []


def _keeper(tree: Tree, verb: int, index: ActorIndex) -> tuple[str, ...]:
    """Who held those released from their camp: "were freed from an Israeli jail"."""
    return tuple(
        actor
        for held in prepositional_objects(tree, verb, frozenset({"from"}))
        for actor in index.describers(tree, held)
    )


def _stray_agent(tree: Tree, verb: int) -> int | None:
    """The agent the parse hangs deeper in the verb's phrase.

    "released without charge by UK police" ("by" on "charge"), "banned from
    taking part by a court" ("by" on "taking"). Only through prepositions,
    their objects and gerunds: a clause with a subject of its own has its
    own agents.
    """
    # A passive verb's "object" is its complement misparsed: "was branded a
    # retreat by the Tories" hangs "by" on "retreat".
    stack = [c for c in tree.children[verb] if tree.tokens[c].dep in ("prep", "dobj", "oprd")]
    while stack:
        word = stack.pop(0)
        for child in tree.children[word]:
            dep = tree.tokens[child].dep
            if dep == "prep" and tree.tokens[child].text.lower() == "by":
                found = prepositional_objects(tree, word, frozenset({"by"}))
                if found:
                    return found[0]
            if dep in ("pobj", "pcomp", "prep", "dobj"):
                stack.append(child)
    return None


def _shared_object(tree: Tree, verb: int) -> int | None:
    """The object "seized and sold the refinery" gives "seized": the parser hangs it on "sold".

    A verb that says something of its own has no object to share: "denied
    that the vote was rigged and accused the US" denies the claim, not the US.
    """
    if any(tree.tokens[c].dep in ("ccomp", "xcomp") for c in tree.children[verb]):
        return None
    for child in tree.children[verb]:
        if (
            tree.tokens[child].dep == "conj"
            and tree.tokens[child].pos == "VERB"
            and subject_of(tree, child)[0] == subject_of(tree, verb)[0]
        ):
            return object_of(tree, child)
    return None


def _through_a_clause(tree: Tree, verb: int, cue: Cue) -> list[tuple[int, str]]:
    """The recipient a verb with no object names in the clause it governs."""
    if cue.words == _WANT and wished_state(tree, verb):
        return []  # "wants young voters to know their rights": a state wished, no act asked
    if cue.type in ("REQUEST", "ACCUSE", "PROTEST"):
        # "demanded that Italy withdraw", "alleged that Chilean troops shelled
        # a village", "protested that the regulator was unfair": the one the
        # clause asks or blames. A warning of what
        # someone would or could do is a forecast: "warned that ministers
        # would not rule out cuts".
        asked = _clause_subject(tree, verb)
        if asked is not None and not (
            cue.words in _NEEDS_BOTH_SIDES and foretold(tree, tree.tokens[asked].head)
        ):
            return [(asked, f"{_INFERRED}recipient: the subject of the clause it says")]
    if cue.type in ("REJECT", "AGREE", "THREATEN"):
        # "refused to meet the envoy", "offered to supply gas to Peru",
        # "threatened to sue the government": the one the refused, promised
        # or threatened act was to be done to.
        refused = _refused_object(tree, verb)
        if refused is not None:
            return [(refused, _DONE_FOR)]
    return []


_DONE_FOR = f"{_INFERRED}recipient: the one the act refused, offered or threatened is for"


def _refused_object(tree: Tree, verb: int) -> int | None:
    """The one the act a verb refuses, offers or threatens is done to.

    "refused to meet the envoy", "offered to supply gas to Peru", "threatened
    to impose sanctions on Peru", "refused to obey a government order".
    """
    for child in tree.children[verb]:
        if tree.tokens[child].dep == "xcomp":
            target = _act_done_to(tree, child)
            if target is not None:
                return target
    return None


def _act_done_to(tree: Tree, act: int) -> int | None:
    """Whom an act is done to: as its cue says, else whom it is "to", else its object."""
    lemma = tree.tokens[act].lemma.lower()
    thing = object_of(tree, act)
    light = load().light_verbs.get((lemma, tree.tokens[thing].lemma.lower())) if thing else None
    if light is not None and thing is not None:
        given = prepositional_objects(tree, act, light.recipient_preps)
        given += prepositional_objects(tree, thing, light.recipient_preps)
        return given[0] if given else None
    cues = [cue for cue in load().verbs.get(lemma, ()) if cue.particle is None]
    for cue in cues:
        if cue.recipient_object and thing is not None:
            return thing
        given = prepositional_objects(tree, act, cue.recipient_preps)
        if given:
            return given[0]
    if lemma in load().verbs:
        return None
    # "agreed to lend the money to X", "refused to obey a government order".
    given = prepositional_objects(tree, act, frozenset({"to"}))
    return given[0] if given else thing


def _clause_subject(tree: Tree, verb: int) -> int | None:
    """Who is asked in "demanded (that) the ministries cut costs": the clause's subject."""
    clauses = [c for c in tree.children[verb] if tree.tokens[c].dep == "ccomp"]
    clauses += [clause for clause, _ in _for_clauses(tree, verb)]
    for clause in clauses:
        return next((g for g in tree.children[clause] if tree.tokens[g].dep == "nsubj"), None)
    return None


def _sentence_chars(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """A sentence's characters, without the paragraph break the parser may end it with."""
    while last - 1 > first and not tree.tokens[last - 1].text.strip():
        last -= 1
    return tree.tokens[first].start, tree.tokens[last - 1].end


def _between(tree: Tree, index: ActorIndex, noun: int) -> tuple[str, ...]:
    """The actors "between X and Y" names, on the noun or on the verb it is subject or object of."""
    holders = [noun]
    if tree.tokens[noun].dep in ("nsubj", "nsubjpass", "dobj"):
        holders.append(tree.tokens[noun].head)
    for holder in holders:
        for child in tree.children[holder]:
            if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() == "between":
                for obj in tree.children[child]:
                    if tree.tokens[obj].dep == "pobj":
                        sides = index.actors_at(tree, obj)
                        # One side found of two ("between himself and the
                        # prime minister") says who met no one.
                        return sides if len(sides) > 1 else ()
    return ()


def _physical(tree: Tree, first: int, last: int) -> bool:
    """Whether a sentence has a weapon or violence word: an attack in it is no verbal one.

    "force" as a verb compels, and harms no one: "airlines attacked the
    rules, saying they could be forced to raise fares" is words.
    """
    return _says_any(tree, first, last, "violence_words.txt", verbs_besides=_COMPELLING)


_COMPELLING = frozenset({"force"})
"""Violence words whose verb compels rather than harms ("was forced to resign")."""


def _says_any(
    tree: Tree, first: int, last: int, lexicon: str, *, verbs_besides: frozenset[str] = frozenset()
) -> bool:
    """Whether words ``first`` to ``last`` hold a word (or its lemma) of a list lexicon.

    A verb whose lemma is in ``verbs_besides`` does not count.
    """
    words = lexicons.word_set(lexicon)
    return any(
        (token.lemma.lower() in words or token.text.lower() in words)
        and not (token.pos == "VERB" and token.lemma.lower() in verbs_besides)
        for token in tree.tokens[first:last]
    )


def _armed(tree: Tree, first: int, last: int) -> bool:
    """Whether a sentence tells of armed force: "the strike" in it is an attack, not a walkout."""
    return _says_any(tree, first, last, "war_words.txt")


def _attacks_a_place(tree: Tree, trigger: _Trigger) -> bool:
    """Whether an attack's object is a thing attacked only with force ("a convoy")."""
    i = trigger.token
    obj = object_of(tree, i) if trigger.cue.pos != "NOUN" else None
    targets = [obj] if obj is not None else []
    for word in trigger.words:
        targets += prepositional_objects(tree, word, frozenset({"on", "against"}))
    places = lexicons.word_set("physical_targets.txt")
    return any(tree.tokens[t].lemma.lower() in places for t in targets)


def _toll_of_another(
    tree: Tree, trigger: int, sentence: tuple[int, int], nominal: Mapping[int, str]
) -> bool:
    """Whether the sentence's toll is another attack's, told in that attack's own clause.

    "The strikes targeted militants it blames for a bombing that killed
    seven soldiers": the seven are the bombing's dead, not the strikes'.
    """
    first, last = sentence
    return any(
        noun != trigger
        and first <= noun < last
        and kind == "ASSAULT"
        and any(
            tree.tokens[c].dep == "relcl" and tree.tokens[c].lemma.lower() in _HARMING
            for c in tree.children[noun]
        )
        for noun, kind in nominal.items()
    )


def _casualties(tree: Tree, first: int, last: int, cue: Cue, trigger: int) -> casualties.Toll:
    """The killed and injured an assault's sentence gives (or the next, for a running toll).

    A killing that counts its own dead keeps its count: in "killing eight
    officers before troops killed four of the attackers" the troops killed four.
    """
    if cue.type != "ASSAULT":
        return casualties.Toll()
    following = ""
    if last < len(tree.tokens):
        following = _sentence_text(tree, *tree.sentence_span(tree.sentence_of[last]))
    told = casualties.toll(_sentence_text(tree, first, last), following)
    own = _own_dead(tree, trigger)
    return told if own is None else dataclasses.replace(told, killed=own)


def _own_dead(tree: Tree, verb: int) -> int | None:
    """The dead a verb of killing counts in its own object: "killed four of the attackers"."""
    if tree.tokens[verb].lemma.lower() != "kill":
        return None
    for obj in tree.children[verb]:
        if tree.tokens[obj].dep != "dobj":
            continue
        counts = [obj] if tree.tokens[obj].tag == "CD" else []
        counts += [c for c in tree.children[obj] if tree.tokens[c].dep == "nummod"]
        for count in counts:
            number = casualties.number_of(tree.tokens[count].text)
            if number is not None:
                return number
    return None


def _with_later_tolls(tree: Tree, events: list[Event]) -> list[Event]:
    """Assaults with the higher running toll that a later sentence gives of them.

    "The death toll rose to 17 on Tuesday" tells no attack of its own: it
    updates the last attack told before it, and the latest figure wins. A
    sentence that tells an attack keeps its toll for that attack.
    """
    events = list(events)
    assaults = [
        i for i, e in enumerate(events) if e.type == "ASSAULT" and not (e.negated or e.hypothetical)
    ]
    for sentence in range(len(tree.parse.sentences)):
        first, last = tree.sentence_span(sentence)
        total = casualties.running_toll(_sentence_text(tree, first, last))
        start, end = _sentence_chars(tree, first, last)
        if total is None or any(start <= events[i].span[0] < end for i in assaults):
            continue
        before = [i for i in assaults if events[i].span[0] < start]
        if not before or (events[before[-1]].fatalities or 0) >= total:
            continue
        attack = events[before[-1]]
        step = f"fatalities: the running toll at {start}-{end}"
        events[before[-1]] = dataclasses.replace(
            attack, fatalities=total, explanation=(*attack.explanation, step)
        )
    return events


def _sentence_text(tree: Tree, first: int, last: int) -> str:
    return tree.text[tree.tokens[first].start : tree.tokens[last - 1].end]


def _quote_id(analysis: Analysis, offset: int) -> str | None:
    quote = _quote_around(analysis, offset)
    return quote.id if quote is not None else None


def _quote_around(analysis: Analysis, offset: int) -> Quote | None:
    """The quote a character of the text stands in, if any."""
    return next((q for q in analysis.article.quotes if q.span[0] <= offset < q.span[1]), None)


STAGE = Stage(
    name="events",
    run=find_events,
    requires=frozenset({"parse", "actors", "quotes", "times", "places"}),
    assigns=frozenset({"events"}),
)
