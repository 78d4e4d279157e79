"""Words and small tests that several mention finders share.

Determiners, possessives, title openers, given names and the end of a name's
possessive: kept here, below the finders, so that none imports another for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline import lexicons
from dateline.records import Entity, Token
from dateline.stages._gazetteer import wide_place
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, head_of

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


DASHES = frozenset({"-", "\u2013", "\u2014"})
"""A hyphen, an en dash and an em dash: each may set an aside beside a name."""


POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


DEFINITE = frozenset({"the", "this", "that"}) | POSSESSIVES


def is_plural(word: str, tag: str, lexicon: ActorLexicon) -> bool:
    """Whether a word is a plural noun, or the plural of a title ("MPs" tagged NN)."""
    singular = word[:-1] if word.endswith("s") else None
    return tag in ("NNS", "NNPS") or (
        singular is not None and lexicon.title((singular,)) is not None
    )


PARTY_BRIEFS = lexicons.word_set("party_briefs.txt")


def given_name_at(tree: Tree, entity: Entity, lexicon: ActorLexicon) -> int | None:
    """Where a given name opens the last words of an entity that are all names, if one does."""
    tokens = tree.tokens
    end = entity.token_end
    for k in range(entity.token_start, end - 1):
        if tokens[k].text in lexicon.given_names and all_names(tokens[k:end]):
            return k
    return None


def all_names(tokens: Sequence[Token]) -> bool:
    """Whether every token is a capitalised proper noun (or a hyphen within a name)."""
    return all((t.pos == "PROPN" and t.text[:1].isupper()) or t.text == "-" for t in tokens)


FULL_NAME = 2
"""Words a name keeps when a body before it is cut off: a given name and a surname."""


def a_region(name: str, lexicon: ActorLexicon) -> bool:
    """Whether a name is a region's or a province's the gazetteer knows, and no body's."""
    return (
        wide_place(name) in ("admin", "region")
        and lexicon.organization(name) is None
        and name not in lexicon.nations  # "Scotland would play its part": its devolved government
    )


def written_as_a_name(word: str) -> bool:
    """Whether a word is capitalised as a name is: "Murphy", "O'Connor", "McLeish", "MacKay".

    A capital, then lower-case letters; or one of the prefixes that Irish
    and Scottish surnames carry (``_SURNAME_PREFIXES``), then such a word.
    An acronym ("BBC") is none.
    """
    for prefix in _SURNAME_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return _capitalised_word(word[len(prefix) :])
    return _capitalised_word(word)


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


_SURNAME_PREFIXES = ("O'", "O\u2019", "D'", "Mc", "Mac")
"""What opens an Irish or Scottish surname before its own capital: "O'Connor", "McLeish"."""


def land_feature(tree: Tree, first: int, last: int) -> bool:
    """Whether a name is a feature of land or sea: "Second Thomas Shoal", "Strait of Hormuz".

    The feature's word ends the name or opens it, or follows it in lower
    case: "the Sambisa forest", "the Helmand province".
    """
    features = lexicons.word_set("land_features.txt")
    words = [tree.tokens[first], tree.tokens[last - 1]]
    if (
        last < len(tree.tokens)
        and tree.tokens[last].text in lexicons.word_set("land_nouns.txt")
        and tree.tokens[last - 1].ent_type != "NORP"  # "the Swiss mountain resort"
    ):
        return True
    return any(w.text[:1].isupper() and w.text.lower() in features for w in words)


def after_the(tree: Tree, first: int) -> bool:
    """Whether the token before ``first`` is "the"."""
    return first > 0 and tree.tokens[first - 1].text.lower() == "the"


PORTFOLIO_HOLDERS = frozenset(
    {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner"}
)


CIVILIANS = "CVL"


PRESS = "MED"
"""Reporters "told" something are where a statement goes, not whom it is about."""


def business_word_after(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name qualifies a business word after it or in apposition ("the Tata group")."""
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    nouns = [c for c in tree.children[head] if tokens[c].dep == "appos" and c >= m.last]
    if tokens[head].dep == "compound" and tokens[head].head >= m.last:
        nouns.append(tokens[head].head)
    return any(
        tokens[k].pos == "NOUN" and lexicon.org_words.get(tokens[k].lemma.lower()) == COMPANY
        for k in nouns
    )


QUANTIFIERS = frozenset({"few", "many", "several", "some", "most"})


def is_collective(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a singular noun names a group of people the lexicon lists: "the public", "staff".

    Not "the pair" or "the trio", which only point back at a group named
    before: the plural's bookkeeping of the group named last does not
    follow them.
    """
    word = token.text.lower()
    return token.tag == "NN" and word in lexicon.people and word not in lexicon.generic_people


MODIFIERS = frozenset({"nummod", "amod", "compound"})
"""How a word hangs on the noun it describes: "three" on "men", "(Bush-)style" on "tax cut"."""


def is_title_word(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a word may open a title: an honorific, a title, a demonym, or "deputy" and such."""
    return (
        word in lexicon.honorifics
        or lexicon.title((word,)) is not None
        or word in lexicon.demonyms
        or word.lower() in _TITLE_OPENERS
    )


_TITLE_OPENERS = frozenset(
    {"vice", "deputy", "foreign", "prime", "special", "presidential", "crown"}
)
"""First words of titles that are no title alone: "Crown Prince Abdullah", "Vice President X"."""


def without_postnominal(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> int:
    """The end of a name without the letters after it ("QC", "MP"), when more is left."""
    if last - first > 1 and tree.tokens[last - 1].text in lexicon.postnominal_sectors:
        return last - 1
    return last


def without_possessive(tree: Tree, first: int, last: int) -> int:
    """The end of a span with its closing possessive "'s" left out."""
    while last - 1 > first and tree.tokens[last - 1].tag == "POS":
        last -= 1
    return last


_CLOSING = frozenset({",", ".", ";", ":", ")"})


def name_set_after(tree: Tree, end: int) -> int | None:
    """The first token of a person's name set off by commas right after a role, if any.

    "confided in the show's presenter, Ann Lee, that ...": the name is the
    role's holder even where the parser hangs it elsewhere than on the role.
    The name must close at a comma or the sentence's end, or it may open a
    list ("the chairman, Ann Lee and Bob Hart").
    """
    tokens = tree.tokens
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    k = end + 1
    while k < len(tokens) and tokens[k].ent_type == "PERSON":
        k += 1
    if k == end + 1 or tokens[end + 1].ent_iob == "I":
        return None
    closed = k == len(tokens) or tokens[k].text in _CLOSING
    return end + 1 if closed and tree.sentence_of[k - 1] == tree.sentence_of[end] else None


def tells_whose_reaction(tree: Tree, preposition: int, words: frozenset[str]) -> bool:
    """Whether a preposition names whose a reaction is: "objections from Austria".

    "the anger of farmers", "disapproval from rights groups": a reaction
    (reactions.txt) is someone's. The parse may hang the "from" on the verb
    whose object the reaction is ("drew criticism from Hungary").
    """
    word = tree.tokens[preposition].text.lower()
    owner = tree.tokens[preposition].head
    reactions = lexicons.word_set("reactions.txt")
    if tree.tokens[owner].pos == "NOUN":
        return word in words and tree.tokens[owner].lemma.lower() in reactions
    return word == "from" and any(
        tree.tokens[c].dep == "dobj" and tree.tokens[c].lemma.lower() in reactions
        for c in tree.children[owner]
    )
