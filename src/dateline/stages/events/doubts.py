"""Doubts: the checks that find an event unreal or missing a side.

Vows, threats, conditions, refusals, labels and standing positions, and
the events that need both sides or a doer the text does not give.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from dateline import lexicons
from dateline.records import Actor, Analysis
from dateline.stages._clause_roles import object_of, set_where_or_when, subject_of
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.events.claims import CLAIM
from dateline.stages.events.cues import Cue
from dateline.stages.events.modality import (
    is_hypothetical,
    is_negated,
    means_of_an_attempt_made,
)
from dateline.stages.events.noun_sides import ruled_out, side_of_the_verbs_subject
from dateline.stages.events.sides import quote_around
from dateline.stages.events.statement_cues import cue_of as statement_cue_of
from dateline.stages.events.triggers import SPOKEN_TYPES, Trigger
from dateline.stages.events.verb_sides import FORETELLING, NEEDS_BOTH_SIDES, WANT
from dateline.stages.events.warned_harms import HARMS, warner

# Backing that, withheld, is a refusal: "cannot support", "will not accept".
_BACKING = frozenset({("support",), ("back",), ("endorse",), ("accept",)})


def a_standing_position(
    analysis: Analysis, tree: Tree, trigger: Trigger, actors: tuple[str, ...]
) -> bool:
    """Whether backing or opposing, aimed at no one, tells what a side stands for, not a deed.

    "the mayor, who has always refused the tag", "the party has
    always opposed nuclear power": a stand held over years has no day; it
    sketches the side, as background to the story ("the Greens, who
    opposed the new runway, have now backed ..." tells a stand once taken,
    and keeps it). "The Greens support higher taxes and oppose new roads",
    in a rival's words: a present tense on a bare noun sketches a cause
    they hold at all times, and the charge is the rival's; "we support
    fair pay" in their own words is a stand they take. Aimed at someone
    ("MPs who back Mr Flight"), either is still a side taken.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.words not in _STANCES or word.pos != "VERB":
        return False
    if _held_for_long(tree, trigger.token) or _what_a_body_stands_for(tree, trigger.token):
        return True
    quote = quote_around(analysis, word.start)
    if quote is None or not _a_rivals_words(analysis.article.actors, quote.speaker, actors):
        return False
    return _present_tense_on_a_cause(tree, trigger.token)


_STANCES = frozenset({("oppose",), ("support",), ("back",), ("favour",), ("reject",)})
_FOR_LONG = frozenset({"long", "always", "consistently", "traditionally", "steadfastly"})
"""Adverbs that stretch a stand over years: "has long opposed", "has always backed"."""


def _what_a_body_stands_for(tree: Tree, verb: int) -> bool:
    """Whether a present tense set off after a name tells what the body is for.

    "Open Media, which backs citizen journalism, said ...": the clause
    sketches the body as it always is, as "the group, which campaigns for
    ..." does, and tells nothing done. A past tense ("X, which backed the
    bill last year") is a deed.
    """
    word = tree.tokens[verb]
    if word.dep != "relcl" or word.tag not in PRESENT_TAGS:
        return False
    if any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb]):
        return False
    opening = tree.subtree(verb)[0]
    return opening > 0 and tree.tokens[opening - 1].text == ","


def _held_for_long(tree: Tree, verb: int) -> bool:
    """Whether a verb's own adverb says its stand has been held for years: "has long rejected"."""
    return any(
        tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() in _FOR_LONG
        for c in tree.children[verb]
    )


def _a_rivals_words(
    all_actors: tuple[Actor, ...], speaker: str | None, sides: tuple[str, ...]
) -> bool:
    """Whether a speaker is of another body than every side told of: a Tory on the Lib Dems.

    Only where each one's body is known; an officer speaking for his own
    association ("the association fully supports fair pay") is no rival.
    """
    orgs = {actor.id: actor.org for actor in all_actors}
    own = orgs.get(speaker) if speaker else None
    return bool(own and sides) and all(orgs.get(side) not in (None, own) for side in sides)


def _present_tense_on_a_cause(tree: Tree, verb: int) -> bool:
    """Whether a verb in the simple present takes a bare noun: "oppose nuclear power"."""
    if not _simple_present(tree, verb):
        return False
    cause = object_of(tree, verb)
    if cause is None or tree.tokens[cause].pos != "NOUN":
        return False
    return not any(tree.tokens[c].dep in _POINTERS for c in tree.children[cause])


def _simple_present(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the simple present, as the first of the verbs it is joined to is.

    The model tags a joined verb's form alone ("the Greens are soft on crime,
    support higher taxes": "support" is a bare VB), so its first conjunct
    says its tense.
    """
    first = verb
    while tree.tokens[first].dep == "conj" and tree.tokens[first].head != first:
        first = tree.tokens[first].head
    if tree.tokens[first].tag not in PRESENT_TAGS:
        return False
    return not any(
        tree.tokens[c].dep in ("aux", "auxpass", "neg")
        for word in {verb, first}
        for c in tree.children[word]
    )


_POINTERS = frozenset({"det", "poss", "nummod", "predet"})
"""What makes a noun point to a thing the text knows: "the bill", "its plans", "two bills"."""


def _doer_of_a_denied_verb(tree: Tree, trigger: Trigger, actors: tuple[str, ...]) -> bool:
    """Whether an event noun's doer is the subject of a negated verb it is the object of.

    "the ministry had not approved the deal", "Peru did not attend the
    talks": the subject took no part in the deal or the talks the text
    names, so the event coded with it as doer did not happen.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos != "NOUN" or word.dep != "dobj" or not actors:
        return False
    if not any(tree.tokens[c].dep == "neg" for c in tree.children[word.head]):
        return False
    side = side_of_the_verbs_subject(tree, word.head)
    return side is not None and side[0] == "actor"


_DENIED_VERB_STEP = "negated: its doer is the subject of a negated verb it is the object of"


def reality(
    tree: Tree, trigger: Trigger, cue: Cue, actors: tuple[str, ...], *, hypothetical: bool
) -> tuple[Cue, bool, bool, list[str]]:
    """The event's cue, whether it is negated and hypothetical, and the steps that say so.

    Backing withheld is a refusal, told as it stands: "cannot support" is a
    REJECT, neither negated nor a plan. The means of an act to come is to
    come as well: "wants to hit them where it hurts by banning them".
    """
    ruled_on = _ruled_out_reading(tree, trigger.token, cue)
    if ruled_on is not None:
        return ruled_on
    hypothetical = hypothetical or _means_of_an_act_to_come(tree, trigger.token)
    negated = is_negated(tree, trigger.token)
    if not negated and _doer_of_a_denied_verb(tree, trigger, actors):
        return cue, True, hypothetical, [_DENIED_VERB_STEP] + [_HYPOTHETICAL_STEP] * hypothetical
    if negated and actors and _withheld_backing(tree, trigger, cue):
        rejection = dataclasses.replace(cue, type="REJECT", mode=None)
        return rejection, False, False, ["backing withheld ('cannot support'): SUPPORT -> REJECT"]
    threat = _threat_made(tree, trigger, cue) if hypothetical and not negated else None
    if threat is not None:
        return threat[0], False, False, [threat[1]]
    taken = _taken_as_it_is_told(tree, trigger, cue) if hypothetical and not negated else None
    if taken is not None:
        return cue, False, False, [taken]
    said = ["negated"] * negated + [_HYPOTHETICAL_STEP] * hypothetical
    return cue, negated, hypothetical, said


def _ruled_out_or_not(tree: Tree, token: int) -> bool | None:
    """Whether an act that is the object of "rule out" is kept open, if it is one.

    "Washington has not ruled out air strikes on Syria", "refused to rule
    out sanctions against Minsk", "did not rule out banning the group" (the
    gerund the parse makes its complement): kept open (True), a harm is held
    over the other side, which is a threat told now, and any other act is
    still to come ("has not ruled out talks"). "Ruled out sanctions", "ruled
    out talks with Peru" say the act will not be done (False). None when the
    act is no object of "rule out".
    """
    word = tree.tokens[token]
    verb = word.head
    if not (
        word.dep in ("dobj", "obj") or (word.dep == "xcomp" and word.tag == "VBG")
    ) or not ruled_out(tree, verb):
        return None
    return is_negated(tree, verb)


def _ruled_out_reading(
    tree: Tree, token: int, cue: Cue
) -> tuple[Cue, bool, bool, list[str]] | None:
    """How an act that is the object of "rule out" is told, if it is one (as :func:`reality`).

    Ruled out, it is negated; kept open, a harm is a threat told now, real,
    and any other act is still to come.
    """
    kept_open = _ruled_out_or_not(tree, token)
    if kept_open is None:
        return None
    if not kept_open:
        return cue, True, False, [_RULED_OUT_STEP]
    if cue.type not in _KEPT_OPEN:
        return cue, False, True, [_KEPT_OPEN_STEP]
    mode = _THREATENED_MODES.get((cue.type, cue.mode), _THREATENED_MODES.get((cue.type, None)))
    threat = dataclasses.replace(cue, type="THREATEN", mode=mode or None)
    step = f"a harm not ruled out is held over another: {cue.type} -> THREATEN"
    return threat, False, False, [step]


_KEPT_OPEN = frozenset({"ASSAULT", "SANCTION", "COERCE", "PROTEST"})
"""Harms one may hold over another by not ruling them out: force, sanctions, bans, strikes."""
_RULED_OUT_STEP = "negated: an act ruled out"
_KEPT_OPEN_STEP = "hypothetical: an act not ruled out is still to come"


def _threat_made(tree: Tree, trigger: Trigger, cue: Cue) -> tuple[Cue, str] | None:
    """The threat an act to come makes, and the step that says so, if its telling is one.

    Vowing to do harm is the threat itself, told now: "vowed to retaliate",
    "warned it would impose sanctions on Minsk", "said it will sue the
    agency", "will vote against the bill unless it is changed", "clubs
    will be fined if their fans riot, the minister warned".
    """
    if cue.type == "THREATEN" and _vowed(tree, trigger.token):
        return cue, "a vow of what one will do to another is the threat itself"
    threatened = _THREATENED_MODES.get(
        (cue.type, cue.mode), _THREATENED_MODES.get((cue.type, None))
    )
    step = _threat_step(tree, trigger, cue, threatened=threatened is not None)
    if step is None:
        return None
    mode = None if step == _SUE_STEP else threatened or None
    return dataclasses.replace(cue, type="THREATEN", mode=mode), step


def _threat_step(tree: Tree, trigger: Trigger, cue: Cue, *, threatened: bool) -> str | None:
    """How an act to come is told as a threat of another type's act, if it is one."""
    if threatened and _warned_of(tree, trigger.token):
        return f"{WARNED_THREAT_STEP}: {cue.type} -> THREATEN"
    if threatened and _sworn(tree, trigger.token):
        return f"a harm one vows to do to another is a threat: {cue.type} -> THREATEN"
    if cue.type in HARMS and warner(tree, trigger.token) is not None:
        return f"a harm warned of on a condition: {cue.type} -> THREATEN"
    if _vows_to_sue(tree, trigger, cue):
        return _SUE_STEP
    if cue.type in _HELD_OVER and _vowed_unless(tree, trigger.token):
        return f"a harm vowed unless another acts: {cue.type} -> THREATEN"
    return None


_SUE_STEP = "a vow to sue another is a threat: ACCUSE -> THREATEN"


WARNED_THREAT_STEP = "a warning of what one will do"
"""How the step of a threat told by a warning begins ("warned that she would ban them")."""
_HELD_OVER = frozenset({"REJECT", "RETREAT", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
"""Acts one may hold over another by vowing them on a condition: "will strike unless"."""


def _vowed_unless(tree: Tree, verb: int) -> bool:
    """Whether an act is vowed on the condition that another does not act.

    "The Tories say they will vote against the bill unless it is changed",
    "said they would walk out if the offer was not improved": the act is
    held over the other side until it gives way, which is a threat. A plain
    condition is none: "would resign if the vote went against him".
    """
    return _vowed(tree, verb) and any(
        tree.tokens[clause].dep == "advcl" and _condition_unmet(tree, clause)
        for clause in tree.children[verb]
    )


def _condition_unmet(tree: Tree, clause: int) -> bool:
    """Whether a clause makes its condition that something is not done: "unless", "if ... not"."""
    marks = {
        tree.tokens[c].text.lower() for c in tree.children[clause] if tree.tokens[c].dep == "mark"
    }
    negated = any(tree.tokens[c].dep == "neg" for c in tree.children[clause])
    return "unless" in marks or ("if" in marks and negated)


_HYPOTHETICAL_STEP = "hypothetical (modal, condition or plan)"
_SUE = ("sue",)


def _vows_to_sue(tree: Tree, trigger: Trigger, cue: Cue) -> bool:
    """Whether a lawsuit is vowed ("said it will sue"), not told by a threat verb of its own.

    "threatened to sue" is already the verb's threat: the lawsuit adds none.
    """
    word = tree.tokens[trigger.token]
    told_as_threat = word.dep == "xcomp" and tree.tokens[word.head].lemma.lower() == "threaten"
    return cue.words == _SUE and not told_as_threat and _vowed(tree, trigger.token)


_THREATENED_MODES: dict[tuple[str, str | None], str] = {
    ("ASSAULT", None): "force",
    ("SANCTION", None): "sanction",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", "deport"): "expel",
    ("PROTEST", "strike"): "",
    ("PROTEST", "boycott"): "",
    ("PROTEST", "demo"): "",
}
"""Acts whose doer, warning that it will do them, threatens them, and the threat's mode."""


def _warned_of(tree: Tree, token: int) -> bool:
    """Whether an act is one its doer warns it will do: "warned it would call a strike"."""
    verb = token
    for _ in range(3):  # "warned it would stage a series of strikes": the noun's verb
        if tree.tokens[verb].pos in ("VERB", "AUX"):
            break
        verb = tree.tokens[verb].head
    verb = _act_the_means_serves(tree, verb)
    governor = tree.tokens[tree.tokens[verb].head]
    if governor.lemma.lower() == "warn" and _vowed(tree, verb):
        return True
    return _warned_of_an_aim(tree, verb)


def _means_of_an_act_to_come(tree: Tree, verb: int) -> bool:
    """Whether a verb tells how an act still to come is to be done ("by banning them").

    Not the means an attempt made used: "sought to halt the sale by suing" sued.
    """
    act = _act_the_means_serves(tree, verb)
    return act != verb and is_hypothetical(tree, act) and not means_of_an_attempt_made(tree, verb)


def _act_the_means_serves(tree: Tree, verb: int) -> int:
    """The act a "by" clause tells the means of, or the verb itself when it is none.

    "warned that it would respond by imposing sanctions", "wants to hit
    them where it hurts by banning them": the sanction or the ban is how
    the warned act is to be done, so it is vowed as that act is. The parse
    may hang "by" on a clause inside the act ("hit them where it hurts"):
    that clause's own verb is climbed past to the act.
    """
    word = tree.tokens[verb]
    preposition = tree.tokens[word.head]
    if word.dep != "pcomp" or preposition.text.lower() != "by" or preposition.dep != "prep":
        return verb
    act = preposition.head
    if set_where_or_when(tree, act):
        act = tree.tokens[act].head
    return act if tree.tokens[act].pos in ("VERB", "AUX") else verb


_INTENTS = frozenset({"want", "intend", "plan", "mean", "aim"})
"""Verbs by which one tells an act of one's own to come: "intends to ban them"."""


def _warned_of_an_aim(tree: Tree, verb: int) -> bool:
    """Whether an act is what a warning says its teller means to do.

    "warned fans that he intends to ban them": what one warns one means to
    do to one's hearers is a threat as much as what one warns one will do.
    Not under a condition ("warned that if he intends to ban them, ...").
    """
    word = tree.tokens[verb]
    aim = tree.tokens[word.head]
    if word.dep != "xcomp" or aim.lemma.lower() not in _INTENTS:
        return False
    if any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() != "that"
        for c in tree.children[word.head]
    ):
        return False
    if aim.dep == "ccomp":
        return tree.tokens[aim.head].lemma.lower() == "warn"
    return aim.dep == "relcl" and _hearers_warned(tree, aim.head, verb)


def _hearers_warned(tree: Tree, noun: int, act: int) -> bool:
    """Whether a clause the parse hangs on a warning's hearers is what it says.

    "warned fans that he intends to ban them" may be parsed as fans "that
    he intends to ban"; but an act with an object of its own leaves a
    relative clause no gap, so the clause is the warning's content.
    """
    hearers = tree.tokens[noun]
    own_object = any(tree.tokens[c].dep == "dobj" for c in tree.children[act])
    warned = tree.tokens[hearers.head].lemma.lower() == "warn"
    return hearers.dep == "dobj" and warned and own_object


_VOWS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "say", "insist"})
"""Verbs by which one tells what one will do: "vowed to retaliate", "said it would retaliate"."""


def _taken_as_it_is_told(tree: Tree, trigger: Trigger, cue: Cue) -> str | None:
    """The step that says why an act to come is done as it is told, if it is.

    A refusal vowed and a stand decided on are each taken by the vowing
    and the deciding.
    """
    if cue.type == "REJECT" and _defiance_vowed(tree, trigger):
        return _DEFIANCE_VOWED_STEP
    if cue.type in _STANDS and _decided_on(tree, trigger.token):
        return _DECIDED_STEP
    return None


_DECIDED_STEP = "a stand decided on ('has decided to drop the plans') is taken as it is decided"
_STANDS = frozenset({"SUPPORT", "REJECT", "CONCEDE"})
"""Types of a stand one takes by deciding on it: backing, turning down, giving way."""
_DECIDING = frozenset({"decide", "choose", "opt"})


def _decided_on(tree: Tree, verb: int) -> bool:
    """Whether a stand is what someone decided on: "has decided to drop the plans".

    Deciding to back, reject or drop a thing is taking that stand; a
    decision still to come or denied ("may decide to back", "has not
    decided to drop it") takes none.
    """
    return _taken_up_by(tree, verb, _DECIDING)


def _taken_up_by(tree: Tree, verb: int, lemmas: frozenset[str]) -> bool:
    """Whether a verb is the infinitive of one of ``lemmas`` told as done: "vowed to ignore".

    The vowing or deciding must itself be real: not to come, on a
    condition, or denied ("may vow", "has not decided to").
    """
    word = tree.tokens[verb]
    taker = word.head
    return (
        word.dep == "xcomp"
        and tree.tokens[taker].lemma.lower() in lemmas
        and not is_hypothetical(tree, taker)
        and not is_negated(tree, taker)
    )


_DEFIANCE_VOWED_STEP = "a refusal vowed ('vowed to ignore the order') is made as it is vowed"
_VOWING = frozenset({"vow", "pledge", "swear"})


def _defiance_vowed(tree: Tree, trigger: Trigger) -> bool:
    """Whether a refusal is vowed outright: "vowed to ignore the court order".

    Vowing to defy or turn down another is the refusal itself, declared now,
    as a stand declared is (:mod:`.declared_stances`); a vow itself to come
    or on a condition ("may vow", "would vow to fight it if ...") is not.
    """
    return _taken_up_by(tree, trigger.token, _VOWING) and not any(
        tree.tokens[c].dep == "advcl" for c in tree.children[trigger.token]
    )


def _vowed(tree: Tree, verb: int) -> bool:
    """Whether a threatening act is one its doer vows to do, not one the text supposes.

    "The Kremlin vowed to retaliate", "Moscow said it would retaliate against
    EU firms": the act is to come, but saying so is the threat. Not under a
    condition ("if the West ..., Moscow would retaliate").
    """
    tokens = tree.tokens
    if any(
        tokens[c].dep == "mark" and tokens[c].text.lower() != "that" for c in tree.children[verb]
    ):
        return False  # "if", "unless", "whether": supposed, not vowed; "warned that it would"
    word = tokens[verb]
    governor = tokens[word.head]
    if word.dep == "xcomp":
        return governor.lemma.lower() in _VOWS
    modal = any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in ("will", "would", "'ll")
        for c in tree.children[verb]
    )
    return modal and word.dep == "ccomp" and governor.lemma.lower() in _VOWS


def _sworn(tree: Tree, verb: int) -> bool:
    """Whether an act is one its doer vows or pledges to do: "vowed to strike the rebels".

    Vowing harm to another is a threat made as it is vowed, as warning of
    it is. Not "threatened to": the threat verb tells the threat itself.
    """
    word = tree.tokens[verb]
    governor = tree.tokens[word.head].lemma.lower()
    return word.dep == "xcomp" and governor in _SWEARING and _vowed(tree, verb)


_SWEARING = frozenset({"vow", "pledge", "promise"})
"""Verbs by which one binds oneself to an act to come."""


def _withheld_backing(tree: Tree, trigger: Trigger, cue: Cue) -> bool:
    """Whether a backing verb is itself negated: "the US cannot support the plan" rejects it.

    Only a "not" on the verb; "denied that it backed the plan" says nothing
    of what it thinks of the plan now. A modal makes no plan of it ("cannot
    support", "will not accept" refuse now), but a condition does ("if Peru
    does not accept the ruling"). Praise or a welcome withheld is no
    refusal, and the caller asks for an actor who withholds it ("the
    evidence does not support the claim" rejects nothing). Agreement with
    someone's view withheld ("did not agree with the mayor", read as
    backing: ``cue``) disagrees with them; a deal not agreed stays negated.
    """
    verb = trigger.token
    agreed_with = trigger.cue.type == "AGREE" and cue.type == "SUPPORT"
    return (
        trigger.cue.pos == "VERB"
        and (trigger.cue.words in _BACKING or agreed_with)
        and any(tree.tokens[c].dep == "neg" for c in tree.children[verb])
        and not any(
            tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() in ("if", "unless")
            for c in tree.children[verb]
        )
    )


def a_label(tree: Tree, trigger: Trigger) -> bool:
    """Whether an event noun is what someone calls a thing, not an event of its own.

    "the move was branded a humiliating retreat", "called the vote a
    betrayal", "dubbed it a surrender": the noun judges the thing named.
    "described the raid as an attack on Iraq" keeps its attack, which is the
    raid told again.
    """
    if trigger.cue.pos != "NOUN":
        return False
    word = tree.tokens[trigger.token]
    verb = word.head
    # The parser often takes the label for an object; it is one only after
    # the thing named ("called the vote a betrayal") or on a passive verb
    # ("was branded a retreat"). "called talks" is the verb's own object.
    second_object = word.dep == "dobj" and (
        subject_of(tree, verb)[1]
        or any(tree.tokens[c].dep == "dobj" for c in tree.children[verb] if c < trigger.token)
    )
    naming = tree.tokens[verb].lemma.lower() in lexicons.word_set("naming_verbs.txt")
    return naming and (word.dep == "oprd" or second_object)


def labels_no_wrong(tree: Tree, trigger: Trigger, *, of_someone: bool) -> bool:
    """Whether a naming verb puts no judgement on what it names.

    "called the plans dangerous", "ruled that the detentions were unlawful"
    accuse; "called a meeting", "ruled the country" do not. "brand" needs no
    judgement word: news brands only to condemn. A plain word of worth judges
    only someone named (``of_someone``): "described him as a great
    statesman" praises him, "described the blast as huge" no one.
    """
    if not names_with_a_label(trigger.cue):
        return False  # "hailed his chancellor's performance" backs him; "brand" always blames
    roles = LABEL_ROLES if of_someone else JUDGEMENT_ONLY
    return not label_judgements(tree, trigger.token, roles) & {"ACCUSE", "SUPPORT", "REJECT"}


def names_with_a_label(cue: Cue) -> bool:
    """Whether a cue is a naming verb whose label says what it does: "called", not "branded"."""
    words = cue.words
    return (
        cue.type == "ACCUSE"
        and cue.pos == "VERB"
        and len(words) == 1
        and words != ("brand",)
        and words[0] in lexicons.word_set("naming_verbs.txt")
    )


def label_judgements(tree: Tree, verb: int, roles: frozenset[str]) -> set[str]:
    """The types of the judgement words in what a naming verb calls its object.

    "called the plans dangerous" holds an ACCUSE, "described him as very
    talented" a SUPPORT; so, of someone, does "as a great statesman".
    """
    return {
        cue.type
        for t in _label_words(tree, verb)
        if (cue := statement_cue_of(tree.tokens[t])) is not None and cue.role in roles
    }


JUDGEMENT_ONLY = frozenset({"judgement"})
LABEL_ROLES = frozenset({"judgement", "bearer"})
"""Words a label judges someone by: "called him dangerous", and plain worth: "described him as a
great statesman", which qualifies what the one named is."""


def _label_words(tree: Tree, verb: int) -> Iterator[int]:
    """The words of what a naming verb calls its object: "(called the plans) dangerous".

    Its complement, a clause it says ("ruled that ... was unlawful"), an
    object after the thing named ("called the vote a betrayal"), or what
    it names the thing "as".
    """
    objects = [c for c in tree.children[verb] if tree.tokens[c].dep == "dobj"]
    labels = [
        c
        for c in tree.children[verb]
        if tree.tokens[c].dep in ("oprd", "xcomp", "acomp", "ccomp", "attr")
    ] + objects[1:]
    for holder in (verb, *objects):
        # "as a betrayal", and "as very talented", which the parser hangs on "as" itself.
        labels += [
            c
            for c in tree.children[holder]
            if tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "as"
        ]
    for thing in objects[:1]:
        # 'labelled the court "illegal and unfit"': the parser may hang a label
        # in quotes on the thing named, as if it described it.
        labels += [c for c in tree.children[thing] if c > thing and tree.tokens[c].dep == "amod"]
    for label in labels:
        yield from range(*tree.subtree(label))


def sides_missing(
    cue: Cue, actors: tuple[str, ...], recipients: tuple[str, ...], *, mutual: bool = False
) -> bool:
    """Whether an event names too few sides: none at all, or an offer or a claim made of no one.

    A purchase is a deal of a buyer with the one bought or its seller, both
    named: "bought a house" is none; so is a sale of a seller with its
    buyer: "sold the shares" is none. A sanction is done to someone:
    "suspended gun sales in the state", "the ban on hunting", "risk jail
    terms" with no one named as its target
    stop or forbid a thing. So is blame, and a loan (``_NEEDS_SOMEONE_DONE_TO``),
    unless two or more doers do it to one another (``mutual``: "both sides
    blamed the other"), each the other's recipient.
    """
    if cue.pos == "ADJ+PREP":
        return not (actors and recipients)  # a stance is held toward someone: "fond of golf"
    if cue.words in FORETELLING and cue.pos == "VERB":
        return not actors  # kept for now: the home government may be whom it charges
    if cue.words in NEEDS_BOTH_SIDES or cue.words == CLAIM or cue.is_purchase or cue.is_sale:
        return not (actors and recipients)  # "the Tories offered a hard right agenda"
    if cue.type == "SANCTION" or cue.words in _NEEDS_SOMEONE_DONE_TO:
        return not recipients and not (mutual and len(actors) >= _A_PAIR)
    return not (actors or recipients)


_A_PAIR = 2


_NEEDS_SOMEONE_DONE_TO = frozenset(
    {("blame",), ("loan",), ("lend",), ("help",), ("assist",), ("press",), WANT}
    # A body upholds a ruling, its own or a lower one's: "upheld its decision".
    | {("uphold",)}
    # A rating agency rates someone: "downgraded its forecast" rates no one.
    | {("downgrade",), ("upgrade",)}
    # "spoke in defence of the bill" backs a thing, no one named.
    | {("defence",), ("defense",)}
    # "lost contact with the trawler": word passes with someone named, or no one.
    | {("contact",)}
    # Faith voiced in no one named is in a thing: "confidence in the economy".
    | {(verb, trust) for verb in ("reaffirm", "express") for trust in ("faith", "confidence")}
)
"""Cues that tell an event only of someone they are done to: "Mr Lee pressed." after a
question he put presses no one named, and "pressed the point" is no demand; "the
tribunal upheld its ban" backs no one, "upheld the club's appeal" backs the club."""


def doer_unknown(tree: Tree, trigger: Trigger, subject: int | None, *, passive: bool) -> bool:
    """Whether a spoken act's doer is named, but as no actor the stage knows.

    "The report urged the agency to act", "It blamed the department",
    "Members urged ministers to ...": someone said it, and the event is
    theirs; told with no actor it matches no one, so it is left out. A
    passive ("he was accused of fraud"), a verb with no subject ("attacking
    Mr Ross had cost him votes"), an empty "it" ("it is wrong to blame
    them") and people at large ("thousands complained") leave the doer
    unsaid instead; deeds ("the bombs which killed four soldiers") are
    told with their doer unknown often enough to keep. Backing whose "by"
    names no actor is a thing's, no one's: "troops backed by helicopters".
    """
    if trigger.cue.pos == "NOUN" or trigger.cue.type not in SPOKEN_TYPES:
        return False
    if passive:
        return trigger.cue.type == "SUPPORT" and any(
            tree.tokens[by].dep == "agent"
            and any(tree.tokens[g].dep == "pobj" for g in tree.children[by])
            for by in tree.children[trigger.token]
        )
    if subject is None:
        return False
    word = tree.tokens[subject]
    return word.dep != "expl" and word.pos != "NUM" and word.lemma.lower() not in _PEOPLE_AT_LARGE


def tells_of_people_polled(tree: Tree, trigger: Trigger, *, passive: bool) -> bool:
    """Whether a passive with no doer tells of people polled: "2,000 adults were questioned"."""
    lemma = tree.tokens[trigger.token].lemma.lower()
    return passive and lemma in lexicons.word_set("polling_verbs.txt")


_PEOPLE_AT_LARGE = frozenset({"people", "thousand", "hundred", "many", "some", "others"})
"""Subjects that name no one in particular, whom a gold coder leaves open."""


def doer_missing(cue: Cue, actors: tuple[str, ...], *, passive: bool) -> bool:
    """Whether a reported act names no doer where the text would name one.

    A passive leaves its doer out ("he was freed from prison"), and
    accusations, demands, arrests and attacks are reported with the doer
    unknown ("the embassy was attacked", "calls for his resignation"); but
    "help", "backed" or "a deal with the lenders" with no doer found is
    more often a misreading than an event. "The war on Iraq" with no side
    named is background, not an act. A request put in the passive with no
    asker ("were invited to the talks", "are being asked to judge") tells
    what the ones asked are to do, not a demand anyone is said to make:
    unlike a charge or an arrest, its asker is what the event is about.
    """
    if cue.needs_preposition or (cue.pos == "NOUN" and cue.words in _EXERTED):
        return not actors
    if passive and cue.type == "REQUEST" and cue.pos != "NOUN":
        return not actors
    return not actors and not passive and cue.type not in _DOER_MAY_GO_UNNAMED


_DOER_MAY_GO_UNNAMED = frozenset({"ACCUSE", "REQUEST", "COERCE", "ASSAULT", "PROTEST"})
# Event nouns that are a side's act only with that side named: "French
# pressure on Berlin" is a demand; "there is pressure on the firm to raise
# its offer", "pressure from rivals" tell of a market or a mood, no one's demand.
_EXERTED = frozenset({("pressure",)})
