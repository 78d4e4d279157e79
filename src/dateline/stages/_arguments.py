"""Who did it and to whom: actors read from the dependency parse.

Tokens are mapped to the actors stage's ids through the actors' mention
spans, so every event argument and every quote's speaker is an actor with
its coding. A demonym that
describes ("Israeli air strikes") stands for its country's actor when the
article has one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from dateline import lexicons
from dateline.records import Actor, Quote
from dateline.stages._clause_roles import (
    DESCRIBERS,
    OWNERS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    agent_of,
    body_of_some,
    counted_by,
    examples_named,
    goods_traded,
    leader_of,
    object_of,
    owned_by_a_pronoun,
    prepositional_objects,
    same_verb,
    set_off_participle,
    subject_of,
    with_conjuncts,
)
from dateline.stages._speakers import (
    CLAUSE_REACH,
    aside_speaker,
    closing_speaker,
    conjoined_clause_subject,
    owner_told_of,
    passive_doer,
    put_forward_by,
    saying_verb,
    sentence_root,
    sentence_subject,
    spoken_in,
)
from dateline.stages._tree import Tree
from dateline.stages.quotes import cues as quote_cues

_GROUP_NOUNS = frozenset({"group", "movement", "faction", "militia", "coalition", "alliance"})
"""Words for the kind of a group, on which the parse may hang its name as an nmod."""
_PERSONS = frozenset({"person"})
_THEIRS = frozenset({"organization", "country", "group"})
_POSSESSIVE_KINDS = {
    "his": _PERSONS,
    "her": _PERSONS,
    "its": frozenset({"organization", "country"}),
    "their": _THEIRS,
}
_PAIR = 2
"""The fewest actors a subject must join to be the plural a "their" takes up."""
# In "Baghdad announced that it had agreed", "it" is the body that reports,
# and in "the Revolutionary Guards said they had attacked", "they" are the
# ones who report; but "the ministry says they were freed" speaks of others.
_REPORTING_PRONOUNS = {
    "it": frozenset({"organization", "country"}),
    "they": frozenset({"organization", "group"}),
}
_IT_KINDS = _REPORTING_PRONOUNS["it"]
_MEMBERS = frozenset({"member"})
"""The noun for the people a body is made of, who act for it: "its members urged ..."."""
_FARTHER_BACK = 2
"""How far back "him" or "her" looks past a sentence that names no person."""
_CHAINED_SENTENCES = 3
"""How many sentences opening with the same "it" or "they" a body named before carries over."""
_QUOTE_ENDS = " \n\"'\u201d\u2019"
"""What may stand between a quote's last word and the next sentence: its closing marks."""
_OPEN_CLAUSE_MARKS = frozenset({"to", "whether", "if"})
"""Words by which an "it" is of a thing wanted or wondered at: "wanted it to end",
"to see whether it would yield evidence"."""
_SEVERAL = 2
"""Doers enough that a singular "his" on their object is someone else's."""
_SOLE_PERSON_REACH = 5
"""How many sentences back "his" or "her" may mean the one person a story has named."""
# Verbs whose "it" stands for nothing: "it is thought", "it seems", "it
# comes after", "it emerged that".
_EMPTY_IT_VERBS = frozenset(
    {"be", "seem", "appear", "come", "emerge", "remain", "take", "follow", "mean", "look",
     "matter", "happen", "rain", "cost"}
)  # fmt: skip
# Plural nouns that, with "two" or "both", mean the last two actors named
# of a kind: "the two countries", "both men"; "the two sides" any two bodies.
_PAIR_NOUNS: dict[str, str | None] = {
    "country": "country",
    "nation": "country",
    "government": "country",
    "neighbour": "country",
    "neighbor": "country",
    "man": "person",
    "woman": "person",
    "leader": "person",
    "side": None,
}
# Plural nouns that, with "two" or "both", mean the last two bodies of the
# sector the noun is a word for: "both parties", "the two companies".
_PARTIES = "PTY"
_CIVILIANS = "CVL"
_BODY_PAIR_SECTORS = {"party": _PARTIES, "union": "LAB", "company": "BUS", "firm": "BUS"}
_LEAD_SENTENCES = 2
"""How many of a story's first sentences name the couple it is about."""
_PAIR_REACH = 3
"""How many sentences back "both sides" looks for the pair last named together."""
_PAIRS = frozenset({"pair", "duo"})
"""Nouns that mean two people whatever the words around them."""
_DEFINITE = frozenset({"the", "this", "these"})
_MAKERS = frozenset({"by", "from"})
"""Prepositions that name who made an offer or a proposal: "a bid from X", "a plan by X"."""
_SUM_WORDS = frozenset({"amod", "acl"})
"""Words on a thing that tell its sum, on which the parse may hang its maker: "worth"."""
_FINDINGS = frozenset({"report", "research", "study", "survey", "finding"})
"""One piece of research named two ways: "a report was published by X ... the research"."""
_DEMONSTRATIVES = frozenset({"that", "this"})
"""Words that take up, alone, what was told just before: "That was attacked by the Tories"."""


def _told_as_two(tree: Tree, head: int) -> bool:
    """Whether a plural noun is counted as a pair: "the two countries", "both parties"."""
    return any(tree.tokens[c].text.lower() in ("two", "both") for c in tree.children[head])


def _others(tree: Tree, head: int) -> bool:
    """Whether a noun phrase says it means others than those named: "the other two men"."""
    return any(tree.tokens[c].lemma.lower() == "other" for c in tree.children[head])


def actor_tokens(tree: Tree, actors: tuple[Actor, ...]) -> dict[int, str]:
    """The id of the actor each token of a mention belongs to."""
    owners: dict[int, str] = {}
    for actor in actors:
        for start, end in actor.mentions:
            i = tree.token_at(start)
            while i is not None and i < len(tree) and tree.tokens[i].end <= end:
                owners[i] = actor.id
                i += 1
    return owners


@dataclass(frozen=True)
class ActorIndex:
    """Which actor each token belongs to."""

    by_token: dict[int, str]
    by_country: dict[str, str]
    kinds: dict[str, str]
    press: frozenset[str]
    event_nouns: frozenset[str] = frozenset()
    """Lemmas of nouns that name events: "the invasion of Iraq" is not Iraq's."""
    direct_quotes: tuple[Quote, ...] = ()
    """The quotes given in their speakers' own words, whose "him" is never the speaker."""
    orgs: Mapping[str, str] = field(default_factory=dict)
    """The party or body each actor that has one belongs to ("labour", "un")."""
    firms: frozenset[str] = frozenset()
    """The actors coded as business: firms, their bosses and their staff."""
    countries: Mapping[str, str] = field(default_factory=dict)
    """The country of each actor placed in one."""
    sectors: Mapping[str, str] = field(default_factory=dict)
    """The sector of each actor coded with one ("PTY" for a party)."""
    genders: Mapping[str, str] = field(default_factory=dict)
    """The gender ("m" or "f") of each person whose words say it (:func:`_genders`)."""

    @classmethod
    def build(
        cls,
        tree: Tree,
        actors: tuple[Actor, ...],
        demonyms: dict[str, str],
        event_nouns: frozenset[str] = frozenset(),
        *,
        quotes: tuple[Quote, ...] = (),
    ) -> ActorIndex:
        """Index the mentions of ``actors`` over the tokens of ``tree``."""
        by_token = actor_tokens(tree, actors)
        countries = {a.country: a.id for a in actors if a.kind == "country" and a.country}
        by_country = {word: countries[code] for word, code in demonyms.items() if code in countries}
        press = frozenset(a.id for a in actors if a.sector == "MED")
        direct = tuple(q for q in quotes if q.kind == "direct")
        # A group known by its name ("Hezbollah", "the ELN") is one body, which
        # "it" may stand for; "Hamas fighters" and "the rebels" are people.
        kinds: dict[str, str] = {
            a.id: "organization" if a.kind == "group" and a.title is None else a.kind
            for a in actors
        }
        orgs = {a.id: a.org for a in actors if a.org}
        firms = frozenset(a.id for a in actors if a.sector == "BUS")
        placed = {a.id: a.country for a in actors if a.country}
        sectors = {a.id: a.sector for a in actors if a.sector}
        return cls(
            by_token,
            by_country,
            kinds,
            press,
            event_nouns,
            direct,
            orgs,
            firms,
            placed,
            sectors,
            genders=_genders(tree, actors),
        )

    def actors_within(self, tree: Tree, head: int, besides: str | None = None) -> tuple[str, ...]:
        """Every actor named anywhere in the phrase ``head`` heads, in order, but ``besides``.

        Wider than :meth:`actors_at`: a name the parse hung on another inside
        the phrase counts too ("the merger of Dutch oil giant Kestrel and gas
        firm Halden").
        """
        first, last = tree.subtree(head)
        found: list[str] = []
        for token in range(first, last):
            actor = self.by_token.get(token)
            if actor is not None and actor != besides and actor not in found:
                found.append(actor)
        return tuple(found)

    def actors_at(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The actors a noun phrase headed by ``head`` names, its conjuncts included."""
        found: list[str] = []
        if tree.tokens[head].tag == "PRP$" and head not in self.by_token:
            # "his arrest": the possessive pronoun as a phrase of its own.
            actor = self.possessor_of(tree, head)
            return (actor,) if actor is not None else ()
        counted = counted_by(tree, head) or goods_traded(tree, head)
        if counted is not None and head not in self.by_token:
            # "arrested dozens of protesters": the people counted, not the count.
            return self.actors_at(tree, counted)
        body = body_of_some(tree, head) if head not in self.by_token else None
        if body is not None:
            # "some in the Tory party are urging": members of a body speak for it.
            members = tuple(
                a for a in self.actors_at(tree, body) if self.kinds.get(a) == "organization"
            )
            if members:
                return members
        members = self._members_speak_for_their_body(tree, head)
        if members:
            return members
        pair = (
            self._examples_of(tree, head)
            or self._pair_named_first(tree, head)
            or self._couple_meant(tree, head)
            or self._pair_just_named(tree, head)
            or self._listed(tree, head)
            or self._joint_authors(tree, head)
            or self._parties_named_as_both(tree, head)
            or self._bodies_told_as_a_pair(tree, head)
            or self._list_they_takes_up(tree, head)
        )
        if pair:
            return pair
        for token in _one_or_each(tree, head):
            actor = self._actor_of(tree, token)
            if actor is not None and actor not in found:
                found.append(actor)
                found += [a for a in self._owners_listed(tree, token, actor) if a not in found]
            if tree.tokens[token].tag in ("NNS", "NNPS"):
                # "the presidents of Sri Lanka and Indonesia", "the Danish and
                # German governments": one for each, though the first country
                # claims the title's mention.
                found += [
                    a
                    for owner in self._owners(tree, token) + self._demonyms(tree, token)
                    for member in with_conjuncts(tree, owner)
                    for a in (
                        self.by_token.get(member) or self.by_country.get(tree.tokens[member].text),
                    )
                    if a is not None and a not in found
                ]
        leader = leader_of(tree, head) if not found else None
        # "accused its predecessor, led by Ivan Dorin": a body the phrase names
        # as no actor is told by the one who led it.
        return tuple(found) or (self.actors_at(tree, leader) if leader is not None else ())

    def _examples_of(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The actors "including" names after a noun: the banks in "banks including UBS"."""
        examples = examples_named(tree, head)
        return self.actors_at(tree, examples) if examples is not None else ()

    def _members_speak_for_their_body(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The body whose "members" a subject names without naming it again.

        "The union held a rally. Its members condemned the airline": the
        body "its" or "their" means; "The committee reported on Monday.
        Members urged ministers to act": a bare "members" heading a clause,
        the body the sentence before has as its subject. Members act for
        their body, as "some in the party" do (:func:`body_of_some`).
        """
        word = tree.tokens[head]
        if head in self.by_token or word.lemma.lower() not in _MEMBERS or word.tag != "NNS":
            return ()
        if not tree.is_subject(head) or any(
            tree.tokens[c].dep in ("compound", "amod", "nmod") and self._actor_of(tree, c)
            for c in tree.children[head]
        ):
            return ()  # "Labour members": the body named on the noun itself
        owners = [c for c in tree.children[head] if tree.tokens[c].dep in ("poss", "det", "prep")]
        if not owners:
            body = self._subject_body_before(tree, head)
            return (body,) if body is not None else ()
        if len(owners) > 1 or tree.tokens[owners[0]].tag != "PRP$":
            return ()
        body = self.possessor_of(tree, owners[0])
        return (body,) if body is not None and self.kinds.get(body) == "organization" else ()

    def _subject_body_before(self, tree: Tree, token: int) -> str | None:
        """The body the sentence before has as its subject, if its subject is one body."""
        sentence = tree.sentence_of[token]
        subject = sentence_subject(tree, sentence - 1) if sentence else None
        actors = self.actors_at(tree, subject) if subject is not None else ()
        if len(actors) != 1 or self.kinds.get(actors[0]) != "organization":
            return None
        return actors[0]

    def _owners_listed(self, tree: Tree, token: int, actor: str) -> list[str]:
        """The rest of the list a noun is "of" when its first owner named it.

        "called for reform of the World Bank and the IMF": the reform asked
        of both, though the parse hangs the list on the first one's name.
        """
        if token in self.by_token:
            return []
        owner = next((h for h in self._owners(tree, token) if self.by_token.get(h) == actor), None)
        if owner is None:
            return []
        return [
            a
            for member in with_conjuncts(tree, owner)[1:]
            if (a := self.by_token.get(member)) is not None
        ]

    def _demonyms(self, tree: Tree, token: int) -> list[int]:
        """Countries' words before a plural noun: "the Danish and German governments".

        Or their people's ("the French and Belgian embassies"), each an actor.
        """
        return [
            c
            for c in tree.children[token]
            if tree.tokens[c].dep == "amod"
            and (
                tree.tokens[c].text in self.by_country
                or (c in self.by_token and tree.tokens[c].ent_type == "NORP")
            )
        ]

    def _listed(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The members a plural noun lists after it: "four companies - Gazprom, Rosneft and ...".

        Two or more actors named in its apposition stand for the group.
        """
        if tree.tokens[head].tag not in ("NNS", "NNPS"):
            return ()
        found: list[str] = []
        stack = [c for c in tree.children[head] if tree.tokens[c].dep == "appos"]
        while stack:
            token = stack.pop(0)
            actor = self.by_token.get(token)
            if actor is not None and actor not in found:
                found.append(actor)
            stack += [c for c in tree.children[token] if tree.tokens[c].dep in ("appos", "conj")]
        return tuple(found) if len(found) >= 2 else ()

    def _pair_named_first(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The two actors "the two countries" or "both men" mean: the pair the story leads with.

        "Venezuela and China sign oil deal ... the two countries also signed":
        the first two distinct actors of the noun's kind in the first
        sentence, or else the second. A pair named later in passing is too
        often not the one meant.
        """
        token = tree.tokens[head]
        kind = _PAIR_NOUNS.get(token.lemma.lower(), "")
        if head in self.by_token or token.tag != "NNS" or kind == "":
            return ()
        if not _told_as_two(tree, head):
            return ()
        joined = self._pair_joined_before(tree, head, kind) or self._pair_joined_lately(
            tree, head, kind
        )
        if joined:
            return joined
        for sentence in range(min(2, tree.sentence_of[head] + 1)):
            found: list[str] = []
            for i in range(*tree.sentence_span(sentence)):
                actor = self._side(tree, i, kind)
                if actor is None or actor in found:
                    continue
                if kind is None and self.sectors.get(actor) == _CIVILIANS:
                    continue  # "jets bombed the town, killing seven civilians": victims, no side
                found.append(actor)
            if len(found) >= 2:
                return tuple(found[:2])
        return ()

    def _parties_named_as_both(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The two parties "both the big parties" means: the last pair told as "both X and Y".

        "Both Labour and the Tories have promised ... Ms Cole accused both
        the big parties": a story that names its two parties together with
        "both" takes them up again as "both parties" or "the two parties", as
        far back as they were named. The phrase may be an actor of its own
        (a group "big parties"), which the pair stands for.
        """
        token = tree.tokens[head]
        if token.lemma.lower() != "party" or token.tag != "NNS":
            return ()
        if not _told_as_two(tree, head):
            return ()
        for i in range(head - 1, -1, -1):
            first = tree.tokens[i].head
            if tree.tokens[i].dep == "conj" and any(
                tree.tokens[c].dep in ("preconj", "det") and tree.tokens[c].text.lower() == "both"
                for c in tree.children[first]
            ):
                pair = self._joined_pair(tree, i, "organization")
                if pair:
                    return pair
        return ()

    def _bodies_told_as_a_pair(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The two bodies "both parties" or "the two companies" mean.

        A story of business or of unions names the two it is about in its
        first sentences (a deal, a merger, a strike), and takes them up so
        however many others it names since: "Federated is to buy May ...
        Macy's and Marshall Field's ... talks between the two companies".
        A story of politics names many parties, and "both parties" takes up
        the two told of last: "Mr Howard said ... Labour said ... The Lib
        Dems warned both parties". Never the one that does the verb the
        phrase hangs on, which is not among those it tells of. The phrase
        may be an actor of its own (a group "parties"), which the pair
        stands for.
        """
        token = tree.tokens[head]
        sector = _BODY_PAIR_SECTORS.get(token.lemma.lower())
        if sector is None or token.tag != "NNS" or not _told_as_two(tree, head):
            return ()
        doers = self._doers_of_the_verb_over(tree, head)
        if sector != _PARTIES:
            for sentence in range(min(_LEAD_SENTENCES, tree.sentence_of[head] + 1)):
                first, last = tree.sentence_span(sentence)
                lead = self._bodies_of(range(first, min(last, head)), sector, doers)
                if len(lead) >= _PAIR:
                    return tuple(lead[:_PAIR])
        told = self._bodies_of(range(head - 1, -1, -1), sector, doers)
        return tuple(reversed(told[:_PAIR])) if len(told) >= _PAIR else ()

    def _bodies_of(self, tokens: range, sector: str, doers: set[str]) -> list[str]:
        """The distinct bodies of ``sector`` named at ``tokens``, in their order, but ``doers``."""
        found: list[str] = []
        for i in tokens:
            actor = self.by_token.get(i)
            if (
                actor is not None
                and actor not in found
                and actor not in doers
                and self.kinds.get(actor) == "organization"
                and self.sectors.get(actor) == sector
            ):
                found.append(actor)
        return found

    def _doers_of_the_verb_over(self, tree: Tree, head: int) -> set[str]:
        """The actors that are the subject of the verb a noun phrase is an argument of."""
        verb = tree.tokens[head].head
        while tree.tokens[verb].pos not in ("VERB", "AUX") and tree.tokens[verb].head != verb:
            verb = tree.tokens[verb].head
        subject, _ = subject_of(tree, verb)
        if subject is None:
            return set()
        return {a for t in with_conjuncts(tree, subject) if (a := self.by_token.get(t))}

    def _pair_joined_before(self, tree: Tree, head: int, kind: str | None) -> tuple[str, ...]:
        """The pair "X and Y" of the noun's kind joined earlier in the noun's own sentence.

        "Oman hosted talks between the US and the Houthis and urged both sides
        to ...": the sides are the two just joined, not the pair the story led
        with. A pair that does the verb the noun hangs on is not its sides:
        "Qatar and Egypt urged the two sides".
        """
        first = tree.sentence_span(tree.sentence_of[head])[0]
        for i in range(head - 1, first - 1, -1):
            if tree.tokens[i].dep != "conj" or same_verb(tree, tree.tokens[i].head, head):
                continue
            if head in range(*tree.subtree(tree.tokens[i].head)):
                continue  # "Qatar and Egypt, which mediated between the two sides": not the sides
            pair = self._joined_pair(tree, i, kind)
            if pair:
                return pair
        return ()

    def _joined_pair(self, tree: Tree, conjunct: int, kind: str | None) -> tuple[str, ...]:
        """The two sides of ``kind`` a conjunct and the word it is joined to name, if two."""
        one = self._side(tree, tree.tokens[conjunct].head, kind)
        other = self._side(tree, conjunct, kind)
        return (one, other) if one is not None and other is not None and one != other else ()

    def _pair_joined_lately(self, tree: Tree, head: int, kind: str | None) -> tuple[str, ...]:
        """The pair "X and Y" of the noun's kind joined in the last few sentences before its own.

        "Talks between Ruritania and Borduria resumed ... The envoy left
        early. Both sides blamed the other": the sides are the pair last
        named together, when the story's first sentences (which the caller
        reads next) are further back than they. The nearest such pair wins.
        """
        sentence = tree.sentence_of[head]
        for earlier in range(sentence - 1, max(sentence - 1 - _PAIR_REACH, 1), -1):
            first, last = tree.sentence_span(earlier)
            for i in range(last - 1, first - 1, -1):
                pair = self._joined_pair(tree, i, kind) if tree.tokens[i].dep == "conj" else ()
                if pair:
                    return pair
        return ()

    def _side(self, tree: Tree, token: int, kind: str | None) -> str | None:
        """The actor a word names as one of a pair of ``kind`` (None: any two bodies)."""
        # "Venezuelan president Hugo Chavez" names Venezuela too, and
        # "Iraq's foreign ministry" Iraq.
        word = tree.tokens[token].text
        actor = (
            self.by_country.get(word) or self.by_token.get(token)
            if kind == "country"
            else self.by_token.get(token) or self.by_country.get(word)
        )
        if actor is None or actor in self.press:
            return None  # "(Reuters) - India and Pakistan ...": the agency takes no side
        if kind is None and self._owns_a_side(tree, token, actor):
            return None  # "Sudan's army shelled ...": the army is the side, not Sudan
        if (kind is None and self.kinds[actor] != "person") or self.kinds[actor] == kind:
            return actor
        return None

    def _owns_a_side(self, tree: Tree, token: int, actor: str) -> bool:
        """Whether a word names an actor only as the owner of another: "Sudan" in "Sudan's army"."""
        owned = self.by_token.get(tree.tokens[token].head)
        return (
            tree.tokens[token].dep == "poss"
            and owned is not None
            and owned != actor
            and self.kinds.get(owned) != "person"  # "Sudan's army chief": Sudan is the side
        )

    def _pair_just_named(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The two people "the men" or "the pair" mean: "X and Y" named just before.

        "Damian Hockney and Peter Hulme-Cross were elected ... urged the men to
        step down": the two people last named together, in one of the three
        sentences before.
        """
        token = tree.tokens[head]
        lemma = token.lemma.lower()
        plural_people = lemma in ("man", "woman") and token.tag == "NNS"
        if not (plural_people or lemma in _PAIRS):
            return ()
        if not any(tree.tokens[c].text.lower() in ("the", "both") for c in tree.children[head]):
            return ()
        sentence = tree.sentence_of[head]
        for earlier in range(sentence - 1, max(sentence - 4, -1), -1):
            first, last = tree.sentence_span(earlier)
            for i in range(last - 1, first - 1, -1):
                pair = self._two_people(tree, i)
                if pair:
                    return pair
        # "the two men", "both women": a count of two says as much as "the
        # pair" does, that the two people named lately are meant, though
        # never as "X and Y"; a bare "the men" may be more than two, and
        # "the other two men" are two besides those.
        counted = plural_people and _told_as_two(tree, head) and not _others(tree, head)
        return self._two_people_lately(tree, sentence) if counted or lemma in _PAIRS else ()

    def _two_people_lately(self, tree: Tree, sentence: int) -> tuple[str, ...]:
        """The two people the sentences just before name, one after the other.

        "Mr Hale clashed with Ms Crane. Mr Hale said ... But Ms Crane said ...
        The pair met at the station": the two people named lately, though
        never as "X and Y". Going back sentence by sentence until two people
        are named; more than two, or a pair counted ("two men"), leave it unread.
        """
        window = range(sentence - 1, max(sentence - 4, -1), -1)
        start = tree.sentence_span(window[-1])[0] if window else 0
        end = tree.sentence_span(sentence)[0]
        if any(tree.tokens[i].text.lower() in ("two", "both") for i in range(start, end)):
            return ()
        named: dict[str, None] = {}
        for earlier in window:
            first, last = tree.sentence_span(earlier)
            for i in range(first, last):
                actor = self.by_token.get(i)
                if actor is not None and self.kinds.get(actor) == "person":
                    named[actor] = None
            if len(named) >= 2:
                return tuple(named) if len(named) == 2 else ()
        return ()

    def _couple_meant(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The two people "the couple" means: the pair the story leads with, or else the last.

        "Tom Reyes and Lena Moss are to marry ... The Queen and the Duke were
        pleased ... wished the couple luck": a story about a couple names
        them together in its first sentences, and a pair named later in
        passing (who may be a couple too) is not the one meant. "A couple
        of weeks" counts, and means no one.
        """
        token = tree.tokens[head]
        if token.lemma.lower() != "couple" or token.tag != "NN" or head in self.by_token:
            return ()
        children = [tree.tokens[c].text.lower() for c in tree.children[head]]
        if "the" not in children or "of" in children:
            return ()
        lead = range(min(_LEAD_SENTENCES, tree.sentence_of[head] + 1))
        for sentence in (*lead, *range(tree.sentence_of[head] - 1, 1, -1)):
            first, last = tree.sentence_span(sentence)
            for i in range(first, last):
                pair = self._two_people(tree, i)
                if pair:
                    return pair
        return ()

    def _two_people(self, tree: Tree, token: int) -> tuple[str, ...]:
        """The two people "X and Y" names, where ``token`` is Y, the second."""
        if tree.tokens[token].dep != "conj":
            return ()
        second = self.by_token.get(token)
        head = tree.tokens[token].head
        if head not in self.by_token and tree.tokens[head].dep == "appos":
            # "X, now deputy leader, and Y": the parse may hang Y on X's role.
            head = tree.tokens[head].head
        first = self.by_token.get(head)
        people = [a for a in (first, second) if a is not None and self.kinds[a] == "person"]
        return tuple(people) if len(set(people)) == 2 else ()

    def guessed(self, tree: Tree, token: int) -> bool:
        """Whether a word names an actor by this index's guess alone.

        A pronoun ("It accused ..."), or a pair ("the two countries signed").
        """
        if token in self.by_token:
            return False
        return tree.tokens[token].tag == "PRP" or bool(self._pair_named_first(tree, token))

    def _owners(self, tree: Tree, token: int) -> list[int]:
        """Whom a noun is "of" or "from", but "the invasion of Iraq" is done to Iraq."""
        if tree.tokens[token].lemma.lower() in self.event_nouns:
            return []
        return _belongs_to(tree, token)

    def describers(self, tree: Tree, head: int, *, possessor: bool = True) -> tuple[str, ...]:
        """Actors named as possessor or modifier of a noun: "Iraq's request", "Israeli strikes".

        A possessive pronoun stands for the actor it most likely means
        (:meth:`possessor_of`): "his talks with the envoy", "its offer".
        Without ``possessor``, only modifiers count ("Israeli arrests").
        """
        deps = DESCRIBERS if possessor else DESCRIBERS - {"poss"}
        found: list[str] = []
        if _ranked(tree, head):
            return ()  # "Spain's biggest bank merger": where it ranks, not who did it
        for child in tree.children[head]:
            if tree.tokens[child].dep not in deps:
                continue
            # "US and British air strikes": both describe the strikes.
            joined = [c for c in tree.children[child] if tree.tokens[c].dep == "conj"]
            for word in (*_hyphened_before(tree, child), child, *joined):
                if stance_taken(tree, word) is None:
                    found += [a for a in self._describer(tree, word) if a not in found]
        return tuple(found)

    def _describer(self, tree: Tree, word: int) -> tuple[str, ...]:
        """The actors one possessor or modifier names: "their" after a subject pair, both.

        "Pakistan and India resumed their peace dialogue": the dialogue is the
        pair its clause's subject names, not only the nearer one's.
        """
        actor = self._actor_of(tree, word)
        if actor is None and tree.tokens[word].text.lower() == "their":
            sentence = tree.sentence_of[word]
            subject = conjoined_clause_subject(tree, word) or sentence_subject(tree, sentence)
            pair = self._pair_at(tree, subject) if subject is not None else ()
            if pair:
                return pair
        actor = actor or self.possessor_of(tree, word)
        return (actor,) if actor is not None else ()

    def owner_named_before(self, tree: Tree, noun: int) -> int | None:
        """The owner an earlier mention gave a thing now named only with "the".

        "Mr Clarke's plans for house arrest ... the plans were an abuse": the
        plans are Mr Clarke's. The nearest earlier mention of the same noun
        with an actor as its possessor or modifier gives the token that names
        that actor; a noun that is not definite, or has an owner of its own,
        gives none.
        """
        token = tree.tokens[noun]
        lemma = token.lemma.lower()
        if (
            not a_common_noun(tree, noun)
            or lemma not in answered_for()
            or self.describers(tree, noun)
        ):
            return None
        if not any(tree.tokens[c].text.lower() in _DEFINITE for c in tree.children[noun]):
            return None
        # "Mr Clarke's proposals ... the plans": one proposal named two ways.
        proposals = lexicons.word_set("proposals.txt")
        same = next((kin for kin in (proposals, _FINDINGS) if lemma in kin), frozenset({lemma}))
        for earlier in range(noun - 1, -1, -1):
            if not a_common_noun(tree, earlier) or tree.tokens[earlier].lemma.lower() not in same:
                continue
            for child in tree.children[earlier]:
                if tree.tokens[child].dep in DESCRIBERS and (
                    self._actor_of(tree, child) or self.possessor_of(tree, child)
                ):
                    return child
            author = self._author(tree, earlier)
            if author is None:
                author = self._offered_by(tree, earlier)
            if author is not None:
                return author
        return None

    def _offered_by(self, tree: Tree, thing: int) -> int | None:
        """Who an offer or a proposal was told as coming from: "an offer worth $9m from X".

        "turned down a bid from Koala Group ... called the bid far too low":
        the bid named again is the one Koala Group made. The "by" or
        "from" may hang on the noun, on a word of its sum ("worth"), or, for
        an object, on the verb ("turned down an offer by Alstom").
        """
        if tree.tokens[thing].lemma.lower() not in lexicons.word_set("proposals.txt"):
            return None
        words = [thing, *(c for c in tree.children[thing] if tree.tokens[c].dep in _SUM_WORDS)]
        makers = [g for word in words for g in prepositional_objects(tree, word, _MAKERS)]
        if tree.tokens[thing].dep == "dobj":
            verb = tree.tokens[thing].head
            makers += [
                g
                for child in tree.children[verb]
                if child > thing
                and tree.tokens[child].dep in ("agent", "prep")
                and tree.tokens[child].text.lower() in _MAKERS
                for g in tree.children[child]
                if tree.tokens[g].dep == "pobj"
            ]
        return next((g for g in makers if self.actors_at(tree, g)), None)

    def proposer_just_before(self, tree: Tree, thing: int, besides: tuple[str, ...]) -> int | None:
        """Who put forward a thing taken up again with no owner: the sentence before's subject.

        "The Greens want to scrap the levy. The Liberals called the proposal
        reckless": a plan, a finding or a "that" taken up in the very next
        sentence, with no earlier mention naming its owner (:meth:`owner_named_before`
        comes first), is the one the sentence before was about. Never one of
        ``besides``, the doers, who do not judge their own plan.
        """
        sentence = tree.sentence_of[thing]
        if sentence == 0 or thing in self.by_token or not self._taken_up(tree, thing):
            return None
        root = sentence_root(tree, sentence - 1)
        if root is None or tree.tokens[root].lemma.lower() in quote_cues.lemmas():
            return None  # "Mr Lee said ...": the speaker of a view, not whose plan it is
        subject = subject_of(tree, root)[0]
        if subject is None:
            return None
        named = self.actors_at(tree, subject)
        return subject if named and not set(named) & set(besides) else None

    def _taken_up(self, tree: Tree, thing: int) -> bool:
        """Whether a word takes up a thing put forward just before, naming no owner.

        "the proposal", "the study" with no possessor or modifier naming
        an actor; or a bare "that" or "this" after a sentence that puts
        something forward ("came up with proposals. That was attacked").
        """
        token = tree.tokens[thing]
        if token.text.lower() in _DEMONSTRATIVES and not tree.children[thing]:
            first, last = tree.sentence_span(tree.sentence_of[thing] - 1)
            return any(
                tree.tokens[i].pos == "NOUN" and tree.tokens[i].lemma.lower() in answered_for()
                for i in range(first, last)
            )
        return (
            token.pos == "NOUN"
            and token.lemma.lower() in answered_for()
            # "the plan", not "this treaty", which a quote may point to in its own setting
            and any(tree.tokens[c].text.lower() == "the" for c in tree.children[thing])
            and not self.describers(tree, thing)
        )

    def _author(self, tree: Tree, thing: int) -> int | None:
        """Who put a thing forward: the subject of "unveiled plans", "published its budget".

        Or who spoke in it: "opened the forum with a speech", "in a letter
        to the council, she ...".
        """
        unveiled_by = put_forward_by(tree, thing)
        if unveiled_by is not None and self.actors_at(tree, unveiled_by):
            return unveiled_by
        verb = spoken_in(tree, thing)
        if verb is None and (
            tree.tokens[thing].dep not in ("dobj", "nsubjpass")
            or tree.tokens[tree.tokens[thing].head].lemma.lower()
            not in lexicons.word_set("authoring_verbs.txt")
        ):
            return None
        verb = tree.tokens[thing].head if verb is None else verb
        subject, passive = subject_of(tree, verb)
        doer = agent_of(tree, verb) if passive else subject
        return doer if doer is not None and self.actors_at(tree, doer) else None

    def _named_just_before(
        self, tree: Tree, word: int, reach: int = 1
    ) -> Iterator[tuple[int, str]]:
        """Each token naming an actor before a word, nearest first, back ``reach`` sentences."""
        sentence = tree.sentence_of[word]
        earlier, _ = tree.sentence_span(max(sentence - reach, 0))
        for token in range(word - 1, earlier - 1, -1):
            actor = self.by_token.get(token)
            if actor is not None:
                yield token, actor

    def possessor_of(self, tree: Tree, pronoun: int) -> str | None:
        """Whom "his", "her", "its" or "their" means.

        The owner of the phrase it is told "of" when that owner is of the
        right kind ("Rover's account of its talks" are Rover's talks, whoever
        the sentence is about), else the one its phrase is listed after
        ("charged the firm and its chairman"), else the sentence's subject when it is, else
        the nearest such actor before the pronoun, in this sentence or the
        one before.
        """
        kinds = _POSSESSIVE_KINDS.get(tree.tokens[pronoun].text.lower())
        if kinds is None:
            return None
        sentence = tree.sentence_of[pronoun]
        subject = conjoined_clause_subject(tree, pronoun) or sentence_subject(tree, sentence)
        told_of = owner_told_of(tree, pronoun)
        candidates = [c for c in (told_of, _listed_before(tree, pronoun), subject) if c is not None]
        earlier, _ = tree.sentence_span(sentence - 1 if sentence else sentence)
        candidates += range(pronoun - 1, earlier - 1, -1)
        # "his counterpart said": not the counterpart himself.
        own = self.by_token.get(tree.tokens[pronoun].head)
        for token in candidates:
            actor = self.by_token.get(token)
            if (
                actor is not None
                and actor != own
                and self.kinds.get(actor) in kinds
                and not self.of_another_gender(actor, pronoun, tree)
            ):
                return actor
        return None

    def of_another_gender(self, actor: str, pronoun: int, tree: Tree) -> bool:
        """Whether a person's words say a gender other than a pronoun's.

        "Ann Hale's killer, Tom Rees, admitted her murder": "her" is not
        the killer, though he is the sentence's subject.
        """
        wanted = _PRONOUN_GENDERS.get(tree.tokens[pronoun].text.lower())
        known = self.genders.get(actor)
        return wanted is not None and known is not None and known != wanted

    def meant_before(self, tree: Tree, pronoun: int, besides: tuple[str, ...]) -> int | None:
        """A token of whom an object pronoun most likely means, if any.

        "him" or "her" is the nearest person named before it; a body, a
        country or a group named in between is never "him" ("Mr Lee spoke to
        pupils. The party accused him of ..." accuses Mr Lee). "it" ("quit
        the party and accused it of betrayal") is the nearest body or
        country; "them", the nearest plural, when it names actors. Only in its
        sentence or the one before, and never one of
        ``besides``, the clause's own doers ("Ernst & Young urged him" does
        not urge itself).
        """
        word = tree.tokens[pronoun].text.lower()
        if pronoun in self.by_token or word not in ("him", "her", "it", "them"):
            return None
        if word == "them":
            return self._plural_just_before(tree, pronoun, besides)
        if word == "it" and self._thing_acted_on_before(tree, pronoun):
            return None
        # "His lawyer Ana Ruiz said: "They kidnapped him"": she would say "me".
        besides = (*besides, *self.quoting(tree, pronoun))
        for token, actor in self._named_just_before(tree, pronoun, self._reach_of(tree, pronoun)):
            if actor in besides:
                continue
            if word == "it":
                if self.kinds.get(actor) in _IT_KINDS and not self._named_as_many(tree, token):
                    return token
                continue  # a person named in between is never "it"
            if self.kinds.get(actor) == "person" and not self.of_another_gender(
                actor, pronoun, tree
            ):
                return self._subject_over_owner(tree, token, pronoun, besides)
        return None

    def _plural_just_before(self, tree: Tree, pronoun: int, besides: tuple[str, ...]) -> int | None:
        """The group "them" means: the nearest plural before it, if it names actors.

        "thanked EU leaders and urged them to act" urges the leaders; in
        "met MPs about the proposals and rejected them" the proposals are
        nearer than the MPs, so "them" is no actor.
        """
        sentence = tree.sentence_of[pronoun]
        earlier, _ = tree.sentence_span(max(sentence - 1, 0))
        # "the wardens saw a reason to hold them": the subject of a
        # verb above "them" does what is done to them.
        doers = {subject_of(tree, verb)[0] for _, verb in tree.ancestors(pronoun, CLAUSE_REACH)}
        for token in range(pronoun - 1, earlier - 1, -1):
            word = tree.tokens[token]
            if word.tag not in ("NNS", "NNPS") or word.dep == "compound" or token in doers:
                continue
            actor = self.by_token.get(token)
            if actor is None:
                return None
            if actor not in besides:
                return token
        return None

    def _reach_of(self, tree: Tree, pronoun: int) -> int:
        """How many sentences back an object pronoun looks for whom it means.

        One; but "him" or "her" after a sentence that names no person looks
        one further, to the person last spoken of: "Mr Dorey presented his
        budget. According to the opposition, it is a sham. They accused him
        of ..." is Mr Dorey.
        """
        sentence = tree.sentence_of[pronoun]
        if tree.tokens[pronoun].text.lower() == "it" or sentence < _FARTHER_BACK:
            return 1
        first, last = tree.sentence_span(sentence - 1)
        named = (self.by_token.get(token) for token in range(first, last))
        return 1 if any(self.kinds.get(a) == "person" for a in named if a) else _FARTHER_BACK

    def _thing_acted_on_before(self, tree: Tree, pronoun: int) -> bool:
        """Whether an object "it" goes on from a thing the verb before it acted on.

        "The Guards seized a tanker, accusing it of smuggling", "police
        stopped the lorry and searched it": the tanker and the lorry, not a
        body named before them.
        """
        verb = tree.tokens[pronoun].head
        if not set_off_participle(tree, verb) and tree.tokens[verb].dep != "conj":
            return False  # "after a court barred it": a clause of its own
        before = object_of(tree, tree.tokens[verb].head)
        # "criticised the way Mr Blair's government works, accusing it": the
        # thing is told of a body, which "it" means.
        return (
            before is not None
            and before < pronoun
            and tree.tokens[before].tag == "NN"
            and not any(t in self.by_token for t in range(*tree.subtree(before)))
        )

    def _subject_over_owner(
        self, tree: Tree, token: int, pronoun: int, besides: tuple[str, ...]
    ) -> int:
        """The sentence before's subject, for a "him" whose nearest person only owns a thing there.

        "Mr Fox said the remarks clashed with Tony Blair's pledge. But Mr
        Clarke accused him": a person named as the owner of a thing in the
        sentence before is seldom the one the next sentence speaks of; its
        subject is. Only across sentences, and only for a person subject.
        """
        sentence = tree.sentence_of[token]
        if sentence == tree.sentence_of[pronoun] or tree.tokens[token].dep != "poss":
            return token
        subject = sentence_subject(tree, sentence)
        if subject is None:
            return token
        actor = self.by_token.get(subject)
        if actor is None or actor in besides or self.kinds.get(actor) != "person":
            return token
        return subject

    def _named_as_many(self, tree: Tree, token: int) -> bool:
        """Whether a body is named there by a plural: "the Tories", "the Lib Dems".

        They are "them", not "it": in "The Tories called it a bribe" the
        "it" is a thing. A country's plural name ("the Netherlands") is
        still "it".
        """
        word = tree.tokens[token]
        if word.tag not in ("NNS", "NNPS") or self.kinds.get(self.by_token[token]) == "country":
            return False
        return any(
            tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() == "the"
            for c in tree.children[token]
        )

    def quoting(self, tree: Tree, token: int) -> tuple[str, ...]:
        """The speakers of the direct quote a token is in: its speaker, the subject of its verb.

        The quotes stage may name the speaker by a description alone ("his
        lawyer"), so the subject of the quote's verb, next to the quote, counts too.
        """
        start = tree.tokens[token].start
        found: list[str] = []
        for quote in self.direct_quotes:
            if not quote.span[0] <= start < quote.span[1]:
                continue
            found += [quote.speaker] if quote.speaker is not None else []
            first, last = tree.sentence_span(tree.sentence_of[token])
            for verb in range(first, last):
                word = tree.tokens[verb]
                if word.text != quote.cue or quote.span[0] <= word.start < quote.span[1]:
                    continue
                subject, _ = subject_of(tree, verb)
                found += self.actors_at(tree, subject) if subject is not None else ()
        return tuple(found)

    def possessor_besides(
        self, tree: Tree, pronoun: int, besides: tuple[str, ...], *, groups: bool = False
    ) -> int | None:
        """A token of whom "his", "her", "its" or "their" means, if none of ``besides``.

        The nearest actor of the pronoun's kind named before it, in its
        sentence or the one before, passing over ``besides``: a speaker who
        calls "their plans" a shambles speaks of another's. "Their" is a
        body's or a country's here, not a group's ("told MPs ... their
        answer is to tax" speaks of a party, not of the MPs told), unless
        ``groups``: "called for their release" may be the journalists'. A
        group named as another's ("their lawyers said") is not meant then.
        """
        kinds = _POSSESSIVE_KINDS.get(tree.tokens[pronoun].text.lower())
        if kinds is None or tree.tokens[pronoun].tag != "PRP$":
            return None
        pair = self._pair_as_subject_before(tree, pronoun) if kinds is _THEIRS else None
        if pair is not None and not set(self.actors_at(tree, pair)) & set(besides):
            return pair  # not the speaker's own side
        kinds = kinds if groups else kinds - {"group"}
        named = next(
            (
                token
                for token, actor in self._named_just_before(tree, pronoun)
                if actor not in besides
                and self.kinds.get(actor) in kinds
                and not (groups and owned_by_a_pronoun(tree, token))
            ),
            None,
        )
        if named is not None:
            return named
        quoted = self._quoted_speaker_before(tree, pronoun, besides)
        if quoted is not None or kinds != _PERSONS:
            return quoted
        return self._sole_person_before(tree, pronoun, besides)

    def _pair_as_subject_before(self, tree: Tree, pronoun: int) -> int | None:
        """The head of the nearest subject naming two actors or more, for "their", if any.

        "This council and this mayor have failed the city. Their only plan
        is to borrow": a subject of two joined actors is the plural "their"
        takes up, before any single actor named nearer ("the city").
        """
        sentence = tree.sentence_of[pronoun]
        earlier, _ = tree.sentence_span(max(sentence - 1, 0))
        for token in range(pronoun - 1, earlier - 1, -1):
            if tree.tokens[token].dep in SUBJECTS | PASSIVE_SUBJECTS and self._pair_at(tree, token):
                return token
        return None

    def _pair_at(self, tree: Tree, head: int) -> tuple[str, ...]:
        """The actors of a phrase that joins two or more of them ("Peru and Chile"), else none."""
        if not any(tree.tokens[c].dep == "conj" for c in tree.children[head]):
            return ()
        named = self.actors_at(tree, head)
        return named if len(set(named)) >= _PAIR else ()

    def _sole_person_before(self, tree: Tree, pronoun: int, besides: tuple[str, ...]) -> int | None:
        """A token of the one person named in the sentences before "his" or "her", if only one.

        "Mr Kent is going into the election pledged to raise taxes. ... Greens
        and the Liberals have mocked his plans": where the last sentence
        names no one, the story is still about the one person it has named,
        when it has named no other.
        """
        sentence = tree.sentence_of[pronoun]
        earlier, _ = tree.sentence_span(max(sentence - _SOLE_PERSON_REACH, 0))
        people = {
            token: actor
            for token in range(pronoun - 1, earlier - 1, -1)
            if (actor := self.by_token.get(token)) is not None and self.kinds.get(actor) == "person"
        }
        if len(set(people.values())) != 1:
            return None
        token, actor = next(iter(people.items()))
        return None if actor in besides else token

    def _quoted_speaker_before(
        self, tree: Tree, pronoun: int, besides: tuple[str, ...]
    ) -> int | None:
        """A token naming the speaker of the direct quote that ends just before ``pronoun``.

        'Ms Reyes said: "Shops must check ... their children." Her call was
        backed by ...': a "her" heading the sentence after a quote is its
        speaker's, however many sentences the quote ran on, which the
        sentence before may not name.
        """
        opening = tree.tokens[pronoun].start
        first, _ = tree.sentence_span(tree.sentence_of[pronoun])
        if any(tree.tokens[t].pos != "PUNCT" for t in range(first, pronoun)):
            return None
        for quote in self.direct_quotes:
            gap = tree.text[quote.span[1] : opening] if quote.span[1] <= opening else "x"
            start = tree.token_at(quote.span[0])
            if quote.speaker in (None, *besides) or gap.strip(_QUOTE_ENDS) or start is None:
                continue
            # The speaker is named in the quote's first sentence or the one before.
            reach = tree.sentence_of[pronoun] - tree.sentence_of[start] + 1
            return next(
                (
                    t
                    for t, actor in self._named_just_before(tree, pronoun, reach)
                    if actor == quote.speaker
                ),
                None,
            )
        return None

    def other_country_before(self, tree: Tree, word: int, besides: tuple[str, ...]) -> int | None:
        """A token of the nearest country named before a word that is none of ``besides``'.

        "Congo cut ties with Rwanda, accusing its neighbour of ...": the
        neighbour is Rwanda, in its sentence or the one before, not a body
        of the doer's own country.
        """
        theirs = {self.countries.get(actor) for actor in besides} - {None}
        return next(
            (
                before
                for before, actor in self._named_just_before(tree, word)
                if self.kinds.get(actor) == "country"
                and actor not in besides
                and self.countries.get(actor) not in theirs
            ),
            None,
        )

    def owner_besides(self, tree: Tree, pronoun: int, besides: tuple[str, ...]) -> int | None:
        """A token of whom a possessive on a verb's object means, if not the verb's doer.

        The nearest person ("his", "her") or body ("its", "their") named
        before it, in its sentence or the one before: "insisted Mr Brown
        would lead, and praised his handling of the economy" praises Mr
        Brown's; "said the court's ruling was sound and praised their
        majority", the court's. When that one is the clause's one doer
        (``besides``: "Mr Lee defended his record"), the thing is their own
        and no one else's; when the doers are several ("Ms Cole and Mr Hart
        welcomed his return"), "his" is none of theirs, and the person named
        before them is meant; "their" is theirs ("Britain and France defended
        their decision"). A body's "its" or "their" with no doer known
        ("factions that attack its bases") may be the doer's own, and is left.
        With no one named in reach, "his" or "her" is the one person the story
        has named in the sentences before, if only one.
        """
        token = tree.tokens[pronoun]
        kinds = _POSSESSIVE_KINDS.get(token.text.lower())
        if token.tag != "PRP$" or kinds is None or (kinds != _PERSONS and not besides):
            return None
        for before, actor in self._named_just_before(tree, pronoun):
            if self.kinds.get(actor) not in kinds:
                continue
            if actor not in besides:
                return before
            if len(besides) < _SEVERAL or token.text.lower() == "their":
                return None
        return self._sole_person_before(tree, pronoun, besides) if kinds == _PERSONS else None

    def body_it_means(self, tree: Tree, pronoun: int, *, depth: int = 0) -> int | None:
        """A token of the body a speaking "it" or "they" at the head of its clause stands for.

        The previous sentence's subject when it is a body or a country ("The
        committee met on Monday. It urged ministers to act"); when that subject
        is a document ("A report by the committee was published. It urged
        ..."), the body named nearest before, whose document it is. Another
        thing as that subject ("The organisation ... It denies") leaves "it"
        unread. "They" is a body or a group ("The Tories attacked the plan.
        They accused ..."), or a country named by its people in the plural
        ("Iranian authorities"), and only heading its sentence: "the adviser they
        asked", "47% said they supported" speak of others. Where another
        actor is the subject of a clause of the sentence before ("The unions
        met ministers, the BBC said. They ..."), "they" may be either and
        stays unread. Where the sentence before opens with the same pronoun,
        it means what that one means (``depth`` counts the steps back).
        """
        word = tree.tokens[pronoun].text.lower()
        before = self._subject_before(tree, pronoun)
        if before is None:
            return None
        if self.actors_at(tree, before):
            return self.body_as_subject_before(tree, pronoun)
        if self._goes_on(tree, before, word) and depth < _CHAINED_SENTENCES:
            # "The creditors met on Monday. They took control of the firm.
            # They had threatened to ...": a run of sentences about the same
            # body, each opening with "they", means the body the first names.
            return self.body_it_means(tree, before, depth=depth + 1)
        documents = lexicons.word_set("documents.txt") | lexicons.word_set("speech_documents.txt")
        if word == "it" and tree.tokens[before].lemma.lower() in documents:
            return self._voice_of_the_document(tree, pronoun, before)
        return None

    def _voice_of_the_document(self, tree: Tree, pronoun: int, document: int) -> int | None:
        """A token of the body a document that speaks on as "it" is the voice of.

        The body named nearest before ("A report by the committee was
        published. It urged ..."); but where the document closes the
        sentence before as its speaker ("The Treasury was warned, the report
        said. It urged ..."), the owner an earlier mention gave it ("the
        committee's report"), else the nearest body not named in the words
        it said: the Treasury is what the report speaks of, not its author.
        With none left, the body the lead names as its speaker ("..., a
        committee of MPs has warned"): a story quoting "the report" with no
        owner is about that body's report.
        """
        sentence = tree.sentence_of[document]
        if closing_speaker(tree, sentence) != document:
            return self.meant_before(tree, pronoun, ())
        first, _ = tree.sentence_span(sentence)
        spoken_of = tuple(
            dict.fromkeys(self.by_token[t] for t in range(first, document) if t in self.by_token)
        )
        found = self.owner_named_before(tree, document)
        if found is None:
            found = self.meant_before(tree, pronoun, spoken_of)
        if found is not None or sentence == 0:
            return found
        lead = closing_speaker(tree, 0)
        actors = self.actors_at(tree, lead) if lead is not None else ()
        bodies = actors and all(self.kinds.get(a) in _IT_KINDS for a in actors)
        return lead if bodies and not set(actors) & set(spoken_of) else None

    @staticmethod
    def _goes_on(tree: Tree, before: int, word: str) -> bool:
        """Whether the subject before is the same pronoun, heading its sentence as a subject."""
        token = tree.tokens[before]
        return token.text.lower() == word and token.dep == "nsubj"

    def body_as_subject_before(self, tree: Tree, pronoun: int) -> int | None:
        """The body a speaking "it" or "they" means when the sentence before names it as subject.

        :meth:`body_it_means` without its documents: a quote's speaker
        "it" after "The report was published by ..." is whoever the report
        was last quoted as, as a document's is.
        """
        before = self._subject_before(tree, pronoun)
        actors = self.actors_at(tree, before) if before is not None else ()
        if before is None or not actors:
            return None
        kinds = _REPORTING_PRONOUNS[tree.tokens[pronoun].text.lower()]
        if kinds is _REPORTING_PRONOUNS["they"] and len(set(actors)) >= _SEVERAL:
            return before  # "Japan and China met. They urged ...": the list, of any kind
        if kinds is _REPORTING_PRONOUNS["they"] and tree.tokens[before].tag in ("NNS", "NNPS"):
            # "Iranian authorities have arrested ... They accused": the
            # plural people of a country that the actors read as the country.
            kinds = kinds | {"country"}
        return before if all(self.kinds.get(a) in kinds for a in actors) else None

    def _subject_before(self, tree: Tree, pronoun: int) -> int | None:
        """The subject of the sentence before, where a reporting pronoun may stand for it."""
        sentence = tree.sentence_of[pronoun]
        word = tree.tokens[pronoun].text.lower()
        if word not in _REPORTING_PRONOUNS or sentence == 0:
            return None
        if word == "they" and tree.tokens[tree.tokens[pronoun].head].dep != "ROOT":
            return None
        # "Courts should be a last resort, MPs said. But they rejected ...":
        # the others named are in what the speaker said; "they" goes on in
        # the speaker's voice. The press reports what others did ("The Tories
        # met ministers, the BBC said. They ..."), and may not be meant.
        closing = closing_speaker(tree, sentence - 1)
        if closing is not None and not self.press.intersection(self.actors_at(tree, closing)):
            return closing
        if word == "they" and len(self._subjects_in(tree, sentence - 1)) > 1:
            return None
        subject = aside_speaker(tree, sentence - 1) or sentence_subject(tree, sentence - 1)
        if subject is None or self.actors_at(tree, subject):
            return subject
        # "The bill is expected to be opposed by the Greens. They have said ...":
        # a thing the pronoun cannot mean, for its number, undergoes the deed;
        # the one who does it may be meant. ("The study was published by X.
        # It says" is the study, whose words are whoever it was quoted as.)
        plural = tree.tokens[subject].tag in ("NNS", "NNPS")
        doer = passive_doer(tree, sentence - 1) if plural != (word == "they") else None
        return doer if doer is not None and self.actors_at(tree, doer) else subject

    def _subjects_in(self, tree: Tree, sentence: int) -> set[frozenset[str]]:
        """The actors that are the subject of some clause of a sentence."""
        first, last = tree.sentence_span(sentence)
        found = (self.actors_at(tree, i) for i in range(first, last) if tree.is_subject(i))
        return {frozenset(actors) for actors in found if actors}

    def _actor_of(self, tree: Tree, token: int) -> str | None:
        if token in self.by_token:
            return self._body_of_a_branch(tree, token) or self.by_token[token]
        demonym = self.by_country.get(tree.tokens[token].text)
        if demonym is not None:
            return demonym
        # "his predecessor as cabinet secretary, Lord Hale", "Peru's interior
        # minister Ana Rojas": the name beside the title, before its owner.
        beside = [n for n in _appositives(tree, token) if n in self.by_token]
        if beside:
            return self.by_token[beside[0]]
        # "Iraq's leaders", "American bases": the head names no actor, its
        # possessor or demonym may; but "Brown's closest ally" is not Brown.
        # "the UK's biggest coal producer" is not the UK: a ranking names where.
        # "the National Liberation Army (ELN) rebel group": the parse may hang
        # a group's name on the word for its kind as a modifier of its own (nmod).
        relational = is_relational(tree, token) or _ranked(tree, token)
        group = tree.tokens[token].lemma.lower() in _GROUP_NOUNS
        describers = DESCRIBERS if group else OWNERS
        found = [
            actor
            for child in tree.children[token]
            if tree.tokens[child].dep in describers
            and not relational
            and not _trading_place(tree, token, child)
            and not _firm_of_a_people(tree, token, child)
            for actor in (self.by_token.get(child) or self.by_country.get(tree.tokens[child].text),)
            if actor is not None
        ]
        if group:
            # "Yemen's Houthi movement": the group named, not the country it is of.
            found.sort(key=lambda actor: self.kinds.get(actor) == "country")
        if found:
            return found[0]
        return (
            self._owner(tree, token)
            or self._reporter(tree, token)
            or self._body_before(tree, token)
            or self._issuer(tree, token)
        )

    def _body_of_a_branch(self, tree: Tree, token: int) -> str | None:
        """The body a country's name right after it makes a branch of: "Amnesty International UK".

        The parse hangs the body's name on the country's as a modifier, and
        the country would be taken for the one who acts; the branch is the
        body's, acting in that country.
        """
        if self.kinds.get(self.by_token[token]) != "country" or tree.tokens[token].pos != "PROPN":
            return None
        before = token - 1
        if before < 0 or tree.tokens[before].dep != "compound" or tree.tokens[before].head != token:
            return None
        body = self.by_token.get(before)
        return body if body is not None and self.kinds.get(body) == "organization" else None

    def _joint_authors(self, tree: Tree, document: int) -> tuple[str, ...]:
        """The several authors of a document they put forward together.

        "The US and Britain issued a joint statement urging restraint": the
        statement speaks for both, as its one author's would for one.
        """
        if document in self.by_token or tree.tokens[document].lemma.lower() not in (
            lexicons.word_set("speech_documents.txt")
        ):
            return ()
        author = self._author(tree, document)
        authors = self.actors_at(tree, author) if author is not None else ()
        return authors if len(authors) > 1 else ()

    def _issuer(self, tree: Tree, document: int) -> str | None:
        """Who a document speaks for: "tabled a motion opposing the bill", "the communique".

        Its author when it is the object of a verb of putting forward, or
        the owner its earlier mention gave it.
        """
        if tree.tokens[document].lemma.lower() not in lexicons.word_set("speech_documents.txt"):
            return None
        author = self._author(tree, document)
        if author is None:
            author = self.owner_named_before(tree, document)
        if author is None:
            return self._writer_named_before(tree, document)
        return self.actors_at(tree, author)[0]

    def _writer_named_before(self, tree: Tree, document: int) -> str | None:
        """The body the document's last mention said wrote it: "a report by the IFS".

        "A report by the IFS says the scheme was costed on faulty figures ...
        costs could rise, the report warned": "the report" goes on speaking
        for the body named as its writer when it was first told of.
        """
        word = tree.tokens[document]
        if not any(tree.tokens[c].text.lower() in _DEFINITE for c in tree.children[document]):
            return None
        for earlier in range(document - 1, -1, -1):
            told = tree.tokens[earlier]
            if told.pos == "NOUN" and told.lemma.lower() == word.lemma.lower():
                return self._owner(tree, earlier)
        return None

    def _owner(self, tree: Tree, token: int) -> str | None:
        """Whom a noun is "of" or "from": "the sheikhdom of Qatar".

        "Managers from the carmaker" are the carmaker's; but "the invasion of
        Iraq" is done to Iraq. A document's author counts by the author's country or body too: "a
        report by Peru's finance committee" is Peru's word, "a report by two committees of
        MPs" the MPs'.
        """
        lemma = tree.tokens[token].lemma.lower()
        voice = lemma in lexicons.word_set("speech_documents.txt") or lemma in lexicons.word_set(
            "speaking_roles.txt"
        )
        for head in self._owners(tree, token):
            if head in self.by_token:
                return self._body_of_its_members(tree, token, head) or self.by_token[head]
            if voice:
                # "a report by two committees of MPs": the committees are the
                # MPs'; "a spokesman for the UN mission, Monusco," is Monusco's.
                beside = [n for n in _appositives(tree, head) if n in self.by_token]
                owner = (
                    (self.by_token[beside[0]] if beside else None)
                    or next(iter(self.describers(tree, head)), None)
                    or self._owner(tree, head)
                )
                if owner is not None:
                    return owner
        return None

    def _body_of_its_members(self, tree: Tree, one: int, members: int) -> str | None:
        """The body whose members "one of" them is one of: "one of Labour's senior MPs".

        One member acts for the body that owns them, as "some in the party"
        do (:func:`body_of_some`), where the members are a group told as the
        body's and no actor of their own name.
        """
        group = self.kinds.get(self.by_token[members]) == "group"
        if tree.tokens[one].text.lower() != "one" or not group:
            return None
        return next(
            (
                actor
                for c in tree.children[members]
                if tree.tokens[c].dep == "poss"
                and (actor := self.by_token.get(c)) is not None
                and self.kinds.get(actor) == "organization"
            ),
            None,
        )

    def _body_before(self, tree: Tree, pronoun: int) -> str | None:
        """The body "it" means when it does something: the previous sentence's subject.

        "Moscow says the firm owes $3bn. It accused the firm of ...". An "it"
        set deeper in a sentence a body leads is that body (see
        :meth:`_main_body_before`). Not "it" before "is", "seems" or
        "comes", which means nothing.
        """
        verb = tree.tokens[pronoun].head
        if (
            tree.tokens[pronoun].text.lower() != "it"
            or not tree.is_subject(pronoun)
            or tree.tokens[verb].pos != "VERB"
            or tree.tokens[verb].lemma.lower() in _EMPTY_IT_VERBS
        ):
            return None
        sentence = tree.sentence_of[pronoun]
        own = self._main_body_before(tree, pronoun)
        if own is not None:
            return own
        if sentence == 0:
            return None
        subject = aside_speaker(tree, sentence - 1) or sentence_subject(tree, sentence - 1)
        if subject is None:
            return None
        actor = self.by_token.get(subject)
        owner = self.owner_named_before(tree, subject) if actor is None else None
        if owner is not None:
            # "The report said ... It also called on ...": the report's body.
            actor = self._actor_of(tree, owner)
        return actor if actor is not None and self.kinds.get(actor) in _IT_KINDS else None

    def _main_body_before(self, tree: Tree, pronoun: int) -> str | None:
        """The body leading the sentence an "it" is set deeper in.

        "Manila summoned the envoy to protest against what it called illegal
        acts": Manila, not the subject of the sentence before.
        """
        verb = tree.tokens[pronoun].head
        marks = {tree.tokens[c].text.lower() for c in tree.children[verb]}
        if tree.tokens[verb].dep in ("ROOT", "parataxis") or marks & _OPEN_CLAUSE_MARKS:
            return None
        main = sentence_subject(tree, tree.sentence_of[pronoun])
        actor = self.by_token.get(main) if main is not None and main < pronoun else None
        if actor is not None and self.kinds.get(actor) in _IT_KINDS:
            return actor
        if tree.tokens[verb].dep == "advcl":
            return self._sole_body_before_clause(tree, verb)
        return None

    def _sole_body_before_clause(self, tree: Tree, clause: int) -> str | None:
        """The one body the main clause names before an adverbial clause an "it" leads.

        "The funds became part of Norbank when it bought a rival": the main
        clause's subject is no body, so "it" is the body it does name, not
        the subject of the sentence before. Two bodies named leave it unread.
        """
        first = tree.sentence_span(tree.sentence_of[clause])[0]
        named = {
            actor
            for token in range(first, tree.subtree(clause)[0])
            if (actor := self.by_token.get(token)) is not None
            and self.kinds.get(actor) in _IT_KINDS
        }
        return named.pop() if len(named) == 1 else None

    def _list_they_takes_up(self, tree: Tree, pronoun: int) -> tuple[str, ...]:
        """The actors of a list that a subject "they" in its own sentence takes up.

        "Japan and China said they would back the plan", "Japan and China
        want more trade, but they accused Vietnam": a plural pronoun under
        the verb the list is the subject of, reporting it or joined to it,
        stands for the whole list, whatever kind its members are.
        """
        if tree.tokens[pronoun].text.lower() != "they" or not tree.is_subject(pronoun):
            return ()
        for verb in self._verbs_over_they(tree, tree.tokens[pronoun].head):
            subject, passive = subject_of(tree, verb)
            if subject is None or passive or subject == pronoun:
                continue
            named = dict.fromkeys(
                a for t in with_conjuncts(tree, subject) if (a := self.by_token.get(t))
            )
            return tuple(named) if len(named) >= _SEVERAL else ()
        return ()

    @staticmethod
    def _verbs_over_they(tree: Tree, clause: int) -> list[int]:
        """The verbs whose subject a subject "they" of ``clause`` may take up.

        The verb of saying that reports the clause ("said they would"), and
        the first verb of a list of clauses the clause closes ("want more
        aid, but they accuse ministers").
        """
        first = tree.first_conjunct(clause)
        verbs = [first] if first != clause else []
        said = saying_verb(tree, first)
        return verbs + ([said] if said is not None else [])

    def _reporter(self, tree: Tree, pronoun: int) -> str | None:
        """The body a clause tells about itself.

        "the firm said it had agreed": "it" in a clause a body reports;
        "Congo welcomed the ceasefire it signed": "it" in a clause about
        what the body acted on.
        """
        kinds = _REPORTING_PRONOUNS.get(tree.tokens[pronoun].text.lower())
        clause = tree.tokens[pronoun].head
        if kinds is None or not tree.is_subject(pronoun):
            return None
        # "said its defences held and that it had struck"
        own = clause
        clause = tree.first_conjunct(clause)
        verbs: list[int | None] = []
        if clause != own and kinds is _REPORTING_PRONOUNS["they"]:
            # "Opposition parties want more police, but they accuse ministers ..."
            verbs.append(clause)
        if tree.tokens[clause].dep == "relcl" and tree.tokens[tree.tokens[clause].head].dep in (
            "dobj",
            "obj",
        ):
            verbs.append(tree.tokens[tree.tokens[clause].head].head)
        verbs.append(saying_verb(tree, clause))
        return next(
            (
                actor
                for verb in verbs
                if verb is not None
                and (actor := self._speaker_as(tree, pronoun, verb, kinds)) is not None
            ),
            None,
        )

    def _speaker_as(self, tree: Tree, pronoun: int, verb: int, kinds: frozenset[str]) -> str | None:
        """The actor a verb's subject names, if the pronoun may stand for it."""
        speaker, passive = subject_of(tree, verb)
        if speaker is None or passive or speaker == pronoun:
            return None
        if tree.tokens[pronoun].text.lower() == "they" and tree.tokens[speaker].tag not in (
            "NNS",
            "NNPS",
        ):
            return None  # "the ministry says they were freed" speaks of others
        actor = self._actor_of(tree, speaker)
        return actor if actor is not None and self.kinds.get(actor) in kinds else None


def a_common_noun(tree: Tree, token: int) -> bool:
    """Whether a word is a common noun, taking a document named with a capital as one.

    British news writes "the Budget", "the Bill", "the Act" with a capital,
    and the tagger calls them proper nouns; they are still a thing someone
    made, judged and answered for as "the budget" is.
    """
    word = tree.tokens[token]
    return word.pos == "NOUN" or (
        word.pos == "PROPN" and word.lemma.lower() in lexicons.word_set("documents.txt")
    )


@functools.cache
def put_forward() -> frozenset[str]:
    """Things someone puts forward, whose owner a later "the plans" still means.

    Proposals, documents and things published; "the case", "the system" or
    "the increase" named again may be another's.
    """
    return (
        lexicons.word_set("proposals.txt")
        | lexicons.word_set("documents.txt")
        | lexicons.word_set("published_things.txt")
        | lexicons.word_set("speech_documents.txt")
    )


def answered_for() -> frozenset[str]:
    """Things their maker answers for, whose owner a later "the decision" still means.

    What :func:`put_forward` lists, and the policies, rulings and decisions
    a body makes (``policies.txt``): "the council announced its decision
    ... residents condemned the decision" condemns the council, as "the
    council's decision" would.
    """
    return put_forward() | lexicons.word_set("policies.txt")


def _trading_place(tree: Tree, noun: int, modifier: int) -> bool:
    """Whether a place name before a market's noun says where it trades: "the London exchange".

    "Talks with the Frankfurt exchange" and "turned down by the Paris
    bourse" name a market, not Germany or France; "the Israeli exchange"
    (a demonym) and "Russia's market" keep their own readings.
    """
    return tree.tokens[modifier].dep == "compound" and tree.tokens[
        noun
    ].lemma.lower() in lexicons.word_set("trading_places.txt")


def _one_or_each(tree: Tree, head: int) -> list[int]:
    """The nouns of a phrase that name someone each: one when its titles are one person's.

    "The founder and former boss of the firm has apologised": one article
    and a verb for one make both titles the founder's, and the firm the
    second title is "of" did not apologise. "The minister and the envoy
    have met" names two.
    """
    joined = with_conjuncts(tree, head)
    if len(joined) > 1 and _titles_of_one(tree, head, joined[1:]):
        return [head]
    return joined


def _titles_of_one(tree: Tree, head: int, others: list[int]) -> bool:
    """Whether singular nouns joined under one article are told by a verb for one."""
    if tree.tokens[head].tag != "NN" or any(tree.tokens[o].tag != "NN" for o in others):
        return False
    if any(tree.tokens[c].dep in ("det", "poss") for o in others for c in tree.children[o]):
        return False  # "the minister and the envoy": an article each
    verb = tree.tokens[head].head
    told = [verb, *(c for c in tree.children[verb] if tree.tokens[c].dep in ("aux", "auxpass"))]
    return tree.tokens[head].dep in SUBJECTS | PASSIVE_SUBJECTS and any(
        tree.tokens[t].tag == "VBZ" or tree.tokens[t].text.lower() == "was" for t in told
    )


def _firm_of_a_people(tree: Tree, noun: int, modifier: int) -> bool:
    """Whether a demonym before a word for a firm says only where the firm is from.

    "A Russian company bought the unit" and "the Dutch bank said" tell of a
    firm, not of Russia's or the Netherlands' state, which would be coded as
    the government; "Israeli air strikes" and "Iranian officials" stay the
    country's.
    """
    return (
        tree.tokens[modifier].dep == "amod"
        and tree.tokens[modifier].pos != "PROPN"
        and tree.tokens[noun].lemma.lower() in _firm_words()
    )


@functools.cache
def _firm_words() -> frozenset[str]:
    """One-word kinds of firm ("company", "bank", "carmaker"): the organisation words of BUS."""
    return frozenset(
        row["word"]
        for row in lexicons.table("org_words.tsv")
        if row["sector"] == "BUS" and " " not in row["word"]
    )


def _ranked(tree: Tree, noun: int) -> bool:
    """Whether a noun is ranked by a superlative: "Russia's largest brewer", "the biggest merger".

    Not by time: "the Fed's latest meeting" is the Fed's.
    """
    return any(
        tree.tokens[c].dep == "amod"
        and tree.tokens[c].tag == "JJS"
        and tree.tokens[c].text.lower() not in _TIME_SUPERLATIVES
        for c in tree.children[noun]
    )


_TIME_SUPERLATIVES = frozenset({"latest", "earliest", "newest", "last", "first"})


def is_relational(tree: Tree, token: int) -> bool:
    """Whether a noun names someone by their tie to another: "critic", "ally", "owner".

    "Critics of the government" and "Brown's closest ally" are not the
    government or Brown.
    """
    return tree.tokens[token].lemma.lower() in lexicons.word_set("relational_nouns.txt")


def _appositives(tree: Tree, token: int) -> list[int]:
    """Names in apposition to a noun, or to the title it holds "as"."""
    holders = [token] + [
        g
        for child in tree.children[token]
        if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() == "as"
        for g in tree.children[child]
        if tree.tokens[g].dep == "pobj"
    ]
    return [c for h in holders for c in tree.children[h] if tree.tokens[c].dep == "appos"]


def _belongs_to(tree: Tree, token: int) -> list[int]:
    if is_relational(tree, token):
        return []  # "the owner of Yukos" is not Yukos
    # "a report by the committee" is the committee's word; "a spokesman for
    # the Home Office" speaks for it.
    lemma = tree.tokens[token].lemma.lower()
    owners = ["of", "from"]
    if lemma in lexicons.word_set("speech_documents.txt"):
        owners.append("by")
    if lemma in lexicons.word_set("speaking_roles.txt"):
        owners.append("for")
    return [
        g
        for child in tree.children[token]
        if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() in owners
        for g in tree.children[child]
        if tree.tokens[g].dep == "pobj"
    ]


def _listed_before(tree: Tree, pronoun: int) -> int | None:
    """The first of a list a possessive's phrase is joined to: "the US and its allies".

    In "charged Vivendi, its chief executive and its finance director" each
    "its" means the one the list opens with, not the sentence's subject.
    Only a conjunct: a phrase in apposition describes its head ("sued Acme,
    its rival"), so "its" there is another's.
    """
    if tree.tokens[pronoun].dep != "poss":
        return None
    phrase = tree.tokens[pronoun].head
    while tree.tokens[phrase].dep == "compound":  # "its chairman Henrik Lund"
        phrase = tree.tokens[phrase].head
    if tree.tokens[phrase].dep != "conj":
        return None
    while tree.tokens[phrase].dep == "conj":
        phrase = tree.tokens[phrase].head
    return phrase


# The prefixes of a stance taken for or against a side: "anti-Japanese", "pro-Syrian".
STANCES = frozenset({"anti", "pro"})


def stance_taken(tree: Tree, word: int) -> str | None:
    """The stance a modifier is the side of, "anti" or "pro", if any: "anti-Japanese riots".

    Rioters against Japan are not Japan, nor are "pro-Syrian" crowds Syria:
    the demonym is whom they side with or against. The model splits the
    prefix off ("anti", "-", "Japanese") or keeps it in one word.
    """
    tokens = tree.tokens
    text = tokens[word].text.lower()
    prefix, hyphen, rest = text.partition("-")
    if hyphen and rest and prefix in STANCES:
        return prefix
    if word >= 2 and tokens[word - 1].text == "-" and tokens[word - 2].text.lower() in STANCES:
        return tokens[word - 2].text.lower()
    return None


def _hyphened_before(tree: Tree, word: int) -> list[int]:
    """The words a hyphen joins to a modifier before it: "Greek" in "Greek-Turkish talks".

    So is the leader before "-led": "US" in "US-led strikes".

    The parse hangs the first of a hyphened pair on the second, so only the
    second would describe the noun; the pair names both sides of it. Not in
    a title ("the US-Iraq Framework Agreement"): a named text is no deed.
    """
    if tree.tokens[tree.tokens[word].head].pos == "PROPN":
        return []
    return [
        c
        for c in tree.children[word]
        if c + 2 == word
        and (tree.tokens[c].dep in DESCRIBERS - {"poss"} or _leader_of(tree, c, word))
        and tree.tokens[c + 1].text == "-"
    ]


def _leader_of(tree: Tree, word: int, modifier: int) -> bool:
    """Whether a word names who leads what a "-led" modifier describes: "US-led strikes".

    "the US-led strikes on the rebels", "Saudi-led air raids": the strikes
    are the leader's, as "US strikes" would be; the parse hangs the leader
    on "led" as an adverbial noun. Not "-backed": a backer does not strike;
    nor the leader of what goes on "between" two others, who stands between
    them: "UN-led talks between Cyprus and Turkey" are the two's talks.
    """
    noun = tree.tokens[modifier].head
    between = any(tree.tokens[c].text.lower() == "between" for c in tree.children[noun])
    return (
        tree.tokens[word].dep == "npadvmod"
        and tree.tokens[modifier].lemma.lower() == "lead"
        and not between
    )


_PRONOUN_GENDERS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
"""The gender each personal pronoun says of whom it means."""


def _genders(tree: Tree, actors: tuple[Actor, ...]) -> dict[str, str]:
    """The gender of each person, where their words say one and only one.

    The pronouns the actors stage resolved to them and the honorifics of
    their mentions ("Mrs", "Sir") say it; failing those, a given name whose
    gender is clear ("Margaret"). Words that disagree say none.
    """
    honorifics, given_names = _gendered_words()
    genders: dict[str, str] = {}
    for actor in actors:
        if actor.kind != "person":
            continue
        said = set()
        for start, _end in actor.mentions:
            token = tree.token_at(start)
            if token is None:
                continue
            # The honorific may stand just before the mention: "Mrs Joan Pike".
            before = tree.tokens[token - 1].text if token else ""
            word = tree.tokens[token].text
            gender = (
                _PRONOUN_GENDERS.get(word.lower()) or honorifics.get(word) or honorifics.get(before)
            )
            if gender is not None:
                said.add(gender)
        first = actor.name.split()[0] if actor.name else ""
        given = given_names.get(first)
        if not said and given is not None:
            said.add(given)
        if len(said) == 1:
            genders[actor.id] = said.pop()
    return genders


@functools.cache
def _gendered_words() -> tuple[dict[str, str], dict[str, str]]:
    """The honorifics ("Mrs": f) and the given names ("Margaret": f) that say a gender."""
    honorifics = {
        row["word"]: row["gender"]
        for row in lexicons.table("honorifics.tsv")
        if row["gender"] in _GENDERS
    }
    names = {
        row["name"]: row["gender"]
        for row in lexicons.table("first_names.tsv")
        if row["gender"] in _GENDERS
    }
    return honorifics, names


_GENDERS = frozenset({"m", "f"})
