"""A mention: words that refer to an actor, and the evidence found beside them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import Gender, Organization, Title, load

MentionKind = Literal["name", "title", "group", "pronoun", "description"]

PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "de", "del", "da", "van", "von", "der", "la", "le"}
)
"""Lower-case words that open or join names ("al-Sudani", "al-Qaeda", "van Rompuy")."""
_NAME_SPLIT = re.compile(r"[\s\-‐‑]+")


@dataclass(frozen=True, slots=True)
class Mention:
    """Words that refer to an actor, with the evidence found beside them."""

    first: int
    last: int
    start: int
    end: int
    text: str
    kind: MentionKind
    label: str
    title: str | None = None
    title_entry: Title | None = None
    country: str | None = None
    organization: Organization | None = None
    gender: Gender | None = None
    subject: bool = False
    main_subject: bool = False
    """The subject of its sentence's main verb ("Lord Goldsmith said X played no part")."""
    sentence: int = 0
    quoted: bool = False
    possessor: bool = False
    sector: str | None = None
    """For a description ("the party"), the sector of the organisation it means."""
    honorific_sector: str | None = None
    """The sector the honorific before a name implies ("Lord": LEG), the weakest evidence."""
    honorific: str | None = None
    """The honorific right before a name ("Lord" in "Lord Bingham"), as written."""
    affiliation_sector: str | None = None
    """The sector of a body the lexicon does not know, by the words of its name: "a
    director of Group Menatep" works for a company (BUS)."""
    premodifier: bool = False
    """A body or country written only before another's role ("Tory" in "Tory leader
    Michael Howard"): evidence for coding, but no span of the output."""
    appositive: bool = False
    """A role set beside a name ("Louise Christian, the lawyer,"): the name's, as
    evidence and in its actor, but no span of the output, as it is no mention of its own."""
    written_from: int | None = None
    """Where a role's output span starts when a premodifier joins it ("Labour MPs")."""
    uncounted: str | None = None
    """A counted group's words after its count ("travellers" in "3,500 travellers"): its name."""
    regional: bool = False
    """A group of a world region ("European leaders"): several countries', placed in none."""
    shortens: str | None = None
    """For a description ("the prison service"), the name of the body it shortens
    ("Scottish Prison Service"), the one body named before that ends in its words."""

    @property
    def name_parts(self) -> tuple[str, ...]:
        """The name's words, particles and hyphens left out ("al-Sudani" gives "Sudani")."""
        return name_parts(self.text)


def name_parts(name: str) -> tuple[str, ...]:
    """A name's words, particles and hyphens left out ("al-Sudani" gives "Sudani")."""
    return tuple(part for part in _NAME_SPLIT.split(name) if part and part.lower() not in PARTICLES)


def make_mention(
    tree: Tree,
    first: int,
    last: int,
    kind: MentionKind,
    label: str,
    **evidence: object,
) -> Mention:
    """A mention of tokens ``first``..``last`` with the evidence given by keyword."""
    tokens = tree.tokens
    head = head_of(tree, first, last)
    text = tree.span_text(first, last)
    owned = _ENTITY_POSSESSIVE.search(text, 1)
    cut = len(text) - owned.start() if owned is not None else 0
    text = text[: len(text) - cut]  # "Blair&#8217;s": the name is "Blair", its owner
    return Mention(
        first=first,
        last=last,
        start=tokens[first].start,
        end=tokens[last - 1].end - cut,
        text=text,
        kind=kind,
        label=label,
        subject=any(tree.is_subject(i) for i in range(first, last)) or tree.is_subject(head),
        main_subject=tree.is_subject(head) and tokens[tokens[head].head].dep == "ROOT",
        possessor=tokens[head].dep == "poss" or owned is not None,
        sentence=tree.sentence_of[first],
        **evidence,  # type: ignore[arg-type]
    )


_ENTITY_POSSESSIVE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|rsquo|apos);s$")
"""A possessive whose apostrophe an HTML entity spells ("Blair&#8217;s", "Blair&#191;s").

The tokenizer keeps it in the name's word, which would then be a name of its own."""


def head_of(tree: Tree, first: int, last: int) -> int:
    """The token of a span whose head lies outside it."""
    for i in range(first, last):
        head = tree.tokens[i].head
        if head == i or not first <= head < last:
            return i
    return last - 1


JOINT_BODIES = frozenset({"coalition"})
"""Role words for states acting together ("the US-led coalition"): a body of its own.

Held by no one, and no body named before but one called so ("NATO chief X
... the coalition" is no NATO). Not in org_words.tsv, whose words code a
body's name ("the Coalition for Fair Trade" is no body of states).
"""

SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
"""Words a body's initials leave out ("Office for National Statistics": ONS)."""


def acronyms(mentions: list[Mention], tree: Tree) -> dict[str, Mention]:
    """Acronyms and the body's full name they stand for, the first named.

    News gives a body's name once, often with its acronym in brackets, and
    the acronym after: "the Council of Mortgage Lenders (CML) ... the CML
    said". An acronym is the full name's when it is written in brackets
    right after it, or spells its initials, in capitals or, as British news
    writes one said as a word, with only the first ("Sepa" for the Scottish
    Environment Protection Agency, "Nato").
    """
    found: dict[str, Mention] = {}
    tokens = tree.tokens
    for m in mentions:
        if m.kind != "name" or m.label != "ORG" or len(m.text.split()) < 2:
            continue
        words = [w for w in m.text.replace("-", " ").split() if w.lower() not in SMALL_WORDS]
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(initials) >= 2:
            found.setdefault(initials, m)
        unplaced = _initials_after_country(words)
        if unplaced is not None:
            found.setdefault(unplaced, m)
        if len(initials) >= _SPOKEN_ACRONYM:
            found.setdefault(initials.capitalize(), m)
        if "&" in m.text.split():
            found.setdefault(_ampersand_initials(m.text), m)
        after = m.last
        if after + 2 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
            found.setdefault(tokens[after + 1].text, m)  # "(OSI)"
    return {
        acronym: m
        for acronym, m in found.items()
        if is_acronym(acronym) or _spoken_acronym(acronym)
    }


def _initials_after_country(words: list[str]) -> str | None:
    """A body's initials without the country its name opens with ("FDA", "FSA").

    News places a national body by its country when it names it in full
    ("the US Food and Drug Administration"), but its acronym spells its
    own name only ("the FDA"). Three letters at least: two are too often
    another body's or a thing's.
    """
    lexicon = load()
    for length in (3, 2, 1):
        if len(words) > length and lexicon.country(" ".join(words[:length])) is not None:
            initials = "".join(w[0] for w in words[length:] if w[:1].isupper())
            return initials if len(initials) >= _PLACED_ACRONYM else None
    return None


_PLACED_ACRONYM = 3


def _ampersand_initials(name: str) -> str:
    """A name's initials with its ampersand kept: "S&P" for "Standard & Poor's".

    Firms named after two partners are written with the ampersand between
    their initials, where the other small words are left out.
    """
    return "".join(
        "&" if word == "&" else word[0]
        for word in name.split()
        if word == "&" or (word.lower() not in SMALL_WORDS and word[:1].isupper())
    )


_SPOKEN_ACRONYM = 4
"""Initials long enough to be written as a word: "Sepa", "Opec" (three-letter "Bbc" is never)."""


def _spoken_acronym(text: str) -> bool:
    """Whether a word is initials written as a word: a capital, then lower-case letters."""
    return (
        _SPOKEN_ACRONYM <= len(text) <= _LONGEST_ACRONYM
        and text.isalpha()
        and text[0].isupper()
        and text[1:].islower()
    )


_LONGEST_ACRONYM = 6


def is_acronym(text: str) -> bool:
    """Whether a word is a body's initials ("CML", "BAA"): two to six capitals."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= _LONGEST_ACRONYM and all(c.isupper() for c in letters)
