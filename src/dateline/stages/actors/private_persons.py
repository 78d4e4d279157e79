"""One private person the story brings in by what they are: "a 19-year-old man was arrested".

"A man said" is anyone, and no actor; but a person whom a deed the event
cues name is done to ("a woman was arrested", "police detained a teenager"),
or who does one ("sued by a make-up artist", "a fan sued the club"), is
the one the story reports on, named or not, as an unnamed officer or an
armed attacker already is (:mod:`.titles_and_groups`). The nouns are in
``private_persons.tsv``; only after "a" or "an", since "the man" points
back at someone named before, whom coreference finds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import cast

from dateline import lexicons
from dateline.stages._cue_words import cue_words
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon, Gender, Title
from dateline.stages.actors.mention import Mention, make_mention
from dateline.stages.actors.mention_words import CIVILIANS, MODIFIERS
from dateline.stages.quotes import cues as quote_cues

_EITHER = "-"
_INDEFINITE = frozenset({"a", "an"})


@functools.cache
def _persons() -> dict[str, Gender | None]:
    return {
        row["word"]: None if row["gender"] == _EITHER else cast("Gender", row["gender"])
        for row in lexicons.table("private_persons.tsv")
    }


@functools.cache
def deed_verbs() -> frozenset[str]:
    """The verbs the event cues name a deed by: "arrest", "sue", "award" ("award contract to")."""
    return frozenset(
        {cue[0] for cue in cue_words("VERB") if len(cue) == 1}
        | {cue[0] for cue in cue_words("VERB+OBJ+PREP", "VERB+TO")}
    )


def private_persons(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Every "a <person>" that does, or undergoes, a deed the event cues name."""
    found = []
    persons = _persons()
    for i, token in enumerate(tree.tokens):
        word = token.text.lower()
        title = _private_title(word, lexicon)
        if (word not in persons and title is None) or token.tag != "NN" or taken[i]:
            continue
        if not indefinite(tree, i) or not in_a_deed(tree, i) or _claims_in_a_clause(tree, i):
            continue
        first, country = placed_words(tree, taken, i, lexicon.demonyms.get)
        if any(taken[first:i]):
            continue
        sector = lexicon.people_sector(f"{word}s")[1] or CIVILIANS
        entry = title or Title(words=(word,), sector=sector, scope="any")
        found.append(
            make_mention(
                tree,
                first,
                i + 1,
                "title",
                "PERSON",
                title=tree.span_text(first, i + 1),
                title_entry=entry,
                country=country,
                gender=persons.get(word),
            )
        )
    return found


def _private_title(word: str, lexicon: ActorLexicon) -> Title | None:
    """The title of a private person a role word names, held anywhere: "protester", "rapper".

    The title finder takes such a role as an actor where it is definite or
    harmed; done to or doing another deed ("punched a protester"), it is
    still one person the story reports on.
    """
    title = lexicon.title((word,))
    if title is None or title.sector != CIVILIANS or title.scope != "any":
        return None
    return title


def _claims_in_a_clause(tree: Tree, i: int) -> bool:
    """Whether a "who" clause tells what the person claims: "a make-up artist who claimed he ...".

    The deeds of the claim are hers to allege, not to have done, but the
    parse joins them to "who" as often as to their own subject, and the
    events would make her their doer; the person is left to the quotes.
    """
    return any(
        tree.tokens[c].dep == "relcl"
        and quote_cues.load().at(tree, c) is not None
        and any(tree.tokens[g].text.lower() == "who" for g in tree.children[c])
        for c in tree.children[i]
    )


def indefinite(tree: Tree, i: int) -> bool:
    """Whether "a" or "an" opens the noun's words: "a 19-year-old man"."""
    return any(
        tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in _INDEFINITE
        for c in tree.children[i]
    )


def in_a_deed(tree: Tree, i: int) -> bool:
    """Whether a noun does or undergoes what a deed verb of the event cues says.

    Its subject, active or passive ("a woman sued", "a man was arrested"),
    the object of a verb with a subject ("police arrested a man"), or the
    agent of a passive ("sued by a make-up artist"); not "a man said", nor
    "killing a man" with no doer, nor a man "for" whom or "with" whom.
    """
    token = tree.tokens[i]
    if token.dep in ("nsubj", "nsubjpass"):
        verb = token.head
    elif token.dep == "dobj":
        verb = token.head
        if not any(tree.is_subject(c) for c in tree.children[verb]):
            return False
    elif token.dep == "pobj" and tree.tokens[token.head].dep == "agent":
        verb = tree.tokens[token.head].head
    else:
        return False
    ruler = tree.tokens[verb]
    return ruler.pos == "VERB" and ruler.lemma.lower() in deed_verbs()


def placed_words(
    tree: Tree, taken: list[bool], head: int, country_of: Callable[[str], str | None]
) -> tuple[int, str | None]:
    """Where the words of an unnamed person or firm start, and the country a word before places.

    "a British teenager", "a Turkish company": the demonym is the country's
    mention already, kept as evidence; the actor is the words after it, of
    that country.
    """
    first = words_start(tree, head)
    country = next((c for j in range(first, head) if (c := country_of(tree.tokens[j].text))), None)
    while first < head and taken[first] and country_of(tree.tokens[first].text):
        first += 1
    return first, country


def words_start(tree: Tree, head: int) -> int:
    """Where the person's words start: the modifiers before the noun ("19-year-old", "make-up")."""
    first = head
    while first > 0:
        before = tree.tokens[first - 1]
        if before.dep in MODIFIERS and _hangs_on(tree, first - 1, head):
            first -= 1
        elif before.text == "-" and first >= 2 and _hangs_on(tree, first - 2, head):
            first -= 2
        else:
            return first
    return first


def _hangs_on(tree: Tree, i: int, head: int) -> bool:
    """Whether a word's chain of heads reaches ``head`` within the words up to it."""
    while i < head:
        i = tree.tokens[i].head
    return i == head
