"""Small tests that several coreference steps share.

A title's canonical words, whether a title is generic, a name folded for
comparison, a former holder, and the cluster a mention belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.lexicon import Organization, load
from dateline.stages.actors.mention import Mention, head_of


def names_body(found: Cluster, body: Organization) -> bool:
    """Whether a cluster calls a body of the lexicon by its name."""
    return any(
        m.kind == "name" and m.organization is not None and m.organization.name == body.name
        for m in found.mentions
    )


OFFICE_OF_STATE = "GOV"


def held_by_one_known(mention: Mention) -> bool:
    """Whether a role told bare is an office held now by one person the reader knows.

    An office of state ("the minister") or the chair of a chamber ("the
    Speaker", presiding_offices.txt): whoever was named before is someone
    else, unless the role is a former one ("the former Speaker").
    """
    entry = mention.title_entry
    if entry is None or names_former_office(mention):
        return False
    presiding = " ".join(canonical_words(entry.words)) in lexicons.word_set("presiding_offices.txt")
    return entry.sector == OFFICE_OF_STATE or presiding


def definite_after_modifiers(mention: Mention, tree: Tree) -> bool:
    """Whether "the" opens the words before a role ("the Spectator editor", "the former MEP")."""
    tokens = tree.tokens
    k = mention.first - 1
    while k >= 0 and tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tokens[k].tag != "POS":
        k -= 1
    return k >= 0 and tokens[k].text.lower() == "the"


def word_before(tree: Tree, first: int) -> str:
    """The word before a description, in lower case, past an "own": "his" in "his own party".

    "His own party" is his party, said with weight; the owner decides which
    body it is as in "his party".
    """
    k = first - 1
    if k > 0 and tree.tokens[k].text.lower() == "own":
        k -= 1
    return tree.tokens[k].text.lower() if k >= 0 else ""


def body_name(mention: Mention) -> bool:
    """Whether a mention is an organisation's name."""
    return mention.kind == "name" and mention.label == "ORG"


def cluster_at(token: int, of_mention: Mapping[Any, Cluster]) -> Cluster | None:
    """The cluster one of whose mentions covers a token, if any."""
    for found in of_mention.values():
        if any(m.first <= token < m.last for m in found.mentions):
            return found
    return None


def whose_owner(mention: Mention, clusters: Mapping[Any, Cluster], tree: Tree) -> Cluster | None:
    """The actor "whose" stands for: the one its clause is told of.

    "Charles Kennedy, whose party opposes the plan": the clause hangs on
    Kennedy, so the party is his.
    """
    token = head_of(tree, mention.first, mention.last)
    for _ in range(_CLAUSE_DEPTH):
        if tree.tokens[token].dep == "relcl":
            return cluster_at(tree.tokens[token].head, clusters)
        if tree.tokens[token].head == token:
            return None
        token = tree.tokens[token].head
    return None


_CLAUSE_DEPTH = 3
"""How far above "whose party" the clause's verb may be ("whose party has long opposed")."""


def told_with_a(mention: Mention, tree: Tree) -> bool:
    """Whether a mention follows "a" or "an" ("a union leader")."""
    return mention.first > 0 and tree.tokens[mention.first - 1].text.lower() in ("a", "an")


def names_former_office(mention: Mention) -> bool:
    """Whether a title names an office no longer held ("the former home secretary")."""
    lexicon = load()
    return any(lexicon.ends_office(word) for word in (mention.title or "").split())


PARTY = "PTY"


def canonical_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The office title words name, in the lexicon's one form ("pm" is "prime minister")."""
    return load().canonical(words)


def is_generic_words(words: tuple[str, ...]) -> bool:
    """Whether title words name a generic role rather than one office ("diplomat", "official")."""
    return load().is_generic(words)


def folded_name(text: str) -> str:
    """A body's name as compared: no leading "the", case folded, no joining "and" or "&"."""
    text = " ".join(text.split())
    if text.lower().startswith("the "):
        text = text[4:]
    # "Marks & Spencer" and "Marks and Spencer" are one firm; a writer who
    # drops the "and" of a long name ("Arts Humanities Research Council") means it too.
    return " ".join(w for w in text.casefold().split() if w not in _JOINING)


_JOINING = frozenset({"and", "&"})
