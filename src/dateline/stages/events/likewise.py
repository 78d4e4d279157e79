"""Doers an "as did" clause adds: "Mr Blair offered his congratulations, as did Mr Howard".

English tells that others did the same with a clause of "as" and a bare
"do" whose subject is the others ("as did the Tory leader and the Liberal
Democrat leader", "as have several banks"): the event is theirs too, with
the same recipient. The clause hangs on the verb that tells the event, or
on the first of the verbs "and" joins it to.
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree

STEP = "actor: those an 'as did' clause says did the same"
# The bare verbs of an "as" clause that stand for the verb before: "as did", "as have".
_STAND_INS = frozenset({"do", "have"})


def likewise_doers(tree: Tree, index: ActorIndex, word: int) -> tuple[str, ...]:
    """The actors an "as did" clause on the verb that tells ``word`` says did the same."""
    verb = _telling_verb(tree, word)
    for clause in dict.fromkeys((verb, tree.first_conjunct(verb))):
        for child in tree.children[clause]:
            if _stands_in_for_the_verb(tree, child):
                subject = subject_of(tree, child)[0]
                return () if subject is None else index.actors_at(tree, subject)
    return ()


def _telling_verb(tree: Tree, word: int) -> int:
    """The verb a trigger tells its event by: itself, or the verb a noun or adjective is on."""
    if tree.tokens[word].pos in ("VERB", "AUX"):
        return word
    return tree.tokens[word].head


def _stands_in_for_the_verb(tree: Tree, clause: int) -> bool:
    """Whether a clause is "as" with a bare "do" or "have": "as did Labour", "as have others"."""
    word = tree.tokens[clause]
    if word.dep != "advcl" or word.lemma.lower() not in _STAND_INS:
        return False
    children = [tree.tokens[c] for c in tree.children[clause]]
    if word.lemma.lower() == "have" and any(c.dep == "aux" for c in children):
        # "as the best chancellor Britain has had": a "have" with an auxiliary
        # of its own is the full verb of having, not a stand-in for the verb before.
        return False
    return any(c.dep == "mark" and c.text.lower() == "as" for c in children) and not any(
        c.dep in ("dobj", "obj", "xcomp", "ccomp", "acomp", "attr") for c in children
    )
