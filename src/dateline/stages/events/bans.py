"""A ban of a thing: a work, a paper, a march or a trade banned by a named body.

"The authorities banned the play", "Havana banned cash deals in dollars":
PLOVER codes the banning of a thing as COERCE (DESIGN.md: restrict,
censor), done by whoever banned it to no one named; a SANCTION is done to
someone, and "banned the party" names the one it is done to. A ban with no
doer named ("the law banning hunting", "the ban on smoking") stays none:
a standing rule is no one's act.
"""

from __future__ import annotations

import dataclasses

from dateline.stages._clause_roles import object_of, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.triggers import Trigger

_BANNING = frozenset({("ban",)})
"""Verbs whose object, when it names no one, is a thing its doer forbids."""


def as_a_thing_banned(
    tree: Tree, trigger: Trigger, actors: tuple[str, ...], recipients: tuple[str, ...]
) -> Trigger:
    """The trigger of a ban, as the restriction of a thing when its doer banned no one named."""
    cue = trigger.cue
    if cue.words not in _BANNING or cue.pos != "VERB" or not actors or recipients:
        return trigger
    subject, passive = subject_of(tree, trigger.token)
    banned = subject if passive else object_of(tree, trigger.token)
    if banned is None:
        return trigger  # "the council has banned before": nothing said to be banned
    restriction = dataclasses.replace(cue, type="COERCE", mode="restrict")
    return dataclasses.replace(trigger, cue=restriction)
