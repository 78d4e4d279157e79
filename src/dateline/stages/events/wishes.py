"""Good wishes: "I hope he will serve again" backs the one wished well.

A speaker who says that they hope an actor the text names will survive,
serve, return, stay on or recover (``lexicons/wished_fortunes.txt``) backs
that actor: a SUPPORT from the speaker. Only the speaker's own hope, not
denied or asked (:func:`.outrage.felt_by_the_speaker`), of a fortune the
actor is the doer of, not denied: "she hoped he would not return" and
"we hope the council will act" back no one; the second asks.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.outrage import felt_by_the_speaker
from dateline.stages.events.statement_records import StatementEvent, others_named, spoken_words

_HOPE = "hope"
STEP = "good wish 'hope' -> SUPPORT"


def good_wishes(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A SUPPORT for each hope in a quote that an actor named will fare well."""
    for quote, speaker, i in spoken_words(tree, quotes):
        word = tree.tokens[i]
        if word.lemma.lower() != _HOPE or word.pos != "VERB":
            continue
        if not felt_by_the_speaker(tree, index, i, quote):
            continue
        wished = _wished_well(tree, index, i, speaker)
        if wished:
            yield StatementEvent.by_speaker(
                "SUPPORT",
                quote,
                wished,
                (i, word.text),
                (STEP, "recipient: whom it wishes well"),
            )


def _wished_well(tree: Tree, index: ActorIndex, hope: int, speaker: str) -> tuple[str, ...]:
    """The actors, not the speaker, a hope's clause says will have a fortune wished for them."""
    fortunes = lexicons.word_set("wished_fortunes.txt")
    for clause in tree.children[hope]:
        verb = tree.tokens[clause]
        if verb.dep != "ccomp" or verb.lemma.lower() not in fortunes:
            continue
        if any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[clause]):
            continue  # "hoped he would not return"
        subject, passive = subject_of(tree, clause)
        if subject is not None and not passive:
            return others_named(tree, index, (subject,), speaker)
    return ()
