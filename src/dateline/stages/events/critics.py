"""Charges told by who makes them: what "critics of X" say accuses X.

"Critics of the government say it has launched thirty schemes": whatever
the statement holds, its speakers are named by their opposition to the
government, so the statement is a charge against it. When they are
critics "of" no actor ("critics of the measure", or plain "critics"),
the charge is of the actors their statement names as doing or owning
what they fault: "critics argue that Norway's forecasts are overblown",
"critics say the president is trying to seize the farms"; not of those
it names as harmed ("the cuts will leave the fishermen poorer"), and
"critics say the tax will hurt the poor" names no one.

Prosecutors are named by the side they take in a trial, so what they say
of the one they name as doing something is a charge as well: "prosecutors
argued that Mr Dale ran the scheme", "prosecution lawyers said the broker
rigged bids". Only a doer is charged: "prosecutors said Mr Dale would be
freed on bail" makes him undergo, not do.

A party's word on a rival party is a charge in the same way: in an
election, what one party says of another is said against it. "The Tories
say the Liberal Democrats would make families pay more tax", "Labour said
a Green vote would only help the Tories win": the speaker, a party or one of its
members, charges the rival its statement makes the subject, or the owner
within a subject ("a Green vote"). Not a rival named elsewhere ("voters
may switch to the Tories"), nor one the statement praises ("it is good
that Labour has dropped the plan" holds a word of praise), and a speaker
of no known party charges no one so. What is weighed elsewhere is left
there: a claim, which charges only when it tells a wrong (:mod:`.claims`),
a rival's raising or cutting, which charges only when it harms
(:mod:`.harms_foretold`: "the Tories would cut wasteful spending"), and
what the rival is asked to do ("demanded that Labour spell out its
plans", "the Tories should apologise").
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import PASSIVE_SUBJECTS, prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.events.harms_foretold import harm_weighed
from dateline.stages.events.statement_cues import cue_at
from dateline.stages.events.statement_records import StatementEvent, in_quote, quoted_tokens

# Nouns for people named by what they oppose: "critics of the plan",
# "opponents of the bill".
_OPPONENTS = frozenset({"critic", "opponent", "detractor"})
# Nouns for the side that brings a charge in court: "prosecutors said",
# "prosecution lawyers argued" (the noun may stand as the speaker's compound).
_PROSECUTORS = frozenset({"prosecutor", "prosecution"})
# The sector of a political party and its members (actors.tsv).
_PARTY = "PTY"
# Quote verbs whose words are weighed elsewhere: a claim charges only when it
# tells a wrong (claims.py); what is demanded or urged is asked, not charged.
_WEIGHED_QUOTE_VERBS = ("claim", "demand", "urge", "ask")
# Modals by which a statement asks its subject to act: a demand, not a charge.
_ASKING_MODALS = frozenset({"should", "must", "ought"})


def critics_charges(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """An ACCUSE for each quote whose speakers are critics "of" an actor the text names.

    And for each quote of a party's on a rival party (:func:`rival_parties_charges`).
    """
    yield from _critics_charges(tree, index, quotes)
    yield from rival_parties_charges(tree, index, quotes)


def _critics_charges(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """An ACCUSE for each quote whose speakers are critics or prosecutors."""
    for quote in quotes:
        if quote.speaker is None:
            continue
        critics = _critics_speaking(tree, index, quote)
        if critics is None:
            continue
        targets = tuple(
            actor
            for criticised in prepositional_objects(tree, critics, frozenset({"of"}))
            for actor in index.actors_at(tree, criticised)
            if actor != quote.speaker
        )
        how = "recipient: whom they are critics 'of'"
        if not targets:
            targets = _doers_named(tree, index, quote, doing=_prosecuting(tree, critics))
            how = "recipient: whom their statement names as doing or owning what it faults"
        if targets:
            yield StatementEvent.by_speaker(
                "ACCUSE",
                quote,
                targets,
                (critics, tree.tokens[critics].text),
                ("speakers named as critics -> ACCUSE", how),
            )


def rival_parties_charges(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """An ACCUSE for each quote of a party's that makes a rival party its subject."""
    for quote in quotes:
        speaker = quote.speaker
        if (
            speaker is None
            or _party_of(index, speaker) is None
            or (quote.cue or "").lower().startswith(_WEIGHED_QUOTE_VERBS)
            or _praises(tree, quote)
        ):
            continue
        rivals = _rivals_named(tree, index, quote)
        if rivals:
            word = rivals[0][0]
            yield StatementEvent.by_speaker(
                "ACCUSE",
                quote,
                tuple(a for _, a in rivals),
                (word, tree.tokens[word].text),
                (
                    "a party's statement on a rival party -> ACCUSE",
                    "recipient: the rival party its statement makes the subject",
                ),
            )


def _party_of(index: ActorIndex, actor: str) -> str | None:
    """The party an actor is or belongs to, when it is coded as one ("labour")."""
    return index.orgs.get(actor) if index.sectors.get(actor) == _PARTY else None


def _rivals_named(tree: Tree, index: ActorIndex, quote: Quote) -> list[tuple[int, str]]:
    """The actors of another party than the speaker's that a quote names in a subject."""
    own = _party_of(index, quote.speaker or "")
    found: list[tuple[int, str]] = []
    for i in quoted_tokens(tree, quote):
        actor = index.by_token.get(i)
        if actor is None or any(a == actor for _, a in found):
            continue
        party = _party_of(index, actor)
        if party is None or party == own:
            continue
        clause = _subject_of_what_is_said(tree, i, quote)
        if clause is not None and not _weighed_elsewhere(tree, clause):
            found.append((i, actor))
    return found


def _weighed_elsewhere(tree: Tree, clause: int) -> bool:
    """Whether what a rival is said to do is a harm weighed, or a deed asked of it.

    "would cut wasteful spending" (:mod:`.harms_foretold`), "the Tories
    should apologise".
    """
    if harm_weighed(tree, clause):
        return True
    auxiliaries = [c for c in tree.children[clause] if tree.tokens[c].dep in ("aux", "auxpass")]
    return any(tree.tokens[c].text.lower() in _ASKING_MODALS for c in auxiliaries)


def _subject_of_what_is_said(tree: Tree, word: int, quote: Quote) -> int | None:
    """The main clause of the quote a word stands in the subject of, if any.

    "the Tories would raise taxes": the clause the speaker says. Not a
    subject deeper down, of a clause the statement tells of: in "a Green
    vote would help the Tories win", the vote does the helping.
    """
    subject = _subject_phrase(tree, word)
    if subject is None:
        return None
    clause = tree.tokens[subject].head
    node = clause
    while tree.tokens[node].dep == "conj":
        node = tree.tokens[node].head
    head = tree.tokens[node].head
    return clause if head == node or not in_quote(tree, head, quote) else None


def _praises(tree: Tree, quote: Quote) -> bool:
    """Whether a quote holds a word of praise or backing (``statement_cues.tsv``, SUPPORT)."""
    for i in quoted_tokens(tree, quote):
        cue = cue_at(tree, i)
        if cue is not None and cue.type == "SUPPORT":
            return True
    return False


def _doers_named(tree: Tree, index: ActorIndex, quote: Quote, *, doing: bool) -> tuple[str, ...]:
    """The actors a quote names as subjects, or as owners within a subject.

    "The president is trying", "Norway's forecasts are overblown";
    not the owner of what is likened or done to ("echoed the moneylender in
    Shakespeare's play"). With ``doing``, only subjects of a verb in the
    active voice: "he would be freed" tells what is done to him.
    """
    found: list[str] = []
    for i in quoted_tokens(tree, quote):
        actor = index.by_token.get(i)
        if actor is None or actor == quote.speaker or actor in found:
            continue
        subject = _subject_phrase(tree, i)
        if subject is not None and not (doing and tree.tokens[subject].dep in PASSIVE_SUBJECTS):
            found.append(actor)
    return tuple(found)


def _prosecuting(tree: Tree, speaker: int) -> bool:
    """Whether the speakers are prosecutors: "prosecutors", "prosecution lawyers"."""
    return any(
        tree.tokens[i].lemma.lower() in _PROSECUTORS
        for i in (speaker, *tree.children[speaker])
        if i == speaker or tree.tokens[i].dep == "compound"
    )


_REACH = 6
"""How many heads up from a word its subject phrase may be looked for."""


def _subject_phrase(tree: Tree, word: int) -> int | None:
    """The subject a word is, or stands in below its clause's verb; else ``None``."""
    node = word
    for _ in range(_REACH):
        if tree.is_subject(node):
            return node
        head = tree.tokens[node].head
        if head == node or tree.tokens[head].pos in ("VERB", "AUX"):
            return None
        node = head
    return None


def _critics_speaking(tree: Tree, index: ActorIndex, quote: Quote) -> int | None:
    """The subject "critics" of the sentence a quote opens in, if it is the quote's speaker."""
    start = tree.token_at(quote.span[0])
    if start is None:
        return None
    first, last = tree.sentence_span(tree.sentence_of[start])
    return next(
        (
            i
            for i in range(first, last)
            if (tree.tokens[i].lemma.lower() in _OPPONENTS or _prosecuting(tree, i))
            and tree.is_subject(i)
            and index.by_token.get(i) == quote.speaker
        ),
        None,
    )
