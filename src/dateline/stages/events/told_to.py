"""Whom a quote is said to, and the words in it that stand for that one.

"He told Ms Hale: "It is disappointing that you have added to this
distortion"": words said to a person, in their own words, name that person
"you", and answer what that person said with "that" ("That is completely
untrue"). The one told is the person the verb that says the quote takes as
its object ("told Ms Hale", "asked Mr Dunn") or after "to" ("wrote to Ms
Hale", "said to Mr Dunn"). Only a person: "told the BBC: "you have to
wonder"" speaks to listeners, and its "you" is anyone.
"""

from __future__ import annotations

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.events.statement_records import quoted_tokens

# The words by which a quote names the one it is said to.
_YOU = frozenset({"you"})
# How the verb that says a quote takes the one it is said to: "told Ms Hale", "asked him".
_TOLD = frozenset({"dobj", "dative"})


def told_to(tree: Tree, index: ActorIndex, quote: Quote) -> str | None:
    """The person a direct quote is said to, if the verb that says it names one; else None."""
    if quote.kind != "direct" or quote.speaker is None:
        return None
    verb = _saying_verb(tree, quote)
    if verb is None:
        return None
    told = [c for c in tree.children[verb] if tree.tokens[c].dep in _TOLD]
    told += prepositional_objects(tree, verb, frozenset({"to"}))
    people = {
        actor
        for word in told
        for actor in index.actors_at(tree, word)
        if actor != quote.speaker and index.kinds.get(actor) == "person"
    }
    return next(iter(people)) if len(people) == 1 else None


def names_the_one_told(tree: Tree, word: int | None) -> bool:
    """Whether a word of a quote is the "you" by which it names the one it is said to."""
    return word is not None and tree.tokens[word].text.lower() in _YOU


def _saying_verb(tree: Tree, quote: Quote) -> int | None:
    """The verb that says a quote, in the sentence where it opens or where it closes.

    "He told Ms Hale: "..."" has it before the quote, and ""...", he told
    Ms Hale" after; a saying verb of the next quote or the last is not this
    quote's, however near.
    """
    words = list(quoted_tokens(tree, quote))
    if quote.cue is None or not words:
        return None
    first, last = words[0], words[-1]
    cue = quote.cue.lower()
    before = [
        i
        for i in range(first)
        if tree.sentence_of[i] == tree.sentence_of[first] and tree.tokens[i].text.lower() == cue
    ]
    if before:
        return before[-1]
    return next(
        (
            i
            for i in range(last + 1, len(tree))
            if tree.sentence_of[i] == tree.sentence_of[last] and tree.tokens[i].text.lower() == cue
        ),
        None,
    )
