"""Whom a sentence names as an event noun's target: "X was the subject of a complaint".

"Brenton Bank was the subject of a complaint", "the minister became the
target of an inquiry", "the firm is the focus of an investigation by the
regulator": the noun's own words name no one it is done to (a complaint
"against" or an inquiry "into" someone), but the copula says whom it is
about. News tells an inquiry or a charge this way as often as by its
preposition, and event coders read the subject as its recipient, as they
read "an inquiry into the firm".

Not an attack: "US firms have been the targets of attacks", in a sentence
naming no weapon, is read as words by the force rules (:mod:`.readings`),
and being the target of it does not tell which it was. Nor talks or a deal:
"Iran was the subject of talks between the EU and the US" names what the
two sides talked about, not a third side.
"""

from __future__ import annotations

from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.cues import Cue
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.triggers import RECIPROCAL_TYPES

STEP = f"{INFERRED}recipient: whom the sentence says it is the subject or target of"

_OF_TOPICS_ONLY = RECIPROCAL_TYPES | {"ASSAULT"}
"""Types whose noun's "subject" or "target" is no side of it (see the module's docstring)."""

_TARGET_ROLES = frozenset({"subject", "target", "focus", "object", "victim"})
"""Nouns by which a copula says whom an event is about or done to: "the target of an attack"."""
_BEING = frozenset({"be", "become", "remain"})
"""Copulas that tell their subject is what the role noun names."""


def said_to_be_its_target(tree: Tree, noun: int, cue: Cue) -> list[tuple[int, str]]:
    """The subject a copula says the event noun is the subject or target of, with the step.

    "Brenton Bank was the subject of a complaint filing" names Brenton Bank;
    the noun may be the first word of a compound ("a complaint filing").
    """
    role = _role_it_is_of(tree, tree.compound_head(noun))
    if role is None or cue.type in _OF_TOPICS_ONLY:
        return []
    verb = tree.tokens[role].head
    if tree.tokens[role].dep != "attr" or tree.tokens[verb].lemma.lower() not in _BEING:
        return []
    subject, passive = subject_of(tree, verb)
    return [] if subject is None or passive else [(subject, STEP)]


def _role_it_is_of(tree: Tree, head: int) -> int | None:
    """The role noun ("subject", "target") whose "of" phrase a noun phrase is, if any."""
    of = tree.tokens[head].head
    if tree.tokens[head].dep != "pobj" or tree.tokens[of].text.lower() != "of":
        return None
    role = tree.tokens[of].head
    return role if tree.tokens[role].lemma.lower() in _TARGET_ROLES else None
