"""Stances told by feeling: "we are appalled by the decision" condemns whoever made it.

A speaker who says that they, or those they speak for, are "outraged by the
decision", "appalled that the police detained the men" or "angry at
Labour's plans" condemns the one behind the thing: the actor it names, the
subject of the clause it holds, or whose the thing is. The word of outrage
(``lexicons/outrage_words.txt``) must stand in a quote that has a speaker,
with a subject that is the speaker or no other actor ("her members were
outraged"): "the men were angry", said of others, is their anger, not the
speaker's charge. Negated ("not angry") or asked, it charges no one.

Gladness is read the same way and backs whom it is for: "I am pleased that
the couple have decided to marry", "he was delighted for the pair"
(``lexicons/gladness_words.txt``). Gladness at no one ("we are very happy")
backs no one. A speaker tells it of the news as well: "it is encouraging to
see that small firms are catching up", "it is heartening that the banks
have cut their fees" back those the news is of.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.records import EventType, Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import agent_of, prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import NEGATORS
from dateline.stages.events.statement_records import StatementEvent, others_named, quoted_tokens
from dateline.stages.events.statement_sides import whose_thing

# How a speaker names itself: in its own words, or as reported speech tells them.
_OWN_PRONOUNS = {
    True: frozenset({"i", "we"}),
    False: frozenset({"i", "we", "he", "she", "they"}),
}
# What one is outraged "by", "at", "over" or "with"; one is glad "for" someone too.
_CAUSES = frozenset({"by", "at", "over", "with", "about"})
_GLAD_CAUSES = _CAUSES | {"for"}
# Words that make the feeling's clause a question: "would not say if he was pleased".
_ASKING = frozenset({"if", "whether"})


def outraged_charges(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """An ACCUSE for each word of outrage in a quote, at whoever is behind its cause."""
    return _felt(tree, index, quotes, "ACCUSE")


def glad_backing(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A SUPPORT for each word of gladness in a quote, of whom or what it is for."""
    return _felt(tree, index, quotes, "SUPPORT")


_FEELINGS: dict[EventType, tuple[str, str, frozenset[str]]] = {
    "ACCUSE": ("outrage_words.txt", "outrage", _CAUSES),
    "SUPPORT": ("gladness_words.txt", "gladness", _GLAD_CAUSES),
}
"""The words of each feeling (their lexicon), the name the explanation gives it and the
prepositions of its cause."""


def _felt(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...], kind: EventType
) -> Iterator[StatementEvent]:
    """An event of ``kind`` for each word of its feeling in a quote, at whom the feeling is."""
    lexicon, feeling, causes = _FEELINGS[kind]
    words = lexicons.word_set(lexicon)
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        for i in quoted_tokens(tree, quote):
            word = tree.tokens[i]
            if word.text.lower() not in words:
                continue
            if word.pos not in ("ADJ", "VERB") or not felt_by_the_speaker(tree, index, i, quote):
                continue
            found = _charged(tree, index, (i, speaker), causes, blames=kind == "ACCUSE")
            if found is None:
                continue
            recipients, step = found
            yield StatementEvent.by_speaker(
                kind,
                quote,
                recipients,
                (i, word.text),
                (f"word of {feeling} '{word.text.lower()}' -> {kind}", step),
            )


def felt_by_the_speaker(tree: Tree, index: ActorIndex, word: int, quote: Quote) -> bool:
    """Whether the one outraged is the speaker, or no actor besides: not negated either."""
    clause = _clause_word(tree, word)
    if any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[clause]) or any(
        tree.tokens[c].text.lower() in NEGATORS for c in tree.children[word]
    ):
        return False
    if any(tree.tokens[c].text.lower() in _ASKING for c in tree.children[clause]):
        return False  # "declined to say if he was pleased": asked, not felt
    subject = subject_of(tree, clause)[0]
    if subject is None:
        return False
    if _of_the_news(tree, word, subject):
        return True  # "it is encouraging that ...": the speaker's own view of the news
    if tree.tokens[subject].text.lower() in _OWN_PRONOUNS[quote.kind == "direct"]:
        # "she said she was appalled": in reported speech the pronoun is the speaker's own.
        return True
    named = index.actors_at(tree, subject)
    return not named or named == (quote.speaker,)


def _of_the_news(tree: Tree, word: int, subject: int) -> bool:
    """Whether the feeling is told of news its clause holds, with "it" standing for that news.

    "It is encouraging to see that small firms are catching up", "it is
    heartening that the banks cut their fees": the "it" is no actor, and the
    feeling is the speaker's.
    """
    return tree.tokens[subject].text.lower() == "it" and bool(_news_clauses(tree, word))


def _news_clauses(tree: Tree, word: int) -> list[int]:
    """The "that" clauses a feeling word holds, itself or through "to see", "to hear"."""
    holders = [word] + [c for c in tree.children[word] if tree.tokens[c].dep == "xcomp"]
    return [c for h in holders for c in tree.children[h] if tree.tokens[c].dep == "ccomp"]


def _clause_word(tree: Tree, word: int) -> int:
    """The verb whose subject feels the outrage: "was" in "was appalled", first of a pair."""
    node = tree.first_conjunct(word)
    if tree.tokens[node].dep in ("acomp", "oprd"):
        return tree.tokens[node].head
    return node


def _copula(tree: Tree, word: int) -> int:
    """The verb an adjective of outrage completes ("were" in "were outraged"), or the word."""
    return tree.tokens[word].head if tree.tokens[word].dep in ("acomp", "oprd") else word


def _charged(
    tree: Tree,
    index: ActorIndex,
    felt: tuple[int, str],
    causes: frozenset[str],
    *,
    blames: bool,
) -> tuple[tuple[str, ...], str] | None:
    """Whom the feeling word at ``felt`` (its token and speaker) is at, and how found.

    None when its cause names nothing; ``causes`` are the prepositions of its cause.
    """
    word, speaker = felt
    # "were outraged by the decision": the parse may hang the cause on the copula.
    found = [
        cause
        for place in dict.fromkeys((word, _copula(tree, word)))
        for cause in prepositional_objects(tree, place, causes)
    ]
    agent = agent_of(tree, word)
    found += [agent] if agent is not None else []
    for cause in found:
        named = others_named(tree, index, (cause,), speaker)
        if named:
            return named, "recipient: whom the feeling is at"
        if tree.tokens[cause].pos == "NOUN":
            owner = whose_thing(tree, index, cause, speaker, blames=blames)
            # "happy with the results" backs no one; "appalled by the decision" charges its maker.
            return owner if blames or owner[0] else None
    for clause in _news_clauses(tree, word):
        subject, passive = subject_of(tree, clause)
        if passive:
            continue  # "glad the minister had been shamed into going": he is no one's doer here
        named = () if subject is None else index.actors_at(tree, subject)
        named = tuple(a for a in named if a != speaker)
        if named:
            return named, "recipient: the subject of what the feeling is that"
    return None
