"""Finding the names that may be places, including those the NLP model missed.

The candidates are the place names the model finds (GPE, LOC, FAC); the
names it took for a person or body that the gazetteer knows ("At Heathrow,
Gatwick and Stansted airports", where it reads "Gatwick" as a person), or
that stand before ", <a known place>" as addresses do ("from Haddow Moor,
Essex"); and the gazetteer's names it left without a label ("to
Pembrokeshire"). Whether each is used as a location is decided elsewhere
(:mod:`dateline.stages._place_roles`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from dateline.records import Analysis, Entity
from dateline.stages._gazetteer import is_city, local_towns, lookup, wide_place
from dateline.stages._place_roles import (
    DIRECTIONS,
    HONORIFICS,
    PLACE_LABELS,
    PLACE_NOUNS,
    SITE_WORDS,
    locative,
    misread_ground,
    placed_in_known,
    town_of_part,
    venue,
)
from dateline.stages._spans import clean_name, country_code
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as actor_lexicon

_LONGEST_NAME = 4
"""Words in the longest name looked for among words the model left without a label."""
_MISREAD_LABELS = frozenset({"PERSON", "ORG", "NORP"})
"""What the model takes a place name for when it is wrong ("Gatwick" as a person)."""
_RARELY_PLACES = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
"""What the model takes a place name for now and then ("the Manchester hotels" as a
product, "at Belmarsh" as a work of art): trusted only for a place's own name."""
_MIN_LIST = 3
"""Items a list needs before its places tell what the others are."""
_LONGEST_ITEM = 7
"""Tokens in the longest item of a list of places ("Newcastle-upon-Tyne Central": 6)."""
_JOINERS = frozenset({"-", "upon", "on", "under", "of", "in", "le"})
"""Words inside a place's name between capitalised ones: "Isle of Wight", "Stoke-on-Trent"."""
_SEPARATORS = frozenset({",", "and", "or"})
_SAINTS = frozenset({"St", "St.", "Saint"})
_COMPASS = frozenset({"north", "south", "east", "west"})
"""The lower-case words a region of a country may be named by: "the north east"."""


def candidates(analysis: Analysis, tree: Tree, about: set[str], home: str | None) -> list[Entity]:
    """Every name that may be a place: the model's, the ones it misread, the ones it missed."""
    return (
        [
            part
            for e in analysis.parse.entities
            if (e.label in PLACE_LABELS or _misread_place(tree, e, about, home))
            and not (e.label not in PLACE_LABELS and venue(tree, e))
            # a body's name that is a list of places is those places, not one more
            and not (e.label not in PLACE_LABELS and _misread_city_and_country(tree, e))
            for part in _owned(tree, _whole(tree, _as_ground(tree, e)))
        ]
        + [
            place
            for e in analysis.parse.entities
            for place in _places_in_event(tree, e)
            + _place_in_name(tree, e)
            + (_misread_city_and_country(tree, e) or _misread_list(tree, e))
        ]
        + [
            part
            for e in analysis.parse.entities
            if e.label not in PLACE_LABELS and venue(tree, e)
            for part in _owned(tree, _as_venue(tree, e))
        ]
        + _unlabelled_places(tree, about, home)
        + _lower_case_regions(tree, about, home)
        + _short_site_names(tree, analysis.parse.entities)
        + _addressed_places(tree, analysis.parse.entities)
        + _bodies_sat_in(analysis, tree)
    )


def _whole(tree: Tree, entity: Entity) -> Entity:
    """A place's name as the model found it, made whole: its kind, rest and direction."""
    return _with_direction(
        tree, _with_site_word(tree, _with_rest_of_name(tree, _as_site(tree, entity)))
    )


def _with_site_word(tree: Tree, entity: Entity) -> Entity:
    """A town's name as the start of a site's that ends in its kind: "Edinburgh Royal Infirmary".

    The model may label the town alone, hung on the site's last word; the
    capitalised words up to that word name the site, which stands where the
    town is. It is judged as the town was, by where it stands: "a Glasgow
    Airport spokesman" is no place.
    """
    last = entity.token_end - 1
    site = tree.tokens[last].head
    if (
        entity.label != "GPE"
        or tree.tokens[last].dep != "compound"
        or site <= last
        or tree.tokens[site].lemma.lower() not in SITE_WORDS
    ):
        return entity
    words = tree.tokens[entity.token_end : site + 1]
    if not all(w.text[:1].isupper() and not w.ent_type for w in words):
        return entity
    end = tree.tokens[site].end
    return dataclasses.replace(entity, end=end, token_end=site + 1)


def _as_ground(tree: Tree, entity: Entity) -> Entity:
    """A works or a ward's name the model took for a person, as a place ("Longbridge plant")."""
    if entity.label not in PLACE_LABELS and misread_ground(tree, entity):
        return dataclasses.replace(entity, label="GPE")
    return entity


def _as_venue(tree: Tree, entity: Entity) -> Entity:
    """A building the model took for a body, as a site, without the town it is said to be in.

    "a session at Glenurquhart High School in Inverness": the school is the
    site, and Inverness a place of its own (:func:`_place_in_name`).
    """
    first, last = entity.token_start, entity.token_end
    last = next((i for i in range(first + 1, last) if tree.tokens[i].text == "in"), last)
    return Entity("FAC", entity.start, tree.tokens[last - 1].end, first, last)


def _owned(tree: Tree, entity: Entity) -> list[Entity]:
    """A site and the town the model read into its name as its owner: "Gateshead's Sage Centre".

    Both are places; but "St George's Chapel" is one name (a saint's, no town's).
    """
    first, last = entity.token_start, entity.token_end
    owner = next((i for i in range(first + 1, last - 1) if tree.tokens[i].dep == "case"), None)
    if (
        owner is None
        or tree.tokens[first].text in _SAINTS
        or not _known_name(tree.span_text(first, owner))
    ):
        return [entity]
    town = Entity("GPE", entity.start, tree.tokens[owner - 1].end, first, owner)
    site = dataclasses.replace(entity, start=tree.tokens[owner + 1].start, token_start=owner + 1)
    return [town, site]


def _places_in_event(tree: Tree, entity: Entity) -> list[Entity]:
    """The place an event is named after: "Iraq" in "the Iraq war", "the Gulf War" (an EVENT)."""
    if entity.label != "EVENT":
        return []
    return [
        Entity("GPE", token.start, token.end, i, i + 1)
        for i in range(entity.token_start, entity.token_end)
        if (token := tree.tokens[i]).dep == "compound"
        and tree.tokens[token.head].lemma.lower() in PLACE_NOUNS
        and (country_code(token.text) is not None or wide_place(token.text) is not None)
    ]


def _place_in_name(tree: Tree, entity: Entity) -> list[Entity]:
    """A known place the model read into a body's name after "in": "Bluewater in Kent".

    "a session at Glenurquhart High School in Inverness": the model makes one
    name of the school and its town; the town is a place, judged as any
    place after "in" is.
    """
    if entity.label in PLACE_LABELS:
        return []
    for i in range(entity.token_start + 1, entity.token_end - 1):
        if tree.tokens[i].text != "in":
            continue
        first = i + 2 if tree.tokens[i + 1].text.lower() == "the" else i + 1
        if first < entity.token_end and _known_name(tree.span_text(first, entity.token_end)):
            token_end = entity.token_end
            return [Entity("GPE", tree.tokens[first].start, entity.end, first, token_end)]
    return []


def _short_site_names(tree: Tree, entities: tuple[Entity, ...]) -> list[Entity]:
    """A site's name without its last word, after the text gave it whole.

    "slopping out at Barlinnie Prison" then "has ended at Barlinnie": the
    model may take the short name for a person. It is judged as a place
    (:func:`dateline.stages.places.find_places` puts it with the site).
    """
    sites = {
        clean_name(tree.text[e.start : e.end]).rsplit(maxsplit=1)[0]: e.start
        for e in entities
        if e.label == "FAC" and e.token_end - e.token_start > 1
        and tree.tokens[e.token_end - 1].lemma.lower() in SITE_WORDS
    }  # fmt: skip
    return [
        dataclasses.replace(entity, label="FAC")
        for entity in entities
        if entity.label in _MISREAD_LABELS
        and sites.get(clean_name(tree.text[entity.start : entity.end]), entity.start) < entity.start
    ]


def _misread_place(tree: Tree, entity: Entity, about: set[str], home: str | None) -> bool:
    """A place the model took for a person or body, where the gazetteer knows the name.

    "strikes on Palmyra city", "in Erbil", "imports into the EU", "goods from
    Mauritius", "At Heathrow, Gatwick, Edinburgh and Glasgow airports": such a
    name is then judged as a GPE is, by where it stands (:func:`_is_location`).
    """
    name = clean_name(tree.text[entity.start : entity.end])
    if entity.label in _RARELY_PLACES:
        return _known_name(name)
    if entity.label not in _MISREAD_LABELS:
        return False
    if misread_ground(tree, entity):
        return True
    if name.isupper():
        # A body's acronym is a city's only through a code among its alternate
        # names ("the GLA" is no Glasgow): it must be a place's own name.
        return _known_name(name)
    if _seat_of_power(name):
        # "the Commons", "the Kremlin": the body, but for what is done in it.
        return venue(tree, entity)
    return bool(
        is_city(name) or lookup(name) or _small_town(name, about, home) or _seat(name, about)
    )


def _small_town(name: str, about: set[str], home: str | None) -> bool:
    """Whether a name is a small town's of the story's countries, and no body's the lexicon knows.

    "money from Congress" is the body's, whatever small town bears its name.
    """
    return bool(local_towns(name, about, home)) and actor_lexicon().organization(name) is None


def _seat_of_power(name: str) -> bool:
    """Whether a site's name is also the body's that sits there: "the Commons", "the Kremlin".

    Not an airport or a prison: "flights from Gatwick" leave a place.
    """
    found = lookup(name)
    return (
        bool(found)
        and all(entry.kind == "site" for entry in found)
        and actor_lexicon().organization(name) is not None
    )


def _seat(name: str, about: set[str]) -> bool:
    """Whether a name is a town's and a part of it, as a constituency is: "Bristol South".

    The model takes such seats for bodies or people; the town must be one
    of the article's countries.
    """
    town = town_of_part(name)
    return town != name and any(
        e.kind == "city" and e.exact and e.country in about for e in lookup(town)
    )


def _bodies_sat_in(analysis: Analysis, tree: Tree) -> list[Entity]:
    """A body's name, as the actors stage cut it, used for the building it sits in.

    "Speaking in the Commons after Mr Brown...": the model's name runs on
    past "after", but the actors stage knows the body's own words. Not
    where the model's own name is already taken as a place or a building.
    """
    taken = [e for e in analysis.parse.entities if e.label in PLACE_LABELS or venue(tree, e)]
    found = []
    for actor in analysis.article.actors:
        if actor.kind != "organization":
            continue
        for start, end in actor.mentions:
            first, last = tree.token_at(start), tree.token_at(end - 1)
            if first is None or last is None:
                continue
            entity = Entity("FAC", start, end, first, last + 1)
            if venue(tree, entity) and not any(e.start < end and start < e.end for e in taken):
                found.append(entity)
    return found


def _addressed_places(tree: Tree, entities: tuple[Entity, ...]) -> list[Entity]:
    """A name the model misread before ", <a known place>" where a place stands.

    "from Haddow Moor, Essex": a town given its county, as addresses are
    written, even when neither the model nor the gazetteer knows the town.
    """
    return [
        dataclasses.replace(entity, label="GPE")
        for entity in entities
        if entity.label in _MISREAD_LABELS
        and addressed(tree, entity, entities)
        and locative(tree, entity)
        and not _misread_city_and_country(tree, entity)  # a list: its parts are the places
    ]


def addressed(tree: Tree, entity: Entity, entities: Sequence[Entity]) -> bool:
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


def _unlabelled_places(tree: Tree, about: set[str], home: str | None) -> list[Entity]:
    """Places the model left without a label: "from Cardiff to Bristol", "at Number 10".

    The longest run of capitalised words (and a number, as in "Number 10")
    outside any named entity that names a country, a region or site of the
    lexicon, or a city (:func:`_names_place`); or, where a place stands, a
    small town of the story's country ("met in Arundel") or any name the
    text puts in a known place ("Cottenham in Cambridgeshire").
    """
    found: list[Entity] = []
    i = 0
    while i < len(tree):
        span = next(
            (
                (i, last)
                for last in range(min(i + _LONGEST_NAME, len(tree)), i, -1)
                if _unlabelled_run(tree, i, last)
                and (_names_place(tree, i, last) or _local_place(tree, i, last, about, home))
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


def _lower_case_regions(tree: Tree, about: set[str], home: str | None) -> list[Entity]:
    """A region of the story's country named by its directions in lower case: "the south west".

    British news writes its regions so ("a swing to the Tories in the north
    west"), and the model labels some of them and not others. Only after
    "the", and not where the directions are said to be of somewhere else
    ("the south west of France") or start a longer name ("the north west
    London seats").
    """
    found = []
    for first in range(1, len(tree) - 1):
        last = _directions_end(tree, first)
        if (
            last is None
            or tree.tokens[first - 1].text.lower() != "the"
            or (last < len(tree) and _follows_directions(tree.tokens[last].text))
        ):
            continue
        name = tree.span_text(first, last).replace("-", " ")  # "north-east" is the North East
        if any(e.kind != "city" and e.country in {*about, home} for e in lookup(name)):
            start, end = tree.tokens[first].start, tree.tokens[last - 1].end
            found.append(Entity("LOC", start, end, first, last))
    return found


def _directions_end(tree: Tree, first: int) -> int | None:
    """The token after two lower-case directions from ``first`` ("south west", "north-east")."""
    words = [t.text for t in tree.tokens[first : first + 3]]
    if len(words) < 2 or any(t.ent_type for t in tree.tokens[first : first + 3]):
        return None
    if words[0] in _COMPASS and words[1] in _COMPASS:
        return first + 2
    if len(words) == 3 and words[0] in _COMPASS and words[1] == "-" and words[2] in _COMPASS:
        return first + 3
    return None


def _follows_directions(word: str) -> bool:
    """Whether a word after directions makes them part of something else: "of", a name."""
    return word.lower() == "of" or word[:1].isupper()


def _local_place(tree: Tree, first: int, last: int, about: set[str], home: str | None) -> bool:
    """Whether proper nouns name a small local town where a place stands, or a place put in one.

    "the chairman in Arundel" (a town of 3,000 in a British story); "farms -
    Wrexley in Somerset and Holbury in Dorset": whatever the name,
    the text says where it is.
    """
    words = tree.tokens[first:last]
    if not all(t.pos == "PROPN" and t.text[1:] == t.text[1:].lower() for t in words):
        return False  # no acronym ("GPs in Wales")
    if first > 0 and tree.tokens[first - 1].text[:1].isupper():
        return False  # not the end of a longer name ("every High Street")
    entity = Entity("GPE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
    return placed_in_known(tree, entity) or (
        (locative(tree, entity) or _joined_to_locative(tree, entity))
        and bool(local_towns(tree.span_text(first, last), about, home))
    )


def _joined_to_locative(tree: Tree, entity: Entity) -> bool:
    """Whether a name is joined by "and" or "or" to one after a preposition of place.

    "the line between Edinburgh and Galashiels": the second name stands
    where the first does.
    """
    token = tree.tokens[entity.token_end - 1]
    if token.dep != "conj" or token.head >= entity.token_start:
        return False
    first = tree.tokens[token.head]
    return locative(tree, Entity("GPE", first.start, first.end, token.head, token.head + 1))


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
    """Whether tokens ``first`` to ``last`` are capitalised words (or numbers) outside entities.

    A joiner may stand between two of them ("the Palace of Westminster",
    "the Isle of Man"); the run starts and ends with a capitalised word. Not
    the end of a hyphenated name: "Thames" in "Henley-on-Thames".
    """
    tokens = tree.tokens[first:last]
    if tree.text[tokens[0].start - 1 : tokens[0].start] == "-":
        return False
    return (
        tokens[0].text[:1].isupper()
        and tokens[-1].text[:1].isupper()
        and all(t.ent_type in ("", "CARDINAL") for t in tokens)
        and all(
            t.text[:1].isupper() or t.text.isdigit() or _name_word(tree, i)
            for i, t in enumerate(tokens, start=first)
        )
    )


def _misread_city_and_country(tree: Tree, entity: Entity) -> list[Entity]:
    """A place and the place that holds it, taken for one body: "of Auckland, New Zealand".

    The last part must be a place the gazetteer knows ("of Little Haddow,
    Lincolnshire"); the parts before it are then places too, known or not.
    A list the model took for one body is read so too ("floods reached
    Cumbria, Tyneside, Hull and Derby").
    """
    if entity.label in PLACE_LABELS or not locative(tree, entity):
        return []
    parts = _comma_parts(tree, entity)
    if parts and parts[0][1] - parts[0][0] > 1 and tree.tokens[parts[0][0]].text.lower() == "the":
        parts[0] = (parts[0][0] + 1, parts[0][1])  # "spread to the Midlands, Merseyside, Bristol"
    last = tree.span_text(*parts[-1]) if parts else ""
    if len(parts) < 2 or not (lookup(last) or _known_name(last)):
        return []
    if not all(tree.tokens[first].text[:1].isupper() for first, _ in parts):
        return []
    return [
        Entity("GPE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        for first, last in parts
    ]


def _misread_list(tree: Tree, entity: Entity) -> list[Entity]:
    """Places the model took for one title: "Voters in Reading and Bath".

    Every one must be a place the gazetteer knows under its own name, so that
    "at Ernst and Young" stays a firm.
    """
    if entity.label in PLACE_LABELS or not locative(tree, entity):
        return []
    words = {tree.tokens[i].text for i in range(entity.token_start, entity.token_end)}
    parts = _comma_parts(tree, entity, separators=(",", "and", "or"))
    if not words & {"and", "or"} or len(parts) < 2:
        return []
    if not all(_known_name(tree.span_text(first, last)) for first, last in parts):
        return []
    return [
        Entity("GPE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        for first, last in parts
    ]


def _known_name(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a wide place or as a city's own name.

    With a direction before it too: "North Tyneside", "west London".
    """
    first, _, rest = name.partition(" ")
    if rest and first.lower() in DIRECTIONS:
        name = rest
    return wide_place(name) is not None or any(e.exact for e in lookup(name) if e.kind == "city")


def _comma_parts(
    tree: Tree, entity: Entity, separators: tuple[str, ...] = (",",)
) -> list[tuple[int, int]]:
    parts, first = [], entity.token_start
    for i in range(entity.token_start, entity.token_end + 1):
        if i == entity.token_end or tree.tokens[i].text in separators:
            if first < i:
                parts.append((first, i))
            first = i + 1
    return parts


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
    It may also leave out the rest of a town's name, or take it for a
    person's ("Newton" + "Aycliffe"): a city's own name of two words or more
    is kept whole.
    """
    for last in range(min(entity.token_end + 2, len(tree)), entity.token_end, -1):
        words = tree.tokens[entity.token_end : last]
        if not all(w.text[:1].isupper() for w in words):
            continue
        name = tree.span_text(entity.token_start, last)
        if (not any(w.ent_type for w in words) and wide_place(name)) or (
            all(not w.ent_type or w.ent_type in _MISREAD_LABELS for w in words)
            and any(e.kind == "city" and e.exact and e.name == name for e in lookup(name))
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


def list_mates(
    tree: Tree, places: Sequence[Entity], about: set[str], home: str | None
) -> list[Entity]:
    """The other items of a list a place is named in, when most of them are places.

    "The seats it targets are: Bristol West, Manchester Gorton, Cambridge and
    Taunton": the model reads some items as people or bodies, and the
    gazetteer lacks others, but a list of names most of which are places it
    knows is a list of places.
    """
    found: dict[tuple[int, int], Entity] = {}
    for place in places:
        items = _list_items(tree, place)
        known = sum(_known_item(tree.span_text(*item), about, home) for item in items)
        if len(items) < _MIN_LIST or 2 * known < len(items):
            continue
        for first, last in items:
            start, end = tree.tokens[first].start, tree.tokens[last - 1].end
            found.setdefault((first, last), Entity("GPE", start, end, first, last))
    return list(found.values())


def _known_item(name: str, about: set[str], home: str | None) -> bool:
    return bool(
        _known_name(name) or _known_name(town_of_part(name)) or local_towns(name, about, home)
    )


def _list_items(tree: Tree, place: Entity) -> list[tuple[int, int]]:
    """The token ranges of the names in the list ``place`` is an item of.

    Items are separated by commas, "and" or "or" ("Bristol West, Cambridge,
    and Taunton"); a place in no list is its own only item.
    """
    first, last = _name_around(tree, place.token_start, place.token_end)
    items = [(first, last)]
    sentence = tree.sentence_of[first]
    while first > 1 and tree.tokens[first - 1].text in _SEPARATORS:  # the items before
        end = first - 1
        if tree.tokens[end].text != "," and tree.tokens[end - 1].text == ",":
            end -= 1  # ", and"
        if end < 1 or tree.sentence_of[end - 1] != sentence or not _capitalised(tree, end - 1):
            break
        first, _ = _name_around(tree, end - 1, end)
        items.insert(0, (first, end))
    while last < len(tree) and tree.tokens[last].text in _SEPARATORS:  # the items after
        start = last + 1
        if (
            start < len(tree)
            and tree.tokens[last].text == ","
            and tree.tokens[start].text in _SEPARATORS
        ):
            start += 1  # ", and"
        if (
            start >= len(tree)
            or tree.sentence_of[start] != sentence
            or not _capitalised(tree, start)
            or tree.tokens[start].text in HONORIFICS
        ):
            break  # "in England and Wales, Lord Woolf": a person set beside the places
        _, last = _name_around(tree, start, start + 1)
        items.append((start, last))
    return [(f, t) for f, t in items if t - f <= _LONGEST_ITEM]


def _name_around(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """Tokens ``first`` to ``last`` widened to the whole name they are part of."""
    while first > 0 and _name_word(tree, first - 1):
        first -= 1
    while last < len(tree) and _name_word(tree, last):
        last += 1
    return first, last


def _capitalised(tree: Tree, i: int) -> bool:
    return tree.tokens[i].text[:1].isupper()


def _name_word(tree: Tree, i: int) -> bool:
    """Whether a token is part of a place's name: capitalised, or a joiner between such words."""
    if _capitalised(tree, i):
        return True
    if tree.tokens[i].text not in _JOINERS or not 0 < i < len(tree) - 1:
        return False
    return all(_capitalised(tree, j) or tree.tokens[j].text in _JOINERS for j in (i - 1, i + 1))
