"""Bodies the model missed in a list of bodies it found: "Harbour Textiles, KP Textiles and ...".

A list names things of one kind. Where the model tags some of its items as
bodies and leaves another untagged, or calls it a work of art or a place
no gazetteer knows, that item is a body too: the firms a strike closed,
the regiments a reform merges, the colleges a minister joined.
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, head_of, make_mention
from dateline.stages.actors.misread_places import COMPASS_POINTS
from dateline.stages.actors.untagged import place_or_person

_LIST_LINKS = frozenset({"conj", "appos"})
"""How the items of a list hang on each other: "A, B and C" (or "A, B" read as apposition)."""

_MISSED_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LOC", "GPE"})
"""Labels the model gives a listed body's words that no finder before takes for a body.

Not a person's, a body's or a people's: a name so tagged and dropped was
dropped for a reason of its own.
"""

_NAME_WORDS = frozenset({"PROPN", "NUM", "ADJ"})
"""What the words before a name's last may be: "Golden Nine Textiles", "Precious Six Garments"."""


def bodies_listed_with_bodies(
    tree: Tree, found: list[Mention], taken: list[bool], lexicon: ActorLexicon
) -> list[Mention]:
    """Names listed beside a body the model found, that it tagged as no body.

    Only a run of capitalised words, free, naming no place, person or role
    the lexicons know: "the Royal Scots and the Highland Rifles" lists two
    regiments, "Acme and Tokyo" a firm and a city.
    """
    bodies = {
        head_of(tree, m.first, m.last) for m in found if m.label == "ORG" and m.kind == "name"
    }
    listed = []
    for body in sorted(bodies):
        items = _other_items(tree, body)
        if len(bodies & {body, *items}) < _BODIES_IN_A_LIST:
            continue
        for item in items:
            first = _name_start(tree, item)
            if item + 1 - first >= _NAME_WORDS_AT_LEAST and _free_name(
                tree, (first, item + 1), taken, lexicon
            ):
                listed.append(make_mention(tree, first, item + 1, "name", "ORG"))
    return listed


_BODIES_IN_A_LIST = 2
"""How many bodies the model must have found in a list for it to be a list of bodies.

One body beside a name may be listed with a product, a disease or a
seat ("Alzheimer's and Motor Neurone Disease", "Lonsdale, Haltemprice").
"""

_NAME_WORDS_AT_LEAST = 2
"""How many words a listed name must run to: one capitalised word may be part of a name."""


def _other_items(tree: Tree, head: int) -> list[int]:
    """The last words of the other items of the list a word's item is in, if any."""
    tokens = tree.tokens
    items = {tree.first_conjunct(head)}
    frontier = list(items)
    while frontier:
        item = frontier.pop()
        for child in tree.children[item]:
            if tokens[child].dep in _LIST_LINKS and child not in items:
                items.add(child)
                frontier.append(child)
    return sorted(items - {head})


def _name_start(tree: Tree, last: int) -> int:
    """Where the capitalised words that qualify a name's last word start."""
    tokens = tree.tokens
    first = last
    while (
        first > 0
        and tokens[first - 1].pos in _NAME_WORDS
        and _capitalised(tokens[first - 1].text)
        and first - 1 < tokens[first - 1].head <= last
    ):
        first -= 1
    return first


def _free_name(tree: Tree, span: tuple[int, int], taken: list[bool], lexicon: ActorLexicon) -> bool:
    """Whether words are a capitalised name no finder took, that names no place, person or role."""
    first, last = span
    tokens = tree.tokens
    words = [t.text for t in tokens[first:last]]
    head = tokens[last - 1]
    return (
        head.pos in ("PROPN", "NOUN")
        and not tree.opens_sentence(first)
        and all(_capitalised(w) for w in words)
        and not any(taken[first:last])
        and all(t.ent_type in _MISSED_LABELS for t in tokens[first:last])
        and not place_or_person(" ".join(words), words[0], lexicon)
        and not COMPASS_POINTS & set(words)  # "Tyne Central", "East Kilbride": seats
        and lexicon.title((words[0].lower(),)) is None
        and lexicon.organization(" ".join(words)) is None
    )


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()
