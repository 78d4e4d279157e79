"""What a story's opening description says of the firm it names next, and its headline of its lead.

Business news often opens on a description and names the firm after it:
"Turkey's biggest mobile firm could pull out of a deal in Iran ..." and,
a paragraph on, "Turkcell says ...". The description places the firm; the
article's home country (Iran) was only a default for it.
"""

from __future__ import annotations

import dataclasses

from dateline.records import Actor
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import actor_code, is_roleless
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
    actor = actors[n]
    if (
        tree.sentence_of[first] - sentence > _REACH
        or any(m.country for m in clusters[n].mentions)
        or _placed_by_its_name(actor, lexicon)
    ):
        return actors
    placed = dataclasses.replace(
        actor, country=country, code=actor_code(country, actor.sector, actor.org)
    )
    return (*actors[:n], placed, *actors[n + 1 :])


def _placed_by_its_name(actor: Actor, lexicon: ActorLexicon) -> bool:
    """Whether a firm's own name places it: "British Casino Association", "Bank of China"."""
    return any(lexicon.country(word) for word in actor.name.split())


def _placed_description(
    tree: Tree, clusters: list[Cluster], lexicon: ActorLexicon
) -> tuple[int, str] | None:
    """The subject of an opening sentence that describes a firm of a country, and the country.

    "Turkey's biggest private mobile firm", "A Turkish mobile operator", "A
    US bank": a firm's word, no actor's mention, with a country's possessive or demonym.
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
            # "A US bank has said ...": the country as a noun before the firm's word.
            if tokens[child].dep in ("poss", "compound"):
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


def with_headline_country(
    actors: tuple[Actor, ...], clusters: list[Cluster], headline: str, lexicon: ActorLexicon
) -> tuple[Actor, ...]:
    """``actors`` with the firm a headline places ("UK firm faces land row") placed with it.

    The headline's firm is the one the story names first; its subsidiary
    or a rival may be named more often. When the text never places it
    ("the Kestrel Group said"), the article's home country (that of the
    land row) was only a default for it.
    """
    country = _headline_firm_country(headline, lexicon)
    firms = [
        (min(m.first for m in found.mentions), n)
        for n, (actor, found) in enumerate(zip(actors, clusters, strict=True))
        if actor.kind == "organization" and actor.sector == COMPANY
    ]
    if country is None or not firms:
        return actors
    n = min(firms)[1]
    actor = actors[n]
    if actor.org is not None or any(m.country for m in clusters[n].mentions):
        return actors  # a firm the lexicon or the text places is placed
    if _placed_by_its_name(actor, lexicon):
        return actors
    placed = dataclasses.replace(
        actor, country=country, code=actor_code(country, actor.sector, actor.org)
    )
    return (*actors[:n], placed, *actors[n + 1 :])


def _headline_firm_country(headline: str, lexicon: ActorLexicon) -> str | None:
    """The country of the firm a headline opens on: "UK firm faces", "Indian oil firm eyes"."""
    words = [word.strip(".,:;'\"‘’“”") for word in headline.split()]
    if len(words) < _HEADLINE_FIRM:
        return None
    country = lexicon.country(words[0])
    # "Indian oil firm": one word of trade may stand before the firm's word.
    k = 2 if len(words) > 3 and _firm_word(words[2], lexicon) else 1
    after = words[k + 1]
    if (
        country is None
        or not _firm_word(words[k], lexicon)
        or not after[:1].islower()
        or lexicon.title((after,)) is not None  # "US bank boss hails ...": a person
    ):
        return None
    return country


_HEADLINE_FIRM = 3
"""Words a headline on a firm needs at least: its country, the firm's word, what it does."""


def _firm_word(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a headline word names one firm: "firm", "company", "bank" (not "firms")."""
    return word.islower() and lexicon.org_words.get(word) == COMPANY


_HEADLINE_REACH = 2
"""How far into a headline its subject's role may stand ("Japanese mogul ...")."""
_LEAD_NAMED = 3
"""How often the story must name its lead person, at least."""


def with_headline_role(
    actors: tuple[Actor, ...], clusters: list[Cluster], headline: str, lexicon: ActorLexicon
) -> tuple[Actor, ...]:
    """``actors`` with the role a headline gives its subject given to the story's lead person.

    "Japanese mogul arrested for fraud" over a story about Yoshiaki X that
    never calls him a mogul: the headline's subject is the person the story
    is about, named first and most, when the text gives him no role at all.
    """
    words = [word.strip(".,:;'\"‘’“”") for word in headline.split()]
    found = next(
        (
            (k, title)
            for k in range(min(_HEADLINE_REACH, len(words) - 1))
            if not words[k].endswith("s")
            and (title := lexicon.title((words[k],))) is not None
            and title.sector is not None
            and words[k].lower() not in lexicon.org_words  # "Police detain ...": a body
            and _said_of_one(words[k + 1])
            and (k == 0 or lexicon.demonyms.get(words[0]))
        ),
        None,
    )
    if found is None:
        return actors
    k, title = found
    people = [
        (len(c.mentions), -min(m.first for m in c.mentions), n)
        for n, (actor, c) in enumerate(zip(actors, clusters, strict=True))
        if actor.kind == "person"
    ]
    if not people:
        return actors
    count, _, n = max(people)
    rivals = sorted((c for c, _, _ in people), reverse=True)
    actor = actors[n]
    if count < _LEAD_NAMED or (len(rivals) > 1 and rivals[1] * 2 > count) or not is_roleless(actor):
        return actors
    country = actor.country if k == 0 else lexicon.demonyms.get(words[0])
    placed = dataclasses.replace(
        actor,
        sector=title.sector,
        country=country,
        title=" ".join(words[: k + 1]),
        code=actor_code(country, title.sector, None),
    )
    return (*actors[:n], placed, *actors[n + 1 :])


def _said_of_one(verb: str) -> bool:
    """Whether a headline's verb is said of one subject: "quits", "arrested", "held"."""
    return verb[:1].islower() and (
        (verb.endswith("s") and not verb.endswith("ss")) or verb.endswith("ed") or verb == "held"
    )
