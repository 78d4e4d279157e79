"""Whom a statement is about, whom its event is done to, and its type.

The subject a judgement is said of, the one a duty obliges or a wish wants
to act, the owner or maker of a thing judged, or the home government a
charge of no one named is made of.
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.records import EventType
from dateline.stages._arguments import ActorIndex, a_common_noun
from dateline.stages._clause_roles import agent_of, object_of, prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events.addressees import ADDRESSEE_UNREAD
from dateline.stages.events.cues import load as load_cues
from dateline.stages.events.earlier_acts import (
    DEED_STEP,
    doer_of_the_act,
    doer_of_the_deed_taken_up,
)
from dateline.stages.events.judged import (
    RULED,
    asks_of_no_one,
    fault_placed,
    judged,
    judges_a_thing,
    negated,
    negated_here,
    obliged,
    praised_bearer,
    wanted_to_act,
)
from dateline.stages.events.modality import foretold, supposed
from dateline.stages.events.none_of import drawn_from
from dateline.stages.events.quoted_they import they_meant
from dateline.stages.events.statement_cues import cue_of
from dateline.stages.events.statement_records import DUTIES, SELF, StatementCue
from dateline.stages.events.steps import INFERRED, MAKER_UNNAMED

# The forms a verb takes after "have": "should have told", "should have been telling".
_PERFECT_FORMS = frozenset({"VBN", "VBG"})


def done_in_excess(tree: Tree, cue_token: int) -> int | None:
    """The verb a word of measure says was done to excess or too little, told as fact.

    "The board is spending too much", "acted far too slowly", "has gone too
    far", "too little has been done": the word carries "too" and hangs on a
    verb. Denied ("did not spend too much"), foretold or asked ("could
    spend too much", "must not spend too much") or supposed, it charges no
    one; "it was too late" judges a time, not a deed. A deed denied to be
    "enough" falls short as a fact (:func:`falls_short`).
    """
    word = tree.tokens[cue_token]
    verb = word.head
    if tree.tokens[verb].pos != "VERB" or word.dep not in _MEASURED:
        return None
    if foretold(tree, verb) or supposed(tree, verb):
        return None
    if falls_short(tree, cue_token, verb):
        return verb
    too = any(tree.tokens[c].text.lower() == "too" for c in tree.children[cue_token])
    return verb if too and not negated(tree, verb) else None


def falls_short(tree: Tree, cue_token: int, verb: int) -> bool:
    """Whether "enough" on a deed denied says its doer fell short: "did not go far enough".

    "The offer does not go far enough", "the council has not done enough":
    the set ways of saying that what someone did was too little, the denial
    on the verb itself. Only of going and doing: "the economy is not
    growing fast enough" tells how things stand, blaming no one.
    """
    return (
        tree.tokens[cue_token].lemma.lower() == _ENOUGH
        and tree.tokens[verb].lemma.lower() in _FALLING_SHORT
        and negated_here(tree, verb)
    )


_ENOUGH = "enough"
# The verbs of deeds that one says fall short: "not go far enough", "not done enough".
_FALLING_SHORT = frozenset({"go", "do"})


# How a word of measure hangs on the verb it measures: "spent too much", "too little was done".
_MEASURED = frozenset({"advmod", "npadvmod", "dobj", "nsubj", "nsubjpass"})


def _doer_in_excess(tree: Tree, cue_token: int) -> tuple[int | None, str]:
    """Who did to excess what a word of measure says: the agent of a passive, else the subject."""
    verb = done_in_excess(tree, cue_token)
    if verb is None:
        return None, ""
    subject, passive = subject_of(tree, verb)
    if passive or subject == cue_token:
        return agent_of(tree, verb), "recipient: who did what was done too much or too little"
    return subject, "recipient: who did too much or too little"


def recipients_of(
    tree: Tree,
    index: ActorIndex,
    cue: StatementCue,
    found: tuple[int | None, str],
    speaker: str,
) -> tuple[tuple[str, ...], str] | None:
    """Whom a cue is about (never the speaker), and how they were found; None for no event.

    ``found`` is the phrase :func:`said_about` gives, and how it was found.
    """
    about, how = found
    recipients = _actors_meant(tree, index, about, how)
    if about is not None and (
        _undergone(tree, about) or _done_to_the_obliged(tree, index, cue, about)
    ):
        # "the men's detention was unfair": the men suffered it; whoever
        # detained them is blamed. "Tenants must be told": someone else is
        # asked to tell them.
        recipients = ()
    recipients = tuple(r for r in recipients if r != speaker)
    if recipients:
        return recipients, how
    taken_up = _taken_up_from_before(tree, index, cue, found, speaker)
    if taken_up is not None:
        return taken_up
    if cue.role in _OF_NO_ONE_NAMED:
        # "they want the publication of the advice": asked of no one named;
        # "far too little has been done": a charge all the same.
        return (), _OF_NO_ONE_NAMED[cue.role]
    if about is not None and _a_thing_charged(tree, cue, about):
        found_whose = whose_thing(tree, index, about, speaker, blames=cue.type == "ACCUSE")
        whose = found_whose[0]
        no_ones = _praise_of_no_ones_thing(tree, cue, about, whose)
        return None if no_ones or _measure_deplored(tree, cue, about, whose) else found_whose
    if asks_of_no_one(tree, cue, about):
        # "there should be an inquiry", "the talks must resume": a demand made
        # of no actor in particular.
        return (), _unnamed_addressee(tree, about)
    return None


def _taken_up_from_before(
    tree: Tree, index: ActorIndex, cue: StatementCue, found: tuple[int | None, str], speaker: str
) -> tuple[tuple[str, ...], str] | None:
    """Whom words that take up what was told before mean, and how; None when they take up none.

    A "they" is the body named before it; a charge of "this" or of a deed's
    own noun is of who did the deed just told: "X seized the firm. Y says
    this was illegal".
    """
    about, how = found
    if about is None:
        return None
    meant = they_meant(tree, index, about, speaker)
    if meant:
        return meant, f"{INFERRED}{how}, 'they' taken for the body named before it"
    if cue.type != "ACCUSE" or cue.role not in ("judgement", "standard"):
        return None
    doers = doer_of_the_deed_taken_up(tree, index, about, (speaker,))
    return (doers, DEED_STEP) if doers else None


_OF_NO_ONE_NAMED = {
    "desire": "no recipient: the wish names no actor",
    "excess": "no recipient: what was done too much or too little names no doer",
}
"""Roles whose cue tells an event even of no one named, and how the explanation says so."""


def _unnamed_addressee(tree: Tree, subject: int | None) -> str:
    """Why a demand made of no actor takes no recipient.

    "Politicians should not stoke fears": the demand is of those its subject's
    role names, a side of its own though no actor stands for it; the home
    government is not the one asked. "There should be an inquiry" asks no one.
    """
    if subject is not None and _role_holders_acting(tree, subject):
        return ADDRESSEE_UNREAD
    return "no recipient: the demand names no actor"


def _role_holders_acting(tree: Tree, subject: int) -> bool:
    """Whether a subject is the doers of its verb, named by a role in the plural: "politicians"."""
    word = tree.tokens[subject]
    if word.dep != "nsubj" or word.tag != "NNS":
        return False
    return load_actor_lexicon().title((word.text.lower(),)) is not None


def _actors_meant(tree: Tree, index: ActorIndex, about: int | None, how: str) -> tuple[str, ...]:
    """The actors the phrase a cue is about names.

    The side a thing is told "under" is the one name after it: the parse may
    join a name that qualifies the next noun to it ("under Labour and Tory
    thrift"). A feud or a rivalry "between" actors that is judged or does
    wrong is theirs: "the feud between Mr Hale and Mr Dunn is harming the
    government" charges both, as "their feud" would.
    """
    if about is None:
        return ()
    if how == RULED:
        return (index.by_token[about],)
    return index.actors_at(tree, about) or tuple(
        actor
        for side in prepositional_objects(tree, about, frozenset({"between"}))
        for actor in index.actors_at(tree, side)
    )


def _a_thing_charged(tree: Tree, cue: StatementCue, about: int) -> bool:
    """Whether a cue judges a thing, or says a policy did wrong: whose the thing is is charged.

    "The bill was disgraceful", and "the new proposals lack teeth" after
    "the ministry's proposals": a wrong done by a plan, a law or a policy is
    its maker's, named or not, as a judgement of it is. A wrong done by any
    other thing ("feuding could damage the party", "sales failed to meet
    forecasts") charges no one.
    """
    if cue.role == "doer":
        return _a_policy(tree, about)
    return cue.role in ("judgement", "standard") and judges_a_thing(tree, about)


def _a_policy(tree: Tree, noun: int) -> bool:
    """Whether a subject is a plan, law or policy someone made: "the proposals", "the Budget"."""
    return a_common_noun(tree, noun) and tree.tokens[noun].lemma.lower() in _policies()


@functools.cache
def _policies() -> frozenset[str]:
    """The nouns of policies, proposals and laws (three lexicons), read once."""
    return (
        lexicons.word_set("policies.txt")
        | lexicons.word_set("proposals.txt")
        | lexicons.word_set("documents.txt")
    )


def _praise_of_no_ones_thing(
    tree: Tree, cue: StatementCue, about: int, recipients: tuple[str, ...]
) -> bool:
    """Whether a word of praise judges a thing that is no one's: it backs no side.

    "Demand for the shares was impressive", "the tax level is about right",
    "people are right to worry": a view of how things stand, the thing
    judged the subject of the judgement. A thing the text gives an owner or
    a maker is backing of that side, and "it is right to apply the same
    caution" backs a course of action, the thing only its object.
    """
    word = tree.tokens[about]
    return cue.type == "SUPPORT" and not recipients and word.pos == "NOUN" and word.dep == "nsubj"


def _measure_deplored(
    tree: Tree, cue: StatementCue, about: int, recipients: tuple[str, ...]
) -> bool:
    """Whether a word of worth deplores a measure that is no one's: it charges no one.

    "Health rates are lamentable", "turnout was poor": a view of how things
    stand, as praise of one is. A measure the text gives an owner or a maker
    is a charge against that side, and a wrong named ("the death rate is a
    failure to protect them") charges whoever failed, named or not.
    """
    word = tree.tokens[about]
    return (
        cue.type == "ACCUSE"
        and cue.pos == "ADJ"
        and not recipients
        and word.dep == "nsubj"
        and word.lemma.lower() in lexicons.word_set("measures.txt")
    )


def _done_to_the_obliged(tree: Tree, index: ActorIndex, cue: StatementCue, subject: int) -> bool:
    """Whether a modal's subject is an actor its passive verb acts on: "voters must be consulted".

    A duty told in the passive falls on whoever does the deed, whom the
    sentence leaves unnamed, not on those it is done to. Those to be given
    or granted a thing ("workers should be given the day off") are whom the
    demand is for; a thing of someone's ("the firm's stake should be cut")
    is asked of its owner.
    """
    if cue.role != "modal" or subject not in index.by_token:
        return False
    verb = tree.tokens[subject].head
    if tree.tokens[verb].lemma.lower() in _GRANTING or _blow_denied(tree, verb):
        return False  # "should not be punished" spares its subject (see spares_its_subject)
    return subject_of(tree, verb) == (subject, True)


# Verbs of giving: who "should be given" a thing is whom the demand is for.
_GRANTING = frozenset({"give", "grant", "offer", "allow", "pay", "award", "hand"})


def _undergone(tree: Tree, noun: int) -> bool:
    """Whether a noun names a deed its possessor underwent: "the men's arrest".

    With an "of" the possessor is the doer: "the police's detention of the men".
    """
    if tree.tokens[noun].lemma.lower() not in lexicons.word_set("undergone_nouns.txt"):
        return False
    owned = any(tree.tokens[c].dep == "poss" for c in tree.children[noun])
    return owned and not prepositional_objects(tree, noun, frozenset({"of"}))


def charge_of_no_one_named(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, speaker: str
) -> tuple[tuple[str, ...], str] | None:
    """A wrong told in the passive whose doer the statement leaves unnamed, if it charges one.

    "The firm claims it is being punished": the speaker suffered the wrong;
    "the league claimed the new law had been broken": a bond was broken.
    Either blames whoever did it, though the text names no one.
    """
    if _wronged_speaker(tree, index, cue_token, speaker):
        return (), "no recipient: the speaker says it suffered the wrong, its doer unnamed"
    if cue.role == "doer" and _bond_broken(tree, cue_token):
        return (), "no recipient: what binds was broken, its breaker unnamed"
    if dismisses_what_was_said(tree, cue, cue_token):
        return (), "no recipient: the claim 'it' or 'that' takes up names no maker"
    return None


# The bare words by which a reply takes up a claim just made: "that is untrue".
_TAKEN_UP = frozenset({"it", "that", "this"})


def dismisses_what_was_said(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a word calling a claim untrue is said of a bare "it", "that" or "this".

    "That is completely untrue", "he thought it was a non-story": the reply
    rejects what was just claimed, though it names neither the claim nor
    who made it. Only words that deny a claim do so; "it was disgraceful"
    judges whatever "it" stands for, which the clause does not say.
    """
    if cue.type != "REJECT" or cue.role != "judgement":
        return False
    word = tree.tokens[cue_token]
    if word.dep not in ("attr", "acomp"):
        return False
    copula = word.head
    if tree.tokens[copula].lemma.lower() != "be":
        return False
    subject = subject_of(tree, copula)[0]
    return subject is not None and tree.tokens[subject].text.lower() in _TAKEN_UP


def _bond_broken(tree: Tree, cue_token: int) -> bool:
    """Whether a wrong's passive subject is a thing that binds: "the law had been broken".

    Told as done: "the ban would be broken" foretells it.
    """
    subject, passive = subject_of(tree, cue_token)
    return (
        passive
        and subject is not None
        and tree.tokens[cue_token].tag == "VBN"
        and not foretold(tree, cue_token)
        and tree.tokens[subject].lemma.lower() in lexicons.word_set("broken_bonds.txt")
    )


def _wronged_speaker(tree: Tree, index: ActorIndex, cue_token: int, speaker: str) -> bool:
    """Whether a wrong told in the passive is done to the speaker: "we have been misled"."""
    subject, passive = subject_of(tree, cue_token)
    if not passive or subject is None or tree.tokens[cue_token].tag != "VBN":
        return False
    return tree.tokens[subject].text.lower() in SELF - {"you"} or speaker in index.actors_at(
        tree, subject
    )


def statement_type(tree: Tree, cue: StatementCue, cue_token: int, about: int | None) -> EventType:
    """The type a cue gives in its clause.

    A proposal judged is refused; a duty not done, or one a claim tells as
    someone's plight, blames; a duty that spares its subject a blow, or lets
    it act, backs it.
    """
    if _condemns_a_proposal(tree, cue, about) or _rebuts_a_claim(tree, cue, cue_token, about):
        return "REJECT"
    if cue.role == "modal" and (
        _duty_not_done(tree, cue_token) or _plight_claimed(tree, cue_token)
    ):
        return "ACCUSE"
    if spares_its_subject(tree, cue, cue_token):
        return "SUPPORT"
    return cue.type


def spares_its_subject(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a modal takes its subject's side: "should not be punished", "should be allowed to".

    "The charity should not be punished for its staff's errors" and "the
    union should be allowed to strike" ask nothing of the charity or the
    union: they defend it, as praise does. The one spared is the subject of
    a passive verb whose cue is a charge, a penalty, force or coercion,
    denied on the verb or on the modal; the one let act is the subject of
    "be allowed" or "be permitted", not denied ("must not be allowed to
    dodge the blame" is a charge).
    """
    verb = tree.tokens[cue_token].head
    word = tree.tokens[verb]
    passive = any(tree.tokens[c].dep == "auxpass" for c in tree.children[verb])
    if cue.role != "modal" or verb == cue_token or word.tag != "VBN" or not passive:
        return False
    if word.lemma.lower() in _LETTING:
        return not (negated_here(tree, verb) or negated_here(tree, cue_token))
    return _blow_denied(tree, verb)


def _blow_denied(tree: Tree, verb: int) -> bool:
    """Whether a passive verb deals a blow its modal denies: "should not be blamed"."""
    modals = [c for c in tree.children[verb] if tree.tokens[c].dep == "aux"]
    if not any(negated_here(tree, word) for word in (verb, *modals)):
        return False
    # "held back" is no "held": the cue must take the particle the verb has, or none.
    particle = next(
        (
            tree.tokens[c].text.lower()
            for c in tree.children[verb]
            if tree.tokens[c].dep == "prt" or tree.tokens[c].text.lower() in _PARTICLES
        ),
        None,
    )
    cues = load_cues().verbs.get(tree.tokens[verb].lemma.lower(), ())
    return any(cue.type in _BLOWS and cue.particle == particle for cue in cues)


# The types of a blow dealt to someone, which a duty denied spares them.
_BLOWS = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT"})
# Adverbs the parse may leave unjoined from their verb: "held back", "shut out".
_PARTICLES = frozenset({"back", "up", "off", "out", "down"})
# Verbs by which others let the one they are said of act.
_LETTING = frozenset({"allow", "permit"})


def _plight_claimed(tree: Tree, cue_token: int) -> bool:
    """Whether a duty is what a claim says someone is driven to: "claim the chancellor has to".

    "The Tories claim the chancellor has to find £8bn" charges him with a
    hole in his sums; it is no bid that he find it. Said with "claim" or
    "allege" (not "say" or "argue", by which one asks as often as tells),
    a "have to" or "need to" is told as a fact of the one it binds.
    """
    if tree.tokens[cue_token].lemma.lower() not in _PLIGHTS:
        return False
    clause = cue_token if tree.tokens[cue_token].pos == "VERB" else tree.tokens[cue_token].head
    governor = tree.tokens[clause].head
    return (
        tree.tokens[clause].dep == "ccomp"
        and governor != clause
        and tree.tokens[governor].lemma.lower() in _CLAIMING
    )


# Verbs of necessity that a claim tells as a plight, and the verbs of claiming.
_PLIGHTS = frozenset({"have", "need"})
_CLAIMING = frozenset({"claim", "allege"})


def _duty_not_done(tree: Tree, cue_token: int) -> bool:
    """Whether a modal says what ought to have been done: "should have told MPs".

    It asks nothing now; it blames whoever did not do it. So does a duty
    that should have been under way: "should have been answering questions".
    """
    if tree.tokens[cue_token].lemma.lower() not in DUTIES:
        return False
    # "should" hangs on its verb; the parse makes "ought" the head of "to have done".
    verbs = [tree.tokens[cue_token].head, *tree.children[cue_token]]
    return any(
        tree.tokens[verb].tag in _PERFECT_FORMS
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].lemma.lower() == "have"
            for c in tree.children[verb]
        )
        for verb in verbs
    )


def whose_thing(
    tree: Tree, index: ActorIndex, thing: int, speaker: str, *, blames: bool
) -> tuple[tuple[str, ...], str]:
    """Whom the judgement of a thing accuses: who did it, whose it is, or no one named."""
    maker = _maker_in_its_clause(tree, index, thing)
    if maker and speaker not in maker:
        # "the way the government handled the bill was a shambles"
        return maker, "recipient: who did the thing judged, in its relative clause"
    owner_meant = _owner_meant(tree, index, thing, speaker) if blames else ()
    if owner_meant:
        # "He said their plans were a shambles": one blames another's plans, not one's own.
        return owner_meant, f"{INFERRED}recipient: whom the thing's 'his', 'its' or 'their' means"
    # "the plans were an abuse" after "Mr Clarke's plans": his plans.
    owner = index.owner_named_before(tree, thing)
    owners = index.actors_at(tree, owner) if owner is not None else ()
    if owners and speaker not in owners:
        return owners, f"{INFERRED}recipient: whose the thing judged is, by its earlier mention"
    doers = _doers_told_before(tree, index, thing, speaker)
    if doers is not None:
        return doers
    # "the bill was disgraceful": a policy judged, its owner unnamed; but
    # "sales failed to meet forecasts" blames no one.
    if _a_policy(tree, thing):
        return (), MAKER_UNNAMED
    return (), "no recipient: the judgement is of a thing, not an actor"


def _doers_told_before(
    tree: Tree, index: ActorIndex, thing: int, speaker: str
) -> tuple[tuple[str, ...], str] | None:
    """Who the story said did "the" thing judged, not long before, and how; None if no one.

    "ECOWAS has imposed sanctions on Mali. Colonel Goita said the sanctions
    were illegal": the sanctions are the ones ECOWAS imposed. "The council
    shut the library. Residents said the move was a scandal": the move is
    the council's (:mod:`.earlier_acts`).
    """
    doers = _imposers_told_before(tree, index, thing)
    if doers and speaker not in doers:
        return doers, f"{INFERRED}recipient: who did the thing judged, as told before"
    act = doer_of_the_act(tree, index, thing, (speaker,))
    return (index.actors_at(tree, act[0][0]), act[0][1]) if act else None


def _imposers_told_before(tree: Tree, index: ActorIndex, thing: int) -> tuple[str, ...]:
    """Who the story said did "the" thing judged, as the object of their verb, not long before."""
    tokens = tree.tokens
    if not any(
        tokens[c].dep == "det" and tokens[c].text.lower() == "the" for c in tree.children[thing]
    ):
        return ()
    sentence = tree.sentence_of[thing]
    start = tree.sentence_span(max(sentence - _TOLD_BEFORE_REACH, 0))[0]
    for k in range(thing - 1, start - 1, -1):
        if tokens[k].dep == "dobj" and tokens[k].lemma == tokens[thing].lemma:
            subject, passive = subject_of(tree, tokens[k].head)
            if subject is not None and not passive:
                return index.actors_at(tree, subject)
    return ()


_TOLD_BEFORE_REACH = 2
"""How many sentences back the thing judged may have been told as someone's deed."""


def _owner_meant(tree: Tree, index: ActorIndex, thing: int, speaker: str) -> tuple[str, ...]:
    """Whom a possessive pronoun on a thing blamed means, the speaker passed over.

    A "their" may take up two actors joined as one subject: both are meant.
    """
    pronoun = next((c for c in tree.children[thing] if tree.tokens[c].dep == "poss"), None)
    owner = None if pronoun is None else index.possessor_besides(tree, pronoun, (speaker,))
    return () if owner is None else index.actors_at(tree, owner)


def _maker_in_its_clause(tree: Tree, index: ActorIndex, thing: int) -> tuple[str, ...]:
    """The actors a relative clause on a thing says did it: "the way the council acted"."""
    for clause in tree.children[thing]:
        if tree.tokens[clause].dep == "relcl":
            subject, passive = subject_of(tree, clause)
            doer = agent_of(tree, clause) if passive else subject
            if doer is not None:
                return index.actors_at(tree, doer)
    return ()


def _condemns_a_proposal(tree: Tree, cue: StatementCue, about: int | None) -> bool:
    """Whether a judgement turns a proposal down: "the offer is unacceptable" is a REJECT.

    Only a word of worth that finds it wanting does; a wrong named ("the
    plans are an abuse of power") or charged ("the offer is opportunistic",
    "the plan is dangerous") accuses those behind the proposal. A claim put
    forward is turned down by any judgement: "called that suggestion
    disgraceful" rejects what was suggested. A plan or proposal is a policy
    too (``policies.txt``): "the government's plans are inadequate" criticises
    the government, which laid them before everyone, not only the speaker.
    """
    if not (
        cue.type == "ACCUSE" and cue.role == "judgement" and cue.pos == "ADJ" and about is not None
    ):
        return False
    thing = tree.tokens[about].lemma.lower()
    offered = lexicons.word_set("proposals.txt") - lexicons.word_set("policies.txt")
    return thing in offered and (
        cue.word in lexicons.word_set("wanting_judgements.txt")
        or thing in lexicons.word_set("denied_claims.txt")
    )


def _rebuts_a_claim(tree: Tree, cue: StatementCue, cue_token: int, about: int | None) -> bool:
    """Whether a judgement of fault rebuts what was said: a REJECT, not a charge.

    "The union's claims were completely wrong", "the accusation is
    outrageous": to call what another said a fault is to deny it, as "the
    claims are unfounded" does. So is a fault joined to a word of untruth:
    "the report was inaccurate and misleading" is one denial, not a denial
    and a charge. The maker of the claim is whom it is aimed at, as the
    charge's recipient was. Said of anything else a judgement charges as
    before: "his comments were irresponsible" blames the one who made them.
    """
    if cue.type != "ACCUSE" or cue.role != "judgement" or about is None:
        return False
    word = tree.tokens[about]
    claimed = word.pos == "NOUN" and word.lemma.lower() in _things_said()
    return (claimed and _said_of_it(tree, cue_token)) or _joined_to_a_denial(tree, cue_token)


def _said_of_it(tree: Tree, cue_token: int) -> bool:
    """Whether a judgement is what its subject is called ("were wrong", "are a smear").

    "The allegation concerned a failure to consult staff" judges no claim:
    the failure is what the allegation charges.
    """
    word = tree.tokens[cue_token]
    return word.pos == "ADJ" or word.dep == "attr"


def _joined_to_a_denial(tree: Tree, cue_token: int) -> bool:
    """Whether a judgement is joined by "and" or a comma to one that calls a claim untrue."""
    word = tree.tokens[cue_token]
    joined = [c for c in tree.children[cue_token] if tree.tokens[c].dep == "conj"]
    if word.dep == "conj":
        head = word.head
        joined += [head, *(c for c in tree.children[head] if tree.tokens[c].dep == "conj")]
    return any(_calls_untrue(tree, other) for other in joined if other != cue_token)


def _calls_untrue(tree: Tree, token: int) -> bool:
    """Whether a word is a judgement that calls a claim untrue ("unfounded", "inaccurate")."""
    cue = cue_of(tree.tokens[token])
    return cue is not None and cue.type == "REJECT" and cue.role == "judgement"


@functools.cache
def _things_said() -> frozenset[str]:
    """The nouns of things said that one may deny (claim_nouns.tsv, denied_claims.txt)."""
    told = frozenset(row["noun"] for row in lexicons.table("claim_nouns.tsv"))
    return told | lexicons.word_set("denied_claims.txt")


def said_about(
    tree: Tree, index: ActorIndex, cue_token: int, cue: StatementCue
) -> tuple[int | None, str]:
    """The head of the phrase naming whom the cue is about, and how it was found."""
    if cue.role in ("object", "modal", "desire", "bearer", "locus"):
        return _about_by_role(tree, index, cue_token, cue.role)
    if cue.role == "excess":
        return _doer_in_excess(tree, cue_token)
    # "a failed policy": a participle of wrongdoing judges what it qualifies, as an adjective does.
    qualifies = tree.tokens[cue_token].dep == "amod"
    if (cue.role == "doer" and not qualifies) or (cue.role == "standard" and cue.pos == "VERB"):
        subject, passive = subject_of(tree, cue_token)
        agent = agent_of(tree, cue_token)
        tag = tree.tokens[cue_token].tag
        if (passive or agent is not None) and (tag == "VBN" or (tag == "VB" and agent)):
            # "civilians had been harmed": the subject suffered the wrong; its
            # doer is the agent, when named, as in "voters felt let down by
            # X", whose participle the parse may not mark passive. A past
            # tense joined to a passive ("rules are applied but failed to
            # act") keeps its own voice. A participle the same as its verb
            # ("let", "put", "cut") may be tagged the verb's bare form:
            # "families who feel let down by X".
            return agent, "recipient: the agent of the wrong named"
        if cue.role == "standard" and subject is not None:
            drawn = drawn_from(tree, subject)
            if drawn is not None:
                return drawn, "recipient: what 'none of' the standard is met by"
        return subject, "recipient: the subject of the wrong named"
    return judged(tree, index, cue_token, blames=cue.type == "ACCUSE")


def _about_by_role(
    tree: Tree, index: ActorIndex, cue_token: int, role: str
) -> tuple[int | None, str]:
    """Whom a cue that backs, obliges, wants, praises a bearer or places a fault is about."""
    if role == "object":
        return object_of(tree, cue_token), "recipient: the object of the backing verb"
    if role == "modal":
        return obliged(tree, cue_token), "recipient: the subject the modal obliges"
    if role == "desire":
        return wanted_to_act(tree, cue_token), "recipient: whom the speaker wants to act"
    if role == "locus":
        return fault_placed(tree, cue_token), "recipient: whom the fault is said to lie with"
    return praised_bearer(tree, index, cue_token)
