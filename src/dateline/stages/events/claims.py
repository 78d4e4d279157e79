"""Claims: what one side claims of another is a charge only when it tells a wrong.

"The Greens claimed the minister had misled voters", "fishing groups claim
the government has not kept its word": the claimant charges the one the
claim is about. But a claim may as well boast ("claimed the campaign had
got off to a great start"), tell of a win ("claimed the court had backed
its argument") or forecast ("claims the chancellor will need to raise
taxes"), and charge no one. The clause claimed tells a wrong when it
denies something ("has not done enough"), or holds a cue of conflict
("refused to stop the fraud", "would cut spending") or a word of blame
("has failed to tackle crime", "lied about the risks"), or tells what
was done before the claim ("claimed an officer had leaked the report").
"""

from __future__ import annotations

from collections.abc import Mapping

from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.said_outright import breaks_no_bond
from dateline.stages.events.statement_cues import cue_of

CLAIM = ("claim",)
"""The cue's words (``plover_cues.tsv``)."""
_CONFLICT = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
_BLAME = frozenset({"ACCUSE", "REJECT"})


def claims_no_wrong(
    tree: Tree, token: int, words: tuple[str, ...], verbal: Mapping[int, str]
) -> bool:
    """Whether a claim's cue tells of no wrong in what it claims, and so charges no one.

    Args:
        tree: the sentence's parse.
        token: the cue verb.
        words: the cue's words; only a claim is judged.
        verbal: the verb cues of the article, by token, with their types.
    """
    if words != CLAIM:
        return False
    clauses = [c for c in tree.children[token] if tree.tokens[c].dep == "ccomp"]
    return not any(
        _tells_a_wrong(tree, clause, verbal) or _tells_a_past_deed(tree, clause, verbal)
        for clause in clauses
    )


def _tells_a_wrong(tree: Tree, clause: int, verbal: Mapping[int, str]) -> bool:
    """Whether a clause denies, or holds a cue of conflict or a word of blame, of its own."""
    for i in _own_words(tree, clause):
        word = tree.tokens[i]
        if word.text.lower() in NEGATORS or verbal.get(i) in _CONFLICT:
            return True
        cue = cue_of(word)
        if cue is not None and cue.type in _BLAME and not breaks_no_bond(tree, cue, i):
            return True  # "claimed the law had been broken"; not "the record had been broken"
    return False


def _tells_a_past_deed(tree: Tree, clause: int, verbal: Mapping[int, str]) -> bool:
    """Whether a clause tells what another did before the claim, as no cue of good or harm.

    "Claimed an officer played a key role in his arrest", "claim that only
    a tenth of the money had been spent": what one side claims another did
    is an allegation, however plainly it is worded. What is, has been or
    will be ("claimed Labour is united", "the tour has begun
    very well", "claims the chancellor will raise taxes") is a view, a
    boast or a forecast; a deed a cue reads as no wrong ("claimed the court
    had backed its argument", "had broken the record") tells of a win; and
    a deed of the claimant's own ("her party had made a flying start")
    is a boast.
    """
    word = tree.tokens[clause]
    auxiliaries = [tree.tokens[c] for c in tree.children[clause] if tree.tokens[c].dep in _AUX]
    past = (word.tag == "VBD" and not auxiliaries) or any(
        a.lemma.lower() == "have" and a.tag == "VBD" for a in auxiliaries
    )
    return past and not _read_as_no_wrong(tree, clause, verbal) and not _own_deed(tree, clause)


_AUX = frozenset({"aux", "auxpass"})


def _read_as_no_wrong(tree: Tree, clause: int, verbal: Mapping[int, str]) -> bool:
    """Whether a clause's verb is a cue of no conflict, or a word of blame that breaks no bond."""
    kind = verbal.get(clause)
    if kind is not None:
        return kind not in _CONFLICT
    cue = cue_of(tree.tokens[clause])
    return cue is not None and cue.type in _BLAME and breaks_no_bond(tree, cue, clause)


def _own_deed(tree: Tree, clause: int) -> bool:
    """Whether a clause's subject is the claimant's own, by its "his", "her", "its" or "their"."""
    subject = next((c for c in tree.children[clause] if tree.is_subject(c)), None)
    return subject is not None and any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].tag == "PRP$"
        for c in tree.children[subject]
    )


# Clauses that tell a matter of their own: "claimed the chief was frustrated
# since the bid was rejected" claims no rejection.
_SET_OFF = frozenset({"advcl", "relcl", "acl"})


def _own_words(tree: Tree, clause: int) -> list[int]:
    """The words of a clause, less the clauses set off within it."""
    words, stack = [], [clause]
    while stack:
        node = stack.pop()
        words.append(node)
        stack.extend(c for c in tree.children[node] if tree.tokens[c].dep not in _SET_OFF)
    return words
