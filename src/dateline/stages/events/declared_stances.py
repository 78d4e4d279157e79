"""Stands declared: "the Tories announced they would back the plans".

Backing or opposing told as a future ("would back", "will oppose") under
a verb by which the doer makes it known (``lexicons/declaring_verbs.txt``:
announce, say, confirm) tells the stand taken as it is declared: the
declaration is the SUPPORT (or the REJECT), done now, though the votes it
promises are still to come. Only one's own stand: the subject of the
backing is the one declaring, or a pronoun standing for them ("they",
"he"); what one says others will back ("analysts said voters would back
the plan") is a guess. A stand held only on a condition ("would back the
plan if it were changed") or a declaration itself still to come ("may
announce it will back") stays hypothetical.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import FUTURE_AUXILIARIES, conditional, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_hypothetical, is_negated

STEP = "stand declared as it is taken ('announced they would back') -> real"
# Verbs of a stand taken toward a thing or a side.
_STANCES = frozenset({"back", "support", "endorse", "oppose"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def declared_stance(tree: Tree, index: ActorIndex, verb: int) -> bool:
    """Whether a stance verb told as a future is one's own stand declared now."""
    token = tree.tokens[verb]
    if token.lemma.lower() not in _STANCES or token.dep != "ccomp":
        return False
    declaring = token.head
    return (
        tree.tokens[declaring].lemma.lower() in lexicons.word_set("declaring_verbs.txt")
        and _plain_future(tree, verb)
        and not conditional(tree, verb)
        and not is_negated(tree, declaring)
        and not is_hypothetical(tree, declaring)
        and _own_stand(tree, index, verb, declaring)
    )


def _plain_future(tree: Tree, verb: int) -> bool:
    """Whether the verb's only helper is "will" or "would", not denied: "would back"."""
    helpers = [c for c in tree.children[verb] if tree.tokens[c].dep in ("aux", "neg")]
    return len(helpers) == 1 and tree.tokens[helpers[0]].text.lower() in FUTURE_AUXILIARIES


def _own_stand(tree: Tree, index: ActorIndex, verb: int, declaring: int) -> bool:
    """Whether the one backing is the one declaring, by name or by a pronoun for them."""
    backer, passive = subject_of(tree, verb)
    speaker, spoken_passive = subject_of(tree, declaring)
    if backer is None or speaker is None or passive or spoken_passive:
        return False
    speakers = index.actors_at(tree, speaker)
    backers = index.actors_at(tree, backer)
    if backers:
        return bool(speakers) and set(backers) <= set(speakers)
    return bool(speakers) and tree.tokens[backer].text.lower() in _PRONOUNS
