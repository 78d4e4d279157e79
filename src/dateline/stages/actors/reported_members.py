"""Bare "members" a body's voice reports on: "the union said members had voted to strike".

"members" alone names no one, so the titles leave it (its row has no
sector). But as the subject of what a body, or one who speaks for a body,
says ("the party has withdrawn the leaflet, saying members disliked it";
"Ann Cole, of the Teachers' Association, said members were angry"), it is
that body's members: a group the story tells of, as "Labour members" is.
Just after a group of MPs ("some MPs used phones ... he cautioned members"),
it is those MPs, told again by their seats, as "the officers" after the
police are the police.
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, make_mention
from dateline.stages.actors.mention_words import QUANTIFIERS
from dateline.stages.quotes import cues as quote_cues

_MEMBERS = "members"


def members_a_body_reports(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Bare "members" the subject of a clause a body's voice reports, as that body's group."""
    found = []
    for i, token in enumerate(tree.tokens):
        if token.text.lower() != _MEMBERS or taken[i] or not _bare_subject(tree, i):
            continue
        speaker = _reporting_speaker(tree, token.head)
        body = None if speaker is None else _body_speaking(tree, speaker)
        if body is None:
            continue
        organization = lexicon.organization(tree.span_text(*body))
        found.append(
            make_mention(
                tree,
                i,
                i + 1,
                "group",
                "NORP",
                title=token.text,
                title_entry=lexicon.title((_MEMBERS,)),
                organization=organization,
                country=organization.country if organization else None,
            )
        )
    return found


def _bare_subject(tree: Tree, i: int) -> bool:
    """Whether "members" is a subject with no word of its own: no "the", "its", "Labour"."""
    return tree.is_subject(i) and not tree.children[i]


def _reporting_speaker(tree: Tree, verb: int) -> int | None:
    """The subject of the verb of saying whose report the clause of ``verb`` is, if any.

    "X said members had ...": the clause hangs on "said" as its complement.
    "X withdrew it, saying members ...": a participle of saying has no
    subject of its own and speaks for the subject of the verb it hangs on.
    """
    tokens = tree.tokens
    saying = tokens[verb].head
    if tokens[verb].dep != "ccomp" or tokens[saying].lemma.lower() not in quote_cues.lemmas():
        return None
    subject = _subject_of(tree, saying)
    if subject is None and tokens[saying].dep == "advcl" and tokens[saying].tag == "VBG":
        subject = _subject_of(tree, tokens[saying].head)
    return subject


def _subject_of(tree: Tree, verb: int) -> int | None:
    """The subject token of ``verb``, if it has one."""
    return next((c for c in tree.children[verb] if tree.is_subject(c)), None)


def _body_speaking(tree: Tree, speaker: int) -> tuple[int, int] | None:
    """The token span of the body a speaker is or speaks for, if the parse names one.

    A body ("Labour said"), or a person of one ("Ann Cole, of the Teachers'
    Association, said"): the span of an organisation the tagger found.
    """
    tokens = tree.tokens
    if tokens[speaker].ent_type == "ORG":
        return _entity_span(tree, speaker)
    if tokens[speaker].ent_type != "PERSON":
        return None
    for prep in tree.children[speaker]:
        if tokens[prep].dep != "prep" or tokens[prep].text.lower() != "of":
            continue
        for body in tree.children[prep]:
            if tokens[body].dep == "pobj" and tokens[body].ent_type == "ORG":
                return _entity_span(tree, body)
    return None


def _entity_span(tree: Tree, i: int) -> tuple[int, int]:
    """The span of the named entity token ``i`` is the head of, without "the"."""
    tokens = tree.tokens
    first = last = i
    while first > 0 and tokens[first].ent_iob == "I":
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].ent_iob == "I":
        last += 1
    while first < last and tokens[first].text.lower() == "the":
        first += 1
    return first, last + 1


def people_of_a_group_told_again(
    tree: Tree, mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """Bare "members" just after a group of MPs, "the officers" after the police: that group.

    "Some MPs used their phones in debates, and the Speaker cautioned members
    against it"; "Labour MPs are worried, and several members will speak";
    "Police were called ... when the officers arrived": a chamber's people
    are its members and a force's its officers, so the bare word (a
    quantifier or "the" at most) in the sentence naming a group of that
    kind, or the next, is that group, whose coding and owner it takes. Not
    "members of the public", "loyal members" nor "its members": words of
    their own say whose; nor "welcomed by Labour MPs and members": a list
    names others beside them.
    """
    found = []
    for i, token in enumerate(tree.tokens):
        sector = _BODY_OF_ITS_PEOPLE.get(token.text.lower())
        if sector is None or taken[i] or not _bare_or_counted(tree, i):
            continue
        body = _group_just_before(tree, mentions, i, sector)
        if body is None or _listed_beside(tree, i, body):
            continue
        found.append(
            make_mention(
                tree,
                i,
                i + 1,
                "group",
                "NORP",
                title=body.title,
                title_entry=body.title_entry,
                organization=body.organization,
                country=body.country,
            )
        )
    return found


_BODY_OF_ITS_PEOPLE = {_MEMBERS: "LEG", "officers": "COP"}
"""The word for the people of a body of each sector: a legislature's members, police officers."""


def _bare_or_counted(tree: Tree, i: int) -> bool:
    """Whether a plural has no word of its own but "the" or a vague count: "several members"."""
    return all(tree.tokens[c].text.lower() in _BARE_WORDS for c in tree.children[i])


_BARE_WORDS = QUANTIFIERS | {"the", "these", "those"}


def _listed_beside(tree: Tree, i: int, group: Mention) -> bool:
    """Whether word ``i`` and a group are joined in one list: "MPs and members"."""
    tokens = tree.tokens
    inside = range(group.first, group.last)
    return (tokens[i].dep == "conj" and tokens[i].head in inside) or any(
        tokens[k].dep == "conj" and tokens[k].head == i for k in inside
    )


def _group_just_before(tree: Tree, mentions: list[Mention], i: int, sector: str) -> Mention | None:
    """The last group of a sector named before word ``i``, in its sentence or the last."""
    sentence = tree.sentence_of[i]
    before = [
        m
        for m in mentions
        if m.kind == "group"
        and m.last <= i
        and m.title_entry is not None
        and m.title_entry.sector == sector
        and sentence - tree.sentence_of[m.first] in (0, 1)
    ]
    return max(before, key=lambda m: m.first, default=None)
