"""A government named by its leader: "President Bush's government", "the Blair government".

Such a government is the leader's country's, whatever country the story is
about: in a story about Cuba, "the Bush administration" is Washington, not
Havana. Left alone, "the government" joins the article's home country.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from dateline.dates import period_of
from dateline.records import DateValue
from dateline.stages._spans import fold
from dateline.stages._tree import Tree
from dateline.stages.actors.dictionary import ActorDictionary
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention


def with_leaders_governments(
    mentions: list[Mention],
    tree: Tree,
    lexicon: ActorLexicon,
    known: ActorDictionary,
    published: DateValue,
) -> list[Mention]:
    """``mentions`` with each government its leader names placed in the leader's country.

    The leader's country is the one the text gives the leader ("US
    President X") or, failing it, the one every well-known person of that
    name in office when the article appeared shares.
    """
    leaders = {m.last: m for m in mentions if m.kind == "name" and m.label == "PERSON"}
    people = [m.text for m in leaders.values()]
    placed = []
    for mention in mentions:
        leader = _leader_before(mention, tree, lexicon, leaders)
        country = None
        if leader is not None:
            country = leader.country or _known_country(leader.text, people, known, published)
        placed.append(mention if country is None else dataclasses.replace(mention, country=country))
    return placed


def _leader_before(
    mention: Mention, tree: Tree, lexicon: ActorLexicon, leaders: dict[int, Mention]
) -> Mention | None:
    """The person whose name stands right before a government with no country of its own.

    "the Blair government", "Mr Bush's administration".
    """
    entry = mention.title_entry
    if (
        mention.kind != "title"
        or mention.country is not None
        or entry is None
        or not lexicon.is_government(entry.words)
    ):
        return None
    before = mention.first
    if before > 0 and tree.tokens[before - 1].text in ("'s", "’s"):
        before -= 1
    return leaders.get(before)


def _known_country(
    name: str, people: Iterable[str], known: ActorDictionary, published: DateValue
) -> str | None:
    """The one country of the well-known people a name may mean when the article appeared.

    A surname alone ("Bush") may mean anyone of that surname, unless the
    article names one in full ("George W Bush") before.
    """
    surname = name.rsplit(maxsplit=1)[-1]
    full = [p for p in people if len(p.split()) > 1 and p.split()[-1] == surname]
    period = period_of(published)
    entries = [e for n in full or [name] for e in known.offices(n, published)]
    if not entries and not full:
        entries = [
            e
            for e in known.by_surname.get(fold(surname), ())
            if e.kind == "person" and e.valid_during(period)
        ]
    countries = {e.country for e in entries}
    return countries.pop() if len(countries) == 1 else None
