"""Harms a speaker warns will befall those who do something: a threat of the speaker's.

"Fishermen will be banned from the bay if they exceed their quotas, the
minister has ruled", "the army warned that anyone who breaks the curfew
will be arrested": the harm is told in the passive with no one named to
do it, and to come. The one who warns of it holds it over them, which is
a threat; its doer is the speaker. One who rules or announces it does so
when what those it befalls may do sets it off ("if they exceed their
quotas", "anyone who breaks the curfew"); with no condition it is a plan
of its own ("the plant will be closed, the firm announced"), left to the
other rules. Only verbs of warning and ruling tell it so: "analysts said
fishermen will be banned if ..." is a forecast, not a threat of the
analysts'.
"""

from __future__ import annotations

from dateline.stages._clause_roles import FUTURE_AUXILIARIES, conditional, subject_of
from dateline.stages._tree import Tree

HARMS = frozenset({"ASSAULT", "SANCTION", "COERCE"})
"""The types of harm a speaker may warn will befall others."""
# Verbs by which a speaker holds a harm over others: "warned", "has ruled".
_WARNING_VERBS = frozenset({"warn", "rule", "announce", "declare", "decree", "insist"})
# A warning is a threat in itself; a ruling or an announcement only on a condition.
_WARN = "warn"
# Subjects that name whoever does something: "anyone who breaks the curfew".
_WHOEVER = frozenset({"anyone", "anybody", "whoever", "those"})


def warner(tree: Tree, verb: int) -> int | None:
    """The subject of the verb that warns of the passive harm at ``verb``, if it is warned of."""
    word = tree.tokens[verb]
    head = word.head
    if (
        word.dep != "ccomp"
        or tree.tokens[head].lemma.lower() not in _WARNING_VERBS
        or not _to_come(tree, verb)
        or any(tree.tokens[c].dep == "agent" for c in tree.children[verb])
        or not (
            tree.tokens[head].lemma.lower() == _WARN
            or conditional(tree, verb)
            or _befalls_whoever_acts(tree, verb)
        )
    ):
        return None
    subject, passive = subject_of(tree, head)
    return None if passive else subject


def _to_come(tree: Tree, verb: int) -> bool:
    """Whether a passive verb tells what is still to come: "will be banned"."""
    kids = tree.children[verb]
    return any(tree.tokens[c].dep == "auxpass" for c in kids) and any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() in FUTURE_AUXILIARIES
        for c in kids
    )


def _befalls_whoever_acts(tree: Tree, verb: int) -> bool:
    """Whether the harm's subject is whoever does something: "anyone who breaks the curfew"."""
    return any(
        tree.tokens[c].dep == "nsubjpass"
        and tree.tokens[c].text.lower() in _WHOEVER
        and any(tree.tokens[r].dep == "relcl" for r in tree.children[c])
        for c in tree.children[verb]
    )
