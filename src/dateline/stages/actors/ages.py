"""A person named again by their age alone: "the 64-year-old".

News names someone, then calls them by their age in a later sentence
("Sir Alan Reed has died ... The 64-year-old had served ..."). Such an
age standing alone is a mention of a person named before, found as "he"
and "she" are, whatever that person's gender; one that describes a noun
("the 25-year-old striker", "a 40-year-old man") is not, nor an
indefinite one, which brings in someone new.

A man or a woman told by their age ("a 19-year-old man from Leeds was
arrested") is someone new the story is about, though never named: a
private person (CVL), the doer or the target its events need.
"""

from __future__ import annotations

from dateline.stages._gazetteer import lookup
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import Gender
from dateline.stages.actors.mention import Mention, make_mention

_PERIODS = frozenset({"year", "years"})
_HEAD_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
"""How the age hangs when it stands for someone; "amod" is an age that describes."""


def ages_alone(tree: Tree) -> list[Mention]:
    """Every "the <N>-year-old" that stands for a person, as a mention with no gender."""
    found = []
    for i, token in enumerate(tree.tokens):
        if token.text.lower() != "old" or token.dep not in _HEAD_ROLES:
            continue
        first = _age_start(tree, i)
        if first is not None:
            found.append(make_mention(tree, first, i + 1, "pronoun", "PERSON", gender=None))
    return found


def _age_start(tree: Tree, old: int) -> int | None:
    """The token of the number in "the <N>-year-old" ending at ``old``, if the words are that."""
    tokens = tree.tokens
    k = old - 1
    if k >= 0 and tokens[k].text == "-":
        k -= 1
    if k < 0 or tokens[k].text.lower() not in _PERIODS:
        return None
    k -= 1
    if k >= 0 and tokens[k].text == "-":
        k -= 1
    if k < 1 or tokens[k].tag != "CD" or tokens[k - 1].text.lower() != "the":
        return None
    return k


_AGED_PERSONS: dict[str, Gender] = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}
"""Words for one person that an age makes someone in particular: "a 23-year-old man"."""


def aged_persons(tree: Tree) -> list[Mention]:
    """Every "a <N>-year-old man" (or woman, boy, girl), as a private person's mention.

    The age marks one person the story tells of, where "a man" alone may
    be anyone ("a man's right to ..."). The mention runs from the article
    to the noun; what follows ("from Leeds") only places them, in the
    country of that town.
    """
    found = []
    for i, token in enumerate(tree.tokens):
        gender = _AGED_PERSONS.get(token.text.lower())
        if gender is None or token.tag != "NN":
            continue
        ages = [c for c in tree.children[i] if c < i and _is_age(tree, c)]
        if not ages:
            continue
        first = tree.subtree(ages[0])[0]
        first = min([first, *(c for c in tree.children[i] if tree.tokens[c].dep == "det")])
        found.append(
            make_mention(
                tree,
                first,
                i + 1,
                "title",
                "PERSON",
                title=token.text.lower(),
                gender=gender,
                sector=_PRIVATE,
                country=_hometown_country(tree, i),
            )
        )
    return found


_PRIVATE = "CVL"


def _is_age(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is the "old" of an "<N>-year-old" that describes a noun."""
    tokens = tree.tokens
    if tokens[i].text.lower() != "old":
        return False
    k = i - 1
    if k >= 0 and tokens[k].text == "-":
        k -= 1
    return k >= 0 and tokens[k].text.lower() in _PERIODS


def _hometown_country(tree: Tree, person: int) -> str | None:
    """The country of the town a person is "from": "a 19-year-old man from Camberley".

    After "from" a name the gazetteer knows is a place, so a town of any size
    places the person, if every town and region of that name lies in one
    country ("Croydon" is in England and in Australia: no country).
    """
    tokens = tree.tokens
    for prep in tree.children[person]:
        if tokens[prep].text.lower() != "from":
            continue
        for place in tree.children[prep]:
            # The model may take a small town for a person ("from Woking").
            if tokens[place].dep != "pobj" or tokens[place].tag != "NNP":
                continue
            name = tree.span_text(tree.compound_start(place), place + 1)
            countries = {e.country for e in lookup(name) if e.kind in ("city", "admin")}
            if len(countries) == 1:
                return countries.pop()
    return None
