"""Cue words in a sense that tells no event (stages/events/other_senses.py), on our sentences."""

import pytest

from event_sides import real_events as _events


@pytest.mark.parametrize(
    "body",
    [
        "The former minister said his conviction in the party's future was as strong as ever.",
        "Mr Tom Hale said his conviction that the reform would work had only grown.",
    ],
)
def test_a_conviction_in_or_that_something_is_a_belief_not_a_sentence(body):
    assert not [e for e in _events(body) if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    "body",
    [
        "Speaker Michael Martin chairs the debates and is charged with ensuring order.",
        "Lord Peter Grant, the port chief, is charged with overseeing the harbour.",
    ],
)
def test_charged_with_a_standing_duty_accuses_no_one(body):
    assert not [e for e in _events(body) if e[0] == "ACCUSE"]


def test_charged_with_a_crime_still_accuses():
    found = _events("Two managers from Delta Freight were charged with falsifying safety records.")
    assert [e for e in found if e[0] == "ACCUSE"]


def test_a_present_clause_on_any_one_of_a_kind_tells_no_deed():
    said = '"Voters want a government that backs the farmers - not one that ignores them,"'
    assert not [e for e in _events(said + " Mr Tom Hale said.") if e[0] == "SUPPORT"]


def test_a_present_clause_on_those_named_still_tells_their_stance():
    found = _events("Two local councillors who back Mr Tom Hale met the party chairman on Tuesday.")
    assert ("SUPPORT", ("local councillors",), ("Tom Hale",)) in found


def test_a_present_clause_whose_doer_is_another_still_tells_a_deed():
    found = _events(
        "Opposition leaders accused the army of shooting at protesters, an allegation the"
        " government denies."
    )
    assert [e for e in found if e[0] == "REJECT"]


def test_a_plea_after_pleading_guilty_is_a_defendants_and_asks_nothing():
    body = (
        "In March the driver who killed Sarah Webb, Paul Grant, pleaded guilty and was jailed "
        "for eight years. Her aunt, Mary Webb, told the Courier that Grant deserved no credit "
        "for his plea."
    )
    assert not [e for e in _events(body) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Bob Crane made a plea for calm after the clashes.",
        "Union leader Bob Crane made an emotional plea on Tuesday.",
        "Paul Grant pleaded guilty on Monday. His lawyer, Anne Cole, made a plea for mercy.",
    ],
)
def test_a_plea_for_something_or_with_no_talk_of_guilt_still_asks(body):
    assert [e for e in _events(body) if e[0] == "REQUEST"]


def test_demands_of_no_one_kept_down_ask_nothing():
    body = (
        "Ministers say they already help families with their bills, and last year they "
        "capped some councils' budgets to keep demands down."
    )
    assert not [e for e in _events(body) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "Labour backed Tory demands that the scheme be scrapped.",
        "The miners have made new demands.",
    ],
)
def test_demands_someone_makes_still_ask(body):
    assert [e for e in _events(body) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "Ford said it had met many of Unite's demands on overtime pay.",
        "Ford met Unite's demands on overtime pay last month.",
        (
            "The Indian government stayed out of it. Mr Ravi Mehta's demands were met by the board "
            "on Friday."
        ),
    ],
)
def test_a_demand_named_as_met_tells_no_request_nor_meeting(body):
    assert not [e for e in _events(body) if e[0] in ("REQUEST", "CONSULT")]


def test_a_demand_rejected_is_still_told():
    events = _events("Ford rejected Unite's demands on overtime pay.")
    assert [e for e in events if e[0] == "REQUEST"]


def test_a_demand_not_met_is_still_told():
    events = _events(
        "The Indian government stayed out of it. Mr Ravi Mehta's demands were not met by the "
        "board on Friday."
    )
    assert [e for e in events if e[0] == "REQUEST"]


def test_what_a_judge_acknowledges_in_a_ruling_is_a_finding_not_a_concession():
    events = _events(
        "In his ruling, Judge Alan Marsh acknowledged that the ministry had acted unlawfully."
    )
    assert not [e for e in events if e[0] == "CONCEDE"]


def test_what_one_acknowledges_in_a_statement_is_still_conceded():
    events = _events(
        "In a statement, the minister Alan Marsh acknowledged that his department had made "
        "mistakes."
    )
    assert [e for e in events if e[0] == "CONCEDE"]


def test_threatened_with_a_hazard_is_a_danger_no_threat():
    events = _events(
        "Delta Bank was threatened with collapse last year over its unpaid loans, but its "
        "creditors have stepped in."
    )
    assert not [e for e in events if e[0] == "THREATEN"]


def test_threatened_with_something_by_someone_is_still_a_threat():
    events = _events("Hanbo Card workers were threatened with the sack by managers.")
    assert [e for e in events if e[0] == "THREATEN"]


@pytest.mark.parametrize(
    "body",
    [
        "Many Peruvian fishermen were killed by disease during the long voyage.",
        "Hundreds of Chilean miners were killed by an epidemic in the camps.",
    ],
)
def test_deaths_by_a_disaster_told_as_its_agent_are_no_assault(body):
    assert not [e for e in _events(body) if e[0] == "ASSAULT"]


def test_deaths_by_people_told_as_their_agent_are_still_an_assault():
    found = _events("Ten Chilean miners were killed by Peruvian soldiers.")
    assert [e for e in found if e[0] == "ASSAULT"]


def test_an_actor_that_forces_another_to_act_coerces_it():
    events = _events("The Russian government forced Petrolux to sell its main unit.")
    assert [e for e in events if e[0] == "COERCE" and e[1] and e[2] == ("Petrolux",)]


@pytest.mark.parametrize(
    "body",
    [
        "Argentina's energy crisis forced President Nestor Kirchner to suspend gas exports.",
        "This forced the Argentine government to cancel the contract.",
        "The Labour home secretary Charles Clarke was forced to change the law.",
    ],
)
def test_being_forced_by_a_thing_or_by_no_one_named_is_no_coercion(body):
    assert not [e for e in _events(body) if e[0] == "COERCE"]


@pytest.mark.parametrize(
    "body",
    [
        "The sprinter Gareth Morlan pulled out of the final with a hamstring strain.",
        "Ellen Darrow withdrew on the second day of the championships after a fall.",
        "The singer Tom Pellow quit the talent show after a row with the judges.",
        "Holly Vance and Ruth Ames withdrew from the Games before the opening heats.",
    ],
)
def test_a_person_leaving_a_contest_or_a_show_is_no_retreat(body):
    assert not [e for e in _events(body) if e[0] == "RETREAT"]


@pytest.mark.parametrize(
    "body",
    [
        "The minister Tom Hale withdrew from the talks with the union on Monday.",
        "Rebel fighters withdrew from the town after a week of shelling.",
        "The finance minister Tom Hale quit on Monday after the vote.",
    ],
)
def test_leaving_talks_a_place_or_a_post_is_still_a_retreat(body):
    assert [e for e in _events(body) if e[0] == "RETREAT"]


@pytest.mark.parametrize(
    "body",
    [
        "Gareth Morlan stormed to a 6-4 6-2 win over the Spaniard.",
        "Holly Vance stormed to double gold in the pool.",
        "Ellen Darrow rallied to clinch the second set.",
        "The Welsh striker Tom Hale rallied to beat Ray Collins.",
    ],
)
def test_storming_or_rallying_to_a_win_is_play_not_force_or_protest(body):
    assert not [e for e in _events(body) if e[0] in ("ASSAULT", "ACCUSE", "PROTEST")]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Police stormed the building at dawn.", "ASSAULT"),
        ("Thousands of supporters rallied to demand the release of the leader.", "PROTEST"),
    ],
)
def test_storming_a_building_or_rallying_for_a_cause_still_counts(body, kind):
    assert [e for e in _events(body) if e[0] == kind]


@pytest.mark.parametrize(
    "body",
    [
        "The winger Tom Hale has not played since injuring his knee in October.",
        "The singer Holly Vance missed three shows after injuring her ankle on stage.",
    ],
)
def test_injuring_a_part_of_the_body_is_an_injury_not_an_assault(body):
    assert not [e for e in _events(body) if e[0] == "ASSAULT"]


def test_injuring_people_is_still_an_assault():
    found = _events("Gunmen injured two policemen in an attack on the checkpoint.")
    assert [e for e in found if e[0] == "ASSAULT"]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Tom Hale will play Ray Collins, while defending champion and world number two"
            " Ben Marsh faces Paul Dray."
        ),
        "Ben Marsh defended his title with a win over Paul Dray.",
        "Ben Marsh blasts an ace to save the break point against Paul Dray.",
    ],
)
def test_a_title_defended_or_a_shot_blasted_is_play_not_support_or_force(body):
    assert not [e for e in _events(body) if e[0] in ("SUPPORT", "ASSAULT", "ACCUSE")]


def test_defending_a_decision_still_supports_its_maker():
    found = _events("Ray Collins defended the minister's decision on Monday.")
    assert [e for e in found if e[0] == "SUPPORT"]


@pytest.mark.parametrize(
    "body",
    [
        "Dan Kerr met Joe Walsh's cross to head the equaliser.",
        "Dan Kerr met the corner at the far post and scored.",
    ],
)
def test_meeting_a_ball_in_play_is_no_consultation(body):
    # The ball a player "meets" is no one met: not even the player who sent it.
    assert not [e for e in _events(body) if e[0] == "CONSULT"]


def test_meeting_a_players_agent_is_still_a_consultation():
    assert [e for e in _events("Dan Kerr met Joe Walsh's agent in Leeds.") if e[0] == "CONSULT"]


@pytest.mark.parametrize(
    "body",
    [
        'Deputy mayor Anna Kowalski said: "I work very closely with John Crane."',
        "Anna Kowalski works with John Crane at the town hall.",
    ],
)
def test_working_with_someone_as_a_rule_is_a_job_not_a_cooperation(body):
    assert not [e for e in _events(body) if e[0] == "COOPERATE"]


@pytest.mark.parametrize(
    "body",
    [
        "The coach, Dan Miles, has worked with Tom Reed and Joe Walsh.",
        "Guitarist Tom Reed worked with Joe Walsh from 1977 until 1981.",
    ],
)
def test_whom_one_has_worked_with_is_a_career_not_a_cooperation(body):
    assert not [e for e in _events(body) if e[0] == "COOPERATE"]


@pytest.mark.parametrize(
    "body",
    [
        "Velora Bank had worked with the Harland Institute, looking at new cards.",
        "Velora Bank was one of the firms that had worked with the Harland Institute.",
    ],
)
def test_a_past_work_of_bodies_or_with_a_task_named_is_a_cooperation(body):
    assert [e for e in _events(body) if e[0] == "COOPERATE"]


def test_a_present_clause_told_as_a_habit_tells_no_deed():
    body = "The levy will also hit the three million tourists who visit Portugal every year."
    assert "CONSULT" not in [e[0] for e in _events(body)]


def test_a_visit_told_as_done_still_counts():
    body = "The three ministers who visited Portugal last week met its prime minister."
    assert "CONSULT" in [e[0] for e in _events(body)]


@pytest.mark.parametrize(
    ("body", "caller"),
    [
        (
            "Mr Dale Hewson pressed on despite calls from the Green Party for a pause.",
            "Green Party",
        ),
        (
            "Opposition leader Rhys Morgan repeated his call for an independent inquiry.",
            "Rhys Morgan",
        ),
        (
            "Finance Minister Ana Lopes rejected the Socialist Party's call to publish the audit.",
            "Socialist Party",
        ),
    ],
)
def test_a_call_that_says_what_it_asks_is_the_callers_request(body, caller):
    assert [e for e in _events(body) if e[0] == "REQUEST" and e[1] == (caller,)]


@pytest.mark.parametrize(
    "body",
    [
        "The Green Party says its calls to voters are not marketing.",
        "Watchdogs looked into Green Party and Socialist Party calls in March.",
        "The Halden Bank will shut its call centre in Leeds.",
    ],
)
def test_a_call_that_asks_nothing_is_a_phone_call_not_a_request(body):
    assert not [e for e in _events(body) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "Unions reacted angrily to the closure of the plant.",
        "The minister reacted angrily when asked about the report.",
        "Shareholders responded angrily at the meeting in Leeds.",
    ],
)
def test_an_angry_reaction_to_no_one_named_is_a_mood_not_a_rebuke(body):
    assert not [e for e in _events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Guitarists Tom Reed and Joe Walsh worked together from 1977 until 1981.",
        "Anna Kowalski and John Crane work together at the town hall.",
    ],
)
def test_working_together_as_a_career_or_a_job_is_no_cooperation(body):
    assert not [e for e in _events(body) if e[0] == "COOPERATE"]


@pytest.mark.parametrize(
    ("body", "critic", "mocked"),
    [
        (
            'Conservative chairman Tom Barker likened the two ministers to "squabbling children".',
            "Tom Barker",
            "ministers",
        ),
        (
            "Mr Ray Dale compared the prime minister to a second-hand car dealer.",
            "Ray Dale",
            "prime minister",
        ),
    ],
)
def test_likening_an_actor_to_something_accuses_them(body, critic, mocked):
    found = [e for e in _events(body) if e[0] == "ACCUSE"]
    assert found == [("ACCUSE", (critic,), (mocked,))]


@pytest.mark.parametrize(
    "body",
    [
        "The software firm Norvex likened cloud storage to the spread of the telephone.",
        "Analysts at Harrow Bank compared Brazil's growth with Argentina's.",
        "The probe follows the mayor's remarks to a reporter comparing him to a prison guard.",
        "Prices at the Leeds store rose 3% compared to last year, the retailer Fenbury said.",
    ],
)
def test_likening_a_thing_or_by_no_one_named_or_measuring_accuses_no_one(body):
    assert not [e for e in _events(body) if e[0] == "ACCUSE"]


def test_talks_need_a_counterpart_which_doers_named_together_are_to_each_other():
    # One side discussing a matter consults no one; two named together
    # discuss it with each other.
    assert not [
        e for e in _events("Peru's president discussed the fishing dispute.") if e[0] == "CONSULT"
    ]
    events = _events("The presidents of Peru and Chile discussed the fishing dispute by phone.")
    assert [e for e in events if e[0] == "CONSULT" and len(e[1]) == 2]


@pytest.mark.parametrize(
    "body",
    [
        "President Ana Ruiz has ordered all mining licences to be reviewed.",
        "Peru's president ordered Peruvian troops to secure the northern border.",
    ],
)
def test_an_order_put_to_no_actor_or_to_ones_own_forces_asks_nothing_of_another(body):
    assert not [e for e in _events(body) if e[0] == "REQUEST"]


def test_people_bidden_who_are_named_as_no_actor_are_still_bidden():
    events = _events("Mr Tom Hale spoke for an hour on Monday, telling them to go back to work.")
    assert [e for e in events if e[0] == "REQUEST" and e[1] == ("Tom Hale",)]


def test_troops_leaving_a_country_withdraw_from_it():
    found = _events("Armenian troops began leaving Nagorno-Karabakh and Azerbaijan on Monday.")
    assert ("RETREAT", ("Armenian troops",), ("Azerbaijan",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "The minister left the meeting before the vote.",
        "Councillor Ann Pryce left the Greens to sit as an independent.",
    ],
)
def test_anyone_else_leaving_withdraws_from_nothing(body):
    assert not [e for e in _events(body) if e[0] == "RETREAT"]
