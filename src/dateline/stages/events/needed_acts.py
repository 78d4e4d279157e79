"""Demands told as a need: "it is vital that the council act now".

A speaker who says it is vital, essential or important that an actor do
something, or for an actor to do it, asks it of that actor, as "the
council should act" does: a REQUEST from the speaker to the subject of the
needed act (the act itself is still to be done:
:func:`.modality.told_as_needed`). The need must be said of an expletive
"it" ("it is crucial that..."), undenied, unasked and not merely supposed
("if it is vital that..."); "it is vital that we pull together" or "that
pupils are taught" asks nothing of anyone named.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.lexicons import word_set
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS, told_as_needed
from dateline.stages.events.statement_records import StatementEvent, others_named, spoken_words

STEP = "speaker says it is vital that an actor act -> REQUEST"
# Words that suppose or ask the need rather than say it: "if it is vital that".
_SUPPOSING = frozenset({"if", "unless", "whether"})
# The speaker's own side or the one addressed: "vital that we pull together".
_OWN_SIDE = frozenset({"i", "we", "us", "you"})


def needed_acts(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A REQUEST for each "it is vital that X act" a quote's speaker says, X an actor."""
    needing = word_set("needing_words.txt")
    for quote, speaker, word in spoken_words(tree, quotes):
        token = tree.tokens[word]
        if token.lemma.lower() not in needing or token.dep != "acomp" or not _said(tree, word):
            continue
        asked = others_named(tree, index, _needed_doers(tree, token.head), speaker)
        if asked:
            yield StatementEvent.by_speaker(
                "REQUEST",
                quote,
                asked,
                (word, token.text),
                (STEP, "recipient: the subject of the act said to be needed"),
            )


def _said(tree: Tree, word: int) -> bool:
    """Whether the need is said outright of an expletive "it": not denied, asked or supposed."""
    verb = tree.tokens[word].head
    words = {tree.tokens[c].text.lower() for c in (*tree.children[verb], *tree.children[word])}
    if words & (NEGATORS | _SUPPOSING) or "?" in words:
        return False
    return any(
        tree.tokens[c].dep == "nsubj" and tree.tokens[c].text.lower() == "it"
        for c in tree.children[verb]
    )


def _needed_doers(tree: Tree, verb: int) -> Iterator[int]:
    """The subjects of the acts "that X act" or "for X to act" said to be needed on "be"."""
    for act in tree.children[verb]:
        if not told_as_needed(tree, act):
            continue
        for subject in tree.children[act]:
            token = tree.tokens[subject]
            if token.dep == "nsubj" and token.text.lower() not in _OWN_SIDE:
                yield subject
