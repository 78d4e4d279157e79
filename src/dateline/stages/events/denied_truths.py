"""A claim's truth or worth denied: "the reports are not true", "the suit has no merit".

A speaker who says the claims against it are "not true", that a lawsuit
has "no merit", that there is "no truth" in a story or "no evidence" that
its staff did wrong, or that it is "not convinced" by a rival's case,
rejects what others said as plainly as "the claims are untrue" does. The
words of truth (role ``truth`` in ``lexicons/statement_cues.tsv``) say so
only when denied outright: "the reports are true" and "on the basis of
the evidence" reject nothing. The event is the speaker's REJECT of whoever
the text names as making the claim ("Mr Lowe's claims", "reports by the
paper", "convinced by Mr Dale's arguments"), or of no one named.
"""

from __future__ import annotations

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import agent_of, prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.judged import in_a_question
from dateline.stages.events.modality import supposed
from dateline.stages.events.rebuttals import denied_outright
from dateline.stages.events.statement_cues import trigger
from dateline.stages.events.statement_records import (
    STATEMENT_STEP,
    StatementCue,
    StatementEvent,
)

# Prepositions by which a word of truth names the claim it is denied of:
# "no truth in the reports", "no substance to the claims", "no basis for it".
_CLAIM_PREPOSITIONS = frozenset({"in", "to", "for", "behind"})
TRUTH_ROLES = frozenset({"truth", "untruth"})
"""The statement cue roles of words for a claim's truth, which this module reads."""
# Words that measure a word of truth rather than deny it: "not enough evidence".
_MEASURES = frozenset({"enough", "sufficient"})
# Prepositions by which a claim names who made it: "claims by the paper".
_MAKER_PREPOSITIONS = frozenset({"by", "from", "of"})


def truth_denied(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """The REJECT a quote's speaker makes by denying a claim's truth, if it does."""
    speaker = quote.speaker
    told = _said_untrue if cue.role == "untruth" else _denied_here
    if (
        speaker is None
        or not told(tree, cue_token)
        or _measured(tree, cue_token)
        or in_a_question(tree, cue_token)
        or supposed(tree, cue_token)
    ):
        return None
    claim = _claim(tree, cue_token)
    makers = () if claim is None else _makers(tree, index, claim)
    recipients = tuple(actor for actor in makers if actor != speaker)
    return StatementEvent.by_speaker(
        "REJECT",
        quote,
        recipients,
        (cue_token, trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} truth '{cue.word}' denied -> REJECT",
            "recipient: who made the claim denied"
            if recipients
            else "no recipient: the claim denied names no maker",
        ),
    )


def _denied_here(tree: Tree, cue_token: int) -> bool:
    """Whether the word of truth itself is denied: "not true", "no merit", "without foundation".

    A "not" further up ("I did not say the figures were accurate") denies
    something else; a verb ("convince") counts only as a participle, said of
    the speaker ("was not convinced"), not as what one failed to do to others
    ("we have not convinced the voters").
    """
    word = tree.tokens[cue_token]
    if word.pos == "VERB" and (word.tag != "VBN" or not _passive(tree, cue_token)):
        return False
    if word.dep == "pobj" and tree.tokens[word.head].text.lower() == "without":
        return True
    return denied_outright(tree, cue_token)


def _said_untrue(tree: Tree, cue_token: int) -> bool:
    """Whether a word of untruth is said of its subject by "be", undenied: "the claims are false".

    "A false economy" and "false passports" name a thing of no claim, and "the
    claims are not false" grants them; a word joined to one so said counts
    with it ("untrue and false").
    """
    word = tree.tokens[cue_token]
    if word.dep == "conj":
        word = tree.tokens[word.head]
    return (
        word.dep in ("acomp", "attr")
        and tree.tokens[word.head].lemma.lower() == "be"
        and not denied_outright(tree, cue_token)
    )


def _measured(tree: Tree, cue_token: int) -> bool:
    """Whether the word is measured, not denied, or names a loyalty: "not enough evidence".

    "Not enough evidence to hold him" weighs a case, and "not true to the
    voters" denies a loyalty; neither rejects a claim.
    """
    adjective = tree.tokens[cue_token].pos == "ADJ"
    for child in (tree.tokens[c] for c in tree.children[cue_token]):
        if child.lemma.lower() in _MEASURES:
            return True
        if adjective and child.dep == "prep" and child.text.lower() == "to":
            return True  # "true to the voters"; a noun's "to" names the claim ("no substance to")
    return False


def _passive(tree: Tree, verb: int) -> bool:
    """Whether a participle is said of its subject by "be": "he was not convinced"."""
    return any(tree.tokens[c].dep in ("auxpass", "nsubjpass") for c in tree.children[verb])


def _claim(tree: Tree, cue_token: int) -> int | None:
    """The phrase naming the claim whose truth is denied, or the one whose case fails to convince.

    "Not convinced by Mr Dale's case": the "by" phrase; "no truth in the
    reports": what the preposition names; "the claims are not true", "the
    lawsuit has no merit": the subject of the verb the word hangs on.
    """
    word = tree.tokens[cue_token]
    by = agent_of(tree, cue_token)
    if by is not None:
        return by
    named = prepositional_objects(tree, cue_token, _CLAIM_PREPOSITIONS | {"by"})
    if named:
        return named[0]
    if word.dep == "pobj":  # "the claims are without foundation"
        return subject_of(tree, tree.tokens[word.head].head)[0]
    return subject_of(tree, word.head if word.pos != "VERB" else cue_token)[0]


def _makers(tree: Tree, index: ActorIndex, claim: int) -> tuple[str, ...]:
    """Who made a claim: an actor named for it, its owner, or its "by", "from" or "of" phrase."""
    named = index.actors_at(tree, claim)
    if named:
        return named  # "not convinced by Mr Dale"
    owner = next((c for c in tree.children[claim] if tree.tokens[c].dep == "poss"), None)
    if owner is not None:
        return index.actors_at(tree, owner)
    makers = prepositional_objects(tree, claim, _MAKER_PREPOSITIONS)
    return index.actors_at(tree, makers[0]) if makers else ()
