"""Standing ties: who pays for a body, told to sketch it, not a grant made then.

"The Baltic Freedom Fund, financed by the billionaire Carl Hansen, accused
Russian officials ...", "a think tank funded by oil companies said ...": a
funding participle after a body's name tells who keeps it, as "which is
owned by" tells who owns it. It holds over years and has no day; the
story's news is what the body did. "Hansen financed the fund in 2001" or
"the fund, which Hansen set up, received a grant" tell the aid itself.
"""

from __future__ import annotations

from dateline.stages._clause_roles import agent_of
from dateline.stages._tree import Tree
from dateline.stages.events.triggers import Trigger

_FUNDING = "economic"
"""The mode of the aid cues that pay for something: "fund", "finance", "bankroll"."""


def a_standing_tie(tree: Tree, trigger: Trigger) -> bool:
    """Whether a funding participle hangs on the body it pays for, naming its payer.

    Only the participle after a noun ("acl"), with its payer in a "by"
    phrase: the parse's mark of a description, not of a deed told.
    """
    word = tree.tokens[trigger.token]
    return (
        trigger.cue.type == "AID"
        and trigger.cue.mode == _FUNDING
        and trigger.cue.pos == "VERB"
        and word.dep == "acl"
        and word.tag == "VBN"
        and agent_of(tree, trigger.token) is not None
    )
