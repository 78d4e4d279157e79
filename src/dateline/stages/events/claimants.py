"""Who made a claim that a denial takes up again: "X claimed ... Y denied the claims"."""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED

STEP = f"{INFERRED}recipient: who made the claim taken up, told just before"

_TAKING_UP = frozenset({"the", "this", "that", "these", "those"})
"""Determiners by which a noun names again a thing already told."""

_REACH = 2
"""How many sentences back the claim may have been made."""


def _verbs_of_claims() -> dict[str, frozenset[str]]:
    """Each noun of a thing said, with the verbs by which it is said (claim_nouns.tsv)."""
    return lexicons.grouped("claim_nouns.tsv", "noun", "verb")


def claimant_told_before(
    tree: Tree, index: ActorIndex, thing: int, besides: tuple[str, ...]
) -> int | None:
    """Who made "the claims" a denial or a rebuff takes up, by the verb that told them.

    "Fans claimed the trouble began outside. The chairman denied the
    claims": the claims are the fans', and the denial is aimed at them. A
    claim named with its owner ("the union's claims") or on its own ("denied
    claims of abuse") is left to other rules, and one the doers made
    themselves ("he argued ... and stood by the argument") charges no one.
    """
    token = tree.tokens[thing]
    said_by = _verbs_of_claims().get(token.lemma.lower())
    if token.pos != "NOUN" or said_by is None or index.describers(tree, thing):
        return None
    if not any(tree.tokens[c].text.lower() in _TAKING_UP for c in tree.children[thing]):
        return None
    start = tree.sentence_span(max(tree.sentence_of[thing] - _REACH, 0))[0]
    for earlier in range(thing - 1, start - 1, -1):
        word = tree.tokens[earlier]
        if word.pos == "VERB" and word.lemma.lower() in said_by:
            return _teller(tree, index, earlier, besides)
    return None


def _teller(tree: Tree, index: ActorIndex, verb: int, besides: tuple[str, ...]) -> int | None:
    """The named subject of a verb of saying, unless it is one of ``besides``."""
    subject, passive = subject_of(tree, verb)
    if subject is None or passive:
        return None
    named = index.actors_at(tree, subject)
    return subject if named and not set(named) & set(besides) else None
