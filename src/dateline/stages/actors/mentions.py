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

import calendar
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from dateline import lexicons
from dateline.records import Entity, Token
from dateline.stages._arguments import QUANTITY_NOUNS, is_relational
from dateline.stages._gazetteer import is_city, lookup, towns, wide_place
from dateline.stages._place_roles import ENVOYS, named_by_kind
from dateline.stages._spans import country_code, fold
from dateline.stages._tree import Tree
from dateline.stages.actors.ages import ages_alone
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.briefs import part_of_brief
from dateline.stages.actors.dictionary import known_actors
from dateline.stages.actors.evidence import (
    REMIT,
    apposition_title,
    country_and_organization,
    does_business,
    large_city_country,
    modifiers_before,
    of_country,
    remit_of,
    singular,
    stationing_country,
    title_at,
    with_affiliation,
    with_apposition,
    with_descriptor,
    with_modifier,
    with_ruled_country,
    with_title_before,
)
from dateline.stages.actors.lexicon import ActorLexicon, Gender, Organization, Title
from dateline.stages.actors.mention import (
    JOINT_BODIES,
    PARTICLES,
    SMALL_WORDS,
    Mention,
    acronyms,
    head_of,
    is_acronym,
    make_mention,
)
from dateline.stages.actors.numbered import numbered_groups
from dateline.stages.actors.regional import regional_groups
from dateline.stages.actors.relatives import relatives
from dateline.stages.actors.sets import SET_SIZES
from dateline.stages.actors.unnamed import (
    as_a_role,
    body_acting,
    speaks,
    titled_voice,
    voice_after,
)
from dateline.stages.quotes import cues as quote_cues
from dateline.stages.quotes.marks import quoted_passages

_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_DEFINITE = frozenset({"the", "this", "that"}) | _POSSESSIVES
_PERSONAL_OWNERS = frozenset({"his", "her"})
_PRONOUNS: dict[str, Gender] = {"he": "m", "she": "f"}
# A place after one of these is where something happened, not who did it.
# "to" is left out: "arms to China" names a recipient as often as "a visit
# to China" names a place, and the events stage needs recipients.
_LOCATIVES = frozenset(
    {"in", "at", "from", "into", "inside", "outside", "across", "throughout", "within"}
    | {"around", "near", "via", "through"}
)


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
        lambda: _organizations(tree, lexicon),
        lambda: _offices_of_a_title(tree, lexicon),
        # Before the model's entities, which take "Wales" in "the Prince of Wales" for a person.
        lambda: _styles_of_a_place(tree, lexicon),
        lambda: _programmes_by_their_word(tree, lexicon, taken),
        # Before the model's entities, which take "European" in "European leaders".
        lambda: regional_groups(tree, lexicon, taken),
        # Before the model's entities, which take "Guildford" in "the Guildford Four" for a person.
        lambda: numbered_groups(tree, lexicon, taken),
        # Before the model's entities, which take "Britons" for Britain.
        lambda: _nationals(tree, lexicon, taken),
        lambda: _repair_labels(_entities(tree, lexicon), tree, lexicon),
        lambda: _honorific_names(tree, lexicon, taken),
        lambda: _untagged_people(tree, lexicon, taken),
        lambda: _firms_named_after_their_trade(tree, lexicon, taken),
        lambda: _firms_named_by_their_trade(tree, lexicon, taken),
        lambda: _firms_named_before_their_trade(tree, lexicon, taken),
        lambda: _firms_described_after_their_name(tree, lexicon, taken),
        lambda: _owned_names(tree, lexicon, taken),
        lambda: _repeated_names(tree, list(mentions), taken, lexicon),
        # Before the titles, which take "the executive" for a firm's.
        lambda: _bodies_by_their_last_words(tree, list(mentions), taken, lexicon),
        lambda: _titles_and_groups(tree, lexicon, taken),
        lambda: _styles_alone(tree, lexicon),
        lambda: _descriptions(tree, lexicon, taken),
        lambda: _firms_by_their_trade(tree, lexicon, taken),
        lambda: _countries_described(tree, taken),
        lambda: _people(tree, lexicon, taken),
        lambda: _pronouns(tree),
        lambda: ages_alone(tree),
        lambda: relatives(tree, taken),
    )
    for finder in finders:
        for mention in finder():
            claim(mention)
    seats = [m for m in mentions if _compass_seat(m)]
    mentions = [
        _member_for(m, seats, tree)
        for m in mentions
        if not (
            _general_thing(tree, m)
            or _constituency(tree, m, lexicon)
            or _names_a_way(tree, m)
            or _hyphened_to_a_setting(tree, m)
            or m in seats
        )
    ]
    mentions = [_from_abroad(m, tree, lexicon) for m in _with_premodifiers(mentions, tree, lexicon)]
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
    return _with_shared_titles(_as_spelled_out(_briefs_held(found), tree), tree, lexicon)


_ABROAD = "foreign"


def _from_abroad(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention:
    """A group called foreign, as several countries' and none of them the story's home.

    "Vucic accused foreign intelligence services", "foreign troops must
    leave": the group is from abroad, so neither the home country nor a
    country named later in its sentence is its own; it is coded as a
    region's group is. A role of foreign affairs ("foreign ministers") is a
    country's own.
    """
    first = tree.tokens[mention.first].text.lower()
    if mention.kind != "group" or first != _ABROAD or mention.last - mention.first < 2:
        return mention
    second = tree.tokens[mention.first + 1].text.lower()
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


def _with_premodifiers(mentions: list[Mention], tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """``mentions`` with the bodies and countries that only premodify another's role marked.

    "Tory leader Michael Howard", "Labour MP Eric Joyce", "NATO chief Jens
    Stoltenberg": the party or body is part of the person's description, and
    his coding carries it; it is no mention of its own in the output, as a
    demonym before a title is none (evaluation/gold/README.md). It stays a
    mention until the actors are coded, as the affiliation pass reads whom a
    "BBC director-general" works for from the actors named beside him. Where
    the role stands alone for its holder ("the Tory leader said", "Labour
    MPs", "Cabinet ministers"), the modifier joins the role's span, as
    "Russian diplomat" is one. A possessor ("Britain's ambassador") is a
    mention.
    """
    tokens = tree.tokens
    by_first = {m.first: m for m in mentions}
    marked: set[int] = set()
    joined: dict[int, Mention] = {}
    for m in mentions:
        if m.kind != "name" or m.label == "PERSON" or m.last >= len(tokens):
            continue
        if tokens[m.last].tag == "POS" or tokens[m.last - 1].tag == "POS":
            continue
        k = m.last
        # "Labour MP and former Cabinet minister Jack Cunningham": both roles are his.
        while (
            k < len(tokens)
            and k not in by_first
            and (_in_role(tree, k, lexicon) or (k > m.last and _second_role_before_a_name(tree, k)))
        ):
            k += 1
        after = by_first.get(k)
        if after is None or after.sentence != m.sentence:
            continue
        titled = any(
            (match := title_at(tree, j, lexicon)) is not None and j + match[0] <= k
            for j in range(m.last, k)
        )
        if after.kind in ("title", "group") and k == m.last:
            marked.add(m.first)
            joined[after.first] = replace(after, written_from=m.start)
        elif _portfolio_group(m, after, tree, k):
            # "EU finance ministers", "Nato defence chiefs": the body's, as "Labour MPs" are.
            marked.add(m.first)
            joined[after.first] = replace(
                after,
                written_from=m.start,
                organization=m.organization,
                title=tree.span_text(m.first, after.last),
            )
        elif after.kind == "name" and after.label == "PERSON" and titled:
            marked.add(m.first)
    marked |= {m.first for m in mentions if _country_of_a_name(m, tree, lexicon)}
    return [
        replace(m, premodifier=True) if m.first in marked else joined.get(m.first, m)
        for m in mentions
    ]


def _country_of_a_name(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a country's possessive only says whose a named body is: "Japan's Honda".

    "Spain's Iberia" is as much the airline's description as "Spanish
    airline Iberia", where the demonym is no mention; "Britain's ambassador",
    a role the country holds, keeps the country as its mention.
    """
    if m.kind != "name" or m.country is None or m.label not in ("GPE", "LOC"):
        return False
    tokens = tree.tokens
    owner = tokens[m.last - 1]
    if owner.dep != "poss" or m.last >= len(tokens) or tokens[m.last].tag != "POS":
        return False
    owned = tokens[owner.head]
    return (
        owned.pos == "PROPN"
        and owner.head > m.last
        and not _is_title_word(owned.text, lexicon)
        and lexicon.country(owned.text) is None
    )


def _portfolio_group(body: Mention, group: Mention, tree: Tree, start: int) -> bool:
    """Whether a known body stands before a plural role with only its brief between.

    "EU finance ministers", "Nato defence chiefs": one or two lower-case words
    of the brief, and a role no country or body of its own places.
    """
    between = range(body.last, start)
    return (
        group.kind == "group"
        and body.organization is not None
        and group.organization is None
        and group.country is None
        and 0 < len(between) <= _LONGEST_BRIEF
        and all(_describes(tree, j, group.last) for j in between)
    )


def _describes(tree: Tree, j: int, end: int) -> bool:
    """Whether a lower-case word premodifies the words after it up to ``end``.

    "finance" in "EU finance ministers"; not "year" in "the DTI last year workers".
    """
    token = tree.tokens[j]
    return token.text.islower() and token.dep in ("compound", "amod") and j < token.head < end


_LONGEST_BRIEF = 2


def _in_role(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether a word may stand in a role before a name: "foreign affairs spokesman", "Lord"."""
    token = tree.tokens[k]
    return (
        token.pos in ("NOUN", "PROPN", "ADJ")
        or token.tag == "HYPH"
        or token.text.lower() in lexicon.title_modifiers
        or token.text in lexicon.honorifics
    ) and token.text not in ("'s", "’s")


def _with_shared_titles(
    mentions: list[Mention], tree: Tree, lexicon: ActorLexicon
) -> list[Mention]:
    """Names listed after a plural title, or a party's name, share it.

    "opposition front-bench members Ann Cole, Rob Vane and Tim Hart": each of
    the three is a member, and in "Labour's Ann Cole and Tim Hart" both are
    Labour's. A singular title stays with the first name ("Prime Minister
    Tony Blair and Gordon Brown").
    """
    tokens = tree.tokens
    titled = {
        m.last - 1: m
        for m in mentions
        if m.label == "PERSON"
        and m.kind == "name"
        and m.first > 0
        and (
            (
                m.title_entry is not None
                and _is_plural(tokens[m.first - 1].text, tokens[m.first - 1].tag, lexicon)
            )
            or _partys_own(m)
        )
    }
    # "five barristers - A QC, B and C": the first name after a dash holds the
    # title too, and the list hangs on it (or on the letters after it).
    listed = {
        m.first: found
        for m in mentions
        if m.label == "PERSON" and m.kind == "name" and m.title_entry is None
        if (found := _listed_after(m, tree, lexicon)) is not None
    }
    for found in listed.values():
        end = _with_postnominals(tree, found.last, lexicon)
        titled |= dict.fromkeys(range(found.first, end), found)
    shared = []
    for m in mentions:
        lead = listed.get(m.first)
        if lead is None and m.label == "PERSON" and m.kind == "name" and m.title_entry is None:
            j = head_of(tree, m.first, m.last)
            if j + 1 < len(tokens) and tokens[j].head == j + 1 and j + 1 >= m.last:
                j += 1  # "Andrew Nolan QC": the list links the letters after the name
            # The small model links a list's names as often by "appos" as by "conj".
            while tokens[j].dep in ("conj", "appos") and tokens[j].head != j and lead is None:
                j = tokens[j].head
                lead = titled.get(j)
            if lead is not None and _partys_own(lead) and (m.title or m.organization):
                lead = None  # "Labour's Ann Cole and Liberal Democrat Tim Hart"
        shared.append(
            m
            if lead is None
            else replace(
                m,
                title=lead.title,
                title_entry=lead.title_entry,
                country=m.country or lead.country,
                organization=m.organization or lead.organization,
            )
        )
    return shared


def _partys_own(m: Mention) -> bool:
    """Whether a name is given only by the party whose it is: "Labour's Ann Cole"."""
    return (
        m.title_entry is None
        and m.organization is not None
        and m.organization.sector == "PTY"
        and m.title is not None
        and m.title.endswith(("'s", "’s"))
    )


def _with_postnominals(tree: Tree, last: int, lexicon: ActorLexicon) -> int:
    """The end of a name with the letters after it ("QC")."""
    while last < len(tree) and tree.tokens[last].text in lexicon.postnominal_sectors:
        last += 1
    return last


_LIST_OPENERS = frozenset({"-", "–", ":"})


def _listed_after(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention | None:
    """The name with the plural title a dash or colon opens a list with: "barristers - A, B".

    The title's words end right before the dash; the name gets them.
    """
    tokens = tree.tokens
    dash = m.first - 1
    if dash < 1 or tokens[dash].text not in _LIST_OPENERS:
        return None
    if not _is_plural(tokens[dash - 1].text, tokens[dash - 1].tag, lexicon):
        return None
    for k in range(max(dash - lexicon.longest_title, 0), dash):
        match = title_at(tree, k, lexicon)
        if match is not None and k + match[0] == dash:
            return replace(m, title=tree.span_text(k, dash), title_entry=match[1])
    return None


def _people_by_title(words: tuple[str, ...], tag: str, lexicon: ActorLexicon) -> bool:
    """Whether one word the model calls a body is people named by a role ("MPs", "judges")."""
    return (
        len(words) == 1 and lexicon.title(words) is not None and _is_plural(words[0], tag, lexicon)
    )


def _trade_before(tree: Tree, start: int, head: int, title: Title | None) -> int:
    """Where a group of people starts with the nouns of its trade before it ("shop workers").

    Only for a role any group holds, with no body or country named as its
    owner: "finance ministers" have a brief, no trade.
    """
    tokens = tree.tokens
    if title is None or title.scope != "any":
        return start
    while (
        start > 0
        and tokens[start - 1].pos == "NOUN"
        and tokens[start - 1].dep == "compound"
        # "road safety campaigners": a noun of a noun of the trade is of it too.
        and start <= tokens[start - 1].head <= head
        and tokens[start - 1].text.islower()
    ):
        start -= 1
    return start


def _common_group(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words the model calls a body are common nouns ending in a group of people.

    "said shop workers should ...": no name, but people the groups find.
    """
    tokens = tree.tokens[first:last]
    return (
        all(t.text.islower() for t in tokens)
        and tokens[-1].tag == "NNS"
        and lexicon.people_sector(tokens[-1].text)[0]
    )


def _is_plural(word: str, tag: str, lexicon: ActorLexicon) -> bool:
    """Whether a word is a plural noun, or the plural of a title ("MPs" tagged NN)."""
    singular = word[:-1] if word.endswith("s") else None
    return tag in ("NNS", "NNPS") or (
        singular is not None and lexicon.title((singular,)) is not None
    )


def _organizations(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    found = []
    tokens = tree.tokens
    surnames = _surnames(tree, lexicon)
    i = 0
    while i < len(tokens):
        match = None
        # "told the Independent": a title whose "The" the sentence writes in lower case.
        titled = (
            tokens[i].text == "the" and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
        )
        if tokens[i].text[:1].isupper() or tokens[i].text in PARTICLES or titled:  # "al-Qaeda"
            match = _known_body_at(tree, i, lexicon) or _programme_by_its_title(tree, i, lexicon)
        if match is not None and titled and _longer_body_after_the(tree, i, match[0], lexicon):
            match = None  # "the Economist Intelligence Unit" is no "The Economist"
        if match is not None and (
            _inside_longer_name(tree, i, i + match[0], lexicon)
            or (not titled and _title_of_name_after(tree, i, i + match[0], lexicon))
            or (match[0] == 1 and tokens[i].text in surnames and match[1].sector == COMPANY)
            or _closes_a_persons_name(tree, i, i + match[0], lexicon)
        ):
            match = None
        if match is None:
            i += 1
            continue
        length, entry = match
        last = _without_possessive(tree, i, i + length)
        label = "PERSON" if entry.kind == "person" else "ORG"
        first = i + 1 if tokens[i].text == "the" else i  # the name, not its article
        society = _national_society(tree, first, last, lexicon)
        owner = _another_countrys_own(tree, first, entry, lexicon)
        if society is not None:
            # "the Kenya Red Cross": the country's own society, not the ICRC.
            start, country = society
            found.append(
                make_mention(tree, start, last, "name", "ORG", country=country, sector="NGO")
            )
        elif owner is not None:
            found.append(
                make_mention(tree, first, last, "name", "ORG", country=owner, sector=entry.sector)
            )
        else:
            found.append(
                make_mention(
                    tree, first, last, "name", label, organization=entry, country=entry.country
                )
            )
        i += length
    return _without_briefs(found, tree)


def _offices_of_a_title(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """An office-holder's department named by the office: "the Lord Chancellor's Department".

    The department is a body of its own, coded by its word ("Department",
    "Office": GOV), not the office holder the model leaves the title to. One
    holder's office only: "the British Bankers' Association" is the
    bankers' own body, named whole.
    """
    found = []
    tokens = tree.tokens
    for k, token in enumerate(tokens):
        body = lexicon.org_words.get(token.text.lower())
        written_small = _office_acting(tree, k)
        if body is None or not (token.text.istitle() or written_small) or k < 2:
            continue
        if tokens[k - 1].text not in ("'s", "\u2019s") or tokens[k - 2].tag in ("NNS", "NNPS"):
            continue
        start = next(
            (
                j
                for j in range(max(k - 1 - lexicon.longest_title, 0), k - 1)
                if (match := title_at(tree, j, lexicon)) is not None
                and j + match[0] == k - 1
                and (tokens[j].text.istitle() or (written_small and _after_the(tree, j)))
            ),
            None,
        )
        if start is not None:
            found.append(make_mention(tree, start, k + 1, "name", "ORG", sector=body))
    return found


def _office_acting(tree: Tree, k: int) -> bool:
    """Whether a lower-case "office" acts: "the prime minister's office said".

    Such an office speaks for its holder's staff, a body of the state; one
    that is only where things happen ("a meeting in the mayor's office") is
    a place.
    """
    token = tree.tokens[k]
    return token.text == "office" and (tree.is_subject(k) or token.dep == "poss")


def _told(tree: Tree, k: int) -> bool:
    return k > 0 and tree.tokens[k - 1].text.lower() == "told"


def _national_society(
    tree: Tree, first: int, last: int, lexicon: ActorLexicon
) -> tuple[int, str] | None:
    """Where a country's society of a movement starts, and its country: "the Kenya Red Cross".

    The country is named just before the movement's name, as a name or a
    demonym ("the Syrian Arab Red Crescent") or as a possessor ("Syria's
    Red Crescent", whose country stays a mention of its own).
    """
    if tree.span_text(first, last) not in lexicons.word_set("national_societies.txt"):
        return None
    return _country_before(tree, first, lexicon)


def _country_before(tree: Tree, first: int, lexicon: ActorLexicon) -> tuple[int, str] | None:
    """Where a country named just before a body's name starts, and the country.

    As a name or a demonym ("the Syrian Arab Red Crescent") or as a
    possessor ("Syria's Red Crescent"), whose start is then the body's own.
    """
    tokens = tree.tokens
    end = first
    if end > 0 and tokens[end - 1].tag == "POS":
        end -= 1
    for start in range(end - 1, max(end - 3, 0) - 1, -1):
        if not tokens[start].text[:1].isupper():
            return None
        country = _country_named(tree, start, end, lexicon)
        if country is not None:
            return (first if end < first else start), country
    return None


def _another_countrys_own(
    tree: Tree, first: int, entry: Organization, lexicon: ActorLexicon
) -> str | None:
    """The country whose own body of a known kind this is: "South Korea's Joint Chiefs of Staff".

    The lexicon knows one country's body by the name every country may give
    its own; the owner the text names before it is the one meant. A firm's
    name is its own wherever it trades ("Britain's Vodafone").
    """
    if entry.country is None or entry.sector in (COMPANY, "IGO") or entry.kind == "person":
        return None
    before = _country_before(tree, first, lexicon)
    return before[1] if before is not None and before[1] != entry.country else None


def _country_named(tree: Tree, start: int, end: int, lexicon: ActorLexicon) -> str | None:
    """The country words ``start``..``end`` name or whose people they name."""
    return lexicon.demonyms.get(tree.tokens[start].text) or country_code(tree.span_text(start, end))


def _surnames(tree: Tree, lexicon: ActorLexicon) -> frozenset[str]:
    """The last words of the people the model finds by their full names.

    "Attorney General Tarek William Saab ... Saab said": in an article that
    names the person, the lone word is his surname, not the carmaker, both
    inside his full name and where it stands alone. Only
    names that open with a given name: the model tags "The Lib Dems" a
    person too.
    """
    return frozenset(
        tree.tokens[e.token_end - 1].text
        for e in tree.parse.entities
        if e.label == "PERSON"
        and e.token_end - e.token_start > 1
        and _given_name_at(tree, e, lexicon) == e.token_start
    )


def _closes_a_persons_name(tree: Tree, first: int, end: int, lexicon: ActorLexicon) -> bool:
    """Whether a body's name is the last words of a person's name that opens with a given name.

    "Foreign Minister Therese Kayikwamba Wagner", "Karin Hamas said": her
    surname, not the Russian force or the Palestinian group.
    """
    for entity in tree.parse.entities:
        if entity.label != "PERSON" or entity.token_end != end or entity.token_start > first:
            continue
        given = _given_name_at(tree, entity, lexicon)
        if given is not None and given < first:
            return True
    return False


def _without_briefs(found: list[Mention], tree: Tree) -> list[Mention]:
    """Bodies found, less a party's name that is only a minister's brief in the article.

    "Labour Minister Khalid al-Harbi" in a Saudi story holds the labour
    portfolio; he is no member of Britain's Labour Party, whose reading
    would make the story British. Where the article names the party anywhere
    else ("Labour MPs", "the Labour Party"), a "Labour minister" is its own.
    """
    briefs = [m for m in found if _names_a_brief(m, tree)]
    named_apart = {m.organization for m in found if m not in briefs}
    return [m for m in found if m not in briefs or m.organization in named_apart]


def _briefs_held(mentions: list[Mention]) -> list[Mention]:
    """People whose party's name before their role is only its brief, of no party.

    The title read before a name finds "Labour" in "Labour Minister X" as the
    party; where :func:`_without_briefs` found the party named nowhere in the
    article, X holds the labour portfolio, and his country is the story's.
    """
    named = {m.organization for m in mentions if m.kind == "name" and m.label == "ORG"}
    return [
        replace(
            m,
            organization=None,
            country=None if m.country == m.organization.country else m.country,
        )
        if m.kind == "name"
        and m.organization is not None
        and m.organization not in named
        and _holds_a_brief(m.title)
        else m
        for m in mentions
    ]


def _holds_a_brief(title: str | None) -> bool:
    """Whether a title is a party brief's portfolio: "Economy and Labour Minister"."""
    words = (title or "").lower().split()
    return any(
        w in _PARTY_BRIEFS and role in _PORTFOLIO_HOLDERS for w, role in itertools.pairwise(words)
    )


def _names_a_brief(m: Mention, tree: Tree) -> bool:
    """Whether a party's name is the brief of the role after it: "Labour Minister"."""
    if m.last >= len(tree):
        return False
    role = tree.tokens[m.last].text.lower()
    return role in _PORTFOLIO_HOLDERS and m.text.lower() in _PARTY_BRIEFS


_PARTY_BRIEFS = lexicons.word_set("party_briefs.txt")


def _known_body_at(tree: Tree, i: int, lexicon: ActorLexicon) -> tuple[int, Organization] | None:
    """The longest name of a body the lexicon knows that starts at token ``i``, if any."""
    for length in range(min(lexicon.longest_organization, len(tree.tokens) - i), 0, -1):
        entry = lexicon.organization(tree.span_text(i, i + length))
        if entry is not None:
            return length, entry
    return None


def _programme_by_its_title(
    tree: Tree, i: int, lexicon: ActorLexicon
) -> tuple[int, Organization] | None:
    """A programme called by its title alone: "he told Today", "BBC Radio 4's Today on Monday".

    The lexicon lists it as "Today programme", since "Today" alone is most
    often the day. Written with a capital inside a sentence, as what someone
    told or a broadcaster's, it is the programme.
    """
    tokens = tree.tokens
    if i == 0 or tree.opens_sentence(i):
        return None
    if tokens[i - 1].text.lower() not in _TOLD_OR_OWNED:
        return None
    entry = lexicon.organization(f"{tokens[i].text} programme")
    return None if entry is None else (1, entry)


_TOLD_OR_OWNED = frozenset({"told", "'s", "\u2019s", "'", "\u2019"})


def _title_words(tree: Tree, first: int, end: int, lexicon: ActorLexicon) -> bool:
    """Whether words are a role's ("PM"), as the titles lexicon lists it."""
    return lexicon.title(tuple(t.text.lower() for t in tree.tokens[first:end])) is not None


def _programmes_by_their_word(
    tree: Tree, lexicon: ActorLexicon, taken: list[bool]
) -> list[Mention]:
    """A broadcaster's programme no lexicon lists, by its title: "ITV Wales' Waterfront programme".

    Capitalised words right before "programme", after a broadcaster's
    possessive or "told" ("told the Sunday Talk programme"), are the title
    of a programme, a media actor that is told things; the title is its
    name ("Today", in "Radio 4's Today programme").
    """
    found = []
    tokens = tree.tokens
    for end in range(2, len(tokens)):
        if tokens[end].text != "programme":
            continue
        first = end
        while first > 0 and tokens[first - 1].pos == "PROPN" and not taken[first - 1]:
            first -= 1
        before = tokens[first - 1] if first > 0 else None
        if first == end or before is None:
            continue
        told = before.text == "told" or (before.text.lower() == "the" and _told(tree, first - 1))
        if not (before.tag == "POS" or told):
            continue
        if _title_words(tree, first, end, lexicon):
            continue  # "Radio 4's PM programme": a role's letters, which the titles leave alone
        found.append(make_mention(tree, first, end, "name", "ORG", sector=_PRESS))
    return found


def _longer_body_after_the(tree: Tree, i: int, length: int, lexicon: ActorLexicon) -> bool:
    """Whether a known body's name after "the" runs past the one "the" starts.

    "the Economist Intelligence Unit": "The Economist" is listed with its
    article, but the research firm's longer name is the one written.
    """
    after = _known_body_at(tree, i + 1, lexicon)
    return after is not None and i + 1 + after[0] > i + length


def _title_of_name_after(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether a known body's words are the role of the person named right after them.

    "Economist Ann Vale said": the role of an economist, written with a
    capital at the head of a sentence, not the weekly of that name.
    """
    words = tuple(token.text for token in tree.tokens[first:last])
    return (
        lexicon.title(words) is not None
        and last < len(tree)
        and tree.tokens[last].ent_type == "PERSON"
    )


def _inside_longer_name(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether a known organisation's words are only part of a longer name.

    "Lords" in "the Law Lords" is part of a title; "Metropolitan Police" in
    "Metropolitan Police Authority" is part of another body's name, whose
    next word says what it is.
    """
    tokens = tree.tokens
    words = tuple(token.text for token in tokens[first:last])
    if first > 0 and lexicon.title((tokens[first - 1].text, *words)) is not None:
        return True
    reach = _RUN_ON_REACH if tokens[first].text.lower() == "the" else 1
    return _name_runs_on(tree, last, reach, lexicon) or _name_began_before(
        tree, first, last, lexicon
    )


_RUN_ON_REACH = 3
"""How many capitalised words may stand between a title listed with its article and the
word that says what a longer name is: "The Independent Police Complaints Commission"."""


def _name_runs_on(tree: Tree, last: int, reach: int, lexicon: ActorLexicon) -> bool:
    """Whether the entity goes on past a known name to a word that says what it is.

    "BBC Radio 4" is a station of the BBC's, an actor of its own; "The
    Independent Electoral Commission" and "The Independent Broadcasting
    Authority" are no newspaper. Only a title listed with its article
    reaches past the next word: "the UN Economic Commission" is a body of
    the UN's, which its name says (IGO).
    """
    tokens = tree.tokens
    for k in range(last, min(last + reach, len(tokens))):
        if not tokens[k].text[:1].isupper() or tokens[k].ent_iob != "I":
            return False
        if tokens[k].text.lower() in lexicon.org_words:
            return True
    return False


def _name_began_before(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether a known body's name is the tail of a longer one the entity starts before it.

    "Kenya's Independent Electoral Commission" is not Britain's Electoral
    Commission. A country or its people before the name place the body
    the lexicon lists ("the UK Electoral Commission"), and a name that
    does not end in a word for a body ("New Labour") is not a body's tail.
    """
    tokens = tree.tokens
    before = first - 1
    if (
        before < 0
        or tokens[first].ent_iob != "I"
        or before == tree.sentence_span(tree.sentence_of[first])[0]
    ):
        return False
    word = tokens[before].text
    return (
        word[:1].isupper()
        and word.lower() != "the"
        and tokens[before].ent_type not in ("GPE", "NORP")
        and lexicon.country(word) is None
        and tokens[last - 1].text.lower() in lexicon.org_words
    )


_NO_NAME_ENDS = frozenset({"PUNCT", "DET", "CCONJ"})
"""Words the model may run a name into that no name ends in: a dash, "the", "and"."""


def _entities(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    found = []
    companies = _index_companies(tree, lexicon)
    documents = _document_acronyms(tree, lexicon) | _acronyms_of_things(tree)
    for entity in [*_repaired_entities(tree, lexicon), *_untagged_countries(tree, lexicon)]:
        if entity.label not in _ACTOR_LABELS and not (
            entity.label == "LOC" and _nation(tree, entity.token_start, entity.token_end, lexicon)
        ):
            continue
        first, last = entity.token_start, _name_end(tree, entity, lexicon)
        bracket = next((j for j in range(first + 1, last) if tree.tokens[j].text == "("), last)
        last = bracket  # "British Bankers' Association (BBA": the acronym is a mention of its own
        while last > first + 1 and tree.tokens[last - 1].pos in _NO_NAME_ENDS:
            last -= 1  # "Alan Milburn - the", "Hale Grammar School - and"
        while first < last and (
            tree.tokens[first].text.lower() in _DETERMINERS
            # 'viticulture," Mr Bussereau said': the model may run the closing
            # quotation mark into the name after it.
            or tree.tokens[first].pos == "PUNCT"
        ):
            first += 1
        first = _without_opening_word(tree, (first, last), entity.label, lexicon)
        first = _with_given_names(tree, entity.label, first, lexicon)
        last = _without_hyphened_suffix(
            tree, entity.label, first, _across_hyphen(tree, entity.label, last)
        )
        # "Philippe Sands QC": letters after a name are evidence, not name, and
        # only people carry them (the model often tags such a name ORG).
        titled = _without_postnominal(tree, first, last, lexicon)
        postnominal = titled < last
        last = titled
        # Titles and honorifics inside a name are evidence, not name; a
        # demonym before an organisation ("British Government") is part of it.
        lead = _name_start(tree, (first, last), entity.label, lexicon)
        words = tuple(token.text for token in tree.tokens[first:last])
        if first >= last or (
            lexicon.title(words)
            and (len(words) > 1 or _title_alone(tree, first, lexicon))
            and not _body_by_name(words, lexicon)
        ):
            continue  # "the Lord Chancellor", "the Cardinal": a title, found with the titles
        if (entity.label == "ORG" and _common_group(tree, first, last, lexicon)) or (
            entity.label in ("ORG", "PERSON")
            and _people_by_title(words, tree.tokens[first].tag, lexicon)
        ):
            # "the MPs found", "after MPs criticised" (which the model may call
            # a person): people named by their role, found with the groups.
            continue
        # "the Multi-Fibre Agreement (MFA)", then "under the MFA": a treaty; "VAT": a thing.
        # "as an MSP", "the QC said": a person's letters, found with the titles.
        if (
            tree.span_text(first, last) in documents
            or _members_letters(words, lexicon)
            or _names_no_actor(entity.label, tree, (first, last), lexicon)
            or _market_index(tree, (first, last), lexicon, companies)
        ):
            continue
        name_follows = last < len(tree) and (
            tree.tokens[last].pos == "PROPN" or tree.tokens[last].ent_type == "PERSON"
        )
        if lead == last - 1 and _is_title_word(tree.tokens[lead].text, lexicon) and name_follows:
            continue  # "Attorney General Lord" + "Goldsmith": the name is the next entity
        # Only a person's name loses its leading words; "Syrian Foreign Ministry"
        # keeps them, unless an honorific says it is a person ("Mr Blair").
        person = (
            entity.label == "PERSON"
            or postnominal
            or any(tree.tokens[j].text in lexicon.honorifics for j in range(first, lead))
        )
        if not person:
            lead = first
        label = "PERSON" if person else entity.label
        found.append(make_mention(tree, lead, last, "name", label))
    return found


def _with_cut_surname(tree: Tree, entity: Entity) -> Entity:
    """A person's name with the surname the model left out of it.

    "Opposition leader Maria Corina Machado denounced ...": the model ends
    the name at "Corina", though the parse makes "Machado" the word the
    whole name hangs on.
    """
    tokens = tree.tokens
    end = entity.token_end
    if (
        end < len(tokens)
        and tokens[end].tag == "NNP"
        and tokens[end].text[:1].isupper()
        and not tokens[end].ent_type
        and tokens[end - 1].head == end
        and tokens[end - 1].dep == "compound"
    ):
        return replace(entity, end=tokens[end].end, token_end=end + 1)
    return entity


def _all_hung_on_the_next(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> bool:
    """Whether the parse hangs every word of a two-word name on the name word after it.

    "President Yoon Suk Yeol": a name of a shape the model knows less well
    ends where the parse says it does not, whatever the given name. Not a
    title after it ("Lifelong Learning Minister"), nor a word after one
    name ("Crossrail Link").
    """
    end = entity.token_end
    return (
        end - entity.token_start >= _NAME_WORDS
        and end < len(tree)
        and not _is_title_word(tree.tokens[end].text, lexicon)
        and all(tree.tokens[k].head == end for k in range(entity.token_start, end))
    )


_NAME_WORDS = 2
"""Words a name the model cut short has before the surname it left out."""


def _halves_joined(tree: Tree, entities: Sequence[Entity]) -> Iterator[Entity]:
    """The model's entities, with a person's name it cut in two made one again.

    "Somali President Hassan Sheikh Mohamud said": the model may tag "Hassan
    Sheikh" and "Mohamud" as two people, though the parse hangs the first
    on the second, the word the whole name hangs on. A name's last word
    after a particle may be tagged as anything ("Ursula von der" a person,
    "Leyen" a place): no name ends in "der".
    """
    i = 0
    while i < len(entities):
        entity = entities[i]
        after = entities[i + 1] if i + 1 < len(entities) else None
        if (
            after is not None
            and entity.label == "PERSON"
            and (after.label == "PERSON" or _ends_in_a_particle(tree, entity, after))
            and _hangs_on_the_next(tree, entity, after)
        ):
            yield replace(entity, end=after.end, token_end=after.token_end)
            i += 2
            continue
        yield entity
        i += 1


def _national_bodies_joined(
    tree: Tree, entities: Sequence[Entity], lexicon: ActorLexicon
) -> list[Entity]:
    """The model's entities, with a national body's name it split at its demonym made one.

    "the British Library": the model may tag "British" as a people and
    "Library" as a person; a body's word (org_words.tsv) the demonym hangs on
    is a body's name, the demonym its first word.
    """
    tokens = tree.tokens
    joined: list[Entity] = []
    for entity in entities:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.label == "NORP"
            and before.token_end == entity.token_start
            and entity.label == "PERSON"
            and tokens[entity.token_end - 1].text.lower() in lexicon.org_words
            and tokens[before.token_end - 1].head == entity.token_end - 1
        ):
            joined[-1] = replace(before, end=entity.end, token_end=entity.token_end, label="ORG")
            continue
        joined.append(entity)
    return joined


def _as_known_firm(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> Entity:
    """A well-known company's name the model took for a thing, as the body it is.

    "its unit Gazpromneft" may be tagged a product; a name of
    ``companies.tsv`` (no everyday words among them) names the firm.
    """
    name = tree.span_text(entity.token_start, entity.token_end)
    if entity.label in _MISTAKEN_FOR_THINGS and fold(name) in lexicon.companies:
        return replace(entity, label="ORG")
    return entity


def _with_for_name(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> Entity:
    """A campaign's name the model cut after its "for", whole again.

    "Anne Carr, of Campaign for Moorland Rail, said": the model may tag only
    what the campaign is for, and take it for a firm. A capitalised word of
    ``campaign_words.txt`` ("Campaign", "Alliance") and "for" before a name
    no lexicon knows open that name; any body's word would not do ("spoke in
    Parliament for Labour" names two bodies).
    """
    tokens = tree.tokens
    start = entity.token_start
    if (
        entity.label != "ORG"
        or start < 2
        or tokens[start - 1].text != "for"
        or not tokens[start - 2].text[:1].isupper()
        or tokens[start - 2].text.lower() not in lexicon.campaign_words
        or lexicon.organization(tree.span_text(start, entity.token_end)) is not None
    ):
        return entity
    return replace(entity, start=tokens[start - 2].start, token_start=start - 2)


def _listed_bodies(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> list[Entity]:
    """A body's entity cut at its commas, when each part is a body a lexicon knows.

    "suing Gazprom, its unit Gazpromneft, Rosneft and ...": the model may
    run two names of a list into one ORG ("Gazpromneft, Rosneft"). Only
    names the lexicons know are split, as a firm's own name may hold a
    comma ("Skadden, Arps").
    """
    if entity.label != "ORG":
        return [entity]
    tokens = tree.tokens
    commas = [k for k in range(entity.token_start, entity.token_end) if tokens[k].text == ","]
    starts = [entity.token_start, *(k + 1 for k in commas)]
    bounds = zip(starts, [*commas, entity.token_end], strict=True)
    parts = [(first, last) for first, last in bounds if first < last]
    if len(parts) < 2 or not all(_known_name(tree, first, last, lexicon) for first, last in parts):
        return [entity]
    return _entity_parts(tree, entity, parts)


def _entity_parts(tree: Tree, entity: Entity, parts: list[tuple[int, int]]) -> list[Entity]:
    """An entity cut into the given token ranges, each an entity of its label."""
    tokens = tree.tokens
    return [
        replace(
            entity,
            start=tokens[first].start,
            end=tokens[last - 1].end,
            token_start=first,
            token_end=last,
        )
        for first, last in parts
    ]


def _two_of_a_kind(tree: Tree, entity: Entity) -> list[Entity]:
    """A body's entity cut at its "and" where both halves open with the same word.

    "the Duchy of Lancaster and Duchy of Cornwall": the model may run two
    bodies of one kind into one ORG. Only where the word of kind before
    "of" is written again after "and" ("Department for Education and
    Skills" is one body).
    """
    tokens = tree.tokens
    first = entity.token_start
    while first < entity.token_end and tokens[first].text.lower() in _DETERMINERS:
        first += 1
    if entity.label != "ORG" or first + 1 >= entity.token_end:
        return [entity]
    kind, link = tokens[first].text, tokens[first + 1].text  # "Duchy", "of"
    if not kind[:1].isupper() or link not in ("of", "for"):
        return [entity]
    for k in range(first + 2, entity.token_end - 2):
        if tokens[k].text == "and" and (tokens[k + 1].text, tokens[k + 2].text) == (kind, link):
            return _entity_parts(tree, entity, [(entity.token_start, k), (k + 1, entity.token_end)])
    return [entity]


def _known_name(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words name a body or a company the lexicons know."""
    name = tree.span_text(first, last)
    return lexicon.organization(name) is not None or fold(name) in lexicon.companies


def _ends_in_a_particle(tree: Tree, entity: Entity, after: Entity) -> bool:
    """Whether a person's name stops at a particle before a one-word entity: "von der" "Leyen"."""
    return (
        tree.tokens[entity.token_end - 1].text in PARTICLES
        and after.token_end - after.token_start == 1
    )


def _hangs_on_the_next(tree: Tree, entity: Entity, after: Entity) -> bool:
    """Whether an entity's last word hangs on the next entity, through particles between.

    "Ursula von" ... "Leyen": the model may leave "der" out of both, but
    the parse hangs "von" on "der" and "der" on "Leyen".
    """
    tokens = tree.tokens
    between = range(entity.token_end, after.token_start)
    if any(tokens[k].text not in PARTICLES for k in between):
        return False
    for k in (entity.token_end - 1, *between):
        head = tokens[k].head
        if tokens[k].dep != "compound" or not k < head < after.token_end:
            return False
    return True


def _common_noun_opening_a_sentence(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> bool:
    """Whether the model took a plural noun for a body's name only as it opens a sentence.

    "Bills will rise, the regulator said", "Taxes will go up": the capital
    the sentence gives its first word makes the model see a name, though it
    tags the word a plural common noun. A body's name the text writes with
    its capital elsewhere too ("Barclays") or a lexicon knows stays.
    """
    first = entity.token_start
    word = tree.tokens[first]
    if (
        entity.token_end - first != 1
        or entity.label not in ("ORG", "PERSON")
        or word.tag != "NNS"
        or not tree.opens_sentence(first)
        or lexicon.organization(word.text) is not None
        or fold(word.text) in lexicon.companies
    ):
        return False
    return not any(
        t.text == word.text and not tree.opens_sentence(k) for k, t in enumerate(tree.tokens)
    )


def _body_named_for_a_country(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> Entity:
    """A body whose name ends in its country's, which the model tagged as the country alone.

    "Energy UK, which represents suppliers", "Water UK said": the
    capitalised words the model left out hang on the country's name as
    one name's words do, and name the trade body. Not a title, a date or
    a people before it ("Monday UK figures", "President Kenya").
    """
    tokens = tree.tokens
    first = entity.token_start
    if (
        entity.label != "GPE"
        or entity.token_end - first != 1
        or lexicon.country(tokens[first].text) is None
    ):
        return entity
    start = first
    while start > 0 and _a_word_of_a_bodys_name(tokens[start - 1], first, lexicon):
        start -= 1
    if start == first:
        return entity
    return replace(entity, start=tokens[start].start, token_start=start, label="ORG")


def _a_word_of_a_bodys_name(token: Token, country: int, lexicon: ActorLexicon) -> bool:
    """Whether a capitalised word hung on a country's name is a word of a body's name ("Water")."""
    return (
        token.pos in ("PROPN", "NOUN")
        and token.text[:1].isupper()
        and token.dep == "compound"
        and token.head == country
        and not token.ent_type
        and lexicon.title((token.text,)) is None
        and token.text not in lexicon.honorifics
        and lexicon.country(token.text) is None
        and token.text not in lexicon.regional_adjectives
        # "Neighbouring Niger" opening a sentence: a participle, no name's word.
        and not token.text.lower().endswith(("ing", "ed"))
    )


def _with_party_word(tree: Tree, entity: Entity) -> Entity:
    """A party's name with the "party" after it that says what it is.

    "the ruling Frelimo party": the model may take the name alone for a
    person's; the parse hangs it on "party", which names a body.
    """
    tokens = tree.tokens
    end = entity.token_end
    if (
        entity.label in ("PERSON", "ORG")  # not "the Peruvian party": a description
        and end < len(tokens)
        and tokens[end].text == "party"
        and tokens[end].dep != "compound"  # "Labour party members", "party chairman"
        and all(tokens[k].head == end for k in range(entity.token_start, end))
    ):
        return replace(entity, end=tokens[end].end, token_end=end + 1, label="ORG")
    return entity


def _repaired_entities(tree: Tree, lexicon: ActorLexicon) -> Iterator[Entity]:
    """The model's entities, with a person's name it ran into a body or took for a thing.

    After a closing quote the model may call a name a work of art
    ('"...," Jean-Paul Roux, of the union, said'), and it may run a body
    it knows and the name after it into one ("For the Lib Dems David Laws
    said"): a given name of ``first_names.tsv`` with only capitalised names
    after it, to the entity's end, is a person's name. A body's name alone
    that looks like a person's ("John Lewis", "Morgan Stanley") stays.
    """
    entities = _national_bodies_joined(
        tree, _bodies_written_in_full(tree, tree.parse.entities), lexicon
    )
    for whole in _halves_joined(tree, entities):
        if _common_noun_opening_a_sentence(tree, whole, lexicon):
            continue
        named = _listed_bodies(tree, whole, lexicon)
        named = named if len(named) > 1 else _two_of_a_kind(tree, whole)
        if len(named) > 1:
            yield from named
            continue
        entity = _with_party_word(tree, _as_known_firm(tree, whole, lexicon))
        entity = _without_trailing_word(tree, _with_for_name(tree, entity, lexicon))
        entity = _body_named_for_a_country(tree, entity, lexicon)
        given = _given_name_at(tree, entity, lexicon)
        if entity.label == "PERSON":
            cut = given == entity.token_start or _all_hung_on_the_next(tree, entity, lexicon)
            yield _with_cut_surname(tree, entity) if cut else entity
            continue
        if given is None or entity.label in ("GPE", "NORP"):
            yield entity
            continue
        tokens = tree.tokens
        body = [t.text for t in tokens[entity.token_start : given]]
        while body and body[0].lower() in _DETERMINERS:
            body = body[1:]
        if body and lexicon.organization(" ".join(body)) is not None:
            yield replace(entity, end=tokens[given - 1].end, token_end=given)
        elif entity.label in _MISTAKEN_FOR_THINGS and _all_names(
            tokens[entity.token_start : given]
        ):
            given = entity.token_start  # "Jean-Paul Roux": "Paul" is the given name we know
        else:
            yield entity
            continue
        yield replace(entity, label="PERSON", start=tokens[given].start, token_start=given)


def _bodies_written_in_full(tree: Tree, entities: Sequence[Entity]) -> list[Entity]:
    """The model's entities, with a body's name it cut short where the text goes on with it.

    "a study by the University of the Fens and Marshes": the model may
    end the name at "Fens" and call "Marshes" a place, though the
    document tags the whole name elsewhere. A body's name that a longer one
    of the document begins with, and the text runs on into, is that name.
    """
    text = tree.text
    names = sorted(
        {_without_the(text[e.start : e.end]) for e in entities if e.label == "ORG"},
        key=len,
        reverse=True,
    )
    repaired: list[Entity] = []
    reach = -1
    for entity in entities:
        if entity.start < reach:
            continue  # a piece of the name just made whole ("Islands")
        whole = _whole_name_at(text, entity, names) if entity.label == "ORG" else None
        if whole is not None:
            reach = whole
            last = next(
                k for k in range(entity.token_end, len(tree)) if tree.tokens[k].end >= reach
            )
            repaired.append(replace(entity, end=reach, token_end=last + 1))
        else:
            repaired.append(entity)
    return repaired


def _without_the(name: str) -> str:
    """A name as written without the "the" the model may take into it."""
    return name[4:] if name[:4].lower() == "the " else name


def _whole_name_at(text: str, entity: Entity, names: list[str]) -> int | None:
    """Where the document's longer name that a cut name begins ends, if the text runs on."""
    cut = _without_the(text[entity.start : entity.end])
    start = entity.end - len(cut)
    return next(
        (
            start + len(name)
            for name in names
            if name.startswith(f"{cut} ") and text.startswith(name, start)
        ),
        None,
    )


def _without_trailing_word(tree: Tree, entity: Entity) -> Entity:
    """An entity without a lower-case preposition the model ran on into.

    "the Finance Centre at Kent University": the model may end the body's
    name on "at"; the name ends before it, and where it stands is said after.
    """
    last = entity.token_end - 1
    if last > entity.token_start and tree.tokens[last].text in _TRAILING_PREPOSITIONS:
        return replace(entity, end=tree.tokens[last - 1].end, token_end=last)
    return entity


_TRAILING_PREPOSITIONS = frozenset({"at", "in", "of", "for", "from"})


def _given_name_at(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> int | None:
    """Where a given name opens the last words of an entity that are all names, if one does."""
    tokens = tree.tokens
    end = entity.token_end
    for k in range(entity.token_start, end - 1):
        if tokens[k].text in lexicon.given_names and _all_names(tokens[k:end]):
            return k
    return None


def _all_names(tokens: Sequence[Token]) -> bool:
    return all((t.pos == "PROPN" and t.text[:1].isupper()) or t.text == "-" for t in tokens)


def _body_by_name(words: tuple[str, ...], lexicon: ActorLexicon) -> bool:
    """Whether a state body's title is written as its name, and so stays the model's entity.

    "the Economy Ministry": the name of one body, found as written even
    where its lower-case form ("the economy ministry") counts as a title. A
    bank's ("Central Bank") is still found as the title, which says it is
    the state's.
    """
    return (
        len(words) > 1
        and lexicon.org_words.get(words[-1].lower()) == "GOV"
        and all(word[:1].isupper() for word in words)
    )


_COUNTRY_WORDS = 3
"""The most words a country's name takes ("Sri Lanka", "the Seychelles", "United Arab Emirates")."""


_MISTAKEN_FOR_THINGS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
"""Labels the model gives a country's name that are no actor's nor a place's own."""


def _capital_acting(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words name a capital as the subject of a verb: "Baku denied", not "in Baku"."""
    head = tree.tokens[last - 1]
    return head.dep == "nsubj" and tree.span_text(first, last) in lexicon.capitals


def _untagged_countries(tree: Tree, lexicon: ActorLexicon) -> Iterator[Entity]:
    """Country names the model left untagged ("Indonesia, Sri Lanka and the Seychelles").

    The model misses plural names ("Seychelles", "Maldives") more than
    others, and tags some as a building or a product ("France criticised
    Niger": FAC); each is proposed as a GPE entity, for the same checks as
    the model's own (a country where things happen is a place, not an actor).
    So is a capital that acts for its state ("Baku denied the claim").
    """
    for entity in tree.parse.entities:
        if entity.label in _MISTAKEN_FOR_THINGS and country_code(
            tree.text[entity.start : entity.end]
        ):
            yield replace(entity, label="GPE")
    tokens = tree.tokens
    i = 0
    while i < len(tokens):
        found = next(
            (
                i + length
                for length in range(_COUNTRY_WORDS, 0, -1)
                if i + length <= len(tokens)
                and all(t.tag in ("NNP", "NNPS") and not t.ent_type for t in tokens[i : i + length])
                and not _inside_name(tree, i, i + length)
                and (
                    country_code(tree.span_text(i, i + length))
                    or _capital_acting(tree, i, i + length, lexicon)
                )
            ),
            None,
        )
        if found is None:
            i += 1
            continue
        yield Entity(
            label="GPE",
            start=tokens[i].start,
            end=tokens[found - 1].end,
            token_start=i,
            token_end=found,
        )
        i = found


def _inside_name(tree: Tree, first: int, last: int) -> bool:
    """Whether words stand joined to a longer name ("the US-Iraq Higher Military Commission")."""
    tokens = tree.tokens
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last] if last < len(tokens) else None
    # A hyphen joins only the words it touches: "MOSCOW, May 2 - Russia" opens the story.
    joined = before is not None and before.tag == "HYPH" and before.end == tokens[first].start
    return joined or (after is not None and (after.tag == "HYPH" or after.pos == "PROPN"))


def _without_opening_word(
    tree: Tree, span: tuple[int, int], label: str, lexicon: ActorLexicon
) -> int:
    """Where a country's name starts when the model ran the sentence's first word into it.

    "Neighbouring Niger and Mali condemned the attack": the capital letter a
    sentence gives its first word makes no name of it ("North Korea" and
    "South Africa" are names whole, and keep their first word); nor is a
    body named for its country cut ("Energy UK said").
    """
    first, last = span
    opens = tree.opens_sentence(first)
    if opens and last - first > 1 and _kind_of_body_opening(tree, first, label, lexicon):
        return first + 1  # "Carmaker Vantor is to cut jobs": "carmaker" says what it is
    if (
        opens
        and label != "ORG"
        and last - first > 1
        and lexicon.country(tree.span_text(first, last)) is None
        and lexicon.country(tree.span_text(first + 1, last)) is not None
    ):
        return first + 1
    return first


def _name_start(tree: Tree, span: tuple[int, int], label: str, lexicon: ActorLexicon) -> int:
    """Where the name of an entity starts, after the titles and honorifics inside it.

    "Tory Ken Clarke", "Tory Treasurer Lord X": a party or body the model
    runs into a person's name is no part of it either.
    """
    lead, last = span
    while True:
        while (
            lead < last - 1
            and _is_title_word(tree.tokens[lead].text, lexicon)
            and tree.tokens[lead + 1].tag != "POS"  # "the Prince's Trust": a body named after one
        ):
            lead += 1
        body = next(
            (
                length
                for length in (3, 2, 1)
                if label == "PERSON"
                and last - lead - length >= _FULL_NAME
                and lexicon.organization(tree.span_text(lead, lead + length))
            ),
            0,
        )
        if not body:
            return lead
        lead += body


_FULL_NAME = 2
"""Words a name keeps when a body before it is cut off: a given name and a surname."""


@functools.cache
def _holiday_names() -> frozenset[str]:
    """Holidays by name, lower case ("easter", "boxing day"): days, which no one is."""
    tables = ("holidays.tsv", "movable_holidays.tsv")
    return frozenset(row["name"] for table in tables for row in lexicons.table(table))


_AMOUNT = re.compile(r"\d[\d.,]*(?:bn|m|tn|k)")
"""A sum written as one word ("193bn", "6.2bn", "40m")."""


def _names_no_actor(label: str, tree: Tree, span: tuple[int, int], lexicon: ActorLexicon) -> bool:
    """Whether an entity the model calls a body names none.

    "Home Affairs spokesman", "Secretary of State": part of a title; "the
    Budget", "the Terrorism Act": a document, not whoever wrote it; "$193bn",
    which the model sometimes calls a person: a sum of money; "Easter": a day.
    """
    first, last = span
    if (last - first == 1 and _AMOUNT.fullmatch(tree.tokens[first].text)) or (
        # "presented to Parliament by Easter": the model may call a feast a person.
        tree.span_text(first, last).lower() in _holiday_names()
    ):
        return True
    if label == "PERSON" and _leads_what_follows(tree, first, last):
        return True
    if label in ("PERSON", "ORG") and part_of_brief(tree, first, last, lexicon, label):
        return True  # "Young People" in "Minister for Schools, Young People and Skills"
    if label == "ORG" and (
        _portfolio(tree, first, last, lexicon)
        or _ends_title(tree, first, last, lexicon)
        # "conflict over Nagorno-Karabakh": a region the model took for a body.
        or _a_region(tree.span_text(first, last), lexicon)
    ):
        return True
    if _begins_title(tree, first, last, lexicon) or _land_feature(tree, first, last):
        return True
    end = tree.tokens[last - 1].text.split("-")[-1].lower()  # "pre-Budget"
    # "when the Bill is debated", "the Crossrail Link Bill", "a hybrid Bill": the
    # model may take a document's word for a person's given name with no surname.
    named_alone = (
        label == "PERSON"
        and last - first == 1
        and (_after_the(tree, first) or not _surname_after(tree, last))
    )
    return (label != "PERSON" or named_alone) and end in lexicon.documents


def _surname_after(tree: Tree, end: int) -> bool:
    """Whether a proper noun follows a word, as a surname follows a given name."""
    return end < len(tree.tokens) and tree.tokens[end].pos == "PROPN"


def _a_region(name: str, lexicon: ActorLexicon) -> bool:
    """Whether a name is a region's or a province's the gazetteer knows, and no body's."""
    return (
        wide_place(name) in ("admin", "region")
        and lexicon.organization(name) is None
        and name not in lexicon.nations  # "Scotland would play its part": its devolved government
    )


def _land_feature(tree: Tree, first: int, last: int) -> bool:
    """Whether a name is a feature of land or sea: "Second Thomas Shoal", "Strait of Hormuz".

    The feature's word ends the name or opens it, or follows it in lower
    case: "the Sambisa forest", "the Helmand province".
    """
    features = lexicons.word_set("land_features.txt")
    words = [tree.tokens[first], tree.tokens[last - 1]]
    if (
        last < len(tree.tokens)
        and tree.tokens[last].text in lexicons.word_set("land_nouns.txt")
        and tree.tokens[last - 1].ent_type != "NORP"  # "the Swiss mountain resort"
    ):
        return True
    return any(w.text[:1].isupper() and w.text.lower() in features for w in words)


def _leads_what_follows(tree: Tree, first: int, last: int) -> bool:
    """Whether a name the model calls a person only says who leads the group after it.

    "Tuareg-led rebels", "Kremlin-backed candidates": the model takes the
    compound for a person, but the word before the hyphen names a people or a
    power that the rebels or candidates (the actors) are led or backed by.
    """
    tokens = tree.tokens
    words = [token.text.lower() for token in tokens[first : min(last + 2, len(tokens))]]
    hyphen = next((k for k, word in enumerate(words) if word in ("-", "‐")), None)
    return hyphen == 1 and hyphen + 1 < len(words) and words[hyphen + 1] in _LEADING_PARTICIPLES


_LEADING_PARTICIPLES = frozenset(
    {"led", "backed", "dominated", "controlled", "run", "sponsored", "allied", "aligned"}
)
"""Participles after a hyphen that make a name before them a modifier: "Tuareg-led"."""


def _document_acronyms(tree: Tree, lexicon: ActorLexicon) -> set[str]:
    """Acronyms given in brackets after a document's name: "the Multi-Fibre Agreement (MFA)"."""
    tokens = tree.tokens
    return {
        tokens[i].text
        for i in range(2, len(tokens) - 1)
        if tokens[i - 1].text == "("
        and tokens[i + 1].text == ")"
        and is_acronym(tokens[i].text)
        and tokens[i - 2].text.lower() in lexicon.documents
        and tokens[i - 2].text[:1].isupper()
    }


def _acronyms_of_things(tree: Tree) -> frozenset[str]:
    """Acronyms of things: spelled out in lower case ("technology (ICT)") or known (``VAT``).

    A body's name is written in capitals ("the Royal Automobile Club (RAC)");
    letters spelled out in lower case stand for a thing, a field or a measure.
    """
    tokens = tree.tokens
    return lexicons.word_set("thing_acronyms.txt") | {
        tokens[i].text
        for i in range(2, len(tokens) - 1)
        if tokens[i - 1].text == "("
        and tokens[i + 1].text == ")"
        and is_acronym(tokens[i].text)
        and tokens[i - 2].text.isalpha()
        and tokens[i - 2].text.islower()
    }


def _after_the(tree: Tree, first: int) -> bool:
    return first > 0 and tree.tokens[first - 1].text.lower() == "the"


_CALENDAR = frozenset((*calendar.day_name, *calendar.month_name)) - {""}


def _across_hyphen(tree: Tree, label: str, last: int) -> int:
    """Where a person's name ends that the model cut at a hyphen inside it.

    "Nursultan Abish-uly Nazarbayev": the model tags "Nursultan Abish" and
    calls the rest something else; a hyphen with no space around it, the
    word joined to it and a capitalised name right after belong to the name.
    """
    tokens = tree.tokens
    if label != "PERSON" or last + 2 >= len(tokens):
        return last
    hyphen, joined, after = tokens[last], tokens[last + 1], tokens[last + 2]
    if (
        hyphen.tag == "HYPH"
        and hyphen.start == tokens[last - 1].end
        and joined.start == hyphen.end
        and joined.text.isalpha()
        and after.pos == "PROPN"
        and after.text[:1].isupper()
        and tree.sentence_of[last + 2] == tree.sentence_of[last - 1]
    ):
        return last + 3
    return last + 2 if _hyphened_syllable(tree, last) else last


_SYLLABLE = 4
"""The longest lower-case syllable hyphened into a name: "Min-soo", "Jong-un", "Suk-yeol"."""


def _hyphened_syllable(tree: Tree, last: int) -> bool:
    """Whether a short lower-case syllable hyphened to a name's end is the name's own.

    "Park Min-soo told ...": the model may tag "Park Min" and leave the
    hyphen and the syllable out; one that describes what follows ("a
    Blair-era reform") is no part of it.
    """
    tokens = tree.tokens
    if last + 1 >= len(tokens):
        return False
    hyphen, joined = tokens[last], tokens[last + 1]
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    return (
        hyphen.text == "-"
        and hyphen.start == tokens[last - 1].end
        and joined.start == hyphen.end
        and joined.text.isalpha()
        and joined.text.islower()
        and len(joined.text) <= _SYLLABLE
        and joined.dep not in _MODIFIERS
        and (after is None or after.pos not in ("NOUN", "PROPN"))
    )


def _without_hyphened_suffix(tree: Tree, label: str, first: int, last: int) -> int:
    """Where a person's name ends before a lower-case word hyphened to it.

    "a George Bush-style tax cut", "the Blair-era reforms": the model tags
    the suffix with the name, which describes a thing by the person. A
    suffix the phrase ends on is the name's own: "President Lai Ching-te
    said", "Kim Jong-un".
    """
    tokens = tree.tokens
    if (
        label == "PERSON"
        and last - 2 > first
        and tokens[last - 2].tag == "HYPH"
        and tokens[last - 2].start == tokens[last - 3].end
        and tokens[last - 1].text.isalpha()
        and tokens[last - 1].text.islower()
        and tokens[last - 1].dep in _MODIFIERS
    ):
        return last - 2
    return last


_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
"""How a word hangs on the noun it describes: "(Bush-)style" on "tax cut"."""


def _with_given_names(tree: Tree, label: str, first: int, lexicon: ActorLexicon) -> int:
    """Where a person's name starts, with the given names the model left out of it."""
    while label == "PERSON" and _given_name_before(tree, first, lexicon):
        first -= 1  # "MP Parmjit" + "Singh Gill"
    return first


def _given_name_before(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    """Whether the word before a person's name is a first part of it the model left out.

    "Lib Dem MP Parmjit Singh Gill": the model tags "Singh Gill" alone. A
    capitalised proper noun it tags as nothing, right before the name, after
    a title, an honorific, a lower-case word or nothing, that names no body,
    country, role or date, is the person's given name. After another
    capitalised word it may end some other name ("Leicester South"), and
    after a preposition or "and" a remit ("Minister for Work Jane Kennedy"),
    so it is left alone there; opening a sentence, only a given name the
    lexicon knows.
    """
    if first == 0:
        return False
    word = tree.tokens[first - 1]
    before = tree.tokens[first - 2] if first >= 2 else None
    starts = before is None or tree.sentence_of[first - 2] != tree.sentence_of[first - 1]
    return (
        word.tag == "NNP"
        and word.ent_type == ""
        and word.text.isalpha()
        and word.text[0].isupper()
        and word.text[1:].islower()
        and tree.sentence_of[first - 1] == tree.sentence_of[first]
        and word.text not in _CALENDAR
        and not _is_title_word(word.text, lexicon)
        and not any(word.text.lower() in title for title in lexicon.titles)  # "US Attorney"
        and lexicon.country(word.text) is None
        and lexicon.organization(word.text) is None
        and word.text.lower() not in lexicon.org_words
        and (
            # "Presenter Jon Marsh", "Novelist Jane Hart": a sentence opens as
            # often with a role the lexicon lacks as with a given name.
            word.text in lexicon.first_names
            if starts or before is None
            else (not before.text[:1].isupper() and before.pos not in ("ADP", "CCONJ"))
            or _is_title_word(before.text, lexicon)
        )
    )


def _index_name(words: list[str], lexicon: ActorLexicon) -> str | None:
    """The index a name spells, after a city or country that places it ("London FTSE")."""
    if len(words) > 1 and lexicon.country(words[0]) is not None:
        words = words[1:]
    name = " ".join(words).lower()
    return name if name in lexicon.market_indices else None


def _index_companies(tree: Tree, lexicon: ActorLexicon) -> set[str]:
    """Index names the article gives to the company behind them.

    "the Nasdaq Stock Market", "Dow Jones Newswires": a capitalised name that
    goes on from an index's name is the firm that runs it, and the short name
    ("Nasdaq said") is that firm wherever the article uses it.
    """
    companies = set()
    for entity in tree.parse.entities:
        words = [t.text for t in tree.tokens[entity.token_start : entity.token_end]]
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]  # "the Nasdaq Stock Market"
        for k in range(len(words) - 1, 0, -1):
            name = " ".join(words[:k]).lower()
            rest = words[k:]
            if name in lexicon.market_indices and _index_name(words, lexicon) is None:
                if rest[0][:1].isupper() and not rest[0].isdigit():
                    companies.add(name)
                break
    return companies


def _market_index(
    tree: Tree, span: tuple[int, int], lexicon: ActorLexicon, companies: set[str]
) -> bool:
    """Whether an entity is a stock market index ("the Dow fell", "the FTSE 100"): a number."""
    words = [t.text for t in tree.tokens[span[0] : span[1]]]
    name = _index_name(words, lexicon)
    return name is not None and name not in companies


_PORTFOLIO_HOLDERS = frozenset(
    {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner"}
)


def _portfolio(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words the model calls a body are the brief of the role after them.

    "Home Affairs spokesman", "Defence Secretary", "International Development
    Secretary": a brief, not a body; a body's name says what it is
    ("Welsh Office minister") or the lexicon knows it.
    """
    text = tree.span_text(first, last)
    words = tree.tokens[first:last]
    tokens = tree.tokens
    if last + 1 < len(tree) and tokens[last].text in ("and", "&"):
        # "Justice and Home Affairs Commissioner": a brief of two parts.
        end = last + 1
        while (
            end < min(len(tree), last + 5)
            and tokens[end].text[:1].isupper()
            and tokens[end].text.lower() not in _PORTFOLIO_HOLDERS
        ):
            end += 1
        if end > last + 1 and end < len(tree) and tokens[end].text.lower() in _PORTFOLIO_HOLDERS:
            last = end
    return (
        last < len(tree)
        and tree.tokens[last].text.lower() in _PORTFOLIO_HOLDERS
        and (lexicon.organization(text) is None or text.lower() in _PARTY_BRIEFS)
        and lexicon.country(text) is None
        and not any(token.text.lower() in lexicon.org_words for token in words)
    )


def _ends_title(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words end a title begun before them: "State" in "Secretary of State"."""
    words = tuple(token.text for token in tree.tokens[max(0, first - 3) : last])
    return any(lexicon.title(words[k:]) for k in range(min(3, first)))


def _begins_title(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether a name is the capitalised start of a title the lower-case words after it end.

    "Law lords ruled ...": at the head of a sentence the model takes "Law"
    for a name, but "law lords" is a title, found with the titles.
    """
    words = [token.text for token in tree.tokens[first:last]]
    following = []
    for token in tree.tokens[last : last + 2]:
        if not token.text.islower():
            break
        following.append(token.text)
        if lexicon.title((*words, *following)):
            return True
    return False


def _repair_labels(mentions: list[Mention], tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """Relabel entities by what the whole document and their neighbours say."""
    surnames = Counter(
        part
        for m in mentions
        if m.label == "PERSON" and len(m.name_parts) > 1
        for part in m.name_parts[_surnames_from(m, lexicon) :]
    )
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        votes.setdefault(m.text, Counter())[m.label] += 1
    # "Disney" after "Walt Disney": a firm named for a person, not a person of the same name.
    surnames -= Counter(_firm_endings(mentions, votes))
    bodies = {m.text for m in mentions if _named_as_body(tree, m, lexicon)}
    # "Mr Preston", "Lord Hutton": a name the document gives an honorific or a
    # title is a person's wherever it stands, even where it spells a place.
    addressed = {m.text for m in mentions if _after_title_or_honorific(tree, m.first, lexicon)}
    addressed |= set(surnames)
    # "Velmar" after "Velmar Holdings": a firm's core name, whatever the model said.
    bodies |= {
        core
        for m in mentions
        if m.label == "ORG" and (core := lexicon.business_core(m.text)) != m.text
    }
    bodies |= _first_words_of_bodies(mentions, votes)
    # "Sepa" after "the Scottish Environment Protection Agency": its initials, no one's name.
    bodies |= {acronym for acronym in acronyms(mentions, tree) if acronym not in addressed}
    # A town the text places somewhere ("come to Norwich") is no firm for recurring alone.
    placed = _placed_names(mentions, tree, votes)
    bodies |= _never_people(mentions, tree, lexicon, votes, surnames) - placed
    names = _DocumentNames(bodies, addressed, placed)
    honoured = _honoured_surnames(tree, lexicon)
    repaired = []
    for m in mentions:
        country = lexicon.country(m.text)
        label = _label(m, tree, lexicon, votes=votes[m.text], surnames=surnames)
        # "Dr Nielsen" settles what the model called "Jakob Nielsen" anywhere.
        label = "PERSON" if _full_name_of_someone_honoured(m, honoured, lexicon) else label
        label = _not_a_person(m, label, tree, lexicon, names)
        if label != "PERSON" and m.text in lexicon.nations:
            if _is_located(tree, m.first) or not (m.subject or m.possessor):
                continue  # "in Scotland", "visits Europe": a place
            # "Scotland would play its part", "Scotland's regiments": a nation acting.
            repaired.append(replace(m, label="LOC", country=lexicon.nations[m.text]))
            continue
        # "Brussels has warned Paris": the body seated there, as a capital is its
        # government; "French" in "French and Belgian troops": France's troops.
        standing = _as_a_seat(m, tree, lexicon) or _one_of_several(
            tree, replace(m, label=label, country=country), lexicon
        )
        if standing is not None:
            repaired.append(standing)
            continue
        if label == "GPE" and country is None and (m.text in bodies or _a_country_s_body(tree, m)):
            label = "ORG"  # "Italian airline Alitalia": a name the document calls a body
        # "stored in the UK": a country's name the model took for a demonym is
        # as much a place there as one it tagged as a country; not where it
        # describes what follows ("in UK interests", "from US custody").
        named = label == "GPE" or (
            label == "NORP"
            and country_code(m.text) is not None
            and tree.tokens[m.last - 1].dep == "pobj"
        )
        if named and (country is None or _is_located(tree, m.first)):
            continue  # a city or a place where things happen: the places stage has it
        if label == "NORP" and country is None and _plural_people(tree, m):
            # "Muslims said ...", "many Sikhs": a community of no one country, as a group.
            repaired.append(replace(m, kind="group", title=m.text.lower(), sector=_CIVILIANS))
            continue
        if label == "NORP" and (country is None or _describes_someone(tree, m, lexicon)):
            continue  # "Iraqi" in "Iraqi Prime Minister" describes a person found elsewhere
        repaired.append(
            replace(m, label=label, country=country if label in ("GPE", "NORP") else None)
        )
    return repaired


def _first_words_of_bodies(mentions: list[Mention], votes: dict[str, Counter[str]]) -> set[str]:
    """One-word names the model calls a body that open a longer body's name in the document.

    "Arcadia Systems ... Arcadia said": the short name is the firm's, though
    a town shares it.
    """
    return {
        m.name_parts[0]
        for m in mentions
        if m.label == "ORG"
        and len(m.name_parts) > 1
        and votes.get(m.name_parts[0], Counter())["ORG"]
    }


def _firm_endings(mentions: list[Mention], votes: dict[str, Counter[str]]) -> set[str]:
    """Last words of bodies' names the model also tags a body when they stand alone.

    A firm may bear its founder's full name ("Walt Disney", "John Lewis")
    and be called by his surname after it; where the model calls both the
    full name and the surname, more than once, a body more often than a
    person, the surname is the firm's, though a relative of the founder
    named in full ("Roy Disney") shares it.
    """
    return {
        m.name_parts[-1]
        for m in mentions
        if len(m.name_parts) > 1
        and _mostly_a_body(votes[m.text])
        and _mostly_a_body(votes.get(m.name_parts[-1], Counter()), at_least=2)
    }


def _mostly_a_body(votes: Counter[str], at_least: int = 1) -> bool:
    """Whether the model tags a name a body at least so often, and more often than a person."""
    return votes["ORG"] >= at_least and votes["ORG"] > votes["PERSON"]


_CIVILIANS = "CVL"
_PRESS = "MED"
"""Reporters "told" something are where a statement goes, not whom it is about."""


def _a_country_s_body(tree: Tree, m: Mention) -> bool:
    """Whether a name the model calls a place is a country's body listed among bodies.

    "Chile's Andes Air, Qantas and Peru's Inca Airways": owned by a
    country and listed with a body, it is no place ("Iraq's Basra" is).
    """
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    owned = any(
        tokens[c].dep == "poss" and country_code(tokens[c].text) is not None
        for c in tree.children[head]
    )
    listed = tokens[head].dep in ("conj", "appos") and tokens[tokens[head].head].ent_type == "ORG"
    return owned and listed


def _seat_acting(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Organization | None:
    """The body a city stands for where it acts or is acted upon ("Brussels has warned").

    Only as a clause's subject or object, an owner ("Brussels's rules"), or
    the other side of a preposition of dealings ("a complaint against
    Brussels", "talks with Brussels"); "talks in Brussels", "flew to
    Brussels" and "the Brussels summit" name the city.
    """
    name = lexicon.seats.get(m.text)
    if name is None or _is_located(tree, m.first):
        return None
    token = tree.tokens[m.last - 1]
    head = tree.tokens[token.head]
    # "Brussels' Coudenberg Palace" is a place in the city, not the EU's.
    owner = token.dep == "poss" and head.pos != "PROPN"
    acting = (
        token.dep in _CLAUSE_PARTS
        or owner
        or (token.dep == "pobj" and head.text.lower() in _DEALINGS)
    )
    return lexicon.organization(name) if acting else None


_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj"})
_DEALINGS = frozenset({"against", "with", "by", "on", "over"})


_MEMBERS = frozenset({"mp", "mps", "msp", "msps", "mep", "meps", "am", "member", "candidate"})
"""Who sits for a seat: "MP for Sedgefield" names the seat, not a person."""


def _compass_seat(m: Mention) -> bool:
    """Whether a name is a town's with a point of the compass after it: "Derby North".

    So British news names a parliamentary seat (or a district of a town),
    which the model takes for a body or a person; it is a place.
    """
    *town, last = m.name_parts or ("",)
    return (
        m.kind == "name"
        and m.organization is None
        and m.label in ("ORG", "PERSON")
        and last in _COMPASS_POINTS
        and bool(town)
        and is_city(" ".join(town))
    )


_COMPASS_POINTS = frozenset({"North", "South", "East", "West", "Central"})


def _member_for(m: Mention, seats: list[Mention], tree: Tree) -> Mention:
    """A person the seat before them owns is its member: "Derby North's Anna Pryor" (LEG)."""
    owned = (
        m.kind == "name"
        and m.label == "PERSON"
        and m.first >= 2
        and tree.tokens[m.first - 1].text in ("'s", "\u2019s")
    )
    if owned and any(seat.last == m.first - 1 for seat in seats):
        return replace(m, affiliation_sector=_LEGISLATURE)
    return m


_LEGISLATURE = "LEG"


def _constituency(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a person or a body is the seat a member sits for.

    "the Labour MP for Sedgefield", "candidate for Bethnal Green": a place.
    """
    tokens = tree.tokens
    return (
        m.kind == "name"
        and m.organization is None  # "candidate for Labour": a party the lexicon knows
        and m.first >= 2
        and tokens[m.first - 1].text == "for"
        and tokens[m.first - 2].text.lower() in _MEMBERS
        and m.text not in lexicon.honorifics
    )


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


_STANCES = ("pro-", "anti-")


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


def _counted_people(tree: Tree, first: int, last: int) -> bool:
    """Whether one plural word is people counted ("four Britons", "three Syrians")."""
    head = tree.tokens[first]
    return (
        last - first == 1
        and head.tag in ("NNPS", "NNS")
        and any(tree.tokens[c].dep == "nummod" for c in tree.children[first])
    )


def _plural_people(tree: Tree, m: Mention) -> bool:
    """Whether a NORP entity names many people ("Muslims", "Sikhs"), not one or a nation."""
    return m.last - m.first == 1 and tree.tokens[m.first].tag in ("NNPS", "NNS")


@dataclass(frozen=True)
class _DocumentNames:
    """What the whole document shows of its names, whatever the model says of each."""

    bodies: set[str]
    """Names the document calls a body somewhere ("oil unit Petrovia")."""
    addressed: set[str]
    """Names given an honorific or a title, and surnames of full names: people's."""
    placed: set[str]
    """Names of cities standing somewhere where a place does ("come to Norwich")."""


def _placed_names(mentions: list[Mention], tree: Tree, votes: dict[str, Counter[str]]) -> set[str]:
    """Names of cities the document places: one word the model tags a place, or "in" it.

    A longer name only "in" it (below). Not a name the model ever tags a
    body: firms share names with towns ("a stake in Santander"), and other
    prepositions ("a bid by Aurora") take firms as often as places.
    """
    one_word = {
        m.text
        for m in mentions
        if len(m.name_parts) == 1
        and is_city(m.text)
        and not votes[m.text]["ORG"]
        and (m.label == "GPE" or (m.first > 0 and tree.tokens[m.first - 1].text.lower() == "in"))
    }
    # A longer name only where it stands as a place, "in" it or listed after
    # a place "in" ("strikes in Rafah and Khan Younis"): such names are
    # people's more often than one word is.
    longer = {
        m.text
        for m in mentions
        if len(m.name_parts) > 1
        and not votes[m.text]["ORG"]
        and _in_place(tree, m)
        and any(entry.kind == "city" for entry in lookup(m.text))
    }
    return one_word | longer


def _in_place(tree: Tree, m: Mention) -> bool:
    """Whether a name is the object of "in", or listed after one ("in Rafah and Khan Younis")."""
    tokens = tree.tokens
    head = tree.first_conjunct(head_of(tree, m.first, m.last))
    governor = tokens[head].head
    return tokens[head].dep == "pobj" and tokens[governor].text.lower() == "in"


def _not_a_person(
    m: Mention, label: str, tree: Tree, lexicon: ActorLexicon, names: _DocumentNames
) -> str:
    """The label of a mention once names the document shows are no person's are set apart."""
    addressed = names.addressed
    if (
        label == "PERSON"
        and (lexicon.country(m.text) is not None or _a_region(m.text, lexicon))
        and m.text not in addressed
    ):
        return "GPE"  # "Sri Lanka", "Tamil Nadu's chief minister": a place, whatever NER said
    if label == "PERSON" and is_acronym(m.text) and m.text not in addressed:
        return "ORG"  # "BAA said": letters stand for a body's name, never a person's
    if label == "PERSON" and m.text in names.bodies:
        # "oil unit Petrovia": a name the document once calls a body is one
        # everywhere, though a town may share it ("Aurora").
        return "ORG"
    if (
        label == "PERSON"
        and _one_word_after_the(tree, m, lexicon)
        and m.text not in addressed
        and not _region_with_the(tree, m.first, lexicon)
    ):
        return "ORG"  # "a consultant to the Tote": no one's name follows "the"
    if _is_misread_place(m, label, tree, lexicon, names) or _named_a_place(m, label, tree, lexicon):
        return "GPE"  # "strikes on Palmyra", "near Erbil": a city, whatever NER said
    return label


def _one_word_after_the(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a one-word name follows "the", as a body's does and no person's ("the Tote").

    Not a title or a style, which "the" may stand before ("the Cardinal"),
    nor a name that only describes the noun after it ("the Tomlinson
    report", "the Brighton conference"), nor a town's.
    """
    tokens = tree.tokens
    return (
        len(m.name_parts) == 1
        and _after_the(tree, m.first)
        and (m.last >= len(tokens) or tokens[m.last].pos not in ("NOUN", "PROPN"))
        and m.text not in lexicon.honorifics
        and lexicon.title((m.text,)) is None
        and not is_city(m.text)
        and wide_place(m.text) is None
    )


_OFTEN = 3
"""Times a one-word name must recur, never with a given name, to be no person's."""


def _named_often(
    m: Mention, parts: tuple[str, ...], votes: dict[str, Counter[str]], surnames: Counter[str]
) -> bool:
    """Whether a one-word name recurs with no fuller name it is the surname of ("Novartis")."""
    return sum(votes[m.text].values()) >= _OFTEN and not surnames[parts[0]]


def _never_people(
    mentions: list[Mention],
    tree: Tree,
    lexicon: ActorLexicon,
    votes: dict[str, Counter[str]],
    surnames: Counter[str],
) -> set[str]:
    """Names the model calls people that the document never treats as a person's.

    A person's name starts with a given name and is soon shortened to the
    surname, often with an honorific ("Mr Godfrey"). A name of two words or
    more with no given name we know, never shortened nor given an honorific
    or a title, is a firm's, a team's or a place's when it is repeated whole,
    starts with a place ("Munich Re", "Manchester United") or does business
    ("Virgin Blue's shares").
    """
    addressed = _honoured_words(tree, lexicon)
    alone = {m.text for m in mentions if len(m.name_parts) == 1}
    found = set()
    for m in mentions:
        parts = m.name_parts
        if (
            m.label != "PERSON"
            or not parts
            or (len(parts) == 1 and not _named_often(m, parts, votes, surnames))
            or parts[0] in lexicon.first_names
            or (len(parts) > 1 and {parts[0], parts[-1]} & (addressed | alone))  # "Mr Wen"
            or (len(parts) == 1 and parts[0] in addressed)
            or _after_title_or_honorific(tree, m.first, lexicon)
        ):
            continue
        place = large_city_country(parts[0]) is not None or wide_place(parts[0]) is not None
        repeated = sum(votes[m.text].values()) > 1
        business = does_business(tree, head_of(tree, m.first, m.last), lexicon)
        if place or repeated or business:
            found.add(m.text)
    titled = {m.text for m in mentions if _after_title_or_honorific(tree, m.first, lexicon)}
    return found - titled


def _honoured_words(tree: Tree, lexicon: ActorLexicon) -> set[str]:
    """The words the document writes right after an honorific: "Begg" in "Mr Begg"."""
    return {tree.tokens[i + 1].text for i in _honorifics(tree, lexicon)}


def _honorifics(tree: Tree, lexicon: ActorLexicon) -> Iterator[int]:
    """Where the document writes an honorific with a word after it."""
    tokens = tree.tokens
    return (i for i in range(len(tokens) - 1) if tokens[i].text in lexicon.honorifics)


def _honoured_surnames(tree: Tree, lexicon: ActorLexicon) -> set[str]:
    """The words written after an honorific that opens a name ("Mr Begg", "Dr Nielsen").

    Not an honorific inside a body's name: "Justice" in "the Family Justice
    Division" honours no one. A surname of two words ("Mrs Parker Bowles")
    gives its last word too, which the full name ends in.
    """
    tokens = tree.tokens
    opened = [i for i in _honorifics(tree, lexicon) if i == 0 or tokens[i - 1].pos != "PROPN"]
    return {tokens[i + 1].text for i in opened} | {
        tokens[_name_run_end(tree, i + 1) - 1].text for i in opened
    }


def _name_run_end(tree: Tree, first: int) -> int:
    """Where the run of proper nouns that starts at ``first`` ends."""
    end = first
    while end < len(tree.tokens) and tree.tokens[end].tag == "NNP":
        end += 1
    return max(end, first + 1)


def _full_name_of_someone_honoured(m: Mention, honoured: set[str], lexicon: ActorLexicon) -> bool:
    """Whether a name of two words or more ends in a surname the document gives an honorific.

    The model may call one "Jakob Nielsen" a body and the next a person;
    "Dr Nielsen" elsewhere settles it for every one of them. No body's name
    ends in a word written after "Mr" or "Dr" ("the Nielsen Group" ends in
    its kind), so the rule leaves bodies named after people alone.
    """
    parts = m.name_parts
    return (
        len(parts) >= _FULL_NAME
        and parts[-1] in honoured
        and not {"and", "&"} & set(m.text.split())  # "Royer and Elgindy": two people
        and lexicon.organization(m.text) is None
        and parts[-1].lower().rstrip(".") not in lexicon.org_words
    )


def _title_alone(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    """Whether one capitalised word after "the" is a person's title, not a body's name.

    "the Cardinal said": the model may tag the title a body ("the Cardinal"
    is no firm); a word that also names a body ("the Cabinet") is left to it,
    and so is a royal style, which :func:`_styles_alone` reads, unless it is
    an office of its own: "the Queen's private income" is the monarch's.
    """
    word = tree.tokens[first].text
    return (
        first > 0
        and tree.tokens[first - 1].text.lower() == "the"
        and tree.tokens[first].tag == "NNP"
        and lexicon.organization(word) is None
        and word.lower() not in lexicon.org_words
        and (lexicon.honorific_sectors.get(word) != "GOV" or _monarchs_office(word, lexicon))
    )


def _members_letters(words: tuple[str, ...], lexicon: ActorLexicon) -> bool:
    """Whether a name is the letters a person carries after a name alone: "as an MSP", "the QC".

    The model may tag "MSP" or "QC" alone a body; such letters say what a
    person is (a member of a parliament, a senior barrister) and name no
    body, with "the" or not.
    """
    return len(words) == 1 and words[0] in lexicon.postnominal_sectors


def _monarchs_office(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a royal style is also an office the titles list ("Queen", "King"; not "Prince")."""
    title = lexicon.title((word.lower(),))
    return title is not None and title.scope == "national"


def _nation(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether tokens name a nation or continent that may act ("Scotland", "the Middle East")."""
    while first < last and tree.tokens[first].text.lower() in _DETERMINERS:
        first += 1
    last = _without_possessive(tree, first, last) if first < last else last
    return first < last and tree.span_text(first, last) in lexicon.nations


def _named_as_body(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a noun before a name says it is a body: "oil firm Petrovia", "operator Skyport"."""
    before = tree.tokens[m.first - 1] if m.first else None
    if before is not None and before.pos == "NOUN" and before.lemma.lower() in lexicon.org_words:
        return True
    return _named_by_its_trade(tree, m, lexicon) or _business_noun_beside(tree, m, lexicon)


def _named_by_its_trade(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a plural calling of business right before one name says it is a firm's.

    "according to market analysts Kestrel Digital", "consultants Marlow
    Partners": one name cannot be several analysts, so it names the firm
    they work in. Not a name joined to others ("analysts Ann Lee and Tom
    Hale" are people), nor a plural office ("Labour MPs Tom Watson").
    """
    if not m.first:
        return False
    before = tree.tokens[m.first - 1]
    if before.tag != "NNS" or not before.text.islower():
        return False
    calling = lexicon.title((before.lemma.lower(),))
    if calling is None or calling.sector != COMPANY:
        return False
    head = head_of(tree, m.first, m.last)
    joined = tree.tokens[head].dep == "conj" or any(
        tree.tokens[c].dep == "conj" for c in tree.children[head]
    )
    return not joined


def _business_noun_beside(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a business word after a name says it is a firm's.

    The name before the word ("the Velora corporation", "the Kestrel
    group") or set beside it ("Velora, a Texas-based company,"). Only a
    business word, and no place's name: "the Leeds council" is the city's.
    """
    if is_city(m.text) or wide_place(m.text) or large_city_country(m.text):
        return False
    return _business_word_after(tree, m, lexicon)


def _business_word_after(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name qualifies a business word after it or in apposition ("the Tata group")."""
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    nouns = [c for c in tree.children[head] if tokens[c].dep == "appos" and c >= m.last]
    if tokens[head].dep == "compound" and tokens[head].head >= m.last:
        nouns.append(tokens[head].head)
    return any(
        tokens[k].pos == "NOUN" and lexicon.org_words.get(tokens[k].lemma.lower()) == COMPANY
        for k in nouns
    )


def _label(
    m: Mention, tree: Tree, lexicon: ActorLexicon, *, votes: Counter[str], surnames: Counter[str]
) -> str:
    """What an entity is, by its words, its neighbours and how the document labels it."""
    label = m.label
    if lexicon.country(m.text) is not None and m.label in ("GPE", "NORP", "ORG"):
        label = "GPE" if m.text not in lexicon.demonyms else "NORP"
    elif (
        len(m.name_parts) == 1
        and surnames[m.name_parts[0]]
        and not _known_firm_by_votes(m, votes, lexicon)
    ):
        label = "PERSON"  # "Stoltenberg" ends "Jens Stoltenberg"
    elif (
        _after_title_or_honorific(tree, m.first, lexicon)
        or votes["PERSON"] > votes[label]
        or (label == "ORG" and _named_as_person(tree, m, lexicon))
        or (label == "ORG" and _leader_by_surname(m, tree, lexicon))
    ):
        label = "PERSON"
    elif (
        label == "NORP"
        and m.subject
        and tree.tokens[m.first].pos == "PROPN"
        and not _plural_people(tree, m)
    ):
        label = "PERSON"  # "Sudani met ...": no nationality is called Sudani
    elif label in ("GPE", "LOC") and _a_persons_name_placed(m, tree, lexicon):
        label = "PERSON"
    if label == "PERSON" and m.text.split()[-1].lower().rstrip(".") in lexicon.org_words:
        label = "ORG"  # "Paws Incorporated", "Kartal Holdings": a body, by its last word
    return label


def _a_persons_name_placed(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a place is a person's: a given name, then no place.

    "The union's president, Arnaud Rousseau, vowed ...": the model took the
    name for a town; no place of the gazetteer is called so, and it opens
    on a given name ("Alice Springs" and "George Town" are places).
    """
    return (
        len(m.name_parts) > 1
        and m.name_parts[0] in lexicon.given_names
        and lexicon.country(m.text) is None
        and not lookup(m.text)
        and not towns(m.text)
        and not _land_feature(tree, m.first, m.last)
    )


def _leader_by_surname(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a one-word name the model calls a body is a world leader's surname.

    "Lavrov told reporters": leaders and chief diplomats are named by their
    surname alone (actors.tsv); a body's name we know stays the body's.
    """
    word = tree.tokens[m.first]
    return (
        len(m.name_parts) == 1
        and word.pos == "PROPN"
        and word.dep != "compound"  # "Fox hunting is now illegal": a word of a thing
        and lexicon.organization(m.text) is None
        and fold(m.text) in known_actors().surnames_named_alone
    )


def _known_firm_by_votes(m: Mention, votes: Counter[str], lexicon: ActorLexicon) -> bool:
    """Whether a well-known firm's name the model mostly tags a body is the firm, not a surname.

    "Disney failed to tell investors" beside "Roy Disney": the model calls
    "Disney" a body, and ``companies.tsv`` knows the firm; a person of that
    name alone would be "Mr Disney".
    """
    return fold(m.text) in lexicon.companies and votes["ORG"] > votes["PERSON"]


def _surnames_from(m: Mention, lexicon: ActorLexicon) -> int:
    """Where a name's possible surnames start: 0 when it may put the family name first, else 1.

    Where the first word is no given name we know, it may be the family
    name, as Chinese and Korean names write it: "Wang" alone is then the
    person "Wang Yi", whatever the model says. Not a place's name, which
    begins names the model takes for people ("Wembley Stadium").
    """
    first = m.name_parts[0]
    return int(first in lexicon.first_names or is_city(first) or wide_place(first) is not None)


def _named_as_person(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a body is a person's, by its given name and its role.

    "Rodrigo Salas, the fund's managing director,": a given name we know and
    one person's title in apposition. A firm may bear a founder's name
    ("John Lewis"), but no firm is its own managing director.
    """
    if lexicon.organization(m.text) is not None or len(m.name_parts) < _FULL_NAME:
        return False
    if _a_persons_role_before(m, tree, lexicon):
        return True
    if m.name_parts[0] not in lexicon.first_names:
        return False
    title = apposition_title(m, tree, lexicon)
    return title is not None and tree.tokens[title[1] - 1].tag in ("NN", "NNP")


def _a_persons_role_before(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a name is set in apposition after one person's role: "The UN envoy, Ramin Tal,".

    The role names whoever follows it, though the model knows neither of
    the given name's words; a role that ends in a body's word ("the
    opposition party, Civic Union,") names a body.
    """
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    governor = tokens[head].head
    if tokens[head].dep != "appos" or governor >= m.first or tokens[governor].pos != "NOUN":
        return False
    if tokens[governor].lemma.lower() in lexicon.org_words:
        return False
    role = remit_of(tree, governor)
    found = title_at(tree, role, lexicon)
    return found is not None and role + found[0] == governor + 1


def _as_a_seat(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention | None:
    """The mention as the body seated in the city it names, when that body acts."""
    seat = _seat_acting(m, tree, lexicon)
    if seat is None:
        return None
    return replace(m, label="ORG", organization=seat, country=seat.country)


def _one_of_several(tree: Tree, m: Mention, lexicon: ActorLexicon) -> Mention | None:
    """A demonym's own group, when several share one role: "French, German and Italian ministers".

    The model joins only the last demonym to the role, so each other
    country's people are found here, with the role's sector ("US and
    British troops": US troops, an army). Not governments, each of which is
    its country acting ("the Danish and German governments").
    """
    token = tree.tokens[m.last - 1]
    if m.label not in ("GPE", "NORP") or m.country is None or token.dep not in _BEFORE_A_ROLE:
        return None
    head = tree.tokens[token.head]
    between = tree.tokens[m.last : token.head]
    if token.head < m.last or not any(t.dep == "cc" for t in between):
        return None
    role = lexicon.title((head.text,)) or lexicon.title((head.lemma,))
    if role is None or head.tag != "NNS" or lexicon.is_government((head.lemma.lower(),)):
        return None
    return replace(
        m,
        kind="group",
        title=f"{m.text} {head.text}",
        title_entry=role,
        sector=role.sector,
    )


_BEFORE_A_ROLE = frozenset({"amod", "compound", "nmod"})


def _describes_someone(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a demonym only describes a person or group.

    "Iraqi" in "Iraqi Prime Minister", "Iraqi forces" or "Turkish firms"
    describes; before a thing ("Israeli air strikes", "US policy") it is its
    country acting.
    """
    token = tree.tokens[m.last - 1]
    if token.dep not in ("amod", "compound"):
        return False
    head = tree.tokens[token.head]
    if head.tag == "NNS" and lexicon.is_government((head.lemma.lower(),)):
        # "the Danish and German governments": each country, acting.
        return not any(tree.tokens[c].dep == "conj" for c in tree.children[m.last - 1])
    return (
        head.pos == "PROPN"
        or lexicon.title((head.text,)) is not None
        or lexicon.title((head.lemma,)) is not None
        or (head.tag == "NNS" and lexicon.people_sector(head.text)[0])  # "Turkish firms"
        or _collective(head, lexicon)  # "the British public"
        or head.lemma.lower() in lexicon.org_words  # "a Dutch broker", "Turkish mobile operator"
    )


def _is_misread_place(
    m: Mention, label: str, tree: Tree, lexicon: ActorLexicon, names: _DocumentNames
) -> bool:
    """Whether a name the model calls a person or a body is a place.

    A city is one wherever it stands, unless the document makes it a person
    ("Mr Preston", "Jane Preston"); a county, region or site ("Yorkshire",
    "Heathrow") only where the model calls it a person, as bodies are often
    named after their place ("Yorkshire Water", "Heathrow Airport"), nor
    the core of a firm's name the document gives ("Arcadia" after "Arcadia
    Systems"). A city the model calls a person is a place where it stands as one ("in
    Norwich"), and so everywhere in a document that places it so: "I want
    Norwich to be ..." is the same town.
    """
    if label == "GPE" or lexicon.organization(m.text) is not None:
        return False
    if label == "PERSON":
        if (
            m.text in names.addressed
            or m.text in lexicon.nations
            or m.text in lexicon.first_names  # "Victoria", named alone as family often are
        ):
            return False
        if len(m.name_parts) != 1:
            # "air strikes in Rafah and Khan Younis", "outside Khan Younis"
            return m.text in names.placed or _city_placed(tree, m)
        # A county or region is left as the model has it: the events stage
        # reads a tour of them ("visits Dorset and Cornwall") as meeting no one
        # only when they are actors.
        if is_city(m.text) and m.text in names.placed:
            return True
        place = is_city(m.text) or wide_place(m.text) == "site"
        return (place and _placed(tree, m.last - 1, lexicon)) or _region_with_the(
            tree, m.first, lexicon
        )
    # "Arcadia" after "Arcadia Systems": the firm's short name, not the town.
    return m.text not in names.bodies - names.placed and (
        (is_city(m.text) and not _small_towns_name_for_a_firm(tree, m, lexicon))
        or _city_placed(tree, m)
        or _site_stood_at(tree, m)
    )


_STANDING_AT = frozenset({"on", "at", "in", "inside", "outside", "near"})


def _site_stood_at(tree: Tree, m: Mention) -> bool:
    """Whether a site no body is named for stands as a place: "lawmakers on Capitol Hill"."""
    before = _word_before(tree, m.first)
    return (
        before is not None and before.text.lower() in _STANDING_AT and wide_place(m.text) == "site"
    )


def _small_towns_name_for_a_firm(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a body, that a small town shares, is a firm's.

    "the Tata group", "the Sterling group": the gazetteer knows a Tata in
    Hungary, but a business word after the name makes it a firm. Not a large
    city's name ("the Leeds group" may be the city's), nor a wide place's.
    """
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    return (
        m.label == "ORG"
        and large_city_country(m.text) is None
        and wide_place(m.text) is None
        and _business_word_after(tree, m, lexicon)
        and tokens[tokens[head].head].lemma.lower() not in _PARTS_OF_A_FIRM
    )


_PARTS_OF_A_FIRM = frozenset({"subsidiary", "unit", "arm", "division", "affiliate", "branch"})
"""Business words for a part of a firm: "the Delta subsidiary" is another firm, Delta's."""


def _region_with_the(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    """Whether a one-word name stands as a region does: "in the Galilee", "across the Sahel".

    No one is "in the" a person; the gazetteer may lack the region. But one
    holds "shares in" or "a stake in" a firm: a preposition that hangs from
    a word only a business owns names a body.
    """
    tokens = tree.tokens
    if not (
        first > 1
        and tokens[first].dep != "compound"  # "in the Attlee government": a person's name
        and _after_the(tree, first)
        and tokens[first - 2].text.lower() in _WHERE_PREPOSITIONS
    ):
        return False
    held_by = tokens[first - 2].head  # "shares in the X", or "sold his shares in the X"
    holdings = (held_by, *(c for c in tree.children[held_by] if tokens[c].dep == "dobj"))
    return not any(tokens[h].lemma.lower() in lexicon.business_words for h in holdings)


_WHERE_PREPOSITIONS = frozenset({"in", "across", "near", "throughout", "into", "inside"})


def _city_placed(tree: Tree, m: Mention) -> bool:
    """Whether a longer name the model calls a body is a city where it stands as one.

    "the northern edge of El Fasher", "outside Khan Younis": a city's name
    of two words or more, after a preposition, names no firm. Cities of some
    size only: small places share their names with firms and families.
    """
    return (
        " " in m.text
        and any(entry.kind == "city" and entry.population >= _CITY_SIZE for entry in lookup(m.text))
        and _after_a_preposition(tree, m.first)
    )


_CITY_SIZE = 100_000


def _after_a_preposition(tree: Tree, first: int) -> bool:
    """Whether a name stands right after a preposition, "the" aside ("over the Danube")."""
    before = _word_before(tree, first)
    return before is not None and before.pos == "ADP"


def _word_before(tree: Tree, first: int) -> Token | None:
    """The word right before a name, "the" aside: "on" in "on the Hill"."""
    first -= first > 1 and tree.tokens[first - 1].text.lower() == "the"
    return tree.tokens[first - 1] if first > 0 else None


def _named_a_place(m: Mention, label: str, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether "of" gives a name as a place of a kind: "the port of Hodeidah".

    The gazetteer may lack it, and the model call it a body; not a country or
    a body the lexicon knows ("the state of Israel" is a country acting).
    """
    known = lexicon.organization(m.text) is not None or lexicon.country(m.text) is not None
    return label != "GPE" and not known and named_by_kind(tree, m.last - 1)


def _placed(tree: Tree, token: int, lexicon: ActorLexicon) -> bool:
    """Whether a name stands where a place does.

    After a preposition ("in Hatfield"), visited ("visits Torbay"), in a
    list of such places ("at Heathrow, Gatwick and Luton"), or naming a
    thing of the place ("the Aston ward", "the Hatfield rail crash").
    """
    tokens = tree.tokens
    word = tokens[token]
    if word.dep == "compound" and tokens[word.head].pos == "NOUN":
        return not lexicon.people_sector(tokens[word.head].text.lower())[0]  # not "Roma people"
    while True:
        if _after_a_preposition(tree, token) or _visited(tree, token):
            return True
        if tokens[token].dep != "conj" or tokens[token].head == token:
            return False
        token = tokens[token].head


_VISITS = frozenset({"visit", "tour", "reach", "leave", "arrive"})


def _visited(tree: Tree, token: int) -> bool:
    """Whether a word is a place visited: "visits Manchester, Liverpool and Torbay"."""
    word = tree.tokens[tree.first_conjunct(token)]
    return word.dep == "dobj" and tree.tokens[word.head].lemma.lower() in _VISITS


def _pronouns(tree: Tree) -> list[Mention]:
    return [
        make_mention(tree, i, i + 1, "pronoun", "PERSON", gender=gender)
        for i, token in enumerate(tree.tokens)
        if (gender := _PRONOUNS.get(token.text.lower())) and tree.is_subject(i)
    ]


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})


def _misread_surname(token: Token, people: dict[str, Mention]) -> bool:
    """Whether a word the model took for a common noun is a surname the text gave in full.

    "President Volodymyr Zelenskyy ... Zelenskyy wrote": the model tags the
    rare name alone as a noun; capitalised, standing as an argument, and
    the surname of someone named in full, it is that person.
    """
    return (
        token.pos == "NOUN"
        and token.text in people
        and token.text[:1].isupper()
        and token.dep in _ARGUMENTS
    )


def _repeated_names(
    tree: Tree, found: list[Mention], taken: list[bool], lexicon: ActorLexicon
) -> list[Mention]:
    """Names the model tagged once and missed elsewhere: a person's surname, a named body.

    A document uses a name for the same thing throughout, so an untagged
    "Pedersen" after "Geir Pedersen" is the same person.
    """
    people = {
        part: m
        for m in found
        if m.label == "PERSON" and m.kind == "name"
        for part in m.name_parts[-1:]
    }
    # A one-word body the model tagged more than once ("Ahold", "Novartis") is
    # that body wherever its name recurs untagged.
    tagged = Counter(m.text for m in found)
    bodies = {
        m.text: m
        for m in found
        if m.label == "ORG" and m.kind == "name" and (" " in m.text or tagged[m.text] > 1)
    }
    for m in list(bodies.values()):
        core = lexicon.business_core(m.text)
        if core != m.text and core[:1].isupper():
            bodies.setdefault(core, m)  # "Menatep" after "Group Menatep"
    for acronym, body in acronyms(found, tree).items():
        if lexicon.title((acronym.lower(),)) is None:  # "MP" is a member, not a body
            bodies.setdefault(
                acronym, body
            )  # "the OSI" after "the Office for Statistical Integrity"
    repeated = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        if taken[i] or not (
            token.pos == "PROPN"
            or _misread_surname(token, people)
            or _misread_body_name(token, found)
        ):
            continue
        # "Disney" that the document tags a body is "Walt Disney", not "Roy Disney".
        person = people.get(token.text) if token.text not in bodies else None
        if person is not None and (i + 1 == len(tokens) or tokens[i + 1].pos != "PROPN"):
            repeated.append(make_mention(tree, i, i + 1, "name", "PERSON", gender=person.gender))
            continue
        for text, body in bodies.items():
            length = len(text.split())
            if tree.span_text(i, min(i + length, len(tokens))) == text:
                repeated.append(
                    make_mention(
                        tree,
                        i,
                        i + length,
                        "name",
                        "ORG",
                        organization=body.organization,
                        country=body.country,
                    )
                )
                break
    return repeated


def _misread_body_name(token: Token, found: list[Mention]) -> bool:
    """Whether the model read a body's one-word name as an adjective or a noun: "Ahold shares".

    Before a noun the name of a firm may be tagged as a word that describes
    it; written with its capital as the model tags the body elsewhere, more
    than once, it is that body. Only before a noun: "Today the Tories will
    ..." opens a sentence with a word that names a programme elsewhere.
    """
    if token.pos not in ("ADJ", "NOUN") or token.dep != "compound" or not token.text[:1].isupper():
        return False
    tagged = [m for m in found if m.label == "ORG" and m.kind == "name" and m.text == token.text]
    return len(tagged) > 1


def _bodies_by_their_last_words(
    tree: Tree, found: list[Mention], taken: list[bool], lexicon: ActorLexicon
) -> list[Mention]:
    """A body named in full, then in lower case by the words its name ends in.

    "the Scottish Prison Service ... the prison service ... the service",
    "the Scottish Executive ... the executive": the one body named before
    whose name ends so. Not a word that says what kind of body any name is
    ("the committee", "the bank"), which the descriptions and titles find,
    nor the start of a longer noun phrase ("the service sector", "the post of").
    """
    endings = _name_endings(found)
    shortened = []
    tokens = tree.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.text.lower() not in _DEFINITE - _POSSESSIVES:
            continue
        for tail, names in endings:
            end = i + 1 + len(tail)
            if tuple(t.text for t in tokens[i + 1 : end]) != tail:
                continue
            named_before = [m for m in found if m.text in names and m.last <= i]
            if (
                len(names) == 1
                and named_before
                and not any(taken[i + 1 : end])
                and tail[-1] not in lexicon.org_words
                and tokens[end - 1].pos == "NOUN"
                and not _noun_phrase_goes_on(tree, end)
            ):
                shortened.append(
                    make_mention(tree, i + 1, end, "description", "ORG", shortens=next(iter(names)))
                )
            break  # the longest ending that matches decides
    return shortened


def _name_endings(found: list[Mention]) -> list[tuple[tuple[str, ...], set[str]]]:
    """The last words of the bodies' names in lower case, longest first, with the names they end."""
    endings: dict[tuple[str, ...], set[str]] = {}
    for m in found:
        words = m.text.split()
        if m.kind != "name" or m.label != "ORG" or not all(w[:1].isupper() for w in words):
            continue
        for k in range(1, len(words)):
            endings.setdefault(tuple(w.lower() for w in words[-k:]), set()).add(m.text)
    return sorted(endings.items(), key=lambda item: -len(item[0]))


def _noun_phrase_goes_on(tree: Tree, end: int) -> bool:
    """Whether more of a noun phrase follows its words: "the service sector", "the post of".

    A clause that says which one is meant, with no comma before it, goes on
    too: "this organisation which he believes is unreformable" may be any.
    """
    if end >= len(tree.tokens):
        return False
    after = tree.tokens[end]
    return after.pos in ("NOUN", "PROPN") or after.text.lower() in _SAYING_WHICH


_SAYING_WHICH = frozenset({"of", "which", "who", "whose"})
"""Not "that", as often the start of what is said: "we understand from the executive that"."""


def _honorific_names(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens[:-1]):
        next_word = tokens[i + 1].text
        if (
            token.text not in lexicon.honorifics
            or taken[i + 1]
            or next_word in lexicon.honorifics
            or lexicon.title((token.text, next_word)) is not None  # "the Lord Chancellor"
        ):
            continue
        last = i + 1
        while (
            last < len(tokens)
            and not taken[last]
            and (tokens[last].pos == "PROPN" or _inside_hyphenated(tree, last))
        ):
            last += 1
        if last > i + 1:
            last = _without_postnominal(
                tree, i + 1, _without_possessive(tree, i + 1, last), lexicon
            )
            found.append(
                make_mention(
                    tree, i + 1, last, "name", "PERSON", gender=lexicon.honorifics[token.text]
                )
            )
    return found


def _inside_hyphenated(tree: Tree, k: int) -> bool:
    """Whether a token is the hyphen of a double-barrelled name: "Mr Kilroy-Silk".

    No space on either side, a capitalised name word on both.
    """
    tokens = tree.tokens
    if tokens[k].tag != "HYPH" or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (
        before.end == tokens[k].start
        and after.start == tokens[k].end
        and before.pos == after.pos == "PROPN"
        and after.text[:1].isupper()
    )


def _untagged_people(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """People the model tagged as nothing: a given name we know and a surname after it.

    The small English model misses some names outright, most often when
    the surname is also a word ("Theresa May" passes as a month). A run of
    two or three capitalised proper nouns that no entity covers, whose
    first is a given name in ``first_names.tsv``, is a person's name.
    """
    found = []
    tokens = tree.tokens
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and _free_name_word(tree, end, taken):
            end += 1
        first = _name_after_portfolio(tree, start, end, lexicon)
        while first < end - 2 and _title_word_before_name(tree, first, lexicon):
            first += 1  # "Irish Taoiseach Bertie Ahern": the title is none of the name
        if (
            2 <= end - first <= _LONGEST_UNTAGGED_NAME
            and tokens[first].text in lexicon.first_names
            and not _land_feature(tree, first, end)
        ):
            gender = lexicon.first_names[tokens[first].text]
            found.append(make_mention(tree, first, end, "name", "PERSON", gender=gender))
        start = max(end, start + 1)
    return found


def _title_word_before_name(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether a capitalised word is a title, not a given name, before a known given name."""
    word = tree.tokens[k].text
    return (
        word not in lexicon.first_names
        and lexicon.title((word,)) is not None
        and tree.tokens[k + 1].text in lexicon.first_names
    )


_PORTFOLIO_LINKS = frozenset({"for", "of"})


def _name_after_portfolio(tree: Tree, start: int, end: int, lexicon: ActorLexicon) -> int:
    """Where a name starts in a run of capitalised words that opens with a title's brief.

    "Minister for Foreign Affairs Jane Okello": the model tags none of it,
    and the run "Foreign Affairs Jane Okello" is too long for a name; the
    brief after a title and "for" or "of" runs up to the first given name.
    """
    if start < 2 or tree.tokens[start - 1].text not in _PORTFOLIO_LINKS:
        return start
    if lexicon.title((tree.tokens[start - 2].text,)) is None:
        return start
    return next(
        (k for k in range(start + 1, end - 1) if tree.tokens[k].text in lexicon.first_names),
        start,
    )


# A longer run of untagged capitalised words is a title or a heading, not a name.
_LONGEST_UNTAGGED_NAME = 3


def _free_name_word(tree: Tree, k: int, taken: list[bool]) -> bool:
    """Whether a word is capitalised like a name ("May", not "BBC"), untagged and still free."""
    return _untagged_capital(tree, k, taken) and tree.tokens[k].text[1:].islower()


def _firms_named_after_their_trade(
    tree: Tree, lexicon: ActorLexicon, taken: list[bool]
) -> list[Mention]:
    """Firms the model left untagged, named right after what they are: "steel giant LNM".

    News introduces a firm by its trade and a business word ("Yorkshire
    company Shepherds Purse Cheeses", "steel giant LNM"); the proper nouns
    right after such a word are its name, whatever the model made of them.
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens[:-1]):
        if not token.text.islower() or lexicon.org_words.get(token.text) != COMPANY:
            continue
        last = i + 1
        while (
            last < len(tokens)
            and tokens[last].pos == "PROPN"
            and tokens[last].text[:1].isupper()
            and not taken[last]
            and tokens[last].ent_type in ("", "ORG", "PRODUCT")
        ):
            last += 1
        last = _without_possessive(tree, i + 1, last)
        words = tuple(t.text for t in tokens[i + 1 : last])
        # "the company Chairman ...": a title, found with its holder.
        if words and not any(lexicon.title((w.lower(),)) or w in lexicon.honorifics for w in words):
            found.append(make_mention(tree, i + 1, last, "name", "ORG"))
    return found


def _firms_named_by_their_trade(
    tree: Tree, lexicon: ActorLexicon, taken: list[bool]
) -> list[Mention]:
    """Firms the model left untagged whose name holds a business word: "Ironhorse Oil and Gas".

    Only a name of two words or more that opens with a word of its own, and
    that acts in its clause (a subject, an object, an owner): "North Sea"
    oil is a place's, and a business word alone is no name.
    """
    found = []
    tokens = tree.tokens

    def untagged(k: int) -> bool:
        return (
            k < len(tokens)
            and tokens[k].pos == "PROPN"
            and tokens[k].text[:1].isupper()
            and tokens[k].ent_type == ""
            and not taken[k]
        )

    i = 0
    while i < len(tokens):
        if not untagged(i) or (i > 0 and untagged(i - 1)):
            i += 1
            continue
        last = i + 1
        while untagged(last):
            last += 1
        # "Oil and Gas": one name across its "and".
        if last < len(tokens) - 1 and tokens[last].text in ("and", "&") and untagged(last + 1):
            last += 2
            while untagged(last):
                last += 1
        words = [t.text for t in tokens[i:last]]
        head = head_of(tree, i, last)
        if (
            len(words) > 1
            and any(lexicon.org_words.get(w.lower()) == COMPANY for w in words[1:])
            and lexicon.org_words.get(words[0].lower()) is None
            and lexicon.title((words[0].lower(),)) is None
            and (tokens[head].dep in _ACTING or tokens[head].dep == "poss")
        ):
            found.append(make_mention(tree, i, last, "name", "ORG"))
        i = last
    return found


_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos"})


def _firms_named_before_their_trade(
    tree: Tree, lexicon: ActorLexicon, taken: list[bool]
) -> list[Mention]:
    """Firms the model left untagged, named right before what they are: "the Kestrel group".

    Capitalised proper nouns that only qualify a business word after them
    ("the Menatep group", "the part-Turkish TAV consortium") are the firm's
    name; a place, a role, an honorific or a given name there is not. Nor
    is a trade before a business word a name follows: "IT firm Dimension
    Data", "City consultancy Deloitte".
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        if not token.text.islower() or lexicon.org_words.get(token.lemma) != COMPANY:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].pos == "PROPN":
            continue
        first = i
        while (
            first > 0
            and _untagged_name_word(tree, first - 1, taken)
            and first <= tokens[first - 1].head <= i
        ):
            first -= 1
        # "the Kestrel group", not "Bank of Kestrel group" (a longer name).
        named = first < i and not (first > 0 and tokens[first - 1].pos == "PROPN")
        if named and not _names_no_firm(tree.span_text(first, i), lexicon):
            found.append(make_mention(tree, first, i, "name", "ORG"))
    return found


def _firms_described_after_their_name(
    tree: Tree, lexicon: ActorLexicon, taken: list[bool]
) -> list[Mention]:
    """Firms the model left untagged, with what they are set beside them: "Ferrovia, the firm".

    News brings in a firm it expects no reader to know by its name and a
    description after a comma ("Ferrovia, the private firm which runs the
    lines,"). A run of untagged capitalised proper nouns that acts in its
    clause, with a business word in apposition, is the firm's name.
    """
    found = []
    tokens = tree.tokens
    i = 0
    while i < len(tokens):
        if not _untagged_capital(tree, i, taken):
            i += 1
            continue
        last = i + 1
        while last < len(tokens) and _untagged_capital(tree, last, taken):
            last += 1
        head = head_of(tree, i, last)
        if tokens[head].dep in _ACTING and _described_as_a_firm(tree, head, lexicon):
            found.append(make_mention(tree, i, last, "name", "ORG"))
        i = last
    return found


def _described_as_a_firm(tree: Tree, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a name has a business word in apposition: "Ferrovia, the private firm"."""
    return any(
        tree.tokens[k].dep == "appos"
        and tree.tokens[k].text.islower()
        and lexicon.org_words.get(tree.tokens[k].lemma) == COMPANY
        for k in tree.children[head]
    )


def _names_no_firm(text: str, lexicon: ActorLexicon) -> bool:
    """Whether words before a business word name a place or a person's role or name."""
    first = text.split(maxsplit=1)[0]
    return _place_or_person(text, first, lexicon) or lexicon.title((first.lower(),)) is not None


def _place_or_person(text: str, first: str, lexicon: ActorLexicon) -> bool:
    """Whether capitalised words name a country or a place, or a person by honorific or name.

    ``first`` is their first word. Such words may stand where a body's name
    would, but name no body.
    """
    return bool(
        lexicon.country(text)
        or wide_place(text)
        or is_city(text)
        or first in lexicon.honorifics
        or first in lexicon.first_names
    )


def _untagged_name_word(tree: Tree, k: int, taken: list[bool]) -> bool:
    """Whether an untagged, free capitalised word qualifies the next ("the Yarvex group")."""
    return _untagged_capital(tree, k, taken) and tree.tokens[k].dep == "compound"


def _untagged_capital(tree: Tree, k: int, taken: list[bool]) -> bool:
    """Whether a word is a capitalised proper noun the model tagged as nothing, still free."""
    token = tree.tokens[k]
    return (
        token.pos == "PROPN" and token.text[:1].isupper() and token.ent_type == "" and not taken[k]
    )


def _owned_names(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """A name a country owns that acts: "Turkey's Everasia won", "France's Total will bid".

    News writes a foreign firm after its country's possessive; the model
    often tags no body there, or a place. A run of capitalised proper nouns
    right after "<country>'s" that is the subject or object of a clause, and
    names no place, role, honorific, given name or known body, is a body of
    that country (with_descriptor places it by the possessive).
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens[:-2]):
        if token.dep != "poss" or tokens[i + 1].text not in ("'s", "’s"):
            continue
        first = tree.subtree(i)[0]
        if not lexicon.country(tree.span_text(first, i + 1)):
            continue
        start = last = i + 2
        while (
            last < len(tokens)
            and tokens[last].pos == "PROPN"
            and tokens[last].text[:1].isupper()
            and not taken[last]
        ):
            last += 1
        if last == start or tokens[last - 1].dep not in _ACTING:
            continue
        text = tree.span_text(start, last)
        words = [t.text for t in tokens[start:last]]
        if (
            _place_or_person(text, words[0], lexicon)
            or lexicon.organization(text) is not None
            or lexicon.title(tuple(words[:2])) is not None
            or text in lexicon.market_indices
            or words[-1].lower() in lexicon.documents  # "Germany's Securities Trading Act"
        ):
            continue
        found.append(make_mention(tree, start, last, "name", "ORG"))
    return found


def _a_name_s_last_word(tree: Tree, k: int, title: Title) -> bool:
    """Whether a body's kind is, or stands for, a name's last word: "the Clean Rivers Coalition".

    A coalition in lower case is states acting together; one with a capital
    is a campaign's own name, which says nothing of states, and "the
    coalition" after such a name is that campaign.
    """
    if title.words[-1] not in JOINT_BODIES:
        return False
    word = tree.tokens[k].text
    return word[:1].isupper() or any(t.text == word.title() for t in tree.tokens[:k])


def _names_a_body(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a role's last word is a body's, held by no one: "the court", "the coalition"."""
    return word in lexicon.org_words or word in JOINT_BODIES


def _titles_and_groups(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Role words standing for an actor: "the prime minister", "Iraqi armed factions"."""
    found = []
    tokens = tree.tokens
    i = 0
    while i < len(tokens):
        match = title_at(tree, i, lexicon)
        if (
            match is None
            or any(taken[i : i + match[0]])
            or _a_name_s_last_word(tree, i + match[0] - 1, match[1])
        ):
            i += 1
            continue
        length, title = match
        end = i + length
        # "the former home secretary", "the shadow chancellor": not the office holder.
        # "the oil executive" is a firm's, though "the executive" is a government.
        title = as_a_role(
            tree,
            end - 1,
            (
                with_modifier(tree, modifiers_before(tree, i, lexicon)[0], (i, end, title), lexicon)
                or (i, end, title)
            )[2],
            lexicon,
        )
        if (_name_follows(tree, end) or _joined_to_a_role_before_a_name(tree, i, end)) and not (
            _speaks_for(tree, end)
        ):
            i = end  # a title before a name: evidence for that name, found with it
            continue
        holding = _holds_ground(tree, end, title)
        if _only_describes(tree, end, lexicon, title) and not holding:
            i = end
            continue
        modifiers = modifiers_before(tree, _remit_before(tree, i, end, lexicon), lexicon)
        # The span starts at the modifiers ("Iraqi armed factions") unless one
        # of them is an actor of its own already ("UN" in "UN special envoy").
        first = modifiers[0]
        while first < i and tokens[first].tag == "POS":
            first += 1  # the "'s" of a possessor outside the span
        # "Tory co-chairman": the words after the last one taken still belong to it.
        start = max((k + 1 for k in range(first, i) if taken[k]), default=first)
        while start < i and tokens[start].tag == "POS":
            start += 1  # "Tony Blair's government"
        country, organization = country_and_organization(tree, modifiers, i, lexicon)
        country = country or _country_after(tree, end, title, organization, lexicon)
        owner = country or organization
        before = tokens[modifiers[0] - 1].text.lower() if modifiers[0] > 0 else ""
        voiced = voice_after(tree, end, before, title, lexicon)
        end += voiced  # "a finance ministry official said": the body's voice
        # "the prime minister's official spokesman", "Mr Blair's official
        # spokesman": a possessor makes it definite ("Radio 4's PM programme"
        # is no prime minister).
        possessed = before in ("'s", "’s") or (
            any(tokens[k].text in ("'s", "’s") for k in range(modifiers[0], i))
            and tokens[end - 1].dep != "compound"
        )
        definite = before in _DEFINITE or possessed
        evidence = {
            "title": tree.span_text(_past_quantifiers(tree, first, end), end),
            "title_entry": title,
            "country": country or (organization.country if organization else None),
            "organization": organization,
        }
        government = lexicon.is_government(title.words)
        national = title.scope == "national" and title.sector not in (None, "GOV")
        if holding or _plural(tree, end, title, lexicon):
            # "Labour MPs", "ministers", bare "MPs" (the home country's), and a
            # bare group that acts ("Protesters blocked the road"); bare
            # "officials" as an object could be anyone's, and are no one.
            acting = title.sector is not None and (
                _acts(tree, end - 1)
                or _quantified(tree, end - 1)
                or _other_side(tree, end - 1, lexicon)
            )
            # "condemned by human rights groups": a role of several words names
            # a kind of body specific enough to be an actor wherever it stands.
            # "clashed with his leaders": a person's own group is an actor too.
            specific = (
                holding
                or (title.sector is not None and len(title.words) > 1)
                or _a_persons_own(before, title)
            )
            if owner is not None or government or national or acting or specific:
                start = _trade_before(tree, start, end - 1, title if owner is None else None)
                found.append(
                    make_mention(
                        tree,
                        start,
                        end,
                        "group",
                        "NORP",
                        uncounted=_unquantified(tree, start, end),
                        **evidence,
                    )
                )
        elif (
            definite
            or owner is not None
            or government
            or _one_described(tree, end - 1, before)
            or _speaks_up(tree, end - 1, before)
            or _armed_one_acting(tree, end - 1, before, title)
            or _passive_agent(tree, end - 1, title)
            or _one_harmed(tree, end - 1, before, title)
            or _taken_up_again(tree, end - 1, before, title, lexicon)
            or voiced
            or titled_voice(tree, end - 1, before, title)
            or body_acting(tree, end - 1, before, title, lexicon)
        ):
            # "the prime minister", "NATO's chief"; the government in any form
            # ("Blair's government", "a government white paper", "advice to government").
            collective = government or _names_a_body(tokens[end - 1].text.lower(), lexicon)
            label = "ORG" if collective else "PERSON"  # "the government", "the court"
            # "the head of the agency": the role's words, not the "of" that opens its remit.
            last = end - 1 if tokens[end - 1].pos == "ADP" and end - 1 > start else end
            appositive = (
                _beside_a_name(tree, i, end, taken)
                or (label == "PERSON" and _before_a_name_in_apposition(tree, i, end, taken))
                or _predicate(tree, i, end)
            )
            found.append(
                make_mention(tree, start, last, "title", label, appositive=appositive, **evidence)
            )
        i = end
    return found


def _unquantified(tree: Tree, start: int, end: int) -> str | None:
    """A group's words after its quantifier, its name: "police officers" in "few police officers".

    The quantifier says how many of them, not who they are, as a count does.
    """
    first = _past_quantifiers(tree, start, end)
    return tree.span_text(first, end) if first > start else None


def _past_quantifiers(tree: Tree, first: int, end: int) -> int:
    """Where a role's words start after the quantifiers before them ("few", "many")."""
    while first < end - 1 and tree.tokens[first].text.lower() in _QUANTIFIERS:
        first += 1
    return first


_QUANTIFIERS = frozenset({"few", "many", "several", "some", "most"})


def _a_persons_own(before: str, title: Title) -> bool:
    """Whether a group is one person's own, an actor wherever it stands: "his leaders".

    Not "its members", "their aides": whose they are is too often unclear. Nor
    a body's own people ("her members" under a chairman are her association,
    which speaks through them).
    """
    return before in _PERSONAL_OWNERS and title.scope != "org"


_ARMED = frozenset({"REB", "MIL"})


def _holds_ground(tree: Tree, end: int, title: Title) -> bool:
    """Whether an armed group's word names whose ground or gear the next noun is.

    "jets struck rebel positions", "shelled militant hideouts": the places
    struck are the group's, so the group is the one struck. Only before a
    plural place or thing force is used on ("rebel leaders" are people,
    "militant Islam" a creed).
    """
    tokens = tree.tokens
    if title.sector not in _ARMED or end >= len(tokens) or len(title.words) > 1:
        return False
    noun = tokens[end]
    return (
        tokens[end - 1].text.islower()
        and tokens[end - 1].head == end
        and noun.tag == "NNS"
        and noun.lemma.lower() in lexicons.word_set("held_ground.txt")
    )


def _only_describes(tree: Tree, end: int, lexicon: ActorLexicon, title: Title) -> bool:
    """Whether a role word only describes the noun after it.

    "military action", "judicial review"; and "the opposition parties",
    whose people are found as a group of their own (:func:`_says_which_people`);
    "the prisoner exchange" (:func:`_names_a_kind_of_thing`).
    """
    tokens = tree.tokens
    if end < len(tokens) and tokens[end].pos == "NOUN" and tokens[end - 1].tag == "JJ":
        return True
    return _says_which_people(tree, end, lexicon) or _names_a_kind_of_thing(
        tree, end, title, lexicon
    )


def _country_after(
    tree: Tree, end: int, title: Title, organization: Organization | None, lexicon: ActorLexicon
) -> str | None:
    """The country the words after a role place it in: "the president of France".

    Forces no body owns may be placed by the country keeping them: "France,
    which keeps 350 troops in the country" (:func:`.evidence.stationing_country`).
    """
    country = of_country(tree, end, lexicon)
    if country is None and organization is None and title.sector == "MIL":
        country = stationing_country(tree, end - 1, lexicon)
    return country


def _names_a_kind_of_thing(tree: Tree, end: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a private person's role word only qualifies the thing named after it.

    "the largest prisoner exchange", "the hostage deal", "a refugee camp": a
    kind of exchange, deal or camp, not a prisoner. A role of state stays
    ("the government plan" is the government's), as does one before another
    role or people word ("the hostage families").
    """
    tokens = tree.tokens
    if title.sector != "CVL" or end >= len(tokens) or tokens[end - 1].dep != "compound":
        return False
    after = tokens[end]
    return (
        tokens[end - 1].head == end
        and after.pos == "NOUN"
        and lexicon.title((after.text.lower(),)) is None
        and not lexicon.people_sector(after.text.lower())[0]
    )


def _says_which_people(tree: Tree, end: int, lexicon: ActorLexicon) -> bool:
    """Whether a singular role word only says which people the plural after it names.

    "the opposition parties", "the government employees": a group of
    people (:func:`_people`), not the opposition or the government.
    """
    tokens = tree.tokens
    if end >= len(tokens) or tokens[end - 1].tag != "NN" or tokens[end].tag != "NNS":
        return False
    return tokens[end - 1].head == end and lexicon.people_sector(tokens[end].text.lower())[0]


def _styles_alone(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """A royal style standing for the one the article named with it: "the prince" after "Prince X".

    Only a style of state (an honorific whose sector is GOV) no title lists,
    written in lower case after "the" ("the Prince's Trust" is a charity), in
    an article that named someone with it before; "the prince of Monaco" is
    another.
    """
    found = []
    tokens = tree.tokens
    styled: set[str] = set()
    for i, token in enumerate(tokens):
        if token.text in lexicon.honorifics and i + 1 < len(tokens):
            if tokens[i + 1].pos == "PROPN":
                styled.add(token.text.lower())  # "Prince Harry"
            continue
        word = token.text
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            word not in styled
            or i == 0
            or tokens[i - 1].text.lower() != "the"
            or lexicon.honorific_sectors.get(word.capitalize()) != "GOV"
            or lexicon.title((word,)) is not None
            or (after is not None and (after.pos == "PROPN" or after.text == "of"))
        ):
            continue
        entry = Title(words=(word,), sector="GOV", scope="national")
        found.append(make_mention(tree, i, i + 1, "title", "PERSON", title=word, title_entry=entry))
    return found


def _styles_of_a_place(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """A royal style of a place standing for the one who bears it: "the Prince of Wales".

    A style of state (an honorific whose sector is GOV) before "of" and a
    capitalised place is the person styled so, as "the prince" is, not the
    place: the style is the mention, whoever the story names with it.
    """
    found = []
    tokens = tree.tokens
    for i in range(len(tokens) - 2):
        word = tokens[i].text
        if (
            lexicon.honorific_sectors.get(word) != "GOV"
            or tokens[i + 1].text != "of"
            or tokens[i + 2].pos != "PROPN"
        ):
            continue
        last = i + 3
        while last < len(tokens) and tokens[last].pos == "PROPN":
            last += 1
        last = _without_possessive(tree, i, last)
        entry = Title(words=(word.lower(),), sector="GOV", scope="national")
        found.append(
            make_mention(
                tree,
                i,
                last,
                "title",
                "PERSON",
                title=word.lower(),
                title_entry=entry,
                gender=lexicon.honorifics.get(word),
            )
        )
    return found


def _armed_one_acting(tree: Tree, head: int, before: str, title: Title) -> bool:
    """Whether an unnamed armed attacker does what the clause says: "a gunman killed two".

    "A minister said" is anyone of many, but the one who carried out an
    attack is the attack's actor, named or not, as "gunmen" are.
    """
    return before in ("a", "an") and title.sector == "REB" and _acts(tree, head)


def _one_harmed(tree: Tree, head: int, before: str, title: Title) -> bool:
    """Whether an unnamed person of some sector suffers a deed of force: "arrested an MP".

    "A minister said" is anyone of many, but "police detained an opposition
    leader" tells of one, and of whom the police act against: the party's
    side, as a named leader would be. Only the object of a verb of harm
    (harm_verbs.txt), or the subject of its passive.
    """
    token = tree.tokens[head]
    verb = tree.tokens[token.head]
    return (
        before in ("a", "an")
        and title.sector is not None
        and token.dep in ("dobj", "obj", "nsubjpass")
        and verb.pos == "VERB"
        and verb.lemma.lower() in lexicons.word_set("harm_verbs.txt")
    )


def _taken_up_again(
    tree: Tree, head: int, before: str, title: Title, lexicon: ActorLexicon
) -> bool:
    """Whether the story goes on to tell of an unnamed person it brings in: "sacked an MP".

    "A minister said" is anyone of many, but "Labour suspended a councillor
    ... The councillor, who has apologised, said" tells of one: the
    definite role taken up again soon after is the one the indefinite
    brought in, as "the spokesman" after "a spokesman said" is. Only
    within the next two sentences, and not a generic role ("an official"):
    the story may go on to name one official after another.
    """
    token = tree.tokens[head]
    if before not in ("a", "an") or title.sector is None or token.tag not in _ONE:
        return False
    if lexicon.is_generic(lexicon.canonical(title.words)) and not speaks(tree, head):
        return False
    word = token.text.lower()
    last = tree.sentence_span(min(tree.sentence_of[head] + 2, len(tree.parse.sentences) - 1))[1]
    for k in range(head + 1, last):
        if tree.tokens[k].text.lower() != word or tree.tokens[k].tag not in _ONE:
            continue
        return _definite_role_at(tree, k)
    return False


_ONE = frozenset({"NN", "NNP"})  # "a councillor", "an MP": one person, not a group


def _definite_role_at(tree: Tree, head: int) -> bool:
    """Whether "the" opens the words before a role word: "the MP", "the Labour councillor"."""
    k = head - 1
    while k >= 0 and tree.tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tree.tokens[k].tag != "POS":
        k -= 1
    return k >= 0 and tree.tokens[k].text.lower() == "the"


def _passive_agent(tree: Tree, head: int, title: Title) -> bool:
    """Whether an unnamed body or person of some sector did what a passive says: "by a court".

    "The claim was thrown out by an appeal court", "branded unfair by a
    think-tank": the agent of a deed told in the passive is the one who did
    it, named or not, as an armed attacker is. Only "by" a role with a
    sector of its own, as the agent of a verb.
    """
    token = tree.tokens[head]
    return (
        any(
            tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in ("a", "an")
            for c in tree.children[head]
        )
        and title.sector is not None
        and token.dep == "pobj"
        and tree.tokens[token.head].dep == "agent"
        and tree.tokens[tree.tokens[token.head].head].pos == "VERB"
    )


def _one_described(tree: Tree, head: int, before: str) -> bool:
    """Whether a "who" clause makes an indefinite title someone: "a union leader who said"."""
    return before in ("a", "an") and any(
        tree.tokens[c].dep == "relcl"
        and any(
            tree.tokens[g].text.lower() == "who" and tree.is_subject(g) for g in tree.children[c]
        )
        for c in tree.children[head]
    )


def _speaks_for(tree: Tree, end: int) -> bool:
    """Whether a voice of someone names whom it speaks for: "a spokesman for Michael Howard".

    The name is not the spokesman's, as it is in "envoy for Syria Geir Pedersen".
    """
    tokens = tree.tokens
    return (
        end < len(tokens)
        and tokens[end].text.lower() == "for"
        and tokens[end - 1].lemma.lower() in lexicons.word_set("speaking_roles.txt")
    )


def _speaks_up(tree: Tree, head: int, before: str) -> bool:
    """Whether an unnamed voice speaks: "a spokesman said", "an executive spokeswoman insisted".

    The story quotes someone, though it does not name them; "the spokesman"
    and "she" after it are the same one. A spokesman only mentioned ("asked
    a spokesman") is no one the story hears; one for a body named ("a
    spokeswoman for the council said", "a BAA spokesman said") speaks for
    it, and what the voice says, the body says.
    """
    token = tree.tokens[head]
    if before not in ("a", "an") or token.lemma.lower() not in lexicons.word_set(
        "speaking_roles.txt"
    ):
        return False
    k = head - 1
    while k >= 0 and tree.tokens[k].text.lower() not in ("a", "an"):
        if not tree.tokens[k].text.islower():
            return False
        k -= 1
    return (
        not _speaks_for(tree, head + 1)
        and tree.is_subject(head)
        and quote_cues.load().at(tree, token.head) is not None
    )


def _plural(tree: Tree, end: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a title names several: tagged plural, or a plural of a title ("MPs" tagged NNP).

    A title with a remit is counted by the word before its "of": "the chief
    inspector of schools" is one person, "chiefs of staff" several.
    """
    if "of" in title.words[1:]:
        end = end - len(title.words) + title.words.index("of")
        title = Title(words=title.words[: title.words.index("of")], sector=None, scope="any")
    tag = tree.tokens[end - 1].tag
    if tag in ("NNS", "NNPS") or (tag == "NNP" and title.words[-1] in _PLURAL_WORDS):
        return True
    # "Gunmen attacked" after a dateline: a capital the tagger took for a name.
    last = title.words[-1]
    one = singular(last)
    return one != last and lexicon.title((*title.words[:-1], one)) is not None


_PLURAL_WORDS = frozenset({"police", "personnel"})
"""Words for several people the model may tag as one name: "Police fired" after a dateline."""


def _remit_before(tree: Tree, i: int, end: int, lexicon: ActorLexicon) -> int:
    """Where a body named by its kind starts, with the nouns of its remit before it.

    "the standards committee", "the planning department", "the home affairs
    committee": the nouns say which body, as a portfolio does for a
    ministry, and the article or the words before them make it definite.
    Only for a body's word ("committee", "embassy"), not a person's role.
    """
    tokens = tree.tokens
    if end - i != 1 or tokens[i].text.lower() not in lexicon.org_words:
        return i
    joined = _joined_remit(tree, i, lexicon)
    if joined is not None:
        return joined
    first = i
    while (
        first > 0
        and tokens[first - 1].pos == "NOUN"
        and tokens[first - 1].dep in ("compound", "amod")
        and first <= tokens[first - 1].head <= i
        and tokens[first - 1].text.islower()
    ):
        first -= 1
    return first


def _joined_remit(tree: Tree, i: int, lexicon: ActorLexicon) -> int | None:
    """Where a remit of nouns joined by "and" starts: "the science and technology committee".

    The parse hangs such a remit every way ("culture, media and sport" may
    even take the body's word for one of its nouns), so it is read by the
    words: lower-case nouns and adjectives with "and" or commas between
    them, right before the body's word, after the article, a possessive
    or a capitalised word that opens the body's name ("the Commons").
    """
    tokens = tree.tokens
    k = i - 1
    start: int | None = None
    joined = False
    while k >= max(i - _REMIT_LENGTH, 0) and (
        tokens[k].text in _REMIT_JOINS or _remit_word(tokens[k], lexicon)
    ):
        if tokens[k].text in _REMIT_JOINS:
            joined = joined or tokens[k].text == "and"
        else:
            start = k
        k -= 1
    if start is None or not joined or tokens[i - 1].pos != "NOUN":
        return None
    opener = tokens[k].text if k >= 0 else ""
    if opener.lower() in _DEFINITE or opener in ("'s", "’s") or opener[:1].isupper():
        return start
    return None


def _remit_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a word may be part of a body's remit: a lower-case noun or adjective, no role.

    "the clubs, church leaders and local authority" lists actors, not one
    authority's remit.
    """
    word = token.text
    return (
        token.pos in ("NOUN", "ADJ")
        and word.islower()
        and lexicon.title((word,)) is None
        and not lexicon.people_sector(word)[0]
    )


_REMIT_JOINS = frozenset({"and", ","})
_REMIT_LENGTH = 6
"""The most words a remit of joined nouns takes: "environment, food and rural affairs"."""


def _descriptions(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Organisations named by kind: "the party", "the union", "the newspaper"."""
    found = []
    tokens = tree.tokens
    any_kind = lexicons.word_set("any_body_words.txt")
    for i in range(1, len(tokens)):
        word = tokens[i].text
        sector = lexicon.org_words.get(word)
        if (
            (sector is None and word not in any_kind)
            or taken[i]
            or word in lexicons.word_set("name_only_words.txt")
            or tokens[i - 1].text.lower() not in _DESCRIBING
            # "thanked the bloc": a word in lower case the tagger calls a name is a noun.
            or not (tokens[i].tag == "NN" or (tokens[i].tag == "NNP" and word.islower()))
            or (i + 1 < len(tokens) and _said_which(tree, i, i + 1))
        ):
            continue
        found.append(make_mention(tree, i, i + 1, "description", "ORG", sector=sector))
    return found


def _firms_by_their_trade(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """A firm named before by what it does: "the media giant", "the US phone company".

    Business news calls a firm again by its trade or country and a business
    word ("The phone company collapsed"): a description of the firm named
    before, as "the company" is. Not one that brings in another ("a rival
    phone company", "the parent company"), nor one set beside a name ("X,
    the phone company,"), nor one the words after say which it is ("the
    phone company Telvo").
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        if not _business_word(token, lexicon) or taken[i] or token.dep == "appos":
            continue
        first = i
        while first > 0 and _trade_word(tree, first - 1, i, lexicon) and not taken[first - 1]:
            first -= 1
        if first in (i, 0) or not _the_firm_named_before(tree, first, i):
            continue
        country = next((c for k in range(first, i) if (c := lexicon.country(tokens[k].text))), None)
        found.append(
            make_mention(tree, first, i + 1, "description", "ORG", sector=COMPANY, country=country)
        )
    return found


def _the_firm_named_before(tree: Tree, first: int, head: int) -> bool:
    """Whether a firm's trade and kind after "the" ("the phone company") point back at a firm.

    Not where words after it say which firm it is ("the phone company
    Telvo", "the firm which won the bid"), nor where a firm of that trade
    was brought in with "a" before ("a shell company ... the shell company").
    """
    tokens = tree.tokens
    return (
        tokens[first - 1].text.lower() in _DESCRIBING
        and not (head + 1 < len(tokens) and _said_which(tree, head, head + 1))
        and not _which_one_follows(tree, head)
        and not _brought_in_before(tree, first, head)
    )


def _business_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a word in the singular, in lower case, says a body is a firm ("company")."""
    return (
        token.tag == "NN" and token.text.islower() and lexicon.org_words.get(token.text) == COMPANY
    )


# Words before a firm's kind that bring in a firm other than the one named before.
_ANOTHER_FIRM = frozenset(
    {"rival", "other", "parent", "sister", "new", "joint", "former", "merged", "combined"}
)
_INDEFINITE = frozenset({"a", "an", "another"})


def _which_one_follows(tree: Tree, head: int) -> bool:
    """Whether a clause right after a noun says which one it is: "the firm which won the bid"."""
    tokens = tree.tokens
    return any(
        tokens[k].dep == "relcl" and tokens[head + 1].text != "," for k in tree.children[head]
    )


def _brought_in_before(tree: Tree, first: int, head: int) -> bool:
    """Whether a firm of the same trade and kind was brought in with "a" before.

    "The field was sold to a little-known shell company ... The shell company
    was bought by the state": the one brought in with "a", not the firm
    named before.
    """
    tokens = tree.tokens
    words = [t.text.lower() for t in tokens[first : head + 1]]
    for k in range(len(words) - 1, first):
        if [t.text.lower() for t in tokens[k - len(words) + 1 : k + 1]] != words:
            continue
        start = tree.subtree(k)[0]
        if tokens[start].text.lower() in _INDEFINITE:
            return True
    return False


def _trade_word(tree: Tree, k: int, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a word before a firm's kind says its trade or country ("phone", "media", "US")."""
    token = tree.tokens[k]
    if token.dep not in ("amod", "compound") or not k < token.head <= head:
        return False
    if lexicon.country(token.text) is not None:
        return True
    return (
        token.text.islower()
        and token.tag in ("JJ", "NN", "NNS")
        and token.text not in _ANOTHER_FIRM
    )


def _said_which(tree: Tree, i: int, after: int) -> bool:
    """Whether the words after a body's kind say which one it is, or what it is part of.

    "the party leadership", "the Bush administration", "the party of
    government": not the body named before. A phrase after it that belongs
    to the verb says nothing of it: "filed against the bank by a judge",
    "accused the party of lying".
    """
    token = tree.tokens[after]
    return token.pos in ("PROPN", "NOUN") or (token.pos == "ADP" and token.head == i)


def _countries_described(tree: Tree, taken: list[bool]) -> list[Mention]:
    """A country named by its kind where it acts or owns: "the country's economy"."""
    words = lexicons.word_set("country_nouns.txt")
    tokens = tree.tokens
    return [
        make_mention(tree, i, i + 1, "description", "GPE")
        for i in range(1, len(tokens))
        if tokens[i].text in words
        and not taken[i]
        and tokens[i - 1].text.lower() == "the"
        and (tree.is_subject(i) or tokens[i].dep == "poss")
    ]


_DESCRIBING = frozenset({"the", "that", "this", "his", "her"})
"""What opens a description: "the party", "that party", and "his party" (his own)."""


def _of_some(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a crowd's size comes before the people it counts: "thousands of nurses".

    Not before others ("thousands of supporters", whom no word of people
    or role with a sector names): the crowd is then the group told.
    """
    return tree.tokens[i].text.lower() in _CROWD_SIZES and any(
        tree.tokens[c].dep == "prep"
        and tree.tokens[c].text.lower() == "of"
        and any(
            tree.tokens[o].dep == "pobj" and _names_people(tree, o, lexicon)
            for o in tree.children[c]
        )
        for c in tree.children[i]
    )


def _names_people(tree: Tree, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a noun names people of a kind: a group word, or a role with a sector.

    "nurses", "riot police", "police officers" (by the role with its compound).
    """
    word = tree.tokens[head].text.lower()
    compounds = [c for c in tree.children[head] if tree.tokens[c].dep == "compound" and c < head]
    words = (*(tree.tokens[k].text.lower() for k in compounds), word)
    roles = [lexicon.title(words), lexicon.title((word,))]
    return lexicon.people_sector(word)[0] or any(r is not None and r.sector for r in roles)


_CROWD_SIZES = frozenset({"thousands", "hundreds", "dozens", "crowd", "crowds"})
"""Words for a crowd that give way to the people "of" names: "a crowd of farmers"."""


def _people(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Groups of people the story is about: "the detainees", "nine men", "protesters said".

    A group is a mention when it is definite, counted or a subject, but a
    generic word alone ("people will get drunk") is anyone; a generic
    word made definite ("the men", "the pair") stands for the last group named
    before it, so that "the four detainees ... the men" is one actor.
    A group the story names so anywhere is that group wherever its word
    stands again, before as well as after: "landlords across the county
    will take part ... 300 landlords have signed up".
    """
    once = _people_once(tree, lexicon, taken, frozenset())
    named = frozenset(tree.tokens[m.last - 1].text.lower() for m in once)
    return _people_once(tree, lexicon, taken, named)


def _plural_noun(tree: Tree, i: int) -> bool:
    """Whether a word is a plural common noun, the first of a sentence as well.

    The model tags "Ecologists are warning MSPs ..." a plural proper noun,
    capitalised as it opens the sentence; with no entity there, it is the
    common noun it would be anywhere else.
    """
    token = tree.tokens[i]
    return token.tag == "NNS" or (
        token.tag == "NNPS" and not token.ent_type and tree.opens_sentence(i)
    )


def _people_once(
    tree: Tree, lexicon: ActorLexicon, taken: list[bool], elsewhere: frozenset[str]
) -> list[Mention]:
    """One reading of the groups of people, knowing the words of the groups named ``elsewhere``."""
    found = []
    tokens = tree.tokens
    last_named: str | None = None
    last: str | None = None  # the sector of the group named last
    named: set[str] = set(elsewhere)  # the words of the groups found so far
    for i, token in enumerate(tokens):
        word = token.text.lower()
        is_people, sector = lexicon.people_sector(word)
        if lexicon.demonyms.get(token.text) and _counted_people(tree, i, i + 1):
            # "the four Britons" the model leaves untagged: people of a country.
            is_people, sector = True, _CIVILIANS
        elif not _plural_noun(tree, i) and not _collective(token, lexicon) and not _a_set(tree, i):
            continue
        if (
            not is_people
            or taken[i]
            or (sector == "PTY" and _conflict_sides(tree, i))
            or _of_some(tree, i, lexicon)
        ):
            continue
        first = _group_start(tree, i)
        # "charges from US federal regulators": the country's name is a mention
        # of its own, which places the group.
        placed_by = _placing_names_before(tree, taken, first, i, lexicon)
        before = tokens[placed_by - 1].text.lower() if placed_by > 0 else ""
        counted = any(tokens[j].dep == "nummod" for j in range(first, i)) or _quantified(tree, i)
        # "Turkish firms' involvement": a group that owns what the sentence is about acts too.
        acting = (
            before in _GROUP_DETERMINERS
            or counted
            or _acts(tree, i)
            or _other_side(tree, i, lexicon)
            or _did_in_a_clause(tree, i)
            or (_addressed(tree, i) and sector != _PRESS)
            or token.dep == "poss"
            or _provided_for(tree, first, i, lexicon)
        )
        # "called on British firms": a group a country places is one the
        # story is about wherever it stands, but not one "the men" points back at.
        placed_only = (
            not acting
            and token.tag == "NNS"
            and word not in lexicon.generic_people  # "the British people": the nation
            and _placed_group(tree, placed_by, i, lexicon)
        )
        acting = acting or placed_only
        generic = word in lexicon.generic_people
        # "30,000 passengers were stranded ... disruption to passengers": a
        # group the story is about is that group wherever it is named again.
        # Not "pupils who threaten violence": a clause makes them some of the kind.
        named_again = (
            not acting
            and not generic
            and word in named
            and first == i
            and not any(tokens[c].dep == "relcl" for c in tree.children[i])
        )
        first = _past_placing_names(tree, taken, first, i, lexicon)
        if any(taken[first:i]) or not (acting or named_again):
            continue
        if generic and first == i and before not in _GROUP_DETERMINERS and not counted:
            # "people will get drunk": anyone, no one the story is about; but
            # "thousands of people marched" are a crowd.
            continue
        owned = any(tokens[c].dep == "poss" for c in tree.children[i])
        # Not "the men's families" nor "their lawyers": groups of their own;
        # nor "the families would meet the men", whose kin the men are.
        own = not owned and not is_relational(tree, i)
        definite = before in _GROUP_DETERMINERS
        # Only "the men", "these women" point back at a group named before;
        # "women were more likely than men" names people of their own. So do
        # "the suspects", "the detainees" after "the men": one group of
        # civilians the story is about, told by what befell them; a counted
        # group ("six Asian men") is a new one.
        # "The public" is a group of its own, never one named before, and
        # never the one "the men" named next points back at.
        collective = _collective(token, lexicon)
        # "the pair" is the counted group it points back at, if any
        # (:mod:`.sets`), not the plural named last ("businesses ... the pair").
        back = (
            definite
            and own
            and not collective
            and word not in SET_SIZES
            and _told_again(sector, generic=generic, counted=counted, last=last)
        )
        group = last_named if back and last_named else word
        if (
            own
            and not collective
            and not placed_only
            and (
                (last_named is None and definite)
                or counted
                or (not generic and word in lexicon.people)
            )
        ):
            if group != last_named:
                last = _CIVILIANS if generic else sector
            last_named = group
        # "Turkish firms" are Turkey's, and so are "US federal regulators":
        # a country's name among the modifiers places the group as a demonym does.
        country = next(
            (c for j in range(placed_by, i + 1) if (c := _placing_word(tokens[j], lexicon))), None
        )
        named.add(word)
        found.append(
            make_mention(
                tree,
                first,
                i + 1,
                "group",
                "NORP",
                title=group,
                sector=sector or _of_the_city(tree, first, i),
                country=country,
                uncounted=_uncounted(tree, first, i, generic=generic),
            )
        )
    return found


def _group_start(tree: Tree, head: int) -> int:
    """Where a group's words start: its modifiers, and the words a hyphen joins to them.

    "first-time buyers", "city-dwellers": the words before the hyphen are one
    word with the one after it, and tell which buyers as much as it does.
    """
    tokens = tree.tokens
    first = head
    while first > 0:
        if tokens[first - 1].head == head and tokens[first - 1].dep in _MODIFIERS:
            first -= 1
        elif _hyphened(tree, first, head):
            first -= 2
        else:
            return first
    return first


def _hyphened(tree: Tree, first: int, head: int) -> bool:
    """Whether a word written before a group's first word is joined to it by a hyphen.

    Not a name ("Iran-backed militias"): a mention of its own, which places the
    group; nor a verb ("would-be passengers" are anyone who travels).
    """
    tokens = tree.tokens
    if first < 2 or tokens[first - 1].tag != "HYPH":
        return False
    before, hyphen, after = tokens[first - 2], tokens[first - 1], tokens[first]
    return (
        before.pos in _HYPHENED_WORDS
        and before.end == hyphen.start
        and hyphen.end == after.start
        and first <= before.head <= head
    )


_HYPHENED_WORDS = frozenset({"NOUN", "ADJ", "NUM", "ADV"})
"""The parts of speech of a word a hyphen joins to a group's words: "first-time", "city-"."""


def _of_the_city(tree: Tree, first: int, head: int) -> str | None:
    """BUS for people of no sector of their own placed in the City: "City experts".

    "The City" is London's financial district: its experts, observers and
    analysts speak for the banks and brokers there.
    """
    return _FINANCE if any(tree.tokens[k].text == "City" for k in range(first, head)) else None


_FINANCE = "BUS"


def _conflict_sides(tree: Tree, head: int) -> bool:
    """Whether "parties" are the sides of a fight or a deal: "the warring parties".

    "All parties to the conflict" and "interested parties" name no party of
    politics, and no body to code (conflict_sides.tsv).
    """
    sides = lexicons.table("conflict_sides.tsv")
    before = {row["word"] for row in sides if row["place"] == "before"}
    after = {row["word"] for row in sides if row["place"] == "after"}
    if any(tree.tokens[c].text.lower() in before for c in tree.children[head] if c < head):
        return True
    # Read by the words, not the parse, which may hang "to the conflict" on the verb.
    following = [t.text.lower() for t in tree.tokens[head + 1 : head + 4]]
    if following[:1] not in (["to"], ["in"]):
        return False
    return any(word in after for word in following[1:] if word not in ("the", "this", "that"))


def _uncounted(tree: Tree, first: int, head: int, *, generic: bool) -> str | None:
    """A counted group's words after its count: "travellers" in "3,500 travellers".

    The count says how many the story is about, not who they are, so the
    group is named without it (as "two million working people" are working
    people); "3,000 people" keeps it, as "people" alone names no one. A
    quantifier is such a count: "most city-dwellers" are city-dwellers.
    """
    start = first
    while start < head and (
        _counts(tree.tokens[start]) or tree.tokens[start].text.lower() in _QUANTIFIERS
    ):
        start += 1
    if start == first or (generic and start == head):
        return None
    return tree.span_text(start, head + 1)


def _counts(token: Token) -> bool:
    return token.tag == "CD" or token.dep in {"nummod", "quantmod"} or token.ent_type == "CARDINAL"


def _nationals(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """A country's people named by their plural demonym: "Britons gave generously".

    "seven million Ethiopians", "many Iraqis": private people of that
    country (CVL), not its state. "The Americans" may be the state acting,
    as in diplomatic news, and is left to the country.
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        word = token.text
        country = lexicon.demonyms.get(word)
        if (
            country is None
            or taken[i]
            or not word.endswith("s")
            or lexicon.demonyms.get(word[:-1]) != country
            or token.dep == "compound"
        ):
            continue
        first = i
        while (
            first > 0 and first <= tokens[first - 1].head <= i and tokens[first - 1].dep in _COUNTS
        ):
            first -= 1  # "seven million Ethiopians"
        if (first > 0 and tokens[first - 1].text.lower() == "the") or any(taken[first:i]):
            continue
        found.append(
            make_mention(
                tree, first, i + 1, "group", "NORP", title=word, sector=_CIVILIANS, country=country
            )
        )
    return found


def _past_placing_names(
    tree: Tree, taken: list[bool], first: int, head: int, lexicon: ActorLexicon
) -> int:
    """Where a group starts after the country names that open its modifiers and are mentions.

    "US federal regulators": "US" is the country's mention, "federal
    regulators" the group it places.
    """
    while first < head and taken[first] and _placing_word(tree.tokens[first], lexicon):
        first += 1
    return first


def _placing_names_before(
    tree: Tree, taken: list[bool], first: int, head: int, lexicon: ActorLexicon
) -> int:
    """Where a group's modifiers start with the country names before them that hang on its word.

    The parse may hang "US" on "regulators" in "US federal regulators" as
    a nominal modifier, which the group's own modifiers leave out.
    """
    tokens = tree.tokens
    while (
        first > 0
        and tokens[first - 1].head == head
        and taken[first - 1]
        and _placing_word(tokens[first - 1], lexicon)
    ):
        first -= 1
    return first


def _placing_word(token: Token, lexicon: ActorLexicon) -> str | None:
    """The country a group's modifier places it in: a demonym, or a country's name ("US").

    Only a proper noun names a country: "turkey farmers" and "us" are none.
    """
    if token.pos != "PROPN":
        return lexicon.demonyms.get(token.text)
    return lexicon.demonyms.get(token.text) or country_code(token.text)


def _placed_group(tree: Tree, first: int, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a demonym or a country's name among a group's modifiers places it ("UK firms")."""
    return any(lexicon.country(tree.tokens[j].text) for j in range(first, head))


def _a_set(tree: Tree, i: int) -> bool:
    """Whether a singular noun is a set of people pointing back: "the pair" ("a pair of" is not)."""
    token = tree.tokens[i]
    following = tree.tokens[i + 1].text.lower() if i + 1 < len(tree.tokens) else ""
    return token.tag == "NN" and token.text.lower() in SET_SIZES and following != "of"


def _collective(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a singular noun names a group of people the lexicon lists: "the public", "staff".

    Not "the pair" or "the trio", which only point back at a group named
    before: the plural's bookkeeping of the group named last does not
    follow them.
    """
    word = token.text.lower()
    return token.tag == "NN" and word in lexicon.people and word not in lexicon.generic_people


def _told_again(sector: str | None, *, generic: bool, counted: bool, last: str | None) -> bool:
    """Whether a definite group is the group named last, told of again.

    "The pair" is any group; "the men", "the people" are people, not the
    councils or firms named before; "the suspects" after "the men" are the
    same civilians, told by what befell them, but "the pensioners" after
    "City experts" are people of their own.
    """
    if generic and sector is None:
        return True
    return (generic or not counted) and sector == _CIVILIANS and last == _CIVILIANS


def _acts(tree: Tree, i: int) -> bool:
    """Whether a word does what its clause says: its subject, or a passive's or a deed's agent.

    "Protesters blocked the road", "pelted by protesters", "a protest by
    farmers" (a noun the event cues name a deed by; not "a report by
    economists"); a word joined to any of them by "and" acts too ("wine
    growers and farmers said").
    """
    i = tree.first_conjunct(i)
    token = tree.tokens[i]
    if tree.is_subject(i):
        return True
    if token.dep != "pobj":
        return False
    by = tree.tokens[token.head]
    return by.dep == "agent" or (
        by.text.lower() == "by"
        and by.dep == "prep"
        and tree.tokens[by.head].lemma.lower() in _event_nouns()
    )


@functools.cache
def _event_nouns() -> frozenset[str]:
    """The head nouns the event cue lexicon names deeds by ("protest", "attack", "visit")."""
    return frozenset(
        row["cue"].split()[-1]
        for row in lexicons.table("plover_cues.tsv")
        if row["pos"] in ("NOUN", "NOUN+PREP")
    )


def _other_side(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a plural is the other side of what is done, or the source of a report.

    "held talks with unions", "a case against doctors", "clashes between
    rival militias", "according to diplomats": those dealt with are as much
    what the story reports as its subject is. Not "families with children", where "with" says which
    people, nor "compared with farmers", where it sets them beside others.
    """
    i = tree.first_conjunct(i)
    token = tree.tokens[i]
    if token.dep != "pobj":
        return False
    preposition = tree.tokens[token.head]
    owner = tree.tokens[preposition.head]
    if preposition.text.lower() == "to":
        return owner.text.lower() == "according"
    if preposition.text.lower() in _AIMED_AT:
        # "police fired tear gas at students", "threw stones at officers"
        return owner.lemma.lower() in _FIRING_VERBS
    if preposition.text.lower() not in _DEALING or _sets_beside(owner):
        return False
    if any(tree.tokens[c].dep == "acl" for c in tree.children[i]):
        return False  # "with retailers seeing sales rise": how things stand, not a dealing
    people = lexicon.people_sector(owner.text.lower())[0] or lexicon.title((owner.lemma.lower(),))
    return owner.pos == "VERB" or (owner.pos == "NOUN" and not people)


_DEALING = frozenset({"with", "against", "between"})
_AIMED_AT = frozenset({"at", "on"})
_FIRING_VERBS = frozenset({"fire", "shoot", "throw", "hurl", "lob"})
"""Verbs of force whose "at" or "on" names the people it is used on."""
_SETTING_BESIDE = frozenset({"compare", "associate", "popular", "together", "deal", "engage"})
"""Words whose "with" sets people beside others, or says whom something is for or about
("compared with", "popular with", "dealt with pupils", "engage with voters")."""


def _sets_beside(owner: Token) -> bool:
    """Whether a word's "with" sets people beside others rather than naming a side.

    The verb "dealt with pupils" says who was handled, but the noun in "a deal
    with developers" is an agreement, whose other party is as much an actor
    as the one that signs it.
    """
    lemma = owner.lemma.lower()
    return lemma in _SETTING_BESIDE and not (lemma == "deal" and owner.pos == "NOUN")


def _provided_for(tree: Tree, first: int, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a described group is whom something is provided for: "£1bn for local councils".

    "a cash hand-out for older pensioners": those a measure serves are the
    other side of what the story reports (provisions.txt). Only a group a
    word describes ("older", "local"): "for families" alone is anyone's.
    """
    tokens = tree.tokens
    token = tokens[i]
    if token.dep != "pobj" or first == i or tokens[first].pos != "ADJ":
        return False
    preposition = tokens[token.head]
    owner = tokens[preposition.head]
    return (
        preposition.text.lower() == "for"
        and token.text.lower() not in lexicon.generic_people
        and owner.lemma.lower() in lexicons.word_set("provisions.txt")
    )


def _did_in_a_clause(tree: Tree, i: int) -> bool:
    """Whether a clause on a plural tells what its people did: "protesters who blocked the road".

    A deed in the past makes them the ones the story is about; the present
    ("pupils who threaten teachers") tells of a kind of people.
    """
    return any(
        tree.tokens[c].dep == "relcl"
        and tree.tokens[c].tag == "VBD"
        and any(
            tree.tokens[g].text.lower() in ("who", "that") and tree.is_subject(g)
            for g in tree.children[c]
        )
        for c in tree.children[i]
    )


def _addressed(tree: Tree, i: int) -> bool:
    """Whether a verb of telling or pressing addresses a word: "told jurors", "urged savers".

    Those told, urged or warned are the other side of what the story
    reports, as its subject is the doer; the press is left out by the caller.
    """
    token = tree.tokens[i]
    return token.dep in ("dobj", "dative") and tree.tokens[
        token.head
    ].lemma.lower() in lexicons.word_set("object_control_verbs.txt")


def _quantified(tree: Tree, i: int) -> bool:
    """Whether a plural is counted by a noun of number: "dozens of protesters", "hundreds of"."""
    token = tree.tokens[i]
    if token.dep != "pobj" or tree.tokens[token.head].text.lower() != "of":
        return False
    return tree.tokens[tree.tokens[token.head].head].lemma.lower() in QUANTITY_NOUNS


_MODIFIERS = frozenset({"nummod", "amod", "compound"})
_COUNTS = _MODIFIERS | {"quantmod"}
_GROUP_DETERMINERS = _DEFINITE | {"these", "those", "both", "all"}


def _name_follows(tree: Tree, end: int) -> bool:
    """Whether a name comes right after a title, or after its remit ("envoy for Syria X")."""
    tokens = tree.tokens
    j = end
    if j < len(tokens) and tokens[j].text.lower() in REMIT and tokens[j].pos == "ADP":
        j += 1
        while j < len(tokens) and tokens[j].pos == "PROPN" and tokens[j].ent_type != "PERSON":
            j += 1
    return j < len(tokens) and tokens[j].pos == "PROPN"


_ROLE_WORDS_BEFORE_A_NAME = 4
"""How many words a second role may take between "and" and the name it goes before."""


def _joined_to_a_role_before_a_name(tree: Tree, first: int, end: int) -> bool:
    """Whether a bare title is the first of two roles joined by "and" before one name.

    "Senior Tory MP and former Treasury minister Ian Rowe said":
    both roles are his, set before his name as one would be. A title after
    a determiner is someone of its own ("the prime minister and Chancellor
    Gordon Brown" are two men), so the title must stand bare.
    """
    tokens = tree.tokens
    start = first
    while not tree.opens_sentence(start) and tokens[start - 1].pos in ("PROPN", "ADJ"):
        start -= 1
    if start > 0 and tokens[start - 1].pos == "DET":
        return False
    return _second_role_before_a_name(tree, end)


def _second_role_before_a_name(tree: Tree, joint: int) -> bool:
    """Whether "and" at ``joint`` opens a role set right before a person's name.

    "... and former Cabinet minister Jack Cunningham": a few adjectives and
    nouns, the last a lower-case role word, then the name.
    """
    tokens = tree.tokens
    if joint >= len(tokens) or tokens[joint].text != "and":
        return False
    for k in range(joint + 1, min(joint + 2 + _ROLE_WORDS_BEFORE_A_NAME, len(tokens))):
        if tokens[k].ent_type == "PERSON":
            return k > joint + 1 and tokens[k - 1].pos == "NOUN"
        if tokens[k].pos not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def _beside_a_name(tree: Tree, first: int, end: int, taken: list[bool]) -> bool:
    """Whether a title is set in apposition right after a person's name.

    "Louise Christian, the lawyer representing them,": the role is what the
    text says of the name, not another mention of her; it stays in her
    actor as evidence, with no span of its own.
    """
    tokens = tree.tokens
    head = head_of(tree, first, end)
    name = tokens[head].head
    return (
        tokens[head].dep == "appos"
        and name < first
        and taken[name]
        and tokens[name].ent_type == "PERSON"
        and all(tokens[k].pos in ("PUNCT", "DET") for k in range(name + 1, tree.subtree(head)[0]))
    )


def _before_a_name_in_apposition(tree: Tree, first: int, end: int, taken: list[bool]) -> bool:
    """Whether a title stands before a name set beside it after a comma.

    "The Home Secretary, Tom Reid, said ...", "the Bishop of Carlisle, the
    Rt Rev Peter Lowe,": the name is the mention, and the role what the
    text says of it, as a role after a name is ("Tom Reid, the home
    secretary,"); it stays in his actor with no span of its own.
    """
    tokens = tree.tokens
    head = head_of(tree, first, end)
    for k in tree.children[head]:
        opening = tree.subtree(k)[0]
        if (
            tokens[k].dep == "appos"
            and (tokens[k].ent_type == "PERSON" or taken[k])
            and opening > end
            and tokens[opening - 1].text == ","
            and "," not in (t.text for t in tokens[end : opening - 1])
        ):
            return True
    return False


def _predicate(tree: Tree, first: int, end: int) -> bool:
    """Whether a title is what a copula says of its subject, or of the name it equates it with.

    "Mr Blair became the youngest premier", "The last prime minister to be
    installed so young was Lord Liverpool": the role is said of the one the
    sentence names, not another mention of them; it stays in their actor as
    evidence, with no span of its own, as a role in apposition does.
    """
    tokens = tree.tokens
    head = head_of(tree, first, end)
    verb = tokens[head].head
    if _role_given_as(tree, head):
        return True
    if tokens[verb].lemma.lower() not in _COPULAS or verb == head:
        return False
    if tokens[head].dep == "attr":
        # "it is the prime minister who ...": a cleft names its actor, it says nothing of one.
        subjects = [tokens[k].text.lower() for k in tree.children[verb] if tokens[k].dep == "nsubj"]
        return not (set(subjects) & _PLACEHOLDERS or _asked(tree, verb, subjects))
    return tokens[head].dep == "nsubj" and any(
        tokens[k].dep == "attr" and tokens[k].pos == "PROPN" for k in tree.children[verb]
    )


def _role_given_as(tree: Tree, head: int) -> bool:
    """Whether a title is the role "as" gives someone: "served as the chairman of the committee".

    "His appointment as chairman", "As agriculture minister he caused
    controversy": the role is said of him, as a copula would say it. Not
    "as well as the chairman", which adds someone.
    """
    tokens = tree.tokens
    governor = tokens[head].head
    return (
        tokens[head].dep == "pobj"
        and tokens[governor].text.lower() == "as"
        and tokens[governor].dep == "prep"
        and not (governor > 0 and tokens[governor - 1].text.lower() == "well")
    )


def _asked(tree: Tree, verb: int, subjects: list[str]) -> bool:
    """Whether a copula opens a question, its subject after it: "Is not the opposition ...?"."""
    tokens = tree.tokens
    first = tree.subtree(verb)[0]
    opens = all(tokens[k].pos == "PUNCT" for k in range(first, verb))
    return not subjects and opens and tokens[verb].tag in _FINITE


_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_COPULAS = frozenset({"be", "become", "remain"})
_PLACEHOLDERS = frozenset({"it", "this", "that", "there"})


def _is_title_word(word: str, lexicon: ActorLexicon) -> bool:
    return (
        word in lexicon.honorifics
        or lexicon.title((word,)) is not None
        or word in lexicon.demonyms
        or word.lower() in _TITLE_OPENERS
    )


_TITLE_OPENERS = frozenset(
    {"vice", "deputy", "foreign", "prime", "special", "presidential", "crown"}
)
"""First words of titles that are no title alone: "Crown Prince Abdullah", "Vice President X"."""


def _after_title_or_honorific(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    if first == 0:
        return False
    before = tree.tokens[first - 1].text
    return before in lexicon.honorifics or lexicon.title((before,)) is not None


def _is_located(tree: Tree, first: int) -> bool:
    """Whether a name stands where a place does: "in Kenya", "in neighbouring Kenya".

    Words in lower case that describe the place ("neighbouring",
    "war-torn", "oil-rich") stand between it and its preposition; so does
    the place before it in a list ("stops in Japan and Vietnam"), but not
    after "from", which as often names whom one leaves or comes from
    ("withdrawn from Uzbekistan and Belarus", "envoys from China and India").
    """
    listed = _first_of_its_list(tree, first)
    if listed != first and listed > 0 and tree.tokens[listed - 1].text.lower() != "from":
        first = listed
    j = first - 1
    described = set(range(first, first + _LONGEST_PLACE))
    while j >= 0 and (
        tree.tokens[j].text.lower() in _DETERMINERS
        or (
            tree.tokens[j].head in described
            and tree.tokens[j].dep in _PLACE_DESCRIBERS
            and not tree.tokens[j].text[:1].isupper()
        )
    ):
        described.add(j)
        j -= 1
    return j >= 0 and (
        (
            tree.tokens[j].text.lower() in _LOCATIVES
            and not _aimed_at(tree, j)
            and not _envoy_from(tree, j)
        )
        or _destination(tree, j)
    )


def _kind_of_body_opening(tree: Tree, first: int, label: str, lexicon: ActorLexicon) -> bool:
    """Whether a body's name opens its sentence with a word for its kind: "Retailer Harlows said".

    Written small anywhere else ("shares in retailer Harlows"), the word is
    no part of the name; one the lexicon knows as a name is left whole.
    """
    word = tree.tokens[first]
    return (
        label == "ORG"  # as a person's name ("Retailer Harlows"), the word keeps it a body
        # A trade: "University College London" and "Council Tax" are names whole.
        and lexicon.org_words.get(word.text.lower()) == "BUS"
        and tree.tokens[first + 1].pos == "PROPN"
        and lexicon.organization(tree.span_text(first, first + 2)) is None
    )


def _first_of_its_list(tree: Tree, first: int) -> int:
    """Where the first item of the list a name ends starts: "Japan" for "Japan and Vietnam"."""
    tokens = tree.tokens
    head = first
    while head + 1 < len(tokens) and tokens[head].dep == "compound" and tokens[head].head > head:
        head = tokens[head].head  # "Vietnam" of "South Vietnam"
    if tokens[head].dep != "conj":
        return first
    item = tree.first_conjunct(head)
    while item > 0 and tokens[item - 1].dep == "compound" and tokens[item - 1].head == item:
        item -= 1
    return item


def _destination(tree: Tree, preposition: int) -> bool:
    """Whether a "to" tells where someone goes: "refused entry to the UK", "flew to Paris".

    A journey's end is a place, not the country acting or acted upon
    ("appealed to Britain", "a letter to France" keep theirs). A visit, a
    trip or travel to a country stays the country's: the events stage reads
    it as the side the visitor consults.
    """
    word = tree.tokens[preposition]
    head = word.head
    # "flew back to Paris": the "to" hangs on "back", which hangs on the journey.
    if tree.tokens[head].text.lower() == "back":
        head = tree.tokens[head].head
    return word.text.lower() in ("to", "into") and tree.tokens[head].lemma.lower() in _JOURNEYS


_JOURNEYS = frozenset(
    {"return", "fly", "flight", "entry", "go", "come", "arrive", "move", "drive", "emigrate"}
    | {"flee"}
)
"""Words whose "to" names where a journey ends: "unable to return to the UK"."""


_LONGEST_PLACE = 3
"""How many words a place's name may run to, whose last word its describers hang on."""
_PLACE_DESCRIBERS = frozenset({"amod", "compound", "npadvmod", "nmod", "punct"})
"""How the words describing a place hang on it: "neighbouring Kenya", "war-torn Somalia"."""


def _envoy_from(tree: Tree, preposition: int) -> bool:
    """Whether a "from" tells where someone's envoy was sent: "recalled its ambassador from Oslo".

    The country is the other side of the envoy's mission, an actor, not
    where something happened. An envoy no one owns ("officials from Kenya")
    is that country's, and the country a mention of the envoy's own.
    """
    word = tree.tokens[preposition]
    envoy = word.head
    return (
        word.text.lower() == "from"
        and tree.tokens[envoy].lemma.lower() in ENVOYS
        and any(tree.tokens[c].dep == "poss" for c in tree.children[envoy])
    )


_AIMING = frozenset({"fire", "launch", "aim", "direct", "shoot", "hurl", "throw", "lob", "point"})
"""Verbs whose "at" names a target, not a place: "launched 120 drones at Ukraine"."""


def _aimed_at(tree: Tree, preposition: int) -> bool:
    """Whether a preposition is the "at" of something fired or aimed at its object."""
    word = tree.tokens[preposition]
    return word.text.lower() == "at" and tree.tokens[word.head].lemma.lower() in _AIMING


def _without_postnominal(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> int:
    """The end of a name without the letters after it ("QC", "MP"), when more is left."""
    if last - first > 1 and tree.tokens[last - 1].text in lexicon.postnominal_sectors:
        return last - 1
    return last


def _name_end(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> int:
    """Where an entity's name ends: before its possessive, unless a firm's name holds it.

    "Mr Brown's plan" is Mr Brown's; "McDonald's" and "Moody's" are firms
    whose name ends in the possessive, and "McDonald" is someone else.
    """
    inside = _possessive_of_someone_honoured(tree, entity, lexicon)
    if inside is not None:
        return inside
    end = entity.token_end
    if end < len(tree.tokens) and tree.tokens[end].tag == "POS":
        end += 1  # the model may leave the possessive out: "McDonald" "'s"
    for last in (end, entity.token_end):
        span = tree.span_text(entity.token_start, last)
        if entity.label == "ORG" and fold(span) in lexicon.companies:
            return last
    return _without_possessive(tree, entity.token_start, entity.token_end)


def _possessive_of_someone_honoured(
    tree: Tree, entity: Entity, lexicon: ActorLexicon
) -> int | None:
    """Where a person's name the model ran past its possessive ends: "Lord Rhodes' Reform Bill".

    After an honorific the name is a person's, and what follows the
    possessive is what they own; a body's name may hold one ("National
    Farmers' Union"), and is given no honorific.
    """
    tokens = tree.tokens
    start = entity.token_start
    honoured = tokens[start].text in lexicon.honorifics or (
        start > 0 and tokens[start - 1].text in lexicon.honorifics
    )
    if not honoured:
        return None
    return next((j for j in range(start + 1, entity.token_end - 1) if tokens[j].tag == "POS"), None)


def _without_possessive(tree: Tree, first: int, last: int) -> int:
    while last - 1 > first and tree.tokens[last - 1].tag == "POS":
        last -= 1
    return last
