"""In-document coreference: which mentions are the same actor.

- A surname or honorific + surname ("Sudani", "Mr Blair") joins the full name
  it ends, the nearest one before it when several do, preferring one of the
  same gender.
- Organisations join by their lexicon entry or their name; countries, their
  capitals used as actors and their demonyms used as nouns join by ISO3.
  "The State" with a capital ("the Argentine State") is its country's
  government.
- A title standing alone ("the PM", "the Russian diplomat") joins the person
  who holds that title in the article (or, for a well-known person, held
  that office), or who is appositive to it ("Tony Blair, the prime
  minister"); otherwise it is an actor of its own. It is never given to the
  nearest person merely for being near: that guess codes the wrong people.
- "he"/"she" as a subject joins the person it refers to (:mod:`.pronouns`).
- Organisations join by their core name as well ("Group Menatep" and
  "Menatep"), and "the company", "the party" join the nearest body before
  them of that kind, by lexicon, by name or by what the text called it.
- "the pair", "the men", "the three men" join the counted group named
  shortly before them ("Two Green councillors"), of the size they give
  (:mod:`.sets`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from dateline import lexicons
from dateline.stages._gazetteer import wide_place
from dateline.stages._spans import fold
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import posted_abroad
from dateline.stages.actors.evidence import POSTINGS, remit_of, singular
from dateline.stages.actors.forces import military, owned_forces
from dateline.stages.actors.lexicon import Gender, Organization, Title, load
from dateline.stages.actors.mention import JOINT_BODIES, Mention, acronyms, head_of
from dateline.stages.actors.numbered import count_of
from dateline.stages.actors.pronouns import Discourse, antecedent, named_beside
from dateline.stages.actors.relatives import (
    family_name,
    is_relative,
    named_relative,
    possessor_of,
)
from dateline.stages.actors.sets import join_sets_to_the_counted
from dateline.stages.quotes import cues as quote_cues


def cluster(
    mentions: list[Mention],
    tree: Tree,
    home: str | None = None,
    offices: Callable[[str], set[tuple[str, str | None, str | None]]] | None = None,
) -> list[Cluster]:
    """Group mentions into actors, ordered by first mention.

    ``home`` is the article's home country, whose government "the government"
    and "ministers" stand for when they name no other. ``offices`` gives the
    titles (and their organisation and country) a well-known person held
    when the article appeared (at any time, when the date is unknown; from
    the bundled dictionary), so that "the prime minister" finds "Tony Blair"
    where the article never says so.
    """
    clusters: dict[str, Cluster] = {}
    of_mention: dict[int, Cluster] = {}

    def join(key: str, mention: Mention) -> None:
        target = clusters.setdefault(key, Cluster(key))
        target.mentions.append(mention)
        of_mention[mention.first] = target

    full_names = _full_names(mentions)
    spelled_out = acronyms(mentions, tree)
    for mention in mentions:
        government = _government_meant(mention, home, tree, clusters)
        kind = (
            _kind_named_before(mention, clusters) if _a_kind_named_before(mention, tree) else None
        )
        if government is not None:
            join(f"country:{government}", mention)
        elif kind is not None:
            join(kind.key, mention)  # "the authorities" after "police authorities"
        elif mention.kind in ("name", "group"):
            body = spelled_out.get(mention.text)
            if (
                body is not None
                and mention.label == "ORG"
                and mention.first != body.first
                and load().title((mention.text.lower(),)) is None  # "MP" is a member, not a body
            ):
                join(_named_key(body, full_names, home), mention)  # "the CML" after its full name
            else:
                key = _people_of_any_country(
                    _named_key(mention, full_names, home), mention, clusters
                )
                key = _counted_apart(key, mention, clusters)
                join(_placed_apart(key, mention, clusters), mention)
    _join_placed_names(clusters, of_mention)
    _join_first_words(clusters, of_mention)
    _join_the_court_of_a_chamber(clusters, of_mention, tree)
    _join_the_house_to_its_chamber(clusters, of_mention, tree)
    _join_officials_to_their_body(clusters, of_mention)
    _join_bare_groups_to_the_one_named(clusters, of_mention)
    join_sets_to_the_counted(clusters, of_mention, tree)
    _join_aliases(clusters, of_mention, tree)
    if offices is not None:
        _add_known_titles(clusters.values(), offices)
    _resolve_titles(
        mentions, clusters=clusters, of_mention=of_mention, tree=tree, home=home, join=join
    )
    _join_names_to_bodies_told_in_lower_case(clusters, of_mention)
    # The lead's description first: "Conservative MP ... defects" named as
    # Robert Jackson tells whose party "the party" after him is.
    _name_the_lead(clusters, tree)
    _name_the_lead_body(clusters)
    _name_the_lead_committee(clusters)
    _join_roles_to_the_protagonist(clusters, tree)
    _resolve_references(mentions, clusters, join, tree, home)
    # Once titles are resolved: "the Chadian army" is a title's actor.
    _join_owned_forces_to_their_army(clusters, of_mention, tree)
    for found in clusters.values():
        found.family_name = family_name(found, clusters, tree)
    ordered = sorted(clusters.values(), key=lambda c: min(m.first for m in c.mentions))
    for found in ordered:
        found.mentions.sort(key=lambda m: m.first)
    return ordered


def _join_placed_names(clusters: dict[str, Cluster], of_mention: dict[int, Cluster]) -> None:
    """Join "the Supreme Court" to the "US Supreme Court" the article names beside it.

    A public body is named in full once ("the US Supreme Court", "the
    European Commission", "the Court of Appeal") and then by less: without
    the country or demonym that places it, or by the one word that says what
    kind of body it is ("the Commission", "the Court"). The shorter name
    joins the longer one when that is the only body the article names with
    that word. A firm's name is its own ("British Airways" is no
    "Airways"), so a firm is only shortened to the word before its "of"
    ("the Bank" after "the Bank of England"), a public body (court,
    commission, ...) in any of these ways.
    """
    lexicon = load()
    named = {
        key: [m.text.split() for m in c.mentions if m.kind == "name" and m.label == "ORG"]
        for key, c in clusters.items()
        if key.startswith("org:")
    }
    for key, names in named.items():
        if not names or key not in clusters:
            continue
        short = [w.lower() for w in min(names, key=len)]
        sector = lexicon.org_words.get(short[-1])
        if sector is None:
            continue
        alike = [k for k, others in named.items() if k != key and _share_head(others, short[-1])]
        if len(alike) != 1 or alike[0] not in clusters:
            continue
        longer = clusters[alike[0]]
        public = sector != "BUS"
        # "the Supreme Court ... the US Supreme Court": the name placed by its
        # country is the same body wherever it stands; a word that says only
        # what kind of body it is ("the Court") is the one named before it.
        placed_by_country = public and any(_shortened(words, short) for words in named[alike[0]])
        placed = placed_by_country or any(
            _headed(words, short, last=public) for words in named[alike[0]]
        )
        first = min(m.first for m in clusters[key].mentions)
        if _countries_apart(clusters[key], longer):
            continue  # "Iran's navy ... the US Navy": two navies
        if placed and (placed_by_country or min(m.first for m in longer.mentions) < first):
            for mention in clusters.pop(key).mentions:
                longer.mentions.append(mention)
                of_mention[mention.first] = longer


def _countries_apart(one: Cluster, other: Cluster) -> bool:
    """Whether two bodies are placed in different countries by their mentions."""
    countries = {m.country for m in one.mentions} - {None}
    others = {m.country for m in other.mentions} - {None}
    return bool(countries and others and not countries & others)


def _join_aliases(clusters: dict[str, Cluster], of_mention: dict[int, Cluster], tree: Tree) -> None:
    """Join a name given as someone's alias to them: "Jimmy Cherizier, known as Barbecue".

    News names warlords, gang leaders and rebels by their noms de guerre
    ("better known as Hemedti", "nicknamed El Chapo"); the alias, and every
    later mention by it, is the person, whatever the model took it for.
    """
    for key, found in list(clusters.items()):
        named = next(
            (
                person
                for m in found.mentions
                if m.kind == "name" and (person := _aliased(tree, m.last - 1)) is not None
            ),
            None,
        )
        target = _alias_holder(named, of_mention, tree) if named is not None else None
        if target is None or target is found:
            continue
        for mention in clusters.pop(key).mentions:
            target.mentions.append(mention)
            of_mention[mention.first] = target


def _alias_holder(word: int, of_mention: dict[int, Cluster], tree: Tree) -> Cluster | None:
    """The actor at the word an alias is given to, or at the name set beside it.

    "The smuggler Ortiz Salcedo, nicknamed El Gato": the model hangs the
    alias on "smuggler", whose name stands in apposition to it.
    """
    beside = [c for c in tree.children[word] if tree.tokens[c].dep == "appos"]
    for token in (word, *beside):
        found = _cluster_at(token, of_mention)
        if found is not None:
            return found
    return None


_ALIASING = frozenset({"nickname", "dub", "nicknamed", "dubbed"})


def _aliased(tree: Tree, head: int) -> int | None:
    """The word a name is given to as an alias: "X, known as Y", "X, nicknamed Y"."""
    tokens = tree.tokens
    governor = tokens[head].head
    if tokens[head].dep == "pobj" and tokens[governor].text.lower() == "as":
        verb = tokens[governor].head
        aliasing = tokens[verb].lemma.lower() in ("know", "call")
    elif tokens[head].dep in ("oprd", "dobj", "attr"):
        verb = governor
        aliasing = tokens[verb].lemma.lower() in _ALIASING
    else:
        return None
    if not aliasing or tokens[verb].dep != "acl" or tokens[verb].tag != "VBN":
        return None
    return tokens[verb].head


def _join_first_words(clusters: dict[str, Cluster], of_mention: dict[int, Cluster]) -> None:
    """Join "WMC" to the "WMC Resources" the article names: a body called by its first words.

    A business story names a firm in full once ("Marsh & McLennan",
    "Pernod Ricard", "WMC Resources") and then by the first word of its
    name ("Marsh", "Pernod", "WMC"). A name that is the first words of the
    name of exactly one other body the article names is that body, unless
    its first word says only what kind of body it is ("Bank", "National")
    or places it ("British"). A body the lexicon knows ("BBC") is not
    another one whose name only starts with it ("BBC Radio 4"), unless the
    rest of that name only says what kind of body it is ("Veritas Party").
    """
    lexicon = load()
    named = {
        key: [tuple(m.text.split()) for m in c.mentions if m.kind == "name" and m.label == "ORG"]
        for key, c in clusters.items()
        if key.startswith("org:")
    }
    # The model often calls the short name a person ("Pernod said"): one it
    # names by that one word only, with no honorific or title, may be the firm.
    bare: dict[str, list[tuple[str, ...]]] = {
        key: [(c.mentions[0].text,)]
        for key, c in clusters.items()
        if key.startswith("person:")
        and all(
            m.kind == "name" and m.honorific is None and m.title_entry is None and m.title is None
            for m in c.mentions
        )
        and len({m.text for m in c.mentions}) == 1
        and len(c.mentions[0].text.split()) == 1
    }
    candidates: dict[str, list[tuple[str, ...]]] = {**named, **bare}
    for key, names in candidates.items():
        if not names or key not in clusters:
            continue
        short = min(names, key=len)
        first = short[0].lower()
        if first in lexicon.org_words or lexicon.country(short[0]) is not None:
            continue
        longer = [
            (other, words)
            for other, others in named.items()
            if other != key and other in clusters
            for words in others
            if len(words) > len(short) and words[: len(short)] == short
        ]
        if len({other for other, _ in longer}) != 1:
            continue
        other, words = longer[0]
        known = any(m.organization for m in clusters[key].mentions)
        if known and not all(lexicon.org_words.get(w.lower()) for w in words[len(short) :]):
            continue
        # Into the body the lexicon knows, if either: its coding is the surer one.
        source, target = (other, key) if known else (key, other)
        for mention in clusters.pop(source).mentions:
            if mention.label == "PERSON":
                mention = dataclasses.replace(mention, label="ORG")  # noqa: PLW2901
            clusters[target].mentions.append(mention)
            of_mention[mention.first] = clusters[target]


def _join_names_to_bodies_told_in_lower_case(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster]
) -> None:
    """Join a body's name to the one body told before in lower case by words it ends in.

    "the Commons standards and privileges committee said ... The Standards
    and Privileges Committee inquiry": the story tells of a body in lower
    case and then writes its name, which the model may cut short
    ("Privileges Committee"). A name of two words or more whose words end
    the lower-case words of exactly one body's description before it is
    that body. Names that match only as written ("Labour Party" after
    "Scottish Labour Party") are two bodies, and are left apart.
    """
    for key in [k for k in clusters if k.startswith("org:")]:
        named = next(
            (m for m in clusters[key].mentions if m.kind == "name" and m.label == "ORG"), None
        )
        if named is None or len(named.text.split()) < _NAME_WORDS:
            continue
        told = {
            id(c): c
            for other, c in clusters.items()
            if other != key and not c.is_person
            for m in c.mentions
            if m.first < named.first and _told_in_lower_case(m, named.text.split())
        }
        if len(told) != 1:
            continue
        (target,) = told.values()
        for mention in clusters.pop(key).mentions:
            target.mentions.append(mention)
            of_mention[mention.first] = target


_NAME_WORDS = 2
"""Words a name needs to be matched to a description by: "Committee" alone is any committee."""


def _told_in_lower_case(description: Mention, name: list[str]) -> bool:
    """Whether a body's description ends, in lower case, in the words of a name."""
    words = description.text.split()
    end = words[-len(name) :]
    return (
        description.kind in ("title", "description")
        and len(words) >= len(name)
        and [w.lower() for w in name] == end
        and end != name
    )


_CHAMBER_COURTS = {("law", "lords"): "House of Lords", ("law", "lord"): "House of Lords"}
"""Judges who sit as a chamber of parliament, and that chamber: until 2009
Britain's highest court was the law lords, a committee of the House of Lords."""


def _join_the_court_of_a_chamber(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster], tree: Tree
) -> None:
    """Join "the law lords" and "the House of Lords" of one article: one court ruling.

    News says "the law lords ruled" and "the House of Lords ruled" of one
    judgment, and "House of Lords law lords" as well: where the chamber
    judges, they are one court, coded as judges (JUD).
    """
    for words, chamber in _CHAMBER_COURTS.items():
        judges = [
            key
            for key, found in clusters.items()
            if not found.is_person
            and any(m.title_entry and m.title_entry.words == words for m in found.mentions)
        ]
        if not judges:
            continue
        house = next(
            (
                key
                for key, found in clusters.items()
                if key not in judges
                and any(
                    m.kind == "name" and m.organization and m.organization.name == chamber
                    for m in found.mentions
                )
            ),
            None,
        )
        # Only the chamber the article shows judging ("the House of Lords
        # ruled", "the House of Lords law lords"); "the bill will struggle in
        # the House of Lords" is the legislature, beside the judges.
        sits = house is not None and (
            any(m.sector == "JUD" for m in clusters[house].mentions)
            or any(_decided(m, tree) for m in clusters[house].mentions)
            or any(
                m.organization is not None and m.organization.name == chamber
                for key in judges
                for m in clusters[key].mentions
            )
        )
        target = house if house is not None and sits else judges[0]
        for key in judges:
            if key != target and key in clusters:
                for mention in clusters.pop(key).mentions:
                    clusters[target].mentions.append(mention)
                    of_mention[mention.first] = clusters[target]


def _join_the_house_to_its_chamber(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster], tree: Tree
) -> None:
    """Join "the House" to the one chamber named "House of ..." that the article names.

    Parliamentary reports name the chamber once ("thrown out of the
    Commons", "the House of Lords") and then call it "the House": the same
    body, when the article names only one such chamber.
    """
    chambers = [key for key, found in clusters.items() if any(map(_a_house, found.mentions))]
    if len(chambers) != 1:
        return
    chamber = clusters[chambers[0]]
    for key, found in list(clusters.items()):
        if key != chambers[0] and all(_the_house(m, tree) for m in found.mentions):
            for mention in clusters.pop(key).mentions:
                chamber.mentions.append(mention)
                of_mention[mention.first] = chamber


def _a_house(mention: Mention) -> bool:
    """Whether a mention names a chamber of a parliament called a house ("the Commons")."""
    body = mention.organization
    return (
        mention.kind == "name"
        and body is not None
        and body.sector == "LEG"
        and body.name.startswith("House of")
    )


def _the_house(mention: Mention, tree: Tree) -> bool:
    """Whether a mention is "the House" standing alone."""
    return (
        mention.kind == "name"
        and mention.text == "House"
        and mention.first > 0
        and tree.tokens[mention.first - 1].text.lower() == "the"
    )


def _decided(mention: Mention, tree: Tree) -> bool:
    """Whether a chamber's name owns a decision: "the House of Lords decision".

    Beside its judges ruling, the chamber's decision is the court's; alone,
    it may as well be a vote on a bill, so this counts only for the join.
    """
    tokens = tree.tokens
    return mention.last < len(tokens) and tokens[mention.last].text.lower() == "decision"


def _join_officials_to_their_body(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster]
) -> None:
    """Join "Commission officials" to the European Commission the article names.

    What a body's officials do, news reports as the body's doing ("UKIP
    officials argue ..." after "UKIP said ..."): they are the body, when
    the article names it, as a country's officials are its government.
    """
    voices = lexicons.word_set("body_voices.txt")
    for key, found in list(clusters.items()):
        if found.is_person:
            continue
        for mention in list(found.mentions):
            if mention.kind != "group" or mention.text.lower().split()[-1] not in voices:
                continue
            body = _body_they_speak_for(mention, key, clusters)
            if body is not None:
                found.mentions.remove(mention)
                # The body's own coding stands: "officials" would make a
                # parliament or a party a government (GOV).
                voice = dataclasses.replace(mention, title_entry=None)
                body.mentions.append(voice)
                of_mention[mention.first] = body
        if not found.mentions:
            del clusters[key]


def _join_bare_groups_to_the_one_named(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster]
) -> None:
    """Join bare "MPs" to the "Labour MPs" named before them, the one group of that role.

    News names a group by its body once ("Labour MPs have criticised ...")
    and then by its role alone ("MPs said"): the same people, when no other
    body's group of that role is named.
    """
    for key, found in list(clusters.items()):
        # The role's words alone: "keen students of body language" are no
        # "Labour students".
        if not key.startswith("group:") or not all(_role_alone(m) for m in found.mentions):
            continue
        # The same role by its words: "Tory backbenchers" are no "MPs", though both LEG.
        roles = {_canonical(words) for m in found.mentions if (words := _role_words(m))}
        owned = [
            other
            for other, group in clusters.items()
            if other != key
            and other.startswith("group:")
            and all(m.organization for m in group.mentions)
            and any(_holds_role(m, roles) for m in group.mentions)
        ]
        if len(owned) != 1:
            continue
        target = clusters[owned[0]]
        if min(m.first for m in target.mentions) < min(m.first for m in found.mentions):
            for mention in clusters.pop(key).mentions:
                target.mentions.append(mention)
                of_mention[mention.first] = target


def _join_owned_forces_to_their_army(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster], tree: Tree
) -> None:
    """Join "his forces" to the one army of his country the article names.

    "President X of Chad said his forces retook the town ... the Chadian
    army said": one side of the fighting, told by its leader's word and then
    by its name. Two forces of that country named ("the army", "the
    presidential guard") leave it open.
    """
    for key, found in list(clusters.items()):
        owned = next((m for m in found.mentions if owned_forces(m, tree)), None)
        if owned is None or owned.country is None or key not in clusters:
            continue
        armies = [
            other
            for other, group in clusters.items()
            if other != key and _forces_of(group, owned.country)
        ]
        if len(armies) != 1:
            continue
        # Into the army's actor, which keeps its name: "his forces" only point at it.
        army = clusters[armies[0]]
        for mention in clusters.pop(key).mentions:
            army.mentions.append(mention)
            of_mention[mention.first] = army


def _forces_of(found: Cluster, country: str) -> bool:
    """Whether every mention of an actor names military forces of one country."""
    return not found.is_person and all(military(m) and m.country == country for m in found.mentions)


def _role_alone(mention: Mention) -> bool:
    """Whether a group is named by its role's words and nothing else: "MPs", not "Tory MPs"."""
    words = _role_words(mention)
    return (
        words is not None
        and not (mention.organization or mention.country)
        and tuple(mention.text.lower().split()) == words
    )


def _role_words(mention: Mention) -> tuple[str, ...] | None:
    """A group's role by its words: the lexicon's, or a bare plural's own ("delegates").

    A group of people the lexicon lists as people, not as a role ("Tory
    delegates ... told delegates"), is named by its one word.
    """
    if mention.title_entry is not None:
        return mention.title_entry.words
    return (mention.text.lower(),) if mention.kind == "group" and " " not in mention.text else None


def _holds_role(mention: Mention, roles: set[tuple[str, ...]]) -> bool:
    words = _role_words(mention)
    return words is not None and _canonical(words) in roles


def _body_they_speak_for(
    officials: Mention, key: str, clusters: dict[str, Cluster]
) -> Cluster | None:
    """The one body the article names that "X officials" are of.

    By the lexicon ("UKIP officials" carry UKIP's entry), by the name just
    before them, or by the words that end the name of one body only
    ("Commission officials" after "the European Commission").
    """
    owner = officials.organization
    words = [w.lower() for w in officials.text.split()[:-1]]

    def names_them(found: Cluster) -> bool:
        if owner is not None:
            return _names_body(found, owner)
        return any(
            m.kind == "name"
            and (
                m.last == officials.first
                or (bool(words) and [w.lower() for w in m.text.split()][-len(words) :] == words)
            )
            for m in found.mentions
        )

    bodies = [
        found
        for other, found in clusters.items()
        if other != key and other.startswith("org:") and names_them(found)
    ]
    return bodies[0] if len(bodies) == 1 else None


def _names_body(found: Cluster, body: Organization) -> bool:
    """Whether a cluster calls a body of the lexicon by its name."""
    return any(
        m.kind == "name" and m.organization is not None and m.organization.name == body.name
        for m in found.mentions
    )


def _shortened(words: list[str], short: list[str]) -> bool:
    """Whether a name is a short one with a country or demonym before it ("US Supreme Court")."""
    return [w.lower() for w in words[1:]] == short and load().country(words[0]) is not None


def _headed(words: list[str], short: list[str], *, last: bool) -> bool:
    """Whether a one-word name is the kind of body a longer name is.

    "the Court" after "the Court of Appeal", "the Bank" after "the Bank of
    England", "the Commission" after "the Equal Opportunities Commission":
    the word before its "of" or "for", or (``last``, for a public body) its
    last word. A firm's last word is part of its name ("British Airways").
    """
    lowered = [w.lower() for w in words]
    if len(short) != 1 or len(lowered) < 2:
        return False
    head = next((lowered[i - 1] for i, w in enumerate(lowered) if w in ("of", "for") and i), None)
    return short[0] == (head or (lowered[-1] if last else None))


def _share_head(names: list[list[str]], head: str) -> bool:
    return any(head in (w.lower() for w in words) for words in names)


def _add_known_titles(
    clusters: Iterable[Cluster], offices: Callable[[str], set[tuple[str, str | None, str | None]]]
) -> None:
    for found in clusters:
        names = [m for m in found.mentions if m.kind == "name" and m.label == "PERSON"]
        if names:
            fullest = max(names, key=lambda m: len(m.name_parts))
            # A peer is often named only as "Lord Falconer": the dictionary has that form.
            styled = next((f"{m.honorific} {m.text}" for m in names if m.honorific), None)
            name = fullest.text if len(fullest.name_parts) > 1 else styled
            if name is not None:
                held = offices(name)
                found.known_titles |= {_canonical(tuple(t.split())) for t, _, _ in held}
                found.known_orgs |= {org for _, org, _ in held if org}
                found.known_countries |= {country for _, _, country in held if country}


def _resolve_titles(  # noqa: PLR0913 - the state of one clustering pass
    mentions: list[Mention],
    *,
    clusters: dict[str, Cluster],
    of_mention: dict[int, Cluster],
    tree: Tree,
    home: str | None,
    join: Callable[[str, Mention], None],
) -> None:
    """Give each title standing alone to its holder, or make it an actor of its own."""
    for mention in mentions:
        if is_relative(mention):
            # "his son" joins the son the story names, else is left out: a
            # relative named by the tie alone is seldom one the story is about.
            kin = named_relative(mention, clusters, tree)
            if kin is not None:
                join(kin.key, mention)
        elif mention.kind == "title" and _government_of(mention, home, tree) is None:
            # A body ("his shadow cabinet", "the court") is held by no person.
            person = mention.label == "PERSON"
            holder = (
                _appositive(mention, of_mention, tree)
                or _posted_to(mention, clusters, tree)
                or _holder_of_that_body(mention, clusters, tree, home)
                or _just_introduced(mention, clusters, tree)
                or _subject_before(mention, clusters, tree)
                if person
                else _body_described(mention, clusters, tree)
            )
            join(holder.key if holder else _title_key(mention, clusters, tree), mention)


def _posted_to(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person a noun of posting gives a role to: "his promotion to Cabinet Office minister".

    "Her appointment as health secretary", "his election as party leader":
    the role is the owner's, not another person's.
    """
    tokens = tree.tokens
    role = tokens[mention.last - 1]
    if role.dep != "pobj" or tokens[role.head].text.lower() not in ("to", "as"):
        return None
    posting = tokens[role.head].head
    if tokens[posting].lemma.lower() not in POSTINGS:
        return None
    owner = possessor_of(posting, clusters, tree)
    return owner if owner is not None and owner.is_person else None


def _holder_of_that_body(
    mention: Mention, clusters: dict[str, Cluster], tree: Tree, home: str | None
) -> Cluster | None:
    """The holder of a title, but not one who heads another body than the one it names.

    "The head of the army" is not the head of a human rights division named
    before, though the lexicon knows neither body.
    """
    if _unnamed_voice(mention, tree):
        return None  # "a spokesman said": one the story does not name, not its spokesman named
    holder = _holder(mention, clusters, indefinite=_indefinite(mention, tree), home=home)
    body = _headed_body(mention, tree)
    if holder is None or body is None:
        return holder
    headed = {_headed_body(m, tree) for m in holder.mentions if m.kind == "title"}
    return None if headed - {None, body} else holder


def _unnamed_voice(mention: Mention, tree: Tree) -> bool:
    """Whether a role is a voice the story brings in: "a spokesman", "a Labour spokeswoman".

    A voice (speaking_roles.txt) told with "a" is one more, not the
    spokesman the story named before.
    """
    words = mention.title_entry.words if mention.title_entry else ()
    if not words or words[-1] not in lexicons.word_set("speaking_roles.txt"):
        return False
    tokens = tree.tokens
    k = mention.first - 1
    while k >= 0 and tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tokens[k].tag != "POS":
        k -= 1  # the words before the role that describe it ("a Labour Party spokesman")
    return k >= 0 and tokens[k].text.lower() in ("a", "an")


def _body_described(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The body "the court" or "the charity" stands for: the nearest one before it of that kind.

    A role word that names a body, alone and definite, is a description
    like "the party" ("Oxfam's report ... the charity's director"). Not a
    body of government: "the cabinet" is the country's own, not the office
    named last.
    """
    entry = mention.title_entry
    named = _named_before_its_kind(mention, clusters) or _spelled_as_named(mention, clusters)
    if named is not None:
        return named
    if entry is not None and entry.words[-1] in JOINT_BODIES:
        # "the coalition" is one whose name ends so, or the one called so
        # before, not the nearest alliance ("NATO chief X ... the coalition").
        return _called_by_name(mention, clusters, word=entry.words[-1])
    if (
        entry is None
        or (len(entry.words) != 1 and not _kind_of_armed_group(entry))
        or mention.first == 0
        or tree.tokens[mention.first - 1].text.lower() != "the"
        # "the work and pensions committee": a remit of its own names one
        # committee, not the chamber named before it.
        or _joined_remit(mention)
    ):
        return None
    if entry.sector == _OFFICE_OF_STATE:
        return None if load().is_government(entry.words) else _called_by_name(mention, clusters)
    # "the real opposition" is a claim to the part, not the party that has it.
    if tuple(mention.text.lower().split()) == _THE_OPPOSITION:
        return _party_in_opposition(clusters)
    return _described_organization(
        dataclasses.replace(mention, sector=entry.sector), clusters.values()
    )


def _joined_remit(mention: Mention) -> bool:
    """Whether a body named by its kind has a remit of nouns joined by "and" before its word."""
    return "and" in mention.text.lower().split()[:-1]


def _named_by_its_remit(mention: Mention, clusters: dict[str, Cluster]) -> str | None:
    """The body a description with a joined remit named before by the same words, if one.

    A committee is named with its chamber or without it ("the work and
    pensions committee", "the Commons work and pensions committee"): its
    remit says which it is either way.
    """
    if mention.label != "ORG" or not _joined_remit(mention):
        return None
    text = mention.text.lower()
    return next(
        (
            key
            for key, found in clusters.items()
            if key.startswith("title:")
            and any(
                m.first < mention.first and m.kind == "title" and m.text.lower() == text
                for m in found.mentions
            )
        ),
        None,
    )


def _same_remit(found: Cluster, mention: Mention) -> bool:
    """Whether a body may be the one a description with a joined remit names: by the same remit.

    "the science and technology committee" is not the Commons trade
    committee named before it.
    """
    if not _joined_remit(mention):
        return True
    text = mention.text.lower()
    return any(m.text.lower().endswith(text) for m in found.mentions)


def _kind_of_armed_group(entry: Title) -> bool:
    """Whether a two-word role is a kind of armed group: "the militant group", "the rebel force".

    Wire copy names an armed group once and then calls it by its kind.
    """
    return entry.sector == _ARMED and entry.words[-1] in _GROUP_WORDS


_ARMED = "REB"
_GROUP_WORDS = frozenset({"group", "movement", "force", "organisation", "organization"})


def _spelled_as_named(mention: Mention, clusters: dict[str, Cluster]) -> Cluster | None:
    """The body whose name a description spells, but for its capitals.

    "The Hutton Inquiry reported ... the Hutton inquiry was too narrow": the
    role word written small makes a description of a name the text gives.
    """
    # The model may tag the name's first word a body of its own ("the Butler
    # inquiry"): the title then holds the words the mention lost.
    for text in (mention.text, mention.title or ""):
        if len(text.split()) >= 2:
            found = clusters.get(f"org:{_folded(load().business_core(text))}")
            if found is not None:
                return found
    return None


def _named_before_its_kind(mention: Mention, clusters: dict[str, Cluster]) -> Cluster | None:
    """The armed group its kind stands for when its name comes first: "the ELN rebel group".

    The name and the kind are one group when the kind is the group's own
    sector; "Hamas commander" is someone of Hamas, and a person, and "the
    Commons committee" a body of its own.
    """
    body = mention.organization
    if (
        body is None
        or body.kind != "group"
        or mention.title_entry is None
        or mention.title_entry.sector != body.sector
    ):
        return None
    return next((found for found in clusters.values() if _names_body(found, body)), None)


def _called_by_name(
    mention: Mention, clusters: dict[str, Cluster], *, word: str | None = None
) -> Cluster | None:
    """The body of state "the ministry" stands for: the nearest one before it that word names.

    "Egypt's Ministry of Finance ... the ministry", "the foreign ministry
    ... the ministry". Only a body its word names: any office of state
    would do for "the government", but not for "the ministry".
    """
    word = word or mention.text.casefold()  # or the kind its words end in ("anti-ISIS coalition")
    best: tuple[int, Cluster] | None = None
    for found in clusters.values():
        before = [
            m.first
            for m in found.mentions
            if m.first < mention.first and word in m.text.casefold().split()
        ]
        if before and not found.is_person and (best is None or max(before) > best[0]):
            best = (max(before), found)
    return best[1] if best else None


_OFFICE_OF_STATE = "GOV"
_THE_OPPOSITION = ("opposition",)
_LEADS_THE_OPPOSITION = ("leader", "of", "the", "opposition")


def _party_in_opposition(clusters: dict[str, Cluster]) -> Cluster | None:
    """The party "the opposition" stands for: the one whose leader the article names.

    "Mr Howard ... the opposition's plans" is the Conservatives: the
    dictionary knows whom a leader of the opposition led when the article
    appeared. Nothing when no such leader is named, or his party is not.
    """
    parties = {
        org
        for found in clusters.values()
        if found.is_person and _canonical(_LEADS_THE_OPPOSITION) in found.known_titles
        for org in found.known_orgs
    }
    named = [
        found
        for found in clusters.values()
        if not found.is_person
        and any(
            m.kind == "name"
            and m.organization is not None
            and m.organization.sector == _PARTY
            and m.organization.org in parties
            for m in found.mentions
        )
    ]
    return named[0] if len(named) == 1 else None


def _just_introduced(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person the sentence before introduced, for a role that opens the next one.

    "Robert Kilroy-Silk has quit the party. The MEP said he was ashamed":
    news names someone, then gives the role it left out. Only a definite
    role that opens its sentence as its subject, right after a sentence
    whose subject was a person named there for the first time and given no
    role at all; never an office of state ("the minister said" after a
    singer is someone else), nor a role held in a body the text names.
    """
    entry = mention.title_entry
    tokens = tree.tokens
    start = tree.sentence_span(mention.sentence)[0]
    if (
        entry is None
        or entry.sector == _OFFICE_OF_STATE
        or mention.organization is not None
        or mention.country is not None
        or not mention.main_subject
        or mention.first != start + 1
        or tokens[start].text.lower() != "the"
        or mention.sentence == 0
    ):
        return None
    introduced = [
        found
        for found in clusters.values()
        if found.is_person
        and found.mentions
        and found.mentions[0].sentence == mention.sentence - 1
        and found.mentions[0].main_subject
        and found.mentions[0].kind == "name"
        and not any(m.title_entry for m in found.mentions)
        and not found.known_titles
    ]
    return introduced[0] if len(introduced) == 1 else None


def _subject_before(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person the sentence before spoke of, for "the <role>" that speaks next.

    "Mr Hale said the levy was unfair. The Green MEP told reporters ...":
    news gives the speaker of one sentence a role the text had not given
    him, as the one who speaks in the next. Only a definite role, the
    writer's, that is the main subject of a verb of saying, after a sentence
    whose main subject was one person; never an office of state held now
    ("the minister said" after an MP is someone else), a generic role ("the
    spokesman" speaks for him), a role given its body ("the chairman of
    ..."), nor another office in a body the person is known to hold one in.
    """
    entry = mention.title_entry
    tokens = tree.tokens
    if (
        entry is None
        or mention.quoted
        or not mention.main_subject
        or mention.sentence == 0
        or (entry.sector == _OFFICE_OF_STATE and not _former(mention))
        or _is_generic(_canonical(entry.words))
        or not _definite_after_modifiers(mention, tree)
        or _named_or_placed_after(mention, tree)
        or quote_cues.load().at(tree, tokens[head_of(tree, mention.first, mention.last)].head)
        is None
    ):
        return None
    before = [
        found
        for found in clusters.values()
        if found.is_person
        and any(
            m.sentence == mention.sentence - 1
            and m.main_subject
            and not m.quoted
            and m.kind in ("name", "title")
            for m in found.mentions
        )
    ]
    if len(before) != 1:
        return None
    person = before[0]
    if _of_a_rival(person, mention) or _of_another_body(person, mention):
        return None
    body = mention.organization
    if body is not None and body.org in person.known_orgs:
        # Charles Kennedy leads the Lib Dems: "the Lib Dem chief executive" is another.
        return None
    held = {
        _canonical(m.title_entry.words)
        for m in person.mentions
        if m.title_entry is not None and not _former(m)
    }
    if _former(mention) and _canonical(entry.words) in held:
        return None  # the home secretary the text names is no "former home secretary"
    gender = person.gender
    return None if gender and mention.gender and gender != mention.gender else person


def _named_or_placed_after(mention: Mention, tree: Tree) -> bool:
    """Whether a role goes on to say whose it is ("the chairman of ...") or whom it names.

    "The Tory leader, Michael Howard," names its holder; "the Tory leader,
    who argues ..." does not: a "who" clause only says more of the one the
    sentence before spoke of.
    """
    tokens = tree.tokens
    after = mention.last
    if after >= len(tokens):
        return False
    if tokens[after].text == "of":
        return True
    return tokens[after].text == "," and (
        after + 1 >= len(tokens) or tokens[after + 1].text.lower() != "who"
    )


def _join_roles_to_the_protagonist(clusters: dict[str, Cluster], tree: Tree) -> None:
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
        or (entry.sector == _OFFICE_OF_STATE and not _former(mention))
        or _is_generic(_canonical(entry.words))
        or not _definite_after_modifiers(mention, tree)
        or (mention.last < len(tree.tokens) and tree.tokens[mention.last].text == "of")
    ):
        return False
    names = [m for m in person.mentions if m.kind == "name"]
    if not any(m.first < mention.first for m in names) or any(
        m.sentence == mention.sentence for m in names
    ):
        return False
    gender = person.gender
    return not (gender and mention.gender and gender != mention.gender)


def _once_of_his_side(mention: Mention, person: Cluster) -> bool:
    """Whether a role given a body is one the story's person held: "the former Tory MP".

    A role held now with a body ("the Labour leader") may be anyone's; one
    held no longer recalls the career of the one the story is about, unless
    the story ties that person to another body.
    """
    if not _former(mention) or mention.organization is None:
        return False
    orgs = person.known_orgs | {
        m.organization.org for m in person.mentions if m.organization and m.organization.org
    }
    return orgs <= {mention.organization.org}


_PROTAGONIST_NAMINGS = 3
"""How often a person must be named to be the one a story is about."""


def _definite_after_modifiers(mention: Mention, tree: Tree) -> bool:
    """Whether "the" opens the words before a role ("the Spectator editor", "the former MEP")."""
    tokens = tree.tokens
    k = mention.first - 1
    while k >= 0 and tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tokens[k].tag != "POS":
        k -= 1
    return k >= 0 and tokens[k].text.lower() == "the"


def _title_key(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> str:
    """The actor a title no person holds stands for.

    "A Labour spokesman" and "a Conservative Party spokesman" are two
    people; "the spokesman" after them is the one named last.
    """
    base = f"title:{_describe(mention)}"
    owned = f"{base}:{mention.organization.name}" if mention.organization is not None else None
    # "the work and pensions committee ... the Commons work and pensions committee": one.
    named = _named_by_its_remit(mention, clusters) or owned
    if named is not None:
        return named
    if _a_regions_government(mention, tree):
        # "Tigray's administration ... the federal government", where the
        # article's country is unknown: two governments, though both untitled.
        return f"regional:{_describe(mention)}:{_folded(mention.text)}"
    headed = _headed_body(mention, tree)
    if headed is not None:
        # "the head of the army" and "the head of the police force" are two
        # people, though the lexicon knows neither body.
        return f"{base}:{headed}"
    prior = [
        (max(m.first for m in found.mentions if m.first < mention.first), key)
        for key, found in clusters.items()
        if (key == base or key.startswith(f"{base}:"))
        and any(m.first < mention.first for m in found.mentions)
    ]
    if prior and not _unnamed_voice(mention, tree):
        # "a spokesman said" is one more voice, not the spokesman named before.
        return max(prior)[1]
    # "a US court ... the court": the one placed body of that kind named
    # before, when the article places it in one country only; not "upheld by
    # that court", which points at a body just named.
    after_the = mention.first > 0 and tree.tokens[mention.first - 1].text.lower() == "the"
    if mention.country is None and mention.title_entry is not None and after_the:
        words = " ".join(_canonical(mention.title_entry.words))
        placed = {
            key
            for key, found in clusters.items()
            if key.startswith("title:")
            and key.split(":")[2:3] == [words]
            and key.split(":")[1]
            and not found.is_person
            and any(m.first < mention.first for m in found.mentions)
            and _same_remit(found, mention)
        }
        if len(placed) == 1 and mention.label != "PERSON":
            return placed.pop()
    return base


def _headed_body(mention: Mention, tree: Tree) -> str | None:
    """The word of the body a role such as "head of" names after it: "division", "army"."""
    entry = mention.title_entry
    if entry is None or entry.words[-1] != "of" or mention.last >= len(tree.tokens):
        return None
    of = mention.last
    if tree.tokens[of].text.lower() != "of":
        return None
    body = next((c for c in tree.children[of] if tree.tokens[c].dep == "pobj"), None)
    return tree.tokens[body].text.lower() if body is not None else None


def _government_of(mention: Mention, home: str | None, tree: Tree) -> str | None:
    """The country whose government a mention such as "the authorities" stands for.

    None for the ministers of an international body ("EU foreign
    ministers"), who meet as that body, not as any one country's government,
    and for a region's own government, which is not its country's.
    """
    if mention.kind == "name":
        return _the_state_named(mention, home, tree)
    entry = mention.title_entry
    if _coalition_in_office(mention, tree):
        return mention.country or home
    if entry is None or not load().is_government(entry.words):
        return None
    if mention.organization is not None and mention.organization.sector == "IGO":
        return None
    if _a_regions_government(mention, tree) or _a_kind_named_before(mention, tree):
        return None
    return mention.country or home


def _government_meant(
    mention: Mention, home: str | None, tree: Tree, clusters: dict[str, Cluster]
) -> str | None:
    """The country whose government a mention stands for, "her government" hers."""
    government = _government_of(mention, home, tree)
    if government is None or mention.country is not None:
        return government
    return _owners_country(mention, clusters, tree) or government


def _owners_country(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> str | None:
    """The country of the person whose government "his" or "her" names, if the text places them.

    "Montenegro's prime minister, Ana Vukovic, said her government ...": hers,
    not the government of the country the story is filed from.
    """
    head = head_of(tree, mention.first, mention.last)
    if not any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].text.lower() in ("his", "her")
        for c in tree.children[head]
    ):
        return None
    owner = possessor_of(head, clusters, tree)
    countries = {m.country for m in owner.mentions if m.country} if owner else set()
    return countries.pop() if len(countries) == 1 else None


_HEADS_OF_GOVERNMENT = frozenset({("prime", "minister"), ("premier",), ("chancellor",)})
"""Titles of whoever heads a government that a coalition of parties forms."""


def _coalition_in_office(mention: Mention, tree: Tree) -> bool:
    """Whether "the coalition" is the one a prime minister heads: the government.

    "the left's backing for the coalition headed by Prime Minister Arun
    Mehta": parties govern together under him, and the coalition is his
    country's government. A coalition led by a president ("the coalition led
    by President Bush") is states at war together, a body of its own.
    """
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    if tokens[head].lemma.lower() != "coalition" or mention.kind == "name":
        return False
    for verb in tree.children[head]:
        if tokens[verb].dep != "acl" or tokens[verb].lemma.lower() not in ("head", "lead"):
            continue
        for by in tree.children[verb]:
            leader = next((c for c in tree.children[by] if tokens[c].dep == "pobj"), None)
            if tokens[by].dep == "agent" and leader is not None:
                start, _ = tree.subtree(leader)
                words = tuple(t.text.lower() for t in tokens[start:leader])
                if any(
                    words[k : k + len(t)] == t
                    for t in _HEADS_OF_GOVERNMENT
                    for k in range(len(words))
                ):
                    return True
    return False


def _a_kind_named_before(mention: Mention, tree: Tree) -> bool:
    """Whether bare "the authorities" follow a kind of them named before: "police authorities".

    News names the police authorities once in full and then "the
    authorities": the same bodies, not the country's government.
    """
    entry = mention.title_entry
    if entry is None or len(entry.words) != 1 or mention.organization or mention.country:
        return False
    # Only a plural that would stand for the government, "authorities": "the
    # executive" after "the chief executive" is still the government.
    if not load().is_government(entry.words) or mention.text.lower() != entry.words[0]:
        return False
    if tree.tokens[mention.last - 1].tag != "NNS":
        return False
    lexicon = load()
    return any(
        tree.tokens[i].text.lower() == entry.words[0]
        and _a_body_of_its_own(lexicon.title((tree.tokens[i - 1].text.lower(), entry.words[0])))
        for i in range(1, mention.first)
    )


def _a_body_of_its_own(kind: Title | None) -> bool:
    return kind is not None and not load().is_government(kind.words)


def _kind_named_before(mention: Mention, clusters: dict[str, Cluster]) -> Cluster | None:
    """The "police authorities" bare "the authorities" after them stand for."""
    word = mention.text.lower().split()[-1:]
    found = [
        (m.first, cluster)
        for cluster in clusters.values()
        for m in cluster.mentions
        if m.first < mention.first
        and m.title_entry is not None
        and len(m.title_entry.words) == 2
        and list(m.title_entry.words[-1:]) == word
        and _a_body_of_its_own(m.title_entry)
    ]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _the_state_named(mention: Mention, home: str | None, tree: Tree) -> str | None:
    """The country a body called "the State" is: "the Argentine State", "offered State help".

    Written with a capital, the state is the country's government, not a
    body of its own; its demonym, else the article's home, says whose. Not
    in a word it makes ("State-owned Rosneft"), which tells of a firm.
    """
    *before, last = mention.text.split() or [""]
    if mention.label != "ORG" or last != "State" or len(before) > 1:
        return None
    if mention.last < len(tree.tokens) and tree.tokens[mention.last].text == "-":
        return None
    if not before:
        return home
    return load().demonyms.get(before[0])


_OF_A_REGION = frozenset({"regional", "provincial", "state", "municipal", "city", "county"})


def _a_regions_government(mention: Mention, tree: Tree) -> bool:
    """Whether a mention is a region's government: "Tigray's interim administration".

    A federal country's news sets the region's government against "the
    federal government": two actors, though both govern in one country.
    """
    entry = mention.title_entry
    if entry is None or not load().is_government(entry.words):
        return False
    words = tree.tokens[mention.first : mention.last]
    return any(
        word.text.lower() in _OF_A_REGION
        or (word.text[:1].isupper() and wide_place(word.text) in ("admin", "region"))
        for word in words
    )


_LEAD_SENTENCES = 2
_LEAD_REACH = 3
"""How many sentences after a lead's description its person must be named."""


def _name_the_lead(clusters: dict[str, Cluster], tree: Tree) -> None:
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
        after = [p for p in named if min(m.first for m in p.mentions) > first.first]
        # "attacked a union leader who claimed ... Tony Blair": one named in
        # the description's own sentence is someone it speaks of; one it
        # stands beside ("a union leader, Jonathan Baume,") is joined as such.
        # A description that brings someone new in ("a union leader") names
        # him later; "the chancellor" is no one named after.
        if _told_with_a(first, tree):
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
        given_up = _former(first) and _word_before_modifiers(first, tree) in ("a", "an")
        if _someone_else(person, lead, given_up=given_up) or (
            opening.sentence - first.sentence > _LEAD_REACH
        ):
            continue
        if first.country and countries and first.country not in countries:
            continue
        if _left_unnamed(lead, opening, tree):
            continue
        # An office given up codes the person only when nothing else does.
        person.mentions.extend(_as_told_of(m, person) if given_up else m for m in lead.mentions)
        del clusters[key]


def _someone_else(person: Cluster, lead: Cluster, *, given_up: bool) -> bool:
    """Whether the person named after a lead's description is someone else, by title or side.

    A title of their own makes them another, and so does speaking for a
    body of another sector than the office; but not after a lead that
    brings in someone by an office given up (``given_up``): "A former Home
    Office minister has called for ... Helen Marsh said ... Ms Marsh,
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
    # "President Viktor Yushchenko" holds his own role, whatever "the former
    # president" was; "the commander, Ahmad Saleh," is given his beside him.
    beside = {m.title_entry.words for m in person.mentions if m.kind == "title" and m.title_entry}
    if any(m.title_entry.words not in beside for m in person.mentions if m.title_entry):
        return True
    return bool(person.titles() - lead.titles())


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
        and _is_generic(_canonical(m.title_entry.words))
        and _definite(m, tree)
        for m in lead.mentions
    )


def _name_the_lead_body(clusters: dict[str, Cluster]) -> None:
    """Join a body the lead describes to the body the next sentence names.

    "Rules set by the UK financial watchdog will ... The Financial Services
    Authority said ...": news describes a body in its lead and names it in
    the next paragraph, as it does a person (:func:`_name_the_lead`). A
    description with words of its own joins the first body named after it when that one is named in
    the next sentence or the one after, no body of its kind was named
    before it, and the body is of the kind the description says.
    """
    # Where each named body is first named, in order; joining a description
    # adds no name, so this holds through the loop.
    named = sorted(
        (
            (min(m.first for m in c.mentions if _body_name(m)), c)
            for c in clusters.values()
            if any(_body_name(m) for m in c.mentions)
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
            # the home country's own, not the foreign one named next.
            or len(first.text.split()) <= len(entry.words)
        ):
            continue
        if any(start < first.first and entry.sector in _kinds_of_body(c) for start, c in named):
            continue  # "Ofcom ... the media watchdog" is the body named before
        after = [(start, c) for start, c in named if start > first.first]
        if not after:
            continue
        start, body = after[0]
        opening = next(m for m in body.mentions if m.first == start)
        if (
            not 0 < opening.sentence - first.sentence <= _LEAD_BODY_REACH
            or entry.sector not in _kinds_of_body(body)
            or _of_another_country(body, first)
        ):
            continue
        body.mentions.extend(lead.mentions)
        del clusters[key]


_LEAD_BODY_REACH = 2
"""How many sentences after a lead's description of a body the body must be named."""


def _name_the_lead_committee(clusters: dict[str, Cluster]) -> None:
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


def _body_name(mention: Mention) -> bool:
    return mention.kind == "name" and mention.label == "ORG"


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


def _awaits_a_name(mention: Mention, tree: Tree) -> bool:
    """Whether a role past the lead is one the story names later: definite, of an office."""
    entry = mention.title_entry
    return (
        entry is not None and not _is_generic(_canonical(entry.words)) and _definite(mention, tree)
    )


def _definite(mention: Mention, tree: Tree) -> bool:
    """Whether a role opens with "the" or a possessor: "the energy minister", "Opec's chief"."""
    k = _before_modifiers(mention, tree)
    return k >= 0 and (tree.tokens[k].text.lower() == "the" or tree.tokens[k].tag == "POS")


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


def _named_key(mention: Mention, full_names: list[Mention], home: str | None) -> str:
    """The actor a name or a group mention belongs to, before titles and pronouns."""
    entry = mention.title_entry or _role_of_group(mention)
    if mention.kind == "group" and entry is None:
        # "the detainees", "the men" after them; "French farmers" are not "German farmers".
        return f"people:{mention.title}" + (f":{mention.country}" if mention.country else "")
    if mention.kind == "group":
        # "Labour rebels" are Labour's, not every British group of that role.
        owner = mention.organization.name if mention.organization else mention.country or home
        sector = entry.sector if entry else None
        role = entry.words if entry else ()
        # "human rights groups" and "UK charities" are two groups, though both NGO;
        # so are private people by what they are ("residents", "protesters",
        # "refugees"), where "troops" and "soldiers" are one country's military.
        # A trial's sides are two: "prosecutors" are not the "lawyers" defending.
        told_apart = (
            len(role) > 1
            or sector in (_PRIVATE, _COURTS)
            or _people_of_a_cause(role, sector)
            or _of_an_upper_house(role)
        )
        kind = f":{' '.join(_canonical(role))}" if told_apart else ""
        # "Gulf states and western governments": two groups, of no one country.
        region = f"region:{mention.text.casefold()}" if mention.regional else None
        return f"group:{region}" if region else f"group:{owner}:{sector}{kind}"
    if mention.label == "PERSON":
        return _person_key(mention, full_names)
    if mention.label == "LOC" or (mention.label in ("GPE", "NORP") and mention.country):
        # Scotland acting is not the UK's government.
        return f"nation:{mention.text}" if mention.label == "LOC" else f"country:{mention.country}"
    words = mention.text.split()
    if (
        mention.organization is None
        and len(words) > 1
        and load().is_government((words[-1].lower(),))
    ):
        # "the British Government", "Iraqi authorities" are the country acting.
        country = next((c for word in words if (c := load().country(word))), None)
        if country is not None:
            return f"country:{country}"
    # "Group Menatep" and a later "Menatep", "Yukos" and "Yukos Oil" are one firm.
    organization = mention.organization
    name = organization.name if organization else _folded(_firm_name(mention.text))
    return f"org:{name}"


def _firm_name(text: str) -> str:
    """A body's name as its firm is known: "Disney" is "Walt Disney", as companies.tsv lists it.

    Else its name without the words that say it is a firm ("Group Menatep": "Menatep").
    """
    lexicon = load()
    core = lexicon.business_core(text)
    known = lexicon.company_names.get(fold(text)) or lexicon.company_names.get(fold(core))
    return lexicon.business_core(known) if known else core


_PRIVATE = "CVL"
_COURTS = "JUD"


def _of_an_upper_house(role: tuple[str, ...]) -> bool:
    """Whether legislators are named as members of the upper house: "peers", "senators".

    "Peers defeated the bill ... called on MPs to back the peers": the two
    houses are two groups, though both are LEG.
    """
    return bool(role) and singular(role[-1]) in _UPPER_HOUSE_MEMBERS


_UPPER_HOUSE_MEMBERS = frozenset({"peer", "senator"})


def _people_of_a_cause(role: tuple[str, ...], sector: str | None) -> bool:
    """Whether a civil-society group is named as people, not as bodies: "campaigners".

    "Some campaigners ... Some charities say": people pressing a cause are
    not the charities that do, though both are NGO; "charities" and "the
    groups" may be the same bodies.
    """
    return sector == _CAUSES and bool(role) and singular(role[-1]) not in load().org_words


_CAUSES = "NGO"


def _role_of_group(mention: Mention) -> Title | None:
    """The role a group found without one is named by, if the lexicon knows it.

    "The army attacked the rebels. The rebels denied it.": a group that
    only undergoes is found as people, one that acts by its role; both are
    the rebels.
    """
    if mention.kind != "group" or mention.title is None:
        return None
    words = tuple(mention.title.lower().split())
    if words != tuple(mention.text.lower().split()):
        return None  # "three other executives": told apart by its own words
    return load().title(words)


def _counted_apart(key: str, mention: Mention, clusters: dict[str, Cluster]) -> str:
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


def _people_of_any_country(key: str, mention: Mention, clusters: dict[str, Cluster]) -> str:
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


def _placed_apart(key: str, mention: Mention, clusters: dict[str, Cluster]) -> str:
    """A group's key, apart from a group of the same kind another country places.

    "Turkish firms" and "Israeli telecoms firms" are two groups. A group
    placed by no one keeps the key it has: for people of people_words.tsv,
    :func:`_people_of_any_country` has already chosen which group it is.
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


def _full_names(mentions: list[Mention]) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.kind == "name"
        and m.label == "PERSON"
        and len(m.name_parts) > 1
        and len(m.text.split()) > 1  # "Hulme-Cross" alone is a surname
    ]


_SURNAME_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss"})
"""Honorifics written before a surname only, never before a given name alone."""


def _person_key(mention: Mention, full_names: list[Mention]) -> str:
    parts = mention.name_parts
    longer = _ending_in_a_styled_surname(mention, full_names)
    if longer:
        return _person_key(longer[0], full_names)
    if len(parts) > 1 and len(mention.text.split()) > 1:
        return f"person:{parts[0].casefold()} {parts[-1].casefold()}"
    # One word: a surname, double-barrelled ones too ("Mr Hulme-Cross").
    part = parts[-1].casefold() if parts else _folded(mention.text)
    owners = (
        [m for m in full_names if m.name_parts[-1].casefold() == part]
        or [m for m in full_names if _misspelled(m.name_parts[-1].casefold(), part)]
        or _owners_of_a_cut_possessive(mention, part, full_names)
    )
    if not owners and (mention.honorific or "").rstrip(".") not in _SURNAME_HONORIFICS:
        # A given name alone ("Anil" after "Anil Ambani") is of a full name
        # named before it: "Charles" in a royal story is not the Charles
        # Kennedy its last paragraph names. "Mr Howard" is no Howard Flight.
        owners = [
            m
            for m in full_names
            if part in (p.casefold() for p in m.name_parts) and m.first < mention.first
        ]
    if not owners and (mention.honorific or "").rstrip(".") in _SURNAME_HONORIFICS:
        owners = _family_name_first(part, full_names)
    if mention.gender is not None and owners:
        # "Mrs Blair" is not "Tony Blair" when the article also names Cherie
        # Blair; nor when it names him alone, as "Mrs" names a wife. "Ms"
        # may be the tagger's "Rhys James" cut from "Shani Rhys James".
        same = [m for m in owners if m.gender in (None, mention.gender)]
        if not same and (mention.honorific or "").rstrip(".") == "Mrs":
            return f"person:{part}:{mention.gender}"
        owners = same or owners
    if not owners:
        return f"person:{part}"
    before = [m for m in owners if m.first < mention.first]
    chosen = before[-1] if before else owners[0]
    return _person_key(chosen, full_names)


def _ending_in_a_styled_surname(mention: Mention, full_names: list[Mention]) -> list[Mention]:
    """The longer full names a surname of two words styled "Mrs" ends in.

    "Mrs Parker Bowles" is Camilla Parker Bowles, and "Mr Duncan Smith" Iain
    Duncan Smith: "Mrs" and "Mr" come before a family name, so the two words
    after one are no given name and surname.
    """
    parts = tuple(p.casefold() for p in mention.name_parts)
    if len(parts) < _TWO_WORDS or (mention.honorific or "").rstrip(".") not in _SURNAME_HONORIFICS:
        return []
    return [
        m
        for m in full_names
        if len(m.name_parts) > len(parts)
        and tuple(p.casefold() for p in m.name_parts[-len(parts) :]) == parts
    ]


_TWO_WORDS = 2


def _owners_of_a_cut_possessive(
    mention: Mention, part: str, full_names: list[Mention]
) -> list[Mention]:
    """The full names a possessive surname that lost its "s" is of: "Mr Ebber's" for Ebbers.

    A surname that ends in "s" takes a bare apostrophe ("Mr Ebbers' team");
    copy that writes "'s" instead ("Mr Ebber's lawyers") leaves the model a
    name without its last letter, which is still the full name's.
    """
    if not mention.possessor:
        return []
    return [m for m in full_names if m.name_parts[-1].casefold() == f"{part}s"]


def _family_name_first(part: str, full_names: list[Mention]) -> list[Mention]:
    """The full names that put ``part`` first as a family name: "Wen Jiabao" for "Mr Wen".

    Chinese and Korean names open with the family name, which "Mr" takes
    ("Park Seung ... Mr Park"); a given name the lexicon knows opens a name
    of the other order ("Mr Howard" is no Howard Flight).
    """
    given = load().first_names
    return [
        m
        for m in full_names
        if m.name_parts[0].casefold() == part and m.name_parts[0].title() not in given
    ]


def _misspelled(surname: str, other: str) -> bool:
    """Whether two surnames differ only by a doubled letter ("Abbot" for "Abbott").

    News copy misspells a name as often that way as any other, and such a
    surname alone is of the full name the article gave, not of a stranger.
    """
    return (
        surname != other
        and min(len(surname), len(other)) >= _LEAST_MISSPELLED
        and _DOUBLED.sub(r"\1", surname) == _DOUBLED.sub(r"\1", other)
    )


_DOUBLED = re.compile(r"(.)\1")
_LEAST_MISSPELLED = 4
"""Shorter surnames are too alike to join on spelling ("Lee", "Le")."""


def _appositive(mention: Mention, of_mention: dict[int, Cluster], tree: Tree) -> Cluster | None:
    """The person a title stands in apposition to, either way round."""
    tokens = tree.tokens
    head = mention.last - 1
    if tokens[head].dep == "appos":
        target = _cluster_at(tokens[head].head, of_mention)
        if target is not None and target.is_person:
            return target
    subject = _copula_subject(tree, head)
    if subject is not None:
        target = _cluster_at(subject, of_mention)
        if target is not None and target.is_person:
            return target
    for first, found in of_mention.items():
        person_head = max(m.last for m in found.mentions if m.first == first) - 1
        if (
            found.is_person
            and tokens[person_head].dep == "appos"
            and mention.first <= _beyond_posting(tree, tokens[person_head].head) < mention.last
        ):
            return found
    return None


_POSTED = frozenset({"in", "at"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _beyond_posting(tree: Tree, token: int) -> int:
    """The title a place of posting hangs from, else ``token`` itself.

    In "the BBC's correspondent in Jakarta, Rachel Harvey," the parser sets
    the name beside the city; no person is in apposition to a place, so the
    name is the correspondent's. So is a name set beside the thing a title
    is for: "the EU's envoy for the talks, Ali Kaya," is the envoy.
    """
    tokens = tree.tokens
    place = tokens[token]
    if place.dep != "pobj":
        return token
    preposition = tokens[place.head]
    if preposition.dep != "prep":
        return token
    if place.ent_type in _PLACES and preposition.text.lower() in _POSTED:
        return preposition.head
    return remit_of(tree, token) if place.pos == "NOUN" and not place.ent_type else token


def _copula_subject(tree: Tree, head: int) -> int | None:
    """The subject a title is said of with "to be": "X was Home Office permanent secretary".

    In a relative clause ("X, who is the shadow health secretary,") it is
    the noun the clause describes.
    """
    tokens = tree.tokens
    verb = tokens[head].head
    if tokens[head].dep != "attr" or tokens[verb].lemma.lower() != "be":
        return None
    subject = next((c for c in tree.children[verb] if tokens[c].dep == "nsubj"), None)
    if subject is not None and tokens[subject].text.lower() in ("who", "that"):
        return tokens[verb].head if tokens[verb].dep == "relcl" else None
    return subject


def _cluster_at(token: int, of_mention: dict[int, Cluster]) -> Cluster | None:
    for found in of_mention.values():
        if any(m.first <= token < m.last for m in found.mentions):
            return found
    return None


def _indefinite(mention: Mention, tree: Tree) -> bool:
    """Whether a title is told with "a" or "an": someone the article brings in.

    Not a role said of someone: "as a Northern Ireland minister he ...",
    "he is a great chancellor".
    """
    first = mention.first
    if not _told_with_a(mention, tree):
        return False
    said_of = first > 1 and tree.tokens[first - 2].text.lower() == "as"
    return not said_of and tree.tokens[head_of(tree, first, mention.last)].dep != "attr"


def _told_with_a(mention: Mention, tree: Tree) -> bool:
    """Whether a mention follows "a" or "an" ("a union leader")."""
    return mention.first > 0 and tree.tokens[mention.first - 1].text.lower() in ("a", "an")


def _holder(
    mention: Mention,
    clusters: dict[str, Cluster],
    *,
    indefinite: bool = False,
    home: str | None = None,
) -> Cluster | None:
    """The person the article gives this title, the nearest before it when several.

    A role any office holder has ("the official") is the nearest such person
    before it, but not when ``indefinite``: "a senior official who attended
    the talks" is someone the article brings in, not the minister named before.
    A person the article never places is of its ``home`` country, so not the
    holder of another country's office, unless known to hold it: "Foreign
    Minister X said ... Venezuela's foreign minister accused Santiago" in a
    story from Chile are two ministers.
    """
    if mention.title_entry is None:
        return None
    wanted = _canonical(mention.title_entry.words)
    sector = mention.title_entry.sector
    candidates = []
    later: list[Cluster] = []
    unplaced: list[tuple[Cluster, bool]] = []  # and whether at home, so not of ``mention``'s
    for found in clusters.values():
        if not found.is_person or _of_a_rival(found, mention):
            continue
        # "The home secretary" is not the shadow home secretary nor a former one.
        # "Trevor Phillips, chairman of the Commission" is not "the
        # Conservative Party co-chairman": the same role in another body.
        stated = any(
            m.title_entry is not None
            and _canonical(m.title_entry.words) == wanted
            and m.title_entry.sector == sector
            and m.title_entry.scope == mention.title_entry.scope
            and _former(m) == _former(mention)
            and not _other_body(m, mention)
            for m in found.mentions
        ) and not _of_another_body(found, mention)
        leads = _leads(found, mention) or _heads_the_same_body(found, mention)
        # "the prince" is whom the article styled "Prince" before, "the
        # general" whom it styled "Gen".
        leads = leads or any(
            m.honorific is not None
            and (load().honorific_offices.get(m.honorific, m.honorific.lower()),) == wanted
            for m in found.mentions
        )
        # The office a person holds now is no "former home secretary".
        known = _holds_known(found, wanted, mention) and not _former(mention)
        same_title = stated or known or leads
        generic = (
            not indefinite
            and _is_generic(wanted)
            and sector is not None
            and any(m.title_entry and m.title_entry.sector == sector for m in found.mentions)
        )
        country_ok = (
            leads
            or mention.country is None
            or any(m.country == mention.country for m in found.mentions)
        )
        if (stated or known) and not country_ok and _may_be_of(found, mention.country, clusters):
            # "President Musharraf" ... "the Pakistani president": the article
            # never places him, but he is the one president it names (or the
            # one it names whom we know to hold it: "Mr Brown" ... "the UK
            # chancellor").
            # An envoy serves abroad: "Japan's ambassador" ... "Ambassador Kenji
            # Sato" in a story from Seoul is the one ambassador named.
            at_home = home is not None and mention.country != home and not posted_abroad(mention)
            unplaced.append((found, at_home and not known))
        if (same_title or generic) and country_ok:
            before = [m.first for m in found.mentions if m.first < mention.first]
            if before:
                # The title the article gives beats one known from elsewhere:
                # "Prime Minister X" is the PM, not a former PM named later.
                candidates.append((same_title, stated, max(before), found))
            elif same_title:
                later.append(found)
    if not candidates:
        return _the_one_named_so(later, unplaced)
    return max(candidates, key=lambda c: c[:3])[3]


def _the_one_named_so(later: list[Cluster], unplaced: list[tuple[Cluster, bool]]) -> Cluster | None:
    """The holder of a title no one before it holds: the one person it may be, if only one.

    "The home secretary could order ..." before Charles Clarke is named:
    the one person the article gives that very title. Else the one person
    the article never places who holds it, unless at home (see :func:`_holder`).
    """
    if len(later) == 1:
        return later[0]
    if len(unplaced) == 1 and not unplaced[0][1]:
        return unplaced[0][0]
    return None


def _holds_known(person: Cluster, wanted: tuple[str, ...], mention: Mention) -> bool:
    """Whether the dictionary gives a person the office a title names.

    The office may be known with its place: "the London mayor" holds the
    "mayor of london" that Ken Livingstone is known to be, where the title
    is placed in the country of that city.
    """
    if wanted in person.known_titles:
        # "Israel's prime minister" is no Saudi prime minister.
        return (
            mention.country is None
            or not person.known_countries
            or (mention.country in person.known_countries)
        )
    head = (*wanted, "of")
    # "the first minister" holds "first minister of scotland": a title the
    # text does not place is the office whatever its place.
    return any(
        known[: len(head)] == head
        and (
            mention.country is None
            or load().country(" ".join(known[len(head) :]).title()) == mention.country
        )
        for known in person.known_titles
    )


def _of_a_rival(person: Cluster, mention: Mention) -> bool:
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


def _other_body(held: Mention, mention: Mention) -> bool:
    """Whether two mentions give a title in two different bodies."""
    return (
        held.organization is not None
        and mention.organization is not None
        and held.organization.name != mention.organization.name
    )


def _of_another_body(person: Cluster, mention: Mention) -> bool:
    """Whether a person is named only with bodies other than the one a title names.

    "Dave Prentis, the leader of the union Unison" is not "Labour leader".
    """
    bodies = {m.organization.name for m in person.mentions if m.organization is not None}
    body = mention.organization
    return body is not None and bool(bodies) and body.name not in bodies


def _former(mention: Mention) -> bool:
    """Whether a title names an office no longer held ("the former home secretary")."""
    lexicon = load()
    return any(lexicon.ends_office(word) for word in (mention.title or "").split())


def _leads(person: Cluster, mention: Mention) -> bool:
    """Whether a party's title ("the Tory leader") opens an office the person holds in it.

    Michael Howard, known as Conservative "leader of the opposition", is "the
    Tory leader".
    """
    organization = mention.organization
    if organization is None or organization.org not in person.known_orgs:
        return False
    words = mention.title_entry.words if mention.title_entry else ()
    return bool(words) and any(known[: len(words)] == words for known in person.known_titles)


_HEADS = frozenset(
    {
        ("chief",),
        ("head",),
        ("leader",),
        ("boss",),
        ("secretary-general",),
        ("secretary", "general"),
        ("general", "secretary"),
        ("director",),
        ("director-general",),
        ("director", "general"),
        ("chief", "executive"),
        ("president",),
        ("chairman",),
        ("chairwoman",),
    }
)
"""Titles of the one who heads a body: a body has one head at a time."""


def _heads_the_same_body(person: Cluster, mention: Mention) -> bool:
    """Whether a head's title and the person's are of the same body.

    "Amnesty International's chief Irene Khan" ... "the Amnesty
    secretary-general": two names for the one head of Amnesty.
    """
    organization = mention.organization
    entry = mention.title_entry
    if organization is None or organization.org is None or entry is None:
        return False
    return entry.words in _HEADS and any(
        m.organization is not None
        and m.organization.org == organization.org
        and m.title_entry is not None
        and m.title_entry.words in _HEADS
        and _chairs(m.title_entry.words) == _chairs(entry.words)
        for m in person.mentions
    )


def _chairs(words: tuple[str, ...]) -> bool:
    """Whether a head's title is the chair's: a party's or a firm's chair is not its leader.

    "The Tory chairman" and "the Tory leader", "BP's chairman" and "BP's
    chief executive", are two people: the chair presides over a board, and
    someone else runs the body.
    """
    return words in _CHAIRS


_CHAIRS = frozenset({("chairman",), ("chairwoman",), ("chair",)})


def _may_be_of(person: Cluster, country: str | None, clusters: dict[str, Cluster]) -> bool:
    """Whether nothing places a person in another country than ``country``.

    Neither the person's mentions nor the countries named in the sentences
    that give the person a title ("Ruritania is ruled by its president X"),
    nor a title in a body of many countries ("the EU's envoy" is not
    "Serbia's envoy").
    """
    if any(
        m.country is not None or (m.organization is not None and m.organization.country is None)
        for m in person.mentions
    ):
        return False
    titled = {m.sentence for m in person.mentions if m.title_entry is not None}
    named = {
        key.removeprefix("country:")
        for key, found in clusters.items()
        if key.startswith("country:") and any(m.sentence in titled for m in found.mentions)
    }
    return not named or country in named


def _resolve_references(
    mentions: list[Mention],
    clusters: dict[str, Cluster],
    join: Callable[[str, Mention], None],
    tree: Tree,
    home: str | None,
) -> None:
    """Give "the party" and "he"/"she" to what they refer to; drop them when nothing fits."""
    discourse = Discourse.of(tree)
    for mention in mentions:
        if mention.kind == "description":
            # "his office" that is not his party's is no body named before.
            if mention.shortens is not None:
                found = _body_named(mention.shortens, clusters)
            elif mention.label == "GPE":
                found = _country_named_before(mention, clusters, home, tree)
            elif _owner_word(mention, tree) in _OWNERS:
                found = _owned_organization(mention, clusters, discourse)
            else:
                found = (
                    _subject_s_party(mention, mentions, clusters, discourse)
                    or _described_organization(mention, clusters.values())
                    or _introduced_as(mention, clusters, tree)
                )
            if (
                found is not None
                and not _another_brought_in(found, mention, tree)
                and not _other_firm_since(found, mention, mentions, clusters)
            ):
                join(found.key, mention)
    # The writer's own pronouns first: a quoted "he" is not its speaker, who
    # may be a "he" after the quotation ("..., he said").
    pronouns = [m for m in mentions if m.kind == "pronoun"]
    for mention in sorted(pronouns, key=lambda m: m.quoted):
        found = named_beside(mention, clusters, tree) or antecedent(
            mention, clusters.values(), discourse
        )
        if found is not None:
            join(found.key, mention)


_OWNERS: dict[str, Gender] = {"his": "m", "her": "f"}


def _another_brought_in(found: Cluster, mention: Mention, tree: Tree) -> bool:
    """Whether "the paper" is a document named since the body it would mean.

    For a word that names a document as well as a body (documents.txt):
    "The Mirror said ... Ministers published a White Paper. The paper sets
    out ...": the word was last used of something else, which "the paper"
    means. Only a use that brings a new one in counts: after "a" ("a
    paper"), or in a name ("White Paper").
    """
    head = mention.text.lower().split()[-1]
    if head not in load().documents:
        return False  # "a party of councillors ... the party" is still the party named
    since = max((m.last for m in found.mentions if m.first < mention.first), default=0)
    tokens = tree.tokens
    return any(
        tokens[k].text.lower() == head
        and (tokens[k].text[:1].isupper() or tokens[k - 1].text.lower() in _INDEFINITE)
        for k in range(max(since, 1), mention.first)
    )


_INDEFINITE = frozenset({"a", "an", "another"})


def _other_firm_since(
    found: Cluster, mention: Mention, mentions: list[Mention], clusters: dict[str, Cluster]
) -> bool:
    """Whether a firm called by its trade ("the industrial conglomerate") is not the last named.

    A firm's trade says less than its kind alone does: it may be that of
    a body the text named since that may be a firm too, of no kind we know
    ("former Tyco chief X ... looting the industrial conglomerate"). Only
    the body that may be a firm named last before it is the one it means.
    """
    if mention.shortens is not None or len(mention.text.split()) < _TRADE_AND_KIND:
        return False
    own = {(m.first, m.last) for m in found.mentions}
    since = max((m.last for m in found.mentions if m.first < mention.first), default=0)
    named = {
        (m.first, m.last)
        for m in mentions
        if m.kind == "name" and since <= m.first < mention.first and (m.first, m.last) not in own
    }
    return any(
        _may_be_a_firm(other)
        for other in clusters.values()
        if not other.is_person and any((m.first, m.last) in named for m in other.mentions)
    )


def _may_be_a_firm(found: Cluster) -> bool:
    """Whether a body is a firm, or of no kind we know."""
    kinds = _kinds_of_body(found)
    return _COMPANY in kinds or not kinds - {None}


_TRADE_AND_KIND = 2


def _body_named(name: str, clusters: dict[str, Cluster]) -> Cluster | None:
    """The actor a body's name is a mention of: "the prison service" is the body it shortens."""
    return next(
        (
            found
            for found in clusters.values()
            if any(m.kind == "name" and m.text == name for m in found.mentions)
        ),
        None,
    )


def _country_named_before(
    mention: Mention, clusters: dict[str, Cluster], home: str | None, tree: Tree
) -> Cluster | None:
    """The country "the country" stands for: the article's own, else the one named last before it.

    "Whether the country was well governed" in a story about Whitehall is
    Britain, though Iraq was named since. A country told only as a backer
    ("Chinese-funded projects", "Iran-backed militias") is not the one the
    story goes on about.
    """
    own = clusters.get(f"country:{home}")
    if own is not None and any(m.first < mention.first for m in own.mentions):
        return own
    best: tuple[int, Cluster] | None = None
    for key, found in clusters.items():
        before = [
            m.first
            for m in found.mentions
            if m.first < mention.first and not _first_half_of_a_compound(m, tree)
        ]
        if key.startswith("country:") and before and (best is None or max(before) > best[0]):
            best = (max(before), found)
    return best[1] if best else None


def _first_half_of_a_compound(mention: Mention, tree: Tree) -> bool:
    """Whether a mention opens a hyphenated word: "Chinese" in "Chinese-funded"."""
    return mention.last < len(tree.tokens) and tree.tokens[mention.last].text == "-"


def _owner_word(mention: Mention, tree: Tree) -> str:
    return tree.tokens[mention.first - 1].text.lower() if mention.first else ""


def _owned_organization(
    mention: Mention, clusters: dict[str, Cluster], discourse: Discourse
) -> Cluster | None:
    """The body "his party" means: the party of the man "his" stands for, when known.

    The nearest party before it is as often his opponents' ("Labour is
    rattled, he told his party"), so the person's own party decides.
    """
    gender = _OWNERS.get(_owner_word(mention, discourse.tree))
    if gender is None:
        return None
    owner = antecedent(dataclasses.replace(mention, gender=gender), clusters.values(), discourse)
    return None if owner is None else _body_of(owner, clusters, mention.sector)


def _body_of(owner: Cluster, clusters: dict[str, Cluster], sector: str | None) -> Cluster | None:
    """The article's body of ``sector`` a person belongs to, by the bodies of their mentions."""
    orgs = owner.known_orgs | {
        m.organization.org for m in owner.mentions if m.organization and m.organization.org
    }
    return next(
        (
            found
            for found in clusters.values()
            if not found.is_person
            and any(
                # The body by its name: not "a Tory government", the country's.
                m.kind == "name"
                and m.organization
                and m.organization.org in orgs
                and m.organization.sector == sector
                for m in found.mentions
            )
        ),
        None,
    )


_PARTY = "PTY"


def _subject_s_party(
    mention: Mention, mentions: list[Mention], clusters: dict[str, Cluster], discourse: Discourse
) -> Cluster | None:
    """The party "the party" means when its sentence is about one of its people.

    "Dr Fox refused to discuss reports that the party had repaid the loan":
    the party of the sentence's subject, not the party named last before
    it ("... Labour's pledges"). Not when a party is named earlier in the
    same sentence ("Mr Howard attacked Labour, saying the party ..."),
    which is the one it means.
    """
    if mention.sector != _PARTY:
        return None
    before = [m for m in mentions if m.sentence == mention.sentence and m.first < mention.first]
    if any(m.organization and m.organization.sector == _PARTY for m in before):
        return None
    subject = next((m for m in before if m.main_subject), None)
    if subject is None:
        return None
    if subject.kind == "pronoun":
        owner = antecedent(subject, clusters.values(), discourse)
    else:
        owner = next((c for c in clusters.values() if subject in c.mentions), None)
    if owner is None or not owner.is_person:
        return None
    return _body_of(owner, clusters, _PARTY)


def _described_organization(mention: Mention, clusters: Iterable[Cluster]) -> Cluster | None:
    """The organisation "the party" or "the union" means: the nearest one before it of that kind.

    A body the text has already called by the same word comes first: "Sudan's
    army and the Rapid Support Forces agreed ... accused the army" is Sudan's
    army, though the paramilitary force is named nearer.
    """
    best: tuple[bool, int, Cluster] | None = None
    for found in clusters:
        if found.is_person or all(m.kind == "group" for m in found.mentions):
            # "PCS leader Mark Serwotka ... the union": his union, not him;
            # "senior Conservative members ... the party": their party, not them.
            continue
        if _of_another_country(found, mention):
            # "the Israeli army ... the Lebanese army deployed": another army.
            continue
        called = _called_so(found, mention)
        if not (_of_its_kind(found, mention) or called):
            continue
        before = [m.first for m in found.mentions if m.first < mention.first]
        if before and (best is None or (called, max(before)) > best[:2]):
            best = (called, max(before), found)
    return best[2] if best else None


def _introduced_as(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The body the text brought in by a description's word: "a group known as X ... the group".

    A body introduced by its kind ("a shadowy group known as X", "X, a
    pressure group") is the one "the group" means after it, the nearest so
    introduced, when no body of the word's own kind is there ("group" alone
    reads as a firm's). Only then: "his new party, Veritas ... the party he
    left" is the party told of last, not the one introduced as a party.
    """
    word = mention.text.lower().split()[-1]
    best: tuple[int, Cluster] | None = None
    for found in clusters.values():
        introduced = [
            m.first
            for m in found.mentions
            if m.kind == "name" and m.first < mention.first and _kind_called(tree, m) == word
        ]
        if introduced and (best is None or max(introduced) > best[0]):
            best = (max(introduced), found)
    return best[1] if best else None


def _kind_called(tree: Tree, named: Mention) -> str | None:
    """The common noun a name is given as: "a group known as X", "X, a pressure group".

    In lower case, as the description that stands for the body later is.
    """
    tokens = tree.tokens
    head = head_of(tree, named.first, named.last)
    token = tokens[head]
    kind: int | None = None
    if token.dep == "appos":
        kind = token.head  # "a protest group, Keepers of the Moor,"
    elif token.dep == "pobj" and tokens[token.head].text.lower() == "as":
        kind = _named_noun(tree, tokens[token.head].head)  # "a group known as X"
    elif token.dep in ("oprd", "dobj", "attr"):
        kind = _named_noun(tree, token.head)  # "a campaign called X"
    if kind is None:
        kind = next((c for c in tree.children[head] if tokens[c].dep == "appos"), None)
    if kind is None or tokens[kind].pos != "NOUN":
        return None
    return tokens[kind].text.lower()


def _named_noun(tree: Tree, verb: int) -> int | None:
    """The noun a participle of naming describes: "group" in "a group known as", "called"."""
    token = tree.tokens[verb]
    if token.dep != "acl" or token.lemma.lower() not in _NAMING_PARTICIPLES:
        return None
    return token.head


_NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub"})


def _of_another_country(found: Cluster, mention: Mention) -> bool:
    """Whether a description is placed in a country the body's own mentions do not name."""
    countries = {m.country for m in found.mentions if m.country}
    return mention.country is not None and bool(countries) and mention.country not in countries


def _of_its_kind(found: Cluster, mention: Mention) -> bool:
    """Whether a body is of the kind a description names.

    A description of no kind ("the organisation", "the institution":
    any_body_words.txt) means a body named before of any kind, but a body by
    its name (not a country, a group of people or an office), and one told of
    in the last few sentences: the word says too little to reach further back.
    """
    if mention.sector is None:
        return any(_body_name(m) for m in found.mentions) and any(
            m.first < mention.first and mention.sentence - m.sentence <= _ANY_KIND_REACH
            for m in found.mentions
        )
    return mention.sector in _kinds_of_body(found)


_ANY_KIND_REACH = 2
"""How many sentences back "the organisation" looks for the body it means."""


def _called_so(found: Cluster, mention: Mention) -> bool:
    """Whether a body has been called by a mention's role word ("the army", "the ministry").

    By the same role, or, for a bare description, by a role ending in its word:
    "its central bank says ... the bank has" is that bank. (A body of state
    its word names, "the ministry", is found by :func:`_called_by_name`.)
    """
    words = mention.title_entry.words if mention.title_entry else None
    head = mention.text.lower().split()[-1] if mention.kind == "description" else None
    return any(
        m.first < mention.first
        and (
            (
                m.kind == "title"
                and m.title_entry is not None
                and (m.title_entry.words == words or m.title_entry.words[-1] == head)
            )
            or _named_with_its_word(m, mention, head)
        )
        for m in found.mentions
    )


def _named_with_its_word(named: Mention, mention: Mention, head: str | None) -> bool:
    """Whether a body of state's name ends in a description's word ("Benefits Agency": agency).

    Only bodies of state: their names end in their kind ("the Child Support
    Agency", "the Home Office"), so the word points at the one so named and
    not at another office told of nearer. A party's name does not ("Labour").
    """
    return (
        head is not None
        and mention.sector == _OFFICE_OF_STATE
        and named.kind == "name"
        and named.text.lower().split()[-1] == head
    )


def _kinds_of_body(found: Cluster) -> set[str | None]:
    """What a body is: by the lexicon, by the words of its name, or by what the text calls it.

    "mobile operator Telvo" ... "the company": what the text calls a body
    counts where its name says nothing of what it is, or says the same;
    "Labour's ruling National Executive Committee" is a committee of a
    party, not the party.
    """
    groups = {
        m.organization.sector
        for m in found.mentions
        if m.organization and m.organization.kind == "group"
    }
    if groups:
        # "the National Liberation Army (ELN)" ... "the army said": an armed
        # group is what the lexicon says it is, whatever its name's words.
        return set(groups)
    words = load().org_words
    named = {
        words.get(w.lower()) for m in found.mentions if m.kind == "name" for w in m.text.split()
    }
    described = {m.sector for m in found.mentions if m.kind == "name"}
    if named - {None}:
        described &= named
    if any(m.kind == "name" and _a_known_firm(m) for m in found.mentions):
        # "Walt Disney ... the company": a firm companies.tsv knows is one, though
        # its name says nothing of what it is.
        named.add(_COMPANY)
    if named - {"BUS", None}:
        # "Securities and Exchange Commission": the trade a public body
        # oversees does not make it a company, as its coding says.
        named.discard("BUS")
    # "A Tory government": a role written after its body's name is the body's
    # role, not the body; the party that forms it does not make it a party.
    owners = {
        m.organization.sector for m in found.mentions if m.organization and not _owned_role(m)
    }
    return owners | named | described


def _owned_role(mention: Mention) -> bool:
    """Whether a role is written after the name of the body it is of: "Tory government"."""
    return mention.kind == "title" and mention.written_from is not None


_COMPANY = "BUS"


def _a_known_firm(mention: Mention) -> bool:
    """Whether a name is one of a well-known company's (companies.tsv)."""
    return mention.label == "ORG" and fold(mention.text) in load().company_names


def _canonical(words: tuple[str, ...]) -> tuple[str, ...]:
    return load().canonical(words)


def _is_generic(words: tuple[str, ...]) -> bool:
    return load().is_generic(words)


def _describe(mention: Mention) -> str:
    words = _canonical(mention.title_entry.words) if mention.title_entry else (mention.text,)
    return f"{mention.country or ''}:{' '.join(words)}"


def _folded(text: str) -> str:
    text = " ".join(text.split())
    if text.lower().startswith("the "):
        text = text[4:]
    # "Marks & Spencer" and "Marks and Spencer" are one firm; a writer who
    # drops the "and" of a long name ("Arts Humanities Research Council") means it too.
    return " ".join(w for w in text.casefold().split() if w not in _JOINING)


_JOINING = frozenset({"and", "&"})
