"""Who killed whom in conflict reports: tolls told apart from their attack (reports we wrote)."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "At least nine people were killed when militants stormed a market town in Niger.",
            ("ASSAULT", ("militants",), ("nine people",)),
        ),
        (
            "Six villagers were wounded as soldiers shelled the hills above the town.",
            ("ASSAULT", ("soldiers",), ("villagers",)),
        ),
        (
            "Four farmers were killed after gunmen opened fire on a convoy near the border.",
            ("ASSAULT", ("gunmen",), ("farmers",)),
        ),
    ],
)
def test_a_passive_toll_with_an_attack_in_its_when_clause_is_one_attack_by_its_subject(body, event):
    events = real_events(body)
    assert events == [event], told_events(body)


def test_a_passive_toll_beside_a_clause_of_no_attack_has_no_doer():
    body = "Two traders were killed when their lorry overturned on the coast road."
    assert [e.actor for e in told_events(body) if e.type == "ASSAULT"] in ([], [()])


@pytest.mark.parametrize(
    "second",
    [
        "Medics said three people were killed and eight wounded in the strikes on Rafah.",
        "Two fishermen were killed in the attack, the port authority said.",
    ],
)
def test_a_toll_in_the_attack_told_just_before_has_that_attacks_doer(second):
    body = f"Israeli warplanes struck targets in southern Gaza late on Tuesday. {second}"
    tolls = [e for e in told_events(body) if e.type == "ASSAULT" and e.recipient]
    assert [e.actor for e in tolls] == [("Israel",)], told_events(body)


def test_a_toll_in_an_attack_of_its_own_sentence_keeps_its_own_doer():
    body = (
        "Israeli warplanes struck targets in southern Gaza late on Tuesday. "
        "Two fishermen were killed in a Hamas rocket attack on Ashkelon, police said."
    )
    tolls = [e for e in told_events(body) if e.type == "ASSAULT" and e.recipient]
    assert all(e.actor != ("Israel",) for e in tolls), told_events(body)


@pytest.mark.parametrize("defences", ["air defences", "air defense", "air defence"])
def test_air_defences_its_speaker_owns_are_the_speakers_doing(defences):
    body = (
        f"Ukraine's air force said its {defences} had shot down 22 Russian drones "
        "over the Kyiv region overnight."
    )
    downed = [e for e in told_events(body) if e.trigger == "shot down"]
    assert [e.actor for e in downed] == [("Ukraine's air force",)], told_events(body)


def test_people_fired_on_after_opened_fire_are_its_recipients():
    body = "Police opened fire on protesters outside the governor's office in Kano."
    assert ("ASSAULT", ("Police",), ("protesters",)) in real_events(body), told_events(body)


def test_a_toll_merged_with_its_attack_keeps_the_attacks_mode():
    body = "At least nine people were killed when gunmen stormed a market town in Niger."
    (event,) = [e for e in told_events(body) if e.type == "ASSAULT"]
    assert (event.mode, event.fatalities) == ("firearms", 9)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Armed bandits killed at least 15 herders near the town of Sokoto, police said.",
            ("ASSAULT", ("Armed bandits",), ("herders",)),
        ),
        (
            "Bandits abducted 30 pupils from a boarding school on Friday, officials said.",
            ("ASSAULT", ("Bandits",), ("pupils",)),
        ),
    ],
)
def test_bandits_are_an_armed_group_and_their_deed_before_the_saying_is_theirs(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Protesters threw bottles at police outside the ministry late on Friday.",
            ("PROTEST", ("Protesters",), ("police",)),
        ),
        (
            "Youths hurled bricks at riot officers as the march turned violent.",
            ("PROTEST", ("Youths",), ("riot officers",)),
        ),
        (
            "Riot police responded with tear gas and water cannon late into the night.",
            ("COERCE", ("Riot police",), ()),
        ),
    ],
)
def test_missiles_thrown_at_police_are_a_riot_and_a_response_with_tear_gas_coercion(body, event):
    assert event in real_events(body), told_events(body)
