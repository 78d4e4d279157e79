"""Places: where things happen, resolved against an offline gazetteer.

The names that may be places (:mod:`dateline.stages._place_names`: the NLP
model's, and the gazetteer's names it missed or took for a person or body)
are kept where the text uses them as a location
(:mod:`dateline.stages._place_roles`): "talks in Munich" is one,
"Washington said" is an actor.

A photo caption's place ("... in Munich, Germany, February 16") is a place
too, with no mention in the text.

Each name is resolved (:mod:`dateline.stages._gazetteer`) to a region of
``lexicons/regions.tsv``, a country, a continent, or a city: among cities,
one in a country the article is about comes first ("Damascus" is Syria's,
not Maryland's; "Palmyra" in a Syrian story is Tadmur), then a sizeable
one of the article's home country ("Newcastle" in a British story), then a
city of that very name before one that only has it as an alternate name,
then the largest.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from dateline import lexicons
from dateline.records import Analysis, Entity, Place
from dateline.stages import Stage
from dateline.stages._gazetteer import Entry, local_towns, lookup
from dateline.stages._place_names import addressed, candidates, list_mates
from dateline.stages._place_roles import (
    DIRECTIONS,
    DIVISIONS,
    HONORIFICS,
    PLACE_LABELS,
    SITE_WORDS,
    body_name,
    is_location,
    locative,
    names_ground,
    placed_in_known,
    site_name,
    town_of_part,
    venue,
)
from dateline.stages._spans import clean_name, country_code, dateline_place
from dateline.stages._tree import Tree

_CAPTION_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'’-]+\s?){1,3})(?=[,.(]|$)")
_DEMONYM_COUNTRY = {row["word"]: row["iso3"] for row in lexicons.table("demonyms.tsv")}
_DEMONYMS = frozenset(_DEMONYM_COUNTRY)
"""A demonym ("Thai", "Iraqi") is never a place, whatever the model or gazetteer says."""
_HOLDINGS = frozenset({"share", "stake", "investment", "invest", "trade", "trading", "holding"})
"""What one holds "in" a firm."""
_POINTS = frozenset({"city", "admin", "site"})
"""Kinds of place small enough that a place inside one may be put at its point."""
_WORLD_CITY = 1_000_000
"""The people of a city known the world over ("Paris"), whatever the story's countries."""
_OVERSHADOW = 20
"""How many times larger such a city must be than a namesake in the story's countries."""
_KNOWN_ABROAD = 100_000
"""The people a city outside the article's countries needs to be its reading."""
_BLOCS = frozenset({"West", "East"})
"""Compass points alone that name a bloc of countries, not ground: "smoking in the West"."""
_NAME_JOINERS = frozenset({"upon", "on", "under", "le", "en", "sur"})
"""Lower-case words after a hyphen that go on a town's name: "Stoke-on-Trent"."""


def find_places(analysis: Analysis) -> Analysis:
    """Add a Place for each distinct place name used as a location, with all its mentions."""
    tree = Tree(analysis.parse, analysis.article.text)
    about = _countries_about(analysis)
    home = _home(analysis)
    found = candidates(analysis, tree, about, home)
    kept, resolved = _locations(analysis, tree, found, about, home)
    for name in caption_places(analysis):
        if name not in kept:
            resolved[name] = _resolve(name, about, home)
            if resolved[name] is not None:
                kept[name] = []
    filed = _dateline_place(analysis, tree, about, home)
    if filed is not None and not any(
        e.start < filed[1].end for entities in kept.values() for e in entities
    ):
        name, entity, town = filed
        resolved.setdefault(name, town)
        kept[name] = [*kept.get(name, []), entity]
    places = []
    for number, (name, entities) in enumerate(kept.items(), 1):
        entry = resolved[name]
        # A seat is in the town it is named after, whatever place follows it in a list.
        holder = (
            None
            if entry
            else _town_in(name, about)
            or _holder(tree, entities, kept, resolved)
            or _neighbour(tree, entities, found, about, home)
        )
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
    # A group the lexicon knows is never a place, even before a comma and a
    # country, as in a list of parties ("envoys from Hamas, Qatar and Egypt").
    known_bodies = {
        span for actor in analysis.article.actors if actor.org for span in actor.mentions
    }
    kept: dict[str, list[Entity]] = defaultdict(list)
    resolved: dict[str, Entry | None] = {}
    for entity in candidates:
        name = clean_name(text[entity.start : entity.end])
        if (
            not name
            or _is_demonym(name)
            or _after_honorific(tree, entity)
            or _hyphened_adjective(text, entity)
            or not is_location(tree, entity, candidates)
        ):
            continue
        if name not in resolved:
            resolved[name] = _resolve(name, about, home)
        whole = _named_before(name, kept, resolved)
        if whole is not None and locative(tree, entity):
            kept[whole].append(entity)  # "Barlinnie Prison" ... "at Barlinnie"
            continue
        if resolved[name] is None and (
            entity.label not in PLACE_LABELS
            or not (
                locative(tree, entity)
                or placed_in_known(tree, entity)
                or names_ground(tree, entity)
                or site_name(entity, name)
            )
            or (
                (entity.start, entity.end) in bodies
                and not addressed(tree, entity, candidates)
                and not venue(tree, entity)
                and not names_ground(tree, entity)
            )
            or (entity.start, entity.end) in known_bodies
            or _held(tree, entity)
            or body_name(name)
            or name in _BLOCS
        ):
            # A ship, a programme or a show ("World At One") taken for a place, or
            # a firm one invests "in" that the actors stage knows as a body.
            continue
        kept[name].append(entity)
    # The other items of a list of places: "Bristol West, Manchester Gorton, Cambridge".
    taken = [e for found in kept.values() for e in found]
    for entity in list_mates(tree, taken, about, home):
        name = clean_name(text[entity.start : entity.end])
        if (
            not name
            or _is_demonym(name)
            or _after_honorific(tree, entity)
            or (entity.start, entity.end) in known_bodies
            or any(e.start < entity.end and entity.start < e.end for e in taken)
        ):
            continue
        if name not in resolved:
            resolved[name] = _resolve(name, about, home)
        kept[name].append(entity)
    return kept, resolved


def _hyphened_adjective(text: str, entity: Entity) -> bool:
    """Whether a name is the first half of an adjective: "a Europe-wide policy", "UK-born".

    Such a word says of what kind a thing is, not where it is; a town's
    name may go on after a hyphen ("Stoke-on-Trent"), an adjective's does not.
    """
    rest = re.match(r"-([a-z]+)\b", text[entity.end :])
    return rest is not None and rest.group(1) not in _NAME_JOINERS


def _after_honorific(tree: Tree, entity: Entity) -> bool:
    """Whether a name follows an honorific: "called on Mr Hockney" is a person."""
    return entity.token_start > 0 and tree.tokens[entity.token_start - 1].text in HONORIFICS


def _named_before(
    name: str, kept: dict[str, list[Entity]], resolved: dict[str, Entry | None]
) -> str | None:
    """The site the text named in full before, that an unknown name is the short form of.

    "slopping out at Barlinnie Prison" then "has ended at Barlinnie": the
    model may take the short name for a person; it is the prison.
    """
    if resolved.get(name) is not None or name in kept:
        return None
    return next(
        (
            whole
            for whole in kept
            if whole.startswith(f"{name} ") and whole.rsplit(maxsplit=1)[-1].lower() in SITE_WORDS
        ),
        None,
    )


def _held(tree: Tree, entity: Entity) -> bool:
    """Whether a name is what shares or a stake are held "in": "shares in Rover" is a firm.

    Only for names the gazetteer does not know: "investment in Iraq" is a place.
    """
    token = tree.tokens[entity.token_end - 1]
    preposition = tree.tokens[token.head]
    return (
        token.dep == "pobj"
        and preposition.text.lower() == "in"
        and tree.tokens[preposition.head].lemma.lower() in _HOLDINGS
    )


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


def _town_in(name: str, about: set[str]) -> Entry | None:
    """The town of the article's countries an unknown place's name starts with.

    A constituency is named after its town and a district ("Manchester
    Gorton", "Birmingham Yardley"): it is put in the town.
    """
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        towns = [
            e
            for e in lookup(" ".join(words[:size]))
            if e.kind == "city" and e.exact and e.country in about
        ]
        if towns:
            return max(towns, key=lambda e: e.population)
    return None


def _neighbour(
    tree: Tree, entities: list[Entity], names: list[Entity], about: set[str], home: str | None
) -> Entry | None:
    """The town, county or site the sentence of an unknown place names closest to it.

    "Rover's Longbridge plant in the West Midlands", "Birmingham councillors
    in the Bordesley Green ward": a works or a ward the gazetteer lacks is
    most likely near the known place its sentence names, as a location or not.
    """
    best: tuple[int, Entry] | None = None
    for entity in entities:
        sentence = tree.sentence_of[entity.token_start]
        for other in names:
            if tree.sentence_of[other.token_start] != sentence or other.start == entity.start:
                continue
            entry = _resolve(clean_name(tree.text[other.start : other.end]), about, home)
            if entry is None or entry.kind not in _POINTS or entry.country not in about:
                continue
            distance = abs(other.token_start - entity.token_start)
            if best is None or distance < best[0]:
                best = (distance, entry)
    return best[1] if best else None


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


def known_names(place: Place) -> tuple[str, ...]:
    """The names a place goes by: as written, and the gazetteer's own name for it.

    "Number 10" is Downing Street and "Marseilles" Marseille: the entry the
    written name looks up whose coordinates are the place's.
    """
    if place.lat is None or place.lon is None:
        return (place.name,)
    own = (e.name for e in lookup(place.name) if (e.lat, e.lon) == (place.lat, place.lon))
    return tuple(dict.fromkeys((place.name, *own)))


def caption_places(analysis: Analysis) -> list[str]:
    """The names of the places photo captions name ("... in Munich, Germany, February 16").

    They have no span in the text, but are often the only place an event is given.
    """
    found = []
    for caption in analysis.article.captions:
        found += [clean_name(m.group(1)) for m in _CAPTION_PLACE.finditer(caption.text)]
    return found


def _dateline_place(
    analysis: Analysis, tree: Tree, about: set[str], home: str | None
) -> tuple[str, Entity, Entry] | None:
    """The town a wire dateline names, where the story was filed: "BEIRUT, 5 March 2024 -".

    Written in capitals, which the model seldom reads as a name; the country
    after it ("HOMS, Syria, ...") says which town of that name it is.
    """
    text = analysis.article.text
    match = dateline_place(text)
    if match is None:
        return None
    name = match.group(1).title()
    country = country_code(match.group(2)) if match.group(2) else None
    entry = _resolve(name, about | {country} if country else about, home)
    first, last = tree.token_at(match.start(1)), tree.token_at(match.end(1) - 1)
    if entry is None or first is None or last is None:
        return None
    return name, Entity("GPE", match.start(1), match.end(1), first, last + 1), entry


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
    """The countries the article is about: its actors', and those it names, or names a part of."""
    found = {actor.country for actor in analysis.article.actors if actor.country}
    text = analysis.article.text
    for entity in analysis.parse.entities:
        name = clean_name(text[entity.start : entity.end])
        if entity.label == "GPE":
            code = country_code(name)
            if code is not None:
                found.add(code)
        if entity.label == "NORP" and name in _DEMONYM_COUNTRY:
            found.add(_DEMONYM_COUNTRY[name])  # "the German carmaker": a story about Germany
        if entity.label in PLACE_LABELS:
            # A county or region names its country: "County Durham" is Britain's.
            found.update(e.country for e in lookup(name) if e.kind != "city" and e.country)
    return found


def _resolve(name: str, about: set[str], home: str | None) -> Entry | None:
    """The gazetteer's reading of a place name, given the countries the article is about.

    A town too small for the cities list is looked for in the article's home
    country only: a British story's "Tuxford" is Nottinghamshire's.
    """
    entries = lookup(name)
    while not entries and " " in name and name.split(maxsplit=1)[0].lower() in DIRECTIONS:
        name = name.split(maxsplit=1)[-1]  # "west London", "north west London" are in London
        entries = lookup(name)
    if not entries and town_of_part(name) != name:
        name = town_of_part(name)  # the seats "Leicester South", "Leeds North West" are in the town
        entries = lookup(name)
    if not entries and " " in name and name.rsplit(maxsplit=1)[-1].lower() in DIVISIONS:
        # "Aceh province" is the province of Aceh, never a city ("Edo state" is not Tokyo).
        entries = [e for e in lookup(name.rsplit(maxsplit=1)[0]) if e.kind != "city"]
    wide = [e for e in entries if e.kind != "city"]
    if wide:
        return wide[0]
    cities = [e for e in entries if _believable(e, about)]
    if cities:
        return max(
            cities,
            key=lambda e: (_in_story(e, cities, about), _home_city(e, home), e.exact, e.population),
        )
    local = local_towns(name, about, home)
    return max(local, key=lambda e: e.population) if local else None


def _in_story(city: Entry, cities: list[Entry], about: set[str]) -> bool:
    """Whether a city lies in a country the story names, and no world city overshadows it.

    A story that names the US means Paris, France, not Paris, Texas: a city of
    millions, many times larger, is the reading whatever countries are named.
    """
    if city.country not in about:
        return False
    return not any(
        other.country not in about
        and other.exact
        and other.population >= _WORLD_CITY
        and other.population >= _OVERSHADOW * city.population
        for other in cities
    )


def _home_city(city: Entry, home: str | None) -> bool:
    """Whether a city is a sizeable one of the article's home country.

    A British story's "Newcastle" is Newcastle upon Tyne, known by that short
    name, before the Australian city whose own name it is, even where the
    story names Australia too; a small home town ("Perth", Scotland's) is not
    preferred so over a foreign city the story names.
    """
    return city.country == home and city.population >= _KNOWN_ABROAD


def _believable(city: Entry, about: set[str]) -> bool:
    """Whether a city is a likely reading of its name in this article.

    News names a small foreign town with its country, so a city in a country
    the article never names must be a large one under its own name: not
    Canada's Broadmoor for the hospital, nor Onex for "One", whose alternate
    names these are. A city our regions lexicon spells ("Hodeidah") is one
    news names often, whatever its population.
    """
    from_lexicon = city.geonames_id is None
    return (
        from_lexicon
        or city.country in about
        or (city.exact and city.population >= _KNOWN_ABROAD)
        or city.population >= _WORLD_CITY  # "New York", New York City's other name
    )


STAGE = Stage(
    name="places",
    run=find_places,
    requires=frozenset({"parse", "actors"}),
    assigns=frozenset({"places"}),
)
