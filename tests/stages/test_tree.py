"""Tree: walking a hand-built parse, so the walk is checked apart from the model."""

from dateline.records import Parse, Token
from dateline.stages._tree import Tree


def _tree(words: list[tuple[str, str, int]]) -> Tree:
    """A one-sentence tree of ``(text, dep, head)`` words, separated by spaces."""
    tokens, offset = [], 0
    for text, dep, head in words:
        tokens.append(Token(text, offset, offset + len(text), text, "PROPN", "NNP", dep, head))
        offset += len(text) + 1
    text = " ".join(text for text, _, _ in words)
    return Tree(Parse("hand", tuple(tokens), ((0, len(tokens)),)), text)


# "talks in New South Wales Parliament House ended": two compounds in a row.
_WORDS = [
    ("talks", "nsubj", 7),
    ("in", "prep", 0),
    ("New", "compound", 3),
    ("South", "compound", 4),
    ("Wales", "compound", 6),
    ("Parliament", "compound", 6),
    ("House", "pobj", 1),
    ("ended", "ROOT", 7),
]


def test_compound_head_climbs_every_compound_to_the_word_they_name() -> None:
    tree = _tree(_WORDS)
    assert tree.compound_head(2) == 6
    assert tree.compound_head(5) == 6


def test_compound_head_of_a_word_that_opens_no_compound_is_the_word() -> None:
    tree = _tree(_WORDS)
    assert tree.compound_head(6) == 6
    assert tree.compound_head(0) == 0


def test_compound_start_stops_at_the_first_word_hung_on_the_head() -> None:
    tree = _tree(_WORDS)
    # "Parliament" hangs on "House"; "Wales" before it hangs on "House" too,
    # but not on the word after it, so the walk ends at "Parliament".
    assert tree.compound_start(6) == 5
    assert tree.compound_start(4) == 2
    assert tree.compound_start(1) == 1
