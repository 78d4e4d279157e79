"""A relative named by their tie to someone: "his son", "Mr Dobbs's wife".

News brings in a person's relative by the tie alone ("Mr Dobbs said his son
had been held at the border ... Mark Dobbs, 24, was released"). Owned so,
the relative is a mention of the person the story names with the owner's
family name and the gender the word gives (``kin_persons.tsv``); one the
story never names is left out, as most are no actor of the story ("took
over the firm from his father"). Not a relative the text names beside the
word ("his wife, Sandra," or "Sandra, his wife,"): the name is the mention
there, the tie only what it says of her. Unowned ("a father of three") is
no one the story is about.
"""

from __future__ import annotations

import functools
from typing import cast

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.lexicon import Gender
from dateline.stages.actors.mention import Mention, make_mention
from dateline.stages.actors.pronouns import Discourse, antecedent

_EITHER = "-"


@functools.cache
def _kin() -> dict[str, Gender | None]:
    return {
        row["word"]: None if row["gender"] == _EITHER else cast("Gender", row["gender"])
        for row in lexicons.table("kin_persons.tsv")
    }


def is_kin_word(word: str) -> bool:
    """Whether a noun names one relative of someone: "son", "widow"."""
    return word.lower() in _kin()


def relatives(tree: Tree, taken: list[bool]) -> list[Mention]:
    """Every owned relative that is no name's apposition, as a mention to resolve."""
    found = []
    kin = _kin()
    for i, token in enumerate(tree.tokens):
        word = token.text.lower()
        if word not in kin or token.tag != "NN" or taken[i]:
            continue
        if not any(tree.tokens[c].dep == "poss" for c in tree.children[i]):
            continue
        if _named_beside(tree, i):
            continue
        found.append(make_mention(tree, i, i + 1, "title", "PERSON", title=word, gender=kin[word]))
    return found


def _named_beside(tree: Tree, i: int) -> bool:
    """Whether a name stands in apposition to the relative, either way round."""
    return any(tree.tokens[k].ent_type == "PERSON" for k in tree.set_beside(i))


def is_relative(mention: Mention) -> bool:
    """Whether a mention is someone's relative named by the tie alone."""
    return mention.kind == "title" and mention.title_entry is None and mention.title in _kin()


def named_relative(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person the text names who is the relative a mention owns: "his son" is Moazzam Begg.

    The relative the story named beside the same tie before is she: "his
    sister, Jane Roe, ... His sister helped him". Else a relative shares the
    owner's family name: "the prime minister's wife" in a story that names
    Tony Blair and Cherie Blair is she. Only when one other person of that
    name, and of the word's gender, is named.
    """
    owner = _owner(mention, clusters, tree)
    if owner is None:
        return None
    return _named_beside_the_tie(mention, owner, clusters, tree) or _of_the_family(
        mention, owner, clusters
    )


def relative_acts(mention: Mention, tree: Tree) -> bool:
    """Whether an unnamed relative is the subject of a verb: "his family has announced".

    A relative who does something ("his own father entered Britain", "my
    wife is travelling") is someone the story is about, though never named;
    one only spoken of ("took over the firm from his father") is not, nor
    one whose deed only describes something else ("the demands his father
    made" are the demands the story is about), nor one who only is ("her
    former husband is still alive"). Nor one the owner names beside himself
    ("my wife and I admired him"): the speaker is the doer there.
    """
    head = tree.tokens[mention.last - 1]
    verb = tree.tokens[head.head]
    joined = any(tree.tokens[c].dep == "conj" for c in tree.children[mention.last - 1])
    return head.dep == "nsubj" and not joined and verb.dep != "relcl" and verb.lemma.lower() != "be"


def relative_key(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> str:
    """The actor an unnamed relative who acts stands for: the tie and whose it is.

    "his wife" told twice of the same man is one person; "her son" and
    "his son" of two owners are two.
    """
    owner = _owner(mention, clusters, tree)
    possessor = next(
        (c for c in tree.children[mention.last - 1] if tree.tokens[c].dep == "poss"), None
    )
    whose = owner.key if owner is not None else tree.tokens[possessor or 0].text.lower()
    return f"kin:{mention.title}:{whose}"


def _named_beside_the_tie(
    mention: Mention, owner: Cluster, clusters: dict[str, Cluster], tree: Tree
) -> Cluster | None:
    """The person named beside the same tie to the same owner: "his sister, Jane Roe,"."""
    for found in clusters.values():
        for name in found.mentions:
            if name.kind != "name" or name.label != "PERSON" or name.first >= mention.first:
                continue
            tie = tie_beside(tree, name.last - 1)
            if (
                tie is not None
                and tree.tokens[tie].text.lower() == mention.title
                and possessor_of(tie, clusters, tree) is owner
            ):
                return found
    return None


def _of_the_family(
    mention: Mention, owner: Cluster, clusters: dict[str, Cluster]
) -> Cluster | None:
    """The one other person of the owner's family name and the word's gender, if only one."""
    surname = _surname(owner)
    if surname is None:
        return None
    kin = [
        found
        for found in clusters.values()
        if found is not owner
        and found.gender in (None, mention.gender)
        and _surname(found) == surname
    ]
    return kin[0] if len(kin) == 1 else None


def _owner(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person who owns a relative: "his" resolved, or the possessor named."""
    return possessor_of(mention.last - 1, clusters, tree)


def possessor_of(head: int, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The actor whose a noun is: "his" resolved ("his promotion"), or the possessor named."""
    possessor = next((c for c in tree.children[head] if tree.tokens[c].dep == "poss"), None)
    if possessor is None:
        return None
    gender = _OWNERS.get(tree.tokens[possessor].text.lower())
    if gender is not None:
        pronoun = make_mention(tree, possessor, possessor + 1, "pronoun", "PERSON", gender=gender)
        return antecedent(pronoun, clusters.values(), Discourse.of(tree))
    return next(
        (
            found
            for found in clusters.values()
            if any(m.first <= possessor < m.last for m in found.mentions)
        ),
        None,
    )


_OWNERS: dict[str, Gender] = {"his": "m", "her": "f"}


def _surname(person: Cluster) -> str | None:
    """The family name of a person the text names in full, or styles ("Mrs Howard")."""
    names = [
        m
        for m in person.mentions
        if m.kind == "name" and m.label == "PERSON" and (len(m.name_parts) > 1 or m.honorific)
    ]
    fullest = max(names, key=lambda m: len(m.name_parts), default=None)
    return fullest.name_parts[-1] if fullest is not None and fullest.name_parts else None


def family_name(found: Cluster, clusters: dict[str, Cluster], tree: Tree) -> str | None:
    """The family name of a relative named by a given name beside the tie: "his father Ralph".

    A profile of David Miliband that speaks of "his father Ralph" names Ralph
    Miliband: a relative shares the owner's family name. Only for a person
    the text never names in full.
    """
    names = [m for m in found.mentions if m.kind == "name" and m.label == "PERSON"]
    if not names or any(len(m.name_parts) > 1 for m in names):
        return None
    for mention in names:
        tie = tie_beside(tree, mention.last - 1)
        owner = possessor_of(tie, clusters, tree) if tie is not None else None
        if owner is not None and owner is not found:
            return _surname(owner)
    return None


def tie_beside(tree: Tree, name: int) -> int | None:
    """The kin word a name stands in apposition to ("his father Ralph"), either way round."""
    return next((k for k in tree.set_beside(name) if tree.tokens[k].text.lower() in _kin()), None)


_STYLES = frozenset({"Mrs", "Ms", "Miss", "Mr"})
"""Honorifics that style a person by the family name alone ("Mrs Howard")."""


def join_styled_relatives(clusters: dict[str, Cluster]) -> None:
    """Join "Mrs Howard" to the "his wife, Sandra" whose family name is Howard.

    A story brings in a relative by a given name beside the tie ("Michael
    Howard's wife, Sandra,") and then styles her by the family name alone.
    The styled person is the relative when she is the only one the text
    styles so, of no other gender, and never named in full.
    """
    for key, found in list(clusters.items()):
        if found.family_name is None or key not in clusters:
            continue
        styled = [
            other
            for other_key, other in clusters.items()
            if other_key != key
            and _styled_only(other, found.family_name)
            and found.gender in (None, other.gender)
        ]
        if len(styled) == 1:
            other = styled[0]
            del clusters[next(k for k, c in clusters.items() if c is other)]
            found.mentions.extend(other.mentions)


def _styled_only(person: Cluster, family: str) -> bool:
    """Whether every name of a person is the family name styled alone: "Mrs Howard"."""
    names = [m for m in person.mentions if m.kind == "name" and m.label == "PERSON"]
    return bool(names) and all(
        m.name_parts == (family,) and (m.honorific or "").rstrip(".") in _STYLES for m in names
    )
