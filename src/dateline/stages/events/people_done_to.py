"""Deeds done only to people: "stopped the driver", "punched a photographer".

Police stop people, and one punches or kicks someone; the same verbs with
a thing or nothing done to ("stopped production", "the talks stopped",
"kicked the ball", "kicked off the campaign") tell of no event. The verbs
are listed in ``lexicons/done_to_people.txt``.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, subject_of
from dateline.stages._people_words import people_nouns
from dateline.stages._tree import Tree
from dateline.stages.events.triggers import Trigger

_NEUTER_PRONOUNS = frozenset({"it", "its", "itself", "which", "that", "this"})


def done_to_no_person(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a verb done only to people is done here to a thing or to nothing named."""
    cue = trigger.cue
    if cue.pos != "VERB" or " ".join(cue.words) not in lexicons.word_set("done_to_people.txt"):
        return False
    if trigger.token in index.by_token:
        return True  # "Stop Stansted Expansion said ...": a word of a name, no verb
    if any(tree.tokens[c].dep == "prt" for c in tree.children[trigger.token]):
        # "kicked off the campaign", "stopped off in Paris": a particle makes another verb.
        return True
    subject, passive = subject_of(tree, trigger.token)
    undergoer = subject if passive else object_of(tree, trigger.token)
    return undergoer is None or not _a_person(tree, index, undergoer)


def _a_person(tree: Tree, index: ActorIndex, token: int) -> bool:
    """Whether a word names an actor or people: "the driver", "him", "two men".

    The word itself must be the actor's: "the Tory campaign" names the
    Tories but is a thing.
    """
    word = tree.tokens[token]
    if token in index.by_token or (word.pos == "PROPN" and index.actors_at(tree, token)):
        return True
    if word.tag == "PRP":
        return word.text.lower() not in _NEUTER_PRONOUNS
    return bool({word.text.lower(), word.lemma.lower()} & people_nouns())
