"""Places: where things happen, resolved against an offline gazetteer.

The candidates are the place names the NLP model finds (GPE, LOC, FAC), the
names it took for a person or body that the gazetteer knows ("At Heathrow,
Gatwick and Stansted airports", where it reads "Gatwick" as a person), and
the names of the gazetteer it left without a label ("to Pembrokeshire").
A candidate is a place when the text uses it as a location
(:mod:`dateline.stages._place_roles`): "talks in Munich" is one,
"Washington said" is an actor.

A photo caption's place ("... in Munich, Germany, February 16") is a place
too, with no mention in the text.

Each name is resolved (:mod:`dateline.stages._gazetteer`) to a region of
``lexicons/regions.tsv``, a country, a continent, or a city: among cities,
one in a country the article is about comes first ("Damascus" is Syria's,
not Maryland's; "Palmyra" in a Syrian story is Tadmur), then a city of
that very name before one that only has it as an alternate name, then the
largest.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from dateline import lexicons
from dateline.records import Analysis, Entity, Place
from dateline.stages import Stage
from dateline.stages._gazetteer import Entry, is_city, lookup, towns, wide_place
from dateline.stages._place_roles import (
    DIRECTIONS,
    PLACE_LABELS,
    PLACE_NOUNS,
    is_location,
    locative,
)
from dateline.stages._spans import clean_name, country_code
from dateline.stages._tree import Tree

_LONGEST_NAME = 4
"""Words in the longest name looked for among words the model left without a label."""
_MISREAD_LABELS = frozenset({"PERSON", "ORG", "NORP"})
"""What the model takes a place name for when it is wrong ("Gatwick" as a person)."""
_CAPTION_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'’-]+\s?){1,3})(?=[,.(]|$)")
_DEMONYM_COUNTRY = {row["word"]: row["iso3"] for row in lexicons.table("demonyms.tsv")}
_DEMONYMS = frozenset(_DEMONYM_COUNTRY)
"""A demonym ("Thai", "Iraqi") is never a place, whatever the model or gazetteer says."""
_PART_NAMES = frozenset({"North", "South", "East", "West", "Central"})
"""Words after a town's name that name a part of it, as constituencies do."""
_POINTS = frozenset({"city", "admin", "site"})
"""Kinds of place small enough that a place inside one may be put at its point."""
_KNOWN_ABROAD = 100_000
"""The people a city outside the article's countries needs to be its reading."""


def find_places(analysis: Analysis) -> Analysis:
    """Add a Place for each distinct place name used as a location, with all its mentions."""
    tree = Tree(analysis.parse, analysis.article.text)
    about = _countries_about(analysis)
    home = _home(analysis)
    kept, resolved = _locations(
        analysis, tree, _candidates(analysis, tree, about, home), about, home
    )
    for name in caption_places(analysis):
        if name not in kept:
            resolved[name] = _resolve(name, about, home)
            if resolved[name] is not None:
                kept[name] = []
    places = []
    for number, (name, entities) in enumerate(kept.items(), 1):
        entry = resolved[name]
        holder = None if entry else _holder(tree, entities, kept, resolved)
        point = holder if holder and holder.kind in _POINTS else None
        places.append(
            Place(
                id=f"P{number}",
                name=name,
                kind=entry.kind if entry else None,
                # A place the gazetteer does not know ("RAF Northolt") is most
                # likely in the country the article is about, unless the text
                # says where it is ("Pease Pottage, West Sussex").
                country=entry.country if entry else _country_of(tree, name, entities, holder, home),
                lat=entry.lat if entry else point.lat if point else None,
                lon=entry.lon if entry else point.lon if point else None,
                geonames_id=entry.geonames_id if entry else None,
                mentions=tuple(sorted({(e.start, e.end) for e in entities})),
            )
        )
    article = dataclasses.replace(analysis.article, places=tuple(places))
    return dataclasses.replace(analysis, article=article)


def _candidates(analysis: Analysis, tree: Tree, about: set[str], home: str | None) -> list[Entity]:
    """Every name that may be a place: the model's, the ones it misread, the ones it missed."""
    return (
        [
            _with_direction(tree, _with_rest_of_name(tree, _as_site(tree, e)))
            for e in analysis.parse.entities
            if e.label in PLACE_LABELS or _misread_place(tree, e, about, home)
        ]
        + [
            place
            for e in analysis.parse.entities
            for place in _places_in_event(tree, e) + _misread_city_and_country(tree, e)
        ]
        + _unlabelled_places(tree)
        + _addressed_places(tree, analysis.parse.entities)
    )


def _locations(
    analysis: Analysis, tree: Tree, candidates: list[Entity], about: set[str], home: str | None
) -> tuple[dict[str, list[Entity]], dict[str, Entry | None]]:
    """The candidates used as locations, by name, and what the gazetteer makes of each name."""
    text = analysis.article.text
    bodies = {
        span
        for actor in analysis.article.actors
        if actor.kind == "organization"
        for span in actor.mentions
    }
    kept: dict[str, list[Entity]] = defaultdict(list)
    resolved: dict[str, Entry | None] = {}
    for entity in candidates:
        name = clean_name(text[entity.start : entity.end])
        if not name or _is_demonym(name) or not is_location(tree, entity, candidates):
            continue
        if name not in resolved:
            resolved[name] = _resolve(name, about, home)
        if resolved[name] is None and (
            entity.label not in PLACE_LABELS
            or not locative(tree, entity)
            or ((entity.start, entity.end) in bodies and not _addressed(tree, entity, candidates))
        ):
            # A ship, a programme or a show ("World At One") taken for a place, or
            # a firm one invests "in" that the actors stage knows as a body.
            continue
        kept[name].append(entity)
    return kept, resolved


def _holder(
    tree: Tree,
    entities: list[Entity],
    kept: dict[str, list[Entity]],
    resolved: dict[str, Entry | None],
) -> Entry | None:
    """The known place the text puts an unknown one in, right after its name.

    "of Pease Pottage, West Sussex", "the Ras Lanuf terminal in Libya": the
    unknown place is given the holder's country, and its point when the
    holder is no wider than a county (a country's point is its capital).
    """
    starts = {e.token_start: resolved[name] for name, found in kept.items() for e in found}
    for entity in entities:
        after = entity.token_end
        if after + 1 < len(tree) and tree.tokens[after].text in (",", "in"):
            first = after + 2 if tree.tokens[after + 1].text.lower() == "the" else after + 1
            holder = starts.get(first)
            if holder is not None:
                return holder
    return None


def _country_of(
    tree: Tree, name: str, entities: list[Entity], holder: Entry | None, home: str | None
) -> str | None:
    """The country of a place the gazetteer does not know."""
    if holder is not None:
        return holder.country
    return country_code(name) or _demonym_country(tree, entities) or home


def _demonym_country(tree: Tree, entities: list[Entity]) -> str | None:
    """The country a demonym gives the kind of an unknown place: "the Thai island of Koh Tao"."""
    for entity in entities:
        token = tree.tokens[entity.token_end - 1]
        if token.dep != "pobj" or tree.tokens[token.head].text.lower() != "of":
            continue
        kind = tree.tokens[token.head].head
        for child in tree.children[kind]:
            code = _DEMONYM_COUNTRY.get(tree.tokens[child].text)
            if code is not None and tree.tokens[child].dep in ("amod", "compound"):
                return code
    return None


def _is_demonym(name: str) -> bool:
    """Whether a name is only a demonym: "Thai" is, "US" (a name too) is not."""
    return name in _DEMONYMS and country_code(name) is None


def _places_in_event(tree: Tree, entity: Entity) -> list[Entity]:
    """The country an event is named after: "Iraq" in "the Iraq war" (an EVENT to the model)."""
    if entity.label != "EVENT":
        return []
    return [
        Entity("GPE", token.start, token.end, i, i + 1)
        for i in range(entity.token_start, entity.token_end)
        if (token := tree.tokens[i]).dep == "compound"
        and tree.tokens[token.head].lemma.lower() in PLACE_NOUNS
        and country_code(token.text) is not None
    ]


def _misread_place(tree: Tree, entity: Entity, about: set[str], home: str | None) -> bool:
    """A place the model took for a person or body, where the gazetteer knows the name.

    "strikes on Palmyra city", "in Erbil", "imports into the EU", "goods from
    Mauritius", "At Heathrow, Gatwick, Edinburgh and Glasgow airports": such a
    name is then judged as a GPE is, by where it stands (:func:`_is_location`).
    """
    if entity.label not in _MISREAD_LABELS:
        return False
    name = clean_name(tree.text[entity.start : entity.end])
    return bool(is_city(name) or lookup(name) or _local_towns(name, about, home))


def _addressed_places(tree: Tree, entities: tuple[Entity, ...]) -> list[Entity]:
    """A name the model misread before ", <a known place>" where a place stands.

    "from Haddow Moor, Essex": a town given its county, as addresses are
    written, even when neither the model nor the gazetteer knows the town.
    """
    return [
        dataclasses.replace(entity, label="GPE")
        for entity in entities
        if entity.label in _MISREAD_LABELS
        and _addressed(tree, entity, entities)
        and locative(tree, entity)
    ]


def _addressed(tree: Tree, entity: Entity, entities: Sequence[Entity]) -> bool:
    """Whether a name is followed by a comma and a place the gazetteer knows: "X, Essex"."""
    comma = entity.token_end
    return (
        comma + 1 < len(tree)
        and tree.tokens[comma].text == ","
        and any(
            e.token_start == comma + 1
            and e.label in PLACE_LABELS
            and lookup(clean_name(tree.text[e.start : e.end]))
            for e in entities
        )
    )


def _unlabelled_places(tree: Tree) -> list[Entity]:
    """Places the model left without a label: "from Cardiff to Bristol", "at Number 10".

    The longest run of capitalised words (and a number, as in "Number 10")
    outside any named entity that names a country, a region or site of the
    lexicon, or a city (:func:`_names_place`).
    """
    found: list[Entity] = []
    i = 0
    while i < len(tree):
        span = next(
            (
                (i, last)
                for last in range(min(i + _LONGEST_NAME, len(tree)), i, -1)
                if _unlabelled_run(tree, i, last) and _names_place(tree, i, last)
            ),
            None,
        )
        if span is None:
            i += 1
            continue
        first, last = span
        # Judged as a GPE is, by where it stands: "Downing Street adviser" is no place.
        found.append(
            Entity("GPE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        )
        i = last
    return found


def _names_place(tree: Tree, first: int, last: int) -> bool:
    """Whether a run of words is a wide place's name, or a city's own name used as a name.

    A city is taken under its own name only, and only where the model reads
    every word as a proper noun: "to Bristol", not "in Reading the report".
    """
    name = tree.span_text(first, last)
    return wide_place(name) is not None or (
        all(t.pos == "PROPN" for t in tree.tokens[first:last])
        and any(e.exact for e in lookup(name) if e.kind == "city")
    )


def _unlabelled_run(tree: Tree, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are capitalised words (or numbers) outside entities."""
    tokens = tree.tokens[first:last]
    return tokens[0].text[:1].isupper() and all(
        t.ent_type in ("", "CARDINAL") and (t.text[:1].isupper() or t.text.isdigit())
        for t in tokens
    )


def _misread_city_and_country(tree: Tree, entity: Entity) -> list[Entity]:
    """A place and the place that holds it, taken for one body: "of Auckland, New Zealand".

    The last part must be a place the gazetteer knows ("of Little Haddow,
    Lincolnshire"); the parts before it are then places too, known or not.
    """
    if entity.label in PLACE_LABELS or not locative(tree, entity):
        return []
    parts = _comma_parts(tree, entity)
    if len(parts) < 2 or not lookup(tree.span_text(*parts[-1])):
        return []
    if not all(tree.tokens[first].text[:1].isupper() for first, _ in parts):
        return []
    return [
        Entity("GPE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        for first, last in parts
    ]


def _comma_parts(tree: Tree, entity: Entity) -> list[tuple[int, int]]:
    parts, first = [], entity.token_start
    for i in range(entity.token_start, entity.token_end + 1):
        if i == entity.token_end or tree.tokens[i].text == ",":
            if first < i:
                parts.append((first, i))
            first = i + 1
    return parts


def caption_places(analysis: Analysis) -> list[str]:
    """The names of the places photo captions name ("... in Munich, Germany, February 16").

    They have no span in the text, but are often the only place an event is given.
    """
    found = []
    for caption in analysis.article.captions:
        found += [clean_name(m.group(1)) for m in _CAPTION_PLACE.finditer(caption.text)]
    return found


def _as_site(tree: Tree, entity: Entity) -> Entity:
    """A name the lexicon knows only as a site, labelled as one ("closed Tehran's new airport").

    The model may take an airport or a prison for a body; a site is judged
    as sites are (:func:`dateline.stages._place_roles.is_location`).
    """
    entries = lookup(clean_name(tree.text[entity.start : entity.end]))
    if entity.label != "FAC" and entries and all(e.kind == "site" for e in entries):
        return dataclasses.replace(entity, label="FAC")
    return entity


def _with_rest_of_name(tree: Tree, entity: Entity) -> Entity:
    """A place name with the capitalised words after it that the gazetteer's name has.

    "St James's" + "Palace": the model may stop a name before its last word.
    """
    for last in range(min(entity.token_end + 2, len(tree)), entity.token_end, -1):
        words = tree.tokens[entity.token_end : last]
        if all(w.text[:1].isupper() and not w.ent_type for w in words) and wide_place(
            tree.span_text(entity.token_start, last)
        ):
            return dataclasses.replace(entity, token_end=last, end=tree.tokens[last - 1].end)
    return entity


def _with_direction(tree: Tree, entity: Entity) -> Entity:
    """A place name with the direction before it: "south Asia", "west London"."""
    first = entity.token_start
    if first > 0 and tree.tokens[first - 1].text.lower() in DIRECTIONS:
        before = tree.tokens[first - 1]
        return dataclasses.replace(entity, token_start=first - 1, start=before.start)
    return entity


def _home(analysis: Analysis) -> str | None:
    """The country most of the article's people and bodies belong to, if one leads clearly."""
    votes = Counter(
        actor.country
        for actor in analysis.article.actors
        if actor.country and actor.kind in ("person", "organization", "group")
        for _ in actor.mentions
    )
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _countries_about(analysis: Analysis) -> set[str]:
    """The countries the article names: its actors' countries and the countries it names."""
    found = {actor.country for actor in analysis.article.actors if actor.country}
    text = analysis.article.text
    for entity in analysis.parse.entities:
        if entity.label == "GPE":
            code = country_code(text[entity.start : entity.end])
            if code is not None:
                found.add(code)
    return found


def _resolve(name: str, about: set[str], home: str | None) -> Entry | None:
    """The gazetteer's reading of a place name, given the countries the article is about.

    A town too small for the cities list is looked for in the article's home
    country only: a British story's "Tuxford" is Nottinghamshire's.
    """
    entries = lookup(name)
    if not entries and name.split(maxsplit=1)[0].lower() in DIRECTIONS:
        name = name.split(maxsplit=1)[-1]  # "west London" is in London
        entries = lookup(name)
    if not entries and " " in name and name.rsplit(maxsplit=1)[-1] in _PART_NAMES:
        name = name.rsplit(maxsplit=1)[0]  # the seat "Leicester South" is part of Leicester
        entries = lookup(name)
    wide = [e for e in entries if e.kind != "city"]
    if wide:
        return wide[0]
    cities = [e for e in entries if _believable(e, about)]
    if cities:
        return max(cities, key=lambda e: (e.country in about, e.exact, e.population))
    local = _local_towns(name, about, home)
    return max(local, key=lambda e: e.population) if local else None


def _local_towns(name: str, about: set[str], home: str | None) -> list[Entry]:
    """The small towns ``name`` may be: in the home country, or without one in a country named."""
    return [e for e in towns(name) if e.country == home or (home is None and e.country in about)]


def _believable(city: Entry, about: set[str]) -> bool:
    """Whether a city is a likely reading of its name in this article.

    News names a small foreign town with its country, so a city in a country
    the article never names must be a large one under its own name: not
    Canada's Broadmoor for the hospital, nor Onex for "One", whose alternate
    names these are.
    """
    return city.country in about or (city.exact and city.population >= _KNOWN_ABROAD)


STAGE = Stage(
    name="places",
    run=find_places,
    requires=frozenset({"parse", "actors"}),
    assigns=frozenset({"places"}),
)
