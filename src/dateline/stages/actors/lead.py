"""What a story's opening description says of the firm it names next.

Business news often opens on a description and names the firm after it:
"Turkey's biggest mobile firm could pull out of a deal in Iran ..." and,
a paragraph on, "Turkcell says ...". The description places the firm; the
article's home country (Iran) was only a default for it.
"""

from __future__ import annotations

import dataclasses

from dateline.records import Actor
from dateline.stages._tree import Tree
from dateline.stages.actors.coding import actor_code
from dateline.stages.actors.coref import Cluster
from dateline.stages.actors.evidence import COMPANY
from dateline.stages.actors.lexicon import ActorLexicon

_LEAD_SENTENCES = 3
"""The headline and the first sentences, where a story opens on a description."""
_REACH = 3
"""How many sentences after the description the firm must be named."""


def with_lead_country(
    actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree, lexicon: ActorLexicon
) -> tuple[Actor, ...]:
    """``actors`` with the firm a placed opening description stands for placed with it."""
    lead = _placed_description(tree, clusters, lexicon)
    if lead is None:
        return actors
    token, country = lead
    sentence = tree.sentence_of[token]
    firms = sorted(
        (
            (min(m.first for m in found.mentions), n)
            for n, (actor, found) in enumerate(zip(actors, clusters, strict=True))
            if actor.kind == "organization" and actor.org is None and actor.sector == COMPANY
        ),
    )
    after = [(first, n) for first, n in firms if first > token]
    if not after:
        return actors
    first, n = after[0]
    if tree.sentence_of[first] - sentence > _REACH or any(m.country for m in clusters[n].mentions):
        return actors
    actor = actors[n]
    placed = dataclasses.replace(
        actor, country=country, code=actor_code(country, actor.sector, actor.org)
    )
    return (*actors[:n], placed, *actors[n + 1 :])


def _placed_description(
    tree: Tree, clusters: list[Cluster], lexicon: ActorLexicon
) -> tuple[int, str] | None:
    """The subject of an opening sentence that describes a firm of a country, and the country.

    "Turkey's biggest private mobile firm", "A Turkish mobile operator": a
    firm's word, no actor's mention, with a country's possessive or demonym.
    """
    tokens = tree.tokens
    taken = {k for found in clusters for m in found.mentions for k in range(m.first, m.last)}
    sentences = len(tree.parse.sentences)
    end = tree.sentence_span(min(_LEAD_SENTENCES, sentences) - 1)[1] if sentences else 0
    for i in range(end):
        token = tokens[i]
        if (
            i in taken
            or not tree.is_subject(i)
            or token.tag != "NN"
            or lexicon.org_words.get(token.lemma.lower()) != COMPANY
        ):
            continue
        for child in tree.children[i]:
            if tokens[child].dep == "poss":
                first, last = tree.subtree(child)
                last -= tokens[last - 1].tag == "POS"
                country = lexicon.country(tree.span_text(first, last))
            elif tokens[child].dep == "amod":
                country = lexicon.country(tokens[child].text)
            else:
                continue
            if country is not None:
                return i, country
    return None
