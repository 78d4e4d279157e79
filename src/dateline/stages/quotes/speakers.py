"""Who said it: the speaker of a quote cue, as an actor of the actors stage.

The speaker is the cue verb's subject (its "by" phrase when passive, the
subject of the verb it hangs from when it has none: "met Harris, stressing
that ..."), or the object of "according to". The phrase is mapped to an
actor through the actors' mention spans: its head ("Pedersen", "he" when
coreference resolved it), else any actor named inside it ("a White House
statement", "a Home Office spokesman"). A document that speaks without
naming its issuer ("said the statement") speaks for the last one quoted.
A speaking "it" or "they" that heads its sentence, with no one quoted just
before, is the body the sentence before was about ("The committee met on
Monday. They said ministers should ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline import lexicons
from dateline.stages._arguments import ActorIndex, is_relational
from dateline.stages._clause_roles import agent_of, subject_of
from dateline.stages._speakers import sentence_root
from dateline.stages._tree import FINITE_TAGS, Tree
from dateline.stages.quotes.authors import author_elsewhere

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_RELATIVES = frozenset({"who", "which", "that"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_RANK = {"person": 0, "organization": 1, "group": 2, "other": 3, "country": 4}
_COMMON_NOUNS = frozenset({"NN", "NNS"})
_PHRASE_ENDS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as the text gives it, and the actor it resolved to."""

    actor: str | None
    text: str
    document: bool = False
    """The phrase names a document ("the statement"), not its issuer."""
    refers_back: bool = False
    """A pronoun ("he") or a pronoun's ("his office"): whoever was just quoted."""


@dataclass(frozen=True)
class Speakers:
    """Finds speakers in one article: its parse, its actors and the document nouns."""

    tree: Tree
    index: ActorIndex
    kinds: dict[str, str]
    """Each actor's kind, by id."""
    documents: frozenset[str]

    def of_verb(self, verb: int) -> Speaker | None:
        """The speaker of cue verb ``verb``, if the parse gives it one."""
        head = self.of_verb_subject(verb)
        token = self.tree.tokens[verb]
        if head is None and token.dep == "acl":
            head = token.head  # "a statement saying ..."
        if head is None and token.dep == "pcomp":
            # "reacted by saying ...": the one who reacted.
            preposition = token.head
            head = self.of_verb_subject(self.tree.tokens[preposition].head)
        if head is None:
            head = self._asked_after_a_quote(verb)
        if head is None and token.tag in FINITE_TAGS:
            head = self._named_before(verb)
        if head is not None and self.tree.tokens[head].text.lower() in _RELATIVES:
            head = self._antecedent(verb)
        return None if head is None else self.of_phrase(head)

    def person_named(self, head: int) -> str | None:
        """The person a phrase headed by ``head`` is: "Ann Lowe", "he", "his friend, Ann Lowe".

        Not a person merely named inside it ("the Ann Lowe plan").
        """
        actor = self.index.by_token.get(head) or self._named_beside(head)
        return actor if self.kinds.get(actor or "") == "person" else None

    def of_verb_subject(self, verb: int) -> int | None:
        """The head of a verb's subject (or passive agent)."""
        subject, passive = subject_of(self.tree, verb)
        return agent_of(self.tree, verb) if passive else subject

    def _asked_after_a_quote(self, verb: int) -> int | None:
        """The one who asks in '"Why now?" asked its leader, Ivan Dorn': not the one asked.

        After a quotation, an inverted "asked" or "replied" has its speaker
        behind it; the parse takes that speaker for the one asked, its object.
        An object naming no actor ("replied the witness") is left to the
        speaker quoted before, as a quote with no speaker is.
        """
        tree = self.tree
        if verb == 0 or tree.tokens[verb - 1].tag != "''":
            return None
        heads = (c for c in tree.children[verb] if tree.tokens[c].dep == "dobj")
        return next((h for h in heads if self.of_phrase(h).actor is not None), None)

    def _named_before(self, verb: int) -> int | None:
        """The last actor named before a finite verb the parser left without a subject."""
        first, _ = self.tree.sentence_span(self.tree.sentence_of[verb])
        return next((i for i in range(verb - 1, first - 1, -1) if i in self.index.by_token), None)

    def _antecedent(self, verb: int) -> int | None:
        """The noun a relative clause hangs from: "Mr Blair, who said ..." is Mr Blair."""
        node = verb
        for _ in range(4):
            token = self.tree.tokens[node]
            if token.dep == "relcl":
                return token.head
            if token.head == node:
                return None
            node = token.head
        return None

    def of_phrase(self, head: int) -> Speaker:
        """The speaker a noun phrase headed by ``head`` names."""
        tree = self.tree
        first, last = _phrase(tree, head)
        words = [tree.tokens[i].text.lower() for i in range(first, last)]
        actor = self.index.by_token.get(head)
        if actor is None and tree.tokens[head].tag in _COMMON_NOUNS:
            # "Fenwick's deputy, Lucy Barr": a role's holder is the name beside it.
            actor = self._named_beside(head)
        actor = (
            actor
            or self._named_inside(head, (first, last))
            or self._named_beside(head)
            or self._body_meant(head)
        )
        refers_back = words[-1] in _PRONOUNS or any(w in _POSSESSIVES for w in words)
        lemma = tree.tokens[head].lemma.lower()
        if actor is None and not refers_back and lemma in self.documents | _works():
            # "The new book claims ...": the author named for the book elsewhere.
            actor = author_elsewhere(tree, head, self._author_named)
        return Speaker(
            actor=actor,
            text=tree.span_text(first, last),
            document=lemma in self.documents,
            refers_back=refers_back,
        )

    def _author_named(self, head: int) -> str | None:
        """The actor a phrase naming a work's author stands for: "Ann Lee", "the Audit Office"."""
        return self.index.by_token.get(head) or self._named_inside(head, _phrase(self.tree, head))

    def _body_meant(self, head: int) -> str | None:
        """The one body a speaking "it" or "they" stands for, named as the subject before.

        See :meth:`ActorIndex.body_as_subject_before`. Several bodies ("The
        Tories and the Greens met. They said") leave it to the speaker quoted
        before, as any other pronoun.
        """
        if self.tree.tokens[head].dep != "nsubj" or self._document_before(head):
            return None
        meant = self.index.body_as_subject_before(self.tree, head)
        actors = self.index.actors_at(self.tree, meant) if meant is not None else ()
        return actors[0] if len(actors) == 1 else None

    def _document_before(self, pronoun: int) -> bool:
        """Whether the sentence before is about a document: "The report is published by X. It says".

        Such an "it" is the document, which speaks for whoever it was last
        quoted as, as a document named as speaker does.
        """
        sentence = self.tree.sentence_of[pronoun]
        root = sentence_root(self.tree, sentence - 1) if sentence else None
        return root is not None and any(
            self.tree.tokens[child].dep in ("nsubj", "nsubjpass")
            and self.tree.tokens[child].lemma.lower() in self.documents
            for child in self.tree.children[root]
        )

    def _named_inside(self, head: int, phrase: tuple[int, int]) -> str | None:
        """The actor a phrase names around its head: a person, else an organisation, else a country.

        "Russian presidential envoy for Syria Alexander Lavrentyev" is
        Lavrentyev, "Syria's Al-Watan newspaper" is Al-Watan, "a White House
        statement" the White House.
        """
        if is_relational(self.tree, head):
            return None  # "critics of the government" speak for themselves
        named = [a for i in range(*phrase) if (a := self.index.by_token.get(i)) is not None]
        named += self.index.actors_at(self.tree, head)
        if not named:
            return None
        return min(named, key=lambda actor: _RANK.get(self.kinds.get(actor, ""), len(_RANK)))

    def _named_beside(self, head: int) -> str | None:
        """The actor a name in apposition to ``head`` stands for: "his lawyer, Ann Ward".

        A noun that describes a speaker by a tie ("lawyer") or a kind
        ("group") names no actor itself; the name beside it says who speaks.
        """
        tree = self.tree
        beside = [c for c in tree.children[head] if tree.tokens[c].dep == "appos"]
        beside += self._split_subject(head)
        return next((a for c in beside if (a := self.index.by_token.get(c)) is not None), None)

    def _split_subject(self, head: int) -> list[int]:
        """The name the parse made a second subject of the verb: "his lawyer Ann Ward said"."""
        tree = self.tree
        word = tree.tokens[head]
        if word.dep != "nsubj":
            return []
        return [
            c
            for c in tree.children[word.head]
            if c > head and tree.tokens[c].dep == "nsubj" and tree.subtree(c)[0] == head + 1
        ]


def according_to(tree: Tree, i: int) -> int | None:
    """The head of X in "according to X" when token ``i`` is "according"."""
    if tree.tokens[i].text.lower() != "according":
        return None
    for child in tree.children[i]:
        if tree.tokens[child].text.lower() == "to":
            return next((g for g in tree.children[child] if tree.tokens[g].dep == "pobj"), None)
    return None


def _phrase(tree: Tree, head: int) -> tuple[int, int]:
    """The tokens of the phrase ``head`` heads, without its clauses and appositions."""
    first, last = tree.subtree(head)
    for child in tree.children[head]:
        if child > head and tree.tokens[child].dep in _PHRASE_ENDS:
            last = min(last, tree.subtree(child)[0])
    return first, max(last, head + 1)


def _works() -> frozenset[str]:
    """The nouns of written works whose words are their author's (authored_works.txt)."""
    return lexicons.word_set("authored_works.txt")
