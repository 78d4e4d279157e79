"""Merging clusters that their keys kept apart.

A body called by its first words or placed beside its country, aliases, the
court of a chamber, officials and bare groups joined to the body they belong to.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from dateline import lexicons
from dateline.stages._gazetteer import is_city, wide_place
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coref_words import canonical_words, cluster_at, names_body
from dateline.stages.actors.forces import military, owned_forces
from dateline.stages.actors.kept_apart import countries_apart
from dateline.stages.actors.lexicon import load
from dateline.stages.actors.mention import Mention


def join_placed_names(clusters: dict[str, Cluster], of_mention: dict[int, Cluster]) -> None:
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
        if countries_apart(clusters[key], longer):
            continue  # "Iran's navy ... the US Navy": two navies
        if placed and (placed_by_country or min(m.first for m in longer.mentions) < first):
            for mention in clusters.pop(key).mentions:
                longer.mentions.append(mention)
                of_mention[mention.first] = longer


def join_aliases(clusters: dict[str, Cluster], of_mention: dict[int, Cluster], tree: Tree) -> None:
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
        found = cluster_at(token, of_mention)
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


def _one_bare_word(found: Cluster) -> bool:
    """Whether a "person" is named by one word only, with no honorific or title: "Pernod"."""
    return (
        all(
            m.kind == "name" and m.honorific is None and m.title_entry is None and m.title is None
            for m in found.mentions
        )
        and len({m.text for m in found.mentions}) == 1
        and len(found.mentions[0].text.split()) == 1
    )


def join_founders_names_to_their_firm(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster]
) -> None:
    """Join "Andersen" to the "Arthur Andersen" named before it: a firm called by its last word.

    A firm named after its founders ("Arthur Andersen", "Balfour Beatty") is
    then called by the surname alone, which the model takes for a person's.
    A "person" named by that one word only, with no honorific or title, who
    is no one named in full, is the one body named before whose name ends so.
    """
    named = {
        key: [m.text.split() for m in c.mentions if m.kind == "name" and m.label == "ORG"]
        for key, c in clusters.items()
        if key.startswith("org:")
    }
    for key in [k for k in clusters if k.startswith("person:")]:
        found = clusters[key]
        if not _one_bare_word(found):
            continue
        word = found.mentions[0].text
        firms = {
            other
            for other, names in named.items()
            if any(len(n) > 1 and n[-1] == word for n in names)
        }
        if len(firms) != 1:
            continue
        firm = clusters[firms.pop()]
        if min(m.first for m in firm.mentions) > min(m.first for m in found.mentions):
            continue
        for mention in clusters.pop(key).mentions:
            mention = dataclasses.replace(mention, label="ORG")  # noqa: PLW2901
            firm.mentions.append(mention)
            of_mention[mention.first] = firm


def join_first_words(clusters: dict[str, Cluster], of_mention: dict[int, Cluster]) -> None:
    """Join "WMC" to the "WMC Resources" the article names: a body called by its first words.

    A business story names a firm in full once ("Marsh & McLennan",
    "Pernod Ricard", "WMC Resources") and then by the first word of its
    name ("Marsh", "Pernod", "WMC"). A name that is the first words of the
    name of exactly one other body the article names is that body, unless
    its first word says only what kind of body it is ("Bank", "National")
    or places it ("British"). A body the lexicon knows ("BBC") is not
    another one whose name only starts with it ("BBC Radio 4"), unless the
    rest of that name only says what kind of body it is ("Veritas Party"),
    and says it of its own kind ("Google News" is a service of the firm's).
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
        if key.startswith("person:") and _one_bare_word(c)
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
        known = next((m.organization for m in clusters[key].mentions if m.organization), None)
        if known and not _only_its_kind(words[len(short) :], known.sector, lexicon.org_words):
            continue
        # Into the body the lexicon knows, if either: its coding is the surer one.
        source, target = (other, key) if known else (key, other)
        for mention in clusters.pop(source).mentions:
            if mention.label == "PERSON":
                mention = dataclasses.replace(mention, label="ORG")  # noqa: PLW2901
            clusters[target].mentions.append(mention)
            of_mention[mention.first] = clusters[target]


def join_names_told_without_their_town(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster]
) -> None:
    """Join "Rangers" to the "Glasgow Rangers" the article names: a body told without its town.

    A club or a firm named for its town ("Glasgow Rangers", "Bristol
    Rovers") is mostly called by the rest of its name alone. A body named
    by one word only joins the one body whose name is a town followed by
    that word. Not a word that says only what kind of body it is ("City",
    "Council"), which any town's body may be called.
    """
    lexicon = load()
    named = {
        key: {m.text for m in c.mentions if m.kind == "name" and m.label == "ORG"}
        for key, c in clusters.items()
        if key.startswith("org:")
    }
    for key, names in named.items():
        if len(names) != 1 or key not in clusters:
            continue
        (short,) = names
        if " " in short or short.lower() in lexicon.org_words:
            continue
        longer = {
            other
            for other, others in named.items()
            if other != key and other in clusters and any(_town_before(o, short) for o in others)
        }
        if len(longer) != 1:
            continue
        target = clusters[longer.pop()]
        for mention in clusters.pop(key).mentions:
            target.mentions.append(mention)
            of_mention[mention.first] = target


def _town_before(name: str, word: str) -> bool:
    """Whether a name is a town's followed by one word: "Glasgow Rangers" for "Rangers"."""
    words = name.split()
    return (
        len(words) == 2
        and words[1] == word
        and (is_city(words[0]) or wide_place(words[0]) is not None)
    )


def _only_its_kind(rest: tuple[str, ...], sector: str | None, org_words: dict[str, str]) -> bool:
    """Whether the words after a known body's name only say what kind of body it is.

    "Veritas Party", "Yukos Oil", "Xinhua News Agency" are the body itself:
    their first such word is of its own sector, or a firm's word. One of
    another sector names a unit or a service the body runs, an actor of its
    own: "Google News" is a search firm's news service.
    """
    kinds = [org_words.get(word.lower()) for word in rest]
    return all(kinds) and kinds[0] in (sector, COMPANY)


def join_names_to_bodies_told_in_lower_case(
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


def join_the_court_of_a_chamber(
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


def join_the_house_to_its_chamber(
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


def join_officials_to_their_body(
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


def join_bare_groups_to_the_one_named(
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
        roles = {canonical_words(words) for m in found.mentions if (words := _role_words(m))}
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


def join_owned_forces_to_their_army(
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
    return words is not None and canonical_words(words) in roles


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
            return names_body(found, owner)
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


def add_known_titles(
    clusters: Iterable[Cluster],
    offices: Callable[[str], set[tuple[str, str | None, str | None]]],
    parties: Callable[[str], str | None] | None = None,
) -> None:
    """Give person clusters the titles, bodies, countries and party the dictionary holds."""
    for found in clusters:
        names = [m for m in found.mentions if m.kind == "name" and m.label == "PERSON"]
        if names:
            fullest = max(names, key=lambda m: len(m.name_parts))
            # A peer is often named only as "Lord Falconer": the dictionary has that form.
            styled = next((f"{m.honorific} {m.text}" for m in names if m.honorific), None)
            name = fullest.text if len(fullest.name_parts) > 1 else styled
            if name is not None:
                held = offices(name)
                found.known_titles |= {canonical_words(tuple(t.split())) for t, _, _ in held}
                found.known_orgs |= {org for _, org, _ in held if org}
                found.known_countries |= {country for _, _, country in held if country}
                if parties is not None:
                    found.known_party = parties(name)


_ELECTORS = frozenset({"voters", "electorate", "electors"})
"""Words for a country's voters named bare, who in a story of politics are its public."""


def join_voters_to_the_public(clusters: dict[str, Cluster], of_mention: dict[int, Cluster]) -> None:
    """Join bare "voters" to "the public" the article names, the one people they both are.

    A story of politics tells the people it is about as "the public" and as
    "voters" by turns ("the public has lost faith ... voters will decide"):
    one group, when the article names one public and the voters are no
    body's ("Labour voters" are the party's, a group of their own).
    """
    publics = [found for found in clusters.values() if _all_told_as(found, _PUBLIC)]
    if len(publics) != 1:
        return
    public = publics[0]
    for key, found in list(clusters.items()):
        if found is public or not _all_told_as(found, _ELECTORS):
            continue
        if _countries(found) - _countries(public):
            continue  # "French voters" are no British public
        for mention in clusters.pop(key).mentions:
            public.mentions.append(mention)
            of_mention[mention.first] = public


_PUBLIC = frozenset({"public"})


def _all_told_as(found: Cluster, words: frozenset[str]) -> bool:
    """Whether every mention of an actor is an unowned group told by one of ``words`` alone.

    Past "the" and the name of its country ("the British public"); not
    "Labour voters" nor "many voters", whom a word of their own tells apart.
    """
    return all(
        mention.kind == "group"
        and mention.organization is None
        and len(told := _unplaced_words(mention)) == 1
        and told[0] in words
        for mention in found.mentions
    )


def _unplaced_words(mention: Mention) -> list[str]:
    """A group's words less "the" and, where a country places it, the names before its head."""
    *before, head = mention.text.split()
    kept = [w for w in before if w.lower() != "the" and not (mention.country and w[:1].isupper())]
    return [word.lower() for word in (*kept, head)]


def _countries(found: Cluster) -> set[str]:
    """The countries an actor's mentions are placed in."""
    return {mention.country for mention in found.mentions if mention.country}
