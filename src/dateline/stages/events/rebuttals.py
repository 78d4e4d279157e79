"""Judgements denied: a rebuttal of what others said, and praise denied as a charge.

"The claims are not true" rejects those who made them; "he is not wise"
accuses him; "nothing wrong" clears the one it names.
"""

from __future__ import annotations

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.judged import in_a_question, judged
from dateline.stages.events.modality import foretold, supposed
from dateline.stages.events.statement_cues import trigger
from dateline.stages.events.statement_records import (
    SELF,
    SELF_WORDS,
    STATEMENT_STEP,
    StatementCue,
    StatementEvent,
)
from dateline.stages.events.statement_sides import said_about


def _rebuttal(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """A charge denied in a quote: "our plans are not racist", "the concessions were no ploy".

    The speaker rejects what critics said, when the judgement denied is of
    a thing or of the speaker's own side; "Labour was not wrong" said of
    another actor is no rebuttal of the speaker's.
    """
    if cue.type != "ACCUSE" or cue.role != "judgement" or quote.speaker is None:
        return None
    about = nothing_wrong(tree, cue_token)
    if about is not None and tree.tokens[about].pos in ("PROPN", "PRON"):
        # "he had done nothing wrong" clears the speaker only if "he" is the speaker.
        named = index.actors_at(tree, about)
        if tree.tokens[about].text.lower() not in ("i", "we") and named != (quote.speaker,):
            return None
    elif about is None:
        about = _rebutted(tree, index, cue_token)
    if about is None or in_a_question(tree, cue_token):
        return None
    named = index.actors_at(tree, about)
    if tree.tokens[about].text.lower() not in SELF_WORDS and any(
        actor != quote.speaker for actor in named
    ):
        return None
    return StatementEvent.by_speaker(
        "REJECT",
        quote,
        (),
        (cue_token, trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} judgement '{cue.word}' denied -> REJECT",
            "no recipient: the charge rebutted names no accuser",
        ),
    )


def denied_judgement(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """What a cue denied in a quote does: praise denied finds fault, a charge denied rebuts."""
    if cue.type == "SUPPORT":
        return _praise_denied(tree, index, cue, cue_token, quote)
    return _rebuttal(tree, index, cue, cue_token, quote)


def _praise_denied(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """A word of praise denied of another actor outright: "he is clever, but he is not wise".

    To say a rival is not wise, not competent or not honest is to find fault
    with them, as "he is foolish" does. Only a plain adjective on "be", denied
    there, said of a named actor who is not the speaker, and told as fact:
    "it would not be wise to raise taxes" judges a step no one took, and "the
    plan is not ideal" names no one.
    """
    speaker = quote.speaker
    if (
        speaker is None
        or cue.role != "judgement"
        or cue.pos != "ADJ"
        or not denied_outright(tree, cue_token)
        or foretold(tree, tree.tokens[cue_token].head)
        or supposed(tree, cue_token)
        or in_a_question(tree, cue_token)
    ):
        return None
    about, _ = said_about(tree, index, cue_token, cue)
    if about is None or tree.tokens[about].text.lower() in SELF:
        return None  # "we are not perfect" owns a fault and charges no one
    named = index.actors_at(tree, about)
    if not named or speaker in named:
        return None
    return StatementEvent.by_speaker(
        "ACCUSE",
        quote,
        named,
        (cue_token, trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} judgement '{cue.word}' denied of another -> ACCUSE",
            "recipient: the subject the praise is denied",
        ),
    )


def _rebutted(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """What a judgement denied outright, or by the speaker's denied belief, is said of.

    "Our plans are not racist": the plans; "we do not believe our figures
    were off": the subject of the clause believed ("we") when the judgement
    names no other.
    """
    if denied_outright(tree, cue_token):
        about = judged(tree, index, cue_token)[0]
        # "There is no confusion": the wrong itself is denied to be there.
        return cue_token if about is None and _said_not_to_be(tree, cue_token) else about
    if not _belief_denied(tree, cue_token):
        return None
    about = judged(tree, index, cue_token)[0]
    return about if about is not None else subject_of(tree, tree.tokens[cue_token].head)[0]


def _said_not_to_be(tree: Tree, cue_token: int) -> bool:
    """Whether a judging noun is denied to exist: "there is no confusion", "there was no chaos"."""
    word = tree.tokens[cue_token]
    return (
        word.pos == "NOUN"
        and word.dep in ("attr", "nsubj")
        and any(tree.tokens[c].dep == "expl" for c in tree.children[word.head])
    )


def _belief_denied(tree: Tree, cue_token: int) -> bool:
    """Whether the speaker denies believing the judgement: "we don't think we got it wrong".

    A verb of belief above the judgement's clause, negated, whose subject
    is "I" or "we": the speaker rebuts the charge as much as "we were not
    wrong" does. "They don't think we got it wrong" is another's view.
    """
    for child, parent in tree.ancestors(cue_token, 4):
        if tree.tokens[child].dep == "ccomp" and tree.tokens[parent].lemma.lower() in _BELIEVING:
            kids = [tree.tokens[c] for c in tree.children[parent]]
            return any(k.dep == "neg" for k in kids) and any(
                k.dep == "nsubj" and k.text.lower() in SELF_WORDS for k in kids
            )
    return False


# Verbs by which a speaker holds a view, whose denial rebuts a charge: "we don't think".
_BELIEVING = frozenset({"think", "believe", "accept", "feel"})


def nothing_wrong(tree: Tree, cue_token: int) -> int | None:
    """Whom "nothing" clears of a judgement: "he had done nothing wrong", "nothing wrong with X".

    The doer of the verb, or what "with" names; None when the judgement
    does not qualify "nothing".
    """
    word = tree.tokens[cue_token]
    if word.dep != "amod" or tree.tokens[word.head].text.lower() != "nothing":
        return None
    for child in tree.children[cue_token]:
        if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() == "with":
            return next((g for g in tree.children[child] if tree.tokens[g].dep == "pobj"), None)
    return subject_of(tree, tree.tokens[word.head].head)[0]


def denied_outright(tree: Tree, cue_token: int) -> bool:
    """Whether the judgement itself is what is denied: "were not racist", "is no ploy".

    Not a negation further up ("things wouldn't go public and went wrong",
    "will never return to the mistakes of the past").
    """
    word = tree.tokens[cue_token]
    copula = word.head
    places = [cue_token]
    if word.dep in ("acomp", "attr") and tree.tokens[copula].lemma.lower() == "be":
        places.append(copula)
    return any(
        tree.tokens[c].dep == "neg" or tree.tokens[c].text.lower() == "no"
        for place in places
        for c in tree.children[place]
    )
