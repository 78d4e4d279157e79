"""Small helpers the stages share for spans and names."""

from __future__ import annotations

import functools

import pycountry

from dateline import lexicons

_ARTICLES = ("the ",)


def clean_name(text: str) -> str:
    """A mention as a name: no leading article, no possessive, single spaces."""
    name = " ".join(text.split())
    for article in _ARTICLES:
        if name.lower().startswith(article):
            name = name[len(article) :]
    for possessive in ("'s", "’s"):
        name = name.removesuffix(possessive)
    return name.strip()


@functools.cache
def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country named exactly (``Iraq``, ``the US``)."""
    name = clean_name(name)
    if len(name) < 2:
        return None
    known = _common_names().get(name.casefold())
    if known is not None:
        return known
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return None
    return str(country.alpha_3)


@functools.cache
def _common_names() -> dict[str, str]:
    return {row["name"].casefold(): row["iso3"] for row in lexicons.table("country_names.tsv")}
