"""Coding an actor from the evidence of its mentions: name, kind, country, sector, title, code.

Evidence is voted over every mention of the actor: a demonym or country
before a title ("Iraqi Prime Minister"), an organisation ("NATO chief",
"Conservative MP"), a title's sector ("minister" is GOV, "MP" LEG), an
organisation's own coding. A national role with no country of its own ("the
home secretary") takes the article's home country: the country most of its
explicitly placed actors belong to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

import pycountry

from dateline.records import Actor, ActorKind
from dateline.stages._spans import clean_name, country_code
from dateline.stages.actors.coref import Cluster
from dateline.stages.actors.lexicon import ActorLexicon

_MEMBERSHIP_SECTORS = frozenset({"IGO", "NGO"})
_ORG_CODE = re.compile(r"[^A-Z0-9]")


def home_country(clusters: list[Cluster]) -> str | None:
    """The country whose institutions and office holders the article is about, if one leads.

    Votes come from national organisations ("Labour", "the Home Office") and
    from people and groups placed by their titles ("Iraqi officials"), not
    from country names, which are as often the subject of foreign news.
    """
    votes = Counter(
        m.country
        for c in clusters
        for m in c.mentions
        if m.country and (m.organization is not None or m.title is not None)
    )
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def code_actor(found: Cluster, number: int, home: str | None, lexicon: ActorLexicon) -> Actor:
    """The Actor record for one cluster of mentions."""
    kind = _kind(found)
    country = _vote(m.country for m in found.mentions)
    organization = next((m.organization for m in found.mentions if m.organization), None)
    sector = _vote(m.title_entry.sector for m in found.mentions if m.title_entry)
    if sector is None and organization is not None:
        sector = organization.sector
    if organization is None and kind == "organization":
        words = [m.text for m in found.mentions if m.kind == "name"]
        country = country or _vote(_country_in(words, lexicon))
        sector = sector or _vote(_sector_in(words, lexicon))
    if kind == "country" and sector is None:
        sector = "GOV"  # a country acting is its government ("Iraq rejected ...")
    national = any(m.title_entry and m.title_entry.scope == "national" for m in found.mentions)
    if country is None and national and sector not in _MEMBERSHIP_SECTORS:
        country = home
    org = organization.org if organization else None
    return Actor(
        id=f"A{number}",
        name=_name(found, kind, country, organization.name if organization else None),
        kind=kind,
        country=country,
        sector=sector,
        title=next((m.title for m in found.mentions if m.title), None),
        org=org,
        code=actor_code(country, sector, org),
        mentions=tuple((m.start, m.end) for m in found.mentions),
    )


def _country_in(names: list[str], lexicon: ActorLexicon) -> Iterator[str | None]:
    """Countries named inside organisation names ("Syrian Foreign Ministry")."""
    for name in names:
        yield next((c for word in name.split() if (c := lexicon.country(word))), None)


def _sector_in(names: list[str], lexicon: ActorLexicon) -> Iterator[str | None]:
    """Sectors given by words of organisation names ("ministry", "court", "party")."""
    for name in names:
        yield next((s for w in name.split() if (s := lexicon.org_words.get(w.lower()))), None)


def _kind(found: Cluster) -> ActorKind:
    if found.is_person:
        return "person"
    if found.key.startswith("country:"):
        return "country"
    if found.key.startswith("group:"):
        return "group"
    organization = next((m.organization for m in found.mentions if m.organization), None)
    if organization is not None:
        return organization.kind
    if found.key.startswith("title:"):
        return "person"
    return "organization" if any(m.label == "ORG" for m in found.mentions) else "other"


def _name(found: Cluster, kind: ActorKind, country: str | None, canonical: str | None) -> str:
    names = [m for m in found.mentions if m.kind == "name"]
    if kind == "person" and names:
        fullest = max(names, key=lambda m: (len(m.name_parts), len(m.text)))
        return clean_name(fullest.text)
    if kind == "country" and country is not None:
        named = [m for m in names if country_code(m.text) == country]
        if named:
            return clean_name(named[0].text)
        entry = pycountry.countries.get(alpha_3=country)
        return str(getattr(entry, "common_name", None) or entry.name) if entry else country
    if canonical is not None:
        return canonical
    if names:
        return clean_name(max(names, key=lambda m: len(m.text)).text)
    return clean_name(found.mentions[0].text)


def actor_code(country: str | None, sector: str | None, org: str | None) -> str | None:
    """The CAMEO-style code: country and sector (IRQGOV), or IGO/NGO and organisation (IGONAT)."""
    if sector in _MEMBERSHIP_SECTORS and org:
        return f"{sector}{_ORG_CODE.sub('', org.upper())[:3]}"
    if country and sector:
        return f"{country}{sector}"
    return country or sector


def _vote(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    # Ties go to the value seen first, so the result never depends on hashing.
    return next(v for v in counts if counts[v] == best)
