"""Groups of a world region: "European leaders", "Arab states", "Western diplomats".

Such a group speaks for several countries at once, so it is one actor named
by its words, placed in no country: not in the country a later word of the
sentence names ("Western diplomats criticised the Iranian government"), nor
in the article's home country, which is only a default for bodies of one
state. Its sector comes from its noun: a region's leaders, governments and
states are its governments (GOV); its diplomats, ministers and commanders
are what those titles say.
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon, Title
from dateline.stages.actors.mention import Mention, make_mention

_LEADERS = "leaders"
# "senior European officials": words of rank before the noun keep its sector;
# any other word before "leaders" says whose ("business", "church", "union").
_RANKS = frozenset({"senior", "top", "other"})
_LONGEST_REGION = 4  # "South - East Asian"
_LOWER_CASE = frozenset({"western"})
"""Regional adjectives news also writes in lower case ("western governments")."""
# "in European countries", "across Arab states": where, not who.
# "to" and "from" are left out: "arms to Gulf states" names a recipient.
_PLACING = frozenset({"in", "across", "throughout", "within", "around"})


def regional_groups(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Groups a regional adjective opens, with their sector and no country."""
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        if token.tag not in ("NNS", "NNPS") or taken[i]:
            continue
        word = token.text.lower()
        sector = _sector(word, lexicon)
        if sector is None:
            continue
        j = i
        # "European foreign ministers", "Western intelligence officials".
        while j > 0 and i - j < 2 and _between(tree, j - 1, word):
            j -= 1
        region = _region_ending(tree, j, lexicon)
        if region is None or any(taken[region:i]) or _placing(tree, i):
            continue
        before = tokens[region - 1] if region > 0 else None
        if before is not None and before.pos == "PROPN" and before.text[:1].isupper():
            continue  # "Royal European Bank staff": part of a longer name
        title = Title(words=(word,), sector=sector, scope="any")
        found.append(
            make_mention(
                tree,
                region,
                i + 1,
                "group",
                "NORP",
                title=tree.span_text(region, i + 1),
                title_entry=title,
                regional=True,
            )
        )
    return found


def _sector(word: str, lexicon: ActorLexicon) -> str | None:
    """The sector a group noun gives a region's group, None for no group of states or people."""
    if word in lexicon.state_nouns or word == _LEADERS:
        return "GOV"
    # "envoys": the plural of a role any body may hold, which the lexicon lists singular.
    title = lexicon.title((word,)) or lexicon.title((word.removesuffix("s"),))
    return title.sector if title is not None else None


def _between(tree: Tree, k: int, head: str) -> bool:
    """Whether token ``k`` may stand between a region and its group's noun."""
    token = tree.tokens[k]
    text = token.text
    if head == _LEADERS:
        return text.lower() in _RANKS
    return text.islower() and token.pos in ("ADJ", "NOUN") and text.lower() not in _LOWER_CASE


def _region_ending(tree: Tree, end: int, lexicon: ActorLexicon) -> int | None:
    """Where the regional adjective that ends right before token ``end`` starts."""
    for length in range(_LONGEST_REGION, 0, -1):
        first = end - length
        if first < 0:
            continue
        text = tree.span_text(first, end)
        if text in lexicon.regional_adjectives or (
            text.lower() in _LOWER_CASE and text.capitalize() in lexicon.regional_adjectives
        ):
            return first
    return None


def _placing(tree: Tree, i: int) -> bool:
    """Whether a group's noun is where something is ("in European countries")."""
    token = tree.tokens[i]
    return token.dep == "pobj" and tree.tokens[token.head].text.lower() in _PLACING
