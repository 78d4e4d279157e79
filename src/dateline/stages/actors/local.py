"""People of a place: a group or local official the text places by where it is.

"Russian missiles hit a block in Odesa, killing three people": the three
people are Odesa's, Ukrainians, though the article's offices make Russia its
home country. Civilians and police no demonym places ("three people",
"residents", "police in Mandalay"), and holders of a local office
(local_offices.txt: "according to regional governor Oleh Kiper"), take the
country of the one foreign place their sentence names, rather than the
home country, the weakest guess. Holders of national offices and soldiers
do not ("troops in Basra", "the minister speaking in Brussels"): they serve
where they come from; nor does anyone the dictionary of known actors knows.
Private people whose sentence names no place take the country of the police
its words place there ("Pakistani police arrested four suspects").
A body or an office named "in" a capital ("the foreign ministry in Berlin")
is that capital's country's, whoever it is. Rebels and insurgents nothing
places fight where the story happens, not where it is told from: "Insurgents
stepped up attacks" in a British story about Basra are Iraq's.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable

from dateline import lexicons
from dateline.records import Actor
from dateline.stages._gazetteer import lookup, towns
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import actor_code, place_country
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention

_PRIVATE = "CVL"
_POLICE = "COP"
_REBELS = "REB"
_OF_THE_PLACE = frozenset({_PRIVATE, _POLICE})
"""Sectors whose people are of where they are: private people, the police."""


def with_local_country(  # noqa: PLR0913 - the stage's state, as its other passes take it
    actors: tuple[Actor, ...],
    clusters: list[Cluster],
    tree: Tree,
    lexicon: ActorLexicon,
    home: str | None,
    *,
    known: Callable[[str], bool] = lambda _: False,
    setting: str | None = None,
) -> tuple[Actor, ...]:
    """``actors`` with local people and officials placed where their sentence is.

    ``known`` says whether the dictionary of known actors knows a name;
    ``setting`` is the country the story happens in, if it names one most.
    """
    # A country named as an actor ("Russia said") places no one.
    acting = {i for found in clusters for m in found.mentions for i in range(m.first, m.last)}
    named = frozenset(a.country for a in actors if a.kind == "country" and a.country)
    placed = []
    for actor, found in zip(actors, clusters, strict=True):
        local = _unplaced_locals(actor, found) or (
            _unplaced_local_official(actor, found) and not known(actor.name)
        )
        country = (
            _office_place(found, tree, lexicon)
            or _where_named(found, tree, lexicon, acting, named)
            or _police_beside(actor, found, clusters)
            if local
            else None
        )
        if country is None and _unplaced_fighters(actor, found):
            country = _where_named(found, tree, lexicon, acting, named) or setting
        if country is not None and country != home:
            code = actor_code(country, actor.sector, actor.org)
            placed.append(dataclasses.replace(actor, country=country, code=code))
        else:
            placed.append(actor)
    return tuple(placed)


def _unplaced_locals(actor: Actor, found: Cluster) -> bool:
    """Whether a group is of private people or police, and nothing in its words places it."""
    return actor.kind == "group" and actor.sector in _OF_THE_PLACE and _unplaced_group(actor, found)


def _unplaced_fighters(actor: Actor, found: Cluster) -> bool:
    """Whether a group or body is of rebels, and nothing in its words places it."""
    return (
        actor.kind in ("group", "organization")
        and actor.sector == _REBELS
        and _unplaced_group(actor, found)
    )


def _unplaced_group(actor: Actor, found: Cluster) -> bool:
    """Whether no body, country or region in a group's words places it."""
    return actor.org is None and not any(
        m.country or m.organization or m.regional for m in found.mentions
    )


def story_setting(places: Counter[str], home: str | None) -> str | None:
    """The country the story happens in, when it names it more than any other and it is not home."""
    ranked = places.most_common(2)
    if not ranked or ranked[0][0] == home or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _unplaced_local_official(actor: Actor, found: Cluster) -> bool:
    """Whether a person holds a local office, and nothing in the words places them."""
    return (
        actor.kind == "person"
        and actor.org is None
        and any(_local_office(m) for m in found.mentions)
        and not any(m.country or m.organization for m in found.mentions)
    )


def _local_office(mention: Mention) -> bool:
    """Whether a mention's role is a local office, however its place is written around it.

    "mayor", "Mombasa's mayor", "the Kisumu mayor": the office is the title's own words.
    """
    offices = lexicons.word_set("local_offices.txt")
    entry = mention.title_entry
    return (mention.title is not None and mention.title.lower() in offices) or (
        entry is not None and " ".join(entry.words) in offices
    )


def _office_place(found: Cluster, tree: Tree, lexicon: ActorLexicon) -> str | None:
    """The country of the town or province a local office is named for.

    "Mombasa's mayor", "the mayor of Mombasa": the place the office is of,
    by its name, which the model may not have tagged as a place (it took
    "Mombasa" there for a body). It says more than any other place its
    sentence names.
    """
    for mention in found.mentions:
        if not _local_office(mention):
            continue
        names = [_place_in_title(mention)]
        head = mention.last - 1
        for link in tree.children[head]:
            if tree.tokens[link].dep == "prep" and tree.tokens[link].text.lower() == "of":
                names += [_bare_place(tree, obj) for obj in tree.children[link]]
        country = next((c for name in names if name and (c := place_country(name, lexicon))), None)
        if country is not None:
            return country
    return None


def _place_in_title(mention: Mention) -> str | None:
    """The place written before a local office in its title: "Mombasa" in "Mombasa's mayor"."""
    if mention.title is None or mention.title_entry is None:
        return None
    words = mention.title.split()
    place = words[: len(words) - len(mention.title_entry.words)]
    return " ".join(place).removesuffix("'s").removesuffix("’s") or None


def _bare_place(tree: Tree, token: int) -> str | None:
    """A place's name after "of", without its article: "Mombasa", "Lagos"."""
    if tree.tokens[token].dep != "pobj":
        return None
    first, last = tree.subtree(token)
    while first < last and tree.tokens[first].dep == "det":
        first += 1
    return tree.span_text(first, last) if first < last else None


def _where_named(
    found: Cluster, tree: Tree, lexicon: ActorLexicon, acting: set[int], named: frozenset[str]
) -> str | None:
    """The country of the places named where a group is first named, if they name one only.

    A region places them in its country ("killed in Gaza"). A town too
    small to be known wherever it is named ("killed near Tyre")
    places them in a country the article names, when it is a town of that
    country and of no other the article names.
    """
    sentence = found.mentions[0].sentence
    first, last = tree.sentence_span(sentence)
    countries = set()
    for entity in tree.parse.entities:
        if (
            entity.label != "GPE"
            or not first <= entity.token_start < last
            or any(i in acting for i in range(entity.token_start, entity.token_end))
            or _gone_into(tree, entity.token_end - 1)
        ):
            continue
        name = tree.text[entity.start : entity.end]
        country = (
            place_country(name, lexicon)
            or _region_country(name)
            or _town_of_a_country_named(name, named)
        )
        if country is not None:
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None


_INTO = frozenset({"into", "toward", "towards"})
_FLEEING = frozenset({"flee", "escape", "cross", "head", "move", "run", "stream", "pour", "flood"})


def _gone_into(tree: Tree, token: int) -> bool:
    """Whether a place is where people went, not where they are from.

    "Civilians fled across the border into Uganda": refugees are of the
    country they fled, not of the one that takes them in.
    """
    link = tree.tokens[token].head
    if tree.tokens[token].dep != "pobj" or link == token:
        return False
    word = tree.tokens[link].text.lower()
    verb = tree.tokens[tree.tokens[link].head]
    return word in _INTO or (word == "to" and verb.lemma in _FLEEING)


def _region_country(name: str) -> str | None:
    """The country of a region or province named, if it lies in one: "Gaza", "Darfur", "Texas"."""
    countries = {e.country for e in lookup(name) if e.kind in ("region", "admin") and e.country}
    return countries.pop() if len(countries) == 1 else None


_KNOWN_CITY = 100_000
"""People enough for a city to be the one its name means wherever it is written."""
_OUTWEIGHS = 10
"""How many times bigger a city must be to outweigh a namesake in a country the text names."""


def _town_of_a_country_named(name: str, named: frozenset[str]) -> str | None:
    """The one country, of those the article names, that has a city of this name.

    Not when a far bigger city elsewhere has the name: "Belfast" in a story
    that names the US is still Belfast, not the town in Maine.
    """
    cities = [e for e in (*lookup(name), *towns(name)) if e.kind == "city"]
    countries = {e.country for e in cities if e.country in named}
    if len(countries) != 1:
        return None
    here = max(e.population for e in cities if e.country in named)
    elsewhere = max((e.population for e in cities if e.country not in named), default=0)
    if elsewhere >= _KNOWN_CITY and elsewhere >= _OUTWEIGHS * here:
        return None
    return countries.pop()


def _police_beside(actor: Actor, found: Cluster, clusters: list[Cluster]) -> str | None:
    """The country of the police its words place in a private group's sentence, if one only.

    "Pakistani police arrested four suspects": people held, or kept back, by a
    country's police are most likely where those police serve.
    """
    if actor.sector != _PRIVATE:
        return None
    sentence = found.mentions[0].sentence
    countries = {
        m.country
        for other in clusters
        if other is not found
        for m in other.mentions
        if m.sentence == sentence
        and m.country
        and m.title_entry is not None
        and m.title_entry.sector == _POLICE
    }
    return countries.pop() if len(countries) == 1 else None


def with_seat_country(
    actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree, lexicon: ActorLexicon
) -> tuple[Actor, ...]:
    """``actors`` placed by the capital a mention of them is "in", when no word places them.

    "The foreign ministry in Berlin said", "officials in Beijing": a body or
    an office named with the seat of a government is that country's, whatever
    the article's home.
    """
    placed = []
    for actor, found in zip(actors, clusters, strict=True):
        seat = None if actor.kind == "country" or _placed(found) else _seat(found, tree, lexicon)
        if seat is not None and seat != actor.country:
            code = actor_code(seat, actor.sector, actor.org)
            placed.append(dataclasses.replace(actor, country=seat, code=code))
        else:
            placed.append(actor)
    return tuple(placed)


def _placed(found: Cluster) -> bool:
    return any(
        m.country or (m.organization is not None and m.organization.country) for m in found.mentions
    )


def _seat(found: Cluster, tree: Tree, lexicon: ActorLexicon) -> str | None:
    """The country of a capital one of the mentions is "in" ("the ministry in Berlin")."""
    for mention in found.mentions:
        head = mention.last - 1
        for child in tree.children[head]:
            if tree.tokens[child].dep != "prep" or tree.tokens[child].text.lower() != "in":
                continue
            places = [g for g in tree.children[child] if tree.tokens[g].dep == "pobj"]
            country = next((c for g in places if (c := _capital(tree, g, lexicon))), None)
            if country is not None:
                return country
    return None


_NAME = frozenset({"compound", "det"})
"""How the words before a place name's last word hang on it: "New Delhi", "The Hague"."""


def _capital(tree: Tree, token: int, lexicon: ActorLexicon) -> str | None:
    """The country whose capital a name ends at ``token`` ("Berlin", "The Hague", "New Delhi")."""
    first = token
    while (
        first > 0 and tree.tokens[first - 1].head == token and tree.tokens[first - 1].dep in _NAME
    ):
        first -= 1
    for start in range(first, token + 1):
        country = lexicon.capitals.get(tree.span_text(start, token + 1))
        if country is not None:
            return country
    return None
