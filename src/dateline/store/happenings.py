"""One happening, many reports: events of different articles merged into clusters.

Two events of two articles (near-copies of one story included) report the
same happening when all of these hold:

- their types are the same, or both verbal conflict (news calls one
  statement an accusation, a demand or a rejection; an agreement and the
  support that greets it are two things);
- each side is compatible: each actor of the shorter list fits one of the
  other (and the same for the recipients), or the side is left open in
  one of them; at least one side must be named in both, unless the two
  articles are near-copies of one story, where one wording is one
  happening whoever it names. Two people fit when they
  have one name (two ministers share a code); otherwise two actors fit when
  they have one code (IRQGOV), or one country and either no sector or both
  an arm of the state (ISR, ISRGOV and ISRMIL: news calls an air strike
  Israel's, the army's or the government's). A group of no country ("three
  firms") or a body with no country and no organisation names no one in
  particular;
- their dates are known to the day (an event's own, else its article's
  publication date) and no more than :data:`WINDOW_DAYS` apart: a month or
  a year is too wide to tell two happenings apart;
- their places are compatible: the same country, or one unknown, or each
  the country of a side of the other (a place named only as a side's
  country says little of where it happened).

An event joins the first (earliest stored) cluster whose every report it is
compatible with, or starts its own: one compatible report is not enough,
or a report with an open side would chain two happenings together (the US
sanctioning Nicaragua and, the same day, Venezuela). Before that, a side an
event leaves open is taken from another telling of the same happening in
its own article (:func:`fill_open_sides`). ``num_sources`` counts the
distinct stories (groups of near-copies) that report a cluster.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from dateline.records import QUADS

WINDOW_DAYS = 3
"""How many days apart two reports of one happening may date it."""
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STATE = frozenset({"GOV", "MIL", "COP", "JUD"})
"""The sectors that act for a state, where news names one for another ("officials" for judges)."""


@dataclass(frozen=True, slots=True)
class Party:
    """What the merging rule reads of one actor of an event."""

    kind: str
    name: str
    code: str | None
    country: str | None
    sector: str | None

    def names_someone(self) -> bool:
        """Whether the actor is anyone in particular: a person, or others placed by country or code.

        A group of no country ("three firms") is no one in particular, nor
        is a body whose code is a bare sector ("GOV": a government the text
        did not name); "Venezuelan officials" are someone.
        """
        if self.kind == "person":
            return True
        return bool(self.country or (self.kind != "group" and self.code and len(self.code) > 3))

    def fits(self, other: Party) -> bool:
        """Whether two actors may be one, as two reports name it."""
        if self.kind == "person" and other.kind == "person":
            return self.name.casefold() == other.name.casefold()
        if self.code and self.code == other.code:
            return True
        if self.country and self.country == other.country:
            sectors = {self.sector, other.sector}
            return None in sectors or sectors <= _STATE
        return self.name.casefold() == other.name.casefold()


@dataclass(frozen=True, slots=True)
class Report:
    """What the merging rule reads of one stored event."""

    key: tuple[str, str]
    """``(article id, event id)``."""
    story: str
    """The group of near-copies the article belongs to."""
    type: str
    actors: frozenset[Party]
    recipients: frozenset[Party]
    date: str | None
    published: str | None
    country: str | None


def same_happening(one: Report, other: Report) -> bool:
    """Whether two reports (of two articles) tell the same happening."""
    return (
        _types_close(one.type, other.type)
        and _sides_fit(one, other)
        and _dates_fit(one.date or one.published, other.date or other.published)
        and _places_fit(one, other)
    )


def fill_open_sides(reports: list[Report]) -> list[Report]:
    """One article's reports, each side it leaves open taken from its other tellings.

    An article often tells one happening twice, naming a side only once:
    "the US imposed sanctions on Venezuelan officials ... the Treasury froze
    their assets". The second telling's open side is the first's, when the
    two are of one type, their other side is named in both and fits, and
    their dates fit. Left open, it would fit any happening of the same actor
    on those days (the US sanctioning Nicaragua the same week).
    """
    filled = []
    for report in reports:
        actors, recipients = report.actors, report.recipients
        for other in reports:
            if other is report or other.type != report.type:
                continue
            if not _dates_fit(report.date or report.published, other.date or other.published):
                continue
            if not _named(actors) and _sides_match(recipients, other.recipients):
                actors = actors | other.actors
            if not _named(recipients) and _sides_match(actors, other.actors):
                recipients = recipients | other.recipients
        filled.append(dataclasses.replace(report, actors=actors, recipients=recipients))
    return filled


def date_window(report: Report) -> tuple[str, str] | None:
    """The first and last day (ISO) a report of the same happening may date it, if any."""
    day = report.date or report.published
    if not (day and _DAY.match(day)):
        return None
    middle = dt.date.fromisoformat(day)
    reach = dt.timedelta(days=WINDOW_DAYS)
    return (middle - reach).isoformat(), (middle + reach).isoformat()


def _types_close(one: str, other: str) -> bool:
    return one == other or QUADS[one] == QUADS[other] == "verbal_conflict"


def _sides_fit(one: Report, other: Report) -> bool:
    named = int(one.story == other.story)  # near-copies need no name to be one happening
    for side, other_side in ((one.actors, other.actors), (one.recipients, other.recipients)):
        mine, theirs = _named(side), _named(other_side)
        if mine and theirs:
            if not _covers(mine, theirs):
                return False
            named += 1
    return named > 0


def _sides_match(side: frozenset[Party], other: frozenset[Party]) -> bool:
    """Whether two sides are both named and fit."""
    mine, theirs = _named(side), _named(other)
    return bool(mine and theirs) and _covers(mine, theirs)


def _named(side: frozenset[Party]) -> frozenset[Party]:
    return frozenset(party for party in side if party.names_someone())


def _covers(side: frozenset[Party], other: frozenset[Party]) -> bool:
    """Whether each actor of the shorter side fits one of the longer.

    "Indonesia and Malaysia signed" fits "Indonesia signed with Malaysia"
    but not "Malaysia and Singapore signed": one shared name is not enough.
    """
    shorter, longer = sorted((side, other), key=len)
    return all(any(party.fits(match) for match in longer) for party in shorter)


def _places_fit(one: Report, other: Report) -> bool:
    """The same country, or one unknown, or each in a country of the other's sides.

    An event's place is often the country of one of its sides, named in
    its sentence ("Indonesia and Malaysia signed ...") rather than where it
    happened; two such places tell nothing apart.
    """
    if one.country is None or other.country is None or one.country == other.country:
        return True
    return one.country in _countries(other) and other.country in _countries(one)


def _countries(report: Report) -> set[str | None]:
    return {party.country for party in report.actors | report.recipients}


def _dates_fit(one: str | None, other: str | None) -> bool:
    """Both dates known to the day, and no more than the window apart.

    A month or a year is too wide to tell one happening from another of the
    same kind between the same sides.
    """
    if not (one and other and _DAY.match(one) and _DAY.match(other)):
        return False
    gap = dt.date.fromisoformat(one) - dt.date.fromisoformat(other)
    return abs(gap.days) <= WINDOW_DAYS
