"""Who wrote a work that speaks: the author the story names for it elsewhere.

A story often names a report or a book once with its author ("journalist
Ann Lee's new book", "a study by the Fabian Society", "The report is
published by the Audit Office") and then lets the work speak on its own
("The new book claims ...", "..., a report says."). Those words are the
author's, as a reader takes them: the author named for a work of the same
noun nearest before the quote, else nearest after it (a story may open on
"a report says" and name its author further down).
"""

from __future__ import annotations

from collections.abc import Callable

from dateline import lexicons
from dateline.stages._clause_roles import agent_of
from dateline.stages._tree import Tree

_BY = frozenset({"by", "from"})
"""The prepositions that name a work's author: "a report by MPs", "a letter from the firm"."""


def author_elsewhere(tree: Tree, work: int, actor_of: Callable[[int], str | None]) -> str | None:
    """The author named for another mention of the noun ``work`` heads, nearest first.

    ``actor_of`` maps a noun phrase's head to the actor it names, if any.
    """
    own = _author(tree, work, actor_of)
    if own is not None:
        return own
    lemma = tree.tokens[work].lemma.lower()
    named = [
        (i, author)
        for i in range(len(tree))
        if i != work
        and tree.tokens[i].lemma.lower() == lemma
        and (author := _author(tree, i, actor_of)) is not None
    ]
    before = [author for i, author in named if i < work]
    after = [author for i, author in named if i > work]
    return before[-1] if before else (after[0] if after else None)


def _author(tree: Tree, work: int, actor_of: Callable[[int], str | None]) -> str | None:
    """The actor one mention of a work names as its author, if it names one."""
    for head in _author_heads(tree, work):
        actor = actor_of(head)
        if actor is not None:
            return actor
    return None


def _author_heads(tree: Tree, work: int) -> list[int]:
    """The heads of the phrases that may name a work's author, in the order they are trusted.

    Its owner ("Ann Lee's book") or the name it is compounded with ("the
    Audit Office report"); its "by" or "from" phrase, on itself or on the
    title set beside it ("a new book, Hard Times, by Ann Lee"); the "by"
    phrase of a participle of making on it ("a study published by X") or
    of the verb it is the passive subject of ("The report was written by X");
    a "by" phrase set between it and its verb ("The report, by X, says").
    """
    tree_tokens = tree.tokens
    heads: list[int] = []
    for child in tree.children[work]:
        dep = tree_tokens[child].dep
        if dep in ("poss", "compound"):
            heads.append(child)
        elif dep == "prep" and tree_tokens[child].text.lower() in _BY:
            heads += _objects(tree, child)
        elif dep == "appos":
            heads += [
                g
                for p in tree.children[child]
                if tree_tokens[p].dep == "prep" and tree_tokens[p].text.lower() == "by"
                for g in _objects(tree, p)
            ]
        elif dep == "acl" and _making(tree, child):
            heads += _agent(tree, child)
    verb = tree_tokens[work].head
    if tree_tokens[work].dep == "nsubjpass" and _making(tree, verb):
        heads += _agent(tree, verb)
    if tree_tokens[work].dep == "nsubj":
        # "The report, by the Audit Office, says": the parse hangs the "by" on the verb.
        heads += [
            g
            for p in tree.children[verb]
            if work < p < verb
            and tree_tokens[p].dep == "prep"
            and tree_tokens[p].text.lower() in _BY
            for g in _objects(tree, p)
        ]
    return heads


def _objects(tree: Tree, preposition: int) -> list[int]:
    return [g for g in tree.children[preposition] if tree.tokens[g].dep == "pobj"]


def _agent(tree: Tree, verb: int) -> list[int]:
    agent = agent_of(tree, verb)
    return [] if agent is None else [agent]


def _making(tree: Tree, verb: int) -> bool:
    """A verb by which one puts a work forward: "published", "written", "issued"."""
    return tree.tokens[verb].lemma.lower() in lexicons.word_set("authoring_verbs.txt")
