"""A statement that names no one is about the actor the story is plainly about."""

from tests.event_sides import real_events

from dateline.records import Actor, Event
from dateline.stages.events import story_subjects
from dateline.stages.events.addressees import ADDRESSEE_UNREAD
from dateline.stages.events.steps import MAKER_UNNAMED


def _actor(number, name, mentions):
    return Actor(
        f"A{number}", name, "organization", mentions=tuple((i, i + 1) for i in range(mentions))
    )


def _statement(kind="ACCUSE", actor=("A2",), recipient=(), explanation=("cue VERB 'brand'",)):
    return Event(
        "E1",
        kind,
        "branded",
        (0, 10),
        actor=actor,
        recipient=recipient,
        confidence=0.9,
        explanation=explanation,
    )


def _aimed(event, actors):
    (aimed,) = story_subjects.aimed_at_the_subject([event], actors)
    return aimed


def test_a_charge_naming_no_one_is_of_the_actor_the_story_names_most():
    actors = (_actor(1, "Nordfrakt", 6), _actor(2, "dockers' union", 2), _actor(3, "port", 2))
    aimed = _aimed(_statement(), actors)
    assert aimed.recipient == ("A1",)
    assert story_subjects.STEP in aimed.explanation
    assert aimed.confidence <= 0.5


def test_no_subject_when_the_story_is_of_two_sides_or_names_it_in_passing():
    two_sides = (_actor(1, "Nordfrakt", 4), _actor(2, "dockers' union", 2), _actor(3, "port", 3))
    assert _aimed(_statement(), two_sides).recipient == ()
    in_passing = (_actor(1, "Nordfrakt", 2), _actor(2, "dockers' union", 5))
    assert _aimed(_statement(), in_passing).recipient == ()


def test_the_subject_is_never_the_doer_and_a_named_recipient_stays():
    actors = (_actor(1, "Nordfrakt", 6), _actor(2, "dockers' union", 2))
    assert _aimed(_statement(actor=("A1",)), actors).recipient == ()
    # Two doers naming no one are at odds with each other: "the union and the port clashed".
    both = (*actors, _actor(3, "port", 1))
    assert _aimed(_statement(actor=("A2", "A3")), both).recipient == ()
    assert _aimed(_statement(recipient=("A2",), actor=("A1",)), actors).recipient == ("A2",)


def test_deeds_and_addressees_the_words_name_are_left_alone():
    actors = (_actor(1, "Nordfrakt", 6), _actor(2, "dockers' union", 2))
    assert _aimed(_statement(kind="PROTEST"), actors).recipient == ()
    unread = _statement(kind="REQUEST", explanation=("cue VERB 'urge'", ADDRESSEE_UNREAD))
    assert _aimed(unread, actors).recipient == ()


def test_in_a_story_about_a_firm_the_calls_and_charges_naming_no_one_are_of_the_firm():
    body = (
        "Nordfrakt plans to close its Bergen depot, the haulier said on Monday. Nordfrakt chief"
        " executive Ola Berg said the firm had lost money there for years, and that Nordfrakt"
        " would move the work to Oslo. Nordfrakt employs 300 people in Bergen.\n\n"
        "The Transport Workers' Union called for an urgent review. Local councillors condemned"
        " the decision, and the union branded it a betrayal of loyal staff."
    )
    events = real_events(body)
    assert ("REQUEST", ("Transport Workers' Union",), ("Nordfrakt",)) in events
    assert ("ACCUSE", ("Local councillors",), ("Nordfrakt",)) in events


def test_a_story_plainly_about_a_firm_outweighs_the_home_government():
    body = (
        "Nordfrakt plans to close its Bergen depot, the haulier said on Monday. Nordfrakt chief"
        " executive Ola Berg said Nordfrakt had lost money there for years, and that Nordfrakt"
        " would move the work to Oslo. Nordfrakt employs 300 people in Bergen. The Norwegian"
        " government said it had not been told, and Norway's transport ministry would not say"
        " more.\n\n"
        "The Norwegian Labour Party called for an urgent review."
    )
    assert ("REQUEST", ("Labour Party",), ("Nordfrakt",)) in real_events(body)


def test_a_plan_judged_with_no_maker_named_is_the_subjects_but_another_thing_is_no_ones():
    actors = (_actor(1, "Green Party", 6), _actor(2, "Liberal Democrats", 2))
    plan = _statement(explanation=("statement cue judgement 'unworkable'", MAKER_UNNAMED))
    assert _aimed(plan, actors).recipient == ("A1",)
    weather = "no recipient: the judgement is of a thing, not an actor"
    thing = _statement(explanation=("statement cue judgement 'dreadful'", weather))
    assert _aimed(thing, actors).recipient == ()


def test_in_a_story_about_a_partys_plan_a_scheme_judged_is_that_partys():
    body = (
        "The Green Party has set out a levy on aviation fuel, the Green Party said on Sunday."
        " Green Party leader Caroline Dunmore said the Green Party would spend the money on"
        " rail.\n\n"
        "The Liberal Democrats said the scheme was unworkable."
    )
    assert ("ACCUSE", ("Liberal Democrats",), ("Green Party",)) in real_events(body)


def test_a_plan_judged_by_the_subjects_own_people_is_not_the_subjects():
    firm = Actor("A1", "Borvik Oil", "organization", org="borvik", mentions=((0, 1),) * 6)
    lawyers = Actor("A2", "Borvik lawyers", "group", org="borvik", mentions=((2, 3),))
    judged = _statement(actor=("A2",), explanation=("statement cue 'illegal'", MAKER_UNNAMED))
    assert _aimed(judged, (firm, lawyers)).recipient == ()
