"""Sides: an event's actors and recipients, with the steps that found them.

Joins the sides of verbs and nouns with the speaker, the addressee and the
host of a visit where the syntax gives none.
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.records import Analysis, Quote
from dateline.stages._arguments import ActorIndex, is_relational
from dateline.stages._clause_roles import object_of, prepositional_objects, subject_of
from dateline.stages._people_words import people_nouns
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events.addressees import ADDRESSEE_UNREAD
from dateline.stages.events.cues import Cue, load
from dateline.stages.events.modality import is_infinitive, is_negated
from dateline.stages.events.noun_sides import noun_arguments
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.triggers import Trigger
from dateline.stages.events.verb_sides import (
    DIRECT_OBJECT,
    DONE_FOR,
    speaker_after_quote,
    verb_arguments,
)
from dateline.stages.events.visits import host_of_the_envoy, visited_country

EventSides = tuple[tuple[str, ...], tuple[str, ...], list[str]]
"""An event's actors, its recipients, and the steps that found them."""


AGREED_TO = frozenset({"dobj", "obj", "xcomp", "prep", "dative", "nsubjpass", "auxpass"})
"""What "agree" or "accept" takes when it tells of a deal or a deed: an object, an
infinitive, a preposition ("to the suspension", "on a date"); a passive ("was
accepted") is a deed done to something."""


def _speaker_as_doer(
    analysis: Analysis, tree: Tree, trigger: Trigger
) -> tuple[tuple[str, ...], list[str]]:
    """The speaker who says "I" or "we" did it: '"We will not accept this," the minister said'.

    "I" may close a list: "my wife and I were fond of him" is the speaker's stance too.
    """
    subject, passive = subject_of(tree, trigger.token)
    if trigger.cue.pos == "NOUN" or passive or subject is None:
        return (), []
    said = next(
        (w for w in _subject_and_conjuncts(tree, subject) if w.lower() in ("i", "we")), None
    )
    if said is None:
        return (), []
    quote = quote_around(analysis, tree.tokens[subject].start)
    if quote is None or quote.speaker is None:
        return (), []
    return (quote.speaker,), [f"{INFERRED}actor: the speaker of the quote that says '{said}'"]


def _subject_and_conjuncts(tree: Tree, subject: int) -> list[str]:
    """The words of a subject and of the subjects joined to it: "my family and I"."""
    joined = [c for c in tree.children[subject] if tree.tokens[c].dep == "conj"]
    return [tree.tokens[word].text for word in (subject, *joined)]


def sides_of(
    analysis: Analysis, tree: Tree, trigger: Trigger, index: ActorIndex, *, hypothetical: bool
) -> EventSides:
    """The event's actors and recipients as its words give them, else as the story does.

    "We" in a quote is its speaker; a visit to a place is to its country.
    """
    actors, recipients, steps = _arguments(tree, trigger, index, hypothetical=hypothetical)
    if not actors:
        actors, said = _speaker_as_doer(analysis, tree, trigger)
        steps += said
        # "We have suspended him": a speaker wrongly found is never both sides.
        recipients = tuple(r for r in recipients if r not in actors)
    if _agreed_among_themselves(trigger.cue, actors, recipients, steps):
        recipients = ()
        steps = [step for step in steps if step != DONE_FOR]
    if trigger.cue.mode == "visit" and not recipients:
        recipients = visited_country(analysis.article, tree, trigger.token, actors)
        steps += [f"{INFERRED}recipient: the country of the place visited"] * bool(recipients)
    if trigger.cue.mode == "diplomatic" and not recipients:
        recipients = host_of_the_envoy(analysis.article, actors)
        steps += [f"{INFERRED}recipient: the country the story is about"] * bool(recipients)
    if not recipients and _assents_plainly(tree, trigger):
        recipients = _speaker_just_quoted(analysis, tree, trigger, actors)
        steps += [_AGREED_WITH_SPEAKER] * bool(recipients)
    if not recipients and (
        _addressee_unread(tree, trigger) or _told_to_no_actor(tree, trigger, index)
    ):
        steps.append(ADDRESSEE_UNREAD)
    elif not recipients and " ".join(trigger.cue.words) in lexicons.word_set("court_requests.txt"):
        steps.append(ADDRESSEE_UNREAD)  # "has appealed": to a court, if unnamed
    return actors, recipients, steps


_AGREED_WITH_SPEAKER = f"{INFERRED}recipient: the speaker quoted just before a plain 'agreed'"


def _assents_plainly(tree: Tree, trigger: Trigger) -> bool:
    """Whether a sentence's main verb is a bare, affirmed "agree": "Mr Lee agreed.".

    With nothing agreed to and no view of its own ("agreed the figures
    were poor"), it takes up what was said just before.
    """
    word = tree.tokens[trigger.token]
    return (
        trigger.cue.words == ("agree",)
        and word.dep == "ROOT"
        and not is_negated(tree, trigger.token)
        and not any(tree.tokens[c].dep in _AGREED_ON_A_VIEW for c in tree.children[trigger.token])
    )


_AGREED_ON_A_VIEW = AGREED_TO | {"ccomp"}


def _speaker_just_quoted(
    analysis: Analysis, tree: Tree, trigger: Trigger, actors: tuple[str, ...]
) -> tuple[str, ...]:
    """The speaker of the quote that ends the sentence before, when another than the doers.

    'The deal is "a lifeline for hill farms", said Ms Reid. Mr Lee agreed':
    Mr Lee agrees with Ms Reid.
    """
    sentence = tree.sentence_of[trigger.token]
    if sentence == 0:
        return ()
    before = sentence_chars(tree, *tree.sentence_span(sentence - 1))
    begins = tree.tokens[tree.sentence_span(sentence)[0]].start
    quoted = [q for q in analysis.article.quotes if before[0] < q.span[1] <= begins]
    speaker = quoted[-1].speaker if quoted else None
    return (speaker,) if speaker is not None and speaker not in actors else ()


def _agreed_among_themselves(
    cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...], steps: list[str]
) -> bool:
    """Whether an agreement of several doers is between them, not with whom its act is for.

    "Israel and Hamas agreed to exchange hostages": the two agreed with
    each other; the hostages are what they agreed on.
    """
    return (
        cue.type == "AGREE"
        and len(actors) > 1
        and bool(recipients)
        and steps.count(DONE_FOR) == len(recipients)
    )


def _addressee_unread(tree: Tree, trigger: Trigger) -> bool:
    """Whether the words name whom the event is addressed to, though as no actor.

    "urged politicians to ...", "called on them to ...": a demand's object
    or a pronoun in the recipient's place is someone, only not someone known.
    "criticised attempts to ..." names a thing, and no one; "attacked his
    policies" names a thing of someone's, a person the text does not say.
    """
    cue = trigger.cue
    places: list[int] = []
    if cue.recipient_object and cue.pos != "NOUN":
        places += [
            o
            for o in (object_of(tree, trigger.token),)
            if o is not None and not _what_is_asked(tree, trigger.token, o)
        ]
    for word in trigger.words:
        places += prepositional_objects(tree, word, cue.recipient_preps)
    return any(
        cue.type == "REQUEST"
        or tree.tokens[p].pos == "PRON"
        or _a_persons(tree, p)
        or is_relational(tree, p)  # "accused its neighbour": another, whom the text leaves open
        for p in places
    )


def _what_is_asked(tree: Tree, verb: int, obj: int) -> bool:
    """Whether a demand's object is the thing asked for, not whom it is asked of.

    "Demanded assurances", "urged a limit on fees": a common noun with no
    one bidden to act names what is wanted, and whom it is wanted of is
    left to the story; "urged ministers to act", "asked the court to rule"
    bid their object.
    """
    word = tree.tokens[obj]
    if word.pos != "NOUN" or word.text.lower() in people_nouns():
        return False
    if is_relational(tree, obj) or _a_persons(tree, obj):
        return False
    return not any(
        tree.tokens[c].dep in ("xcomp", "ccomp") and is_infinitive(tree, c)
        for c in tree.children[verb]
    )


def _told_to_no_actor(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a charge is made "to" someone the text names as no actor.

    "A complaint was sent to the panel", "lodged a complaint to the regulator",
    "complained to the watchdog": the words say whom it was put to, a body
    that is not the government the charge would otherwise be read as made
    of (:mod:`.addressees`). Where the "to" names an actor ("to ministers"),
    that actor's own reading stands.
    """
    teller = _teller(tree, trigger)
    if trigger.cue.type != "ACCUSE" or teller is None:
        return False
    addressees = [
        p
        for p in prepositional_objects(tree, teller, _TOLD_TO)
        if tree.tokens[p].pos in ("NOUN", "PROPN")
    ]
    return bool(addressees) and not any(index.actors_at(tree, p) for p in addressees)


_TOLD_TO = frozenset({"to"})


def _teller(tree: Tree, trigger: Trigger) -> int | None:
    """The word a charge's "to" phrase hangs on: a verb cue, or the verb that makes a noun cue.

    "A complaint was sent to the panel", "lodged a complaint to ...": the
    noun is the object, or the passive subject, of the verb that puts it,
    or one cue with it.
    A noun's own "to" ("a challenge to the plan") is what it is against.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos == "VERB":
        return trigger.token if _TOLD_TO & trigger.cue.recipient_preps else None
    if trigger.cue.pos == "VERB+OBJ":
        return trigger.token if word.pos == "VERB" else word.head
    if trigger.cue.pos == "NOUN" and word.dep in ("dobj", "obj", "nsubjpass"):
        return word.head
    return None


def _a_persons(tree: Tree, thing: int) -> bool:
    """Whether a thing is told as a person's by "his" or "her": "his policies"."""
    return any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].text.lower() in ("his", "her")
        for c in tree.children[thing]
    )


def _arguments(
    tree: Tree, trigger: Trigger, index: ActorIndex, *, hypothetical: bool
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """The event's actors and recipients (actor ids), and how they were found."""
    if trigger.cue.pos == "NOUN":
        actors, heads, steps = noun_arguments(tree, trigger, index, hypothetical=hypothetical)
    else:
        actors, heads, steps = verb_arguments(tree, trigger, index)
    if heads:
        heads += [
            (c, f"{INFERRED}recipient: the rest of a list the parse hung on the event word")
            for c in list_after(tree, trigger.token, max(h for h, _ in heads))
        ]
    if trigger.cue.type == "SANCTION":
        heads += _partners_in_dealings(tree, heads)
    heads = [_named_beside(tree, index, head, step) for head, step in heads]
    recipients: list[str] = []
    for head, step in heads:
        # Only words that name an actor explain a recipient ("strikes on Palmyra" do not).
        # "distanced himself from": a pronoun for the doer is no recipient, nor
        # is the speaker the parse made the object ('"Act now," urged Jo Bell');
        # another direct object naming the doer ("the party challenged the
        # Tories", the party read as the Tories) is kept, and the event found
        # a misreading.
        own = (
            tree.tokens[head].tag in ("PRP", "PRP$")
            or step != DIRECT_OBJECT
            or head == speaker_after_quote(tree, trigger.token)
        )
        found = [
            a
            for a in index.actors_at(tree, head)
            if a not in recipients and (a not in actors or not own)
        ]
        recipients += found
        if found and step not in steps:
            steps.append(step)
    return actors, tuple(recipients), steps


def _named_beside(tree: Tree, index: ActorIndex, head: int, step: str) -> tuple[int, str]:
    """The person a description's name in apposition gives, for the description itself.

    "urged the chief constable of Kent, Sir Tom Hale, to resign": the parse
    hangs the name on the last word of the description ("Kent"), or leaves
    it loose on the verb, so the description alone would be read, as no one
    or as a title without its holder.
    """
    word = tree.tokens[head]
    if word.pos != "NOUN" or not {word.lemma.lower(), word.text.lower()} & _title_ends():
        # "the treatment of the prisoner, Ali Khan": no office, and not the one named.
        return head, step
    first, last = tree.subtree(head)
    inside = [k for k in range(first, last) if k != head and tree.tokens[k].dep == "appos"]
    for name in inside + _loose_name_after(tree, last):
        if tree.tokens[name].pos == "PROPN" and _persons(index, tree, name):
            return name, f"{INFERRED}recipient: the name set beside the description"
    return head, step


def _loose_name_after(tree: Tree, comma: int) -> list[int]:
    """The head of a name after a comma that the parse left loose: ", Lord Hamilton, to ..."."""
    if comma >= len(tree.tokens) - 1 or tree.tokens[comma].text != ",":
        return []
    name = tree.compound_head(comma + 1)
    return [name] if tree.tokens[name].dep in _LOOSE_NAMES else []


@functools.cache
def _title_ends() -> frozenset[str]:
    """The last words of the titles of office: "judge", "constable", "treasurer"."""
    return frozenset(words[-1] for words in load_actor_lexicon().titles)


_LOOSE_NAMES = frozenset({"npadvmod", "appos", "dep"})
"""Labels the parse gives a name set beside a description that it hung on the verb."""


def _persons(index: ActorIndex, tree: Tree, name: int) -> bool:
    """Whether a name names persons only."""
    actors = index.actors_at(tree, name)
    return bool(actors) and all(index.kinds.get(a) == "person" for a in actors)


def _partners_in_dealings(tree: Tree, heads: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Whom the dealings a sanction falls on are had with: "a ban on trade with Cuba".

    A ban or an embargo on trade, arms sales or flights names the
    dealings, not the country punished; that country is the partner the
    dealings are with, to or from ("an embargo on arms sales to Myanmar",
    "a ban on trade and investment with Pyongyang").
    """
    found = []
    for head, _ in heads:
        dealings = [head] + [c for c in tree.children[head] if tree.tokens[c].dep == "conj"]
        found += [
            (partner, f"{INFERRED}recipient: whom the dealings it falls on are with")
            for dealing in dealings
            if tree.tokens[dealing].lemma.lower() in _DEALINGS
            for partner in _dealt_with(tree, dealing)
        ]
    return found


def _dealt_with(tree: Tree, dealing: int) -> list[int]:
    """Whom dealings are had with, to or from, where the parse hangs that on the sanction.

    "The EU's embargo on arms sales to China": the parse may hang "to China"
    on "embargo", beside "on arms sales", where it means the sales' partner.
    Only a phrase after the dealings counts ("a ban from Ottawa on exports"
    names who banned).
    """
    partners = prepositional_objects(tree, dealing, _DEALT_WITH)
    if partners or tree.tokens[dealing].dep != "pobj":
        return partners
    host = tree.tokens[tree.tokens[dealing].head].head
    return [p for p in prepositional_objects(tree, host, _HUNG_ON_THE_SANCTION) if p > dealing]


_DEALINGS = frozenset(
    {"trade", "export", "import", "sale", "travel", "flight", "investment", "business",
     "activity", "dealing", "shipment", "supply", "transaction", "deal", "contact", "tie"}
)  # fmt: skip
"""Dealings a sanction may fall on, had with another: trade, sales, travel, ties."""
_DEALT_WITH = frozenset({"with", "to", "from", "into"})
_HUNG_ON_THE_SANCTION = frozenset({"to", "from"})
"""A sanction's own "to" or "from" is whom its dealings go to or come from, not whom it is for."""


def list_after(tree: Tree, trigger: int, first: int) -> list[int]:
    """The rest of "strikes against army posts, Iranian troops and X targets".

    The parse may hang the list's later items on the event word itself, as
    if they were more events ("spoke to Bush, and the presidents of X and
    Y"), or on the noun the first item is "of" ("an overhaul of Nato, the
    IMF and the WTO"); any noun among them that is no event noun is
    one more target. A noun with a verb of its own starts a clause the parse
    misread ("accused the firm, and the courts sent in bailiffs").
    """
    nouns = load().nouns
    hosts = {trigger, *_owner_of_the_phrase(tree, first)}
    items = [
        c
        for host in sorted(hosts)
        for c in tree.children[host]
        if c > first and _hung_list_item(tree, c) and _a_named_thing(tree, c, nouns)
    ]
    return items + [
        c
        for item in items
        for c in _later_conjuncts(tree, item)
        if c not in items and _a_named_thing(tree, c, nouns)
    ]


def _a_named_thing(tree: Tree, word: int, nouns: dict[tuple[str, ...], Cue]) -> bool:
    """Whether a list item is a noun that names no event and starts no clause of its own."""
    return (
        tree.tokens[word].pos in ("NOUN", "PROPN")
        and (tree.tokens[word].lemma.lower(),) not in nouns
        and not any(tree.tokens[g].dep in ("acl", "relcl") for g in tree.children[word])
    )


def _owner_of_the_phrase(tree: Tree, head: int) -> list[int]:
    """The noun a prepositional object's phrase hangs on: "reform" in "reform of the UN"."""
    preposition = tree.tokens[head].head
    if tree.tokens[head].dep != "pobj" or tree.tokens[preposition].dep != "prep":
        return []
    owner = tree.tokens[preposition].head
    return [owner] if tree.tokens[owner].pos in ("NOUN", "PROPN") else []


def _hung_list_item(tree: Tree, word: int) -> bool:
    """Whether a word is a later item of a list the parse hung on the wrong word.

    A conjunct; or, after a comma, a noun the parse left as a loose
    dependent or a complement: "pressed for reform of Nato, the IMF and
    the WTO", with "IMF" on "pressed".
    """
    dep = tree.tokens[word].dep
    if dep == "conj":
        return True
    start = tree.subtree(word)[0]
    return dep in _LOOSE_ITEMS and start > 0 and tree.tokens[start - 1].text == ","


_LOOSE_ITEMS = frozenset({"dep", "oprd"})
"""Labels the parse gives a list item it could not place: a loose dependent, a complement."""


def _later_conjuncts(tree: Tree, item: int) -> list[int]:
    """The conjuncts that follow a list item: "the IMF and the WTO"."""
    found = []
    stack = [item]
    while stack:
        for child in tree.children[stack.pop()]:
            if tree.tokens[child].dep == "conj" and child > item:
                found.append(child)
                stack.append(child)
    return found


def sentence_chars(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """A sentence's characters, without the paragraph break the parser may end it with."""
    while last - 1 > first and not tree.tokens[last - 1].text.strip():
        last -= 1
    return tree.tokens[first].start, tree.tokens[last - 1].end


def quote_id(analysis: Analysis, offset: int) -> str | None:
    """The id of the quote a character of the text stands in, if any."""
    quote = quote_around(analysis, offset)
    return quote.id if quote is not None else None


def quote_around(analysis: Analysis, offset: int) -> Quote | None:
    """The quote a character of the text stands in, if any."""
    return next((q for q in analysis.article.quotes if q.span[0] <= offset < q.span[1]), None)
