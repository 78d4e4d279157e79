"""Tributes: whom one paid in words honours, and the words that honour the departed.

A tribute, or praise, that names no one it is paid to is told by the words
that go with it: the one honoured is the subject of the clause its payer
says, where the tribute hangs on the verb of saying ("Paying tribute, X
said Lord Pryce was one of the finest debaters") or the saying on the
tribute ("X paid tribute, saying Lord Pryce had been a loyal friend").

Tributes to the dead or the departing speak of the one honoured as missed,
mourned or fondly remembered ("he will be sadly missed"): said in a quote,
that is the speaker's SUPPORT of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_negated
from dateline.stages.events.statement_records import StatementEvent, others_named, spoken_words
from dateline.stages.events.steps import INFERRED
from dateline.stages.quotes import cues as quote_cues

STEP = f"{INFERRED}recipient: the subject of what the tribute's words say"


def is_tribute(cue: tuple[str, ...]) -> bool:
    """Whether a cue's words pay a tribute ("pay tribute"), whose words say whom it honours.

    Not any backing: "defended his plans, warning that ..." and "backed that
    view, saying ..." say what was backed, not whom.
    """
    return cue[-1] == _TRIBUTE


_TRIBUTE = "tribute"


def honoured_in_words(tree: Tree, verb: int) -> int | None:
    """The subject of the clause said with a tribute verb, if it says one."""
    for saying in _sayings_with(tree, verb):
        for clause in tree.children[saying]:
            if tree.tokens[clause].dep == "ccomp":
                return next(
                    (s for s in tree.children[clause] if tree.tokens[s].dep == "nsubj"), None
                )
    return None


def _sayings_with(tree: Tree, verb: int) -> list[int]:
    """The verbs of saying a tribute hangs on or that hang on it, as a participle clause."""
    speech = quote_cues.lemmas()
    word = tree.tokens[verb]
    sayings = [word.head] if word.dep == "advcl" and word.head != verb else []
    sayings += [c for c in tree.children[verb] if tree.tokens[c].dep == "advcl"]
    return [s for s in sayings if tree.tokens[s].lemma.lower() in speech]


def fond_remembrances(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A SUPPORT for each person a quote says will be missed, mourned or fondly remembered.

    The words of a tribute to the dead or the departing: "he will be sadly
    missed", "would be mourned throughout the world", "will be remembered
    with great affection". Only in the passive, of someone the text names
    as an actor, other than the speaker: "we missed the deadline" and "the
    war will be remembered" honour no one; "remembered" only with a warm
    word ("with affection", "fondly"), as "remembered for the riots" is no praise.
    """
    for quote, speaker, i in spoken_words(tree, quotes):
        if not _remembered_fondly(tree, i):
            continue
        subject, passive = subject_of(tree, i)
        if subject is None or not passive:
            continue
        honoured = others_named(tree, index, (subject,), speaker) or _person_meant(
            tree, index, subject, speaker
        )
        if honoured:
            yield StatementEvent.by_speaker(
                "SUPPORT",
                quote,
                honoured,
                (i, tree.tokens[i].text),
                (
                    f"fond remembrance '{tree.tokens[i].lemma.lower()}' -> SUPPORT",
                    "recipient: the one remembered",
                ),
            )


_MOURNED = frozenset({"miss", "mourn"})
_REMEMBERED = "remember"
# Warm words with which one is remembered: "with affection and respect", "fondly".
_WARMTH = frozenset(
    {"affection", "respect", "admiration", "fondness", "gratitude", "warmth", "love", "fondly"}
)


def _person_meant(tree: Tree, index: ActorIndex, subject: int, speaker: str) -> tuple[str, ...]:
    """The person a "he" or "she" remembered or missed means: the nearest named before it.

    "Lord Pryce has died. Mr Kent said he would be remembered with affection":
    one does not say so of oneself, so the "he" is the nearest person of its
    gender named before, in its sentence or the two before, other than the
    speaker.
    """
    # The actors stage reads "X said he ..." as X himself; a tribute is never so.
    if tree.tokens[subject].text.lower() not in _PERSONAL or (
        index.by_token.get(subject, speaker) != speaker
    ):
        return ()
    sentence = tree.sentence_of[subject]
    earlier, _ = tree.sentence_span(max(sentence - _REACH, 0))
    for token in range(subject - 1, earlier - 1, -1):
        actor = index.by_token.get(token)
        if (
            actor is not None
            and actor != speaker
            and index.kinds.get(actor) == "person"
            and not index.of_another_gender(actor, subject, tree)
        ):
            return (actor,)
    return ()


_PERSONAL = frozenset({"he", "she"})
_REACH = 2
"""How many sentences before its own a remembered "he" or "she" may name its person in."""


def _remembered_fondly(tree: Tree, verb: int) -> bool:
    """Whether a verb says its subject is missed, mourned, or remembered with warmth."""
    lemma = tree.tokens[verb].lemma.lower()
    if tree.tokens[verb].pos != "VERB" or is_negated(tree, verb):
        return False
    if lemma in _MOURNED:
        return True
    return lemma == _REMEMBERED and any(
        tree.tokens[w].lemma.lower() in _WARMTH for w in _warm_words(tree, verb)
    )


def _warm_words(tree: Tree, verb: int) -> list[int]:
    """The adverbs of a verb and the nouns of its "with" phrase, lists included."""
    adverbs = [c for c in tree.children[verb] if tree.tokens[c].dep == "advmod"]
    nouns = prepositional_objects(tree, verb, frozenset({"with"}))
    nouns += [c for n in nouns for c in tree.children[n] if tree.tokens[c].dep == "conj"]
    return adverbs + nouns
