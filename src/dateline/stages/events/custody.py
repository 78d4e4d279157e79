"""Whether "hold" tells of people kept in custody, its one sense that is an event.

"The suspects are being held without trial", "the men were held for three
years", "police held two men overnight": one holds people as one detains
them (COERCE, arrest). Every other "hold" is something else: one holds talks,
elections, shares, a seat or a view ("a meeting was held", "held the seat
since 1970"); one is held responsible or to account, held up, held back, or
held in high regard. So the verb counts only with people as what it is done
to and nothing after it that gives it another sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, subject_of
from dateline.stages._people_words import plain_people_nouns
from dateline.stages._tree import Tree
from dateline.stages.events.modality import habitual_present

if TYPE_CHECKING:
    from dateline.stages.events.triggers import Trigger

_HOLD = "hold"

_OTHER_SENSES = frozenset({"prt", "acomp", "oprd", "xcomp", "ccomp", "dobj", "obj"})
"""What after "hold" gives it a sense other than custody: "held up", "held
responsible", "held to be", "held that"; a passive with an object of its own
("was held talks with") is a misparse, no detention."""

_ESTEEM = frozenset({"regard", "esteem", "contempt", "awe", "affection", "suspicion"})
"""What one is held "in" as a judgement of one, not a place one is kept."""

_HELD_TO = "to"
"""One is held "to account", "to ransom", "to a draw": a demand or a score, not custody."""

_PEOPLE_KINDS = frozenset({"person", "group"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom"})
_PART_OF = frozenset({"most", "many", "some", "all", "several", "few", "none", "one", "two"})


def holds_no_one(tree: Tree, verb: int) -> bool:
    """Whether a "hold" verb tells no custody, by its words: no people held, or another sense.

    Read where the verb's cue is found, so that a "hold" of no one is no cue
    verb at all and the event noun it takes keeps its subject as its doer
    ("MPs held an inquiry into betting").
    """
    if tree.tokens[verb].lemma.lower() != _HOLD:
        return False
    # "the prison holds 500 inmates", "the theatre holds 6,000 people": what a
    # place can take, told in the simple present, is no one's arrest.
    if habitual_present(tree, verb):
        return True
    held = _held(tree, verb)
    if held is None or not held_people(tree, held):
        return True
    passive = held != object_of(tree, verb)
    return any(_another_sense(tree, child, passive=passive) for child in tree.children[verb])


def _held(tree: Tree, verb: int) -> int | None:
    """What a "hold" verb holds: its object, its passive subject, or the noun it is hung on.

    "a festival to be held in June", "the talks held in Geneva": a participle
    or an infinitive on a noun holds that noun, whoever the sentence's subject is.
    """
    own = {tree.tokens[c].dep for c in tree.children[verb]}
    if tree.tokens[verb].dep == "acl" and "dobj" not in own:
        return tree.tokens[verb].head  # not "plans to hold suspects": they are held
    if tree.tokens[verb].dep == "advcl" and not own & {"nsubj", "nsubjpass", "dobj"}:
        return None  # "... festival, to be held in June": the parse lost what it holds
    subject, passive = subject_of(tree, verb)
    return subject if passive else object_of(tree, verb)


def holds_no_person(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether what a "hold" cue holds is no people: a body, or a name that is no actor.

    "Rangers held Celtic": one keeps no body in custody; "Erewash had been
    held by the Tories": a name the text has as no actor is a seat or a
    place, while "Ms Reyes is still being held" names a person.
    """
    if trigger.cue.words != (_HOLD,) or trigger.cue.pos != "VERB":
        return False
    held = _held(tree, trigger.token)
    if held is None:
        return False
    held = _people_meant(tree, held)
    actor = index.by_token.get(held)
    if actor is None:
        return tree.tokens[held].pos == "PROPN"
    return index.kinds.get(actor) not in _PEOPLE_KINDS


def _another_sense(tree: Tree, child: int, *, passive: bool) -> bool:
    """Whether a word on "hold" gives it another sense: "held up", "held to account"."""
    word = tree.tokens[child]
    if word.dep in _OTHER_SENSES:
        return passive or word.dep not in ("dobj", "obj")
    if word.dep == "advcl":
        # "held the government to account": the parse makes "to account" a clause.
        return any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == _HELD_TO
            for c in tree.children[child]
        )
    if word.dep != "prep":
        return False
    preposition = word.text.lower()
    objects = [tree.tokens[c].lemma.lower() for c in tree.children[child]]
    return preposition == _HELD_TO or (preposition == "in" and bool(_ESTEEM.intersection(objects)))


def _people_meant(tree: Tree, noun: int) -> int:
    """The noun that names whom a phrase means: "most of the suspects" means the suspects."""
    if tree.tokens[noun].text.lower() not in _PART_OF:
        return noun
    return next(
        (
            g
            for c in tree.children[noun]
            if tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "of"
            for g in tree.children[c]
            if tree.tokens[g].dep == "pobj"
        ),
        noun,
    )


def held_people(tree: Tree, noun: int) -> bool:
    """Whether a noun may name people: a name, a pronoun for people or a people word.

    Only the noun itself counts: "less than 10% of the jobs in the police"
    holds a share, not the police.
    """
    token = tree.tokens[_people_meant(tree, noun)]
    lemma = token.lemma.lower()
    return (
        token.pos == "PROPN"
        or token.text.lower() in _PEOPLE_PRONOUNS
        or bool({token.text.lower(), lemma, lemma + "s"} & plain_people_nouns())
    )
