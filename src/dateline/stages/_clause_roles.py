"""The roles words play in a clause of the parse: subject, agent, object, prepositional object.

Read from the dependency tree and repaired where the parser is known to
err on news: a subject borrowed from the verb a clause hangs on, a passive's
agent in a "by" phrase or an "as" label, an object counted ("40 of the
rebels"), a list's members, a reduced relative clause.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._offences import offence_doer
from dateline.stages._tree import FINITE_TAGS, Tree
from dateline.stages.quotes import cues as quote_cues

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# A verb that borrows its subject from the verb it depends on: "agreed to
# continue", "urged to prevent", "met and discussed".
_BORROWS_SUBJECT = frozenset({"xcomp", "conj", "advcl", "acomp", "oprd"})
OWNERS = frozenset({"poss", "compound", "amod"})
DESCRIBERS = OWNERS | {"nmod"}
"""How a word may name whose or whence a noun is: "Iraq's request", "Israeli jails",
"US custody", and the "nmod" the parse may hang a name on."""
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_ASKED_THROUGH = frozenset({"on", "upon", "to"})
"""Prepositions of the one a verb of telling asks to act: "called on Rwanda to withdraw"."""
# "spoke after meeting the envoy", "responded by calling for", "despite
# criticising Oslo, Finland signed": a verb after a preposition borrows the
# subject of the verb the preposition hangs on. Not "without consulting",
# a deed not done, which nothing would mark as denied.
_CLAUSE_PREPOSITIONS = frozenset(
    {"after", "before", "by", "while", "when", "since", "in", "despite", "upon"}
)
# Verbs by which a deed is someone's to do: "it was left to X to V", "it fell to X to V".
_FALLING_TO = frozenset({"leave", "fall"})


FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})
"""Auxiliaries of what is still to come: "will back", "would be fined"."""
_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})


def conditional(tree: Tree, verb: int) -> bool:
    """Whether a clause on the verb sets a condition: "would back it if it were changed"."""
    return any(
        tree.tokens[clause].dep == "advcl"
        and any(
            tree.tokens[mark].dep == "mark" and tree.tokens[mark].text.lower() in _CONDITIONS
            for mark in tree.children[clause]
        )
        for clause in tree.children[verb]
    )


def subject_of(tree: Tree, verb: int) -> tuple[int | None, bool]:
    """The subject of a verb (borrowed up the chain when it has none), and whether passive.

    A subject borrowed through an infinitive is that verb's own doer, whatever
    the voice of the verb lent it: in "she is said to have praised the court"
    she praised. "Accused of criticising" borrows the one accused.
    """
    if _reduced_passive(tree, verb):
        # "two citizens detained by the police": the noun is what is done to.
        return tree.tokens[verb].head, True
    if _freed_misread_as_freeing(tree, verb):
        # "Hostages freed from a rebel camp arrived home": they were freed.
        return _own_subject(tree, verb), True
    if _reduced_active(tree, verb):
        # "a motion opposing the bill".
        return tree.tokens[verb].head, False
    counted = _one_of_those_counted(tree, verb)
    if counted is not None:
        # "two lawsuits - one accusing it of fraud": the suit accuses, not the subject.
        return counted, False
    closed = _subject_past_its_relative_clause(tree, verb)
    if closed is not None:
        return closed, _has_passive_auxiliary(tree, verb)
    subject, passive = _borrowed_subject(tree, verb)
    return subject, (passive and not _stative_passive(tree, verb)) or _harmed_in_a_list(tree, verb)


def _subject_past_its_relative_clause(tree: Tree, verb: int) -> int | None:
    """The noun a relative clause hangs on, when the parse made its main verb the clause's.

    "The singer, whose tour was cancelled after protests, has been jailed":
    the small model may join "has been jailed" to "cancelled" as a second
    verb of the clause, so that it would borrow "tour"; but a verb after the
    comma that closes the clause, with a tense of its own and no "and", is
    the main clause's, and its subject is the singer.
    """
    word = tree.tokens[verb]
    clause = tree.tokens[word.head]
    if word.dep != "conj" or clause.dep != "relcl" or word.head > verb:
        return None
    own = [tree.tokens[c] for c in tree.children[verb]]
    if any(c.dep in ("nsubj", "nsubjpass", "cc") for c in own) or any(
        tree.tokens[c].dep == "cc" for c in tree.children[word.head]
    ):
        return None
    finite = [
        c for c in tree.children[verb] if c < verb and tree.tokens[c].dep in ("aux", "auxpass")
    ]
    if not finite or tree.tokens[finite[0] - 1].text != ",":
        return None
    return clause.head


def _harmed_in_a_list(tree: Tree, verb: int) -> bool:
    """Whether a verb of harm shares the passive it is joined to: "... detained and 10 injured"."""
    word = tree.tokens[verb]
    own = {tree.tokens[c].dep for c in tree.children[verb]}
    return (
        word.dep == "conj"
        and word.lemma.lower() in lexicons.word_set("harm_verbs.txt")
        and "nsubj" in own
        and not own & {"dobj", "obj", "aux", "auxpass"}
        and any(tree.tokens[c].dep == "auxpass" for c in tree.children[word.head])
    )


def _stative_passive(tree: Tree, verb: int) -> bool:
    """A passive form that tells the subject's own stance: "Canada is opposed to the ban".

    Its subject is the one who opposes; with a "by" agent it is a true passive.
    """
    against = _STATIVE_PASSIVES.get(tree.tokens[verb].lemma)
    return (
        against is not None
        and agent_of(tree, verb) is None
        and any(
            tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == against
            for c in tree.children[verb]
        )
    )


def _borrowed_subject(tree: Tree, verb: int) -> tuple[int | None, bool]:
    """The subject of a verb or of the verbs above it, and whether passive."""
    node = verb
    active = False
    # "resigned after being accused of fraud": a passive verb that borrows its
    # subject keeps its own voice.
    passive_verb = (
        _has_passive_auxiliary(tree, verb)
        or _joined_to_a_passive(tree, verb)
        or _bare_participle_clause(tree, verb)
    )
    own_voice = False
    for _ in range(4):
        child = _subject_of_clause(tree, node)
        if child is not None:
            # "the minister, who is visiting Freedonia": the one "who" stands for.
            subject = _antecedent(tree, node, child)
            if own_voice:
                return subject, passive_verb
            # "delighted to be asked", "expects to be charged": a passive
            # verb's own voice holds through the infinitive it stands in.
            borrowed_passive = passive_verb and node != verb
            passive = tree.tokens[child].dep in PASSIVE_SUBJECTS and (
                node == verb or passive_verb or _shares_the_voice(tree, verb)
            )
            return subject, borrowed_passive or (passive and not active)
        accused = _doer_named_apart(tree, node)
        if accused is not None:
            return accused, False
        governor = _clause_governor(tree, node)
        if governor is not None:
            # "after meeting Blair he had been left with ...": the one who
            # met is "he", though "he" is the passive subject of "left".
            own_voice = True
            node = governor
            continue
        if tree.tokens[node].dep not in _BORROWS_SUBJECT or tree.tokens[node].head == node:
            break
        controls = lexicons.word_set("object_control_verbs.txt")
        partner = _real_partner(tree, node, controls)
        if partner is not None:
            node = partner
            continue
        governor = tree.tokens[node].head
        if _asked_to_do(tree, node) and tree.tokens[governor].lemma in controls:
            # "ordered the men to face arrest", "urged Iraq to prevent attacks":
            # the one told to act does it.
            told = _one_told(tree, governor)
            if told is not None:
                return told, False
        active = active or tree.tokens[node].dep == "xcomp"
        node = tree.tokens[node].head
    return None, False


def _asked_to_do(tree: Tree, verb: int) -> bool:
    """Whether a verb is the deed a verb of telling asks for: its infinitive.

    The parse may hang the infinitive as a clause of its own ("and Paris
    called on Tehran to free them": advcl), though it is still what is asked.
    """
    dep = tree.tokens[verb].dep
    return dep == "xcomp" or (
        dep == "advcl" and any(tree.tokens[c].text.lower() == "to" for c in tree.children[verb])
    )


def owned_by_a_pronoun(tree: Tree, token: int) -> bool:
    """Whether a word names someone by whose they are: "their lawyers", "his aides"."""
    return any(tree.tokens[c].tag == "PRP$" for c in tree.children[token])


def same_verb(tree: Tree, one: int, other: int) -> bool:
    """Whether two words are arguments of one verb: "[Qatar] and Egypt urged [the sides]"."""
    return tree.tokens[one].head == tree.tokens[other].head


def _one_told(tree: Tree, verb: int) -> int | None:
    """Whom a verb of telling tells to act: "urged Iraq", "called on Rwanda"."""
    told = object_of(tree, verb)
    if told is None:
        told = next(iter(prepositional_objects(tree, verb, _ASKED_THROUGH)), None)
    return told


def _real_partner(tree: Tree, verb: int, controls: frozenset[str]) -> int | None:
    """The verb whose doer a verb shares where the parse hangs it on another, if it does."""
    reported = _reported_clause_before(tree, verb)
    if reported is not None:
        return reported
    saying = _saying_set_against(tree, verb)
    if saying is not None:
        return saying
    charged = _charged_act_before(tree, verb)
    if charged is not None:
        return charged
    if _hung_on_an_infinitive(tree, verb, controls):
        return tree.tokens[tree.tokens[verb].head].head
    return None


def _hung_on_an_infinitive(tree: Tree, verb: int, controls: frozenset[str]) -> bool:
    """Whether the parse hangs a verb on an infinitive whose main verb is its real partner.

    "urged Iraq to prevent attacks and expressed thanks": a finite verb
    joined to the infinitive; "ordered the army to leave, blaming the
    rebels": a participle set off after it, whose doer is the one who ordered.
    """
    token = tree.tokens[verb]
    governor = tree.tokens[token.head]
    joined = (
        token.dep == "conj"
        and token.tag in FINITE_TAGS
        and governor.dep == "xcomp"
        and governor.tag == "VB"
    )
    return joined or (set_off_participle(tree, verb) and _controlled(tree, token.head, controls))


def _reported_clause_before(tree: Tree, verb: int) -> int | None:
    """The reported clause a participle the parse hangs on the verb of saying belongs to.

    "Drones struck the port, killing two people, the governor said": the
    governor reports the killing; the drones did it. So too after a
    medium's "reported": "the junta expelled the envoy, state television
    reported, accusing Paris of meddling": the one who reports a deed is
    not its doer, where the one who says it may well be.
    """
    saying = tree.tokens[verb].head
    lemma = tree.tokens[saying].lemma.lower()
    if (
        not set_off_participle(tree, verb)
        or (saying < verb and lemma != "report")
        or lemma not in quote_cues.lemmas()
    ):
        return None
    reported = [c for c in tree.children[saying] if tree.tokens[c].dep == "ccomp" and c < verb]
    return reported[-1] if reported else None


def _saying_set_against(tree: Tree, verb: int) -> int | None:
    """The verb of saying a deed joined by "but" to what was said is set against.

    "Mr Kerr said the reforms were slow but defended the president": the
    parse hangs "defended" on the reported "were", though the one who said
    is the one who defended. Only a past deed after a past saying.
    """
    token = tree.tokens[verb]
    reported = token.head
    saying = tree.tokens[reported].head
    if (
        token.dep != "conj"
        or token.tag != "VBD"
        or tree.tokens[reported].dep != "ccomp"
        or tree.tokens[saying].tag != "VBD"
        or tree.tokens[saying].lemma.lower() not in quote_cues.lemmas()
    ):
        return None
    joined_by_but = any(
        tree.tokens[c].dep == "cc" and tree.tokens[c].text.lower() == "but" and c < verb
        for c in (*tree.children[verb], *tree.children[reported])
    )
    return saying if joined_by_but else None


def _charged_act_before(tree: Tree, verb: int) -> int | None:
    """The act a participle the parse hangs on "accused X of ..." goes on from.

    "accused the army of shelling the town, killing 12": the army killed,
    not its accuser.
    """
    if not set_off_participle(tree, verb):
        return None
    acts = [
        act
        for preposition in tree.children[tree.tokens[verb].head]
        if tree.tokens[preposition].text.lower() == "of" and preposition < verb
        for act in tree.children[preposition]
        if tree.tokens[act].dep == "pcomp" and tree.tokens[act].tag == "VBG"
    ]
    return acts[-1] if acts else None


def set_off_participle(tree: Tree, verb: int) -> bool:
    """Whether a verb is a participle clause after a comma: "..., blaming the rebels"."""
    token = tree.tokens[verb]
    return (
        token.dep == "advcl"
        and token.tag == "VBG"
        and verb > 0
        and tree.tokens[verb - 1].text == ","
    )


def _controlled(tree: Tree, verb: int, controls: frozenset[str]) -> bool:
    """Whether a verb is the infinitive of a verb of telling someone to act ("ordered X to")."""
    token = tree.tokens[verb]
    return token.dep == "xcomp" and tree.tokens[token.head].lemma in controls


def _has_passive_auxiliary(tree: Tree, verb: int) -> bool:
    """Whether a verb has a passive auxiliary of its own: "been" in "having been charged"."""
    return any(tree.tokens[c].dep == "auxpass" for c in tree.children[verb])


def _bare_participle_clause(tree: Tree, verb: int) -> bool:
    """Whether a verb is a past participle standing as a clause of its own, so passive.

    "He is on trial, accused of fraud", "Arrested in May, she was freed on
    bail": with no auxiliary and no subject of its own, the participle tells
    what was done to the sentence's subject, which it borrows.
    """
    word = tree.tokens[verb]
    return (
        word.dep == "advcl"
        and word.tag == "VBN"
        and not any(tree.tokens[c].dep in _OWN_VOICE for c in tree.children[verb])
    )


_OWN_VOICE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def _joined_to_a_passive(tree: Tree, verb: int) -> bool:
    """Whether a verb joined to a passive one shares its voice wherever the subject is found.

    "is in custody, having been charged with bribery and denied bail": the
    subject is lent from "is", further up, so its role cannot tell the
    voice; "denied" shares that of "charged", to which it is joined.
    """
    word = tree.tokens[verb]
    return (
        word.dep == "conj"
        and _has_passive_auxiliary(tree, word.head)
        # "was suspended and sued by its supplier": a bare participle
        # shares the passive too, its "by" phrase its doer; "were charged
        # but have pleaded their innocence" has a tense of its own.
        and (_bare(tree, verb) or _keeps_its_object_passive(tree, verb))
    )


def _bare(tree: Tree, verb: int) -> bool:
    """Whether a verb is a participle with no auxiliary of its own: "was fined and sued"."""
    return tree.tokens[verb].tag == "VBN" and not any(
        tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb]
    )


def _shares_the_voice(tree: Tree, verb: int) -> bool:
    """Whether a verb that borrows a passive subject shares its passive voice.

    "was arrested and charged": the bare participle is passive too; "was
    arrested when travelling": the -ing form is not; "is
    said to be pro-life and has opposed the plan", "was criticised and
    resigned": a conjoined verb with a tense or an auxiliary of its own is
    active. Other verbs that borrow ("was sold to settle its debts") keep
    the passive reading.
    """
    word = tree.tokens[verb]
    if word.tag == "VBG":
        # "was arrested when travelling to London", "was shot while fleeing":
        # an -ing form with no "being" of its own is active; the one
        # arrested travelled.
        return False
    if word.dep != "conj":
        return True
    if any(tree.tokens[c].dep == "aux" for c in tree.children[verb]):
        return False
    return word.tag == "VBN" or _keeps_its_object_passive(tree, verb)


def _keeps_its_object_passive(tree: Tree, verb: int) -> bool:
    """Whether a verb tagged past tense is a passive of giving that keeps its object.

    "was arrested by police and denied access", "having been charged and
    denied bail": the parse tags "denied" a past tense, though the form is
    the participle's and the one arrested is the one denied. A verb of
    giving or withholding (``object_keeping_passives.txt``) with a thing as
    its object reads so; with a charge as its object ("was arrested and
    denied the charges") it is the subject's own denial.
    """
    word = tree.tokens[verb]
    if word.tag != "VBD" or word.lemma.lower() not in lexicons.word_set(
        "object_keeping_passives.txt"
    ):
        return False
    thing = object_of(tree, verb)
    return thing is not None and tree.tokens[thing].lemma.lower() not in lexicons.word_set(
        "rejected_charges.txt"
    )


def _subject_of_clause(tree: Tree, verb: int) -> int | None:
    """A verb's own subject, or the one the parse joined to the object before it."""
    own = _own_subject(tree, verb)
    return own if own is not None else _misread_subject(tree, verb)


def _misread_subject(tree: Tree, verb: int) -> int | None:
    """A subject the parse joined to the object before it ("and Israel will release")."""
    if tree.tokens[verb].dep != "conj":
        return None
    joined = next(
        (
            t
            for t in range(tree.subtree(tree.tokens[verb].head)[0], verb)
            if _clause_subject_misread(tree, t) == verb
        ),
        None,
    )
    return joined if joined is not None else _subject_after_a_conjunction(tree, verb)


def _subject_after_a_conjunction(tree: Tree, verb: int) -> int | None:
    """The subject of "after X admitted" that the parse read as a preposition's object.

    "Analysts worry about Libya after its chief engineer admitted selling
    parts": the parse hangs "engineer" on "after" and joins "admitted" to
    "worry" with no "and" between them; the one who admitted is the engineer
    (or the name set off after it: "after one of its engineers, Omar Haddad,").
    """
    if tree.tokens[verb].tag not in FINITE_TAGS:
        return None
    set_off = verb > 1 and tree.tokens[verb - 1].text == ","
    subject = _phrase_head(tree, verb - 2 if set_off else verb - 1)
    if subject is None:
        return None
    if not set_off:
        return subject if _introduced(tree, subject, verb) else None
    # "after one of its engineers, Omar Haddad, admitted": the name set off by
    # commas is who acts; the phrase before it, what "after" introduces.
    described = _phrase_head(tree, tree.subtree(subject)[0] - 2)
    word = tree.tokens[subject]
    named = word.dep in ("appos", "npadvmod") and word.pos == "PROPN"
    introduced = described is not None and _introduced(tree, described, verb)
    return subject if named and introduced else None


def _phrase_head(tree: Tree, last: int) -> int | None:
    """The head of the noun phrase that ends at token ``last``, if one does."""
    if last < 0 or tree.tokens[last].pos not in ("PROPN", "NOUN", "PRON"):
        return None
    head = tree.compound_head(last)
    if tree.tokens[head].dep == "appos" and tree.subtree(head)[0] > 0:
        # "its engineer Omar Haddad": the name stands in apposition to the noun.
        head = tree.tokens[head].head
    for _ in range(4):
        # "one of its senior engineers": the phrase is "one", what it is of
        # hangs below it.
        above = tree.tokens[head].head
        if tree.tokens[head].dep != "pobj" or tree.tokens[above].text.lower() != "of":
            break
        head = tree.tokens[above].head
    return head


def _introduced(tree: Tree, subject: int, verb: int) -> bool:
    """Whether a noun is the object of an "after" or "before" with no "and" before ``verb``."""
    preposition = tree.tokens[subject].head
    joined_by_and = any(
        tree.tokens[c].dep == "cc" and preposition < c < verb
        for c in tree.children[tree.tokens[verb].head]
    )
    return (
        tree.tokens[subject].dep == "pobj"
        and tree.tokens[preposition].text.lower() in _SUBORDINATORS
        and not joined_by_and
    )


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "once"})
"""Words both prepositions and conjunctions: "after the vote" and "after the party won"."""


def _own_subject(tree: Tree, verb: int) -> int | None:
    """A verb's own subject, active or passive, if it has one."""
    # The parser may hang the subject on an auxiliary ("X has ... denied").
    auxiliaries = [c for c in tree.children[verb] if tree.tokens[c].dep in ("aux", "auxpass")]
    for holder in (verb, *auxiliaries):
        for child in tree.children[holder]:
            if tree.tokens[child].dep in SUBJECTS or tree.tokens[child].dep in PASSIVE_SUBJECTS:
                return _name_split_off(tree, holder, child) or child
    return None


_WORDS_OF_A_NAME = frozenset({"compound", "cc", "punct", "det", "amod"})
"""What may hang on the first part of a name or an office the parse cut in two."""


def _name_split_off(tree: Tree, holder: int, subject: int) -> int | None:
    """The name the parse made a second subject after a noun: "campaign group the Oak Trust said".

    The noun only says what kind of body or person the name is ("group",
    "lawyer") and stands for no actor; the name right after it is who acts.
    So too a long office the parse cut in two ("Work and Pensions Secretary
    Alan Johnson met"): its first words are no subject of their own.
    """
    if tree.tokens[subject].pos not in ("NOUN", "PROPN") or any(
        tree.tokens[c].dep not in _WORDS_OF_A_NAME for c in tree.children[subject]
    ):
        return None  # "Shares in the club Borussia Dortmund slipped": the shares did
    dep = tree.tokens[subject].dep
    _, after = tree.subtree(subject)
    return next(
        (
            c
            for c in tree.children[holder]
            if c > subject
            and tree.tokens[c].dep == dep
            and tree.tokens[c].pos == "PROPN"
            and tree.subtree(c)[0] == after
        ),
        None,
    )


def _antecedent(tree: Tree, verb: int, subject: int) -> int:
    """The noun a relative clause's pronoun subject stands for, or the subject itself."""
    if tree.tokens[verb].dep == "relcl" and tree.tokens[subject].text.lower() in _RELATIVE_PRONOUNS:
        return _one_among(tree, _listed_antecedent(tree, verb))
    return _likened(tree, subject)


def _listed_antecedent(tree: Tree, clause: int) -> int:
    """The first of a list a plural relative clause stands for, or the word it hangs on.

    "Qatar and Egypt, which have mediated between the sides": a plural
    verb in the clause says "which" is the whole list, not its last name.
    """
    noun = tree.tokens[clause].head
    finite = [
        clause,
        *(c for c in tree.children[clause] if tree.tokens[c].dep in ("aux", "auxpass")),
    ]
    plural = any(
        tree.tokens[t].tag == "VBP" or tree.tokens[t].text.lower() == "were" for t in finite
    )
    while plural and tree.tokens[noun].dep == "conj":
        noun = tree.tokens[noun].head
    return noun


def _likened(tree: Tree, subject: int) -> int:
    """The subject a comparison before it was mistaken for: "Like Labour, the Tories say".

    The parse may take the side compared for the subject and the subject
    for its apposition; the one who acts is the apposition.
    """
    first = tree.subtree(subject)[0]
    if first == 0 or tree.tokens[first - 1].text.lower() not in _LIKENING:
        return subject
    return next((c for c in tree.children[subject] if tree.tokens[c].dep == "appos"), subject)


_LIKENING = frozenset({"like", "unlike"})


def _one_among(tree: Tree, noun: int) -> int:
    """Who "those" in "X is among those who ..." is: X, the subject of the "be" above.

    "Mr Hale is among those who have demanded a recount", "Among those who
    criticised the plans are the chief constable and two bishops". So too
    "X was one of the firms that worked with the lab": the firms only say
    what kind X is, and X is the one who did it.
    """
    preposition = tree.tokens[noun].head
    copula = _copula_of_one_among(tree, noun, preposition)
    if copula is None:
        return noun
    subject = next((c for c in tree.children[copula] if tree.tokens[c].dep == "nsubj"), None)
    return noun if subject is None else subject


def _copula_of_one_among(tree: Tree, noun: int, preposition: int) -> int | None:
    """The "be" of "X is among those ..." or "X was (just) one of the firms ...", if any."""
    if tree.tokens[noun].dep != "pobj":
        return None
    word = tree.tokens[preposition].text.lower()
    if word == "among" and (
        tree.tokens[noun].text.lower() == "those" or tree.tokens[noun].tag == "NNS"
    ):
        copula = tree.tokens[preposition].head
    elif word == "of" and _one_as_complement(tree, tree.tokens[preposition].head):
        copula = tree.tokens[tree.tokens[preposition].head].head
    else:
        return None
    return copula if tree.tokens[copula].lemma.lower() == "be" else None


def _one_as_complement(tree: Tree, word: int) -> bool:
    """Whether a word is the bare "one" a "be" takes: "was one of", not "the one of"."""
    token = tree.tokens[word]
    return (
        token.text.lower() == "one"
        and token.dep == "attr"
        and not any(tree.tokens[c].dep == "det" for c in tree.children[word])
    )


def _clause_governor(tree: Tree, verb: int) -> int | None:
    """The verb whose subject a subjectless "after meeting X" borrows: the one "after" hangs on."""
    preposition = tree.tokens[verb].head
    if tree.tokens[verb].dep != "pcomp" or not _gerund(tree, verb):
        return None
    governor = tree.tokens[preposition].head
    if (
        tree.tokens[preposition].text.lower() == "of"
        and tree.tokens[governor].lemma.lower() in _UNDER_WAY
        and tree.tokens[governor].dep == "pobj"
    ):
        # "Vostok is in the process of merging with Kama Oil".
        governor = tree.tokens[tree.tokens[governor].head].head
    elif _step_taken(tree, preposition, governor):
        # "MPs took the unusual step of writing to the Speaker".
        governor = tree.tokens[governor].head
    elif tree.tokens[preposition].text.lower() == "by" and set_where_or_when(tree, governor):
        # "hit them where it hurts by banning them": the ban is how they are hit.
        governor = tree.tokens[governor].head
    elif tree.tokens[preposition].text.lower() not in _CLAUSE_PREPOSITIONS:
        return None
    return governor if tree.tokens[governor].pos in ("VERB", "AUX") else None


def set_where_or_when(tree: Tree, clause: int) -> bool:
    """Whether a clause inside an act only says where or when it tells: "where it hurts".

    "wants to hit them where it hurts by banning them": the parse may hang
    the "by" of the act's means on such a clause, which does nothing itself.
    """
    return tree.tokens[clause].dep in ("ccomp", "advcl") and any(
        tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() in ("where", "when")
        for c in tree.children[clause]
    )


def _step_taken(tree: Tree, preposition: int, noun: int) -> bool:
    """Whether "of" hangs on the object of "take" or "make": "took the step of", "made a point of".

    Who takes the step does the deed the gerund after "of" tells; "criticised
    the practice of detaining suspects" is no detention by the critic.
    """
    return (
        tree.tokens[preposition].text.lower() == "of"
        and tree.tokens[noun].dep == "dobj"
        and tree.tokens[tree.tokens[noun].head].lemma.lower() in _STEP_VERBS
    )


_STEP_VERBS = frozenset({"take", "make"})


def _reduced_passive(tree: Tree, verb: int) -> bool:
    """Whether a participle after a noun is a passive of its own ("citizens detained")."""
    return (
        tree.tokens[verb].dep == "acl"
        and tree.tokens[verb].tag == "VBN"
        and not any(
            tree.tokens[c].dep in ("aux", "auxpass", "nsubj", "nsubjpass")
            for c in tree.children[verb]
        )
    )


def _freed_misread_as_freeing(tree: Tree, verb: int) -> bool:
    """Whether a release verb heading its clause is a participle the parse took for a past.

    "Hostages freed from a rebel camp arrived home": the small model may
    make "freed" the main verb with "hostages" as its subject. Freeing
    someone names whom ("the rebels freed two hostages"); a release verb
    with a subject, no object and a place freed "from" tells of those freed.
    """
    word = tree.tokens[verb]
    deps = {tree.tokens[c].dep for c in tree.children[verb]}
    return (
        word.lemma.lower() in _FREEING
        and word.tag in ("VBD", "VBN")
        and "nsubj" in deps
        and not deps & {"dobj", "obj", "aux", "auxpass", "dative"}
        and any(
            tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "from"
            for c in tree.children[verb]
        )
    )


_FREEING = frozenset({"free", "release"})
"""Verbs of release, whose object is always named when they tell a freeing."""


def _reduced_active(tree: Tree, verb: int) -> bool:
    """Whether an "-ing" participle after a document tells what it says.

    "a motion opposing the bill", "a letter criticising the plans": the
    document speaks for its issuer.
    """
    head = tree.tokens[verb].head
    return (
        tree.tokens[verb].dep == "acl"
        and tree.tokens[verb].tag == "VBG"
        and tree.tokens[head].lemma.lower() in lexicons.word_set("speech_documents.txt")
        and not any(tree.tokens[c].dep in ("nsubj", "aux") for c in tree.children[verb])
    )


_ONE_OF_THEM = frozenset({"one", "another"})


def _one_of_those_counted(tree: Tree, verb: int) -> int | None:
    """The "one" or "another" an "-ing" participle right after it tells of, if any.

    "is fighting two lawsuits - one accusing it of bias and another alleging
    it underpays staff": each participle is what one of the things counted
    does, not the main clause's subject, whom "it" then means. Not "the
    one accusing him", which points to someone named elsewhere.
    """
    word = tree.tokens[verb]
    if (
        word.tag != "VBG"
        or verb == 0
        or any(tree.tokens[c].dep in ("nsubj", "nsubjpass") for c in tree.children[verb])
    ):
        return None
    before = verb - 1
    counted = tree.tokens[before]
    if counted.text.lower() not in _ONE_OF_THEM or any(
        tree.tokens[c].dep == "det" for c in tree.children[before]
    ):
        return None
    return before


def _gerund(tree: Tree, verb: int) -> bool:
    """Whether a verb is an "-ing" form: "after meeting", "after being accused"."""
    return tree.tokens[verb].tag == "VBG" or any(
        tree.tokens[c].dep == "auxpass" and tree.tokens[c].tag == "VBG" for c in tree.children[verb]
    )


# Nouns for a course one is in: "in the process of merging", "in the middle
# of negotiating".
# Passive forms that are the subject's stance, with the preposition that
# names what it is against: "is opposed to".
_STATIVE_PASSIVES = {"oppose": "to"}
_UNDER_WAY = frozenset({"process", "middle", "midst", "course"})


def _accused_of(tree: Tree, verb: int) -> int | None:
    """Who does the act in "X was accused of Ving" and "Y accused X of Ving": X.

    So too for the deed one is punished, blamed or praised "for": "X was
    jailed for murdering Y", "Z criticised X for ignoring the warnings",
    and the offence a verdict or a term is for: "X was found guilty of
    assaulting Y" (see :mod:`dateline.stages._offences`).
    """
    preposition = tree.tokens[verb].head
    word = tree.tokens[preposition].text.lower()
    if tree.tokens[verb].dep != "pcomp" or word not in ("of", "for"):
        return None
    punished = offence_doer(tree, verb)
    if punished is not None:
        return punished  # "found guilty of assaulting", "served a jail term for attacking"
    governor = tree.tokens[preposition].head
    if word == "for" and (tree.tokens[governor].pos != "VERB" or not _gerund(tree, verb)):
        return None
    for child in tree.children[governor]:
        if tree.tokens[child].dep in ("nsubjpass", "dobj"):
            # "Mr Hale, who was fined for insulting X": the one "who" stands for.
            return _antecedent(tree, governor, child)
    if word == "of" and tree.tokens[governor].lemma.lower() == "accuse" and governor != verb:
        # "after being accused of helping": the one accused, wherever it is.
        accused, passive = subject_of(tree, governor)
        return accused if passive else None
    return None


def _doer_named_apart(tree: Tree, verb: int) -> int | None:
    """The doer a verb's clause names outside it: one accused of it, whom it falls to, whose way."""
    accused = _accused_of(tree, verb)
    if accused is not None:
        return accused
    left_to = _left_to(tree, verb)
    return left_to if left_to is not None else _owner_of_the_way(tree, verb)


def _owner_of_the_way(tree: Tree, verb: int) -> int | None:
    """Whose way of acting "of" tells: "its strategy of targeting the leader" is its deed.

    The possessor of a noun of policy or habit does what the gerund after
    its "of" says ("Labour's policy of attacking the chancellor").
    """
    preposition = tree.tokens[verb].head
    noun = tree.tokens[preposition].head
    if (
        tree.tokens[verb].dep != "pcomp"
        or not _gerund(tree, verb)
        or tree.tokens[preposition].text.lower() != "of"
        or tree.tokens[noun].lemma.lower() not in _WAYS_OF_ACTING
    ):
        return None
    return next((c for c in tree.children[noun] if tree.tokens[c].dep == "poss"), None)


_WAYS_OF_ACTING = frozenset({"strategy", "policy", "habit", "tactic", "practice", "campaign"})
"""Nouns for a way of acting whose owner does the deed a gerund after "of" tells."""


def _left_to(tree: Tree, verb: int) -> int | None:
    """Whom a deed falls to in "it was left to X to V" and "it fell to X to V": X does it."""
    token = tree.tokens[verb]
    governor = token.head
    if token.dep not in ("xcomp", "advcl") or governor == verb:
        return None
    if tree.tokens[governor].lemma.lower() not in _FALLING_TO:
        return None
    if not any(
        tree.tokens[c].text.lower() == "to" and tree.tokens[c].dep == "aux"
        for c in tree.children[verb]
    ):
        return None
    words = {(tree.tokens[c].dep, tree.tokens[c].text.lower()): c for c in tree.children[governor]}
    if ("nsubj", "it") not in words and ("nsubjpass", "it") not in words:
        return None
    to = words.get(("prep", "to"))
    if to is None or to > verb:
        return None
    return next((c for c in tree.children[to] if tree.tokens[c].dep == "pobj"), None)


def agent_of(tree: Tree, verb: int) -> int | None:
    """The "by" phrase of a passive verb: the one who did it.

    A passive verb's object is what it names the subject ("was branded a
    retreat by the Tories"), and the parser often hangs the "by" phrase on it.
    """
    own = _own_agent(tree, verb)
    return own if own is not None else _agent_shared_with_a_later_verb(tree, verb)


def _own_agent(tree: Tree, verb: int) -> int | None:
    """The "by" phrase a passive verb has itself, wherever the parser hangs it."""
    for child in tree.children[verb]:
        if tree.tokens[child].dep == "agent":
            return next((g for g in tree.children[child] if tree.tokens[g].dep == "pobj"), None)
    for label in tree.children[verb]:
        if tree.tokens[label].dep in ("dobj", "oprd"):
            found = prepositional_objects(tree, label, frozenset({"by"}))
            if found:
                return found[0]
    return _agent_in_an_as_label(tree, verb)


def _agent_shared_with_a_later_verb(tree: Tree, verb: int) -> int | None:
    """The "by" phrase of a passive joined after this one, which both share.

    "He was suspended and sued by his employers": the parser hangs the "by"
    phrase on the last verb of the pair, yet the employers suspended him too.
    Only a participle with no object shares it, and only with a participle with
    no subject of its own ("he was fined and his car was seized by police" does
    not share).
    """
    if tree.tokens[verb].tag != "VBN" or _has_a_child(tree, verb, _OBJECTS):
        return None
    for joined in tree.children[verb]:
        word = tree.tokens[joined]
        if word.dep != "conj" or word.tag != "VBN" or joined < verb:
            continue
        if _has_a_child(tree, joined, SUBJECTS | PASSIVE_SUBJECTS):
            continue
        return _own_agent(tree, joined)
    return None


_OBJECTS = frozenset({"dobj", "obj"})


def _has_a_child(tree: Tree, word: int, deps: frozenset[str]) -> bool:
    """Whether a word has a child with one of these dependency labels."""
    return any(tree.tokens[c].dep in deps for c in tree.children[word])


def _agent_in_an_as_label(tree: Tree, verb: int) -> int | None:
    """A "by" phrase the parser hangs inside what a passive verb names its subject "as".

    "Her remarks were described as 'reckless' and 'crass' by the union":
    the union described them.
    """
    for label in tree.children[verb]:
        if tree.tokens[label].dep != "prep" or tree.tokens[label].text.lower() != "as":
            continue
        for word in range(*tree.subtree(label)):
            if tree.tokens[word].dep == "prep" and tree.tokens[word].text.lower() == "by":
                return next((g for g in tree.children[word] if tree.tokens[g].dep == "pobj"), None)
    return None


QUANTITY_NOUNS = frozenset(
    {"dozen", "score", "hundred", "thousand", "million", "handful", "crowd", "list"}
)
"""Nouns that count the people "of" them stand for, as a number would ("dozens of men");
a crowd gathers them ("crowds of students"), a list names them ("a list of banks")."""


def counted_by(tree: Tree, head: int) -> int | None:
    """The noun a noun of number counts: "protesters" in "dozens of protesters"."""
    if tree.tokens[head].lemma.lower() not in QUANTITY_NOUNS:
        return None
    return object_after(tree, head, "of")


def examples_named(tree: Tree, head: int) -> int | None:
    """The first one "including" names after a common noun: "UBS" in "banks including UBS".

    "seeking damages from several banks, including Citigroup and UBS": the
    ones named are whom the phrase means; the noun only says what kind
    they are.
    """
    if tree.tokens[head].pos != "NOUN":
        return None
    return object_after(tree, head, "including")


def object_after(tree: Tree, head: int, preposition: str) -> int | None:
    """The object of the first ``preposition`` hung on a word: "UBS" of "banks including UBS"."""
    for child in tree.children[head]:
        if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() == preposition:
            return next((g for g in tree.children[child] if tree.tokens[g].dep == "pobj"), None)
    return None


_SOME_OF_A_BODY = frozenset({"some", "many", "most", "several", "few", "others", "those"})
"""Words that stand for some of a body's members: "some in the party", "many within Labour"."""


def leader_of(tree: Tree, head: int) -> int | None:
    """Who "led by" after a noun names: "its predecessor, led by X", "a convoy headed by X".

    The parse may hang the participle on the verb rather than the noun; set off
    by a comma right after the noun, it still tells of the noun.
    """
    hung = [c for c in tree.children[head] if tree.tokens[c].dep == "acl"]
    after = tree.subtree(head)[1]
    if after + 1 < len(tree) and tree.tokens[after].text == ",":
        beside = tree.tokens[after + 1]
        if beside.dep == "advcl" and beside.head == tree.tokens[head].head:
            hung.append(after + 1)
    return next(
        (
            agent_of(tree, verb)
            for verb in hung
            if tree.tokens[verb].lemma.lower() in _LEADING_VERBS and tree.tokens[verb].tag == "VBN"
        ),
        None,
    )


_LEADING_VERBS = frozenset({"lead", "head", "chair", "run"})


def body_of_some(tree: Tree, head: int) -> int | None:
    """The body "some in" or "those within" names: "party" in "some in the Tory party"."""
    if tree.tokens[head].text.lower() not in _SOME_OF_A_BODY:
        return None
    return next(iter(prepositional_objects(tree, head, frozenset({"in", "within"}))), None)


_TRADE_NOUNS = frozenset({"import", "export", "shipment"})


def goods_traded(tree: Tree, head: int) -> int | None:
    """The goods "imports of" names, whose maker is whom a duty on them is aimed at.

    "tariffs on imports of Chinese steel" are aimed at China, as "tariffs
    on Chinese steel" are.
    """
    if tree.tokens[head].lemma.lower() not in _TRADE_NOUNS or any(
        tree.tokens[c].dep in OWNERS for c in tree.children[head]
    ):
        return None  # "China's exports of textiles" are China's
    return next(iter(prepositional_objects(tree, head, frozenset({"of"}))), None)


def object_of(tree: Tree, word: int) -> int | None:
    """The direct object of a verb.

    "accusing referee Tom Hale of bias": the parse may make the noun that
    says who the person is and the name after it two objects; the name is
    the one acted on (as with a subject, :func:`_name_split_off`).
    """
    obj = next((c for c in tree.children[word] if tree.tokens[c].dep in ("dobj", "obj")), None)
    return obj if obj is None else _name_split_off(tree, word, obj) or obj


def prepositional_objects(
    tree: Tree, word: int, preps: frozenset[str], *, joined: bool = False
) -> list[int]:
    """Objects of the given prepositions attached to a word ("talks with X", "strikes on Y").

    The parse marks some as datives ("gave his support to Mr Brown's bid"),
    and some as particles with an object of their own ("called on Venezuelan
    authorities to ..."). With ``joined``, a preposition joined to one of
    them counts too, and one denied does not: "not from A, but from B" is B.
    """
    found = []
    for child in tree.children[word]:
        if tree.tokens[child].dep in _PREPOSITIONS and tree.tokens[child].text.lower() in preps:
            phrases = _joined_phrases(tree, child, preps) if joined else [child]
            for phrase in phrases:
                found += [g for g in tree.children[phrase] if tree.tokens[g].dep == "pobj"]
    return found


def _joined_phrases(tree: Tree, preposition: int, preps: frozenset[str]) -> list[int]:
    """A preposition and those joined to it, leaving out any denied ("not from A but from B")."""
    tokens = tree.tokens
    phrases = [preposition]
    phrases += [
        c
        for c in tree.children[preposition]
        if tokens[c].dep == "conj" and tokens[c].text.lower() in preps
    ]
    return [p for p in phrases if not any(tokens[c].dep == "neg" for c in tree.children[p])]


_PREPOSITIONS = frozenset({"prep", "dative", "prt"})


def with_conjuncts(tree: Tree, head: int) -> list[int]:
    found = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for child in tree.children[node]:
            if _clause_subject_misread(tree, child) is not None:
                continue  # "free the hostages and Israel will release ...": not freed
            if (
                tree.tokens[child].dep == "conj"
                or _joined_modifier(tree, child)
                or _listed_as_apposition(tree, node, child)
            ):
                found.append(child)
                stack.append(child)
    return found


def _listed_as_apposition(tree: Tree, node: int, child: int) -> bool:
    """Whether the parse took the second name of a list for an apposition to the first.

    "Argentina, Brazil and Mexico condemned the coup": "Brazil" hangs on
    "Argentina" as its apposition, with "Mexico" joined to it; a name of
    the same kind before a list is never another name for the first, nor
    is one of its own people ("the bank, its chairman and a director").
    """
    word, head = tree.tokens[child], tree.tokens[node]
    listed = word.dep == "appos" and any(tree.tokens[c].dep == "conj" for c in tree.children[child])
    return listed and (
        (word.ent_type == head.ent_type and word.ent_type in _LISTED_NAMES)
        or _one_of_its_own(tree, child)
    )


def _one_of_its_own(tree: Tree, noun: int) -> bool:
    """Whether a noun is told as one of "its" own: "its chairman", "its boss".

    "filed complaints against the bank, its chairman and a director": a
    body's own chairman is someone else than the body, so the phrase set
    after it, joined to more, is the next of a list and no other name for it.
    """
    return any(
        tree.tokens[c].dep == "poss" and tree.tokens[c].text.lower() == "its"
        for c in tree.children[noun]
    )


_LISTED_NAMES = frozenset({"GPE", "ORG", "NORP"})


def _clause_subject_misread(tree: Tree, token: int) -> int | None:
    """The verb whose subject the parse took for a conjunct of the object before it, if any.

    "Hamas will free 33 hostages and Israel will release 90 prisoners": the
    parse joins "Israel" to "hostages"; the auxiliary after it shows that
    Israel is the subject of "release", as a verb with a tense right after it
    shows in "freed 33 hostages and Israel released 90".
    """
    word = tree.tokens[token]
    if word.dep != "conj" or word.pos not in ("PROPN", "NOUN") or token + 1 >= len(tree):
        return None
    following = tree.tokens[token + 1]
    verb = following.head if following.dep == "aux" else token + 1
    finite = following.dep == "aux" or following.tag in FINITE_TAGS
    joined = tree.tokens[verb].dep == "conj" and tree.tokens[verb].head == _verb_above(tree, token)
    if not (finite and joined) or _own_subject(tree, verb) is not None:
        return None
    return None if _within_a_joined_noun_phrase(tree, token) else verb


def _within_a_joined_noun_phrase(tree: Tree, token: int) -> bool:
    """Whether a conjunct lies inside a noun phrase the parse joined to the verb above it.

    "The merger took a year and talks with Chile and Peru have gone on
    since": the parse joins "talks" to "took" as if it were a verb, and the
    verb after Peru is the talks' own; Peru, a conjunct inside the phrase
    the talks head, is no subject of it, but one of the sides talked with.
    """
    above = _verb_above(tree, token)
    node = tree.tokens[token].head
    for _ in range(6):
        if node == above or tree.tokens[node].head == node:
            return False
        if tree.tokens[node].head == above:
            break
        node = tree.tokens[node].head
    return tree.tokens[node].dep == "conj" and tree.tokens[node].pos in ("NOUN", "PROPN")


def _verb_above(tree: Tree, token: int) -> int:
    """The verb a noun phrase (and the phrases it is joined to) hangs on."""
    node = token
    for _ in range(6):
        if tree.tokens[node].pos in ("VERB", "AUX") or tree.tokens[node].head == node:
            return node
        node = tree.tokens[node].head
    return node


def _joined_modifier(tree: Tree, token: int) -> bool:
    """Whether a name before a head is a conjunct the parse hung on it as a modifier.

    "Both the IMF and World Bank urged Egypt": the parse reads "IMF and
    World" as modifiers of "Bank", though the IMF is a side of its own.
    """
    word = tree.tokens[token]
    return (
        word.dep in ("nmod", "compound")
        and word.tag == "NNP"
        and any(
            tree.tokens[c].dep == "cc" and tree.tokens[c].text.lower() == "and"
            for c in tree.children[token]
        )
    )


def noun_and_modifiers(tree: Tree, noun: int) -> list[int]:
    """A noun with the adjectives and nouns that describe it ("Chilean sailors")."""
    describing = ("amod", "compound", "nmod")
    return [noun, *(c for c in tree.children[noun] if tree.tokens[c].dep in describing)]
