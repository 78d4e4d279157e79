"""Repairs to the model's parse where news sentences reliably fool it.

The small English model reads "Lord Greaves called last week for
observers." as a noun phrase ("Lord Greaves, called ...") with no verb of
its own: the past tense becomes a participle hanging on the name. Every
stage then loses the sentence's subject and its act. It also hangs what a
letter says on its addressee ("Ms Vega wrote to the minister demanding an
answer": the minister demands), joins a past tense to an infinitive ("said
it seemed to have been serious and called on ..."), and takes the subject
of an inverted passive ("Also detained were ...") for the auxiliary's
complement. It also joins the speaker's next act to what was reported ("Mr
Lee said the bill was rushed and urged the council to wait": the bill
urges) or to a relative clause told in the present or a gerund ("accused
the board of closing schools where children learn and called on ...": the
children call), takes a participle after a noun for a past tense of its own ("in a
move branded a retreat by the Greens": the move is branded, by the Greens), and
hangs a second gerund after "and to" on the main verb ("committed to reopening
the border and to sharing data": the speaker shares), and splits a name with a
title in two objects ("accused Kosovo Prime Minister Ana Lek") or an adjective from the
name it describes ("Sudan's paramilitary Rapid Support Forces"), and may take the verb of a
"whose" clause for the sentence's own ("The minister, whose plan is expected on Friday, also
rejected ...": the minister rejects), and hangs a purpose set off by a comma on the "as"
clause before it ("walked to the front as the crowd rose, to make an appeal": she appeals), and
takes the subject after an opening "along with X," for another name of X, leaving the verb
with no subject, and reads "shadow" before a brief of two words as a verb ("said Tory shadow
local government secretary X": X is shadowed, not the speaker), and reads a verdict's "found
him guilty" as a clause of its own, "him guilty", as if he were the one finding. A repair here
puts them right once, in the records all stages read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from dateline.records import Span, Token
from dateline.stages._tree import FINITE_TAGS, PRESENT_TAGS
from dateline.stages.quotes import cues as quote_cues

_MIN_TOKENS = 8
"""Shorter "sentences" are headlines and captions, where a bare participle
is the norm ("Two soldiers killed in Basra")."""
_PARTICLES = frozenset({"for", "on"})
"""Prepositions that follow an act told in the active ("called for",
"called on"), never a participle of a noun ("observers called for" is no
phrase a reporter writes)."""


WRITING_VERBS = frozenset({"write"})
"""Verbs whose "to" names the one written to, never the one a participle after it tells of."""


def repair(tokens: Sequence[Token], sentences: Sequence[Span]) -> tuple[Token, ...]:
    """``tokens`` with verbless sentences given their verb, and letters their writer."""
    repaired = list(tokens)
    for start, end in sentences:
        _repair_sentence(repaired, start, end)
    return tuple(repaired)


def _repair_sentence(repaired: list[Token], start: int, end: int) -> None:
    """Put right, in place, what the model reliably gets wrong in one sentence."""
    _repair_the_root(repaired, start, end)
    for rehung in (
        _finite_verbs_on_infinitives,
        _speakers_acts_in_reported_clauses,
        _past_tenses_joined_to_lesser_clauses,
        _names_hung_on_the_body_of_a_title,
        _participles_joined_to_reported_clauses,
        _purposes_hung_on_a_subordinate_clause,
    ):
        for token, head in rehung(repaired, start, end):
            repaired[token] = dataclasses.replace(repaired[token], head=head)
    for subject, verb in _inverted_passive_subjects(repaired, start, end):
        repaired[subject] = dataclasses.replace(repaired[subject], dep="nsubjpass", head=verb)
    for subject, verb in _subjects_taken_for_an_opening_apposition(repaired, start, end):
        repaired[subject] = dataclasses.replace(repaired[subject], dep="nsubj", head=verb)
    for participle, noun in _participles_taken_for_past_tenses(repaired, start, end):
        _make_participle(repaired, participle, noun, start)
    for item, first in (
        *_second_gerunds_after_to(repaired, start, end),
        *_list_items_hung_on_the_verb(repaired, start, end),
    ):
        repaired[item] = dataclasses.replace(repaired[item], dep="conj", head=first)
    for word, name in _names_split_in_two_objects(repaired, start, end):
        repaired[word] = dataclasses.replace(repaired[word], dep="compound", head=name)
    for adjective, name in _adjectives_split_from_their_name(repaired, start, end):
        _make_modifier(repaired, adjective, name, start, end)
    for participle, writing in _said_in_writing(repaired, start, end):
        repaired[participle] = dataclasses.replace(repaired[participle], dep="advcl", head=writing)
    _repair_shadow_briefs(repaired, start, end)
    _repair_gerund_subjects(repaired, start, end)
    _repair_verdicts(repaired, start, end)


def _repair_the_root(repaired: list[Token], start: int, end: int) -> None:
    """Make the sentence's own verb its root where the model gave the root to another word."""
    for auxiliary, participle in _perfects_split_by_an_adverb(repaired, start, end):
        _join_the_perfect(repaired, auxiliary, participle, start, end)
    found = _verb_taken_for_a_participle(repaired, start, end) or _verb_joined_to_a_relative_clause(
        repaired, start, end
    )
    if found is not None:
        _make_root(repaired, *found, end)
    whose = _whose_clause_taken_for_the_sentence(repaired, start, end)
    if whose is not None:
        _give_back_the_root(repaired, *whose, end)
    reported = _reported_verb_hung_on_an_agent(repaired, start, end)
    if reported is not None:
        verb, subject, saying = reported
        repaired[verb] = dataclasses.replace(repaired[verb], dep="ccomp", head=saying, tag="VBD")
        repaired[subject] = dataclasses.replace(repaired[subject], dep="nsubj", head=verb)


def _finite_verbs_on_infinitives(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Past tenses the model joined to an infinitive, with the verb they go with.

    A past tense is no conjunct of "to prevent" or "to have been": in "Harris
    urged Chile to prevent attacks and expressed thanks", "expressed" is
    joined to "urged", and in "She said the damage seemed to have been
    serious and called on the owners to pay", "called" to "said": the nearest
    finite verb above, passing over verbs like "seem" whose subject does
    nothing. So is it of an infinitive on a noun: in "condemned the attempt
    to deport them and accused ministers", "accused" goes with "condemned".
    """
    found = []
    for i in range(start, end):
        head = tokens[i].head
        # The model may tag the past tense a participle there: a bare
        # infinitive takes no participle as its conjunct.
        on_a_noun = tokens[i].tag in ("VBD", "VBN") and _infinitive_on_a_noun(tokens, head, start)
        if not (
            tokens[i].dep == "conj"
            and (
                on_a_noun
                or (
                    tokens[i].tag == "VBD"
                    and tokens[head].tag in ("VB", "VBN")
                    and tokens[head].dep == "xcomp"
                )
            )
        ):
            continue
        verb = _finite_above(tokens, head)
        if verb is not None:
            found.append((i, verb))
    return found


def _infinitive_on_a_noun(tokens: list[Token], verb: int, start: int) -> bool:
    """Whether a verb is a "to" infinitive on a noun: "the attempt to deport them"."""
    return (
        tokens[verb].dep == "acl"
        and tokens[verb].tag == "VB"
        and any(
            tokens[j].dep == "aux" and tokens[j].text.lower() == "to"
            for j in _children(tokens, verb, start, verb)
        )
    )


def _speakers_acts_in_reported_clauses(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Acts of speech the model joined to the reported clause, with the verb of saying.

    In "Mr Lee said the bill was rushed and urged the council to wait" the
    model makes "urged" a conjunct of "was", so the bill urges. A past tense
    of speech with no subject of its own, joined to the clause a verb of
    saying reports, is the speaker's next act: "said ... and added",
    "said ... but dismissed the claims". A clause that itself reports
    speech ("said the minister had told them ... and added") is left alone:
    either speaker may be meant. So is a past participle with an object of
    its own joined to a passive ("said 200 people had been arrested and
    accused officers of ...": no passive takes an object, so the model took a
    past tense for a participle).
    """
    speech = quote_cues.lemmas()
    found = []
    for i in range(start, end):
        reported = tokens[i].head
        saying = tokens[reported].head
        if (
            tokens[i].dep == "conj"
            and _told_in_the_past(tokens, i, reported, (start, end))
            and tokens[i].lemma.lower() in speech
            and tokens[reported].dep == "ccomp"
            and tokens[reported].lemma.lower() not in speech
            and tokens[saying].lemma.lower() in speech
            and saying < reported < i
            and not _has_subject(tokens, i, start, end)
        ):
            found.append((i, saying))
    return found


def _told_in_the_past(
    tokens: list[Token], verb: int, joined_to: int, sentence: tuple[int, int]
) -> bool:
    """Whether ``verb`` is a past tense, or a participle that can only be one.

    A participle with a direct object joined to a passive verb is active:
    "had been arrested and accused officers" has one passive, not two.
    """
    if tokens[verb].tag == "VBD":
        return True
    children = [tokens[c] for c in range(*sentence)]
    return (
        tokens[verb].tag == "VBN"
        and any(c.head == verb and c.dep == "dobj" for c in children)
        and any(c.head == joined_to and c.dep == "auxpass" for c in children)
        and not any(c.head == verb and c.dep in ("aux", "auxpass") for c in children)
    )


def _past_tenses_joined_to_lesser_clauses(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Past tenses the model joined to a lesser clause, with the verb they go with.

    In "The union accused the board of closing schools where children learn
    and called on the minister to act" the model makes "called" a conjunct
    of "learn", so the children call, or of "closing", so the board calls.
    A past tense with no subject of its own goes on no relative clause told
    in the present and on no gerund: it is the next act of the past-tense
    verb above them. A relative clause told in the past ("where children
    learned and ...") is left alone, as either may be meant; so is one whose
    subject is its pronoun (:func:`_relative_subject`).
    """
    found = []
    for i in range(start, end):
        clause = tokens[i].head
        if not (
            tokens[i].dep == "conj"
            and tokens[i].tag == "VBD"
            and (
                (tokens[clause].dep == "relcl" and tokens[clause].tag in PRESENT_TAGS)
                or (tokens[clause].dep == "pcomp" and tokens[clause].tag == "VBG")
            )
            and clause < i
            and not _has_subject(tokens, i, start, end)
            and not _relative_subject(tokens, clause, start, end)
        ):
            continue
        verb = _finite_above(tokens, clause)
        if verb is not None and tokens[verb].tag == "VBD":
            found.append((i, verb))
    return found


def _purposes_hung_on_a_subordinate_clause(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Purpose infinitives the model hung on an "as" or "when" clause, with the verb they go with.

    "She walked to the front as the crowd rose, to make an appeal": the
    comma closes the clause, and what is done "to make an appeal" is the
    walking, by her, not the crowd's rising.
    """
    found = []
    for i in range(start + 1, end):
        clause = tokens[i].head
        if (
            tokens[i].dep == "advcl"
            and tokens[i].tag == "VB"
            and tokens[i - 1].text.lower() == "to"
            and i >= start + 2
            and tokens[i - 2].text == ","
            and clause < i
            and tokens[clause].dep == "advcl"
            and _marked_by(tokens, clause, _SUBORDINATORS, start, end)
        ):
            found.append((i, tokens[clause].head))
    return found


_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "once"})
"""Words that open a clause telling when the main act was done, not what it was for."""


def _marked_by(
    tokens: list[Token], clause: int, words: frozenset[str], start: int, end: int
) -> bool:
    return any(
        tokens[c].dep == "mark" and tokens[c].text.lower() in words
        for c in _children(tokens, clause, start, end)
    )


def _relative_subject(tokens: list[Token], clause: int, start: int, end: int) -> bool:
    """Whether a relative clause's subject is its pronoun ("who is a member and was ...").

    Such a clause tells of the noun it hangs on, in any tense: "Mr Mates, who
    is a member and was part of the inquiry, told ..." joins both to "who".
    """
    return any(
        tokens[i].head == clause
        and tokens[i].dep in ("nsubj", "nsubjpass")
        and tokens[i].tag in ("WP", "WDT")
        for i in range(start, end)
    )


def _participles_taken_for_past_tenses(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Participles after a noun the model took for a past tense, with their noun.

    In "Ms Rahn cut the levy, in a move branded a retreat by the Greens" the
    model makes "branded" a past tense of its own, a clause of "cut" whose
    subject it borrows: Ms Rahn brands. A past tense straight after a noun,
    with no subject or auxiliary of its own, that says by whom it was done
    ("by the Greens", on the verb or on what it calls the noun) is a
    participle of that noun.
    """
    found = []
    for i in range(start + 1, end):
        noun = i - 1
        if (
            tokens[i].tag == "VBD"
            and tokens[i].dep in ("advcl", "acl", "relcl", "conj")
            and tokens[noun].pos in ("NOUN", "PROPN")
            and not any(
                tokens[c].head == i and tokens[c].dep in ("aux", "auxpass", "nsubj", "nsubjpass")
                for c in range(start, end)
            )
            and _says_by_whom(tokens, i, start, end)
        ):
            found.append((i, noun))
    return found


def _make_participle(tokens: list[Token], participle: int, noun: int, start: int) -> None:
    """Hang a past tense on the noun before it as its participle."""
    clause = tokens[participle].head
    for child in range(start, participle):
        # "in a move branded ...": the phrase holding the noun goes to the clause.
        if tokens[child].head == participle:
            tokens[child] = dataclasses.replace(tokens[child], head=clause)
    if not _within(tokens, noun, participle):
        tokens[participle] = dataclasses.replace(
            tokens[participle], tag="VBN", dep="acl", head=noun
        )


def _says_by_whom(tokens: list[Token], verb: int, start: int, end: int) -> bool:
    """Whether a "by" phrase hangs on a verb, or on its object."""
    holders = {verb} | {
        c for c in range(start, end) if tokens[c].head == verb and tokens[c].dep == "dobj"
    }
    return any(
        tokens[c].head in holders and tokens[c].text.lower() == "by" and c > verb
        for c in range(start, end)
    )


def _has_subject(tokens: list[Token], verb: int, start: int, end: int) -> bool:
    return any(
        tokens[i].head == verb and tokens[i].dep in ("nsubj", "nsubjpass")
        for i in range(start, end)
    )


def _finite_above(tokens: list[Token], token: int) -> int | None:
    """The nearest finite verb above ``token`` that tells an act, if any."""
    seen = {token}
    while tokens[token].head not in seen:
        token = tokens[token].head
        seen.add(token)
        if tokens[token].tag in FINITE_TAGS and tokens[token].lemma.lower() not in _RAISING:
            return token
    return None


_RAISING = frozenset({"seem", "appear", "tend", "happen", "be", "have"})
"""Verbs whose subject only stands in for their complement's ("X seemed to be ...")."""


def _inverted_passive_subjects(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Subjects the model took for a complement of the auxiliary, with their verb.

    "Also detained were Ana Rojas and her brothers": Ana Rojas was detained.
    """
    found = []
    for i in range(start, end):
        auxiliary = tokens[i].head
        verb = tokens[auxiliary].head
        if (
            tokens[i].dep == "attr"
            and tokens[auxiliary].dep == "auxpass"
            and verb < auxiliary < i
            and tokens[verb].tag == "VBN"
        ):
            found.append((i, verb))
    return found


def _subjects_taken_for_an_opening_apposition(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """A subject the model hung on the phrase that opens the sentence, with the verb it goes with.

    In "Along with the GMB, the TGWU and Amicus signed a deal" the model takes
    "the TGWU and Amicus" for another name of the GMB, set off by a comma, and
    leaves "signed" with no subject. Only when the root has no subject of its
    own, the opening phrase is one of company ("along with", "together with") and
    ends at that comma, and the verb is active.
    """
    root = _root(tokens, start, end)
    if root is None or tokens[root].pos != "VERB" or _subjects(tokens, root, start, end):
        return []
    opening = next((c for c in _children(tokens, root, start, end) if c < root), None)
    if (
        opening is None
        or tokens[opening].dep != "prep"
        or opening > start + 1
        or tokens[opening].lemma.lower() not in _IN_COMPANY
        or any(tokens[c].dep == "auxpass" for c in _children(tokens, root, start, end))
    ):
        return []  # "Between 1,000 people, mainly migrants, were held": no subject lost
    # "Along with X": the model hangs "with" on "along", and X on "with".
    heads = [opening] + [
        c for c in _children(tokens, opening, start, end) if tokens[c].dep == "prep"
    ]
    for noun in (c for h in heads for c in _children(tokens, h, start, end)):
        if tokens[noun].dep != "pobj":
            continue
        children = _children(tokens, noun, start, end)
        commas = [c for c in children if tokens[c].text == "," and c > noun]
        for named in children:
            if (
                named < root
                and commas
                and commas[0] < named
                and _a_new_phrase(tokens, named, children, commas[0])
            ):
                return [(named, root)]
    return []


def _a_new_phrase(tokens: list[Token], named: int, children: list[int], comma: int) -> bool:
    """Whether a name after the comma starts a phrase of its own, not the opening's.

    An apposition always does; a conjunct does once the opening list was
    closed by its own "and" before the comma: "along with A and B, C and D".
    """
    if tokens[named].dep == "appos":
        return True
    return tokens[named].dep == "conj" and any(
        tokens[c].dep == "cc" and c < comma for c in children
    )


_IN_COMPANY = frozenset({"along", "alongside", "together", "with"})
"""Words that open a phrase of those acting beside the subject: "along with", "together with"."""


def _names_split_in_two_objects(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """A name's first word the model took for an object of its own, with the word it goes on.

    "accused Kosovo Prime Minister Ana Lek of ...": the model makes "Kosovo"
    one object and "Lek" another, though a verb takes one direct object.
    The first joins the title that follows it when every word between the two
    is part of the second object's name.
    """
    found = []
    for first in range(start, end - 2):
        if tokens[first].dep != "dobj" or tokens[first].pos != "PROPN":
            continue
        verb = tokens[first].head
        second = next(
            (
                k
                for k in range(first + 2, end)
                if tokens[k].head == verb and tokens[k].dep == "dobj"
            ),
            None,
        )
        if second is not None and all(
            tokens[k].dep == "compound" and first < tokens[k].head <= second
            for k in range(first + 1, second)
        ):
            found.append((first, tokens[first + 1].head))
    return found


def _list_items_hung_on_the_verb(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """A list's middle item the model hung on the verb, with the list's first item.

    "called for reform of the UN, the World Bank and the IMF": the model
    may take "the World Bank" (with "and the IMF" on it) for a second object
    of "called", though it follows a comma and the noun "of" ends on, and
    ends in "and" and another item as a list does.
    """
    found = []
    for comma in range(start + 1, end - 1):
        first = comma - 1
        if tokens[comma].text != "," or tokens[first].dep not in ("pobj", "dobj", "conj"):
            continue
        item = next((k for k in range(comma + 1, end) if tokens[k].head <= comma), None)
        if (
            item is not None
            and tokens[item].dep in _OBJECTS_OF_THE_VERB
            and tokens[item].pos in ("NOUN", "PROPN")
            and tokens[item].head != first
            and _within(tokens, first, tokens[item].head)
            and all(tokens[k].head in range(k, item + 1) for k in range(comma + 1, item))
            and {"cc", "conj"} <= {tokens[c].dep for c in _children(tokens, item, start, end)}
        ):
            found.append((item, first))
    return found


_OBJECTS_OF_THE_VERB = frozenset({"oprd", "dobj", "npadvmod", "attr", "appos"})


def _adjectives_split_from_their_name(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """An adjective the model took for a subject or object of its own, with the name it describes.

    "Sudan's paramilitary Rapid Support Forces shelled the camp": the model
    makes "paramilitary" (with "Sudan's" on it) one subject and "Forces"
    another, though the adjective only describes the name right after it.
    """
    found = []
    for adjective in range(start, end - 1):
        word = tokens[adjective]
        if word.pos != "ADJ" or word.dep not in _ARGUMENTS:
            continue
        name = adjective + 1
        while name < end and tokens[name].dep == "compound" and tokens[name].head > name:
            name = tokens[name].head
        if (
            name < end
            and tokens[name].pos == "PROPN"
            and (tokens[name].dep, tokens[name].head) == (word.dep, word.head)
        ):
            found.append((adjective, name))
    return found


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _make_modifier(tokens: list[Token], adjective: int, name: int, start: int, end: int) -> None:
    """Hang an adjective on the name it describes, and what the model hung on it with it."""
    tokens[adjective] = dataclasses.replace(tokens[adjective], dep="amod", head=name)
    for k in _children(tokens, adjective, start, end):
        tokens[k] = dataclasses.replace(tokens[k], head=name)


def _names_hung_on_the_body_of_a_title(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """A person's name set beside a title, which the model hung on the title's body.

    "The US envoy to NATO, Kurt Volker, said": the model makes Volker an
    apposition to NATO; no person stands in apposition to a body, so the
    name goes on the noun the body's preposition hangs on.
    """
    found = []
    for name in range(start, end):
        body = tokens[name].head
        if tokens[name].dep != "appos" or tokens[name].ent_type != "PERSON":
            continue
        preposition = tokens[body].head
        title = tokens[preposition].head
        if (
            tokens[body].dep == "pobj"
            and tokens[body].ent_type in ("ORG", "GPE")
            and tokens[preposition].dep == "prep"
            and tokens[title].pos == "NOUN"
            and title < body < name
        ):
            found.append((name, title))
    return found


def _second_gerunds_after_to(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Gerunds after "and to" the model hung apart, with the gerund after "to" before them.

    In "committed to reconvening the commission and to sharing intelligence"
    the model takes the second "to" for an infinitive's and hangs "sharing"
    on the main verb, so that the speaker shares. A gerund whose "to" comes
    right after "and" goes with the gerund an earlier "to" governs.
    """
    found = []
    for i in range(start + 2, end):
        to = i - 1
        if not (
            tokens[i].tag == "VBG"
            and tokens[to].text.lower() == "to"
            and tokens[to].head == i
            and tokens[to - 1].text.lower() == "and"
        ):
            continue
        first = next(
            (
                g
                for g in range(to - 2, start, -1)
                if tokens[g].tag == "VBG"
                and tokens[g].dep == "pcomp"
                and tokens[tokens[g].head].text.lower() == "to"
            ),
            None,
        )
        if first is not None:
            found.append((i, first))
    return found


def _participles_joined_to_reported_clauses(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Participles the model joined to the verb a participle reports, with that participle.

    A participle is no conjunct of a bare verb after a modal: in "saying the
    talks would fail and blaming the Tories" and "with Ms Lucas saying
    ministers must act and accusing them of delay", "blaming" and "accusing"
    are joined to "saying", whose doer does them.
    """
    found = []
    for i in range(start, end):
        head = tokens[i].head
        if not (
            tokens[i].dep == "conj"
            and tokens[i].tag == "VBG"
            and tokens[head].tag == "VB"
            and tokens[head].dep == "ccomp"
            and any(
                tokens[c].dep == "aux" and tokens[c].tag == "MD"
                for c in _children(tokens, head, start, end)
            )
        ):
            continue
        saying = tokens[head].head
        if tokens[saying].tag == "VBG" and saying < head:
            found.append((i, saying))
    return found


def _children(tokens: list[Token], head: int, start: int, end: int) -> list[int]:
    return [c for c in range(start, end) if tokens[c].head == head and c != head]


def _root(tokens: list[Token], start: int, end: int) -> int | None:
    """The sentence's root, if the model gave it one."""
    return next((i for i in range(start, end) if tokens[i].dep == "ROOT"), None)


def _subjects(tokens: list[Token], verb: int, start: int, end: int) -> list[int]:
    """A verb's subjects, active or passive, in text order."""
    return [i for i in _children(tokens, verb, start, end) if tokens[i].dep in _SUBJECT_DEPS]


def _has_object(tokens: list[Token], verb: int, start: int, end: int) -> bool:
    """Whether a verb has a direct object of its own."""
    return any(tokens[c].dep == "dobj" for c in _children(tokens, verb, start, end))


def _said_in_writing(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Participles the model hung on the one written to, with the verb of writing.

    "wrote to all three parties urging them to agree": the writer urges.
    """
    found = []
    for i in range(start, end):
        if tokens[i].dep != "acl" or tokens[i].tag != "VBG":
            continue
        addressee = tokens[i].head
        to = tokens[addressee].head
        writing = tokens[to].head
        if (
            tokens[addressee].dep == "pobj"
            and tokens[to].text.lower() == "to"
            and tokens[writing].lemma.lower() in WRITING_VERBS
        ):
            found.append((i, writing))
    return found


_BETWEEN_A_PERFECT = frozenset({"ADV", "SCONJ", "ADP"})
"""What may stand between "have" and its participle: "long since", "only just"."""


def _perfects_split_by_an_adverb(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int]]:
    """Each "have" the model took for a main verb, with the participle it is the auxiliary of.

    In "the two agencies have long since upped their grades" the model
    reads "since" as opening a clause: "have" becomes the verb, the
    subject's, and "upped" an adverbial clause with no subject, so the
    raising has no doer. A past participle on "have" with only adverbs
    between them, no subject of its own and a "have" that holds no object
    is the perfect "have upped".
    """
    found = []
    for participle in range(start, end):
        have = tokens[participle].head
        if (
            tokens[participle].dep == "advcl"
            and tokens[participle].tag == "VBN"
            and tokens[have].lemma == "have"
            and tokens[have].tag in FINITE_TAGS
            and have + 1 < participle
            and all(tokens[i].pos in _BETWEEN_A_PERFECT for i in range(have + 1, participle))
            and not _has_subject(tokens, participle, start, end)
            and not _has_object(tokens, have, start, end)
        ):
            found.append((have, participle))
    return found


def _join_the_perfect(
    tokens: list[Token], auxiliary: int, participle: int, start: int, end: int
) -> None:
    """Make ``auxiliary`` the "have" of ``participle``, which takes its place and its words."""
    auxiliary_token = tokens[auxiliary]
    rooted = auxiliary_token.dep == "ROOT"
    tokens[participle] = dataclasses.replace(
        tokens[participle],
        dep=auxiliary_token.dep,
        head=participle if rooted else auxiliary_token.head,
    )
    for child in _children(tokens, auxiliary, start, end):
        if child != participle:
            tokens[child] = dataclasses.replace(tokens[child], head=participle)
    tokens[auxiliary] = dataclasses.replace(auxiliary_token, dep="aux", head=participle)


def _verb_taken_for_a_participle(
    tokens: list[Token], start: int, end: int
) -> tuple[int, int] | None:
    """The finite verb the model hung on the subject as a participle, and the root, if any.

    The sentence ends with a full stop, its root is a noun, and the first
    verb in it outside a relative clause ("Russia, which has troops there,
    called on ...") is a participle (``acl``) with neither auxiliary nor "by"
    agent that takes an object or a particle of an active verb: "X called on
    Y to act", "One poster depicted Mr Howard". "Claims made in a book" or
    "the qualifications achieved by those taking part" stay as they are.
    """
    if end - start < _MIN_TOKENS or _last_word(tokens, start, end) not in (".", '"'):
        return None
    root = _root(tokens, start, end)
    if root is None or tokens[root].pos not in ("NOUN", "PROPN"):
        return None
    verb = next(
        (
            i
            for i in range(start, end)
            if tokens[i].pos in ("VERB", "AUX") and not _in_relative_clause(tokens, i, root)
        ),
        None,
    )
    if verb is None or tokens[verb].dep != "acl" or tokens[verb].tag not in ("VBN", "VBD"):
        return None
    children = [i for i in range(start, end) if tokens[i].head == verb and i != verb]
    deps = {tokens[i].dep for i in children}
    if deps & {"aux", "auxpass", "agent"}:
        return None
    particle = any(
        tokens[i].dep == "prep" and tokens[i].text.lower() in _PARTICLES for i in children
    )
    in_subject = _within(tokens, tokens[verb].head, root)
    return (verb, root) if in_subject and ("dobj" in deps or particle) else None


def _last_word(tokens: list[Token], start: int, end: int) -> str:
    """The sentence's last token that is not white space.

    A sentence that ends its paragraph holds the line break after its full
    stop as a token of its own.
    """
    words = (tokens[i].text for i in range(end - 1, start - 1, -1))
    return next((word for word in words if word.strip()), "")


def _verb_joined_to_a_relative_clause(
    tokens: list[Token], start: int, end: int
) -> tuple[int, int] | None:
    """The finite verb the model joined to the relative clause on a root noun, and the root.

    "Egypt, whose revenue has fallen, called on all parties to ...": a verb
    after the comma that closes the clause, with no "and" to join it (the
    model makes it the clause's conjunct or adverbial clause), is
    the sentence's own, done by the noun. Only a past tense with an object
    or a particle, as for a verb taken for a participle.
    """
    root = _root(tokens, start, end)
    if root is None or tokens[root].pos not in ("NOUN", "PROPN"):
        return None
    for verb in range(start + 1, end):
        clause = tokens[verb].head
        if not (
            tokens[verb].dep in ("conj", "advcl")
            and tokens[verb].tag in ("VBN", "VBD")
            and tokens[verb - 1].text == ","
            and tokens[clause].dep == "relcl"
            and tokens[clause].head == root
        ):
            continue
        joined = [c for c in _children(tokens, clause, start, end) if clause < c < verb]
        if any(tokens[c].dep == "cc" for c in joined):
            return None  # "which has fallen, and called": the clause's own two verbs
        children = _children(tokens, verb, start, end)
        particle = any(
            tokens[c].dep == "prep" and tokens[c].text.lower() in _PARTICLES for c in children
        )
        objects = any(tokens[c].dep == "dobj" for c in children)
        return (verb, root) if objects or particle else None
    return None


def _whose_clause_taken_for_the_sentence(
    tokens: list[Token], start: int, end: int
) -> tuple[int, int, int] | None:
    """The sentence's verb, its subject and the "whose" clause's verb the model made the root.

    "The minister, whose plan is expected to be published on Friday, also
    rejected claims ...": the model may make the clause's "expected" the
    root, with both the minister and the plan its subjects, and hang
    "rejected" on it with no role. The past tense after the comma that
    closes the clause, with an object, is the minister's.
    """
    root = _root(tokens, start, end)
    if root is None or tokens[root].pos not in ("VERB", "AUX"):
        return None
    subjects = [i for i in _subjects(tokens, root, start, end) if i < root]
    if len(subjects) < _TWO_SUBJECTS or not _opens_whose_clause(tokens, subjects[0], subjects[1]):
        return None
    for verb in _children(tokens, root, start, end):
        if (
            verb > root
            and tokens[verb].dep == "dep"
            and tokens[verb].tag == "VBD"
            and _has_object(tokens, verb, start, end)
        ):
            return verb, subjects[0], root
    return None


def _reported_verb_hung_on_an_agent(
    tokens: list[Token], start: int, end: int
) -> tuple[int, int, int] | None:
    """The reported clause's verb the model hung on a "by" agent, its subject and the saying.

    "Troops backed by helicopters killed 20 of the attackers, the army
    said": the model may read "helicopters killed 20" as a participle on
    the agent and give "Troops" to "said" as a second subject; "Armed
    bandits killed 20 farmers ..., police said", "killed" as a participle on
    "bandits" itself. A participle with an object of its own is no passive;
    the first subject of the saying, before the comma, is the one that did it.
    """
    root = _root(tokens, start, end)
    if root is None or tokens[root].pos != "VERB":
        return None
    subjects = _subjects(tokens, root, start, end)
    if len(subjects) != _TWO_SUBJECTS or not subjects[0] < subjects[1] < root:
        return None
    first, said_by = subjects
    for verb in range(first + 1, said_by):
        noun = tokens[verb].head
        if (
            tokens[verb].dep == "acl"
            and tokens[verb].tag == "VBN"
            and (
                noun == first
                or (tokens[noun].dep == "pobj" and tokens[tokens[noun].head].dep == "agent")
            )
            and _has_object(tokens, verb, start, end)
            and any(tokens[c].text == "," for c in range(verb, said_by))
        ):
            return verb, first, root
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_TWO_SUBJECTS = 2


def _opens_whose_clause(tokens: list[Token], noun: int, clause_subject: int) -> bool:
    """Whether ``noun`` is followed by ", whose" owning ``clause_subject``."""
    comma, whose = noun + 1, noun + 2
    return (
        whose < clause_subject
        and tokens[comma].text == ","
        and tokens[whose].text.lower() == "whose"
        and tokens[whose].head == clause_subject
    )


def _give_back_the_root(
    tokens: list[Token], verb: int, subject: int, clause: int, end: int
) -> None:
    """Make ``verb`` the root, ``subject`` its subject and ``clause`` a relative clause on it."""
    tokens[verb] = dataclasses.replace(tokens[verb], dep="ROOT", head=verb)
    tokens[subject] = dataclasses.replace(tokens[subject], dep="nsubj", head=verb)
    tokens[clause] = dataclasses.replace(tokens[clause], dep="relcl", head=subject)
    for i in range(verb + 1, end):
        if tokens[i].head == clause:
            # The full stop and what follows the verb are the verb's, not the clause's.
            tokens[i] = dataclasses.replace(tokens[i], head=verb)


def _in_relative_clause(tokens: list[Token], token: int, root: int) -> bool:
    """Whether ``token`` is a relative clause's verb or hangs below one, under ``root``."""
    seen = set()
    while token != root and token not in seen:
        seen.add(token)
        if tokens[token].dep == "relcl":
            return True
        token = tokens[token].head
    return False


def _within(tokens: list[Token], token: int, root: int) -> bool:
    """Whether ``token`` lies in the phrase headed by ``root`` (is it or hangs below it)."""
    seen = set()
    while token != root and token not in seen:
        seen.add(token)
        if tokens[token].head == token:
            return False
        token = tokens[token].head
    return token == root


def _make_root(tokens: list[Token], verb: int, root: int, end: int) -> None:
    """Make ``verb`` the root with the old ``root`` as its subject, and a past tense."""
    tokens[verb] = dataclasses.replace(tokens[verb], dep="ROOT", head=verb, tag="VBD")
    tokens[root] = dataclasses.replace(tokens[root], dep="nsubj", head=verb)
    for i in range(verb + 1, end):
        if tokens[i].head == root and tokens[i].dep == "punct":
            # The full stop ends the clause, not the noun phrase.
            tokens[i] = dataclasses.replace(tokens[i], head=verb)


def _repair_shadow_briefs(tokens: list[Token], start: int, end: int) -> None:
    """Read each opposition title the model split with "shadow" as a verb as one title."""
    for found in _shadow_briefs_taken_for_verbs(tokens, start, end):
        _make_shadow_brief(tokens, found, start, end)


def _shadow_briefs_taken_for_verbs(
    tokens: list[Token], start: int, end: int
) -> list[tuple[int, int, int]]:
    """An opposition title whose "shadow" the model took for a verb, with the title's noun and name.

    Before a brief of two words or more ("said Tory shadow local government
    secretary X") the model reads "shadow" as a verb with the party as its
    subject and the person as its object, so the person no longer says
    what the sentence reports. Only a "shadow" hung on a verb, every word
    between it and the name in lower case, is read so.
    """
    found = []
    for shadow in range(start, end):
        word = tokens[shadow]
        if word.text.lower() != "shadow" or word.pos != "VERB" or word.dep not in _CLAUSES:
            continue
        name = next(
            (c for c in _children(tokens, shadow, start, end) if tokens[c].dep == "dobj"), None
        )
        if name is None or tokens[name].ent_type != "PERSON" or name < shadow:
            continue
        first = shadow + 1
        while first < name and tokens[first].text.islower() and tokens[first].text.isalpha():
            first += 1
        title = first - 1
        if title > shadow and tokens[title].pos == "NOUN" and tokens[first].ent_type == "PERSON":
            found.append((shadow, title, name))
    return found


_CLAUSES = frozenset({"ccomp", "xcomp"})


def _make_shadow_brief(
    tokens: list[Token], found: tuple[int, int, int], start: int, end: int
) -> None:
    """Make "shadow" and the party word before it part of the title, the name the clause's.

    The name takes the place a speaker has after "said" (the subject) unless
    the verb has a subject already ("the reply did not impress X": the object).
    """
    shadow, title, name = found
    verb = tokens[shadow].head
    has_subject = any(s != shadow for s in _subjects(tokens, verb, start, end))
    tokens[name] = dataclasses.replace(
        tokens[name], dep="dobj" if has_subject else "nsubj", head=verb
    )
    for k in _children(tokens, shadow, start, end):
        if k != name:
            tokens[k] = dataclasses.replace(tokens[k], dep="compound", head=title)
    tokens[shadow] = dataclasses.replace(
        tokens[shadow], pos="NOUN", tag="NN", lemma="shadow", dep="compound", head=title
    )


_NOUN_PHRASE_DEPS = frozenset({"prep", "amod", "det", "compound", "punct", "poss", "nummod"})
"""What a noun may carry: "heavy fighting between the two armies", "the shooting in the square"."""


VERDICT_VERBS = frozenset({"find", "declare", "judge", "rule", "deem"})
"""Verbs that give a verdict on their object in an adjective after it: "found him guilty"."""


def _repair_verdicts(tokens: list[Token], start: int, end: int) -> None:
    """Make the one a verdict judges its verb's object, and the verdict what it finds him."""
    for judged, verdict in _verdicts_read_as_clauses(tokens, start, end):
        verb = tokens[verdict].head
        tokens[judged] = dataclasses.replace(tokens[judged], dep="dobj", head=verb)
        tokens[verdict] = dataclasses.replace(tokens[verdict], dep="oprd")


def _verdicts_read_as_clauses(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The one judged and the verdict, where the model read them as a clause of their own.

    "A jury found Mr Hale guilty of fraud": the model makes "Mr Hale
    guilty" a clause with Mr Hale its subject, as though he found something;
    he is the verb's object, and "guilty" what it finds him, as in the
    passive "was found guilty". Only an adjective with no verb of its own:
    "found that he was guilty" is a clause.
    """
    found = []
    for verdict in range(start, end):
        word = tokens[verdict]
        if not (
            word.pos == "ADJ"
            and word.dep == "ccomp"
            and tokens[word.head].lemma.lower() in VERDICT_VERBS
            and word.head < verdict
        ):
            continue
        children = _children(tokens, verdict, start, end)
        subjects = [c for c in children if tokens[c].dep == "nsubj" and c < verdict]
        if len(subjects) == 1 and not any(
            tokens[c].dep in ("aux", "cop", "mark") for c in children
        ):
            found.append((subjects[0], verdict))
    return found


def _repair_gerund_subjects(tokens: list[Token], start: int, end: int) -> None:
    """Make each gerund subject with no argument of its own a noun: "Fighting ... killed"."""
    for gerund in _gerund_subjects_with_no_arguments(tokens, start, end):
        tokens[gerund] = dataclasses.replace(
            tokens[gerund], pos="NOUN", tag="NN", lemma=tokens[gerund].text.lower()
        )


def _gerund_subjects_with_no_arguments(tokens: list[Token], start: int, end: int) -> list[int]:
    """Gerunds the model took for verbs that are the subject of a clause and take no argument.

    "Fighting between the army and the rebels killed 12 people": with no
    object, subject or auxiliary of its own, the "-ing" word is the noun
    "fighting", as "heavy fighting" is; "Fighting the fires took hours" has
    an object and stays a verb.
    """
    return [
        word
        for word in range(start, end)
        if tokens[word].tag == "VBG"
        and tokens[word].pos == "VERB"
        and tokens[word].dep in ("nsubj", "nsubjpass")
        and all(tokens[c].dep in _NOUN_PHRASE_DEPS for c in _children(tokens, word, start, end))
    ]
