"""People held in custody are detained, every other "hold" is no event (events/custody.py)."""

import pytest

from event_sides import told_events


def _coercions(body: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.mode, e.recipient) for e in told_events(body) if e.type == "COERCE" and e.real]


@pytest.mark.parametrize(
    "body",
    [
        "The two suspects are being held without trial at a prison in the north.",
        "A second blogger, Dara Okafor, is still being held.",
        "Police in Velmora said the three men were held for a week before a judge freed them.",
        "Police in Velmora held three fishermen overnight after the raid on the harbour.",
    ],
)
def test_people_held_are_detained(body):
    assert any(mode == "arrest" and recipients for mode, recipients in _coercions(body))


@pytest.mark.parametrize(
    "body",
    [
        "Talks were held in Geneva on Monday between the two governments.",
        "The Liberal Party has held the seat since 1970.",
        "Ministers said the firm would be held responsible for the losses.",
        "The minister is held in high regard by voters across the region.",
        "The Tories held the government to account over the plan.",
        "The convoy of aid workers was held up at the border for hours.",
        "Shares held by the pension fund fell sharply on Tuesday.",
        "The committee held a lengthy inquiry into gambling in 2003.",
        "Women hold fewer than one in ten senior posts in the police and the unions.",
        "Rangers held Celtic at Ibrox on Saturday.",
        "Wendham South was held by the Tories from 1970 until 2001.",
        # What a place can take is no arrest, nor a festival to be held.
        "The awards are now held at the Orion Hall, which holds 4,000 people.",
        "Singer Mara Quinn has been named director of the Harbour festival, to be held in June.",
    ],
)
def test_any_other_hold_is_no_detention(body):
    assert _coercions(body) == []


def test_an_event_noun_held_keeps_the_subject_as_its_doer():
    events = told_events("A group of MPs held a lengthy inquiry into gambling in 2003.")
    assert [(e.type, e.actor) for e in events] == [("ACCUSE", ("MPs",))]


def test_people_a_plan_would_hold_are_a_detention_planned():
    events = told_events(
        "Ms Dale held talks with the prime minister over government plans to hold suspects "
        "under house arrest."
    )
    assert [e for e in events if e.type == "COERCE" and not e.real]


@pytest.mark.parametrize(
    ("body", "held"),
    [
        (
            "A Dutch terror suspect held in the US camp for 30 months plans to sue the Hague.",
            "Dutch terror suspect",
        ),
        ("Two Britons held at Varnholm prison won a court ruling on Monday.", "Two Britons"),
        ("Three Danes detained without charge have begun a hunger strike.", "Three Danes"),
    ],
)
def test_people_a_participle_says_are_kept_in_a_hold_are_detained(body, held):
    assert ("arrest", (held,)) in _coercions(body)


@pytest.mark.parametrize(
    "body",
    [
        "Two patients held in the hospital were discharged on Friday.",
        "Two Britons held in high regard by the judges won prizes.",
        "The men arrested last week were freed on Friday.",
    ],
)
def test_a_participle_of_custody_with_no_hold_named_detains_no_one(body):
    assert _coercions(body) == []


@pytest.mark.parametrize(
    ("body", "released"),
    [
        ("Police in Velmora bailed Mr Tam Okoro until March.", "Tam Okoro"),
        ("Mr Tam Okoro was arrested by police in Velmora but has been bailed.", "Tam Okoro"),
    ],
)
def test_a_suspect_bailed_is_released(body, released):
    found = [e for e in told_events(body) if e.type == "RETREAT" and e.real]
    assert [e for e in found if e.mode == "release" and e.recipient == (released,)], found


def test_a_rescue_bailed_out_is_still_aid():
    found = told_events("The Velmoran government bailed out the national airline last year.")
    assert "RETREAT" not in [e.type for e in found], found
