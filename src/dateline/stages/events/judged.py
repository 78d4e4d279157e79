"""What a statement cue is said of: the phrase judged, the one obliged, the one wanted to act."""

from __future__ import annotations

from dateline import lexicons
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex, a_common_noun
from dateline.stages._clause_roles import (
    agent_of,
    object_after,
    object_of,
    prepositional_objects,
    subject_of,
)
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.raised_burdens import burden_raised
from dateline.stages.events.statement_cues import load
from dateline.stages.events.statement_records import (
    DOUBTS,
    KNOWING,
    SELF,
    SELF_WORDS,
    SPEAKERS,
    StatementCue,
)
from dateline.stages.quotes import cues as quote_cues

_LINKS = frozenset({"acomp", "attr", "oprd", "dobj", "amod", "compound", "pobj", "prep"})
_QUESTION_OPENERS = frozenset(
    {"how", "why", "what", "who", "whom", "whose", "which", "when", "where", "is", "are", "was",
     "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "may",
     "might", "must", "has", "have", "had"}
)  # fmt: skip
# "we want to see the report published" asks for it all the same.
_SEEING = frozenset({"see", "hear", "know"})


def negated_here(tree: Tree, token: int) -> bool:
    """Whether a word itself carries a negator: "no" on "no shabby deal"."""
    return any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[token])


def obliged(tree: Tree, cue_token: int) -> int | None:
    """Who a modal asks to act: the subject of "should publish", of "needs to act"."""
    verb = cue_token if tree.tokens[cue_token].pos == "VERB" else tree.tokens[cue_token].head
    asked = _needed_to_act(tree, verb) if verb == cue_token else None
    if asked is not None:
        return asked  # "we need the Lords to set up a committee": the Lords are asked
    if _open_question(tree, verb) or (verb == cue_token and not _takes_infinitive(tree, verb)):
        return None  # "whether it should", "changes were needed", "as needed"
    subject = subject_of(tree, verb)[0]
    if subject is None:  # "there should be an inquiry"
        subject = _expletive(tree, verb)
    return subject


def _expletive(tree: Tree, verb: int) -> int | None:
    """A verb's "there", which the parse may hang on its "does": "there does need to be"."""
    auxiliaries = [c for c in tree.children[verb] if tree.tokens[c].dep == "aux"]
    return next(
        (
            c
            for head in (verb, *auxiliaries)
            for c in tree.children[head]
            if tree.tokens[c].dep == "expl"
        ),
        None,
    )


def _needed_to_act(tree: Tree, verb: int) -> int | None:
    """Whom "need X to act" asks to act: X, the subject its "to" infinitive has after the verb."""
    for clause in tree.children[verb]:
        if clause < verb or tree.tokens[clause].dep not in ("ccomp", "xcomp"):
            continue
        children = tree.children[clause]
        if any(tree.tokens[c].tag == "TO" for c in children):
            subject = next((c for c in children if tree.tokens[c].dep == "nsubj"), None)
            if subject is not None and verb < subject < clause:
                return subject
    return None


def speakers_own(tree: Tree, index: ActorIndex, verb: int, quote: Quote) -> bool:
    """Whether the subject of a verb of wanting is the speaker ("they want", "Labour wants").

    Told in the speaker's own words, a quote says "I" or "we" of its
    speaker: "they want" and "he wants" there are others' wishes ("people
    can watch it any time they want"). Reported ("the Tories said they
    wanted"), any of the pronouns may be the speaker.
    """
    subject = subject_of(tree, verb)[0]
    if subject is None:
        return False
    own_words = SELF_WORDS if quote.kind == "direct" else SPEAKERS
    if tree.tokens[subject].text.lower() in own_words:
        return True
    return quote.speaker in index.actors_at(tree, subject)


def own_intent(tree: Tree, verb: int) -> bool:
    """Whether "want" is the wanter's own plan ("we want to tackle the issue early").

    A plan to act oneself asks nothing of anyone; "we want to see the
    report published" still asks for it.
    """
    return any(
        tree.tokens[c].dep == "xcomp"
        and tree.tokens[c].lemma.lower() not in _SEEING
        and subject_of(tree, c)[0] in (None, subject_of(tree, verb)[0])
        for c in tree.children[verb]
    )


def wished_state(tree: Tree, verb: int) -> bool:
    """Whether "want X to ..." wishes a state or an outcome, asking no act of X.

    "I want every pupil to know they can call me", "we want the town to be
    the first choice of visitors", "I want the pubs to thrive": knowing,
    feeling, being and how things turn out are no deeds; "we want ministers
    to publish the report" asks one. The events stage asks the same of a
    "want" the writer tells ("the charity wants Germany to cancel the debt").
    """
    outcomes = lexicons.word_set("outcome_verbs.txt")
    wanter = subject_of(tree, verb)[0]
    for clause in tree.children[verb]:
        if tree.tokens[clause].dep not in ("ccomp", "xcomp"):
            continue
        subject = subject_of(tree, clause)[0]
        if subject is None or subject == wanter:
            continue
        lemma = tree.tokens[clause].lemma.lower()
        if lemma in KNOWING or lemma in outcomes or lemma == "be":
            return True
    return False


def wanted_to_act(tree: Tree, verb: int) -> int | None:
    """Whom "want X to act" asks to act: X, the subject of the wanted clause."""
    for child in tree.children[verb]:
        if tree.tokens[child].dep == "ccomp" or tree.tokens[child].dep == "xcomp":
            subject = subject_of(tree, child)[0]
            if subject is not None and subject != subject_of(tree, verb)[0]:
                return subject
    return None


def judged(
    tree: Tree, index: ActorIndex, cue_token: int, *, blames: bool = False
) -> tuple[int | None, str]:
    """Whom an adjective or noun of judgement is about: "of" whom, or its clause's subject.

    "the failure of the government" judges the government, but "the plans
    are an abuse of human rights" judges the plans: an "of" that names no
    actor is what was wronged.
    """
    named = _judged_by_its_phrase(tree, index, cue_token)
    if named is not None:
        return named
    of = _of_object(tree, cue_token)
    if of is not None and index.actors_at(tree, of):
        return of, "recipient: whom the judgement is of ('the failure of X')"
    if _names_an_affair(tree, index, cue_token):
        return None, ""
    said_of = _said_of(tree, cue_token, blames=blames)
    if of is not None and (said_of is None or not judges_a_thing(tree, said_of)):
        return of, "recipient: whom the judgement is of ('the failure of X')"
    return said_of, "recipient: the subject of the judged clause"


def _said_of(tree: Tree, cue_token: int, *, blames: bool = False) -> int | None:
    """The phrase a judgement word is said of: its clause's subject, as a rule.

    Up through the words that link a judgement to its clause ("was wrong",
    "is a failure", "has presided over a shambles"). A judgement inside a
    phrase that hangs on the verb's object is said of nothing the clause
    names: in "voters face a choice between more waste and lower taxes" the
    voters are not judged, nor are they when the parse hangs the choice's
    phrase on another phrase ("at the election between more waste"). For
    "it" ("It was pathetic that Britain ..."), the clause the "it" stands for.
    """
    if _an_ill_to_remedy(tree, cue_token):
        return None
    if tree.tokens[cue_token].pos == "ADV":
        # "the bill was poorly drafted" judges the bill; "badly handled by the
        # council", the council.
        verb = tree.tokens[cue_token].head
        agent = agent_of(tree, verb)
        return agent if agent is not None else subject_of(tree, verb)[0]
    node = cue_token
    through_a_preposition = False
    for _ in range(4):
        if tree.tokens[node].dep not in _LINKS or tree.tokens[node].head == node:
            break
        if tree.tokens[node].dep == "dobj" and through_a_preposition:
            return None
        if tree.tokens[node].dep == "pobj" and through_a_preposition:
            # "faced a choice at the election between more waste and more
            # tax": a phrase inside a phrase names what the clause is about,
            # not what its subject is.
            return None
        through_a_preposition = through_a_preposition or tree.tokens[node].dep == "pobj"
        node = tree.tokens[node].head
    subject = subject_of(tree, node)[0]
    if subject is not None and tree.tokens[subject].text.lower() == "it":
        # The parse hangs the "that" clause an "it" stands for on the copula
        # or on the judgement: "it is disappointing [that you have ...]".
        clause = next(
            (
                c
                for h in (node, cue_token)
                for c in tree.children[h]
                if tree.tokens[c].dep == "ccomp"
            ),
            None,
        )
        if clause is None:
            return _thing_done(tree, node, blames=blames)
        subject = subject_of(tree, clause)[0]
    return subject


def _an_ill_to_remedy(tree: Tree, cue_token: int) -> bool:
    """Whether a judgement noun is the ill a verb sets out to remove: "by tackling waste".

    Who tackles waste or fights corruption is not charged with it.
    """
    word = tree.tokens[cue_token]
    remedies = lexicons.word_set("remedying_verbs.txt")
    return word.dep == "dobj" and tree.tokens[word.head].lemma.lower() in remedies


def _thing_done(tree: Tree, copula: int, *, blames: bool) -> int | None:
    """What the act an "it" stands for was done to: "it was disgusting to propose a system".

    The act judged is the infinitive after the copula; its doer unnamed, the
    judgement is of the thing it was done to, whose owner may be known. "It
    would be wrong to cut taxes" advises, and "it is wrong to deny people
    the hours" argues: only a past copula blames for a thing done ("it's
    right to act" backs all the same, and "it's not racist to act" rebuts).
    """
    if (blames and tree.tokens[copula].tag != "VBD") or any(
        tree.tokens[c].text.lower() in DOUBTS for c in tree.children[copula]
    ):
        return None
    act = next((a for a in tree.children[copula] if _judged_infinitive(tree, a)), None)
    if act is None:
        return None
    doer = _for_whom(tree, copula)
    if doer is not None:
        return doer  # "it was unacceptable for the minister to hold both posts": the minister
    thing = object_of(tree, act)
    return thing if thing is not None and tree.tokens[thing].pos == "NOUN" else None


def _judged_infinitive(tree: Tree, word: int) -> bool:
    """Whether a word on a copula is the "to" infinitive an "it" stands for."""
    return tree.tokens[word].dep in ("xcomp", "advcl") and any(
        tree.tokens[c].tag == "TO" for c in tree.children[word]
    )


def _for_whom(tree: Tree, copula: int) -> int | None:
    """Who does the act an "it" stands for, named with "for": "it is wrong for X to ...".

    The parse hangs the "for" on the copula or on the word of judgement after it.
    """
    holders = [copula] + [
        c for c in tree.children[copula] if tree.tokens[c].dep in ("acomp", "attr")
    ]
    return next(
        (doer for h in holders for doer in prepositional_objects(tree, h, frozenset({"for"}))),
        None,
    )


def _names_an_affair(tree: Tree, index: ActorIndex, cue_token: int) -> bool:
    """Whether a noun of judgement names cases or an affair rather than judging its clause.

    "less than for other disasters", "consoles had experienced component
    failures": cases counted; "following the pensions scandal", "after the
    failure of the first sale": an affair that dates the clause. Neither says
    the clause's subject is a disaster or a failure, as "the sale was a
    failure" does. An actor named on the noun still owns it: "government
    failures".
    """
    word = tree.tokens[cue_token]
    if word.pos != "NOUN" or word.dep in _PREDICATES:
        return False
    if any(
        tree.tokens[c].dep in ("poss", "compound") and index.actors_at(tree, c)
        for c in tree.children[cue_token]
    ):
        return False  # "government failures" are the government's
    head = tree.tokens[word.head]
    dated = word.dep == "pobj" and head.text.lower() in _DATING
    # "a shambles" is one, and a cue as it stands; "disasters" counts many,
    # but "has made mistakes" tells what its subject did, as "a mistake" does.
    counted = (
        word.tag == "NNS"
        and (word.text.lower(), word.pos) not in load()
        and not _made_by_an_actor(tree, index, cue_token)
        and burden_raised(tree, cue_token) is None  # "higher taxes" are one harm, not cases
    )
    return dated or counted


def _made_by_an_actor(tree: Tree, index: ActorIndex, noun: int) -> bool:
    """Whether a noun is what an actor made or committed: "the agency made serious mistakes".

    Made by a thing ("the software made errors"), it judges no one.
    """
    word = tree.tokens[noun]
    if word.dep != "dobj" or tree.tokens[word.head].lemma.lower() not in MAKING:
        return False
    maker = subject_of(tree, word.head)[0]
    return maker is not None and (
        bool(index.actors_at(tree, maker)) or tree.tokens[maker].pos == "PRON"
    )


MAKING = frozenset({"make", "commit"})


_PREDICATES = frozenset({"attr", "oprd", "appos", "acomp"})
# Prepositions by which an affair dates what the clause tells: "following the scandal".
_DATING = frozenset({"following", "after", "before", "since", "during", "amid", "despite"})


def _judged_by_its_phrase(
    tree: Tree, index: ActorIndex, cue_token: int
) -> tuple[int | None, str] | None:
    """Whom a judgement's own phrase names, or None to look in its clause.

    The owner of the thing judged ("Labour's authoritarian response",
    "Labour's arrogance"), the one a predicate noun tells of ("the plan was a
    reckless gamble"), or the thing called so ("dubbed the proposals an
    abuse"), or who made it ("a cynical ploy by the council"). "A hard right
    agenda" judges no one: (None, "").
    """
    maker = _maker_named(tree, index, cue_token)
    if maker is not None:
        return maker
    if tree.tokens[cue_token].dep == "amod":
        return _judged_through_its_noun(tree, index, cue_token)
    owner = _named_owner(tree, index, cue_token)
    if owner is not None:
        return owner, "recipient: whose the failing judged is"
    body = _body_named_on_a_failing(tree, index, cue_token)
    if body is not None:
        return body, "recipient: the body named on the failing judged ('government failures')"
    if tree.tokens[cue_token].dep in ("oprd", "appos"):
        # "dubbed the proposals an abuse of power": what the verb's object is
        # called (the parse may read the name as the object's apposition).
        head = tree.tokens[cue_token].head
        called = object_of(tree, head) if tree.tokens[cue_token].dep == "oprd" else head
        return called, "recipient: the thing called so"
    return None


def _maker_named(tree: Tree, index: ActorIndex, cue_token: int) -> tuple[int, str] | None:
    """Who did what is judged, by the judgement's own "by" or "of", and how found."""
    maker = made_by(tree, index, cue_token)
    if maker is not None:
        return maker, "recipient: who made the thing judged ('a ploy by X')"
    ruler = _ruled_by(tree, index, cue_token)
    if ruler is not None:
        return ruler, RULED
    doer = _doer_judged(tree, index, cue_token)
    if doer is not None:
        return doer, "recipient: whom the judgement is 'of' ('it was wrong of X to ...')"
    return None


def _doer_judged(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """The actor an adjective of judgement is "of": "it was wrong of ministers to cut police".

    After a word of judgement, "of" names the one who acted so, as "kind of
    you" does.
    """
    if tree.tokens[cue_token].pos != "ADJ":
        return None
    doers = prepositional_objects(tree, cue_token, frozenset({"of"}))
    return next((doer for doer in doers if index.actors_at(tree, doer)), None)


def made_by(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """The actor a "by" phrase names as the maker of the thing judged: "an attempt by Labour".

    The thing is the cue noun itself, or the noun the cue adjective qualifies
    ("a desperate attempt by Labour to win votes").
    """
    noun = thing_judged(tree, cue_token)
    if tree.tokens[noun].pos != "NOUN":
        return None
    makers = prepositional_objects(tree, noun, frozenset({"by"})) + _agents_of_its_clauses(
        tree, noun
    )
    return next((maker for maker in makers if index.actors_at(tree, maker)), None)


def thing_judged(tree: Tree, cue_token: int) -> int:
    """The noun a judgement word is of: itself, the noun it qualifies, or that noun misparsed.

    The parse may take a quoted adjective for the head of its phrase and
    hang the noun on it as an apposition ("the "reckless, US-style tax
    spree"", "reckless" the object and "spree" beside it); the noun is
    still the thing judged.
    """
    word = tree.tokens[cue_token]
    if word.dep == "amod":
        return word.head
    if word.pos == "ADJ":
        return next(
            (c for c in tree.children[cue_token] if tree.tokens[c].dep == "appos"), cue_token
        )
    return cue_token


def _agents_of_its_clauses(tree: Tree, noun: int) -> list[int]:
    """Who a participle on a noun says did it: "a gamble planned by X", "complacency shown by X"."""
    agents = (
        agent_of(tree, clause)
        for clause in tree.children[noun]
        if tree.tokens[clause].dep == "acl" and tree.tokens[clause].tag == "VBN"
    )
    return [agent for agent in agents if agent is not None]


RULED = "recipient: under whose rule the thing judged is ('waste under X')"


def _ruled_by(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """The side a noun of judgement is told "under": "more waste under Labour".

    What happens under a party or a government is laid at its door. The
    side is the name right after "under", which the parse may hang on a
    later noun ("under Labour and Tory thrift").
    """
    if tree.tokens[cue_token].pos != "NOUN":
        return None
    for prep in tree.children[cue_token]:
        if tree.tokens[prep].dep == "prep" and tree.tokens[prep].text.lower() == "under":
            side = prep + 1
            if side < len(tree.tokens) and tree.tokens[side].tag == "DT":
                side += 1  # "under the Tories"
            if side < len(tree.tokens) and side in index.by_token:
                return side
    return None


def _named_owner(tree: Tree, index: ActorIndex, noun: int) -> int | None:
    """The possessor of a noun of judgement, when a name says who ("Labour's arrogance").

    A possessive pronoun ("his failure to deliver") is left to the clause,
    whose subject says more surely whom the speaker means.
    """
    if tree.tokens[noun].pos != "NOUN":
        return None
    owner = next((c for c in tree.children[noun] if tree.tokens[c].dep == "poss"), None)
    if owner is None or tree.tokens[owner].tag == "PRP$":
        return None
    return owner if index.actors_at(tree, owner) else None


def _body_named_on_a_failing(tree: Tree, index: ActorIndex, noun: int) -> int | None:
    """The body a noun of judgement names before it: "government failures", "Treasury blunders".

    The failings are that body's, as "the government's failures" would be,
    whoever the clause around them is about: in "councils are not ready
    because of government failures" the councils suffer them. A country
    counts only as "government" or "state", a common noun for its rulers:
    "Iraq failures" may be anyone's failures there.
    """
    if tree.tokens[noun].pos != "NOUN":
        return None
    for child in tree.children[noun]:
        if tree.tokens[child].dep != "compound":
            continue
        kinds = {index.kinds.get(actor) for actor in index.actors_at(tree, child)}
        if kinds and "person" not in kinds and not _country_by_name(tree, child, kinds):
            return child
    return None


def _country_by_name(tree: Tree, word: int, kinds: set[str | None]) -> bool:
    """Whether a word names a country by its proper name ("Iraq"), not as its rulers."""
    return "country" in kinds and tree.tokens[word].pos != "NOUN"


def _judged_through_its_noun(
    tree: Tree, index: ActorIndex, cue_token: int
) -> tuple[int | None, str]:
    """Whom a word judges through the noun it qualifies.

    Its owner, a body named on it, or whom the noun tells of.
    """
    noun = tree.tokens[cue_token].head
    if _owned(tree, noun):
        return noun, "recipient: whose the thing judged is"
    party = _body_named_on(tree, index, noun, besides=cue_token)
    if party is not None:
        return party, "recipient: the body named on the thing judged ('a failed Tory past')"
    conduct = _conduct_of(tree, index, noun)
    if conduct is not None:
        return conduct, "recipient: who made, took or sent the thing judged ('the wrong choice')"
    actor = _who_acted_so(tree, noun)
    if actor is not None:
        return actor, "recipient: who acted in the manner judged ('acted in a shameful way')"
    return _bearer_of_predicate(tree, noun)


def _who_acted_so(tree: Tree, noun: int) -> int | None:
    """The subject of a verb done "in" the manner judged: "he behaved in a manner unbecoming".

    "Acted in a shameful way", "handled the sale in a reckless manner": the
    manner is the doer's, so its judgement is of the doer, as "acted
    shamefully" is. "In any unreasonable way" and "in no reckless way" judge
    no one: "any" and "no" put the manner under a denial or a doubt ("it does
    not look like it is slowing in any unreasonable way").
    """
    preposition = tree.tokens[noun].head
    verb = tree.tokens[preposition].head
    if (
        tree.tokens[noun].lemma.lower() not in _MANNERS
        or any(
            tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in ("any", "no")
            for c in tree.children[noun]
        )
        or tree.tokens[noun].dep != "pobj"
        or tree.tokens[preposition].text.lower() != "in"
        or tree.tokens[verb].pos != "VERB"
    ):
        return None
    subject, passive = subject_of(tree, verb)
    return agent_of(tree, verb) if passive else subject


_MANNERS = frozenset({"manner", "way", "fashion"})


def _conduct_of(tree: Tree, index: ActorIndex, noun: int) -> int | None:
    """Whose conduct a judged object is: the subject of "made the wrong choice".

    A choice made, a gamble taken or a message sent is the subject's own
    doing, so its judgement is theirs; a thing as subject ("the cut sends the
    wrong message") is judged, and with it whoever did it. Not a relative
    clause's unnamed people: "fans who have made shameful gestures" names no
    one the judgement could charge.
    """
    verb = tree.tokens[noun].head
    conduct = lexicons.word_set("conduct_verbs.txt")
    if tree.tokens[noun].dep != "dobj" or tree.tokens[verb].lemma.lower() not in conduct:
        return None
    subject = subject_of(tree, verb)[0]
    if subject is None or index.actors_at(tree, subject):
        return subject
    a_thing = tree.tokens[subject].pos in ("NOUN", "PROPN")
    return subject if a_thing and tree.tokens[verb].dep != "relcl" else None


def _body_named_on(tree: Tree, index: ActorIndex, noun: int, *, besides: int) -> int | None:
    """A party or body named before a thing judged: "Tory" in "a failed Tory past".

    Not a country: "a failed Iraq policy" is no policy of Iraq's. Nor a word
    of the noun's own name: in "failed asylum seekers" the word describes
    the people it names, and judges no one.
    """
    own = index.by_token.get(noun)
    for child in tree.children[noun]:
        if child == besides or tree.tokens[child].dep not in ("compound", "amod"):
            continue
        named = index.actors_at(tree, child)
        if (
            named
            and own not in named
            and all(index.kinds.get(actor) not in ("country", "person") for actor in named)
        ):
            return child
    return None


def _owned(tree: Tree, noun: int) -> bool:
    return any(tree.tokens[c].dep == "poss" for c in tree.children[noun])


def _bearer_of_predicate(tree: Tree, noun: int) -> tuple[int | None, str]:
    """Whom an adjective judges through the noun it qualifies, when that noun says what X is or did.

    "the plan was a reckless gamble" judges the plan; "the council has done
    a superb job" the council. "A hard right agenda" alone judges no one.
    """
    shown = _shown_through(tree, noun)
    noun = _hedged(tree, shown)
    verb = tree.tokens[noun].head
    lemma = tree.tokens[verb].lemma.lower()
    # "little more than" stands where an adjective would: "the plan is more than ...".
    places = _HEDGE_PLACES if noun != shown else frozenset({"attr"})
    predicate = (tree.tokens[noun].dep in places and lemma == "be") or (
        tree.tokens[noun].dep == "dobj" and lemma == "do"
    )
    if not predicate:
        return None, ""
    return subject_of(tree, verb)[0], "recipient: the subject the judged predicate noun tells of"


def _shown_through(tree: Tree, noun: int) -> int:
    """The noun of showing a judged noun is "of": "sign" in "a sign of sinister tactics".

    "The adverts were a sign of abusive politics", "part of a trend of
    smearing": what the subject is a sign or part of, it is said to be.
    """
    prep = tree.tokens[noun].head
    if tree.tokens[noun].dep != "pobj" or tree.tokens[prep].text.lower() != "of":
        return noun
    if prepositional_objects(tree, noun, frozenset({"of"})):
        return noun  # "a sign of the disastrous record of X": the record is X's, not the subject's
    above = tree.tokens[prep].head
    return above if tree.tokens[above].lemma.lower() in _SHOWING else noun


def _hedged(tree: Tree, noun: int) -> int:
    """The word in the predicate's place when a noun is said of the subject through a hedge."""
    hedge = hedge_of(tree, noun)
    return noun if hedge is None else hedge


def hedge_of(tree: Tree, noun: int) -> int | None:
    """The hedge by which a noun is said of a subject: "more" in "little more than a ploy".

    "The plan is little more than a desperate ploy", "the adverts were
    nothing short of a smear", "no more than a cynical stunt": the hedge
    says the subject is the noun, as "the plan is a desperate ploy" does;
    its "no" denies nothing. Without "little", "no" or "nothing" ("more
    than a gamble") the subject is something besides, and there is none.
    """
    preposition = tree.tokens[noun].head
    hedge = tree.tokens[preposition].head
    if (
        tree.tokens[noun].dep != "pobj"
        or (tree.tokens[hedge].lemma.lower(), tree.tokens[preposition].text.lower()) not in _HEDGES
    ):
        return None
    if tree.tokens[hedge].dep == "amod":
        hedge = tree.tokens[hedge].head  # "nothing short of", "nothing more than"
    scarcely = {tree.tokens[c].text.lower() for c in tree.children[hedge]} | {
        tree.tokens[hedge].text.lower()
    }
    return hedge if scarcely & _SCARCELY else None


_HEDGES = frozenset({("more", "than"), ("less", "than"), ("short", "of")})
_SCARCELY = frozenset({"little", "no", "nothing"})
# Where the hedge standing for a noun says what the subject is: "nothing short of", "little more".
_HEDGE_PLACES = frozenset({"attr", "acomp"})


# Nouns by which a thing is said to show or belong to what their "of" names. Not "evidence":
# "there is evidence of illegal hunting" says the thing exists, not what the subject is.
_SHOWING = frozenset({"sign", "example", "symptom", "hallmark", "part"})


def praised_bearer(tree: Tree, index: ActorIndex, cue_token: int) -> tuple[int | None, str]:
    """Whom a plain word of worth praises: only the subject of "is a great chancellor".

    "Good", "great" or "huge" praise an actor only when they qualify what
    the actor itself is or did ("X is a great chancellor", "X did a good
    job"); "a good deal", "huge debts", "good for business" and "X's
    resignation was a good chance" praise no one.
    """
    if tree.tokens[cue_token].dep == "acomp":
        return _person_judged(tree, index, cue_token)
    if tree.tokens[cue_token].dep != "amod":
        return None, ""
    subject, how = _bearer_of_predicate(tree, tree.tokens[cue_token].head)
    if subject is None or not (subject in index.by_token or tree.tokens[subject].pos == "PRON"):
        return None, ""
    return subject, how


def _person_judged(tree: Tree, index: ActorIndex, cue_token: int) -> tuple[int | None, str]:
    """The person a word of worth is said of by "be": "Mr Brown was brilliant".

    Said of a named person, the word judges the person ("Mr Brown was
    brilliant", "Ms Hale was terrific"); said of a thing it judges nothing
    the actor did ("the deal is good", "it was huge"), and "he is fine"
    tells how a person is, not how well they did.
    """
    verb = tree.tokens[cue_token].head
    if tree.tokens[verb].lemma.lower() != "be" or tree.tokens[cue_token].lemma in _STATES:
        return None, ""
    subject = subject_of(tree, verb)[0]
    if subject is None:
        return None, ""
    # A pronoun is left out: in "asked about the leader, the fans said he was superb"
    # "he" often resolves to the last speaker rather than to the one asked about.
    named = tree.tokens[subject].pos == "PROPN"
    if not (named and index.kinds.get(index.by_token.get(subject, "")) == "person"):
        return None, ""
    return subject, "recipient: the person the word of worth is said of"


# A word of worth that, said of a person, tells their state and not their merit.
_STATES = frozenset({"fine"})


def _of_object(tree: Tree, noun: int) -> int | None:
    if tree.tokens[noun].pos != "NOUN":
        return None
    return object_after(tree, noun, "of")


def _open_question(tree: Tree, verb: int) -> bool:
    return any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in ("whether", "if")
        for c in tree.children[verb]
    )


def _takes_infinitive(tree: Tree, verb: int) -> bool:
    return any(
        tree.tokens[c].dep == "xcomp"
        and any(tree.tokens[g].text.lower() == "to" for g in tree.children[c])
        for c in tree.children[verb]
    )


def asks_of_no_one(tree: Tree, cue: StatementCue, about: int | None) -> bool:
    """A demand whose subject is no actor and not the speaker's own "I" or "we"."""
    if cue.role != "modal" or about is None or _forecast(tree, about):
        return False
    word = tree.tokens[about]
    return word.dep == "expl" or (word.text.lower() not in SELF and word.pos != "PRON")


def _forecast(tree: Tree, subject: int) -> bool:
    """A modal that foretells how things turn out: "sales should rise", "it must lead to".

    Or how well they will do: "the changes should be sufficient", "there
    should be adequate supplies"; or that a trend goes on: "incomes should
    continue to grow".
    """
    verb = tree.tokens[subject].head
    outcomes = lexicons.word_set("outcome_verbs.txt")
    if tree.tokens[verb].lemma.lower() == "be":
        described = [c for c in tree.children[verb] if tree.tokens[c].dep == "attr"]
        return any(
            (tree.tokens[c].dep == "acomp" and tree.tokens[c].lemma.lower() in outcomes)
            or (c in described and _described_as(tree, c, outcomes))
            for c in tree.children[verb]
        )
    if tree.tokens[verb].lemma.lower() in _GOING_ON:
        return any(
            tree.tokens[c].dep == "xcomp" and tree.tokens[c].lemma.lower() in outcomes
            for c in tree.children[verb]
        )
    return tree.tokens[verb].lemma.lower() in outcomes


# Verbs by which a trend goes on: "should continue to grow", "must keep rising".
_GOING_ON = frozenset({"continue", "keep", "carry"})


def _described_as(tree: Tree, noun: int, outcomes: frozenset[str]) -> bool:
    """Whether a noun is described by a word of how well things will do: "adequate supplies"."""
    return any(
        tree.tokens[c].dep == "amod" and tree.tokens[c].lemma.lower() in outcomes
        for c in tree.children[noun]
    )


def in_a_question(tree: Tree, token: int) -> bool:
    """Whether the cue's sentence is a question ("How can it be right that ...?").

    It opens with a question word or an auxiliary and closes with "?"; "they
    failed to answer the question - which taxes will rise?" is no question.
    """
    first, last = tree.sentence_span(tree.sentence_of[token])
    words = [tree.tokens[i] for i in range(first, last) if tree.tokens[i].pos != "PUNCT"]
    closes = any(tree.tokens[i].text == "?" for i in range(last - 3, last) if i >= first)
    return bool(words) and closes and words[0].text.lower() in _QUESTION_OPENERS


def judges_a_thing(tree: Tree, about: int) -> bool:
    """Whether what a judgement is said of is a thing (a noun, a named document), not an actor."""
    word = tree.tokens[about]
    return word.dep != "expl" and a_common_noun(tree, about)


def named_in_a_dismissal(tree: Tree, cue_token: int) -> bool:
    """Whether the judgement is what a denial calls the thing denied.

    "dismissed them as a load of nonsense", "rejected the report as absurd":
    the speaker rejects the claims, and the verb's REJECT says so.
    """
    node = cue_token
    for _ in range(4):
        head = tree.tokens[node].head
        if head == node:
            return False
        if tree.tokens[node].dep == "prep" and tree.tokens[node].text.lower() == "as":
            return _is_a_denial(tree.tokens[head].lemma.lower())
        node = head
    return False


def reported_as_denied(tree: Tree, cue_token: int) -> bool:
    """Whether the cue stands in what a denial says did not happen.

    "denied that civilians had been harmed", "rejected claims that the
    ministers had lied": the speaker says the wrong was not done; the
    denial's own REJECT tells that.
    """
    for child, parent in tree.ancestors(cue_token, _DENIAL_REACH):
        if tree.tokens[child].dep in ("ccomp", "acl") and _is_a_denial(
            tree.tokens[parent].lemma.lower()
        ):
            return True
    return False


_DENIAL_REACH = 4
"""How many words up a cue may stand from the verb of denial whose clause holds it."""


def _is_a_denial(lemma: str) -> bool:
    verbs = quote_cues.load().verbs.get(lemma, ())
    return any(verb.meaning == "negative" for verb in verbs)


def denied(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a cue is negated, other than by a warning not to let someone do the wrong."""
    return negated(tree, cue_token) and not _warned_off(tree, cue, cue_token)


def _warned_off(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a wrong is told in a plea not to let its doer do it: "don't let them wreck it".

    The "not" is the plea's, on "let" or "allow", and the doer the wrong's
    own subject: the speaker says the doer would do the wrong, which blames
    it as "the Tories would wreck it" does. "We did not let them down" and
    "they were not allowed to" tell what was or was not done, no plea.
    """
    if cue.role != "doer" or tree.tokens[cue_token].dep not in ("ccomp", "xcomp"):
        return False
    plea = tree.tokens[cue_token].head
    told = [plea, *(c for c in tree.children[plea] if tree.tokens[c].dep == "aux")]
    return (
        tree.tokens[plea].lemma.lower() in _LETTING
        and any(tree.tokens[c].dep == "nsubj" for c in tree.children[cue_token])
        and any(tree.tokens[c].dep == "neg" for c in tree.children[plea])
        # "we did not let them damage it" tells what was not done, no plea
        and not any(tree.tokens[t].tag in ("VBD", "VBN") for t in told)
    )


_LETTING = frozenset({"let", "allow"})


def _a_hedge(tree: Tree, word: int) -> bool:
    """Whether a word is "more" or "less" with its "than": "no more than a stunt" denies nothing."""
    return tree.tokens[word].lemma.lower() in ("more", "less") and any(
        tree.tokens[c].text.lower() == "than" for c in tree.children[word]
    )


def _after_nor(tree: Tree, word: int) -> bool:
    """Whether a word heads a conjunct that "nor" denies: "was no racist nor had acted so"."""
    head = tree.tokens[word].head
    return tree.tokens[word].dep == "conj" and any(
        tree.tokens[c].dep == "cc" and tree.tokens[c].text.lower() == "nor"
        for c in tree.children[head]
    )


def negated(tree: Tree, token: int) -> bool:
    """Whether the cue or a word above it is negated ("was not wrong", "no evidence that ...")."""
    node = token
    for _ in range(4):
        if (
            not _a_hedge(tree, node)
            and any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[node])
        ) or _after_nor(tree, node):
            return True
        if tree.tokens[node].head == node:
            break
        node = tree.tokens[node].head
    return False


# The verbs by which a fault is placed on someone: "the problem is with X", "the fault lies with X".
_PLACING = frozenset({"be", "lie", "rest"})


def fault_placed(tree: Tree, cue_token: int) -> int | None:
    """Whom a noun naming a fault is said to lie with: "the problem is with Royal Mail".

    The noun must be its clause's subject, and the one it lies with named
    after "with" ("the blame lies with the council") or, with "be", as what
    the fault is ("the problem is the minister himself"). "The problem with
    the plan" or "the problem is that we lack staff" place it on no one.
    """
    word = tree.tokens[cue_token]
    verb = word.head
    if word.dep != "nsubj" or tree.tokens[verb].lemma.lower() not in _PLACING:
        return None
    with_whom = prepositional_objects(tree, verb, frozenset({"with"}))
    if with_whom:
        return with_whom[0]
    if tree.tokens[verb].lemma.lower() != "be":
        return None
    return next((c for c in tree.children[verb] if tree.tokens[c].dep == "attr"), None)
