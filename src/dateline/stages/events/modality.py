"""What did not happen: negated, denied, planned, conditional and merely claimed events.

"The US denied that the talks are about withdrawal", "to avoid Syria being
dragged into war", "Harris will visit": such events are kept with
``negated`` or ``hypothetical`` set, and never count as events that
happened.
"""

from __future__ import annotations

import calendar
import re

from dateline import lexicons
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.events import cues as event_cues
from dateline.stages.quotes import cues as quote_cues

NEGATORS = frozenset({"not", "n't", "never", "no", "neither"})
"""Words that deny what they stand on: "did not meet", "neither met nor spoke"."""
_MODALS = frozenset(
    {"will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll"}
)
# A verb whose complement has not happened (yet): "plans to visit", "agreed
# to continue", "to avoid ... being dragged", "refused to meet".
_UNREALISED = frozenset(
    {"plan", "want", "hope", "seek", "try", "aim", "expect", "intend", "agree", "threaten",
     "vow", "promise", "offer", "propose", "prepare", "consider", "avoid", "prevent", "urge",
     "ask", "call", "demand", "need", "wish", "invite", "pledge", "decide", "refuse", "fail",
     "commit", "ought", "press", "pressure", "push", "encourage", "lobby", "implore", "beg",
     # Kept from it: "was banned from suing the firm", "barred from meeting him".
     "ban", "bar", "forbid", "prohibit", "block", "stop",
     # A habit, no deed of a time: "he tended to defy the whips".
     "tend",
     # A bid or a search, no deal yet: "bid $800m to buy", "is looking to buy it".
     "bid", "look"}
)  # fmt: skip
# Verbs that bid someone act, whose "to" infinitive has not happened ("told
# the minister to resign", "appealed to Iran to free them"), though their
# object has ("ordered an inquiry", "told a meeting"); a challenge or a dare
# too ("challenged the minister to withdraw the claim").
_BIDDING = frozenset({"appeal", "order", "instruct", "warn", "tell", "advise", "challenge", "dare"})
# Verbs that ask "for" an event: "pressed for talks", "appealed for calm".
_ASKING_FOR = frozenset({"press", "push", "appeal", "lobby", "argue", "clamour", "campaign"})
# A word whose "to" infinitive is a plan: "is to visit", "is set to hold
# talks", "is due to meet", or a tip: "is tipped to ask the Queen", or what
# was meant to be: "was supposed to sign the accord". Only the infinitive:
# "is in talks" happened.
_PLANNED = frozenset({"be", "set", "due", "schedule", "tip", "tout", "suppose"})
# Adjectives whose "to" infinitive is only possible or wished: "is unlikely
# to attack", "would be possible to rescue", "is ready to talk".
_POSSIBLE = frozenset(
    {"likely", "unlikely", "possible", "impossible", "able", "unable", "ready", "willing",
     "unwilling", "eager", "keen", "prepared", "determined", "free", "reluctant", "entitled",
     "entitle", "poise", "poised", "committed"}
)  # fmt: skip
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
# Verbs by which an event takes place: "the summit opens", "talks resume".
_OCCURRENCES = frozenset(
    {"take", "hold", "begin", "start", "open", "resume", "convene", "happen", "occur", "go",
     "continue"}
)  # fmt: skip
# A noun whose infinitive has not happened (yet): "an invitation to visit the
# White House", "a bid to join the WTO", "efforts to deport them", "a duty
# to investigate them", "its ability to defend itself".
_UNREALISED_NOUNS = frozenset(
    {"plan", "bid", "attempt", "effort", "invitation", "offer", "proposal", "call", "demand",
     "request", "threat", "pledge", "promise", "intention", "readiness", "willingness", "push",
     "drive", "campaign", "chance", "opportunity", "deadline", "hope", "wish", "need",
     "ultimatum", "move", "possibility", "prospect", "duty", "right", "power", "obligation",
     "mandate", "ability", "capacity", "capability"}
)  # fmt: skip
# Nouns that set out what is still to happen, and so make an event noun after
# "for" a prospect: "a timetable for withdrawal", "paved the way for a visit".
_PROSPECT_NOUNS = frozenset(
    {"timetable", "way", "roadmap", "blueprint", "schedule", "date", "preparation", "pressure",
     "condition", "precondition"}
)  # fmt: skip
# Adjectives that put an event noun ahead or in doubt: "an eventual
# withdrawal", "a threatened strike", "the proposed summit".
_PROSPECTIVE = frozenset(
    {"eventual", "possible", "potential", "proposed", "planned", "prospective", "future",
     "imminent", "threatened", "expected", "mooted", "likely", "intended"}
)  # fmt: skip
_DENIALS = frozenset({"deny", "refuse", "decline", "fail", "reject"})
# Verbs that take what their clause says as true, said or not: "did not know
# that the talks had begun", "did not deny that he met her".
_FACTIVE = frozenset(
    {"know", "realise", "realize", "notice", "regret", "forget", "deny", "dispute", "doubt",
     "hide", "mind", "reveal"}
)  # fmt: skip
_REFUSALS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})
# A noun or verb whose "that" clause is a claim, not a fact: "the idea that the
# Tories and the BNP appealed to the same voters", "speculation that he met
# ...", "Peru alleged that Chilean troops shelled a village".
_CLAIMS = frozenset(
    {"idea", "claim", "suggestion", "perception", "speculation", "notion", "allegation",
     "rumour", "rumor", "possibility", "fear", "suspicion", "theory", "allege", "suggest",
     "contend"}
)  # fmt: skip
# Verbs whose "that" clause is a claim when it tells a deed done before:
# "prosecutors argued that the chief ordered staff to hide the losses" is the
# case put against him, as much a charge as "alleged"; "argue that the mayor
# has been unfair in attacking the council" judges him, and the attack stands.
_ARGUING = frozenset({"argue"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_ASKING = frozenset({"ask", "wonder", "question", "query", "demand"})
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where"})
_SEPARATE_CLAUSES = frozenset({"advcl", "relcl", "acl"})
"""Clauses that tell a fact of their own, which a denial above them does not reach."""
_PRESENT = frozenset({"VBZ", "VBP", "VBG"})
_FUTURE = re.compile(
    r"\b(?:next (?:week|month|year|spring|summer|autumn|winter|\w+day)|tomorrow|"
    r"later this (?:week|month|year)|upcoming|forthcoming)\b",
    re.IGNORECASE,
)


def is_negated(tree: Tree, trigger: int) -> bool:
    """Whether the event is denied or negated.

    "did not meet", "denied that ... met", "has yet to visit".
    """
    tokens = tree.tokens
    if _negated_locally(tree, trigger):
        return True
    node = trigger
    for _ in range(3):
        parent = tokens[node].head
        if _content_denied(tree, node):
            return True
        if _purpose(tree, node):
            # "denied sending troops to support the rebels", "did not come to
            # meet him": what is done to do something else shares its fate.
            if _negated_locally(tree, parent):
                return True
        elif parent == node or tokens[node].dep in _SEPARATE_CLAUSES:
            # "The Tories failed to hold power after the Liberals demanded ...":
            # what an "after" clause tells happened, whatever its main clause denies.
            return False
        if _denied_by(tree, node, parent):
            return True
        node = parent
    return False


def _denied_by(tree: Tree, clause: int, verb: int) -> bool:
    """Whether a verb denies its complement clause.

    "denied that ... met", "refused to meet"; negated, "were not allowed to
    speak to", "did not agree to meet", "did not mean that Chile had cut its
    ties"; but "did not know that they had met" takes it as true.
    """
    tokens = tree.tokens
    dep = tokens[clause].dep
    if dep not in ("ccomp", "xcomp") or _inverted_condition(tree, verb):
        # "his term could be longer had he denied it": the clause the parse
        # hangs on the condition is the main one, and not denied.
        return False
    if tokens[verb].lemma in _DENIALS:
        return not _a_charge_denied_after(tree, clause, verb)
    negated = any(tokens[c].dep == "neg" for c in tree.children[verb])
    if not negated or dep == "xcomp":
        return negated
    return tokens[verb].lemma.lower() not in _FACTIVE and not _asks_about_a_deed(tree, clause)


_PRESUPPOSING = frozenset({"why", "how", "when", "where", "who"})
"""Question words that take the deed they ask about as done: "why they were held"."""


def _asks_about_a_deed(tree: Tree, clause: int) -> bool:
    """Whether a clause asks why, how, when, where or by whom a deed was done.

    "The police did not say why the men had been arrested": not saying why
    leaves the arrest told as done; only "whether" or "if" leaves a deed
    open ("did not say whether they had been arrested").
    """
    return tree.tokens[tree.subtree(clause)[0]].text.lower() in _PRESUPPOSING


def _a_charge_denied_after(tree: Tree, clause: int, verb: int) -> bool:
    """Whether a denial told after a clause denies the charge it makes, not that it was made.

    "X accused Rwanda of sending troops, a charge Kigali denies": the parse
    hangs the accusation on "denies", but the accusation was made; what is
    denied is the deed it charges, which is told as a charge already.
    """
    if clause > verb:
        return False
    # The parse makes "a charge" the verb's object, or a word of its subject's.
    before = [c for c in tree.children[verb] if clause < c < verb]
    words = before + [w for c in before for w in tree.children[c] if w < c]
    return any(tree.tokens[w].lemma.lower() in _CHARGE_NOUNS for w in words)


_CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation"})


def _content_denied(tree: Tree, clause: int) -> bool:
    """A clause that tells what a denied claim or report says.

    "the firm denied reports it was withdrawing from Iraq", "rejected the
    idea that he posed a threat".
    """
    tokens = tree.tokens
    noun = tokens[clause].head
    return (
        tokens[clause].dep in ("acl", "ccomp", "relcl")
        and tokens[noun].pos == "NOUN"
        and (tokens[noun].lemma in _CLAIMS or tokens[noun].lemma == "report")
        and tokens[noun].dep == "dobj"
        and tokens[tokens[noun].head].lemma in _DENIALS
    )


def _negated_locally(tree: Tree, trigger: int) -> bool:
    """Whether the trigger itself is negated.

    "did not meet", "his refusal to accept", "no sign that they met".
    """
    tokens = tree.tokens
    if any(
        (tokens[c].dep == "neg" or tokens[c].text.lower() in NEGATORS)
        and not (_not_only(tree, c) and _told_as_done(tree, trigger))
        for c in tree.children[trigger]
    ):
        return True
    if tokens[trigger].dep == "xcomp" and any(
        tokens[c].text.lower() == "yet" for c in tree.children[tokens[trigger].head]
    ):
        return True
    head = tokens[trigger].head
    if (tokens[trigger].dep == "acl" and tokens[head].lemma in _REFUSALS) or (
        _after_nor(tree, trigger) or _an_alternative_denied(tree, trigger)
    ):
        return True
    if tokens[trigger].dep == "attr" and any(tokens[c].dep == "neg" for c in tree.children[head]):
        return True  # "they would not be a threat"
    if (
        _of_no_such_thing(tree, trigger)
        or _denied_cleft(tree, trigger)
        or _passed_over(tree, trigger)
        or _done_by_neither(tree, trigger)
        or _stressed_negation(tree, trigger)
    ):
        return True
    return tokens[trigger].pos == "NOUN" and (
        _under_no(tree, trigger) or _without(tree, trigger) or dropped_fate(tree, trigger) == "not"
    )


_HELD_ON_A_DAY = frozenset({"CONSULT", "PROTEST"})
"""Event types whose nouns are held on a day and so may be called off: talks, a strike."""


def dropped_fate(tree: Tree, noun: int) -> str:
    """What a verb that calls off or puts back an event noun leaves of it: "not", "later" or "".

    "cancelled his visit", "talks planned for Monday were called off": the
    event did not take place; "postponed the summit": it is still ahead
    (``lexicons/dropped_events.tsv``). Only the verb's object or passive
    subject: "held talks before the vote was postponed" held them. Only
    events one holds on a day (meetings, visits, strikes): a treaty or a
    deal scrapped was made before.
    """
    tokens = tree.tokens
    verb = tokens[noun].head
    if tokens[noun].pos != "NOUN" or tokens[noun].dep not in ("dobj", "nsubjpass"):
        return ""
    cue = event_cues.load().nouns.get((tokens[noun].lemma.lower(),))
    if cue is None or cue.type not in _HELD_ON_A_DAY:
        return ""
    particles = [tokens[c].lemma.lower() for c in tree.children[verb] if tokens[c].dep == "prt"]
    particle = particles[0] if particles else "-"
    for row in lexicons.table("dropped_events.tsv"):
        if row["verb"] == tokens[verb].lemma.lower() and row["particle"] == particle:
            return row["fate"]
    return ""


def _opened_as_a_condition(tree: Tree, trigger: int) -> bool:
    """Whether the trigger's phrase follows words that open a condition.

    "troops are on alert in the event of an attack", "in case rebels seize
    the port" (``lexicons/conditional_openings.txt``): what follows is only
    supposed. The parse of "in case" varies (it may hang the main clause on
    the condition's verb), so the words just before the phrase or its
    subject (or opening it, "that", "case") are read, not its arcs.
    """
    tokens = tree.tokens
    firsts = {tree.subtree(trigger)[0]} | {
        tree.subtree(c)[0] for c in tree.children[trigger] if tokens[c].dep == "nsubj"
    }
    words = [token.text.lower() for token in tokens]
    ends = {end for first in firsts for end in (first - 1, first) if end < trigger}
    for opening in lexicons.entries("conditional_openings.txt"):
        size = len(opening.split())
        if any(" ".join(words[max(end - size + 1, 0) : end + 1]) == opening for end in ends):
            return True
    return False


def _not_only(tree: Tree, negator: int) -> bool:
    """Whether a negator adds to its deed: "not only visited the capital but also met ...".

    "Not" right before a word of ``lexicons/not_only_words.txt`` ("only",
    "just", "merely") says the deed was done, and more besides; not an aim
    ("the goal is not simply to cut taxes", "the aim is not just cutting
    taxes"), which is still to be met.
    """
    following = negator + 1
    if following >= len(tree.tokens):
        return False
    return tree.tokens[following].text.lower() in lexicons.word_set("not_only_words.txt")


def _told_as_done(tree: Tree, verb: int) -> bool:
    """Whether a verb is told as a deed, not an aim: finite or perfect, no gerund or infinitive.

    Nor under a modal: "could not simply refuse the case" denies it.
    """
    if _modal_or_condition(tree, verb):
        return False
    return tree.tokens[verb].tag in ("VBD", "VBZ", "VBP", "VBN") or (
        tree.tokens[verb].tag == "VB" and not is_infinitive(tree, verb)
    )


def _stressed_negation(tree: Tree, verb: int) -> bool:
    """Whether a negator hangs on an adverb that stresses it: "has never before visited".

    ``lexicons/stressed_negations.txt`` lists the adverbs ("before", "once",
    "even"); "not only" affirms and is not among them.
    """
    tokens = tree.tokens
    stresses = lexicons.word_set("stressed_negations.txt")
    return any(
        tokens[c].dep == "advmod"
        and tokens[c].text.lower() in stresses
        and any(tokens[n].dep == "neg" for n in tree.children[c])
        for c in tree.children[verb]
    )


_PASSED_OVER = (("rather", "than"), ("instead", "of"))
"""Words that set aside the deed told after them: "resign rather than be sacked"."""


def _passed_over(tree: Tree, verb: int) -> bool:
    """Whether a deed is the one set aside for another: "rather than be sacked", "instead of suing".

    The deed after "rather than" or "instead of" is the one not done; the
    small model often hangs it on the wrong verb, so the two words just
    before the verb and its auxiliaries are read, not its parse.
    """
    tokens = tree.tokens
    first = verb
    while first > 0 and tokens[first - 1].dep in _HELPERS and tokens[first - 1].head == verb:
        first -= 1
    before = tuple(t.text.lower() for t in tokens[max(first - 2, 0) : first])
    return tokens[verb].pos == "VERB" and before in _PASSED_OVER


def _denied_cleft(tree: Tree, clause: int) -> bool:
    """Whether a deed is told in a cleft that denies its doer: "it was not X who did it".

    "It wasn't the Cabinet who had praised the plan, just a few students":
    the clause hangs on the doer the negated "it was" puts aside.
    """
    tokens = tree.tokens
    doer = tokens[clause].head
    copula = tokens[doer].head
    return (
        tokens[clause].dep == "relcl"
        and tokens[doer].dep == "attr"
        and tokens[copula].lemma.lower() == "be"
        and any(tokens[c].dep == "neg" for c in tree.children[copula])
        and any(
            tokens[c].dep == "nsubj" and tokens[c].text.lower() == "it"
            for c in tree.children[copula]
        )
    )


def _of_no_such_thing(tree: Tree, clause: int) -> bool:
    """A clause on a noun that is denied.

    "there was no evidence that any detainee was tortured", "without a
    resolution backing the war".
    """
    tokens = tree.tokens
    head = tokens[clause].head
    if tokens[clause].dep not in ("acl", "ccomp") or tokens[head].pos != "NOUN":
        return False
    if tokens[head].lemma.lower() in _AFFIRMED_BY_NO:
        return False  # "has no doubt that he was lawfully held": he was held
    return (
        any(tokens[c].text.lower() == "no" for c in tree.children[head])
        or (tokens[clause].dep == "acl" and _without(tree, head))
        or (tokens[clause].dep == "acl" and _of_a_noun_denied(tree, head))
    )


def _of_a_noun_denied(tree: Tree, doer: int) -> bool:
    """Whether a doer is what a denied noun is "of": "no sign of troops attacking the town".

    The deed told of the doer is the one there was no sign or evidence of;
    "no doubt of" affirms it.
    """
    tokens = tree.tokens
    of = tokens[doer].head
    noun = tokens[of].head
    return (
        tokens[doer].dep == "pobj"
        and tokens[of].text.lower() == "of"
        and tokens[noun].pos == "NOUN"
        and tokens[noun].lemma.lower() not in _AFFIRMED_BY_NO
        and any(tokens[c].text.lower() == "no" for c in tree.children[noun])
    )


_AFFIRMED_BY_NO = frozenset({"doubt", "question"})
"""Nouns whose denial affirms their clause: "no doubt that", "no question that"."""


def _without(tree: Tree, noun: int) -> bool:
    """A noun "without" governs: "could be illegal without a second resolution"."""
    tokens = tree.tokens
    return tokens[noun].dep == "pobj" and tokens[tokens[noun].head].text.lower() == "without"


def _after_nor(tree: Tree, trigger: int) -> bool:
    """A verb joined after "nor": "does not arm the rebels, nor does it attack villages"."""
    head = tree.tokens[trigger].head
    return tree.tokens[trigger].dep == "conj" and any(
        tree.tokens[c].text.lower() == "nor" and c < trigger for c in tree.children[head]
    )


def _done_by_neither(tree: Tree, verb: int) -> bool:
    """A verb whose subject is "neither X nor Y": "Neither Labour nor the Tories backed it".

    The model hangs "neither" on the first of the pair (as a determiner or a
    pre-conjunction) and "nor" on it as its coordinator.
    """
    tokens = tree.tokens
    return any(
        tokens[subject].dep in ("nsubj", "nsubjpass")
        and any(tokens[c].text.lower() in ("neither", "nor") for c in tree.children[subject])
        for subject in tree.children[verb]
    )


def _an_alternative_denied(tree: Tree, verb: int) -> bool:
    """A verb joined by "or" to a negated one: "will not march or call for a strike".

    "Not" before two deeds joined by "or" denies each of them; "and" may
    join a deed done after one not done ("did not resign and spoke
    instead"), so it is not read so.
    """
    tokens = tree.tokens
    head = tokens[verb].head
    return (
        tokens[verb].dep == "conj"
        and tokens[verb].pos == "VERB"
        and head < verb
        and any(tokens[c].text.lower() == "or" and head < c < verb for c in tree.children[head])
        and any(tokens[c].dep == "neg" for c in tree.children[head])
    )


def _under_no(tree: Tree, noun: int) -> bool:
    """An event noun inside a phrase headed by "no": "made no reference to the withdrawal"."""
    for node, parent in tree.ancestors(noun, 4):
        if tree.tokens[node].dep not in ("pobj", "prep"):
            return False
        if tree.tokens[parent].pos == "NOUN" and any(
            tree.tokens[c].text.lower() == "no" for c in tree.children[parent]
        ):
            return True
    return False


def is_hypothetical(tree: Tree, trigger: int) -> bool:
    """Whether the event is planned, wished, conditional or future, not reported as done."""
    return not settlement_struck(tree, trigger) and _foreseen(tree, trigger)


def _foreseen(tree: Tree, trigger: int) -> bool:
    """Whether the event is planned, wished, conditional or future, by its words and parse."""
    if (
        _ahead(tree, trigger)
        or _modal_or_condition(tree, trigger)
        or _prospect(tree, trigger)
        or _bare_clause(tree, trigger)
        or _opened_as_a_condition(tree, trigger)
        or dropped_fate(tree, trigger) == "later"
    ):
        return True
    tokens = tree.tokens
    if _shares_an_infinitive(tree, trigger):
        # "called on the council to impose an embargo and ban fuel sales":
        # the bare verb joined to an infinitive shares its fate.
        trigger = tokens[trigger].head
    joined = _infinitive_joined_above(tree, trigger)
    if (joined is not None and is_hypothetical(tree, joined)) or (
        tokens[trigger].dep == "xcomp"
        and (
            _unrealised_complement(tree, trigger)
            or _complement_of_a_wish(tree, tokens[trigger].head)
        )
    ):
        return True
    if _asked_for_in_its_clause(tree, trigger):
        return True  # "demanded that Italy withdraw": asked for, not done
    if tokens[trigger].pos == "NOUN" and tokens[trigger].dep in ("dobj", "obj", "pobj", "attr"):
        return _verbs_fate(tree, trigger)
    infinitive = _plain_or_passive_infinitive(tree, trigger)
    if (infinitive and marked_for(tree, trigger) is not None) or (
        (tokens[trigger].dep == "pcomp" or infinitive) and _governed_by_unrealised(tree, trigger)
    ):
        return True
    return (
        _an_event_that_would_be(tree, trigger)
        or _said_of_a_thing_to_come(tree, trigger)
        or _modal_above(tree, trigger)
        or _asked_whether(tree, trigger)
        or _meant_to_be_shown(tree, trigger)
        or _scheduled(tree, trigger)
        or _claimed(tree, trigger)
        or _believed_by_some(tree, trigger)
        or _shares_a_modal(tree, trigger)
        or _participle_of_a_modal(tree, trigger)
        or _describes_what_would_be(tree, trigger)
        or _when_what_is_to_come_happens(tree, trigger)
        or _present_scenario(tree, trigger)
        or _standing_view(tree, trigger)
        or _aim_of_a_habit_or_plan(tree, trigger)
        or _stopped_only_in_prospect(tree, trigger)
        or _terms_of_a_plan(tree, trigger)
        or _habit(tree, trigger)
        or _attends_a_forecast(tree, trigger)
        or _still_owed(tree, trigger)
        or _gerund_subject_of_a_modal(tree, trigger)
        or _a_power_granted(tree, trigger)
        or _said_only_in_prospect(tree, trigger)
        or told_as_needed(tree, trigger)
    )


_SETTLING = frozenset({"settle"})
"""Verbs of a matter settled by a payment: "will pay $40m to settle the charges"."""
_PROMISING = frozenset({"will", "would", "'ll"})
"""Modals that tell a payment promised, not one only possible ("could pay")."""


def settlement_struck(tree: Tree, verb: int) -> bool:
    """Whether a settlement is told as struck by the sum a side will pay for it.

    "The bank said it would pay $40m to settle the charges", "says it will
    pay $2m to settle": the payment is still ahead, but a sum a side says it
    will pay to settle a matter is the deal's term, so the settlement is
    agreed. Not what only could be ("said it could pay $1bn to settle",
    "would pay ... if the court agreed"), and not when the saying above it
    is itself foreseen ("is expected to say it will pay"). "Agreed to pay
    $9m to settle" is an agreement already, by its "agreed".
    """
    tokens = tree.tokens
    pay = tokens[verb].head
    if (
        tokens[verb].lemma.lower() not in _SETTLING
        or not _purpose(tree, verb)
        or tokens[pay].lemma.lower() != "pay"
        or not any(tokens[c].dep == "dobj" for c in tree.children[pay])
        or any(_under_a_condition(tree, v) for v in (pay, verb))
    ):
        return False
    helpers = {tokens[c].text.lower() for c in tree.children[pay] if tokens[c].dep in _HELPERS}
    promised = bool(helpers & _PROMISING) and not helpers & (_MODALS - _PROMISING)
    # "said it would pay": the saying above must be told as done.
    return promised and tokens[pay].dep == "ccomp" and not is_hypothetical(tree, tokens[pay].head)


def _under_a_condition(tree: Tree, verb: int) -> bool:
    """Whether a clause is a condition or has one: "if it wins", "pay if the court agreed"."""
    return _marked_as_condition(tree, verb) or any(
        tree.tokens[c].dep == "advcl" and _marked_as_condition(tree, c) for c in tree.children[verb]
    )


# The tags of an act still to be done: "that the council act", "acts", "for
# the council to act"; a past ("acted") or perfect act is told as done.
_TO_BE_DONE = frozenset({"VB", "VBP", "VBZ"})


def told_as_needed(tree: Tree, verb: int) -> bool:
    """Whether a verb is an act said to be needed, not done: "it is vital that the army withdraw".

    The act's clause hangs on an expletive "it is" with a word of need
    (``lexicons/needing_words.txt``), by "that" or "for ... to": "it is
    essential for the board to explain". "It was vital that the board had
    acted" tells a deed done.
    """
    token = tree.tokens[verb]
    be = tree.tokens[token.head]
    if token.dep not in ("ccomp", "advcl") or token.tag not in _TO_BE_DONE or be.lemma != "be":
        return False
    needing = lexicons.word_set("needing_words.txt")
    kids = [tree.tokens[c] for c in tree.children[verb]]
    return (
        any(k.dep == "mark" and k.text.lower() in ("that", "for") for k in kids)
        and not any(k.dep == "aux" and k.lemma == "have" for k in kids)
        and any(
            tree.tokens[c].dep == "acomp" and tree.tokens[c].lemma.lower() in needing
            for c in tree.children[token.head]
        )
    )


def _said_only_in_prospect(tree: Tree, trigger: int) -> bool:
    """Whether a deed is what someone could or would say was done, not what was said.

    "the president can tell the voters he has forced the tycoons
    to obey": the saying is a prospect, so the forcing it would claim is no
    fact told. "He said he had forced them" stays a report. The clause said
    follows its verb: a clause before a verb of saying that hangs on it is
    the parse's misreading ("pleaded guilty ... the term would have been harsher
    had he fought the case").
    """
    tokens = tree.tokens
    head = tokens[trigger].head
    return (
        tokens[trigger].dep == "ccomp"
        and head < trigger
        and tokens[head].lemma.lower() in quote_cues.lemmas()
        and is_hypothetical(tree, head)
    )


_PERMITTING = frozenset(
    {"allow", "let", "enable", "permit", "entitle", "empower", "authorise", "authorize"}
)
_OBLIGING = frozenset({"require", "oblige", "obligate"})
"""Verbs of a duty set down: in the present, "the Act obliges bosses to sign" tells a rule."""


def _a_power_granted(tree: Tree, verb: int) -> bool:
    """Whether a deed is what a rule in force lets or makes one do: "the law allows arrests".

    A present "allows", "lets" or "enables" tells a standing power, not its
    use, and a present "requires" or "obliges" a standing duty, not its
    discharge ("the Act obliges chief executives to sign the accounts");
    each deed joined to the first by "and" is as undone. The past ("the
    men were allowed to meet their lawyers") tells a deed permitted and,
    as the news tells it, done; a permission that only would have been
    ("the ruling would have allowed the board to block the sale") lets
    nothing be done.
    """
    tokens = tree.tokens
    first = tree.first_conjunct(verb)
    if tokens[first].dep not in ("xcomp", "ccomp") or tokens[verb].pos != "VERB":
        return False
    head = tokens[first].head
    if tokens[head].lemma.lower() not in _PERMITTING | _OBLIGING:
        return False
    return _simple_present(tree, head) or is_hypothetical(tree, head)


def _gerund_subject_of_a_modal(tree: Tree, verb: int) -> bool:
    """Whether a gerund is the subject of a verb with a modal: "suing them will stop it".

    "hopes that suing the sites will cut piracy", "banning the drug could
    save lives": the suing and the banning are put forward as means, as
    supposed as what they would bring. "Suing them cost millions" was done.
    """
    token = tree.tokens[verb]
    return token.dep == "csubj" and token.tag == "VBG" and _modal_or_condition(tree, token.head)


_DEADLINES = frozenset({"until", "till", "by"})
"""Prepositions on "have" or "give" that set the last day for an act: "until Friday"."""
_OWING = frozenset({"have", "give"})
"""Verbs whose "to" infinitive with a last day is owed: "has until May", "gave them until May"."""


def _still_owed(tree: Tree, verb: int) -> bool:
    """Whether an act is owed, not done: "lawyers have until May to appeal", "it has to pay".

    A "to" infinitive on "have" tells an obligation; in the present, or with
    a last day set ("had until Friday to reply"), the act is still to come.
    A past "had to resign" mostly tells a resignation forced and made, and
    is left as told. A last day given to someone ("gave the firm until
    Friday to sign the deal") sets the act ahead of that day.
    """
    tokens = tree.tokens
    head = tokens[verb].head
    if (
        head == verb
        or tokens[head].lemma not in _OWING
        or tokens[head].pos != "VERB"
        or tokens[verb].dep not in ("xcomp", "advcl")
        or not is_infinitive(tree, verb)
    ):
        return False
    deadline = any(
        tokens[c].dep == "prep" and tokens[c].text.lower() in _DEADLINES
        for c in tree.children[head]
    )
    return deadline or (tokens[head].lemma == "have" and tokens[head].tag in PRESENT_TAGS)


"""Present "has" or "have": the act the infinitive names is owed from now on."""


def _attends_a_forecast(tree: Tree, verb: int) -> bool:
    """Whether a "with" clause rides on a clause that is only foreseen.

    "Rents are likely to climb, with poorer families being restricted in
    choice": what the "with" clause tells comes with the climb, and is as
    much a forecast; on a climb told as done it is done too.
    """
    tokens = tree.tokens
    if tokens[verb].dep != "pcomp" or tokens[tokens[verb].head].text.lower() != "with":
        return False
    above = tokens[tokens[verb].head].head
    if tokens[above].pos not in ("VERB", "AUX"):
        return False
    # The parse may hang the clause on the copula of "were likely to climb".
    foreseen = (
        x
        for a in tree.children[above]
        if tokens[a].dep == "acomp"
        for x in tree.children[a]
        if tokens[x].dep == "xcomp"
    )
    return is_hypothetical(tree, above) or any(is_hypothetical(tree, x) for x in foreseen)


def _habit(tree: Tree, verb: int) -> bool:
    """Whether the verb tells a past habit, no deed of a time: "he used to criticise".

    Adverbs of frequency ("she often criticised him") are not read as habits:
    that rule (50ae427) cost a pair of merged reports on the held-out
    happenings gold, so it did not pass the gate.
    """
    return _used_to(tree, tree.first_conjunct(verb))  # "used to mock and criticise"


def _used_to(tree: Tree, verb: int) -> bool:
    """Whether a verb is a past habit: "he used to criticise the minister".

    Only a finite "used" right before the verb's "to": "police used tear
    gas to disperse them" tells what was used, and the dispersal happened;
    "the money will be used to cut taxes" tells a use.
    """
    tokens = tree.tokens
    used = tokens[verb].head
    return (
        tokens[verb].dep == "xcomp"
        and tokens[used].text.lower() == "used"
        and tokens[used].tag == "VBD"
        and not any(tokens[c].dep in ("aux", "auxpass") for c in tree.children[used])
        and used + 1 < verb
        and tokens[used + 1].text.lower() == "to"
        and tokens[used + 1].head == verb
    )


# Under these a present tense tells what is to be done, not what was: "under
# the plan, councils sign deals with builders".
TERMS = frozenset(
    {"plan", "proposal", "scheme", "deal", "agreement", "term", "rule", "law", "bill", "reform",
     "arrangement", "contract", "settlement", "regime", "legislation", "system", "measure",
     "ruling", "judgment", "judgement"}
)  # fmt: skip
"""Nouns for terms set down: a plan, a deal, a law, a ruling."""


def _terms_of_a_plan(tree: Tree, verb: int) -> bool:
    """Whether a present-tense verb tells what a plan or a rule sets down.

    "Under the plan, councils sign deals with developers", "under the
    deal, the firm pays a fine": what is to be done; "under the deal, the
    firm paid a fine" was done.
    """
    tokens = tree.tokens
    while tokens[verb].dep == "conj" and tokens[verb].head != verb:
        verb = tokens[verb].head
    if tokens[verb].tag not in PRESENT_TAGS:
        return False
    return any(
        tokens[c].dep == "prep"
        and tokens[c].text.lower() == "under"
        and any(
            tokens[g].dep == "pobj" and tokens[g].lemma.lower() in TERMS for g in tree.children[c]
        )
        for c in tree.children[verb]
    )


# Verbs that end what their complement names: "stop kidnapping", "halt the shelling".
_STOPPING = frozenset({"stop", "cease", "halt", "end", "suspend", "quit"})


def _stopped_only_in_prospect(tree: Tree, deed: int) -> bool:
    """Whether a deed is one that a plan or a pledge is to stop.

    "committed to stop kidnapping civilians", "vowed to halt the shelling":
    what is told is an end still to come, not a kidnapping or a shelling
    done then.
    """
    word = tree.tokens[deed]
    return (
        word.dep in ("xcomp", "dobj", "pcomp")
        and word.head != deed
        and tree.tokens[word.head].lemma in _STOPPING
        and is_hypothetical(tree, word.head)
    )


# Words that open a clause telling when the verb above it happens.
_TIME_MARKS = frozenset({"once", "when", "whenever", "until", "till", "before", "after"})


def _when_what_is_to_come_happens(tree: Tree, verb: int) -> bool:
    """Whether a present-tense time clause tells when something still to come will be done.

    "will pay once the government approves the deal", "will stay until the
    EU lifts the ban": a simple present under a verb that is itself ahead
    tells a time to come; "left when the talks ended" tells one past. So
    does a perfect, told or reported: "will not share power until the IRA
    has disarmed", "said it would not ... until the IRA had disarmed".
    """
    word = tree.tokens[verb]
    perfect = word.tag == "VBN" and any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].lemma == "have" for c in tree.children[verb]
    )
    if word.dep != "advcl" or not (word.tag in PRESENT_TAGS or perfect) or word.head == verb:
        return False
    # "will step down as soon as the board asks": the parse hangs the clause
    # on "soon", whose own head is the verb it times.
    soon = tree.tokens[word.head].text.lower() == "soon"
    marked = soon or any(
        tree.tokens[c].dep == "mark" or tree.tokens[c].dep == "advmod"
        for c in tree.children[verb]
        if tree.tokens[c].text.lower() in _TIME_MARKS
    )
    above = tree.tokens[word.head].head if soon else word.head
    # The parse may hang the clause on the verb of saying above the one it
    # times: "said the bank will pay the fine, once the regulator approves the deal".
    timed = [above] + [
        c for c in tree.children[above] if tree.tokens[c].dep == "ccomp" and c < verb
    ]
    return marked and (
        _awaited_time_clause(tree, verb) or any(is_hypothetical(tree, t) for t in timed)
    )


# Words that open a clause telling a time the verb above it waits for.
_AWAITING_MARKS = frozenset({"until", "till", "before", "once"})


def _awaited_time_clause(tree: Tree, verb: int) -> bool:
    """Whether a present-tense clause tells the time a verb waits for, told in any tense.

    "The strike was called off until union leaders meet the managers", "the
    vote was put back until the cabinet has met": English keeps the present
    in such a clause for what is still to come, however the verb above it is
    told (what came before it would be "met", "had met"). A present clause
    after "when" or "after" may tell a habit, and is left to the checks above.
    The word must open the clause: "because courts have never before
    overturned one" tells no time.
    """
    tokens = tree.tokens
    opening = tree.subtree(verb)[0]
    if not any(
        c == opening
        and tokens[c].dep in ("mark", "advmod")
        and tokens[c].text.lower() in _AWAITING_MARKS
        for c in tree.children[verb]
    ):
        return False
    if tokens[verb].tag in PRESENT_TAGS:
        return True
    return tokens[verb].tag == "VBN" and any(
        tokens[c].dep == "aux" and tokens[c].tag in PRESENT_TAGS and tokens[c].lemma == "have"
        for c in tree.children[verb]
    )


"""Tags of a verb in the simple present: "she supports", "they agree"."""


def _present_scenario(tree: Tree, verb: int) -> bool:
    """Whether a simple present tells what is done once something else is.

    "As soon as MPs are back, Mr Blair goes to the Palace and asks the Queen
    to dissolve Parliament", "once the budget is out, the firm cuts jobs":
    a present timed by a present tells a course of things to come, or a
    habit, not a deed done; "left when the talks ended" tells one past.
    """
    tokens = tree.tokens
    head = verb
    while tokens[head].dep == "conj" and tokens[head].head != head:
        head = tokens[head].head  # "goes ... and asks": the first verb carries the clause
    if tokens[verb].tag not in PRESENT_TAGS or tokens[head].tag not in PRESENT_TAGS:
        return False
    timed = [
        c
        for c in tree.children[head]
        if tokens[c].dep == "advcl"
        and any(
            tokens[m].dep in ("mark", "advmod") and tokens[m].text.lower() in _TIME_MARKS
            for m in tree.children[c]
        )
    ]
    # "as soon as": the parse hangs the clause on "soon".
    timed += [
        c
        for soon in tree.children[head]
        if tokens[soon].text.lower() == "soon"
        for c in tree.children[soon]
        if tokens[c].dep == "advcl"
    ]
    return any(tokens[c].tag in PRESENT_TAGS for c in timed)


# Verbs of a view held: "a charity which she supports", "the war, which it opposes".
_STANCES = frozenset({"support", "back", "oppose", "favour", "favor", "champion", "endorse"})


def _standing_view(tree: Tree, verb: int) -> bool:
    """Whether a simple present in a relative clause tells a cause one keeps, not a deed done.

    "a housing charity which she supports", "the causes he supports": the
    clause describes a thing by a stand someone keeps towards it; nothing
    was done that day. Only where the thing described is what is backed
    (the clause has a subject of its own): "an MP who backs the plan"
    tells where the MP stands on the matter at hand. A past tense ("which
    she backed") may tell when the stand was taken.
    """
    tokens = tree.tokens
    head = verb
    while tokens[head].dep == "conj" and tokens[head].head != head:
        head = tokens[head].head  # "which it funds and supports"
    return (
        tokens[verb].lemma.lower() in _STANCES
        and tokens[verb].tag in PRESENT_TAGS
        and tokens[head].dep == "relcl"
        and any(
            tokens[c].dep == "nsubj" and not _relative(tokens[c].text) for c in tree.children[head]
        )
    )


def _relative(word: str) -> bool:
    return word.lower() in ("who", "which", "that")


_HELPERS = frozenset({"aux", "auxpass"})


def _asked_for_in_its_clause(tree: Tree, verb: int) -> bool:
    """Whether a verb is the bare-form deed a wish's "that" clause asks for.

    "demanded that Italy withdraw", and a demand told by its noun: "the
    union's demand that the chairman be sacked was rejected", "her call that
    the minister resign": asked for, not done. The tagger may read the
    noun's clause as one on the noun (acl), not a verb's complement.
    """
    token = tree.tokens[verb]
    head = tree.tokens[token.head]
    wished = (token.dep == "ccomp" and head.lemma in _UNREALISED) or (
        token.dep == "acl" and head.pos == "NOUN" and head.lemma.lower() in _UNREALISED_NOUNS
    )
    return wished and _subjunctive(tree, verb)


def _subjunctive(tree: Tree, verb: int) -> bool:
    """Whether a verb is in its bare form: "that Italy withdraw", "that the minister resign".

    The tagger may call it a present tense; with a singular noun or "he",
    "she" or "it" as subject, a present tense would have been "withdraws".
    A passive one has a bare "be" and no other helper: "that shareholders
    be consulted".
    """
    token = tree.tokens[verb]
    if token.tag == "VB":
        return True
    helpers = [tree.tokens[c] for c in tree.children[verb] if tree.tokens[c].dep in _HELPERS]
    if token.tag == "VBN" and [(h.dep, h.text.lower()) for h in helpers] == [("auxpass", "be")]:
        return True
    return token.tag == "VBP" and any(
        tree.tokens[c].dep == "nsubj"
        and (
            tree.tokens[c].tag in ("NN", "NNP") or tree.tokens[c].text.lower() in _SINGULAR_PRONOUNS
        )
        for c in tree.children[verb]
    )


_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _verbs_fate(tree: Tree, noun: int) -> bool:
    """Whether the verb an event noun hangs on leaves it undone.

    "to prevent attacks", "would be a threat", "will be discussed at
    Tuesday's meeting": the noun shares its verb's fate. A setting is no
    complement of its verb: "called off its plan after talks" took place.
    """
    verb = _what_a_noun_hangs_on(tree, noun)
    if verb != tree.tokens[noun].head:
        return is_hypothetical(tree, verb)
    return (
        (tree.tokens[verb].lemma in _UNREALISED and not _offered_in_words(tree, verb, noun))
        or _aimed_for(tree, verb)
        or _punishment_faced(tree, verb, noun)
        or is_hypothetical(tree, verb)
    )


_PUNISHING = frozenset({"SANCTION", "COERCE"})


def _punishment_faced(tree: Tree, verb: int, noun: int) -> bool:
    """Whether a punishment is one its subject faces now: "the striker faces a two-match ban".

    A ban, fine or jail term one faces is still to be decided or served, not
    yet imposed; charges or a lawsuit one faces have been brought, and stay
    events. Told in the past ("faced a ban last year") the verb may tell it
    was given, so only the present counts.
    """
    word = tree.tokens[noun]
    if tree.tokens[verb].lemma.lower() != "face" or tree.tokens[verb].tag not in _PRESENT:
        return False
    nouns = event_cues.load().nouns
    before = tree.tokens[noun - 1].lemma.lower() if noun > 0 else ""
    cue = nouns.get((before, word.lemma.lower())) or nouns.get((word.lemma.lower(),))
    return cue is not None and cue.type in _PUNISHING


def _offered_in_words(tree: Tree, verb: int, noun: int) -> bool:
    """Whether what is offered is given in the offering: "offered his congratulations".

    Congratulations, condolences or thanks are offered by saying them, so
    they are given then; "offered talks" or "offered aid" is still to come.
    """
    return (
        tree.tokens[verb].lemma == "offer" and tree.tokens[noun].lemma.lower() in _SAID_IN_OFFERING
    )


# What one offers by saying it.
_SAID_IN_OFFERING = frozenset({"congratulation", "condolence", "sympathy", "thanks", "apology"})


def _aimed_for(tree: Tree, verb: int) -> bool:
    """Whether a verb of obtaining is what something aims at: "a campaign to secure his release".

    What one acts to secure, win or force is sought, not got; "managed to
    secure his release" got it (a complement, not an aim).
    """
    word = tree.tokens[verb]
    return (
        word.lemma.lower() in _OBTAINING
        and word.dep in ("acl", "advcl", "relcl")
        and is_infinitive(tree, verb)
    )


# Verbs by which one gets what an event noun names: "to secure a ceasefire".
# "worked to get a deal" often tells of one got: "get" is left out.
_OBTAINING = frozenset({"secure", "win", "obtain", "force", "achieve", "gain"})


def _shares_an_infinitive(tree: Tree, verb: int) -> bool:
    """Whether a bare verb is joined to a "to" infinitive, with no subject of its own."""
    tokens = tree.tokens
    head = tokens[verb].head
    return (
        tokens[verb].dep == "conj"
        and tokens[verb].tag == "VB"
        and head != verb
        and is_infinitive(tree, head)
        and not any(tokens[c].dep in _SUBJECTS_OR_AUXILIARIES for c in tree.children[verb])
    )


def _infinitive_joined_above(tree: Tree, verb: int) -> int | None:
    """The infinitive a bare verb the parse joined to a verb above it belongs with.

    "accusing him of lying and calling for him to apologise and withdraw
    it": a bare verb with no subject nor auxiliary cannot be joined to
    "calling"; it goes with the last "to" infinitive between the two, whose
    fate it shares.
    """
    tokens = tree.tokens
    head = tokens[verb].head
    if (
        tokens[verb].dep != "conj"
        or tokens[verb].tag != "VB"
        or head == verb
        or tokens[head].tag == "VB"
        or any(tokens[c].dep in _SUBJECTS_OR_AUXILIARIES for c in tree.children[verb])
    ):
        return None
    return next(
        (i for i in range(verb - 1, head, -1) if tokens[i].tag == "VB" and is_infinitive(tree, i)),
        None,
    )


def _complement_of_a_wish(tree: Tree, verb: int) -> bool:
    """Whether a verb is itself only wished for: "urged them to continue pressing".

    What it goes on, starts or keeps doing is no more done than it is.
    """
    return tree.tokens[verb].dep == "xcomp" and _unrealised_complement(tree, verb)


def _describes_what_would_be(tree: Tree, verb: int) -> bool:
    """Whether a relative clause describes what something would or will be.

    "this will be the first contract Peru has won", "it would be the
    first visit a pope has made": the clause tells of something only the
    future or a condition makes so; "the deal Iraq signed will help" was
    signed.
    """
    tokens = tree.tokens
    noun = tokens[verb].head
    if tokens[verb].dep != "relcl" or tokens[noun].dep != "attr":
        return False
    return _modal_or_condition(tree, tokens[noun].head) or _ahead(tree, tokens[noun].head)


def _shares_a_modal(tree: Tree, verb: int) -> bool:
    """Whether a bare verb joined to another shares the modal that verb has.

    "will criticise the war and call for an inquiry": with no subject or
    auxiliary of its own, "call" is as much still to come as "criticise".
    """
    tokens = tree.tokens
    while (
        tokens[verb].dep == "conj"
        and tokens[verb].tag == "VB"
        and tokens[verb].head != verb
        and not any(tokens[c].dep in _SUBJECTS_OR_AUXILIARIES for c in tree.children[verb])
    ):
        verb = tokens[verb].head
        if _modal_or_condition(tree, verb):
            return True
    return False


def _participle_of_a_modal(tree: Tree, verb: int) -> bool:
    """Whether a participle with no subject of its own tells how a modal verb's act would go.

    "would cut funding, closing the door to students and restricting their
    hopes": the closing and the restricting are as much supposed as the
    cutting.
    """
    tokens = tree.tokens
    while tokens[verb].dep == "conj" and tokens[verb].tag == "VBG" and tokens[verb].head != verb:
        verb = tokens[verb].head
    if tokens[verb].dep != "advcl" or tokens[verb].tag != "VBG":
        return False
    if any(tokens[c].dep in (*_SUBJECTS_OR_AUXILIARIES, "mark") for c in tree.children[verb]):
        return False
    head = tokens[verb].head
    # "would cut funding and put a cap on hope, closing ...": up the verbs
    # joined with no subject of their own to the one with the modal.
    while not _modal_or_condition(tree, head):
        bare = not any(tokens[c].dep in _SUBJECTS_OR_AUXILIARIES for c in tree.children[head])
        if tokens[head].dep != "conj" or not bare or tokens[head].head == head:
            return False
        head = tokens[head].head
    return not _how_it_was_said(tree, verb, head)


def _how_it_was_said(tree: Tree, participle: int, modal: int) -> bool:
    """Whether a participle of saying tells how the speaker said what would be.

    "The firm said it would appeal, calling the ruling a gift to rivals and
    accusing the Commission of ignoring the facts": the parse hangs the
    participles on the appeal, but the calling and the accusing are the
    saying's, done as the firm spoke.
    """
    tokens = tree.tokens
    said = tokens[modal].dep == "ccomp" and tokens[tokens[modal].head].lemma.lower() in (
        quote_cues.lemmas()
    )
    return said and tokens[participle].lemma.lower() in quote_cues.lemmas()


def _bare_clause(tree: Tree, verb: int) -> bool:
    """A clause of a bare verb with no subject nor auxiliary, a course put forward.

    "the Liberals could keep Labour out in three ways: lend support to his
    government, ..." lists what could be done; a past act has a tense.
    """
    tokens = tree.tokens
    while tokens[verb].dep == "conj" and tokens[verb].tag in _BARE:
        verb = tokens[verb].head  # "..., help draw up its programme, or join"
    return (
        tokens[verb].dep == "ccomp"
        and tokens[verb].tag in _BARE
        and not any(tokens[c].dep in _SUBJECTS_OR_AUXILIARIES for c in tree.children[verb])
    )


# A present tense with no subject is a bare verb the tagger misread.
_BARE = frozenset({"VB", "VBP"})
# Not "csubj": the parse hangs what comes before the colon on the bare verb so.
_SUBJECTS_OR_AUXILIARIES = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})

# Prepositions of a time clause: "after meeting", "since taking office".
_WHEN = frozenset({"after", "since", "while", "following", "upon"})

# How a verb hangs on a modal one above it: "would be happy to meet" (xcomp,
# acomp), "may be seen as siding with" (pcomp, prep).
_CARRIES_MODALITY = frozenset({"xcomp", "acomp", "pcomp", "prep"})


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
_SETTINGS = frozenset({"at", "in", "after", "before", "until", "till"})
"""Prepositions of a time or a setting: "talks at the summit", "nervous until the meetings"."""


def _an_event_that_would_be(tree: Tree, noun: int) -> bool:
    """An event noun with no "the" that is the subject of a modal: "EU cooperation would help".

    "the London meeting would be remembered" and "his veto should continue"
    tell of one that is or was.
    """
    tokens = tree.tokens
    return (
        tokens[noun].pos == "NOUN"
        and tokens[noun].dep in ("nsubj", "nsubjpass")
        and _modal_or_condition(tree, tokens[noun].head)
        and not any(
            tokens[c].dep == "poss" or tokens[c].text.lower() in _DEFINITE
            for c in tree.children[noun]
        )
    )


def _said_of_a_thing_to_come(tree: Tree, verb: int) -> bool:
    """What a document still sought says: "to seek a resolution sanctioning military action"."""
    tokens = tree.tokens
    head = tokens[verb].head
    return (
        tokens[verb].dep == "acl"
        and tokens[verb].tag == "VBG"
        and tokens[head].pos == "NOUN"
        and is_hypothetical(tree, head)
    )


def _what_a_noun_hangs_on(tree: Tree, noun: int) -> int:
    """The word a noun hangs on, or the verb a preposition of setting hangs on.

    "discussed at Tuesday's meeting" gives "discussed"; "will stay nervous
    until the June meetings" gives "stay", whose time still to come the
    meetings share.
    """
    tokens = tree.tokens
    head = tokens[noun].head
    if tokens[noun].dep == "pobj" and tokens[head].text.lower() in _SETTINGS:
        # Only a time or setting: "is to look into a complaint" looks into a
        # complaint made.
        above = tokens[head].head
        above_word = tokens[above]
        if above_word.pos not in ("VERB", "AUX"):
            return head
        return _planned_verb(tree, above) if _going(above_word.lemma, above_word.tag) else above
    return head


def _planned_verb(tree: Tree, going: int) -> int:
    """The verb "going to" puts ahead; the parse may hang a setting on "going" itself."""
    planned = [c for c in tree.children[going] if tree.tokens[c].dep == "xcomp"]
    return planned[0] if planned else going


def _prospect(tree: Tree, noun: int) -> bool:
    """An event noun set out as still to come: "calls for talks", "an eventual withdrawal"."""
    tokens = tree.tokens
    if tokens[noun].pos != "NOUN":
        return False
    if any(
        tokens[c].dep == "amod" and tokens[c].text.lower() in _PROSPECTIVE
        for c in tree.children[noun]
    ):
        return True
    if tokens[noun].dep != "pobj":
        return False
    preposition = tokens[noun].head
    word = tokens[preposition].text.lower()
    head = tokens[tokens[preposition].head]
    if head.pos == "VERB" and word == "for":
        # "called for talks", "pressed for sanctions": asked for, not held.
        return head.lemma in _UNREALISED or head.lemma in _ASKING_FOR
    if head.pos != "NOUN":
        return False
    # "the threat of strikes", "the prospect of talks"; but "the date of the
    # summit" may be of one that took place.
    return (word in ("for", "of") and head.lemma in _UNREALISED_NOUNS) or (
        word == "for" and head.lemma in _PROSPECT_NOUNS
    )


def _modal_above(tree: Tree, trigger: int) -> bool:
    """Whether a modal verb above the trigger's own clause governs it."""
    if tree.tokens[trigger].pos != "VERB":
        return False
    for node, parent in tree.ancestors(trigger, 4):
        if tree.tokens[node].dep not in _CARRIES_MODALITY and not _purpose(tree, node):
            return False
        if _ground_of_a_penalty(tree, node):
            return False
        if _modal_or_condition(tree, parent):
            return True
    return False


_GROUNDS = frozenset({"for", "after", "over"})
"""Prepositions whose gerund tells what a penalty is for: "jailed for attacking him"."""


def _ground_of_a_penalty(tree: Tree, gerund: int) -> bool:
    """Whether a gerund tells the deed a penalty, faced or foreseen, is for.

    "could face charges after criticising the president", "may be sacked for
    attacking a referee" (``lexicons/penalised_grounds.txt``): the deed was
    done; only the penalty is ahead.
    """
    tokens = tree.tokens
    preposition = tokens[gerund].head
    penalty = tokens[preposition].head
    return (
        tokens[gerund].dep == "pcomp"
        and tokens[gerund].tag == "VBG"
        and tokens[preposition].text.lower() in _GROUNDS
        and tokens[penalty].lemma.lower() in lexicons.word_set("penalised_grounds.txt")
    )


def _purpose(tree: Tree, verb: int) -> bool:
    """Whether a verb is the aim of the clause above it: "will fly to Paris to meet him".

    What is done in order to do something else shares its fate: a trip
    still to come is a meeting still to come, whether a modal or a time
    ahead ("ministers meet in Vienna next month to seal the accord") puts it
    there.
    """
    return tree.tokens[verb].dep == "advcl" and any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].tag == "TO" for c in tree.children[verb]
    )


def _aim_of_a_habit_or_plan(tree: Tree, verb: int) -> bool:
    """Whether a verb is the aim of a clause still to come or of a habit, so not a deed done.

    "ministers meet in Vienna next month to seal the accord": the sealing is
    as far ahead as the meeting. "Its engineers work with the ministry to
    hammer out the terms": a simple present with no time of its own tells
    what is done as a rule, and its aim is no deed of a day. "Met the
    ministry to hammer out the terms" keeps its aim as told.
    """
    if not _purpose(tree, verb):
        return False
    head = tree.tokens[verb].head
    return _ahead(tree, head) or habitual_present(tree, head)


def habitual_present(tree: Tree, verb: int) -> bool:
    """Whether a verb is a bare simple present of doing: "they work with", "she meets them".

    No helper and no "be" or "have": "is meeting" and "has met" tell a time.
    """
    token = tree.tokens[verb]
    return token.pos == "VERB" and token.lemma not in ("be", "have") and _simple_present(tree, verb)


def _simple_present(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the simple present with no helper: "allows", not "has allowed"."""
    return tree.tokens[verb].tag in PRESENT_TAGS and not any(
        tree.tokens[c].dep in _HELPERS for c in tree.children[verb]
    )


def _asked_whether(tree: Tree, trigger: int) -> bool:
    """An event inside an asked question: "he asked why the government was agreeing"."""
    tokens = tree.tokens
    return (
        tokens[trigger].dep == "ccomp"
        and tokens[tokens[trigger].head].lemma in _ASKING
        and opens_a_question(tree, trigger)
    )


_SHOWING = frozenset({"show", "prove", "demonstrate"})


def _meant_to_be_shown(tree: Tree, trigger: int) -> bool:
    """An event a purpose means to show: "events designed to show he is listening to voters".

    What an act is "to show" or "to prove" is the impression sought, not
    told as done; "the figures show the party is talking to Sinn Fein"
    tells it.
    """
    tokens = tree.tokens
    shown = tokens[trigger].head
    return (
        tokens[trigger].dep == "ccomp"
        and tokens[shown].lemma.lower() in _SHOWING
        and is_infinitive(tree, shown)
    )


def opens_a_question(tree: Tree, clause: int) -> bool:
    """Whether a clause is a question: "(asked) whether he would resign", "so why did he ...".

    Its first word, or a question word among the words before its verb.
    """
    first = tree.subtree(clause)[0]
    if tree.tokens[first].text.lower() in _QUESTION_WORDS:
        return True
    return any(
        tree.tokens[c].tag in ("WRB", "WP") and c < clause and tree.tokens[c].dep == "advmod"
        for c in tree.children[clause]
    )


def _scheduled(tree: Tree, noun: int) -> bool:
    """Whether an event noun is said to take place ahead.

    "the summit begins on 16 December", "a forum is set to take place in
    March", "talks will resume".
    """
    tokens = tree.tokens
    if tokens[noun].pos != "NOUN" or tokens[noun].dep not in ("nsubj", "nsubjpass"):
        return False
    verb = tokens[noun].head
    if tokens[verb].lemma in _OCCURRENCES:
        return tokens[verb].tag in PRESENT_TAGS or _modal_or_condition(tree, verb)
    if any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in _FUTURE_AUXILIARIES
        for c in tree.children[verb]
    ):
        return True  # "July's summit will use the report": a summit still to come
    if _awaited(tree, verb):
        return True
    return any(
        tokens[c].dep == "xcomp"
        and tokens[c].lemma in _OCCURRENCES
        and _unrealised_complement(tree, c)
        for c in tree.children[verb]
    )


# Passive verbs that tell of an event noun, their subject, as still to come:
# "talks are expected next week", "protests are planned for Saturday".
_AWAITED = frozenset({"expect", "plan", "schedule"})


def _awaited(tree: Tree, verb: int) -> bool:
    """Whether the verb an event noun is subject of awaits it.

    "talks are expected next week", "protests are expected to be muted",
    "talks are due (to resume) on Friday". What it is expected to do is no
    wait: "the strike is expected to cost millions" may be under way.
    """
    tokens = tree.tokens
    children = tree.children[verb]
    if tokens[verb].lemma == "be":
        return any(tokens[c].dep == "acomp" and tokens[c].lemma in ("due", "set") for c in children)
    if tokens[verb].lemma not in _AWAITED or not any(tokens[c].dep == "auxpass" for c in children):
        return False
    done = [c for c in children if tokens[c].dep == "xcomp"]
    return all(
        tokens[c].lemma in _OCCURRENCES
        or any(tokens[a].dep == "auxpass" or tokens[a].lemma == "be" for a in tree.children[c])
        or tokens[c].lemma == "be"
        for c in done
    )


def _unrealised_complement(tree: Tree, verb: int) -> bool:
    """Whether a complement is only wanted or planned: "agreed to continue", "is set to meet".

    "is going to ask", "were going to meet": the future (or an intent) too;
    "went to meet him" went and met.
    """
    head = tree.tokens[tree.tokens[verb].head]
    governor = head.lemma
    planned = governor in _PLANNED or governor in _POSSIBLE or _going(head.lemma, head.tag)
    if _announced_purchase(tree, verb):
        return False
    # "were ordered back to seize the papers": told as what they went and did.
    passive = any(tree.tokens[c].dep == "auxpass" for c in tree.children[tree.tokens[verb].head])
    bidden = governor in _BIDDING and is_infinitive(tree, verb) and not passive
    return governor in _UNREALISED or bidden or (planned and is_infinitive(tree, verb))


def _announced_purchase(tree: Tree, verb: int) -> bool:
    """Whether a firm "is to buy" another: news tells a purchase agreed so, only its close ahead.

    "Federated is to buy May" reports the deal both boards approved; "Britain
    is to send troops" stays a plan (``lexicons/purchase_verbs.txt``).
    """
    head = tree.tokens[tree.tokens[verb].head]
    return head.lemma == "be" and tree.tokens[verb].lemma.lower() in lexicons.word_set(
        "purchase_verbs.txt"
    )


def _going(lemma: str, tag: str) -> bool:
    """Whether a verb is the "going" of "going to", which tells what is still to come."""
    return lemma == "go" and tag == "VBG"


def still_to_be_said(tree: Tree, verb: int) -> bool:
    """Whether a verb of saying is still to be said: "will say", "is expected to tell".

    Only the verb's own modal or the verb it completes counts; a time to come
    elsewhere in its sentence ("the act, due next month, is late, MPs say")
    is what is said, not when.
    """
    word = tree.tokens[verb]
    return _modal_or_condition(tree, verb) or (
        word.dep == "xcomp" and _unrealised_complement(tree, verb)
    )


def supposed(tree: Tree, word: int) -> bool:
    """Whether a word's clause is a condition: "if the government failed to act"."""
    verb = word if tree.tokens[word].pos in ("VERB", "AUX") else tree.tokens[word].head
    return _marked_as_condition(tree, verb)


def _marked_as_condition(tree: Tree, verb: int) -> bool:
    """Whether a clause opens with "if", "unless" or "whether"."""
    return any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in _CONDITIONS
        for c in tree.children[verb]
    )


def foretold(tree: Tree, verb: int) -> bool:
    """Whether a clause tells what would or could happen: "warned that prices could rise"."""
    return _modal_or_condition(tree, verb)


def _modal_or_condition(tree: Tree, trigger: int) -> bool:
    """Whether a modal or a condition governs the trigger: "would meet", "if they meet"."""
    modal = any(
        tree.tokens[c].dep in ("aux", "auxpass") and tree.tokens[c].text.lower() in _MODALS
        for c in tree.children[trigger]
    )
    return modal or _marked_as_condition(tree, trigger) or _inverted_condition(tree, trigger)


# Auxiliaries that open a condition put before its subject: "had he known", "were it to fall".
_INVERTING = frozenset({"had", "were"})


def _inverted_condition(tree: Tree, verb: int) -> bool:
    """Whether a clause is a condition told by putting its auxiliary first.

    "his term would have been two years more had he denied the offence": what did not
    happen; "had he known" is "if he had known". Only a clause hung on
    another: a question ("Had he met her?") is asked, not supposed. The
    parse may hang the main clause on the condition, or both on a verb
    before them ("the term would have been longer - had she refused the
    deal"): a modal told before the condition is that main clause's.
    """
    tokens = tree.tokens
    children = tree.children[verb]
    subject = next((c for c in children if tokens[c].dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    inverting = next(
        (
            c
            for c in children
            if c < subject and tokens[c].dep == "aux" and tokens[c].text.lower() in _INVERTING
        ),
        None,
    )
    if inverting is None:
        return False
    if tokens[verb].dep == "advcl":
        return True
    first, last = tree.sentence_span(tree.sentence_of[verb])
    if any(tokens[i].text == "?" for i in range(first, last)):
        return False
    return any(tokens[i].text.lower() in _MODALS for i in range(first, inverting))


def _ahead(tree: Tree, trigger: int) -> bool:
    """A present-tense verb or a noun with a time still to come.

    "is travelling to America next week", "next week's summit".
    """
    token = tree.tokens[trigger]
    if token.pos == "VERB" and token.tag not in _PRESENT:
        return False
    if token.tag == "VBG" and not any(
        tree.tokens[c].dep == "aux"
        and tree.tokens[c].lemma == "be"
        and tree.tokens[c].tag in _PRESENT
        for c in tree.children[trigger]
    ):
        return False
    first, last = tree.subtree(trigger)
    return _FUTURE.search(tree.span_text(first, last)) is not None or _dated_present(tree, trigger)


_DAYS = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)


def _dated_present(tree: Tree, verb: int) -> bool:
    """A simple present with its day: "steps down on 16 January", "meets him on Thursday".

    News tells what is done in the past tense; a present with a day of its
    own is a timetable.
    """
    if tree.tokens[verb].tag not in PRESENT_TAGS and not _present_progressive(tree, verb):
        return False
    for child in tree.children[verb]:
        word = tree.tokens[child]
        days = [child] if word.dep == "npadvmod" else []
        days += tree.children[child] if word.dep == "prep" and word.text.lower() == "on" else []
        if any(tree.tokens[day].text.lower() in _DAYS for day in days):
            return True
    return False


def _present_progressive(tree: Tree, verb: int) -> bool:
    """Whether a verb is a present "is ...ing": "is holding talks on Friday" is a timetable too."""
    return tree.tokens[verb].tag == "VBG" and any(
        tree.tokens[c].dep == "aux"
        and tree.tokens[c].lemma == "be"
        and tree.tokens[c].tag in PRESENT_TAGS
        for c in tree.children[verb]
    )


# Nouns whose "that" clause is promised, still to be done: "called for a
# guarantee that the government consults on the plans".
_ASSURANCES = frozenset(
    {"guarantee", "assurance", "pledge", "promise", "commitment", "undertaking", "vow"}
)


def _claimed(tree: Tree, trigger: int) -> bool:
    """Whether the event is only the content of a claim ("the idea that X met Y") or a promise.

    Not what is done to the claim by whom a participle names: "claims denied
    by Labour" tells Labour's denial.
    """
    return any(
        (tree.tokens[node].dep in ("acl", "ccomp") or _content_clause(tree, node))
        and (
            tree.tokens[parent].lemma in _CLAIMS | _ASSURANCES
            or (tree.tokens[parent].lemma in _ARGUING and _told_as_past(tree, node))
        )
        and not _done_to_it_by(tree, node)
        for node, parent in tree.ancestors(trigger, 4)
    )


def _told_as_past(tree: Tree, clause: int) -> bool:
    """Whether a clause tells a deed done before its telling: "he ordered", "he had ordered"."""
    word = tree.tokens[clause]
    helpers = [tree.tokens[c] for c in tree.children[clause] if tree.tokens[c].dep in _HELPERS]
    return (word.tag == "VBD" and not helpers) or any(
        h.lemma == "have" and h.tag == "VBD" for h in helpers
    )


def _believed_by_some(tree: Tree, trigger: int) -> bool:
    """Whether the event is what unnamed people believe: "many believe he threatened to ...".

    "Many believe", "some people think", "others suspect": a belief no one
    named holds is the story's speculation, no event told as fact. A belief
    someone named holds is a stance of theirs, read elsewhere.
    """
    return any(
        tree.tokens[node].dep == "ccomp"
        and tree.tokens[parent].lemma in _BELIEVING
        and any(_some_unnamed(tree, c) for c in tree.children[parent] if tree.is_subject(c))
        for node, parent in tree.ancestors(trigger, 4)
    )


_BELIEVING = frozenset({"believe", "think", "suspect"})
_UNNAMED_MANY = frozenset({"many", "some", "few", "others", "most"})
"""Words that count believers without naming them: "many", "some (people)"."""


def _some_unnamed(tree: Tree, subject: int) -> bool:
    """Whether a subject counts people it does not name: "many", "some people", "others"."""
    word = tree.tokens[subject]
    if word.text.lower() in _UNNAMED_MANY:
        return True
    return word.lemma.lower() in ("people", "person") and any(
        tree.tokens[c].text.lower() in _UNNAMED_MANY for c in tree.children[subject]
    )


def _done_to_it_by(tree: Tree, participle: int) -> bool:
    """Whether a participle after a noun tells who did it to the noun: "a claim denied by X"."""
    word = tree.tokens[participle]
    return (
        word.dep == "acl"
        and word.tag == "VBN"
        and any(tree.tokens[c].dep == "agent" for c in tree.children[participle])
    )


def _content_clause(tree: Tree, clause: int) -> bool:
    """Whether a clause the parse calls relative opens with the "that" of a content clause.

    After a noun in quotes ('a "cast-iron guarantee" that the council
    consults') the parser may hang the clause on the noun as a relative
    one; a relative "that" is the clause's subject or object, while this
    one is its marker, and the clause says what the noun holds.
    """
    return tree.tokens[clause].dep == "relcl" and any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "that"
        for c in tree.children[clause]
    )


def charged_with(tree: Tree, trigger: int) -> bool:
    """Whether the event is what someone is accused of: "accused Peru of shelling a village".

    The charge is a claim, not a fact the text reports: its accusation is
    the event. What one is convicted of or criticised for stays told, and so
    does what a relative clause in the past tells as done. A
    participle the parse hangs on the charge's verb goes on with the deed
    charged: "accused the rebels of shelling a hospital, killing 12".
    """
    word = tree.tokens[trigger]
    while word.dep == "conj" and word.tag == "VBG" and word.head < trigger:
        trigger, word = word.head, tree.tokens[word.head]  # "killing 12 and wounding 30"
    if word.dep == "advcl" and word.tag == "VBG" and word.head != trigger:
        return any(
            tree.tokens[c].dep == "prep" and _charged_deed(tree, c)
            for c in tree.children[word.head]
            if c < trigger
        )
    # "accused Israel of violating the truce by firing on ...": the means of
    # the deed charged, and what one is charged with taking part in, are
    # charged too; but not what a relative clause in the past tells of one
    # named in the charge ("of backing a group that killed an officer").
    for node, parent in tree.ancestors(trigger, _CHARGE_REACH):
        if tree.tokens[node].dep == "relcl" and tree.tokens[node].tag == "VBD":
            return False
        if tree.tokens[node].dep in ("pcomp", "pobj") and _charged_deed(tree, parent):
            return True  # "of shelling a village", "of a cyber attack on the watchdog"
    return False


_CHARGE_REACH = 5
"""How far up from a deed its charge may stand: "of taking part in the killing" is four."""


def _charged_deed(tree: Tree, preposition: int) -> bool:
    """Whether a preposition tells what someone is charged with: "of" after "accused".

    The parse may hang the "of" on the one accused: "accuse Russian
    mercenaries of taking part".
    """
    word = tree.tokens[preposition].text.lower()
    charge = tree.tokens[tree.tokens[preposition].head]
    if charge.dep == "dobj" and (word, charge.lemma.lower()) not in _CHARGES:
        charge = tree.tokens[charge.head]
    return (word, charge.lemma.lower()) in _CHARGES


_CHARGES = frozenset(
    {("of", "accuse"), ("of", "suspect"), ("with", "charge"), ("for", "blame"),
     ("of", "accusation"), ("of", "allegation"), ("of", "suspicion"),
     ("in", "collude"), ("in", "complicit"), ("in", "complicity")}
)  # fmt: skip


def is_infinitive(tree: Tree, trigger: int) -> bool:
    """Whether the verb is a "to" infinitive: "agreed to meet", "a bid to join"."""
    return any(
        tree.tokens[child].dep == "aux" and tree.tokens[child].text.lower() == "to"
        for child in tree.children[trigger]
    )


def _plain_or_passive_infinitive(tree: Tree, verb: int) -> bool:
    """Whether a verb is a "to" infinitive, active or passive: "to free him", "to be freed".

    "approval for the patient to be released" wants a release as "approval
    for the board to release him" does; neither tells it done.
    """
    passive = tree.tokens[verb].tag == "VBN" and any(
        tree.tokens[c].dep == "auxpass" and tree.tokens[c].tag == "VB" for c in tree.children[verb]
    )
    return (tree.tokens[verb].tag == "VB" or passive) and is_infinitive(tree, verb)


def marked_for(tree: Tree, clause: int) -> int | None:
    """The "for" that opens a clause: "pressed for Chile to reopen the border".

    Such an infinitive is wanted, not done.
    """
    return next(
        (
            c
            for c in tree.children[clause]
            if tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "for"
        ),
        None,
    )


def _governed_by_unrealised(tree: Tree, trigger: int) -> bool:
    """Whether a wish, plan or bid a few words up governs the verb: "plans to sue them".

    Not past a clause joined with a subject of its own: in "the bank was
    threatened with collapse but its creditors stepped in to rescue it" the
    threat is the first clause's, and the rescue the second's, told as done.
    """
    tokens = tree.tokens
    if tokens[trigger].dep == "pcomp" and tokens[tokens[trigger].head].text.lower() in _WHEN:
        # "after meeting the president, she was asked ...": a time clause
        # tells when, and is not what was asked for.
        return False
    if means_of_an_attempt_made(tree, trigger):
        return False
    for node, parent in tree.ancestors(trigger, 3):
        if tokens[node].dep == "conj" and any(tree.is_subject(c) for c in tree.children[node]):
            return False
        if tokens[parent].lemma in _UNREALISED or (
            tokens[parent].pos == "NOUN" and tokens[parent].lemma in _UNREALISED_NOUNS
        ):
            return True
    return False


_ATTEMPTS = frozenset({"seek", "try", "attempt"})
"""Verbs of an attempt, whose means are used whether or not the aim is reached."""


def means_of_an_attempt_made(tree: Tree, verb: int) -> bool:
    """Whether a verb is the means an attempt told as made used: "tried to halt it by suing".

    "The firm sought to block the sale by applying to a US court": the sale
    may not have been blocked, but the firm applied; the means of an
    attempt to come ("will try to block it by suing") stay to come.
    """
    tokens = tree.tokens
    preposition = tokens[verb].head
    if tokens[verb].dep != "pcomp" or tokens[preposition].text.lower() != "by":
        return False
    aim = tokens[preposition].head
    # The parse may hang "by" on the aim ("to block ... by") or on the attempt itself.
    attempt = aim if tokens[aim].lemma in _ATTEMPTS else tokens[aim].head
    if tokens[attempt].lemma not in _ATTEMPTS or (attempt != aim and tokens[aim].dep != "xcomp"):
        return False
    return not (is_hypothetical(tree, attempt) or is_negated(tree, attempt))
