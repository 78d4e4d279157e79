"""Organisations the lexicon knows, found in the text, and the briefs people hold.

A lexicon name inside a longer name, a country's own society, a programme named
by its title, and a party's name that is only a minister's brief ("Labour Minister").
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from dateline import lexicons
from dateline.stages._spans import country_code
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.lexicon import ActorLexicon, Organization
from dateline.stages.actors.mention import PARTICLES, Mention, make_mention
from dateline.stages.actors.mention_words import (
    PARTY_BRIEFS,
    PORTFOLIO_HOLDERS,
    PRESS,
    given_name_at,
    without_possessive,
)


def organizations(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """Mentions of bodies the lexicon knows by name (and programmes by title), tagged or not."""
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
            match = (
                _known_body_at(tree, i, lexicon)
                or _programme_by_its_title(tree, i, lexicon)
                or _channel_by_its_word(tree, i, lexicon)
            )
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
        first = i + 1 if tokens[i].text == "the" else i  # the name, not its article
        arm = _arm_end(tree, i + length, lexicon) if entry.sector == COMPANY else None
        if arm is not None:
            # "Barclays Capital": an arm of the firm, a firm of its own in the parent's country.
            found.append(
                make_mention(
                    tree,
                    first,
                    without_possessive(tree, i, arm),
                    "name",
                    "ORG",
                    country=entry.country,
                    sector=COMPANY,
                )
            )
            i = arm
            continue
        last = without_possessive(tree, i, i + length)
        label = "PERSON" if entry.kind == "person" else "ORG"
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


def _arm_end(tree: Tree, end: int, lexicon: ActorLexicon) -> int | None:
    """Where the name of a firm's arm ends that a firm's known name runs on into, if it does.

    "Barclays Capital", "Sony Music" and "Credit Suisse First Boston" are
    firms of their own whose name starts with their parent's, as the
    model's one entity says; a word that only says the parent is a firm
    ("Sony Corp", "Tesco Group") or a model number ("Airbus A380") leaves
    the parent, and so does a name that only qualifies the noun after it or
    that a verb takes as its object, as a product's is ("players that
    support Microsoft Windows", "Microsoft Windows technology"). A given
    name after the firm's opens its officer's name ("group Velora Anne
    Roux").
    """
    tokens = tree.tokens
    if end >= len(tokens):
        return None
    word = tokens[end]
    if not (
        word.ent_iob == "I"
        and word.ent_type == "ORG"
        and word.text[:1].isupper()
        and word.text.isalpha()
        and lexicon.org_words.get(word.text.lower()) != COMPANY
        and word.text not in lexicon.first_names
    ):
        return None
    last = end
    while last + 1 < len(tokens) and tokens[last + 1].ent_iob == "I":
        last += 1
    qualifies = tokens[last].dep in _QUALIFYING and tokens[last].head > last
    return None if qualifies or tokens[last].dep == "dobj" else last + 1


_QUALIFYING = frozenset({"compound", "nmod", "amod"})
"""How a name hangs on a noun after it that it only qualifies: "Microsoft Windows technology"."""


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
        and given_name_at(tree, e, lexicon) == e.token_start
    )


def _closes_a_persons_name(tree: Tree, first: int, end: int, lexicon: ActorLexicon) -> bool:
    """Whether a body's name is the last words of a person's name that opens with a given name.

    "Foreign Minister Therese Kayikwamba Wagner", "Karin Hamas said": her
    surname, not the Russian force or the Palestinian group.
    """
    for entity in tree.parse.entities:
        if entity.label != "PERSON" or entity.token_end != end or entity.token_start > first:
            continue
        given = given_name_at(tree, entity, lexicon)
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


def briefs_held(mentions: list[Mention]) -> list[Mention]:
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
        w in PARTY_BRIEFS and role in PORTFOLIO_HOLDERS for w, role in itertools.pairwise(words)
    )


def _names_a_brief(m: Mention, tree: Tree) -> bool:
    """Whether a party's name is the brief of the role after it: "Labour Minister"."""
    if m.last >= len(tree):
        return False
    role = tree.tokens[m.last].text.lower()
    return role in PORTFOLIO_HOLDERS and m.text.lower() in PARTY_BRIEFS


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


def _channel_by_its_word(
    tree: Tree, i: int, lexicon: ActorLexicon
) -> tuple[int, Organization] | None:
    """A channel called by its word alone once the story has called it a channel.

    The lexicon lists "Channel Five", since "Five" alone is most often a
    count. A story that writes "TV channel Five", "Channel Five" or "Five
    television" once goes on with "Five said ...", "contacted Five", "a Five
    spokesman": the word is the channel wherever it counts nothing, and a
    singular noun ("a Five spokesman") is no count; nor is "Five TV" before
    a plural ("Five TV stations").
    """
    tokens = tree.tokens
    word = tokens[i].text
    entry = lexicon.organization(f"{_CHANNEL} {word}")
    if entry is None:
        return None
    named = any(
        (token.text.lower() == _CHANNEL and tokens[k + 1].text == word)
        or (
            token.text == word
            and not _counts_people_or_things(tree, k)
            and tokens[k + 1].text.lower() in _BROADCAST_WORDS
        )
        for k, token in enumerate(tokens[:-1])
    )
    if not named or _counts_people_or_things(tree, i):
        return None
    # "Five television said": the medium's word is part of the name it goes by.
    after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    return (2, entry) if after in _BROADCAST_WORDS else (1, entry)


def _counts_people_or_things(tree: Tree, k: int) -> bool:
    """Whether a number word counts the plural after it: "Five people", "five TV stations"."""
    token = tree.tokens[k]
    return token.dep == "nummod" and tree.tokens[token.head].tag in ("NNS", "NNPS")


_CHANNEL = "channel"
"""The word a channel's listed name opens with ("Channel Five"), that a story may leave out."""

_BROADCAST_WORDS = frozenset({"tv", "television"})
"""Words after a channel's own word that name it so as well: "Five TV", "Five television"."""


def _title_words(tree: Tree, first: int, end: int, lexicon: ActorLexicon) -> bool:
    """Whether words are a role's ("PM"), as the titles lexicon lists it."""
    return lexicon.title(tuple(t.text.lower() for t in tree.tokens[first:end])) is not None


def programmes_by_their_word(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
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
        found.append(make_mention(tree, first, end, "name", "ORG", sector=PRESS))
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
    if _joined_remit_runs_on(tree, last, lexicon):
        return True
    for k in range(last, min(last + reach, len(tokens))):
        if not tokens[k].text[:1].isupper() or tokens[k].ent_iob != "I":
            return False
        if tokens[k].text.lower() in lexicon.org_words:
            return True
    return False


_REMIT_REACH = 6
"""How many words a remit joined by "and" may run to its body's word: "Culture, Media and Sport"."""
_REMIT_JOINS = frozenset({",", "and", "&"})


def _joined_remit_runs_on(tree: Tree, last: int, lexicon: ActorLexicon) -> bool:
    """Whether the entity goes on past a known name through a remit joined by "and" to a body.

    "the Commons Standards and Privileges Committee", "the Commons Culture,
    Media and Sport Committee": the committee's remit names what it is
    about, and the "Commons" before it is no House of Commons of its own.
    A name that says what body it is ("the Home Office and Trade and
    Industry Department") is whole, and what follows its "and" another body.
    """
    tokens = tree.tokens
    if tokens[last - 1].text.lower() in lexicon.org_words:
        return False
    joined = False
    for k in range(last, min(last + _REMIT_REACH, len(tokens))):
        token = tokens[k]
        if token.ent_iob != "I":
            return False
        if token.text in _REMIT_JOINS:
            joined = joined or token.text != ","
        elif not token.text[:1].isupper():
            return False
        elif token.text.lower() in lexicon.org_words:
            return joined and tokens[k - 1].text not in _REMIT_JOINS
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


def with_union_organs(mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """``mentions`` with a short name read as the organ of the union the article names.

    "the Commission should submit the directive again", in a story about
    European Union rules, is the European Commission, an IGO; alone it
    would be a national commission (GOV) of the home country. News writes
    the short name once the union has set the scene, whether or not it
    ever spells out the organ's full name. A story that names another body
    of the short name's kind ("the Commission for Racial Equality") keeps
    its reading. The pairs are union_organs.tsv's.
    """
    unions = {m.organization.name for m in mentions if m.organization is not None}
    organs = {
        row["short"]: organ
        for row in lexicons.table("union_organs.tsv")
        if row["union"] in unions and (organ := lexicon.organization(row["organ"])) is not None
    }
    return [
        replace(m, organization=organs[m.text], country=None)
        if m.organization is None
        and m.text in organs
        and not _another_of_its_kind(mentions, m.text, organs[m.text])
        else m
        for m in mentions
    ]


def _another_of_its_kind(mentions: list[Mention], short: str, organ: Organization) -> bool:
    """Whether the article names a longer body with the short name's word, not the organ."""
    return any(
        m.kind == "name"
        and short in m.text.split()
        and m.text != short
        and (m.organization is None or m.organization.name != organ.name)
        for m in mentions
    )
