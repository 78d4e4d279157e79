"""Whom "he" and "she" refer to: the antecedent of a subject pronoun.

- "he"/"she" as a subject joins a person of matching gender named in the
  same or the two previous sentences: the latest sentence first, then the
  person mentioned most so far (the one the article is about), then
  subjects; the doer of a passive main verb ("was attacked by X") leads
  its sentence as a subject would, and so may the owner of a thing its
  clause is about ("Mr Straw's trip is ... He will meet"). When no one
  is that near ("he said" after a quotation of several sentences), it
  joins the person the article is about, if one clearly leads: named at
  least three times so far, twice as often as anyone else.
- Sentences wholly inside a quotation do not count towards that reach for
  a pronoun outside it: "Mr Brown said: "A. B. C." He added" is Mr Brown.
- A pronoun inside a quotation is never its speaker, who would say "I":
  ""He has failed," Mr Davis said" is someone else. Someone the speaker
  reports as speaking is not the speaker: in "X said Mr Blair had spoken
  warmly, adding: "He ..."", "He" may be Mr Blair. Whoever's clause a
  colon closes before the quotation speaks it, whatever the verb ("The
  Tory leader went on: "He ..."").
- A name inside a participle that opens the sentence is not its "he":
  "Trained by Mr Crisp, he ..." (even where the model makes the participle
  the root).
- "the 64-year-old" (:mod:`.ages`) is resolved as "he" and "she" are,
  whatever the gender, to someone named before it, never to a role alone.
- A name the writer puts in brackets after the pronoun ("he (Lord
  Goldsmith) said") is whom it means.
- In the clause giving why someone was sacked, praised or blamed
  (``object_cause_verbs.txt``), "he" is the one acted on: "X sacked Y
  after he ..." is Y.
- A given name only suggests a gender: "Ms" before the name, or a "she"
  resolved to that person, outweighs it (:class:`.cluster.Cluster`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateline import lexicons
from dateline.stages._arguments import is_relational
from dateline.stages._speakers import REPORT_CLOSERS
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.lexicon import load
from dateline.stages.actors.mention import Mention, head_of
from dateline.stages.quotes import cues as quote_cues
from dateline.stages.quotes.marks import quoted_passages

_PRONOUN_REACH = 2
"""How many sentences back a pronoun looks for its antecedent."""
_LEAD_MENTIONS = 3
"""Mentions before it that make a person the one the article is about."""
_SALIENT = 6
"""Mentions so far beyond which a person is no more salient: within one
sentence, "he" is the person the article has been about, before a man it
names in passing."""
_OPENING_QUOTES = 4
"""How many sentences of one quotation may stand between it and its speaker's."""
_SPEAKER_REACH = 4
"""How many sentences back "he said" after a report looks for the one who spoke last."""
_MAIN_CLAUSES = frozenset({"ROOT", "parataxis"})
"""How the verb of a main clause hangs: "Nobody, he claimed, could ..." is one too."""
_CLAUSE_DEPTH = 6
"""How far up from a mention to look for the verb a pronoun is the subject of."""
_ADJUNCTS = frozenset({"advcl", "prep"})
"""How a phrase that leads up to a clause hangs from its verb."""
_REPORT_DEPTH = 3
"""How far up from a verb of saying another may report it ("said X had spoken")."""
_REASON_MARKERS = frozenset({"after", "because", "when", "since", "as"})
"""Words that open a clause giving why something was done: "sacked him after he ..."."""
_ASKING_VERBS = frozenset({"ask", "press", "question", "quiz"})
_OPEN_QUESTION = frozenset({"whether", "if"})
"""Words that open the question put to someone: "asked the minister whether he ..."."""
_INTRODUCED = re.compile(r"(?:\s+[\w'-]+){0,3}\s*:\s*[\"\u201c]")
"""A colon that closes the writer's clause and opens a quotation after at most
three words past its verb: "went on:", "hit back:", "told reporters: \""."""
_OBJECT_FORMS = {"m": "him", "f": "her"}
_PRONOUN_FORMS = {"m": frozenset({"he", "him", "his"}), "f": frozenset({"she", "her", "hers"})}
_SETTING_MARKERS = frozenset(
    {"as", "if", "when", "because", "since", "while", "although", "though", "once"}
)
"""Words that open a clause setting the scene for the main one: "As Mr Hale was away, he ..."."""


@dataclass(frozen=True)
class Discourse:
    """What reading a pronoun needs beyond the mentions: the parse and what is quoted."""

    tree: Tree
    passages: tuple[tuple[int, int], ...]
    """Character spans of the quotations, marks included."""
    told: tuple[int, ...]
    """For each sentence, how many sentences up to it hold words of the writer's own."""

    @classmethod
    def of(cls, tree: Tree) -> Discourse:
        """The discourse of one article's parse."""
        passages = tuple(p.outer for p in quoted_passages(tree.text))
        told: list[int] = []
        for number in range(len(tree.parse.sentences)):
            first, last = tree.sentence_span(number)
            own = any(
                tree.tokens[i].text[:1].isalnum() and not _inside(tree.tokens[i].start, passages)
                for i in range(first, last)
            )
            told.append((told[-1] if told else 0) + own)
        return cls(tree, passages, tuple(told))

    def distance(self, pronoun: Mention, mention: Mention) -> int:
        """Sentences between a pronoun and a mention before it, as its reader counts them.

        Outside quotation marks, a quotation of several sentences is one
        aside: the writer's sentence before it is the one just read.
        """
        if pronoun.quoted:
            return pronoun.sentence - mention.sentence
        return self.told[pronoun.sentence] - self.told[mention.sentence]

    def speakers(self, pronoun: Mention, clusters: Iterable[Cluster]) -> set[str]:
        """The keys of the clusters that speak the quotation a pronoun stands in."""
        passage = self._passage_of(pronoun)
        if passage is None:
            return set()
        sentences = self._sentences_of(passage)
        found = self._speaking(clusters, sentences, passage)
        if found or not self._opens(passage, sentences[0]) or self._said_here(passage, sentences):
            return found
        # A quotation that goes on from the one before: its speaker is named
        # where the writer last spoke ("Mr Baume said. "A. "B.").
        for before in range(sentences[0] - 1, max(sentences[0] - _OPENING_QUOTES, 0) - 1, -1):
            if self.told[before] != (self.told[before - 1] if before else 0):
                return self._speaking(clusters, [before], None)
        return set()

    def _said_here(self, passage: tuple[int, int], sentences: list[int]) -> bool:
        """Whether a quotation's own sentence has a verb saying it: "..., said the statement".

        Its sayer is named there, as an actor or not ("the statement"), so the
        one who spoke in the sentence before does not carry over.
        """
        cues = quote_cues.load()
        return any(
            cues.at(self.tree, token) is not None
            for sentence in sentences
            for token in range(*self.tree.sentence_span(sentence))
            if not passage[0] <= self.tree.tokens[token].start < passage[1]
        )

    def opened_by(self, mention: Mention) -> bool:
        """Whether a mention's sentence opens the quotation it stands in: ""He never said ..."".

        Marks that open a sentence are the speaker's; a quotation opened
        sentences before and never closed may have strayed over the writer's
        "He said that ...".
        """
        passage = self._passage_of(mention)
        if passage is None:
            return False
        first, _ = self.tree.sentence_span(mention.sentence)
        start = self.tree.tokens[first].start
        return passage[0] >= start or not any(
            c.isalnum() for c in self.tree.text[passage[0] : start]
        )

    def _passage_of(self, mention: Mention) -> tuple[int, int] | None:
        """The quotation a mention stands in, if any."""
        return next((p for p in self.passages if p[0] <= mention.start < p[1]), None)

    def _opens(self, passage: tuple[int, int], sentence: int) -> bool:
        """Whether a quotation opens its sentence: no words of the writer's stand before it."""
        first, _ = self.tree.sentence_span(sentence)
        return self.tree.tokens[first].start >= passage[0] or not any(
            token.text[:1].isalnum()
            for token in self.tree.tokens[first:]
            if token.start < passage[0]
        )

    def _sentences_of(self, passage: tuple[int, int]) -> list[int]:
        starts = self.tree.starts
        first = min(bisect.bisect_left(starts, passage[0]), len(starts) - 1)
        last = max(bisect.bisect_left(starts, passage[1]) - 1, first)
        return list(range(self.tree.sentence_of[first], self.tree.sentence_of[last] + 1))

    def _speaking(
        self, clusters: Iterable[Cluster], sentences: list[int], passage: tuple[int, int] | None
    ) -> set[str]:
        """Who speaks in ``sentences``, in the paragraph of ``passage`` when one is given.

        The parse may run a sentence on into the next paragraph, whose speaker
        says something else.
        """
        speaking = [
            (found.key, m)
            for found in clusters
            for m in found.mentions
            if m.sentence in sentences
            and not m.quoted
            and m.subject
            and (passage is None or not self._paragraph_between(passage, m))
            and (self.speaks(m) or self._introduces(m))
        ]
        verbs = {self.verb_of(m) for _, m in speaking}
        # "He said Mr Blair had spoken with sincerity, adding: "He went
        # beyond ..."": who spoke inside what another says is not the speaker.
        return {key for key, m in speaking if not self._reported(self.verb_of(m), verbs)}

    def verb_of(self, mention: Mention) -> int:
        """The word a mention's head hangs from: the verb it is the subject of, if any."""
        return self.tree.tokens[head_of(self.tree, mention.first, mention.last)].head

    def _reported(self, verb: int, verbs: set[int]) -> bool:
        """Whether a verb stands in a clause that another of ``verbs`` reports."""
        return any(parent in verbs for _, parent in self.tree.ancestors(verb, _REPORT_DEPTH))

    def _paragraph_between(self, passage: tuple[int, int], mention: Mention) -> bool:
        first, last = (
            (passage[1], mention.start)
            if mention.start >= passage[1]
            else (mention.end, passage[0])
        )
        return "\n" in self.tree.text[first:last]

    def _introduces(self, mention: Mention) -> bool:
        """Whether a mention's clause ends in a colon that opens a quotation.

        Whatever its verb, the subject of "The Tory leader went on: "..."" or
        "Mr Hale hit back: "..."" speaks the quotation, as the subject of a
        verb of saying does.
        """
        verb = self.tree.tokens[self.verb_of(mention)]
        if verb.start < mention.end or verb.pos not in {"VERB", "AUX"}:
            return False
        return _INTRODUCED.match(self.tree.text, verb.end) is not None

    def speaks(self, mention: Mention) -> bool:
        """Whether a mention is the subject of a verb of saying ("said Mr Blair")."""
        return quote_cues.load().at(self.tree, self.verb_of(mention)) is not None


def _inside(offset: int, passages: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in passages)


def named_beside(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person a writer names in brackets after a pronoun: "he (Lord Goldsmith) said"."""
    after = mention.last + 1
    if mention.kind != "pronoun" or after >= len(tree) or tree.tokens[mention.last].text != "(":
        return None
    return next(
        (
            found
            for found in clusters.values()
            # "(Lord Goldsmith)": the name may follow its honorific.
            if found.is_person
            and any(m.kind == "name" and after <= m.first <= after + 1 for m in found.mentions)
        ),
        None,
    )


def antecedent(
    mention: Mention, clusters: Iterable[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person a pronoun (or "his" in "his party") refers to, if one fits."""
    clusters = _not_speaking(mention, list(clusters), discourse)
    if not mention.quoted:
        named = (
            _subject_of_the_setting(mention, clusters, discourse)
            or _asked_of_themselves(mention, clusters, discourse)
            or _reporter(mention, clusters, discourse)
            or _speaker_goes_on(mention, clusters, discourse)
            or _asked_ahead(mention, clusters, discourse)
            or _acted_on_for_it(mention, clusters, discourse)
            or _party_to_the_act(mention, clusters, discourse)
            or _doer_of_the_act(mention, clusters, discourse)
        )
        if named is not None:
            return named
    best: tuple[tuple[int, ...], Cluster] | None = None
    passed_over = (
        _taken_by_its_object(mention, clusters, discourse),
        _passed_over_by_the_setting(mention, clusters, discourse),
    )
    for found in clusters:
        if any(found is other for other in passed_over) or not _may_be(found, mention, discourse):
            continue
        for m in found.mentions:
            # Words inside a quotation are someone else's: "he said" after a
            # quote does not refer to a man named in it; nor does a
            # possessor ("the prime minister's wife ... she") lead a clause,
            # unless the thing it owns does ("Mr Straw's trip is ...").
            if (
                (m.quoted and not mention.quoted)
                or (m.possessor and not _owns_the_subject(m, discourse.tree))
                or _names_a_thing(m, discourse.tree)
            ):
                continue
            if m.first < mention.first and discourse.distance(mention, m) <= _PRONOUN_REACH:
                seen = sum(1 for n in found.mentions if n.first < mention.first)
                # In a sentence after it, the main clause's subject before one
                # inside a clause it governs: "Lord G said Lord F played no part.
                # He added ..." is Lord G. Within one sentence, the latest subject.
                leads = m.main_subject or _main_agent(m, discourse.tree)
                role = 2 if leads and m.sentence < mention.sentence else int(m.subject)
                score = (m.sentence, role == 2, min(seen, _SALIENT), role, m.first)
                if best is None or score > best[0]:
                    best = (score, found)
    return best[1] if best else _lead_person(mention, clusters)


def _subject_of_the_setting(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person a clause opening the pronoun's own names as its subject: "As X was away, he ...".

    A clause that sets the scene ("as", "if", "when", "because") before the
    main one carries its subject on to the main clause's "he", however often
    the article named another man before. Not when the clause has a pronoun
    of his gender itself ("If Mr Blair won't let him run, he ..."): that
    one goes on, and "he" is whom it means.
    """
    clause = _setting_clause(mention, discourse)
    if clause is None or _pronoun_in_setting(mention, clause, discourse.tree) is not None:
        return None
    return _setting_subject(mention, clause, clusters, discourse)


def _passed_over_by_the_setting(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The subject of a setting clause whose object is a pronoun of the main one's gender.

    "If Mr Blair won't let him run the campaign, he can ...": "him" is not
    Mr Blair, its clause's subject, and the main clause's "he" goes on
    with "him", so is not Mr Blair either.
    """
    clause = _setting_clause(mention, discourse)
    if clause is None:
        return None
    pronoun = _pronoun_in_setting(mention, clause, discourse.tree)
    if pronoun is None or discourse.tree.tokens[pronoun].text.lower() != _OBJECT_FORMS.get(
        mention.gender or ""
    ):
        return None
    return _setting_subject(mention, clause, clusters, discourse)


def _setting_clause(mention: Mention, discourse: Discourse) -> int | None:
    """The verb of the one clause that sets the scene before a subject pronoun's own."""
    tree = discourse.tree
    if mention.kind != "pronoun" or not mention.subject or mention.gender is None:
        return None
    verb = discourse.verb_of(mention)
    settings = [
        clause
        for clause in tree.children[verb]
        if tree.tokens[clause].dep == "advcl"
        and clause < mention.first
        and _set_by_marker(tree, clause)
    ]
    return settings[0] if len(settings) == 1 else None


def _pronoun_in_setting(mention: Mention, clause: int, tree: Tree) -> int | None:
    """The first pronoun of a subject pronoun's gender from a setting clause's start up to it."""
    start, _ = tree.subtree(clause)
    forms = _PRONOUN_FORMS[mention.gender or "m"]
    return next(
        (i for i in range(start, mention.first) if tree.tokens[i].text.lower() in forms), None
    )


def _setting_subject(
    mention: Mention, clause: int, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The one person named as the subject of a setting clause, if a pronoun may mean them."""
    subjects = [
        found
        for found in clusters
        if any(
            m.kind == "name" and m.subject and not m.quoted and discourse.verb_of(m) == clause
            for m in found.mentions
        )
    ]
    if len(subjects) != 1 or not _may_be(subjects[0], mention, discourse):
        return None
    return subjects[0]


def _set_by_marker(tree: Tree, clause: int) -> bool:
    """Whether a clause opens with a word that sets the scene: "as", "if", "when", "because"."""
    return any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in _SETTING_MARKERS
        for c in tree.children[clause]
    )


def _taken_by_its_object(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person a subject pronoun's own object pronoun means, whom the subject is not.

    "That may annoy Mr Brown, but he praised him": "him" is the one just
    named in an earlier clause of the sentence, not as its subject, so "he"
    is someone else. Only that one: "Mr Blair met Mr Brown. He thanked him"
    leaves "he" to the subject before.
    """
    if mention.kind != "pronoun" or not mention.subject or mention.gender is None:
        return None
    tree = discourse.tree
    verb = discourse.verb_of(mention)
    _, end = tree.sentence_span(mention.sentence)
    if not any(
        tree.tokens[o].text.lower() == _OBJECT_FORMS[mention.gender]
        and _object_of_verb(tree, o, verb)
        for o in range(mention.last + 1, end)
    ):
        return None
    latest = [
        (m.first, found)
        for found in clusters
        if found.is_person and _fits_gender(found, mention)
        for m in found.mentions
        if m.sentence == mention.sentence and m.first < mention.first and not m.quoted
    ]
    if not latest:
        return None
    first, found = max(latest, key=lambda pair: pair[0])
    named_last = next(m for m in found.mentions if m.first == first)
    return None if named_last.subject or named_last.possessor else found


def _object_of_verb(tree: Tree, token: int, verb: int) -> bool:
    """Whether a word is the object of a verb, or of a preposition the verb takes."""
    parent = tree.tokens[token].head
    if parent == verb:
        return tree.tokens[token].dep in ("dobj", "dative")
    return tree.tokens[token].dep == "pobj" and tree.tokens[parent].head == verb


def _not_speaking(mention: Mention, clusters: list[Cluster], discourse: Discourse) -> list[Cluster]:
    """``clusters`` less the speakers of the quotation a pronoun stands in, who would say "I".

    "She stated that ..." is the writer's, whatever quote marks stray around
    it; ""As he rightly says, ..." he added" is the speaker's, about another.
    """
    quoted = mention.quoted and not (
        discourse.speaks(mention)
        and discourse.tree.tokens[discourse.verb_of(mention)].dep == "ROOT"
        and not discourse.opened_by(mention)
    )
    speakers = discourse.speakers(mention, clusters) if quoted else set()
    return [c for c in clusters if c.key not in speakers]


def _names_a_thing(mention: Mention, tree: Tree) -> bool:
    """Whether a person's name only qualifies a noun: "a minister in the Attlee government".

    The government, not its leader, is what the clause speaks of: "he"
    after it is the subject who served in it.
    """
    head = tree.tokens[head_of(tree, mention.first, mention.last)]
    return head.dep == "compound" and tree.tokens[head.head].pos == "NOUN"


def _may_be(found: Cluster, pronoun: Mention, discourse: Discourse) -> bool:
    """Whether an actor may be whom a pronoun means: a person of its gender, not bound apart."""
    if not found.is_person or not _fits_gender(found, pronoun):
        return False
    return not any(
        _bound_apart(m, pronoun, discourse) or _reported_by_it(m, pronoun, discourse)
        for m in found.mentions
    )


def _fits_gender(found: Cluster, pronoun: Mention) -> bool:
    """Whether a person may be whom a pronoun means by gender.

    "the 64-year-old" has none, but means someone named before, not a role
    ("urged the home secretary to act ... the 16-year-old was depressed").
    """
    if pronoun.gender is None:
        return any(m.kind == "name" and m.first < pronoun.first for m in found.mentions)
    return found.gender in (None, pronoun.gender)


def _speaker_goes_on(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The last speaker, for "he said" after what is said: "Mr Hale said A. B would go, he said".

    News reports one speaker over several sentences and closes one with "he
    said"; the people the report names are not he. Only when no one else
    has been the subject of a main clause since that speaker spoke.
    """
    tree = discourse.tree
    if mention.first == 0 or tree.tokens[mention.first - 1].text not in REPORT_CLOSERS:
        return None
    if not discourse.speaks(mention):
        return None
    before = [
        (m.first, m.main_subject, discourse.speaks(m) and _speaks_for_itself(m, tree), found)
        for found in clusters
        if found.is_person
        for m in found.mentions
        if m.first < mention.first
        and not m.quoted
        and discourse.distance(mention, m) <= _SPEAKER_REACH
    ]
    for _, leads, speaks, found in sorted(before, key=lambda b: b[0], reverse=True):
        if speaks:
            return found if _may_be(found, mention, discourse) else None
        if leads:
            return None
    return None


def _speaks_for_itself(mention: Mention, tree: Tree) -> bool:
    """Whether a speaker's verb is a main clause's, not one a clause tells of ("after he said")."""
    head = head_of(tree, mention.first, mention.last)
    return tree.is_subject(head) and tree.tokens[tree.tokens[head].head].dep in _MAIN_CLAUSES


def _asked_ahead(mention: Mention, clusters: list[Cluster], discourse: Discourse) -> Cluster | None:
    """The person a phrase opening with a participle leads up to: "Asked if he would go, X said".

    The phrase has no subject of its own: its doer, and so its "he", is the
    subject of the clause it leads up to, named after the pronoun.
    """
    tree = discourse.tree
    clause = discourse.verb_of(mention)
    for child, parent in tree.ancestors(clause, _REPORT_DEPTH):
        token = tree.tokens[child]
        if child != clause and _has_subject(tree, child):
            return None
        if token.dep == "advcl" and token.tag in ("VBN", "VBG") and child < mention.first:
            return next(
                (
                    found
                    for found in clusters
                    if found.is_person
                    and _fits_gender(found, mention)
                    and any(
                        m.kind == "name"
                        and m.first > mention.first
                        and discourse.verb_of(m) == parent
                        and m.subject
                        for m in found.mentions
                    )
                ),
                None,
            )
    return None


def _acted_on_for_it(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person an act of judging names as its object, for "he" in the clause giving why.

    "The chairman sacked the manager, Tom Reed, after he criticised the
    players": one is sacked, praised or blamed for what one did oneself, so
    the reason's "he" is the one acted on, not the doer of the act.
    """
    act = _act_over_its_clause(
        mention, discourse, "advcl", _REASON_MARKERS, lexicons.word_set("object_cause_verbs.txt")
    )
    return None if act is None else _the_one_acted_on(mention, clusters, discourse, act)


def _asked_of_themselves(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person asked, for "he" in the question put to them: "asked the PM whether he had".

    A question put to someone ("Mr Howard asked the prime minister whether
    he had misled MPs") is of what they did: its "he" is the one asked, not
    the asker named as the sentence's subject.
    """
    act = _act_over_its_clause(mention, discourse, "ccomp", _OPEN_QUESTION, _ASKING_VERBS)
    return None if act is None else _the_one_acted_on(mention, clusters, discourse, act)


def _act_over_its_clause(
    mention: Mention,
    discourse: Discourse,
    dep: str,
    markers: frozenset[str],
    verbs: frozenset[str],
) -> int | None:
    """The verb of ``verbs`` a pronoun's clause hangs on as ``dep``, opened by one of ``markers``.

    "sacked the manager after he ...", "asked the minister whether he ...":
    the act whose object the clause's "he" may be.
    """
    tree = discourse.tree
    clause = discourse.verb_of(mention)
    if mention.gender is None or tree.tokens[clause].dep != dep:
        return None
    if not any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in markers
        for c in tree.children[clause]
    ):
        return None
    act = tree.tokens[clause].head
    return act if tree.tokens[act].lemma.lower() in verbs else None


def _the_one_acted_on(
    mention: Mention, clusters: list[Cluster], discourse: Discourse, act: int
) -> Cluster | None:
    """The one person named before a pronoun as an act's object, if they may be its antecedent."""
    objects = [
        found
        for found in clusters
        if found.is_person
        and any(
            m.first < mention.first and not m.quoted and _object_of_act(discourse.tree, m, act)
            for m in found.mentions
        )
    ]
    if len(objects) != 1 or not _may_be(objects[0], mention, discourse):
        return None
    return objects[0]


def _object_of_act(tree: Tree, mention: Mention, act: int) -> bool:
    """Whether a mention is an act's direct object, or set beside it: "the manager, Tom Reed"."""
    head = head_of(tree, mention.first, mention.last)
    if tree.tokens[head].dep == "appos":
        head = tree.tokens[head].head
    return tree.tokens[head].dep == "dobj" and tree.tokens[head].head == act


def _party_to_the_act(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person an act done by a body names, for "he" in a clause that times it.

    "The party repaid the loan to Lord Ashcroft after he predicted a defeat":
    the clause hangs from the act, whose doer is no person, so "he" is the
    person the act names. Not when a person does it ("Mr Blair met Mr Bush
    after he ..."), whom "he" may mean as well.
    """
    tree = discourse.tree
    clause = discourse.verb_of(mention)
    if tree.tokens[clause].dep != "advcl":
        return None
    act = tree.tokens[clause].head
    persons = [found for found in clusters if found.is_person]
    if any(discourse.verb_of(m) == act and m.subject for c in persons for m in c.mentions):
        return None
    if not _has_subject(tree, act):
        return None
    named = [
        found
        for found in persons
        if _fits_gender(found, mention)
        and any(
            m.kind == "name" and m.first < mention.first and _argument_of(tree, m, act)
            for m in found.mentions
        )
    ]
    return named[0] if len(named) == 1 else None


def _doer_of_the_act(
    mention: Mention, clusters: list[Cluster], discourse: Discourse
) -> Cluster | None:
    """The person who does an act, for "he" in a clause that gives its aim or reason.

    "The minister is playing the fear card so he can look tough": the
    clause hangs from the act, and its "he" is the act's doer named before
    it, not the man the article has been about.
    """
    tree = discourse.tree
    clause = discourse.verb_of(mention)
    if tree.tokens[clause].dep != "advcl":
        return None
    act = tree.tokens[clause].head
    doers = [
        found
        for found in clusters
        if found.is_person
        and any(
            m.subject and not m.quoted and m.first < mention.first and discourse.verb_of(m) == act
            for m in found.mentions
        )
    ]
    if len(doers) != 1 or not _may_be(doers[0], mention, discourse):
        return None
    doer = doers[0]
    start = min(m.first for m in doer.mentions if discourse.verb_of(m) == act and m.subject)
    # "X turned to face the chancellor as he spoke": a man the act reaches
    # may be "he" as well. One a relative clause tells of aside ("the
    # group, of which Mr Opik is chairman,") is not.
    between = any(
        m.first > start and m.first < mention.first and not _told_aside(tree, m, act)
        for found in clusters
        if found is not doer and found.is_person and _fits_gender(found, mention)
        for m in found.mentions
    )
    return None if between else doer


def _told_aside(tree: Tree, mention: Mention, act: int) -> bool:
    """Whether a mention stands in a relative clause inside the clause of ``act``."""
    head = head_of(tree, mention.first, mention.last)
    for child, parent in tree.ancestors(head, _CLAUSE_DEPTH):
        if tree.tokens[child].dep == "relcl":
            return True
        if parent == act:
            return False
    return False


def _argument_of(tree: Tree, mention: Mention, verb: int) -> bool:
    """Whether a mention is the object of a verb, or of a preposition the verb takes."""
    head = head_of(tree, mention.first, mention.last)
    parent = tree.tokens[head].head
    if parent == verb:
        return tree.tokens[head].dep in ("dobj", "dative")
    return tree.tokens[parent].dep in ("prep", "dative") and tree.tokens[parent].head == verb


def _bound_apart(mention: Mention, pronoun: Mention, discourse: Discourse) -> bool:
    """Whether a mention stands in the pronoun's own clause, before it, so is not whom it means.

    "Standing next to Mr Blair, he added", "After meeting Mr Blair, he
    said": the clause "he" is the subject of takes in the phrase, whose
    doer is "he" too, so "he" is someone else. Not a phrase with a subject
    of its own ("After Mr Blair spoke, he left" may be Mr Blair), nor one
    that gives a source ("According to Mr Brown, he ...").
    """
    # A role said of him ("As a minister he ...") is him.
    if mention.kind != "name" or mention.sentence != pronoun.sentence:
        return False
    if mention.first > pronoun.first:
        return False
    tree = discourse.tree
    verb = discourse.verb_of(pronoun)
    if not tree.is_subject(head_of(tree, pronoun.first, pronoun.last)):
        return False
    head = head_of(tree, mention.first, mention.last)
    fronted = _fronted_participle(tree, verb, pronoun)
    for child, parent in tree.ancestors(head, _CLAUSE_DEPTH):
        if tree.tokens[child].text.lower() == "according" or (
            child != head and _has_subject(tree, child)
        ):
            return False
        if parent in (verb, fronted):
            return (
                parent == fronted
                or tree.tokens[child].dep in _ADJUNCTS
                or _fronted_as_subject(tree, child, head, pronoun)
            )
    return False


def _fronted_participle(tree: Tree, verb: int, pronoun: Mention) -> int | None:
    """The participle opening the sentence that the model made the pronoun's verb hang from.

    "Educated at Eton, he served in the army": the model may make
    "Educated" the root and "served" a second verb beside it, but the
    participle has no subject of its own and its doer is "he", so a name in
    its phrase ("Trained by Mr Crisp, he ...") is someone else, as in "After
    meeting Mr Blair, he said".
    """
    opening = tree.tokens[verb].head
    token = tree.tokens[opening]
    if tree.tokens[verb].dep != "conj" or opening >= pronoun.first:
        return None
    if token.tag not in {"VBN", "VBG"} or _has_subject(tree, opening):
        return None
    first, _ = tree.sentence_span(tree.sentence_of[opening])
    return opening if opening == first else None


def _fronted_as_subject(tree: Tree, phrase: int, head: int, pronoun: Mention) -> bool:
    """Whether a phrase before a subject pronoun, parsed as a second subject, describes it.

    "One of the last aides to work for Ann Ruiz, he was made ...": the
    model makes "One" a subject of "made" beside "he"; a verb has
    one subject, so the phrase set before the pronoun says who "he" is, and
    a name inside it is someone else. Not the name itself as that subject.
    """
    return phrase != head and phrase < pronoun.first and tree.is_subject(phrase)


def _reported_by_it(mention: Mention, pronoun: Mention, discourse: Discourse) -> bool:
    """Whether a mention stands in what the pronoun is said to say, so is not whom it means.

    "Mr Hollis kept the books, he said", "Why will the prime minister not
    wait, he demanded": a speaker who names someone in his own words means
    another man than himself. Not another pronoun there ("He would go, he
    said" is one man), which the writer's rule for names does not bind.
    """
    if mention.kind == "pronoun" or mention.sentence != pronoun.sentence:
        return False
    tree = discourse.tree
    if not tree.is_subject(head_of(tree, pronoun.first, pronoun.last)) or not discourse.speaks(
        pronoun
    ):
        return False
    saying = discourse.verb_of(pronoun)
    head = head_of(tree, mention.first, mention.last)
    # What he said stands after his verb, or before it and a comma or a
    # closing quote mark: "(he once said ...)" or "had he denied" after a
    # sentence is no report of it, whatever the parse hangs from the verb.
    reports_back = tree.tokens[pronoun.first - 1].text in REPORT_CLOSERS
    return any(
        parent == saying and tree.tokens[child].dep == "ccomp" and (child > saying or reports_back)
        for child, parent in tree.ancestors(head, _CLAUSE_DEPTH)
    )


def _main_agent(mention: Mention, tree: Tree) -> bool:
    """Whether a mention does what its sentence's passive main verb says: "was questioned by X".

    The one who acts leads the clause as its subject would: "X's theory was
    questioned by Y. He accepted ..." is Y.
    """
    head = head_of(tree, mention.first, mention.last)
    if tree.tokens[head].dep == "appos":  # "by the council leader, X"
        head = tree.tokens[head].head
    by = tree.tokens[head].head
    return tree.tokens[by].dep == "agent" and tree.tokens[tree.tokens[by].head].dep == "ROOT"


def _owns_the_subject(mention: Mention, tree: Tree) -> bool:
    """Whether a possessor owns a thing its clause is about: "Mr Straw's trip is part of ...".

    The clause is about its owner, whom a pronoun after it may mean ("He
    will meet ..."). Not when the thing owned is a person ("the prime
    minister's wife", "Mr Begg's father", "Mr Blair's spokesman"), who is
    the one the clause is about.
    """
    owned = tree.tokens[head_of(tree, mention.first, mention.last)].head
    token = tree.tokens[owned]
    if not tree.is_subject(owned) or token.pos == "PROPN":
        return False
    word = token.text.lower()
    lexicon = load()
    return not (
        word in lexicons.word_set("kin_nouns.txt")
        or is_relational(tree, owned)
        or lexicon.people_sector(word)[0]
        or lexicon.title((word,)) is not None
    )


def _reporter(mention: Mention, clusters: list[Cluster], discourse: Discourse) -> Cluster | None:
    """The person named as saying what a pronoun's clause reports: "Mr Hale said he would go".

    News writes the speaker's own "he" so: he is the one who said it, however
    often the article named someone else before him. Someone told to say it
    is that speaker too: "urged the chancellor to admit he had ...".
    """
    tree = discourse.tree
    verb = discourse.verb_of(mention)
    if tree.tokens[verb].dep != "ccomp":
        return None
    saying = tree.tokens[verb].head
    if quote_cues.load().at(tree, saying) is None:
        return None
    told = _told_to_say(tree, saying)

    def says(m: Mention) -> bool:
        if told is not None:
            return head_of(tree, m.first, m.last) == told
        return m.subject and discourse.verb_of(m) == _doer_verb(tree, saying)

    return next(
        (
            found
            for found in clusters
            if found.is_person
            and _fits_gender(found, mention)
            and any(not m.quoted and m.first < mention.first and says(m) for m in found.mentions)
        ),
        None,
    )


def _told_to_say(tree: Tree, saying: int) -> int | None:
    """The object a verb like "urge" tells to say something: "urged the chancellor to admit"."""
    token = tree.tokens[saying]
    control = token.head
    if token.dep != "xcomp" or tree.tokens[control].lemma.lower() not in lexicons.word_set(
        "object_control_verbs.txt"
    ):
        return None
    return next((c for c in tree.children[control] if tree.tokens[c].dep == "dobj"), None)


def _doer_verb(tree: Tree, saying: int) -> int:
    """The verb whose subject does the saying: "agreed to admit" is the subject of "agreed"."""
    token = tree.tokens[saying]
    return token.head if token.dep == "xcomp" else saying


def _lead_person(mention: Mention, clusters: Iterable[Cluster]) -> Cluster | None:
    """The person the article is about, for a pronoun with no antecedent in reach."""
    counts = sorted(
        (
            (sum(1 for m in found.mentions if m.first < mention.first and not m.quoted), found)
            for found in clusters
            if found.is_person and _fits_gender(found, mention)
        ),
        key=lambda pair: -pair[0],
    )
    if not counts or counts[0][0] < _LEAD_MENTIONS:
        return None
    if len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
        return None
    return counts[0][1]


def _has_subject(tree: Tree, token: int) -> bool:
    """Whether a word heads a clause with a subject of its own."""
    return any(tree.is_subject(c) for c in tree.children[token])
