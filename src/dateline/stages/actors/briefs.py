"""A minister's brief of several parts, written before the name in capitals.

"Minister for Schools, Young People and Skills Jane Orton", "Minister
of Foreign Affairs and International Cooperation Abdoulaye Diop": the words
after the title's "for" or "of" are its remit, joined by commas and "and",
and the name that follows holds the whole title. The model takes parts of
such a brief for people or bodies ("Young People", "Veterans Affairs");
they are none, and the title walks back over the commas and the "and" to
the office before them.
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon

_LINKS = frozenset({"for", "of"})
_JOINS = frozenset({",", "and", "&"})
_LONGEST_BRIEF = 10
"""How many words a brief may run to before it is read as something else."""


def in_brief(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether token ``k`` lies in a capitalised brief after a title's "for" or "of".

    Walking back from ``k`` over capitalised words, commas and "and" must
    reach "for" or "of" right after a title word ("Minister"), with some
    capitalised word on the way and no person's name: "Secretary of State,
    Condoleezza Rice, and" is a title and its holder, not a brief.
    """
    tokens = tree.tokens
    sentence = tree.sentence_of[k]
    capitals = 0
    j = k
    while j > 0 and k - j < _LONGEST_BRIEF and tree.sentence_of[j] == sentence:
        token = tokens[j]
        if token.text.lower() in _LINKS and token.text.islower():
            return capitals > 0 and _formal_title(tokens[j - 1].text, lexicon)
        if token.ent_type == "PERSON" and j != k and not _brief_goes_on(tree, j):
            return False
        if token.text[:1].isupper():
            capitals += 1
        elif token.text not in _JOINS:
            return False
        j -= 1
    return False


def part_of_brief(tree: Tree, first: int, last: int, lexicon: ActorLexicon, label: str) -> bool:
    """Whether an entity the model found is a part of a brief that goes on after it.

    "Young People" in "Minister for Schools, Young People and Skills Jane
    Orton": the brief goes on with "and Skills", a word no name
    starts; "Veterans Affairs" in "Minister of Defence and Veterans Affairs
    Samuel Okori" is followed by the holder's name.
    """
    tokens = tree.tokens
    if first < 2 or last >= len(tokens):
        return False
    before = tokens[first - 1]
    opens = before.text in _LINKS and _formal_title(tokens[first - 2].text, lexicon)
    if not opens and not (before.text in _JOINS and in_brief(tree, first - 1, lexicon)):
        return False
    after = tokens[last]
    if not opens and label != "PERSON" and after.ent_type == "PERSON" and after.text[:1].isupper():
        # The holder's name right after the brief; not a person's own name
        # ("Director of Public Prosecutions, Ken Macdonald QC"), which the
        # model may tag in two parts.
        return True
    # Right after the title's "for", only "and" goes on with the brief: "Minister
    # for Schools and Learners X"; a comma there ends a body's name ("a
    # Spokeswoman for Hanover Re, Europe's largest ...").
    return _brief_goes_on(tree, last - 1, joins=_AND if opens else _JOINS)


_AND = frozenset({"and", "&"})


def _formal_title(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a word is a title written as an office's name: "Minister", not "spokesman"."""
    return word[:1].isupper() and lexicon.title((word,)) is not None


def _brief_goes_on(tree: Tree, k: int, joins: frozenset[str] = _JOINS) -> bool:
    """Whether the words after token ``k``'s name go on with a brief: "... and Families"."""
    tokens = tree.tokens
    end = k + 1
    while end < len(tokens) and tokens[end].ent_type == tokens[k].ent_type != "":
        end += 1
    return (
        end + 1 < len(tokens)
        and tokens[end].text in joins
        and tokens[end + 1].text[:1].isupper()
        and tokens[end + 1].ent_type != "PERSON"
    )
