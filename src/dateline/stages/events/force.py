"""Force: weapons, strikes, volleys and ground taken.

How a deed of force is told: its weapon's mode, an armed side striking,
words that name no violence, and ground won at the polls not by arms.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
from collections.abc import Mapping

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, prepositional_objects, subject_of
from dateline.stages._gazetteer import lookup, wide_place
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.events.cues import Cue, load
from dateline.stages.events.triggers import Trigger


def held_by_force(cue: Cue, actors: tuple[str, ...], sectors: Mapping[str, str | None]) -> bool:
    """Whether soldiers or fighters defend: holding ground, not backing a side.

    "its forces were defending the border", "troops are defending the
    city": PLOVER's SUPPORT is words or deeds of backing ("the minister
    defended the decision"), not a fight, which the attacks around it tell.
    """
    if cue.words != ("defend",) or not actors:
        return False
    return all(sectors.get(doer) in _FIGHTERS for doer in actors)


_FIGHTERS = frozenset({"MIL", "REB"})


def won_not_taken(cue: Cue, actors: tuple[str, ...], sectors: Mapping[str, str | None]) -> bool:
    """Whether parties or firms "capture" or "seize" votes, seats or markets, by no force.

    "Labour captured Birmingham", "the Lib Dems seized the seat", "Vodafone
    captured a third of the market": an election or a trade won.
    """
    if cue.words not in TAKING or not actors:
        return False
    return all(sectors.get(doer) in _RIVALS for doer in actors)


_RIVALS = frozenset({"PTY", "OPP", "BUS"})
"""Sectors that win ground at the polls or in trade, not by arms."""


TAKING = frozenset({("seize",), ("capture",), ("recapture",), ("overrun",)})


def ground_taken(tree: Tree, verb: int) -> bool:
    """Whether a verb of taking takes ground: "seized the town", "captured Bakhmut".

    Not goods or people: "police seized the drugs", "captured two engineers".
    """
    taken = object_of(tree, verb)
    if taken is None:
        return False
    taken = _whole_of(tree, taken)
    word = tree.tokens[taken]
    if word.lemma.lower() in lexicons.word_set("ground_nouns.txt"):
        return True
    # A place the gazetteer knows, whatever the model tagged it ("seized Sanaa"
    # as a person); not a firm the model took for a place ("seize Yugansk").
    first, last = tree.subtree(taken)
    name = " ".join(t.text for t in tree.tokens[first:last] if t.pos == "PROPN")
    return word.pos == "PROPN" and bool(lookup(name) or lookup(word.text))


_SHARES = frozenset(
    {"most", "much", "part", "parts", "half", "all", "control", "swathe", "swathes"}
)


def _whole_of(tree: Tree, taken: int) -> int:
    """The ground a share stands for: "captured most of Aleppo", "seized control of the port"."""
    if tree.tokens[taken].lemma.lower() not in _SHARES:
        return taken
    of = next((c for c in tree.children[taken] if tree.tokens[c].text.lower() == "of"), None)
    if of is None:
        return taken
    return next((c for c in tree.children[of] if tree.tokens[c].dep == "pobj"), taken)


def aims_at_a_thing(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a verb of aiming, read as words, is aimed at a thing: no charge against anyone.

    With no weapon in its sentence, "campaigners target smoking in bars" or
    "the launch was timed to clash with her speech" blames no one, while
    "prosecutors targeted the ranch's owners" or "he clashed with ministers"
    sets one side against another.
    """
    if trigger.cue.type != "ASSAULT" or trigger.cue.pos != "VERB":
        return False
    first, last = tree.sentence_span(tree.sentence_of[trigger.token])
    if (
        physical(tree, first, last)
        or says_any(tree, first, last, "sanction_words.txt")
        or attacks_a_place(tree, trigger)
        or weapon_mode(tree, trigger, trigger.cue)[1]
    ):
        return False  # "troops targeted the depot", "targeted its oil with sanctions"
    if trigger.cue.words == ("target",):
        obj = object_of(tree, trigger.token)
        passive = subject_of(tree, trigger.token)[1]
        aimed = [] if obj is None or passive else [obj]
    elif trigger.cue.words == ("clash",):
        aimed = prepositional_objects(tree, trigger.token, frozenset({"with"}))
    else:
        return False
    return any(
        tree.tokens[word].pos == "NOUN"
        and word not in index.by_token
        and not _names_people(tree, word)
        for word in aimed
    )


def aimed_by_firms(trigger: Trigger, index: ActorIndex, actors: tuple[str, ...]) -> bool:
    """Whether firms "target" something: buyers or a market, with no force.

    "The chain has targeted the youth market", "the airline targets business
    travellers": in trade, aiming at no one named is selling. Aimed at an
    actor ("why target the airlines?", asked by a carrier's lobby) it may
    still be words against them (see :func:`_with_no_violence_word`).
    """
    return (
        trigger.cue.words == ("target",)
        and trigger.cue.pos == "VERB"
        and bool(actors)
        and all(actor in index.firms for actor in actors)
    )


def _names_people(tree: Tree, noun: int) -> bool:
    """Whether a common noun names people or a body: "his leaders", "rivals", "the firm"."""
    lexicon = load_actor_lexicon()
    lemma, text = tree.tokens[noun].lemma.lower(), tree.tokens[noun].text.lower()
    return (lemma,) in lexicon.titles or text in lexicon.people or lemma in lexicon.org_words


def weapon_mode(tree: Tree, trigger: Trigger, cue: Cue) -> tuple[Cue, list[str]]:
    """An attack's mode, from the weapon or armed doer the verb names, and the step.

    "Ukrainian drones struck a depot" is a drone attack and "gunmen killed
    five" a shooting, though "struck" and "killed" say neither
    (``lexicons/weapon_modes.tsv``); "carried out an air strike" is from the
    air, as the noun says.
    """
    if cue.type != "ASSAULT" or cue.mode is not None or cue.pos == "NOUN":
        return cue, []
    force = armed_strike(tree, trigger)
    if force is not None and STRIKING_FORCES[force] is not None:
        mode = STRIKING_FORCES[force]
        step = f"a strike the noun calls {force}: mode {mode}"
        return dataclasses.replace(cue, mode=mode), [step]
    for word in _weapon_words(tree, trigger.token):
        mode = mode_of_weapon(tree, word)
        if mode is not None:
            named = tree.tokens[word].text
            return dataclasses.replace(cue, mode=mode), [f"done by or with '{named}': mode {mode}"]
    return cue, []


def _weapon_words(tree: Tree, verb: int) -> list[int]:
    """The verb's subject, the doer of its passive, and what it was done "with"."""
    words = []
    for child in tree.children[verb]:
        dep, text = tree.tokens[child].dep, tree.tokens[child].text.lower()
        if dep == "nsubj":
            words.append(child)
        elif dep == "agent" or (dep == "prep" and text == "with"):
            words += [c for c in tree.children[child] if tree.tokens[c].dep == "pobj"]
    return words


def mode_of_weapon(tree: Tree, word: int) -> str | None:
    """The mode a weapon word gives, as a common noun: "Shell attacked the plan" is a firm."""
    if tree.tokens[word].tag in ("NNP", "NNPS"):
        return None
    modes = _weapon_modes()
    lemma = tree.tokens[word].lemma.lower()
    before = [tree.tokens[c].lemma.lower() for c in tree.children[word] if c == word - 1]
    return next((modes[(b, lemma)] for b in before if (b, lemma) in modes), None) or modes.get(
        (lemma,)
    )


@functools.cache
def _weapon_modes() -> dict[tuple[str, ...], str]:
    return {tuple(row["weapon"].split()): row["mode"] for row in lexicons.table("weapon_modes.tsv")}


STRIKING_FORCES = {"air": "aerial", "drone": "drone", "missile": "explosives", "military": None}
"""Words that make the strike a light verb carries out an armed one, with its mode."""


def armed_strike(tree: Tree, trigger: Trigger) -> str | None:
    """The word that makes a strike carried out an armed one, named on the verb's object.

    "The United States carried out an air strike against the group": the
    pair is "carry out strike", whose noun says it was from the air.
    """
    if trigger.cue.pos != "VERB+OBJ" or trigger.cue.words[-1:] != ("strike",):
        return None
    obj = object_of(tree, trigger.token)
    if obj is None:
        return None
    words = [tree.tokens[c].lemma.lower() for c in tree.children[obj] if c < obj]
    return next((w for w in words if w in STRIKING_FORCES), None)


def strikes_by_armed_powers(cue: Cue, doers: list[str | None]) -> bool:
    """Whether strikes are launched by governments, armies or armed groups, who never walk out.

    "The United States and Britain launched strikes on rebel targets":
    a state's strike is an armed one, while "the unions carried out
    strikes" is a walkout.
    """
    if cue.pos == "VERB" or "strike" not in cue.words[-1:] or not doers:
        return False
    return all(sector in _ARMED_POWERS for sector in doers)


_ARMED_POWERS = frozenset({"GOV", "MIL", "REB", "SPY"})


def targets_struck_by_armed_powers(tree: Tree, trigger: Trigger, doers: list[str | None]) -> bool:
    """Whether states or armed groups struck targets no one owns: "Israel struck targets in Gaza".

    A government that strikes "its targets" met its goals; targets of no
    one's, struck by a state, were bombed.
    """
    if trigger.cue.words != ("strike",) or not doers:
        return False
    obj = object_of(tree, trigger.token)
    return (
        obj is not None
        and tree.tokens[obj].lemma.lower() == "target"
        and not any(tree.tokens[c].dep == "poss" for c in tree.children[obj])
        and all(sector in _ARMED_POWERS for sector in doers)
    )


def done_with_words(tree: Tree, trigger: Trigger) -> Cue | None:
    """The cue of the words a blow is dealt with, when they are what it deals.

    "MPs bombarded the minister with requests to publish the letter" asks
    him to; the blow is only how hard. The words may come in a volley ("with
    a barrage of demands"). Only the words of a charge or a demand count:
    "hit the town with rockets" is no figure.
    """
    nouns = load().nouns
    for word in prepositional_objects(tree, trigger.token, frozenset({"with"})):
        held = _held_in_a_volley(tree, word)
        cue = nouns.get((tree.tokens[held].lemma.lower(),))
        if cue is not None and cue.type in ("REQUEST", "ACCUSE"):
            return cue
    return None


_VOLLEYS = frozenset(
    {"barrage", "volley", "flood", "stream", "torrent", "deluge", "hail", "string"}
)
"""Nouns of many words at once, which stand for the words they hold: "a barrage of requests"."""


def _held_in_a_volley(tree: Tree, noun: int) -> int:
    """The words a volley is of ("a barrage of requests": "requests"), or the noun itself."""
    if tree.tokens[noun].lemma.lower() not in _VOLLEYS:
        return noun
    held = prepositional_objects(tree, noun, frozenset({"of"}))
    return held[0] if held else noun


def without_violence(cue: Cue, *, walkout: bool) -> tuple[Cue, str]:
    """What an assault cue means in a sentence with no weapon or violence word.

    "The Tories attacked Labour's plans": words, not weapons (an air strike
    or a shooting, a cue with a mode, is never words). "The unions carried
    out strikes" is a walkout, and so is a strike with no one struck
    (``walkout``): "staff voted to strike over pay".
    """
    if walkout or (cue.pos != "VERB" and "strike" in cue.words[-1:]):
        return dataclasses.replace(cue, type="PROTEST", mode="strike"), "PROTEST/strike"
    return dataclasses.replace(cue, type="ACCUSE", mode=None), "ACCUSE"


def walks_out(tree: Tree, trigger: Trigger) -> bool:
    """Whether the verb "strike" strikes no one: it strikes over a grievance, or at nothing.

    "Civil servants voted to strike over job cuts" (the parse may make
    "over" a particle and the cuts its object), "drivers will strike on
    Friday"; but "the Tories struck back at Labour" and "struck at the
    heart of the plan" are words aimed at a side.
    """
    if trigger.cue.words != ("strike",) or trigger.cue.pos != "VERB":
        return False
    tokens = tree.tokens
    children = tree.children[trigger.token]
    if any(
        tokens[c].text.lower() == "back" or (tokens[c].dep == "prep" and _struck_at(tree, c))
        for c in children
    ):
        return False
    if any(tokens[c].text.lower() == "over" and tokens[c].dep in ("prt", "prep") for c in children):
        return True
    return not any(tokens[c].dep in ("dobj", "obj", "prt", "nsubjpass") for c in children)


def _struck_at(tree: Tree, preposition: int) -> bool:
    """Whether a preposition names what is struck: "at Labour", but not "on Friday"."""
    word = tree.tokens[preposition].text.lower()
    if word == "on":
        return not any(
            tree.tokens[c].text.lower() in _DAYS or tree.tokens[c].pos == "NUM"
            for c in tree.children[preposition]
        )
    return word in _STRUCK_AT


_STRUCK_AT = frozenset({"at", "against"})
_DAYS = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)


def physical(tree: Tree, first: int, last: int) -> bool:
    """Whether a sentence has a weapon or violence word: an attack in it is no verbal one.

    "force" as a verb compels, and harms no one: "airlines attacked the
    rules, saying they could be forced to raise fares" is words.
    """
    words = lexicons.word_set("violence_words.txt")
    return any(
        (token.lemma.lower() in words or token.text.lower() in words)
        and not (token.pos == "VERB" and token.lemma.lower() in _COMPELLING)
        and not _names_an_office(tree, i)
        for i, token in enumerate(tree.tokens[first:last], start=first)
    )


_COMPELLING = frozenset({"force"})
"""Violence words whose verb compels rather than harms ("was forced to resign")."""


def _names_an_office(tree: Tree, word: int) -> bool:
    """Whether a violence word only names an office: "police chief", "army commissioner".

    "The former police chief clashed with a campaigner" or "the army chief
    attacked the cuts" are words between office holders; "police officers
    clashed with fans" keeps its force.
    """
    token = tree.tokens[word]
    return token.dep == "compound" and tree.tokens[token.head].lemma.lower() in _OFFICES


_OFFICES = frozenset(
    {"chief", "commissioner", "constable", "minister", "spokesman", "spokeswoman",
     "spokesperson", "federation", "boss", "chairman", "chairwoman", "inspectorate"}
)  # fmt: skip
"""Heads of the titles and bodies a violence word may stand in as its field."""


def says_any(
    tree: Tree, first: int, last: int, lexicon: str, *, verbs_besides: frozenset[str] = frozenset()
) -> bool:
    """Whether words ``first`` to ``last`` hold a word (or its lemma) of a list lexicon.

    A verb whose lemma is in ``verbs_besides`` does not count.
    """
    words = lexicons.word_set(lexicon)
    return any(
        (token.lemma.lower() in words or token.text.lower() in words)
        and not (token.pos == "VERB" and token.lemma.lower() in verbs_besides)
        for token in tree.tokens[first:last]
    )


def tells_of_armed_force(tree: Tree, first: int, last: int) -> bool:
    """Whether a sentence tells of armed force: "the strike" in it is an attack, not a walkout."""
    return says_any(tree, first, last, "war_words.txt")


def attacks_a_place(tree: Tree, trigger: Trigger) -> bool:
    """Whether an attack is one of force by what it strikes ("a convoy") or, as a noun, its kind.

    See :func:`_an_armed_attack_noun` for the noun's.
    """
    i = trigger.token
    obj = object_of(tree, i) if trigger.cue.pos != "NOUN" else None
    targets = [obj] if obj is not None else []
    for word in trigger.words:
        targets += prepositional_objects(tree, word, frozenset({"on", "against"}))
    places = lexicons.word_set("physical_targets.txt")
    return any(tree.tokens[t].lemma.lower() in places for t in targets) or (
        trigger.cue.pos == "NOUN" and _an_armed_attack_noun(tree, i, targets)
    )


def _an_armed_attack_noun(tree: Tree, noun: int, targets: list[int]) -> bool:
    """Whether an attack noun is an armed one: "the terror attacks", "the attack on Iraq".

    An attack of terror is never one of words; nor, in a story with no
    weapon named, is an attack on a country or a region that no one's name
    owns ("after the attack on Iraq"): "his attack on Britain's rebate" and
    "the minister's attack on France" are words, aimed at a policy or owned
    by a speaker.
    """
    children = tree.children[noun]
    if any(tree.tokens[c].lemma.lower() in _TERROR for c in children):
        return True
    if any(tree.tokens[c].dep == "poss" for c in children):
        return False
    return any(
        tree.tokens[t].pos == "PROPN" and wide_place(tree.tokens[t].text) in _LANDS for t in targets
    )


_TERROR = frozenset({"terror", "terrorist", "suicide"})
"""Words on an attack noun that make it an armed one: "the terror attacks", "a suicide attack"."""
_LANDS = frozenset({"country", "region"})
