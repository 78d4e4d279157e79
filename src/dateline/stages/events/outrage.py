"""Charges told by outrage: "we are appalled by the decision" condemns whoever made it.

A speaker who says that they, or those they speak for, are "outraged by the
decision", "appalled that the police detained the men" or "angry at
Labour's plans" condemns the one behind the thing: the actor it names, the
subject of the clause it holds, or whose the thing is. The word of outrage
(``lexicons/outrage_words.txt``) must stand in a quote that has a speaker,
with a subject that is the speaker or no other actor ("her members were
outraged"): "the men were angry", said of others, is their anger, not the
speaker's charge. Negated ("not angry") or asked, it charges no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex, agent_of, prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.statements import StatementEvent, quoted_tokens, whose_thing

# How a speaker names itself: in its own words, or as reported speech tells them.
_OWN_PRONOUNS = {
    True: frozenset({"i", "we"}),
    False: frozenset({"i", "we", "he", "she", "they"}),
}
# What one is outraged "by", "at", "over" or "with".
_CAUSES = frozenset({"by", "at", "over", "with", "about"})


def outraged_charges(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """An ACCUSE for each word of outrage in a quote, at whoever is behind its cause."""
    words = lexicons.word_set("outrage_words.txt")
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        for i in quoted_tokens(tree, quote):
            word = tree.tokens[i]
            if word.text.lower() not in words:
                continue
            if word.pos not in ("ADJ", "VERB") or not _felt_by_the_speaker(tree, index, i, quote):
                continue
            found = _charged(tree, index, i, speaker)
            if found is None:
                continue
            recipients, step = found
            yield StatementEvent.by_speaker(
                "ACCUSE",
                quote,
                recipients,
                (i, word.text),
                (
                    f"word of outrage '{word.text.lower()}' -> ACCUSE",
                    step,
                ),
            )


def _felt_by_the_speaker(tree: Tree, index: ActorIndex, word: int, quote: Quote) -> bool:
    """Whether the one outraged is the speaker, or no actor besides: not negated either."""
    clause = _clause_word(tree, word)
    if any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[clause]) or any(
        tree.tokens[c].text.lower() in NEGATORS for c in tree.children[word]
    ):
        return False
    subject = subject_of(tree, clause)[0]
    if subject is None:
        return False
    if tree.tokens[subject].text.lower() in _OWN_PRONOUNS[quote.kind == "direct"]:
        # "she said she was appalled": in reported speech the pronoun is the speaker's own.
        return True
    named = index.actors_at(tree, subject)
    return not named or named == (quote.speaker,)


def _clause_word(tree: Tree, word: int) -> int:
    """The verb whose subject feels the outrage: "was" in "was appalled", first of a pair."""
    node = tree.first_conjunct(word)
    if tree.tokens[node].dep in ("acomp", "oprd"):
        return tree.tokens[node].head
    return node


def _copula(tree: Tree, word: int) -> int:
    """The verb an adjective of outrage completes ("were" in "were outraged"), or the word."""
    return tree.tokens[word].head if tree.tokens[word].dep in ("acomp", "oprd") else word


def _charged(
    tree: Tree, index: ActorIndex, word: int, speaker: str
) -> tuple[tuple[str, ...], str] | None:
    """Whom the outrage charges, and how found; None when its cause names nothing."""
    # "were outraged by the decision": the parse may hang the cause on the copula.
    causes = [
        cause
        for place in dict.fromkeys((word, _copula(tree, word)))
        for cause in prepositional_objects(tree, place, _CAUSES)
    ]
    agent = agent_of(tree, word)
    causes += [agent] if agent is not None else []
    for cause in causes:
        named = tuple(a for a in index.actors_at(tree, cause) if a != speaker)
        if named:
            return named, "recipient: whom the outrage is at"
        if tree.tokens[cause].pos == "NOUN":
            return whose_thing(tree, index, cause, speaker, blames=True)
    for clause in tree.children[word]:
        if tree.tokens[clause].dep != "ccomp":
            continue
        subject = subject_of(tree, clause)[0]
        named = () if subject is None else index.actors_at(tree, subject)
        named = tuple(a for a in named if a != speaker)
        if named:
            return named, "recipient: the subject of what the outrage is that"
    return None
