"""Triggers: the cue words of events and the partner nouns they pair with.

A verb, a light verb with its object ("hold talks"), or an event noun
found in the cue lexicon; and the checks that a word found is a cue here.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Mapping
from typing import TypeGuard

from dateline import lexicons
from dateline.records import EventType
from dateline.stages._clause_roles import (
    DESCRIBERS,
    agent_of,
    object_of,
    prepositional_objects,
    subject_of,
)
from dateline.stages._spans import country_code
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.events.cues import DENIED, NO_EVENT, Cue, Cues, load
from dateline.stages.events.custody import held_people, holds_no_one
from dateline.stages.events.joint_deeds import jointly_done
from dateline.stages.events.modality import (
    is_infinitive,
    is_negated,
    marked_for,
    opens_a_question,
)
from dateline.stages.events.setting import set_off_participles
from dateline.stages.events.where_done import where_done


def is_undone(tree: Tree, noun: int) -> bool:
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


def _carries_the_rows_words(tree: Tree, verb: int, cue: Cue) -> bool:
    """Whether a verb carries every word its row writes between verb and noun or preposition.

    "call off plan" is the plan given up only with "off" on the verb; "take
    to street" needs its "to". A row of verb and noun alone needs nothing
    more, and a denied complement ("plead not guilty") is read with its
    noun (:func:`.cues._complement`).
    """
    carried = {tree.tokens[c].text.lower() for c in tree.children[verb]}
    return all(word in carried for word in cue.words[1:-1] if word != "not")


def _particle_of(cue: Cue, tree: Tree, verb: int) -> bool:
    """Whether a light verb's row names the particle the verb carries: "call off plan"."""
    return any(
        tree.tokens[c].dep == "prt" and tree.tokens[c].text.lower() in cue.words[1:-1]
        for c in tree.children[verb]
    )


_HYPHENED_PREFIXES = frozenset({"co", "over", "under", "re", "counter", "out"})
"""Prefixes British news spells with a hyphen that the tokenizer splits off: "co-operate"."""


def cue_lemma(tree: Tree, i: int) -> str:
    """A word's lemma as the cue lexicon spells it, with a hyphened prefix joined on.

    The tokenizer splits "co-operating" into "co", "-" and "operating", and
    "over-ruled" into "over", "-" and "ruled": read alone, the last word is
    "operate" or "rule", no cue or another one. Joined, it is the
    "cooperate" or "overrule" the lexicon lists.
    """
    lemma = tree.tokens[i].lemma.lower()
    if i < 2:
        return lemma
    prefix, hyphen, word = tree.tokens[i - 2], tree.tokens[i - 1], tree.tokens[i]
    hyphened = (
        hyphen.text == "-"
        and prefix.text.lower() in _HYPHENED_PREFIXES
        and prefix.end == hyphen.start
        and hyphen.end == word.start
    )
    return prefix.text.lower() + lemma if hyphened else lemma


@dataclasses.dataclass(frozen=True, slots=True)
class Trigger:
    """A cue found in a sentence: its head token, the tokens it spans, and the cue."""

    token: int
    words: tuple[int, ...]
    cue: Cue


def find_triggers(tree: Tree) -> Iterator[Trigger]:
    """Every cue of a sentence tree: verbs first, then stances, then nouns not used by a verb."""
    cues = load()
    used: set[int] = set()
    for i, token in enumerate(tree.tokens):
        if token.pos == "VERB":
            found = verb_trigger(tree, i, cues)
            if found is not None:
                used.update(found.words)
                yield found
    yield from _stance_triggers(tree, cues)
    for i, token in enumerate(tree.tokens):
        if token.pos in ("NOUN", "PROPN") and i not in used:
            for length in range(min(cues.longest_noun, i + 1), 0, -1):
                before = tuple(t.lemma.lower() for t in tree.tokens[i - length + 1 : i])
                words = (*before, cue_lemma(tree, i))
                cue = cues.nouns.get(words)
                if cue is not None and cue.type == NO_EVENT:
                    break  # "a press release", "inflationary pressures"
                if (
                    cue is not None
                    and cue.needs_preposition
                    and not _names_whom(tree, i, cue)
                    and not purpose_aims(tree, cue, with_its_verb(tree, i))
                ):
                    break  # "the war" alone is background; "the war on Gaza" is an attack
                if cue is not None:
                    cue = _told_by_its_clause(tree, i, cue, cues.light_verbs)
                    yield Trigger(i, tuple(range(i - length + 1, i + 1)), cue)
                    break


def _stance_triggers(tree: Tree, cues: Cues) -> Iterator[Trigger]:
    """Adjectives that tell their subject's stance toward someone: "was critical of the plan".

    Only a predicate adjective with one of its recipient prepositions counts:
    "it is critical that we act" and "a critical stage" tell no stance. The
    verb it stands on is the trigger, as its subject, tense and negation are
    the stance's own: "was not critical of", "would be critical of". A noun
    of one who holds a stance tells it the same way when "be", "remain" or
    "become" says it of the subject: "has been a strong supporter of Israel";
    "supporters of the plan" as a subject, or "a supporter of reform", do not.
    """
    for i, token in enumerate(tree.tokens):
        cue = cues.adjectives.get(token.lemma.lower())
        if cue is not None and _predicated(tree, i) and _names_whom(tree, i, cue):
            yield Trigger(token.head, (i,), cue)


_LINKING_VERBS = frozenset({"be", "remain", "become"})


def _predicated(tree: Tree, word: int) -> bool:
    """Whether a stance word is said of its clause's subject: "is fond of", "was a critic of"."""
    token = tree.tokens[word]
    if token.dep == "acomp":
        return True
    return token.dep == "attr" and tree.tokens[token.head].lemma.lower() in _LINKING_VERBS


def _names_whom(tree: Tree, noun: int, cue: Cue) -> bool:
    """Whether one of a cue's recipient prepositions hangs on the noun: "war on Gaza".

    Or on the clause that tells it was done: "a fine levied against the club".
    """
    return any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in cue.recipient_preps
        for word in (noun, *doing_clauses(tree, noun))
        for c in tree.children[word]
    )


# Verbs by which an event noun's own clause names its doer: "sanctions
# imposed by", "accusations made by". Not "talks brokered by", "a truce
# mediated by": a broker is a third party.
DOING_VERBS = frozenset(
    {"impose", "make", "carry", "launch", "conduct", "sign", "level", "issue", "stage", "mount",
     "lodge", "file", "bring", "hold", "reach", "order", "commit", "perpetrate", "offer",
     "extend", "seal", "announce", "deliver", "levy"}
)  # fmt: skip


def doing_clauses(tree: Tree, noun: int) -> list[int]:
    """The verbs by which an event noun's own clause tells it was done ("imposed by").

    The parse may hang the participle just after the noun on the verb
    before it ("paid the fine levied by the regulator"), but it is still
    the noun's own clause.
    """
    clauses = [c for c in tree.children[noun] if tree.tokens[c].dep in ("acl", "relcl")]
    if noun + 1 < len(tree.tokens):
        after = tree.tokens[noun + 1]
        if after.dep == "advcl" and after.tag == "VBN":
            clauses.append(noun + 1)
    return [c for c in clauses if tree.tokens[c].lemma.lower() in DOING_VERBS]


def with_its_verb(tree: Tree, noun: int) -> tuple[int, ...]:
    """A noun and, when it is a verb's direct object, that verb: "took legal action"."""
    token = tree.tokens[noun]
    return (noun, token.head) if token.dep in ("dobj", "obj") else (noun,)


def purpose_aims(tree: Tree, cue: Cue, words: tuple[int, ...]) -> list[tuple[int, int]]:
    """Whom an act of law with no "against" is brought against, by the aim its infinitive tells.

    "has taken legal action to halt a buyout by Balcor", "a legal challenge to
    stop the council closing the library": a verb of stopping, forcing or
    overturning (``legal_aims.txt``) as its purpose names the one the suit
    is aimed at, its object or, with a clause after it, that clause's
    subject. Any other aim names no one it is against: "went to court to give
    evidence". ``words``: the cue's noun and the verb it is the object of.
    Each aim comes as its verb and the one it acts on.
    """
    if cue.type != "ACCUSE":
        return []
    aims = lexicons.word_set("legal_aims.txt")
    return [
        (aim, aimed)
        for word in words
        for aim in tree.children[word]
        if tree.tokens[aim].dep in ("acl", "relcl", "advcl", "xcomp")
        and tree.tokens[aim].lemma.lower() in aims
        and is_infinitive(tree, aim)
        and (aimed := _stopped_one(tree, aim)) is not None
    ]


def _stopped_one(tree: Tree, aim: int) -> int | None:
    """Whom a verb of stopping acts on: its object, or its clause's subject ("stop X closing")."""
    obj = object_of(tree, aim)
    if obj is not None:
        return obj
    return next(
        (
            subject
            for clause in tree.children[aim]
            if tree.tokens[clause].dep in ("xcomp", "ccomp")
            for subject in tree.children[clause]
            if tree.tokens[subject].dep == "nsubj"
        ),
        None,
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


def verb_trigger(tree: Tree, i: int, cues: Cues) -> Trigger | None:
    """The cue a verb tells, unless its use here tells no event (a question, a bare participle)."""
    if _bare_participle(tree, i, cues):
        # "Asked about the plan, he said ...": a participle reports no act.
        return None
    if _asks_a_question(tree, i):
        return None  # "asked whether he would resign": a question, not a request
    if _investigates_a_mishap(tree, i):
        return None  # "investigating a problem with the delivery route": no one charged
    if any(tree.tokens[c].text.lower() in _MOCKING for c in tree.children[i]):
        return None  # "mockingly welcoming the chancellor back": no welcome meant
    if _pairs_with_the_noun_it_qualifies(tree, i, cues.light_verbs):
        # "the prices it charged": no charge of wrong; "the deal struck last
        # week": the noun tells it; "the charges brought by the prosecutors":
        # the pair does, as no noun cue of its own.
        return _pair_told_on_its_noun(tree, i, cues)
    # "issued a profit warning": the noun's pair tells no event.
    return None if _object_no_event(tree, i, cues) else _verb_cue(tree, i, cues)


def _pair_told_on_its_noun(tree: Tree, verb: int, cues: Cues) -> Trigger | None:
    """The event a passive participle on its noun tells with it, if the noun tells none itself.

    "the charges brought by the prosecutors against him", "the case brought
    by the Commission": "charge" and "case" are no event nouns alone (a fee
    charged, a case of flu), but brought, pressed or filed they are a
    charge, told by the pair; "the deal struck last week" is told by its
    noun.
    """
    noun = _noun_acted_on(tree, verb)
    if noun is None or tree.tokens[verb].tag != "VBN":
        return None
    word = _object_word(tree, noun)
    cue = cues.light_verbs.get((tree.tokens[verb].lemma.lower(), word))
    if cue is None or cue.type == NO_EVENT or (word,) in cues.nouns:
        return None
    return Trigger(verb, (verb, noun), cue)


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
    if tree.tokens[verb].lemma.lower() not in INQUIRING:
        return False
    obj = object_of(tree, verb)
    if obj is None:
        return False
    mishaps = lexicons.word_set("mishaps.txt") | lexicons.word_set("hazard_words.txt")
    return tree.tokens[obj].lemma.lower() in mishaps


def _bare_participle(tree: Tree, verb: int, cues: Cues) -> bool:
    """A participle with no doer and no auxiliary: "Asked about the plan, he said".

    "Two citizens detained by the police" tells an act, and "whom the Tories
    accused" is a past tense the tagger took for a participle.
    """
    return (
        tree.tokens[verb].tag == "VBN"
        and not done_by_someone(tree, verb)
        and not any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb])
        and not _finite_after_all(tree, verb)
        and not _past_after_a_past(tree, verb)
        and not _joined_to_a_passive_deed(tree, verb, cues)
        # "X was among those arrested": what befell those X is one of.
        and not (tree.tokens[verb].dep == "acl" and said_to_be_among(tree, tree.tokens[verb].head))
        and not _charge_borne(tree, verb, cues)
        and not _freed_from_a_keepers_hold(tree, verb, cues)
        and not _kept_in_custody(tree, verb, cues)
    )


def _kept_in_custody(tree: Tree, verb: int, cues: Cues) -> bool:
    """A participle of custody on people, told with the hold they are kept in.

    "a Dutch suspect held at the US camp for 30 months", "two men detained
    in Ruritania without charge": like "were held at the camp", it tells a
    detention done to the ones it hangs on; the keeper is whose the place
    is. "Patients held in hospital" are kept in no hold, and a bare "the
    men arrested" leaves the detention unsaid.
    """
    word = tree.tokens[verb]
    return (
        word.dep == "acl"
        and any(c.mode == "arrest" for c in cues.verbs.get(cue_lemma(tree, verb), ()))
        and held_people(tree, word.head)
        and (
            bool(prepositional_objects(tree, verb, frozenset({"without"})))
            or any(
                tree.tokens[place].lemma.lower() in _HOLDS or tree.tokens[place].pos == "PROPN"
                for place in prepositional_objects(tree, verb, _CUSTODY_PLACES)
            )
        )
    )


_CUSTODY_PLACES = frozenset({"in", "at"})
"""How a participle of custody names the hold: "held in Belmarsh", "at the camp"."""


def _freed_from_a_keepers_hold(tree: Tree, verb: int, cues: Cues) -> bool:
    """A participle of release on a noun, from a hold whose keeper is named.

    "Britons freed from US custody": like "were freed from US custody", it
    tells a release done to the ones it hangs on, by the keeper the hold's
    modifier names; "freed from hospital", a hold with no keeper named,
    tells none.
    """
    return (
        tree.tokens[verb].dep == "acl"
        and any(c.mode == "release" for c in cues.verbs.get(cue_lemma(tree, verb), ()))
        and any(
            tree.tokens[held].lemma.lower() in _HOLDS
            and any(tree.tokens[c].dep in DESCRIBERS for c in tree.children[held])
            for held in prepositional_objects(tree, verb, frozenset({"from"}))
        )
    )


_HOLDS = frozenset({"custody", "jail", "prison", "detention", "captivity", "camp", "gaol", "cell"})
"""Words of a hold one is freed from, whose modifier may name its keeper ("Israeli jails")."""


def _charge_borne(tree: Tree, verb: int, cues: Cues) -> bool:
    """A participle of a charge or a punishment, with what it is for: "Mr Lay, accused of fraud".

    "Its former boss, charged with fraud, ...", "is on trial, accused of
    looting the firm", "jailed for life in 2003": unlike "Asked about the
    plan, he said", the participle tells a deed done to the one it hangs
    on, by whom left unsaid as in the passive ("he was accused of fraud").
    """
    return (
        _borne_by_someone_named(tree, verb)
        and any(c.type in _CHARGED for c in cues.verbs.get(cue_lemma(tree, verb), ()))
        and any(
            tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in _CHARGED_FOR
            for c in tree.children[verb]
        )
    )


def _borne_by_someone_named(tree: Tree, verb: int) -> bool:
    """Whether a bare participle hangs on a name, or on a clause that is no passive.

    "Tom Vale, accused of fraud", but not "people accused of fraud should be
    tried", whom no one in particular is charged as. And not after a passive
    ("were held for three years, accused of links to the rebels"): the
    participle gives the grounds of the deed the passive tells, its doer
    left unsaid as the passive leaves it.
    """
    token = tree.tokens[verb]
    if token.dep == "acl":
        return tree.tokens[token.head].pos == "PROPN"
    return token.dep == "advcl" and not any(
        tree.tokens[c].dep == "nsubjpass" for c in tree.children[token.head]
    )


_CHARGED = frozenset({"ACCUSE", "SANCTION", "COERCE"})
_CHARGED_FOR = frozenset({"of", "with", "for", "over"})
"""The prepositions that name what a charge or a punishment is for: "accused of", "jailed for"."""


def _joined_to_a_passive_deed(tree: Tree, verb: int, cues: Cues) -> bool:
    """A participle joined to a passive cue verb, sharing its auxiliary: "was arrested and charged".

    "was suspended and sued by its supplier": the second participle has no
    auxiliary of its own, but is as much a deed told of the subject as the
    first; it is no "Asked about it, he said". Only after a passive told as
    done ("was", "has been"; not "to be killed or assaulted", a wish or a
    plan), and only for what is done to someone, as arrests, charges and
    punishments follow one another ("was found guilty and sentenced"): "is
    based and funded abroad" tells no deed, and in "was sold off and
    acquired by" the one bought may be another than the subject names
    ("the former Yukos subsidiary").
    """
    token = tree.tokens[verb]
    head = token.head
    return (
        token.dep == "conj"
        and head < verb
        and any(c.type in _DONE_TO for c in cues.verbs.get(cue_lemma(tree, verb), ()))
        and any(
            tree.tokens[c].dep == "auxpass" and tree.tokens[c].tag in _TOLD_AS_DONE
            for c in tree.children[head]
        )
    )


_DONE_TO = frozenset({"ACCUSE", "COERCE", "SANCTION", "ASSAULT"})
"""Types of deeds done to someone that a passive may tell one after another."""
_TOLD_AS_DONE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
"""Tags of a passive auxiliary that tells a deed done: "was", "is", "are", "been"; not "be"."""


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


def _verb_cue(tree: Tree, i: int, cues: Cues) -> Trigger | None:
    """The cue a verb makes with its object, its infinitive or its particle, or alone."""
    verbs, light = cues.verbs, cues.light_verbs
    lemma = cue_lemma(tree, i)
    obj = object_of(tree, i)
    if obj is None:
        obj = _passive_pair_subject(tree, i, lemma, cues)
    pair = (
        _aimed_pair(tree, i, _paired_object(tree, lemma, obj, light)) if obj is not None else None
    )
    if pair is not None:
        # "cut off gas supplies to Kyiv", "broke off ties with Doha": a sanction
        # is itself an ending, which the particle confirms rather than undoes;
        # so is a pair whose row names the particle ("call off plan").
        called_off = pair[1].type == NO_EVENT or (
            _called_off(tree, i)
            and pair[1].type != "SANCTION"
            and not _particle_of(pair[1], tree, i)
        )
        return None if called_off else Trigger(i, (i, pair[0]), pair[1])
    paired = _undoing_trigger(tree, i, obj, cues.nouns) or _partner_trigger(tree, i, light, obj)
    if paired is not None:
        return paired
    # "was advised to do so by police": in the passive the one bidden is the subject.
    bidden = obj is not None or subject_of(tree, i)[1]
    bidding = _bidding_cue(tree, i, cues.bidding_verbs.get(lemma, ())) if bidden else None
    if bidding is not None:
        return Trigger(i, (i,), bidding)
    # A particle follows its verb: the "to" of "seemed to agree" is no "agree to".
    attached = {tree.tokens[c].text.lower(): c for c in tree.children[i] if c > i}
    for clause in for_clauses(tree, i):
        # "called for Mr Smith to resign": the parse marks the clause with "for".
        attached.setdefault("for", clause[1])
    if _an_opinion(tree, i, verbs.get(lemma, ()), obj) or holds_no_one(tree, i):
        return None
    for cue in verbs.get(lemma, ()):
        particle = cue.particle
        if particle is None:
            words: tuple[int, ...] = (i,)
        elif (
            particle in attached
            and not _plain_preposition(tree, i, attached[particle], cue)
            # "sat down with the unions" meets them; "sitting with two judges" does not.
            and _carries_the_rows_words(tree, i, cue)
        ):
            words = (i, attached[particle])
        else:
            continue
        return None if cue.type == NO_EVENT else Trigger(i, words, cue)
    return _joint_trigger(tree, i, cues)


def _joint_trigger(tree: Tree, i: int, cues: Cues) -> Trigger | None:
    """A verb of no cue done "jointly" by two or more doers: their cooperation."""
    jointly = jointly_done(tree, i)
    if jointly is None:
        return None
    return Trigger(i, (i, jointly), cues.verbs["cooperate"][0])


def _passive_pair_subject(tree: Tree, verb: int, lemma: str, cues: Cues) -> int | None:
    """The passive subject a light verb pairs with, as with its object.

    "concessions were offered by the government": the pair in the passive,
    with its doer; without one the noun tells the event alone. But a
    punishment whose noun is no event of its own tells it with no doer named:
    "the whip was withdrawn from the MP", "the charity's accounts were frozen".
    """
    subject = next((c for c in tree.children[verb] if tree.tokens[c].dep == "nsubjpass"), None)
    if subject is None or agent_of(tree, verb) is not None:
        return subject
    paired = cues.light_verbs.get((lemma, _object_word(tree, subject)))
    punishes = paired is not None and paired.type in _PUNISHMENTS
    return subject if punishes and (_object_word(tree, subject),) not in cues.nouns else None


_PUNISHMENTS = frozenset({"SANCTION", "COERCE"})


def _aimed_pair(tree: Tree, verb: int, pair: tuple[int, Cue] | None) -> tuple[int, Cue] | None:
    """A light verb's pair, unless its row needs a word or a recipient preposition the words lack.

    "took action against the paper" goes to law; "the government has taken
    action" may be any step, against no one. "called the plans dangerous" is
    no "call off plan" (:func:`_carries_the_rows_words`).
    """
    if pair is not None and not _carries_the_rows_words(tree, verb, pair[1]):
        return None
    if pair is None or not pair[1].needs_preposition:
        return pair
    preps = pair[1].recipient_preps
    # A time aims at no one: "filed for bankruptcy in 2002" names no court.
    aimed = any(
        tree.tokens[found].ent_type not in _TIMES
        for word in (verb, pair[0])
        for found in prepositional_objects(tree, word, preps) + where_done(tree, word, preps)
    )
    # "took legal action to halt the buyout": its aim names whom it is against;
    # "took action to ban fans" may be any step.
    aimed = aimed or (
        _an_act_of_law(tree, pair[0]) and bool(purpose_aims(tree, pair[1], (verb, pair[0])))
    )
    return pair if aimed else None


def _an_act_of_law(tree: Tree, noun: int) -> bool:
    """Whether a light verb's noun, with the word before it, is a charge's noun cue: "legal action".

    Plain "action" may be any step ("took action to ban fans"); "legal
    action" or "court action" is a suit.
    """
    before = tree.tokens[noun - 1].lemma.lower() if noun > 0 else ""
    cue = load().nouns.get((before, cue_lemma(tree, noun)))
    return cue is not None and cue.type == "ACCUSE"


_TIMES = frozenset({"DATE", "TIME"})


def _partner_trigger(
    tree: Tree, verb: int, light: dict[tuple[str, str], Cue], obj: int | None
) -> Trigger | None:
    """The trigger a light verb makes with a partner word other than its object.

    A row that needs a recipient preposition needs it here too: "filed for
    bankruptcy in the US" asks the US courts; "filed for bankruptcy" alone asks
    no one.
    """
    partner = _light_partner(tree, verb, light, obj)
    if partner is None or _aimed_pair(tree, verb, (partner[0][-1], partner[1])) is None:
        return None
    return Trigger(verb, (verb, *partner[0]), partner[1])


def _undoing_trigger(
    tree: Tree, verb: int, obj: int | None, nouns: Mapping[tuple[str, ...], Cue]
) -> Trigger | None:
    """The trigger of a verb that ends the deal or the sanction its object names.

    A deal told of in its own right stays an event of its own, so its noun is
    left to trigger it: "ended an agreement with Spain, reached in 1996".
    """
    undoing = _undoing_cue(tree, verb, obj, nouns) if obj is not None else None
    if obj is None or undoing is None:
        return None
    return Trigger(verb, (verb, obj) if is_undone(tree, obj) else (verb,), undoing)


def _undoing_cue(
    tree: Tree, verb: int, obj: int, nouns: Mapping[tuple[str, ...], Cue]
) -> Cue | None:
    """The cue of a verb that ends the deal or the sanction its object names.

    The deal or the sanction undone is no event of its own (``is_undone``),
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
    return cue.type in RECIPROCAL_TYPES or any(
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

    A row that names its infinitive counts only with that one ("ordered
    the firm to pay a fine" penalises it); an expulsion only gone away
    from a country rather than from a thing: "ordered the envoy to leave
    the country" expels him, "ordered the crowd to leave the square" does
    not. Rows without one take any infinitive ("warned Mr Brown not to
    spend it").
    """
    infinitive = _infinitive_bidden(tree, verb)
    if infinitive is None:
        return None
    for cue in bidding:
        if len(cue.words) == 1:
            return cue
        expelled = cue.mode != "diplomatic" or _leaves_a_country(tree, infinitive)
        if tree.tokens[infinitive].lemma.lower() == cue.words[-1] and expelled:
            return cue
    return None


def _infinitive_bidden(tree: Tree, verb: int) -> int | None:
    """The infinitive a bidding verb governs: "urged the board to act".

    The parse may hang it on the object instead, as if it said what kind of
    thing the object is ("are telling councils to build more homes"); an
    infinitive right after the object it qualifies is still the one bidden.
    """
    for child in tree.children[verb]:
        if tree.tokens[child].dep == "xcomp" and _marked_infinitive(tree, child):
            return child
        if tree.tokens[child].dep in ("dobj", "obj"):
            hung = next(
                (
                    c
                    for c in tree.children[child]
                    if tree.tokens[c].dep == "acl" and c > child and _marked_infinitive(tree, c)
                ),
                None,
            )
            if hung is not None:
                return hung
    return None


def _marked_infinitive(tree: Tree, verb: int) -> bool:
    """Whether a verb is a "to" infinitive."""
    return any(tree.tokens[a].tag == "TO" for a in tree.children[verb])


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


def for_clauses(tree: Tree, verb: int) -> list[tuple[int, int]]:
    """The clauses "for" opens under a verb, with that "for": "called for X to resign"."""
    clauses = [c for c in tree.children[verb] if tree.tokens[c].dep in ("advcl", "ccomp", "xcomp")]
    return [(clause, mark) for clause in clauses if (mark := marked_for(tree, clause)) is not None]


def _finite_after_all(tree: Tree, verb: int) -> bool:
    """A past tense tagged as a participle: it has a subject and an object of its own.

    Or it has a subject and heads its sentence: "The Greens called on Mr Dawes
    to quit" is no phrase hung on a noun, whatever the tagger says.
    """
    deps = {tree.tokens[c].dep for c in tree.children[verb]}
    return "nsubj" in deps and ("dobj" in deps or tree.tokens[verb].dep == "ROOT")


def done_by_someone(tree: Tree, verb: int) -> bool:
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
    if word.tag not in PRESENT_TAGS and not seeming:
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
    if _when_asked(tree, verb):
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
    # "asked 2,000 adults the same question": a poll, nothing asked for.
    return (
        any(
            tree.tokens[c].dep == "dobj" and tree.tokens[c].lemma.lower() in _QUESTIONS
            for c in asked
        )
        or any(
            tree.tokens[child].dep == "ccomp" and opens_a_question(tree, child)
            for child in tree.children[verb]
        )
        or _asked_if(tree, verb)
    )


_QUESTIONS = frozenset({"question", "questionnaire"})
"""Nouns for what one asks when one asks no deed or thing of anyone."""


def _when_asked(tree: Tree, verb: int) -> bool:
    """Whether "when" opens a question put to someone: "When asked, he said", "when he was asked".

    A "when" clause whose asker is named and asks for a deed or a thing
    ("the case began when Acme asked a court to block the sale", "when the
    club asked the league for a delay") dates a request; it asks no question.
    """
    children = tree.children[verb]
    if not any(tree.tokens[c].text.lower() == "when" for c in children):
        return False
    asker = any(tree.tokens[c].dep == "nsubj" for c in children)
    asked_for = any(
        tree.tokens[c].dep == "xcomp"
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "for")
        for c in children
    )
    return not (asker and asked_for)


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


RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Types whose noun may name both its sides with "between"."""


@functools.cache
def event_nouns() -> frozenset[str]:
    """The one-word event nouns of the cue lexicon, read once."""
    return frozenset(words[0] for words in load().nouns if len(words) == 1)


def said_to_be_among(tree: Tree, noun: int) -> bool:
    """Whether a noun is what someone is said to be "among": "among those arrested"."""
    head = tree.tokens[noun].head
    return tree.tokens[noun].dep == "pobj" and tree.tokens[head].text.lower() == "among"


INQUIRING = frozenset({"investigate", "examine", "probe", "inquire", "consider"})
"""Verbs of looking into something (only "investigate" and "probe" are cues of their own)."""


SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
