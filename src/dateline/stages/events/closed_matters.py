"""Refusals told as an intent denied or a matter closed, in a speaker's own words.

"We have no intention of abolishing the sentence", "I have no desire to
make further concessions": the speaker says it will not do the act, as
"we will not abolish it" says (:mod:`.refusals`), a REJECT of whoever the
act is done to, or of no one named. "The rebate is not up for
negotiation", "a tax rise is out of the question", "the pledge is
non-negotiable": the speaker closes the matter to whoever asked, a REJECT
of no one named. The nouns of intent and of talks are lexicons
(``denied_intents.txt``, ``closed_matters.txt``). Only what the quote
itself says counts, not a question or a condition; an intent must be the
speaker's own ("they have no plans to" tells of others).
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.refusals import said_by_the_quote, speakers_own, touched
from dateline.stages.events.statement_records import StatementEvent, in_quote, spoken_words

INTENT_STEP = "speaker's own intent denied ('no intention of') -> REJECT"
CLOSED_STEP = "matter closed by the speaker ('not for negotiation') -> REJECT"
# Verbs of witnessing: "I have no wish to see it happen again" hopes of others' acts,
# refusing none of the speaker's own.
_NO_ACTS = frozenset({"see", "hear", "watch"})
# How an act hangs on a noun of intent: "intention of abolishing", "plans to change".
_ACTS = frozenset({"pcomp", "acl", "relcl", "xcomp"})


def closed_matters(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A REJECT for each intent a quote's speaker denies and each matter it closes."""
    intents = lexicons.word_set("denied_intents.txt")
    matters = lexicons.word_set("closed_matters.txt")
    for quote, _, word in spoken_words(tree, quotes):
        lemma = tree.tokens[word].lemma.lower()
        if lemma in intents:
            event = _denied_intent(tree, index, word, quote)
        elif lemma in matters or lemma in ("question", "negotiable"):
            event = _closed(tree, word, quote)
        else:
            continue
        if event is not None:
            yield event


def _denied_intent(tree: Tree, index: ActorIndex, noun: int, quote: Quote) -> StatementEvent | None:
    """The REJECT of "we have no intention of abolishing it", or None when it is no such thing."""
    token = tree.tokens[noun]
    have = token.head
    if (
        token.dep != "dobj"
        or tree.tokens[have].lemma.lower() != "have"
        or not any(tree.tokens[c].text.lower() == "no" for c in tree.children[noun])
        or not _plain_statement(tree, have, quote)
        or not speakers_own(tree, index, have, quote.speaker or "")
    ):
        return None
    act = _act_of(tree, noun)
    if act is None or tree.tokens[act].lemma.lower() in _NO_ACTS | lexicons.word_set(
        "unrefused_verbs.txt"
    ):
        return None
    found = touched(tree, index, act, quote.speaker or "")
    return StatementEvent.by_speaker(
        "REJECT",
        quote,
        found,
        (noun, f"no {token.text}"),
        (
            INTENT_STEP,
            "recipient: whom the refused act touches"
            if found
            else "no recipient: the refused act names no one",
        ),
    )


def _act_of(tree: Tree, noun: int) -> int | None:
    """The act a noun of intent is about: "of abolishing", "to change"."""
    for child in tree.children[noun]:
        dep = tree.tokens[child].dep
        if dep in _ACTS and tree.tokens[child].pos in ("VERB", "AUX"):
            return child
        if dep == "prep" and tree.tokens[child].text.lower() == "of":
            acts = [g for g in tree.children[child] if tree.tokens[g].dep == "pcomp"]
            if acts:
                return acts[0]
    return None


def _closed(tree: Tree, noun: int, quote: Quote) -> StatementEvent | None:
    """The REJECT of "it is not for negotiation", "out of the question", "non-negotiable"."""
    copula = _closing_copula(tree, noun)
    if copula is None or not _plain_statement(tree, copula, quote):
        return None
    subject = subject_of(tree, copula)[0]
    if subject is None or tree.tokens[subject].dep == "expl":
        return None  # "there is no question of" tells of something else
    return StatementEvent.by_speaker(
        "REJECT",
        quote,
        (),
        (noun, tree.tokens[noun].text),
        (CLOSED_STEP, "no recipient: who asked is not named in the clause"),
    )


def _closing_copula(tree: Tree, noun: int) -> int | None:
    """The "be" a matter is closed on: "is not (up) for negotiation", "is out of the question".

    None when the phrase closes nothing: "the question of funding", "it is
    up for negotiation".
    """
    token = tree.tokens[noun]
    if token.lemma.lower() == "negotiable":
        return _unnegotiable(tree, noun)
    preposition = token.head
    if token.dep != "pobj":
        return None
    chain = [preposition]
    above = tree.tokens[preposition].head
    if tree.tokens[above].pos == "ADP":  # "up for", "out of"
        chain.append(above)
        above = tree.tokens[above].head
    words = [tree.tokens[p].text.lower() for p in chain]
    if tree.tokens[above].lemma.lower() != "be":
        return None
    denied = any(
        tree.tokens[c].dep == "neg" and tree.tokens[c].text.lower() in NEGATORS
        for c in tree.children[above]
    )
    if token.lemma.lower() == "question":
        right = words == ["of", "out"] and any(
            tree.tokens[c].text.lower() == "the" for c in tree.children[noun]
        )
        return above if right and not denied else None
    return above if words[0] == "for" and denied else None


def _unnegotiable(tree: Tree, word: int) -> int | None:
    """The "be" of "is non-negotiable" or "is not negotiable"; None for "is negotiable"."""
    copula = tree.tokens[word].head
    if tree.tokens[word].dep != "acomp" or tree.tokens[copula].lemma.lower() != "be":
        return None
    before = " ".join(t.text.lower() for t in tree.tokens[max(word - 2, 0) : word])
    denied = any(
        tree.tokens[c].dep == "neg" and tree.tokens[c].text.lower() in NEGATORS
        for c in tree.children[copula]
    )
    return copula if denied or before.endswith(("non -", "non")) else None


def _plain_statement(tree: Tree, verb: int, quote: Quote) -> bool:
    """Whether the clause is what the quote says outright: not asked, not on a condition."""
    first, last = tree.sentence_span(tree.sentence_of[verb])
    if any(tree.tokens[i].text == "?" for i in range(first, last) if in_quote(tree, i, quote)):
        return False
    conditional = any(
        tree.tokens[g].dep == "mark" and tree.tokens[g].text.lower() == "if"
        for c in tree.children[verb]
        if tree.tokens[c].dep == "advcl"
        for g in tree.children[c]
    )
    return not conditional and said_by_the_quote(tree, verb, quote)
