"""Joint appearances: "the home secretary was joined by the prime minister at a school".

One who joins another person where they are ("was joined by Mr Blair at
the launch", "joined the minister on a visit to the plant") meets them
there: a CONSULT by whoever joins of whoever is joined, as the gold codes
such shared appearances. Only people are joined so: joining a body
("joined the EU", "joined the police") is membership, joining another
in a deed or an enterprise ("joined Mr Kennedy in criticising the plan",
"was joined in the venture by a councillor") shares that deed, which its
own verb tells, and kin at one's side ("joined on stage by his wife")
tell no dealings between sides (``lexicons/kin_nouns.txt``). A join
denied or still to come ("is to join him in Leeds") is left to the visit
it names.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import agent_of, object_of, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_hypothetical, is_negated
from dateline.stages.events.told_shapes import ToldShape

STEP = "joined another person where they were -> CONSULT"


def joint_appearances(tree: Tree, index: ActorIndex) -> Iterator[ToldShape]:
    """A CONSULT for each person the text says another joined, told as done."""
    for verb, token in enumerate(tree.tokens):
        if token.lemma.lower() != "join" or token.pos != "VERB" or _joined_in_a_deed(tree, verb):
            continue
        if is_negated(tree, verb) or is_hypothetical(tree, verb):
            continue
        heads = _side_heads(tree, verb)
        if heads is None or any(_kin(tree, head) for head in heads):
            continue
        joiners, joined = (index.actors_at(tree, head) for head in heads)
        people = tuple(a for a in joined if index.kinds.get(a) == "person")
        joiners = tuple(a for a in joiners if a not in people)
        if joiners and people and len(people) == len(joined):
            steps = (STEP, "actor: who joined", "recipient: who was joined")
            yield ToldShape(verb, joiners, people, steps)


def _side_heads(tree: Tree, verb: int) -> tuple[int, int] | None:
    """The heads of who joined and who was joined: "X joined Y", "Y was joined by X"."""
    subject, passive = subject_of(tree, verb)
    other = agent_of(tree, verb) if passive else object_of(tree, verb)
    if subject is None or other is None:
        return None
    return (other, subject) if passive else (subject, other)


def _kin(tree: Tree, head: int) -> bool:
    """Whether a side is named as someone's kin: "his wife Sandra", "son Tom"."""
    kin = lexicons.word_set("kin_nouns.txt")
    first, last = tree.subtree(head)
    return any(tree.tokens[i].lemma.lower() in kin for i in range(first, last))


def _joined_in_a_deed(tree: Tree, verb: int) -> bool:
    """Whether the join shares a deed or an enterprise: "joined him in criticising the plan".

    "in the venture", "in a bid": a common noun; "joined in Leeds by the
    minister" names where, "in recent years" when (``duration_words.tsv``).
    """
    spans = {row["word"] for row in lexicons.table("duration_words.tsv") if row["kind"] == "unit"}
    return any(
        tree.tokens[child].dep == "prep"
        and tree.tokens[child].text.lower() == "in"
        and any(
            tree.tokens[g].dep == "pcomp"
            or (
                tree.tokens[g].dep == "pobj"
                and tree.tokens[g].tag in _COMMON_NOUNS
                and tree.tokens[g].lemma.lower() not in spans
            )
            for g in tree.children[child]
        )
        for child in tree.children[verb]
    )


_COMMON_NOUNS = frozenset({"NN", "NNS"})
