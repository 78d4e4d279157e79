"""Sides of an event noun: whose deed it is and whom it is done to.

Possessors, demonyms and the verbs a noun is the object of name its doer;
its prepositions, gifts and harms name its recipients.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex, stance_taken
from dateline.stages._clause_roles import (
    DESCRIBERS,
    agent_of,
    object_of,
    prepositional_objects,
    subject_of,
)
from dateline.stages._offences import offence_doer
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events.bids import bidden_to_act, bids
from dateline.stages.events.cues import Cue, load
from dateline.stages.events.modality import is_hypothetical, is_infinitive, is_negated
from dateline.stages.events.pacts import sides_named_by_of
from dateline.stages.events.persisting import defier_of
from dateline.stages.events.steps import FOUGHT_BETWEEN, INFERRED, SIDES_OF
from dateline.stages.events.talks_told_again import with_holders_told_before
from dateline.stages.events.targets import said_to_be_its_target
from dateline.stages.events.triggers import (
    DOING_VERBS,
    INQUIRING,
    RECIPROCAL_TYPES,
    SPOKEN_TYPES,
    Trigger,
    cue_lemma,
    doing_clauses,
    verb_trigger,
    with_its_verb,
)
from dateline.stages.events.verb_sides import (
    PROPOSITIONS,
    Found,
    acclaimed,
    behind,
    content_subjects,
    done_to_another,
    inquired_into,
    purpose_recipients,
    verb_arguments,
)
from dateline.stages.events.visits import COMING

_SUBJECT_OF_ITS_VERB = "actor: the subject of the verb whose object the noun is"


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
    if not any(
        len(c.words) == 1 and (done_to_another(c) or acclaimed(c, tree, noun)) for c in cues
    ):
        return None
    doers = _active_doers(tree, index, verb)
    if not doers:
        return None
    owner = index.possessor_besides(tree, pronoun, doers)
    return index.actors_at(tree, owner) if owner is not None else ()


"""Actors, the heads of the phrases that may name recipients (with why), and the steps."""


def noun_arguments(tree: Tree, trigger: Trigger, index: ActorIndex, *, hypothetical: bool) -> Found:
    """The sides of an event told by a noun: its owner or demonym, its doer, whom it is done to."""
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
        steps.append(f"{INFERRED}actor: whom the possessive pronoun most likely means")
    if not actors:
        doer = _noun_doer(tree, i, cue)
        actors = index.actors_at(tree, doer) if doer is not None else ()
        steps += ["actor: who the noun's own clause, 'by' or 'from' says did it"] * bool(actors)
    heads = [
        (owner, "recipient: the possessor, who undergoes it")
        for owner in _owners_meant(tree, index, i, owners)
    ]
    preps = cue.recipient_preps
    if not actors and _names_both_sides(cue):
        # "Talks were held between Sweden and Turkey", "a merger between two
        # banks", "clashes between troops and rebels": both sides, reciprocal;
        # but a mediator stands between them.
        # Before the verb's subject: "regulators approved a merger between
        # A and B" is A's and B's merger, not the regulators'.
        actors, named = _both_sides(tree, index, i, cue)
        steps += named
        # One side of two ("meetings between himself and the prime
        # minister") is no counterpart.
        preps = preps - {"between"}
    own_recipients = [
        (head, "recipient: the object of the noun's preposition")
        for word in (i, *doing_clauses(tree, i))
        for head in prepositional_objects(tree, word, preps)
    ]
    if cue.type == "COERCE":
        own_recipients += _stopped_by_its_clause(tree, i)
    own_recipients += _given_to(tree, i)
    own_recipients += bidden_to_act(tree, i, cue)
    own_recipients += _sides_of_the_purchase(tree, index, i) if cue.mode == "deal" else []
    own_recipients += said_to_be_its_target(tree, i, cue)
    own_recipients += _asked_for_from(tree, i, cue) if actors else []
    own_recipients += _aimed_at_by_its_purpose(tree, index, trigger, actors, own_recipients)
    # "refused to rule out sanctions": kept open, a harm is held over another now.
    kept_open = tree.tokens[i].dep == "dobj" and ruled_out(tree, tree.tokens[i].head)
    side = None if hypothetical and not kept_open else _side_of_its_verb(tree, i, cue)
    if side is not None and side[0] == "recipient":
        heads += [] if _names_someone(tree, index, own_recipients) else [(side[1], side[2])]
    elif side is not None and not actors:
        actors = index.actors_at(tree, side[1])
        steps += [side[2]] * bool(actors)
    actors, steps = with_holders_told_before(
        tree, index, i, (actors, steps), [head for head, _ in own_recipients]
    )
    heads += own_recipients
    heads += _behind_what_it_is_of(tree, index, [h for h, _ in heads])
    heads += _stood_against(tree, i) if cue.type in _AGAINST_SOMEONE else []
    # "a complaint about how Labour uses its call centres"
    heads += inquired_into(tree, i, preps) if cue.type == "ACCUSE" else []
    if cue.type == "ACCUSE":
        # "Labour allegations that he misled MPs": the one the charge says did wrong.
        heads += [
            (subject, f"{INFERRED}recipient: the subject of what the charge says")
            for subject in content_subjects(tree, i, frozenset({"acl"}))
        ]
    if heads and cue.type == "ASSAULT" and not any(index.actors_at(tree, h) for h, _ in heads):
        # "a drone strike on a market killed 20 civilians": the place struck
        # is no one; those its verb of harm names are whom it was done to.
        heads += _harmed_recipients(tree, i)
    # "Fighting between the army and the rebels killed 12 people": the dead
    # are the fight's toll, not a side it was fought against.
    fought_out = cue.type == "ASSAULT" and FOUGHT_BETWEEN in steps
    found = heads or (
        []
        if fought_out
        else _recipients_named_elsewhere(tree, trigger, index, preps, by_someone=bool(actors))
    )
    return _struck_by_terror(tree, index, trigger, (actors, found, steps))


_AGAINST_SOMEONE = frozenset({"PROTEST", "ACCUSE"})
"""Types whose noun an "anti-" modifier aims: "anti-American protests" are against the US."""


def _stood_against(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """The modifiers of a noun that name whom it is against: "anti-Japanese riots"."""
    return [
        (child, "recipient: whom an 'anti-' modifier sets the noun against")
        for child in tree.children[noun]
        if tree.tokens[child].dep in DESCRIBERS - {"poss"} and stance_taken(tree, child) == "anti"
    ]


_TERROR_WORDS = frozenset({"terror", "terrorist"})
_DESCRIBING = frozenset({"compound", "amod", "nmod", "poss"})


def _struck_by_terror(tree: Tree, index: ActorIndex, trigger: Trigger, found: Found) -> Found:
    """The sides of a terror attack, whose describer names whom it struck, not who struck.

    "the US terror attacks on 11 September", "the Madrid terrorist
    bombings": terrorists attacked, and the country or city named before the
    noun is the one attacked, where "US air strikes" names the attacker.
    """
    actors, heads, steps = found
    noun = trigger.token
    words = tree.tokens
    if trigger.cue.type != "ASSAULT" or not actors:
        return found
    if not any(
        words[c].dep in ("compound", "amod") and words[c].lemma.lower() in _TERROR_WORDS
        for c in tree.children[noun]
    ):
        return found
    struck = [
        c
        for c in tree.children[noun]
        if words[c].dep in _DESCRIBING and set(index.actors_at(tree, c)) & set(actors)
    ]
    if not struck:
        return found
    step = "recipient: the country or city a terror attack is named after"
    kept = [s for s in steps if not s.startswith("actor: the noun's possessor")]
    return (), [*heads, *((c, step) for c in struck)], kept


def _aimed_at_by_its_purpose(
    tree: Tree,
    index: ActorIndex,
    trigger: Trigger,
    actors: tuple[str, ...],
    own: list[tuple[int, str]],
) -> list[tuple[int, str]]:
    """Whom an act of law its own phrases aim at no one is brought against, by its aim.

    "launched a legal challenge to stop the council closing the library":
    no "against" or "to" names the council; the aim does.
    """
    if _names_someone(tree, index, own):
        return []
    words = with_its_verb(tree, trigger.token)
    return purpose_recipients(tree, index, trigger.cue, words, actors)


def _caller_after_the_bid(tree: Tree, noun: int, cue: Cue) -> int | None:
    """Who made a demand, named by "from" after what it bids.

    "a call for him to think again from the Lib Dem leader": the parse
    hangs the "from" on the bidden verb. Not "by", which names the doer
    of a passive bid ("calls for the ban to be lifted by ministers").
    """
    if cue.type != "REQUEST":
        return None
    callers = (
        source
        for clause in bids(tree, noun)
        for source in prepositional_objects(tree, clause, _FROM)
    )
    return next(callers, None)


def _asked_for_from(tree: Tree, noun: int, cue: Cue) -> list[tuple[int, str]]:
    """Whom a bid whose maker is named asks, told by "from" after what it asks for.

    "Indonesia's request for help from Australia", "the town's appeal for aid
    from its neighbours": the parse hangs "from" on the thing asked for, and
    with the asker already named it tells whom it is asked of, as "asked
    Australia for help" would. With no asker named ("a call for calm from
    the president"), "from" names the caller instead.
    """
    if cue.type != "REQUEST":
        return []
    return [
        (source, "recipient: the one asked, after what is asked 'from' them")
        for wanted in prepositional_objects(tree, noun, frozenset({"for"}))
        for source in prepositional_objects(tree, wanted, frozenset({"from"}))
    ]


def _sides_of_the_purchase(tree: Tree, index: ActorIndex, noun: int) -> list[tuple[int, str]]:
    """Whom a deal to buy is made with: the firm bought or its seller, as the verb would say.

    "announced a deal to buy 26% of Kestrel Oil", "signed a deal to buy the
    unit from Halden Trust": the deal names no side of its own; its "to buy"
    names them as "bought 26% of Kestrel Oil" would.
    """
    cues = load()
    found: list[tuple[int, str]] = []
    for verb in tree.children[noun]:
        if tree.tokens[verb].dep not in ("acl", "relcl") or not is_infinitive(tree, verb):
            continue
        trigger = verb_trigger(tree, verb, cues)
        if trigger is None or not trigger.cue.is_purchase:
            continue
        _, heads, _ = verb_arguments(tree, trigger, index)
        found += [(head, f"{step}, of the purchase the deal is for") for head, step in heads]
    return found


# Verbs by which a restraint noun's own clause names whom it restrains: "an
# injunction stopping the singer from releasing his album".
_STOPPING_VERBS = frozenset({"stop", "prevent", "bar", "ban", "block", "forbid", "restrain"})


def _stopped_by_its_clause(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """Whom a restraint noun's own clause stops: "a court order preventing the paper from ...".

    The noun's preposition often names no one ("won an injunction stopping
    him from selling"); the object of the participle on it is then the one
    restrained, as the object of "stopped" would be.
    """
    return [
        (obj, "recipient: whom the noun's own clause stops")
        for c in tree.children[noun]
        if tree.tokens[c].dep == "acl"
        and tree.tokens[c].lemma.lower() in _STOPPING_VERBS
        and (obj := object_of(tree, c)) is not None
    ]


def _given_to(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """Whom the verb that gives an event noun gives it to: "handed the striker a ban".

    The indirect object of the verb the noun is the direct object of: "gave
    the bank a record fine", "handed him a three-match ban".
    """
    word = tree.tokens[noun]
    if word.dep not in ("dobj", "obj"):
        return []
    return [
        (c, "recipient: the indirect object of the verb that gives it")
        for c in tree.children[word.head]
        if tree.tokens[c].dep == "dative" and tree.tokens[c].pos != "ADP"
    ]


def _side_of_its_verb(tree: Tree, noun: int, cue: Cue) -> tuple[str, int, str] | None:
    """Which side of an event noun the subject of the verb that has it as its object is."""
    held = _first_of_its_list(tree, _sum_held_in(tree, noun))
    if cue.type == "ACCUSE":
        helper = _helper_of_the_inquiry(tree, held)
        if helper is not None:
            return "recipient", helper, "recipient: who co-operates with the inquiry into them"
    if tree.tokens[held].dep == "nsubjpass":
        return _agent_of_its_passive_verb(tree, tree.tokens[held].head)
    if tree.tokens[held].dep == "pobj":
        return _who_undergoes_it(tree, held, cue)
    if tree.tokens[held].dep not in ("dobj", "obj"):
        return None
    verb = tree.tokens[held].head
    if cue.type == "AID" and tree.tokens[verb].lemma.lower() in _BOOKING_VERBS:
        return _booked_by_its_receiver(tree, verb)
    return side_of_the_verbs_subject(tree, verb) or _inquirer_of_a_charge(tree, held, verb)


# Verbs by which one is said to be the target of what "under" names: "came
# under attack from his own MPs", "is under pressure to resign", "fell under
# suspicion".
_COMING_UNDER = frozenset({"come", "be", "remain", "fall"})


def _who_undergoes_it(tree: Tree, noun: int, cue: Cue) -> tuple[str, int, str] | None:
    """The subject an event noun after a preposition is done to: held in it or come under it."""
    if _held_in_it(tree, noun, cue):
        kept = _kept_in_it(tree, noun)
        return None if kept is None else ("recipient", kept, "recipient: who is held in it")
    return _who_comes_under_it(tree, noun)


def comes_under(tree: Tree, noun: int) -> bool:
    """Whether an event noun is one someone "comes under": "came under attack", "is under fire"."""
    return _who_comes_under_it(tree, noun) is not None


def _who_comes_under_it(tree: Tree, noun: int) -> tuple[str, int, str] | None:
    """The one an event noun after "under" is done to: "the minister came under attack".

    "Mr Hale came under pressure from business leaders to cut taxes": the
    leaders press, and the subject of "came" is whom they press. Not under
    any other verb: "pledged under pressure" tells why one pledged.
    """
    preposition = tree.tokens[tree.tokens[noun].head]
    verb = preposition.head
    if (
        preposition.text.lower() != "under"
        or preposition.dep != "prep"
        or tree.tokens[verb].lemma.lower() not in _COMING_UNDER
    ):
        return None
    subject, passive = subject_of(tree, verb)
    if subject is None or passive:
        return None
    return "recipient", subject, "recipient: who comes under it"


_INQUIRIES = frozenset({"investigation", "inquiry", "enquiry", "probe"})


def _helper_of_the_inquiry(tree: Tree, noun: int) -> int | None:
    """The subject of "co-operate with" an inquiry: the one it looks into.

    "the insurer said it was co-operating with the regulator's probe": a
    firm or a person told as helping an inquiry is the one it is into, not
    a bystander; the inquiry's own "into" still names it where it is said.
    """
    word = tree.tokens[noun]
    if word.lemma.lower() not in _INQUIRIES or word.dep != "pobj":
        return None
    preposition = word.head
    verb = tree.tokens[preposition].head
    if tree.tokens[preposition].text.lower() != "with" or cue_lemma(tree, verb) != "cooperate":
        return None
    subject, passive = subject_of(tree, verb)
    return None if passive else subject


_BOOKING_VERBS = frozenset({"register", "declare"})
"""Verbs by which the one given a gift puts it on the record: "registered donations"."""


def _booked_by_its_receiver(tree: Tree, verb: int) -> tuple[str, int, str] | None:
    """The subject of a verb that records a gift, as whom it was given to.

    "The Green leader registered donations from local firms", "the MP
    declared gifts worth £3,000": MPs and parties put on the record what
    they were given, so the subject received it; the giver is who the
    noun's "from" names, if any.
    """
    subject, passive = subject_of(tree, verb)
    if subject is None or passive:
        return None
    return "recipient", subject, "recipient: who records the gift, as given it"


def _agent_of_its_passive_verb(tree: Tree, verb: int) -> tuple[str, int, str] | None:
    """The "by" phrase of a passive verb an event noun is the subject of, read as its doer.

    "The protests were led by a coalition of groups", "a boycott was
    launched by the union": the passive of "the union launched a boycott",
    whose subject does what its object names (``side_of_the_verbs_subject``).
    Not where the verb is an event of its own ("the deal was welcomed by
    the unions"), nor where its subject undergoes the noun ("the criticism
    was faced by the minister"), nor for a verb of talk about the noun
    ("the protests were discussed by MPs").
    """
    agent = agent_of(tree, verb)
    lemma = tree.tokens[verb].lemma.lower()
    if (
        agent is None
        or lemma in lexicons.word_set("undergoing_verbs.txt")
        or lemma in lexicons.word_set("topic_verbs.txt")
        or _is_cue_verb(tree, verb)
    ):
        return None
    return "actor", agent, _AGENT_OF_ITS_VERB


_AGENT_OF_ITS_VERB = "actor: the 'by' phrase of the passive verb the noun is the subject of"


def _names_someone(tree: Tree, index: ActorIndex, heads: list[tuple[int, str]]) -> bool:
    """Whether a noun's own preposition names whom it is done to: "an order against two men".

    Then the subject of the verb that wins or is given it is not the one it
    is done to: "the actress won a restraining order against two
    photographers" restrains the photographers, not her.
    """
    return any(index.actors_at(tree, head) for head, _ in heads)


def _behind_what_it_is_of(
    tree: Tree, index: ActorIndex, things: list[int]
) -> list[tuple[int, str]]:
    """Who stands behind what a noun's preposition names, where that names no one.

    "criticism of the way the minister ran the inquiry", "anger over claims
    by the party": the charge is of the one whose way or claim it is, as a
    verb's object is read.
    """
    return [
        (doer, f"{INFERRED}recipient: the one behind the preposition's object")
        for thing in things
        if not index.actors_at(tree, thing)
        for doer in behind(tree, thing)
    ]


def _recipients_named_elsewhere(
    tree: Tree, trigger: Trigger, index: ActorIndex, preps: frozenset[str], *, by_someone: bool
) -> list[tuple[int, str]]:
    """An event noun's recipients where it names none: by its verb, or by its earlier mention.

    The earlier mention counts only for a noun that names a doer of its own
    ("the regulator passed the investigation to prosecutors"): "the
    investigation could take months" tells again of the one told before.
    """
    found = _recipients_by_verb(tree, trigger.token, trigger.cue, preps) or [
        (defier, f"{INFERRED}recipient: who went ahead despite it")
        for defier in defier_of(tree, trigger.token)
    ]
    if found or not by_someone or trigger.cue.type not in _CARRIED_ON:
        return found
    return _recipients_of_the_earlier_mention(tree, trigger, index)


_CARRIED_ON = frozenset({"ACCUSE"})
"""Types of event nouns a story goes on naming with "the": an inquiry or a charge is
the same one throughout ("faced a criminal investigation ... transferred the investigation
to the prosecutor"); talks or strikes named again may be other rounds."""


def _recipients_of_the_earlier_mention(
    tree: Tree, trigger: Trigger, index: ActorIndex
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
    _, heads, _ = noun_arguments(
        tree, Trigger(earlier, (earlier,), trigger.cue), index, hypothetical=False
    )
    return [
        (head, f"{INFERRED}recipient: whom the noun's earlier mention was done to")
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
    if _a_state_one_is_in(tree, held):
        # "the firm was still "in dialogue" with its lenders": the quote marks
        # lead the parse to hang the partner on the verb, beside the "in".
        being = tree.tokens[verb].head  # the noun's head is its "in"
        return [
            (head, "recipient: the object of the preposition beside the noun's 'in'")
            for head in prepositional_objects(tree, being, preps)
        ]
    return []


def _a_state_one_is_in(tree: Tree, noun: int) -> bool:
    """Whether a noun is what its subject is "in": "is in talks", "are still in dialogue"."""
    word = tree.tokens[noun]
    preposition = tree.tokens[word.head]
    return (
        word.dep == "pobj"
        and preposition.text.lower() == "in"
        and preposition.dep == "prep"
        and tree.tokens[preposition.head].lemma.lower() == "be"
    )


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
    if tree.tokens[amount].pos == "VERB":
        # "received more than £3m in donations": the parse may hang the "in"
        # on the verb whose object the sum is; not on one whose object is a
        # count of things ("ordered 30 planes in a $1.8bn deal").
        sum_taken = object_of(tree, amount)
        return sum_taken if sum_taken is not None and _money(tree, sum_taken) else noun
    return (
        amount if _numbered(tree, amount) and tree.tokens[amount].dep in ("dobj", "obj") else noun
    )


def _numbered(tree: Tree, amount: int) -> bool:
    """Whether a noun is a number or a sum: "$20m", "500 million euros"."""
    return tree.tokens[amount].tag in ("CD", "$") or any(
        tree.tokens[c].tag in ("CD", "$") for c in tree.children[amount]
    )


def _money(tree: Tree, amount: int) -> bool:
    """Whether a noun is a sum of money, by its currency sign or the model's tag: "£3m"."""
    words = (amount, *tree.children[amount])
    return any(tree.tokens[w].tag == "$" or tree.tokens[w].ent_type == "MONEY" for w in words)


def _first_of_its_list(tree: Tree, noun: int) -> int:
    """The first noun of the list a noun is joined to by "and", when a verb undergoes it.

    "China Life faces lawsuits and a probe by the regulator": the probe is
    faced as the lawsuits are, so the firm undergoes both. Alternatives
    ("fleeing death or persecution") name no deed done, and other verbs
    keep their list's later nouns apart.
    """
    first = noun
    while tree.tokens[first].dep == "conj" and _joined_by_and(tree, tree.tokens[first].head):
        first = tree.tokens[first].head
    verb = tree.tokens[tree.tokens[first].head]
    undergone = verb.lemma.lower() in lexicons.word_set("undergoing_verbs.txt")
    return first if undergone else noun


def _joined_by_and(tree: Tree, noun: int) -> bool:
    """Whether a noun heads a list joined by "and": "lawsuits and a probe"."""
    return tree.tokens[noun].pos in ("NOUN", "PROPN") and any(
        tree.tokens[c].dep == "cc" and tree.tokens[c].text.lower() == "and"
        for c in tree.children[noun]
    )


def _harmed_recipients(tree: Tree, noun: int) -> list[tuple[int, str]]:
    """Whom an attack noun's own verb of harm harms, as recipients with why."""
    return [
        (whom, "recipient: whom the attack the noun names harmed") for whom in _harmed(tree, noun)
    ]


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
    harming = lexicons.word_set("casualty_verbs.txt")
    return [
        obj
        for verb in verbs
        if tokens[verb].lemma.lower() in harming and (obj := object_of(tree, verb)) is not None
    ]


def side_of_the_verbs_subject(tree: Tree, verb: int) -> tuple[str, int, str] | None:
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
    # The one who ends a deal was a side to it: "Canada ended a pact
    # with Mexico, agreed in 1994", though the ending is an event of its own.
    ends_it = lemma in lexicons.word_set("undoing_verbs.txt")
    if ruled_out(tree, verb):
        # "Washington has not ruled out air strikes": the one who keeps a harm
        # open, or rules it out, would be the one to do it.
        return "actor", subject, _SUBJECT_OF_ITS_VERB
    if lemma in lexicons.word_set("topic_verbs.txt") or (_is_cue_verb(tree, verb) and not ends_it):
        return None
    return "actor", subject, _SUBJECT_OF_ITS_VERB


def ruled_out(tree: Tree, verb: int) -> bool:
    """Whether a verb is "rule out", the phrasal verb."""
    return tree.tokens[verb].lemma.lower() == "rule" and any(
        tree.tokens[c].dep == "prt" and tree.tokens[c].text.lower() == "out"
        for c in tree.children[verb]
    )


_CHARGES_LOOKED_INTO = frozenset({"allegation", "accusation", "complaint"})


def _inquirer_of_a_charge(tree: Tree, noun: int, verb: int) -> tuple[str, int, str] | None:
    """Who looks into a charge another made: "MPs are examining allegations that the firm lied".

    To look into a charge is to take it up against the one it names
    (DESIGN.md: an inquiry is ACCUSE), so the examiner is its doer. Only a
    verb of looking into that is no cue of its own ("examine", "study"):
    "investigate" tells its inquiry itself.
    """
    subject, passive = subject_of(tree, verb)
    if (
        subject is None
        or passive
        or tree.tokens[noun].lemma.lower() not in _CHARGES_LOOKED_INTO
        or tree.tokens[verb].lemma.lower() not in INQUIRING
        or _is_cue_verb(tree, verb)
    ):
        return None
    return "actor", subject, "actor: who looks into the charge"


def _gift_arguments(tree: Tree, index: ActorIndex, noun: int) -> Found | None:
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
        for source in prepositional_objects(tree, verb, _FROM)
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
    return verb_trigger(tree, verb, load()) is not None


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
    """The verb whose object a noun is, directly or through a preposition ("called for it").

    Not a preposition of time: "was charged following his arrest", "has not
    been seen since his release" date the clause by what its subject
    underwent; the verb does nothing to the noun.
    """
    token = tree.tokens[noun]
    if token.dep in ("dobj", "obj"):
        return token.head
    preposition = tree.tokens[token.head]
    dating = preposition.text.lower() in _TIMED_BY | {"since"}
    if token.dep == "pobj" and preposition.dep == "prep" and not dating:
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


def _noun_doer(tree: Tree, noun: int, cue: Cue) -> int | None:
    """Who did what an event noun names, by its own words.

    "sanctions imposed by Washington", "the ceasefire Congo signed with
    Rwanda", "Iraq is in talks with Iran", "a visit by the envoy", "an
    apology from Peru".
    """
    for clause in doing_clauses(tree, noun):
        agent = agent_of(tree, clause)
        if agent is not None:
            return agent
    content = tree.tokens[noun].lemma.lower() in PROPOSITIONS
    for child in tree.children[noun]:
        if tree.tokens[child].dep == "relcl":
            if content and tree.tokens[child].lemma.lower() not in DOING_VERBS:
                continue  # "allegations he had profited": what is alleged, not who alleges
            subject, passive = subject_of(tree, child)
            if subject is not None and subject != noun and not passive:
                return subject
    if tree.tokens[noun].dep == "pobj" and (
        (_in_the_midst_of(tree, noun) and not _held_in_it(tree, noun, cue))
        or _taken_part_in(tree, noun, cue)
        or _answered_with(tree, noun)
        or _come_for(tree, noun, cue)
        or _acted_in_defence(tree, noun)
    ):
        return _doer_of_the_clause(tree, tree.tokens[tree.tokens[noun].head].head)
    punished = None if cue.type in SPOKEN_TYPES else offence_doer(tree, noun)
    if punished is not None:
        # "jailed for the attack on two fans": the one jailed attacked; but
        # "convicted of all charges" names no charge the convicted made.
        return punished
    owner = _owned_up_to(tree, noun)
    if owner is not None:
        return owner
    return _doer_told_around(tree, noun, cue)


def _doer_told_around(tree: Tree, noun: int, cue: Cue) -> int | None:
    """The doer named after the noun, or the teller of its talks, or the caller after its bid."""
    doer = _doer_after(tree, noun, cue)
    if doer is None:
        doer = _from_whom_it_comes(tree, noun)
    if doer is None:
        doer = _teller_of_its_own_talks(tree, noun, cue)
    return doer if doer is not None else _caller_after_the_bid(tree, noun, cue)


_FROM = frozenset({"from"})


def _from_whom_it_comes(tree: Tree, noun: int) -> int | None:
    """Who a noun one comes under comes from, told on its verb: "came under fire from MPs".

    The parse hangs "from" on "came" after "under fire", where it hangs it on
    the noun after "under attack".
    """
    if not comes_under(tree, noun):
        return None
    verb = tree.tokens[tree.tokens[noun].head].head
    # "under attack, not from terrorists, but from ministers": the one not denied.
    objects = prepositional_objects(tree, verb, _FROM, joined=True)
    return objects[0] if objects else None


def _teller_of_its_own_talks(tree: Tree, noun: int, cue: Cue) -> int | None:
    """Who says what talks with another yielded, as the side that held them.

    "Chief Ruiz said talks with the mining firm had broken down": talks with
    the one named are the speaker's own when what they said or yielded is
    the speaker's news to tell; the talks are the subject of the clause said.
    """
    if cue.type != "CONSULT" or tree.tokens[noun].lemma.lower() not in _TALKS:
        return None
    clause = tree.tokens[noun].head
    said = tree.tokens[clause].head
    if (
        tree.tokens[noun].dep != "nsubj"
        or tree.tokens[clause].dep != "ccomp"
        or tree.tokens[said].lemma.lower() not in _TELLING
    ):
        return None
    subject, passive = subject_of(tree, said)
    return None if passive else subject


_TALKS = frozenset({"talk", "negotiation", "discussion"})
_TELLING = frozenset({"say", "tell", "report", "reveal", "announce", "confirm"})


def _doer_of_the_clause(tree: Tree, verb: int) -> int | None:
    """Who does what a clause tells: its subject, or a passive's "by" phrase where it has one.

    "The grant was announced by the minister after talks with farmers": the
    minister held the talks, not the grant. A passive with no "by" phrase
    keeps its subject: "he was greeted at the airport after talks with the
    king" tells of his talks.
    """
    subject, passive = subject_of(tree, verb)
    agent = agent_of(tree, verb) if passive else None
    return agent if agent is not None else subject


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
    preps = ["of"] * _done_by_whom_it_is_of(cue) + ["by"] + ["from"] * (cue.type != "CONSULT")
    for prep in preps:
        found = [
            f
            for f in prepositional_objects(tree, noun, frozenset({prep}))
            if not _a_peoples_thing(tree, f)
        ]
        found += _by_after_the_patient(tree, noun, cue) if prep == "by" else []
        if found:
            return found[0]
    told = _doer_of_what_it_is(tree, noun, frozenset(preps) - {"of"})
    if told is not None:
        return told
    return _doer_after_its_undergoing_verb(tree, noun) if "from" in preps else None


def _by_after_the_patient(tree: Tree, noun: int, cue: Cue) -> list[int]:
    """The "by" the parse hangs on the one an event noun is done to, read as its doer.

    "The expulsion of two diplomats by Poland", "the killing of a soldier by
    a sniper": the parse may hang "by" on the noun after "of", but a person
    or a country is not "by" anyone; it tells who did the deed. A noun
    whose "of" names its doer ("the resignation of the chairman") has none.
    """
    if _done_by_whom_it_is_of(cue):
        return []
    return [
        doer
        for patient in prepositional_objects(tree, noun, frozenset({"of"}))
        for doer in prepositional_objects(tree, patient, frozenset({"by"}))
        if not _a_peoples_thing(tree, doer)
    ]


def _doer_of_what_it_is(tree: Tree, noun: int, preps: frozenset[str]) -> int | None:
    """The doer the "by" or "from" of what an event noun is said to be names.

    "The largest donation to the party was a bequest from Ann Hale": the
    noun is the subject of "be", and the thing it is said to be names who
    gave it, as "a donation from Ann Hale" would.
    """
    word = tree.tokens[noun]
    if word.dep != "nsubj" or tree.tokens[word.head].lemma.lower() != "be":
        return None
    found = [
        f
        for attr in tree.children[word.head]
        if tree.tokens[attr].dep == "attr"
        for f in prepositional_objects(tree, attr, preps)
        if not _a_peoples_thing(tree, f)
    ]
    return found[0] if found else None


def _doer_after_its_undergoing_verb(tree: Tree, noun: int) -> int | None:
    """The doer a "from" names on the verb by which another undergoes the noun.

    "Ms Kelly won praise from the Conservatives", "the plan drew criticism
    from the unions": the parse hangs the "from" on the verb, and it names
    who praised or criticised as "criticism from the unions" does.
    """
    word = tree.tokens[noun]
    verb = word.head
    if word.dep not in ("dobj", "obj") or tree.tokens[verb].lemma.lower() not in lexicons.word_set(
        "undergoing_verbs.txt"
    ):
        return None
    found = [f for f in prepositional_objects(tree, verb, _FROM) if not _a_peoples_thing(tree, f)]
    return found[0] if found else None


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

# Nouns of no such mode whose "of" names the one who went: "the defection of
# the MP to Labour" (the MP defected; Labour, after "to", is whom it backs).
_GONE_OVER_BY_WHOM_IT_IS_OF = frozenset({"defection"})


def _done_by_whom_it_is_of(cue: Cue) -> bool:
    """Whether an event noun's "of" names its doer, not whom it is done to."""
    return cue.mode in _DONE_BY_WHOM_IT_IS_OF or " ".join(cue.words) in _GONE_OVER_BY_WHOM_IT_IS_OF


def _in_the_midst_of(tree: Tree, noun: int) -> bool:
    """Whether the noun says its subject takes part: "Iraq is in talks with Iran".

    So does being "at" it: "the minister is at a summit in Oslo" attends the
    summit, as "is in talks" holds them; but one enters or stays only "in",
    and one "at meetings between A and B" only looks on.
    """
    prep = tree.tokens[noun].head
    verb = tree.tokens[tree.tokens[prep].head].lemma.lower()
    word = tree.tokens[prep].text.lower()
    return (word in ("in", "into") and verb in ("be", "remain", "enter", "stay")) or (
        word == "at"
        and verb in ("be", "remain")
        and not prepositional_objects(tree, noun, frozenset({"between"}))
    )


def _names_both_sides(cue: Cue) -> bool:
    """Whether a noun's "between" names its two sides as doers, each to the other.

    Talks, deals and cooperation take two sides; so does a fight whose noun
    takes "between" ("clashes between troops and rebels", "fighting between
    the two militias"): each side fights the other, and neither is only the
    one attacked. A mediator stands between sides it is not one of.
    """
    mutual_fight = cue.type == "ASSAULT" and "between" in cue.recipient_preps
    return (cue.type in RECIPROCAL_TYPES or mutual_fight) and cue.mode != "third-party"


_KEPT_IN = frozenset({"in", "under"})
_KEEPING_VERBS = frozenset({"be", "remain", "stay", "keep", "hold"})


def _held_in_it(tree: Tree, noun: int, cue: Cue) -> bool:
    """Whether a coercion noun is where its subject is kept: "nine men remain in detention".

    Unlike one "in talks", who holds them, one "in detention" or "under house
    arrest" undergoes it: the subject is whom it is done to, not its doer.
    """
    if cue.type != "COERCE" or tree.tokens[noun].dep != "pobj":
        return False
    preposition = tree.tokens[tree.tokens[noun].head]
    return (
        preposition.text.lower() in _KEPT_IN
        and tree.tokens[preposition.head].lemma.lower() in _KEEPING_VERBS
    )


def _kept_in_it(tree: Tree, noun: int) -> int | None:
    """The subject kept in a coercion noun ("the men remain in detention"), if it is the one kept.

    "Police held the men in detention": the verb, with its object, tells the
    detention itself, and the police hold no one in the noun's name. "Suspects
    can be held under house arrest" tells a power, not anyone kept.
    """
    keeping = tree.tokens[tree.tokens[noun].head].head
    if object_of(tree, keeping) is not None or is_hypothetical(tree, keeping):
        return None
    return subject_of(tree, keeping)[0]


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
        cue.type in RECIPROCAL_TYPES
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
        and tree.tokens[verb].lemma.lower() in COMING
    )


def _acted_in_defence(tree: Tree, noun: int) -> bool:
    """Whether the clause's subject acted "in defence of" someone: "filed a brief in defence of X".

    Who speaks or files "in defence of" another defends them, as "defended
    X" would tell; "the defence of the realm", no deed of anyone's, has no
    "in" before it.
    """
    prep = tree.tokens[noun].head
    return (
        tree.tokens[noun].lemma.lower() in _DEFENCES
        and tree.tokens[prep].text.lower() == "in"
        and tree.tokens[tree.tokens[prep].head].pos == "VERB"
    )


_DEFENCES = frozenset({"defence", "defense"})


def _answered_with(tree: Tree, noun: int) -> bool:
    """Whether an event noun is how its clause's subject answered: "retaliated with air strikes".

    So is the deed a speaker opens or closes with: "he finished with a
    personal appeal to activists" is his appeal.
    """
    prep = tree.tokens[noun].head
    verb = tree.tokens[prep].head
    return tree.tokens[prep].text.lower() == "with" and tree.tokens[verb].lemma.lower() in (
        _ANSWERING_VERBS | _SPEECH_ENDS
    )


_ANSWERING_VERBS = frozenset({"retaliate", "respond", "react", "reply", "answer", "hit"})
"""Verbs whose "with" names the subject's own answer: "hit back with tariffs"."""

_SPEECH_ENDS = frozenset({"finish", "end", "close", "conclude", "open", "begin"})
"""Verbs by which a speaker's "with" names what he opens or closes with: "ended with a plea"."""


_TIMED_BY = frozenset({"after", "before", "following", "during"})
"""Prepositions by which a clause is timed by an event: "after talks with X"."""


def _both_sides(
    tree: Tree, index: ActorIndex, noun: int, cue: Cue
) -> tuple[tuple[str, ...], list[str]]:
    """The sides "between" names; else, but for a fight, the pair "of" names.

    "the merger of Kestrel and Halden" (:mod:`.pacts`); "the shelling of
    Gaza and Rafah" names whom it struck, not two sides.
    """
    sides = _between(tree, index, noun)
    if sides or cue.type == "ASSAULT":
        return sides, [FOUGHT_BETWEEN] * bool(sides)
    sides = sides_named_by_of(tree, index, noun)
    return sides, [SIDES_OF] * bool(sides)


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
