"""An event's sides as sides.py joins them, on sentences we wrote."""

import dataclasses

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.events.sides import list_after
from event_sides import real_events


def test_a_list_hung_on_the_change_asked_for_is_asked_of_every_item():
    # The parse joins "IMF" to "overhaul", not to "United Nations".
    events = real_events(
        "Ana Ruiz, Chile's finance minister, spoke in Lima. "
        "She pressed for an overhaul of the United Nations, the IMF and the WTO."
    )
    assert (
        "REQUEST",
        ("Ana Ruiz",),
        ("United Nations", "International Monetary Fund", "World Trade Organization"),
    ) in events


def _parse_with(text: str, word: str, dep: str, head: str) -> Tree:
    """Our sentence's parse, with one word hung as the parser sometimes hangs it."""
    parse = nlp.to_parse(nlp.load()(text), nlp.model_name())
    words = [t.text for t in parse.tokens]
    tokens = list(parse.tokens)
    i = words.index(word)
    tokens[i] = dataclasses.replace(tokens[i], dep=dep, head=words.index(head))
    return Tree(dataclasses.replace(parse, tokens=tuple(tokens)), text)


def test_a_list_item_left_loose_on_the_verb_after_a_comma_is_one_more_target():
    tree = _parse_with(
        "She also pressed for reform of the African Union, the IMF and the WTO.",
        "IMF",
        "dep",
        "pressed",
    )
    words = [t.text for t in tree.tokens]
    later = list_after(tree, words.index("pressed"), words.index("Union"))
    assert [words[i] for i in later] == ["IMF", "WTO"]


def test_a_loose_word_with_no_comma_before_it_is_no_list_item():
    tree = _parse_with(
        "She also pressed for reform of the African Union on Monday in Lima.",
        "Lima",
        "dep",
        "pressed",
    )
    words = [t.text for t in tree.tokens]
    assert list_after(tree, words.index("pressed"), words.index("Union")) == []
