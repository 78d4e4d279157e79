"""A firm brought in by its country and trade alone: "a Turkish company won the contract".

"A company" is any firm, but one a demonym or a country's name places
("a Turkish company", "a US bank") and that does, or undergoes, a deed the
event cues name ("bought the stake", "awarded the contract to a Turkish
company") is the one the story reports on, named or not: a firm (BUS) of
that country, not the country's state acting. The words for a firm are
org_words.tsv's one-word BUS kinds ("company", "firm", "bank").
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, make_mention
from dateline.stages.actors.private_persons import deed_verbs, in_a_deed, indefinite, placed_words


def unnamed_firms(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Every "a <demonym> <firm word>" that does or undergoes a deed, as a firm of that country."""
    found = []
    for i, token in enumerate(tree.tokens):
        if token.tag != "NN" or taken[i] or lexicon.org_words.get(token.text.lower()) != COMPANY:
            continue
        if not indefinite(tree, i) or not (in_a_deed(tree, i) or _dealt_with(tree, i)):
            continue
        first, country = placed_words(tree, taken, i, lexicon.country)
        if country is None:
            continue  # "a company": any firm
        if any(taken[first:i]):
            continue
        found.append(
            make_mention(tree, first, i + 1, "group", "ORG", sector=COMPANY, country=country)
        )
    return found


def _dealt_with(tree: Tree, i: int) -> bool:
    """Whether a firm is whom a deed verb's "to", "with" or "from" names: "sold it to a firm".

    Joined by "and" to the first one named, it is as much so: "the port
    deal went to a Danish and a Greek firm".
    """
    token = tree.tokens[tree.first_conjunct(i)]
    if token.dep != "pobj":
        return False
    preposition = tree.tokens[token.head]
    verb = tree.tokens[preposition.head]
    return (
        preposition.text.lower() in _DEALT_WITH
        and verb.pos == "VERB"
        and verb.lemma.lower() in deed_verbs()
    )


_DEALT_WITH = frozenset({"to", "with", "from"})
