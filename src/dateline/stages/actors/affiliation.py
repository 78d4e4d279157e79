"""Whom a person acts for, when it is a body (or a person) the article itself names.

A chairman, a director, a founder or a spokesman carries no sector of
their own: the body they speak for gives it ("a director of Amnesty" is
NGO). The lexicons know the well-known bodies; this pass reads the others
from the article's own actors, once every actor is coded: "the head of the
state-owned Velora gas company, Anton Marek", "its founder Ilse Brandt"
(its: the company just named), "Omar Haddad, secretary general of the
council", and "the prime minister's official spokesman" (GOV, as the prime
minister is).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator

from dateline import lexicons
from dateline.records import Actor, Token
from dateline.stages._arguments import ActorIndex
from dateline.stages._gazetteer import is_city
from dateline.stages._tree import SUBJECTS, Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import actor_code, is_roleless
from dateline.stages.actors.evidence import named_apart, served_noun, singular
from dateline.stages.actors.mention import Mention, head_of
from dateline.stages.actors.mention_words import CIVILIANS, DASHES
from dateline.stages.actors.performers import performs

_BODY_DEPS = frozenset({"pobj", "poss", "compound"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_PERSONAL_POSSESSIVES = _POSSESSIVE_PRONOUNS | {"his", "her"}
_OTHERS = frozenset({"counterpart"})
"""Group nouns that name others than the one "its" or "their" means."""
_INTERNATIONAL = "IGO"
_TITLE_REACH = 4
"""How many words before a name a title may start ("the company's founder Ilse ...")."""
_TITLE_RUN = 6
"""How far back a title's own run of words may reach ("Deloitte's chief economic
adviser Roger ...")."""


def with_affiliations(
    actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree, *, mirroring_only: bool = False
) -> tuple[Actor, ...]:
    """``actors`` with the sector (and country) of the named body each roleless person acts for.

    With ``mirroring_only``, only people whose roles mirror another's ("his
    counterpart"), once the others are coded.
    """
    setting = _Setting.of(actors, clusters, tree)
    return tuple(
        actor if mirroring_only and not _mirrors(cluster) else _affiliate(actor, cluster, setting)
        for actor, cluster in zip(actors, clusters, strict=True)
    )


@dataclasses.dataclass(frozen=True)
class _Setting:
    """The article's actors, indexed the ways the passes below look them up."""

    tree: Tree
    index: ActorIndex
    """Tokens to actors, and "its" to the body it means, as the events stage reads them."""
    bodies: dict[str, Actor]
    principals: dict[str, Actor]
    """Whom one may speak for: "the prime minister's official spokesman"."""
    owners: dict[int, str]
    """Token to actor id, for every token of every mention."""
    by_id: dict[str, Actor]

    @classmethod
    def of(cls, actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree) -> _Setting:
        return cls(
            tree=tree,
            index=ActorIndex.build(tree, actors, lexicon.load().demonyms),
            bodies={a.id: a for a in actors if a.kind == "organization" and a.sector},
            principals={a.id: a for a in actors if a.sector},
            # "Marsh chief executive X": a body written only before another's role
            # has no span of its own, but its words are still its.
            owners={
                k: actor.id
                for actor, found in zip(actors, clusters, strict=True)
                for m in found.mentions
                for k in range(m.first, m.last)
            },
            by_id={a.id: a for a in actors},
        )


def _affiliate(actor: Actor, cluster: Cluster, at: _Setting) -> Actor:
    """``actor`` with what the body or person it acts for says of it, by its kind."""
    if actor.kind == "organization":
        return _organ_of(actor, cluster, at.tree, index=at.index, bodies=at.bodies)
    if actor.kind == "group":
        return _group_affiliated(actor, cluster, at)
    return _person_affiliated(actor, cluster, at)


def _group_affiliated(actor: Actor, cluster: Cluster, at: _Setting) -> Actor:
    """A group as the body whose staff or voices it is, or as the one "its" or "their" means."""
    staff = _staff_of_body(actor, cluster, at)
    voices = _voices_within(staff, cluster, at.tree, at.index, at.bodies)
    return _possessed(voices, cluster, at.tree, at.index, at.by_id)


def _person_affiliated(actor: Actor, cluster: Cluster, at: _Setting) -> Actor:
    """A person as the body or person they speak for, or, unnamed, whose they are."""
    speaking = _speaking_for_body_after(actor, cluster, at.tree, at.index, at.bodies)
    affiliated = _affiliated(
        speaking,
        cluster,
        at.tree,
        index=at.index,
        bodies=at.bodies,
        principals=at.principals,
        owners=at.owners,
    )
    return _possessed_if_unnamed(affiliated, cluster, at.tree, at.index, at.by_id)


def _possessed_if_unnamed(
    actor: Actor, cluster: Cluster, tree: Tree, index: ActorIndex, actors: dict[str, Actor]
) -> Actor:
    """A person the text never names placed as a group would be: "Serbia recalled its envoy"."""
    if actor.kind != "person" or any(m.kind == "name" for m in cluster.mentions):
        return actor
    return _possessed(actor, cluster, tree, index, actors)


def _possessed(
    actor: Actor, cluster: Cluster, tree: Tree, index: ActorIndex, actors: dict[str, Actor]
) -> Actor:
    """A group placed in the country of the body or country "its" or "their" means.

    "Russia's defence ministry said its forces had struck ...": the forces
    are Russia's, though the story is filed from Kyiv. Only a group the text
    places nowhere else, whose country was the home default. The armed men
    of an armed side are of that side: "the RSF said its forces", "the
    militia commander ... his men" are rebels, not an army or civilians.
    """
    if any(m.country or m.regional for m in cluster.mentions):
        return actor
    ties = lexicons.word_set("relational_nouns.txt") | _OTHERS
    for m in cluster.mentions:
        head = head_of(tree, m.first, m.last)
        if tree.tokens[head].lemma.lower() in ties:
            return actor  # "their counterparts", "its rivals": others'
        pronoun = next(
            (
                c
                for c in tree.children[head]
                if tree.tokens[c].tag == "PRP$"
                and tree.tokens[c].text.lower() in _PERSONAL_POSSESSIVES
            ),
            None,
        )
        if pronoun is None:
            continue
        owner = actors.get(index.possessor_of(tree, pronoun) or "")
        if owner is None or owner.id == actor.id:
            return actor
        # A side named, or a person: "its" may point past an unnamed one to
        # the last group named ("the ruling junta said its forces").
        armed = (
            owner.sector in _ARMED_SIDES
            and (owner.org is not None or owner.kind in ("person", "organization"))
            and tree.tokens[head].lemma.lower() in _ARMED_MEN
        )
        if not armed and (
            owner.country is None or tree.tokens[pronoun].text.lower() not in _POSSESSIVE_PRONOUNS
        ):
            return actor  # "his supporters": a person's, but of no side the words say
        country = owner.country or actor.country
        sector = owner.sector if armed else actor.sector
        return dataclasses.replace(
            actor, country=country, sector=sector, code=actor_code(country, sector, actor.org)
        )
    return actor


def _staff_of_body(actor: Actor, cluster: Cluster, at: _Setting) -> Actor:
    """A group of a body's own people coded as that body: "staff of the UN office" are the UN's.

    Officials, staff or members "of", "at" or "from" a body the article
    names act for it, as "UN officials" do: an international body's staff
    serve no one country (IGO), a party's members are the party's (PTY).
    So do those a body or a person owns by name ("the ministry's lawyers",
    "the premier's aides", :func:`_named_owner`): whom they act for, not
    their trade, gives their sector, as the gold codes a minister's aides
    (GOV) and a tycoon's lawyers (BUS).
    A firm's staff and workers stay labour (LAB), of where they work.
    The people of a country or a person named after "of" ("staff of the
    president") are left to the other rules; so are a body's critics or
    victims, whose nouns name no staff (staff_nouns.txt).
    """
    if actor.org is not None:
        return actor
    tree = at.tree
    staff = lexicons.word_set("staff_nouns.txt")
    for m in cluster.mentions:
        head = head_of(tree, m.first, m.last)
        if tree.tokens[head].lemma.lower() not in staff:
            continue
        body = _body_after_preposition(tree, head, at.index, at.bodies) or _named_owner(
            tree, head, at
        )
        if body is None or body.id == actor.id:
            continue
        labour = body.sector == COMPANY and actor.sector == _LABOUR
        sector = actor.sector if labour else body.sector
        placed = any(m.country for m in cluster.mentions)
        # Workers at a foreign firm's plant are of where they work, the home
        # country when nothing else places them, not of the firm's head office.
        country = actor.country if placed or (labour and actor.country) else body.country
        org = None if labour else body.org
        return dataclasses.replace(
            actor, sector=sector, country=country, org=org, code=actor_code(country, sector, org)
        )
    return actor


_LABOUR = "LAB"


def _named_owner(tree: Tree, head: int, at: _Setting) -> Actor | None:
    """The body or person whose people a possessive names: "the ministry's lawyers".

    Only an owner named ("Defra's", "the premier's"): "his aides" inside a
    quote are as often the speaker's foe's as his, and "its" or "their" is
    left to :func:`_possessed`. Not a country or a place, whose people are
    its nationals ("Britain's workers").
    """
    owners = (
        at.principals[owner]
        for child in tree.children[head]
        if tree.tokens[child].dep == "poss" and tree.tokens[child].tag != "PRP$"
        for j in range(*tree.subtree(child))
        if (owner := at.index.by_token.get(j)) in at.principals
    )
    return next((o for o in owners if o.kind in _OWNING_KINDS), None)


_OWNING_KINDS = frozenset({"organization", "person"})

_VOICES = frozenset({"critic", "opponent", "sceptic", "skeptic", "dissenter", "dissident"})
"""People who speak against something, whose side the body they sit "in" says."""
_SITTING_IN = frozenset({"in", "within", "inside"})
_BODIES_SAT_IN = frozenset({"LEG", "PTY", "GOV"})


def _voices_within(
    actor: Actor, cluster: Cluster, tree: Tree, index: ActorIndex, bodies: dict[str, Actor]
) -> Actor:
    """Critics "in" a parliament, a party or a government are of that body.

    "Critics in Congress accused the government ...": members of Congress
    (LEG), not private people; "opponents within the party" are the
    party's. "Critics of the plan" are no one's but their own.
    """
    if actor.org is not None or actor.sector != "CVL":
        return actor
    for m in cluster.mentions:
        head = head_of(tree, m.first, m.last)
        if tree.tokens[head].lemma.lower() not in _VOICES:
            continue
        named = (bodies[a] for a in _named_after(tree, head, index, _SITTING_IN) if a in bodies)
        body = next((b for b in named if b.sector in _BODIES_SAT_IN), None)
        if body is not None:
            country = actor.country if any(c.country for c in cluster.mentions) else body.country
            return dataclasses.replace(
                actor,
                sector=body.sector,
                country=country,
                code=actor_code(country, body.sector, None),
            )
    return actor


def _body_after_preposition(
    tree: Tree, head: int, index: ActorIndex, bodies: dict[str, Actor]
) -> Actor | None:
    """The body named after "of", "at" or "from" on a noun: "officials of the UN office"."""
    named = _named_after(tree, head, index, _AFFILIATION_WORDS)
    return next((bodies[actor] for actor in named if actor in bodies), None)


def _named_after(
    tree: Tree, head: int, index: ActorIndex, prepositions: frozenset[str]
) -> Iterator[str]:
    """The actors named after one of ``prepositions`` on a noun, in order.

    Not a place a body is named by: "the Archbishop of Westminster" holds a
    see, not a seat in Parliament.
    """
    tokens = tree.tokens
    for link in tree.children[head]:
        if tokens[link].dep != "prep" or tokens[link].text.lower() not in prepositions:
            continue
        for obj in tree.children[link]:
            if tokens[obj].dep != "pobj":
                continue
            for j in range(*tree.subtree(obj)):
                actor = index.by_token.get(j)
                if actor is not None and not _a_place(tree, j):
                    yield actor


def _a_place(tree: Tree, token: int) -> bool:
    return tree.tokens[token].ent_type in _PLACE_LABELS or is_city(tree.tokens[token].text)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_AFFILIATION_WORDS = frozenset({"of", "at", "from"})
_OF = frozenset({"of"})


_ARMED_SIDES = frozenset({"REB", "MIL"})
_ARMED_MEN = frozenset(
    {"force", "man", "fighter", "troop", "soldier", "militiaman", "gunman", "loyalist",
     "commander", "officer", "leader"}
)  # fmt: skip
"""Words for the armed men of a side, and those who lead them, who are of the side that
owns them: "one of its commanders" of an armed group is the group's, no army's."""


def _affiliated(  # noqa: PLR0913 - the article's actors, seen two ways
    actor: Actor,
    cluster: Cluster,
    tree: Tree,
    *,
    index: ActorIndex,
    bodies: dict[str, Actor],
    principals: dict[str, Actor],
    owners: dict[int, str],
) -> Actor:
    if actor.kind != "person" or actor.org is not None or _roleless_performer(actor, cluster, tree):
        return actor
    if not any(m.country for m in cluster.mentions):
        # "Marsh chief executive X", where "US insurer Marsh" placed the firm:
        # the body a person acts for places him when nothing in the text does
        # (the article's home country is only a default).
        actor = _placed_by_body(actor, cluster, tree, owners=owners, bodies=bodies, index=index)
    # "Its chief executive": a role any body has ("chief executive", BUS when
    # no body is named) is the body's that "its" means, as it would be the
    # body's named beside it ("Oxfam's chief executive").
    owned = not _open(actor, cluster) and _held_in_any_body(cluster)
    officer = owned and _an_officer(cluster)
    if not _open(actor, cluster) and not owned:
        return actor
    beside = _beside(
        actor,
        cluster,
        tree,
        index=index,
        bodies=bodies,
        principals=principals,
        owned=owned,
        officer=officer,
    )
    heads = actor.sector is None and not owned and _heads_a_firm(cluster)
    kind = _kind_of_body(cluster, tree) if heads else None
    if kind is None and beside is None and (owned or actor.sector is None):
        # "the hospital trust's chief executive", "the union's general
        # secretary": a role of a body named by its kind only is of that kind's sector.
        kind = _kind_owning(cluster, tree)
    body: Actor | str | None = beside
    if kind is not None and (beside is None or _scrutinised(beside, kind)):
        # "... the MPs found. Committee chairman X said": the kind of body the
        # title of one who heads it names says whom he speaks for, not the
        # body named just before. (A portfolio is no body: "local government
        # spokesman".)
        body = kind
    elif body is None:
        body = _unnamed_body(actor, cluster, tree, index.by_token, bodies, owned=owned)
    if isinstance(body, str):
        return _with_sector(actor, body)
    if body is None:
        if actor.sector is None and _heads_a_firm(cluster):
            # "Arsenal vice-chairman X", "former finance chief Y": the body is
            # one no lexicon knows, or none is named, and such a body is most
            # often a company, as an unknown body named alone is coded.
            return _with_sector(actor, _unnamed_body_sector(cluster, tree))
        return actor
    country = _country_by_body(actor, cluster, body)
    # One who sits on an international body is coded by it: "IGOEUC".
    org = body.org if body.sector == "IGO" else None
    return dataclasses.replace(
        actor,
        sector=body.sector,
        country=country,
        org=org,
        code=actor_code(country, body.sector, org),
    )


def _unnamed_body_sector(cluster: Cluster, tree: Tree) -> str:
    """The sector of the body one who runs it serves, when the article names none.

    The kind of body the words say, else a firm, the likeliest; but a bare
    "director" in a story of a film directed it ("Director X said the film's
    release ..."): a film-maker, a private person (CVL) as the gold codes
    film-makers, not a firm's director.
    """
    if _directs_the_film(cluster, tree):
        return CIVILIANS
    return _kind_of_body(cluster, tree) or COMPANY


_FILM_WORDS = frozenset({"film", "movie"})
_FILM_STORY = 3
"""How often a story must speak of a film or a movie to be one of a film."""


def _directs_the_film(cluster: Cluster, tree: Tree) -> bool:
    """Whether a person's one role is a bare "director" in a story that tells of a film."""
    entries = {m.title_entry.words for m in cluster.mentions if m.title_entry}
    if entries != {("director",)}:
        return False
    told = sum(token.lemma.lower() in _FILM_WORDS for token in tree.tokens)
    return told >= _FILM_STORY


def _speaking_for_body_after(
    actor: Actor, cluster: Cluster, tree: Tree, index: ActorIndex, bodies: dict[str, Actor]
) -> Actor:
    """``actor`` in the sector (and country) of the body named after them, when it says more."""
    if actor.kind != "person" or actor.org is not None:
        return actor
    spoken_for = _body_named_after(actor, cluster, tree, index, bodies)
    if spoken_for is None:
        return actor
    country = _country_by_body(actor, cluster, spoken_for)
    sector = spoken_for.sector
    return dataclasses.replace(
        actor, sector=sector, country=country, code=actor_code(country, sector, None)
    )


def _body_named_after(
    actor: Actor, cluster: Cluster, tree: Tree, index: ActorIndex, bodies: dict[str, Actor]
) -> Actor | None:
    """The body a person with no role is named "of", when only its name's words gave a sector.

    "Asha Rao of Fair Vote Now, which campaigns for ...": the words of a
    body's name made a first guess (a firm, when they say nothing); the
    body as the article codes it, from all it says of it, is whom she
    speaks for.
    """
    if any(m.title_entry for m in cluster.mentions):
        return None
    guesses = {m.affiliation_sector for m in cluster.mentions} - {None}
    if actor.sector not in guesses:
        return None
    for m in cluster.mentions:
        if m.kind != "name":
            continue
        body = _body_after_preposition(tree, head_of(tree, m.first, m.last), index, bodies)
        if body is not None and body.id != actor.id and body.sector != actor.sector:
            return body
    return None


def _country_by_body(actor: Actor, cluster: Cluster, body: Actor) -> str | None:
    """A person's country, given the body they act for."""
    if any(m.country for m in cluster.mentions):
        return actor.country or body.country
    if body.sector == _INTERNATIONAL:
        # "EC spokeswoman Marja Lind": the country the article is about was only
        # a default, and an international body's staff serve no one country.
        return body.country
    if body.sector in _ARMED and body.country:
        # "Khalifa Haftar's Libyan National Army": a force's commander is of
        # its country, whatever the article's home.
        return body.country
    return actor.country or body.country


def _organ_of(
    actor: Actor, cluster: Cluster, tree: Tree, *, index: ActorIndex, bodies: dict[str, Actor]
) -> Actor:
    """A body no lexicon knows, as the international body it is set beside as an organ of.

    "the Venice Commission, the Council of Europe's advisory body": the
    Council of Europe's, coded as it is (IGOCOE), not a government body of
    the country the article is about.
    """
    if actor.org is not None:
        return actor
    for m in cluster.mentions:
        if m.kind != "name":
            continue
        head = head_of(tree, m.first, m.last)
        for organ in tree.children[head]:
            if tree.tokens[organ].dep != "appos":
                continue
            for owner_token in tree.children[organ]:
                owner = bodies.get(index.by_token.get(owner_token, ""))
                if (
                    tree.tokens[owner_token].dep in ("poss", "compound")
                    and owner is not None
                    and owner.id != actor.id
                    and owner.sector == _INTERNATIONAL
                ):
                    return dataclasses.replace(
                        actor,
                        sector=owner.sector,
                        country=owner.country,
                        org=owner.org,
                        code=owner.code,
                    )
    return actor


_PARTY = "PTY"


def _party_owned(
    actor: Actor, cluster: Cluster, tree: Tree, index: ActorIndex, principals: dict[str, Actor]
) -> Actor | None:
    """The party or force a person with no role is written as owning: "Kilroy-Silk's Veritas".

    News names a small party by the figure who leads or founded it, and an
    armed force or faction by its commander ("Joseph Kony's Lord's
    Resistance Army", "Khalifa Haftar's Libyan National Army").
    """
    if not is_roleless(actor):
        return None
    for m in cluster.mentions:
        if m.kind != "name" or not m.possessor:
            continue
        owned = index.by_token.get(tree.tokens[head_of(tree, m.first, m.last)].head)
        body = principals.get(owned or "")
        if body is not None and body.kind != "person" and body.sector in _LED_BY_NAME:
            return body
    return None


_ARMED = frozenset({"MIL", "REB"})
_LED_BY_NAME = _ARMED | {_PARTY}
"""Sectors of the bodies news names by the one who leads them."""


def _beside(  # noqa: PLR0913 - the article's actors, seen two ways
    actor: Actor,
    cluster: Cluster,
    tree: Tree,
    *,
    index: ActorIndex,
    bodies: dict[str, Actor],
    principals: dict[str, Actor],
    owned: bool,
    officer: bool = False,
) -> Actor | None:
    """The body named where a person's role is given, else whose role it is, else their party.

    With ``owned``, only the body the role is held in: the one "its" means,
    and, for an ``officer``, one named in the role's own words.
    """
    holds = functools.partial(_holds_the_role, officer=officer) if owned else None
    named = (
        bodies[owner]
        for m in cluster.mentions
        if m.kind == "name"
        for owner in _bodies_beside(m, tree, index, holds=holds)
        if owner in bodies and owner != actor.id
    )
    # "The Kenyan government rejected it. Its spokesman X said": a government
    # "its" means is a body, though the article codes it as its country. Only
    # for a voice: "its founder" is a firm's, whatever "its" was read as.
    governed = (
        principals[owner]
        for m in cluster.mentions
        if m.kind == "name" and _speaks_for_others(cluster)
        for owner in _meant_by_its(m, tree, index)
        if owner in principals and _a_government(principals[owner])
    )
    headed = (
        bodies[owner]
        for m in cluster.mentions
        if m.kind == "title"
        # "the head of the Mossad": a role alone is the body's it is "of".
        for owner in _named_after(tree, head_of(tree, m.first, m.last), index, _OF)
        if owner in bodies and owner != actor.id
    )
    possessed = (
        principals[owner]
        for m in cluster.mentions
        if not owned
        for owner in _principals(m, tree, index)
        if owner in principals
        and owner != actor.id
        and (m.kind == "title" or principals[owner].kind == "person")
    )
    if _mirrors(cluster):
        # "his counterpart on the DCA committee": whose counterpart, not the body named.
        named, possessed = possessed, named
    return (
        next(named, None)
        or next(governed, None)
        or next(headed, None)
        or next(possessed, None)
        or _party_owned(actor, cluster, tree, index, principals)
    )


def _with_sector(actor: Actor, sector: str) -> Actor:
    return dataclasses.replace(actor, sector=sector, code=actor_code(actor.country, sector, None))


def _unnamed_body(  # noqa: PLR0913 - the article's actors, seen two ways
    actor: Actor,
    cluster: Cluster,
    tree: Tree,
    owners: dict[int, str],
    bodies: dict[str, Actor],
    *,
    owned: bool,
) -> Actor | str | None:
    """The body a person acts for when none is named beside their name, or its kind's sector.

    The one body of the kind the role names, else the body named just before
    a spokesman or a director, else the body the person is said to lead.
    """
    if actor.sector is None and not owned:
        before = (
            _body_in_title(cluster, tree, bodies)
            # "The Commission fined Korvex ... Competition Commissioner X said
            # the firm ...": a commissioner sits on the commission, not the
            # firm named just before him.
            or _body_of_role(cluster, bodies)
            or _body_before(cluster, tree, owners, bodies)
            or _leading_body(cluster, bodies)
        )
        if before is not None:
            return before
    if is_roleless(actor):
        # "X, who chairs the Commons public accounts committee" (LEG), "X,
        # who heads Korvex": the body the person is said to lead.
        return _led_body(cluster, tree, owners, bodies)
    return None


def _placed_by_body(  # noqa: PLR0913 - the article's actors, seen three ways
    actor: Actor,
    cluster: Cluster,
    tree: Tree,
    *,
    owners: dict[int, str],
    bodies: dict[str, Actor],
    index: ActorIndex,
) -> Actor:
    """``actor`` placed in the country of the body named in their title, before or beside them."""
    tokens = tree.tokens
    for m in cluster.mentions:
        if m.kind != "name" or m.title_entry is None:
            continue
        # "X, Turkcell's chief operating officer,": the body in apposition.
        beside = next(
            (
                bodies[owner].country
                for owner in _bodies_beside(m, tree, index)
                if owner in bodies and owner != actor.id and bodies[owner].country
            ),
            None,
        )
        if beside is not None:
            return _placed_in(actor, beside)
        sentence_start = tree.sentence_span(m.sentence)[0]
        run = _title_run(tree, m.first, sentence_start)
        for j in range(run, m.first):
            named = _body_named_at(tree, j, bodies)
            body = named or bodies.get(owners.get(j, ""))
            if body is not None and body.country and (named or tokens[j].dep in _BODY_DEPS):
                return _placed_in(actor, body.country)
        described = _body_described_before(tree, run, m.first, bodies)
        if described is not None and described.country:
            return _placed_in(actor, described.country)
    ministry = _country_of_the_ministry(cluster, bodies, tree)
    return actor if ministry is None else _placed_in(actor, ministry)


def _placed_in(actor: Actor, country: str) -> Actor:
    """``actor`` placed in ``country``, its code to match."""
    return dataclasses.replace(
        actor, country=country, code=actor_code(country, actor.sector, actor.org)
    )


def _country_of_the_ministry(cluster: Cluster, bodies: dict[str, Actor], tree: Tree) -> str | None:
    """The country of the ministry of a minister's portfolio named just before them.

    "The French foreign ministry said ... Foreign Minister X thanked Oman":
    a foreign minister the text places nowhere heads the foreign ministry it
    has just placed, in a story filed from elsewhere. Only a ministry named
    in the minister's sentence or the one before, and of one country.
    """
    first = cluster.mentions[0]
    portfolios = {
        (*m.title_entry.words[:-1], "ministry")
        for m in cluster.mentions
        if m.title_entry is not None and m.title_entry.words[-1:] == ("minister",)
    }
    start = tree.sentence_span(max(first.sentence - 1, 0))[0]
    near = (tree.tokens[start].start, first.start)
    countries = {
        body.country
        for body in bodies.values()
        for words in (tuple((body.title or "").lower().split()),)
        if body.country
        and any(words[-len(p) :] == p for p in portfolios)
        and any(near[0] <= span[0] < near[1] for span in body.mentions)
    }
    return countries.pop() if len(countries) == 1 else None


def _body_described_before(
    tree: Tree, first: int, last: int, bodies: dict[str, Actor]
) -> Actor | None:
    """The body a title's opening words describe as the text did just before, if one did.

    "Rwanda's foreign ministry rejected ... foreign ministry spokeswoman X":
    the ministry named last in those words is the one she speaks for, and
    its country hers, whatever country the story is filed from.
    """
    best: tuple[int, Actor] | None = None
    said = [t.text.casefold() for t in tree.tokens[first:last]]
    start = tree.tokens[first].start if first < last else 0
    for body in bodies.values():
        for s, e in body.mentions:
            words = tree.text[s:e].casefold().split()
            spelled = any(
                said[j : j + len(words)] == words for j in range(len(said) - len(words) + 1)
            )
            if len(words) >= 2 and s < start and spelled and (best is None or s > best[0]):
                best = (s, body)
    return best[1] if best else None


def _body_named_at(tree: Tree, j: int, bodies: dict[str, Actor]) -> Actor | None:
    """The body the article names that a word of a title spells.

    "Marsh chief executive X": the model may leave the firm's name untagged
    there; it is the body the article named so.
    """
    token = tree.tokens[j]
    return next(
        (
            b
            for b in bodies.values()
            if b.kind == "organization"
            and token.text
            in {
                b.name,
                # "Korvex" for "Korvex Resources", where the model reads a name.
                *b.name.split()[: token.pos == "PROPN"],
                *(tree.text[s:e] for s, e in b.mentions),
            }
        ),
        None,
    )


def _body_in_title(cluster: Cluster, tree: Tree, bodies: dict[str, Actor]) -> Actor | None:
    """The body a person's own title names before their name, where the model left it untagged.

    "Velora general secretary X", "Caring Trust executive director Y": the
    body in the title, not the last body named before it, whose role it is.
    """
    for m in cluster.mentions:
        if m.kind != "name" or m.title_entry is None:
            continue
        sentence_start = tree.sentence_span(m.sentence)[0]
        for j in range(_title_run(tree, m.first, sentence_start), m.first):
            named = _body_named_at(tree, j, bodies)
            if named is not None:
                return named
    return None


def _body_before(
    cluster: Cluster, tree: Tree, owners: dict[int, str], bodies: dict[str, Actor]
) -> Actor | None:
    """The body named last before a person whose role only a body gives.

    "Amnesty International said ... , said director Kate Allen": a director,
    a spokesman or a chairman the text ties to no body speaks for the one it
    has just named, in that sentence or the one before.
    """
    titled = next((m for m in cluster.mentions if m.title_entry is not None), None)
    if titled is None or titled.title_entry is None:
        return None
    # "... the Liberal Democrats ... But leader X believes": a leader no
    # country places leads the body just named.
    leader = titled.title_entry.words[-1:] == ("leader",) and titled.country is None
    if titled.title_entry.scope != "org" and not leader:
        return None
    start = tree.sentence_span(max(titled.sentence - 1, 0))[0]
    # "The RMT union ... after Network Rail announced cuts. General secretary
    # X said": a firm has no general secretary; the union named before it does.
    firmless = titled.title_entry.words in _NO_FIRMS_OFFICES
    named = [
        j
        for j in range(titled.first - 1, start - 1, -1)
        if j in owners
        and owners[j] in bodies
        and not (firmless and bodies[owners[j]].sector == COMPANY)
    ]
    if not named:
        return None
    # "A report by the Commons committee asked for the board to be shut
    # down. Chairman X said": the body the sentence before was about, its
    # subject or the maker of its report, speaks next, not the one it acted
    # on. A body named in the role's own sentence is still the nearest one's.
    j = named[0]
    if j < tree.sentence_span(titled.sentence)[0]:
        j = next((k for k in named if _told_about(tree, k)), j)
    return bodies[owners[j]]


def _told_about(tree: Tree, k: int) -> bool:
    """Whether token ``k`` is a finite clause's subject, or the agent of one ("a report by X")."""
    token = tree.tokens[k]
    if token.dep in SUBJECTS:
        # "asked for the board to be shut down": the subject of an
        # infinitive is what the clause wants done to it, not its teller.
        return not any(tree.tokens[c].tag == "TO" for c in tree.children[token.head])
    by = tree.tokens[token.head]
    return (
        token.dep == "pobj"
        and by.text.lower() == "by"
        and (by.dep == "agent" or tree.tokens[by.head].dep in _TELLERS)
    )


_TELLERS = SUBJECTS | {"ROOT"}
"""Dependencies of a noun a "by" phrase gives its maker, when the noun tells: the
subject, or the root the parser makes of it when it reads the verb as the noun's
clause ("A report by X called for ...")."""


_NO_FIRMS_OFFICES = frozenset(
    {("general", "secretary"), ("secretary", "general"), ("secretary-general",)}
)
"""Offices of unions, parties and international bodies that no company has."""


def _leading_body(cluster: Cluster, bodies: dict[str, Actor]) -> Actor | None:
    """The body the article is about, for a role only a body gives that no body is near.

    "General secretary X said" in a story about a union, told from its
    report: the union, when the article names it more often than any other
    body and more than once. Only a party or a union: a story about a firm
    or an international body quotes the staff of many others.
    """
    if not all(
        m.title_entry.scope == "org" for m in cluster.mentions if m.title_entry is not None
    ) or not any(m.title_entry is not None for m in cluster.mentions):
        return None
    ranked = sorted(
        (b for b in bodies.values() if b.kind == "organization"),
        key=lambda b: len(b.mentions),
        reverse=True,
    )
    if not ranked or len(ranked[0].mentions) < _LEADING_MENTIONS:
        return None
    if ranked[0].sector not in _MEMBERS_BODIES:
        return None
    if len(ranked) > 1 and len(ranked[1].mentions) == len(ranked[0].mentions):
        return None
    return ranked[0]


_LEADING_MENTIONS = 2
_MEMBERS_BODIES = frozenset({"PTY", "LAB"})


_ROLE_BODIES: dict[tuple[str, ...], str] = {("commissioner",): "commission"}
"""Roles named for the kind of body they sit on: a commissioner sits on a commission."""


def _body_of_role(cluster: Cluster, bodies: dict[str, Actor]) -> Actor | None:
    """The one body of the article its kind's role names, when the role names no body.

    "Transport Commissioner X" in a story about the European Commission is
    one of its commissioners, however far from his name the Commission is
    named; not where the article names two commissions.
    """
    kinds = {
        kind
        for m in cluster.mentions
        if m.title_entry is not None and (kind := _ROLE_BODIES.get(m.title_entry.words[-1:]))
    }
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    named = [b for b in bodies.values() if b.name.lower().split()[-1:] == [kind]]
    return named[0] if len(named) == 1 else None


_FIRM_ROLES = frozenset(
    {
        ("chairman",),
        ("chairwoman",),
        ("chief",),
        ("boss",),
        ("founder",),
        ("treasurer",),
        ("director",),
    }
)
"""Roles that head or run a body, which no lexicon gives a sector of its own ("former
director Tom Hale", of no body named, sat on a company's board)."""


def _heads_a_firm(cluster: Cluster) -> bool:
    """Whether a person's roles are all of those that run a body, with no sector of their own."""
    entries = [m.title_entry for m in cluster.mentions if m.title_entry]
    return bool(entries) and all(e.sector is None and e.words in _FIRM_ROLES for e in entries)


_CLAUSE_SUBJECTS = frozenset({"name", "pronoun"})
"""Mentions whose clauses may tell whom a person works for: the name and the pronouns
("he", "the 52-year-old") resolved to it, never a role, which is someone's by its own words."""

_LEADING_VERBS = frozenset({"head", "chair", "lead", "run", "found", "own", "manage", "join"})
"""Verbs that say whom a person leads or serves: "X, who heads the agency"; one who
joined a body ("X joined Korvex as a trader") works for it."""


def _led_body(
    cluster: Cluster, tree: Tree, owners: dict[int, str], bodies: dict[str, Actor]
) -> Actor | str | None:
    """The body a person is said to lead, or the sector of its kind, in a clause on their name.

    "X, who heads Korvex": Korvex; "X, who chairs the committee" or "who is
    chairman of the committee": LEG, the sector of a committee, when the
    article names no such body. The clause the name is the subject of says
    it too: "Mr X headed the Korvex group", and so does a passive one whose
    agent the name is: "Korvex, set up by X". So does a clause whose subject
    is a pronoun coreference gave the person: news names someone first and
    tells their role later, "... while he was finance chief at Korvex".
    """
    words = lexicon.load().org_words
    for m in cluster.mentions:
        if m.kind not in _CLAUSE_SUBJECTS or (m.kind == "pronoun" and m.quoted):
            # A "he" in a quotation is the speaker's word for someone, and
            # whom it means is the weakest guess coreference makes.
            continue
        for obj in _objects_led_by(tree, head_of(tree, m.first, m.last), m.last):
            first, last = tree.subtree(obj)
            found = next(
                (bodies[owners[j]] for j in range(first, last) if owners.get(j) in bodies),
                None,
            )
            kind = _body_word_sector(tree, obj, words)  # "the insurer Velmar Mutual"
            if found is not None or kind is not None:
                return found or kind
            # "X has been on trial": no body, so read on.
    return None


def _objects_led_by(tree: Tree, head: int, end: int) -> Iterator[int]:
    """The bodies the clauses on a name (ending at ``end``) say its person leads or works for."""
    tokens = tree.tokens
    clauses = [c for c in tree.children[head] if tokens[c].dep == "relcl"]
    who = _who_after(tree, end)
    if who is not None and tokens[who].head not in clauses:
        clauses.append(tokens[who].head)
    if tokens[head].dep == "nsubj" and tokens[head].head != head:
        clauses.append(tokens[head].head)
    for clause in clauses:
        if _only_possible(tree, clause):
            continue
        yield from _led_objects(tree, clause)
        for told in _told_clauses(tree, clause):
            yield from _led_objects(tree, told)
    founded = _founded_by(tree, head)
    if founded is not None:
        yield founded


_RELATIVE_SUBJECTS = frozenset({"who", "that"})


def _who_after(tree: Tree, end: int) -> int | None:
    """The "who" that opens a clause on the name ending at ``end``: "Ann Cole, who ...".

    "Who" means a person, and the one named just before its comma: the
    parser may hang the clause on a noun before the name ("charges in a
    court against Ann Cole, who ..."), and the clause is hers all the same.
    """
    tokens = tree.tokens
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    who = end + 1
    if tokens[who].text.lower() != "who" or tokens[who].dep != "nsubj":
        return None
    return who


_POSSIBILITY = frozenset({"could", "might", "may", "would", "should"})
"""Modals by which a clause tells what may be, not what a person does: "he could join Korvex"."""


def _only_possible(tree: Tree, verb: int) -> bool:
    """Whether a clause only says a person may lead or join a body: "he could join Korvex"."""
    tokens = tree.tokens
    return any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in _POSSIBILITY
        for c in tree.children[verb]
    )


def _infinitive(tree: Tree, verb: int) -> bool:
    """Whether a verb is a bare or a "to" infinitive: a wish or a plan, no deed told."""
    tokens = tree.tokens
    return tokens[verb].tag == "VB" and not any(
        tokens[c].dep == "aux" and tokens[c].tag == "MD" for c in tree.children[verb]
    )


def _told_clauses(tree: Tree, clause: int) -> Iterator[int]:
    """The clauses a relative clause reports of its person: "who they say ran Korvex".

    Charges and claims name a role by who tells it ("X, who the SEC says
    headed its sales arm", "X, who police believe led the gang"): the
    relative pronoun is the subject of the clause told, not of the saying
    verb. Only a tensed clause with no subject of its own, or "who" as it,
    is told of the person: "who wants to run the firm" says no role ("who
    police say will run it" does).
    """
    tokens = tree.tokens
    for told in tree.children[clause]:
        if tokens[told].dep not in ("ccomp", "xcomp") or _infinitive(tree, told):
            continue
        subjects = [c for c in tree.children[told] if tokens[c].dep in ("nsubj", "nsubjpass")]
        if all(tokens[c].text.lower() in _RELATIVE_SUBJECTS for c in subjects):
            yield told


_FOUNDING_VERBS = frozenset({"found", "create", "establish", "form"})
"""Verbs whose passive names a body's founder as its agent: "the firm was founded by X"."""


def _founded_by(tree: Tree, head: int) -> int | None:
    """The body a passive verb of founding says the name set up, when the name is its agent.

    Business news names a firm's founder by what he did, with no role:
    "Air Volta, set up by former pilot X", "the consortium was created by
    X", "the bank, which was founded by X". He acts for what he founded (a
    firm, a charity, a party), as one "who founded" it does. A founder listed
    after others in the "by" phrase ("by a pilot and farmer X") is its agent too.
    """
    tokens = tree.tokens
    while tokens[head].dep == "conj" and tokens[head].head != head:
        head = tokens[head].head
    by = tokens[head].head
    if tokens[head].dep != "pobj" or tokens[by].dep != "agent":
        return None
    verb = tokens[by].head
    if tokens[verb].tag != "VBN" or not _founding(tree, verb):
        return None
    if tokens[verb].dep in ("acl", "relcl"):
        return tokens[verb].head  # "Air Volta, set up by X", "the bank which was founded by X"
    return next((c for c in tree.children[verb] if tokens[c].dep == "nsubjpass"), None)


def _founding(tree: Tree, verb: int) -> bool:
    """Whether a verb says a body was founded: "founded", "created", "set up"."""
    lemma = tree.tokens[verb].lemma.lower()
    if lemma == "set":
        return any(
            tree.tokens[c].dep == "prt" and tree.tokens[c].text.lower() == "up"
            for c in tree.children[verb]
        )
    return lemma in _FOUNDING_VERBS


_MEMBERS_PHRASES = frozenset(
    {("be", "on"), ("sit", "on"), ("serve", "on"), ("work", "for"), ("work", "at"),
     ("remain", "with"), ("stay", "with")}
)  # fmt: skip
"""Verbs and prepositions that say of which body a person is one: "X, who sits on the
board", "X, who works for the insurer Velmar" (staff are coded by their employer); one
who "remains with" a firm still works for it."""

_HEADING_ROLES = frozenset({"chairman", "chairwoman", "chair", "head", "leader", "president"})
"""Roles that lead a body: "who is chairman of the committee"."""


def _led_objects(tree: Tree, clause: int) -> Iterator[int]:
    """The bodies a relative clause says its person leads or serves.

    "Who heads X", "who is head of X", "who sits on X", "who works for X".
    """
    tokens = tree.tokens
    lemma = tokens[clause].lemma.lower()
    for child in tree.children[clause]:
        if lemma in _LEADING_VERBS and tokens[child].dep == "dobj":
            yield child
        elif (
            tokens[child].dep == "prep" and (lemma, tokens[child].text.lower()) in _MEMBERS_PHRASES
        ):
            # "who is on Labour's ruling NEC", "who sits on the committee": a
            # member speaks for the body as its head does, and one who works
            # for it as its staff.
            yield from (c for c in tree.children[child] if tokens[c].dep == "pobj")
        elif lemma == "be" and tokens[child].dep == "attr" and _body_role(tree, child):
            # "who was chief executive of Korvex"; the parser may hang "at
            # Korvex" on the verb ("who was finance chief at Korvex").
            for prep in (*tree.children[child], *tree.children[clause]):
                if tokens[prep].dep == "prep" and tokens[prep].text.lower() in _ROLE_PREPOSITIONS:
                    yield from (c for c in tree.children[prep] if tokens[c].dep == "pobj")


_ROLE_PREPOSITIONS = frozenset({"of", "at", "in", "within", "with"})
"""Prepositions after a role that name the body it is held in: "chief executive at Korvex",
"an official within the ministry", "a trader with Korvex"."""
_ROLE_WORD_DEPS = frozenset({"compound", "amod"})


def _body_role(tree: Tree, noun: int) -> bool:
    """Whether a predicate noun is a role held in a body: "who was chief financial officer".

    A role that leads a body ("chairman", "head"), or one any body has and
    that carries no place of its own (titles.tsv scope "any" or "org"): what
    the text says the person is of a firm or a charity then codes them, as
    the same title before their name would.
    """
    tokens = tree.tokens
    if tokens[noun].lemma.lower() in _HEADING_ROLES:
        return True
    before = [c for c in tree.children[noun] if c < noun and tokens[c].dep in _ROLE_WORD_DEPS]
    words = (*(tokens[k].text for k in before), tokens[noun].text)
    title = lexicon.load().title(words) or lexicon.load().title(words[-1:])
    return title is not None and title.scope in ("any", "org")


def _kind_of_body(cluster: Cluster, tree: Tree) -> str | None:
    """The sector of the kind of body a title names: "the committee's chairman" (LEG).

    "Committee chairman X" names it before the title.
    """
    words = lexicon.load().org_words
    tokens = tree.tokens
    for m in cluster.mentions:
        if m.title_entry is None:
            continue
        head = head_of(tree, m.first, m.last)
        # "Committee chairman X": the body's word before the title.
        titles = [c for c in tree.children[head] if tokens[c].dep == "compound"]
        for child in [*tree.children[head], *(g for t in titles for g in tree.children[t])]:
            owner = child
            if tokens[child].dep == "prep" and tokens[child].text.lower() == "of":
                owner = next((c for c in tree.children[child] if tokens[c].dep == "pobj"), child)
            elif tokens[child].dep not in ("poss", "compound") or child in titles:
                continue
            sector = words.get(tokens[owner].lemma.lower())
            if sector is not None:
                return sector
    return None


def _kind_owning(cluster: Cluster, tree: Tree) -> str | None:
    """The sector of the kind of body a title's possessive names: "the union's" (LAB).

    Not a firm's: a word for a business ("group", "firm") says too little of
    a body the text describes ("the political reform group's"), and a role
    any body has is a firm's already when nothing else says whose.
    """
    words = lexicon.load().org_words
    for m in cluster.mentions:
        if m.title_entry is None:
            continue
        head = head_of(tree, m.first, m.last)
        for owner in tree.children[head]:
            if tree.tokens[owner].dep == "poss" and tree.tokens[owner].pos == "NOUN":
                sector = _body_word_sector(tree, owner, words)
                if sector is not None:
                    return None if sector == COMPANY else sector
    return None


def _body_word_sector(tree: Tree, noun: int, words: dict[str, str]) -> str | None:
    """The sector a body's noun says, read with the nouns before it: "hospital trust" (HLH).

    A pair is read before the noun alone ("health board"), and a noun no
    list knows by the word before it that one does ("the hospital trust's
    chief executive").
    """
    lemma = tree.tokens[noun].lemma.lower()
    before = [
        tree.tokens[c].lemma.lower()
        for c in tree.children[noun]
        if c < noun and tree.tokens[c].dep == "compound"
    ]
    pairs = (words.get(f"{b} {lemma}") for b in before)
    return (
        next((s for s in pairs if s), None)
        or words.get(lemma)
        or next((s for b in before if (s := words.get(b))), None)
    )


_LEGISLATURE = "LEG"
_SCRUTINISED = frozenset({"GOV", "BUS"})


def _scrutinised(body: Actor, kind: str) -> bool:
    """Whether a body named in a committee's title is only what the committee oversees.

    "ODPM committee chairman X", "Treasury committee member Y": a committee
    named for a department or a firm is Parliament's, which scrutinises it.
    """
    return kind == _LEGISLATURE and body.sector in _SCRUTINISED


def _roleless_performer(actor: Actor, cluster: Cluster, tree: Tree) -> bool:
    """Whether a person no role ties to a body is shown performing: "a comedy starring X".

    The film or band named beside a performer ("The Lantern, starring X")
    is what they perform in, not a body they act for: they stay civilians.
    """
    return is_roleless(actor) and any(
        m.kind == "name" and performs(tree, head_of(tree, m.first, m.last))
        for m in cluster.mentions
    )


def _open(actor: Actor, cluster: Cluster) -> bool:
    """Whether a person's sector is still for the body they act for to give."""
    entries = [m.title_entry for m in cluster.mentions if m.title_entry]
    if not entries:
        return actor.sector is None or is_roleless(actor)
    if all(e.scope in ("org", "any") for e in entries) and any(e.sector is None for e in entries):
        # "Chief executive X, the head of the agency": a role held in a body,
        # of no sector of its own, is the body's, whatever sector a role any
        # body has ("chief executive", a firm's when no body is named) gives alone.
        return True
    return all(
        (e.sector is None and e.scope in ("org", "any")) or e.words in lexicon.MIRRORING
        for e in entries
    )


def _mirrors(cluster: Cluster) -> bool:
    """Whether a person's roles are all ones that mirror whose they are ("counterpart")."""
    entries = [m.title_entry for m in cluster.mentions if m.title_entry]
    return bool(entries) and all(e.words in lexicon.MIRRORING for e in entries)


def _held_in_any_body(cluster: Cluster) -> bool:
    """Whether a person's roles are all of a kind any body has, and nothing places them."""
    entries = [m.title_entry for m in cluster.mentions if m.title_entry]
    return (
        bool(entries)
        and all(e.scope == "any" for e in entries)
        and not any(m.country for m in cluster.mentions)
    )


def _bodies_beside(
    mention: Mention,
    tree: Tree,
    index: ActorIndex,
    *,
    holds: Callable[[Token], bool] | None = None,
    pronouns: frozenset[str] = _POSSESSIVE_PRONOUNS,
) -> Iterator[str]:
    """Actors named where a name's role is given: beside it, around it or just before it.

    With ``holds``, only a body the role is held in: the one a possessive
    pronoun means ("its founder"), and one whose word ``holds`` accepts
    (:func:`_holds_the_role`). ``pronouns`` are the possessive pronouns read
    as whom they mean.
    """
    tokens = tree.tokens
    for j in _role_words(mention, tree):
        if j in index.by_token:
            if holds is None or holds(tokens[j]):
                yield index.by_token[j]
        elif tokens[j].text.lower() in pronouns:
            # "its founder": the body "its" means.
            body = index.possessor_of(tree, j)
            if body is not None:
                yield body


def _holds_the_role(token: Token, *, officer: bool) -> bool:
    """Whether a body's word beside a role names the body the role is held in.

    "The FNSEA union's president, X": a body whose the role is, by a word of
    its kind, says whose it is, as "its" would; not a name alone
    ("Ruritania's envoy"), which may be a country unknown. An officer's
    body is named in the words of the office too: "chief executive of
    Helpline Aid", "Norvex vice president".
    """
    if token.dep == "poss":
        return _a_kind_of_body(token)
    return officer and token.dep in ("pobj", "compound")


_OFFICERS = frozenset(
    {("chief", "executive"), ("chief", "executive", "officer"), ("ceo",),
     ("chief", "operating", "officer"), ("chief", "financial", "officer"),
     ("managing", "director"), ("general", "manager"), ("finance", "director"),
     ("president",), ("vice", "president"), ("vice-president",), ("vp",)}
)  # fmt: skip
"""Offices that run a body of any kind, whose sector in titles.tsv is only the likeliest
body's (a firm's chief executive, a state's president) when none is named with them."""


def _an_officer(cluster: Cluster) -> bool:
    """Whether a person's roles are all offices that run a body (:data:`_OFFICERS`)."""
    entries = [m.title_entry for m in cluster.mentions if m.title_entry]
    return bool(entries) and all(e.words in _OFFICERS for e in entries)


def _speaks_for_others(cluster: Cluster) -> bool:
    """Whether a person's role is to speak for a body (speaking_roles.txt): "its spokesman"."""
    voices = lexicons.word_set("speaking_roles.txt")
    return any(m.title_entry and m.title_entry.words[-1] in voices for m in cluster.mentions)


def _a_government(actor: Actor) -> bool:
    """Whether an actor is a country standing for its government: "the Kenyan government"."""
    return actor.kind == "country" and actor.sector == "GOV"


def _a_kind_of_body(token: Token) -> bool:
    """Whether a word names a kind of body: "union", "party", "bank"."""
    return token.lemma.lower() in lexicon.load().org_words


def _meant_by_its(mention: Mention, tree: Tree, index: ActorIndex) -> Iterator[str]:
    """The actors "its" or "their" means where a name's role is given: "Its spokesman X"."""
    for j in _role_words(mention, tree):
        if j not in index.by_token and tree.tokens[j].text.lower() in _POSSESSIVE_PRONOUNS:
            body = index.possessor_of(tree, j)
            if body is not None:
                yield body


def _role_words(mention: Mention, tree: Tree) -> Iterator[int]:
    """The words that may name whose a name's role is: beside it, around it or just before it."""
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    regions = [tree.subtree(c) for c in tree.children[head] if tokens[c].dep == "appos"]
    sentence_start = tree.sentence_span(mention.sentence)[0]
    honorific = mention.first > 1 and tokens[mention.first - 1].text == mention.honorific
    apart = named_apart(tree, mention.first, lexicon.load())  # "told the BBC Michael Howard"
    # "told the BBC News website Smith had ...": a name right after the
    # medium with no comma between is the next clause's subject, though
    # the model may set it in apposition to the medium.
    if tokens[head].dep == "appos" and not (apart and tokens[head].head == mention.first - 1):
        regions.append(tree.subtree(tokens[head].head))
    if not apart and (not honorific or tokens[mention.first - 2].tag == "POS"):
        # Not "told the BBC Mr Howard": a role comes before the honorific, not a body.
        start = max(mention.first - _TITLE_REACH, sentence_start)
        start = min(start, _title_run(tree, mention.first, sentence_start))
        start = max(start, _past_a_dash_after_another_phrase(tree, mention.first))
        start = max(start, _past_its_preposition(tree, head))
        regions.append((start, mention.first))
    for first, last in regions:
        for j in range(first, last):
            if (
                not mention.first <= j < mention.last
                and tokens[j].dep in _BODY_DEPS
                and not _served_by(tree, j, mention)
            ):
                yield j


def _served_by(tree: Tree, body: int, mention: Mention) -> bool:
    """Whether a body's word names what serves the person, not whom they act for.

    "Tesco shopper X", "wheelchair user Y": the body hangs on a noun of
    private people it serves (:func:`.evidence.served_noun`), not on the
    person's role.
    """
    noun = tree.tokens[body].head
    return (
        noun != body
        and not mention.first <= noun < mention.last
        and served_noun(tree, noun, lexicon.load())
    )


_SETTING_APART = frozenset({"against", "including", "by", "with"})
"""Prepositions that set the one they govern against, among or beside what is named before."""


def _past_its_preposition(tree: Tree, head: int) -> int:
    """Where the words before a name start that its own preposition leaves to it.

    "charges in a federal court against X", "made citizens by act of
    Parliament, including X": a body named before a preposition that sets
    the name apart is in another phrase, and not whom X acts for; the words
    after it still are ("against Acme chief executive X"). Not "of" or
    "to": "the defection to Labour of X", "advisers to X".
    """
    tokens = tree.tokens
    preposition = tokens[head].head
    if (
        tokens[head].dep != "pobj"
        or preposition >= head
        or tokens[preposition].text.lower() not in _SETTING_APART
    ):
        return 0
    return preposition + 1


def _past_a_dash_after_another_phrase(tree: Tree, first: int) -> int:
    """Where the words before a name that may give its role start, if a dash cuts them off.

    "The two Fundco directors named in the regulator's inquiry - Ann Lowe and
    Mark Fisk -": the words before the dash end a phrase of their own, and the
    body they name (the regulator) is not the one the names act for; in
    "Fundco directors - Ann Lowe and Mark Fisk" the plural role stands right before it.
    """
    tokens = tree.tokens
    dash = first - 1
    while dash > 0 and tokens[dash].pos == "PROPN" and tokens[dash].text[:1].isupper():
        dash -= 1  # "- Reveta Bowers": a given name the model left out of the name
    if dash < 1 or tokens[dash].text not in DASHES:
        return 0
    before = tokens[dash - 1]
    plural_role = before.tag in ("NNS", "NNPS") and (
        lexicon.load().title((singular(before.text.lower()),)) is not None
    )
    return 0 if plural_role else first


def _title_run(tree: Tree, first: int, sentence_start: int) -> int:
    """Where the words of a title right before a name start, with the body owning it."""
    tokens = tree.tokens
    run = first
    while run > max(first - _TITLE_RUN, sentence_start) and (
        tokens[run - 1].pos in ("PROPN", "NOUN", "ADJ") or tokens[run - 1].tag == "POS"
    ):
        run -= 1
    return run


def _principals(mention: Mention, tree: Tree, index: ActorIndex) -> Iterator[str]:
    """Actors whose role a mention's title is: "the minister's spokesman".

    For a name given a role beside it, the actors named there, of whom the
    caller keeps people: "one of Mr Bakrie's deputies, Mahendra Siregar".
    """
    if mention.kind == "title":
        yield from _possessors(mention, tree, index.by_token)
    elif mention.title_entry is not None:
        yield from _bodies_beside(mention, tree, index, pronouns=_PERSONAL_POSSESSIVES)


def _possessors(mention: Mention, tree: Tree, owners: dict[int, str]) -> Iterator[str]:
    """Actors whose title a title mention is: "the minister's spokesman", "Amnesty's director"."""
    head = head_of(tree, mention.first, mention.last)
    for child in tree.children[head]:
        if tree.tokens[child].dep == "poss":
            first, last = tree.subtree(child)
            yield from (owners[j] for j in range(first, last) if j in owners)
