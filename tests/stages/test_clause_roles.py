"""Whose clause a verb is (stages/_clause_roles.py), on sentences we wrote."""

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


def test_an_ing_clause_on_a_passive_verb_is_done_by_its_subject():
    # The one photographed criticised; the one arrested visited.
    events = real_events("Finnish envoy Ari Lahti was photographed while criticising Sweden.")
    assert ("ACCUSE", ("Ari Lahti",), ("Sweden",)) in events
    events = real_events("Rebel leader Ali Hassan was arrested by police while visiting Sweden.")
    assert ("CONSULT", ("Ali Hassan",), ("Sweden",)) in events
