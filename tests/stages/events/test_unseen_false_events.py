"""False events found on a second sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from event_sides import real_types as _types


def test_what_one_is_urged_to_go_on_doing_is_not_done():
    events = _events(
        "The Green Party urged the Scottish Executive to continue pressing its case for new powers."
    )
    assert [e[0] for e in events] == ["REQUEST"]
    assert events[0][1] == ("Green Party",)


def test_a_bare_verb_the_parse_joins_too_high_shares_the_infinitive_s_fate():
    # "withdraw" belongs with "to say sorry", not with "calling".
    events = _events(
        "The Tory leader wrote to the minister on Monday accusing him of a lapse of judgement"
        ' and calling for him to say sorry for his "careless remark" and withdraw it at once.'
    )
    assert "RETREAT" not in [e[0] for e in events]


def test_a_side_tipped_to_act_has_not_acted():
    assert "CONSULT" not in _types("Gordon Brown is tipped to visit Beijing.")


def test_a_condition_told_by_putting_had_first_did_not_happen():
    events = _events(
        "Mark Hill was jailed for six years in March; he would have been jailed for longer had"
        " he attacked the officer."
    )
    assert not [e for e in events if e[1] == ("Mark Hill",)]


def test_what_a_plan_sets_down_in_the_present_is_not_done():
    assert "AGREE" not in _types(
        "Under the plan, councils sign contracts with builders and keep a share of each home."
    )
    assert "RETREAT" not in _types("Under the agreement, Syria withdraws its troops.")
    # Told in the past, it was done.
    assert "RETREAT" in _types("Under the agreement, Syria withdrew its troops.")


def test_what_a_guarantee_is_asked_for_is_not_done():
    events = _events(
        "Ministers have published the bill. The committee called for a firm guarantee that"
        " the government consults with traders before it licenses the market."
    )
    assert "CONSULT" not in [e[0] for e in events]


def test_a_firm_s_competitors_are_not_the_firm():
    events = _events(
        "Vodafone's competitors have often accused it of abusing its hold on the market."
    )
    assert not [e for e in events if e[0] == "ACCUSE" and e[1] == ("Vodafone",)]


def test_what_broadcasters_should_do_is_asked_of_the_broadcasters():
    events = _events(
        "Ministers have rejected the idea of a debate. The Prime Minister said the government"
        " was busy. Broadcasters should agree a date for a televised debate between the party"
        " leaders, the Electoral Reform Society said."
    )
    assert ("REQUEST", ("Electoral Reform Society",), ("Broadcasters",)) in events


def test_a_threat_or_a_complaint_dropped_or_withdrawn_is_none():
    assert "THREATEN" not in _types(
        "Harwell Oil has dropped its threat of legal action against four banks."
    )
    assert "ACCUSE" not in _types("Harwell Oil withdrew its complaint against Kestrel Bank.")


def test_what_plans_are_said_to_suggest_is_no_demand_of_the_speaker():
    events = _events(
        "Labour plans to merge police forces. Lord Harris, a Labour peer, said the plans"
        " seemed to suggest that police chiefs should be told what to do by one politician."
    )
    assert not [e for e in events if e[0] == "REQUEST"]


def test_an_inquiry_into_a_killing_charges_the_killer_not_the_victim():
    events = _events("Police investigating Jamie Ross's murder have arrested a man.")
    assert not [e for e in events if e[0] == "ACCUSE" and "Jamie Ross" in e[2]]
    # A doer named before the deed's "of" is the one charged.
    events = _events("Amnesty International condemned Iran's detention of the three journalists.")
    assert ("ACCUSE", ("Amnesty International",), ("Iran",)) in events


def test_what_someone_needs_or_ought_to_know_asks_nothing_of_them():
    assert "REQUEST" not in _types(
        'Ministers announced the ratings scheme. "Parents need to know what films their'
        ' children are watching," said Labour MP Ann Cole.'
    )
    assert "REQUEST" not in _types(
        "The Tories criticised the plan. Tory MP Ann Cole said the health secretary should know"
        " by now that his remarks would upset voters."
    )
    # A need to act still asks it.
    assert "REQUEST" in _types(
        "Ministers announced the ratings scheme. Labour MP Ann Cole said parents need to check"
        " the ratings."
    )


def test_a_need_to_know_and_to_act_still_asks_the_act():
    assert "REQUEST" in _types(
        "Aid groups criticised the firms. The Global Health Fund said mining firms need to"
        " understand the risks and draw up plans to protect their staff."
    )
    assert "REQUEST" in _types(
        "Aid groups criticised the firms. Mining firms should encourage their staff to know"
        " the risks, said Anna Berg of the Global Health Fund."
    )
