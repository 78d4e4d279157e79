"""Repairing the model's labels: whether a name is a person, a body or a place.

Votes across the document, the words before a name ("Mr", "chief"), honorifics,
firm endings and names that are never people decide the label a name keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from dateline.stages._gazetteer import is_city, lookup, towns, wide_place
from dateline.stages._place_roles import named_by_kind
from dateline.stages._spans import country_code, fold
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.dictionary import known_actors
from dateline.stages.actors.evidence import (
    apposition_title,
    does_business,
    large_city_country,
    remit_of,
    title_at,
)
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, acronyms, head_of, is_acronym
from dateline.stages.actors.mention_words import (
    CIVILIANS,
    FULL_NAME,
    a_region,
    after_the,
    business_word_after,
    is_collective,
    land_feature,
)
from dateline.stages.actors.misread_places import (
    DocumentNames,
    as_a_seat,
    is_located,
    is_misread_place,
    region_with_the,
)


def repair_labels(mentions: list[Mention], tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """Relabel entities by what the whole document and their neighbours say."""
    surnames = Counter(
        part
        for m in mentions
        if m.label == "PERSON" and len(m.name_parts) > 1
        for part in m.name_parts[_surnames_from(m, lexicon) :]
    )
    surnames.update(_double_barrelled_surnames(mentions))
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
    # Not "Mary" of "Mary Dobbs", whom the model called a body: a family's member,
    # nor "Camilla" of "Camilla Parker Bowles" where the text calls her "Camilla".
    familiar = _called_by_given_name(mentions, tree, lexicon)
    bodies |= _first_words_of_bodies(
        [
            m
            for m in mentions
            if not _one_of_a_family(m, surnames, lexicon) and m.text not in familiar
        ],
        votes,
    )
    # "Sepa" after "the Scottish Environment Protection Agency": its initials, no one's name.
    bodies |= {acronym for acronym in acronyms(mentions, tree) if acronym not in addressed}
    # "Brentford have been charged": a name given a plural verb is a team's or a firm's.
    bodies |= plural_subjects(tree) - addressed
    # A town the text places somewhere ("come to Norwich") is no firm for recurring alone.
    placed = _placed_names(mentions, tree, votes)
    bodies |= _never_people(mentions, tree, lexicon, votes, surnames) - placed
    names = DocumentNames(bodies, addressed, placed)
    honoured = _honoured_surnames(tree, lexicon)
    repaired = []
    for m in mentions:
        country = lexicon.country(m.text)
        label = _label(m, tree, lexicon, votes=votes[m.text], surnames=surnames)
        # "Dr Nielsen" settles what the model called "Jakob Nielsen" anywhere.
        label = "PERSON" if _full_name_of_someone_honoured(m, honoured, lexicon) else label
        label = "PERSON" if label == "ORG" and m.text in familiar else label
        label = _not_a_person(m, label, tree, lexicon, names)
        if label != "PERSON" and m.text in lexicon.nations:
            if is_located(tree, m.first) or not (m.subject or m.possessor):
                continue  # "in Scotland", "visits Europe": a place
            # "Scotland would play its part", "Scotland's regiments": a nation acting.
            repaired.append(replace(m, label="LOC", country=lexicon.nations[m.text]))
            continue
        # "Brussels has warned Paris": the body seated there, as a capital is its
        # government; "French" in "French and Belgian troops": France's troops.
        standing = as_a_seat(m, tree, lexicon) or _one_of_several(
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
        if named and (country is None or is_located(tree, m.first)):
            continue  # a city or a place where things happen: the places stage has it
        if label == "NORP" and country is None and _plural_people(tree, m):
            # "Muslims said ...", "many Sikhs": a community of no one country, as a group.
            repaired.append(replace(m, kind="group", title=m.text.lower(), sector=CIVILIANS))
            continue
        if label == "NORP" and (country is None or _describes_someone(tree, m, lexicon)):
            continue  # "Iraqi" in "Iraqi Prime Minister" describes a person found elsewhere
        repaired.append(
            replace(m, label=label, country=country if label in ("GPE", "NORP") else None)
        )
    return repaired


def plural_subjects(tree: Tree) -> set[str]:
    """One-word names the document makes alone the subject of a verb in the plural.

    British news gives a team or a firm a plural verb, as a body of people
    ("Brentford have been charged", "Halvex are in talks"); one person never
    takes one, so a name that does is no person's wherever it stands. Not a
    name joined to others ("Blair and Brown are"), whose verb is theirs
    together, nor before the past "were", which also follows one person in
    a wish or a supposition ("if Smith were to go"), nor one after its verb
    ("among those charged are Smith, a former clerk"), whose subject comes
    first. Only a name of one word, which a longer name of the same body
    elsewhere ("Newry City" beside "Newry FC") does not split from it.
    """
    return {
        token.text
        for i, token in enumerate(tree.tokens)
        if token.tag == "NNP"
        and token.dep in ("nsubj", "nsubjpass")
        and token.head > i
        and tree.compound_start(i) == i
        and not any(tree.tokens[c].dep in ("conj", "cc") for c in tree.children[i])
        and _plural_verb(tree, token.head)
    }


def _plural_verb(tree: Tree, verb: int) -> bool:
    """Whether a verb's finite form, its first auxiliary or itself, is a plural "are" or "have".

    Only forms that show their number: any other verb in the present has
    the form of the bare verb a demand puts after "that", with a person as
    its subject ("they demand that Smith explain his plans").
    """
    auxiliaries = [c for c in tree.children[verb] if tree.tokens[c].dep in ("aux", "auxpass")]
    finite = tree.tokens[min(auxiliaries) if auxiliaries else verb]
    return finite.tag == "VBP" and finite.text.lower() in _PLURAL_FORMS


_PLURAL_FORMS = frozenset({"are", "have", "'re", "'ve"})
"""The present of "be" and "have" that only a plural subject takes after a name."""


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


def _plural_people(tree: Tree, m: Mention) -> bool:
    """Whether a NORP entity names many people ("Muslims", "Sikhs"), not one or a nation."""
    return m.last - m.first == 1 and tree.tokens[m.first].tag in ("NNPS", "NNS")


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
    m: Mention, label: str, tree: Tree, lexicon: ActorLexicon, names: DocumentNames
) -> str:
    """The label of a mention once names the document shows are no person's are set apart."""
    addressed = names.addressed
    if (
        label == "PERSON"
        and (lexicon.country(m.text) is not None or a_region(m.text, lexicon))
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
        and not region_with_the(tree, m.first, lexicon)
    ):
        return "ORG"  # "a consultant to the Tote": no one's name follows "the"
    if is_misread_place(m, label, tree, lexicon, names) or _named_a_place(m, label, tree, lexicon):
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
        and after_the(tree, m.first)
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
        side = _a_town_s_side(m, tree, alone, addressed)
        if (
            m.label != "PERSON"
            or not parts
            or (len(parts) == 1 and not _named_often(m, parts, votes, surnames))
            or parts[0] in lexicon.first_names
            or (len(parts) > 1 and {parts[0], parts[-1]} & (addressed | alone) and not side)
            or (len(parts) == 1 and parts[0] in addressed)
            or _after_title_or_honorific(tree, m.first, lexicon)
        ):
            continue
        if side:
            found |= {m.text, parts[-1]}  # "Glasgow Rangers", and "Rangers" alone
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
        len(parts) >= FULL_NAME
        and parts[-1] in honoured
        and not {"and", "&"} & set(m.text.split())  # "Royer and Elgindy": two people
        and lexicon.organization(m.text) is None
        and parts[-1].lower().rstrip(".") not in lexicon.org_words
    )


def _called_by_given_name(mentions: list[Mention], tree: Tree, lexicon: ActorLexicon) -> set[str]:
    """Full names the document shortens to their given name, with that given name.

    "Rosalind Ashby-Vane ... Rosalind will": the model may call both a
    body, but a body is not called by its founder's given name alone; one
    the lexicon knows ("John Lewis") or named by its kind stays a body.
    """
    alone = _names_said_alone(tree)
    found = set()
    for m in mentions:
        parts = m.name_parts
        if (
            len(parts) >= FULL_NAME
            and parts[0] in alone
            and parts[0] in lexicon.first_names
            and lexicon.organization(m.text) is None
            and fold(m.text) not in lexicon.companies
            and parts[-1].lower().rstrip(".") not in lexicon.org_words
        ):
            found |= {m.text, parts[0]}
    return found


def _names_said_alone(tree: Tree) -> set[str]:
    """The capitalised words that stand as names of their own, no other name beside them."""
    tokens = tree.tokens
    return {
        token.text
        for i, token in enumerate(tokens)
        if token.pos in ("PROPN", "NOUN")  # the model may take a name it knows not for a noun
        and token.text[:1].isupper()
        and (i + 1 == len(tokens) or tokens[i + 1].pos != "PROPN")
        and (i == 0 or tokens[i - 1].pos != "PROPN")
    }


def _a_town_s_side(m: Mention, tree: Tree, alone: set[str], addressed: set[str]) -> bool:
    """Whether a two-word name is a town's and a plural that the text also uses alone.

    A club or a firm puts its town before a plural name of its own
    ("Glasgow Rangers", "Bristol Rovers", "Halford Motors") and is then
    called by that plural alone ("Rangers said ..."). The model may take
    both for a person, and a person's surname told alone ("Mr Wen" after
    "Wen Jiabao") would keep them so; but no surname is a plural noun
    (the model tags "Rangers" NNPS, "Banks" in "Tony Banks" NNP), and no
    given name a town the text gives an honorific.
    """
    parts = m.name_parts
    tokens = tree.tokens
    if (
        len(parts) != 2
        or tokens[m.last - 1].tag != "NNPS"
        or parts[0] in alone | addressed
        or parts[-1] in addressed
    ):
        return False
    told_alone = any(
        token.text == parts[-1] and (i == 0 or tokens[i - 1].text != parts[0])
        for i, token in enumerate(tokens)
    )
    return told_alone and (is_city(parts[0]) or wide_place(parts[0]) is not None)


def _named_as_body(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a noun before a name says it is a body: "oil firm Petrovia", "operator Skyport"."""
    before = tree.tokens[m.first - 1] if m.first else None
    if before is not None and before.pos == "NOUN" and before.lemma.lower() in lexicon.org_words:
        return True
    return (
        _named_by_its_trade(tree, m, lexicon)
        or _business_noun_beside(tree, m, lexicon)
        or _a_town_s_name_doing_business(tree, m, lexicon)
    )


def _a_town_s_name_doing_business(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a body, though a town bears it, is a firm's by its dealings.

    "Velmar's subsidiary", "Velmar shareholders", "Velmar, the French water
    firm,": no town owns a subsidiary nor is called a firm, so a firm of
    that name is meant wherever the document names it, though a city of the
    name is known ("the Leeds group" beside a business word in compound may
    still be the city's, so only an apposition counts). The model must call
    it a body: a place it tags as one ("Washington said") is left alone.
    """
    head = head_of(tree, m.first, m.last)
    tokens = tree.tokens
    described = any(
        tokens[c].dep == "appos"
        and c >= m.last
        and lexicon.org_words.get(tokens[c].lemma.lower()) == COMPANY
        for c in tree.children[head]
    )
    return m.label == "ORG" and (described or does_business(tree, head, lexicon))


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
    return business_word_after(tree, m, lexicon)


def _label(
    m: Mention, tree: Tree, lexicon: ActorLexicon, *, votes: Counter[str], surnames: Counter[str]
) -> str:
    """What an entity is, by its words, its neighbours and how the document labels it."""
    label = m.label
    if lexicon.country(m.text) is not None and m.label in ("GPE", "NORP", "ORG"):
        label = "GPE" if m.text not in lexicon.demonyms else "NORP"
    elif _a_surname(m, surnames) and not _known_firm_by_votes(m, votes, lexicon):
        label = "PERSON"  # "Stoltenberg" ends "Jens Stoltenberg"
    elif (
        _after_title_or_honorific(tree, m.first, lexicon)
        or votes["PERSON"] > votes[label]
        or (label == "ORG" and _named_as_person(tree, m, lexicon))
        or (label == "ORG" and _leader_by_surname(m, tree, lexicon))
        or (label == "ORG" and _one_of_a_family(m, surnames, lexicon))
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


def _double_barrelled_surnames(mentions: list[Mention]) -> Counter[str]:
    """The hyphenated surnames that end people's full names, as written: "Kilroy-Silk".

    A name's parts are split at hyphens, so that "Sudani" is found in
    "al-Sudani"; a double-barrelled surname said alone ("Kilroy-Silk said")
    is then two parts, and is only found whole.
    """
    return Counter(
        last
        for m in mentions
        if m.label == "PERSON" and len(words := m.text.split()) > 1 and "-" in (last := words[-1])
    )


def _a_surname(m: Mention, surnames: Counter[str]) -> bool:
    """Whether a one-word name is a surname of someone the document names in full."""
    if len(m.name_parts) == 1:
        return surnames[m.name_parts[0]] > 0
    return " " not in m.text and surnames[m.text] > 0


def _one_of_a_family(m: Mention, surnames: Counter[str], lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a body is a person's: a given name and a family's name.

    "Mary Dobbs's killer ... her uncle, Peter Dobbs": the model took the
    victim for a body, but she opens on a given name we know and ends in a
    surname the document gives a person; a firm bearing a founder's name is
    known to the lexicon or ends in a word of business.
    """
    return (
        len(m.name_parts) >= FULL_NAME
        and m.name_parts[0] in lexicon.first_names
        and surnames[m.name_parts[-1]] > 0
        and lexicon.organization(m.text) is None
        and fold(m.text) not in lexicon.companies
    )


def _a_persons_name_placed(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a place is a person's: a given name or a role, then no place.

    "The union's president, Arnaud Rousseau, vowed ...": the model took the
    name for a town; no place of the gazetteer is called so, and it opens
    on a given name ("Alice Springs" and "George Town" are places). Set in
    apposition after one person's role ("the bloc's mediator, Sipho
    Dlamini,"), it is a person's though a small town shares the name and we
    do not know the given name.
    """
    if len(m.name_parts) < FULL_NAME or lexicon.country(m.text) is not None or lookup(m.text):
        return False
    if _a_persons_role_before(m, tree, lexicon):
        return True  # a role names its holder, though a hamlet bears a statesman's name
    return (
        m.name_parts[0] in lexicon.given_names
        and not towns(m.text)
        and not land_feature(tree, m.first, m.last)
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
    if lexicon.organization(m.text) is not None or len(m.name_parts) < FULL_NAME:
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
        or is_collective(head, lexicon)  # "the British public"
        or head.lemma.lower() in lexicon.org_words  # "a Dutch broker", "Turkish mobile operator"
    )


def _named_a_place(m: Mention, label: str, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether "of" gives a name as a place of a kind: "the port of Hodeidah".

    The gazetteer may lack it, and the model call it a body; not a country or
    a body the lexicon knows ("the state of Israel" is a country acting).
    """
    known = lexicon.organization(m.text) is not None or lexicon.country(m.text) is not None
    return label != "GPE" and not known and named_by_kind(tree, m.last - 1)


def _after_title_or_honorific(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    if first == 0:
        return False
    before = tree.tokens[first - 1].text
    return before in lexicon.honorifics or lexicon.title((before,)) is not None
