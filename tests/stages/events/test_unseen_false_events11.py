"""False events found on an eleventh sample of unseen politics and world news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from statements import statement_events


def test_a_bodys_internal_inquiry_charges_no_one():
    # A body looking into its own affairs accuses nobody, least of all the
    # government the article names.
    for text in (
        "The oil company Shell has begun an internal inquiry into the reporting of its reserves.",
        (
            "The drugs firm said it had launched an internal investigation after finding"
            " irregular payments at its office in Jakarta."
        ),
    ):
        assert not [e for e in _events(text) if e[0] == "ACCUSE"]
    # An inquiry into another still charges it.
    found = _events("The regulator has launched an inquiry into Shell.")
    assert [e for e in found if e[0] == "ACCUSE"]


def test_a_judgement_in_a_phrase_inside_a_phrase_does_not_judge_the_subject():
    # The parse hangs "between ..." on "the election", not on "choice": the
    # families are offered the waste, not charged with it.
    events = statement_events(
        "Mr Harland said families faced a stark choice at the coming election between more waste"
        " under Labour and lower taxes."
    )
    assert not any(recipients == ("families",) for _, _, recipients in events)
    # The waste told "under" a party is laid at its door.
    assert ("ACCUSE", ("Harland",), ("Labour Party",)) in events
    # A wrong the subject presided over is still the subject's.
    events = statement_events("Mr Harland said ministers had presided over a shambles.")
    assert ("ACCUSE", ("Harland",), ("ministers",)) in events


def test_a_judgement_told_under_a_side_charges_that_side_alone():
    # The parse joins "Tory" to "Labour", though it qualifies "value".
    events = statement_events(
        "Mr Harland said voters faced a stark choice at the polls between more waste and more"
        " debt under Labour and Tory care with every pound."
    )
    assert ("ACCUSE", ("Harland",), ("Labour Party",)) in events


def test_an_ill_one_sets_out_to_remedy_judges_no_one():
    # Who tackles waste is not charged with it.
    events = statement_events(
        "Opposition leader Maria Costa says her party can save 2bn in public spending by"
        " tackling waste."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]
    # A thing called a waste is still judged.
    events = statement_events("Opposition leader Maria Costa said the scheme was a waste of money.")
    assert [e for e in events if e[0] == "ACCUSE"]
