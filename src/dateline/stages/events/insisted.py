"""Insisting as a rebuttal: "but the firm insisted it had obeyed the law".

To insist that something is so is, in news, to hold one's ground against
what others say: PLOVER codes it a REJECT of that charge. But "insist" is
also a plain verb of saying with some force ("the minister insisted the
economy would grow"), which rebuts no one. The story shows the rebuttal in
one of two ways:

- it sets the insisting against something else, with "but", "however",
  "yet" or "despite" ("he understood the anger, but insisted ...", "insisted
  they were committed to the plan despite the research"), or tells it as
  an answer ("in response, the party insisted ...");
- what is insisted denies something ("insisted the bill would not change
  the law", "insisted there was no plan", "insisted nothing had gone
  wrong") or says a deed kept to the law or the rules ("insisted it had
  complied with the law", "had acted properly": lexicons/lawful_conduct.txt):
  either answers a charge even when the charge is not told.

To insist that one should have or do something ("the minister was
insisting she must choose the panel herself") is no rebuttal but a demand,
as "insist on" is: :func:`insists_on_its_due` tells it, and the readings
retype it REQUEST.

The event has no recipient of its own: whose charge is rebutted is told, if
at all, in another sentence, and the story's subject is as often the one
defended as the accuser ("but the party insisted its leader had been
misquoted"), so none stands in (:mod:`.story_subjects`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline import lexicons
from dateline.stages._tree import Tree

if TYPE_CHECKING:
    from dateline.stages.events.cues import Cue
    from dateline.stages.events.triggers import Trigger

_INSIST = ("insist",)
STEP = "no recipient: the charge rebutted by insisting names no accuser"
_CLAUSE = "ccomp"
# Words that set what follows against what was said before: "but insisted".
_CONTRASTS = frozenset({"but", "yet", "however", "nevertheless", "nonetheless"})
# Prepositions that set the insisting against a fact: "despite the report".
_IN_SPITE = frozenset({"despite"})
# "in response", "in reply": told as an answer to what others said.
_ANSWERS = frozenset({"response", "reply", "answer"})
# Words that deny in the clause insisted: "nothing would change", "no deal".
_NONE = frozenset({"nothing", "none", "no", "never", "nobody", "neither"})
# Modals of duty by which a clause insisted tells what is owed: "she must choose the panel herself".
_DUTIES = frozenset({"should", "must", "ought"})
# Subjects by which the one insisting speaks of itself: "insisted she must choose the panel".
_OWN_SIDE = frozenset({"he", "she", "it", "they", "we", "i"})


def insists_on_no_rebuttal(tree: Tree, trigger: Trigger) -> bool:
    """Whether an "insist" cue is plain saying, not a rebuttal (see the module docstring).

    It is a rebuttal only with a clause insisted, set against something or
    denying something; "insisted on" is a demand, a cue of its own, and so
    is a duty its doer insists on (:func:`insists_on_its_due`).
    """
    return _insisting(tree, trigger) == "saying"


def insists_on_its_due(tree: Tree, trigger: Trigger) -> bool:
    """Whether one insists that one should have or do something: a demand, not a rebuttal.

    "the minister was insisting she must choose the panel herself", "the
    union insists it must be heard first": what its doer claims as
    its own due is asked of whoever withholds it, as "insisted on a say"
    is (REQUEST). A duty laid on another ("insisted that government reform
    must continue") is the statement's own demand of that other, and an
    insisting set against a charge or denying one stays a rebuttal.
    """
    return _insisting(tree, trigger) == "due"


def _insisting(tree: Tree, trigger: Trigger) -> str | None:
    """What an "insist" verb does: "rebuttal", "due" (a demand), "saying"; None for other cues."""
    if trigger.cue.words != _INSIST or trigger.cue.pos != "VERB":
        return None
    verb = trigger.token
    clauses = [c for c in tree.children[verb] if tree.tokens[c].dep == _CLAUSE]
    if not clauses:
        return "saying"
    if any(_answers_a_charge(tree, clause) for clause in clauses) or _set_against(tree, verb):
        return "rebuttal"
    if any(_own_due(tree, verb, clause) for clause in clauses):
        return "due"
    return "saying"


def _own_due(tree: Tree, verb: int, clause: int) -> bool:
    """Whether the clause lays a duty ("should", "must", "ought") on the insisting's own doer."""
    tokens = tree.tokens
    children = tree.children[clause]
    if not any(tokens[c].dep == "aux" and tokens[c].lemma.lower() in _DUTIES for c in children):
        return False
    subjects = [c for c in children if tokens[c].dep in ("nsubj", "nsubjpass")]
    doers = [c for c in tree.children[verb] if tokens[c].dep in ("nsubj", "nsubjpass")]
    return any(tokens[s].text.lower() in _OWN_SIDE or _same_word(tree, s, doers) for s in subjects)


def _same_word(tree: Tree, subject: int, doers: list[int]) -> bool:
    """Whether the clause's subject names the insisting's doer again: "the union ... the union"."""
    return any(tree.tokens[subject].lemma.lower() == tree.tokens[d].lemma.lower() for d in doers)


def _set_against(tree: Tree, verb: int) -> bool:
    """Whether the insisting is set against what went before or told as an answer."""
    tokens = tree.tokens
    places = [verb]
    if tokens[verb].dep == "conj":
        # "said he understood, but insisted ...": the "but" hangs on the first verb.
        places.append(tokens[verb].head)
    if any(tokens[c].text.lower() in _CONTRASTS for place in places for c in tree.children[place]):
        return True
    words = range(*tree.subtree(verb))
    return any(tokens[i].text.lower() in _IN_SPITE for i in words) or any(
        tokens[i].lemma.lower() in _ANSWERS
        and tokens[i].dep == "pobj"
        and tokens[tokens[i].head].text.lower() == "in"
        and tokens[tokens[i].head].head == verb
        for i in words
    )


def _answers_a_charge(tree: Tree, clause: int) -> bool:
    """Whether the clause insisted denies something or says a deed kept to the law or the rules."""
    return _denies(tree, clause) or _kept_to_the_law(tree, clause)


def _kept_to_the_law(tree: Tree, clause: int) -> bool:
    """Whether the clause says a deed kept to the law: "had complied", "had acted properly"."""
    lawful = lexicons.word_set("lawful_conduct.txt")
    tokens = tree.tokens
    return tokens[clause].lemma.lower() in lawful or any(
        tokens[c].dep == "advmod" and tokens[c].lemma.lower() in lawful
        for c in tree.children[clause]
    )


def _denies(tree: Tree, clause: int) -> bool:
    """Whether the clause insisted denies something: "would not change", "there was no plan"."""
    tokens = tree.tokens
    for child in tree.children[clause]:
        word = tokens[child]
        if word.dep == "neg" or word.text.lower() in _NONE:
            return True
        # "had done no deals", "was no stunt": a denying determiner on the verb's noun
        if word.dep in ("dobj", "attr", "nsubj", "nsubjpass") and any(
            tokens[g].text.lower() in _NONE for g in tree.children[child]
        ):
            return True
    return False


def rebuttal_steps(cue: Cue) -> list[str]:
    """The step that keeps an insisting's recipient unfilled, for an "insist" cue; else none."""
    return [STEP] if cue.words == _INSIST and cue.pos == "VERB" else []
