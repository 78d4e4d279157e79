"""Demands told as the hour for an act: "it is time for the council to act".

A speaker who says it is time, high time or the right time for an actor
to do something asks it of that actor, as "the council should act" does:
a REQUEST from the speaker to the actor that is the subject of the act
("for the council to act"). Not when the time is denied ("it is not time
for the council to act"), asked about, or qualified as anything but due
("a difficult time for the party to campaign" asks nothing).
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.statement_records import StatementEvent, others_named, spoken_words

STEP = "speaker says it is time for an actor to act -> REQUEST"
# Words that say the time is due: "high time", "about time", "the right time".
_DUE = frozenset({"high", "about", "right"})
_ACTS = frozenset({"relcl", "acl", "advcl"})


def time_to_act(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A REQUEST for each "time for X to act" a quote's speaker says, X an actor."""
    for quote, speaker, word in spoken_words(tree, quotes):
        token = tree.tokens[word]
        if token.lemma.lower() != "time" or token.pos != "NOUN" or not _due(tree, word):
            continue
        doers = (
            subject
            for act in _acts_for(tree, word)
            for subject in tree.children[act]
            if tree.tokens[subject].dep == "nsubj"
        )
        asked = others_named(tree, index, doers, speaker)
        if asked:
            yield StatementEvent.by_speaker(
                "REQUEST",
                quote,
                asked,
                (word, token.text),
                (
                    STEP,
                    "recipient: the one it is time for ('for X to act')",
                ),
            )


def _due(tree: Tree, word: int) -> bool:
    """Whether "time" says the hour has come: it is what "be" says, undenied and unqualified."""
    token = tree.tokens[word]
    verb = token.head
    if token.dep not in ("attr", "nsubj") or tree.tokens[verb].lemma.lower() != "be":
        return False
    if any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[verb]):
        return False
    if any(tree.tokens[c].text == "?" for c in tree.children[verb]):
        return False
    return all(
        tree.tokens[c].text.lower() in _DUE
        for c in tree.children[word]
        if tree.tokens[c].dep in ("amod", "advmod")
    )


def _acts_for(tree: Tree, word: int) -> list[int]:
    """The acts "for X to" do that hang on "time": "time for the mayor to apologise"."""
    return [
        act
        for act in tree.children[word]
        if tree.tokens[act].dep in _ACTS
        and any(
            tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "for"
            for c in tree.children[act]
        )
        and any(tree.tokens[c].tag == "TO" for c in tree.children[act])
    ]
