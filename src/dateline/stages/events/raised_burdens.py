"""Burdens said to rise: "the Greens would mean higher taxes" charges the Greens.

A tax, a fee or a rent plainly named judges no one ("the tax was set in
1993", "tax cuts"), so none is a row of ``lexicons/statement_cues.tsv``;
said to grow ("higher taxes", "tax rises", "a hike in council tax") in a
quote with a speaker, it is a harm charged to whoever brings it, as
"chaos" is: the subject of the clause that foretells it, or under whose
rule it falls ("voters face higher taxes under Labour"). Not a burden done
without ("without big tax rises"), nor one whose only named side is who
would bear it ("families will pay more tax"). The burdens are
``lexicons/raised_burdens.txt``.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.records import Token
from dateline.stages._tree import Tree
from dateline.stages.events.statement_records import StatementCue

_WORDS_OF_RISE = frozenset({"higher", "more", "bigger", "extra", "increased", "steeper"})
"""Words on a burden that say it grows: "higher taxes", "more tax"."""
_NOUNS_OF_RISE = frozenset({"rise", "hike", "increase"})
"""Nouns that say a burden named beside them grows: "tax rises", "a hike in council tax"."""


def burden_raised(tree: Tree, token: int) -> StatementCue | None:
    """A burden said to grow, which judges whoever brings it: "would mean higher taxes".

    Plainly named ("the tax was set in 1993", "tax cuts") a tax judges no
    one, so it is no row of the lexicon; raised ("higher taxes", "tax
    rises", "a hike in council tax") it is a harm charged as "chaos" is.
    The cue is the word that says the rise when it heads the phrase ("tax
    rises"), else the burden itself ("higher taxes").
    """
    word = tree.tokens[token]
    if word.pos != "NOUN":
        return None
    lemma = word.lemma.lower()
    burdens = lexicons.word_set("raised_burdens.txt")
    raised = (is_one_of(word, burdens) and _said_to_rise(tree, token)) or (
        lemma in _NOUNS_OF_RISE and _names_a_burden(tree, token, burdens)
    )
    # The climb up the clause for "without" only for a burden raised: this
    # runs on every noun of every quote.
    if not raised or _spared(tree, token):
        return None
    return StatementCue(lemma, "NOUN", "ACCUSE", "judgement", None)


def is_one_of(word: Token, nouns: frozenset[str]) -> bool:
    """Whether a noun is one of the list, by lemma or by its plural stripped.

    The model lemmatises "taxes" to "taxis".
    """
    written = word.text.lower()
    forms = {word.lemma.lower(), written, written.removesuffix("es"), written.removesuffix("s")}
    return not forms.isdisjoint(nouns)


_BEARING_VERBS = frozenset({"pay", "face", "bear", "shoulder", "suffer"})
"""Verbs whose subject bears a burden rather than brings it: "families will pay more tax"."""


def burden_misread(
    tree: Tree, cue_token: int, recipients: tuple[str, ...], about: int | None
) -> bool:
    """Whether a raised burden's charge names no one, or the ones who would bear it.

    "Labour says the Greens would force savers to hand over more tax" names
    the Greens only through the verb that forces; "families will pay dearly
    through increased taxes" names who bears the burden, not who brings it.
    Either charges no one.
    """
    if burden_raised(tree, cue_token) is None:
        return False
    if not recipients or about is None:
        return True
    node = cue_token
    for _ in range(3):
        node = tree.tokens[node].head
        if tree.tokens[node].lemma.lower() in _BEARING_VERBS:
            return any(c == about and tree.tokens[c].dep == "nsubj" for c in tree.children[node])
    return False


def _spared(tree: Tree, token: int) -> bool:
    """Whether the burden is one done without: "without big council tax rises".

    Up the few words from the noun to the clause that holds it ("without
    asking people to pay more taxes").
    """
    node = token
    for _ in range(4):
        if tree.tokens[node].head == node:
            return False
        node = tree.tokens[node].head
        if tree.tokens[node].text.lower() == "without":
            return True
    return False


def _said_to_rise(tree: Tree, token: int) -> bool:
    """Whether a word of rise qualifies the noun: the "higher" of "higher taxes"."""
    return any(
        tree.tokens[c].dep in ("amod", "advmod") and tree.tokens[c].text.lower() in _WORDS_OF_RISE
        for c in tree.children[token]
    )


def _names_a_burden(tree: Tree, token: int, burdens: frozenset[str]) -> bool:
    """Whether a noun of rise names its burden: "tax rises", "a hike in council tax"."""
    for c in tree.children[token]:
        child = tree.tokens[c]
        if child.dep == "compound" and is_one_of(child, burdens):
            return True
        if child.dep == "prep" and child.text.lower() in ("in", "on"):
            in_it = tree.children[c]
            if any(is_one_of(tree.tokens[g], burdens) for g in in_it):
                return True
    return False
