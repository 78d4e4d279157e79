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

import dataclasses
from collections.abc import Mapping

from dateline.records import Actor, Analysis, Article, Event, Span
from dateline.stages import Stage
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import agent_of, subject_of
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.actors.evidence import REMITS
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.actors.numbered import count_of
from dateline.stages.events import casualties
from dateline.stages.events.bans import as_a_thing_banned
from dateline.stages.events.caused_acts import with_caused_sides
from dateline.stages.events.claims import claims_no_wrong
from dateline.stages.events.confidence import confidence_of, standing_steps
from dateline.stages.events.cues import Cue
from dateline.stages.events.declared_stances import declared_stance
from dateline.stages.events.doubts import (
    a_standing_position,
    doer_missing,
    doer_unknown,
    reality,
    sides_missing,
    tells_of_people_polled,
)
from dateline.stages.events.force import held_by_force, weapon_mode, won_not_taken
from dateline.stages.events.greetings import UNNAMED as UNNAMED_GREETING
from dateline.stages.events.greetings import greets_no_one_named, with_greetings_passed_on
from dateline.stages.events.insisted import rebuttal_steps
from dateline.stages.events.likewise import STEP as LIKEWISE_STEP
from dateline.stages.events.likewise import likewise_doers
from dateline.stages.events.merging import settled
from dateline.stages.events.modality import charged_with, is_hypothetical
from dateline.stages.events.one_another import done_to_one_another, each_to_the_other
from dateline.stages.events.other_senses import SMALLEST_LIST, means_something_else
from dateline.stages.events.pacts import agreed_to_go_ahead
from dateline.stages.events.party_groups import with_parties_meant
from dateline.stages.events.quoted_events import with_statements
from dateline.stages.events.readings import a_firms_own_restriction, read_in_context
from dateline.stages.events.served_bodies import with_served_bodies
from dateline.stages.events.setting import setting_of
from dateline.stages.events.sides import EventSides, quote_id, sentence_chars, sides_of
from dateline.stages.events.standing_ties import a_standing_tie
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.told_in_passing import told_in_passing
from dateline.stages.events.tolls import toll_of, toll_of_another
from dateline.stages.events.triggers import (
    INQUIRING,
    Trigger,
    event_nouns,
    find_triggers,
    is_undone,
)
from dateline.stages.events.visits import (
    home_state_holding,
    state_where,
    toured_at_home,
    visit_counterparts,
    visits_a_website,
)

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


def _no_event_of_its_own(
    tree: Tree, trigger: Trigger, index: ActorIndex, verbal: Mapping[int, str]
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
        or is_undone(tree, trigger.token)
        or _remit_of_a_post(tree, trigger.token, index)
        or _restraint_done_by_its_verb(tree, trigger, verbal)
    )


_RESTRAINING = frozenset({"COERCE", "SANCTION"})


def _restraint_done_by_its_verb(tree: Tree, trigger: Trigger, verbal: Mapping[int, str]) -> bool:
    """Whether a restraint noun is the doer of a verb of restraint: "an injunction barred it".

    "a court injunction barred it from the auction", "was banned by a court
    order": one restraint, told by its verb, whose object or passive subject
    is whom it restrains; the noun alone names no one restrained.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.type not in _RESTRAINING:
        return False
    if word.dep == "nsubj":
        return verbal.get(word.head) in _RESTRAINING
    by = word.head
    if word.dep != "pobj" or tree.tokens[by].text.lower() != "by":
        return False
    # The parse may hang the "by" on a phrase inside the verb's: "was barred
    # from bidding in the sale by a court order".
    return any(verbal.get(verb) in _RESTRAINING for verb in _heads_above(tree, by, 3))


def _heads_above(tree: Tree, token: int, steps: int) -> list[int]:
    """The heads above a token, nearest first, at most ``steps`` of them."""
    heads = []
    for _ in range(steps):
        if tree.tokens[token].head == token:
            break
        token = tree.tokens[token].head
        heads.append(token)
    return heads


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


def _purpose_of_a_like_deed(tree: Tree, trigger: Trigger, verbal: Mapping[int, str]) -> bool:
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
                members = index.actors_within(tree, attr, group.id)
                # Some of the list may be no actor the stage knows ("its unit X").
                if SMALLEST_LIST <= len(members) <= count:
                    return members
    return ()


def _group_count(tree: Tree, noun: int) -> int | None:
    """How many a group's noun is counted as: "four companies", "the two men"."""
    for child in tree.children[noun]:
        number = count_of(tree.tokens[child].text)
        if tree.tokens[child].dep == "nummod" and number is not None:
            return int(number)
    return None


def find_events(analysis: Analysis) -> Analysis:
    """Add every PLOVER event whose trigger, actor or recipient the text gives."""
    article = analysis.article
    tree = Tree(analysis.parse, article.text)
    index = ActorIndex.build(
        tree,
        article.actors,
        load_actor_lexicon().demonyms,
        event_nouns(),
        quotes=article.quotes,
    )
    sectors = {actor.id: actor.sector for actor in article.actors}
    events: list[Event] = []
    triggers = list(find_triggers(tree))
    # A noun that is an actor's mention ("the opposition") tells no event of
    # its own, so the verb it is the subject of still does: "the opposition
    # rejected the plan".
    verbal = {t.token: t.cue.type for t in triggers if t.cue.pos != "NOUN"}
    nominal = {
        t.token: t.cue.type
        for t in triggers
        if t.cue.pos == "NOUN"
        and t.token not in index.by_token
        and not _restraint_done_by_its_verb(tree, t, verbal)
    }
    for trigger in triggers:
        if (
            (trigger.cue.pos == "NOUN" and _no_event_of_its_own(tree, trigger, index, verbal))
            or _purpose_of_a_like_deed(tree, trigger, verbal)
            or claims_no_wrong(tree, trigger.token, trigger.cue.words, verbal)
            or told_in_passing(tree, trigger, index)
        ):
            continue
        subject, passive = subject_of(tree, trigger.token)
        if _told_by_its_subject_noun(tree, trigger, subject, nominal, passive=passive):
            continue  # "air strikes ... killed 14": one event, told by its noun
        hypothetical = (
            is_hypothetical(tree, trigger.token)
            and not _inquiry_announced(tree, trigger)
            and not declared_stance(tree, index, trigger.token)
            and not agreed_to_go_ahead(tree, trigger)
        ) or (trigger.cue.type in _CHARGED_DEEDS and charged_with(tree, trigger.token))
        actors, recipients, steps = _with_likewise_doers(
            tree,
            index,
            trigger.token,
            with_caused_sides(
                tree,
                trigger,
                index,
                sides_of(analysis, tree, trigger, index, hypothetical=hypothetical),
            ),
        )
        if not actors and (
            doer_unknown(tree, trigger, subject, passive=passive)
            or tells_of_people_polled(tree, trigger, passive=passive)
        ):
            continue
        counterparts = visit_counterparts(article, index, trigger.cue, actors, recipients)
        # "banned the play": a thing restricted, no one sanctioned; read so from here on.
        trigger = as_a_thing_banned(tree, trigger, actors, counterparts or ())  # noqa: PLW2901
        if (
            counterparts is None
            or sides_missing(
                trigger.cue, actors, counterparts, mutual=done_to_one_another(tree, trigger.token)
            )
            or a_firms_own_restriction(trigger.cue, actors, sectors)
            or held_by_force(trigger.cue, actors, sectors)
            or won_not_taken(trigger.cue, actors, sectors)
            or toured_at_home(article, tree, trigger, actors, counterparts)
            or visits_a_website(tree, trigger)
        ):
            continue
        recipients, named = _members_named(article, tree, index, counterparts)
        steps += [f"{INFERRED}recipient: the members the text names for the group"] * named + [
            UNNAMED_GREETING
        ] * greets_no_one_named(trigger.cue, recipients)
        if (
            means_something_else(tree, trigger, index, actors, recipients)
            or (not recipients and a_standing_position(analysis, tree, trigger, actors))
            or a_standing_tie(tree, trigger)
        ):
            continue
        first, last = tree.sentence_span(tree.sentence_of[trigger.token])
        span = sentence_chars(tree, first, last)
        cue = trigger.cue
        mode = f"/{cue.mode}" if cue.mode else ""
        steps = [f"cue {cue.pos} '{' '.join(cue.words)}' -> {cue.type}{mode}", *steps]
        doers = [sectors.get(actor) for actor in actors]
        cue, retyped = read_in_context(tree, trigger, cue, (first, last), doers)
        steps += retyped
        cue, armed_with = weapon_mode(tree, trigger, cue)
        steps += armed_with
        cue, negated, hypothetical, said = reality(
            tree, trigger, cue, actors, hypothetical=hypothetical
        )
        steps += said + standing_steps(tree, trigger) + rebuttal_steps(trigger.cue)
        # "he was freed", "the release of the hostages": done to someone, by whom unsaid.
        unnamed_doer = (passive and trigger.cue.pos != "NOUN") or (
            trigger.cue.pos == "NOUN" and bool(recipients) and "of" in trigger.cue.recipient_preps
        )
        if not (negated or hypothetical) and doer_missing(cue, actors, passive=unnamed_doer):
            continue
        date, place, setting = setting_of(analysis, tree, trigger.token, span, actors)
        actors, recipients, placed = _sides_of_the_place(
            article, cue, place, span, (actors, recipients)
        )
        steps += placed + setting
        harmed = (
            casualties.Toll()
            if toll_of_another(tree, trigger.token, (first, last), nominal)
            else toll_of(tree, first, last, cue, trigger.token)
        )
        events += each_to_the_other(
            tree,
            trigger.token,
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
                confidence=confidence_of(actors, recipients, steps),
                quote=quote_id(analysis, tree.tokens[trigger.token].start),
                explanation=tuple(steps),
            ),
        )
    # "the chairman of the CRE called for ...": the office holder's body acts.
    served = with_served_bodies(
        tree,
        with_greetings_passed_on(tree, with_statements(analysis, tree, index, verbal, events)),
        article.actors,
    )
    kept = with_parties_meant(settled(tree, index, verbal, served, article), article)
    merged = tuple(dataclasses.replace(e, id=f"E{number}") for number, e in enumerate(kept, 1))
    return dataclasses.replace(analysis, article=dataclasses.replace(article, events=merged))


def _sides_of_the_place(
    article: Article,
    cue: Cue,
    place: str | None,
    span: Span,
    sides: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """The sides the place of an event gives when its words name none: the state there.

    Only a state's police arrest or deport: "the men were arrested when they
    landed in London" is Britain's arrest; with no place in its sentence, a
    detention is that of the state the story is about. Asylum or a
    bankruptcy's protection is asked of the state where it is sought:
    "sought asylum in Britain", "filed for Chapter 11 protection in
    Houston" ask Britain's and the US's courts, when the article has that
    country as an actor.
    """
    actors, recipients = sides
    if not actors and cue.mode in ("arrest", "deport"):
        actors = state_where(article, place, span)
        if actors:
            return actors, recipients, [f"{INFERRED}actor: the state where it was done"]
        actors = home_state_holding(article, span, recipients) if cue.mode == "arrest" else ()
        return actors, recipients, [f"{INFERRED}actor: the home state, none named"] * bool(actors)
    if not recipients and cue.type == "REQUEST" and "in" in cue.recipient_preps:
        recipients = state_where(article, place, span)
        return (
            actors,
            recipients,
            [f"{INFERRED}recipient: the state it is sought in"] * bool(recipients),
        )
    return actors, recipients, []


def _with_likewise_doers(tree: Tree, index: ActorIndex, word: int, found: EventSides) -> EventSides:
    """The sides found, the doers with those an "as did" clause adds: "..., as did Mr Howard"."""
    actors, recipients, steps = found
    if not actors:
        return found
    others = tuple(a for a in likewise_doers(tree, index, word) if a not in actors)
    return (*actors, *others), recipients, steps + [LIKEWISE_STEP] * bool(others)


def _told_by_its_subject_noun(
    tree: Tree, trigger: Trigger, subject: int | None, nominal: Mapping[int, str], *, passive: bool
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


def _inquiry_announced(tree: Tree, trigger: Trigger) -> bool:
    """Whether an inquiry is told as decided: "the watchdog is to investigate the party".

    A news report's "is to" tells a decision taken; to open an inquiry is
    the ACCUSE itself (DESIGN.md), so the one announced has happened, though
    its work is still to come. "Will investigate", "may investigate" and
    "is set to" stay plans.
    """
    inquiry = trigger.cue.type == "ACCUSE" and trigger.cue.words[0] in INQUIRING
    if not inquiry or tree.tokens[trigger.token].dep != "xcomp":
        return False
    head = tree.tokens[trigger.token].head
    return (
        tree.tokens[head].lemma == "be"
        and tree.tokens[head].tag in PRESENT_TAGS
        and not any(tree.tokens[c].dep in ("aux", "neg") for c in tree.children[head])
    )


STAGE = Stage(
    name="events",
    run=find_events,
    requires=frozenset({"parse", "actors", "quotes", "times", "places"}),
    assigns=frozenset({"events"}),
)
