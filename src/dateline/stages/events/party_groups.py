"""The parties a group of parties stands for: "opposition parties", "other parties".

"Opposition parties accuse ministers of burying councils in red tape",
"other parties have attacked the Tory plans": the group is the parties the
story names, less the one in government (for the opposition) or the ones
the act is aimed at (for the others). Each of them did what the group did,
as event coders code it, so the event is each named party's too; the group
stays a side of its own. A party is one the story names as an organisation,
of the group's country; which party governed when comes from
``governing_parties.tsv`` and the article's date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from dateline.records import Actor, Article, DateValue, Event
from dateline.stages.actors.dictionary import governing_party
from dateline.stages.events.steps import INFERRED

STEP = f"{INFERRED}actor: the parties the story names that a group of parties stands for"
_PARTY = "PTY"
_GOVERNMENT = "GOV"
_OPPOSITION = "opposition"
_OTHERS = frozenset({"other", "rival"})
"""Words by which a group of parties is all but the ones its act is aimed at."""
_GROUP_WORDS = 2
"""A group of parties is named by two words: "opposition parties", "other parties"."""


def with_parties_meant(events: Iterable[Event], article: Article) -> list[Event]:
    """The events, with the named parties a doing group of parties stands for among the actors."""
    by_id = {actor.id: actor for actor in article.actors}
    found = []
    for event in events:
        added = _parties_added(event, by_id, article.published)
        found.append(
            dataclasses.replace(
                event, actor=(*event.actor, *added), explanation=(*event.explanation, STEP)
            )
            if added
            else event
        )
    return found


def _parties_added(
    event: Event, by_id: Mapping[str, Actor], published: DateValue
) -> tuple[str, ...]:
    """The parties each doing group of parties stands for, that are not doers already."""
    added: list[str] = []
    for doer in event.actor:
        group = by_id.get(doer)
        if group is None or _group_word(group) is None:
            continue
        added += [
            party
            for party in _parties_meant(group, event.recipient, by_id, published)
            if party not in event.actor and party not in added
        ]
    return tuple(added)


def _group_word(actor: Actor) -> str | None:
    """The word that says which parties a group is: "opposition" or "other" parties."""
    words = actor.name.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    if actor.kind != "group" or len(words) != _GROUP_WORDS or words[1] != "parties":
        return None
    return words[0] if words[0] in _OTHERS | {_OPPOSITION} else None


def _parties_meant(
    group: Actor, recipients: tuple[str, ...], by_id: Mapping[str, Actor], published: DateValue
) -> tuple[str, ...]:
    """The parties of the group's country the story names, less those the group is not.

    The others are all but the parties the act is aimed at (a minister's
    party being the one in government); the opposition, all but the party
    in government. With none left out, the group's parties are unknown.
    """
    if group.country is None:
        return ()
    governing = governing_party(group.country, published)
    aimed_at = [by_id[r] for r in recipients if r in by_id]
    left_out = {a.org for a in aimed_at if a.sector == _PARTY and a.org}
    in_office = _group_word(group) == _OPPOSITION or any(a.sector == _GOVERNMENT for a in aimed_at)
    if in_office and governing is None:
        return ()  # the opposition to a government whose party is unknown
    left_out |= {governing} if in_office and governing else set()
    if not left_out:
        return ()
    return tuple(
        actor.id
        for actor in by_id.values()
        if actor.kind == "organization"
        and actor.sector == _PARTY
        and actor.country == group.country
        and actor.org
        and actor.org not in left_out
    )
