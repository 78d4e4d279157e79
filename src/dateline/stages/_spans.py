"""Small helpers the stages share for spans and names."""

from __future__ import annotations

import functools
import re

import pycountry

from dateline import lexicons

_ARTICLES = ("the ",)


def fold(name: str) -> str:
    """A name as names are compared: single spaces, no case, one apostrophe."""
    return " ".join(name.replace("’", "'").split()).casefold()


def clean_name(text: str) -> str:
    """A mention as a name: no leading article, no possessive, single spaces."""
    name = " ".join(text.split())
    for article in _ARTICLES:
        if name.lower().startswith(article):
            name = name[len(article) :]
    for possessive in ("'s", "’s"):
        name = name.removesuffix(possessive)
    return name.strip()


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|^[“\"][^\n]*$", re.MULTILINE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between quote marks, marks included.

    A paragraph that opens with a mark and never closes it (the way news
    continues a quotation) counts as quoted to its end.
    """
    return [match.span() for match in _QUOTED.finditer(text)]


@functools.cache
def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country named exactly (``Iraq``, ``the US``).

    Names only: ISO's own two- and three-letter codes are not names ("MR" in
    "Mr", "TO" in "to"), except the few news writes as names, which the
    ``country_names.tsv`` lexicon lists.
    """
    name = clean_name(name).casefold()
    return _names().get(name)


@functools.cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for field in ("name", "official_name", "common_name"):
            value = getattr(country, field, None)
            if value:
                names[str(value).casefold()] = str(country.alpha_3)
    for row in lexicons.table("country_names.tsv"):
        names[row["name"].casefold()] = row["iso3"]
    return names


_DATELINE = re.compile(
    r"\A[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][\w .'’-]*?)?"
    r"(?:,\s*[^\n()]{3,30}?\s*(?:\([^)\n]{1,40}\))?|\s*\([^)\n]{1,40}\))\s*[-–—]+\s"
)
"""The place, date and agency a wire story opens with: for example
``HOMS, Syria, March 4, 2024 (Meridian Wire) -``, ``BAGHDAD, 12 May 2024 -``,
or, as AP writes it, with the agency and no date: ``WARSAW, Poland (AP) —``
and ``WARSAW (AP) —``; a story filed from two towns names both,
``SEOUL/TOKYO, May 2 (Reuters) -``. A word in capitals before a dash alone ("NATO -") is
no dateline."""


_BARE_DATELINE = re.compile(r"\A([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})\s*[-–—]+\s")
"""A town in capitals and a dash alone, as many sites print a dateline: ``COLOMBO —``."""


def dateline_end(text: str) -> int:
    """Where a wire dateline at the head of ``text`` ends (0 when there is none)."""
    match = _DATELINE.match(text)
    if match:
        return match.end()
    bare = _BARE_DATELINE.match(text)
    return bare.end() if bare and _a_town(bare.group(1)) else 0


def _a_town(capitals: str) -> bool:
    """Whether capitals before a dash name a town or country ("DUBAI"), not a body ("NATO").

    Two letters are a body's or a country's initials ("UN -", "US -"), no town.
    """
    if len(capitals) < _SHORTEST_TOWN:
        return False
    # Imported here: the gazetteer builds on this module.
    from dateline.stages._gazetteer import lookup  # noqa: PLC0415

    return bool(lookup(capitals.title()))


_SHORTEST_TOWN = 3


_DATELINE_PLACE = re.compile(
    r"\A([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)(?:/[A-Z][A-Z .'’-]*)*"
    r"(?:,\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*))?"
    r"(?:,|\s*\(|\s*[-–—])"
)


def dateline_place(text: str) -> re.Match[str] | None:
    """The town a wire dateline names, in capitals (group 1), and the country after it (2).

    Of two towns ("SEOUL/TOKYO"), the first, where the story leads.

    None when ``text`` opens with no dateline.
    """
    return _DATELINE_PLACE.match(text) if dateline_end(text) else None
