"""What joins titles: the person or body a title standing alone stands for.

The holder of the title in the article or as known, an appositive, the subject
just before, the person the next sentence names, and the body a title describes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import posted_abroad
from dateline.stages.actors.coref_words import (
    OFFICE_OF_STATE,
    PARTY,
    canonical_words,
    cluster_at,
    definite_after_modifiers,
    folded_name,
    held_by_one_known,
    is_generic_words,
    names_body,
    names_former_office,
    told_with_a,
)
from dateline.stages.actors.evidence import COPULAS, POSTINGS, remit_of
from dateline.stages.actors.governments import a_regions_government, government_of
from dateline.stages.actors.kept_apart import of_a_rival, of_another_body, other_body
from dateline.stages.actors.lexicon import Title, load
from dateline.stages.actors.mention import JOINT_BODIES, Mention, head_of
from dateline.stages.actors.mention_words import name_set_after
from dateline.stages.actors.pronouns import Discourse, antecedent
from dateline.stages.actors.references import (
    body_of_no_known_kind,
    described_organization,
)
from dateline.stages.actors.relatives import (
    is_relative,
    named_relative,
    possessor_of,
    relative_acts,
    relative_key,
)
from dateline.stages.quotes import cues as quote_cues


def _stands_for_a_state(mention: Mention, of_mention: dict[int, Cluster]) -> bool:
    """Whether a title was already taken as a country's government ("his government")."""
    found = of_mention.get(mention.first)
    return found is not None and found.key.startswith("country:")


def resolve_titles(  # noqa: PLR0913 - the state of one clustering pass
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
            # relative named by the tie alone is seldom one the story is
            # about, unless the story tells what the relative did.
            kin = named_relative(mention, clusters, tree)
            if kin is not None:
                join(kin.key, mention)
            elif relative_acts(mention, tree):
                join(relative_key(mention, clusters, tree), mention)
        elif (
            mention.kind == "title"
            and government_of(mention, home, tree) is None
            and not _stands_for_a_state(mention, of_mention)
        ):
            # A body ("his shadow cabinet", "the court") is held by no person.
            person = mention.label == "PERSON"
            if person and _said_of_a_body(mention, of_mention, tree):
                continue
            holder = (
                _appositive(mention, of_mention, tree)
                or _posted_to(mention, clusters, tree)
                or _holder_of_that_body(mention, clusters, tree, home)
                or _just_introduced(mention, clusters, tree)
                or _subject_before(mention, clusters, tree, mentions)
                or _named_next(mention, clusters, tree)
                if person
                else _body_described(mention, clusters, tree)
            )
            join(holder.key if holder else _title_key(mention, clusters, tree), mention)


def _said_of_a_body(mention: Mention, of_mention: dict[int, Cluster], tree: Tree) -> bool:
    """Whether a role set after a comma beside a body's name is what the text says of the body.

    "backed by the Velmar group, the largest shareholder in Norvex,": the
    shareholder is the group, no person of its own. A person's name there
    holds the role ("Ann Lowe, the largest shareholder"), and the subject of a
    verb after the comma is another ("at Velmar, the chairman said").
    """
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    comma = mention.first - 1
    while comma > 0 and tokens[comma].pos == "DET":
        comma -= 1
    # The model may hang such a role anywhere ("dobj" of a verb far before it);
    # only a subject starts a clause of its own.
    if tokens[head].dep in ("nsubj", "nsubjpass") or comma < 1 or tokens[comma].text != ",":
        return False
    named = comma - 1
    if tokens[named].lemma.lower() in load().org_words:
        named -= 1  # "the Velmar group": the body's name before the word of its kind
    found = cluster_at(named, of_mention)
    return (
        found is not None and not found.is_person and any(m.kind == "name" for m in found.mentions)
    )


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


def _set_beside_a_name(mention: Mention, tree: Tree) -> bool:
    """Whether a description is in apposition to a name, either way round.

    "The media watchdog, Reporters Without Borders," is the body named beside
    it, even when that name is not found: no body of state named before.
    """
    head = head_of(tree, mention.first, mention.last)
    return any(tree.tokens[k].pos == "PROPN" for k in tree.set_beside(head))


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
        or (len(entry.words) != 1 and not (_kind_of_armed_group(entry) or _one_kind(entry)))
        or mention.first == 0
        or tree.tokens[mention.first - 1].text.lower() != "the"
        # "the work and pensions committee": a remit of its own names one
        # committee, not the chamber named before it.
        or _joined_remit(mention)
    ):
        return None
    if entry.sector == OFFICE_OF_STATE:
        return _body_of_state(mention, entry, clusters, tree)
    # "the real opposition" is a claim to the part, not the party that has it.
    if tuple(mention.text.lower().split()) == _THE_OPPOSITION:
        return _party_in_opposition(clusters)
    found = described_organization(
        dataclasses.replace(mention, sector=entry.sector), clusters.values()
    )
    if found is None and entry.sector in _NAMED_BY_NAME:
        # "the charity" after a body of no kind we know ("the Marlow Society") is that body.
        found = body_of_no_known_kind(mention, clusters.values(), tree)
    return found


_NAMED_BY_NAME = frozenset({"NGO", "BUS"})
"""Sectors of bodies whose names may say nothing of what they are ("the Marlow Society").

A court, a chamber or an army is named by its kind ("the Election Court"): "the court
heard" after a firm of no kind we know is the trial's court, not the firm."""


def _body_of_state(
    mention: Mention, entry: Title, clusters: dict[str, Cluster], tree: Tree
) -> Cluster | None:
    """The body of state "the ministry" or "the watchdog" stands for; none for "the cabinet".

    "The cabinet" is the country's own, not an office named before. "The
    ministry" is one its word names; "the watchdog" the body of state told
    of last, whether called so or not (:func:`_overseer_before`).
    """
    if load().is_government(entry.words):
        return None
    called = _called_by_name(mention, clusters)
    return _told_last(mention, called, _overseer_before(mention, clusters, tree))


def _told_last(mention: Mention, *found: Cluster | None) -> Cluster | None:
    """Of the bodies a description may mean, the one told of last before it.

    "The watchdog" may mean a body the text called so, or a body of state
    it named by a name that holds no such word: the reader takes the one
    just told of.
    """
    told = [
        (max(m.first for m in body.mentions if m.first < mention.first), body)
        for body in found
        if body is not None and any(m.first < mention.first for m in body.mentions)
    ]
    return max(told, key=lambda pair: pair[0])[1] if told else None


def _overseer_before(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The body of state "the watchdog" or "the regulator" stands for, whatever its name.

    Such a word (oversight_words.txt) says what a body does, not what it is
    called: "the Financial Services Authority fined the bank ... the
    watchdog said" is the authority, the nearest body of state before it.
    Not a body of no kind we know: a regulator is seldom named by a name
    that says nothing of what it is, and the word ("the City watchdog") may
    mean one the text never names.
    """
    entry = mention.title_entry
    if (
        entry is None
        or entry.words[-1] not in lexicons.word_set("oversight_words.txt")
        or _set_beside_a_name(mention, tree)  # the name beside it says which body it is
    ):
        return None
    return described_organization(
        dataclasses.replace(mention, sector=OFFICE_OF_STATE), clusters.values(), tree
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


def _one_kind(entry: Title) -> bool:
    """Whether a role of two words is one kind of body: "the think tank" is no tank of thought."""
    return " ".join(entry.words).replace("-", " ") in load().org_words


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
            found = clusters.get(f"org:{folded_name(load().business_core(text))}")
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
    return next((found for found in clusters.values() if names_body(found, body)), None)


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
            m.first for m in found.mentions if m.first < mention.first and word in _words_named(m)
        ]
        if before and not found.is_person and (best is None or max(before) > best[0]):
            best = (max(before), found)
    return best[1] if best else None


def _words_named(mention: Mention) -> list[str]:
    """The words a mention names its body by, with those of the body's full name when known.

    "Defra ... the department": a body named by its acronym or short name is
    called by the words of the full name the lexicon knows it by (the
    Department for Environment, Food and Rural Affairs).
    """
    words = mention.text.casefold().split()
    if mention.kind == "name" and mention.organization is not None:
        words += mention.organization.name.casefold().split()
    return words


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
        if found.is_person and canonical_words(_LEADS_THE_OPPOSITION) in found.known_titles
        for org in found.known_orgs
    }
    named = [
        found
        for found in clusters.values()
        if not found.is_person
        and any(
            m.kind == "name"
            and m.organization is not None
            and m.organization.sector == PARTY
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
        or entry.sector == OFFICE_OF_STATE
        or held_by_one_known(mention)
        or mention.organization is not None
        or mention.country is not None
        or not mention.main_subject
        or mention.first != start + 1
        or tokens[start].text.lower() != "the"
        or mention.sentence == 0
        or _named_or_placed_after(mention, tree)
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


def _subject_before(
    mention: Mention, clusters: dict[str, Cluster], tree: Tree, mentions: list[Mention]
) -> Cluster | None:
    """The person the sentence before spoke of, for "the <role>" that speaks next.

    "Mr Hale said the levy was unfair. The Green MEP told reporters ...":
    news gives the speaker of one sentence a role the text had not given
    him, as the one who speaks in the next. Only a definite role, the
    writer's, that is the main subject of a verb of saying, after a sentence
    whose main subject was one person; never an office of state held now
    ("the minister said" after an MP is someone else), a generic role ("the
    spokesman" speaks for him), a role given its body ("the chairman of
    ..."), nor another office in a body the person is known to hold one in.
    The person may be told there by "he" or "she" ("But he added: ... The
    former Labour leader said ...").
    """
    entry = mention.title_entry
    tokens = tree.tokens
    if (
        entry is None
        or mention.quoted
        or not mention.main_subject
        or mention.sentence == 0
        or held_by_one_known(mention)
        or is_generic_words(canonical_words(entry.words))
        or not _told_as_known(mention, tree)
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
    ] or _told_by_a_pronoun_before(mention, clusters, tree, mentions)
    if len(before) != 1:
        return None
    person = before[0]
    if of_a_rival(person, mention) or of_another_body(person, mention):
        return None
    body = mention.organization
    if body is not None and body.org in person.known_orgs:
        # Charles Kennedy leads the Lib Dems: "the Lib Dem chief executive" is another.
        return None
    held = {
        canonical_words(m.title_entry.words)
        for m in person.mentions
        if m.title_entry is not None and not names_former_office(m)
    }
    if names_former_office(mention) and canonical_words(entry.words) in held:
        return None  # the home secretary the text names is no "former home secretary"
    return person if person.fits_gender(mention.gender) else None


def _named_next(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person the next sentence names first, for a role that spoke without a name.

    "A Glenmoor councillor backed the mayor. Morag Tulloch said ...": news
    gives the role first and the name just after, as the subject of the next
    sentence. Only a role that is the subject of its clause and that no one
    before it holds, and only when the next sentence's main subject is a
    person the article had not named before. Not a generic role ("a
    spokesman said ... Jane Roe said" are two voices), nor the country's
    own office of state told bare ("the chancellor"), whose holder the
    reader knows, nor a person the dictionary knows in other offices only,
    nor one whom the text gives a role of another trade ("a judge ruled ...
    said X, an analyst").
    """
    entry = mention.title_entry
    if (
        entry is None
        or mention.quoted
        or not mention.subject
        or is_generic_words(canonical_words(entry.words))
        or _bare_office_of_state(mention, entry, tree)
    ):
        return None
    named = [
        found
        for found in clusters.values()
        if found.is_person
        and found.mentions
        and found.mentions[0].sentence == mention.sentence + 1
        and found.mentions[0].kind == "name"
        and found.mentions[0].main_subject
        and not found.mentions[0].quoted
    ]
    if len(named) != 1 or not _may_hold(named[0], mention, entry):
        return None
    person = named[0]
    return person if person.fits_gender(mention.gender) else None


def _bare_office_of_state(mention: Mention, entry: Title, tree: Tree) -> bool:
    """Whether a role is an office of state told with "the" alone: no place or body before it."""
    return (
        entry.sector == OFFICE_OF_STATE
        and mention.country is None
        and mention.organization is None
        and mention.first > 0
        and tree.tokens[mention.first - 1].text.lower() == "the"
    )


# A councillor is told as "the member for" a ward: offices of state and
# seats in a chamber are one trade when a role is told again beside a name.
_ELECTED = frozenset({"GOV", "LEG"})


def _may_hold(person: Cluster, mention: Mention, entry: Title) -> bool:
    """Whether nothing the text or the dictionary says of a person rules out a role."""
    if of_a_rival(person, mention) or of_another_body(person, mention):
        return False
    wanted = canonical_words(entry.words)
    if person.known_titles and not _holds_known(person, wanted, mention):
        return False
    return all(m.title_entry is None or _same_trade(m.title_entry, entry) for m in person.mentions)


def _same_trade(given: Title, role: Title) -> bool:
    """Whether a role set beside a name may be told as another role of the same trade."""
    if canonical_words(given.words) == canonical_words(role.words):
        return True
    if given.sector is None or role.sector is None:
        return False
    trade = _ELECTED if role.sector in _ELECTED else frozenset({role.sector})
    return given.sector in trade


def _told_by_a_pronoun_before(
    mention: Mention, clusters: dict[str, Cluster], tree: Tree, mentions: list[Mention]
) -> list[Cluster]:
    """The person a "he" or "she" who spoke in the sentence before a role stands for, if any.

    Only a speaker ("But he added: ..."): one the sentence before only tells
    of ("he was handed the letter") is no one the next speaker's role names.
    Titles are given before pronouns are, so the pronoun is resolved here as
    it will be then.
    """
    cues = quote_cues.load()
    said = next(
        (
            m
            for m in mentions
            if m.kind == "pronoun"
            and m.sentence == mention.sentence - 1
            and m.main_subject
            and not m.quoted
            and cues.at(tree, tree.tokens[m.first].head) is not None
        ),
        None,
    )
    if said is None:
        return []
    found = antecedent(said, clusters.values(), Discourse.of(tree))
    return [found] if found is not None and found.is_person else []


def _told_as_known(mention: Mention, tree: Tree) -> bool:
    """Whether a role is told as one the reader knows: "the Green MEP", "the group's director".

    A role owned by a body the text describes ("The reform group's general
    secretary told ...") is as definite as one after "the": news gives the
    speaker just named a role by his body's description.
    """
    return definite_after_modifiers(mention, tree) or _owned_by_a_description(mention, tree)


def _owned_by_a_description(mention: Mention, tree: Tree) -> bool:
    """Whether "the" opens a possessor right before a role: "the campaign group's director"."""
    tokens = tree.tokens
    k = mention.first - 1
    if k < 1 or tokens[k].tag != "POS":
        return False
    k -= 1
    while k >= 0 and tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tokens[k].tag != "POS":
        k -= 1
    return k >= 0 and tokens[k].text.lower() == "the"


def _named_or_placed_after(mention: Mention, tree: Tree) -> bool:
    """Whether a role goes on to say whose it is ("the chairman of ...") or whom it names.

    "The Tory leader, Michael Howard," names its holder; "the Tory leader,
    who argues ..." does not: a "who" clause only says more of the one the
    sentence before spoke of.
    """
    tokens = tree.tokens
    after = mention.last
    if _seat_named_within(mention, tree):
        return True
    if after >= len(tokens):
        return False
    if tokens[after].text == "of":
        return True
    return tokens[after].text == "," and (
        after + 1 >= len(tokens) or tokens[after + 1].text.lower() != "who"
    )


def _seat_named_within(mention: Mention, tree: Tree) -> bool:
    """Whether a role's own words name the seat or body it is held in: "the Bishop of Durham".

    "The Archbishop of Canterbury", "the Chief Constable of Kent" are one
    office each, held by whoever holds it, not a role the text gives the
    person it named just before.
    """
    tokens = tree.tokens
    return any(
        tokens[k].text == "of" and tokens[k + 1].pos == "PROPN"
        for k in range(mention.first + 1, mention.last - 1)
    )


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
    if a_regions_government(mention, tree):
        # "Tigray's administration ... the federal government", where the
        # article's country is unknown: two governments, though both untitled.
        return f"regional:{_describe(mention)}:{folded_name(mention.text)}"
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
        words = " ".join(canonical_words(mention.title_entry.words))
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


def _appositive(mention: Mention, of_mention: dict[int, Cluster], tree: Tree) -> Cluster | None:
    """The person a title stands in apposition to, either way round."""
    tokens = tree.tokens
    head = mention.last - 1
    if tokens[head].dep == "appos":
        target = cluster_at(tokens[head].head, of_mention)
        if target is not None and target.is_person:
            return target
    subject = _copula_subject(tree, head)
    if subject is not None:
        target = cluster_at(subject, of_mention)
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
    return _name_beside(mention, of_mention, tree)


def _name_beside(mention: Mention, of_mention: dict[int, Cluster], tree: Tree) -> Cluster | None:
    """The person named between commas right after a title the parser did not hang it on."""
    first = name_set_after(tree, mention.last)
    target = cluster_at(first, of_mention) if first is not None else None
    return target if target is not None and target.is_person else None


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
    the noun the clause describes. "X became chairman" and "X remained
    chairman" say the role of X as "to be" does.
    """
    tokens = tree.tokens
    verb = tokens[head].head
    if tokens[head].dep != "attr" or tokens[verb].lemma.lower() not in COPULAS:
        return None
    subject = next((c for c in tree.children[verb] if tokens[c].dep == "nsubj"), None)
    if subject is not None and tokens[subject].text.lower() in ("who", "that"):
        return tokens[verb].head if tokens[verb].dep == "relcl" else None
    return subject


def _indefinite(mention: Mention, tree: Tree) -> bool:
    """Whether a title is told with "a" or "an": someone the article brings in.

    Not a role said of someone: "as a Northern Ireland minister he ...",
    "he is a great chancellor".
    """
    first = mention.first
    if not told_with_a(mention, tree):
        return False
    said_of = first > 1 and tree.tokens[first - 2].text.lower() == "as"
    return not said_of and tree.tokens[head_of(tree, first, mention.last)].dep != "attr"


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
    wanted = canonical_words(mention.title_entry.words)
    sector = mention.title_entry.sector
    candidates = []
    later: list[Cluster] = []
    unplaced: list[tuple[Cluster, bool]] = []  # and whether at home, so not of ``mention``'s
    for found in clusters.values():
        if not found.is_person or of_a_rival(found, mention):
            continue
        # "The home secretary" is not the shadow home secretary nor a former one.
        # "Trevor Phillips, chairman of the Commission" is not "the
        # Conservative Party co-chairman": the same role in another body.
        stated = any(
            m.title_entry is not None
            and canonical_words(m.title_entry.words) == wanted
            and m.title_entry.sector == sector
            and m.title_entry.scope == mention.title_entry.scope
            and names_former_office(m) == names_former_office(mention)
            and not other_body(m, mention)
            for m in found.mentions
        ) and not of_another_body(found, mention)
        leads = _leads(found, mention) or _heads_the_same_body(found, mention)
        # "the prince" is whom the article styled "Prince" before, "the
        # general" whom it styled "Gen".
        leads = leads or any(
            m.honorific is not None
            and (load().honorific_offices.get(m.honorific, m.honorific.lower()),) == wanted
            for m in found.mentions
        )
        # The office a person holds now is no "former home secretary".
        known = _holds_known(found, wanted, mention) and not names_former_office(mention)
        same_title = stated or known or leads
        generic = (
            not indefinite
            and is_generic_words(wanted)
            and sector is not None
            and (
                any(
                    m.title_entry
                    and m.title_entry.sector == sector
                    and _may_be_called(wanted, m.title_entry)
                    for m in found.mentions
                )
                or _known_in_sector(found, sector)
            )
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


def _may_be_called(wanted: tuple[str, ...], entry: Title) -> bool:
    """Whether the holder of a title may be called by a generic role ("the minister").

    "Councillor X criticised the plans. The minister said" is another
    person, as is "the minister" after "Prince Y": a councillor, a mayor or
    a prince is of the state (GOV), but no minister; a secretary of state,
    a chancellor or a chief whip is.
    """
    words = _GENERIC_HOLDERS.get(wanted)
    return words is None or bool(words & set(entry.words))


_GENERIC_HOLDERS: dict[tuple[str, ...], frozenset[str]] = {
    ("minister",): frozenset({"minister", "secretary", "chancellor", "whip"})
}
"""Words one of which a title must hold for its holder to be called by a generic role."""


def _known_in_sector(person: Cluster, sector: str) -> bool:
    """Whether the dictionary knows a person in an office of ``sector``.

    "Mr Hain said ... The minister said": the Wales secretary the article
    never calls so is still the minister named before.
    """
    titles = load().title
    return any(
        (entry := titles(known) or titles(known[-1:])) is not None and entry.sector == sector
        for known in person.known_titles
        if known
    )


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
    "Serbia's envoy"), nor the dictionary: "President Volodymyr Zelensky"
    ... "the French president" are two presidents, though the article never
    says whose Zelensky is.
    """
    if person.known_countries and country not in person.known_countries:
        return False
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


def _describe(mention: Mention) -> str:
    words = canonical_words(mention.title_entry.words) if mention.title_entry else (mention.text,)
    return f"{mention.country or ''}:{' '.join(words)}"
