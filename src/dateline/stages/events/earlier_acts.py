"""Whose act a reaction names by a noun for it: "criticised the announcement", "the remarks".

"Finance minister Ann Lowe announced a 4% rise in council funding. Plaid
Cymru criticised the announcement": the charge is aimed at the one who made
the announcement, as the sentence before tells, though the reaction names
no one. The nouns (``lexicons/earlier_acts.tsv``) are of two kinds: words
said, whose maker is the one the sentence before has speaking ("X said ...
Labour slammed the remarks"), and steps, whose maker is the subject of the
sentence before when it tells a deed ("the executive decided to ban ... the
Tories opposed the move"), not a view ("an analyst said the cut would help.
Drivers welcomed the move" is no praise of the analyst). Only the very
sentence before, a noun taken up with "the", "this" or "these" and no owner
of its own, and never one of the reaction's doers or of their own body, nor
a step taken in another country than the reacting side's. The recipient is
inferred, and scores lower (:mod:`.confidence`).

A charge may take up a deed with no such noun: a bare "this" ("Police
closed the paper. The union said this was unlawful") or the deed's own
noun ("arrested three students ... the arrests were unjustified") is the
deed the sentence before tells (:func:`doer_of_the_deed_taken_up`).
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import agent_of, subject_of
from dateline.stages._speakers import aside_speaker, closing_speaker, sentence_root
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED
from dateline.stages.quotes import cues as quote_cues

STEP = f"{INFERRED}recipient: who did the act the noun takes up, told just before"
DEED_STEP = f"{INFERRED}recipient: who did the deed the words judged take up, told just before"
_WORDS = "words"
_TAKING_UP = frozenset({"the", "this", "these"})


@functools.cache
def _kinds() -> dict[str, str]:
    """Each noun of an act taken up, with its kind ("words" or "step")."""
    return {row["noun"]: row["kind"] for row in lexicons.table("earlier_acts.tsv")}


def names_an_act(tree: Tree, noun: int) -> bool:
    """Whether a noun is one a reaction takes up an earlier act by: "the move", "the remarks"."""
    return tree.tokens[noun].lemma.lower() in _kinds()


def doer_of_the_act(
    tree: Tree, index: ActorIndex, noun: int, besides: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The token naming who did the act a noun takes up from the sentence before, with the step.

    Empty when the noun names no such act, names its owner itself ("the
    party's move"), or the sentence before gives no maker of the right
    kind other than the doers (``besides``) and those of their own body.
    """
    kind = _kinds().get(tree.tokens[noun].lemma.lower())
    sentence = tree.sentence_of[noun]
    if kind is None or sentence == 0 or not _taken_up(tree, index, noun):
        return []
    maker = _speaker(tree, sentence - 1) if kind == _WORDS else _deed_doer(tree, sentence - 1)
    if maker is None:
        return []
    named = _others_named(tree, index, maker, besides)
    if not named or (kind != _WORDS and _across_borders(index, named, besides)):
        return []
    return [(maker, STEP)]


def doer_of_the_deed_taken_up(
    tree: Tree, index: ActorIndex, word: int, besides: tuple[str, ...]
) -> tuple[str, ...]:
    """Who did the deed of the sentence before that a judgement takes up by "this" or its noun.

    "The Kremlin seized the firm's main unit. Its owner says this was
    illegal": a bare "this" or "that" judged takes up the deed just told;
    so does the deed's own noun ("Police arrested three protesters. Amnesty
    said the arrests were unjustified"). Not a sentence of saying, whose
    "this" is the words said, nor the doers' own deed or their body's.
    """
    sentence = tree.sentence_of[word]
    if sentence == 0:
        return ()
    root = sentence_root(tree, sentence - 1)
    if root is None or not (
        _bare_demonstrative(tree, word) or _deed_named_again(tree, index, word, root)
    ):
        return ()
    maker = _deed_doer(tree, sentence - 1)
    return _others_named(tree, index, maker, besides) if maker is not None else ()


def _bare_demonstrative(tree: Tree, word: int) -> bool:
    """Whether a word is "this" or "that" standing alone as a subject: "this was illegal"."""
    token = tree.tokens[word]
    return (
        token.text.lower() in _DEMONSTRATIVES
        and token.dep in ("nsubj", "nsubjpass")
        and not tree.children[word]
    )


_DEMONSTRATIVES = frozenset({"this", "that"})


def _deed_named_again(tree: Tree, index: ActorIndex, noun: int, verb: int) -> bool:
    """Whether a noun names again the deed a verb just told: "arrested ... the arrests"."""
    return (
        tree.tokens[verb].pos == "VERB"
        and tree.tokens[noun].lemma.lower() == tree.tokens[verb].lemma.lower()
        and _taken_up(tree, index, noun)
    )


def _others_named(
    tree: Tree, index: ActorIndex, maker: int, besides: tuple[str, ...]
) -> tuple[str, ...]:
    """The actors a maker's token names, unless among the doers, their body or the press."""
    named = index.actors_at(tree, maker)
    own_bodies = {index.orgs.get(actor) for actor in besides} - {None}
    if not named or any(a in besides or index.orgs.get(a) in own_bodies for a in named):
        return ()
    if set(named) & index.press:
        return ()  # "a BBC correspondent said ...": the story's own telling, which no one answers
    return named


def _across_borders(index: ActorIndex, makers: tuple[str, ...], doers: tuple[str, ...]) -> bool:
    """Whether a step was taken in one country and reacted to from another.

    "Norway expelled three diplomats ... Hungary criticised the move": between
    states a step is answered by the one it was taken against, which
    :mod:`.reactions` finds by what was done to whom; a bystander state's
    "the move" may be any step. A body of no country (the WTO) stays open.
    """
    theirs = {index.countries.get(actor) for actor in makers} - {None}
    ours = {index.countries.get(actor) for actor in doers} - {None}
    return bool(theirs and ours and not theirs & ours)


def _taken_up(tree: Tree, index: ActorIndex, noun: int) -> bool:
    """Whether a noun takes up an act with "the", "this" or "these", naming no owner of it."""
    return (
        any(tree.tokens[c].text.lower() in _TAKING_UP for c in tree.children[noun])
        and not index.actors_at(tree, noun)
        and not index.describers(tree, noun)
    )


def _speaker(tree: Tree, sentence: int) -> int | None:
    """Who speaks in a sentence: the subject of its main verb of saying, or its named source."""
    root = sentence_root(tree, sentence)
    if root is not None and tree.tokens[root].lemma.lower() in quote_cues.lemmas():
        subject, passive = subject_of(tree, root)
        if subject is not None and not passive:
            return subject
    return closing_speaker(tree, sentence) or aside_speaker(tree, sentence)


def _deed_doer(tree: Tree, sentence: int) -> int | None:
    """Who does the deed a sentence tells: its main verb's subject, or the "by" of a passive.

    None for a sentence of saying: the step then is one the speaker talks
    of, not as often one the speaker took; but one announces, unveils or
    sets out one's own step ("ministers announced changes ... the move").
    """
    root = sentence_root(tree, sentence)
    if root is None:
        return None
    verb = tree.tokens[root].lemma.lower()
    if verb in quote_cues.lemmas() and verb not in lexicons.word_set("authoring_verbs.txt"):
        return None
    subject, passive = subject_of(tree, root)
    return agent_of(tree, root) if passive else subject
