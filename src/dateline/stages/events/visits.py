"""Visits: counterparts, hosts and the places visited, at home or abroad.

A visit's counterpart is the host of the country visited; a tour at home
meets no one.
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.records import Actor, Article, Place, Span
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.events.addressees import home_government
from dateline.stages.events.cues import Cue
from dateline.stages.events.triggers import Trigger


def visit_counterparts(
    article: Article,
    index: ActorIndex,
    cue: Cue,
    actors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> tuple[str, ...] | None:
    """The recipients a consultation really has; None when it has none left."""
    if cue.type != "CONSULT" or not recipients:
        return recipients
    # "spoke to the BBC", "told reporters": talking to the press is no consultation.
    kept = tuple(r for r in recipients if r not in index.press)
    if cue.particle == "to" and cue.words[0] in ("speak", "talk"):
        # "speaking to MPs", "speaking to the House Budget Committee": one
        # addresses a parliament, one does not consult it.
        sectors = {a.id: a.sector for a in article.actors}
        kept = tuple(r for r in kept if sectors.get(r) != "LEG")
    if cue.mode == "visit":
        # "the Lib Dem leader visits Dorset": a tour of home towns meets no one.
        kept = _abroad(article, actors, kept)
    return kept or None


def host_of_the_envoy(article: Article, actors: tuple[str, ...]) -> tuple[str, ...]:
    """Whom a diplomatic step naming no one is taken against: the story's own country.

    "Mali ordered the French ambassador out ... France recalled its envoy for
    consultations": the envoy was in Mali, the country the story is about,
    when the one who recalls him is of another.
    """
    home = home_government(article.actors)
    doers = {a.country for a in article.actors if a.id in actors}
    if home is None or home.country is None or home.country in doers:
        return ()
    return (home.id,)


def visited_country(
    article: Article, tree: Tree, trigger: int, visitors: tuple[str, ...]
) -> tuple[str, ...]:
    """The country whose place a visit goes to, when the article has it as an actor.

    "Chile's president will visit Oslo" visits Norway; a place in the
    visitors' own country is visited, not consulted.
    """
    place = _place_visited(article, tree, trigger)
    if place is None or place.country is None or place.country in _home(article, visitors):
        return ()
    return _country_actor(article, place.country)


def _place_visited(article: Article, tree: Tree, trigger: int) -> Place | None:
    """The place a visit's object or its "to" names, when the places stage found it.

    A visit one arrives for is to where one arrives: "arrived in Belgrade
    for a state visit".
    """
    to = prepositional_objects(tree, trigger, frozenset({"to"}))
    object_ = object_of(tree, trigger)
    heads = [object_] if object_ is not None else to
    if not heads and tree.tokens[trigger].dep == "pobj":
        coming = tree.tokens[tree.tokens[trigger].head].head
        if tree.tokens[coming].lemma.lower() in COMING:
            heads = prepositional_objects(tree, coming, frozenset({"in", "to"}))
    if not heads:
        return None
    start = tree.tokens[heads[0]].start
    return next((p for p in article.places if any(s <= start < e for s, e in p.mentions)), None)


def toured_at_home(
    article: Article,
    tree: Tree,
    trigger: Trigger,
    visitors: tuple[str, ...],
    recipients: tuple[str, ...],
) -> bool:
    """Whether a visit that names no one visited goes to a place in the visitors' own country.

    "Kennedy steps up his campaign as he visits Leeds, York and Hull": a
    tour at home consults no one; a trip abroad may still name its host
    later, or none the stage knows. Nor does a trip to one's own capital,
    though its name stands for the state: "was arrested when travelling to
    London" meets no government.
    """
    if trigger.cue.mode != "visit":
        return False
    home = _home(article, visitors)
    own_state = {a.id for a in article.actors if a.kind == "country" and a.country in home}
    if not own_state.issuperset(recipients):
        return False
    place = _place_visited(article, tree, trigger.token)
    return place is not None and place.country is not None and place.country in home


def visits_a_website(tree: Tree, trigger: Trigger) -> bool:
    """Whether a visit goes to a page on the internet: "visited the charity's website".

    Readers of a site browse it; they meet no one, and the site's owner,
    named as its possessor, is no counterpart (``online_places.txt``).
    """
    if trigger.cue.mode != "visit":
        return False
    visited = object_of(tree, trigger.token)
    if visited is None:
        return False
    online = lexicons.word_set("online_places.txt")
    words = [visited, *(c for c in tree.children[visited] if tree.tokens[c].dep == "compound")]
    return any(tree.tokens[w].lemma.lower() in online for w in words)


def state_where(article: Article, place_id: str | None, sentence: Span) -> tuple[str, ...]:
    """The state that arrests or deports where the event was, when its sentence names it.

    "The men were arrested when they landed in London": only a state's
    police arrest, and in Britain that is Britain's; at a site another state
    holds (held_sites.tsv: Guantanamo Bay) it is the keeper's.
    """
    place = next((p for p in article.places if p.id == place_id), None)
    if place is None or not _named_within(place, sentence):
        return ()
    return _country_actor(article, _keepers().get(place.name, place.country))


@functools.cache
def _keepers() -> dict[str, str]:
    """The state that holds people at a site on another's soil: Guantanamo Bay, the US."""
    return {row["site"]: row["keeper"] for row in lexicons.table("held_sites.tsv")}


def home_state_holding(
    article: Article, sentence: Span, recipients: tuple[str, ...]
) -> tuple[str, ...]:
    """The home state, for an arrest or a detention whose sentence names no doer and no place.

    "The law lords ruled that the detention of the nine men was unlawful",
    in a story about Britain's government: only a state holds people, and
    with no place named it is the one the story is about. A place named
    ("held for three years at a camp in Cuba") may be another state's, so
    no one is inferred; nor is the state that is itself held.
    """
    if any(_named_within(place, sentence) for place in article.places):
        return ()
    home = home_government(article.actors)
    return () if home is None or home.id in recipients else (home.id,)


def _named_within(place: Place, sentence: Span) -> bool:
    """Whether a place is named in a sentence."""
    return any(sentence[0] <= start < sentence[1] for start, _ in place.mentions)


def _country_actor(article: Article, country: str | None) -> tuple[str, ...]:
    """The article's actor for a country, as a one-actor side, if it has one."""
    return tuple(a.id for a in article.actors if a.kind == "country" and a.country == country)[:1]


def _home(article: Article, visitors: tuple[str, ...]) -> set[str | None]:
    """The countries the visitors (actor ids) come from."""
    return {a.country for a in article.actors if a.id in visitors}


def _abroad(
    article: Article, visitors: tuple[str, ...], visited: tuple[str, ...]
) -> tuple[str, ...]:
    """The visited who are not places in the visitors' own country."""
    by_id = {a.id: a for a in article.actors}
    home = _home(article, visitors)
    named_places = {span for place in article.places for span in place.mentions}

    def home_place(actor: Actor) -> bool:
        return (
            actor.kind != "country"
            and actor.country in home
            and bool(actor.mentions)
            and all(span in named_places for span in actor.mentions)
        )

    return tuple(v for v in visited if v not in by_id or not home_place(by_id[v]))


COMING = frozenset({"arrive", "come", "travel", "fly", "go", "head", "return", "land"})
