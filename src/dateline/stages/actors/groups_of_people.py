"""Groups of people named by a plural noun: "the detainees", "nine men".

How many, of where and doing what, on which side; nationals of a country;
and the words that tell a group is acting ("firing", "aimed at").
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.records import Token
from dateline.stages._arguments import is_relational
from dateline.stages._clause_roles import QUANTITY_NOUNS
from dateline.stages._cue_words import cue_words
from dateline.stages._spans import country_code
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, make_mention
from dateline.stages.actors.mention_words import (
    CIVILIANS,
    DEFINITE,
    MODIFIERS,
    QUANTIFIERS,
    is_collective,
    tells_whose_reaction,
)
from dateline.stages.actors.sets import SET_SIZES
from dateline.stages.quotes import cues as quote_cues


def _counted_people(tree: Tree, first: int, last: int) -> bool:
    """Whether one plural word is people counted ("four Britons", "three Syrians")."""
    head = tree.tokens[first]
    return (
        last - first == 1
        and head.tag in ("NNPS", "NNS")
        and any(tree.tokens[c].dep == "nummod" for c in tree.children[first])
    )


def _of_some(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a crowd's size comes before the people it counts: "thousands of nurses".

    Not before others ("thousands of supporters", whom no word of people
    or role with a sector names): the crowd is then the group told.
    """
    return tree.tokens[i].text.lower() in _CROWD_SIZES and any(
        tree.tokens[c].dep == "prep"
        and tree.tokens[c].text.lower() == "of"
        and any(
            tree.tokens[o].dep == "pobj" and _names_people(tree, o, lexicon)
            for o in tree.children[c]
        )
        for c in tree.children[i]
    )


def _names_people(tree: Tree, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a noun names people of a kind: a group word, or a role with a sector.

    "nurses", "riot police", "police officers" (by the role with its compound).
    """
    word = tree.tokens[head].text.lower()
    compounds = [c for c in tree.children[head] if tree.tokens[c].dep == "compound" and c < head]
    words = (*(tree.tokens[k].text.lower() for k in compounds), word)
    roles = [lexicon.title(words), lexicon.title((word,))]
    return lexicon.people_sector(word)[0] or any(r is not None and r.sector for r in roles)


_CROWD_SIZES = frozenset({"thousands", "hundreds", "dozens", "crowd", "crowds"})
"""Words for a crowd that give way to the people "of" names: "a crowd of farmers"."""


def people_in_groups(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Groups of people the story is about: "the detainees", "nine men", "protesters said".

    A group is a mention when it is definite, counted, a subject or whom a
    named doer's deed is done to, but a
    generic word alone ("people will get drunk") is anyone; a generic
    word made definite ("the men", "the pair") stands for the last group named
    before it, so that "the four detainees ... the men" is one actor.
    A group the story names so anywhere is that group wherever its word
    stands again, before as well as after: "landlords across the county
    will take part ... 300 landlords have signed up".
    """
    once = _people_once(tree, lexicon, taken, frozenset())
    named = frozenset(tree.tokens[m.last - 1].text.lower() for m in once) | {
        kind for m in once if (kind := _kind_of_people(tree, m.first, m.last - 1))
    }
    told = frozenset(_group_words(tree, m.first, m.last - 1) for m in once)
    return _people_once(tree, lexicon, taken, named | _told_often(tree, lexicon), told)


def _kind_of_people(tree: Tree, first: int, head: int) -> str | None:
    """A word for anyone made a kind by the word before it: "young people", "older people".

    Such a kind, once it acts, is a group the story is about as a bare
    plural is: "young people want to vote ... the majority of young people"
    is one group, though "people" alone is anyone. Told again only after a
    preposition ("the concerns of older people"): as the object of a deed
    ("imprisoning vulnerable people") it is whoever the deed is done to, and
    the events would read a practice as a deed. ``None`` for a word with no
    such modifier.
    """
    before = head - 1
    if before < first or tree.tokens[before].head != head:
        return None
    if tree.tokens[before].dep not in ("amod", "compound"):
        return None
    return f"{tree.tokens[before].text.lower()} {tree.tokens[head].text.lower()}"


def _group_words(tree: Tree, first: int, head: int) -> str:
    """The words of a group's name in lower case, modifiers and all: "private investors".

    Not its count: "250,000 failed asylum seekers ... deportations of failed
    asylum seekers" is one group, which its count told once and need not tell again.
    """
    while first < head and tree.tokens[first].dep == "nummod":
        first += 1
    return " ".join(token.text.lower() for token in tree.tokens[first : head + 1])


def _told_often(tree: Tree, lexicon: ActorLexicon) -> frozenset[str]:
    """People words a story names alone, time after time: the group it is about.

    "a better deal for victims ... the needs of victims ... the rights of
    victims": a group named by a bare plural three times or more is no
    passing kind of people but the story's own, though it never acts. Only
    private people (civilians, investors): "schools", "students" and
    "politicians" named often are what the story is set among ("in schools").
    """
    counts: dict[str, int] = {}
    for i, token in enumerate(tree.tokens):
        word = token.text.lower()
        if (
            token.tag == "NNS"
            and word not in lexicon.generic_people
            and lexicon.people_sector(word)[1] in _PRIVATE_PEOPLE
            and word not in _SETTING_PEOPLE
            and not any(tree.tokens[c].dep in MODIFIERS for c in tree.children[i])
        ):
            counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, count in counts.items() if count >= _OFTEN)


_OFTEN = 3
"""How many bare namings make a kind of people the story's own group."""

_PRIVATE_PEOPLE = frozenset({CIVILIANS, COMPANY})
"""The sectors of people a story may be about without their acting: victims, bondholders."""

_SETTING_PEOPLE = frozenset({"students"})
"""Private people (CVL) a story names often as the place it is set among ("fees
for students", "places for students"), as it names "schools": its setting, no
group of its own until it acts."""


def _plural_noun(tree: Tree, i: int) -> bool:
    """Whether a word is a plural common noun, the first of a sentence as well.

    The model tags "Ecologists are warning MSPs ..." a plural proper noun,
    capitalised as it opens the sentence; with no entity there, it is the
    common noun it would be anywhere else.
    """
    token = tree.tokens[i]
    return token.tag == "NNS" or (
        token.tag == "NNPS" and not token.ent_type and tree.opens_sentence(i)
    )


def _people_once(
    tree: Tree,
    lexicon: ActorLexicon,
    taken: list[bool],
    elsewhere: frozenset[str],
    told_elsewhere: frozenset[str] = frozenset(),
) -> list[Mention]:
    """One reading of the groups of people, knowing the groups named ``elsewhere``.

    ``elsewhere`` holds their head words and kinds ("investors", "young
    people"), ``told_elsewhere`` the whole words of their names ("private investors").
    """
    found = []
    tokens = tree.tokens
    last_named: str | None = None
    last: str | None = None  # the sector of the group named last
    named: set[str] = set(elsewhere)  # the words of the groups found so far
    told: set[str] = set(told_elsewhere)  # the whole names of the groups found so far
    for i, token in enumerate(tokens):
        word = token.text.lower()
        is_people, sector = lexicon.people_sector(word)
        if lexicon.demonyms.get(token.text) and _counted_people(tree, i, i + 1):
            # "the four Britons" the model leaves untagged: people of a country.
            is_people, sector = True, CIVILIANS
        elif (
            not _plural_noun(tree, i) and not is_collective(token, lexicon) and not _a_set(tree, i)
        ):
            continue
        if (
            not is_people
            or taken[i]
            or (sector == "PTY" and _conflict_sides(tree, i))
            or _of_some(tree, i, lexicon)
            or _members_of_a_body(tree, i, lexicon)
            or (sector == _PRESS and _the_press_as_a_medium(tree, i))
            or (word in _COMMUNITIES and not _community_of_a_people(tree, i, lexicon))
            or (word in _BODY_ORGANS and not _organ_acting_alone(tree, i, taken))
        ):
            continue
        members = _members_owning(tree, i, lexicon)
        first = _group_start(tree, members if members is not None else i)
        # "charges from US federal regulators": the country's name is a mention
        # of its own, which places the group.
        placed_by = _placing_names_before(tree, taken, first, i, lexicon)
        before = tokens[placed_by - 1].text.lower() if placed_by > 0 else ""
        counted = any(tokens[j].dep == "nummod" for j in range(first, i)) or quantified(tree, i)
        # "Turkish firms' involvement": a group that owns what the sentence is about acts too.
        acting = (
            before in _GROUP_DETERMINERS
            or counted
            or does_the_deed(tree, i)
            or other_side(tree, i, lexicon)
            or _did_in_a_clause(tree, i)
            or _addressed(tree, i)
            or token.dep == "poss"
            or _provided_for(tree, first, i, lexicon)
            or _in_a_deed(tree, i, lexicon, taken)
            or _held_among(tree, i)
            or _reacting(tree, i)
            or _spoken_to(tree, i)
            # "farmers' unions": a body its members name is one the story
            # means, as the members themselves would be, owning it.
            or members is not None
        )
        # "called on British firms": a group a country places is one the
        # story is about wherever it stands, but not one "the men" points back at.
        placed_only = (
            not acting
            and token.tag == "NNS"
            and word not in lexicon.generic_people  # "the British people": the nation
            and _placed_group(tree, placed_by, i, lexicon)
        )
        acting = acting or placed_only
        generic = word in lexicon.generic_people
        # "30,000 passengers were stranded ... disruption to passengers": a
        # group the story is about is that group wherever it is named again,
        # by its word alone or by the very same words ("private investors"
        # pulled out ... failed to interest any "private investors"), past
        # the country's name that places it ("Chinese net cafes"); not by
        # fewer: "failed asylum seekers" are not every "asylum seekers".
        # Not "pupils who threaten violence": a clause makes them some of the kind.
        start = _past_placing_names(tree, taken, first, i, lexicon)
        named_again = (
            not acting
            and not generic
            and (word in named if first == i else _group_words(tree, start, i) in told)
            and not any(tokens[c].dep == "relcl" for c in tree.children[i])
        ) or (
            not acting
            and generic
            and token.dep == "pobj"
            and _kind_of_people(tree, first, i) in named
        )
        first = start
        if any(taken[first:i]) or not (acting or named_again):
            continue
        if generic and first == i and before not in _GROUP_DETERMINERS and not counted:
            # "people will get drunk": anyone, no one the story is about; but
            # "thousands of people marched" are a crowd.
            continue
        owned = any(tokens[c].dep == "poss" and c != members for c in tree.children[i])
        # Not "the men's families" nor "their lawyers": groups of their own;
        # nor "the families would meet the men", whose kin the men are.
        own = not owned and not is_relational(tree, i)
        definite = before in _GROUP_DETERMINERS
        # Only "the men", "these women" point back at a group named before;
        # "women were more likely than men" names people of their own. So do
        # "the suspects", "the detainees" after "the men": one group of
        # civilians the story is about, told by what befell them; a counted
        # group ("six Asian men") is a new one.
        # "The public" is a group of its own, never one named before, and
        # never the one "the men" named next points back at.
        collective = is_collective(token, lexicon)
        # "the pair" is the counted group it points back at, if any
        # (:mod:`.sets`), not the plural named last ("businesses ... the pair").
        back = (
            definite
            and own
            and not collective
            and word not in SET_SIZES
            and _told_again(sector, generic=generic, counted=counted, last=last)
        )
        group = last_named if back and last_named else _group_word(tree, first, i)
        if (
            own
            and not collective
            and not placed_only
            and (
                (last_named is None and definite)
                or counted
                or (not generic and word in lexicon.people)
            )
        ):
            if group != last_named:
                last = CIVILIANS if generic else sector
            last_named = group
        # "Turkish firms" are Turkey's, and so are "US federal regulators":
        # a country's name among the modifiers places the group as a demonym does.
        # "the Pakistani community in Manchester" lives where the story is:
        # its people's demonym does not place it abroad.
        country = (
            None if word in _COMMUNITIES else _placed_by_words(tree, placed_by, i + 1, lexicon)
        )
        named.add(word)
        named.add(_kind_of_people(tree, first, i) or word)
        told.add(_group_words(tree, first, i))
        found.append(
            make_mention(
                tree,
                first,
                i + 1,
                "group",
                "NORP",
                title=group,
                sector=_community_sector(tree, i) or sector or _of_the_city(tree, first, i),
                country=country,
                uncounted=_uncounted(tree, first, i, generic=generic),
            )
        )
    return found


_PRESS = "MED"


_BODY_ORGANS = frozenset({"board", "panel"})
"""Singular words for the organ that decides for a body: "the board rejected the bid"."""

_BENCHES = frozenset({"panel"})
"""Organs that act as a group only as a court's bench: "a three-judge panel ruled"."""

_OF_COURTS = frozenset({"judge", "court", "justice"})

_SEAT_PREPOSITIONS = frozenset({"on", "onto", "off", "to"})
"""Prepositions that make an organ a seat held, not a doer: "sits on the board"."""


def _organ_acting_alone(tree: Tree, i: int, taken: list[bool]) -> bool:
    """Whether a body's organ ("the board", a judges' panel) is a group of its own in the sentence.

    "The board rejected the offer" names no body, so the board is the doer
    the event needs. Not "the board of Rexco" nor "Rexco's board": the body
    named with it is the one that acts, as the events read it; not "the
    board meeting", a thing of the board; nor "a seat on the board" or
    "joined the board", a place among its members.
    """
    token = tree.tokens[i]
    first, last = tree.subtree(i)
    if token.dep == "compound" or any(taken[k] for k in range(first, last) if k != i):
        return False
    bench = _bench_of_judges(tree, i)
    if (token.text.lower() in _BENCHES and not bench) or (_board_of_a_kind(tree, i) and not bench):
        return False
    head = tree.tokens[token.head]
    if token.dep == "pobj" and (
        head.text.lower() in _SEAT_PREPOSITIONS or tree.tokens[head.head].lemma == "member"
    ):
        return False
    return not (token.dep == "dobj" and head.lemma == "join")


def _bench_of_judges(tree: Tree, i: int) -> bool:
    """Whether judges or a court name an organ: "a three-judge panel", "an appeal court panel".

    Such a panel is the court sitting (JUD); any other ("a panel of
    experts", "the review panel") may be a show's, a firm's or a
    minister's, and is left out.
    """
    first = tree.subtree(i)[0]
    return any(tree.tokens[k].lemma.lower() in _OF_COURTS for k in range(first, i))


def _board_of_a_kind(tree: Tree, i: int) -> bool:
    """Whether words before an organ tell its kind: "a national advisory board", "executive board".

    Such a board is a body of its own (often a public one) or a firm's
    inner circle, not the firm's board deciding; "the full board" and
    "the new board" are still the board.
    """
    return any(
        tree.tokens[c].dep in ("compound", "amod")
        and tree.tokens[c].text.lower() not in _WHOLE_OR_NEW
        for c in tree.children[i]
        if c < i
    )


_WHOLE_OR_NEW = frozenset({"full", "whole", "entire", "new", "old"})


_COMMUNITIES = frozenset({"community", "communities"})


_DEMONSTRATIVES = frozenset({"these", "those"})
"""Words that point at communities the story has in mind: "those communities"."""


_PEOPLES_KINDS = frozenset({"ethnic", "minority", "business", "faith", "religious"})
"""Words before "community" that name a kind of people, as a demonym or a faith does."""


def _group_word(tree: Tree, first: int, i: int) -> str:
    """The word a group is known by: its head, but a community by its people too.

    "the Jewish community" and "the Pakistani community" are two groups,
    though "the four detainees" and "the detainees" are one.
    """
    word = tree.tokens[i].text.lower()
    if word not in _COMMUNITIES:
        return word
    return " ".join(tree.tokens[k].text.lower() for k in range(first, i + 1)).removeprefix("the ")


def _community_of_a_people(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a community is named by its people: "the Jewish community", "ethnic communities".

    Policy speaks of "the community" and "local communities" as places
    people live in; a people, a faith or a trade before the word makes it
    the people themselves, as the gold lists them, and so does "those".
    """
    return tree.tokens[i - 1].text.lower() in _DEMONSTRATIVES or any(
        tree.tokens[c].dep in ("amod", "compound")
        and (
            tree.tokens[c].ent_type == "NORP"
            or tree.tokens[c].text in lexicon.demonyms
            or tree.tokens[c].text.lower() in _PEOPLES_KINDS
        )
        for c in tree.children[i]
    )


def _community_sector(tree: Tree, i: int) -> str | None:
    """The sector a trade gives the community it names: "the business community" is BUS.

    A community is private people (CVL) when a people or a faith names it;
    one named by business speaks for firms, as "business leaders" do.
    """
    if tree.tokens[i].text.lower() not in _COMMUNITIES:
        return None
    return next(
        (
            sector
            for c in tree.children[i]
            if tree.tokens[c].dep in ("amod", "compound")
            and (sector := _TRADE_COMMUNITIES.get(tree.tokens[c].text.lower()))
        ),
        None,
    )


_TRADE_COMMUNITIES = {"business": "BUS"}
"""Words before "community" that name a trade, and the sector of the trade's people."""


def _the_press_as_a_medium(tree: Tree, i: int) -> bool:
    """Whether a word for the press names what is printed or aired, not who prints it.

    "the media frenzy", "newspaper reports": the word says of what kind
    another noun is; "scrutiny in the media", "stories in the newspapers":
    the press is where something appears. Neither is the press acting, as
    it is in "the media had twisted his words". A word joined by "and" to
    such a modifier is one too: "the culture, media and sport committee".
    """
    first = tree.first_conjunct(i)
    if tree.tokens[first].dep == "compound":
        return tree.tokens[first].head > i
    token = tree.tokens[i]
    return token.dep == "pobj" and tree.tokens[token.head].text.lower() in _WHERE_PRINTED


_WHERE_PRINTED = frozenset({"in", "into"})
"""Prepositions after which the press is where news appears ("in the papers")."""


def trades_acting(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """A trade named as a whole where it acts: "the music industry had failed its artists".

    Named so, a trade is most often only what a story is about ("jobs in
    the car industry", "the tourism industry is booming"); as the doer of a
    deed done to something or of a saying, or the agent of a passive, it is
    the trade's firms (BUS), placed by a demonym before it ("the French wine
    industry has asked ministers for aid").
    """
    words = lexicons.word_set("acting_trades.txt")
    tokens = tree.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.text not in words or token.tag != "NN" or taken[i] or not _trade_acts(tree, i):
            continue
        first = _group_start(tree, i)
        country = _placed_by_words(tree, first, i, lexicon)
        first = _past_placing_names(tree, taken, first, i, lexicon)
        if any(taken[first:i]):
            continue
        found.append(
            make_mention(
                tree,
                first,
                i + 1,
                "group",
                "NORP",
                title=token.text,
                sector=COMPANY,
                country=country,
            )
        )
    return found


def _trade_acts(tree: Tree, i: int) -> bool:
    """Whether a trade does something: a passive's agent, or the subject of an object or a saying.

    "carried out by the betting industry", "the industry has asked ministers for
    aid", "the industry said it would"; not "the industry is booming", a
    state of trade, nor "is in the midst of a crisis".
    """
    subject = tree.first_conjunct(i)
    if not tree.is_subject(subject):
        return does_the_deed(tree, i)
    verb = tree.tokens[subject].head
    return any(tree.tokens[c].dep in _DEEDS_DONE for c in tree.children[verb])


_DEEDS_DONE = frozenset({"dobj", "dative", "ccomp", "xcomp"})
"""What a verb does a deed to or says: "regulating itself", "asked ministers", "said it would"."""


def _members_of_a_body(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a plural possessive names the people a body is made of: "teachers'" unions."""
    return _members_owning(tree, tree.tokens[i].head, lexicon) == i


def _members_owning(tree: Tree, head: int, lexicon: ActorLexicon) -> int | None:
    """The people a body of them is named by: "teachers" in "teachers' unions", if any."""
    if tree.tokens[head].text.lower() not in lexicons.word_set("member_bodies.txt"):
        return None
    return next(
        (
            c
            for c in tree.children[head]
            if c < head
            and tree.tokens[c].dep == "poss"
            and tree.tokens[c].tag == "NNS"
            and lexicon.people_sector(tree.tokens[c].text.lower())[0]
        ),
        None,
    )


def _group_start(tree: Tree, head: int) -> int:
    """Where a group's words start: its modifiers, and the words a hyphen joins to them.

    "first-time buyers", "city-dwellers": the words before the hyphen are one
    word with the one after it, and tell which buyers as much as it does.
    """
    tokens = tree.tokens
    first = head
    while first > 0:
        if _unit_of_an_amount(tree, first - 1):
            return first
        if tokens[first - 1].head == head and tokens[first - 1].dep in MODIFIERS:
            first -= 1
        elif _hyphened(tree, first, head):
            first -= 2
        else:
            return first
    return first


def _unit_of_an_amount(tree: Tree, i: int) -> bool:
    """Whether a word is the unit written onto a figure: the "m" of "the £100m analysts expected".

    The model may hang such a unit on the noun after the amount; it tells how
    much, not which people, so a group's words start after it.
    """
    tokens = tree.tokens
    return (
        i > 0
        and tokens[i - 1].end == tokens[i].start
        and any(ch.isdigit() for ch in tokens[i - 1].text)
    )


def _hyphened(tree: Tree, first: int, head: int) -> bool:
    """Whether a word written before a group's first word is joined to it by a hyphen.

    Not a name ("Iran-backed militias"): a mention of its own, which places the
    group; nor a verb ("would-be passengers" are anyone who travels).
    """
    tokens = tree.tokens
    if first < 2 or tokens[first - 1].tag != "HYPH":
        return False
    before, hyphen, after = tokens[first - 2], tokens[first - 1], tokens[first]
    return (
        before.pos in _HYPHENED_WORDS
        and before.end == hyphen.start
        and hyphen.end == after.start
        and first <= before.head <= head
    )


_HYPHENED_WORDS = frozenset({"NOUN", "ADJ", "NUM", "ADV"})
"""The parts of speech of a word a hyphen joins to a group's words: "first-time", "city-"."""


def _of_the_city(tree: Tree, first: int, head: int) -> str | None:
    """BUS for people of no sector of their own placed in the City: "City experts".

    "The City" is London's financial district: its experts, observers and
    analysts speak for the banks and brokers there.
    """
    return _FINANCE if any(tree.tokens[k].text == "City" for k in range(first, head)) else None


_FINANCE = "BUS"


def _conflict_sides(tree: Tree, head: int) -> bool:
    """Whether "parties" are the sides of a fight or a deal: "the warring parties".

    "All parties to the conflict" and "interested parties" name no party of
    politics, and no body to code (conflict_sides.tsv).
    """
    sides = lexicons.table("conflict_sides.tsv")
    before = {row["word"] for row in sides if row["place"] == "before"}
    after = {row["word"] for row in sides if row["place"] == "after"}
    if any(tree.tokens[c].text.lower() in before for c in tree.children[head] if c < head):
        return True
    # Read by the words, not the parse, which may hang "to the conflict" on the verb.
    following = [t.text.lower() for t in tree.tokens[head + 1 : head + 4]]
    if following[:1] not in (["to"], ["in"]):
        return False
    return any(word in after for word in following[1:] if word not in ("the", "this", "that"))


def _uncounted(tree: Tree, first: int, head: int, *, generic: bool) -> str | None:
    """A counted group's words after its count: "travellers" in "3,500 travellers".

    The count says how many the story is about, not who they are, so the
    group is named without it (as "two million working people" are working
    people); "3,000 people" keeps it, as "people" alone names no one. A
    quantifier is such a count: "most city-dwellers" are city-dwellers. A
    count hyphened to the next word counts something else: "a three-judge
    panel" is one panel.
    """
    start = first
    while (
        start < head
        and (_counts(tree.tokens[start]) or tree.tokens[start].text.lower() in QUANTIFIERS)
        and tree.tokens[start + 1].text != "-"
    ):
        start += 1
    if start == first or (generic and start == head):
        return None
    return tree.span_text(start, head + 1)


def _counts(token: Token) -> bool:
    return token.tag == "CD" or token.dep in {"nummod", "quantmod"} or token.ent_type == "CARDINAL"


def nationals_by_demonym(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """A country's people named by their demonym: "Britons gave generously", "a Briton".

    "seven million Ethiopians", "many Iraqis", "South Koreans": private
    people of that country (CVL), not its state; so is "a Briton" or "an
    Italian", one of them. "The Americans" may be the state acting, as in
    diplomatic news, and is left to the country.
    """
    found = []
    tokens = tree.tokens
    for i in range(len(tokens)):
        start = _plural_demonym_start(tree, i, lexicon)
        start = _one_national_start(tree, i, lexicon) if start is None else start
        if start is None or any(taken[start : i + 1]):
            continue
        first = start
        while (
            first > 0 and first <= tokens[first - 1].head <= i and tokens[first - 1].dep in _COUNTS
        ):
            first -= 1  # "seven million Ethiopians"
        if (first > 0 and tokens[first - 1].text.lower() == "the") or any(taken[first:i]):
            continue
        demonym = tree.span_text(start, i + 1)
        country = lexicon.demonyms[demonym]
        found.append(
            make_mention(
                tree,
                first,
                i + 1,
                "group",
                "NORP",
                title=demonym,
                sector=CIVILIANS,
                country=country,
            )
        )
    return found


def _plural_demonym_start(tree: Tree, i: int, lexicon: ActorLexicon) -> int | None:
    """Where a plural demonym ending at word ``i`` starts: "Iraqis", "South Koreans".

    A plural is a demonym whose form without its "s" is one of the same
    country; a demonym of two words ("New Zealanders") is tried first.
    """
    token = tree.tokens[i]
    if not token.text.endswith("s") or token.dep == "compound":
        return None
    for start in (i - 1, i):
        words = tree.span_text(start, i + 1) if start >= 0 else ""
        country = lexicon.demonyms.get(words)
        if country is not None and lexicon.demonyms.get(words[:-1]) == country:
            return start
    return None


def _one_national_start(tree: Tree, i: int, lexicon: ActorLexicon) -> int | None:
    """Where a demonym naming one person after "a" or "an" starts: "a Briton", "an Italian".

    Only as a noun standing alone: "an Italian court" is the court's, and
    a country's own name ("a US company", which the model may misparse)
    names no person.
    """
    token = tree.tokens[i]
    if token.pos not in ("NOUN", "PROPN") or token.dep in ("amod", "compound"):
        return None
    for start in (i - 1, i):
        if start < 1:
            continue
        demonym = tree.span_text(start, i + 1)
        if (
            tree.tokens[start - 1].text.lower() in ("a", "an")
            and demonym in lexicon.demonyms
            and country_code(demonym) is None
        ):
            return start
    return None


def _past_placing_names(
    tree: Tree, taken: list[bool], first: int, head: int, lexicon: ActorLexicon
) -> int:
    """Where a group starts after the country names that open its modifiers and are mentions.

    "US federal regulators": "US" is the country's mention, "federal
    regulators" the group it places.
    """
    while first < head and taken[first] and _placing_word(tree.tokens[first], lexicon):
        first += 1
    return first


def _placing_names_before(
    tree: Tree, taken: list[bool], first: int, head: int, lexicon: ActorLexicon
) -> int:
    """Where a group's modifiers start with the country names before them that hang on its word.

    The parse may hang "US" on "regulators" in "US federal regulators" as
    a nominal modifier, which the group's own modifiers leave out.
    """
    tokens = tree.tokens
    while (
        first > 0
        and tokens[first - 1].head == head
        and taken[first - 1]
        and _placing_word(tokens[first - 1], lexicon)
    ):
        first -= 1
    return first


def _placed_by_words(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> str | None:
    """The country the first placing word among ``first``..``last`` names, if any."""
    return next(
        (c for j in range(first, last) if (c := _placing_word(tree.tokens[j], lexicon))), None
    )


def _placing_word(token: Token, lexicon: ActorLexicon) -> str | None:
    """The country a group's modifier places it in: a demonym, or a country's name ("US").

    Only a proper noun names a country: "turkey farmers" and "us" are none.
    """
    if token.pos != "PROPN":
        return lexicon.demonyms.get(token.text)
    return lexicon.demonyms.get(token.text) or country_code(token.text)


def _placed_group(tree: Tree, first: int, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a demonym or a country's name among a group's modifiers places it ("UK firms")."""
    return any(lexicon.country(tree.tokens[j].text) for j in range(first, head))


def _a_set(tree: Tree, i: int) -> bool:
    """Whether a singular noun is a set of people pointing back: "the pair" ("a pair of" is not)."""
    token = tree.tokens[i]
    following = tree.tokens[i + 1].text.lower() if i + 1 < len(tree.tokens) else ""
    return token.tag == "NN" and token.text.lower() in SET_SIZES and following != "of"


def _told_again(sector: str | None, *, generic: bool, counted: bool, last: str | None) -> bool:
    """Whether a definite group is the group named last, told of again.

    "The pair" is any group; "the men", "the people" are people, not the
    councils or firms named before; "the suspects" after "the men" are the
    same civilians, told by what befell them, but "the pensioners" after
    "City experts" are people of their own.
    """
    if generic and sector is None:
        return True
    return (generic or not counted) and sector == CIVILIANS and last == CIVILIANS


def does_the_deed(tree: Tree, i: int) -> bool:
    """Whether a word does what its clause says: its subject, or a passive's or a deed's agent.

    "Protesters blocked the road", "pelted by protesters", "a protest by
    farmers" (a noun the event cues name a deed by; not "a report by
    economists"); a word joined to any of them by "and" acts too ("wine
    growers and farmers said").
    """
    i = tree.first_conjunct(i)
    token = tree.tokens[i]
    if tree.is_subject(i):
        return True
    if token.dep != "pobj":
        return False
    by = tree.tokens[token.head]
    return by.dep == "agent" or (
        by.text.lower() == "by"
        and by.dep == "prep"
        and tree.tokens[by.head].lemma.lower() in _event_nouns()
    )


def _in_a_deed(tree: Tree, i: int, lexicon: ActorLexicon, taken: list[bool]) -> bool:
    """Whether a plural is whom a named doer's deed is done to, or whence a deed comes.

    "the minister accused some schools", "they will talk to scientists",
    "opposition from farmers": the group takes part in what the story
    reports, though it is neither subject nor counted. A deed with no doer
    ("powers to detain suspects", "the arrest of journalists") is a kind of
    deed, and those it would befall are people at large; so is one whom a
    verb's "for" serves ("voted for pensioners": the parse hangs the "for"
    of "plans for pensioners" on the verb), and a place its "in" names
    ("gave teachers powers in schools").
    """
    i = tree.first_conjunct(i)
    token = tree.tokens[i]
    if token.dep == "dobj":
        return _done_by_someone(tree, token.head, lexicon, taken)
    if token.dep != "pobj":
        return False
    preposition = tree.tokens[token.head]
    owner = tree.tokens[preposition.head]
    if owner.pos == "VERB":
        return preposition.text.lower() not in _SERVED_OR_PLACED and _done_by_someone(
            tree, preposition.head, lexicon, taken
        )
    if owner.pos != "NOUN" or owner.lemma.lower() not in _event_nouns():
        return False
    word = preposition.text.lower()
    return word == "from" or (
        word in _DEED_TARGETS and _deed_noun_done_by_someone(tree, preposition.head, lexicon, taken)
    )


_DEED_TARGETS = frozenset({"to", "on"})
"""Prepositions after a deed's noun that name whom it is aimed at: "an appeal to activists"."""


def _deed_noun_done_by_someone(
    tree: Tree, noun: int, lexicon: ActorLexicon, taken: list[bool]
) -> bool:
    """Whether a deed named by a noun has a doer: its possessor, or the subject of its verb.

    "China's crackdown on protesters", "he ended with a personal appeal to
    activists": those the deed is aimed at take part in what the story
    reports. With no doer ("a ban on smokers", "calls to parents are
    free") the deed is a kind of deed, and those it would reach are anyone.
    """
    owners = [c for c in tree.children[noun] if tree.tokens[c].dep == "poss"]
    if any(taken[c] or _names_someone(tree.tokens[c], lexicon) for c in owners):
        return True
    verb = _verb_of_object(tree, noun)
    return verb is not None and any(
        tree.tokens[c].dep == "nsubj" and (taken[c] or _names_someone(tree.tokens[c], lexicon))
        for c in tree.children[verb]
    )


def _verb_of_object(tree: Tree, noun: int) -> int | None:
    """The verb a noun is the object of, directly or through one preposition, if any.

    "launched a crackdown", "finished with an appeal".
    """
    token = tree.tokens[noun]
    if token.dep == "dobj":
        return token.head
    if token.dep != "pobj":
        return None
    preposition = tree.tokens[token.head]
    owner = preposition.head
    return owner if preposition.dep == "prep" and tree.tokens[owner].pos == "VERB" else None


def _done_by_someone(tree: Tree, verb: int, lexicon: ActorLexicon, taken: list[bool]) -> bool:
    """Whether a verb the event cues name tells a deed someone its subject names does.

    Not a power ("judges can jail parents", "police may detain suspects"),
    which says what could befall anyone; nor a clause that only describes
    a word ("a charity which supports local media"); nor a thing's effect
    ("the policy is hitting workers"), whose subject names no one.
    """
    children = [tree.tokens[c] for c in tree.children[verb]]
    return (
        tree.tokens[verb].lemma.lower() in _event_verbs()
        and any(
            tree.tokens[c].dep == "nsubj" and (taken[c] or _names_someone(tree.tokens[c], lexicon))
            for c in tree.children[_verb_lending_its_subject(tree, verb)]
        )
        and not any(c.dep == "aux" and c.text.lower() in _POWERS for c in children)
    )


def _verb_lending_its_subject(tree: Tree, verb: int) -> int:
    """The verb whose subject a verb shares: the first of those "and" joins, if it has none.

    "Mr Lee pleaded guilty and is helping prosecutors": the one who pleaded
    helps, so the group helped takes part in what the story reports.
    """
    while tree.tokens[verb].dep == "conj" and not any(
        tree.tokens[c].dep in _SUBJECTS for c in tree.children[verb]
    ):
        verb = tree.tokens[verb].head
    return verb


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _names_someone(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a subject names someone: a name, "they", a word for people, a role or a body.

    A relative "which" or "who" names no one by itself: its clause describes a word.
    """
    word = token.text.lower()
    return (
        token.pos == "PROPN"
        or token.tag == "PRP"
        or lexicon.people_sector(word)[0]
        or lexicon.title((token.lemma.lower(),)) is not None
        or token.lemma.lower() in lexicon.org_words
    )


_SERVED_OR_PLACED = frozenset({"for", "in"})
"""Prepositions on a verb that name whom a deed serves or where it is done, not who takes part."""


_POWERS = frozenset({"can", "could", "may", "might"})
"""Modal verbs that tell what someone is able or allowed to do, not what they did or will do."""


@functools.cache
def _event_verbs() -> frozenset[str]:
    """The verbs the event cue lexicon names deeds by ("attack", "mislead", "sell")."""
    return frozenset(words[0] for words in cue_words("VERB"))


@functools.cache
def _event_nouns() -> frozenset[str]:
    """The head nouns the event cue lexicon names deeds by ("protest", "attack", "visit")."""
    return frozenset(words[-1] for words in cue_words("NOUN", "NOUN+PREP"))


def other_side(tree: Tree, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a plural is the other side of what is done, or the source of a report.

    "held talks with unions", "a case against doctors", "clashes between
    rival militias", "according to diplomats": those dealt with are as much
    what the story reports as its subject is. Not "families with children", where "with" says which
    people, nor "compared with farmers", where it sets them beside others.
    """
    i = tree.first_conjunct(i)
    token = tree.tokens[i]
    if token.dep != "pobj":
        return False
    preposition = tree.tokens[token.head]
    owner = tree.tokens[preposition.head]
    if preposition.text.lower() == "to":
        return owner.text.lower() == "according"
    if preposition.text.lower() in _AIMED_AT:
        # "police fired tear gas at students", "threw stones at officers"
        return _fires(tree, token.head)
    if preposition.text.lower() not in _DEALING or _sets_beside(owner):
        return False
    if any(tree.tokens[c].dep == "acl" for c in tree.children[i]):
        return False  # "with retailers seeing sales rise": how things stand, not a dealing
    people = lexicon.people_sector(owner.text.lower())[0] or lexicon.title((owner.lemma.lower(),))
    return owner.pos == "VERB" or (owner.pos == "NOUN" and not people)


_DEALING = frozenset({"with", "against", "between"})


_AIMED_AT = frozenset({"at", "on"})


_FIRING_VERBS = frozenset({"fire", "shoot", "throw", "hurl", "lob"})
"""Verbs of force whose "at" or "on" names the people it is used on."""


def _fires(tree: Tree, preposition: int) -> bool:
    """Whether an "at" or "on" hangs on a verb of firing, or on "opened fire".

    "opened fire on residents": the parse hangs "on" on "opened", whose
    object "fire" makes it a firing as much as "fired on" is.
    """
    owner = tree.tokens[preposition].head
    if tree.tokens[owner].lemma.lower() in _FIRING_VERBS:
        return True
    return tree.tokens[owner].lemma.lower() == "open" and any(
        tree.tokens[c].dep == "dobj" and tree.tokens[c].lemma.lower() == "fire"
        for c in tree.children[owner]
    )


_SETTING_BESIDE = frozenset({"compare", "associate", "popular", "together", "deal", "engage"})
"""Words whose "with" sets people beside others, or says whom something is for or about
("compared with", "popular with", "dealt with pupils", "engage with voters")."""


def _sets_beside(owner: Token) -> bool:
    """Whether a word's "with" sets people beside others rather than naming a side.

    The verb "dealt with pupils" says who was handled, but the noun in "a deal
    with developers" is an agreement, whose other party is as much an actor
    as the one that signs it.
    """
    lemma = owner.lemma.lower()
    return lemma in _SETTING_BESIDE and not (lemma == "deal" and owner.pos == "NOUN")


def _provided_for(tree: Tree, first: int, i: int, lexicon: ActorLexicon) -> bool:
    """Whether a described group is whom something is provided for: "£1bn for local councils".

    "a cash hand-out for older pensioners": those a measure serves are the
    other side of what the story reports (provisions.txt). Only a group a
    word describes ("older", "local"): "for families" alone is anyone's.
    """
    tokens = tree.tokens
    token = tokens[i]
    if token.dep != "pobj" or first == i or tokens[first].pos != "ADJ":
        return False
    preposition = tokens[token.head]
    owner = tokens[preposition.head]
    return (
        preposition.text.lower() == "for"
        and token.text.lower() not in lexicon.generic_people
        and owner.lemma.lower() in lexicons.word_set("provisions.txt")
    )


def _preposition_over(tree: Tree, i: int) -> Token | None:
    """The preposition a group (its list, if it is in one) is the object of, if any.

    "concern among voters": "among"; "voters were concerned": none.
    """
    token = tree.tokens[tree.first_conjunct(i)]
    return tree.tokens[token.head] if token.dep == "pobj" else None


def _held_among(tree: Tree, i: int) -> bool:
    """Whether a group is whom a feeling or a standing is held among: "concern among voters".

    "Russia's reputation among investors", "anger amongst farmers": the
    group is the one whose view the story reports, as it would be the
    subject of "voters are concerned". Only after a noun: a verb's "among"
    shares something out ("divided among the heirs").
    """
    preposition = _preposition_over(tree, i)
    return (
        preposition is not None
        and preposition.text.lower() in _AMONG
        and preposition.dep == "prep"
        and tree.tokens[preposition.head].pos == "NOUN"
    )


_AMONG = frozenset({"among", "amongst"})


def _reacting(tree: Tree, i: int) -> bool:
    """Whether a group is whose reaction the story tells: "hostility from unionists".

    "the anger of farmers", "disapproval from rights groups": a reaction is
    someone's, and whose it is takes part in the story.
    """
    token = tree.tokens[tree.first_conjunct(i)]
    return token.dep == "pobj" and tells_whose_reaction(tree, token.head, _WHOSE_REACTION)


_WHOSE_REACTION = frozenset({"from", "of"})
"""Prepositions after a reaction that name whose it is: "the anger of farmers"."""


def _did_in_a_clause(tree: Tree, i: int) -> bool:
    """Whether a clause on a plural tells what its people did: "protesters who blocked the road".

    A deed in the past makes them the ones the story is about; the present
    ("pupils who threaten teachers") tells of a kind of people. Saying is
    the exception: "backed by unions who say the plan is unfair" gives
    the people the story reports as speaking, in whatever tense.
    """
    return any(
        tree.tokens[c].dep == "relcl"
        and (tree.tokens[c].tag == "VBD" or quote_cues.load().at(tree, c) is not None)
        and any(
            tree.tokens[g].text.lower() in ("who", "that") and tree.is_subject(g)
            for g in tree.children[c]
        )
        for c in tree.children[i]
    )


def _addressed(tree: Tree, i: int) -> bool:
    """Whether a verb of telling or pressing addresses a word: "told jurors", "urged savers".

    Those told, urged or warned are the other side of what the story
    reports, as its subject is the doer; so are "reporters" told something,
    the press a politician chose to speak to, whom analysts list among a
    story's actors.
    """
    token = tree.tokens[i]
    return token.dep in ("dobj", "dative") and tree.tokens[
        token.head
    ].lemma.lower() in lexicons.word_set("object_control_verbs.txt")


def _spoken_to(tree: Tree, i: int) -> bool:
    """Whether a group is whom a speech or a letter is addressed to: "a speech to law students".

    Those a statement, a speech or a letter (speech_documents.txt) is
    made to are its audience, as those "told" something are (see
    :func:`_addressed`).
    """
    preposition = _preposition_over(tree, i)
    if preposition is None:
        return False
    owner = tree.tokens[preposition.head]
    return (
        preposition.text.lower() == "to"
        and owner.pos == "NOUN"
        and owner.lemma.lower() in lexicons.word_set("speech_documents.txt")
    )


def quantified(tree: Tree, i: int) -> bool:
    """Whether a plural is counted by a noun of number: "dozens of protesters", "hundreds of"."""
    token = tree.tokens[i]
    if token.dep != "pobj" or tree.tokens[token.head].text.lower() != "of":
        return False
    return tree.tokens[tree.tokens[token.head].head].lemma.lower() in QUANTITY_NOUNS


_COUNTS = MODIFIERS | {"quantmod"}


_GROUP_DETERMINERS = DEFINITE | {"these", "those", "both", "all"}
