"""Events carried by statements: what a quote does to the actor it is about.

"Mr Davis said the home secretary had been wrong" accuses the home
secretary; "the government should publish the advice" asks something of the
government; "we welcome the minister's decision" backs the minister. A
statement cue (``lexicons/statement_cues.tsv``) inside a quote whose speaker
is an actor gives an event from the speaker to the actor the cue is about:
the subject of the clause it judges, of the verb it obliges, or of the wrong
it names, or the object of the verb that backs it. A judgement of a thing
("the bill was disgraceful") accuses with no recipient named: whose bill it
is the text may not say. A cue that is negated ("was not wrong"), or about
the speaker, or about no one and nothing, gives nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from dateline import lexicons
from dateline.errors import ConfigError
from dateline.records import EventType, Quote, Token
from dateline.stages._arguments import (
    ActorIndex,
    agent_of,
    object_of,
    prepositional_objects,
    subject_of,
)
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events import cues as event_cues
from dateline.stages.events.addressees import ADDRESSEE_UNREAD
from dateline.stages.events.modality import NEGATORS, TERMS, foretold, supposed
from dateline.stages.events.quoted_they import they_meant
from dateline.stages.quotes import cues as quote_cues

_ROLES = frozenset(
    {"judgement", "modal", "doer", "object", "desire", "standard", "bearer", "excess"}
)
_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT"})
_LINKS = frozenset({"acomp", "attr", "oprd", "dobj", "amod", "compound", "pobj", "prep"})
_SELF = frozenset({"i", "we", "you"})
_SPEAKERS = frozenset({"i", "we", "they", "he", "she"})
# How a speaker names itself in its own words.
_SELF_WORDS = frozenset({"i", "we"})
_QUESTION_OPENERS = frozenset(
    {"how", "why", "what", "who", "whom", "whose", "which", "when", "where", "is", "are", "was",
     "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "may",
     "might", "must", "has", "have", "had"}
)  # fmt: skip
STATEMENT_STEP = "statement cue"
"""How the explanation of every event a statement cue gives begins (the rule path's first step)."""
# A modal under one of these is in doubt: "may need to raise taxes".
_DOUBTS = frozenset({"may", "might", "could", "would"})
# A need under one of these foretells what must come, asking it of no one:
# "the chancellor will need to raise taxes", "drivers will need to slow down".
_FORETELLING = frozenset({"will", "'ll", "shall"})
# Modals of duty: "should have acted" blames; "must have known" guesses.
_DUTIES = frozenset({"should", "ought"})
# The forms a verb takes after "have": "should have told", "should have been telling".
_PERFECT_FORMS = frozenset({"VBN", "VBG"})
# "we want to see the report published" asks for it all the same.
_SEEING = frozenset({"see", "hear", "know"})


@dataclass(frozen=True, slots=True)
class StatementCue:
    """A word by which a statement accuses, asks or backs."""

    word: str
    pos: str
    type: EventType
    role: str
    particle: str | None = None
    """For a phrasal verb ("add up"), the particle that must go with it."""

    @property
    def phrase(self) -> str:
        """The cue as its lexicon row writes it: "wrong", "add up"."""
        return f"{self.word} {self.particle}" if self.particle else self.word


@dataclass(frozen=True, slots=True)
class StatementEvent:
    """An event a quote carries, before it is numbered."""

    type: EventType
    speaker: str
    recipients: tuple[str, ...]
    cue_token: int
    quote: Quote
    steps: tuple[str, ...]
    trigger: str
    """The cue's words as the text has them: "wrong", "add up"."""

    @classmethod
    def by_speaker(
        cls,
        kind: EventType,
        quote: Quote,
        recipients: tuple[str, ...],
        cue: tuple[int, str],
        why: tuple[str, str],
    ) -> StatementEvent:
        """The event a quote's speaker does, told by the cue at ``cue`` (its token and words).

        ``why`` says why the quote carries it and how the recipients were
        found; the explanation says so, and that the speaker is the actor.
        """
        return cls(
            type=kind,
            speaker=quote.speaker or "",
            recipients=recipients,
            cue_token=cue[0],
            quote=quote,
            steps=(f"{why[0]} in quote {quote.id}", "actor: the quote's speaker", why[1]),
            trigger=cue[1],
        )


def quoted_tokens(tree: Tree, quote: Quote) -> Iterator[int]:
    """The tokens a quote holds, in text order."""
    return (i for i in range(len(tree)) if in_quote(tree, i, quote))


def spoken_words(tree: Tree, quotes: tuple[Quote, ...]) -> Iterator[tuple[Quote, str, int]]:
    """Each token of a quote whose speaker is known, with its quote and speaker, in text order."""
    for quote in quotes:
        if quote.speaker is not None:
            yield from ((quote, quote.speaker, i) for i in quoted_tokens(tree, quote))


def in_quote(tree: Tree, token: int, quote: Quote) -> bool:
    """Whether a token stands in a quote."""
    return quote.span[0] <= tree.tokens[token].start < quote.span[1]


def statement_events(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """Every event a quote with a speaker carries, one per quote, type and recipient."""
    for quote in quotes:
        if quote.speaker is None:
            continue
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for i in quoted_tokens(tree, quote):
            cue = cue_at(tree, i)
            if cue is None or not _has_particle(tree, i, cue):
                continue
            event = _statement_at(tree, index, cue, i, quote)
            if event is not None and (event.type, event.recipients) not in seen:
                seen.add((event.type, event.recipients))
                yield event


def _statement_at(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """The event a cue word in a quote carries, if any."""
    speaker = quote.speaker
    if speaker is None:
        return None
    forbids = _forbidding(tree, cue, cue_token)
    if cue.role == "bearer" and (_negated(tree, cue_token) or _denied_outright(tree, cue_token)):
        return None  # "he is no great leader" praises no one, and rebuts nothing
    if (
        cue.role not in ("standard", "excess")
        and (_denied(tree, cue, cue_token) or _nothing_wrong(tree, cue_token) is not None)
        and not forbids
        and not _made_thing_refused(tree, index, cue, cue_token)
    ):
        return _denied_judgement(tree, index, cue, cue_token, quote)
    if not _said_outright(tree, index, cue, cue_token, quote):
        return None
    about = _about(tree, index, cue_token, cue)
    found = _recipients(tree, index, cue, about, speaker)
    if found is None and about[0] is None:
        found = _charge_of_no_one_named(tree, index, cue, cue_token, speaker)
    if found is None or _judged_in_own_words(tree, index, cue_token, quote, found[0]):
        return None
    recipients, step = found
    return StatementEvent.by_speaker(
        _statement_type(tree, cue, cue_token, about[0]),
        quote,
        recipients,
        (cue_token, _trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} {cue.role} '{cue.phrase}'{_FORBIDS * forbids} -> {cue.type}",
            step,
        ),
    )


_FORBIDS = " denied, forbidding"
"""How the explanation marks a duty denied that forbids: "should not close"."""


def _forbidding(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a duty denied on its own verb forbids: "the council should not close the library".

    To say one should or must not do a thing asks it of them as much as a
    duty does; "need not" asks nothing, and "I don't think they should"
    denies the view, not the duty; "X should not be blamed" asks it of
    others than X.
    """
    if cue.role != "modal" or cue.word not in _DUTIES | {"must"}:
        return False
    verb = tree.tokens[cue_token].head
    if verb == cue_token:
        return False
    own = any(
        tree.tokens[c].dep == "neg" and tree.tokens[c].text.lower() in ("not", "n't")
        for c in tree.children[verb]
    )
    if not own or subject_of(tree, verb)[1]:
        return False  # "Mr Blair should not be criticised" asks nothing of Mr Blair
    above = tree.tokens[verb].head
    return above == verb or not _negated(tree, above)


def _made_thing_refused(tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int) -> bool:
    """Whether a "not" above a judgement refuses the thing judged, which a named actor made.

    "We cannot afford the reckless spree planned by the Tories", "we will not
    accept this shabby deal by the council": the speaker turns the thing down
    and still calls it so, which charges its maker. The "not" is on the verb
    the thing is the object of; "the deal by the council was not shabby" and
    "there was no shabby deal by the council" deny the judgement itself.
    """
    if cue.role != "judgement" or _nothing_wrong(tree, cue_token) is not None:
        return False
    thing = _thing_judged(tree, cue_token)
    phrase = _phrase_head(tree, thing)
    verb = tree.tokens[phrase].head
    if tree.tokens[phrase].dep != "dobj" or tree.tokens[verb].lemma.lower() in _MAKING | {"do"}:
        return False  # "they did not make a reckless choice" denies the charge
    return not _negated_here(tree, thing) and _made_by(tree, index, cue_token) is not None


def _negated_here(tree: Tree, token: int) -> bool:
    """Whether a word itself carries a negator: "no" on "no shabby deal"."""
    return any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[token])


def _said_outright(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> bool:
    """Whether a cue word says what it says of someone, not asks, denies or intends it."""
    speaker = quote.speaker
    if speaker is None:
        return False
    if cue.role == "standard" and not _denied_outright(tree, cue_token):
        return False  # "the sums add up" blames no one; "do not add up" does
    if (
        # "badly hurt", "poorly paid"; "did not spend too much", "could spend too much"
        (cue.pos == "ADV" and cue.role != "excess" and not _badly_made(tree, cue_token))
        or (cue.role == "excess" and _done_in_excess(tree, cue_token) is None)
        or _in_a_question(tree, cue_token)
        or (cue.role == "judgement" and _named_in_a_dismissal(tree, cue_token))
        or (cue.role == "judgement" and _a_risk_or_a_presence(tree, cue_token))
        or _reported_as_denied(tree, cue_token)
        or _reason_for_a_deed(tree, cue_token)
        or supposed(tree, cue_token)
    ):
        # "How can it be right that ...?" and "if the council failed to act"
        # judge nothing outright; "dismissed
        # the claims as nonsense" and "denied that civilians were harmed" are
        # denials, which the verb's REJECT tells.
        return False
    if (
        cue.role == "modal"
        and (_no_demand(tree, cue_token) or _claimed_by_another(tree, index, cue_token, quote))
    ) or (cue.role == "excess" and _own_shortfall(tree, index, cue_token, speaker)):
        return False  # "we have not done enough" owns a failing and charges no one
    if (cue.role == "object" and _backed_by_another(tree, index, cue_token, speaker)) or (
        cue.role == "doer"
        and (_done_to_a_thing(tree, cue_token) or breaks_no_bond(tree, cue, cue_token))
    ):
        # "savers who once trusted the government": not the speaker's trust;
        # "killing two and damaging grain silos": harm done by force;
        # "broke the record": no bond broken.
        return False
    return cue.role != "desire" or (
        _speakers_own(tree, index, cue_token, quote)
        and not _own_intent(tree, cue_token)
        and not wished_state(tree, cue_token)
    )


def _done_in_excess(tree: Tree, cue_token: int) -> int | None:
    """The verb a word of measure says was done to excess or too little, told as fact.

    "The board is spending too much", "acted far too slowly", "has gone too
    far", "too little has been done": the word carries "too" and hangs on a
    verb. Denied ("did not spend too much"), foretold or asked ("could
    spend too much", "must not spend too much") or supposed, it charges no
    one; "it was too late" judges a time, not a deed. A deed denied to be
    "enough" falls short as a fact (:func:`_falls_short`).
    """
    word = tree.tokens[cue_token]
    verb = word.head
    if tree.tokens[verb].pos != "VERB" or word.dep not in _MEASURED:
        return None
    if foretold(tree, verb) or supposed(tree, verb):
        return None
    if _falls_short(tree, cue_token, verb):
        return verb
    too = any(tree.tokens[c].text.lower() == "too" for c in tree.children[cue_token])
    return verb if too and not _negated(tree, verb) else None


def _falls_short(tree: Tree, cue_token: int, verb: int) -> bool:
    """Whether "enough" on a deed denied says its doer fell short: "did not go far enough".

    "The offer does not go far enough", "the council has not done enough":
    the set ways of saying that what someone did was too little, the denial
    on the verb itself. Only of going and doing: "the economy is not
    growing fast enough" tells how things stand, blaming no one.
    """
    return (
        tree.tokens[cue_token].lemma.lower() == _ENOUGH
        and tree.tokens[verb].lemma.lower() in _FALLING_SHORT
        and _negated_here(tree, verb)
    )


def _own_shortfall(tree: Tree, index: ActorIndex, cue_token: int, speaker: str) -> bool:
    """Whether the deed said to fall short is the speaker's own: "we have not done enough".

    Said of oneself it owns a failing, which charges no one else.
    """
    verb = tree.tokens[cue_token].head
    if not _falls_short(tree, cue_token, verb):
        return False
    doer = subject_of(tree, verb)[0]
    return doer is not None and (
        tree.tokens[doer].text.lower() in _SELF_WORDS or speaker in index.actors_at(tree, doer)
    )


_ENOUGH = "enough"
# The verbs of deeds that one says fall short: "not go far enough", "not done enough".
_FALLING_SHORT = frozenset({"go", "do"})


# How a word of measure hangs on the verb it measures: "spent too much", "too little was done".
_MEASURED = frozenset({"advmod", "npadvmod", "dobj", "nsubj", "nsubjpass"})


def _doer_in_excess(tree: Tree, cue_token: int) -> tuple[int | None, str]:
    """Who did to excess what a word of measure says: the agent of a passive, else the subject."""
    verb = _done_in_excess(tree, cue_token)
    if verb is None:
        return None, ""
    subject, passive = subject_of(tree, verb)
    if passive or subject == cue_token:
        return agent_of(tree, verb), "recipient: who did what was done too much or too little"
    return subject, "recipient: who did too much or too little"


def _badly_made(tree: Tree, cue_token: int) -> bool:
    """Whether a word of poor manner qualifies a verb of making: "poorly drafted", "badly run".

    Said of a bill or a scheme, it charges whoever made it; "badly hurt"
    and "poorly paid" judge no one's work.
    """
    verb = tree.tokens[tree.tokens[cue_token].head]
    return (
        tree.tokens[cue_token].dep == "advmod"
        and verb.tag == "VBN"
        and verb.lemma.lower() in lexicons.word_set("authoring_verbs.txt") | _RUNNING
    )


# Verbs of running a thing, whose poor manner is a charge as a poor making is: "badly managed".
_RUNNING = frozenset(
    {"handle", "manage", "run", "design", "plan", "organise", "organize", "conceive", "word"}
)


def _claimed_by_another(tree: Tree, index: ActorIndex, cue_token: int, quote: Quote) -> bool:
    """Whether a duty stands in what someone other than the speaker says, in the quote.

    "for the minister to claim that most payers should see little change is
    spin", "it is all very well saying departments should be cut": the
    speaker reports another's view, often to dispute it, and asks nothing.
    "I have said ministers should resign" is the speaker's own; so is "Mr
    Leigh said the Home Office should act", whose "said" stands outside
    the quote.
    """
    teller = _teller_in_quote(tree, cue_token, quote)
    if teller is None:
        return False
    subject = subject_of(tree, teller)[0]
    speaker = quote.speaker
    if subject is None or speaker is None:
        return True
    own_words = _SELF_WORDS if quote.kind == "direct" else _SPEAKERS
    if tree.tokens[subject].text.lower() in own_words:
        return False
    # "The Liberal Democrats have long argued that ...", said by one of them.
    sides = {speaker, index.orgs.get(speaker, speaker)}
    tellers = index.actors_at(tree, subject)
    return not any(t in sides or index.orgs.get(t) in sides for t in tellers)


def _teller_in_quote(tree: Tree, cue_token: int, quote: Quote) -> int | None:
    """The verb of saying in the quote whose clause holds the cue, if any.

    "claim" in "for the minister to claim that most payers should see little
    change is spin": the clause is another's view, told in the quote.
    """
    clause = cue_token if tree.tokens[cue_token].pos == "VERB" else tree.tokens[cue_token].head
    while tree.tokens[clause].dep == "conj":
        clause = tree.tokens[clause].head
    teller = tree.tokens[clause].head
    if (
        tree.tokens[clause].dep != "ccomp"
        or not in_quote(tree, teller, quote)
        or tree.tokens[teller].lemma.lower() not in quote_cues.lemmas()
    ):
        return None
    return teller


def _judged_in_own_words(
    tree: Tree, index: ActorIndex, cue_token: int, quote: Quote, recipients: tuple[str, ...]
) -> bool:
    """Whether the one a cue would judge is the one whose words the quote reports.

    "Mr Howard said Mr Blunt had complained he had inherited a mess", "the
    Tories say ... and Labour says its sums do not add up": the mess is Mr
    Blunt's complaint, told by the speaker; it is no charge against him.
    """
    teller = _teller_in_quote(tree, cue_token, quote)
    subject = None if teller is None else subject_of(tree, teller)[0]
    if subject is None:
        return False
    return bool(set(index.actors_at(tree, subject)) & set(recipients))


def _reason_for_a_deed(tree: Tree, cue_token: int) -> bool:
    """Whether a word of wrong gives the reason for what a verb tells: "censured Iran for failing".

    The verb's own event (a censure, a criticism, a fine) carries the charge;
    the reason makes no second one, and is no charge of whoever reports it.
    So with a charge the verb lays: "charged him with treason".
    """
    word = tree.tokens[cue_token]
    preposition = tree.tokens[word.head].text.lower()
    verb = tree.tokens[tree.tokens[word.head].head]
    if word.dep == "pcomp" and preposition == "for":
        return verb.pos == "VERB"
    # "charged him with treason", "accused of corruption", "jailed for fraud":
    # the charge the verb's own event lays; not "treated voters with contempt".
    return (
        word.dep == "pobj"
        and preposition in _CHARGES_LAID
        and verb.pos == "VERB"
        and verb.lemma.lower() in event_cues.load().verbs
    )


_CHARGES_LAID = frozenset({"with", "of", "for"})


# Adjectives by which a thing shows a wrong, not risks it: "typical of Labour's arrogance".
_SHOWING_ADJECTIVES = frozenset({"typical", "symptomatic", "characteristic", "indicative"})


def _a_risk_or_a_presence(tree: Tree, cue_token: int) -> bool:
    """Whether a noun of wrong names a risk, or that wrongs exist, judging nothing said.

    "the scheme is open to abuse", "checks robust against fraud", "voters
    subject to propaganda", "there are abuses of the system": no plan, deed
    or actor is called an abuse; "the bill is an abuse of power" is a charge.
    """
    word = tree.tokens[cue_token]
    if word.pos != "NOUN":
        return False
    if word.dep == "pobj":
        # The preposition hangs on an adjective: "open to", "robust against", "subject to";
        # but "typical of their hypocrisy" says the wrong is shown.
        adjective = tree.tokens[tree.tokens[word.head].head]
        return adjective.pos == "ADJ" and adjective.lemma.lower() not in _SHOWING_ADJECTIVES
    return word.dep == "attr" and any(
        tree.tokens[c].dep == "expl" for c in tree.children[word.head]
    )


def _done_to_a_thing(tree: Tree, cue_token: int) -> bool:
    """Whether a verb of wrongdoing is done to a thing one harms only by force: "damaged homes"."""
    obj = object_of(tree, cue_token)
    things = lexicons.word_set("physical_targets.txt")
    return obj is not None and tree.tokens[obj].lemma.lower() in things


def breaks_no_bond(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a verb that wrongs only what binds is done to no such thing: "broke the record".

    To break a promise, a pledge or the law is a wrong; to break a record,
    the news or a deadlock is none. The thing broken is the object, or the
    subject of the passive ("the law had been broken"); what binds is
    listed in ``lexicons/broken_bonds.txt``. To lose the trust "of" others
    breaks theirs (``lexicons/lost_trust.txt``): "he has lost the trust of
    voters" blames him, but "voters lost faith in him" blames him, not them,
    and "lost the match" no one.
    """
    lexicon = _BONDS_OF.get(cue.word)
    if lexicon is None:
        return False
    subject, passive = subject_of(tree, cue_token)
    thing = subject if passive else object_of(tree, cue_token)
    if thing is None or tree.tokens[thing].lemma.lower() not in lexicons.word_set(lexicon):
        return True
    return cue.word == _LOSING and not prepositional_objects(tree, thing, frozenset({"of"}))


# Verbs whose wrong lies wholly in what they are done to, and the lexicon of those things.
_LOSING = "lose"
_BONDS_OF = {"break": "broken_bonds.txt", _LOSING: "lost_trust.txt"}


def _backed_by_another(tree: Tree, index: ActorIndex, cue_token: int, speaker: str) -> bool:
    """Whether the backing verb's subject is someone the text names other than the speaker.

    "many savers once trusted the government" tells of the savers, though
    the speaker says it; "we trust him" and "he trusted Mr Blair" are the
    speaker's own.
    """
    subject = subject_of(tree, cue_token)[0]
    if subject is None or tree.tokens[subject].text.lower() in _SPEAKERS | _SELF:
        return False
    return speaker not in index.actors_at(tree, subject)


def _no_demand(tree: Tree, cue_token: int) -> bool:
    """Whether a modal asks nothing of anyone, though it stands in a statement.

    It states a rule of when ("should only be used in a crisis"), sets a
    condition by coming before its subject ("should the outlook worsen, the
    bank would act"), is itself in doubt ("the council may need to raise
    taxes") or foretold ("the council will need to raise taxes"), or tells a
    manner or a reason ("how offenders should be sentenced"), or describes
    a thing ("a deal that should bring in money").
    """
    verb = cue_token if tree.tokens[cue_token].pos == "VERB" else tree.tokens[cue_token].head
    subject = subject_of(tree, verb)[0]
    if subject is not None and cue_token < subject and not _in_a_question(tree, cue_token):
        return True
    if _describes_its_noun(tree, verb):
        return True
    doubts = (c for c in tree.children[verb] if c != cue_token and tree.tokens[c].dep == "aux")
    return (
        any(tree.tokens[c].text.lower() in _DOUBTS | _FORETELLING for c in doubts)
        or any(
            tree.tokens[c].text.lower() == "only" or (tree.tokens[c].tag == "WRB" and c < verb)
            for c in tree.children[verb]
        )
        or _set_down_in_terms(tree, verb)
        or _knowing(tree, cue_token, verb)
    )


def _describes_its_noun(tree: Tree, verb: int) -> bool:
    """Whether a modal's verb is in a relative clause that tells what its noun is like.

    "a cabinet that makes choices that should be left to parents", "a
    deal that should bring in money": the clause says what the choices or
    the deal are, or are expected to do; it asks no one to act. When the
    noun is what "there are" or "it is" puts forward ("there are pensioners
    who should not pay tax", "it is ministers who must act"), the clause
    carries the claim, and may ask.
    """
    if tree.tokens[verb].dep != "relcl":
        return False
    noun = _phrase_head(tree, tree.tokens[verb].head)
    above = tree.tokens[noun].head
    return above == noun or tree.tokens[above].lemma.lower() != "be"


def _phrase_head(tree: Tree, noun: int) -> int:
    """The noun heading the phrase a noun ends: "people" in "people on low incomes"."""
    while True:
        token = tree.tokens[noun]
        if token.dep in ("appos", "conj") and token.head != noun:
            noun = token.head
        elif token.dep == "pobj" and tree.tokens[tree.tokens[token.head].head].pos in _NOUNS:
            noun = tree.tokens[token.head].head
        else:
            return noun


_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


# Verbs of knowing and feeling: what one "should know", "needs to understand" or
# is wanted "to feel" is asked of no one.
_KNOWING = frozenset({"know", "understand", "realise", "realize", "feel"})


def _knowing(tree: Tree, cue_token: int, verb: int) -> bool:
    """Whether a modal's verb is one of knowing: "parents need to know what they buy".

    "The minister should know by now that ...", "voters need to understand
    the choice": a view of what someone knows, no demand that they act.
    "Firms need to understand the risk and act on it" asks them to act;
    "firms should urge staff to know their rights" asks the urging.
    """
    if verb == cue_token:  # "need to know": the verb of "need"
        verb = next((c for c in tree.children[verb] if tree.tokens[c].dep == "xcomp"), verb)
    deeds = [verb] + [c for c in tree.children[verb] if tree.tokens[c].dep == "conj"]
    return all(tree.tokens[d].lemma.lower() in _KNOWING for d in deeds)


# How a clause hangs on the verb that tells it: "said that ...", "seemed to suggest ...".
_TOLD_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})


def _set_down_in_terms(tree: Tree, verb: int) -> bool:
    """Whether a modal's clause is what a plan, a deal or a ruling sets down.

    "He said the contract made it clear that the levy should be paid by
    the buyer", "the plans seem to suggest that police chiefs should be
    told what to do", "a ruling which said the firm must pay": the terms,
    described, not a demand of the speaker's. The nearest subject above the
    clause tells whose words they are.
    """
    node = verb
    for _ in range(4):
        if tree.tokens[node].dep not in _TOLD_CLAUSES or tree.tokens[node].head == node:
            return False
        node = tree.tokens[node].head
        subject = subject_of(tree, node)[0]
        if subject is None:
            continue
        if tree.tokens[subject].tag == "WDT" and tree.tokens[node].dep == "relcl":
            subject = tree.tokens[node].head  # "a ruling which said": the ruling
        return tree.tokens[subject].lemma.lower() in TERMS
    return False


def _rebuttal(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """A charge denied in a quote: "our plans are not racist", "the concessions were no ploy".

    The speaker rejects what critics said, when the judgement denied is of
    a thing or of the speaker's own side; "Labour was not wrong" said of
    another actor is no rebuttal of the speaker's.
    """
    if cue.type != "ACCUSE" or cue.role != "judgement" or quote.speaker is None:
        return None
    about = _nothing_wrong(tree, cue_token)
    if about is not None and tree.tokens[about].pos in ("PROPN", "PRON"):
        # "he had done nothing wrong" clears the speaker only if "he" is the speaker.
        named = index.actors_at(tree, about)
        if tree.tokens[about].text.lower() not in ("i", "we") and named != (quote.speaker,):
            return None
    elif about is None:
        about = _rebutted(tree, index, cue_token)
    if about is None or _in_a_question(tree, cue_token):
        return None
    named = index.actors_at(tree, about)
    if tree.tokens[about].text.lower() not in _SELF_WORDS and any(
        actor != quote.speaker for actor in named
    ):
        return None
    return StatementEvent.by_speaker(
        "REJECT",
        quote,
        (),
        (cue_token, _trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} judgement '{cue.word}' denied -> REJECT",
            "no recipient: the charge rebutted names no accuser",
        ),
    )


def _denied_judgement(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """What a cue denied in a quote does: praise denied finds fault, a charge denied rebuts."""
    if cue.type == "SUPPORT":
        return _praise_denied(tree, index, cue, cue_token, quote)
    return _rebuttal(tree, index, cue, cue_token, quote)


def _praise_denied(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """A word of praise denied of another actor outright: "he is clever, but he is not wise".

    To say a rival is not wise, not competent or not honest is to find fault
    with them, as "he is foolish" does. Only a plain adjective on "be", denied
    there, said of a named actor who is not the speaker, and told as fact:
    "it would not be wise to raise taxes" judges a step no one took, and "the
    plan is not ideal" names no one.
    """
    speaker = quote.speaker
    if (
        speaker is None
        or cue.role != "judgement"
        or cue.pos != "ADJ"
        or not _denied_outright(tree, cue_token)
        or foretold(tree, tree.tokens[cue_token].head)
        or supposed(tree, cue_token)
        or _in_a_question(tree, cue_token)
    ):
        return None
    about, _ = _about(tree, index, cue_token, cue)
    if about is None or tree.tokens[about].text.lower() in _SELF:
        return None  # "we are not perfect" owns a fault and charges no one
    named = index.actors_at(tree, about)
    if not named or speaker in named:
        return None
    return StatementEvent.by_speaker(
        "ACCUSE",
        quote,
        named,
        (cue_token, _trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} judgement '{cue.word}' denied of another -> ACCUSE",
            "recipient: the subject the praise is denied",
        ),
    )


def _rebutted(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """What a judgement denied outright, or by the speaker's denied belief, is said of.

    "Our plans are not racist": the plans; "we don't think we got our sums
    wrong": the subject of the clause believed ("we") when the judgement
    names no other.
    """
    if _denied_outright(tree, cue_token):
        about = _judged(tree, index, cue_token)[0]
        # "There is no confusion": the wrong itself is denied to be there.
        return cue_token if about is None and _said_not_to_be(tree, cue_token) else about
    if not _belief_denied(tree, cue_token):
        return None
    about = _judged(tree, index, cue_token)[0]
    return about if about is not None else subject_of(tree, tree.tokens[cue_token].head)[0]


def _said_not_to_be(tree: Tree, cue_token: int) -> bool:
    """Whether a judging noun is denied to exist: "there is no confusion", "there was no chaos"."""
    word = tree.tokens[cue_token]
    return (
        word.pos == "NOUN"
        and word.dep in ("attr", "nsubj")
        and any(tree.tokens[c].dep == "expl" for c in tree.children[word.head])
    )


def _belief_denied(tree: Tree, cue_token: int) -> bool:
    """Whether the speaker denies believing the judgement: "we don't think we got it wrong".

    A verb of belief above the judgement's clause, negated, whose subject
    is "I" or "we": the speaker rebuts the charge as much as "we were not
    wrong" does. "They don't think we got it wrong" is another's view.
    """
    for child, parent in tree.ancestors(cue_token, 4):
        if tree.tokens[child].dep == "ccomp" and tree.tokens[parent].lemma.lower() in _BELIEVING:
            kids = [tree.tokens[c] for c in tree.children[parent]]
            return any(k.dep == "neg" for k in kids) and any(
                k.dep == "nsubj" and k.text.lower() in _SELF_WORDS for k in kids
            )
    return False


# Verbs by which a speaker holds a view, whose denial rebuts a charge: "we don't think".
_BELIEVING = frozenset({"think", "believe", "accept", "feel"})


def _nothing_wrong(tree: Tree, cue_token: int) -> int | None:
    """Whom "nothing" clears of a judgement: "he had done nothing wrong", "nothing wrong with X".

    The doer of the verb, or what "with" names; None when the judgement
    does not qualify "nothing".
    """
    word = tree.tokens[cue_token]
    if word.dep != "amod" or tree.tokens[word.head].text.lower() != "nothing":
        return None
    for child in tree.children[cue_token]:
        if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() == "with":
            return next((g for g in tree.children[child] if tree.tokens[g].dep == "pobj"), None)
    return subject_of(tree, tree.tokens[word.head].head)[0]


def _denied_outright(tree: Tree, cue_token: int) -> bool:
    """Whether the judgement itself is what is denied: "were not racist", "is no ploy".

    Not a negation further up ("things wouldn't go public and went wrong",
    "will never return to the mistakes of the past").
    """
    word = tree.tokens[cue_token]
    copula = word.head
    places = [cue_token]
    if word.dep in ("acomp", "attr") and tree.tokens[copula].lemma.lower() == "be":
        places.append(copula)
    return any(
        tree.tokens[c].dep == "neg" or tree.tokens[c].text.lower() == "no"
        for place in places
        for c in tree.children[place]
    )


def _recipients(
    tree: Tree,
    index: ActorIndex,
    cue: StatementCue,
    found: tuple[int | None, str],
    speaker: str,
) -> tuple[tuple[str, ...], str] | None:
    """Whom a cue is about (never the speaker), and how they were found; None for no event.

    ``found`` is the phrase :func:`_about` gives, and how it was found.
    """
    about, how = found
    recipients = _actors_meant(tree, index, about, how)
    if about is not None and (
        _undergone(tree, about) or _done_to_the_obliged(tree, index, cue, about)
    ):
        # "the men's detention was unfair": the men suffered it; whoever
        # detained them is blamed. "Tenants must be told": someone else is
        # asked to tell them.
        recipients = ()
    recipients = tuple(r for r in recipients if r != speaker)
    if recipients:
        return recipients, how
    meant = they_meant(tree, index, about, speaker) if about is not None else ()
    if meant:
        return meant, f"inferred: {how}, 'they' taken for the body named before it"
    if cue.role in _OF_NO_ONE_NAMED:
        # "they want the publication of the advice": asked of no one named;
        # "far too little has been done": a charge all the same.
        return (), _OF_NO_ONE_NAMED[cue.role]
    if cue.role in ("judgement", "standard") and about is not None and _judges_a_thing(tree, about):
        found_whose = whose_thing(tree, index, about, speaker, blames=cue.type == "ACCUSE")
        return None if _praise_of_no_ones_thing(tree, cue, about, found_whose[0]) else found_whose
    if _asks_of_no_one(tree, cue, about):
        # "there should be an inquiry", "the talks must resume": a demand made
        # of no actor in particular.
        return (), _unnamed_addressee(tree, about)
    return None


_OF_NO_ONE_NAMED = {
    "desire": "no recipient: the wish names no actor",
    "excess": "no recipient: what was done too much or too little names no doer",
}
"""Roles whose cue tells an event even of no one named, and how the explanation says so."""


def _unnamed_addressee(tree: Tree, subject: int | None) -> str:
    """Why a demand made of no actor takes no recipient.

    "Politicians should not stoke fears": the demand is of those its subject's
    role names, a side of its own though no actor stands for it; the home
    government is not the one asked. "There should be an inquiry" asks no one.
    """
    if subject is not None and _role_holders_acting(tree, subject):
        return ADDRESSEE_UNREAD
    return "no recipient: the demand names no actor"


def _role_holders_acting(tree: Tree, subject: int) -> bool:
    """Whether a subject is the doers of its verb, named by a role in the plural: "politicians"."""
    word = tree.tokens[subject]
    if word.dep != "nsubj" or word.tag != "NNS":
        return False
    return load_actor_lexicon().title((word.text.lower(),)) is not None


def _actors_meant(tree: Tree, index: ActorIndex, about: int | None, how: str) -> tuple[str, ...]:
    """The actors the phrase a cue is about names.

    The side a thing is told "under" is the one name after it: the parse may
    join a name that qualifies the next noun to it ("under Labour and Tory
    thrift").
    """
    if about is None:
        return ()
    if how == _RULED:
        return (index.by_token[about],)
    return index.actors_at(tree, about)


def _praise_of_no_ones_thing(
    tree: Tree, cue: StatementCue, about: int, recipients: tuple[str, ...]
) -> bool:
    """Whether a word of praise judges a thing that is no one's: it backs no side.

    "Demand for the shares was impressive", "the tax level is about right",
    "people are right to worry": a view of how things stand, the thing
    judged the subject of the judgement. A thing the text gives an owner or
    a maker is backing of that side, and "it is right to apply the same
    caution" backs a course of action, the thing only its object.
    """
    word = tree.tokens[about]
    return cue.type == "SUPPORT" and not recipients and word.pos == "NOUN" and word.dep == "nsubj"


def _done_to_the_obliged(tree: Tree, index: ActorIndex, cue: StatementCue, subject: int) -> bool:
    """Whether a modal's subject is an actor its passive verb acts on: "voters must be consulted".

    A duty told in the passive falls on whoever does the deed, whom the
    sentence leaves unnamed, not on those it is done to. Those to be given
    or granted a thing ("workers should be given the day off") are whom the
    demand is for; a thing of someone's ("the firm's stake should be cut")
    is asked of its owner.
    """
    if cue.role != "modal" or subject not in index.by_token:
        return False
    verb = tree.tokens[subject].head
    if tree.tokens[verb].lemma.lower() in _GRANTING:
        return False
    return subject_of(tree, verb) == (subject, True)


# Verbs of giving: who "should be given" a thing is whom the demand is for.
_GRANTING = frozenset({"give", "grant", "offer", "allow", "pay", "award", "hand"})


def _undergone(tree: Tree, noun: int) -> bool:
    """Whether a noun names a deed its possessor underwent: "the men's arrest".

    With an "of" the possessor is the doer: "the police's detention of the men".
    """
    if tree.tokens[noun].lemma.lower() not in lexicons.word_set("undergone_nouns.txt"):
        return False
    owned = any(tree.tokens[c].dep == "poss" for c in tree.children[noun])
    return owned and not prepositional_objects(tree, noun, frozenset({"of"}))


def _charge_of_no_one_named(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, speaker: str
) -> tuple[tuple[str, ...], str] | None:
    """A wrong told in the passive whose doer the statement leaves unnamed, if it charges one.

    "The firm claims it is being punished": the speaker suffered the wrong;
    "the league claimed the new law had been broken": a bond was broken.
    Either blames whoever did it, though the text names no one.
    """
    if _wronged_speaker(tree, index, cue_token, speaker):
        return (), "no recipient: the speaker says it suffered the wrong, its doer unnamed"
    if cue.role == "doer" and _bond_broken(tree, cue_token):
        return (), "no recipient: what binds was broken, its breaker unnamed"
    return None


def _bond_broken(tree: Tree, cue_token: int) -> bool:
    """Whether a wrong's passive subject is a thing that binds: "the law had been broken".

    Told as done: "the ban would be broken" foretells it.
    """
    subject, passive = subject_of(tree, cue_token)
    return (
        passive
        and subject is not None
        and tree.tokens[cue_token].tag == "VBN"
        and not foretold(tree, cue_token)
        and tree.tokens[subject].lemma.lower() in lexicons.word_set("broken_bonds.txt")
    )


def _wronged_speaker(tree: Tree, index: ActorIndex, cue_token: int, speaker: str) -> bool:
    """Whether a wrong told in the passive is done to the speaker: "we have been misled"."""
    subject, passive = subject_of(tree, cue_token)
    if not passive or subject is None or tree.tokens[cue_token].tag != "VBN":
        return False
    return tree.tokens[subject].text.lower() in _SELF - {"you"} or speaker in index.actors_at(
        tree, subject
    )


def _statement_type(tree: Tree, cue: StatementCue, cue_token: int, about: int | None) -> EventType:
    """The type a cue gives in its clause: a duty not done blames, a proposal judged is refused."""
    if _condemns_a_proposal(tree, cue, about):
        return "REJECT"
    if cue.role == "modal" and _duty_not_done(tree, cue_token):
        return "ACCUSE"
    return cue.type


def _duty_not_done(tree: Tree, cue_token: int) -> bool:
    """Whether a modal says what ought to have been done: "should have told MPs".

    It asks nothing now; it blames whoever did not do it. So does a duty
    that should have been under way: "should have been answering questions".
    """
    if tree.tokens[cue_token].lemma.lower() not in _DUTIES:
        return False
    # "should" hangs on its verb; the parse makes "ought" the head of "to have done".
    verbs = [tree.tokens[cue_token].head, *tree.children[cue_token]]
    return any(
        tree.tokens[verb].tag in _PERFECT_FORMS
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].lemma.lower() == "have"
            for c in tree.children[verb]
        )
        for verb in verbs
    )


def whose_thing(
    tree: Tree, index: ActorIndex, thing: int, speaker: str, *, blames: bool
) -> tuple[tuple[str, ...], str]:
    """Whom the judgement of a thing accuses: who did it, whose it is, or no one named."""
    maker = _maker_in_its_clause(tree, index, thing)
    if maker and speaker not in maker:
        # "the way the government handled the bill was a shambles"
        return maker, "recipient: who did the thing judged, in its relative clause"
    owner_meant = _owner_meant(tree, index, thing, speaker) if blames else None
    if owner_meant is not None:
        # "He said their plans were a shambles": one blames another's plans, not one's own.
        return (owner_meant,), "inferred: recipient: whom the thing's 'his', 'its' or 'their' means"
    # "the plans were an abuse" after "Mr Clarke's plans": his plans.
    owner = index.owner_named_before(tree, thing)
    owners = index.actors_at(tree, owner) if owner is not None else ()
    if owners and speaker not in owners:
        return owners, "inferred: recipient: whose the thing judged is, by its earlier mention"
    doers = _doers_told_before(tree, index, thing)
    if doers and speaker not in doers:
        # "ECOWAS imposed sanctions on Mali ... X said the sanctions were illegal".
        return doers, "inferred: recipient: who did the thing judged, as told before"
    # "the bill was disgraceful": a policy judged, its owner unnamed; but
    # "sales failed to meet forecasts" blames no one.
    return (), "no recipient: the judgement is of a thing, not an actor"


def _doers_told_before(tree: Tree, index: ActorIndex, thing: int) -> tuple[str, ...]:
    """Who the story said did "the" thing judged, as the object of their verb, not long before.

    "ECOWAS has imposed sanctions on Mali. Colonel Goita said the sanctions
    were illegal": the sanctions are the ones ECOWAS imposed.
    """
    tokens = tree.tokens
    if not any(
        tokens[c].dep == "det" and tokens[c].text.lower() == "the" for c in tree.children[thing]
    ):
        return ()
    sentence = tree.sentence_of[thing]
    start = tree.sentence_span(max(sentence - _TOLD_BEFORE_REACH, 0))[0]
    for k in range(thing - 1, start - 1, -1):
        if tokens[k].dep == "dobj" and tokens[k].lemma == tokens[thing].lemma:
            subject, passive = subject_of(tree, tokens[k].head)
            if subject is not None and not passive:
                return index.actors_at(tree, subject)
    return ()


_TOLD_BEFORE_REACH = 2
"""How many sentences back the thing judged may have been told as someone's deed."""


def _owner_meant(tree: Tree, index: ActorIndex, thing: int, speaker: str) -> str | None:
    """Whom a possessive pronoun on a thing blamed means, the speaker passed over."""
    pronoun = next((c for c in tree.children[thing] if tree.tokens[c].dep == "poss"), None)
    owner = None if pronoun is None else index.possessor_besides(tree, pronoun, (speaker,))
    return None if owner is None else index.by_token[owner]


def _maker_in_its_clause(tree: Tree, index: ActorIndex, thing: int) -> tuple[str, ...]:
    """The actors a relative clause on a thing says did it: "the way the council acted"."""
    for clause in tree.children[thing]:
        if tree.tokens[clause].dep == "relcl":
            subject, passive = subject_of(tree, clause)
            doer = agent_of(tree, clause) if passive else subject
            if doer is not None:
                return index.actors_at(tree, doer)
    return ()


def _condemns_a_proposal(tree: Tree, cue: StatementCue, about: int | None) -> bool:
    """Whether a judgement turns a proposal down: "the offer is unacceptable" is a REJECT.

    Only a word of worth does; a wrong named ("the plans are an abuse of
    power") accuses those behind the proposal.
    """
    return (
        cue.type == "ACCUSE"
        and cue.role == "judgement"
        and cue.pos == "ADJ"
        and about is not None
        and tree.tokens[about].lemma.lower() in lexicons.word_set("proposals.txt")
    )


def _about(
    tree: Tree, index: ActorIndex, cue_token: int, cue: StatementCue
) -> tuple[int | None, str]:
    """The head of the phrase naming whom the cue is about, and how it was found."""
    if cue.role in ("object", "modal", "desire", "bearer"):
        return _about_by_role(tree, index, cue_token, cue.role)
    if cue.role == "excess":
        return _doer_in_excess(tree, cue_token)
    # "a failed policy": a participle of wrongdoing judges what it qualifies, as an adjective does.
    qualifies = tree.tokens[cue_token].dep == "amod"
    if (cue.role == "doer" and not qualifies) or (cue.role == "standard" and cue.pos == "VERB"):
        subject, passive = subject_of(tree, cue_token)
        agent = agent_of(tree, cue_token)
        if (passive or agent is not None) and tree.tokens[cue_token].tag == "VBN":
            # "civilians had been harmed": the subject suffered the wrong; its
            # doer is the agent, when named, as in "voters felt let down by
            # X", whose participle the parse may not mark passive. A past
            # tense joined to a passive ("rules are applied but failed to
            # act") keeps its own voice.
            return agent, "recipient: the agent of the wrong named"
        return subject, "recipient: the subject of the wrong named"
    return _judged(tree, index, cue_token, blames=cue.type == "ACCUSE")


def _about_by_role(
    tree: Tree, index: ActorIndex, cue_token: int, role: str
) -> tuple[int | None, str]:
    """Whom a cue that backs, obliges, wants or praises a bearer is about."""
    if role == "object":
        return object_of(tree, cue_token), "recipient: the object of the backing verb"
    if role == "modal":
        return _obliged(tree, cue_token), "recipient: the subject the modal obliges"
    if role == "desire":
        return _wanted_to_act(tree, cue_token), "recipient: whom the speaker wants to act"
    return _praised_bearer(tree, index, cue_token)


def _obliged(tree: Tree, cue_token: int) -> int | None:
    """Who a modal asks to act: the subject of "should publish", of "needs to act"."""
    verb = cue_token if tree.tokens[cue_token].pos == "VERB" else tree.tokens[cue_token].head
    asked = _needed_to_act(tree, verb) if verb == cue_token else None
    if asked is not None:
        return asked  # "we need the Lords to set up a committee": the Lords are asked
    if _open_question(tree, verb) or (verb == cue_token and not _takes_infinitive(tree, verb)):
        return None  # "whether it should", "changes were needed", "as needed"
    subject = subject_of(tree, verb)[0]
    if subject is None:  # "there should be an inquiry"
        subject = _expletive(tree, verb)
    return subject


def _expletive(tree: Tree, verb: int) -> int | None:
    """A verb's "there", which the parse may hang on its "does": "there does need to be"."""
    auxiliaries = [c for c in tree.children[verb] if tree.tokens[c].dep == "aux"]
    return next(
        (
            c
            for head in (verb, *auxiliaries)
            for c in tree.children[head]
            if tree.tokens[c].dep == "expl"
        ),
        None,
    )


def _needed_to_act(tree: Tree, verb: int) -> int | None:
    """Whom "need X to act" asks to act: X, the subject its "to" infinitive has after the verb."""
    for clause in tree.children[verb]:
        if clause < verb or tree.tokens[clause].dep not in ("ccomp", "xcomp"):
            continue
        children = tree.children[clause]
        if any(tree.tokens[c].tag == "TO" for c in children):
            subject = next((c for c in children if tree.tokens[c].dep == "nsubj"), None)
            if subject is not None and verb < subject < clause:
                return subject
    return None


def _speakers_own(tree: Tree, index: ActorIndex, verb: int, quote: Quote) -> bool:
    """Whether the subject of a verb of wanting is the speaker ("they want", "Labour wants").

    Told in the speaker's own words, a quote says "I" or "we" of its
    speaker: "they want" and "he wants" there are others' wishes ("people
    can watch it any time they want"). Reported ("the Tories said they
    wanted"), any of the pronouns may be the speaker.
    """
    subject = subject_of(tree, verb)[0]
    if subject is None:
        return False
    own_words = _SELF_WORDS if quote.kind == "direct" else _SPEAKERS
    if tree.tokens[subject].text.lower() in own_words:
        return True
    return quote.speaker in index.actors_at(tree, subject)


def _own_intent(tree: Tree, verb: int) -> bool:
    """Whether "want" is the wanter's own plan ("we want to tackle the issue early").

    A plan to act oneself asks nothing of anyone; "we want to see the
    report published" still asks for it.
    """
    return any(
        tree.tokens[c].dep == "xcomp"
        and tree.tokens[c].lemma.lower() not in _SEEING
        and subject_of(tree, c)[0] in (None, subject_of(tree, verb)[0])
        for c in tree.children[verb]
    )


def wished_state(tree: Tree, verb: int) -> bool:
    """Whether "want X to ..." wishes a state or an outcome, asking no act of X.

    "I want every pupil to know they can call me", "we want the town to be
    the first choice of visitors", "I want the pubs to thrive": knowing,
    feeling, being and how things turn out are no deeds; "we want ministers
    to publish the report" asks one. The events stage asks the same of a
    "want" the writer tells ("the charity wants Germany to cancel the debt").
    """
    outcomes = lexicons.word_set("outcome_verbs.txt")
    wanter = subject_of(tree, verb)[0]
    for clause in tree.children[verb]:
        if tree.tokens[clause].dep not in ("ccomp", "xcomp"):
            continue
        subject = subject_of(tree, clause)[0]
        if subject is None or subject == wanter:
            continue
        lemma = tree.tokens[clause].lemma.lower()
        if lemma in _KNOWING or lemma in outcomes or lemma == "be":
            return True
    return False


def _wanted_to_act(tree: Tree, verb: int) -> int | None:
    """Whom "want X to act" asks to act: X, the subject of the wanted clause."""
    for child in tree.children[verb]:
        if tree.tokens[child].dep == "ccomp" or tree.tokens[child].dep == "xcomp":
            subject = subject_of(tree, child)[0]
            if subject is not None and subject != subject_of(tree, verb)[0]:
                return subject
    return None


def _judged(
    tree: Tree, index: ActorIndex, cue_token: int, *, blames: bool = False
) -> tuple[int | None, str]:
    """Whom an adjective or noun of judgement is about: "of" whom, or its clause's subject.

    "the failure of the government" judges the government, but "the plans
    are an abuse of human rights" judges the plans: an "of" that names no
    actor is what was wronged.
    """
    named = _judged_by_its_phrase(tree, index, cue_token)
    if named is not None:
        return named
    of = _of_object(tree, cue_token)
    if of is not None and index.actors_at(tree, of):
        return of, "recipient: whom the judgement is of ('the failure of X')"
    if _names_an_affair(tree, index, cue_token):
        return None, ""
    said_of = _said_of(tree, cue_token, blames=blames)
    if of is not None and (said_of is None or not _judges_a_thing(tree, said_of)):
        return of, "recipient: whom the judgement is of ('the failure of X')"
    return said_of, "recipient: the subject of the judged clause"


def _said_of(tree: Tree, cue_token: int, *, blames: bool = False) -> int | None:
    """The phrase a judgement word is said of: its clause's subject, as a rule.

    Up through the words that link a judgement to its clause ("was wrong",
    "is a failure", "has presided over a shambles"). A judgement inside a
    phrase that hangs on the verb's object is said of nothing the clause
    names: in "voters face a choice between more waste and lower taxes" the
    voters are not judged, nor are they when the parse hangs the choice's
    phrase on another phrase ("at the election between more waste"). For
    "it" ("It was pathetic that Britain ..."), the clause the "it" stands for.
    """
    if _an_ill_to_remedy(tree, cue_token):
        return None
    if tree.tokens[cue_token].pos == "ADV":
        # "the bill was poorly drafted" judges the bill; "badly handled by the
        # council", the council.
        verb = tree.tokens[cue_token].head
        agent = agent_of(tree, verb)
        return agent if agent is not None else subject_of(tree, verb)[0]
    node = cue_token
    through_a_preposition = False
    for _ in range(4):
        if tree.tokens[node].dep not in _LINKS or tree.tokens[node].head == node:
            break
        if tree.tokens[node].dep == "dobj" and through_a_preposition:
            return None
        if tree.tokens[node].dep == "pobj" and through_a_preposition:
            # "faced a choice at the election between more waste and more
            # tax": a phrase inside a phrase names what the clause is about,
            # not what its subject is.
            return None
        through_a_preposition = through_a_preposition or tree.tokens[node].dep == "pobj"
        node = tree.tokens[node].head
    subject = subject_of(tree, node)[0]
    if subject is not None and tree.tokens[subject].text.lower() == "it":
        clause = next((c for c in tree.children[node] if tree.tokens[c].dep == "ccomp"), None)
        if clause is None:
            return _thing_done(tree, node, blames=blames)
        subject = subject_of(tree, clause)[0]
    return subject


def _an_ill_to_remedy(tree: Tree, cue_token: int) -> bool:
    """Whether a judgement noun is the ill a verb sets out to remove: "by tackling waste".

    Who tackles waste or fights corruption is not charged with it.
    """
    word = tree.tokens[cue_token]
    remedies = lexicons.word_set("remedying_verbs.txt")
    return word.dep == "dobj" and tree.tokens[word.head].lemma.lower() in remedies


def _thing_done(tree: Tree, copula: int, *, blames: bool) -> int | None:
    """What the act an "it" stands for was done to: "it was disgusting to propose a system".

    The act judged is the infinitive after the copula; its doer unnamed, the
    judgement is of the thing it was done to, whose owner may be known. "It
    would be wrong to cut taxes" advises, and "it is wrong to deny people
    the hours" argues: only a past copula blames for a thing done ("it's
    right to act" backs all the same, and "it's not racist to act" rebuts).
    """
    if (blames and tree.tokens[copula].tag != "VBD") or any(
        tree.tokens[c].text.lower() in _DOUBTS for c in tree.children[copula]
    ):
        return None
    act = next((a for a in tree.children[copula] if _judged_infinitive(tree, a)), None)
    if act is None:
        return None
    doer = _for_whom(tree, copula)
    if doer is not None:
        return doer  # "it was unacceptable for the minister to hold both posts": the minister
    thing = object_of(tree, act)
    return thing if thing is not None and tree.tokens[thing].pos == "NOUN" else None


def _judged_infinitive(tree: Tree, word: int) -> bool:
    """Whether a word on a copula is the "to" infinitive an "it" stands for."""
    return tree.tokens[word].dep in ("xcomp", "advcl") and any(
        tree.tokens[c].tag == "TO" for c in tree.children[word]
    )


def _for_whom(tree: Tree, copula: int) -> int | None:
    """Who does the act an "it" stands for, named with "for": "it is wrong for X to ...".

    The parse hangs the "for" on the copula or on the word of judgement after it.
    """
    holders = [copula] + [
        c for c in tree.children[copula] if tree.tokens[c].dep in ("acomp", "attr")
    ]
    return next(
        (doer for h in holders for doer in prepositional_objects(tree, h, frozenset({"for"}))),
        None,
    )


def _names_an_affair(tree: Tree, index: ActorIndex, cue_token: int) -> bool:
    """Whether a noun of judgement names cases or an affair rather than judging its clause.

    "less than for other disasters", "consoles had experienced component
    failures": cases counted; "following the pensions scandal", "after the
    failure of the first sale": an affair that dates the clause. Neither says
    the clause's subject is a disaster or a failure, as "the sale was a
    failure" does. An actor named on the noun still owns it: "government
    failures".
    """
    word = tree.tokens[cue_token]
    if word.pos != "NOUN" or word.dep in _PREDICATES:
        return False
    if any(
        tree.tokens[c].dep in ("poss", "compound") and index.actors_at(tree, c)
        for c in tree.children[cue_token]
    ):
        return False  # "government failures" are the government's
    head = tree.tokens[word.head]
    dated = word.dep == "pobj" and head.text.lower() in _DATING
    # "a shambles" is one, and a cue as it stands; "disasters" counts many,
    # but "has made mistakes" tells what its subject did, as "a mistake" does.
    counted = (
        word.tag == "NNS"
        and (word.text.lower(), word.pos) not in load()
        and not _made_by_an_actor(tree, index, cue_token)
    )
    return dated or counted


def _made_by_an_actor(tree: Tree, index: ActorIndex, noun: int) -> bool:
    """Whether a noun is what an actor made or committed: "the agency made serious mistakes".

    Made by a thing ("the software made errors"), it judges no one.
    """
    word = tree.tokens[noun]
    if word.dep != "dobj" or tree.tokens[word.head].lemma.lower() not in _MAKING:
        return False
    maker = subject_of(tree, word.head)[0]
    return maker is not None and (
        bool(index.actors_at(tree, maker)) or tree.tokens[maker].pos == "PRON"
    )


_MAKING = frozenset({"make", "commit"})


_PREDICATES = frozenset({"attr", "oprd", "appos", "acomp"})
# Prepositions by which an affair dates what the clause tells: "following the scandal".
_DATING = frozenset({"following", "after", "before", "since", "during", "amid", "despite"})


def _judged_by_its_phrase(
    tree: Tree, index: ActorIndex, cue_token: int
) -> tuple[int | None, str] | None:
    """Whom a judgement's own phrase names, or None to look in its clause.

    The owner of the thing judged ("Labour's authoritarian response",
    "Labour's arrogance"), the one a predicate noun tells of ("the plan was a
    reckless gamble"), or the thing called so ("dubbed the proposals an
    abuse"), or who made it ("a cynical ploy by the council"). "A hard right
    agenda" judges no one: (None, "").
    """
    maker = _maker_named(tree, index, cue_token)
    if maker is not None:
        return maker
    if tree.tokens[cue_token].dep == "amod":
        return _judged_through_its_noun(tree, index, cue_token)
    owner = _named_owner(tree, index, cue_token)
    if owner is not None:
        return owner, "recipient: whose the failing judged is"
    body = _body_named_on_a_failing(tree, index, cue_token)
    if body is not None:
        return body, "recipient: the body named on the failing judged ('government failures')"
    if tree.tokens[cue_token].dep in ("oprd", "appos"):
        # "dubbed the proposals an abuse of power": what the verb's object is
        # called (the parse may read the name as the object's apposition).
        head = tree.tokens[cue_token].head
        called = object_of(tree, head) if tree.tokens[cue_token].dep == "oprd" else head
        return called, "recipient: the thing called so"
    return None


def _maker_named(tree: Tree, index: ActorIndex, cue_token: int) -> tuple[int, str] | None:
    """Who did what is judged, by the judgement's own "by" or "of", and how found."""
    maker = _made_by(tree, index, cue_token)
    if maker is not None:
        return maker, "recipient: who made the thing judged ('a ploy by X')"
    ruler = _ruled_by(tree, index, cue_token)
    if ruler is not None:
        return ruler, _RULED
    doer = _doer_judged(tree, index, cue_token)
    if doer is not None:
        return doer, "recipient: whom the judgement is 'of' ('it was wrong of X to ...')"
    return None


def _doer_judged(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """The actor an adjective of judgement is "of": "it was wrong of ministers to cut police".

    After a word of judgement, "of" names the one who acted so, as "kind of
    you" does.
    """
    if tree.tokens[cue_token].pos != "ADJ":
        return None
    doers = prepositional_objects(tree, cue_token, frozenset({"of"}))
    return next((doer for doer in doers if index.actors_at(tree, doer)), None)


def _made_by(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """The actor a "by" phrase names as the maker of the thing judged: "an attempt by Labour".

    The thing is the cue noun itself, or the noun the cue adjective qualifies
    ("a desperate attempt by Labour to win votes").
    """
    noun = _thing_judged(tree, cue_token)
    if tree.tokens[noun].pos != "NOUN":
        return None
    makers = prepositional_objects(tree, noun, frozenset({"by"})) + _agents_of_its_clauses(
        tree, noun
    )
    return next((maker for maker in makers if index.actors_at(tree, maker)), None)


def _thing_judged(tree: Tree, cue_token: int) -> int:
    """The noun a judgement word is of: itself, the noun it qualifies, or that noun misparsed.

    The parse may take a quoted adjective for the head of its phrase and
    hang the noun on it as an apposition ("the "reckless, US-style tax
    spree"", "reckless" the object and "spree" beside it); the noun is
    still the thing judged.
    """
    word = tree.tokens[cue_token]
    if word.dep == "amod":
        return word.head
    if word.pos == "ADJ":
        return next(
            (c for c in tree.children[cue_token] if tree.tokens[c].dep == "appos"), cue_token
        )
    return cue_token


def _agents_of_its_clauses(tree: Tree, noun: int) -> list[int]:
    """Who a participle on a noun says did it: "a gamble planned by X", "complacency shown by X"."""
    agents = (
        agent_of(tree, clause)
        for clause in tree.children[noun]
        if tree.tokens[clause].dep == "acl" and tree.tokens[clause].tag == "VBN"
    )
    return [agent for agent in agents if agent is not None]


_RULED = "recipient: under whose rule the thing judged is ('waste under X')"


def _ruled_by(tree: Tree, index: ActorIndex, cue_token: int) -> int | None:
    """The side a noun of judgement is told "under": "more waste under Labour".

    What happens under a party or a government is laid at its door. The
    side is the name right after "under", which the parse may hang on a
    later noun ("under Labour and Tory thrift").
    """
    if tree.tokens[cue_token].pos != "NOUN":
        return None
    for prep in tree.children[cue_token]:
        if tree.tokens[prep].dep == "prep" and tree.tokens[prep].text.lower() == "under":
            side = prep + 1
            if side < len(tree.tokens) and tree.tokens[side].tag == "DT":
                side += 1  # "under the Tories"
            if side < len(tree.tokens) and side in index.by_token:
                return side
    return None


def _named_owner(tree: Tree, index: ActorIndex, noun: int) -> int | None:
    """The possessor of a noun of judgement, when a name says who ("Labour's arrogance").

    A possessive pronoun ("his failure to deliver") is left to the clause,
    whose subject says more surely whom the speaker means.
    """
    if tree.tokens[noun].pos != "NOUN":
        return None
    owner = next((c for c in tree.children[noun] if tree.tokens[c].dep == "poss"), None)
    if owner is None or tree.tokens[owner].tag == "PRP$":
        return None
    return owner if index.actors_at(tree, owner) else None


def _body_named_on_a_failing(tree: Tree, index: ActorIndex, noun: int) -> int | None:
    """The body a noun of judgement names before it: "government failures", "Treasury blunders".

    The failings are that body's, as "the government's failures" would be,
    whoever the clause around them is about: in "councils are not ready
    because of government failures" the councils suffer them. A country
    counts only as "government" or "state", a common noun for its rulers:
    "Iraq failures" may be anyone's failures there.
    """
    if tree.tokens[noun].pos != "NOUN":
        return None
    for child in tree.children[noun]:
        if tree.tokens[child].dep != "compound":
            continue
        kinds = {index.kinds.get(actor) for actor in index.actors_at(tree, child)}
        if kinds and "person" not in kinds and not _country_by_name(tree, child, kinds):
            return child
    return None


def _country_by_name(tree: Tree, word: int, kinds: set[str | None]) -> bool:
    """Whether a word names a country by its proper name ("Iraq"), not as its rulers."""
    return "country" in kinds and tree.tokens[word].pos != "NOUN"


def _judged_through_its_noun(
    tree: Tree, index: ActorIndex, cue_token: int
) -> tuple[int | None, str]:
    """Whom a word judges through the noun it qualifies.

    Its owner, a body named on it, or whom the noun tells of.
    """
    noun = tree.tokens[cue_token].head
    if _owned(tree, noun):
        return noun, "recipient: whose the thing judged is"
    party = _body_named_on(tree, index, noun, besides=cue_token)
    if party is not None:
        return party, "recipient: the body named on the thing judged ('a failed Tory past')"
    conduct = _conduct_of(tree, index, noun)
    if conduct is not None:
        return conduct, "recipient: who made, took or sent the thing judged ('the wrong choice')"
    return _bearer_of_predicate(tree, noun)


def _conduct_of(tree: Tree, index: ActorIndex, noun: int) -> int | None:
    """Whose conduct a judged object is: the subject of "made the wrong choice".

    A choice made, a gamble taken or a message sent is the subject's own
    doing, so its judgement is theirs; a thing as subject ("the cut sends the
    wrong message") is judged, and with it whoever did it. Not a relative
    clause's unnamed people: "fans who have made shameful gestures" names no
    one the judgement could charge.
    """
    verb = tree.tokens[noun].head
    conduct = lexicons.word_set("conduct_verbs.txt")
    if tree.tokens[noun].dep != "dobj" or tree.tokens[verb].lemma.lower() not in conduct:
        return None
    subject = subject_of(tree, verb)[0]
    if subject is None or index.actors_at(tree, subject):
        return subject
    a_thing = tree.tokens[subject].pos in ("NOUN", "PROPN")
    return subject if a_thing and tree.tokens[verb].dep != "relcl" else None


def _body_named_on(tree: Tree, index: ActorIndex, noun: int, *, besides: int) -> int | None:
    """A party or body named before a thing judged: "Tory" in "a failed Tory past".

    Not a country: "a failed Iraq policy" is no policy of Iraq's. Nor a word
    of the noun's own name: in "failed asylum seekers" the word describes
    the people it names, and judges no one.
    """
    own = index.by_token.get(noun)
    for child in tree.children[noun]:
        if child == besides or tree.tokens[child].dep not in ("compound", "amod"):
            continue
        named = index.actors_at(tree, child)
        if (
            named
            and own not in named
            and all(index.kinds.get(actor) not in ("country", "person") for actor in named)
        ):
            return child
    return None


def _owned(tree: Tree, noun: int) -> bool:
    return any(tree.tokens[c].dep == "poss" for c in tree.children[noun])


def _bearer_of_predicate(tree: Tree, noun: int) -> tuple[int | None, str]:
    """Whom an adjective judges through the noun it qualifies, when that noun says what X is or did.

    "the plan was a reckless gamble" judges the plan; "the council has done
    a superb job" the council. "A hard right agenda" alone judges no one.
    """
    noun = _shown_through(tree, noun)
    verb = tree.tokens[noun].head
    lemma = tree.tokens[verb].lemma.lower()
    predicate = (tree.tokens[noun].dep == "attr" and lemma == "be") or (
        tree.tokens[noun].dep == "dobj" and lemma == "do"
    )
    if not predicate:
        return None, ""
    return subject_of(tree, verb)[0], "recipient: the subject the judged predicate noun tells of"


def _shown_through(tree: Tree, noun: int) -> int:
    """The noun of showing a judged noun is "of": "sign" in "a sign of sinister tactics".

    "The adverts were a sign of abusive politics", "part of a trend of
    smearing": what the subject is a sign or part of, it is said to be.
    """
    prep = tree.tokens[noun].head
    if tree.tokens[noun].dep != "pobj" or tree.tokens[prep].text.lower() != "of":
        return noun
    if prepositional_objects(tree, noun, frozenset({"of"})):
        return noun  # "a sign of the disastrous record of X": the record is X's, not the subject's
    above = tree.tokens[prep].head
    return above if tree.tokens[above].lemma.lower() in _SHOWING else noun


# Nouns by which a thing is said to show or belong to what their "of" names. Not "evidence":
# "there is evidence of illegal hunting" says the thing exists, not what the subject is.
_SHOWING = frozenset({"sign", "example", "symptom", "hallmark", "part"})


def _praised_bearer(tree: Tree, index: ActorIndex, cue_token: int) -> tuple[int | None, str]:
    """Whom a plain word of worth praises: only the subject of "is a great chancellor".

    "Good", "great" or "huge" praise an actor only when they qualify what
    the actor itself is or did ("X is a great chancellor", "X did a good
    job"); "a good deal", "huge debts", "good for business" and "X's
    resignation was a good chance" praise no one.
    """
    if tree.tokens[cue_token].dep != "amod":
        return None, ""
    subject, how = _bearer_of_predicate(tree, tree.tokens[cue_token].head)
    if subject is None or not (subject in index.by_token or tree.tokens[subject].pos == "PRON"):
        return None, ""
    return subject, how


def _of_object(tree: Tree, noun: int) -> int | None:
    if tree.tokens[noun].pos != "NOUN":
        return None
    for child in tree.children[noun]:
        if tree.tokens[child].dep == "prep" and tree.tokens[child].text.lower() == "of":
            return next((g for g in tree.children[child] if tree.tokens[g].dep == "pobj"), None)
    return None


def _open_question(tree: Tree, verb: int) -> bool:
    return any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in ("whether", "if")
        for c in tree.children[verb]
    )


def _takes_infinitive(tree: Tree, verb: int) -> bool:
    return any(
        tree.tokens[c].dep == "xcomp"
        and any(tree.tokens[g].text.lower() == "to" for g in tree.children[c])
        for c in tree.children[verb]
    )


def _asks_of_no_one(tree: Tree, cue: StatementCue, about: int | None) -> bool:
    """A demand whose subject is no actor and not the speaker's own "I" or "we"."""
    if cue.role != "modal" or about is None or _forecast(tree, about):
        return False
    word = tree.tokens[about]
    return word.dep == "expl" or (word.text.lower() not in _SELF and word.pos != "PRON")


def _forecast(tree: Tree, subject: int) -> bool:
    """A modal that foretells how things turn out: "sales should rise", "it must lead to".

    Or how well they will do: "the changes should be sufficient", "there
    should be adequate supplies"; or that a trend goes on: "incomes should
    continue to grow".
    """
    verb = tree.tokens[subject].head
    outcomes = lexicons.word_set("outcome_verbs.txt")
    if tree.tokens[verb].lemma.lower() == "be":
        described = [c for c in tree.children[verb] if tree.tokens[c].dep == "attr"]
        return any(
            (tree.tokens[c].dep == "acomp" and tree.tokens[c].lemma.lower() in outcomes)
            or (c in described and _described_as(tree, c, outcomes))
            for c in tree.children[verb]
        )
    if tree.tokens[verb].lemma.lower() in _GOING_ON:
        return any(
            tree.tokens[c].dep == "xcomp" and tree.tokens[c].lemma.lower() in outcomes
            for c in tree.children[verb]
        )
    return tree.tokens[verb].lemma.lower() in outcomes


# Verbs by which a trend goes on: "should continue to grow", "must keep rising".
_GOING_ON = frozenset({"continue", "keep", "carry"})


def _described_as(tree: Tree, noun: int, outcomes: frozenset[str]) -> bool:
    """Whether a noun is described by a word of how well things will do: "adequate supplies"."""
    return any(
        tree.tokens[c].dep == "amod" and tree.tokens[c].lemma.lower() in outcomes
        for c in tree.children[noun]
    )


def _in_a_question(tree: Tree, token: int) -> bool:
    """Whether the cue's sentence is a question ("How can it be right that ...?").

    It opens with a question word or an auxiliary and closes with "?"; "they
    failed to answer the question - which taxes will rise?" is no question.
    """
    first, last = tree.sentence_span(tree.sentence_of[token])
    words = [tree.tokens[i] for i in range(first, last) if tree.tokens[i].pos != "PUNCT"]
    closes = any(tree.tokens[i].text == "?" for i in range(last - 3, last) if i >= first)
    return bool(words) and closes and words[0].text.lower() in _QUESTION_OPENERS


def _judges_a_thing(tree: Tree, about: int) -> bool:
    word = tree.tokens[about]
    return word.dep != "expl" and (word.pos == "NOUN" or _named_document(tree, about))


def _named_document(tree: Tree, word: int) -> bool:
    """Whether a proper noun names a law or a plan: "the Bill", "the Budget" are things judged."""
    token = tree.tokens[word]
    return token.pos == "PROPN" and token.lemma.lower() in lexicons.word_set("documents.txt")


def _named_in_a_dismissal(tree: Tree, cue_token: int) -> bool:
    """Whether the judgement is what a denial calls the thing denied.

    "dismissed them as a load of nonsense", "rejected the report as absurd":
    the speaker rejects the claims, and the verb's REJECT says so.
    """
    node = cue_token
    for _ in range(4):
        head = tree.tokens[node].head
        if head == node:
            return False
        if tree.tokens[node].dep == "prep" and tree.tokens[node].text.lower() == "as":
            return _is_a_denial(tree.tokens[head].lemma.lower())
        node = head
    return False


def _reported_as_denied(tree: Tree, cue_token: int) -> bool:
    """Whether the cue stands in what a denial says did not happen.

    "denied that civilians had been harmed", "rejected claims that the
    ministers had lied": the speaker says the wrong was not done; the
    denial's own REJECT tells that.
    """
    for child, parent in tree.ancestors(cue_token, _DENIAL_REACH):
        if tree.tokens[child].dep in ("ccomp", "acl") and _is_a_denial(
            tree.tokens[parent].lemma.lower()
        ):
            return True
    return False


_DENIAL_REACH = 4
"""How many words up a cue may stand from the verb of denial whose clause holds it."""


def _is_a_denial(lemma: str) -> bool:
    verbs = quote_cues.load().verbs.get(lemma, ())
    return any(verb.meaning == "negative" for verb in verbs)


def _denied(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a cue is negated, other than by a warning not to let someone do the wrong."""
    return _negated(tree, cue_token) and not _warned_off(tree, cue, cue_token)


def _warned_off(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a wrong is told in a plea not to let its doer do it: "don't let them wreck it".

    The "not" is the plea's, on "let" or "allow", and the doer the wrong's
    own subject: the speaker says the doer would do the wrong, which blames
    it as "the Tories would wreck it" does. "We did not let them down" and
    "they were not allowed to" tell what was or was not done, no plea.
    """
    if cue.role != "doer" or tree.tokens[cue_token].dep not in ("ccomp", "xcomp"):
        return False
    plea = tree.tokens[cue_token].head
    told = [plea, *(c for c in tree.children[plea] if tree.tokens[c].dep == "aux")]
    return (
        tree.tokens[plea].lemma.lower() in _LETTING
        and any(tree.tokens[c].dep == "nsubj" for c in tree.children[cue_token])
        and any(tree.tokens[c].dep == "neg" for c in tree.children[plea])
        # "we did not let them damage it" tells what was not done, no plea
        and not any(tree.tokens[t].tag in ("VBD", "VBN") for t in told)
    )


_LETTING = frozenset({"let", "allow"})


def _negated(tree: Tree, token: int) -> bool:
    """Whether the cue or a word above it is negated ("was not wrong", "no evidence that ...")."""
    node = token
    for _ in range(4):
        if any(tree.tokens[c].text.lower() in NEGATORS for c in tree.children[node]):
            return True
        if tree.tokens[node].head == node:
            break
        node = tree.tokens[node].head
    return False


def cue_of(word: Token) -> StatementCue | None:
    """The statement cue a word is, by its lemma (or, failing that, as written) and part of speech.

    The model lemmatises "shambles" to "shamble": a cue may match its word as
    written. A lemma may be a cue as a verb and as a noun ("abuse", "smear").
    """
    cues = load()
    return cues.get((word.lemma.lower(), word.pos)) or cues.get((word.text.lower(), word.pos))


def cue_at(tree: Tree, token: int) -> StatementCue | None:
    """The statement cue at a token: the word itself, or the hyphenated word it ends.

    The tokenizer splits "cover-up" and "ill-conceived" at the hyphen, so
    the lexicon's hyphenated cues are read at their last part; the part of
    speech the model gives that part ("conceived" a verb) is no guide to
    the whole word's, and is not asked for.
    """
    return _hyphenated_cue(tree, token) or cue_of(tree.tokens[token])


def _hyphenated_cue(tree: Tree, token: int) -> StatementCue | None:
    """The hyphenated cue whose last part is ``token``: "catch-up" at "up"."""
    if token < 2:  # a word and the hyphen come before it
        return None
    first, hyphen, last = (tree.tokens[i] for i in range(token - 2, token + 1))
    if hyphen.text != "-" or first.end != hyphen.start or hyphen.end != last.start:
        return None
    return _hyphenated().get(f"{first.text}-{last.text}".lower())


@functools.cache
def _hyphenated() -> dict[str, StatementCue]:
    """The lexicon's hyphenated cues by their written form."""
    return {cue.word: cue for cue in load().values() if "-" in cue.word}


@functools.cache
def load() -> dict[tuple[str, str], StatementCue]:
    """The statement cues by lemma and part of speech, read once.

    Raises:
        ConfigError: a row's type or role is not one the stage knows.
    """
    cues = {}
    for row in lexicons.table("statement_cues.tsv"):
        if row["type"] not in _TYPES or row["role"] not in _ROLES:
            raise ConfigError(f"lexicon statement_cues.tsv: bad type or role in {row}")
        word, *particle = row["cue"].split()
        cue = StatementCue(
            word,
            row["pos"],
            row["type"],  # type: ignore[arg-type]
            row["role"],
            particle[0] if particle else None,
        )
        cues[cue.word, cue.pos] = cue
    return cues


def _trigger(tree: Tree, cue_token: int, cue: StatementCue) -> str:
    """The cue's words as the text has them: "wrong", "add up", "cover-up"."""
    word = tree.tokens[cue_token]
    first = tree.tokens[cue_token - 2] if "-" in cue.word else word
    return " ".join(filter(None, (tree.text[first.start : word.end], cue.particle)))


def _has_particle(tree: Tree, token: int, cue: StatementCue) -> bool:
    """Whether a phrasal cue's verb has its particle: "add up", not "add".

    A "to" is the one of the infinitive the verb takes, in the present: "has
    to rethink" obliges; "has a plan" does not, nor "had to cancel flights",
    which tells what was done.
    """
    return cue.particle is None or any(
        (tree.tokens[c].dep == "prt" and tree.tokens[c].text.lower() == cue.particle)
        or (
            tree.tokens[c].dep == "xcomp"
            and _marked_by(tree, c, cue.particle)
            and tree.tokens[token].tag in _PRESENT
        )
        for c in tree.children[token]
    )


_PRESENT = frozenset({"VBZ", "VBP", "VB"})


def _marked_by(tree: Tree, verb: int, word: str) -> bool:
    """Whether an infinitive is marked by the word: the "to" of "to rethink"."""
    return any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == word
        for c in tree.children[verb]
    )
