"""Repairing the model's entity spans before they become mentions.

Halves of a name joined, names cut at a hyphen or run on into the next word,
opening and trailing words cut, countries and acronyms the model left untagged,
and spans that name no actor dropped.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from dateline import lexicons
from dateline.records import Entity, Token
from dateline.stages._gazetteer import lookup
from dateline.stages._spans import country_code, fold
from dateline.stages._tree import Tree
from dateline.stages.actors.briefs import part_of_brief
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import PARTICLES, Mention, is_acronym, make_mention
from dateline.stages.actors.mention_words import (
    DASHES,
    DETERMINERS,
    FULL_NAME,
    MODIFIERS,
    PARTY_BRIEFS,
    PORTFOLIO_HOLDERS,
    a_region,
    after_the,
    all_names,
    given_name_at,
    is_plural,
    is_title_word,
    land_feature,
    without_possessive,
    without_postnominal,
)
from dateline.stages.actors.relatives import is_kin_word, tie_beside

_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _people_by_title(words: tuple[str, ...], tag: str, lexicon: ActorLexicon) -> bool:
    """Whether one word the model calls a body is people named by a role ("MPs", "judges")."""
    return (
        len(words) == 1 and lexicon.title(words) is not None and is_plural(words[0], tag, lexicon)
    )


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


_NO_NAME_ENDS = frozenset({"PUNCT", "DET", "CCONJ"})
"""Words the model may run a name into that no name ends in: a dash, "the", "and"."""


def entity_mentions(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """Actor mentions from the repaired named entities, each cut to the name it holds."""
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
        last = _before_spaced_dash(tree, entity.label, first, last)
        while first < last and (
            tree.tokens[first].text.lower() in DETERMINERS
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
        titled = without_postnominal(tree, first, last, lexicon)
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
            or _names_a_thing(tree.span_text(first, last))
            or _members_letters(words, lexicon)
            or _names_no_actor(entity.label, tree, (first, last), lexicon)
            or _market_index(tree, (first, last), lexicon, companies)
        ):
            continue
        name_follows = last < len(tree) and (
            tree.tokens[last].pos == "PROPN" or tree.tokens[last].ent_type == "PERSON"
        )
        if lead == last - 1 and is_title_word(tree.tokens[lead].text, lexicon) and name_follows:
            continue  # "Attorney General Lord" + "Goldsmith": the name is the next entity
        # Only a person's name loses its leading words; "Syrian Foreign Ministry"
        # keeps them, unless an honorific says it is a person ("Mr Blair").
        person = (
            entity.label == "PERSON"
            or postnominal
            or (
                any(tree.tokens[j].text in lexicon.honorifics for j in range(first, lead))
                # "General Electric", "General Mills": a firm the lexicons know, no general.
                and not _known_name(tree, first, last, lexicon)
            )
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
        and not is_title_word(tree.tokens[end].text, lexicon)
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
    """The model's entities, with a national body's name it split at its country made one.

    "the British Library": the model may tag "British" as a people and
    "Library" as a person, and "the United States Anti-Doping Agency" or
    "the US District Court" as a country (or a body) and a body. A body's
    word (org_words.tsv) the demonym or the country's name hangs on is a
    body's name, the country its first words. A firm's word is not enough
    ("Swiss UBS" is the firm placed by its country): a firm's name is its own.
    """
    joined: list[Entity] = []
    for entity in entities:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.token_end == entity.token_start
            and _body_named_after(tree, before, entity, lexicon)
        ):
            joined[-1] = replace(before, end=entity.end, token_end=entity.token_end, label="ORG")
            continue
        joined.append(entity)
    return joined


def _body_named_after(tree: Tree, country: Entity, entity: Entity, lexicon: ActorLexicon) -> bool:
    """Whether an entity right after a country's is the rest of a body's name the country opens."""
    tokens = tree.tokens
    last = entity.token_end - 1
    hung_on = tokens[country.token_end - 1].head
    if country.label == "NORP" and entity.label == "PERSON":
        return tokens[last].text.lower() in lexicon.org_words and hung_on == last
    return (
        # The model may call the country a body too ("the US" + "District Court").
        country.label in ("NORP", "GPE", "ORG")
        and entity.label == "ORG"
        and lexicon.org_words.get(tokens[last].text.lower(), _FIRM) != _FIRM
        and entity.token_start <= hung_on <= last
        and lexicon.country(tree.span_text(country.token_start, country.token_end)) is not None
    )


_FIRM = "BUS"


def _as_known_firm(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> Entity:
    """A well-known company's name the model took for a thing, as the body it is.

    "its unit Gazpromneft" may be tagged a product; a name of
    ``companies.tsv`` (no everyday words among them) names the firm. So does
    one the model took for a place ("have backed Verizon" tagged a country)
    where no place goes by it: "Santander" is a city as well as a bank, and
    the model's reading of it stands.
    """
    name = tree.span_text(entity.token_start, entity.token_end)
    if fold(name) not in lexicon.companies:
        return entity
    if entity.label in _MISTAKEN_FOR_THINGS or (entity.label in _PLACE_LABELS and not lookup(name)):
        return replace(entity, label="ORG")
    return entity


_PLACE_LABELS = frozenset({"GPE", "LOC"})


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
    while first < entity.token_end and tokens[first].text.lower() in DETERMINERS:
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
    a people before it ("Monday UK figures", "President Kenya"). A nation
    within a state ends such names too ("Universities Scotland", "Colleges
    Wales"): the body that speaks for a sector there.
    """
    tokens = tree.tokens
    first = entity.token_start
    place = tokens[first].text
    if (
        entity.label != "GPE"
        or entity.token_end - first != 1
        or (lexicon.country(place) is None and place not in lexicon.nations)
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
        entity = _body_named_for_a_country(tree, _person_misread(tree, entity, lexicon), lexicon)
        relabelled = _relabelled(tree, entity, lexicon)
        if relabelled is not None:
            yield replace(entity, label=relabelled)
            continue
        given = given_name_at(tree, entity, lexicon)
        if entity.label == "PERSON":
            cut = given == entity.token_start or _all_hung_on_the_next(tree, entity, lexicon)
            yield _with_cut_surname(tree, entity) if cut else entity
            continue
        if given is None or entity.label in ("GPE", "NORP"):
            yield entity
            continue
        tokens = tree.tokens
        body = [t.text for t in tokens[entity.token_start : given]]
        while body and body[0].lower() in DETERMINERS:
            body = body[1:]
        if body and lexicon.organization(" ".join(body)) is not None:
            yield replace(entity, end=tokens[given - 1].end, token_end=given)
        elif entity.label in _MISTAKEN_FOR_THINGS and all_names(tokens[entity.token_start : given]):
            given = entity.token_start  # "Jean-Paul Roux": "Paul" is the given name we know
        else:
            yield entity
            continue
        yield replace(entity, label="PERSON", start=tokens[given].start, token_start=given)


def _person_misread(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> Entity:
    """A person's full name the model ran into a date or took for a people's name, as a person.

    "in January - Tom Farrow and ...", "last November Ravi Osei, a ...": the
    model may run the date before a name into one DATE, which no actor
    finder reads; the given name we know and the names after it are the
    person (a month is no given name here: "last May"). "a Russian, Pavel
    Orlov": it may call the name after a demonym a people's (NORP); a given
    name and a surname, one person's each, are a person's name.
    """
    tokens = tree.tokens
    end = entity.token_end
    if entity.label in _DATES:
        starts = range(entity.token_start + 1, end - 1)
    elif entity.label == "NORP" and all(t.tag == "NNP" for t in tokens[entity.token_start : end]):
        starts = range(entity.token_start, entity.token_start + 1)
    else:
        return entity
    for k in starts:
        if (
            tokens[k].text in lexicon.given_names
            and tokens[k].text not in _CALENDAR
            and all_names(tokens[k:end])
            and end - k >= FULL_NAME
            and tokens[end - 1].text not in lexicon.demonyms
            and lexicon.title((tokens[end - 1].text.lower(),)) is None
        ):
            return replace(entity, label="PERSON", start=tokens[k].start, token_start=k)
    return entity


_DATES = frozenset({"DATE", "TIME"})


def _relabelled(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> str | None:
    """The label the words beside an entity give it against the model's, if any."""
    if entity.label != "PERSON" and _relatives_given_name(tree, entity, lexicon):
        return "PERSON"
    if entity.label in _MISTAKEN_FOR_THINGS and _body_with_its_initials(tree, entity, lexicon):
        return "ORG"
    return None


def _body_with_its_initials(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a thing is a body's, given its initials in brackets.

    "The Exams and Standards Authority (ESA) said": the model may tag it a
    work of art, but a name ending in a body's word ("authority",
    "council") with its acronym after it is the body's, as a law's ("the
    Road Safety Act (RSA)") ends in no such word.
    """
    tokens = tree.tokens
    end = entity.token_end
    return (
        end + 2 < len(tokens)
        and tokens[end].text == "("
        and tokens[end + 2].text == ")"
        and is_acronym(tokens[end + 1].text)
        and tokens[end - 1].text.lower() in lexicon.org_words
    )


def _relatives_given_name(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> bool:
    """Whether a one-word name the model calls a body is a relative's given name.

    "His mother, Solange, told the inquest": a given name set beside a word for a
    relative names a person, though the model may tag it a firm; so does one
    owning a relative ("Solange's uncle"): a body has no uncle, wife or son.
    """
    first = entity.token_start
    return (
        entity.token_end - first == 1
        and tree.tokens[first].text in lexicon.first_names
        and (tie_beside(tree, first) is not None or _owns_a_relative(tree, first))
    )


def _owns_a_relative(tree: Tree, k: int) -> bool:
    """Whether the word at ``k`` owns one relative: "Solange's uncle"."""
    owner = tree.tokens[k]
    return owner.dep == "poss" and owner.head > k and is_kin_word(tree.tokens[owner.head].text)


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
_MISTAKEN_FOR_COUNTRIES = _MISTAKEN_FOR_THINGS | {"LOC"}
"""Labels the model gives a country's name other than its own: those and a region's."""


def _capital_acting(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words name a capital as the subject of a verb: "Baku denied", not "in Baku"."""
    head = tree.tokens[last - 1]
    return head.dep == "nsubj" and tree.span_text(first, last) in lexicon.capitals


def _untagged_countries(tree: Tree, lexicon: ActorLexicon) -> Iterator[Entity]:
    """Country names the model left untagged ("Indonesia, Sri Lanka and the Seychelles").

    The model misses plural names ("Seychelles", "Maldives") more than
    others, and tags some as a building or a product ("France criticised
    Niger": FAC) or as a region ("Ivory Coast": LOC); each is proposed as a
    GPE entity, for the same checks as the model's own (a country where
    things happen is a place, not an actor). So is a capital that acts for
    its state ("Baku denied the claim").
    """
    for entity in tree.parse.entities:
        if entity.label in _MISTAKEN_FOR_COUNTRIES and country_code(
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
            and is_title_word(tree.tokens[lead].text, lexicon)
            and tree.tokens[lead + 1].tag != "POS"  # "the Prince's Trust": a body named after one
        ):
            lead += 1
        body = next(
            (
                length
                for length in (3, 2, 1)
                if label == "PERSON"
                and last - lead - length >= FULL_NAME
                and lexicon.organization(tree.span_text(lead, lead + length))
            ),
            0,
        )
        if not body:
            return lead
        lead += body


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
        or _a_clerics_title(tree, last, lexicon)
        # "conflict over Nagorno-Karabakh": a region the model took for a body.
        or a_region(tree.span_text(first, last), lexicon)
    ):
        return True
    if _begins_title(tree, first, last, lexicon) or land_feature(tree, first, last):
        return True
    end = tree.tokens[last - 1].text.split("-")[-1].lower()  # "pre-Budget"
    # "when the Bill is debated", "the Crossrail Link Bill", "a hybrid Bill": the
    # model may take a document's word for a person's given name with no surname.
    named_alone = (
        label == "PERSON"
        and last - first == 1
        and (after_the(tree, first) or not _surname_after(tree, last))
    )
    return (label != "PERSON" or named_alone) and end in lexicon.documents


def _surname_after(tree: Tree, end: int) -> bool:
    """Whether a proper noun follows a word, as a surname follows a given name."""
    return end < len(tree.tokens) and tree.tokens[end].pos == "PROPN"


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


def _names_a_thing(name: str) -> bool:
    """Whether a name is an illness's, an exam's or a faith's: "tests for TB", "a view of Islam".

    The model often tags them a body, and an unknown body is read as a firm.
    """
    folded = name.casefold()
    return any(folded in lexicons.word_set(things) for things in _THINGS_NAMED)


_THINGS_NAMED = ("illnesses_and_exams.txt", "faiths.txt")


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
        and joined.dep not in MODIFIERS
        and (after is None or after.pos not in ("NOUN", "PROPN"))
    )


def _before_spaced_dash(tree: Tree, label: str, first: int, last: int) -> int:
    """Where a person's or a body's name ends that the model ran on across a spaced dash.

    "Ann Price - daughter of a miner - said", "the Growth Bank - one of the
    biggest lenders -", "the Guardian Council - Iran's top body -": the
    words after " - " are an aside about the name, or the sentence going
    on, never more of it; a dash with no space around it may be (see
    ``_across_hyphen``).
    """
    tokens = tree.tokens
    if label not in ("PERSON", "ORG"):
        return last
    return next(
        (
            j
            for j in range(first + 1, last - 1)
            if tokens[j].text in DASHES
            and tokens[j].start > tokens[j - 1].end
            and (tokens[j + 1].text[:1].islower() or _owner_after(tree, j + 1))
        ),
        last,
    )


def _owner_after(tree: Tree, k: int) -> bool:
    """Whether the word at ``k`` owns what follows it: "Iran" in "- Iran's top body -"."""
    return k + 1 < len(tree.tokens) and tree.tokens[k + 1].tag == "POS"


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
        and tokens[last - 1].dep in MODIFIERS
    ):
        return last - 2
    return last


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
        and not is_title_word(word.text, lexicon)
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
            or is_title_word(before.text, lexicon)
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
        while words and words[0].lower() in DETERMINERS:
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
            and tokens[end].text.lower() not in PORTFOLIO_HOLDERS
        ):
            end += 1
        if end > last + 1 and end < len(tree) and tokens[end].text.lower() in PORTFOLIO_HOLDERS:
            last = end
    return (
        last < len(tree)
        and tree.tokens[last].text.lower() in PORTFOLIO_HOLDERS
        and (lexicon.organization(text) is None or text.lower() in PARTY_BRIEFS)
        and lexicon.country(text) is None
        and not any(token.text.lower() in lexicon.org_words for token in words)
    )


def _ends_title(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words end a title begun before them: "State" in "Secretary of State"."""
    words = tuple(token.text for token in tree.tokens[max(0, first - 3) : last])
    return any(lexicon.title(words[k:]) for k in range(min(3, first)))


def _a_clerics_title(tree: Tree, last: int, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a body ends in a cleric's title: "the Anglican Bishop".

    "The Roman Catholic Archbishop of Dundee, the Most Reverend X": the faith
    before the title says whose church the holder serves, and the title is
    the holder's, found with the titles. No church is named by its bishop.
    """
    title = lexicon.title((tree.tokens[last - 1].text,))
    return title is not None and title.sector == _CLERGY


_CLERGY = "REL"


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


def _title_alone(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    """Whether one capitalised word after "the" is a person's title, not a body's name.

    "the Cardinal said": the model may tag the title a body ("the Cardinal"
    is no firm); a word that also names a body ("the Cabinet") is left to it,
    and so is a royal style, which :func:`styles_alone` reads, unless it is
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
    while first < last and tree.tokens[first].text.lower() in DETERMINERS:
        first += 1
    last = without_possessive(tree, first, last) if first < last else last
    return first < last and tree.span_text(first, last) in lexicon.nations


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
    return without_possessive(tree, entity.token_start, entity.token_end)


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
