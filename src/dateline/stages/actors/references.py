"""What joins descriptions: "the party", "the company", "its" to the body meant.

The nearest body of that kind, a body of the subject's, a body introduced as
a kind, and the owner of a possessive. A firm told by its country ("the
Spanish group") is the one placed there, never one of another country.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from dateline.stages._spans import fold
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coref_words import (
    OFFICE_OF_STATE,
    PARTY,
    body_name,
    whose_owner,
    word_before,
)
from dateline.stages.actors.kept_apart import of_another_country
from dateline.stages.actors.lexicon import Gender, load
from dateline.stages.actors.mention import Mention, head_of
from dateline.stages.actors.pronouns import Discourse, antecedent, named_beside


def resolve_references(
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
            elif _owner_word(mention, tree) == "whose":
                owner = whose_owner(mention, clusters, tree)
                found = None if owner is None else _owners_body(owner, clusters, mention.sector)
            else:
                found = (
                    _subject_s_party(mention, mentions, clusters, discourse)
                    or described_organization(mention, clusters.values(), tree)
                    or _introduced_as(mention, clusters, tree)
                    or _firm_of_no_known_kind(mention, clusters.values(), tree)
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
    if _placed_alike(found, mention):
        # The country a description gives says which firm it is, whoever was named since.
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


def _placed_alike(found: Cluster, mention: Mention) -> bool:
    """Whether a description's country is one a body's own mentions place it in."""
    return mention.country is not None and any(m.country == mention.country for m in found.mentions)


def _may_be_a_firm(found: Cluster) -> bool:
    """Whether a body is a firm, or of no kind we know."""
    kinds = kinds_of_body(found)
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
    return word_before(tree, mention.first)


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
    return None if owner is None else _owners_body(owner, clusters, mention.sector)


def _body_of(owner: Cluster, clusters: dict[str, Cluster], sector: str | None) -> Cluster | None:
    """The article's body of ``sector`` a person belongs to, by the bodies of their mentions."""
    orgs = owner.known_orgs | {
        m.organization.org for m in owner.mentions if m.organization and m.organization.org
    }
    return _named_body(clusters, orgs, sector)


def _owners_body(
    owner: Cluster, clusters: dict[str, Cluster], sector: str | None
) -> Cluster | None:
    """The body "his party" means: one of the owner's, else the party the dictionary knows as his.

    A prime minister's rows name no party, but his party's posts before
    office do: "Mr Blair defended his party's record" is Labour's. Only for
    the owner's own party; "the party" a sentence's subject attacks may be
    another.
    """
    found = _body_of(owner, clusters, sector)
    if found is None and sector == PARTY and owner.known_party is not None:
        found = _named_body(clusters, {owner.known_party}, sector)
    return found


def _named_body(clusters: dict[str, Cluster], orgs: set[str], sector: str | None) -> Cluster | None:
    """The article's body of ``sector`` named by its name, of one of ``orgs``."""
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


def _subject_s_party(
    mention: Mention, mentions: list[Mention], clusters: dict[str, Cluster], discourse: Discourse
) -> Cluster | None:
    """The party "the party" means when its sentence is about one of its people.

    "Dr Fox refused to discuss reports that the party had repaid the loan":
    the party of the sentence's subject, not the party named last before
    it ("... Labour's pledges"). Where the sentence's subject is a thing, the
    subject of the party's own clause counts: "His hopes faded because he
    defied the party line". Not when a party is named earlier in the same
    sentence ("Mr Howard attacked Labour, saying the party ..."), which is
    the one it means.
    """
    if mention.sector != PARTY:
        return None
    before = [m for m in mentions if m.sentence == mention.sentence and m.first < mention.first]
    if any(m.organization and m.organization.sector == PARTY for m in before):
        return None
    subject = next((m for m in before if m.main_subject), None) or _clause_subject(
        mention, before, discourse.tree
    )
    if subject is None:
        return None
    if subject.kind == "pronoun":
        owner = antecedent(subject, clusters.values(), discourse)
    else:
        owner = next((c for c in clusters.values() if subject in c.mentions), None)
    if owner is None or not owner.is_person:
        return None
    return _body_of(owner, clusters, PARTY)


def _clause_subject(mention: Mention, before: list[Mention], tree: Tree) -> Mention | None:
    """The mention before "the party" that is the subject of the clause it stands in, if any."""
    token = head_of(tree, mention.first, mention.last)
    for _ in range(_SUBJECT_DEPTH):
        subjects = [
            c
            for c in tree.children[token]
            if tree.is_subject(c) and not mention.first <= c < mention.last
        ]
        if subjects:
            return next((m for m in before if m.first <= subjects[0] < m.last), None)
        if tree.tokens[token].head == token:
            return None
        token = tree.tokens[token].head
    return None


_SUBJECT_DEPTH = 4
"""How far above "the party" a subject may be: "he tended to defy the party line"."""


def described_organization(
    mention: Mention, clusters: Iterable[Cluster], tree: Tree | None = None
) -> Cluster | None:
    """The organisation "the party" or "the union" means: the nearest one before it of that kind.

    A body the text has already called by the same word comes first: "Sudan's
    army and the Rapid Support Forces agreed ... accused the army" is Sudan's
    army, though the paramilitary force is named nearer. Given the parse, a
    firm told of only as another's part is passed over (:func:`_told_as_a_part`).
    """
    best: tuple[bool, int, Cluster] | None = None
    for found in clusters:
        if found.is_person or all(m.kind == "group" for m in found.mentions):
            # "PCS leader Mark Serwotka ... the union": his union, not him;
            # "senior Conservative members ... the party": their party, not them.
            continue
        if tree is not None and _told_as_a_part(found, mention, tree):
            continue
        if tree is not None and _owner_beside_its_subject(found, mention, tree):
            continue
        if tree is not None and _subject_of_its_verb(found, mention, tree):
            continue
        if of_another_country(found, mention):
            # "the Israeli army ... the Lebanese army deployed": another army.
            continue
        called = _called_so(found, mention)
        if not (_of_its_kind(found, mention) or called):
            continue
        before = [m.first for m in found.mentions if m.first < mention.first]
        if before and (best is None or (called, max(before)) > best[:2]):
            best = (called, max(before), found)
    return best[2] if best else None


def _subject_of_its_verb(found: Cluster, mention: Mention, tree: Tree) -> bool:
    """Whether a body is the subject of the verb a description is the object of.

    "Labour accused the party of misleading voters": a body does not act on
    itself, so "the party" is another one, though Labour is the party named
    last before it.
    """
    head = head_of(tree, mention.first, mention.last)
    if tree.tokens[head].dep != "dobj":
        return False
    verb = tree.tokens[head].head
    subjects = [c for c in tree.children[verb] if tree.tokens[c].dep == "nsubj"]
    return any(m.first <= c < m.last for c in subjects for m in found.mentions)


def _told_as_a_part(found: Cluster, mention: Mention, tree: Tree) -> bool:
    """Whether a body is told of before a description only as another's part, or last as owner.

    "Yukos ... its key Yugansk division was auctioned off. The company's
    effort to gain bankruptcy protection": a firm named as another's
    subsidiary, division, unit or arm ("its X subsidiary", "Yukos' arm,
    Yugansk") is told of as the other's; "the company" after it is the
    owner, told of as a firm of its own. The owner last named in passing
    ("Aguila, controlled by Velmar,", "Velmar's subsidiary, which ...")
    is not what the text goes on about either: the body it owns is.
    """
    before = sorted((m for m in found.mentions if m.first < mention.first), key=lambda m: m.first)
    return bool(before) and (
        all(_a_part_named(tree, m) for m in before) or _an_owner_named(tree, before[-1])
    )


def _a_part_named(tree: Tree, named: Mention) -> bool:
    """Whether a name is given as an owner's part: "its Yugansk division", "Yukos' arm, Yugansk"."""
    head = head_of(tree, named.first, named.last)
    token = tree.tokens[head]
    parts = [token.head] if token.dep in ("compound", "appos") else []
    parts += [c for c in tree.children[head] if tree.tokens[c].dep == "appos"]
    return any(
        tree.tokens[part].lemma.lower() in _PARTS_OF_A_FIRM
        and any(tree.tokens[c].dep == "poss" for c in tree.children[part])
        for part in parts
    )


def _owner_beside_its_subject(found: Cluster, mention: Mention, tree: Tree) -> bool:
    """Whether "the party's" names the owner of a thing its own clause's subject is said to be.

    A body that is the subject of a clause holding "the party's plans"
    would be "its plans" there: "the Tories criticised the party's plans",
    "Labour claims the party's figures are wrong" are another party's plans
    and figures, and "Mr Reid hit out at the club's decision" another's
    decision. So a subject above the possessive is not the body it means;
    but only up through phrases and a clause said: a clause joined by
    "and" or "but" ("X collapsed and prosecutors say the firm's shares
    ...") or an infinitive ("appointed Y to be the party's chief") is told
    of the body afresh.
    """
    if not mention.possessor:
        return False
    spans = [(m.first, m.last) for m in found.mentions if m.sentence == mention.sentence]
    token = head_of(tree, mention.first, mention.last)
    for _ in range(_CLAUSES_UP):
        head = tree.tokens[token].head
        if head == token or tree.tokens[token].dep not in _WITHIN_ITS_CLAUSE:
            return False
        token = head
        if any(
            tree.is_subject(c) and first <= c < last
            for c in tree.children[token]
            for first, last in spans
        ):
            return True
    return False


_CLAUSES_UP = 8
"""How far above "the party's" its subject may be: "Labour claims the party's figures are wrong"."""
_WITHIN_ITS_CLAUSE = frozenset(
    {"poss", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "ccomp", "dative"}
)
"""The links "the party's" climbs to a subject that would have said "its"."""


def _an_owner_named(tree: Tree, named: Mention) -> bool:
    """Whether a name is given in passing as who holds another body.

    By a participle set after the other's name ("Aguila, controlled by
    Velmar,") or as the owner of a firm's part ("Velmar's subsidiary"): the
    clause tells of the body held, and "the firm" after it goes on with it.
    Not the owner of a part named in the same words ("auctioned Velmar's
    Tomsk subsidiary, months after it sent the company a tax demand"): the part is
    told of as the owner's (:func:`_a_part_named`), and "the company" is
    the owner, the one firm of its own the clause names.
    """
    head = head_of(tree, named.first, named.last)
    token = tree.tokens[head]
    held = tree.tokens[token.head]
    if token.dep == "poss":
        return held.lemma.lower() in _PARTS_OF_A_FIRM and not _part_named_too(tree, token.head)
    participle = tree.tokens[held.head]
    return (
        token.dep == "pobj"
        and held.dep == "agent"
        and participle.dep == "acl"
        and participle.tag == "VBN"
        and tree.tokens[participle.head].pos == "PROPN"
    )


def _part_named_too(tree: Tree, part: int) -> bool:
    """Whether a firm's part carries its own name: "Tomsk" in "Velmar's Tomsk subsidiary"."""
    return any(
        tree.tokens[c].dep == "compound" and tree.tokens[c].pos == "PROPN"
        for c in tree.children[part]
    )


_PARTS_OF_A_FIRM = frozenset({"subsidiary", "division", "unit", "arm"})
"""Nouns for a firm owned by another, which its owner's name or "its" comes before."""


def _firm_of_no_known_kind(
    mention: Mention, clusters: Iterable[Cluster], tree: Tree
) -> Cluster | None:
    """The body "the company" means when no body before it is known as a firm.

    "Halvo makes sleeping pills in Ohio. The company has been accused ...":
    a body whose name says nothing of what it is, named in the last few
    sentences, is the firm the word takes up (:func:`body_of_no_known_kind`).
    Only for the bare words of a firm ("the company", "the firm"), which say
    it is one, alone or after its country ("the Spanish group").
    """
    if mention.text.lower() not in _BARE_FIRM_WORDS and not _firm_told_by_its_country(mention):
        return None
    return body_of_no_known_kind(mention, clusters, tree)


def _firm_told_by_its_country(mention: Mention) -> bool:
    """Whether a description is a firm's bare word with only its country before it.

    Business news calls a firm named before by its country: "Ferrix bought
    the stake ... The Spanish group said": "group" after a demonym is the
    firm's word there, as "company" is, and the demonym says which firm.
    """
    *before, head = mention.text.split()
    lexicon = load()
    return (
        head.lower() in _FIRM_WORDS_AFTER_A_COUNTRY
        and bool(before)
        and all(lexicon.country(word) for word in before)
    )


def body_of_no_known_kind(
    mention: Mention, clusters: Iterable[Cluster], tree: Tree
) -> Cluster | None:
    """The nearest body of no kind we know, named in the last few sentences before a description.

    A body whose name says nothing of what it is ("the Hansard Society",
    "Halvo") may be of any kind a description names: "the charity said",
    "the company has been accused". Only when no body of the description's
    own kind is there, and no further back than "the organisation" looks,
    as the word says as little of which body it is. Not a firm told of as
    another's part.
    """
    best: tuple[bool, int, Cluster] | None = None
    for found in clusters:
        named = [
            m.first
            for m in found.mentions
            if body_name(m)
            and m.first < mention.first
            and mention.sentence - m.sentence <= _ANY_KIND_REACH
        ]
        # "Madrid-based Ferrix ... Rivermead Rail ... the Spanish group" is Ferrix:
        # a body placed in the description's country before one placed nowhere.
        placed = _placed_alike(found, mention)
        if (
            named
            and not kinds_of_body(found) - {None}
            and not _told_as_a_part(found, mention, tree)
            # "the French firm Castelbel ... the Spanish firm": a firm of another country.
            and not of_another_country(found, mention)
            and (best is None or (placed, max(named)) > best[:2])
        ):
            best = (placed, max(named), found)
    return best[2] if best else None


_BARE_FIRM_WORDS = frozenset({"company", "firm"})
"""The words of a description that says a body is a firm and no more."""
_FIRM_WORDS_AFTER_A_COUNTRY = _BARE_FIRM_WORDS | {"group"}
"""A firm's bare words after its country: "the Dutch company", "the German group"."""


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
        if of_another_country(found, mention):
            continue  # "the French firm Castelbel ... the Spanish firm" is not Castelbel
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


def _of_its_kind(found: Cluster, mention: Mention) -> bool:
    """Whether a body is of the kind a description names.

    A description of no kind ("the organisation", "the institution":
    any_body_words.txt) means a body named before of any kind, but a body by
    its name (not a country, a group of people or an office), and one told of
    in the last few sentences: the word says too little to reach further back.
    """
    if mention.sector is None:
        return any(body_name(m) for m in found.mentions) and any(
            m.first < mention.first and mention.sentence - m.sentence <= _ANY_KIND_REACH
            for m in found.mentions
        )
    head = mention.text.lower().split()[-1]
    if head == _CLUB:
        return _may_be_a_club(found)
    if head in _CALLED_ONLY_SO:
        return _called_so(found, mention) or any(
            m.kind == "name" and head in m.text.lower().split() for m in found.mentions
        )
    kinds = kinds_of_body(found)
    return mention.sector in kinds or _candidates_campaign(found, mention, kinds)


def _candidates_campaign(found: Cluster, mention: Mention, kinds: set[str | None]) -> bool:
    """Whether "the campaign" means a candidate's campaign named before: "the Kerry campaign".

    "Campaign" names a pressure group's (NGO), but one named after its
    candidates is a party's (PTY, evidence.py); no party the lexicon knows is
    called a campaign ("Labour ... the campaign" is the election's).
    """
    return (
        mention.text.lower().split()[-1] == _CAMPAIGN
        and PARTY in kinds
        and not any(m.organization for m in found.mentions)
    )


_ANY_KIND_REACH = 2
"""How many sentences back "the organisation" looks for the body it means."""
_CAMPAIGN = "campaign"
_CLUB = "club"
_CALLED_ONLY_SO = frozenset({"council", "commission", "committee"})
"""Words of a kind of body that mean one the text has called so, not any body of its sector.

"The council must act" after "Clarence House said" is a council the story
told of ("Hull City Council", "the council"), not the palace, though both
are bodies of state; "the commission" is no ministry.
"""
_CLUB_NAME_WORDS = frozenset({"club", "fc", "afc"})
"""Words by which a body's name styles it a club: "Newry FC", "the Paris Club"."""


def _may_be_a_club(found: Cluster) -> bool:
    """Whether a body may be the one "the club" means.

    "Club" is a word for a body of members (NGO), as "association" is, but
    the club news tells of is most often one that plays in a league, which
    is coded as a firm and named by its name alone ("Baxter was sacked by
    Harwich United ... criticised the club's handling of it"): a body of no
    kind we know, or a firm, may be it, as may one whose name styles it a
    club ("Newry FC"). Not the body that runs the sport ("the Football Association") nor
    its players' union, which "the club" would otherwise find by kind.
    """
    styled = any(
        m.kind == "name" and _CLUB_NAME_WORDS & set(m.text.lower().split()) for m in found.mentions
    )
    return styled or not kinds_of_body(found) - {_COMPANY, None}


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

    Only bodies of state and legislatures: their names end in their kind
    ("the Child Support Agency", "the Home Office", "the Welsh Assembly"), so
    the word points at the one so named and not at another office or
    chamber told of nearer ("Parliament" after the Welsh Assembly is not
    "the assembly"). A party's name does not ("Labour").
    """
    return (
        head is not None
        and mention.sector in _NAMED_BY_KIND
        and named.kind == "name"
        and named.text.lower().split()[-1] == head
    )


_NAMED_BY_KIND = frozenset({OFFICE_OF_STATE, "LEG"})
"""Sectors of bodies whose names end in the word for their kind."""


def kinds_of_body(found: Cluster) -> set[str | None]:
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
