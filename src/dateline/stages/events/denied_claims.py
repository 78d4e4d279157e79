"""Charges told by their denial: "Brown denied Tory claims that he fiddled the figures".

A rejection whose object is another's claim that someone did something
tells that the claim was made: the Tories charged Mr Brown, whatever he
answers. The claim noun (``lexicons/denied_claims.txt``: claim,
suggestion) is no event word of its own, as most claims charge no one;
it tells a charge only when a rejection takes it as its object, its maker
is named (its possessor or modifier, "claims from Michael Howard", "by
the regulator") and it holds what it says ("that he led a grubby
government"). The one charged is the subject of what it says; a pronoun
there the actors stage has not resolved is the one rejecting it, who
denies what is said of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.told_shapes import ToldShape

STEP = "charge told by its denial -> ACCUSE"
_MAKERS = frozenset({"from", "by"})
_PRONOUNS = frozenset({"he", "she", "they", "it"})


def denied_claims(tree: Tree, index: ActorIndex, verbal: Mapping[int, str]) -> Iterator[ToldShape]:
    """A charge for each claim by a named maker that a REJECT verb (``verbal``) takes as object."""
    nouns = lexicons.word_set("denied_claims.txt")
    for verb, kind in verbal.items():
        claim = object_of(tree, verb) if kind == "REJECT" else None
        if claim is None or tree.tokens[claim].lemma.lower() not in nouns:
            continue
        makers = _makers(tree, index, claim)
        told = _told_of(tree, claim)
        if not makers or told is None:
            continue
        rejecters = _rejecters(tree, index, verb)
        charged = tuple(a for a in index.actors_at(tree, told) if a not in makers)
        step = "recipient: the subject of what the claim says"
        if not charged and tree.tokens[told].text.lower() in _PRONOUNS:
            charged = tuple(a for a in rejecters if a not in makers)
            step = f"{INFERRED}recipient: the one denying what the claim says of them"
        if charged:
            yield ToldShape(
                claim, makers, charged, (STEP, "actor: who made the claim denied", step)
            )


def _makers(tree: Tree, index: ActorIndex, claim: int) -> tuple[str, ...]:
    """Who made a claim: "Tory claims", "Labour's claims", "claims from Mr Howard"."""
    found = index.describers(tree, claim)
    if found:
        return found
    return tuple(
        actor
        for maker in prepositional_objects(tree, claim, _MAKERS)
        for actor in index.actors_at(tree, maker)
    )


def _told_of(tree: Tree, claim: int) -> int | None:
    """The subject of the clause a claim holds: "he" in "claims that he led ..."."""
    return next(
        (
            subject
            for clause in tree.children[claim]
            if tree.tokens[clause].dep in ("acl", "ccomp")
            for subject in tree.children[clause]
            if tree.tokens[subject].dep in ("nsubj", "nsubjpass")
        ),
        None,
    )


def _rejecters(tree: Tree, index: ActorIndex, verb: int) -> tuple[str, ...]:
    subject, passive = subject_of(tree, verb)
    return () if subject is None or passive else index.actors_at(tree, subject)
