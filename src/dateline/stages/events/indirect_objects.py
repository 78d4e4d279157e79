"""The one given to, told before the thing given, which the parse read as a name on it.

"France sent Chad military aid", "Washington offered North Korea security
guarantees": English puts the one given to straight after a verb of giving,
with no "to" ("sent aid to Chad"). The parse often reads such a place name
as a modifier of the thing given ("Chad military aid", as in "US troops"),
and the event loses its recipient. A country's name right after the verb,
with no determiner before it, heading the words before the object, is the
one given to, unless it is the giver's own country ("Washington sent US
troops": the troops are America's).
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree

STEP = "recipient: the indirect object, read by the parse as a name on the thing given"

_NAME_MODIFIERS = frozenset({"compound", "nmod"})
"""How the parse hangs a name on the noun after it."""


def given_to_before_the_gift(  # noqa: PLR0913 - the verb's parts, as verb_sides found them
    tree: Tree,
    index: ActorIndex,
    verb: int,
    obj: int | None,
    *,
    preps: frozenset[str],
    doers: tuple[str, ...],
    found: list[tuple[int, str]],
) -> list[tuple[int, str]]:
    """The country a verb of giving names right after itself, inside its object, with the step.

    Only for a cue whose recipient ``preps`` hold "to" (one gives to
    someone), and only when nothing ``found`` so far names an actor ("sent
    US troops to Iraq" has its recipient after "to").
    """
    first = verb + 1
    if (
        obj is None
        or "to" not in preps
        or any(index.actors_at(tree, head) for head, _ in found)
        or tree.tokens[obj].head != verb
        or not tree.subtree(obj)[0] == first < obj
        or tree.tokens[first].ent_type != "GPE"
        or tree.tokens[first].pos != "PROPN"
    ):
        return []
    name = _head_of_the_name(tree, first)
    if name is None or tree.tokens[name].dep not in _NAME_MODIFIERS:
        return []
    named = index.actors_at(tree, name)
    own = {index.countries.get(d) for d in doers} - {None}
    if not named or any(
        index.kinds.get(a) != "country" or index.countries.get(a) in own for a in named
    ):
        return []
    return [(name, STEP)]


def _head_of_the_name(tree: Tree, first: int) -> int | None:
    """The last word of the name that begins at ``first``: "Korea" of "North Korea"."""
    word = first
    while tree.tokens[word].dep == "compound":
        head = tree.tokens[word].head
        if head <= word or tree.tokens[head].pos != "PROPN":
            break
        word = head
    return word
