"""Finding the words that refer to actors, and repairing what NER gets wrong.

Mentions come from five places, in this order of trust:

1. organisations the lexicon knows ("NATO", "the Tories", "Hezbollah");
2. the NLP model's entities, trimmed of titles and honorifics, with labels
   repaired by document-level voting ("Stoltenberg" is tagged ORG once but
   ends the PERSON "Jens Stoltenberg") and by the words before them ("Mr",
   "chief", "Minister" make a person);
3. honorific + proper noun runs the model missed ("Mr Blair");
4. titles and groups standing alone ("the prime minister", "Iraqi armed
   factions", "Labour MPs"), descriptions ("the party") and groups of
   people ("the detainees", "nine men");
5. subject pronouns ("he", "she").

Each mention carries the evidence found next to it (title, country, sector,
organisation, gender) for the coding step.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import replace

from dateline import lexicons
from dateline.stages._arguments import STANCES
from dateline.stages._cue_words import cue_words
from dateline.stages._tree import Tree
from dateline.stages.actors.ages import ages_alone
from dateline.stages.actors.chambers import chambers_by_rank
from dateline.stages.actors.descriptions import (
    bodies_named_by_kind,
    countries_described,
    firms_by_their_trade,
    local_party_branches,
)
from dateline.stages.actors.entity_spans import entity_mentions
from dateline.stages.actors.evidence import (
    with_affiliation,
    with_apposition,
    with_descriptor,
    with_ruled_country,
    with_title_before,
)
from dateline.stages.actors.groups_of_people import (
    nationals_by_demonym,
    people_in_groups,
    trades_acting,
)
from dateline.stages.actors.known_bodies import (
    briefs_held,
    organizations,
    programmes_by_their_word,
)
from dateline.stages.actors.labels import repair_labels
from dateline.stages.actors.lexicon import ActorLexicon, Gender
from dateline.stages.actors.listed import bodies_listed_with_bodies
from dateline.stages.actors.mention import SMALL_WORDS, Mention, acronyms, make_mention
from dateline.stages.actors.misread_places import compass_seat, constituency, member_for
from dateline.stages.actors.numbered import numbered_groups
from dateline.stages.actors.private_persons import private_persons
from dateline.stages.actors.regional import regional_groups
from dateline.stages.actors.relatives import relatives
from dateline.stages.actors.reported_members import (
    members_a_body_reports,
    people_of_a_group_told_again,
)
from dateline.stages.actors.titles_and_groups import (
    offices_of_a_title,
    styles_alone,
    styles_of_a_place,
    title_and_group_mentions,
    with_premodifiers,
    with_shared_titles,
)
from dateline.stages.actors.unnamed_firms import unnamed_firms
from dateline.stages.actors.untagged import (
    bodies_by_their_last_words,
    firms_described_after_their_name,
    firms_named_after_their_trade,
    firms_named_before_their_trade,
    firms_named_by_their_trade,
    honorific_names,
    owned_names,
    peers_named_together,
    repeated_names,
    untagged_people,
)
from dateline.stages.quotes.marks import quoted_passages

_PRONOUNS: dict[str, Gender] = {"he": "m", "she": "f"}


def find_mentions(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """Every actor mention in an article, in text order, none overlapping another."""
    taken = [False] * len(tree)
    mentions: list[Mention] = []

    def claim(mention: Mention | None) -> None:
        if mention is None or _a_stance(tree, mention):
            return
        if not any(taken[mention.first : mention.last]):
            taken[mention.first : mention.last] = [True] * (mention.last - mention.first)
            mentions.append(mention)

    # In order of trust: a later finder never takes words an earlier one claimed.
    finders: tuple[Callable[[], Iterable[Mention]], ...] = (
        # Before the bodies, which take "Lords" in "Lords Kendal and Grace" for the House.
        lambda: peers_named_together(tree, lexicon, taken),
        lambda: organizations(tree, lexicon),
        # Before the model's entities, which take "Upper House" for a firm.
        lambda: chambers_by_rank(tree, taken),
        lambda: offices_of_a_title(tree, lexicon),
        # Before the model's entities, which take "Wales" in "the Prince of Wales" for a person.
        lambda: styles_of_a_place(tree, lexicon),
        lambda: programmes_by_their_word(tree, lexicon, taken),
        # Before the model's entities, which take "European" in "European leaders".
        lambda: regional_groups(tree, lexicon, taken),
        # Before the model's entities, which take "Guildford" in "the Guildford Four" for a person.
        lambda: numbered_groups(tree, lexicon, taken),
        # Before the model's entities, which take "Britons" for Britain.
        lambda: nationals_by_demonym(tree, lexicon, taken),
        lambda: repair_labels(entity_mentions(tree, lexicon), tree, lexicon),
        lambda: honorific_names(tree, lexicon, taken),
        lambda: untagged_people(tree, lexicon, taken),
        lambda: firms_named_after_their_trade(tree, lexicon, taken),
        lambda: firms_named_by_their_trade(tree, lexicon, taken),
        lambda: firms_named_before_their_trade(tree, lexicon, taken),
        lambda: firms_described_after_their_name(tree, lexicon, taken),
        lambda: owned_names(tree, lexicon, taken),
        lambda: repeated_names(tree, list(mentions), taken, lexicon),
        lambda: bodies_listed_with_bodies(tree, list(mentions), taken, lexicon),
        # Before the titles, which take "the executive" for a firm's.
        lambda: bodies_by_their_last_words(tree, list(mentions), taken, lexicon),
        lambda: title_and_group_mentions(tree, lexicon, taken),
        lambda: styles_alone(tree, lexicon),
        # Before the bodies named by kind, which take "party" in "the local party" alone.
        lambda: local_party_branches(tree, taken),
        lambda: bodies_named_by_kind(tree, lexicon, taken),
        lambda: firms_by_their_trade(tree, lexicon, taken),
        lambda: countries_described(tree, taken),
        lambda: members_a_body_reports(tree, lexicon, taken),
        lambda: people_of_a_group_told_again(tree, list(mentions), taken),
        lambda: people_in_groups(tree, lexicon, taken),
        lambda: trades_acting(tree, lexicon, taken),
        lambda: private_persons(tree, lexicon, taken),
        lambda: unnamed_firms(tree, lexicon, taken),
        lambda: _pronouns(tree),
        lambda: ages_alone(tree),
        lambda: relatives(tree, taken),
    )
    for finder in finders:
        for mention in finder():
            claim(mention)
    seats = [m for m in mentions if compass_seat(m)]
    covered = {i for m in mentions for i in range(m.first, m.last)}
    mentions = [
        member_for(m, seats, tree)
        for m in mentions
        if not (
            _general_thing(tree, m)
            or constituency(tree, m, lexicon)
            or _names_a_way(tree, m)
            or _hyphened_to_a_setting(tree, m)
            or m in seats
        )
    ]
    mentions = [
        _unplaced_by_a_stance(_from_abroad(m, tree, lexicon))
        for m in with_premodifiers(mentions, tree, lexicon)
    ]
    # Kept as evidence for events ("duties on Chinese steel" are aimed at China),
    # but no span of the output: the country is not named as an actor there.
    mentions = [
        replace(m, premodifier=True) if _demonym_of_a_thing(tree, m, covered, lexicon) else m
        for m in mentions
    ]
    quotes = [p.outer for p in quoted_passages(tree.text)]
    mentions = [
        replace(m, quoted=any(start <= m.start < end for start, end in quotes)) for m in mentions
    ]
    people = {
        i
        for m in mentions
        if m.label == "PERSON" and m.kind == "name"
        for i in range(m.first, m.last)
    }
    found = sorted(
        (
            with_ruled_country(
                with_affiliation(
                    with_apposition(
                        with_title_before(m, tree, lexicon, people), tree, lexicon, people
                    ),
                    tree,
                    lexicon,
                ),
                tree,
                lexicon,
            )
            if m.label == "PERSON" and m.kind == "name"
            else with_descriptor(m, tree, lexicon)
            if m.label == "ORG" and m.kind == "name"
            else m
            for m in mentions
        ),
        key=lambda m: m.first,
    )
    return with_shared_titles(_as_spelled_out(briefs_held(found), tree), tree, lexicon)


_ABROAD = "foreign"


def _from_abroad(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention:
    """A group called foreign, as several countries' and none of them the story's home.

    "Vucic accused foreign intelligence services", "foreign troops must
    leave": the group is from abroad, so neither the home country nor a
    country named later in its sentence is its own; it is coded as a
    region's group is. A role of foreign affairs ("foreign ministers") is a
    country's own. A count before it ("eleven foreign nationals") is no part
    of what the group is called.
    """
    start = mention.first
    while start < mention.last and tree.tokens[start].pos == "NUM":
        start += 1
    if mention.kind != "group" or mention.last - start < 2:
        return mention
    if tree.tokens[start].text.lower() != _ABROAD:
        return mention
    second = tree.tokens[start + 1].text.lower()
    if any(lexicon.title((_ABROAD, word)) for word in (second, second.removesuffix("s"))):
        return mention
    return replace(mention, regional=True, country=None)


def _as_spelled_out(mentions: list[Mention], tree: Tree) -> list[Mention]:
    """Acronyms coded as the body the article spells them out as.

    The text's own expansion wins over a lexicon body with those initials:
    "FSA" after "the Financial Services Authority" is no Free Syrian Army.
    """
    spelled = acronyms(mentions, tree)
    return [
        replace(m, organization=body.organization, country=body.country)
        if m.kind == "name"
        and (body := spelled.get(m.text)) is not None
        and body is not m
        and m.organization is not None
        and m.organization != body.organization
        and not _same_words(m.organization.name, body.text)
        else m
        for m in mentions
    ]


def _same_words(name: str, other: str) -> bool:
    """Whether two names of a body share a word of substance.

    "Food and Agriculture Organization" and "Food & Agriculture Organisation"
    do, "Free Syrian Army" and "Financial Services Authority" do not.
    """

    def words(text: str) -> set[str]:
        return {w.casefold() for w in text.split() if w.casefold() not in SMALL_WORDS}

    return bool(words(name) & words(other))


def _names_a_way(tree: Tree, m: Mention) -> bool:
    """Whether a name is a road's, a square's or a crossing's: "the Rafah crossing".

    The way word may follow the name ("the Ayalon highway") or be part of
    it ("Plaza Murillo", "Tahrir Square"); a seat of power the lexicon
    knows by its street ("Downing Street") is an actor all the same.
    """
    if m.kind != "name" or m.label not in ("ORG", "PERSON") or m.organization is not None:
        return False
    ways = lexicons.word_set("named_ways.txt")
    last = tree.tokens[m.last - 1]
    if last.dep == "compound":
        head = tree.tokens[last.head]
        return head.text.islower() and head.lemma.lower() in ways
    # "Plaza Murillo": a way word that leads its name in the language it comes
    # from; an English one leading a name names a body ("Road Haulage
    # Association"), and a person may be surnamed Street or Bridge.
    leading = tree.tokens[m.first].text.lower() in _LEADING_WAYS
    trailing = m.label != "PERSON" and last.text.istitle() and last.text.lower() in ways
    return m.last - m.first > 1 and (leading or trailing)


_LEADING_WAYS = frozenset({"plaza", "avenida", "calle", "piazza", "rue"})


# As mention text writes them: "pro-Syrian", "anti-Tory".
_STANCES = tuple(f"{stance}-" for stance in sorted(STANCES))


def _unplaced_by_a_stance(m: Mention) -> Mention:
    """A role or group whose country word is the side of a stance, with no country from it.

    "the pro-Syrian government" in a story about Lebanon is Lebanon's, and
    "anti-American protesters" are not Americans: the demonym is whom they
    side with or against.
    """
    if m.kind not in ("title", "group") or m.country is None:
        return m
    words = m.text.split()
    stance = any(word.lower().startswith(_STANCES) for word in words[:-1])
    return replace(m, country=None) if stance else m


def _a_stance(tree: Tree, m: Mention) -> bool:
    """Whether a name is the side a stance takes: "pro-Chavez squatters", "the anti-Tory vote".

    The squatters and the vote are what the words describe; Chavez and the
    Tories are not actors of that sentence.
    """
    if m.kind != "name":
        return False  # "anti-war protesters" are the protesters
    # In lower case only: "Pro-Choice Alliance" and "Anti-Slavery
    # International" are bodies of that name.
    before = tree.text[max(m.start - len("anti-"), 0) : m.start]
    return m.text.startswith(_STANCES) or before.endswith(_STANCES)


def _general_thing(tree: Tree, m: Mention) -> bool:
    """Whether a name after "General" is a thing the adjective describes: "the General Election".

    A general's rank stands before a name with no article ("General Jackson
    said"); after "the", "a" or another adjective ("the next General
    Election"), "General" is the adjective and what follows is no person.
    """
    tokens = tree.tokens
    return (
        m.label == "PERSON"
        and m.last - m.first == 1
        and m.first >= 2
        and tokens[m.first - 1].text == "General"
        and tokens[m.first - 2].text.islower()
        and tokens[m.first - 2].pos in ("DET", "ADJ")
    )


_DESCRIBING = frozenset({"amod", "acomp", "attr", "conj", "pobj"})
"""How an adjective hangs that describes: "British society", "being British", "Indian and
Chinese backgrounds", "rather than British"."""


def _demonym_of_a_thing(tree: Tree, m: Mention, covered: set[int], lexicon: ActorLexicon) -> bool:
    """Whether a demonym or capital only describes a thing or a state, no actor: "British society".

    "French wine", "the Spanish capital", "being British": the country
    neither acts nor is acted on. Before an actor's words ("British
    officials", "the Iraqi government") it is that actor's description, and
    as a noun ("the French said") an actor itself; both stay.
    """
    token = tree.tokens[m.first]
    if m.kind != "name" or m.last - m.first != 1:
        return False
    demonym = token.text in lexicon.demonyms and token.pos == "ADJ" and token.dep in _DESCRIBING
    # "the party's London HQ": a capital naming where a thing is, not its government.
    capital = token.text in lexicon.capitals and token.dep == "compound"
    if not (demonym or capital):
        return False
    described = m.first
    while tree.tokens[described].dep == "conj" and tree.tokens[described].head != described:
        described = tree.tokens[described].head  # "Indian and Chinese backgrounds"
    head = tree.tokens[described].head
    return head != described and head not in covered and not _actor_word(tree, head, lexicon)


@functools.cache
def _deeds_and_force() -> frozenset[str]:
    """Nouns of a deed a country does (plover_cues.tsv nouns) or of its armed force."""
    deeds = {words[0] for words in cue_words("NOUN", "NOUN+PREP") if len(words) == 1}
    force = lexicons.word_set("violence_words.txt") | lexicons.word_set("war_words.txt")
    return frozenset(deeds | force)


def _actor_word(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a word names actors or their force, though no mention took it.

    "the Danish and German governments", "Israeli air strikes": the demonym
    stands for the country that governs or strikes.
    """
    token = tree.tokens[i]
    words = {token.text.lower(), token.lemma.lower()}
    force = _deeds_and_force()
    return any(
        lexicon.title((word,)) is not None
        or lexicon.is_government((word,))
        or lexicon.people_sector(word)[0]
        or word in force  # "Israeli air strikes", "American bases": the country's own deed
        for word in words
    )


_SETTING_SUFFIXES = frozenset({"based", "era"})
"""Words hyphened to a name that make it where or when a thing is."""


def _hyphened_to_a_setting(tree: Tree, m: Mention) -> bool:
    """Whether a name is hyphened to a word that makes it a setting, not an actor.

    "Hong Kong-based Hutchison": the firm's seat, a place; "the Blair-era
    ministers": a time. Nobody named so acts or is acted on, where "US-led
    forces" tell of an actor, and "a Bush-style tax cut" may be read as his.
    """
    tokens = tree.tokens
    hyphen = m.last
    return (
        hyphen + 1 < len(tokens)
        and tokens[hyphen].tag == "HYPH"
        and tokens[hyphen].start == tokens[hyphen - 1].end
        and tokens[hyphen + 1].start == tokens[hyphen].end
        and tokens[hyphen + 1].text in _SETTING_SUFFIXES
    )


def _pronouns(tree: Tree) -> list[Mention]:
    return [
        make_mention(tree, i, i + 1, "pronoun", "PERSON", gender=gender)
        for i, token in enumerate(tree.tokens)
        if (gender := _PRONOUNS.get(token.text.lower())) and tree.is_subject(i)
    ]
