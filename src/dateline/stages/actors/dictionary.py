"""The user's actor dictionary: names the text does not explain, coded the user's way.

A CSV or YAML file lists actors with aliases and coding, optionally with a
validity period (an office is held for a time). Its names are found in the
text like the organisations of the lexicon, and its coding takes precedence
over everything the stage infers. This is how PETRARCH and NGEC users adapt
coding to their own domains; see ``docs/extending.md``.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline import lexicons
from dateline.dates import day_of, period_of
from dateline.errors import ConfigError
from dateline.records import SECTORS, Actor, ActorKind, DateValue
from dateline.stages._spans import fold
from dateline.stages.actors.coding import actor_code
from dateline.stages.actors.lexicon import Organization
from dateline.stages.actors.lexicon import load as load_lexicon

FIELDS = ("name", "aliases", "kind", "country", "sector", "title", "org", "valid_from", "valid_to")
_KINDS: tuple[ActorKind, ...] = ("person", "organization", "country", "group", "other")


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the dictionary."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: ActorKind | None = None
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    org: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def valid_on(self, day: dt.date | None) -> bool:
        """Whether the entry holds on ``day`` (always, when the day is unknown)."""
        return day is None or self.valid_during((day, day))

    def valid_during(self, period: tuple[dt.date, dt.date] | None) -> bool:
        """Whether the entry holds at some time in ``period`` (always, when it is unknown)."""
        if period is None:
            return True
        return (self.valid_from is None or self.valid_from <= period[1]) and (
            self.valid_to is None or period[0] <= self.valid_to
        )


@dataclass(frozen=True)
class ActorDictionary:
    """The entries of one dictionary file, by folded surface form."""

    entries: tuple[Entry, ...] = ()

    @functools.cached_property
    def by_surface(self) -> dict[str, tuple[Entry, ...]]:
        """Entries by case-folded name or alias."""
        found: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for surface in entry.surfaces:
                found.setdefault(fold(surface), []).append(entry)
        return {key: tuple(value) for key, value in found.items()}

    def names(self) -> dict[str, Organization]:
        """Every surface form of the dictionary with the coding it brings, for the finder."""
        found = {}
        for entry in self.entries:
            coding = Organization(
                name=entry.name,
                kind=entry.kind or "organization",
                country=entry.country,
                sector=entry.sector,
                org=entry.org,
            )
            for surface in entry.surfaces:
                found[surface] = coding
        return found

    def offices(self, name: str, published: DateValue) -> list[Entry]:
        """Every office the person of that full name held on the day, month or year.

        Every office ever held, when the date is unknown.
        """
        if published.precision == "day":
            day = day_of(published)
            return [e for e in self.by_surface.get(fold(name), ()) if e.valid_on(day)]
        period = period_of(published)
        return [e for e in self.by_surface.get(fold(name), ()) if e.valid_during(period)]

    def office(
        self,
        name: str,
        published: DateValue,
        *,
        org: str | None = None,
        sector: str | None = None,
    ) -> Entry | None:
        """The office the person of that full name most likely held when the article appeared.

        On a known day, the entry valid that day; of several, the one held
        longest when they are of one sector, or when the only other sector
        is a party's (a minister who is also his party's deputy leader is
        coded for the office of state), else none. When none is valid,
        the last office left before it, as a former office. Of the
        offices held in a known month or year, or at any time when the date is
        unknown, the one held longest (among those of ``org``, the
        organisation the text ties the person to, when some are; an office
        of state before a party's office, as on a known day): Tony Blair
        is "prime minister", not the "leader of the opposition" he was for
        three years before. Of offices held at once, the one of ``sector``
        when one is: "President X" is not the army chief he also was.
        """
        candidates = self.offices(name, published)
        if not candidates:
            return self._former_office(name, published)
        candidates = [e for e in candidates if sector and e.sector == sector] or candidates
        if published.precision == "day":
            return _held_that_day(candidates)
        # The text's own word on the organisation narrows the choice: "Tory
        # leader Michael Howard" is not the home secretary he once was.
        candidates = [e for e in candidates if org and e.org == org] or candidates
        return max(_offices_of_state(candidates), key=_tenure, default=None)

    def party(self, name: str, published: DateValue) -> str | None:
        """The party of the person of that full name when the article appeared, if a row says.

        An office of state names no party ("Tony Blair, prime minister"); a
        party's offices do (leader of the opposition, a shadow post, party
        chairman). The latest of them begun by the article's date tells the
        party, so "his party" in a story about the prime minister is Labour.
        At any time, when the date is unknown. With no such post, a minister
        of a government one party formed alone belongs to that party
        (``governing_parties.tsv``).
        """
        when = _when(published)
        posts = [
            e
            for e in self.by_surface.get(fold(name), ())
            if e.sector in _OUT_OF_POWER
            and e.org
            and (when is None or e.valid_from is None or e.valid_from <= when[1])
        ]
        latest = max(posts, key=lambda e: e.valid_from or dt.date.min, default=None)
        if latest is not None:
            return latest.org
        return next(
            (
                party
                for e in self.offices(name, published)
                if e.sector == _GOVERNMENT
                and e.country
                and (party := governing_party(e.country, published)) is not None
            ),
            None,
        )

    def _former_office(self, name: str, published: DateValue) -> Entry | None:
        """The last office a person left before the article appeared, as a former office.

        Margaret Thatcher in 2005 is a former prime minister: a former office
        keeps its sector, as "former minister" does in the text.
        """
        when = _when(published)
        if when is None:
            return None
        past = [
            e
            for e in self.by_surface.get(fold(name), ())
            if e.valid_to is not None and e.valid_to < when[0]
        ]
        last = max(past, key=lambda e: e.valid_to or dt.date.min, default=None)
        if last is None:
            return None
        if last.sector in _OUT_OF_POWER:
            # Government outlasts in memory a stint in opposition after it:
            # John Major in 2005 is a former prime minister, not the leader
            # of the opposition he was for six weeks in 1997.
            of_state = [e for e in past if e.sector == _GOVERNMENT]
            last = max(of_state, key=_tenure, default=last)
        # A former international official is again a national of their own
        # country: the Irish president who went on to serve the UN is Irish
        # once she has left it, as any office they held at home says.
        country = last.country or next(
            (e.country for e in sorted(past, key=_ended, reverse=True) if e.country), None
        )
        return dataclasses.replace(
            last, title=f"former {last.title}" if last.title else None, country=country
        )

    def fill(
        self,
        actor: Actor,
        published: DateValue,
        aliases: tuple[str, ...] = (),
        home: str | None = None,
    ) -> Actor:
        """``actor`` with what its text left open filled in from its office (:meth:`office`).

        The office is looked up by the actor's name, then by ``aliases`` (the
        name with its honorific: "Lord Bingham"), then by its title, then, for
        a bare surname, as the one person of that surname holding an office of
        the ``home`` country then ("Mr Howard" in a British story of 2005). Unlike
        :meth:`apply`, the text wins: only empty fields are filled, and only
        when the text gave no sector or the same sector as the office.
        """
        if actor.kind not in ("person", "other"):
            return actor
        entry = (
            next(
                (
                    found
                    for name in (actor.name, *aliases)
                    if (found := self.office(name, published, org=actor.org)) is not None
                ),
                None,
            )
            or self._by_title(actor, published)
            or self._at_home(actor, published, home, aliases)
            or self._known_abroad(actor, published, aliases)
        )
        if actor.sector is not None and (entry is None or entry.sector != actor.sector):
            # "President X", who was also his country's army chief: the office
            # the text names him by, when he held it then.
            entry = self._held_as(actor, published) or entry
        if entry is None or entry.sector is None:
            return actor
        # "Labour leader Tony Blair" in 2005 is the prime minister: a government
        # office held then outranks the party role the text names him by, when
        # that role is to lead the party, as a government's head does.
        in_office = entry.sector == _GOVERNMENT and not (entry.title or "").startswith("former ")
        if (
            actor.sector not in (None, entry.sector)
            and not _calling_left(actor)
            and not (actor.sector == _PARTY and in_office and not _party_post(actor.title))
            and not _short_for(actor.title, entry)
            and not _party_portfolio(actor, entry)
        ):
            # "opposition candidate Viktor Yushchenko" before he took office: the
            # text's role stands, but a person named in full is still of his country.
            return _placed_by(actor, entry) if " " in actor.name else actor
        country = actor.country or entry.country
        org = actor.org or entry.org
        return dataclasses.replace(
            actor,
            name=_full_name(actor.name, entry),
            kind="person",
            country=country,
            sector=entry.sector,
            title=actor.title or entry.title,
            org=org,
            code=actor_code(country, entry.sector, org),
        )

    def _held_as(self, actor: Actor, published: DateValue) -> Entry | None:
        """The office of the actor's name in the sector the text gives, if one was held then."""
        entry = self.office(actor.name, published, org=actor.org, sector=actor.sector)
        return entry if entry is not None and entry.sector == actor.sector else None

    def _by_title(self, actor: Actor, published: DateValue) -> Entry | None:
        """For a surname with a title ("President Bush"), the one office it fits.

        Taken only when every entry of that surname and title agrees on the
        country and sector (the two Presidents Bush do). When they are of
        several people, the office is known but not who held it: the entry
        given back names no one, so the text's name stays.
        """
        if actor.title is None or " " in actor.name:
            return None
        title = fold(actor.title)
        fitting = [
            e
            for e in self.by_surname.get(fold(actor.name), ())
            if e.title and fold(e.title).endswith(title) and e.valid_during(_when(published))
        ]
        if len({(e.country, e.sector) for e in fitting}) != 1:
            return None
        first = min(fitting, key=lambda e: (e.valid_from or dt.date.min, e.name))
        if len({e.name for e in fitting}) > 1:
            return dataclasses.replace(first, name=actor.name, aliases=())
        return first

    def _at_home(
        self, actor: Actor, published: DateValue, home: str | None, aliases: tuple[str, ...]
    ) -> Entry | None:
        """For a bare surname, the office of the one person of that name serving ``home``.

        Not across genders: "Mrs Blair" is not the prime minister. Of several
        of that name, the one who leads the country: news names anyone who
        shares a leader's surname in full ("Mr Blair" is Tony Blair, not the
        police commissioner Ian Blair).
        """
        if home is None or actor.title is not None or " " in actor.name:
            return None
        # "Lord Campbell" is a peer, whom the dictionary lists by that style:
        # no commoner of the surname.
        styles = {alias.split()[0] for alias in aliases} & _STYLES
        serving = [
            e
            for e in self.by_surname.get(fold(actor.name), ())
            if e.country == home
            and e.valid_during(_when(published))
            and _of_the_gender_named(e, aliases)
            and (not styles or any(s.split()[0] in styles for s in e.aliases))
        ]
        people = {e.name for e in serving}
        if len(people) > 1:
            people = {e.name for e in serving if e.title in _LEADERS}
        if len(people) != 1:
            return None
        return self.office(people.pop(), published)

    def _known_abroad(
        self, actor: Actor, published: DateValue, aliases: tuple[str, ...]
    ) -> Entry | None:
        """For a bare surname, the one leader or chief diplomat of that name anywhere then.

        "Putin told reporters", "Lavrov said" in a story filed from Geneva:
        wire copy names the world's leaders by their surname alone, whatever
        the story's home. Only when one person of that surname held such an
        office on the day, and not across genders. A surname the article
        gives in full is the full name's, and never comes here.
        """
        if actor.title is not None or " " in actor.name or published.value is None:
            return None
        people = {
            e.name
            for e in self.by_surname.get(fold(actor.name), ())
            if e.title in _NAMED_ALONE_ABROAD
            and e.valid_during(_when(published))
            and _of_the_gender_named(e, aliases)
        }
        return self.office(people.pop(), published) if len(people) == 1 else None

    @functools.cached_property
    def surnames_named_alone(self) -> frozenset[str]:
        """The surnames, case-folded, of those whose office news names them by it alone."""
        return frozenset(
            surname
            for surname, entries in self.by_surname.items()
            if any(e.title in _NAMED_ALONE_ABROAD for e in entries)
        )

    @functools.cached_property
    def by_surname(self) -> dict[str, tuple[Entry, ...]]:
        """Entries by the last word of their name or of an alias, case-folded.

        An alias may spell the surname as English news does: "Hugo Chavez"
        for Hugo Chávez.
        """
        found: dict[str, dict[Entry, None]] = {}
        for entry in self.entries:
            for surface in entry.surfaces:
                found.setdefault(fold(surface.split()[-1]), {})[entry] = None
        return {key: tuple(value) for key, value in found.items()}

    def lookup(self, names: tuple[str, ...], day: dt.date | None) -> Entry | None:
        """The entry one of ``names`` names on ``day``; ``None`` when none or several do."""
        candidates = {
            entry
            for name in names
            for entry in self.by_surface.get(fold(name), ())
            if entry.valid_on(day)
        }
        return candidates.pop() if len(candidates) == 1 else None

    def apply(self, actor: Actor, names: tuple[str, ...], published: DateValue) -> Actor:
        """``actor`` with the coding of its entry laid over it, when it has exactly one."""
        entry = self.lookup((actor.name, *names), day_of(published))
        if entry is None:
            return actor
        country = entry.country or actor.country
        sector = entry.sector or actor.sector
        org = entry.org or actor.org
        return dataclasses.replace(
            actor,
            name=entry.name,
            kind=entry.kind or actor.kind,
            country=country,
            sector=sector,
            title=entry.title or actor.title,
            org=org,
            code=actor_code(country, sector, org) or actor.code,
        )


_GOVERNMENT = "GOV"
_PARTY = "PTY"
_OUT_OF_POWER = frozenset({"OPP", _PARTY})
"""Sectors of a party's offices out of power, which an office of state held before outranks."""
_STYLES = frozenset({"Lord", "Baroness", "Lady", "Sir", "Dame"})
"""Styles of peers and knights, by which the dictionary lists those who bear them."""
_LEADERS = frozenset({"prime minister", "president"})
"""Offices of a country's leader, whose surname alone names them."""
_NAMED_ALONE_ABROAD = _LEADERS | {
    "chancellor",
    "foreign minister",
    "secretary of state",
    "secretary-general",
}
"""Offices whose holders news abroad names by their surname alone: leaders and chief diplomats."""


def _party_post(title: str | None) -> bool:
    """Whether the text names a person by a post in a party's own work, not by its leadership.

    "Labour's election chief X", "party chairman Y": a minister named by the
    job he does for his party is coded by it (PTY), as the gold codes party
    officials; "Labour leader Z" leads the party that leads the government.
    """
    return title is not None and fold(title).split()[-1:] != ["leader"]


def _party_portfolio(actor: Actor, entry: Entry) -> bool:
    """Whether the text calls minister one its party's brief out of power is of.

    "SNP Justice Minister X" in a year the SNP was in opposition, with a
    row that makes X its justice spokesman then: the text names the party's
    portfolio, not an office of state, so the row's shadow post stands.
    """
    return (
        actor.sector == _GOVERNMENT
        and entry.sector in _OUT_OF_POWER
        and actor.org is not None
        and actor.org == entry.org
    )


def _short_for(title: str | None, entry: Entry) -> bool:
    """Whether the text's title is a short form of the entry's office.

    "Commission President Ursula von der Leyen": the title lexicon reads a
    president as a government's, but the office held then, the European
    Commission's presidency, is what the words stand for. A word that
    changes an office's sector is no part a short form may leave out:
    "Foreign Secretary X" is not the shadow foreign secretary he once was.
    """
    if title is None or entry.title is None:
        return False
    said, held = fold(title).split(), fold(entry.title).split()
    left_out = held[: len(held) - len(said)]
    modifiers = load_lexicon().title_modifiers
    return (
        len(said) > 1
        and bool(left_out)
        and held[len(left_out) :] == said
        and not any(word in modifiers for word in left_out)
    )


def _of_the_gender_named(entry: Entry, aliases: tuple[str, ...]) -> bool:
    """Whether an entry's person may be the one an honorific names: "Mrs Blair" is no Tony Blair."""
    words = load_lexicon()
    genders = {words.honorifics.get(alias.split()[0]) for alias in aliases} - {None}
    return not genders or words.first_names.get(entry.name.split()[0]) in (None, *genders)


def _held_that_day(candidates: list[Entry]) -> Entry | None:
    """Of the offices one person held on a day, the one that codes them, if they agree.

    "Peter Hain" in March 2005 was Wales secretary and leader of the Commons
    (both GOV); "John Prescott" deputy prime minister and his party's deputy
    leader, where the office of state codes him.
    """
    candidates = _offices_of_state(candidates)
    if len({(e.sector, e.country, e.org) for e in candidates}) != 1:
        return None
    return max(candidates, key=_tenure)


def _offices_of_state(candidates: list[Entry]) -> list[Entry]:
    """Of offices of state and a party's offices, the offices of state, else all.

    A minister who is also his party's deputy leader speaks as the minister,
    whether the article's day is known or only its year: John Prescott in
    2005 is the deputy prime minister, though he was Labour's deputy leader
    longer.
    """
    sectors = {e.sector for e in candidates}
    if len(sectors) > 1 and _GOVERNMENT in sectors and sectors <= {_GOVERNMENT, _PARTY}:
        return [e for e in candidates if e.sector == _GOVERNMENT]
    return candidates


def _full_name(name: str, entry: Entry) -> str:
    """The entry's full name for a surname the text gives alone ("Chavez": "Hugo Chavez").

    Spelled as the text spells the surname, from the entry's aliases when its
    name is written otherwise ("Hugo Chávez"); the text's name when it is no
    bare surname or no surface of the entry ends with it.
    """
    if " " in name:
        return name
    return next((s for s in entry.surfaces if " " in s and s.split()[-1] == name), name)


def governing_party(country: str, published: DateValue) -> str | None:
    """The party that alone governed ``country`` all through the article's day, month or year."""
    when = _when(published)
    if when is None:
        return None
    return next(
        (
            org
            for held, org, start, end in _governments()
            if held == country and start <= when[0] and (end is None or when[1] < end)
        ),
        None,
    )


@functools.cache
def _governments() -> tuple[tuple[str, str, dt.date, dt.date | None], ...]:
    return tuple(
        (
            row["country"],
            row["org"],
            dt.date.fromisoformat(row["valid_from"]),
            None if row["valid_to"] == "-" else dt.date.fromisoformat(row["valid_to"]),
        )
        for row in lexicons.table("governing_parties.tsv")
    )


def known_actors() -> ActorDictionary:
    """The bundled dictionary of well-known office holders (``lexicons/actors.tsv``)."""
    return _known_actors()


@functools.cache
def _known_actors() -> ActorDictionary:
    rows = [
        {key: (None if value == "-" else value) for key, value in row.items()}
        for row in lexicons.table("actors.tsv")
    ]
    return ActorDictionary(
        tuple(_entry(row, f"lexicon actors.tsv: row {n}") for n, row in enumerate(rows, 2))
    )


def load_dictionary(path: Path) -> ActorDictionary:
    """Read a dictionary from a ``.csv``, ``.yaml`` or ``.yml`` file.

    Raises:
        ConfigError: the file is missing, of another kind, or has a bad row
            (the message names the file and the row).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the actor dictionary ({exc.strerror})") from exc
    if path.suffix.lower() == ".csv":
        rows = list(enumerate(csv.DictReader(text.splitlines()), 2))
    elif path.suffix.lower() in (".yaml", ".yml"):
        rows = list(enumerate(_yaml_rows(text, path), 1))
    else:
        raise ConfigError(f"{path}: an actor dictionary is a .csv, .yaml or .yml file")
    return ActorDictionary(tuple(_entry(row, f"{path}: entry {n}") for n, row in rows))


def _yaml_rows(text: str, path: Path) -> list[dict[str, Any]]:
    import yaml  # noqa: PLC0415 - only YAML dictionaries need it

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise ConfigError(f"{path}: an actor dictionary in YAML is a list of mappings")
    return data


def _entry(row: dict[str, Any], where: str) -> Entry:
    unknown = sorted(set(row) - set(FIELDS) - {None})
    if unknown:
        raise ConfigError(
            f"{where}: unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}"
        )
    name = _text(row.get("name"))
    if not name:
        raise ConfigError(f"{where}: 'name' is required")
    aliases = row.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = [alias for alias in aliases.split("|") if alias.strip()]
    kind = _text(row.get("kind"))
    if kind is not None and kind not in _KINDS:
        raise ConfigError(f"{where}: kind {kind!r} is not one of {', '.join(_KINDS)}")
    sector = _text(row.get("sector"))
    if sector is not None and sector not in SECTORS:
        raise ConfigError(f"{where}: sector {sector!r} is not one of {', '.join(SECTORS)}")
    country = _text(row.get("country"))
    if country is not None and not (len(country) == 3 and country.isalpha() and country.isupper()):
        raise ConfigError(f"{where}: country {country!r} is not an ISO 3166 alpha-3 code")
    return Entry(
        name=name,
        aliases=tuple(str(alias).strip() for alias in aliases),
        kind=kind,
        country=country,
        sector=sector,
        title=_text(row.get("title")),
        org=_text(row.get("org")),
        valid_from=_date(row.get("valid_from"), where),
        valid_to=_date(row.get("valid_to"), where),
    )


_OPEN_TENURE = dt.timedelta(days=4 * 365)
"""The length counted for an office with no end date, so that results never depend on today."""


def _ended(entry: Entry) -> dt.date:
    return entry.valid_to or dt.date.min


def _tenure(entry: Entry) -> tuple[dt.timedelta, str]:
    start = entry.valid_from or dt.date.min
    end = entry.valid_to or (start + _OPEN_TENURE if entry.valid_from else dt.date.min)
    return end - start, entry.title or ""


def _text(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def _date(value: object, where: str) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from exc


def _when(published: DateValue) -> tuple[dt.date, dt.date] | None:
    """The days a publication date stands for, at whatever precision it has."""
    day = day_of(published)
    return (day, day) if day is not None else period_of(published)


def _placed_by(actor: Actor, entry: Entry) -> Actor:
    """``actor`` in the country of a dictionary entry, where the text left it unplaced."""
    if actor.country is not None or entry.country is None:
        return actor
    return dataclasses.replace(
        actor,
        country=entry.country,
        code=actor_code(entry.country, actor.sector, actor.org),
    )


def _calling_left(actor: Actor) -> bool:
    """Whether the text codes an actor only by a calling outside the state that he has left.

    "Ex-chat show host X has quit the party": a former presenter is no
    longer a broadcaster, and the office known for him then says what he
    is. A former state office is not one: a former minister sits on in
    parliament (``coding._out_of_office``), which the text says better.
    """
    words = re.split(r"[\s-]+", actor.title or "")
    return actor.sector in _CALLINGS and any(load_lexicon().ends_office(w) for w in words)


_CALLINGS = frozenset({"BUS", "EDU", "HLH", "LAB", "MED", "REL", "CVL"})
"""Sectors of callings outside the state and the parties, which one leaves for good."""
