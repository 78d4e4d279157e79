"""Descriptions that stand for a named actor: "the party", "the company".

A description of a body named before it, a firm told by its trade, a
country described rather than named, and a party's local branch told by
its kind alone ("his constituency association").
"""

from __future__ import annotations

from dateline import lexicons
from dateline.records import Token
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.coref_words import PARTY, word_before
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, make_mention


def bodies_named_by_kind(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Organisations named by kind: "the party", "the union", "the newspaper"."""
    found = []
    tokens = tree.tokens
    any_kind = lexicons.word_set("any_body_words.txt")
    for i in range(1, len(tokens)):
        word = tokens[i].text
        sector = lexicon.org_words.get(word)
        if (
            (sector is None and word not in any_kind)
            or taken[i]
            or word in lexicons.word_set("name_only_words.txt")
            or word_before(tree, i) not in _DESCRIBING
            # "thanked the bloc": a word in lower case the tagger calls a name is a noun.
            or not (tokens[i].tag == "NN" or (tokens[i].tag == "NNP" and word.islower()))
            or (
                i + 1 < len(tokens)
                and _said_which(tree, i, i + 1)
                and not _party_owning_what_follows(tree, i, lexicon)
            )
        ):
            continue
        found.append(make_mention(tree, i, i + 1, "description", "ORG", sector=sector))
    return found


def local_party_branches(tree: Tree, taken: list[bool]) -> list[Mention]:
    """A party's local branch named by kind: "his constituency association", "the local party".

    The branch picks, backs or drops its MP ("his constituency association
    voted to deselect him"), so it is an actor of its own, the party's
    (PTY), though no name is given. A branch the party's name tells ("his
    local Conservative association") is that party's, found by the name.
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        # Not "party" in "the local party association": the head names the branch.
        if token.text.lower() not in _BRANCH_HEADS or token.tag != "NN" or token.dep == "compound":
            continue
        if taken[i]:
            continue
        first = i
        while first > 0 and tokens[first - 1].text.lower() in _BRANCH_WORDS:
            first -= 1
        if first == i or word_before(tree, first) not in _DESCRIBING:
            continue
        found.append(make_mention(tree, first, i + 1, "group", "ORG", sector=PARTY))
    return found


_BRANCH_HEADS = frozenset({"association", "party"})
_BRANCH_WORDS = frozenset({"constituency", "local", "party"})
"""Words before "association" or "party" that make it a party's branch: "constituency party"."""


def _party_owning_what_follows(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether "the party" before a noun is the party whose thing the noun is.

    "told the party conference", "defied the party line", "his party plans":
    a party's conference, line and manifesto are its own, so the word names
    the party told of before, as the gold marks it. Not a noun that names
    who leads or speaks for it ("the party leadership", "the party
    chairman"): that is an actor of its own. Only a party: "the court
    system" or "the state pension" is no act of a body. Only after "the":
    "his party plans" are his own plans, whose owner the events read as the
    speaker's side ("his party plans were not unfair" rebuts a charge).
    """
    token = tree.tokens[i]
    after = tree.tokens[i + 1]
    return (
        lexicon.org_words.get(token.text) == PARTY
        and tree.tokens[i - 1].text.lower() == "the"
        and token.dep == "compound"
        and token.head == i + 1
        and after.tag in ("NN", "NNS")
        and after.text.islower()
        and after.text not in _WHO_LEADS
        and lexicon.title((after.text,)) is None
    )


_WHO_LEADS = frozenset({"leadership"})
"""Nouns after "party" that name its leaders as a body of their own ("the party leadership")."""


def firms_by_their_trade(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """A firm named before by what it does: "the media giant", "the US phone company".

    Business news calls a firm again by its trade or country and a business
    word ("The phone company collapsed"): a description of the firm named
    before, as "the company" is. Not one that brings in another ("a rival
    phone company", "the parent company"), nor one set beside a name ("X,
    the phone company,"), nor one the words after say which it is ("the
    phone company Telvo").
    """
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        if not _business_word(token, lexicon) or taken[i] or token.dep == "appos":
            continue
        first = i
        while first > 0 and _trade_word(tree, first - 1, i, lexicon) and not taken[first - 1]:
            first -= 1
        if first in (i, 0) or not _the_firm_named_before(tree, first, i):
            continue
        country = next((c for k in range(first, i) if (c := lexicon.country(tokens[k].text))), None)
        found.append(
            make_mention(tree, first, i + 1, "description", "ORG", sector=COMPANY, country=country)
        )
    return found


def _the_firm_named_before(tree: Tree, first: int, head: int) -> bool:
    """Whether a firm's trade and kind after "the" ("the phone company") point back at a firm.

    Not where words after it say which firm it is ("the phone company
    Telvo", "the firm which won the bid"), nor where a firm of that trade
    was brought in with "a" before ("a shell company ... the shell company").
    """
    tokens = tree.tokens
    return (
        tokens[first - 1].text.lower() in _DESCRIBING
        and not (head + 1 < len(tokens) and _said_which(tree, head, head + 1))
        and not _which_one_follows(tree, head)
        and not _brought_in_before(tree, first, head)
    )


def _business_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a word in the singular, in lower case, says a body is a firm ("company")."""
    return (
        token.tag == "NN" and token.text.islower() and lexicon.org_words.get(token.text) == COMPANY
    )


# Words before a firm's kind that bring in a firm other than the one named before.
_ANOTHER_FIRM = frozenset(
    {"rival", "other", "parent", "sister", "new", "joint", "former", "merged", "combined"}
)


_INDEFINITE = frozenset({"a", "an", "another"})


def _which_one_follows(tree: Tree, head: int) -> bool:
    """Whether a clause right after a noun says which one it is: "the firm which won the bid"."""
    tokens = tree.tokens
    return any(
        tokens[k].dep == "relcl" and tokens[head + 1].text != "," for k in tree.children[head]
    )


def _brought_in_before(tree: Tree, first: int, head: int) -> bool:
    """Whether a firm of the same trade and kind was brought in with "a" before.

    "The mine went to an obscure holding firm ... The holding firm
    was bought by the state": the one brought in with "a", not the firm
    named before.
    """
    tokens = tree.tokens
    words = [t.text.lower() for t in tokens[first : head + 1]]
    for k in range(len(words) - 1, first):
        if [t.text.lower() for t in tokens[k - len(words) + 1 : k + 1]] != words:
            continue
        start = tree.subtree(k)[0]
        if tokens[start].text.lower() in _INDEFINITE:
            return True
    return False


def _trade_word(tree: Tree, k: int, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a word before a firm's kind says its trade or country ("phone", "media", "US")."""
    token = tree.tokens[k]
    if token.dep not in ("amod", "compound") or not k < token.head <= head:
        return False
    if lexicon.country(token.text) is not None:
        return True
    return (
        token.text.islower()
        and token.tag in ("JJ", "NN", "NNS")
        and token.text not in _ANOTHER_FIRM
    )


def _said_which(tree: Tree, i: int, after: int) -> bool:
    """Whether the words after a body's kind say which one it is, or what it is part of.

    "the party leadership", "the Bush administration", "the party of
    government": not the body named before. A phrase after it that belongs
    to the verb says nothing of it: "filed against the bank by a judge",
    "accused the party of lying".
    """
    token = tree.tokens[after]
    if _charged_of_by_its_verb(tree, i, after):
        return False
    return token.pos in ("PROPN", "NOUN") or (token.pos == "ADP" and token.head == i)


def _charged_of_by_its_verb(tree: Tree, i: int, after: int) -> bool:
    """Whether an "of" after a body's kind is its verb's: "accused the firm of fraud".

    The parse often hangs the "of" of "accuse", "suspect" or "clear" someone
    of something on the object's noun (``verbs_of_charge.txt``); it tells
    what the body is charged with, not which body it is.
    """
    noun = tree.tokens[i]
    return (
        tree.tokens[after].text.lower() == "of"
        and noun.dep == "dobj"
        and tree.tokens[noun.head].lemma.lower() in lexicons.word_set("verbs_of_charge.txt")
    )


def countries_described(tree: Tree, taken: list[bool]) -> list[Mention]:
    """A country named by its kind where it acts or owns: "the country's economy".

    Words that tell what kind of country it is may stand before the noun
    ("the island state", country_kinds.txt), but then no "of" after it,
    which names a state inside a country: "the island state of Penang".
    """
    words = lexicons.word_set("country_nouns.txt")
    tokens = tree.tokens
    return [
        make_mention(tree, i, i + 1, "description", "GPE")
        for i in range(1, len(tokens))
        if tokens[i].text in words
        and not taken[i]
        and (tokens[i - 1].text.lower() == "the" or _the_kind_of_country(tree, i))
        and (tree.is_subject(i) or tokens[i].dep == "poss")
    ]


_COUNTRY_KINDS = 2
"""How many words of a country's kind may stand before its noun: "the tiny island state"."""


def _the_kind_of_country(tree: Tree, noun: int) -> bool:
    """Whether only words of a country's kind stand between "the" and a country's noun."""
    kinds = lexicons.word_set("country_kinds.txt")
    tokens = tree.tokens
    first = noun
    while first > 0 and noun - first < _COUNTRY_KINDS and tokens[first - 1].text in kinds:
        first -= 1
    return (
        first < noun
        and first > 0
        and tokens[first - 1].text.lower() == "the"
        and not (noun + 1 < len(tokens) and tokens[noun + 1].text.lower() == "of")
    )


_DESCRIBING = frozenset({"the", "that", "this", "his", "her", "whose"})
"""What opens a description: "the party", "that party", "his party" and "whose party" (his own)."""
