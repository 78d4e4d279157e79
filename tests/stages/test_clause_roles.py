"""Whose clause a verb is (stages/_clause_roles.py), on sentences we wrote."""

from dateline.records import Parse, Token
from dateline.stages._clause_roles import prepositional_objects, subject_of
from dateline.stages._tree import Tree
from event_sides import real_events


def test_a_gerund_after_despite_is_done_by_the_main_subject():
    events = real_events("Despite criticising Sweden for years, Finland signed a pact with it.")
    assert ("ACCUSE", ("Finland",), ("Sweden",)) in events


def test_a_gerund_after_upon_is_done_by_the_main_subject():
    events = real_events("Upon meeting Sweden in Oslo, Finland praised its queen.")
    assert ("CONSULT", ("Finland",), ("Sweden",)) in events


def test_a_gerund_after_without_tells_no_deed_of_the_main_subject():
    # "without consulting" is a meeting that did not happen.
    events = real_events("Finland signed a pact with Norway without consulting Sweden.")
    assert ("CONSULT", ("Finland",), ("Sweden",)) not in events


def test_a_deed_a_ban_is_for_is_done_by_the_one_banned():
    # The parse hangs the second "for" on "matches", not on "banned".
    events = real_events("Goalkeeper Ian Burke was banned for six matches for criticising Tom Ray.")
    assert ("ACCUSE", ("Ian Burke",), ("Tom Ray",)) in events


def test_a_verb_of_withholding_joined_to_a_passive_is_done_to_its_subject():
    # The parse tags "denied" a past tense; the police denied Hassan access.
    events = real_events(
        "Rebel leader Ali Hassan was arrested by police and denied access to a lawyer."
    )
    assert not [e for e in events if e[1] == ("Ali Hassan",)]
    assert ("COERCE", (), ("Ali Hassan",)) in events


def test_a_refusal_joined_to_a_passive_is_suffered_by_its_subject():
    events = real_events("The Conservative Party was attacked by Labour and refused a debate.")
    assert ("REJECT", (), ("Conservative Party",)) in events
    assert ("REJECT", ("Conservative Party",), ()) not in events


def test_a_withholding_joined_to_a_passive_further_down_shares_its_voice():
    # The subject is lent from "is", above "having been charged".
    events = real_events(
        "Former mayor Peter Jones is in custody, having been charged with bribery and denied bail."
    )
    assert ("REJECT", ("Peter Jones",), ()) not in events


def test_a_charge_denied_after_a_passive_is_the_subjects_own_denial():
    events = real_events("Former mayor Peter Jones was arrested by police and denied the charges.")
    assert any(e[0] == "REJECT" and e[1] == ("Peter Jones",) for e in events)


def test_a_deed_one_was_fined_for_in_a_relative_clause_is_done_by_whom_who_means():
    # "who" stands for the manager, the one fined and so the one who accused.
    events = real_events(
        "Rovers manager Tom Bale, who was fined £5,000 last month for accusing "
        "Carl Moss of diving, said the rules were unfair."
    )
    assert ("ACCUSE", ("Tom Bale",), ("Carl Moss",)) in events


def test_a_title_the_parse_made_an_object_beside_the_name_gives_way_to_the_name():
    # The parse makes both "referee" and "Mark Dean" objects of "accusing".
    events = real_events(
        "United striker Carl Moss was fined for accusing referee Mark Dean of bias."
    )
    assert ("ACCUSE", ("Carl Moss",), ("Mark Dean",)) in events


def test_a_bare_participle_joined_to_a_passive_is_passive_with_its_by_phrase_its_doer():
    events = real_events("Vendra Motors was suspended and sued by its supplier, Korlan Steel.")
    assert ("ACCUSE", ("Korlan Steel",), ("Vendra Motors",)) in events


def _hand_parsed(words: list[tuple[str, str, str, int]]) -> Tree:
    """A one-sentence tree of ``(text, pos, dep, head)`` words, separated by spaces."""
    tokens, offset = [], 0
    for text, pos, dep, head in words:
        tokens.append(Token(text, offset, offset + len(text), text.lower(), pos, "", dep, head))
        offset += len(text) + 1
    text = " ".join(word[0] for word in words)
    return Tree(Parse("hand", tuple(tokens), ((0, len(tokens)),)), text)


def test_a_long_office_the_parse_cut_into_two_subjects_leaves_the_name_as_subject():
    # As the model parsed it in a longer story: "Work" and "Johnson" both subjects of "met".
    tree = _hand_parsed(
        [
            ("Work", "PROPN", "nsubj", 6),
            ("and", "CCONJ", "cc", 0),
            ("Pensions", "PROPN", "compound", 3),
            ("Secretary", "PROPN", "compound", 5),
            ("Alan", "PROPN", "compound", 5),
            ("Johnson", "PROPN", "nsubj", 6),
            ("met", "VERB", "ROOT", 6),
            ("unions", "NOUN", "dobj", 6),
        ]
    )
    assert subject_of(tree, 6) == (5, False)


def test_two_subjects_apart_keep_the_first():
    # "Labour, Mr Hale said, ..." is no name cut in two: the words between keep them apart.
    tree = _hand_parsed(
        [
            ("Labour", "PROPN", "nsubj", 4),
            (",", "PUNCT", "punct", 4),
            ("Mr", "PROPN", "compound", 3),
            ("Hale", "PROPN", "nsubj", 4),
            ("said", "VERB", "ROOT", 4),
        ]
    )
    assert subject_of(tree, 4) == (0, False)


def test_a_subject_with_a_phrase_of_its_own_is_no_name_cut_in_two():
    # "Shares in club Borussia Dortmund slipped": the shares slipped, not the club.
    tree = _hand_parsed(
        [
            ("Shares", "NOUN", "nsubj", 5),
            ("in", "ADP", "prep", 0),
            ("club", "NOUN", "pobj", 1),
            ("Borussia", "PROPN", "compound", 4),
            ("Dortmund", "PROPN", "nsubj", 5),
            ("slipped", "VERB", "ROOT", 5),
        ]
    )
    assert subject_of(tree, 5) == (0, False)


def test_a_gerund_after_a_policy_is_done_by_the_policys_owner():
    events = real_events(
        "The Green Party says it will keep up its policy of attacking the chancellor "
        "over fuel duty."
    )
    assert ("ACCUSE", ("Green Party",), ("chancellor",)) in events


def test_an_ing_clause_on_a_passive_verb_is_done_by_its_subject():
    # The one photographed criticised; the one arrested visited.
    events = real_events("Finnish envoy Ari Lahti was photographed while criticising Sweden.")
    assert ("ACCUSE", ("Ari Lahti",), ("Sweden",)) in events
    events = real_events("Rebel leader Ali Hassan was arrested by police while visiting Sweden.")
    assert ("CONSULT", ("Ali Hassan",), ("Sweden",)) in events


def test_a_means_the_parse_hangs_on_a_where_clause_is_done_by_the_acts_subject():
    # The parse hangs "by banning" on "hurts", whose subject is "it".
    events = real_events(
        "Sports minister Alan Marsh has warned rowdy rugby fans that he wants to hit them "
        '"where it hurts" by banning them from grounds.'
    )
    assert ("THREATEN", ("Alan Marsh",), ("rowdy rugby fans",)) in events


def test_a_bare_participle_clause_is_passive_with_the_sentences_subject_done_to():
    # "accused of" has no auxiliary and no subject: Tom Vale is the one accused.
    events = real_events("Banker Tom Vale is on trial, accused of hiding losses.")
    assert ("ACCUSE", (), ("Tom Vale",)) in events
    assert not [e for e in events if e[1] == ("Tom Vale",)]


def test_a_main_verb_the_parse_joins_to_a_relative_clause_keeps_the_main_subject():
    # The small model joins "has been jailed" to "called off" as the relative
    # clause's second verb, which would borrow "concerts" (the Netherlands').
    events = real_events(
        "Rap star Leon Marsh, whose Dutch concerts were called off after complaints, has "
        "been jailed in Ghana for fraud."
    )
    assert ("COERCE", (), ("Leon Marsh",)) in events


def test_prepositional_objects_joined_follow_the_conjunct_and_skip_the_denied():
    # "came under fire not from rebels but from ministers": the fire is the ministers'.
    tree = _hand_parsed(
        [
            ("came", "VERB", "ROOT", 0),
            ("not", "PART", "neg", 2),
            ("from", "ADP", "prep", 0),
            ("rebels", "NOUN", "pobj", 2),
            ("but", "CCONJ", "cc", 2),
            ("from", "ADP", "conj", 2),
            ("ministers", "NOUN", "pobj", 5),
        ]
    )
    froms = frozenset({"from"})
    assert prepositional_objects(tree, 0, froms) == [3]
    assert prepositional_objects(tree, 0, froms, joined=True) == [6]
