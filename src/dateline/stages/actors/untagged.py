"""Names the model left untagged: people, firms and names told again.

"Mr Blair" after an honorific, a firm named by its trade ("Acme Foods"), a body
named by its last words, and a surname or body name repeated later.
"""

from __future__ import annotations

from collections import Counter

from dateline.records import Token
from dateline.stages._gazetteer import is_city, wide_place
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.labels import plural_subjects
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, acronyms, head_of, is_acronym, make_mention
from dateline.stages.actors.mention_words import (
    DEFINITE,
    POSSESSIVES,
    land_feature,
    without_possessive,
    without_postnominal,
    written_as_a_name,
)

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


def repeated_names(
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
    # So is one the text gives a plural verb ("Brentford have been charged"):
    # a team or a firm, though the model tagged it once, and as a person.
    collective = plural_subjects(tree)
    bodies = {
        m.text: m
        for m in found
        if m.label == "ORG"
        and m.kind == "name"
        # Initials name one body: "AMF" found once is AMF where it recurs untagged.
        and (" " in m.text or tagged[m.text] > 1 or is_acronym(m.text) or m.text in collective)
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
            or _misread_initials(token, bodies)
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


def _misread_initials(token: Token, bodies: dict[str, Mention]) -> bool:
    """Whether a word the model took for a common noun is a body's initials found before.

    The model reads initials that open a sentence ("AMF is investigating")
    as a noun; written in capitals as a body's name the text gave, they are
    that body.
    """
    return token.pos == "NOUN" and is_acronym(token.text) and token.text in bodies


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


def bodies_by_their_last_words(
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
        if token.text.lower() not in DEFINITE - POSSESSIVES:
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


def honorific_names(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Persons named after an honorific: "Mr Okafor", "Lady Grey"."""
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
            last = without_postnominal(tree, i + 1, without_possessive(tree, i + 1, last), lexicon)
            found.append(
                make_mention(
                    tree, i + 1, last, "name", "PERSON", gender=lexicon.honorifics[token.text]
                )
            )
    return found


def peers_named_together(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """People listed after an honorific made plural: "Lords Kendal, Morton and Grace".

    So news names law lords or peers sitting together; the model reads
    "Lords" as the House, and the names after it as anything. Each
    capitalised name of the list is a person the honorific styles, though
    it spells a place or a word ("Hope").
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens[:-1]):
        honorific = token.text[:-1]
        if (
            not token.text.endswith("s")
            or honorific not in lexicon.honorifics
            or token.text in lexicon.honorifics  # "Mrs" is no more than one "Mr"
            or _inside_a_bodys_name(tree, i, lexicon)
        ):
            continue
        for first, last in _listed_names(tree, i + 1, taken):
            found.append(
                make_mention(
                    tree,
                    first,
                    last,
                    "name",
                    "PERSON",
                    gender=lexicon.honorifics[honorific],
                    honorific=honorific,
                    honorific_sector=lexicon.honorific_sectors.get(honorific),
                )
            )
    return found


def _inside_a_bodys_name(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether "Lords" is a word of a body's name or of a title, not an honorific of people.

    "the Lords Record Office", "House of Lords Leader Baroness Amos", "Elect
    the Lords Campaign": after "the", "of" or a name, or before a word of a
    body or of a title.
    """
    tokens = tree.tokens
    before = tokens[k - 1] if k else None
    after = tokens[k + 1].text
    return (
        (before is not None and (before.text.lower() in ("the", "of") or before.pos == "PROPN"))
        or after.lower() in lexicon.org_words
        or lexicon.title((after.lower(),)) is not None
    )


def _listed_names(tree: Tree, first: int, taken: list[bool]) -> list[tuple[int, int]]:
    """The runs of free capitalised proper nouns from ``first``, listed by commas and "and"."""
    tokens = tree.tokens
    names = []
    while first < len(tokens):
        last = first
        while last < len(tokens) and not taken[last] and _name_word(tokens[last]):
            last += 1
        if last == first:
            break
        names.append((first, last))
        if last + 1 >= len(tokens) or tokens[last].text not in (",", "and"):
            break
        first = last + 1
    return names


def _name_word(token: Token) -> bool:
    return token.pos == "PROPN" and token.text[:1].isupper()


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


def untagged_people(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
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
        if end == start and _given_name_taken_for_people(tree, start, taken, lexicon):
            end = start + 1
            while end < len(tokens) and _free_name_word(tree, end, taken):
                end += 1
        first = _name_after_portfolio(tree, start, end, lexicon)
        while first < end - 2 and _title_word_before_name(tree, first, lexicon):
            first += 1  # "Irish Taoiseach Bertie Ahern": the title is none of the name
        if (
            2 <= end - first <= _LONGEST_UNTAGGED_NAME
            and tokens[first].text in lexicon.first_names
            and not land_feature(tree, first, end)
        ):
            gender = lexicon.first_names[tokens[first].text]
            found.append(make_mention(tree, first, end, "name", "PERSON", gender=gender))
        start = max(end, start + 1)
    return found


def _given_name_taken_for_people(
    tree: Tree, k: int, taken: list[bool], lexicon: ActorLexicon
) -> bool:
    """Whether the model took a given name we know for a people's word ("Adrian" as NORP).

    A name no demonym list holds, right before an untagged capitalised word,
    opens a person's name ("signing Adrian Mutu"); "Kenyan Grace X" stays a
    demonym, which the lexicon knows.
    """
    token = tree.tokens[k]
    return (
        token.ent_type == "NORP"
        and not taken[k]
        and token.text in lexicon.first_names
        and token.text not in lexicon.demonyms
        and k + 1 < len(tree.tokens)
        and _free_name_word(tree, k + 1, taken)
    )


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
    return _untagged_capital(tree, k, taken) and written_as_a_name(tree.tokens[k].text)


def firms_named_after_their_trade(
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
        if not token.text.islower() or not _names_what_follows(token.text, lexicon):
            continue
        last = i + 1
        while (
            last < len(tokens)
            and (
                (tokens[last].pos == "PROPN" and tokens[last].text[:1].isupper())
                or _digits_and_capitals(tokens[last].text)
            )
            and not taken[last]
            and tokens[last].ent_type in ("", "ORG", "PRODUCT")
        ):
            last += 1
        last = without_possessive(tree, i + 1, last)
        words = tuple(t.text for t in tokens[i + 1 : last])
        # "the company Chairman ...": a title, found with its holder.
        if words and not any(lexicon.title((w.lower(),)) or w in lexicon.honorifics for w in words):
            found.append(make_mention(tree, i + 1, last, "name", "ORG"))
    return found


def _digits_and_capitals(word: str) -> bool:
    """Whether a word opens with a digit and holds a capital, as a name does: "4Cast", "3Com".

    The model reads such a word as a common noun; no common noun is written so.
    """
    return word[:1].isdigit() and any(c.isupper() for c in word)


_OVERSEERS = frozenset({"regulator", "watchdog"})
"""Kinds of public body news names the way it names a firm: "stock market regulator AMF"."""


def _names_what_follows(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a lower-case word introduces a body whose name comes right after it.

    A business word ("steel giant LNM") or an overseer ("regulator AMF"):
    the model tags a short name in capitals after a regulator as nothing.
    """
    return lexicon.org_words.get(word) == COMPANY or word in _OVERSEERS


def firms_named_by_their_trade(
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


def firms_named_before_their_trade(
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


def firms_described_after_their_name(
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
    return place_or_person(text, first, lexicon) or lexicon.title((first.lower(),)) is not None


def place_or_person(text: str, first: str, lexicon: ActorLexicon) -> bool:
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


def owned_names(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
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
            place_or_person(text, words[0], lexicon)
            or lexicon.organization(text) is not None
            or lexicon.title(tuple(words[:2])) is not None
            or text in lexicon.market_indices
            or words[-1].lower() in lexicon.documents  # "Germany's Securities Trading Act"
        ):
            continue
        found.append(make_mention(tree, start, last, "name", "ORG"))
    return found
