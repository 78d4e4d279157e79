"""Who speaks a sentence: a saying verb's subject, an aside, a closing "he said"."""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._clause_roles import agent_of, subject_of
from dateline.stages._tree import Tree
from dateline.stages.quotes import cues as quote_cues

_WITHIN_A_REPORT = frozenset({"relcl", "pobj", "prep", "dobj", "obj", "nsubj", "appos", "conj"})
"""The links by which a clause about a thing stands inside the report that names it."""


def saying_verb(tree: Tree, clause: int) -> int | None:
    """The verb of saying whose report holds a clause: "said ... that it had struck".

    A clause on a thing named in the report is in it too: "said the strikes
    hit militants, whom it blames for the bombing" is the speaker's blame.
    """
    if tree.tokens[clause].dep == "relcl":
        while tree.tokens[clause].dep in _WITHIN_A_REPORT and tree.tokens[clause].head != clause:
            clause = tree.tokens[clause].head
    if tree.tokens[clause].dep != "ccomp":
        return None
    verb = tree.tokens[clause].head
    # Imported here: the quotes stage itself builds on this module.
    from dateline.stages.quotes.cues import load as load_quote_cues  # noqa: PLC0415

    return verb if load_quote_cues().at(tree, verb) is not None else None


def owner_told_of(tree: Tree, pronoun: int) -> int | None:
    """The possessor of the noun whose "of" phrase holds a possessive pronoun's noun.

    "Rover's disclosure of its talks", "the party's defence of its record":
    the owner named first is the one the pronoun takes up.
    """
    noun = tree.tokens[pronoun].head
    of = tree.tokens[noun].head
    if tree.tokens[noun].dep != "pobj" or tree.tokens[of].text.lower() != "of":
        return None
    told = tree.tokens[of].head
    if tree.tokens[of].dep != "prep" or tree.tokens[told].pos not in ("NOUN", "PROPN"):
        return None
    return next((c for c in tree.children[told] if tree.tokens[c].dep == "poss"), None)


def put_forward_by(tree: Tree, thing: int) -> int | None:
    """The "by" phrase of a participle that tells who put a thing forward, if any.

    "under plans unveiled by the Greens", "a bill tabled by two peers": the
    thing is told with its author as the agent of a participle hung on it.
    """
    for verb in tree.children[thing]:
        token = tree.tokens[verb]
        if (
            token.dep == "acl"
            and token.tag == "VBN"
            and token.lemma.lower() in lexicons.word_set("authoring_verbs.txt")
        ):
            return agent_of(tree, verb)
    return None


def conjoined_clause_subject(tree: Tree, pronoun: int) -> int | None:
    """The subject of the clause joined to the main one that holds a pronoun, if it has its own.

    "X thanked the mediators, but army chief Y said his forces would ...":
    "his" is Y's, who speaks in the clause after "but", not X's, the
    sentence's subject.
    """
    token = pronoun
    while tree.tokens[token].dep != "ROOT":
        head = tree.tokens[token].head
        if head == token:
            return None
        if tree.tokens[head].dep == "conj" and tree.tokens[head].pos in ("VERB", "AUX"):
            subject = subject_of(tree, head)[0]
            clause_start = tree.subtree(head)[0]
            own = subject is not None and clause_start <= subject < pronoun
            return subject if own else None
        token = head
    return None


def sentence_subject(tree: Tree, sentence: int) -> int | None:
    """The subject of a sentence's main verb."""
    root = sentence_root(tree, sentence)
    return subject_of(tree, root)[0] if root is not None else None


def passive_doer(tree: Tree, sentence: int) -> int | None:
    """The "by" phrase of a sentence's passive main verb, or of the passive it leads to.

    "The bill was opposed by the Greens", "The bill is expected to be
    opposed by the Greens": the Greens act, though the bill is the subject.
    """
    verb = sentence_root(tree, sentence)
    while verb is not None:
        doer = agent_of(tree, verb)
        if doer is not None:
            return doer
        verb = next((c for c in tree.children[verb] if tree.tokens[c].dep == "xcomp"), None)
    return None


def sentence_root(tree: Tree, sentence: int) -> int | None:
    """A sentence's main verb."""
    first, last = tree.sentence_span(sentence)
    return next((i for i in range(first, last) if tree.tokens[i].dep == "ROOT"), None)


def aside_speaker(tree: Tree, sentence: int) -> int | None:
    """The speaker a sentence names in an aside: "For that reason, says the panel, ...".

    The words are the speaker's, whatever subject they have; an "it" in the
    next sentence goes on in the speaker's voice ("It also calls on ...").
    """
    first, last = tree.sentence_span(sentence)
    for verb in range(first, last):
        token = tree.tokens[verb]
        if (
            token.dep == "parataxis"
            and tree.tokens[token.head].dep == "ROOT"
            and token.lemma.lower() in quote_cues.lemmas()
        ):
            return subject_of(tree, verb)[0]
    return _according_to(tree, first, last)


def closing_speaker(tree: Tree, sentence: int) -> int | None:
    """The speaker a sentence ends by naming: "..., MPs said.", "..., the ministry says.".

    The verb of saying closes the sentence, its subject right before it,
    set off from the words said by a comma or a quote mark.
    """
    first, last = tree.sentence_span(sentence)
    saying = [i for i in range(first, last) if tree.tokens[i].lemma.lower() in quote_cues.lemmas()]
    if not saying or not _ends_its_sentence(tree, saying[-1], last):
        return None
    verb = saying[-1]
    speaker, passive = subject_of(tree, verb)
    if speaker is None or passive or speaker >= verb:
        return None
    opening = tree.subtree(speaker)[0]
    if opening == first or tree.tokens[opening - 1].text not in REPORT_CLOSERS:
        return None
    return speaker


def _ends_its_sentence(tree: Tree, verb: int, last: int) -> bool:
    """Whether only the verb's own words follow it: "said on Monday", "said."."""
    return all(
        tree.tokens[i].pos == "PUNCT" or _hangs_from(tree, i, verb) for i in range(verb + 1, last)
    )


def _hangs_from(tree: Tree, token: int, verb: int) -> bool:
    """Whether a token is in the verb's phrase: the verb is one of its heads."""
    return any(head == verb for _, head in tree.ancestors(token, CLAUSE_REACH))


CLAUSE_REACH = 6
"""How many heads up a word after a verb of saying may hang from it ("on Monday")."""
REPORT_CLOSERS = frozenset({",", '"', "'", "\u201d", "\u2019"})
"""What stands between the words said and the speaker named after them."""


def _according_to(tree: Tree, first: int, last: int) -> int | None:
    """The source a sentence's main clause is told "according to": its speaker.

    "According to the unions, the cuts went too far. They urged ...", "the
    plan is a sham, according to the opposition": the words are the
    source's, and the next sentence's "they" goes on in its voice.
    """
    for word in range(first, last):
        token = tree.tokens[word]
        if token.text.lower() != "according" or tree.tokens[token.head].dep != "ROOT":
            continue
        for to in tree.children[word]:
            if tree.tokens[to].text.lower() == "to":
                return next((c for c in tree.children[to] if tree.tokens[c].dep == "pobj"), None)
    return None


def spoken_in(tree: Tree, document: int) -> int | None:
    """The verb of one who speaks "in" or "with" a speech or letter, if that is how it hangs.

    "In a letter urging her to resign, he said", "opened the forum with a
    speech criticising the plans". Not a passive ("was met with a letter").
    """
    preposition = tree.tokens[document].head
    verb = tree.tokens[preposition].head
    if (
        tree.tokens[document].dep != "pobj"
        or tree.tokens[preposition].text.lower() not in ("in", "with")
        or tree.tokens[document].lemma.lower() not in lexicons.word_set("speech_documents.txt")
        or tree.tokens[verb].pos != "VERB"
        or any(tree.tokens[c].dep == "auxpass" for c in tree.children[verb])
    ):
        return None
    return verb
