"""Beliefs: a view an actor is told to hold, or a finding it made, read as a statement of theirs.

"The Greens believe the mayor should publish the report" tells the
party's demand as "the Greens say the mayor should publish the report"
does; "Mr Osei thinks the board's plan is misguided" is his charge, and
"the inquiry found the firm had misled investors" the inquiry's. The
quotes stage keeps to verbs of saying, so such a view is no quote; here it
is one, for the statement cues alone (:mod:`.statements`), with the one who
holds it as its speaker.

Only a view its holder is told to hold as fact: not one denied ("does not
believe the tax should rise"), asked about, put as a condition ("if the
inquiry finds that ..."), or held inside another's quote (whose speaker
says it, :mod:`.said_outright`); and only a view held by an
actor named, not by the people a poll counts ("40% think she should
resign").
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.judged import in_a_question, negated_here
from dateline.stages.events.statement_records import in_quote

_BELIEVING = frozenset({"believe", "think", "find"})
"""Verbs by which news tells a view one holds or a finding one made, with it as their clause.

Not "rule": what a court rules one "must" or "should" do is an order, no demand
("ruled that the firm must stop selling the bikes")."""
_CONDITIONS = frozenset({"if", "unless", "whether"})
"""Words that make a clause a condition or a question: "if the inquiry finds that ..."."""

BELIEF_QUOTE = "belief"
"""How the id of a view read as a quote begins: it is no quote the article records."""


def belief_quotes(tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]) -> Iterator[Quote]:
    """Each view an actor named is told to hold, as an indirect quote of theirs."""
    for number, (verb, view) in enumerate(_views(tree, quotes), 1):
        subject = next(c for c in tree.children[verb] if tree.tokens[c].dep == "nsubj")
        speaker = index.by_token.get(subject)
        if speaker is None:
            continue
        first, last = tree.subtree(view)
        start, end = tree.tokens[first].start, tree.tokens[last - 1].end
        yield Quote(
            id=f"{BELIEF_QUOTE}{number}",
            text=tree.span_text(first, last),
            span=(start, end),
            kind="indirect",
            speaker=speaker,
            speaker_text=tree.span_text(*tree.subtree(subject)),
            cue=tree.tokens[verb].text,
        )


def _views(tree: Tree, quotes: tuple[Quote, ...]) -> Iterator[tuple[int, int]]:
    """Each verb of believing with a subject, held as fact, and the clause it holds."""
    for verb, word in enumerate(tree.tokens):
        if word.pos != "VERB" or word.lemma.lower() not in _BELIEVING:
            continue
        children = tree.children[verb]
        view = next((c for c in children if tree.tokens[c].dep == "ccomp"), None)
        if (
            view is None
            or not any(tree.tokens[c].dep == "nsubj" for c in children)
            or negated_here(tree, verb)
            or in_a_question(tree, verb)
            or any(tree.tokens[c].text.lower() in _CONDITIONS for c in children)
            or any(in_quote(tree, verb, quote) for quote in quotes)
        ):
            continue
        yield verb, view
