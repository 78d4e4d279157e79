"""Places the model misreads as people or bodies, and seats named by place.

A name that stands where a place does ("in Kenya", "on Capitol Hill", "the
Galilee"), a city acting as the body seated in it, and a member's seat ("Derby North").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dateline.records import Token
from dateline.stages._gazetteer import is_city, lookup, wide_place
from dateline.stages._place_roles import ENVOYS, says_whose_deed
from dateline.stages._tree import Tree
from dateline.stages.actors.evidence import large_city_country
from dateline.stages.actors.lexicon import ActorLexicon, Organization
from dateline.stages.actors.mention import Mention, head_of
from dateline.stages.actors.mention_words import (
    DETERMINERS,
    after_the,
    business_word_after,
    tells_whose_reaction,
)

# A place after one of these is where something happened, not who did it.
# "to" is left out: "arms to China" names a recipient as often as "a visit
# to China" names a place, and the events stage needs recipients.
_LOCATIVES = frozenset(
    {"in", "at", "from", "into", "inside", "outside", "across", "throughout", "within"}
    | {"around", "near", "via", "through"}
)


def _seat_acting(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Organization | None:
    """The body a city stands for where it acts or is acted upon ("Brussels has warned").

    Only as a clause's subject or object, an owner ("Brussels's rules"), or
    the other side of a preposition of dealings ("a complaint against
    Brussels", "talks with Brussels"); "talks in Brussels", "flew to
    Brussels" and "the Brussels summit" name the city.
    """
    name = lexicon.seats.get(m.text)
    if name is None or is_located(tree, m.first):
        return None
    token = tree.tokens[m.last - 1]
    head = tree.tokens[token.head]
    # "Brussels' Coudenberg Palace" is a place in the city, not the EU's.
    owner = token.dep == "poss" and head.pos != "PROPN"
    acting = (
        token.dep in _CLAUSE_PARTS
        or owner
        or (token.dep == "pobj" and head.text.lower() in _DEALINGS)
    )
    return lexicon.organization(name) if acting else None


_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj"})


_DEALINGS = frozenset({"against", "with", "by", "on", "over"})


_MEMBERS = frozenset({"mp", "mps", "msp", "msps", "mep", "meps", "am", "member", "candidate"})
"""Who sits for a seat: "MP for Sedgefield" names the seat, not a person."""


def compass_seat(m: Mention) -> bool:
    """Whether a name is a town's with a point of the compass after it: "Derby North".

    So British news names a parliamentary seat (or a district of a town),
    which the model takes for a body or a person; it is a place.
    """
    *town, last = m.name_parts or ("",)
    return (
        m.kind == "name"
        and m.organization is None
        and m.label in ("ORG", "PERSON")
        and last in COMPASS_POINTS
        and bool(town)
        and is_city(" ".join(town))
    )


COMPASS_POINTS = frozenset({"North", "South", "East", "West", "Central"})


def member_for(m: Mention, seats: list[Mention], tree: Tree) -> Mention:
    """A person the seat before them owns is its member: "Derby North's Anna Pryor" (LEG)."""
    owned = (
        m.kind == "name"
        and m.label == "PERSON"
        and m.first >= 2
        and tree.tokens[m.first - 1].text in ("'s", "\u2019s")
    )
    if owned and any(seat.last == m.first - 1 for seat in seats):
        return replace(m, affiliation_sector=_LEGISLATURE)
    return m


_LEGISLATURE = "LEG"


def constituency(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a person or a body is the seat a member sits for.

    "the Labour MP for Sedgefield", "candidate for Bethnal Green", "the
    Tatton seat", "his seat of Erewash": a place.
    """
    if m.kind != "name" or m.organization is not None:
        return False  # "candidate for Labour", "a Labour seat": a party the lexicon knows
    tokens = tree.tokens
    member_for = (
        m.first >= 2
        and tokens[m.first - 1].text == "for"
        and tokens[m.first - 2].text.lower() in _MEMBERS
        and m.text not in lexicon.honorifics
    )
    return member_for or _called_a_seat(tree, m)


def _called_a_seat(tree: Tree, m: Mention) -> bool:
    """Whether the text calls a name a seat: "the Tatton seat", "the Aston ward", "seat of Erewash".

    British news names a seat or a ward after its town and a district
    ("Sheffield Hallam"), which the model takes for a body; the word for
    the seat, set before "of" or after the name, says what it is. Not a
    seat someone owns ("Mr Tatton's seat"): that is the member's; nor a
    country's ("the UK seat on the council"), which holds it.
    """
    if m.label not in ("ORG", "PERSON"):
        return False
    tokens = tree.tokens
    if tokens[m.last - 1].dep == "compound":
        word = tokens[_past_the_name(tree, m.last)]
        return word.text.islower() and word.lemma.lower() in _SEAT_WORDS
    return (
        m.first >= 2
        and tokens[m.first - 1].text == "of"
        and tokens[m.first - 2].text.islower()
        and tokens[m.first - 2].lemma.lower() in _SEAT_WORDS
    )


_SEAT_WORDS = frozenset({"seat", "constituency", "ward"})


def _past_the_name(tree: Tree, after: int) -> int:
    """The first word after a name that is not its own: "ward" in "the Ashby Vale ward".

    The model may end a name before its last proper noun ("Ashby" of "Ashby Vale").
    """
    tokens = tree.tokens
    while (
        after < len(tokens) - 1 and tokens[after].dep == "compound" and tokens[after].pos == "PROPN"
    ):
        after += 1
    return min(after, len(tokens) - 1)


@dataclass(frozen=True)
class DocumentNames:
    """What the whole document shows of its names, whatever the model says of each."""

    bodies: set[str]
    """Names the document calls a body somewhere ("oil unit Petrovia")."""
    addressed: set[str]
    """Names given an honorific or a title, and surnames of full names: people's."""
    placed: set[str]
    """Names of cities standing somewhere where a place does ("come to Norwich")."""


def as_a_seat(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention | None:
    """The mention as the body seated in the city it names, when that body acts."""
    seat = _seat_acting(m, tree, lexicon)
    if seat is None:
        return None
    return replace(m, label="ORG", organization=seat, country=seat.country)


def is_misread_place(
    m: Mention, label: str, tree: Tree, lexicon: ActorLexicon, names: DocumentNames
) -> bool:
    """Whether a name the model calls a person or a body is a place.

    A city is one wherever it stands, unless the document makes it a person
    ("Mr Preston", "Jane Preston"); a county, region or site ("Yorkshire",
    "Heathrow") only where the model calls it a person, as bodies are often
    named after their place ("Yorkshire Water", "Heathrow Airport"), nor
    the core of a firm's name the document gives ("Arcadia" after "Arcadia
    Systems"). A city the model calls a person is a place where it stands as one ("in
    Norwich"), and so everywhere in a document that places it so: "I want
    Norwich to be ..." is the same town.
    """
    if label == "GPE" or lexicon.organization(m.text) is not None:
        return False
    if label == "PERSON":
        if (
            m.text in names.addressed
            or m.text in lexicon.nations
            or m.text in lexicon.first_names  # "Victoria", named alone as family often are
        ):
            return False
        if len(m.name_parts) != 1:
            # "air strikes in Rafah and Khan Younis", "outside Khan Younis"
            return m.text in names.placed or _city_placed(tree, m)
        # A county or region is left as the model has it: the events stage
        # reads a tour of them ("visits Dorset and Cornwall") as meeting no one
        # only when they are actors.
        if is_city(m.text) and m.text in names.placed:
            return True
        place = is_city(m.text) or wide_place(m.text) == "site"
        return (place and _placed(tree, m.last - 1, lexicon)) or region_with_the(
            tree, m.first, lexicon
        )
    # "Arcadia" after "Arcadia Systems": the firm's short name, not the town.
    return m.text not in names.bodies - names.placed and (
        (is_city(m.text) and not _small_towns_name_for_a_firm(tree, m, lexicon))
        or _city_placed(tree, m)
        or _site_stood_at(tree, m)
    )


_STANDING_AT = frozenset({"on", "at", "in", "inside", "outside", "near"})


def _site_stood_at(tree: Tree, m: Mention) -> bool:
    """Whether a site no body is named for stands as a place: "lawmakers on Capitol Hill"."""
    before = _word_before(tree, m.first)
    return (
        before is not None and before.text.lower() in _STANDING_AT and wide_place(m.text) == "site"
    )


def _small_towns_name_for_a_firm(tree: Tree, m: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a name the model calls a body, that a small town shares, is a firm's.

    "the Tata group", "the Sterling group": the gazetteer knows a Tata in
    Hungary, but a business word after the name makes it a firm. Not a large
    city's name ("the Leeds group" may be the city's), nor a wide place's.
    """
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    return (
        m.label == "ORG"
        and large_city_country(m.text) is None
        and wide_place(m.text) is None
        and business_word_after(tree, m, lexicon)
        and tokens[tokens[head].head].lemma.lower() not in _PARTS_OF_A_FIRM
    )


_PARTS_OF_A_FIRM = frozenset({"subsidiary", "unit", "arm", "division", "affiliate", "branch"})
"""Business words for a part of a firm: "the Delta subsidiary" is another firm, Delta's."""


def region_with_the(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    """Whether a one-word name stands as a region does: "in the Galilee", "across the Sahel".

    No one is "in the" a person; the gazetteer may lack the region. But one
    holds "shares in" or "a stake in" a firm: a preposition that hangs from
    a word only a business owns names a body.
    """
    tokens = tree.tokens
    if not (
        first > 1
        and tokens[first].dep != "compound"  # "in the Attlee government": a person's name
        and after_the(tree, first)
        and tokens[first - 2].text.lower() in _WHERE_PREPOSITIONS
    ):
        return False
    held_by = tokens[first - 2].head  # "shares in the X", or "sold his shares in the X"
    holdings = (held_by, *(c for c in tree.children[held_by] if tokens[c].dep == "dobj"))
    return not any(tokens[h].lemma.lower() in lexicon.business_words for h in holdings)


_WHERE_PREPOSITIONS = frozenset({"in", "across", "near", "throughout", "into", "inside"})


def _city_placed(tree: Tree, m: Mention) -> bool:
    """Whether a longer name the model calls a body is a city where it stands as one.

    "the northern edge of El Fasher", "outside Khan Younis": a city's name
    of two words or more, after a preposition, names no firm. Cities of some
    size only: small places share their names with firms and families.
    """
    return (
        " " in m.text
        and any(entry.kind == "city" and entry.population >= _CITY_SIZE for entry in lookup(m.text))
        and _after_a_preposition(tree, m.first)
    )


_CITY_SIZE = 100_000


def _after_a_preposition(tree: Tree, first: int) -> bool:
    """Whether a name stands right after a preposition, "the" aside ("over the Danube")."""
    before = _word_before(tree, first)
    return before is not None and before.pos == "ADP"


def _word_before(tree: Tree, first: int) -> Token | None:
    """The word right before a name, "the" aside: "on" in "on the Hill"."""
    first -= first > 1 and tree.tokens[first - 1].text.lower() == "the"
    return tree.tokens[first - 1] if first > 0 else None


def _placed(tree: Tree, token: int, lexicon: ActorLexicon) -> bool:
    """Whether a name stands where a place does.

    After a preposition ("in Hatfield"), visited ("visits Torbay"), in a
    list of such places ("at Heathrow, Gatwick and Luton"), or naming a
    thing of the place ("the Aston ward", "the Hatfield rail crash").
    """
    tokens = tree.tokens
    word = tokens[token]
    if word.dep == "compound" and tokens[word.head].pos == "NOUN":
        return not lexicon.people_sector(tokens[word.head].text.lower())[0]  # not "Roma people"
    while True:
        if _after_a_preposition(tree, token) or _visited(tree, token):
            return True
        if tokens[token].dep != "conj" or tokens[token].head == token:
            return False
        token = tokens[token].head


_VISITS = frozenset({"visit", "tour", "reach", "leave", "arrive"})


def _visited(tree: Tree, token: int) -> bool:
    """Whether a word is a place visited: "visits Manchester, Liverpool and Torbay"."""
    word = tree.tokens[tree.first_conjunct(token)]
    return word.dep == "dobj" and tree.tokens[word.head].lemma.lower() in _VISITS


def is_located(tree: Tree, first: int) -> bool:
    """Whether a name stands where a place does: "in Kenya", "in neighbouring Kenya".

    Words in lower case that describe the place ("neighbouring",
    "war-torn", "oil-rich") stand between it and its preposition; so does
    the place before it in a list ("stops in Japan and Vietnam"), but not
    after "from", which as often names whom one leaves or comes from
    ("withdrawn from Uzbekistan and Belarus", "envoys from China and India").
    """
    listed = _first_of_its_list(tree, first)
    if listed != first and listed > 0 and tree.tokens[listed - 1].text.lower() != "from":
        first = listed
    j = first - 1
    described = set(range(first, first + _LONGEST_PLACE))
    while j >= 0 and (
        tree.tokens[j].text.lower() in DETERMINERS
        or (
            tree.tokens[j].head in described
            and tree.tokens[j].dep in _PLACE_DESCRIBERS
            and not tree.tokens[j].text[:1].isupper()
        )
    ):
        described.add(j)
        j -= 1
    return (
        j >= 0
        and (
            (
                tree.tokens[j].text.lower() in _LOCATIVES
                and not _aimed_at(tree, j)
                and not _envoy_from(tree, j)
                and not tells_whose_reaction(tree, j, _FROM)
                and not says_whose_deed(tree, j)
            )
            or _destination(tree, j)
        )
    ) or _address_of_a_place(tree, first)


def _address_of_a_place(tree: Tree, first: int) -> bool:
    """Whether a name tells where a place named before it is: "from Croydon, south London".

    A city or country set beside a place the sentence locates, as an
    address is written ("in Westminster Hall, London"), is where that place
    is, as the place is; set beside anything else ("In Washington, Britain's
    envoy said") it keeps its own part in the clause.
    """
    tokens = tree.tokens
    head = tree.compound_head(first)  # "York" of "New York"
    anchor = tokens[head].head
    if tokens[head].dep != "appos" or anchor >= first or tokens[anchor].pos != "PROPN":
        return False
    return is_located(tree, tree.compound_start(anchor))  # "Westminster" of "Westminster Hall"


def _first_of_its_list(tree: Tree, first: int) -> int:
    """Where the first item of the list a name ends starts: "Japan" for "Japan and Vietnam"."""
    tokens = tree.tokens
    head = tree.compound_head(first)  # "Vietnam" of "South Vietnam"
    if tokens[head].dep != "conj":
        return first
    return tree.compound_start(tree.first_conjunct(head))


def _destination(tree: Tree, preposition: int) -> bool:
    """Whether a "to" tells where someone goes: "refused entry to the UK", "flew to Paris".

    A journey's end is a place, not the country acting or acted upon
    ("appealed to Britain", "a letter to France" keep theirs). A visit, a
    trip or travel to a country stays the country's: the events stage reads
    it as the side the visitor consults.
    """
    word = tree.tokens[preposition]
    head = word.head
    # "flew back to Paris": the "to" hangs on "back", which hangs on the journey.
    if tree.tokens[head].text.lower() == "back":
        head = tree.tokens[head].head
    return word.text.lower() in ("to", "into") and tree.tokens[head].lemma.lower() in _JOURNEYS


_JOURNEYS = frozenset(
    {"return", "fly", "flight", "entry", "go", "come", "arrive", "move", "drive", "emigrate"}
    | {"flee"}
)
"""Words whose "to" names where a journey ends: "unable to return to the UK"."""


_LONGEST_PLACE = 3
"""How many words a place's name may run to, whose last word its describers hang on."""


_PLACE_DESCRIBERS = frozenset({"amod", "compound", "npadvmod", "nmod", "punct"})
"""How the words describing a place hang on it: "neighbouring Kenya", "war-torn Somalia"."""


_FROM = frozenset({"from"})
"""The preposition after a reaction that names whose it is and not where: "objections from X"."""


def _envoy_from(tree: Tree, preposition: int) -> bool:
    """Whether a "from" tells where someone's envoy was sent: "recalled its ambassador from Oslo".

    The country is the other side of the envoy's mission, an actor, not
    where something happened. An envoy no one owns ("officials from Kenya")
    is that country's, and the country a mention of the envoy's own.
    """
    word = tree.tokens[preposition]
    envoy = word.head
    return (
        word.text.lower() == "from"
        and tree.tokens[envoy].lemma.lower() in ENVOYS
        and any(tree.tokens[c].dep == "poss" for c in tree.children[envoy])
    )


_AIMING = frozenset({"fire", "launch", "aim", "direct", "shoot", "hurl", "throw", "lob", "point"})
"""Verbs whose "at" names a target, not a place: "launched 120 drones at Ukraine"."""


_FIRING_INTO = frozenset({"fire", "launch", "shoot", "lob"})
"""Verbs whose "into" names a target too: "fired rockets into Israel" is fired at Israel."""


def _aimed_at(tree: Tree, preposition: int) -> bool:
    """Whether a preposition is the "at" (or "into") of something fired at its object."""
    word = tree.tokens[preposition]
    verb = tree.tokens[word.head].lemma.lower()
    text = word.text.lower()
    return (text == "at" and verb in _AIMING) or (text == "into" and verb in _FIRING_INTO)
