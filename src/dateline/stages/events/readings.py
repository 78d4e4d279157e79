"""Readings in context: the checks that retype an event by what its sentence says.

What is done, who does it, and whether any violence is named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from dateline import lexicons
from dateline.stages._clause_roles import conditional, prepositional_objects
from dateline.stages._offences import a_crime_punished
from dateline.stages._tree import Tree
from dateline.stages.events.cues import Cue
from dateline.stages.events.doubts import (
    JUDGEMENT_ONLY,
    LABEL_ROLES,
    label_judgements,
    names_with_a_label,
)
from dateline.stages.events.force import (
    STRIKING_FORCES,
    TAKING,
    armed_strike,
    attacks_a_place,
    done_with_words,
    ground_taken,
    physical,
    says_any,
    strikes_by_armed_powers,
    targets_struck_by_armed_powers,
    tells_of_armed_force,
    walks_out,
    weapon_mode,
    without_violence,
)
from dateline.stages.events.insisted import insists_on_its_due
from dateline.stages.events.modality import foretold
from dateline.stages.events.reactions import MISSILES
from dateline.stages.events.triggers import Trigger
from dateline.stages.events.verb_sides import WARN


def a_firms_own_restriction(
    cue: Cue, actors: tuple[str, ...], sectors: Mapping[str, str | None]
) -> bool:
    """Whether firms alone block, ban or shut down: a business's step, not coercion.

    "the firm shut down the campaign", "the game maker shut down the
    players' accounts", "providers began blocking access to the site":
    PLOVER's restrictions are those a state or an armed or political body
    imposes; an arrest or a raid keeps its own mode, whoever the stage took
    its doer for.
    """
    if cue.type != "COERCE" or cue.mode not in (None, "restrict") or not actors:
        return False
    return all(sectors.get(doer) == "BUS" for doer in actors)


CRIME_STEP = "a deed one is jailed or convicted for is a blow, not words: ASSAULT kept"


def read_in_context(
    tree: Tree, trigger: Trigger, cue: Cue, sentence: tuple[int, int], doers: list[str | None]
) -> tuple[Cue, list[str]]:
    """The cue as its sentence and its doers' sectors read it, and the step if that changed it."""
    first, last = sentence
    not_force = _read_as_no_force(tree, trigger, cue, sentence)
    if not_force is not None:
        return not_force
    if (
        cue.type == "ASSAULT"
        and cue.mode is None
        and not cue.needs_preposition
        and not physical(tree, first, last)
        and not attacks_a_place(tree, trigger)
    ):
        if a_crime_punished(tree, trigger.token):
            return cue, [CRIME_STEP]
        return _with_no_violence_word(tree, trigger, cue, doers)
    if _struck_back(tree, trigger, cue) and tells_of_armed_force(tree, first, last):
        attack = dataclasses.replace(cue, type="ASSAULT", mode=None)
        return attack, ["retaliation done, told with a word of armed force: THREATEN -> ASSAULT"]
    if cue.mode == "strike" and cue.pos == "NOUN" and tells_of_armed_force(tree, first, last):
        attack = dataclasses.replace(cue, type="ASSAULT", mode=None)
        return attack, ["a strike told with a word of armed force: PROTEST -> ASSAULT"]
    return (
        _read_as_a_threat(tree, trigger, cue)
        or _read_as_a_demand(tree, trigger, cue)
        or _read_by_what_is_done(tree, trigger, cue, doers)
    )


def _read_as_no_force(
    tree: Tree, trigger: Trigger, cue: Cue, sentence: tuple[int, int]
) -> tuple[Cue, list[str]] | None:
    """An assault cue that its sentence tells is no blow: sanctions targeted, harsh words."""
    first, last = sentence
    if cue.words == ("target",) and says_any(tree, first, last, "sanction_words.txt"):
        sanction = dataclasses.replace(cue, type="SANCTION", mode=None)
        return sanction, ["targeted by sanctions named in the sentence: ASSAULT -> SANCTION"]
    if _harsh_words(tree, trigger, cue, sentence):
        charge = dataclasses.replace(cue, type="ACCUSE", mode=None)
        return charge, ["a harsh-words verb with no other violence word: ASSAULT -> ACCUSE"]
    return None


_HARSH_WORD_VERBS = frozenset({"blast"})
"""Violence words whose verb newswire uses of harsh words as often as of bombs."""


def _harsh_words(tree: Tree, trigger: Trigger, cue: Cue, sentence: tuple[int, int]) -> bool:
    """Whether a verb like "blast" is said of words: no other violence word, no place struck.

    "The chancellor blasted the Tories over their tax plans" and "Moscow
    blasted the US decision" are charges; the verb itself is a violence word
    (a blast kills), so it alone must not make the sentence one of force,
    and a state doing it does not make it armed. "Jets blasted a compound"
    (a weapon) and "gunmen blasted the crowd with rifles" stay attacks.
    """
    if cue.type != "ASSAULT" or cue.pos != "VERB" or cue.words[-1] not in _HARSH_WORD_VERBS:
        return False
    first, last = sentence
    verb = trigger.token
    return not (
        physical(tree, first, verb)
        or physical(tree, verb + 1, last)
        or attacks_a_place(tree, trigger)
        or bool(weapon_mode(tree, trigger, cue)[1])
    )


def _read_as_a_threat(tree: Tree, trigger: Trigger, cue: Cue) -> tuple[Cue, list[str]] | None:
    """A warning read as the threat it makes, if it holds a reprisal over the ones warned."""
    if cue.words == WARN and cue.type == "ACCUSE" and _warns_of_a_reprisal(tree, trigger.token):
        threat = dataclasses.replace(cue, type="THREATEN", mode=None)
        return threat, ["a warning that a reprisal would follow: ACCUSE -> THREATEN"]
    return None


def _read_as_a_demand(tree: Tree, trigger: Trigger, cue: Cue) -> tuple[Cue, list[str]] | None:
    """An insisting read as the demand it makes, if what is insisted is its doer's own due."""
    if insists_on_its_due(tree, trigger):
        asked = dataclasses.replace(cue, type="REQUEST", mode=None)
        return asked, ["insisting on what one should have or do is a demand: REJECT -> REQUEST"]
    return None


def _warns_of_a_reprisal(tree: Tree, verb: int) -> bool:
    """Whether a warning put to someone tells them that a reprisal would follow.

    "Beijing warned Taipei that any step towards independence would bring a
    military response", "warned the junta it would face sanctions": what is
    held over the ones warned is a threat (DESIGN.md: warn of force or
    sanctions). So is a reprisal they face ("warned Syria it faces sanctions
    unless ...": facing is what lies ahead) and one the warning is "of"
    ("warned Tehran of retaliation", and "of serious consequences" when a
    condition sets them off). A warning to no one named, a forecast with no
    reprisal in it ("warned the firms that sales could fall"), and one denied
    ("that sanctions would not work") stay as they were.
    """
    children = tree.children[verb]
    warned = [c for c in children if tree.tokens[c].dep == "dobj"]
    if not warned:
        return False
    if _of_a_reprisal(tree, verb):
        return True
    told = [c for c in children if tree.tokens[c].dep == "ccomp" and c > verb]
    # "warned the singer he could face arrest": the model may hang the clause
    # on the one warned, as if it were a relative clause.
    told += [c for w in warned for c in tree.children[w] if _clause_read_as_relative(tree, c)]
    return any(
        (foretold(tree, clause) or _lies_ahead(tree, clause))
        and not any(tree.tokens[c].dep == "neg" for c in tree.children[clause])
        and _names_a_reprisal(tree, clause)
        for clause in told
    )


_FACE = "face"
_CONSEQUENCE = "consequence"


def _lies_ahead(tree: Tree, clause: int) -> bool:
    """Whether a clause in the present tells what is to come: "it faces sanctions unless ..."."""
    return tree.tokens[clause].lemma.lower() == _FACE or conditional(tree, clause)


def _of_a_reprisal(tree: Tree, verb: int) -> bool:
    """Whether a warning is "of" a reprisal: "warned Tehran of grave consequences if ..."."""
    reprisals = lexicons.word_set("held_over_reprisals.txt")
    return any(
        tree.tokens[noun].lemma.lower() in reprisals
        or (tree.tokens[noun].lemma.lower() == _CONSEQUENCE and conditional(tree, verb))
        for noun in prepositional_objects(tree, verb, frozenset({"of"}))
    )


def _clause_read_as_relative(tree: Tree, clause: int) -> bool:
    """Whether a "relative clause" is a told clause the model misread.

    "warned the singer he could face arrest": a personal pronoun as its
    subject and an object of its own (a relative clause lacks one: "the
    singer he met").
    """
    kids = tree.children[clause]
    return (
        tree.tokens[clause].dep == "relcl"
        and any(tree.tokens[c].dep == "nsubj" and tree.tokens[c].tag == "PRP" for c in kids)
        and any(tree.tokens[c].dep == "dobj" for c in kids)
    )


def _names_a_reprisal(tree: Tree, clause: int) -> bool:
    """Whether a clause says a reprisal would come, as a noun of its own.

    Not in the clause's subject, which is what the clause tells of, not what
    would follow ("that the use of force could be illegal"); not the "force"
    of "police force".
    """
    reprisals = lexicons.word_set("held_over_reprisals.txt")
    first, last = tree.subtree(clause)
    told_of = [tree.subtree(c) for c in tree.children[clause] if tree.is_subject(c)]
    return any(
        tree.tokens[word].pos == "NOUN"
        and tree.tokens[word].lemma.lower() in reprisals
        and not any(tree.tokens[c].dep == "compound" for c in tree.children[word])
        and not any(low <= word < high for low, high in told_of)
        for word in range(first, last)
    )


_OPEN_WATER = frozenset({"sea", "ocean", "water", "waters"})


def _a_missile_test(tree: Tree, trigger: Trigger) -> bool:
    """Whether a missile was fired "into the sea" or as a test: a launch that strikes no one.

    Event coders code "North Korea fired a ballistic missile into the sea"
    and "India test-fired a missile" as a show of force; "fired rockets into
    Israel" stays an attack.
    """
    if len(trigger.words) < 2 or tree.tokens[trigger.words[-1]].lemma.lower() not in MISSILES:
        return False
    into = prepositional_objects(tree, trigger.token, frozenset({"into"}))
    if any(tree.tokens[word].lemma.lower() in _OPEN_WATER for word in into):
        return True
    # "test-fired": the model hangs "test" on the verb as a modifier of its own.
    in_a = prepositional_objects(tree, trigger.token, frozenset({"in", "during"}))
    tested = [c for c in tree.children[trigger.token] if tree.tokens[c].dep != "dobj"]
    return any(tree.tokens[word].lemma.lower() == "test" for word in [*tested, *in_a])


def _read_by_what_is_done(
    tree: Tree, trigger: Trigger, cue: Cue, doers: list[str | None]
) -> tuple[Cue, list[str]]:
    """The cue as what it is done to reads it: ground taken, a view agreed with."""
    if cue.words in TAKING and ground_taken(tree, trigger.token):
        attack = dataclasses.replace(cue, type="ASSAULT", mode=None)
        return attack, ["ground taken by force: ASSAULT, no mode"]
    if cue.type == "ASSAULT" and _a_missile_test(tree, trigger):
        show = dataclasses.replace(cue, type="MOBILIZE", mode=None)
        return show, ["a missile fired into the sea or in a test: a show of force, not an attack"]
    if cue.type == "AGREE" and _agrees_with_a_view(tree, trigger.token):
        supported = dataclasses.replace(cue, type="SUPPORT", mode=None)
        return supported, ["agreeing with someone, on nothing: AGREE -> SUPPORT"]
    if names_with_a_label(cue) and label_judgements(tree, trigger.token, LABEL_ROLES) == {
        "SUPPORT"
    }:
        # "described him as very talented", "called the change pragmatic": praise.
        praised = dataclasses.replace(cue, type="SUPPORT", mode=None)
        return praised, ["a label of praise: ACCUSE -> SUPPORT"]
    if names_with_a_label(cue) and label_judgements(tree, trigger.token, JUDGEMENT_ONLY) == {
        "REJECT"
    }:
        # "described the reports as idle speculation", "called the claims baseless": a denial.
        denied = dataclasses.replace(cue, type="REJECT", mode=None)
        return denied, ["a label that calls a claim untrue: ACCUSE -> REJECT"]
    return _read_by_doers(cue, doers)


def _read_by_doers(cue: Cue, doers: list[str | None]) -> tuple[Cue, list[str]]:
    """The cue as its doers' sectors read it: a crowd's blockade, a government's protest."""
    if cue.words in _BLOCKING and doers and all(sector in _CROWDS for sector in doers):
        protest = dataclasses.replace(cue, type="PROTEST", mode="demo")
        return protest, ["a blockade by a crowd is its protest: COERCE -> PROTEST"]
    return _protested_officially(cue, doers)


_BLOCKING = frozenset({("block",), ("blockade",)})
_CROWDS = frozenset({"CVL", "LAB", "EDU", "NGO"})
"""Sectors of crowds and campaigns, whose blockade ("protesters blocked the
roads", "farmers blockaded the port", "the fuel lobby blocked motorways") is
a protest, not a state's restriction."""


def _struck_back(tree: Tree, trigger: Trigger, cue: Cue) -> bool:
    """Whether retaliation is told as done ("the army retaliated"), not vowed or threatened."""
    word = tree.tokens[trigger.token]
    return cue.words == ("retaliate",) and word.tag in ("VBD", "VBN") and word.dep != "xcomp"


def _protested_officially(cue: Cue, doers: list[str | None]) -> tuple[Cue, list[str]]:
    """A government's protest, which is a complaint made to another, not a demonstration.

    "Iran's foreign ministry summoned the envoy to protest against the
    sanctions", "China protested to Tokyo": PLOVER codes an official protest
    as ACCUSE; PROTEST is for crowds, strikers and boycotters.
    """
    if cue.words != ("protest",) or cue.mode != "demo" or not doers:
        return cue, []  # "took to the streets" is a crowd's, whoever the model says it was
    if any(sector != "GOV" for sector in doers):
        return cue, []
    complaint = dataclasses.replace(cue, type="ACCUSE", mode=None)
    return complaint, ["a government protests officially: PROTEST -> ACCUSE"]


def _agrees_with_a_view(tree: Tree, verb: int) -> bool:
    """Whether "agree" takes someone's side rather than striking a deal.

    "agreed with Dr Fox's view", "agreed in principle with the plans":
    nothing agreed on, to do or that is so; "agreed with Washington on
    talks", "agreed with Paris to cut tariffs", "agreed a deal with" are
    agreements.
    """
    tokens = tree.tokens
    if tokens[verb].lemma != "agree" or tokens[verb].pos != "VERB":
        return False
    children = tree.children[verb]
    preps = {tokens[c].text.lower() for c in children if tokens[c].dep == "prep"}
    deals = any(tokens[c].dep in _AGREED_ON for c in children)
    return "with" in preps and not deals and not preps & _AGREED_ABOUT


_AGREED_ON = frozenset({"dobj", "obj", "xcomp", "ccomp", "advcl"})
"""What a verb of agreement is agreed to, on or that: a deal, a deed, a clause."""
_AGREED_ABOUT = frozenset({"on", "over", "to", "upon"})


def _with_no_violence_word(
    tree: Tree, trigger: Trigger, cue: Cue, doers: list[str | None]
) -> tuple[Cue, list[str]]:
    """An assault cue read in a sentence with no weapon or violence word, and why."""
    force = armed_strike(tree, trigger)
    if force is not None:
        mode = STRIKING_FORCES[force]
        return dataclasses.replace(cue, mode=mode), [f"a strike the noun calls {force}"]
    if strikes_by_armed_powers(cue, doers):
        return cue, ["a strike by states or armed groups is an armed one"]
    armed, weapon = weapon_mode(tree, trigger, cue)
    if weapon:
        return armed, [f"no violence word, but {weapon[0]}"]
    if targets_struck_by_armed_powers(tree, trigger, doers):
        return cue, ["targets struck by states or armed groups are armed ones"]
    words = done_with_words(tree, trigger)
    if words is not None:
        asked = dataclasses.replace(cue, type=words.type, mode=None)
        return asked, [
            f"a blow of words, the '{words.words[-1]}' it is dealt with: -> {words.type}"
        ]
    cue, step = without_violence(cue, walkout=walks_out(tree, trigger))
    return cue, [f"no weapon or violence word in the sentence: ASSAULT -> {step}"]
