"""False events found on a fifteenth sample of unseen politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own: the home government filled
in as the one charged or asked when the text names another side.
"""

from event_sides import real_events as _events


def test_a_demand_made_of_a_role_s_holders_is_not_made_of_the_government():
    # "Politicians" are asked to hold back; no minister is the one asked.
    found = _events(
        "Ministers unveiled a crime bill on Monday. The government said it would publish "
        "new figures. Mr Tom Hale, the Liberal Democrat spokesman, said politicians should "
        "not stir up fear about crime."
    )
    assert not [e for e in found if e[0] == "REQUEST" and e[2] == ("Ministers",)]
    # A demand of no one named ("there should be ...") is still made of the government.
    assert ("REQUEST", ("Tom Hale",), ("Ministers",)) in _events(
        "Ministers unveiled a crime bill on Monday. The government said it would publish "
        "new figures. Mr Tom Hale, the Liberal Democrat spokesman, said there should be "
        "an inquiry into the figures."
    )


def test_a_charge_near_police_authorities_is_not_made_of_the_government_through_them():
    # "Police authorities" are no stand-in for the state the charge falls on.
    found = _events(
        "The Conservatives would replace police authorities with elected commissioners. "
        "Police authorities were too remote from voters, the party said. Critics fear the "
        "plan could hand the police to pressure groups."
    )
    assert not [e for e in found if e[0] == "ACCUSE" and e[2]]
