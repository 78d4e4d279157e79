"""What keeps mentions apart that would otherwise join.

Groups told by another number or placed by another country, a rival's or
another body's people, and someone else than the one the lead describes.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.lexicon import load
from dateline.stages.actors.mention import Mention
from dateline.stages.actors.numbered import count_of


def countries_apart(one: Cluster, other: Cluster) -> bool:
    """Whether two bodies are placed in different countries by their mentions."""
    countries = {m.country for m in one.mentions} - {None}
    others = {m.country for m in other.mentions} - {None}
    return bool(countries and others and not countries & others)


def someone_else(person: Cluster, lead: Cluster, *, given_up: bool) -> bool:
    """Whether the person named after a lead's description is someone else, by title or side.

    A title of their own makes them another, and so does speaking for a
    body of another sector than the office; but not after a lead that
    brings in someone by an office given up (``given_up``): "An ex-Treasury
    minister has urged ... Helen Marsh said ... Ms Marsh,
    Labour MP for Eastbridge," is the one ex-minister, who sits for a party
    now. The same office held now ("the minister") is still someone else's.
    """
    first = lead.mentions[0]
    if not given_up or first.title_entry is None:
        return _titled_otherwise(person, lead) or _of_another_side(person, first)
    return load().canonical(first.title_entry.words) in person.titles()


def _titled_otherwise(person: Cluster, lead: Cluster) -> bool:
    """Whether a person named after a lead's description holds a role other than it.

    "A senior rebel commander was killed ... The military said the
    commander, Ahmad Saleh, had ...": the role given beside the name is the
    description's own, told again; "a union leader ... Home Secretary X" is
    someone else.
    """
    if _chairs_a_committee_of_the_chamber(person, lead) or _a_trade_and_its_office(person, lead):
        return False
    # "President Viktor Yushchenko" holds his own role, whatever "the former
    # president" was; "the commander, Ahmad Saleh," is given his beside him.
    beside = {m.title_entry.words for m in person.mentions if m.kind == "title" and m.title_entry}
    if any(m.title_entry.words not in beside for m in person.mentions if m.title_entry):
        return True
    return bool(person.titles() - lead.titles())


def _a_trade_and_its_office(person: Cluster, lead: Cluster) -> bool:
    """Whether a lead's trade in business is one a person named next holds an office with.

    "Norway has asked a Canadian banker to run its central bank. Martin
    Kell, deputy chairman of the Halvorsen group, has agreed ...": a firm's
    chairman is a banker, a businessman or an executive; the office told
    beside the name says which post the one described holds, not that he is
    someone else. Only an office a body gives (a chairman, a director) or a
    business role, held in a firm named with it ("General Secretary X" of a
    party is someone else), never a voice (a spokesman speaks for the one
    described).
    """
    trades = [m.title_entry for m in lead.mentions if m.title_entry is not None]
    held = [m.title_entry for m in person.mentions if m.title_entry is not None]
    voices = lexicons.word_set("speaking_roles.txt")
    in_a_firm = any(
        m.organization is not None and m.organization.sector == _BUSINESS for m in person.mentions
    ) or any(m.affiliation_sector == _BUSINESS for m in person.mentions)
    return (
        in_a_firm
        and bool(trades)
        and bool(held)
        and all(entry.sector == _BUSINESS for entry in trades)
        and all(
            entry.words[-1] not in voices
            and (entry.sector == _BUSINESS or (entry.sector is None and entry.scope == "org"))
            for entry in held
        )
    )


_BUSINESS = "BUS"


def _chairs_a_committee_of_the_chamber(person: Cluster, lead: Cluster) -> bool:
    """Whether a lead's legislator is named next only as the chair of a committee.

    "A senior Tory MP has criticised ... Public accounts committee chairman
    Edward Leigh said ...": committees of a chamber are chaired by its
    members, so chairing one is no role other than the lead's.
    """
    if not any(m.title_entry and m.title_entry.sector == _LEGISLATURE for m in lead.mentions):
        return False
    held = [m.title for m in person.mentions if m.title_entry is not None]
    return bool(held) and all(_committee_chair(title) for title in held)


def _committee_chair(title: str | None) -> bool:
    """Whether a role as written chairs a committee: "committee chairman", "committee chair"."""
    words = (title or "").lower().split()
    return len(words) >= _COMMITTEE_CHAIR and words[-2] == "committee" and words[-1] in _CHAIRS


_LEGISLATURE = "LEG"
_COMMITTEE_CHAIR = 2
_CHAIRS = frozenset({"chairman", "chairwoman", "chair"})


def _of_another_side(person: Cluster, description: Mention) -> bool:
    """Whether a person speaks for a body of another sector than a description's office.

    "The chancellor defended his plans. Jane Bird, for the Liberal
    Democrats, accused ministers ...": a party's voice is not the
    government's chancellor the lead spoke of.
    """
    entry = description.title_entry
    if entry is None or entry.sector is None or description.organization is not None:
        return False
    sides = {m.organization.sector for m in person.mentions if m.organization}
    sides |= {m.affiliation_sector for m in person.mentions if m.affiliation_sector}
    return bool(sides) and entry.sector not in sides


def counted_apart(key: str, mention: Mention, clusters: dict[str, Cluster]) -> str:
    """A group's key, apart from a group of the same kind told by another number.

    "nine people" killed in one raid and "37 people" killed in all are two
    groups; "the people" after them stays with the first, as before.
    """
    count = _count(mention)
    earlier = clusters.get(key)
    if count is None or earlier is None:
        return key
    counts = {_count(m) for m in earlier.mentions} - {None}
    return key if not counts or count in counts else f"{key}:{count}"


def people_of_any_country(key: str, mention: Mention, clusters: dict[str, Cluster]) -> str:
    """The group "the farmers" stands for after "French farmers" and "German farmers": the last.

    Groups of one kind told apart by their country keep their own keys. A
    group its words place in no country is the unplaced one of that kind
    named before, else the placed one named last; and "Farmers blocked roads
    ... French farmers said" is one group: the first placed joins the
    unplaced one named before it.
    """
    if not key.startswith("people:") or key in clusters:
        return key
    if mention.country is not None:
        unplaced = key.removesuffix(f":{mention.country}")
        placed = [k for k in clusters if k.startswith(f"{unplaced}:")]
        return unplaced if unplaced in clusters and not placed else key
    earlier = [
        (max(m.first for m in found.mentions), found_key)
        for found_key, found in clusters.items()
        if found_key.startswith(f"{key}:") and found.mentions
    ]
    return max(earlier)[1] if earlier else key


def placed_apart(key: str, mention: Mention, clusters: dict[str, Cluster]) -> str:
    """A group's key, apart from a group of the same kind another country places.

    "Turkish firms" and "Israeli telecoms firms" are two groups. A group
    placed by no one keeps the key it has: for people of people_words.tsv,
    :func:`people_of_any_country` has already chosen which group it is.
    """
    earlier = clusters.get(key)
    if mention.kind != "group" or mention.country is None or earlier is None:
        return key
    countries = {m.country for m in earlier.mentions} - {None}
    return key if not countries or mention.country in countries else f"{key}:{mention.country}"


def _count(mention: Mention) -> str | None:
    """The number a group is told by ("nine people", "37 civilians"), if any."""
    # "eleven" and "11" are one count.
    return count_of(mention.text.split()[0]) if mention.kind == "group" else None


def of_a_rival(person: Cluster, mention: Mention) -> bool:
    """Whether a person is of another body of the kind a title names ("the Tory spokesman").

    "A Labour spokesman" is not the Conservative Party's, though both speak
    for a British party.
    """
    body = mention.organization
    return body is not None and any(
        m.organization is not None
        and m.organization.name != body.name
        and m.organization.sector == body.sector
        for m in person.mentions
    )


def other_body(held: Mention, mention: Mention) -> bool:
    """Whether two mentions give a title in two different bodies."""
    return (
        held.organization is not None
        and mention.organization is not None
        and held.organization.name != mention.organization.name
    )


def of_another_body(person: Cluster, mention: Mention) -> bool:
    """Whether a person is named only with bodies other than the one a title names.

    "Dave Prentis, the leader of the union Unison" is not "Labour leader".
    """
    bodies = {m.organization.name for m in person.mentions if m.organization is not None}
    body = mention.organization
    return body is not None and bool(bodies) and body.name not in bodies


def of_another_country(found: Cluster, mention: Mention) -> bool:
    """Whether a description is placed in a country the body's own mentions do not name."""
    countries = {m.country for m in found.mentions if m.country}
    return mention.country is not None and bool(countries) and mention.country not in countries
