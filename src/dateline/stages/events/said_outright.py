"""Whether a statement cue is said outright of another.

Not a duty denied that forbids, nor what was done too much or too little by
the speaker, nor the speaker's own words judged, a reason for a deed, a
risk or a presence, a bond that binds no one, or a demand that asks
nothing.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, prepositional_objects, subject_of
from dateline.stages._people_words import people_nouns
from dateline.stages._tree import Tree
from dateline.stages.events import cues as event_cues
from dateline.stages.events.judged import (
    MAKING,
    hedge_of,
    in_a_question,
    made_by,
    named_in_a_dismissal,
    negated,
    negated_here,
    own_intent,
    reported_as_denied,
    speakers_own,
    thing_judged,
    wished_state,
)
from dateline.stages.events.modality import TERMS, supposed
from dateline.stages.events.none_of import is_none_of
from dateline.stages.events.rebuttals import denied_outright, nothing_wrong
from dateline.stages.events.statement_records import (
    DOUBTS,
    DUTIES,
    KNOWING,
    SELF,
    SELF_WORDS,
    SPEAKERS,
    StatementCue,
    cue_token_of,
    in_quote,
)
from dateline.stages.events.statement_sides import done_in_excess, falls_short
from dateline.stages.quotes import cues as quote_cues

# A need under one of these foretells what must come, asking it of no one:
# "the chancellor will need to raise taxes", "drivers will need to slow down".
_FORETELLING = frozenset({"will", "'ll", "shall"})


FORBIDS = " denied, forbidding"
"""How the explanation marks a duty denied that forbids: "should not close"."""


def forbidding(tree: Tree, cue: StatementCue, cue_token: int) -> bool:
    """Whether a duty denied on its own verb forbids: "the council should not close the library".

    To say one should or must not do a thing asks it of them as much as a
    duty does; "need not" asks nothing, and "I don't think they should"
    denies the view, not the duty; "X should not be blamed" asks it of
    others than X.
    """
    if cue.role != "modal" or cue.word not in DUTIES | {"must"}:
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
    return above == verb or not negated(tree, above)


def made_thing_refused(tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int) -> bool:
    """Whether a "not" above a judgement refuses the thing judged, which a named actor made.

    "We cannot afford the reckless spree planned by the Tories", "we will not
    accept this shabby deal by the council": the speaker turns the thing down
    and still calls it so, which charges its maker. The "not" is on the verb
    the thing is the object of; "the deal by the council was not shabby" and
    "there was no shabby deal by the council" deny the judgement itself.
    """
    if cue.role != "judgement" or nothing_wrong(tree, cue_token) is not None:
        return False
    thing = thing_judged(tree, cue_token)
    phrase = _phrase_head(tree, thing)
    verb = tree.tokens[phrase].head
    if tree.tokens[phrase].dep != "dobj" or tree.tokens[verb].lemma.lower() in MAKING | {"do"}:
        return False  # "they did not make a reckless choice" denies the charge
    return not negated_here(tree, thing) and made_by(tree, index, cue_token) is not None


def said_outright(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> bool:
    """Whether a cue word says what it says of someone, not asks, denies or intends it."""
    speaker = quote.speaker
    if speaker is None:
        return False
    if cue.role == "standard" and (
        not (denied_outright(tree, cue_token) or is_none_of(tree, subject_of(tree, cue_token)[0]))
        or _done_by_an_actor(tree, index, cue, cue_token)
    ):
        # "the sums add up" blames no one; "do not add up", "none of" them do;
        # "staff did not work on Sunday" tells what they did, no plan judged.
        return False
    if (
        # "badly hurt", "poorly paid"; "did not spend too much", "could spend too much"
        (cue.pos == "ADV" and cue.role != "excess" and not _badly_made(tree, cue_token))
        or (cue.role == "excess" and done_in_excess(tree, cue_token) is None)
        or in_a_question(tree, cue_token)
        or (cue.role == "judgement" and named_in_a_dismissal(tree, cue_token))
        or (cue.role == "judgement" and _a_risk_or_a_presence(tree, cue_token))
        or reported_as_denied(tree, cue_token)
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
        speakers_own(tree, index, cue_token, quote)
        and not own_intent(tree, cue_token)
        and not wished_state(tree, cue_token)
    )


def _done_by_an_actor(tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int) -> bool:
    """Whether a verb of a standard is done by people, not met by a thing: "staff did not work".

    A plan, a sum or a scheme meets a standard or does not ("the plan would
    not work", "the figures do not add up"); people doing the verb tell what
    they did. People are an actor's own word, a word for people ("staff",
    "officials", "workers") or a pronoun for a person; the "Tory" of "Tory
    proposals" names whose the thing is.
    """
    if cue.pos != "VERB":
        return False
    doer = subject_of(tree, cue_token)[0]
    if doer is None:
        return False
    word = tree.tokens[doer]
    return (
        doer in index.by_token
        or word.lemma.lower() in lexicons.word_set("staff_nouns.txt")
        or word.text.lower() in people_nouns()
        or word.text.lower() in _PERSONAL_PRONOUNS
    )


_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she"})
"""Pronouns for people; not "they", which as often stands for the sums or plans judged."""


def _own_shortfall(tree: Tree, index: ActorIndex, cue_token: int, speaker: str) -> bool:
    """Whether the deed said to fall short is the speaker's own: "we have not done enough".

    Said of oneself it owns a failing, which charges no one else.
    """
    verb = tree.tokens[cue_token].head
    if not falls_short(tree, cue_token, verb):
        return False
    doer = subject_of(tree, verb)[0]
    return doer is not None and (
        tree.tokens[doer].text.lower() in SELF_WORDS or speaker in index.actors_at(tree, doer)
    )


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
    if tree.tokens[teller].lemma.lower() in _HOLDING_VIEWS:
        return _another_persons_view(tree, index, subject, speaker)
    if subject is None or speaker is None:
        return True
    own_words = SELF_WORDS if quote.kind == "direct" else SPEAKERS
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
        or tree.tokens[teller].lemma.lower() not in quote_cues.lemmas() | _HOLDING_VIEWS
    ):
        return None
    return teller


_HOLDING_VIEWS = frozenset({"believe", "think", "feel", "reckon"})
"""Verbs by which a quote tells a view someone holds: "he believes students should pay"."""


def _another_persons_view(
    tree: Tree, index: ActorIndex, believer: int | None, speaker: str | None
) -> bool:
    """Whether a view a quote tells is held by a person named, not by the speaker.

    "He believes pensioners should pay less", said of a defector by a
    party's spokesman, is the defector's view. A body's view ("the
    committee believes", "it believed", told by its chairman) or most
    people's ("the majority believe") is what the speaker puts forward.
    """
    if believer is None or speaker is None:
        return False
    believers = index.actors_at(tree, believer)
    return (
        bool(believers)
        and speaker not in believers
        and all(index.kinds.get(b) == "person" for b in believers)
    )


def judged_in_own_words(
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


def faults_own_doing(tree: Tree, cue: StatementCue, about: int | None, quote: Quote) -> bool:
    """Whether a judgement finds fault with the speaker's own words or deeds.

    A fault one finds in what one did oneself is owned, as a shortfall owned
    is ("we have not done enough"): it charges no one. In the speaker's own
    words the thing is "my" or "our" doing ("my remarks were clumsy");
    reported, a "his" or "their" is the speaker's where the verb that tells
    it concedes ("he admitted his remarks may have been hurtful"); told by
    "said", "his plans" may be another's, and the charge stands.
    """
    if cue.type != "ACCUSE" or about is None:
        return False
    owner = next((c for c in tree.children[about] if tree.tokens[c].dep == "poss"), None)
    if owner is None:
        return False
    word = tree.tokens[owner].text.lower()
    if word in _OWN_POSSESSIVES:
        return quote.kind == "direct"
    teller = cue_token_of(tree, quote)
    return word in _THIRD_POSSESSIVES and teller is not None and _concedes(tree, teller)


_OWN_POSSESSIVES = frozenset({"my", "our"})
_THIRD_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _concedes(tree: Tree, verb: int) -> bool:
    """Whether a verb of saying is a cue of conceding: "admitted", "conceded", "acknowledged"."""
    cues = event_cues.load().verbs.get(tree.tokens[verb].lemma.lower(), ())
    return any(c.type == "CONCEDE" for c in cues)


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
    if word.pos != "NOUN" or hedge_of(tree, cue_token) is not None:
        return False  # "nothing short of a disgrace" calls the thing one
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
    if subject is None or tree.tokens[subject].text.lower() in SPEAKERS | SELF:
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
    if subject is not None and cue_token < subject and not in_a_question(tree, cue_token):
        return True
    if _describes_its_noun(tree, verb):
        return True
    doubts = (c for c in tree.children[verb] if c != cue_token and tree.tokens[c].dep == "aux")
    return (
        any(tree.tokens[c].text.lower() in DOUBTS | _FORETELLING for c in doubts)
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
    return all(tree.tokens[d].lemma.lower() in KNOWING for d in deeds)


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
