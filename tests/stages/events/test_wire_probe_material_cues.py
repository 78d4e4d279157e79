"""Material acts of war, law and business that newswire tells every day and
that had no cue or the wrong type: strafing, arson, troops moved, ties
downgraded, foreigners expelled, suits dropped, mergers halted
(lexicons/plover_cues.tsv, lexicons/violence_words.txt), on sentences we
wrote."""

import pytest

from event_sides import real_events, told_events


def _found(body):
    return [(e.type, e.mode, e.actor, e.recipient) for e in told_events(body) if e.real]


def test_a_convoy_strafed_by_jets_is_an_aerial_assault():
    body = "Ruritanian jets strafed a convoy of the Velna Liberation Front on Sunday."
    assert ("ASSAULT", "aerial") in [(e[0], e[1]) for e in _found(body)], _found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Rioters torched dozens of cars in the suburbs of Lyon on Saturday.",
        "Militants torched a school run by the Ruritanian government.",
    ],
)
def test_torching_is_an_assault_not_a_verbal_attack(body):
    types = [e[0] for e in real_events(body)]
    assert "ASSAULT" in types, told_events(body)
    assert "ACCUSE" not in types, told_events(body)


def test_an_office_firebombed_is_assaulted_with_explosives():
    body = "Youths firebombed the offices of the Green Party in Lyon overnight."
    found = _found(body)
    assert ("ASSAULT", "explosives") in [(e[0], e[1]) for e in found], found


def test_a_grenade_thrown_at_a_post_is_an_assault():
    body = "A man threw a grenade at a post of the Nepalese army on Monday."
    found = _found(body)
    assert ("ASSAULT", "explosives") in [(e[0], e[1]) for e in found], found


@pytest.mark.parametrize(
    "body",
    [
        "Pakistan moved troops to the Afghan border on Friday.",
        "Washington dispatched an aircraft carrier to the Gulf on Friday.",
    ],
)
def test_troops_or_warships_moved_up_are_mobilized(body):
    assert ("MOBILIZE", "troops") in [(e[0], e[1]) for e in _found(body)], _found(body)


def test_relations_downgraded_are_a_diplomatic_sanction():
    body = "Britain downgraded diplomatic relations with Iran on Tuesday."
    found = _found(body)
    assert ("SANCTION", "diplomatic", ("Britain",), ("Iran",)) in found, found


@pytest.mark.parametrize("people", ["the French journalist", "three Lebanese workers"])
def test_expelling_people_who_are_no_envoys_is_deportation(people):
    body = f"Ruritania expelled {people} on Tuesday."
    modes = [(e[0], e[1]) for e in _found(body)]
    assert ("COERCE", "deport") in modes, modes
    assert ("SANCTION", "diplomatic") not in modes, modes


def test_expelling_diplomats_stays_a_diplomatic_sanction():
    body = "Russia expelled four British diplomats on Tuesday."
    modes = [(e[0], e[1]) for e in _found(body)]
    assert ("SANCTION", "diplomatic") in modes, modes


def test_a_government_that_caves_in_concedes():
    body = "The Ruritanian government caved in to the unions on Friday."
    assert "CONCEDE" in [e[0] for e in _found(body)], _found(body)


def test_a_lawsuit_dropped_against_a_rival_is_a_concession():
    body = "Software firm Veltro dropped its lawsuit against rival Lindcom on Monday."
    found = _found(body)
    assert ("CONCEDE", None, ("Veltro",), ("Lindcom",)) in found, found


def test_a_merger_halted_by_a_judge_is_rejected():
    body = "A federal judge halted the merger of Veltro and Lindcom on Monday."
    assert "REJECT" in [e[0] for e in _found(body)], _found(body)


def test_villages_razed_by_a_militia_are_coerced():
    body = "Velnan militias razed three villages of the Ruritanian border region."
    assert "COERCE" in [e[0] for e in _found(body)], _found(body)


@pytest.mark.parametrize(
    ("body", "mode"),
    [
        ("The European Union slapped a ban on imports of Chilean beef.", None),
        ("Washington slapped tariffs on Chilean steel on Friday.", "economic"),
    ],
)
def test_a_ban_or_tariff_slapped_on_a_country_is_a_sanction(body, mode):
    found = [(e[0], e[1], e[3]) for e in _found(body)]
    assert ("SANCTION", mode, ("Chile",)) in found, found


def test_bail_granted_to_an_mp_is_a_release():
    body = "The High Court granted bail to opposition MP Ivan Sarov on Monday."
    found = [(e[0], e[1], e[3]) for e in _found(body)]
    assert ("RETREAT", "release", ("Ivan Sarov",)) in found, found


def test_a_law_struck_down_by_a_court_is_rejected_not_attacked():
    body = "The Supreme Court struck down the law on Monday."
    types = [e[0] for e in _found(body)]
    assert "REJECT" in types, types
    assert "ACCUSE" not in types, types


def test_a_soldier_struck_down_by_a_bullet_is_no_rejection():
    body = "A Ruritanian soldier was struck down by a sniper's bullet in Velna."
    assert "REJECT" not in [e[0] for e in _found(body)], _found(body)


def test_a_firm_nationalised_by_a_state_is_seized():
    body = "The Ruritanian government nationalised the steel company Veltro on Friday."
    found = [(e[0], e[1], e[3]) for e in _found(body)]
    assert ("COERCE", "seize", ("Veltro",)) in found, found
