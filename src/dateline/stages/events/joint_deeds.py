"""Deeds two or more doers do jointly: "the leaflet, published jointly by the police and the CPS".

A thing that several bodies made, ran or paid for "jointly" tells that
they worked together, whatever the verb: "the study was funded jointly by
the council and the university", "the two unions jointly organised the
march". The verb need not be a cue of its own; the deed is their
cooperation, one event with all the doers as its actors and no recipient
(a reciprocal event, which stands for each pair of them). A deed done
jointly by one doer alone ("the report was published jointly") names no
partner, and tells nothing.
"""

from __future__ import annotations

from dateline.stages._clause_roles import agent_of, subject_of
from dateline.stages._tree import Tree

_JOINTLY = frozenset({"jointly"})
"""Words on a verb that make its doers partners in the deed."""

_HELD_OR_GAINED = frozenset({"own", "hold", "control", "win", "receive"})
"""Verbs of what doers have or gain, not do: "jointly owned by two banks", "jointly won"."""


def jointly_done(tree: Tree, verb: int) -> int | None:
    """The "jointly" on a verb done by two or more doers named together, or None.

    The doers are the "by" phrase of a passive ("run jointly by the
    commission and the society") or the subject of an active verb ("the
    council and the college jointly funded the post"), joined by "and".
    """
    if tree.tokens[verb].lemma.lower() in _HELD_OR_GAINED:
        return None
    jointly = next(
        (
            c
            for c in tree.children[verb]
            if tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() in _JOINTLY
        ),
        None,
    )
    if jointly is None:
        return None
    subject, passive = subject_of(tree, verb)
    doer = agent_of(tree, verb) if passive or subject is None else subject
    return jointly if doer is not None and _several(tree, doer) else None


def _several(tree: Tree, doer: int) -> bool:
    """Whether a doer is one of two or more joined by "and": "the CPS and ACPO"."""
    return any(tree.tokens[c].dep == "conj" for c in tree.children[doer])
