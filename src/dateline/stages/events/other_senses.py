"""Other senses: cue words that mean something else where they stand.

"Shows", "signs up", "sells", a hazard or a thing done to no one: the
checks that drop a trigger read in the wrong sense.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from dateline import lexicons
from dateline.records import Token
from dateline.stages._arguments import ActorIndex, put_forward
from dateline.stages._clause_roles import (
    agent_of,
    noun_and_modifiers,
    object_of,
    prepositional_objects,
    subject_of,
)
from dateline.stages._people_words import people_nouns
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events.ball_strikes import struck_by_one_player
from dateline.stages.events.contests import leaves_a_contest, plays_a_contest, surges_to_a_win
from dateline.stages.events.cues import Cue, load
from dateline.stages.events.custody import holds_no_person
from dateline.stages.events.doubts import a_label, labels_no_wrong
from dateline.stages.events.force import aimed_by_firms, aims_at_a_thing, ground_taken
from dateline.stages.events.insisted import insists_on_no_rebuttal
from dateline.stages.events.joint_deeds import jointly_done
from dateline.stages.events.modality import foretold, habitual_present, is_negated
from dateline.stages.events.noun_sides import comes_under
from dateline.stages.events.pacts import a_pact_of_one_party
from dateline.stages.events.people_done_to import done_to_no_person
from dateline.stages.events.set_phrases import in_a_set_phrase
from dateline.stages.events.sides import AGREED_TO
from dateline.stages.events.sittings import own_sitting
from dateline.stages.events.triggers import SPOKEN_TYPES, Trigger, done_by_someone, said_to_be_among
from dateline.stages.events.verb_sides import WARN, WORK_WITH, mover

SMALLEST_LIST = 2
"""Actors a list must name to stand for a group."""


def means_something_else(
    tree: Tree,
    trigger: Trigger,
    index: ActorIndex,
    actors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> bool:
    """Whether a cue, read with its arguments, tells of no event after all."""
    return (
        _done_to_a_thing(tree, trigger, index)
        or done_to_no_person(tree, trigger, index)
        or _hands_over_no_ground(tree, trigger)
        or _dismissed_from_a_post(tree, trigger, index)
        or holds_no_person(tree, trigger, index)
        or leaves_a_contest(tree, trigger, index, actors)
        or surges_to_a_win(tree, trigger)
        or plays_a_contest(tree, trigger)
        or struck_by_one_player(tree, trigger, index)
        or _harms_a_body_part(tree, trigger)
        or (_needs_counterpart(trigger.cue, actors) and not recipients)
        or _likens_with_a_side_unnamed(trigger.cue, actors, recipients)
        or _a_call_with_no_one(trigger.cue, actors, recipients)
        or _bids_no_other_side(tree, trigger, index, actors, recipients)
        or _left_by_no_force(trigger.cue, index, actors)
        or _fire_not_come_under(tree, trigger, index, actors, recipients)
        or (trigger.cue.type == "ASSAULT" and _hazard(tree, trigger.token))
        or _promises_an_act(tree, trigger)
        or _sells_goods(tree, trigger)
        or _sells_wares(tree, trigger, index)
        or _gains_ones_own(tree, trigger)
        or _signs_up(tree, trigger)
        or _works_alongside(tree, trigger, index, actors + recipients)
        or _other_sense(tree, trigger)
        or _held_as_a_belief(tree, trigger)
        or _charged_with_a_duty(tree, trigger)
        or _threat_of_things(tree, trigger, index)
        or (_forcing(trigger.cue) and _forced_by_circumstance(tree, trigger, index, actors))
        or _shows_something(tree, trigger)
        or a_label(tree, trigger)
        or labels_no_wrong(tree, trigger, of_someone=bool(recipients))
        or (not actors and _unknown_speaker_acts(tree, trigger, index))
        or _done_by_someone_to_nobody(tree, trigger, index)
        or _refuses_to_refuse(tree, trigger)
        or _withholds(tree, trigger)
        or _a_demand_met(tree, trigger)
        or _meets_a_demand(tree, trigger)
        or _found_in_a_ruling(tree, trigger)
        or _threatened_by_a_hazard(tree, trigger)
        or (len(actors) < SMALLEST_LIST and not recipients and _assents(tree, trigger))
        or (not recipients and _spending_pledged(tree, trigger))
        or _shoots_up(tree, trigger)
        or _done_by_a_kind(tree, trigger)
        or _picks_out_who_warned(tree, trigger)
        or _warns_of_a_forecast(tree, trigger)
        or _merges_others(tree, trigger)
        or aims_at_a_thing(tree, trigger, index)
        or (not recipients and aimed_by_firms(trigger, index, actors))
        or (trigger.cue.type == "CONSULT" and own_sitting(tree, trigger.words, actors, recipients))
        or a_pact_of_one_party(tree, trigger, actors, recipients)
        or in_a_set_phrase(tree, trigger)
        or insists_on_no_rebuttal(tree, trigger)
    )


def _hands_over_no_ground(tree: Tree, trigger: Trigger) -> bool:
    """Whether "hand over" gives up something other than ground.

    "handed over the town to the police": ground given up is a retreat;
    "handed over the documents", "handed over the suspect" are no retreat.
    """
    return (
        trigger.cue.words == _HAND_OVER
        and trigger.cue.pos == "VERB"
        and not ground_taken(tree, trigger.token)
    )


_HAND_OVER = ("hand", "over")


def _warns_of_a_forecast(tree: Tree, trigger: Trigger) -> bool:
    """Whether a warning to someone tells them what a third side named could come to.

    "Ecologists warned councillors that Wales could have to take more
    pylons": what would or could happen to, or be done by, someone named
    apart from the ones warned is a forecast put to them, no charge against
    them, as "warned that prices could rise" is none. Not a warning about a
    thing ("warned Mr Blair that the war could be illegal" charges him over
    his war), nor about what the ones warned would do ("warned ministers
    that they would lose votes").
    """
    if trigger.cue.words != WARN or trigger.cue.pos != "VERB":
        return False
    children = tree.children[trigger.token]
    warned = [c for c in children if tree.tokens[c].dep == "dobj"]
    said = [c for c in children if tree.tokens[c].dep == "ccomp" and c > trigger.token]
    if len(warned) != 1 or len(said) != 1 or not foretold(tree, said[0]):
        return False
    subject = next((c for c in tree.children[said[0]] if tree.is_subject(c)), None)
    return subject is not None and tree.tokens[subject].pos == "PROPN"


def _picks_out_who_warned(tree: Tree, trigger: Trigger) -> bool:
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


def _merges_others(tree: Tree, trigger: Trigger) -> bool:
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


def _done_by_a_kind(tree: Tree, trigger: Trigger) -> bool:
    """Whether a verb tells what a kind of people do, not what someone did.

    "Parents who refuse to allow contact could be tagged", "firms that
    break the rules": a present-tense relative clause on a bare plural
    defines whom it means; "the parents who refused", "two firms that
    broke the rules" tell deeds, and "many lawmakers who blame China" a
    stance some hold. So does one on a noun with "a" or "any" ("voters
    want a council that backs farmers", "not one that ignores them"): it
    tells what such a one would do. So does one told as a habit, whatever
    its noun: "the two million tourists who visit Spain every year" are
    those who travel, not a visit of anyone's. A clause set off by a comma
    defines no one: "members of the group, who it blames for the bombing"
    are those already named.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos == "NOUN" or word.dep != "relcl" or word.tag not in PRESENT_TAGS:
        return False
    opening = tree.subtree(trigger.token)[0]
    if opening > 0 and tree.tokens[opening - 1].text == ",":
        return False
    return (
        _a_bare_plural(tree, word.head)
        or (_any_one_of_a_kind(tree, word.head) and _its_doer_is_the_noun(tree, trigger.token))
        or _told_as_a_habit(tree, trigger.token)
    )


def _told_as_a_habit(tree: Tree, verb: int) -> bool:
    """Whether a verb says how often it is done: "every year", "each week", "usually"."""
    for child in tree.children[verb]:
        word = tree.tokens[child]
        if word.dep == "advmod" and word.text.lower() in _HABIT_ADVERBS:
            return True
        if word.dep == "npadvmod" and any(
            tree.tokens[c].text.lower() in _EVERY for c in tree.children[child]
        ):
            return True
    return False


_HABIT_ADVERBS = frozenset({"usually", "often", "regularly", "routinely", "normally", "always"})
_EVERY = frozenset({"every", "each"})


def _its_doer_is_the_noun(tree: Tree, verb: int) -> bool:
    """Whether a relative clause's subject is its pronoun.

    "a council that backs farmers" tells what the council does; in "an
    allegation the government denies" the noun is what is done to.
    """
    return any(
        tree.tokens[c].dep == "nsubj" and tree.tokens[c].text.lower() in _RELATIVE_PRONOUNS
        for c in tree.children[verb]
    )


def _a_bare_plural(tree: Tree, noun: int) -> bool:
    """Whether a noun is a plural with no determiner, number or "many": "firms"."""
    return tree.tokens[noun].tag == "NNS" and not any(
        tree.tokens[c].dep in ("det", "poss", "nummod") or tree.tokens[c].text.lower() in _SOME
        for c in tree.children[noun]
    )


def _any_one_of_a_kind(tree: Tree, noun: int) -> bool:
    """Whether a singular noun means any one of its kind: "a council", "any firm", "one"."""
    word = tree.tokens[noun]
    if word.text.lower() == _ONE:
        return not tree.children[noun]
    return word.tag == "NN" and any(
        tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in _INDEFINITE
        for c in tree.children[noun]
    )


_SOME = frozenset({"many", "several", "most", "few", "numerous"})
"""Words that make a plural some of those who are ("many lawmakers who blame China")."""
_INDEFINITE = frozenset({"a", "an", "any"})
_ONE = "one"
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _shoots_up(tree: Tree, trigger: Trigger) -> bool:
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


def _spending_pledged(tree: Tree, trigger: Trigger) -> bool:
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


def _assents(tree: Tree, trigger: Trigger) -> bool:
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
    return not any(tree.tokens[c].dep in AGREED_TO for c in tree.children[trigger.token])


_ASSENTING = frozenset({("agree",), ("accept",)})
_MODIFYING = frozenset({"relcl", "acl", "amod"})


def _withholds(tree: Tree, trigger: Trigger) -> bool:
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


def _a_demand_met(tree: Tree, trigger: Trigger) -> bool:
    """Whether a demand is named only as one met: "the firms met many of the state's demands".

    The clause tells the compliance of the ones who met it; the asking is
    past, said in passing, and the noun names no one it was made of. A
    demand rejected or not met stays a demand told ("rejected the union's
    demands", "his demand that the board resign was not met").
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.type != "REQUEST" or trigger.cue.pos != "NOUN":
        return False
    if word.dep not in ("dobj", "nsubjpass") and not _one_of_those_met(tree, trigger.token):
        return False
    verb = _head_past_of(tree, trigger.token)
    word = tree.tokens[verb]
    return word.pos == "VERB" and word.lemma.lower() in _COMPLYING and not is_negated(tree, verb)


_COMPLYING = frozenset({"meet", "satisfy", "fulfil", "fulfill"})
"""Verbs that grant a demand by doing what it asked: "met their demands"."""


def _meets_a_demand(tree: Tree, trigger: Trigger) -> bool:
    """Whether "meet" grants a demand, no meeting: "Ford met many of the union's demands"."""
    verb = trigger.token
    if trigger.cue.type != "CONSULT" or tree.tokens[verb].lemma.lower() != "meet":
        return False
    demands = lexicons.word_set("answered_demands.txt")
    for met in tree.children[verb]:
        if tree.tokens[met].dep != "dobj":
            continue
        parts = [met, *prepositional_objects(tree, met, frozenset({"of"}))]
        if any(tree.tokens[part].lemma.lower() in demands for part in parts):
            return True
    return False


def _found_in_a_ruling(tree: Tree, trigger: Trigger) -> bool:
    """Whether an admission is a court's finding: "in her ruling, the judge acknowledged that".

    What a judge accepts or acknowledges in a ruling is found of the
    parties before the court; the court yields nothing to anyone.
    """
    if trigger.cue.type != "CONCEDE" or trigger.cue.pos != "VERB":
        return False
    return any(
        tree.tokens[ruling].lemma.lower() in _RULINGS
        for ruling in prepositional_objects(tree, trigger.token, frozenset({"in"}))
    )


_RULINGS = frozenset({"ruling", "judgment", "judgement", "verdict"})
"""What a court gives its findings in."""


def _threatened_by_a_hazard(tree: Tree, trigger: Trigger) -> bool:
    """Whether "threatened with" names a danger, no one's threat: "threatened with collapse".

    A firm "threatened with collapse" or a town "threatened with floods"
    faces a hazard (``lexicons/hazard_words.txt``); no one threatens it
    unless a "by" names who does.
    """
    verb = trigger.token
    if trigger.cue.type != "THREATEN" or tree.tokens[verb].lemma.lower() != "threaten":
        return False
    if agent_of(tree, verb) is not None:
        return False
    hazards = lexicons.word_set("hazard_words.txt")
    return any(
        tree.tokens[danger].lemma.lower() in hazards
        for danger in prepositional_objects(tree, verb, frozenset({"with"}))
    )


def _one_of_those_met(tree: Tree, noun: int) -> bool:
    """Whether a noun is the "of" phrase of a part met: "met many of the demands"."""
    preposition = tree.tokens[noun].head
    part = tree.tokens[preposition].head
    return (
        tree.tokens[noun].dep == "pobj"
        and tree.tokens[preposition].text.lower() == "of"
        and tree.tokens[part].dep in ("dobj", "nsubjpass")
    )


def _head_past_of(tree: Tree, noun: int) -> int:
    """The word a noun hangs on, past the part it may be "of": "met" of "met many of them"."""
    if tree.tokens[noun].dep == "pobj":
        return tree.tokens[tree.tokens[tree.tokens[noun].head].head].head
    return tree.tokens[noun].head


def _refuses_to_refuse(tree: Tree, trigger: Trigger) -> bool:
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


def _done_by_someone_to_nobody(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a participle after a noun tells who did it to a thing: "goods seized by police".

    Not a deal brokered, whose parties the mediation is for (:mod:`.brokered`),
    nor a noun that makes the event with its participle ("the case brought by
    the Commission").
    A judgement of someone's move judges them: "in a move branded a retreat
    by the Tories". A claim denied is a denial told, as "Labour denied the
    claims" would tell it: "accusations of racism, claims denied by Labour".
    """
    if not done_by_someone(tree, trigger.token) or trigger.cue.mode == "third-party":
        return False  # "a truce brokered by Qatar" is mediated for its parties (.brokered)
    noun = tree.tokens[trigger.token].head
    if noun in trigger.words or jointly_done(tree, trigger.token) is not None:
        # "the charges brought by the prosecutors": the noun is the charge itself;
        # "the leaflet published jointly by the CPS and ACPO": the doers cooperate.
        return False
    if trigger.cue.type == "REJECT" and tree.tokens[noun].lemma.lower() in _CLAIM_NOUNS:
        return False
    if said_to_be_among(tree, noun):
        return False  # "X was among those detained by police": done to X
    if trigger.cue.type in _STANCES and _set_off_by_commas(tree, trigger.token):
        return False  # "the sentence, criticised by the group, ...": the group's word
    movers = mover(tree, noun) if trigger.cue.type in SPOKEN_TYPES else []
    return not any(index.actors_at(tree, n) for n in (noun, *movers))


_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "suggestion", "report"})
"""What one denies of oneself: a claim denied by someone is that one's denial."""

_STANCES = frozenset({"ACCUSE", "REJECT"})
"""Stances against a thing, which a participle set off by commas tells as news.

Not backing: "the merger, backed by the state" most often tells a standing
support whose other side the aside does not name.
"""


def _set_off_by_commas(tree: Tree, participle: int) -> bool:
    """Whether a participle after a noun opens an aside: "the verdict, condemned by the bar, ...".

    An aside adds news about a thing already named: whoever criticised or
    rejected it took that stance, as "the group criticised the sentence"
    would tell it. A participle with no comma before it picks
    out which thing is meant ("a law backed by the governor") and tells
    background, not a stance taken now.
    """
    before = participle - 1
    return before > tree.tokens[participle].head and tree.tokens[before].text == ","


def _shows_something(tree: Tree, trigger: Trigger) -> bool:
    """Whether "demonstrate" means to show: "the party is demonstrating that it leads"."""
    return (
        trigger.cue.type == "PROTEST"
        and trigger.cue.words == ("demonstrate",)
        and any(tree.tokens[c].dep in ("dobj", "ccomp") for c in tree.children[trigger.token])
    )


def _unknown_speaker_acts(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
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


def _threat_of_things(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
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


_FORCING = frozenset({("force",), ("compel",)})


def _forcing(cue: Cue) -> bool:
    """Whether a cue makes someone act against its will: "forced Yukos to sell"."""
    return cue.words in _FORCING and cue.pos == "VERB+TO"


def _forced_by_circumstance(
    tree: Tree, trigger: Trigger, index: ActorIndex, actors: tuple[str, ...]
) -> bool:
    """Whether what forces someone to act is a thing or no one named, not an actor.

    "Argentina's energy crisis forced the president to suspend exports",
    "this forced the council to drop the deal": a crisis, a price
    or a turn of events coerces no one, though the crisis is Argentina's.
    "The minister was forced to apologise", with no one said to force him,
    is as often pressure of events as coercion. "Russia forced Yukos to
    sell", "the protesters forced the organisers to drop him" and "was
    forced out by the board" are coercion.
    """
    subject, passive = subject_of(tree, trigger.token)
    if passive:
        return agent_of(tree, trigger.token) is None
    if not actors or subject is None:
        return True
    return tree.tokens[subject].pos == "NOUN" and subject not in index.by_token


def _other_sense(tree: Tree, trigger: Trigger) -> bool:
    """Whether an event noun is used in a sense that is no event.

    "talks" are negotiations, but "talk of threats" is speech; a demand is
    someone's and countable ("the Tories' demand", "a demand for an
    inquiry"), but "huge demand for air travel", a bare mass noun, is the
    market's.
    """
    if trigger.cue.pos != "NOUN":
        return False
    if trigger.cue.words in _ASKING_NOUNS:
        return _ASKING_NOUNS[trigger.cue.words](tree, trigger.token)
    if trigger.cue.words == ("demand",) and tree.tokens[trigger.token].tag == "NNS":
        return _demands_of_no_one(tree, trigger.token)
    if tree.tokens[trigger.token].tag != "NN":
        return False
    if trigger.cue.words == ("talk",):
        return True
    return trigger.cue.words == ("demand",) and not any(
        tree.tokens[c].dep in ("det", "poss") for c in tree.children[trigger.token]
    )


def _a_plea_in_court(tree: Tree, noun: int) -> bool:
    """Whether a "plea" is an answer to a charge, which asks nothing of anyone.

    A plea that asks says for what, to whom or that what ("made a plea for
    calm", "her plea to the council", "a plea that the ward stay open"). One that
    says none of these, where the text has just told of pleading guilty
    ("a guilty plea", "the credit he got for his plea"), is a defendant's.
    """
    word = tree.tokens[noun]
    # "made a plea for mercy": the parse may hang the "for" on the verb.
    verb = (word.head,) if word.dep == "dobj" else ()
    if any(_says_what_is_asked(tree, c) for w in (noun, *verb) for c in tree.children[w]):
        return False
    sentence = tree.sentence_of[noun]
    start = tree.sentence_span(max(sentence - _PLEA_REACH, 0))[0]
    end = tree.sentence_span(sentence)[1]
    return any(tree.tokens[i].text.lower() == "guilty" for i in range(start, end))


_PLEA_REACH = 2
"""How many sentences before a plea the talk of pleading guilty may stand."""


def _says_what_is_asked(tree: Tree, child: int) -> bool:
    """Whether a word on a noun of asking says what is asked or of whom: "for", "to", "that"."""
    word = tree.tokens[child]
    if word.dep == "prep":
        return word.text.lower() in ("for", "to", "from", "by", "on")
    return word.dep in ("acl", "ccomp", "relcl")


def _says_what_is_called_for(tree: Tree, noun: int) -> bool:
    """Whether a "call" says what it asks or of whom, as a demand does.

    "calls for an inquiry", "his call on ministers to act", "a call to open
    the books", "the call that he quit": a demand. A call that says none of
    these is most often made by telephone ("their calls are not marketing",
    "Labour and Tory calls to voters' homes" in a row over cold calling).
    """
    word = tree.tokens[noun]
    # "repeated calls for the mayor to apologise": the parse may hang the
    # "for" or the clause on the verb.
    verb = (word.head,) if word.dep == "dobj" else ()
    children = [c for w in (noun, *verb) for c in tree.children[w]]
    return any(
        (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in _CALLED_FOR)
        or (tree.tokens[c].dep in _CLAUSES and _says_what_is_bidden(tree, c))
        for c in children
    )


def _says_what_is_bidden(tree: Tree, clause: int) -> bool:
    """Whether a clause says what is bidden: "to resign", "for him to resign", "that he resign"."""
    return any(
        (tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to")
        or (tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in ("for", "that"))
        for c in tree.children[clause]
    )


def _a_phone_call(tree: Tree, noun: int) -> bool:
    """Whether a "call" asks nothing of anyone: one made by telephone."""
    return not _says_what_is_called_for(tree, noun)


_CALLED_FOR = frozenset({"for", "on", "upon"})
"""Prepositions by which a call says what it asks or of whom; "to" may name whom one phoned."""
_CLAUSES = frozenset({"acl", "relcl", "ccomp", "advcl"})
_ASKING_NOUNS: dict[tuple[str, ...], Callable[[Tree, int], bool]] = {
    ("plea",): _a_plea_in_court,
    ("call",): _a_phone_call,
}
"""Nouns of asking with another sense, each with the check that it is in that sense."""


def _demands_of_no_one(tree: Tree, noun: int) -> bool:
    """Whether plural "demands" are no one's and for nothing: bills, or what a market wants.

    "to keep demands down" after council tax bills asks nothing of anyone;
    "their demands", "Tory demands that the plan be dropped", "demands for
    an inquiry" and "new demands" are someone's and ask something.
    """
    owners = ("det", "poss", "compound", "amod", "nmod")
    return not any(
        tree.tokens[c].dep in owners or _says_what_is_asked(tree, c) for c in tree.children[noun]
    )


def _held_as_a_belief(tree: Tree, trigger: Trigger) -> bool:
    """Whether a noun of conviction names a belief: "his conviction in the party's future".

    A conviction "in" something, or "that" something is so, is held, not
    handed down by a court; "his conviction for fraud" is a court's, and so
    is one "in 2003" or "in France", whose "in" names a time or a place.
    """
    if trigger.cue.pos != "NOUN" or trigger.cue.words != _CONVICTION:
        return False
    return any(
        _in_a_thing(tree, c)
        or (tree.tokens[c].dep in ("acl", "ccomp") and _opens_with_that(tree, c))
        for c in tree.children[trigger.token]
    )


def _in_a_thing(tree: Tree, preposition: int) -> bool:
    """Whether a preposition is "in" with an object that is no name, date or place: "in reform"."""
    word = tree.tokens[preposition]
    return (
        word.dep == "prep"
        and word.text.lower() == "in"
        and any(
            tree.tokens[c].dep == "pobj"
            and tree.tokens[c].pos == "NOUN"
            and not tree.tokens[c].ent_type
            for c in tree.children[preposition]
        )
    )


_CONVICTION = ("conviction",)


def _opens_with_that(tree: Tree, verb: int) -> bool:
    """Whether a clause is a "that" clause: "that ministers misled voters"."""
    return any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "that"
        for c in tree.children[verb]
    )


def _charged_with_a_duty(tree: Tree, trigger: Trigger) -> bool:
    """Whether "charged with" gives a post its task: "is charged with ensuring order".

    A gerund of a standing duty (``standing_duties.txt``) after "charged
    with" names what the post is for, and no one is accused; "charged with
    falsifying records" names a crime.
    """
    if trigger.cue.type != "ACCUSE" or tree.tokens[trigger.token].lemma.lower() != "charge":
        return False
    duties = lexicons.word_set("standing_duties.txt")
    return any(
        tree.tokens[task].tag == "VBG" and tree.tokens[task].lemma.lower() in duties
        for with_ in tree.children[trigger.token]
        if tree.tokens[with_].dep == "prep" and tree.tokens[with_].text.lower() == "with"
        for task in tree.children[with_]
    )


def _promises_an_act(tree: Tree, trigger: Trigger) -> bool:
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


def _sells_goods(tree: Tree, trigger: Trigger) -> bool:
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


def _sells_wares(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a sale is trade in goods: "sells 60% of its oil to the United States".

    A sale is a deal when a firm, a part of one or a share in one changes
    hands (``lexicons/sold_holdings.txt``: "sold its stake to", "sold the
    unit to"), or a firm the text names ("sold Yugansk to Rosneft").
    """
    if not (trigger.cue.is_sale and trigger.cue.pos == "VERB"):
        return False
    sold = object_of(tree, trigger.token)
    if sold is None:
        return False
    holdings = lexicons.word_set("sold_holdings.txt")
    named = [sold, *prepositional_objects(tree, sold, frozenset({"of"}))]
    return not any(
        token in index.by_token or tree.tokens[token].lemma.lower() in holdings for token in named
    )


def _gains_ones_own(tree: Tree, trigger: Trigger) -> bool:
    """Whether a purchase verb gains a thing of someone's own: "acquiring their rightful place".

    A firm bought is named ("bought Amey", "acquired 60% of Voss"), and so is
    a seller whose stake is bought ("the government's stake"); what "their"
    or "its" owns ("women acquiring their place in society", "bought its
    shares back") makes no deal with anyone.
    """
    if not trigger.cue.is_purchase:
        return False
    obj = object_of(tree, trigger.token)
    return obj is not None and any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].tag == "PRP$" for c in tree.children[obj]
    )


def _signs_up(tree: Tree, trigger: Trigger) -> bool:
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


def _works_alongside(
    tree: Tree, trigger: Trigger, index: ActorIndex, sides: tuple[str, ...]
) -> bool:
    """Whether "work with" or "work together" tells a standing job or a career, not a cooperation.

    A bare simple present is what one does as a rule: "I work with him every
    day" is a colleague speaking, "she works with children" a trade. "Has
    been working with the agency on the cards", "worked with the labs" and
    "we are working closely with the council" tell a shared task. Between
    people, a past with no task is whom one has worked beside: "the coach
    has worked with two champions".
    """
    if trigger.cue.words not in (WORK_WITH, _WORK_TOGETHER):
        return False
    people = bool(sides) and all(index.kinds.get(side) == "person" for side in sides)
    return habitual_present(tree, trigger.token) or (people and _a_career_told(tree, trigger.token))


_WORK_TOGETHER = ("work", "together")
"""Working side by side, read as "work with" is: "the two unions worked together on the deal"."""

_TASK_PREPOSITIONS = frozenset({"on", "over", "towards", "toward"})
"""What names the task of a shared work: "working with the agency on the cards"."""


def _a_career_told(tree: Tree, verb: int) -> bool:
    """Whether "worked with" tells whom one has worked beside, not a task shared.

    "He has worked with two champions", "she worked with the singer from 1977
    until 1981": a past or perfect with no task is a career. Not "is working
    with", which is under way, nor a task named by "on", a "to" infinitive or
    a participle ("had worked with the labs, looking at the tags").
    """
    token = tree.tokens[verb]
    if token.tag == "VBG":
        return False
    return not any(
        tree.tokens[c].dep in ("xcomp", "advcl")
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in _TASK_PREPOSITIONS)
        for c in tree.children[verb]
    )


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


_OWN_PLANS = frozenset({"plan", "proposal", "scheme"})
"""What a side suspends or freezes of its own: not a deal or aid, which are another's loss."""


def _dismissed_from_a_post(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
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


def _harms_a_body_part(tree: Tree, trigger: Trigger) -> bool:
    """Whether a verb of harm is done to a part of the body: an injury come by, no attack.

    "injuring his bicep", "hurt her knee in training", "his ankle was
    injured": an attacker harms a person, whom the news names; a body part
    as the object (``body_parts.txt``) tells of a player's or performer's
    injury.
    """
    if trigger.cue.type != "ASSAULT" or trigger.cue.pos != "VERB":
        return False
    parts = lexicons.word_set("body_parts.txt")
    return any(tree.tokens[t].lemma.lower() in parts for t in _undergoers(tree, trigger.token))


def _owned_thing(tree: Tree, noun: int) -> bool:
    """Whether a common noun names someone's thing: "Mr Howard's claims", "his plans"."""
    return tree.tokens[noun].pos == "NOUN" and any(
        tree.tokens[c].dep == "poss" for c in tree.children[noun]
    )


def _done_to_a_thing(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
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
            _a_thing(tree, index, t)
            or tree.tokens[t].text.lower() in _NEUTER_PRONOUNS
            or (cue.type == "RETREAT" and _no_one_freed(tree, index, t))
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


def _taken_as_a_pledge(tree: Tree, verb: int) -> bool:
    """Whether "accept" takes a thing as security or payment: "accepted as collateral".

    What is held or paid over is taken in, not agreed to, even when it is
    people ("slaves were accepted as collateral") (``pledged_means.txt``).
    """
    means = lexicons.word_set("pledged_means.txt")
    return any(
        tree.tokens[held].lemma.lower() in means
        for held in prepositional_objects(tree, verb, frozenset({"as"}))
    )


def _accepts_a_point(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether "accept" grants a point rather than agreeing to what someone put forward.

    "accepted the Paris Club offer", "accepted the ruling" agree; "accepted
    the difficult balance", "accepted Mr Blunkett's word" do not.
    """
    if _taken_as_a_pledge(tree, trigger.token):
        return True
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


def _possessors(tree: Tree, trigger: Trigger) -> list[int]:
    """An event noun's possessor, who undergoes it: "its release", "his arrest"."""
    if trigger.cue.pos != "NOUN":
        return []
    return [c for c in tree.children[trigger.token] if tree.tokens[c].dep == "poss"]


def _done_to(tree: Tree, trigger: Trigger) -> list[int]:
    """What a verb is done to (its object or passive subject), or a noun's "of" object."""
    if trigger.cue.pos == "NOUN":
        return prepositional_objects(tree, trigger.token, frozenset({"of"}))[:1]
    return _undergoers(tree, trigger.token)


def _undergoers(tree: Tree, verb: int) -> list[int]:
    """What a verb is done to: its object, or its subject when it is passive."""
    subject, passive = subject_of(tree, verb)
    obj = object_of(tree, verb)
    return [t for t in (obj, subject if passive else None) if t is not None]


def _no_one_freed(tree: Tree, index: ActorIndex, noun: int) -> bool:
    """Whether what is released or freed is a common noun that names neither an actor nor people.

    One frees people, so "is releasing a new console", "released a patch"
    tell of a product: the list of things put forward cannot hold every
    product, while the people one frees are actors, words for people
    ("freed the hostage", "released the prisoners"), people an actor's
    word describes ("the Chilean sailors"), people a word stands for
    ("released the couple") or people counted ("release the two sailors":
    news counts the captives freed, not the products out).
    """
    token = tree.tokens[noun]
    counted = any(tree.tokens[c].dep == "nummod" for c in tree.children[noun])
    if (
        token.pos != "NOUN"
        or counted
        or index.actors_at(tree, noun)
        or any(
            t in index.by_token or tree.tokens[t].text in index.by_country
            for t in noun_and_modifiers(tree, noun)
        )
    ):
        return False
    lemma = token.lemma.lower()
    return not {token.text.lower(), lemma, lemma + "s"} & people_nouns()


def _a_thing(tree: Tree, index: ActorIndex, noun: int) -> bool:
    """Whether a noun is a thing one releases, issues or drops, and names no actor.

    "released its figures", "the deal was killed"; a person the lexicons do
    not list ("freed the hostage") is no such thing.
    """
    return noun not in index.by_token and tree.tokens[noun].lemma.lower() in put_forward()


def _hazard(tree: Tree, trigger: int) -> bool:
    """Whether deaths are told of a disaster, not an attack.

    "The tsunami killed 30,000 people", "the storm which killed six",
    "were killed in the earthquake", "were killed by disease", "died in a
    crash", "the jet crashed, killing 200".
    """
    subject, passive = subject_of(tree, trigger)
    causes = [] if passive or subject is None else [subject]
    causes += prepositional_objects(tree, trigger, frozenset({"in", "by"}))
    # "were killed by disease": the parse marks a passive's "by" as its agent,
    # not as a preposition, so the cause is looked for there too.
    agent = agent_of(tree, trigger) if passive else None
    causes += [] if agent is None else [agent]
    if tree.tokens[trigger].dep == "advcl" and tree.tokens[trigger].tag == "VBG":
        # "The plane crashed into the sea, killing all 228 on board": the
        # verb the participle follows tells what killed them; not a clause
        # of time ("the talks collapsed after rebels attacked a convoy").
        causes.append(tree.tokens[trigger].head)
    if tree.tokens[trigger].dep == "relcl":
        # "the collapse of a canopy that killed 15": the parse hangs the
        # clause on the thing that fell, not on its fall; and "a blaze at a
        # nightclub that killed 40" on the place of the blaze.
        causes += _noun_and_its_holder(tree, tree.tokens[trigger].head)
    hazards = lexicons.word_set("hazard_words.txt")
    return any(
        tree.tokens[c].lemma.lower() in hazards and not _shooting(tree.tokens[c])
        for c in (*causes, *(_befallen(tree, c) for c in causes))
    )


def _noun_and_its_holder(tree: Tree, noun: int) -> list[int]:
    """A noun, and the noun its preposition hangs on when it is one's object.

    "a blaze at a nightclub": the nightclub, and the blaze it is the place of.
    """
    word = tree.tokens[noun]
    if word.dep != "pobj":
        return [noun]
    holder = tree.tokens[word.head].head
    return [noun, holder] if tree.tokens[holder].pos == "NOUN" else [noun]


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


def _needs_counterpart(cue: Cue, actors: tuple[str, ...]) -> bool:
    """Whether a cue says nothing without its counterpart: "spoke to reporters", "met with".

    Doers named together are each other's counterpart in talks ("Mr Bush
    and Mr Putin discussed the crisis"). An angry reaction needs one too:
    "reacted angrily to the minister's remarks" rebukes the minister, but
    "unions reacted angrily" to a closure, or to nothing named, tells a mood.
    """
    return cue.pos == "VERB" and (
        (cue.type == "CONSULT" and not cue.recipient_object and len(actors) < SMALLEST_LIST)
        or cue.words[-1] in _IN_ANGER
    )


_IN_ANGER = frozenset({"angrily", "furiously"})
"""Manner words of a reaction in anger ("reacted angrily"): it rebukes only whom it answers."""


def _likens_with_a_side_unnamed(
    cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...]
) -> bool:
    """Whether a likening lacks the one who likens or the actor likened to something.

    "Likened the minister to a schoolboy" mocks the minister; "likened the
    scheme to the railways" judges no one, and a likening no one is named
    to have made ("comments comparing him to a bully") is no side's jibe
    the text can pin on anyone.
    """
    return (
        cue.pos == "VERB"
        and cue.words[0] in lexicons.word_set("likening_verbs.txt")
        and not (actors and recipients)
    )


_OWN_FORCES = frozenset({"MIL", "COP"})
"""Sectors of the forces a government commands: an order to them deploys them."""


def _bids_no_other_side(
    tree: Tree,
    trigger: Trigger,
    index: ActorIndex,
    actors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> bool:
    """Whether an order or a bidding is put to a thing, or to the doer's own forces.

    "ordered all contracts to be examined" bids no one; "ordered British
    troops to march into Belfast" sends one's own army, which asks nothing
    of another side. People the text does not name as an actor ("telling
    them to speak English") are still bidden.
    """
    if trigger.cue.pos != "VERB+TO":
        return False
    if not recipients:
        return not any(
            tree.tokens[c].dep == "dobj" and _people_or_pronoun(tree.tokens[c])
            for c in tree.children[trigger.token]
        )
    homes = {index.countries.get(a) for a in actors} - {None}
    return all(
        index.sectors.get(r) in _OWN_FORCES and index.countries.get(r) in homes for r in recipients
    )


def _left_by_no_force(cue: Cue, index: ActorIndex, actors: tuple[str, ...]) -> bool:
    """Whether "leave" is said of anyone but troops: only forces leaving a land withdraw.

    "Syrian troops began leaving Lebanon" is a withdrawal; "the minister
    left the meeting" and "she left Labour in 2003" are not.
    """
    return (
        cue.words == ("leave",)
        and cue.pos == "VERB"
        and not (actors and all(index.sectors.get(a) == "MIL" for a in actors))
    )


def _fire_not_come_under(
    tree: Tree,
    trigger: Trigger,
    index: ActorIndex,
    actors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> bool:
    """Whether "fire" is anything but criticism one comes under from someone unarmed.

    "The minister came under fire from his own MPs" charges the minister;
    "the convoy came under fire from gunmen" is shooting, which the cues of
    force tell ("opened fire on"); "ministers are under fire" names no
    critic, and "the fire spread" is no event.
    """
    if trigger.cue.words != ("fire",) or trigger.cue.pos != "NOUN":
        return False
    if not actors or not comes_under(tree, trigger.token):
        return True
    return any(index.sectors.get(side) in _ARMED for side in actors + recipients)


_ARMED = frozenset({"MIL", "REB"})
"""Sectors of armed sides: fire they come under, or open, is shooting."""


def _people_or_pronoun(token: Token) -> bool:
    """Whether a word names people, if no actor: "them", "the protesters"."""
    return token.tag == "PRP" or bool({token.text.lower(), token.lemma.lower()} & people_nouns())


def _a_call_with_no_one(cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...]) -> bool:
    """Whether a phone call names one side only: "their phone calls", "everyone we phone".

    A call is a consultation between two sides the text names ("phoned the
    president", "a phone call between Paris and Berlin"); with one, it is
    a service, a habit or a campaign's canvassing.
    """
    return cue.mode == "phone" and not recipients and len(actors) < SMALLEST_LIST
