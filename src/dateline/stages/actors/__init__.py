"""Actors: who is who in an article, coded like an analyst would.

Mentions are found and repaired (:mod:`.mentions`), grouped into actors by
in-document coreference (:mod:`.coref`), and coded with country, sector,
title, organisation and a CAMEO-style code (:mod:`.coding`). What the text
leaves open can be filled from a user's actor dictionary and from what the
same run said of the same name earlier (:mod:`.dictionary`, :mod:`.memory`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter

from dateline.records import Actor, Analysis, DateValue
from dateline.stages import Stage
from dateline.stages._spans import country_code, dateline_end, dateline_place
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.affiliation import with_affiliations
from dateline.stages.actors.audiences import with_party_audiences
from dateline.stages.actors.bought_firms import with_bought_firms
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import (
    code_actor,
    home_country,
    place_countries,
    place_country,
    placed_at_home,
    with_known_firms,
)
from dateline.stages.actors.coref import cluster
from dateline.stages.actors.dictionary import ActorDictionary, known_actors
from dateline.stages.actors.evidence import large_city_country
from dateline.stages.actors.forces import with_forces_country
from dateline.stages.actors.known_bodies import with_union_organs
from dateline.stages.actors.lead import (
    with_headline_country,
    with_headline_role,
    with_lead_country,
)
from dateline.stages.actors.leaders import with_leaders_governments
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.local import story_setting, with_local_country, with_seat_country
from dateline.stages.actors.mention import Mention
from dateline.stages.actors.mentions import find_mentions
from dateline.stages.actors.sport import with_sport_people


def _filed_in(text: str, lexicon: ActorLexicon) -> str | None:
    """The country of the town a wire dateline files the story from: "KYIV, May 31 (Reuters) -"."""
    match = dateline_place(text)
    if match is None:
        return None
    if match.group(2):
        return country_code(match.group(2))
    town = match.group(1)
    return place_country(town.title(), lexicon) or large_city_country(town, any_case=True)


def _office_holders(
    mentions: list[Mention], known: ActorDictionary, published: DateValue
) -> Counter[str]:
    """The countries of the well-known office holders the article names in full, one vote each."""
    countries = Counter[str]()
    for name in {m.text for m in mentions if m.label == "PERSON" and m.kind == "name"}:
        held = {entry.country for entry in known.offices(name, published) if entry.country}
        if len(held) == 1:
            countries[held.pop()] += 1
    return countries


def _placed_by_known_office(
    mentions: list[Mention], known: ActorDictionary, published: DateValue, lexicon: ActorLexicon
) -> list[Mention]:
    """Names placed in the country of the office the text gives them, where the dictionary has it.

    "Foreign Secretary Jack Straw": the title names no country, but the
    dictionary knows him to hold that very office in Britain, so he is
    placed there, and votes for the article's home as "British Foreign
    Secretary Jack Straw" would.
    """
    placed = []
    for m in mentions:
        entry = m.title_entry
        held: set[str] = set()
        if m.kind == "name" and m.label == "PERSON" and m.country is None and entry is not None:
            wanted = lexicon.canonical(entry.words)
            held = {
                office.country
                for office in known.offices(m.text, published)
                if office.country
                and office.title
                and lexicon.canonical(tuple(office.title.split())) == wanted
            }
        placed.append(dataclasses.replace(m, country=held.pop()) if len(held) == 1 else m)
    return placed


def find_actors(analysis: Analysis, dictionary: ActorDictionary | None = None) -> Analysis:
    """Add every actor of the article, with all its mentions and its coding.

    A user ``dictionary`` adds names to find and its coding wins over the
    stage's own.
    """
    words = _words(dictionary)
    tree = Tree(analysis.parse, analysis.article.text)
    # The agency of a dateline ("(Reuters) -") reports; it is no actor of the story.
    head = dateline_end(analysis.article.text)
    mentions = [m for m in find_mentions(tree, words) if m.start >= head]
    places = place_countries(tree, mentions, words, analysis.article)
    known = known_actors()
    published = analysis.article.published
    mentions = _placed_by_known_office(mentions, known, published, words)
    home = home_country(
        mentions,
        words,
        analysis.article.title,
        places,
        filed_in=_filed_in(analysis.article.text, words),
        office_holders=_office_holders(mentions, known, published),
        tree=tree,
    )
    mentions = placed_at_home(mentions, home, words)
    # "the Commission" in a story about EU rules is the European Commission.
    mentions = with_union_organs(mentions, words)
    # "Israeli troops raided Nablus, the army said": the army of the troops, not home's.
    mentions = with_forces_country(mentions, tree)
    # "the Bush administration" in a story about Cuba is Washington's.
    mentions = with_leaders_governments(mentions, tree, words, known, published)

    def offices(name: str) -> set[tuple[str, str | None, str | None]]:
        # The one most likely office, not every office ever held: with all of
        # them, "the home secretary" would find any former home secretary.
        # The user's dictionary first, as its coding wins.
        entry = (dictionary.office(name, published) if dictionary else None) or known.office(
            name, published
        )
        return {(entry.title, entry.org, entry.country)} if entry and entry.title else set()

    def party(name: str) -> str | None:
        return (dictionary.party(name, published) if dictionary else None) or known.party(
            name, published
        )

    clusters = cluster(mentions, tree, home, offices, party)

    def fill(actor: Actor, aliases: tuple[str, ...]) -> Actor:
        return known.fill(actor, published, aliases, home)

    actors = tuple(code_actor(c, n, home, words, fill) for n, c in enumerate(clusters, 1))
    # The firm an opening description places places its people too.
    actors = with_lead_country(actors, clusters, tree, words)
    actors = with_headline_role(actors, clusters, analysis.article.title or "", words)
    actors = with_headline_country(actors, clusters, analysis.article.title or "", words)
    # Before the affiliations, so that a firm's people take its country.
    actors = with_known_firms(actors, clusters, words)
    actors = with_bought_firms(actors, clusters, tree)
    actors = with_affiliations(actors, clusters, tree)
    actors = with_seat_country(actors, clusters, tree, words)
    actors = with_local_country(
        actors,
        clusters,
        tree,
        words,
        home,
        known=lambda name: known.office(name, published) is not None,
        setting=story_setting(places, home),
    )
    # "His counterpart" takes the sector that pass gave the one he mirrors.
    actors = with_affiliations(actors, clusters, tree, mirroring_only=True)
    # Once the politicians are coded: the activists they address are their party's.
    actors = with_party_audiences(actors, clusters, tree)
    # A club's players and managers are no firm's people, once the bodies beside them spoke.
    actors = with_sport_people(actors, clusters, tree)
    if dictionary is not None:
        actors = tuple(
            dictionary.apply(actor, _names(found), published)
            for actor, found in zip(actors, clusters, strict=True)
        )
    actors = _as_written(actors, clusters)
    article = dataclasses.replace(analysis.article, actors=actors)
    return dataclasses.replace(analysis, article=article)


def _as_written(actors: tuple[Actor, ...], clusters: list[Cluster]) -> tuple[Actor, ...]:
    """``actors`` with the spans of their mentions as the output writes them.

    A body written only before another's role ("Tory" in "Tory leader Michael
    Howard") has no span there, and a role it stands before starts at it
    ("Labour MPs"). A role set beside a name ("X, the lawyer,") has no span
    either: it is what the text says of the name. A body named only so is
    still an actor of the article, with no span: the article names it, as
    whom its people speak for.
    """
    spans: dict[tuple[int, int], tuple[int, int] | None] = {
        (m.start, m.end): None
        if m.premodifier or m.appositive
        else (m.start if m.written_from is None else m.written_from, m.end)
        for found in clusters
        for m in found.mentions
    }
    return tuple(
        dataclasses.replace(
            actor,
            mentions=tuple(
                written for span in actor.mentions if (written := spans.get(span, span)) is not None
            ),
        )
        for actor in actors
    )


def stage(dictionary: ActorDictionary | None = None) -> Stage:
    """The actors stage, with a user's dictionary when there is one."""
    return Stage(
        name="actors",
        run=functools.partial(find_actors, dictionary=dictionary),
        requires=frozenset({"parse"}),
        assigns=frozenset({"actors"}),
    )


@functools.cache
def _words(dictionary: ActorDictionary | None) -> ActorLexicon:
    words = lexicon.load()
    return words if dictionary is None else words.with_names(dictionary.names())


def _names(found: Cluster) -> tuple[str, ...]:
    return tuple(m.text for m in found.mentions if m.kind == "name")


STAGE = stage()
