"""Events typed by how they are told, not by the cue word alone (stages/events), on our sentences.

A harm vowed unless the other side acts is a threat; a blow dealt with
words is what the words do; a verb that ends a deal or a sanction is an
event of its own; naming someone by plain worth praises him; a claim
denied by someone is their denial; saying another "has to" act asks it
(statement_cues.tsv); and two light-verb rows of plover_cues.tsv.
"""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "threatener", "held_over"),
    [
        (
            "The Greens say they will vote against the budget unless the fuel levy is restored.",
            "Greens",
            "vote against",
        ),
        (
            (
                "The rebels said they would pull out of the talks if the army did not halt its "
                "offensive in the hills."
            ),
            "rebels",
            "pull out",
        ),
    ],
)
def test_a_harm_vowed_unless_another_acts_is_a_threat(body, threatener, held_over):
    threats = [e for e in told_events(body) if e.type == "THREATEN" and e.real]
    assert [(e.actor, e.trigger) for e in threats] == [((threatener,), held_over)]


@pytest.mark.parametrize(
    "body",
    [
        # No condition: a plan, not yet a threat.
        "The Greens say they will vote against the budget.",
        # A condition that waits on no one's move is no threat either.
        "Councillor Paul Gray said he would resign if the vote went against him.",
    ],
)
def test_a_harm_vowed_with_no_unmet_condition_is_no_threat(body):
    assert not [e for e in told_events(body) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            (
                "Opposition MPs bombarded Health Minister Kate Rowe with requests to publish the "
                "hospital audit."
            ),
            "REQUEST",
        ),
        (
            (
                "Opposition MPs bombarded Health Minister Kate Rowe with a barrage of demands for "
                "a fresh inquiry."
            ),
            "REQUEST",
        ),
    ],
)
def test_a_blow_dealt_with_words_is_what_the_words_do(body, wanted):
    assert (wanted, ("Opposition MPs",), ("Kate Rowe",)) in real_events(body)


@pytest.mark.parametrize(
    ("body", "undoing", "ender", "other"),
    [
        ("Peru terminated its trade agreement with Chile.", "REJECT", "Peru", "Chile"),
        (
            "Last year, Canada scrapped a fishing treaty with Norway, signed in 1994.",
            "REJECT",
            "Canada",
            "Norway",
        ),
    ],
)
def test_ending_a_deal_rejects_it(body, undoing, ender, other):
    assert (undoing, (ender,), (other,)) in real_events(body)


def test_a_deal_ended_but_told_of_in_its_own_right_is_kept():
    body = "Last year, Canada scrapped a fishing treaty with Norway, signed in 1994."
    assert ("AGREE", ("Canada",), ("Norway",)) in real_events(body)


def test_a_breach_renounces_nothing():
    assert not [
        e for e in real_events("The rebels broke the ceasefire with the army.") if e[0] == "REJECT"
    ]


@pytest.mark.parametrize(
    ("body", "kind", "doer"),
    [
        ("The Treasury has already given way over the pension reforms.", "CONCEDE", "Treasury"),
        ("Home Secretary Anna Vale issued a call for calm in the town.", "REQUEST", "Anna Vale"),
    ],
)
def test_giving_way_concedes_and_issuing_a_call_requests(body, kind, doer):
    assert [e for e in real_events(body) if e[0] == kind and e[1] == (doer,)]


def test_a_thing_that_gives_way_concedes_nothing():
    assert not real_events("The old bridge gave way under the weight of the lorries.")


@pytest.mark.parametrize(
    "body",
    [
        (
            "Kenyan President Mwai Kibaki has described Ugandan leader Yoweri Museveni as the "
            "best hope for peace in the region."
        ),
        "Kenyan President Mwai Kibaki described Yoweri Museveni as a great statesman.",
    ],
)
def test_naming_someone_by_plain_worth_praises_him(body):
    assert ("SUPPORT", ("Mwai Kibaki",), ("Yoweri Museveni",)) in real_events(body)


def test_naming_a_thing_by_plain_worth_praises_no_one():
    assert not real_events("Police in Nairobi described the blast as huge.")


@pytest.mark.parametrize(
    ("body", "denier"),
    [
        (
            "Critics say the scheme will cost 4bn pounds, a claim denied by the Treasury.",
            "Treasury",
        ),
        (
            "The leaflets prompted accusations of racism, claims denied by the Green Party.",
            "Green Party",
        ),
    ],
)
def test_a_claim_denied_by_someone_is_their_denial(body, denier):
    assert ("REJECT", (denier,), ()) in real_events(body)


def test_a_thing_done_to_by_someone_is_still_no_event_of_a_claim():
    assert not real_events("Goods seized by customs officers were burned on Friday.")


def test_saying_another_has_to_act_asks_it_of_them():
    body = 'Councillor Ray Pike said: "The Home Office has to rethink its whole approach."'
    assert ("REQUEST", ("Ray Pike",), ("Home Office",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'Councillor Ray Pike said: "The Home Office has a plan for the whole approach."',
        # What one had to do was done: a fact, not a demand.
        "Delta Air Lines had to cancel 60 flights on Friday, said Councillor Ray Pike.",
    ],
)
def test_having_a_thing_or_having_had_to_act_asks_nothing(body):
    assert not [e for e in real_events(body) if e[0] == "REQUEST"]
