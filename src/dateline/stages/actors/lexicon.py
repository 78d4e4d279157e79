"""What the actors stage knows about words, read once from ``lexicons/``.

Demonyms and capitals point to countries, titles to sectors, honorifics to
persons, and organisations (IGOs, NGOs, parties, armed groups, media,
government bodies) to their full coding. Everything is data; this module only
builds lookups.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Literal

from dateline import lexicons
from dateline.records import ActorKind
from dateline.stages._spans import country_code, fold

Gender = Literal["m", "f"]
Scope = Literal["national", "org", "any"]

_NONE = "-"
_GOVERNMENT = ("government",)
_GENERIC = "*"
_SAME = "="
"""A modifier or former office that keeps the title's own sector ("former")."""
_DIGITS = "0123456789"
_MEDIA = "MED"


@dataclass(frozen=True, slots=True)
class Organization:
    """An organisation or group with its coding, by canonical name."""

    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    org: str | None


@dataclass(frozen=True, slots=True)
class Title:
    """A role word or phrase: the sector it implies, and who holds such roles."""

    words: tuple[str, ...]
    sector: str | None
    scope: Scope


MIRRORING = frozenset({("counterpart",)})
"""Roles that mirror whose they are said to be: "his counterpart on the other committee"
holds the office its possessor holds (a minister's is a minister, GOV by default), and
"his Syrian counterpart" is Syria's, not his."""


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Lookups over the actor lexicons; build it once with :func:`load`."""

    demonyms: dict[str, str]
    capitals: dict[str, str]
    seats: dict[str, str]
    """Cities that stand for an international body seated there ("Brussels": the EU)."""
    titles: dict[tuple[str, ...], Title]
    longest_title: int
    title_starts: frozenset[str]
    """The first word of every title: most tokens start none, and are passed over at once."""
    organizations: dict[str, Organization]
    """By surface form: exact case for acronyms, case-folded for names."""
    longest_organization: int
    honorifics: dict[str, Gender | None]
    first_names: dict[str, Gender]
    """Given names whose gender is clear ("Margaret": f), for pronouns."""
    given_names: frozenset[str]
    """Every given name we know, of either sex ("Alex" too): what opens a person's name."""
    title_modifiers: dict[str, str]
    """Words before a title that change its sector ("shadow": OPP)."""
    modifiers_keep: dict[str, frozenset[str]]
    """Sectors of roles such a word leaves as they are ("rebel" MPs stay LEG)."""
    org_words: dict[str, str]
    """Words of an organisation's name and the sector they give ("ministry": GOV)."""
    companies: dict[str, str]
    """Well-known companies' head-office countries, by case-folded name or alias."""
    company_names: dict[str, str]
    """Well-known companies' names as listed, by case-folded name or alias ("disney")."""
    former_offices: dict[tuple[str, tuple[str, ...]], str]
    """By country and office, the sector former holders take ("GBR", ("minister",)): LEG."""
    honorific_countries: dict[str, str]
    """Honorifics that only one country gives (a peer's "Lord" is British)."""
    honorific_offices: dict[str, str]
    """The office an honorific written short stands for ("Gen": "general")."""
    honorific_sectors: dict[str, str]
    """The sector an honorific implies when nothing else does ("Lord": LEG, "Gen": MIL)."""
    postnominal_sectors: dict[str, str]
    """The sector letters after a name imply when nothing else does ("QC": JUD, "MP": LEG)."""
    shared_bodies: frozenset[str]
    """Names of bodies many countries have ("Parliament"), coded to one by default."""
    campaign_words: frozenset[str]
    """Words of the name of a campaign or pressure group ("alliance", "lobby"): NGO."""
    business_words: frozenset[str]
    """Nouns only a business owns or reports ("stake", "profit"), as lemmas."""
    documents: frozenset[str]
    """Last words of names of laws, budgets and treaties ("Act", "Budget"): no actors."""
    market_indices: frozenset[str]
    """Names of stock market indices ("ftse 100", "the dow"), lower case: no actors."""
    nations: dict[str, str | None]
    """Nations within a state and continents that act under their own name
    ("Scotland", "Europe"), with the state they lie in, if one."""
    synonyms: dict[tuple[str, ...], tuple[str, ...]]
    generic_titles: frozenset[tuple[str, ...]]
    people: dict[str, str | None]
    """Plural nouns for groups of people ("detainees": CVL, "men": none), by word."""
    generic_people: frozenset[str]
    """Of those, the words that only point back at a group named before ("the men")."""
    regional_adjectives: frozenset[str]
    """Adjectives of world regions ("European", "Arab", "Gulf"), as written."""
    state_nouns: frozenset[str]
    """Plural nouns for states acting together ("states", "governments")."""

    def people_sector(self, word: str) -> tuple[bool, str | None]:
        """Whether a plural noun names a group of people, and the sector it gives.

        Plural role words that any group may hold ("protesters", "workers")
        count too, with their title's sector.
        """
        word = word.lower()
        if word in self.people:
            return True, self.people[word]
        title = self.titles.get((word,))
        if title is not None and title.scope == "any" and title.sector is not None:
            return True, title.sector
        return False, None

    def bare_honorific(self, word: str) -> bool:
        """Whether a word is an honorific and no title of its own: "Mr", "Lord", not "President"."""
        return word in self.honorifics and self.title((word,)) is None

    def ends_office(self, word: str) -> bool:
        """Whether a word before a title says its office is no longer held ("former", "ex")."""
        return self.title_modifiers.get(word.lower()) == _SAME

    def out_of_office(self, country: str | None, title: str) -> str | None:
        """The sector the holder of a former office takes, if the country gives one.

        "ex-Foreign Secretary" in Britain is LEG: former ministers sit on in
        parliament. ``None`` for a title that names no former office, or one
        whose holders keep its sector.
        """
        words = title.lower().replace("-", " ").split()
        former = next((k for k, word in enumerate(words) if self.ends_office(word)), None)
        if country is None or former is None or former == len(words) - 1:
            return None
        office = tuple(words[former + 1 :])
        sector = self.former_offices.get((country, office)) or self.former_offices.get(
            (country, office[-1:])
        )
        return None if sector in (None, _SAME) else sector

    def organization(self, surface: str) -> Organization | None:
        """The organisation a surface form names, if the lexicon knows it."""
        return self._listed(surface) or self._broadcaster_of_channel(surface)

    def _listed(self, surface: str) -> Organization | None:
        """The organisation the lexicon lists under a surface form, as written or folded."""
        return self.organizations.get(surface) or self.organizations.get(fold(surface))

    def _broadcaster_of_channel(self, surface: str) -> Organization | None:
        """A broadcaster's numbered channel ("ITV1", "BBC2"), coded as its broadcaster is.

        A channel is one of its broadcaster's outlets, no firm of its own;
        only a broadcaster's name (MED) is read so, as "G8" is no "G". It
        keeps its own name, as news tells the channel from the broadcaster.
        """
        # The number is written onto the name: "BBC News 24" is a name of its own.
        base = surface.rstrip(_DIGITS)
        if base == surface or not base or base[-1].isspace():
            return None
        entry = self._listed(base)
        if entry is None or entry.sector != _MEDIA:
            return None
        return dataclasses.replace(entry, name=surface, org=None)

    def title(self, words: tuple[str, ...]) -> Title | None:
        """The title that lower-cased ``words`` spell, if any."""
        return self.titles.get(tuple(word.lower() for word in words))

    def with_names(self, names: dict[str, Organization]) -> ActorLexicon:
        """This lexicon with more names to find (a user's dictionary), which win ties."""
        organizations = {**self.organizations, **{_surface_key(k): v for k, v in names.items()}}
        longest = max((len(key.split()) for key in organizations), default=0)
        return dataclasses.replace(self, organizations=organizations, longest_organization=longest)

    def canonical(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The office a title names ("pm" is "prime minister")."""
        return self.synonyms.get(words, words)

    def is_generic(self, words: tuple[str, ...]) -> bool:
        """Whether a title is a generic role ("diplomat", "official")."""
        return words in self.generic_titles

    def is_government(self, words: tuple[str, ...]) -> bool:
        """Whether a title stands for a government ("the authorities", "ministers")."""
        return self.canonical(words) == _GOVERNMENT

    def business_core(self, name: str) -> str:
        """A firm's name without the words that say it is a firm: "Group Menatep" gives "Menatep".

        Names that are nothing but such words ("Oil Company") are given back whole.
        """
        words = name.split()
        core = [w for w in words if self.org_words.get(w.lower().rstrip(".")) != "BUS"]
        return " ".join(core) if core else name

    def country(self, surface: str) -> str | None:
        """The ISO3 code a country name, demonym or capital points to."""
        return self.demonyms.get(surface) or country_code(surface) or self.capitals.get(surface)


@functools.cache
def load() -> ActorLexicon:
    """Read the actor lexicons (once per process)."""
    organizations: dict[str, Organization] = {}
    for row in lexicons.table("organizations.tsv"):
        entry = Organization(
            name=row["name"],
            kind="group" if row["kind"] == "group" else "organization",
            country=_value(row["country"]),
            sector=_value(row["sector"]),
            org=_value(row["org"]),
        )
        for surface in (row["name"], *_aliases(row["aliases"])):
            organizations[_surface_key(surface.strip())] = entry
    titles: dict[tuple[str, ...], Title] = {}
    for row in lexicons.table("titles.tsv"):
        words = tuple(row["title"].lower().split())
        title = Title(words=words, sector=_value(row["sector"]), scope=_scope(row["scope"]))
        titles[words] = title
        # "director-general" and "attorney general" as the tokenizer splits them:
        # "director - general", and either written with or without the hyphen.
        parts = [part for word in words for part in word.split("-")]
        titles.setdefault(tuple(parts), title)
        if len(parts) > 1:
            titles.setdefault(tuple(" - ".join(parts).split()), title)
    return ActorLexicon(
        demonyms={row["word"]: row["iso3"] for row in lexicons.table("demonyms.tsv")},
        capitals={row["city"]: row["iso3"] for row in lexicons.table("capitals.tsv")},
        seats={row["city"]: row["organization"] for row in lexicons.table("institution_seats.tsv")},
        titles=titles,
        longest_title=max((len(words) for words in titles), default=0),
        title_starts=frozenset(words[0] for words in titles if words),
        organizations=organizations,
        longest_organization=max((len(key.split()) for key in organizations), default=0),
        honorifics={
            row["word"]: _gender(row["gender"]) for row in lexicons.table("honorifics.tsv")
        },
        title_modifiers={
            row["word"]: row["sector"] for row in lexicons.table("title_modifiers.tsv")
        },
        modifiers_keep={
            row["word"]: frozenset(row["keeps"].split("|")) - {"-"}
            for row in lexicons.table("title_modifiers.tsv")
        },
        org_words={row["word"]: row["sector"] for row in lexicons.table("org_words.tsv")},
        companies={
            fold(surface): row["country"]
            for row in lexicons.table("companies.tsv")
            for surface in (row["name"], *_aliases(row["aliases"]))
        },
        company_names={
            fold(surface): row["name"]
            for row in lexicons.table("companies.tsv")
            for surface in (row["name"], *_aliases(row["aliases"]))
        },
        former_offices={
            (row["country"], tuple(row["office"].split())): row["sector"]
            for row in lexicons.table("former_offices.tsv")
        },
        synonyms={
            tuple(row["title"].split()): tuple(row["same_as"].split())
            for row in lexicons.table("title_synonyms.tsv")
            if row["same_as"] != _GENERIC
        },
        generic_titles=frozenset(
            tuple(row["title"].split())
            for row in lexicons.table("title_synonyms.tsv")
            if row["same_as"] == _GENERIC
        ),
        first_names={
            row["name"]: gender
            for row in lexicons.table("first_names.tsv")
            if (gender := _gender(row["gender"])) is not None
        },
        given_names=frozenset(row["name"] for row in lexicons.table("first_names.tsv"))
        | lexicons.word_set("unisex_first_names.txt"),
        honorific_countries={
            row["word"]: row["country"]
            for row in lexicons.table("honorifics.tsv")
            if row["country"] != _NONE
        },
        people={row["word"]: _value(row["sector"]) for row in lexicons.table("people_words.tsv")},
        generic_people=frozenset(
            row["word"] for row in lexicons.table("people_words.tsv") if row["generic"] == "yes"
        ),
        honorific_offices={
            row["word"]: row["office"]
            for row in lexicons.table("honorifics.tsv")
            if row["office"] != _NONE
        },
        honorific_sectors={
            row["word"]: row["sector"]
            for row in lexicons.table("honorifics.tsv")
            if row["sector"] != _NONE
        },
        postnominal_sectors={
            row["word"]: row["sector"] for row in lexicons.table("postnominals.tsv")
        },
        nations={row["name"]: _value(row["iso3"]) for row in lexicons.table("nations.tsv")},
        campaign_words=frozenset(lexicons.entries("campaign_words.txt")),
        business_words=frozenset(lexicons.entries("business_words.txt")),
        documents=frozenset(lexicons.entries("documents.txt")),
        market_indices=frozenset(lexicons.entries("market_indices.txt")),
        shared_bodies=frozenset(lexicons.entries("shared_bodies.txt")),
        regional_adjectives=frozenset(lexicons.entries("regional_adjectives.txt")),
        state_nouns=frozenset(lexicons.entries("state_nouns.txt")),
    )


def _surface_key(surface: str) -> str:
    # Acronyms keep their case so that "IS" or "AP" never match "is" or "ap",
    # nor "LeT" (Lashkar-e-Taiba) the "Let" of "Let me be clear".
    return surface if _is_acronym(surface) else fold(surface)


def _is_acronym(surface: str) -> bool:
    """Whether a short name is written in capitals ("IS", "AP"), or one word in some ("LeT")."""
    letters = [c for c in surface if c.isalpha()]
    if not letters or len(letters) > _LONGEST_ACRONYM:
        return False
    if all(c.isupper() for c in letters):
        return True
    return surface.isalpha() and letters[0].isupper() and any(c.isupper() for c in letters[1:])


_LONGEST_ACRONYM = 6


def _aliases(cell: str) -> list[str]:
    return [] if cell == _NONE else cell.split("|")


def _value(cell: str) -> str | None:
    return None if cell in (_NONE, "") else cell


def _scope(cell: str) -> Scope:
    return "national" if cell == "national" else "org" if cell == "org" else "any"


def _gender(cell: str) -> Gender | None:
    return "m" if cell == "m" else "f" if cell == "f" else None
