"""Offences: the deed a punishment or a verdict is for, and the one punished for it.

"Jailed for attacking two fans", "found guilty of assaulting a waiter",
"on probation for assaulting two musicians", "served a jail term for
punching a man", "convicted of the murder of a neighbour", "pleaded guilty
to her murder": the gerund or the event noun after "for", "of" or a plea's
"to" tells a deed the one punished did, and news coders code it as that
deed, done by them. The parse often hangs the
"for" on the word of the punishment ("guilty", "probation", "term") or on
a noun of its own ("banned for six matches for kicking a player") rather
than on the clause's verb, where the one punished is found.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._tree import Tree

_OFFENCE_PREPOSITIONS = frozenset({"for", "of"})
_PUNISHED_ROLES = ("nsubjpass", "dative", "dobj", "nsubj")
"""Where a clause names the one punished, in the order they are tried: "X was
jailed", "gave X a sentence", "jailed X", "X served a term"."""


def offence_doer(tree: Tree, deed: int) -> int | None:
    """The one punished for the deed a gerund or a noun tells, if it names an offence.

    Only where the "for" or "of" hangs on a word of criminal punishment
    (``lexicons/criminal_punishments.txt``), on a verb that takes one as
    its object ("served a jail term for"), or on a noun of a punishing
    verb's phrase ("banned for six matches for").
    """
    preposition = _offence_preposition(tree, deed)
    if preposition is None:
        return None
    word = tree.tokens[preposition].head
    punishment = _punishment_held(tree, word)
    if punishment is not None:
        owner = next((c for c in tree.children[punishment] if tree.tokens[c].dep == "poss"), None)
        if owner is not None:
            return owner  # "his conviction for assaulting a man"
        clause = _clause_of(tree, punishment)
    elif tree.tokens[preposition].text.lower() == "for":
        clause = _punishing_verb_above(tree, word)
    else:
        return None
    return None if clause is None else _one_punished(tree, clause, punishment)


def a_crime_punished(tree: Tree, deed: int) -> bool:
    """Whether a gerund or a noun tells the deed someone is jailed, convicted or found guilty for.

    Courts and police punish deeds, not words: "jailed for attacking two
    fans" is an assault, whatever else its sentence names. Fines, bans and
    criticism may be for words ("fined for attacking the referee in an
    interview"), and stay read by their sentence.
    """
    preposition = _offence_preposition(tree, deed)
    if preposition is None:
        return False
    word = tree.tokens[preposition].head
    return _punishment_held(tree, word) is not None or (
        tree.tokens[word].lemma.lower() == "be" and _kept_for(tree, word)
    )


def _punishment_held(tree: Tree, word: int) -> int | None:
    """The word of punishment that is ``word`` or its object: "guilty", "served a jail term"."""
    if _a_punishment(tree, word):
        return word
    return next(
        (
            c
            for c in tree.children[word]
            if tree.tokens[c].dep in ("dobj", "obj") and _a_punishment(tree, c)
        ),
        None,
    )


def _offence_preposition(tree: Tree, deed: int) -> int | None:
    """The "for", "of" or plea's "to" a gerund or a noun is the object of: "for attacking"."""
    token = tree.tokens[deed]
    if not (token.dep == "pcomp" and token.tag == "VBG") and not (
        token.dep == "pobj" and token.pos == "NOUN"
    ):
        return None
    preposition = token.head
    word = tree.tokens[preposition].text.lower()
    if word in _OFFENCE_PREPOSITIONS or _a_plea_of_guilt(tree, preposition):
        return preposition
    return None


def _a_plea_of_guilt(tree: Tree, preposition: int) -> bool:
    """Whether a "to" names what one pleads guilty to: "pleaded guilty to the murder".

    The plea is a verdict one gives oneself: its "to" tells the deed as
    "found guilty of" does. Not "to" on any other word ("sentenced to life"
    names the term, not the deed).
    """
    head = tree.tokens[tree.tokens[preposition].head]
    return tree.tokens[preposition].text.lower() == "to" and head.lemma.lower() == "guilty"


def _a_punishment(tree: Tree, word: int) -> bool:
    """Whether a word, or a word compounded with it, punishes or convicts: "guilty", "jail term"."""
    punishments = lexicons.word_set("criminal_punishments.txt")
    return tree.tokens[word].lemma.lower() in punishments or any(
        tree.tokens[c].dep == "compound" and tree.tokens[c].lemma.lower() in punishments
        for c in tree.children[word]
    )


def _kept_for(tree: Tree, be: int) -> bool:
    """Whether "be" tells where one is kept for a deed: "was on probation", "is in jail"."""
    punishments = lexicons.word_set("criminal_punishments.txt")
    return any(
        tree.tokens[c].dep == "prep"
        and any(
            tree.tokens[o].dep == "pobj" and tree.tokens[o].lemma.lower() in punishments
            for o in tree.children[c]
        )
        for c in tree.children[be]
    )


def _clause_of(tree: Tree, punishment: int) -> int | None:
    """The verb whose clause names the one a word of punishment is for, if it is tied to one.

    The verb itself ("jailed"), the verb of a verdict ("found guilty"), or
    one by which a term is served, given or received ("served a jail term",
    "gave him a sentence"). A conviction quashed or upheld names no one by
    its clause.
    """
    token = tree.tokens[punishment]
    if token.pos == "VERB":
        return punishment
    head = tree.tokens[token.head]
    if token.dep in _VERDICT_ROLES:
        return token.head
    if token.dep in ("dobj", "obj") and head.lemma.lower() in _TERM_VERBS:
        return token.head
    return None


_VERDICT_ROLES = frozenset({"oprd", "acomp"})
"""How a verdict hangs on its verb: "was found guilty", "is guilty"."""
_TERM_VERBS = frozenset({"serve", "receive", "get", "give", "hand", "begin"})
"""Verbs by which a term is served or given: the clause names the one punished."""


def _punishing_verb_above(tree: Tree, noun: int) -> int | None:
    """The punishing verb whose phrase holds a noun: "banned" of "banned for six matches".

    Also "be" that keeps one on probation or in jail, which "for" hangs on.
    """
    token = tree.tokens[noun]
    if token.lemma.lower() == "be":
        return noun if _kept_for(tree, noun) else None
    if token.dep != "pobj":
        return None
    verb = tree.tokens[token.head].head
    return verb if _punishes(tree, verb) else None


def _punishes(tree: Tree, verb: int) -> bool:
    """Whether a verb punishes the one it is done to: "banned", "jailed", "fined"."""
    lemma = tree.tokens[verb].lemma.lower()
    return tree.tokens[verb].pos == "VERB" and (
        lemma in lexicons.word_set("object_cause_verbs.txt")
        or lemma in lexicons.word_set("criminal_punishments.txt")
    )


def _one_punished(tree: Tree, clause: int, path: int | None) -> int | None:
    """The clause's word for the one punished, not the punishment itself ("a term" served).

    The subject of a punishing verb is the one who punishes; of any other
    verb ("was on probation", "served a term"), the one punished.
    """
    roles = {tree.tokens[c].dep: c for c in reversed(tree.children[clause]) if c != path}
    wanted = _PUNISHED_ROLES if not _punishes(tree, clause) else _PUNISHED_ROLES[:-1]
    return next((roles[role] for role in wanted if role in roles), None)
