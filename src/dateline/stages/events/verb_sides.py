"""Sides of a verb: who did it and to whom, read from the verb's clause.

The doers (subject, agent, or one the text implies), the recipients
(object, prepositional and passive ones) and the steps that guess at them.
"""

from __future__ import annotations

from collections.abc import Callable

from dateline import lexicons
from dateline.parse_repair import WRITING_VERBS
from dateline.stages._arguments import ActorIndex, is_relational, put_forward
from dateline.stages._clause_roles import (
    DESCRIBERS,
    agent_of,
    object_of,
    prepositional_objects,
    subject_of,
)
from dateline.stages._tree import Tree
from dateline.stages.events.attackers import attackers_of_the_clause
from dateline.stages.events.bids import bidden_to_act
from dateline.stages.events.brokered import brokers_of, parties_to_the_deal
from dateline.stages.events.claimants import STEP as CLAIMANT_STEP
from dateline.stages.events.claimants import claimant_told_before
from dateline.stages.events.cues import Cue, load
from dateline.stages.events.earlier_acts import doer_of_the_act, names_an_act
from dateline.stages.events.force import mode_of_weapon
from dateline.stages.events.holders import holder_of
from dateline.stages.events.indirect_objects import given_to_before_the_gift
from dateline.stages.events.judged import wished_state
from dateline.stages.events.lead_accusers import STEP as LEAD_ACCUSER_STEP
from dateline.stages.events.lead_accusers import accuser_told_next
from dateline.stages.events.modality import foretold, is_infinitive, opens_a_question
from dateline.stages.events.past_an_aside import hung_past_an_aside
from dateline.stages.events.statement_cues import cue_of as statement_cue_of
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.tributes import STEP as TRIBUTE_STEP
from dateline.stages.events.tributes import honoured_in_words, is_tribute
from dateline.stages.events.triggers import (
    INQUIRING,
    SPOKEN_TYPES,
    Trigger,
    event_nouns,
    for_clauses,
    purpose_aims,
    said_to_be_among,
    verb_trigger,
)
from dateline.stages.events.warned_harms import HARMS, warner
from dateline.stages.events.where_done import where_done

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
WARN = ("warn",)
# So is a fear voiced by a party or a campaign group ("the Greens fear
# thousands may not be able to vote"), of no one else.
FORETELLING = frozenset({WARN, ("fear",)})
# A sum given is a gift only to someone the text names: "gave £500,000 to
# the party"; "the founder gave £325,000", to no one named, is a figure.
_GIFTS_OF_MONEY = frozenset({("give", "money"), ("give", "sum"), ("give", "cash")})
# Working with someone is a cooperation only with a partner the text names:
# "has been working with the ILO on the cards"; "works with children",
# "working closely with all interested parties" cooperate with no one named.
WORK_WITH = ("work", "with")
NEEDS_BOTH_SIDES = frozenset({_OFFER, WARN, WORK_WITH, *_GIFTS_OF_MONEY})


_DONE_TO_SOMEONE = frozenset({"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "THREATEN"})


# Cues that tell of an event only with the one they are done to named: "blamed
# the weather for its lower sales" and "blamed the fall on high prices" give a
# cause, not a charge against anyone; "its loans", "banks lend to firms" are
# trade, not aid, with no borrower named; "helping out behind the counter",
# "used his savings to help with the start-up" help no one named; "wants the
# job", "wants to stand again" ask nothing of anyone.
WANT = ("want",)


Found = tuple[tuple[str, ...], list[tuple[int, str]], list[str]]
DIRECT_OBJECT = "recipient: the direct object"


def verb_arguments(tree: Tree, trigger: Trigger, index: ActorIndex) -> Found:
    """The sides of an event told by a verb: its subject or agent, its object and prepositions."""
    cue = trigger.cue
    i = trigger.token
    subject, passive = subject_of(tree, i)
    actors, steps = _doers(tree, trigger, index, subject, passive=passive)
    heads = []
    # "was requested to step in": whatever the cue's own recipient, the one
    # bidden to act is the passive subject.
    bidden = cue.type == "REQUEST" and bool(_bidden_infinitives(tree, i))
    if passive and subject is not None and (cue.recipient_object or bidden):
        own = _nearest_passive_subject(tree, i, subject)
        heads += _passive_recipients(tree, index, own, actors, cue)
    obj = _verb_object(tree, i, subject, passive=passive)
    heads += _object_side(tree, index, trigger, obj, actors)
    heads += _preposition_recipients(tree, index, trigger, actors)
    if cue.pos == "ADJ+PREP":
        heads += _stance_recipients(tree, index, trigger, actors)
    if is_tribute(cue.words) and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += _honoured(tree, index, i, actors)
    if cue.type == "REQUEST" and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += _change_asked_of(tree, trigger)
    if cue.type in ("REQUEST", "ACCUSE") and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += _written_to(tree, i) or _host_of_the_visit(tree, i)
    if cue.mode == "third-party" and not any(index.actors_at(tree, h) for h, _ in heads):
        heads += parties_to_the_deal(tree, i)
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
        heads += given_to_before_the_gift(
            tree, index, i, obj, preps=cue.recipient_preps, doers=actors, found=heads
        )
    if not cue.recipient_object and obj is not None and not heads:
        # "pledged emergency aid to Chile": the parse may hang the
        # preposition on the thing given rather than on the verb.
        heads += [
            (head, "recipient: the object of the cue's preposition, on the thing given")
            for head in prepositional_objects(tree, obj, cue.recipient_preps)
        ]
    heads += _sides_left(tree, index, trigger, obj, heads)
    if not _names_an_actor(tree, index, heads):
        heads += purpose_recipients(tree, index, trigger.cue, trigger.words, actors)
    return actors, heads, steps


AIMED_AT = f"{INFERRED}recipient: whom the act of law's aim acts on"


def purpose_recipients(
    tree: Tree, index: ActorIndex, cue: Cue, words: tuple[int, ...], actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Whom an act of law is brought against, by its aim: "took legal action to halt X's sale".

    The one its infinitive of stopping acts on (:func:`purpose_aims`), as
    that verb's own cue finds it ("to block the merger of Velora and
    Balcor"), else read as its object would be: "to halt a buyout by
    Balcor" aims at Balcor, whose buyout it is.
    """
    found: list[tuple[int, str]] = []
    for aim, aimed in purpose_aims(tree, cue, words):
        told = verb_trigger(tree, aim, load())
        heads = verb_arguments(tree, told, index)[1] if told is not None else []
        if not _names_an_actor(tree, index, heads):
            heads = _object_recipients(tree, index, aimed, actors, charged=True)
        found += [(head, AIMED_AT if step == DIRECT_OBJECT else step) for head, step in heads]
    return found


def _sides_left(
    tree: Tree, index: ActorIndex, trigger: Trigger, obj: int | None, heads: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The last places a recipient may be, tried in turn while the phrases read name no one."""
    cue, verb = trigger.cue, trigger.token
    tries: list[Callable[[], list[tuple[int, str]]]] = []
    if cue.mode == "settle":
        tries.append(lambda: _paid_to_settle(tree, verb))
        if obj is not None:
            tries.append(lambda: _behind_the_matter_settled(tree, obj))
    if cue.type == "AGREE":
        tries.append(lambda: _settled_by_the_act_agreed(tree, verb))
    if obj is not None:
        tries.append(lambda: _side_inside_the_object(tree, cue, obj))
    if tree.tokens[verb].head in trigger.words:
        tries.append(lambda: _undergoer_of_the_pair(tree, verb))
    found: list[tuple[int, str]] = []
    for attempt in tries:
        if _names_an_actor(tree, index, heads + found):
            break
        found += attempt()
    return found


_UNDERGONE_HOPS = 4
"""How far up the phrase of a pair's noun its undergoing verb may stand: "face trial on charges"."""


def _undergoer_of_the_pair(tree: Tree, participle: int) -> list[tuple[int, str]]:
    """Whom a pair told on its noun is done to: the subject of the verb that undergoes the noun.

    "Kenteris still has to face trial on charges brought by Greek
    prosecutors": the charges are his to face (``undergoing_verbs.txt``).
    """
    word = tree.tokens[participle].head
    for _ in range(_UNDERGONE_HOPS):
        if tree.tokens[word].dep not in ("dobj", "pobj", "prep", "xcomp"):
            return []
        word = tree.tokens[word].head
        if tree.tokens[word].pos == "VERB":
            break
    if tree.tokens[word].lemma.lower() not in lexicons.word_set("undergoing_verbs.txt"):
        return []
    subject, passive = subject_of(tree, word)
    if subject is None or passive:
        return []
    return [(subject, "recipient: the subject of the verb that undergoes the pair's noun")]


def _names_an_actor(tree: Tree, index: ActorIndex, heads: list[tuple[int, str]]) -> bool:
    """Whether any of the heads names an actor."""
    return any(index.actors_at(tree, h) for h, _ in heads)


def _side_inside_the_object(tree: Tree, cue: Cue, obj: int) -> list[tuple[int, str]]:
    """The other side, named by a preposition the parse hung inside the object's phrase.

    "agreed a deal worth $40m with X", "filed a claim for $18m against X":
    the cue's preposition hangs on the sum; "agreed the terms of a loan from
    X", "accepted an offer for the striker from X": the maker of a thing put
    forward hangs on what it is of or for. Either way the phrase still names
    whom the deal, the claim or the offer is with.
    """
    preps = cue.recipient_preps
    if tree.tokens[obj].lemma.lower() in _PUT_FORWARD_BY:
        preps = preps | {"by", "from"}
    # The parse hung the preposition elsewhere: where it belongs is a guess.
    step = f"{INFERRED}recipient: the object of the cue's preposition, inside the object's phrase"
    return [
        (head, step)
        for word in _inner_words(tree, obj)
        for head in prepositional_objects(tree, word, preps)
    ]


_INNER_LINKS = frozenset({"amod", "acl"})
"""A sum's words on a thing: "worth $40m", "totalling $40m"."""
_INNER_PREPS = frozenset({"for", "of"})
"""What a thing is of or for: "the terms of a loan", "an offer for the striker"."""


def _inner_words(tree: Tree, obj: int, depth: int = 2) -> list[int]:
    """The words up to ``depth`` steps inside an object's phrase, by a sum or an "of" or "for"."""
    found: list[int] = []
    frontier = [obj]
    for _ in range(depth):
        frontier = [
            inner
            for word in frontier
            for child in tree.children[word]
            for inner in _inner_step(tree, child)
        ]
        found += frontier
    return found


def _inner_step(tree: Tree, child: int) -> list[int]:
    """The word one step inside the phrase through ``child``, if it leads inside."""
    word = tree.tokens[child]
    if word.dep in _INNER_LINKS:
        return [child]
    if word.dep == "prep" and word.text.lower() in _INNER_PREPS:
        return [g for g in tree.children[child] if tree.tokens[g].dep == "pobj"]
    return []


def _behind_the_matter_settled(tree: Tree, matter: int) -> list[tuple[int, str]]:
    """Who brought the charges, the suit or the claim a settlement ends: the other side.

    "settled charges from the regulator", "to settle a lawsuit brought by
    the Commission", "settled the union's claims": one settles a case with
    whoever brought it, as one settles "with" them.
    """
    bringers = behind(tree, matter) + _named_possessors(tree, matter)
    return [(b, f"{INFERRED}recipient: who brought the matter settled") for b in bringers]


def _settled_by_the_act_agreed(tree: Tree, verb: int) -> list[tuple[int, str]]:
    """Whom an agreement to pay in settlement is with: "agreed to pay $4m to settle a lawsuit".

    "agreed to pay $4m to settle a lawsuit brought by the regulator": the
    payment is the agreement, and its aim names the other side, as
    "settled the lawsuit brought by the regulator" does.
    """
    return [
        found
        for act in tree.children[verb]
        if tree.tokens[act].dep == "xcomp"
        for aim in tree.children[act]
        if tree.tokens[aim].dep == "advcl"
        and is_infinitive(tree, aim)
        and any(
            cue.mode == "settle" for cue in load().verbs.get(tree.tokens[aim].lemma.lower(), ())
        )
        and (matter := object_of(tree, aim)) is not None
        for found in _behind_the_matter_settled(tree, matter)
    ]


def _paid_to_settle(tree: Tree, verb: int) -> list[tuple[int, str]]:
    """Whom a settlement is with, by whom it is paid to: "paid $5m to the SEC to settle charges".

    A settlement made by paying someone is a settlement with the one paid:
    the act it is the aim of names the other side.
    """
    word = tree.tokens[verb]
    if word.dep != "advcl" or not is_infinitive(tree, verb) or word.head == verb:
        return []
    paid = _act_done_to(tree, word.head)
    return [] if paid is None else [(paid, f"{INFERRED}recipient: the one paid to settle")]


def _object_side(
    tree: Tree, index: ActorIndex, trigger: Trigger, obj: int | None, actors: tuple[str, ...]
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
        if cue.words in _RATINGS:
            # "downgraded its growth forecast": a thing rated, no one's.
            heads.append((obj, DIRECT_OBJECT))
        elif cue.type == "ACCUSE" and _undergone_deed(tree, obj):
            heads += _doers_of_the_deed(tree, obj)
        else:
            charged = done_to_another(cue) or acclaimed(cue, tree, obj)
            rejected = cue.type == "REJECT"
            heads += _object_recipients(
                tree, index, obj, actors, charged=charged, rejected=rejected
            )
            if cue.is_purchase:
                heads += _maker_of_the_goods(tree, index, obj)
                heads += _firm_the_stake_is_in(tree, obj)
        heads += _pair_object_of(tree, trigger, obj)
    elif cue.recipient_object and obj is None:
        shared = _shared_object(tree, verb)
        if shared is not None:
            heads.append(
                (shared, f"{INFERRED}recipient: the object it shares with the verb after 'and'")
            )
    if obj is not None and obj in trigger.words and cue.pos == "VERB+OBJ":
        # "renewed calls for the mayor to apologise": the one the demand bids act.
        heads += bidden_to_act(tree, obj, cue)
        if cue.type == "ACCUSE":
            # "expressed concerns that Ms Kelly's views could hamper research": of her.
            heads += [
                (subject, f"{INFERRED}recipient: the subject of what the charge says")
                for subject in content_subjects(tree, obj)
            ]
    if obj is None:
        through = _through_a_clause(tree, verb, cue)
        heads += _with_pronouns_meant(tree, index, through, actors)
        heads += _owners_of_what_the_act_is_done_to(tree, index, through, actors)
    return heads


_RATINGS = frozenset({("downgrade",), ("upgrade",)})
"""Verbs of a rating, done to the one their object names and to no owner of it."""


def _owners_of_what_the_act_is_done_to(
    tree: Tree, index: ActorIndex, heads: list[tuple[int, str]], actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Whose the thing is that an agreed, refused or threatened act is done to, by its "its".

    "Torvik has debts ... its lenders have agreed to roll over its loans":
    the act is done for Torvik, whom "its" means, as "agreed to roll over
    Torvik's loans" says by name. The doers' own thing ("agreed to cut its
    prices") is done to no one else, nor is the thing of several doers'
    "their" ("both sides agreed to suspend their requests").
    """
    return [
        owner
        for head, step in heads
        if step == DONE_FOR
        and not index.actors_at(tree, head)
        and not (len(actors) > 1 and _owned_by(tree, head, "their"))
        for owner in _pronoun_owners(tree, index, head, actors)
    ]


def _owned_by(tree: Tree, thing: int, pronoun: str) -> bool:
    """Whether a noun's possessive is the given pronoun: "their requests"."""
    return any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].text.lower() == pronoun
        for c in tree.children[thing]
    )


def _with_pronouns_meant(
    tree: Tree, index: ActorIndex, heads: list[tuple[int, str]], actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The heads, each "him", "her" or "them" followed by whom it means.

    "calling for him to apologise": the one asked is the subject of the
    "for" clause, a pronoun in the object case that names no actor itself.
    "It" is left alone: the subject of a clause said ("said it was time")
    is most often no one, unless the clause is a label a naming verb gives
    it ("branded it tasteless"), where "it" is what is named.
    """
    found = list(heads)
    for head, _ in heads:
        if tree.tokens[head].text.lower() == "it" and not _labelled(tree, head):
            continue
        meant = index.meant_before(tree, head, actors)
        if meant is not None:
            found.append((meant, f"{INFERRED}recipient: whom the clause's pronoun means"))
    return found


def _labelled(tree: Tree, subject: int) -> bool:
    """Whether a word is the subject of a naming verb's label: "it" of "branded it tasteless".

    The parse may read the label as a clause of its own with no verb, whose
    subject is what the verb names, as an object would be.
    """
    label = tree.tokens[subject].head
    verb = tree.tokens[label].head
    return (
        tree.tokens[subject].dep == "nsubj"
        and tree.tokens[label].dep == "ccomp"
        and tree.tokens[label].pos in _LABEL_WORDS
        and tree.tokens[verb].lemma.lower() in lexicons.word_set("naming_verbs.txt")
    )


_LABEL_WORDS = frozenset({"ADJ", "NOUN"})
"""Parts of speech of a label with no verb: "tasteless", "a disgrace"."""


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


def content_subjects(
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


def _pair_object_of(tree: Tree, trigger: Trigger, obj: int) -> list[tuple[int, str]]:
    """Whom a verb and object pair's event noun is of: "quashed the conviction of Ana Rojas"."""
    if obj not in trigger.words:
        return []
    return [
        (of, "recipient: whom the pair's object is of")
        for of in prepositional_objects(tree, obj, frozenset({"of"}))
    ]


def _nearest_passive_subject(tree: Tree, verb: int, subject: int) -> int:
    """The passive subject just before the verb, where the parse gave the verb two.

    "Dr Reese, in his first week after Ms Hale was suspended, said ...": the
    small model may hang the main clause's subject on the passive verb of the
    clause inside it as well; the one suspended is the subject nearest it.
    Only names and nouns count: "it is itself being sued" is one subject
    stressed, not two.
    """
    own = [
        c
        for c in tree.children[verb]
        if tree.tokens[c].dep == "nsubjpass" and c < verb and tree.tokens[c].pos in _NAMING
    ]
    return own[-1] if len(own) > 1 else subject


_NAMING = frozenset({"PROPN", "NOUN"})


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
        heads.append((meant, f"{INFERRED}recipient: whom the passive subject 'it' means"))
    elif cue.type in SPOKEN_TYPES:
        movers = mover(tree, subject)
        heads += [(doer, f"{INFERRED}recipient: who made the move") for doer in movers]
        if not movers and _a_deed(tree, subject) and not index.actors_at(tree, subject):
            # "Their demands were backed by the police chief", "his plans
            # were criticised by the Tories": whose the thing judged is. The
            # pronoun comes before the agent, and so is not the agent's; but
            # "his players were praised by the coach" may be the coach's own.
            heads += _pronoun_owners(tree, index, subject, actors, charged=True)
    if cue.type == "ACCUSE" and not any(index.actors_at(tree, h) for h, _ in heads):
        # "The party published posters ... The posters were labelled a
        # misjudgement by the Tories": a charge against the ones who made them.
        heads += [
            (maker, f"{INFERRED}recipient: who did the thing charged, as told before")
            for maker in _maker_told_before(tree, subject)
            if not set(index.actors_at(tree, maker)) & set(actors)
        ]
    if (
        actors
        and cue.type in _JUDGING_TYPES
        and not any(index.actors_at(tree, h) for h, _ in heads)
    ):
        # "Mr Lee came up with proposals. That was attacked by the Tories".
        heads += (
            _claimant(tree, index, subject, actors)
            or _proposer_just_before(tree, index, subject, actors)
            or doer_of_the_act(tree, index, subject, actors)
        )
    return heads


_JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "ASSAULT"})
"""Types of a verb by which a plan is judged: "attacked" a plan is a charge, not force."""


def _proposer_just_before(
    tree: Tree, index: ActorIndex, thing: int, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Whose a plan or a finding taken up again just after it was told is, as a recipient."""
    proposer = index.proposer_just_before(tree, thing, actors)
    step = f"{INFERRED}recipient: who put forward the thing judged, told just before"
    return [] if proposer is None else [(proposer, step)]


def _claimant(
    tree: Tree, index: ActorIndex, thing: int, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Who made the claim a verb takes up again ("denied the claims"), as a recipient."""
    claimant = claimant_told_before(tree, index, thing, actors)
    return [] if claimant is None else [(claimant, CLAIMANT_STEP)]


def _maker_told_before(tree: Tree, thing: int) -> list[int]:
    """The subject of the verb that "the" thing was the object of, a sentence or two before.

    "The party published posters ... The posters were labelled": the party's.
    """
    tokens = tree.tokens
    if not any(
        tokens[c].dep == "det" and tokens[c].text.lower() == "the" for c in tree.children[thing]
    ):
        return []
    start = tree.sentence_span(max(tree.sentence_of[thing] - _TOLD_BEFORE_REACH, 0))[0]
    for k in range(thing - 1, start - 1, -1):
        if tokens[k].dep == "dobj" and tokens[k].lemma == tokens[thing].lemma:
            subject, passive = subject_of(tree, tokens[k].head)
            return [] if subject is None or passive else [subject]
    return []


_TOLD_BEFORE_REACH = 2
"""How many sentences back the thing charged may have been told as someone's deed."""


def _one_among(tree: Tree, those: int) -> list[tuple[int, str]]:
    """Who is said to be "among those" a participle tells of: "X was among those arrested"."""
    if not said_to_be_among(tree, those):
        return []
    return [
        (subject, f"{INFERRED}recipient: the one said to be among them")
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
        (subject, f"{INFERRED}recipient: who denies the charge")
        for clause in tree.children[noun]
        if tree.tokens[clause].dep == "relcl" and tree.tokens[clause].lemma.lower() in _DENIALS
        for subject in tree.children[clause]
        if tree.tokens[subject].dep == "nsubj"
    ]


_CHARGES = frozenset({"charge"})
_DENIALS = frozenset({"deny", "dispute", "reject"})
"""Verbs by which one turns down a charge made against oneself."""


def mover(tree: Tree, noun: int) -> list[int]:
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


def _object_recipients(  # noqa: PLR0913 - two flags of how the verb takes its object
    tree: Tree,
    index: ActorIndex,
    obj: int,
    actors: tuple[str, ...],
    *,
    charged: bool = False,
    rejected: bool = False,
) -> list[tuple[int, str]]:
    """The recipients a verb's direct object gives, with how each was found.

    ``charged``: the verb blames or refuses the object ("criticised his
    handling", "rejected their claims"), so the object is another's.
    ``rejected``: the verb turns the object down or denies it, so what a
    claim says of someone is no act against them.
    """
    heads = [(obj, DIRECT_OBJECT)]
    meant = index.meant_before(tree, obj, actors)
    if meant is not None:
        heads.append((meant, f"{INFERRED}recipient: whom the object pronoun means"))
    elif not index.actors_at(tree, obj):
        backers = (
            behind(tree, obj, content=not rejected)
            or _behind_on_the_verb(tree, obj)
            or _charged_the_sum(tree, obj)
            or _host_of_the_invitation(tree, obj)
        )
        if rejected and not backers:
            backers = _others_a_claim_turned_down_names(tree, index, obj, actors)
        heads += [(b, f"{INFERRED}recipient: the one behind the object") for b in backers]
        owners = [] if backers else _pronoun_owners(tree, index, obj, actors, charged=charged)
        heads += owners
        heads += [] if backers or owners else _earlier_owner(tree, index, obj)
        if len(heads) == 1:
            heads += _owner_of_the_deed_it_is_of(tree, obj)
        if len(heads) == 1:
            heads += _claimant(tree, index, obj, actors)
        if charged and len(heads) == 1:
            heads += _proposer_just_before(tree, index, obj, actors)
        if charged and len(heads) == 1:
            heads += _body_of_the_post(tree, index, obj)
        if charged and len(heads) == 1:
            # "Ms Lowe announced a rise ... Plaid criticised the announcement".
            heads += doer_of_the_act(tree, index, obj, actors)
    return heads


_STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "SPY", "JUD"})
"""Sectors of a state's own arms: a government defends its army, police and courts."""


def _others_a_claim_turned_down_names(
    tree: Tree, index: ActorIndex, claim: int, deniers: tuple[str, ...]
) -> list[int]:
    """Those a claim turned down says did something, but the deniers' own side.

    "Downing Street denied claims that the prime minister misled MPs",
    "Moscow rejected suggestions that Russian troops crossed the border": a
    denial shields its own side, whom the claim is about, and is aimed at
    whoever made it, not at them. The Tory leader who dismisses "a
    suggestion that the Tories and a far-right party chase the same
    voters" turns down the rival's claim, so the rival stands behind it.
    """
    if tree.tokens[claim].lemma.lower() not in PROPOSITIONS:
        return []
    return [
        name
        for subject in content_subjects(tree, claim)
        for name in _with_conjuncts(tree, subject)
        if (actor := index.by_token.get(name)) is not None
        and not any(_same_side(index, actor, d) for d in deniers)
    ]


def _called_good(tree: Tree, clause: int) -> bool:
    """Whether a naming verb praises what it names: "(a scheme) the government calls sensible".

    One who calls a thing sensible or fair stands behind it, as its author
    does; one who calls it unworkable ("a policy Labour has described as
    unworkable") is another of its critics.
    """
    if tree.tokens[clause].lemma.lower() not in lexicons.word_set("naming_verbs.txt"):
        return False
    labels = [c for c in tree.children[clause] if tree.tokens[c].dep in ("oprd", "acomp")]
    labels += prepositional_objects(tree, clause, frozenset({"as"}))
    judged = {
        cue.type
        for label in labels
        if (cue := statement_cue_of(tree.tokens[label])) is not None and cue.role == "judgement"
    }
    return judged == {"SUPPORT"}


def _with_conjuncts(tree: Tree, word: int) -> list[int]:
    """A word and the words "and" joins to it: "the Tories" and "BNP" of "the Tories and BNP"."""
    found = [word]
    for token in found:
        found += [c for c in tree.children[token] if tree.tokens[c].dep == "conj"]
    return found


def _same_side(index: ActorIndex, one: str, other: str) -> bool:
    """Whether two actors are one side: one party or body, or one state's own arms."""
    if one == other or (index.orgs.get(one) and index.orgs.get(one) == index.orgs.get(other)):
        return True
    return (
        index.countries.get(one) is not None
        and index.countries.get(one) == index.countries.get(other)
        and index.sectors.get(one) in _STATE_SECTORS
        and index.sectors.get(other) in _STATE_SECTORS
    )


def _body_of_the_post(tree: Tree, index: ActorIndex, post: int) -> list[tuple[int, str]]:
    """The body a post turned down is in: "rejected a junior post in the Wilson government".

    A post (``posts_offered.txt``) is offered by the body it is "in", "at"
    or "on" ("a seat on the board", "a job at the World Bank"); turning it
    down is aimed at that body, and at the one whose body it is named as
    ("Harold Wilson's government"), who offered it. Only those that name
    an actor: "criticised the role in the talks" leaves the charge to the
    readings after it.
    """
    if tree.tokens[post].lemma.lower() not in lexicons.word_set("posts_offered.txt"):
        return []
    bodies = prepositional_objects(tree, post, _POST_HOLDERS)
    heads = [
        *bodies,
        *(c for b in bodies for c in tree.children[b] if tree.tokens[c].dep == "poss"),
    ]
    return [
        (head, f"{INFERRED}recipient: the body the post is in")
        for head in heads
        if index.actors_at(tree, head)
    ]


_POST_HOLDERS = frozenset({"in", "at", "on"})


def _maker_of_the_goods(tree: Tree, index: ActorIndex, goods: int) -> list[tuple[int, str]]:
    """The firm whose name goods bought carry: "bought 30 Boeing jets", "ordered Airbus planes".

    One who buys a maker's goods by the dozen strikes a deal with the maker,
    as one who buys its stake does; the maker is a firm named before the
    goods. Goods that name an actor themselves are bought from no one else.
    """
    if index.actors_at(tree, goods):
        return []
    return [
        (word, MAKER_OF_THE_GOODS)
        for word in _name_words_before(tree, goods)
        if index.by_token.get(word) in index.firms
    ]


MAKER_OF_THE_GOODS = f"{INFERRED}recipient: the firm whose goods are bought"


def _firm_the_stake_is_in(tree: Tree, stake: int) -> list[tuple[int, str]]:
    """The firm a stake bought is in: "bought a 20% stake in Velora" is a deal with Velora.

    A buyer of a stake becomes a part owner of the firm, a tie struck with
    it as a purchase of the whole firm would be; "bought a house in Leeds"
    is no stake, and the place it is in no side. A stake told as its
    owner's ("bought the state's stake in Velora") is bought from that
    owner, the seller, and the firm is no side to the sale.
    """
    word = tree.tokens[stake]
    if word.lemma.lower() not in _STAKES or any(
        tree.tokens[c].dep == "poss" for c in tree.children[stake]
    ):
        return []
    return [(firm, STAKE_IN_THE_FIRM) for firm in prepositional_objects(tree, stake, _IN)]


_STAKES = frozenset({"stake", "holding"})
"""A part of a firm that its buyer holds "in" it."""
_IN = frozenset({"in"})
STAKE_IN_THE_FIRM = "recipient: the firm the stake bought is in"


def _name_words_before(tree: Tree, noun: int) -> list[int]:
    """The words that qualify a noun by name before it, through compounds of compounds."""
    found: list[int] = []
    frontier = [noun]
    while frontier:
        frontier = [
            c
            for word in frontier
            for c in tree.children[word]
            if c < word and tree.tokens[c].dep in ("compound", "nmod")
        ]
        found += frontier
    return found


def _owner_of_the_deed_it_is_of(tree: Tree, thing: int) -> list[tuple[int, str]]:
    """Whose deed a thing judged is a side of: "criticised the timing of Mr Vance's move".

    "the timing of", "the cost of", "the details of" a plan, a move or an
    order name no one, but the deed they are of is its owner's, named by
    a possessor ("Mr Vance's announcement", "the Treasury's plans"); one
    blames the owner for it. A thing undergone ("the treatment of Iraq's
    prisoners") is no deed of its possessor's, and is passed over.
    """
    return [
        (owner, f"{INFERRED}recipient: whose deed the object is of")
        for deed in prepositional_objects(tree, thing, frozenset({"of"}))
        if _a_deed(tree, deed)
        for owner in _named_possessors(tree, deed)
    ]


def _named_possessors(tree: Tree, noun: int) -> list[int]:
    """The names or nouns a noun is told as theirs: "the union's" of "the union's claims"."""
    return [
        c
        for c in tree.children[noun]
        if tree.tokens[c].dep == "poss" and tree.tokens[c].pos in _NAMING
    ]


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
        step = f"{INFERRED}recipient: the other country named before its 'neighbour'"
        return [] if neighbour is None else [(neighbour, step)]
    owned = any(tree.tokens[c].lemma.lower() == "own" for c in tree.children[obj])
    return [
        (owner, f"{INFERRED}recipient: whom the object's 'his', 'her', 'its' or 'their' means")
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
    tree: Tree, index: ActorIndex, trigger: Trigger, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The recipients the cue's own prepositions give: "met with X", "concern over the plans"."""
    heads: list[tuple[int, str]] = []
    for word in trigger.words:
        preps = trigger.cue.recipient_preps
        told = prepositional_objects(tree, word, preps) + where_done(tree, word, preps)
        for head in told or hung_past_an_aside(tree, word, preps):
            if trigger.cue.type == "CONSULT" and _a_reaction(tree, head):
                continue
            heads += [(head, "recipient: the object of the cue's preposition")]
            heads += _pronoun_meant(tree, index, head, actors)
            heads += _earlier_owner(tree, index, head)
            if not index.actors_at(tree, head):
                # "appealing against allegations by the Commission": whose they are;
                # but a deal's broker is no side to those who agree to it.
                brokers = brokers_of(tree, head) if trigger.cue.type == "AGREE" else []
                heads += [
                    (b, f"{INFERRED}recipient: the one behind the preposition's object")
                    for b in behind(tree, head)
                    if b not in brokers
                ]
        if trigger.cue.type == "ACCUSE":
            heads += inquired_into(tree, word, trigger.cue.recipient_preps)
    return heads


def _pronoun_meant(
    tree: Tree, index: ActorIndex, head: int, actors: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Whom a pronoun after the cue's preposition means, as an object pronoun is read.

    "heaped praise on him", "turned on her": the person named just before,
    never the doers themselves.
    """
    meant = index.meant_before(tree, head, actors)
    step = f"{INFERRED}recipient: whom the preposition's pronoun means"
    return [] if meant is None else [(meant, step)]


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
    tree: Tree, index: ActorIndex, trigger: Trigger, actors: tuple[str, ...]
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


def inquired_into(tree: Tree, word: int, preps: frozenset[str]) -> list[tuple[int, str]]:
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
        (subject, f"{INFERRED}recipient: the subject of the clause inquired into")
        for subject in found
    ]


_CHARGES_FOLLOWED = frozenset({"following", "after", "amid"})
"""Prepositions by which an inquiry follows a charge: "under way following allegations that"."""
_CHARGED_CONTENT = frozenset({"claim", "allegation", "accusation", "suggestion", "complaint"})


def _clauses_inquired_into(tree: Tree, place: int, preps: frozenset[str]) -> list[int]:
    """The subjects of the clauses an inquiry at ``place`` looks into."""
    found = []
    for child in tree.children[place]:
        dep = tree.tokens[child].dep
        if dep == "ccomp" and tree.tokens[place].lemma.lower() in INQUIRING:
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
        (addressee, f"{INFERRED}recipient: the one the letter is written to")
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
        (host, f"{INFERRED}recipient: the host of the visit it is the purpose of") for host in hosts
    ]


def _change_asked_of(tree: Tree, trigger: Trigger) -> list[tuple[int, str]]:
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
        (of, f"{INFERRED}recipient: whose change is asked for")
        for thing in asked
        if tree.tokens[thing].lemma.lower() in changes
        for of in prepositional_objects(tree, thing, frozenset({"of"}))
    ] + [
        (owner, f"{INFERRED}recipient: whose measure an end is asked to")
        for thing in asked
        for owner in _holders_of_what_is_to_end(tree, thing)
    ]


_ENDED = frozenset({"of", "to"})
"""Prepositions by which an end names what is ended: "the lifting of", "an end to"."""


def _holders_of_what_is_to_end(tree: Tree, thing: int) -> list[int]:
    """Who keeps up a measure an end is asked to: the EU of "a lifting of the EU embargo".

    An end (``lexicons/ends_asked.txt``) is put to a measure by the one
    whose it is, told by a possessor, a name or a demonym before it ("the
    EU arms embargo", "the Israeli blockade", "Beijing's curbs"); so that
    is the one asked. A measure told as no one's names no one.
    """
    if tree.tokens[thing].lemma.lower() not in lexicons.word_set("ends_asked.txt"):
        return []
    return [
        owner
        for measure in prepositional_objects(tree, thing, _ENDED)
        for owner in tree.children[measure]
        if owner < measure and tree.tokens[owner].dep in DESCRIBERS
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
        else [(owner, f"{INFERRED}recipient: whose it is, by its earlier mention")]
    )


PROPOSITIONS = frozenset(
    {"claim", "idea", "suggestion", "allegation", "accusation", "call", "demand", "proposal",
     "way", "manner"}
)  # fmt: skip


_CHARGE_TYPES = frozenset({"ACCUSE", "REJECT"})
"""Types whose object is another's: one blames or turns down what others did or said."""


def done_to_another(cue: Cue) -> bool:
    """Whether what a cue is done to is another's: "criticised his handling", "rejected its plan".

    Not a denial: "denied his involvement" is the denier's own.
    """
    return cue.type in _CHARGE_TYPES and cue.words[0] != "deny"


def acclaimed(cue: Cue, tree: Tree, thing: int) -> bool:
    """Whether a cue praises a deed or a word of another's: "welcomed his apology".

    One does not praise one's own apology or ruling; but one praises one's
    own team ("praised his players"), so only a deed, a word or a thing put
    forward counts.
    """
    return cue.words[0] in lexicons.word_set("acclaiming_verbs.txt") and (
        _a_deed(tree, thing) or names_an_act(tree, thing)
    )


def _a_deed(tree: Tree, noun: int) -> bool:
    """Whether a noun names a deed, a word or a thing put forward: "apology", "ruling", "plans"."""
    deeds = put_forward() | PROPOSITIONS | lexicons.word_set("accepted_things.txt") | event_nouns()
    return tree.tokens[noun].lemma.lower() in deeds


_PUT_FORWARD_BY = PROPOSITIONS | lexicons.word_set("proposals.txt")
"""Things someone offers or makes: an offer, a bid, a claim, a call."""


def behind(tree: Tree, noun: int, *, content: bool = True) -> list[int]:
    """Who stands behind an object that names no one: "calls from the Tories", "claims by X".

    For a claim or a call with its content ("the idea that the Tories and the
    BNP appealed to ..."), the subject of that content, unless the claim's
    maker is named ("claims by Dublin that party members knew": Dublin's, not
    the members'); for "the way the ministry handled it", the one whose way
    it is; for "the claim the paper made", the maker told in a relative
    clause. ``content`` False leaves out the subject of the content: a
    claim denied ("denied claims that the minister misled MPs") is not
    aimed at the one it is about, whom the denial shields.
    """
    found = prepositional_objects(tree, noun, frozenset({"by", "from"})) + _done_by(tree, noun)
    if not found and tree.tokens[noun].lemma.lower() in PROPOSITIONS:
        clauses = {"acl", "ccomp", "relcl"} if content else {"relcl"}
        found += content_subjects(tree, noun, frozenset(clauses))
    return found or _author_in_a_relative_clause(tree, noun)


_RELATIVE_OBJECTS = frozenset({"which", "that"})


def _author_in_a_relative_clause(tree: Tree, noun: int) -> list[int]:
    """Who a relative clause says put a thing forward: "the plan the minister unveiled".

    "attacked a scheme which the council introduced last year", "criticised
    the budget the chancellor presented": a thing judged is its author's,
    told by the subject of an authoring verb (``authoring_verbs.txt``) in a
    clause whose object it is. A clause with an object of its own ("the
    plan that gives the council new powers") tells what the thing does,
    not who made it.
    """
    authoring = lexicons.word_set("authoring_verbs.txt")
    return [
        subject
        for clause in tree.children[noun]
        if tree.tokens[clause].dep == "relcl"
        and (tree.tokens[clause].lemma.lower() in authoring or _called_good(tree, clause))
        and all(
            tree.tokens[c].text.lower() in _RELATIVE_OBJECTS
            for c in tree.children[clause]
            if tree.tokens[c].dep == "dobj"
        )
        for subject in tree.children[clause]
        if tree.tokens[subject].dep == "nsubj"
    ]


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


def _host_of_the_invitation(tree: Tree, noun: int) -> list[int]:
    """Who invites, by where the invitation asks one to go: "an invitation to return to the group".

    An invitation that names no one who made it is the host's: "accepted an
    invitation to visit China", "to rejoin the board of Airbus", "to return
    to Lagardere" is China's, Airbus's, Lagardere's.
    """
    if tree.tokens[noun].lemma.lower() != "invitation":
        return []
    return [
        host
        for act in tree.children[noun]
        if tree.tokens[act].dep == "acl" and is_infinitive(tree, act)
        for host in _objects_or_to(tree, act)
    ]


def _objects_or_to(tree: Tree, verb: int) -> list[int]:
    """A verb's direct objects, or else the objects of its "to": "visit China", "return to X"."""
    objects = [c for c in tree.children[verb] if tree.tokens[c].dep == "dobj"]
    return objects or prepositional_objects(tree, verb, frozenset({"to"}))


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
    tree: Tree, trigger: Trigger, index: ActorIndex, subject: int | None, *, passive: bool
) -> tuple[tuple[str, ...], list[str]]:
    """Who did what a verb says, and how that was found."""
    verb = trigger.token
    doer = agent_of(tree, verb) if passive else subject
    if doer is not None and not passive and not index.actors_at(tree, doer):
        doer = _second_subject(tree, doer) or doer
    actors = index.actors_at(tree, doer) if doer is not None else ()
    if actors and doer is not None and index.guessed(tree, doer):
        return actors, [f"{INFERRED}actor: whom the pronoun or pair ('the two countries') means"]
    if actors:
        return actors, [f"actor: the {'passive agent' if passive else 'subject'}"]
    if doer is None and tree.tokens[verb].dep == "acl" and is_infinitive(tree, verb):
        noun = tree.tokens[verb].head
        # "its invitation to Chile to visit Oslo": the one invited acts.
        invited = prepositional_objects(tree, noun, frozenset({"to"}))
        actors = index.actors_at(tree, invited[0]) if invited else ()
        if actors:
            return actors, [f"{INFERRED}actor: whom the noun the infinitive completes is 'to'"]
        # "its decision to back the plan", "Iraq's bid to join": the noun's owner acts.
        actors = index.describers(tree, noun)
        if actors:
            return actors, [f"{INFERRED}actor: the owner of the noun the infinitive completes"]
    if passive:
        return _unnamed_agent(tree, trigger, index)
    return _unstated_doer(tree, trigger, index, doer)


def _unstated_doer(
    tree: Tree, trigger: Trigger, index: ActorIndex, subject: int | None
) -> tuple[tuple[str, ...], list[str]]:
    """The doer of an active verb whose subject names no actor, and how it was found."""
    speaker = speaker_after_quote(tree, trigger.token) if subject is None else None
    actors = index.actors_at(tree, speaker) if speaker is not None else ()
    if actors:
        return actors, [f"{INFERRED}actor: the speaker named after the verb, past the quote"]
    actors = _owner_of_the_weapon(tree, index, subject)
    if actors:
        return actors, [f"{INFERRED}actor: whose weapons 'its' or 'their' says they are"]
    beyond = _subject_beyond_the_place(tree, trigger.token) if subject is None else None
    actors = index.actors_at(tree, beyond) if beyond is not None else ()
    if actors:
        return actors, [f"{INFERRED}actor: the subject of the verb the place phrase is on"]
    actors = _doers_the_participle_describes(tree, index, trigger.token) if subject is None else ()
    if actors:
        return actors, ["actor: the one the '-ing' participle after it describes"]
    return _body_it_means(tree, trigger, index, subject)


def _doers_the_participle_describes(tree: Tree, index: ActorIndex, verb: int) -> tuple[str, ...]:
    """The actors the noun an "-ing" participle hangs on names, itself or by a word before it.

    "a Rovers fan attacking a steward" is the club's fan; but the owner of a
    thing is not what the thing does ("the party's poster urging voters to
    ...", or the parse's misreading of such a phrase), nor is what it is a
    sign of ("signs of the union accusing ...", the participle hung on
    "signs").
    """
    noun = _noun_the_participle_describes(tree, verb)
    if noun is None:
        return ()
    named = noun in index.by_token or any(
        tree.tokens[c].dep == "compound" and c in index.by_token for c in tree.children[noun]
    )
    return index.actors_at(tree, noun) if named else ()


def _noun_the_participle_describes(tree: Tree, verb: int) -> int | None:
    """The noun an "-ing" participle right after it tells what it does, if any.

    "The Farmers Alliance, accusing the agency of neglect, sued",
    "despite the club agreeing a plan with its creditors": a participle the
    parse hangs on a noun (``acl``) is a clause whose subject is that noun,
    as "the alliance, which accuses the agency", "the club, which agreed".
    A participle with a subject or auxiliary of its own is another's clause.
    Not after "of": "signs of Mr Hale overruling his colleagues", "the
    prospect of the union striking" tell what a sign or a prospect is of,
    no deed reported; nor a role that picks out a clause's subject
    (:func:`_role_of_its_subject`).
    """
    word = tree.tokens[verb]
    noun = word.head
    if (
        word.dep != "acl"
        or word.tag != "VBG"
        or noun >= verb
        or tree.tokens[noun].pos not in ("NOUN", "PROPN")
        or any(tree.tokens[c].dep in ("nsubj", "aux") for c in tree.children[verb])
    ):
        return None
    preposition = tree.tokens[tree.tokens[noun].head]
    of = tree.tokens[noun].dep == "pobj" and preposition.text.lower() == "of"
    return None if of or _role_of_its_subject(tree, noun, verb) else noun


def _role_of_its_subject(tree: Tree, noun: int, verb: int) -> bool:
    """Whether a participle, not set off by a comma, tells which people a subject means.

    "Police searching the warehouse said ...", "Lawyers defending Mr Hale
    have called a witness": the participle names the standing work by which
    the subject is known, and the sentence tells what they did next. Set
    off by commas ("The union, demanding a rise, walked out") it tells a
    deed of its own.
    """
    return tree.tokens[noun].dep in ("nsubj", "nsubjpass") and tree.tokens[verb - 1].text != ","


def _subject_beyond_the_place(tree: Tree, verb: int) -> int | None:
    """The doer of an "-ing" clause the parse hung on the noun of a place phrase.

    "The party put up a poster outside the town hall accusing the mayor of
    lying": the parse makes the town hall accuse; a place says nothing, so
    the clause is the party's, whose verb the place phrase is on. A
    document there ("at the launch of a report accusing ...") speaks for
    its own author, and is left alone.
    """
    word = tree.tokens[verb]
    place = word.head
    preposition = tree.tokens[place].head
    if not (
        word.dep == "acl"
        and word.tag == "VBG"
        and tree.tokens[place].dep == "pobj"
        and tree.tokens[preposition].dep == "prep"
        and tree.tokens[tree.tokens[preposition].head].pos == "VERB"
        and tree.tokens[place].lemma.lower() not in lexicons.word_set("speech_documents.txt")
    ):
        return None
    subject, passive = subject_of(tree, tree.tokens[preposition].head)
    return None if passive else subject


def _owner_of_the_weapon(tree: Tree, index: ActorIndex, subject: int | None) -> tuple[str, ...]:
    """Who struck with the weapons a subject names as theirs: "Turkey said its jets had struck"."""
    if subject is None or mode_of_weapon(tree, subject) is None:
        return ()
    for child in tree.children[subject]:
        if tree.tokens[child].dep == "poss":
            owner = index.possessor_besides(tree, child, ())
            return index.actors_at(tree, owner) if owner is not None else ()
    return ()


_QUOTE_MARKS = frozenset({'"', "\u201d", "'", "\u2019"})


def speaker_after_quote(tree: Tree, verb: int) -> int | None:
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
    tree: Tree, trigger: Trigger, index: ActorIndex, subject: int | None
) -> tuple[tuple[str, ...], list[str]]:
    """The body a subject "it" or "they" stands for when it speaks: "It urged ministers to act".

    See :meth:`ActorIndex.body_it_means`. Only acts of speech: "it agreed"
    may be anything's.
    """
    if (
        subject is None
        or trigger.cue.type not in SPOKEN_TYPES
        or tree.tokens[subject].head != trigger.token
        or tree.tokens[subject].dep != "nsubj"
    ):
        return (), []  # "it is important to support", "it was wrong to blame": no one
    meant = index.body_it_means(tree, subject)
    actors = index.actors_at(tree, meant) if meant is not None else ()
    pronoun = tree.tokens[subject].text.lower()
    return actors, [f"{INFERRED}actor: the body the subject '{pronoun}' means"] * bool(actors)


def _unnamed_agent(
    tree: Tree, trigger: Trigger, index: ActorIndex
) -> tuple[tuple[str, ...], list[str]]:
    """Who did what a passive verb says when it has no "by" phrase of its own."""
    stray = _stray_agent(tree, trigger.token)
    actors = index.actors_at(tree, stray) if stray is not None else ()
    if actors:
        return actors, [f"{INFERRED}actor: a 'by' phrase the parse hung on the verb's phrase"]
    actors = _keeper(tree, trigger.token, index) if trigger.cue.mode == "release" else ()
    if actors:
        return actors, [f"{INFERRED}actor: whose the place released from is"]
    actors = _ruler(tree, trigger.token, index) if trigger.cue.type in _DONE_TO_SOMEONE else ()
    if actors:
        return actors, [f"{INFERRED}actor: whose rule 'under' names"]
    actors = _body_put_out_of(tree, trigger, index)
    if actors:
        return actors, [f"{INFERRED}actor: the body one was put out of"]
    if trigger.cue.type == "ASSAULT":
        actors = attackers_of_the_clause(tree, trigger.token, index)
    if actors:
        return actors, [f"{INFERRED}actor: the doer of the attack its 'when' clause tells"]
    return _body_named_beside(tree, trigger, index)


def _body_named_beside(
    tree: Tree, trigger: Trigger, index: ActorIndex
) -> tuple[tuple[str, ...], list[str]]:
    """Who did a passive deed with no "by", told beside it: the speaker, warner or accuser."""
    actors = _declared_by_its_speaker(tree, trigger.token, index)
    if actors:
        return actors, [f"{INFERRED}actor: the speaker whose words 'hereby' do it"]
    speaker = warner(tree, trigger.token) if trigger.cue.type in HARMS else None
    actors = index.actors_at(tree, speaker) if speaker is not None else ()
    if actors:
        return actors, [f"{INFERRED}actor: who warns the harm will befall them"]
    actors = accuser_told_next(tree, trigger, index)
    return actors, [LEAD_ACCUSER_STEP] * bool(actors)


def _declared_by_its_speaker(tree: Tree, verb: int, index: ActorIndex) -> tuple[str, ...]:
    """Who does a deed their own quoted words perform: '"The book is hereby banned," it said'.

    "Hereby" makes the words the act itself, so the one whose words they are
    did it: the quote's speaker.
    """
    performed = any(
        tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() == _PERFORMING
        for c in tree.children[verb]
    )
    return index.quoting(tree, verb)[:1] if performed else ()


_PERFORMING = "hereby"


_PUTTING_OUT = frozenset({("expel",), ("suspend",), ("sack",), ("ban",), ("bar",)})
"""Sanctions that put one out of a body, which the body itself imposes."""


def _body_put_out_of(tree: Tree, trigger: Trigger, index: ActorIndex) -> tuple[str, ...]:
    """Who put one out of itself: "was expelled from the party", "suspended from the Commons".

    A party expels its own members and a country its guests, so with no "by"
    phrase the body "from" names is the one that acted.
    """
    if trigger.cue.words not in _PUTTING_OUT:
        return ()
    return tuple(
        actor
        for body in prepositional_objects(tree, trigger.token, frozenset({"from"}))
        for actor in index.actors_at(tree, body)
    )


def _ruler(tree: Tree, verb: int, index: ActorIndex) -> tuple[str, ...]:
    """Who ruled when harm was done "under" their rule: "were killed under Moreno's regime".

    A harm told in the passive with no agent, under someone's regime, is laid
    at the regime's door; a regime without an owner named is no one.
    """
    under = frozenset({"under"})
    # The parse may hang "under" on the phrase before it: "killed for
    # political reasons under Pinochet's regime".
    rules = prepositional_objects(tree, verb, under) + [
        rule
        for reason in prepositional_objects(tree, verb, frozenset({"for", "in", "during"}))
        for rule in prepositional_objects(tree, reason, under)
    ]
    return tuple(
        actor
        for rule in rules
        if tree.tokens[rule].lemma.lower() in _RULE_NOUNS
        for actor in index.describers(tree, rule) or _ruled_of(tree, index, rule)
    )


def _ruled_of(tree: Tree, index: ActorIndex, rule: int) -> tuple[str, ...]:
    """The ruler "the rule of" names: "under the rule of President Akar"."""
    return tuple(
        actor
        for ruler in prepositional_objects(tree, rule, frozenset({"of"}))
        for actor in index.actors_at(tree, ruler)
    )


_RULE_NOUNS = frozenset({"regime", "rule", "dictatorship", "junta"})


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
    own agents. And through the infinitive a passive verb of bidding takes:
    "was asked to act by the UN", "was ordered to pay damages by a court"
    (the parse hangs "by" on "act", on "damages"); the infinitive's own doer
    is the one bidden, never named by a "by" phrase.
    """
    # A passive verb's "object" is its complement misparsed: "was branded a
    # retreat by the Tories" hangs "by" on "retreat".
    stack = [c for c in tree.children[verb] if tree.tokens[c].dep in ("prep", "dobj", "oprd")]
    stack += _bidden_infinitives(tree, verb)
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


def _bidden_infinitives(tree: Tree, verb: int) -> list[int]:
    """The active "to" infinitives a passive verb takes, with no subject of their own.

    "was urged to do so": its "by" phrase can only be the urging's. A
    passive infinitive ("was expected to be questioned by police") has an
    agent of its own.
    """
    return [
        c
        for c in tree.children[verb]
        if tree.tokens[c].dep == "xcomp"
        and is_infinitive(tree, c)
        and not any(
            tree.tokens[g].dep in ("nsubj", "nsubjpass", "auxpass") for g in tree.children[c]
        )
    ]


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


def _told_of_in_warning(tree: Tree, subject: int) -> bool:
    """Whether a warning's clause foretells its subject's act or tells what befalls it."""
    clause = tree.tokens[subject].head
    return foretold(tree, clause) or tree.tokens[clause].lemma.lower() in lexicons.word_set(
        "undergoing_verbs.txt"
    )


def _through_a_clause(tree: Tree, verb: int, cue: Cue) -> list[tuple[int, str]]:
    """The recipient a verb with no object names in the clause it governs."""
    if cue.words == WANT and wished_state(tree, verb):
        return []  # "wants young voters to know their rights": a state wished, no act asked
    if cue.type in ("REQUEST", "ACCUSE", "PROTEST"):
        # "demanded that Italy withdraw", "alleged that Chilean troops shelled
        # a village", "protested that the regulator was unfair": the one the
        # clause asks or blames. A warning of what
        # someone would or could do is a forecast: "warned that ministers
        # would not rule out cuts"; of what someone faces, a plight told, no
        # blame: "warned that councils faced a funding gap".
        asked = _clause_subject(tree, verb)
        if asked is not None and not (
            cue.words in NEEDS_BOTH_SIDES and _told_of_in_warning(tree, asked)
        ):
            holder = holder_of(tree, asked) if cue.type == "ACCUSE" else None
            if holder is not None:
                # "claimed schools were not safe in Tory hands": a charge of the Tories.
                return [(holder, HELD_IN_HANDS)]
            return [(asked, f"{INFERRED}recipient: the subject of the clause it says")]
    if cue.type in ("REJECT", "AGREE", "THREATEN"):
        # "refused to meet the envoy", "offered to supply gas to Peru",
        # "threatened to sue the government": the one the refused, promised
        # or threatened act was to be done to.
        refused = _refused_object(tree, verb, threat=cue.type == "THREATEN")
        # The thing a threat is done to may name no one ("freeze the talks"),
        # while its "unless" names whom it presses: both are read.
        pressed = _held_to_a_condition(tree, verb) if cue.type == "THREATEN" else None
        found = [(refused, DONE_FOR), (pressed, HELD_TO)]
        return [(head, step) for head, step in found if head is not None]
    return []


HELD_IN_HANDS = f"{INFERRED}recipient: whose hands the clause says its subject is in"
HELD_TO = f"{INFERRED}recipient: the one whose act the threat's 'unless' asks for"


def _held_to_a_condition(tree: Tree, verb: int) -> int | None:
    """Who must act for a threatened act to be spared: "unless Belgrade cooperated".

    "threatened to freeze the talks unless Belgrade cooperated with the
    court": the threat presses Belgrade, though the frozen talks name no one.
    """
    acts = [verb] + [c for c in tree.children[verb] if tree.tokens[c].dep == "xcomp"]
    subjects = [
        subject
        for act in acts
        for clause in tree.children[act]
        if tree.tokens[clause].dep == "advcl"
        and any(tree.tokens[c].text.lower() == "unless" for c in tree.children[clause])
        for subject in tree.children[clause]
        if tree.tokens[subject].dep == "nsubj"
    ]
    return subjects[0] if subjects else None


DONE_FOR = f"{INFERRED}recipient: the one the act refused, offered or threatened is for"


def _refused_object(tree: Tree, verb: int, *, threat: bool = False) -> int | None:
    """The one the act a verb refuses, offers or threatens is done to.

    "refused to meet the envoy", "offered to supply gas to Peru", "threatened
    to impose sanctions on Peru", "refused to obey a government order". A
    threat is made against the one named as the threatened act's object,
    not where it would be sent: "threatened to refer Iran to the Security
    Council" threatens Iran.
    """
    for child in tree.children[verb]:
        if tree.tokens[child].dep != "xcomp":
            continue
        thing = object_of(tree, child)
        if threat and thing is not None and tree.tokens[thing].ent_type in _NAMED_SIDES:
            return thing
        target = _act_done_to(tree, child)
        if target is not None:
            return target
    return None


_NAMED_SIDES = frozenset({"GPE", "ORG", "PERSON", "NORP"})
"""Entity types of a name that may stand for a side: a state, a body, a person, a people."""


def _act_done_to(tree: Tree, act: int) -> int | None:
    """Whom an act is done to: as its cue says, else whom it is "to", else its object."""
    lemma = tree.tokens[act].lemma.lower()
    thing = object_of(tree, act)
    light = load().light_verbs.get((lemma, tree.tokens[thing].lemma.lower())) if thing else None
    if light is not None and thing is not None:
        given = prepositional_objects(tree, act, light.recipient_preps)
        given += prepositional_objects(tree, thing, light.recipient_preps)
        return given[0] if given else None
    dative = _indirect_object(tree, act)
    if dative is not None:
        return dative
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


def _indirect_object(tree: Tree, act: int) -> int | None:
    """The one an act gives to without "to": "agreed to give his rival a clear run"."""
    return next(
        (
            c
            for c in tree.children[act]
            if tree.tokens[c].dep == "dative" and tree.tokens[c].pos != "ADP"
        ),
        None,
    )


def _clause_subject(tree: Tree, verb: int) -> int | None:
    """Who is asked in "demanded (that) the ministries cut costs": the clause's subject.

    A passive clause names the doer by its agent: "claims he was smeared by
    the paper" blames the paper, not the one smeared.
    """
    called_for = [clause for clause, _ in for_clauses(tree, verb)]
    clauses = [c for c in tree.children[verb] if tree.tokens[c].dep == "ccomp"] + called_for
    for clause in clauses:
        subject = next((g for g in tree.children[clause] if tree.tokens[g].dep == "nsubj"), None)
        if subject is None:
            subject = agent_of(tree, clause)
        if subject is not None:
            return subject
        # "called for the agency to be scrapped": no doer named, the demand
        # is about the one it would befall (not so a claim: "claimed he was
        # smeared" blames no one it names). Only of a caller the clause has:
        # a parse that finds none has misread the sentence.
        called = clause in called_for and subject_of(tree, verb)[0] is not None
        return _passive_subject(tree, clause) if called else _run_in(tree, clause)
    return None


def _passive_subject(tree: Tree, clause: int) -> int | None:
    """The passive subject of a clause: "the agency" in "for the agency to be scrapped"."""
    return next((g for g in tree.children[clause] if tree.tokens[g].dep == "nsubjpass"), None)


def _run_in(tree: Tree, clause: int) -> int | None:
    """The subject the parser ran into a "that" clause's bare verb as a compound.

    "demanded that the home secretary resign": the model may read "home
    secretary resign" as one noun; the word before the verb is then who is
    asked.
    """
    children = tree.children[clause]
    if not any(tree.tokens[c].dep == "mark" for c in children):
        return None
    run = [c for c in children if c < clause and tree.tokens[c].dep == "compound"]
    return run[-1] if run else None
