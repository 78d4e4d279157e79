"""When and where an event happened: the nearest date and place the article gives.

The date and the place come from the event's own clause first, then its
sentence, then the caption (a caption's date is the publication date it
gave; a caption's place is the place it names), then the article: for the
date, the past its lead sentence is set in when that lies years back (a
story told from old papers), else its publication date; for the place, the
one named in the sentence before, or else the one it names most. The
explanation says which. A date belongs to the clause whose verb it hangs
from: of the sentence's other clauses, only those the event's clause is
said or done in lend it theirs.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Iterator

from dateline.records import (
    UNKNOWN_DATE,
    Analysis,
    DateValue,
    Place,
    Span,
    TimeMention,
    Token,
)
from dateline.stages._spans import dateline_end
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.places import caption_places
from dateline.stages.times.published import caption_date


def clause_of(tree: Tree, trigger: int) -> Span:
    """The characters of the clause a trigger stands in: its verb's, or its own."""
    token = tree.tokens[trigger]
    head = trigger if token.pos == "VERB" or token.head == trigger else token.head
    first, last = tree.subtree(head)
    return tree.tokens[first].start, tree.tokens[last - 1].end


def setting_of(
    analysis: Analysis, tree: Tree, trigger: int, sentence: Span, actors: tuple[str, ...]
) -> tuple[DateValue, str | None, list[str]]:
    """The date and place id of an event told at ``trigger``, with the steps that found them."""
    clause = clause_of(tree, trigger)
    date, date_step = date_of(analysis, clause, sentence, trigger=trigger)
    place, place_step = place_of(analysis, clause, sentence, trigger=trigger, actors=actors)
    return date, place, [step for step in (date_step, place_step) if step]


def date_of(
    analysis: Analysis, clause: Span, sentence: Span, *, trigger: int | None = None
) -> tuple[DateValue, str | None]:
    """The event's date and the explanation step that found it.

    A noun that names the event may carry its own date, before its
    clause's: "Last year, the US ended an agreement reached in 1992"
    (``trigger``, the noun's token, says which). A date counts for the
    clause whose verb it hangs from: in "extended a deal, which helped it
    overcome a crisis last year", "last year" is when the crisis was
    overcome, not when the deal was extended. So the clause's own dates come
    first; then those of the clauses it is said or done in ("said on Tuesday
    that it had agreed", "Last year, the crisis forced him to suspend
    exports"), not those of clauses inside it or beside it. A day "since" or
    "until" which something lasts is no day it happened on. When the clause
    names a date that cannot be placed (a weekday with no known publication
    day), the sentence's other dates are not its date: the publication date
    stands for it.

    An event with no date of its own, told in the past in a story whose
    lead sentence is set years back ("last governed alone in 1915"),
    is dated by that lead (:func:`_story_date`).

    A wire dateline's date is when the story was filed, not when its events
    happened ("BEIRUT, 5 March 2024 - ... were killed ... yesterday"): it
    counts only as the publication date, at the end. "Now" or "recently"
    (a ``vague`` value) is no date to put an event on.
    """
    tree = Tree(analysis.parse, analysis.article.text)
    unplaced = False
    for where, span, owners in _date_steps(tree, clause, sentence, trigger):
        for time in _dates_in(analysis, tree, span, owners):
            if time.value.value is not None:
                return time.value, f"date: the first date in its {where}"
            unplaced = unplaced or (where != "sentence" and _names_a_date(time.text))
        if unplaced:
            break
    captioned = caption_date(analysis.article)
    if captioned is not None:
        return captioned, "date: the caption's date"
    published = analysis.article.published
    if published.value is None:
        return UNKNOWN_DATE, None
    story = None if unplaced else _story_date(analysis, tree, published)
    if story is not None and _told_in_the_past(tree, clause):
        return story, "date: the past its article's lead sentence is set in"
    reason = "its clause's date cannot be placed" if unplaced else "none in its clause or sentence"
    return (
        dataclasses.replace(published, basis="inferred"),
        f"date: the article's publication date ({reason})",
    )


_HISTORY = 2
"""How many years before its publication a lead sentence's date must lie to set a story in
the past: last year's figures are news, a coalition talk of thirty years ago is history."""


def _story_date(analysis: Analysis, tree: Tree, published: DateValue) -> DateValue | None:
    """The date a story is set at, when its lead sentence tells of years before it came out.

    "The Liberals last governed alone in 1915, when ...": an article
    whose first sentence puts what it reports, told in the simple past,
    years back (papers released after 30 years, an anniversary) goes on to
    tell of that time, and "Hours later" or "The following day" stay in it.
    A lead in the present perfect ("has been jailed for a 1999 murder")
    reports news of the day, whatever dates it names.
    """
    if not tree.parse.sentences:
        return None
    first, last = tree.sentence_span(0)
    root = next((i for i in range(first, last) if tree.tokens[i].head == i), None)
    if root is None or tree.tokens[root].tag != "VBD":
        return None
    lead = (tree.tokens[first].start, tree.tokens[last - 1].end)
    owners = dict.fromkeys(_verb_chain(tree, root))
    time = next(iter(_dates_in(analysis, tree, lead, owners)), None)  # the lead's first date
    if time is None:
        return None
    year, now = _year(time.value.value), _year(published.value)
    if year is None or now is None or year > now - _HISTORY:
        return None
    return dataclasses.replace(time.value, basis="inferred")


def _verb_chain(tree: Tree, verb: int) -> set[int]:
    """A verb and the infinitives that complete it: "failed to win a majority in 1974"."""
    chain, todo = {verb}, [verb]
    while todo:
        node = todo.pop()
        found = [c for c in tree.children[node] if tree.tokens[c].dep == "xcomp"]
        chain.update(found)
        todo += found
    return chain


def _year(value: str | None) -> int | None:
    """The year of a date's value (``1974``, ``1974-02``), if it has one."""
    return int(value[:4]) if value and value[:4].isdigit() else None


def _told_in_the_past(tree: Tree, clause: Span) -> bool:
    """Whether a clause, and every clause it is said or done in, is told in the past.

    "the Queen invited Mr Wilson", "he was resigning", "had gone", and
    "collapsed, prompting the Queen to ask", whose participle takes its
    tense from the verb it hangs on: yes; "has said", "says", "will meet",
    and "has said the talks were a mistake", which is said now: no.
    """
    head = _clause_head(tree, clause)
    if head is None:
        return False
    heads = [head, *_embedding(tree, _owner(tree, head))]
    return any(_past(tree, h) for h in heads) and not any(_present(tree, h) for h in heads)


def _auxiliaries(tree: Tree, verb: int) -> list[Token]:
    return [tree.tokens[c] for c in tree.children[verb] if tree.tokens[c].dep in ("aux", "auxpass")]


def _past(tree: Tree, verb: int) -> bool:
    """Whether a verb is in a past tense: "invited", "was resigning", "had gone"."""
    return tree.tokens[verb].tag == "VBD" or any(a.tag == "VBD" for a in _auxiliaries(tree, verb))


def _present(tree: Tree, verb: int) -> bool:
    """Whether a verb speaks from now: "says", "has said", "will meet"."""
    return tree.tokens[verb].tag in PRESENT_TAGS or any(
        a.tag in PRESENT_TAGS | {"MD"} for a in _auxiliaries(tree, verb)
    )


_Owners = dict[int, int | None]
"""The heads of the clauses whose dates count, each with the character before which they count
(None: anywhere)."""
_Step = tuple[str, Span, _Owners | None]
"""Where to look for an event's date: its name, its characters, the clauses whose dates count
(None: any)."""
_PlaceStep = tuple[str, Span, _Owners | None, frozenset[int]]
"""Where to look for an event's place: its name, its characters, the clauses whose places
count (None: any), the nouns whose places count."""


def _date_steps(tree: Tree, clause: Span, sentence: Span, trigger: int | None) -> list[_Step]:
    """Where an event's date is looked for, in order: its noun's words, its clause, its sentence."""
    head = _clause_head(tree, clause)
    if head is None:
        return [("clause", clause, None), ("sentence", sentence, None)]
    owner = _owner(tree, head)
    steps: list[_Step] = [
        ("clause", clause, {owner: None}),
        ("sentence", sentence, _embedding(tree, owner)),
    ]
    if trigger is not None and tree.tokens[trigger].pos in ("NOUN", "PROPN"):
        set_off = set_off_participles(tree, trigger)
        first, last = tree.subtree(trigger)
        last = max([last, *(tree.subtree(p)[1] for p in set_off)])
        words = (tree.tokens[first].start, tree.tokens[last - 1].end)
        steps.insert(0, ("own words", words, dict.fromkeys(_noun_clauses(tree, trigger) | set_off)))
    return steps


def _dates_in(
    analysis: Analysis, tree: Tree, span: Span, owners: _Owners | None
) -> Iterator[TimeMention]:
    """The time expressions of a span that may date an event there, in text order.

    Those of the clauses ``owners`` heads, not after a wire dateline, not
    opening or closing a period, not vague.
    """
    filed = dateline_end(analysis.article.text)
    for time in analysis.article.times:
        if not span[0] <= time.span[0] < span[1] or time.span[0] < filed:
            continue
        first = tree.token_at(time.span[0])
        if first is None or _bounds_a_period(tree, first) or time.value.precision == "vague":
            continue
        if _deadline_or_start(tree, first, time.span[1]):
            continue
        if owners is None or _counts_for(owners, _owner(tree, first), time.span[0]):
            yield time


_CLAUSES = frozenset(
    {"relcl", "advcl", "ccomp", "xcomp", "acl", "csubj", "csubjpass", "parataxis", "conj"}
)
"""The links by which a clause hangs inside another: a date within one is that clause's."""
_CONTENT_PREPOSITIONS = frozenset({"of", "to", "for"})
"""Prepositions whose gerund tells what is charged, owned up to or blamed: its own time."""
_AT_THE_TIME = frozenset({"when", "while", "as", "after", "before", "once"})
"""Words opening a clause that says when its head's clause happened: it shares that date."""
_PERIOD_EDGES = frozenset({"since", "until", "till"})
"""Words that make a date the start or end of a period rather than a day something happened."""
_RANGE_ENDS = frozenset({"to", "until", "till", "-", "and"})
"""Words that close a range opened by "from": "from 1941 to 1945" is a period things happened in."""


_A_DATE = re.compile(
    r"\b(?:"
    + "|".join(n for n in (*calendar.day_name, *calendar.month_name) if n)
    + r"|yesterday|today|tonight|tomorrow"
    + r"|(?:this|last|next)\s+(?:week|weekend|month|year|spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
"""Words that name a date, not a length of time: "on Tuesday", "last April", not "two-day"."""


def _names_a_date(words: str) -> bool:
    return _A_DATE.search(words) is not None


def _owner(tree: Tree, token: int) -> int:
    """The head of the clause a token stands in: the first clause link or root above it.

    A conjunct is a clause of its own only when it is a verb ("met on Monday
    and signed a deal on Tuesday"); "talks in March and April" stay one. A
    clause that tells when the other happened is part of it: "were killed
    when drones hit a post yesterday" were killed yesterday. A gerund that
    tells what someone is accused of or admits is a clause of its own
    ("admitted to paying bribes between 1997 and 2002" was admitted now).
    """
    node = token
    for _ in range(len(tree)):
        current = tree.tokens[node]
        if current.head == node:
            return node
        if (
            current.dep in _CLAUSES
            and not (
                (current.dep == "conj" and current.pos not in ("VERB", "AUX"))
                or (current.dep == "advcl" and _at_the_time(tree, node))
            )
        ) or _content_gerund(tree, node):
            return node
        node = current.head
    return node


def _content_gerund(tree: Tree, token: int) -> bool:
    """Whether a token is a gerund after "of", "to" or "for": "accused of raising taxes"."""
    current = tree.tokens[token]
    return (
        current.dep == "pcomp"
        and current.tag == "VBG"
        and tree.tokens[current.head].text.lower() in _CONTENT_PREPOSITIONS
    )


def _noun_clauses(tree: Tree, noun: int) -> set[int]:
    """The clauses whose dates are a noun's own: its clause's, and participles on it.

    "the demand, filed in 1999" or "a deal signed on Tuesday" tell when the
    demand or the deal was made; a relative clause ("a deal, which helped
    it overcome a crisis last year") tells something else it did.
    """
    participles = {
        child
        for child in tree.children[noun]
        if tree.tokens[child].dep == "acl" and tree.tokens[child].tag in ("VBN", "VBG")
    }
    return {_owner(tree, noun), *participles}


def set_off_participles(tree: Tree, noun: int) -> set[int]:
    """Past participles set off by a comma right after a noun's phrase, which tell of the noun.

    "ended a pact with Mexico, agreed in 1994": the parse hangs
    "agreed" on "ended", but it is the pact that was agreed in 1994.
    """
    _, end = tree.subtree(noun)
    if end >= len(tree) or tree.tokens[end].text != ",":
        return set()
    verb = tree.tokens[noun].head
    return {
        child
        for child in tree.children[verb]
        if tree.tokens[child].dep == "advcl"
        and tree.tokens[child].tag == "VBN"
        and tree.subtree(child)[0] == end + 1
    }


def _at_the_time(tree: Tree, verb: int) -> bool:
    """Whether an adverbial clause says when its head's clause happened ("when", "as", "after")."""
    return any(
        tree.tokens[c].dep in ("mark", "advmod") and tree.tokens[c].text.lower() in _AT_THE_TIME
        for c in tree.children[verb]
    )


def _embedding(tree: Tree, owner: int) -> _Owners:
    """The heads of a clause and of every clause it is said or done in, nearest first.

    A relative clause is done in none: "Mr Hale, who has clashed with his
    leaders, was a minister in 1997" did not clash in 1997. One opened by
    "when" tells of a time, which its sentence may date ("in the spring of
    1983, before the summer when miners walked out").
    """
    heads: _Owners = {owner: None}
    node = owner
    while tree.tokens[node].head != node and not _relative_clause(tree, node):
        upper = _owner(tree, tree.tokens[node].head)
        heads.setdefault(upper, tree.tokens[upper].start if _beside(tree, node) else None)
        node = upper
    return heads


def _counts_for(owners: _Owners, owner: int, start: int) -> bool:
    """Whether a date standing in the clause ``owner`` heads, at ``start``, counts."""
    if owner not in owners:
        return False
    before = owners[owner]
    return before is None or start < before


def _beside(tree: Tree, conjunct: int) -> bool:
    """Whether a conjoined clause tells of its own time: it has its own subject, or is perfect.

    "discussed it on a trip last year, and the issue came up again during a
    visit" and "shut its office last year and has withdrawn from Belarus" do
    not put the second on the first's date; a date put before both ("Last
    year, it shut an office and withdrew") still counts for both.
    """
    token = tree.tokens[conjunct]
    if token.dep != "conj":
        return False
    return any(
        tree.tokens[c].dep in ("nsubj", "nsubjpass")
        or (tree.tokens[c].dep == "aux" and tree.tokens[c].lemma == "have")
        for c in tree.children[conjunct]
    )


def _relative_clause(tree: Tree, head: int) -> bool:
    """Whether a clause is a relative clause on a noun, other than one telling of a time."""
    return tree.tokens[head].dep == "relcl" and not any(
        tree.tokens[c].text.lower() == "when" for c in tree.children[head]
    )


def _bounds_a_period(tree: Tree, first: int) -> bool:
    """Whether a date opens or closes a period ("since 2011", "until March").

    Or dates what does: "since the eruption of the crisis in 2011". The
    "since" is looked for up to the verb the date's phrase hangs from.
    """
    if first > 0 and tree.tokens[first - 1].text.lower() in _PERIOD_EDGES:
        return True
    for _, parent in tree.ancestors(first, len(tree)):
        token = tree.tokens[parent]
        if token.pos in ("VERB", "AUX"):
            return False
        if token.dep == "prep" and token.text.lower() in _PERIOD_EDGES:
            return True
    return False


def _deadline_or_start(tree: Tree, first: int, end: int) -> bool:
    """Whether a date right after "by" or "from" is a deadline or an open start.

    "cuts by 2011" and "supplies from 2009 onwards" say when something is due
    or begins, not when the event happened; "from 1941 to 1945" is a period
    things happened in, and a "by" further off names who did something.
    """
    before = tree.tokens[first - 1].text.lower() if first > 0 else ""
    if before != "from":
        return before == "by"
    last = tree.token_at(end - 1)
    after = last + 1 if last is not None else len(tree)
    return after >= len(tree) or tree.tokens[after].text.lower() not in _RANGE_ENDS


def place_of(
    analysis: Analysis,
    clause: Span,
    sentence: Span,
    *,
    trigger: int | None = None,
    actors: tuple[str, ...] = (),
) -> tuple[str | None, str | None]:
    """The event's place id and the explanation step that found it.

    The place the clause's verb is done in ("was detained in Zambia") comes
    before any other its clause names ("Mr Mubanga, from north London, was
    detained in Zambia"); then the first place of the clause, of the
    sentence, the caption's place, where the article says one of its
    ``actors`` spoke ("Speaking in the Commons, Mr Kennedy said": the rest
    of what the article has him say, he said there too), the place of the
    sentence before (news names where something happened once, then tells
    what happened there), the place the article names most, and last the
    town of a wire dateline (where the story was filed) when the text names
    no other place. A place of the clause or sentence counts only where it
    tells where the event's clause, or a clause it is said or done in,
    happened (as a date does, see :func:`_place_steps`). Those last three
    are taken only in the country of whoever does the event, when the text
    gives it one: "Turkey condemned the shelling" in a story about Homs did
    not happen in Homs; nor did the "urged Syria" it shares its subject with.
    """
    places = analysis.article.places
    tree = Tree(analysis.parse, analysis.article.text)
    own = _verb_place(tree, places, clause)
    if own is not None:
        return own.id, "place: the place its verb is done in"
    for where, span, owners, anchors in _place_steps(tree, clause, sentence):
        for place in places:
            if any(
                _sets(tree, mention, span, owners, anchors)
                and not _talked_about(tree, mention, trigger)
                for mention in place.mentions
            ):
                return place.id, f"place: the place named in its {where}"
    named = caption_places(analysis)
    captioned = next((p for p in places if p.name in named), None)
    if captioned is not None:
        return captioned.id, "place: the place the caption names"
    spoken = _speaking_places(analysis, tree) if actors else {}
    spoken_in = next((spoken[actor] for actor in actors if actor in spoken), None)
    if spoken_in is not None:
        return spoken_in, "place: where its doer was said to speak"
    doers = _doer_countries(analysis, tree, clause)
    filed = dateline_end(analysis.article.text)
    before = _sentence_before(tree, sentence)
    if before is not None and before[0] < filed:
        before = None  # the dateline is no sentence: its place is the dateline's
    in_text = tuple(p for p in places if any(s >= filed for s, _ in p.mentions))
    for fallback, step in (
        (_last_named(places, before) if before is not None else None, "the sentence before"),
        (_most_named(in_text, filed), "the article names most"),
        # Where the story was filed, when its text names nowhere else: a
        # foreign bureau's dateline ("BEIRUT -") is seldom where a Syrian
        # ministry condemned a strike on Homs.
        (next((p for p in places if p not in in_text), None) if not in_text else None, "dateline"),
    ):
        if fallback is not None and (not doers or fallback.country in doers):
            return fallback.id, _PLACE_STEPS[step]
    return None, None


def _speaking_places(analysis: Analysis, tree: Tree) -> dict[str, str]:
    """The place each actor is said to speak in, by actor id: the first the article gives.

    "Speaking in Harrogate, Mr Kennedy said", "Mr Kennedy, speaking in the
    Commons, said": a participle with no subject of its own, whose subject
    is its clause's or the noun it follows.
    """
    found: dict[str, str] = {}
    places = analysis.article.places
    for start, place in sorted((s, p.id) for p in places for s, _ in p.mentions):
        speaker = _speaker_set_in(tree, start)
        if speaker is None:
            continue
        for actor in analysis.article.actors:
            if any(s < speaker[1] and speaker[0] < e for s, e in actor.mentions):
                found.setdefault(actor.id, place)
    return found


def _speaker_set_in(tree: Tree, start: int) -> Span | None:
    """The characters of whoever a place at ``start`` is said to be speaking in, if anyone."""
    token = tree.token_at(start)
    if token is None:
        return None
    while tree.tokens[token].dep in ("compound", "amod") and tree.tokens[token].head != token:
        token = tree.tokens[token].head  # "House" of "House of Lords"
    preposition = tree.tokens[tree.tokens[token].head]
    if tree.tokens[token].dep != "pobj" or preposition.text.lower() not in ("in", "at"):
        return None
    verb = preposition.head
    participle = tree.tokens[verb]
    if participle.lemma.lower() not in _SPEAKING or participle.tag not in ("VBG", "VBN"):
        return None
    if participle.dep == "acl":  # "Mr Kennedy, speaking in the Commons, said"
        noun = tree.tokens[participle.head]
        return noun.start, noun.end
    if participle.dep != "advcl" or _has_subject(tree, verb):
        return None
    subjects = [
        c for c in tree.children[participle.head] if tree.tokens[c].dep in ("nsubj", "nsubjpass")
    ]
    return (tree.tokens[subjects[0]].start, tree.tokens[subjects[0]].end) if subjects else None


_SPEAKING = frozenset({"speak", "talk", "reply", "respond", "answer", "address", "write"})
"""Verbs of speaking whose setting is where the speaker was: "Speaking in Lyon"."""


def _place_steps(tree: Tree, clause: Span, sentence: Span) -> list[_PlaceStep]:
    """Where an event's place is looked for, in order: its clause, its sentence.

    As with dates, a place named in another clause tells where that clause
    happened: in "a campaign in Wales followed the bombs which killed four",
    the bombs did not kill in Wales, and "denied that he had met rebels in
    Bogota" was not denied in Bogota. A participle set off without a subject
    of its own ("Speaking in Lyon, the minister attacked the plan") shares
    its clause's place, both ways.
    """
    head = _clause_head(tree, clause)
    if head is None:
        return [("clause", clause, None, frozenset()), ("sentence", sentence, None, frozenset())]
    owner = _place_owner(tree, head)
    embedding = _embedding(tree, owner)
    whereabouts = dict.fromkeys(_whereabouts(tree, embedding))
    anchors = frozenset(_antecedents(tree, owner))
    return [
        ("clause", clause, {owner: None, **whereabouts}, anchors),
        ("sentence", sentence, {**embedding, **whereabouts}, anchors),
    ]


def _antecedents(tree: Tree, owner: int) -> list[int]:
    """The noun a relative clause tells of, whose own place is the clause's.

    "a fire at a refinery in Texas, which shut down production" shut down
    in Texas; "the unrest in Peru, where miners struck" struck in Peru.
    """
    token = tree.tokens[owner]
    return [token.head] if token.dep == "relcl" else []


def _whereabouts(tree: Tree, heads: _Owners) -> list[int]:
    """Relative clauses saying where a clause's subject is: "Mr Ruiz, who is in Lima, said".

    A place in such a clause is where its subject acted; not in "who was not
    at the meeting in Oslo".
    """
    return [
        clause
        for head in heads
        for subject in tree.children[head]
        if tree.tokens[subject].dep in ("nsubj", "nsubjpass")
        for clause in tree.children[subject]
        if tree.tokens[clause].dep == "relcl"
        and tree.tokens[clause].lemma == "be"
        and not any(tree.tokens[c].dep == "neg" for c in tree.children[clause])
    ]


def _place_owner(tree: Tree, token: int) -> int:
    """The head of the clause whose place a token's words tell.

    As :func:`_owner`, but an adverbial clause with no subject of its own
    ("speaking in Lyon") is its head's.
    """
    owner = _owner(tree, token)
    for _ in range(len(tree)):
        current = tree.tokens[owner]
        if current.dep != "advcl" or current.head == owner or _has_subject(tree, owner):
            return owner
        owner = _owner(tree, current.head)
    return owner


def _has_subject(tree: Tree, verb: int) -> bool:
    """Whether a verb has a subject of its own."""
    return any(tree.tokens[c].dep in ("nsubj", "nsubjpass", "expl") for c in tree.children[verb])


def _sets(
    tree: Tree, mention: Span, span: Span, owners: _Owners | None, anchors: frozenset[int]
) -> bool:
    """Whether a place named at ``mention`` within ``span`` tells where the event happened.

    It stands in a clause ``owners`` holds, or qualifies a noun of ``anchors``.
    """
    start = mention[0]
    if not span[0] <= start < span[1]:
        return False
    if owners is None:  # no clause to hold it to: anywhere in the span
        return True
    token = tree.token_at(start)
    if token is None:
        return False
    return _counts_for(owners, _place_owner(tree, token), start) or any(
        _hangs_on(tree, token, noun) for noun in anchors
    )


def _hangs_on(tree: Tree, token: int, noun: int) -> bool:
    """Whether a word is a noun, or in a phrase that qualifies it with no clause between."""
    if token == noun:
        return True
    for child, parent in tree.ancestors(token, len(tree)):
        if tree.tokens[child].dep not in _PHRASE_LINKS:
            return False
        if parent == noun:
            return True
    return False


_PHRASE_LINKS = frozenset({"pobj", "prep", "compound", "amod", "appos", "poss", "nmod", "conj"})
"""Links within a noun's phrase: "a refinery in Texas", "the Lima office"."""


def _talked_about(tree: Tree, mention: Span, trigger: int | None) -> bool:
    """Whether a place's name only qualifies a thing the event is about, not where it was.

    "defended the Iraq war", "rejected calls for an inquiry into the Iraq
    war": the name qualifies a noun the verb acts on or speaks of, not the
    scene; unless that noun is, or hangs on, the event's own ("air strikes
    on Palmyra city") or a scene ("agreed at a Brussels summit", "at the end
    of his Gulf tour").
    """
    node = _qualified_noun(tree, mention)
    if node is None:
        return False
    for _ in range(len(tree)):
        token = tree.tokens[node]
        if node == trigger or token.pos not in ("NOUN", "PROPN"):
            return False
        if token.dep != "pobj":
            return token.dep in _ARGUMENTS
        preposition = tree.tokens[token.head]
        if preposition.text.lower() in _SCENE_PREPOSITIONS:
            return False
        node = preposition.head
        if tree.tokens[node].pos in ("VERB", "AUX"):
            return True  # "clashed over the Iraq war"
    return False


def _qualified_noun(tree: Tree, mention: Span) -> int | None:
    """The word a place's name qualifies ("war" in "the Iraq war"), if it qualifies one."""
    first, last = tree.token_at(mention[0]), tree.token_at(mention[1] - 1)
    if first is None or last is None:
        return None
    head = tree.phrase_head(first, last + 1)
    if head is None or tree.tokens[head].dep not in _QUALIFYING:
        return None
    return tree.tokens[head].head


_QUALIFYING = frozenset({"compound", "poss", "amod", "nmod"})
"""Links by which a name qualifies a noun: "the Iraq war", "Britain's policy"."""
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "attr", "oprd"})
"""The roles of a noun a verb acts on or says something of."""
_SCENE_PREPOSITIONS = frozenset(
    {"in", "at", "during", "inside", "outside", "near", "across", "throughout", "around", "within"}
)
"""Prepositions whose noun is where something happens: "at a Brussels summit"."""


_PLACE_STEPS = {
    "the sentence before": "place: the place named in the sentence before",
    "dateline": "place: the dateline's place",
    "the article names most": "place: the place the article names most",
}
"""How the last steps of :func:`place_of` explain the place they found."""


def _doer_countries(analysis: Analysis, tree: Tree, clause: Span) -> set[str]:
    """The countries of the actors the clause's subject names: who does the event."""
    head = _clause_head(tree, clause)
    if head is None:
        return set()
    holders = [head]
    if tree.tokens[head].dep == "conj" and not any(
        tree.tokens[c].dep in ("nsubj", "nsubjpass") for c in tree.children[head]
    ):
        # "Turkey condemned the shelling and urged Syria": the second verb's
        # subject is the first's, unless it has its own ("and Finland praised").
        holders.append(tree.tokens[head].head)
    subjects = [
        tree.tokens[c]
        for holder in holders
        for c in tree.children[holder]
        if tree.tokens[c].dep in ("nsubj", "csubj")
    ]
    return {
        actor.country
        for actor in analysis.article.actors
        if actor.country
        and any(s < t.end and t.start < e for t in subjects for s, e in actor.mentions)
    }


def _clause_head(tree: Tree, clause: Span) -> int | None:
    """The token that heads a clause's span: the one whose head lies outside, or the root."""
    first, last = tree.token_at(clause[0]), tree.token_at(clause[1] - 1)
    if first is None or last is None:
        return None
    head = tree.phrase_head(first, last + 1)
    if head is None:  # the clause is its sentence's: its head is the root
        head = next((i for i in range(first, last + 1) if tree.tokens[i].head == i), None)
    return head


def _verb_place(tree: Tree, places: tuple[Place, ...], clause: Span) -> Place | None:
    """The place a preposition on the clause's head verb names: "detained in Zambia"."""
    head = _clause_head(tree, clause)
    if head is None:
        return None
    for place in places:
        for start, end in place.mentions:
            token = tree.token_at(end - 1)
            if token is None or not clause[0] <= start < clause[1]:
                continue
            preposition = tree.tokens[token].head
            if (
                tree.tokens[token].dep == "pobj"
                and tree.tokens[preposition].dep == "prep"
                and tree.tokens[preposition].head == head
            ):
                return place
    return None


def _sentence_before(tree: Tree, sentence: Span) -> Span | None:
    """The characters of the sentence before the one ``sentence`` starts, in the same paragraph."""
    first = tree.token_at(sentence[0])
    if first is None:
        return None
    number = tree.sentence_of[first]
    if number == 0:
        return None
    before = tree.text[: sentence[0]]
    if "\n" in before[len(before.rstrip()) :]:
        return None  # the sentence opens a paragraph: a new setting
    start, end = tree.sentence_span(number - 1)
    return tree.tokens[start].start, tree.tokens[end - 1].end


def _last_named(places: tuple[Place, ...], span: Span) -> Place | None:
    """The place named last in a span of the text."""
    found = [(start, p) for p in places for start, _ in p.mentions if span[0] <= start < span[1]]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _most_named(places: tuple[Place, ...], after: int = 0) -> Place | None:
    """The place the text names most often after ``after`` (a dateline).

    On a tie, the first named; but a country gives way to a town named as
    often: "met SEC officials" in a story that names the US once and the
    SEC's Washington headquarters once was done in Washington. A country
    named no more often than a town is more often what the story is about,
    or where someone comes from, than where it happened. A region ("Europe",
    "the EU") keeps its place: it is no scene a town would narrow.
    """
    counts = {p.id: [m for m in p.mentions if m[0] >= after] for p in places}
    named = [p for p in places if counts[p.id]]
    if not named:
        return None
    top = max(len(counts[p.id]) for p in named)
    most = sorted((p for p in named if len(counts[p.id]) == top), key=lambda p: min(counts[p.id]))
    if most[0].kind == "country":
        return next((p for p in most if p.kind == "city"), most[0])
    return most[0]
