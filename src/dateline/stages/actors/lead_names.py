"""Names for what the lead describes before it names anyone.

A lead's description joins the person, body or committee the story names
next, and a role no one holds joins the story's protagonist.
"""

from __future__ import annotations

import dataclasses

from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coref_words import (
    body_name,
    canonical_words,
    definite_after_modifiers,
    held_by_one_known,
    is_generic_words,
    names_former_office,
    told_with_a,
)
from dateline.stages.actors.kept_apart import of_another_country, someone_else
from dateline.stages.actors.mention import Mention, head_of
from dateline.stages.actors.references import kinds_of_body


def join_roles_to_the_protagonist(clusters: dict[str, Cluster], tree: Tree) -> None:
    """Join a role no one named holds to the person the story is about.

    "Lord Sainsbury has given ... the latest donation by the billionaire",
    "Robert Kilroy-Silk ... The East Midlands MEP": news calls its main
    person by a role the text never set beside the name. Only after every
    other rule has placed the roles it can (a lead's description joins the
    person named next).
    """
    person = _protagonist(clusters)
    if person is None:
        return
    for key in [k for k in clusters if k.startswith("title:")]:
        role = clusters[key]
        if role.is_person and _may_be_the_protagonist(role.mentions[0], person, tree):
            person.mentions.extend(_as_told_of(m, person) for m in role.mentions)
            del clusters[key]


def _as_told_of(mention: Mention, person: Cluster) -> Mention:
    """A role joined to the story's person, coding them only when nothing else does.

    "The strategist" is a word for what a party's campaign director does,
    not evidence against the party: a person coded by some title, body or
    sector, or known to the dictionary, keeps that coding.
    """
    coded = bool(person.known_titles or person.known_orgs) or any(
        (m.title_entry is not None and m.title_entry.sector is not None)
        or m.organization is not None
        or m.sector is not None
        or m.affiliation_sector is not None
        for m in person.mentions
    )
    if not coded:
        return mention
    return dataclasses.replace(
        mention, title=None, title_entry=None, sector=None, country=None, organization=None
    )


def _protagonist(clusters: dict[str, Cluster]) -> Cluster | None:
    """The person named most by name, at least twice as often as anyone else."""
    named = sorted(
        (
            (sum(m.kind == "name" for m in found.mentions), n, found)
            for n, found in enumerate(clusters.values())
            if found.is_person
        ),
        key=lambda triple: (-triple[0], triple[1]),
    )
    if not named or named[0][0] < _PROTAGONIST_NAMINGS:
        return None
    if len(named) > 1 and named[1][0] * 2 > named[0][0]:
        return None
    return named[0][2]


def _may_be_the_protagonist(mention: Mention, person: Cluster, tree: Tree) -> bool:
    """Whether a role may stand for the story's main person.

    Only a definite role of one person, the writer's, given no body ("the
    chairman of ...") but one the person may once have served ("the former
    Tory MP"), and no office of state held now ("the minister" is
    another); after the person is named, and not in a sentence that names
    them ("Mr Crosby told the party leader" speaks of someone else).
    """
    entry = mention.title_entry
    if (
        entry is None
        or mention.kind != "title"
        or mention.quoted
        or (mention.organization is not None and not _once_of_his_side(mention, person))
        or held_by_one_known(mention)
        or is_generic_words(canonical_words(entry.words))
        or not definite_after_modifiers(mention, tree)
        or (mention.last < len(tree.tokens) and tree.tokens[mention.last].text == "of")
    ):
        return False
    names = [m for m in person.mentions if m.kind == "name"]
    if not any(m.first < mention.first for m in names) or any(
        m.sentence == mention.sentence for m in names
    ):
        return False
    return person.fits_gender(mention.gender)


def _once_of_his_side(mention: Mention, person: Cluster) -> bool:
    """Whether a role given a body is one the story's person held: "the former Tory MP".

    A role held now with a body ("the Labour leader") may be anyone's; one
    held no longer recalls the career of the one the story is about, unless
    the story ties that person to another body.
    """
    if not names_former_office(mention) or mention.organization is None:
        return False
    orgs = person.known_orgs | {
        m.organization.org for m in person.mentions if m.organization and m.organization.org
    }
    return orgs <= {mention.organization.org}


_PROTAGONIST_NAMINGS = 3
"""How often a person must be named to be the one a story is about."""


_LEAD_SENTENCES = 2


_LEAD_REACH = 3
"""How many sentences after a lead's description its person must be named."""


def name_the_lead(clusters: dict[str, Cluster], tree: Tree) -> None:
    """Join a lead's description to the person the story names next.

    News opens with "The UN special envoy for Syria said ..." and names him in
    the next paragraph ("..., said Geir Pedersen"). A description in the first
    sentences that no one holds joins the next person named after it, within
    a few sentences, when that person has no title of their own and no other
    country. Past the first sentences, only a definite description does:
    "the finance minister has urged ... Scottish Finance Minister, Tom Hale,".
    """
    for key in [k for k in clusters if k.startswith("title:")]:
        lead = clusters[key]
        first = lead.mentions[0]
        if not lead.is_person:
            continue
        # Past the lead, only a definite role of some office awaits its name,
        # as the finance minister who has urged councils and is then named;
        # "a Honda spokesman" said his piece, and "the official" is one the
        # story leaves unnamed.
        if first.sentence >= _LEAD_SENTENCES and not _awaits_a_name(first, tree):
            continue
        named = sorted(
            (c for c in clusters.values() if c.is_person and not c.key.startswith("title:")),
            key=lambda c: min(m.first for m in c.mentions),
        )
        after = [
            p
            for p in named
            if min(m.first for m in p.mentions) > first.first
            and not _named_in_its_phrase(_opening(p), first, tree)
        ]
        # "attacked a union leader who claimed ... Tony Blair": one named in
        # the description's own sentence is someone it speaks of; one it
        # stands beside ("a union leader, Jonathan Baume,") is joined as such.
        # A description that brings someone new in ("a union leader") names
        # him later; "the chancellor" is no one named after.
        if told_with_a(first, tree):
            after = [p for p in after if _opening(p).sentence != first.sentence]
        if not after or _opening(after[0]).sentence == first.sentence:
            continue
        if any(not p.titles() and _opening(p).first < first.first for p in named):
            # "..., Tony Blair has said. The G8 summit - chaired by the prime
            # minister - ...": one named before with no title may be whom it
            # describes, and the next one named is then someone else.
            continue
        # Only the next person named, and only soon after: a later one, or
        # one with a title of their own, is someone else.
        person = after[0]
        opening = _opening(person)
        countries = {m.country for m in person.mentions if m.country}
        given_up = names_former_office(first) and _word_before_modifiers(first, tree) in ("a", "an")
        if (
            someone_else(person, lead, given_up=given_up)
            or opening.sentence - first.sentence > _LEAD_REACH
            or not person.fits_gender(lead.gender)  # "The Queen ... Mr Dawes said"
        ):
            continue
        if first.country and countries and first.country not in countries:
            continue
        if _left_unnamed(lead, opening, tree):
            continue
        # An office given up codes the person only when nothing else does.
        person.mentions.extend(_as_told_of(m, person) if given_up else m for m in lead.mentions)
        del clusters[key]


def _named_in_its_phrase(opening: Mention, description: Mention, tree: Tree) -> bool:
    """Whether a person is named inside a description's own phrase, after its role.

    "The Dutch culture minister who fired Jan Smit says ...": one named in
    what the description says of its holder is whom it speaks of, never the
    holder, who is named after it.
    """
    head = head_of(tree, description.first, description.last)
    start, end = tree.subtree(head)
    return description.last <= opening.first and start <= opening.first and opening.last <= end


def _left_unnamed(lead: Cluster, opening: Mention, tree: Tree) -> bool:
    """Whether the story tells of a lead's role again, unnamed, before it names the next person.

    "An Investment Ministry official has told reporters ... The official
    said ...": a role anyone may hold ("official"), taken up again as one the
    story does not name, is no one named after it.
    """
    first = min(m.first for m in lead.mentions)
    return any(
        first < m.first < opening.first
        and m.title_entry is not None
        and is_generic_words(canonical_words(m.title_entry.words))
        and _definite(m, tree)
        for m in lead.mentions
    )


def name_the_lead_body(clusters: dict[str, Cluster], tree: Tree) -> None:
    """Join a body the lead describes to the body the next sentence names.

    "Rules set by the UK financial watchdog will ... The Financial Services
    Authority said ...": news describes a body in its lead and names it in
    the next paragraph, as it does a person (:func:`name_the_lead`). A
    description with words of its own joins the first body named after it when that one is named in
    the next sentence or the one after, no body of its kind was named
    before it, and the body is of the kind the description says.
    """
    # Where each named body is first named, in order; joining a description
    # adds no name, so this holds through the loop.
    named = sorted(
        (
            (min(m.first for m in c.mentions if body_name(m)), c)
            for c in clusters.values()
            if any(body_name(m) for m in c.mentions)
        ),
        key=lambda pair: pair[0],
    )
    for key in [k for k in clusters if k.startswith("title:")]:
        lead = clusters[key]
        first = lead.mentions[0]
        entry = first.title_entry
        if (
            lead.is_person
            or first.label != "ORG"
            or entry is None
            or first.sentence >= _LEAD_SENTENCES
            or any(m.kind != "title" for m in lead.mentions)
            # "the financial watchdog" describes a body; "the air force" is
            # the home country's own, not the foreign one named next. One
            # brought in with "a" ("a Senate committee", "a leading
            # think-tank") is new to the story, whose next body names it.
            or (len(first.text.split()) <= len(entry.words) and not _brought_in(first, tree))
        ):
            continue
        # "Ofcom ... the media watchdog" is the body named before; the owner
        # in a description's own words ("a European Parliament committee")
        # is another body.
        opening_words = tree.subtree(head_of(tree, first.first, first.last))[0]
        if any(start < opening_words and entry.sector in kinds_of_body(c) for start, c in named):
            continue
        after = [(start, c) for start, c in named if start > first.first]
        if _brought_in(first, tree):
            # "A European Parliament committee has called for a redraft of
            # EU rules": a body the lead's own sentence names is one it speaks of.
            after = [(start, c) for start, c in after if not _in_sentence(c, start, first)]
        if not after:
            continue
        start, body = after[0]
        opening = next(m for m in body.mentions if m.first == start)
        if (
            not 0 < opening.sentence - first.sentence <= _LEAD_BODY_REACH
            or _names_another_body(opening, clusters)
            or entry.sector not in kinds_of_body(body)
            or of_another_country(body, first)
        ):
            continue
        body.mentions.extend(_of_its_owner(m, body) for m in lead.mentions)
        del clusters[key]


def _names_another_body(opening: Mention, clusters: dict[str, Cluster]) -> bool:
    """Whether a body's first naming only premodifies another body's name.

    "The Commons science and technology committee" names the committee, not
    the Commons; but "Ofsted chief David Bell" names Ofsted through its
    person, as a lead's "the education watchdog" means it.
    """
    if not opening.premodifier:
        return False
    following = [
        m
        for c in clusters.values()
        for m in c.mentions
        if m.sentence == opening.sentence and m.first >= opening.last
    ]
    nearest = min(following, key=lambda m: m.first, default=None)
    return nearest is not None and nearest.label == "ORG"


def _of_its_owner(mention: Mention, body: Cluster) -> Mention:
    """A lead's description joined to a body, without the owner its words name.

    "A European Parliament committee" is the committee named next, not the
    Parliament: the owner is where the body sits, not the body's own name,
    which comes from the name the story gives.
    """
    owner = mention.organization
    if owner is None or any(
        m.organization is not None and m.organization.name == owner.name for m in body.mentions
    ):
        return mention
    return dataclasses.replace(mention, organization=None)


_LEAD_BODY_REACH = 2
"""How many sentences after a lead's description of a body the body must be named."""


def name_the_lead_committee(clusters: dict[str, Cluster]) -> None:
    """Join the MPs a lead quotes to the committee the next sentences name.

    "Fares are too high, MPs have said. The Commons transport committee
    said ...": news reports a committee's findings as the MPs' in its lead
    and names the committee after. Only bare "MPs" in the first sentence
    (not "Labour MPs"), and only a committee named in the next two, before
    any other committee.
    """
    members = next(
        (
            found
            for found in clusters.values()
            if found.mentions[0].sentence == 0 and all(_bare_members(m) for m in found.mentions)
        ),
        None,
    )
    if members is None:
        return
    # "a committee of MPs has said": the lead's bare committee is the one named next too.
    leads = [
        key for key, found in clusters.items() if all(_lead_committee(m) for m in found.mentions)
    ]
    committees = sorted(
        (min(m.first for m in found.mentions if _names_committee(m)), key)
        for key, found in clusters.items()
        if key not in leads and any(_names_committee(m) for m in found.mentions)
    )
    if not committees:
        return
    first, key = committees[0]
    opening = next(m for m in clusters[key].mentions if m.first == first)
    if not 0 < opening.sentence <= _LEAD_BODY_REACH or clusters[key] is members:
        return
    for joined in [k for k, found in clusters.items() if found is members] + leads:
        clusters[key].mentions.extend(clusters.pop(joined).mentions)


def _lead_committee(mention: Mention) -> bool:
    """Whether a mention is a bare "committee" in the lead, of no body and with no remit."""
    entry = mention.title_entry
    return (
        mention.kind == "title"
        and mention.sentence == 0
        and mention.organization is None
        and entry is not None
        and entry.words == ("committee",)
        and mention.text.lower() == "committee"
    )


def _bare_members(mention: Mention) -> bool:
    """Whether a mention is bare "MPs" or "a committee of MPs": a group named by its role alone."""
    entry = mention.title_entry
    return (
        mention.kind == "group"
        and mention.organization is None
        and entry is not None
        and entry.words == _MEMBERS
        and mention.text.lower() in _BARE_MEMBERS
    )


_MEMBERS = ("mps",)


_BARE_MEMBERS = frozenset({"mps", "committee of mps"})


def _names_committee(mention: Mention) -> bool:
    """Whether a mention names a committee: "the Public Accounts Committee", "the committee"."""
    if mention.kind == "name":
        return mention.label == "ORG" and "committee" in mention.text.lower().split()
    entry = mention.title_entry
    return mention.kind == "title" and entry is not None and entry.words[-1:] == ("committee",)


def _awaits_a_name(mention: Mention, tree: Tree) -> bool:
    """Whether a role past the lead is one the story names later: definite, of an office."""
    entry = mention.title_entry
    return (
        entry is not None
        and not is_generic_words(canonical_words(entry.words))
        and _definite(mention, tree)
    )


def _definite(mention: Mention, tree: Tree) -> bool:
    """Whether a role opens with "the" or a possessor: "the energy minister", "Opec's chief"."""
    k = _before_modifiers(mention, tree)
    return k >= 0 and (tree.tokens[k].text.lower() == "the" or tree.tokens[k].tag == "POS")


def _in_sentence(body: Cluster, start: int, description: Mention) -> bool:
    """Whether a body is first named in a description's own sentence."""
    return any(m.first == start and m.sentence == description.sentence for m in body.mentions)


def _brought_in(mention: Mention, tree: Tree) -> bool:
    """Whether a description's head takes "a": "a leading retirement think-tank"."""
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    return any(
        tokens[k].dep == "det" and tokens[k].text.lower() in ("a", "an")
        for k in tree.children[head]
    )


def _word_before_modifiers(mention: Mention, tree: Tree) -> str:
    """The word a role opens with, in lower case: "a" in "A former Home Office minister"."""
    k = _before_modifiers(mention, tree)
    return tree.tokens[k].text.lower() if k >= 0 else ""


def _before_modifiers(mention: Mention, tree: Tree) -> int:
    """The token before the words that describe a role ("the Scottish finance minister")."""
    tokens = tree.tokens
    k = mention.first - 1
    while k >= 0 and tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tokens[k].tag != "POS":
        k -= 1
    return k


def _opening(person: Cluster) -> Mention:
    return min(person.mentions, key=lambda m: m.first)
