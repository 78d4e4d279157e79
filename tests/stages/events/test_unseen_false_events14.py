"""False events found on a fourteenth sample of unseen politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events


def test_a_stand_held_for_years_sketches_its_side_and_is_no_event():
    # The clause sketches the minister; what the sentence tells is the speech.
    assert not [
        e
        for e in _events(
            "The speech seemed designed to annoy the health secretary, Ms Orla Grant, "
            "who has long rejected the tag."
        )
        if e[0] == "REJECT"
    ]
    assert not _events("The Farmers' League has always opposed new bypasses.")
    # A stand once taken is still told ("who opposed the bypass"), and so is
    # one held for years against someone.
    assert [
        e
        for e in _events(
            "The Farmers' League, which opposed the bypass, has now backed the smaller road."
        )
        if e[0] == "REJECT"
    ]
    assert ("SUPPORT", ("Dana Whitlow",), ("Keir Pendle",)) in _events(
        "Labour MP Dana Whitlow, who has always backed Keir Pendle, said the vote was close."
    )


def test_a_cause_a_side_holds_at_all_times_is_no_event():
    # A rival's sketch of what a party stands for: bare nouns, simple present.
    found = _events(
        'Conservative co-chairman Ann Reeve said: "The Liberal Democrats are weak on '
        'defence, support higher fuel duty and oppose new roads."'
    )
    assert not [e for e in found if e[0] in ("SUPPORT", "REJECT")]
    # In their own words it is a stand they take.
    assert ("SUPPORT", ("Liberal Democrats",), ()) in _events(
        'Liberal Democrat co-chairman Ann Reeve said: "The Liberal Democrats support '
        'higher fuel duty."'
    )
    # A stand on a thing the text points to is still told as one.
    assert ("REJECT", ("Conservative Party",), ()) in _events("The Conservatives oppose the bill.")


def test_failings_a_body_is_named_on_are_that_bodys():
    # The councils suffer the failings; the Treasury is charged with them.
    found = _events(
        "Hundreds of councils will miss the recycling deadline because of Treasury "
        "failures, the Commons environment committee said."
    )
    charged = [e for e in found if e[0] == "ACCUSE"]
    assert charged
    assert all(e[2] == ("Treasury",) for e in charged)
    # "government" on the failings is the home government, a country's rulers.
    found = _events(
        "Thousands of schools are ill-prepared for the new exams, which start in "
        "June, because of government failures, say MPs."
    )
    charged = [e for e in found if e[0] == "ACCUSE"]
    assert charged
    assert all(e[2] == ("government",) for e in charged)
