"""Refusals told in a speaker's own statement: "he said he would not resign".

A statement in which the speaker says that it will not, would not or
cannot do something ("the minister said she would not take part in the
debate", "we cannot accept the offer", "the ministry said it could not
comment") refuses it: a REJECT by the speaker, of whoever the refused act
is done to or with, when the text names them ("could not approve Iran's
request"), else of no one named. Only the speaker's own acts count, its
subject being the speaker ("I", "we", or a word the actors stage resolves
to it); what it says others will not do ("the plan will not work", "the
party would not win") refuses nothing. Verbs of thinking and being ("would
not think", "will not be easy") and of holding back from nothing ("would
not rule out", "will not hesitate") are no refusals
(``lexicons/unrefused_verbs.txt``). Saying it will not put a restraint on
others ("would not impose penalties on states") gives way to them: a
CONCEDE (``lexicons/waived_restraints.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.statement_records import StatementEvent, in_quote, spoken_words

STEP = "speaker's own refusal ('would not', 'cannot') -> REJECT"
WAIVED_STEP = "speaker's own 'would not' put a restraint on others: gives way -> CONCEDE"
# Auxiliaries by which one says what it will or can do: "will not", "won't", "cannot".
_WILLING = frozenset({"will", "wo", "would", "can", "ca", "could", "shall"})
_SELF = frozenset({"i", "we"})
# Prepositions that name whom a refused act would touch: "talks with X", "a deal for X".
_TOUCHED = frozenset({"with", "to", "from", "for", "against", "on"})


def refusals(tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]) -> Iterator[StatementEvent]:
    """A REJECT for each act a quote's speaker says it will not or cannot do."""
    unrefused = lexicons.word_set("unrefused_verbs.txt")
    for quote, speaker, verb in spoken_words(tree, quotes):
        if tree.tokens[verb].pos != "VERB" or tree.tokens[verb].lemma.lower() in unrefused:
            continue
        if (
            _refused(tree, verb)
            and said_by_the_quote(tree, verb, quote)
            and speakers_own(tree, index, verb, speaker)
        ):
            yield _event(tree, index, verb, quote)


def _refused(tree: Tree, verb: int) -> bool:
    """Whether a verb is denied with a verb of will or ability: "would not go", "can't accept"."""
    children = [tree.tokens[c] for c in tree.children[verb]]
    willing = any(c.dep == "aux" and c.text.lower() in _WILLING for c in children)
    denied = any(c.dep == "neg" and c.text.lower() in NEGATORS for c in children)
    asked = any(c.text == "?" for c in children)
    # "would not seek to change it", "cannot begin to meet": the act is the infinitive's.
    aimed = any(c.dep == "xcomp" for c in children)
    # "would never have guessed", "could not have won without them": a past
    # that did not happen, told to weigh it; one refuses only what is still to do.
    unreal_past = any(c.dep == "aux" and c.lemma.lower() == "have" for c in children)
    return (
        willing
        and denied
        and not asked
        and not aimed
        and not unreal_past
        and tree.tokens[verb].dep != "relcl"
        and not _conditional(tree, verb)
    )


def _conditional(tree: Tree, verb: int) -> bool:
    """Whether the refusal holds only on a condition: "if we lose, we cannot go on".

    A clause of "if" on the verb or on one of the few above it
    makes the refusal a hypothetical one; "will not stand down unless
    asked" still refuses.
    """
    nodes = [verb, *(parent for _, parent in tree.ancestors(verb, _REACH))]
    return any(
        tree.tokens[grandchild].dep == "mark"
        and tree.tokens[grandchild].text.lower() in _CONDITIONS
        for node in nodes
        for child in [node, *tree.children[node]]
        if child == node or tree.tokens[child].dep == "advcl"
        for grandchild in tree.children[child]
    )


_CONDITIONS = frozenset({"if"})


def said_by_the_quote(tree: Tree, verb: int, quote: Quote) -> bool:
    """Whether the refusal is what the quote itself says, not a clause told inside it.

    The verb heads its sentence, or the clause of the cue that tells the
    quote; "I would never say that we cannot cope" and "make
    you say 'I can't trust you'" refuse nothing of the speaker's.
    """
    node = verb
    while tree.tokens[node].dep == "conj" and tree.tokens[node].head != node:
        node = tree.tokens[node].head  # "accepted it and would not seek": the first verb's place
    head = tree.tokens[node].head
    if head == node:
        return True
    told = tree.tokens[node].dep == "ccomp"
    return told and not in_quote(tree, head, quote)


def speakers_own(tree: Tree, index: ActorIndex, verb: int, speaker: str) -> bool:
    """Whether the refused act is the speaker's: its subject is "I", "we" or the speaker."""
    subject, passive = subject_of(tree, verb)
    if subject is None or passive:
        return False
    if tree.tokens[subject].text.lower() in _SELF:
        return True
    return index.actors_at(tree, subject) == (speaker,)


def _event(tree: Tree, index: ActorIndex, verb: int, quote: Quote) -> StatementEvent:
    speaker = quote.speaker or ""
    done_to = touched(tree, index, verb, speaker)
    aux = next(c for c in tree.children[verb] if tree.tokens[c].dep == "aux")
    words = sorted({aux, verb, *(c for c in tree.children[verb] if tree.tokens[c].dep == "neg")})
    waived = restraint_waived(tree, verb)
    return StatementEvent.by_speaker(
        "CONCEDE" if waived else "REJECT",
        quote,
        done_to,
        (verb, " ".join(tree.tokens[w].text for w in words)),
        (
            WAIVED_STEP if waived else STEP,
            "recipient: whom the refused act touches"
            if done_to
            else "no recipient: the refused act names no one",
        ),
    )


def restraint_waived(tree: Tree, verb: int) -> bool:
    """Whether the act refused is putting a restraint on others: "would not impose penalties".

    Not putting a sanction, a fee or a restriction on others yields to them;
    "will not lift the sanctions" and "will not accept restrictions" still
    refuse, their verbs being none that put a restraint.
    """
    kinds = {row["word"]: row["kind"] for row in lexicons.table("waived_restraints.tsv")}
    if kinds.get(tree.tokens[verb].lemma.lower()) != "verb":
        return False
    return any(
        tree.tokens[c].dep == "dobj" and kinds.get(tree.tokens[c].lemma.lower()) == "restraint"
        for c in tree.children[verb]
    )


def touched(tree: Tree, index: ActorIndex, verb: int, speaker: str) -> tuple[str, ...]:
    """Actors the refused act is done to or with: its object, whose it is, "with X".

    Followed through the object and its prepositions: "take part in a
    debate with Mr Howard", "approve Iran's application".
    """
    found: list[str] = []
    reached = [(verb, 0)]
    while reached:
        node, depth = reached.pop()
        for child in tree.children[node]:
            dep = tree.tokens[child].dep
            if depth >= _REACH or dep not in _THROUGH:
                continue
            reached.append((child, depth + 1))
            reaches = dep in ("dobj", "poss") or (
                dep == "pobj" and tree.tokens[node].text.lower() in _TOUCHED
            )
            if reaches:
                named = index.actors_at(tree, child)
                found += [a for a in named if a != speaker and a not in found]
    return tuple(found)


# The links by which a refused act reaches whom it touches, and how far.
_THROUGH = frozenset({"dobj", "prep", "pobj", "poss", "dative"})
_REACH = 4
