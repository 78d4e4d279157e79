"""Words that look like events in business and political news, and are none.

Each case is a false event the stage coded on articles it was never tuned
on, written again in sentences of our own.
"""

import dateline
from event_sides import real_events as _events


def test_being_forced_to_do_something_makes_no_attack_physical():
    events = _events(
        "The Road Haulage Association attacked the new toll plans, saying members would be"
        " forced to raise prices."
    )
    assert [e[0] for e in events if e[1] == ("Road Haulage Association",)] == ["ACCUSE"]


def test_a_price_that_shoots_up_is_no_shooting():
    events = _events("Harwell Foods shares shot up 12% in March after a strong winter.")
    assert not [e for e in events if e[0] == "ASSAULT"]
    # With something shot, it stays an attack.
    events = _events("Police shot up the car as it sped towards the checkpoint, officials said.")
    assert [e[0] for e in events if e[1] == ("Police",)] == ["ASSAULT"]


def test_a_profit_warning_threatens_no_one():
    events = _events("Harwell Foods issued a profit warning following weak sales.")
    assert not [e for e in events if e[0] == "THREATEN"]
    events = _events("The army issued a warning to Harwell.")
    assert [e[0] for e in events] == ["THREATEN"]


def test_what_a_side_is_banned_or_barred_from_doing_is_not_done():
    (suit,) = [
        e
        for e in dateline.extract(
            "Report\n\nHarwell Bank has been banned from suing Kestrel Foods, a court in Milan"
            " ruled.\n",
            published="2024-03-10",
        )[0].events
        if e.type == "ACCUSE"
    ]
    assert suit.hypothetical


def test_a_present_tense_clause_on_a_bare_plural_names_a_kind_not_a_deed():
    events = _events(
        "Landlords who refuse to repair damp homes could be fined under plans being"
        " considered by ministers."
    )
    assert not [e for e in events if e[0] == "REJECT"]
    events = _events("The landlords who refused to repair the homes were fined on Monday.")
    assert [e[0] for e in events if e[0] == "REJECT"] == ["REJECT"]
    events = _events("Many Danish farmers who blame Sweden for the low prices met in Aarhus.")
    assert [e[0] for e in events if e[0] == "ACCUSE"] == ["ACCUSE"]


def test_a_deal_or_talks_the_subject_did_not_approve_or_attend_did_not_happen_with_it():
    for body in (
        "The Harwell ministry said it had not approved the deal with Kestrel Foods.",
        "Peru did not attend the talks with Chile in Lima.",
    ):
        assert not [e for e in _events(body) if e[0] in ("AGREE", "CONSULT")], body


def test_who_earns_praise_is_praised_not_praising():
    events = _events(
        "The Harwell chief executive Anna Lind has earned praise for turning the airline around."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[1] == ("Anna Lind",)]
    events = _events("The Harwell plan has garnered criticism from Kestrel Foods.")
    assert [e[:2] for e in events if e[0] == "ACCUSE"] == [("ACCUSE", ("Kestrel Foods",))]
