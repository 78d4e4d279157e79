"""The people of sport: a club's players and managers, and a national team's.

Sport news names a player by his club ("Celtic's X", "X of Rangers") and a
manager by the club he picks the side of ("Rangers manager X", "Arsenal boss
Y"). The affiliation pass codes such a person as the body named beside him,
a firm (BUS), as it rightly codes "Shell's chief economist"; but players,
managers and coaches are private people (CVL), as event coders code them,
and only a club's chairman or chief executive runs it as a firm. That holds
only in an article that tells of sport (sport_words.txt, or a club named as
one): elsewhere a "boss" runs a firm.

A team role written after a country ("Scotland captain X", "the England
coach") is held in that country's national team, which gives the holder's
country in any article, where the article's home was only a default.
"""

from __future__ import annotations

import dataclasses

from dateline import lexicons
from dateline.records import Actor
from dateline.stages._spans import country_code
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import actor_code
from dateline.stages.actors.mention import Mention, head_of

_PRIVATE = "CVL"
_CLUB_MARKS = frozenset({"fc", "afc", "f.c."})
"""The last word of a club's name as it styles itself ("Newry FC")."""
_COUNTRY_WORDS = 3
"""How many words a country's name before a team role may have ("New Zealand captain")."""
_NAME_WORDS = frozenset({"PROPN", "ADJ"})
"""The parts of speech of a country's name or its adjective before a team role."""


def with_sport_people(
    actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree
) -> tuple[Actor, ...]:
    """``actors`` with players and managers private people, and national teams' people placed."""
    sport = _tells_of_sport(tree, actors)
    return tuple(
        _sport_person(actor, found, tree, sport=sport)
        for actor, found in zip(actors, clusters, strict=True)
    )


def _tells_of_sport(tree: Tree, actors: tuple[Actor, ...]) -> bool:
    """Whether an article tells of sport: a word only sport uses, or a club named as one."""
    words = lexicons.word_set("sport_words.txt")
    if any(token.text.lower() in words for token in tree.tokens):
        return True
    return any(actor.kind == "organization" and _styled_a_club(actor.name) for actor in actors)


def _styled_a_club(name: str) -> bool:
    """Whether a body's name ends as a club styles itself: "Newry FC"."""
    words = name.lower().split()
    return bool(words) and words[-1] in _CLUB_MARKS


def _sport_person(actor: Actor, found: Cluster, tree: Tree, *, sport: bool) -> Actor:
    if actor.kind != "person":
        return actor
    country = actor.country
    national = _national_team(found, tree)
    if national is not None and not any(m.country for m in found.mentions):
        country = national
    sector = actor.sector
    if national is not None or (sport and _plays_or_picks(actor, found)):
        sector = _PRIVATE
    if (country, sector) == (actor.country, actor.sector):
        return actor
    return dataclasses.replace(
        actor, country=country, sector=sector, code=actor_code(country, sector, actor.org)
    )


def _plays_or_picks(actor: Actor, found: Cluster) -> bool:
    """Whether a person of a sports story plays for or picks a side, not runs a firm.

    Every role they are given is a team's ("Rangers manager", "the
    striker"); or they are given none and were coded a firm's only by the
    body named beside them ("Celtic's X"): a player named by his club.
    """
    entries = [m.title_entry for m in found.mentions if m.title_entry is not None]
    if not entries:
        return actor.sector == COMPANY and actor.org is None
    roles = lexicons.word_set("team_roles.txt")
    return all(" ".join(e.words) in roles or e.sector == _PRIVATE for e in entries)


def _national_team(found: Cluster, tree: Tree) -> str | None:
    """The country whose national team a person's role is in: "Scotland captain X"."""
    roles = lexicons.word_set("team_roles.txt")
    for m in found.mentions:
        role = _role_token(m, tree)
        if role is None or tree.tokens[role].text.lower() not in roles:
            continue
        country = _country_before(tree, role)
        if country is not None:
            return country
    return None


def _role_token(m: Mention, tree: Tree) -> int | None:
    """The word of a mention's role: its head ("the England coach"), or the word before a name.

    "Scotland captain X": a role no title lexicon holds is still written there.
    """
    if m.kind == "title":
        return head_of(tree, m.first, m.last)
    if m.kind == "name" and m.first > 0:
        return m.first - 1
    return None


def _country_before(tree: Tree, role: int) -> str | None:
    """The country named right before a role word, by its name or its people's.

    Not a capital: "Madrid coach" names a club of the city, no country's team.
    """
    words = lexicon.load()
    start = tree.sentence_span(tree.sentence_of[role])[0]
    for first in range(role - 1, max(role - _COUNTRY_WORDS, start) - 1, -1):
        if tree.tokens[first].pos not in _NAME_WORDS:
            return None
        surface = tree.span_text(first, role)
        country = words.demonyms.get(surface) or words.nations.get(surface) or country_code(surface)
        if country is not None:
            return country
    return None
