"""The government a mention stands for: "the authorities", "the Argentine State".

The home country, an owner's country, a coalition in office or a region's
government, and a kind of body named just before.
"""

from __future__ import annotations

from dateline.records import Token
from dateline.stages._gazetteer import is_city, wide_place
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coref_words import names_former_office, whose_owner
from dateline.stages.actors.lexicon import Title, load
from dateline.stages.actors.mention import Mention, head_of
from dateline.stages.actors.relatives import possessor_of


def government_of(mention: Mention, home: str | None, tree: Tree) -> str | None:
    """The country whose government a mention such as "the authorities" stands for.

    None for the ministers of an international body ("EU foreign
    ministers"), who meet as that body, not as any one country's government,
    and for a region's own government, which is not its country's.
    """
    if mention.kind == "name":
        return _the_state_named(mention, home, tree)
    entry = mention.title_entry
    if _coalition_in_office(mention, tree):
        return mention.country or home
    if entry is None or not load().is_government(entry.words):
        return None
    if mention.organization is not None and mention.organization.sector == "IGO":
        return None
    if a_regions_government(mention, tree) or a_kind_named_before(mention, tree):
        return None
    return mention.country or home


def government_meant(
    mention: Mention, home: str | None, tree: Tree, clusters: dict[str, Cluster]
) -> str | None:
    """The country whose government a mention stands for, "her government" hers.

    Hers even where the article has no home: "Cyprus's President said his
    country would veto the talks unless Ankara recognised his government".
    """
    if named_for_a_former_leader(mention, clusters, tree):
        return None
    owners = None if mention.country is not None else _owners_country(mention, clusters, tree)
    return government_of(mention, owners or home, tree)


def named_for_a_former_leader(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> bool:
    """Whether "the Petrescu regime" is the government of a leader the story calls former.

    A government named for a person it has called "former president Ivan
    Petrescu" is one that has fallen: the new government now accuses it, so
    it is an actor of its own, named for him, not the country's government.
    """
    entry = mention.title_entry
    if entry is None or not load().is_government(entry.words):
        return False
    head = head_of(tree, mention.first, mention.last)
    names = {
        tree.tokens[c].text
        for c in tree.children[head]
        if tree.tokens[c].dep == "compound" and tree.tokens[c].tag == "NNP"
    }
    return bool(names) and any(
        m.kind == "name"
        and m.label == "PERSON"
        and m.text.split()[-1] in names
        and any(names_former_office(n) for n in found.mentions)
        for found in clusters.values()
        for m in found.mentions
    )


def _owners_country(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> str | None:
    """The country of the person whose government "his", "her" or "whose" names, if placed.

    "Montenegro's prime minister, Ana Vukovic, said her government ...": hers,
    not the government of the country the story is filed from; so too
    "Ana Vukovic, whose government is backed by Serbia".
    """
    head = head_of(tree, mention.first, mention.last)
    owners = {
        tree.tokens[c].text.lower() for c in tree.children[head] if tree.tokens[c].dep == "poss"
    }
    if owners & {"his", "her"}:
        owner = possessor_of(head, clusters, tree)
    elif "whose" in owners:
        owner = whose_owner(mention, clusters, tree)
    else:
        return None
    countries = {m.country for m in owner.mentions if m.country} if owner else set()
    return countries.pop() if len(countries) == 1 else None


_HEADS_OF_GOVERNMENT = frozenset({("prime", "minister"), ("premier",), ("chancellor",)})
"""Titles of whoever heads a government that a coalition of parties forms."""


def _coalition_in_office(mention: Mention, tree: Tree) -> bool:
    """Whether "the coalition" is the one a prime minister heads: the government.

    "the left's backing for the coalition headed by Prime Minister Arun
    Mehta": parties govern together under him, and the coalition is his
    country's government. A coalition led by a president ("the coalition led
    by President Bush") is states at war together, a body of its own.
    """
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    if tokens[head].lemma.lower() != "coalition" or mention.kind == "name":
        return False
    for verb in tree.children[head]:
        if tokens[verb].dep != "acl" or tokens[verb].lemma.lower() not in ("head", "lead"):
            continue
        for by in tree.children[verb]:
            leader = next((c for c in tree.children[by] if tokens[c].dep == "pobj"), None)
            if tokens[by].dep == "agent" and leader is not None:
                start, _ = tree.subtree(leader)
                words = tuple(t.text.lower() for t in tokens[start:leader])
                if any(
                    words[k : k + len(t)] == t
                    for t in _HEADS_OF_GOVERNMENT
                    for k in range(len(words))
                ):
                    return True
    return False


def a_kind_named_before(mention: Mention, tree: Tree) -> bool:
    """Whether bare "the authorities" follow a kind of them named before: "police authorities".

    News names the police authorities once in full and then "the
    authorities": the same bodies, not the country's government.
    """
    entry = mention.title_entry
    if entry is None or len(entry.words) != 1 or mention.organization or mention.country:
        return False
    # Only a plural that would stand for the government, "authorities": "the
    # executive" after "the chief executive" is still the government.
    if not load().is_government(entry.words) or mention.text.lower() != entry.words[0]:
        return False
    if tree.tokens[mention.last - 1].tag != "NNS":
        return False
    lexicon = load()
    return any(
        tree.tokens[i].text.lower() == entry.words[0]
        and _a_body_of_its_own(lexicon.title((tree.tokens[i - 1].text.lower(), entry.words[0])))
        for i in range(1, mention.first)
    )


def _a_body_of_its_own(kind: Title | None) -> bool:
    return kind is not None and not load().is_government(kind.words)


def kind_named_before(mention: Mention, clusters: dict[str, Cluster]) -> Cluster | None:
    """The "police authorities" bare "the authorities" after them stand for."""
    word = mention.text.lower().split()[-1:]
    found = [
        (m.first, cluster)
        for cluster in clusters.values()
        for m in cluster.mentions
        if m.first < mention.first
        and m.title_entry is not None
        and len(m.title_entry.words) == 2
        and list(m.title_entry.words[-1:]) == word
        and _a_body_of_its_own(m.title_entry)
    ]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _the_state_named(mention: Mention, home: str | None, tree: Tree) -> str | None:
    """The country a body called "the State" is: "the Argentine State", "offered State help".

    Written with a capital, the state is the country's government, not a
    body of its own; its demonym, else the article's home, says whose. Not
    in a word it makes ("State-owned Rosneft"), which tells of a firm.
    """
    *before, last = mention.text.split() or [""]
    if mention.label != "ORG" or last != "State" or len(before) > 1:
        return None
    if mention.last < len(tree.tokens) and tree.tokens[mention.last].text == "-":
        return None
    if not before:
        return home
    return load().demonyms.get(before[0])


# Words that make a government a lower tier's: "the regional government", and
# in British news "the assembly government" (Wales's devolved one) and "local
# government" (the councils), which set themselves against Westminster's.
_OF_A_REGION = frozenset(
    {
        "regional",
        "provincial",
        "state",
        "municipal",
        "city",
        "county",
        "assembly",
        "devolved",
        "local",
    }
)


def a_regions_government(mention: Mention, tree: Tree) -> bool:
    """Whether a mention is a region's government: "Tigray's interim administration".

    A federal country's news sets the region's government against "the
    federal government": two actors, though both govern in one country.
    """
    entry = mention.title_entry
    if entry is None or not load().is_government(entry.words):
        return False
    words = tree.tokens[mention.first : mention.last]
    return any(
        word.text.lower() in _OF_A_REGION
        or (word.text[:1].isupper() and wide_place(word.text) in ("admin", "region"))
        or _a_town(word)
        for word in words
    )


def _a_town(word: Token) -> bool:
    """Whether a word before a government word names a town: "Jonesboro ministers".

    A town has no ministers of state: its "ministers" are its clergy, its
    "authorities" its council, and neither is the country's government. A
    capital is the exception, as news makes it stand for the government
    ("Moscow authorities"), and so is a seat of power ("Westminster"). The
    tagger often leaves a small town unlabelled or calls it a body, but
    never a person's name a place ("the Bush administration"); a word that
    names a kind of body ("Police authorities") is no town.
    """
    lexicon = load()
    return (
        word.tag == "NNP"
        and word.ent_type in ("GPE", "ORG", "")
        and word.text.lower() not in lexicon.org_words
        and is_city(word.text)
        and wide_place(word.text) is None
        and word.text not in lexicon.capitals
        and lexicon.organization(word.text) is None
    )
