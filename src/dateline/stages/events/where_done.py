"""A cue told in a "where" clause, whose "where" stands for the place it names whom.

"The court in Denver, where the airline sought protection from creditors":
the "where" stands for "in the court", as "filed for bankruptcy in a
Delaware court" names the court the filing asks; "the country where he sought asylum" the
country asked. Only for a cue whose "in" names its recipient
(``lexicons/plover_cues.tsv``).
"""

from __future__ import annotations

from dateline.stages._tree import Tree


def where_done(tree: Tree, word: int, preps: frozenset[str]) -> list[int]:
    """What a "where" clause headed by ``word`` hangs on, when ``preps`` hold "in"; else none."""
    token = tree.tokens[word]
    if "in" not in preps or token.dep != "relcl":
        return []
    where = any(
        tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() == "where"
        for c in tree.children[word]
    )
    if not where:
        return []
    return _with_the_place_it_is_in(tree, token.head)


def _with_the_place_it_is_in(tree: Tree, place: int) -> list[int]:
    """A place, and what it names the town or state of: "the court in Denver, Colorado, where".

    The "where" may hang on the town, or on the state set beside it; the
    court the town is named for is as much the place meant.
    """
    found = [place]
    while tree.tokens[place].dep in ("appos", "conj", "npadvmod"):
        place = tree.tokens[place].head
        found.append(place)
    preposition = tree.tokens[place].head
    if tree.tokens[place].dep == "pobj" and tree.tokens[preposition].text.lower() == "in":
        owner = tree.tokens[preposition].head
        if tree.tokens[owner].pos in ("NOUN", "PROPN"):
            found.append(owner)
    return found
