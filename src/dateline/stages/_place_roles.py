"""Whether a place name stands for a location, or for a government or people acting.

A name is a location after a preposition of place ("talks in Munich", "flew
to Iraq", "strikes on Palmyra", "talked about Afghanistan"), beside another
place ("Munich, Germany"; "Manchester, Liverpool and Torbay"), as the name
of a kind of place ("the Kenyan capital Nairobi") or, for regions and sites
(LOC, FAC), in any role but the one that acts. A country or capital that
acts or speaks ("Washington said", "Iraq's request") is an actor.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.records import Entity, Token
from dateline.stages._cue_words import nouns_of
from dateline.stages._gazetteer import lookup
from dateline.stages._people_words import people_nouns
from dateline.stages._spans import clean_name, country_code
from dateline.stages._tree import Tree

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_DEPTH = 8
_LOCATIVE = frozenset(
    {"in", "at", "near", "from", "into", "across", "throughout", "inside", "outside", "within",
     "around", "towards", "toward", "via", "through", "on", "off", "along", "between", "among",
     "beyond", "onto", "to", "over", "under", "about", "round", "opposite"}
)  # fmt: skip
# "round" as British news writes "around" ("travelling round Japan"); what
# stands "opposite" a place is beside it ("a billboard opposite Westminster").
# "to" is a place only after going somewhere: "flew to Iraq", not "sold arms to China".
_MOTION = frozenset(
    {"go", "travel", "fly", "return", "move", "head", "come", "deploy", "send", "bring", "take",
     "visit", "trip", "journey", "flight", "mission", "way", "road", "route", "arrive", "flee",
     "deport", "transfer", "extradite", "sail", "drive", "march", "walk", "evacuate", "leave",
     "export", "import", "shipment", "reach", "enter", "tour", "entry", "back", "on", "spread",
     "rotate", "alternate", "shuttle", "commute", "immigration", "migration", "emigration",
     "line", "link", "railway", "pipeline", "bridge", "tunnel", "motorway", "ferry", "service"}
)  # fmt: skip
# Those who migrate go somewhere ("immigration to the UK"), and a railway, a
# pipeline or a ferry service runs somewhere ("the line between Edinburgh and
# Tweedbank", "services to Carlisle").
# What spreads goes somewhere ("riots spread to Leeds"), and what rotates or
# shuttles "between" towns moves among them.
# "back" and "on" stand for their verb when "to" hangs on them: "come back to
# Blackpool", "ran through the Borders and on to Carlisle".
# Goods carried "to" a place put it there ("supplies to Ukraine"), but the one
# supplied is a recipient ("supply India with gas").
_CARRY = frozenset({"supply", "delivery", "deliver", "ship"})
# "countries such as Japan", "cities like Basra", "states including Ohio": the
# names a kind of place is exemplified by are places.
_EXAMPLES = frozenset({"as", "like", "including"})
_PLACE_KINDS = frozenset(
    {"country", "nation", "state", "city", "town", "region", "place", "destination", "capital",
     "venue"}
)  # fmt: skip

# The kinds of place "of" names one of: "the state of Ohio", "the country of Bhutan",
# "the port of Hodeidah", "the breakaway region of Abkhazia" (a "place" or
# "destination" of a name is rather its role: "Britain's place in Europe").
_NAMED_KINDS = (_PLACE_KINDS - {"place", "destination"}) | {
    "port", "village", "province", "district", "island", "enclave", "territory"
}  # fmt: skip

PLACE_NOUNS = frozenset(
    {"war", "conflict", "invasion", "trip", "visit", "tour", "crisis", "camp", "station", "airport",
     "border", "resort", "city", "town", "village", "province", "region", "capital", "island",
     "port", "base", "prison", "embassy", "consulate", "hospital", "streets", "street", "district",
     "area", "coast", "meeting", "summit", "bomb", "bombing", "attack", "crash", "plant",
     "factory", "ward", "hospice", "hotel", "seat", "constituency", "conference", "headquarters",
     "hq", "disaster", "riot", "massacre", "siege", "blast", "explosion", "earthquake", "flood",
     "market", "site", "stronghold", "heartland", "oilfield", "dam", "mine", "shipyard",
     "refinery", "works", "terminal"}
)  # fmt: skip
# A seat or constituency is a place ("the Derbyshire seat of Erewash"), and so
# is the city a conference is held in ("a London news conference"), a body's
# seat ("its Durham headquarters", "the party's Leeds HQ") and the place a
# disaster is named after ("the Hillsborough disaster", "the Brixton riots");
# a market is where goods are sold ("access to the US market"); a site, a
# dam or a mine is where it stands ("the Dingolfing site"), and a party's
# stronghold is a seat ("the Labour stronghold of Normanton").
# Land named after the place it lies in: "the Tatton seat", "the Aston ward".
_GROUNDS = frozenset(
    {"seat", "constituency", "ward", "site", "dam", "mine", "oilfield", "plant", "factory",
     "works", "camp", "base", "prison", "airport", "station", "port", "island", "village", "town",
     "district", "province", "stronghold", "heartland", "resort", "estate", "shipyard"}
)  # fmt: skip
# The last word of the name of a site the gazetteer may lack (with SITE_WORDS).
_SITE_KINDS = frozenset(
    {"line", "road", "street", "bridge", "tunnel", "square", "canal", "river", "bay", "motorway"}
)
# Buildings where meetings, lectures, hearings and rallies are held, and hospitals, where
# what is done ("died in Bristol Royal Infirmary") is done there; the halls of a
# market ("a launch at Borough Market") and towers ("the archives in the Jewel Tower").
_VENUE_WORDS = frozenset(
    {"school", "college", "university", "institute", "institution", "centre", "center", "hall",
     "stadium", "theatre", "theater", "museum", "cathedral", "church", "abbey", "chapel", "temple",
     "mosque", "synagogue", "hotel", "palace", "castle", "arena", "gardens", "library", "gallery",
     "hospital", "infirmary", "market", "tower"}
)  # fmt: skip
# Words that make a market an economy or an exchange, not a market hall: "the Single
# Market", "the Common Market", "the Alternative Investment Market".
_ECONOMIES = frozenset({"single", "common", "internal", "investment", "stock", "free"})
# Those written before "of": "the London School of Economics", "the Palace of Westminster";
# a centre or an institute "for" or "of" something is a body ("the Institute of Directors").
_VENUES_OF = frozenset(
    {"school", "college", "university", "museum", "palace", "cathedral", "church", "abbey",
     "chapel", "castle", "hall"}
)  # fmt: skip
_AT_VENUE = frozenset({"at", "in", "outside", "inside"})
# Where one is taught is a body one belongs to, not where something happens:
# "educated at Eton", "studied at Leeds University".
_STUDIES = frozenset({"educate", "study", "school"})
_SHOWS = frozenset({"programme", "program", "show"})
# The words that name a body's kind: "Party", "Council", "Institute".
_ORG_WORDS = frozenset(row["word"] for row in lexicons.table("org_words.tsv"))
# Those who belong to a body rather than visit a building: "an economist at", "pupils at".
_MEMBERS = people_nouns()
# Areas elected for, and works, named after where they are (see misread_ground).
_ELECTORAL = frozenset({"ward", "constituency"})
_WORKS = frozenset({"plant", "factory", "oilfield", "mine", "site", "refinery", "dam", "terminal"})
# A person's name before a plant or a yard is often its founder's ("the Swan Hunter
# shipyard"); before a field, a mine or a dam, seldom.
_FIELDS = frozenset({"oilfield", "mine", "dam"})
# The last word of a site's name: "Barlinnie Prison", "Longbridge plant".
SITE_WORDS = frozenset(
    {"prison", "jail", "airport", "plant", "factory", "base", "camp", "station", "hospital",
     "barracks", "port", "works", "refinery", "mine", "terminal", "stadium", "infirmary"}
)  # fmt: skip
# What is done to a land, not by its government: "rebuild Europe", "secure Iraq".
_SHAPING = frozenset(
    {"rebuild", "reconstruct", "secure", "defend", "protect", "stabilise", "stabilize", "occupy",
     "invade", "liberate", "regenerate", "redevelop"}
)  # fmt: skip
# What a law, a service or a network extends over: "the act will cover England
# and Wales", "an embassy covering Maseru and Mbabane".
_SPANNING = frozenset({"cover", "span", "straddle"})
# What a rule relates or extends "to" is the land it holds in: "guidance relating
# to England and Wales", "the ban will be extended to Wales"; but what is extended
# to someone is given them ("extended the offer to China"), and one applies to a body.
_HOLDING_IN = frozenset({"relate", "extend"})
# What is kept "to" a place is there: "piracy is not limited to China".
_CONFINED = frozenset({"limit", "confine", "restrict"})
# What lies around a place: "the country surrounded by South Africa".
_ENCLOSING = frozenset({"surround", "border", "encircle", "flank", "ring"})
# Sites a country runs abroad as often as at home: "the US base", "the British embassy".
_OWNED_SITES = frozenset({"camp", "base", "embassy", "consulate"})
# Where one lives or a body works or sells, named by the place before it: "his
# Devon home", "the firm's Chicago office", "its Ohio stores". Only in lower
# case: "the Scotland Office" is a body named after a place.
_PREMISES = frozenset(
    {"home", "house", "residence", "office", "store", "shop", "branch", "refinery", "farm"}
)
# "villages close to Bouira", "next to Heathrow": where something is; not what
# one "is close to" ("firms too close to Israel").
_NEAR = frozenset({"close", "closer", "near", "nearer", "next", "adjacent"})
# Parts of a place, "of" which the place is named (written as news writes them: "banks",
# not "bank", which is also a body: "the Bank of England").
_PARTS = frozenset(
    {"outskirts", "environs", "suburbs", "heart", "edge", "centre", "center", "middle", "banks",
     "shores", "vicinity", "surroundings", "fringes", "parts", "out", "outside", "reaches",
     "waters", "corners"}
)  # fmt: skip
# The words that end the name of a division of a country: "Aceh province", "Edo state".
DIVISIONS = frozenset({"province", "county", "district", "region", "governorate", "oblast"})
# "to" stays a place only after going somewhere: "hostility to Europe" is to its people.
_ROLE_PREPOSITIONS = frozenset({"by", "than", "like", "unlike", "as", "to"})
_FRONTIERS = frozenset({"border", "frontier", "boundary"})
_LAWS = frozenset(
    {"bill", "act", "law", "legislation", "statute", "regulation", "rule", "framework",
     "proposal", "guideline", "guidance"}
)  # fmt: skip
"""What is written "for" the land it covers ("laws for Scotland", "a planning framework for
England", "sentencing proposals for England and Wales"), as a law "covers" it."""
_LAND_KINDS = frozenset({"rural", "urban", "suburban", "coastal", "upland", "lowland", "inland"})
"""Adjectives for a kind of land, that make a name the land itself: "across rural England"."""
_LAND_NOUNS = lexicons.word_set("land_nouns.txt")
"""Words for land or water a place's name is put before: "the south Wales valleys"."""
_ONE_PERSON = lexicons.word_set("one_person_nouns.txt")
"""Person words of no office, before which a town says where one is from: "a London teacher"."""
HONORIFICS = frozenset(row["word"] for row in lexicons.table("honorifics.tsv"))
"""Words a person's name starts with ("Mr", "Lord", "Sir"): no place's."""
_AT_PLACE = frozenset({"in", "at"})
"""Prepositions after which a place may run into a speaker's name: "Speaking in Leeds Mr X"."""
_TOWNS_AND_SHIRES = frozenset({"city", "admin"})
"""Kinds of place a person may be from, as opposed to a country (a nationality) or a site."""
# Those who come "from" a country to speak for its government.
ENVOYS = frozenset(
    {"representative", "delegate", "delegation", "envoy", "official", "minister", "diplomat",
     "negotiator", "ambassador", "leader"}
)  # fmt: skip
# "citizens of Norway", "the people of Iraq": where they live.
_DWELLERS = frozenset({"citizen", "national", "resident", "inhabitant", "native", "people"})
PART_NAMES = frozenset({"North", "South", "East", "West", "Central"})
"""Words after a town's name that name a part of it, as constituencies do ("Leeds Central")."""


def town_of_part(name: str) -> str:
    """A seat's town, without the words that name its part: "Leeds North West" is in Leeds."""
    words = name.split()
    while len(words) > 1 and words[-1] in PART_NAMES:
        words.pop()
    return " ".join(words)


DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "north-east", "north-west", "south-east", "south-west", "central"}
)  # fmt: skip


def is_location(tree: Tree, entity: Entity, entities: list[Entity], _depth: int = 0) -> bool:
    """Whether a place name stands for a location, not for a government or people acting.

    A name read as the place beside it is (``_depth`` counts how far; a
    parse that hangs two names on each other stops there).
    """
    head = _head(tree, entity)
    token = tree.tokens[head]
    if token.dep in ("pobj", "pcomp"):
        return (
            _after_place_preposition(tree, token.head)
            or _named_a_place(tree, entity, token.head)
            or _land_of_a_kind(tree, head)  # "the face of rural England"
        )
    parent = tree.tokens[token.head].lemma.lower()
    if token.dep == "appos" and (parent in _PLACE_KINDS or parent in PLACE_NOUNS):
        return True  # the name of a kind of place: "the Kenyan capital Nairobi", "the town, Ely"
    if token.dep in ("appos", "conj") and token.head != head:
        # "Munich, Germany"; "Manchester, Liverpool and Torbay": as the place it follows.
        other = next(
            (e for e in entities if e.token_start <= token.head < e.token_end and e is not entity),
            None,
        )
        if other is not None:
            return _depth < _MAX_DEPTH and is_location(tree, other, entities, _depth + 1)
    previous = _place_before_comma(tree, entity, entities)
    if previous is not None and token.dep in ("appos", "conj"):
        # "of Headingley, Leeds", "in England and Wales", where the model hung
        # the second name elsewhere.
        return _depth < _MAX_DEPTH and is_location(tree, previous, entities, _depth + 1)
    following = _place_after_comma(tree, entity, entities)
    if following is not None and locative(tree, following):
        # "in Melbourne, Australia", where the model made "Australia" the object of "in".
        return True
    return (
        (token.dep == "dobj" and parent in _MOTION)  # "visited Damascus", "left Britain"
        or (token.dep == "dobj" and parent in _SPANNING)  # "the law will cover Wales"
        or (token.dep == "compound" and tree.tokens[token.head].text.lower() in _LAND_NOUNS)
        or _land_of_a_kind(tree, head)  # "rural Wales is poorer"
        or _home_of(tree, entity, token)  # "the Birmingham woman", "a London teacher"
        or _before_name_after_preposition(tree, entity, token)  # "Speaking in Leeds Mr X said"
        or _shaped(tree, head)  # "to rebuild Europe", "how Britain could be defended"
        # "the Iraq war", "London's Paddington Green police station"
        or (
            token.dep in ("compound", "poss", "nmod")
            and parent in PLACE_NOUNS
            and not _owner(tree, head)
        )
        # "Gateshead's Sage Centre", but not "Leeds University", a body's name
        or (token.dep == "poss" and parent in _VENUE_WORDS)
        or (_premises(tree, token.head) and token.dep == "compound" and not _owner(tree, head))
        or _placed_in(tree, entity, head)  # "Dallas in the US"
        or _route_start(tree, entity, entities)  # "the London to Leeds express"
        or _said_to_be_a_place(tree, head)  # "The Bahamas are among the areas affected"
        or (entity.label in ("LOC", "FAC") and token.dep not in ("nsubj", "csubj", "poss"))
        or _lower_case_region(tree, entity, token)  # "the south west is poorer"
    )


def _lower_case_region(tree: Tree, entity: Entity, token: Token) -> bool:
    """Whether a region written in lower case stands in any role but an owner's.

    "the north east", "the south west": a region so written is ground, not
    a government that acts, even as the subject ("the south west is
    poorer") or where the parse makes it one ("- notably the north west -").
    """
    return (
        entity.label == "LOC"
        and tree.text[entity.start : entity.end].islower()
        and token.dep != "poss"
    )


def _land_of_a_kind(tree: Tree, head: int) -> bool:
    """Whether a name is qualified as a kind of land: "rural England", "coastal Wales".

    What the adjective picks out is ground, not the government or the
    people ("middle England", a kind of voter, is not such a word).
    """
    return any(
        tree.tokens[c].dep == "amod" and tree.tokens[c].lemma.lower() in _LAND_KINDS
        for c in tree.children[head]
    )


def _home_of(tree: Tree, entity: Entity, token: Token) -> bool:
    """Whether a town, region or country is written before a person as where they are from.

    "the Birmingham woman", "a London teacher", "Brighton nurse Marion
    Brown": a person word of no office names where its holder lives; an
    office's place is its seat ("London Mayor", "Salford MP"), a site
    before a person is an institution ("Downing Street aide") and a country
    a nationality ("UK residents", "UK officers").
    """
    if token.dep != "compound" or tree.tokens[token.head].lemma.lower() not in _ONE_PERSON:
        return False
    name = clean_name(tree.text[entity.start : entity.end])
    return any(e.kind in _TOWNS_AND_SHIRES for e in lookup(name))


def _before_name_after_preposition(tree: Tree, entity: Entity, token: Token) -> bool:
    """Whether a place after a preposition of place runs into a person's name with no comma.

    "Speaking in Harrogate Mr Kennedy said ...": the parse hangs the place
    on the name as if it were part of it.
    """
    if token.dep != "compound" or entity.token_start == 0:
        return False
    before = tree.tokens[entity.token_start - 1]
    after = tree.tokens[entity.token_end] if entity.token_end < len(tree) else None
    return (
        before.text.lower() in _AT_PLACE
        and after is not None
        and (after.ent_type == "PERSON" or after.text in HONORIFICS)
        and before.dep == "prep"
    )


def _named_a_place(tree: Tree, entity: Entity, preposition: int) -> bool:
    """Whether a name after a preposition says it is a place, and the preposition allows it.

    A known region or site, or a name that ends in a kind of place ("Aceh
    province", "Edinburgh Airport"): such a name is a location after
    most prepositions ("plans for Edinburgh Airport", "the rebuilding of Aceh
    province", "out of the South East"), but not for one who does something
    "by" it, is compared "than" or "like" it, or is turned "to" it.
    """
    after = entity.token_end
    if tree.tokens[preposition].text.lower() in _ROLE_PREPOSITIONS or (
        after < len(tree) and tree.tokens[after].text[:1].isupper()
    ):
        return False  # nor when it starts a longer name: "for North East Says No"
    last = tree.tokens[entity.token_end - 1]
    if (
        entity.token_end - entity.token_start > 1
        and last.lemma.lower() in _PLACE_KINDS | DIVISIONS | SITE_WORDS
        and lookup(clean_name(tree.text[entity.start : last.start]))
    ):
        return True  # a known name and its kind: not a firm's "Circuit City"
    # The model's regions and sites, when the gazetteer knows them: not "the Royal Prerogative".
    return entity.label in ("LOC", "FAC") and bool(
        lookup(clean_name(tree.text[entity.start : entity.end]))
    )


def _shaped(tree: Tree, head: int) -> bool:
    """Whether a name is the land that is built, secured or defended, or made into something.

    "to rebuild Europe", "securing Iraq", "how Britain could be defended",
    "turning Britain into a dumpsite", "to make Europe more competitive":
    what is done to the land, not by its government.
    """
    token = tree.tokens[head]
    verb = tree.tokens[token.head]
    lemma = verb.lemma.lower()
    if token.dep in ("dobj", "nsubjpass") and lemma in _SHAPING:
        return True
    if token.dep == "dobj" and lemma in ("turn", "transform", "convert"):
        return any(tree.tokens[c].text.lower() == "into" for c in tree.children[token.head])
    return (
        token.dep == "nsubj"
        and verb.pos == "ADJ"
        and verb.dep in ("ccomp", "xcomp")
        and tree.tokens[verb.head].lemma.lower() == "make"
    )


def _premises(tree: Tree, noun: int) -> bool:
    """Whether a word is a common noun for premises: "home" in "his Devon home"."""
    token = tree.tokens[noun]
    return token.text.islower() and token.lemma.lower() in _PREMISES


def _owner(tree: Tree, head: int) -> bool:
    """Whether a country names who runs a site placed elsewhere: "the US camp in Cuba".

    Without another place for it, the country is where the site is: "the Cuba
    detention camp".
    """
    token = tree.tokens[head]
    site = token.head
    owned = _OWNED_SITES | _PREMISES  # "the US office in Paris"
    if tree.tokens[site].lemma.lower() not in owned or country_code(token.text) is None:
        return False
    return any(
        tree.tokens[p].dep == "prep"
        and tree.tokens[p].text.lower() in ("in", "at")
        and any(tree.tokens[o].ent_type in PLACE_LABELS for o in tree.children[p])
        for p in tree.children[site]
    )


def _route_start(tree: Tree, entity: Entity, entities: list[Entity]) -> bool:
    """Whether a name starts a route to another place: "the London to Leeds express"."""
    after = entity.token_end
    return (
        after + 1 < len(tree)
        and tree.tokens[after].text == "to"
        and any(e.token_start == after + 1 for e in entities)
    )


def _said_to_be_a_place(tree: Tree, head: int) -> bool:
    """Whether a name is the subject of "be" with a kind of place as its complement, or the reverse.

    "Malta is a small island", "The Bahamas are among the areas affected";
    "The seats it targets are: Bristol West, ...", "The venue is Cardiff".
    """
    token = tree.tokens[head]
    verb = token.head
    if token.dep == "attr" and tree.tokens[verb].lemma == "be":
        return any(
            tree.tokens[c].dep == "nsubj"
            and tree.tokens[c].lemma.lower() in _PLACE_KINDS | _GROUNDS
            for c in tree.children[verb]
        )
    if token.dep != "nsubj" or tree.tokens[verb].lemma != "be":
        return False
    for child in tree.children[verb]:
        complement = tree.tokens[child]
        if complement.dep == "prep":
            nouns = [tree.tokens[c] for c in tree.children[child] if tree.tokens[c].dep == "pobj"]
        elif complement.dep == "attr":
            nouns = [complement]
        else:
            continue
        if any(n.lemma.lower() in _PLACE_KINDS or n.lemma.lower() in PLACE_NOUNS for n in nouns):
            return True
    return False


def _place_before_comma(tree: Tree, entity: Entity, entities: list[Entity]) -> Entity | None:
    """The place name just before a comma, "and" or "or" that comes just before ``entity``."""
    comma = entity.token_start - 1
    if comma < 1 or tree.tokens[comma].text not in (",", "and", "or"):
        return None
    return next((e for e in entities if e.token_end == comma), None)


def _place_after_comma(tree: Tree, entity: Entity, entities: list[Entity]) -> Entity | None:
    """The country or wider place named just after ``entity`` and a comma, if any."""
    comma = entity.token_end
    if comma + 1 >= len(tree) or tree.tokens[comma].text != ",":
        return None
    return next(
        (
            e
            for e in entities
            if e.token_start == comma + 1
            and any(p.kind != "city" for p in lookup(clean_name(tree.text[e.start : e.end])))
        ),
        None,
    )


def _after_place_preposition(tree: Tree, preposition: int) -> bool:
    word = tree.tokens[preposition].text.lower()
    governor = tree.tokens[tree.tokens[preposition].head].lemma.lower()
    if word == "to":
        return (
            governor in _MOTION
            or governor in _CARRY
            or (governor in _NEAR and tree.tokens[tree.tokens[preposition].head].dep != "acomp")
            or governor in _CONFINED
            or (governor in _HOLDING_IN and not _has_object(tree, tree.tokens[preposition].head))
            or _route(tree, preposition)
        )
    if word == "of":
        # "the resort of Phuket"; "Leslie Gray, 43, of Tuxford" or "Tony Hart, of
        # Burnley,": where someone lives; "the far east of Russia"; "the outskirts
        # of Oxford".
        return (
            governor in PLACE_NOUNS
            or _kind_named(tree, preposition)  # "the swing state of Ohio"
            or governor in DIRECTIONS
            or governor in _DWELLERS
            or tree.tokens[tree.tokens[preposition].head].text.lower() in _PARTS
            or _is_aged(tree, tree.tokens[preposition].head)
            or _of_home(tree, preposition)
        )
    if word == "between":
        # "the border between", "flights between" are places; "a deal between" has parties.
        return governor in PLACE_NOUNS or governor in _MOTION or governor in _CARRY
    if word in _EXAMPLES:
        holder = tree.tokens[preposition].head
        if tree.tokens[holder].lemma.lower() == "such":  # "such" hangs on the kind
            holder = tree.tokens[holder].head
        # "fishing ports like Peterhead", "markets such as China": any kind of place
        return tree.tokens[holder].lemma.lower() in _PLACE_KINDS | PLACE_NOUNS
    if (
        (word == "from" and governor in ENVOYS)
        or (word == "at" and governor in _STUDIES)
        or says_whose_deed(tree, preposition)
    ):
        # "envoys from China": the government they speak for, an actor;
        # "educated at Eton": the school, a body one belongs to; "an apology
        # from Peru": who made it.
        return False
    return (
        word in _LOCATIVE
        or (word == "for" and governor in _LAWS)  # "the bill for Wales": the land it covers
        or (word == "with" and governor in _FRONTIERS)  # "the border with Morocco"
        or (word == "by" and governor in _ENCLOSING)  # "surrounded by", not "backed by the UK"
    )


_GIVEN_FROM = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST",
)  # fmt: skip
"""Types whose deeds one gives or says to another: "from" names the doer, not a place.

Not force, withdrawals, arrests or expulsions, whose "from" is where from:
"rockets from Gaza", "the withdrawal from Iraq", "deportation from Britain".
"""


def says_whose_deed(tree: Tree, preposition: int) -> bool:
    """Whether a "from" names who did what its noun tells: "an apology from Peru", "aid from Japan".

    A deed one side says or gives to another (an event noun of the cue
    lexicon) is done by whoever it comes from, an actor, not a place.
    """
    token = tree.tokens[preposition]
    owner = tree.tokens[token.head]
    return (
        token.text.lower() == "from"
        and owner.pos == "NOUN"
        and owner.lemma.lower() in nouns_of(*_GIVEN_FROM)
    )


def _has_object(tree: Tree, verb: int) -> bool:
    return any(tree.tokens[c].dep == "dobj" for c in tree.children[verb])


def named_by_kind(tree: Tree, token: int) -> bool:
    """Whether a name is one "of" names as a place of a kind: "the town of El Fasher".

    The model often calls such a name a body; what stands before it says
    it is a place, whatever the gazetteer knows of it.
    """
    word = tree.tokens[tree.compound_head(token)]
    preposition = word.head
    return (
        word.dep == "pobj"
        and tree.tokens[preposition].text.lower() == "of"
        and _kind_named(tree, preposition)
    )


def _kind_named(tree: Tree, preposition: int) -> bool:
    """Whether "of" names one place of a kind: "the swing state of Ohio", "the country of Bhutan".

    Not members ("the member states of the EU"), nor a state a place is in
    ("the state of the UK economy"): a bare "state of" names a place only
    when the gazetteer knows the name as a state or province.
    """
    index = tree.tokens[preposition].head
    kind = tree.tokens[index]
    if kind.lemma.lower() not in _NAMED_KINDS or kind.text.lower() != kind.lemma.lower():
        return False
    if kind.lemma.lower() not in ("state", "nation"):
        return True
    modified = any(tree.tokens[c].dep in ("amod", "compound") for c in tree.children[index])
    named = [tree.tokens[c] for c in tree.children[preposition] if tree.tokens[c].dep == "pobj"]
    return modified or any(e.kind == "admin" for n in named for e in lookup(n.text))


def _route(tree: Tree, preposition: int) -> bool:
    """Whether a "to" ends a route or a movement its governor's object makes.

    "from Birmingham to London", "the London to Leeds express", "suspend gas
    exports to Chile" ("to" hangs on the verb, the exports move).
    """
    governor, start = tree.tokens[preposition].head, tree.tokens[preposition].start
    if governor == preposition:
        return False
    if tree.tokens[governor].ent_type in PLACE_LABELS:
        return True  # "London to Leeds"
    for child in (tree.tokens[c] for c in tree.children[governor]):
        if child.dep == "prep" and child.text.lower() == "from" and child.start < start:
            return True
        if child.dep == "dobj" and (child.lemma.lower() in _MOTION | _CARRY):
            return True
    return False


def _is_aged(tree: Tree, token: int) -> bool:
    """Whether a word is a name given an age: "Leslie Gray, 43," (then "of Tuxford" is home)."""
    return tree.tokens[token].pos == "PROPN" and any(
        tree.tokens[c].dep == "appos" and tree.tokens[c].text.isdigit()
        and 0 < int(tree.tokens[c].text) < 120
        for c in tree.children[token]
    )  # fmt: skip


def _of_home(tree: Tree, preposition: int) -> bool:
    """Whether "of" follows a name and a comma: "Tony Hart, of Burnley," (his home).

    Or a firm's: "Contrack International, of Arlington, Virginia". The model
    hangs the "of" on the name; a title takes no comma first ("the Bishop of
    Durham").
    """
    name = tree.tokens[preposition].head
    return (
        preposition > 0
        and tree.tokens[preposition - 1].text == ","
        and tree.tokens[name].ent_type in ("PERSON", "ORG")
    )


def _placed_in(tree: Tree, entity: Entity, head: int) -> bool:
    """A city placed in its country: "Dallas in the US".

    The model may hang that "in" on the verb ("They include Dallas in the
    US"), so an "in" right after the name with a country as its object counts too.
    """
    if country_code(tree.text[entity.start : entity.end]) is not None:
        return False
    after = entity.token_end
    return any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "in"
        for c in tree.children[head]
    ) or (
        after < len(tree)
        and tree.tokens[after].text.lower() == "in"
        and any(
            tree.tokens[c].dep == "pobj" and country_code(tree.tokens[c].text) is not None
            for c in tree.children[after]
        )
    )


def locative(tree: Tree, entity: Entity) -> bool:
    """Whether a name follows a preposition of place ("in Erbil", "at Blackwater Ridge camp").

    Such a name is a place even when the gazetteer does not know it.
    """
    token = tree.tokens[_head(tree, entity)]
    if token.dep == "compound" and tree.tokens[token.head].lemma.lower() in PLACE_NOUNS:
        token = tree.tokens[token.head]
    return token.dep == "pobj" and (
        _after_place_preposition(tree, token.head) or _named_a_place(tree, entity, token.head)
    )


def names_ground(tree: Tree, entity: Entity) -> bool:
    """Whether a name is written before a word for a piece of land: "the Tatton seat".

    "won the Tatton seat", "the Dingolfing site will close", "the Xiluodu
    dam": the seat, site or dam is named after the place it stands in, so
    the name is one even where the gazetteer does not know it. Not before an
    event ("the Doha talks") nor a body's owner ("the US base", judged by
    :func:`is_location`).
    """
    token = tree.tokens[_head(tree, entity)]
    if token.dep == "conj":  # "the Yadavaran and Jufeyr oilfields"
        token = tree.tokens[token.head]
    return token.dep in ("compound", "nmod") and tree.tokens[token.head].lemma.lower() in _GROUNDS


def misread_ground(tree: Tree, entity: Entity) -> bool:
    """Whether a name the model took for a person or people names a works or a ward.

    "Rover's Longbridge plant", "the Yadavaran and Jufeyr oilfields", "the
    Bordesley Green ward": the model reads such names as people or bodies and
    the gazetteer lacks them, but a plant or a ward is named after where it
    is. A firm's plant is its owner's ("the Rover plant", which the model
    calls a body, or a founder's name: "the Swan Hunter shipyard"), and a
    politician's camp his supporters ("the Brown camp").
    """
    token = tree.tokens[_head(tree, entity)]
    if token.dep == "conj":
        token = tree.tokens[token.head]
    if token.dep not in ("compound", "nmod"):
        return False
    noun = tree.tokens[token.head].lemma.lower()
    return (
        noun in _ELECTORAL
        or (noun in _WORKS and entity.label == "NORP")
        or (noun in _FIELDS and entity.label == "PERSON")
    )


def placed_in_known(tree: Tree, entity: Entity) -> bool:
    """Whether a name comes right before "in" and a county or region the gazetteer knows.

    "Cottenham in Cambridgeshire": the text puts the name in a place, so it
    is one, even when neither the model nor the gazetteer knows it. Firms
    and offices are put in cities and countries ("Liffe in London"), towns
    in their county, so a city or a country is not enough.
    """
    after = entity.token_end
    if after + 1 >= len(tree) or tree.tokens[after].text != "in":
        return False
    first = after + 2 if tree.tokens[after + 1].text.lower() == "the" else after + 1
    last = first
    while last < len(tree) and tree.tokens[last].text[:1].isupper():
        last += 1
    return last > first and any(
        e.kind in ("admin", "region") and e.country for e in lookup(tree.span_text(first, last))
    )


def venue(tree: Tree, entity: Entity) -> bool:
    """Whether a name is a building where something takes place: "a lecture at the LSE".

    "a talk given at the Royal Institution", "a hearing at the
    Birmingham and Midlands Institute", "a rally at the Sage Centre": the
    model takes the building for a body, but what happens "at" (or "in",
    "outside") it happens there. Not where someone works or studies ("an
    economist at the Institute for Fiscal Studies", "a student at Leeds
    University"): that is the body they belong to.
    """
    if not (_venue_by_kind(tree, entity) or _known_site(tree, entity)):
        return False
    token = tree.tokens[_head(tree, entity)]
    if token.dep != "pobj" or tree.tokens[token.head].text.lower() not in _AT_VENUE:
        return False
    governor = tree.tokens[token.head].head
    return not any(_member(tree.tokens[i]) for i in _posts_held(tree, governor))


def _member(token: Token) -> bool:
    """Whether a word is one who belongs to a body, or what such a one does there.

    "an economist at", "pupils at", "she studied at": the building is the body.
    """
    return (
        token.ent_type == "PERSON"
        or token.pos == "PRON"
        or token.lemma.lower() in _MEMBERS
        or token.text.lower() in _MEMBERS
        or token.lemma.lower() in _STUDIES
    )


def _posts_held(tree: Tree, governor: int) -> list[int]:
    """The words a building "at" which hangs on may say who belongs there.

    The governor, the nouns it is "of" ("vice-president of research at
    Leeds University") and, when the model hangs "at" on "be", what "be"
    says its subject is ("who is a lecturer at ...").
    """
    found = [governor]
    while tree.tokens[governor].dep in ("pobj", "prep") and tree.tokens[governor].head != governor:
        governor = tree.tokens[governor].head
        found.append(governor)
    if tree.tokens[governor].lemma == "be":
        found += [c for c in tree.children[governor] if tree.tokens[c].dep == "attr"]
    return found


def _venue_by_kind(tree: Tree, entity: Entity) -> bool:
    """Whether a name ends in a building's kind: not "the Centre for Policy Studies", a body."""
    words = [t.lemma.lower() for t in tree.tokens[entity.token_start : entity.token_end]]
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in")), len(words))
    kinds = _VENUE_WORDS if cut == len(words) or words[cut] == "in" else _VENUES_OF
    if cut and words[cut - 1] == "market" and _ECONOMIES & set(words):
        return False  # "in the European Single Market", an economy
    return bool(cut) and words[cut - 1] in kinds


def _known_site(tree: Tree, entity: Entity) -> bool:
    """Whether the regions lexicon knows a body's name as a building: "in the Commons".

    The model takes a chamber or a seat of power for the body that sits in
    it; what is said "in" it was said there.
    """
    name = clean_name(tree.span_text(entity.token_start, entity.token_end))
    return any(entry.kind == "site" for entry in lookup(name))


def site_name(entity: Entity, name: str) -> bool:
    """Whether the model's region or site has a name that ends in its kind: "the Waverley Line".

    A railway line, a road, a bridge or a prison the gazetteer lacks is a
    place wherever it stands but as the one that acts (:func:`is_location`):
    "reopening the Waverley Line", "a new branch to the East Coast Main
    Line".
    """
    kind = name.rsplit(maxsplit=1)[-1].lower()
    return entity.label in ("LOC", "FAC") and (kind in _SITE_KINDS or kind in SITE_WORDS)


def body_name(name: str) -> bool:
    """Whether an unknown name is a body's by the word for its kind: "the Kilroy-Silk Party".

    "the Centre for Policy Studies", "the Institute of Directors": a centre or
    an institute "for" or "of" something is a body; "the School of Economics"
    is a building, and so are a hospital, a prison or a camp.
    """
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if cut is not None:
        return cut > 0 and words[cut - 1] in _ORG_WORDS and words[cut - 1] not in _VENUES_OF
    if words[-1] in _SHOWS:
        return True  # a programme is no place either: "on GMTV's Sunday Programme"
    return words[-1] in _ORG_WORDS - _VENUE_WORDS - SITE_WORDS - PLACE_NOUNS - _OWNED_SITES


def _head(tree: Tree, entity: Entity) -> int:
    head = tree.phrase_head(entity.token_start, entity.token_end)
    return entity.token_end - 1 if head is None else head
