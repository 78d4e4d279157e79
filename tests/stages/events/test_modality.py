"""Whether an event is told as done or only foreseen (stages/events/modality.py), on sentences
we wrote."""

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_hypothetical


def _foreseen(text: str, word: str) -> bool:
    parse = nlp.to_parse(nlp.load()(text), nlp.model_name())
    (token,) = (i for i, t in enumerate(parse.tokens) if t.text == word)
    return is_hypothetical(Tree(parse, text), token)


def test_a_with_clause_on_a_forecast_is_foreseen_too():
    text = (
        "The tenants' union said rents were \"likely to climb further, with poorer families "
        'being restricted in where they can live".'
    )
    assert _foreseen(text, "restricted")


def test_a_with_clause_on_a_deed_done_is_done_too():
    text = "Rents climbed further last year, with poorer families being restricted in choice."
    assert not _foreseen(text, "restricted")


def test_what_one_is_challenged_or_dared_to_do_is_not_done():
    assert _foreseen("The mayor challenged the minister to withdraw the claim.", "withdraw")
    assert _foreseen("Rebels dared the army to enter the valley.", "enter")
    assert not _foreseen("The mayor challenged the claim and withdrew his support.", "withdrew")


def test_an_act_owed_by_a_last_day_or_in_the_present_is_still_to_come():
    assert _foreseen("Defence lawyers have until 4 May to lodge their appeal.", "lodge")
    assert _foreseen("The Unite union had until Friday to reject the pay offer.", "reject")
    assert _foreseen("The council has to repay the grant to the Scottish Executive.", "repay")


def test_an_act_one_had_to_do_was_done():
    assert not _foreseen("The council had to repay the grant to the Scottish Executive.", "repay")


def test_what_unnamed_people_believe_was_done_is_speculation():
    text = (
        "Many believe the true reason for his arrest is that he threatened to fund a rival party."
    )
    assert _foreseen(text, "threatened")
    assert _foreseen("Some people think the minister resigned over the loans.", "resigned")


def test_what_a_named_side_believes_was_done_is_left_as_told():
    assert not _foreseen("Ms Carter believes the minister resigned over the loans.", "resigned")


def test_what_a_power_in_force_allows_is_not_done():
    assert _foreseen("The new statute allows police to detain suspects for a week.", "detain")
    text = "The code allows councils to contact tenants and later urge them to pay their arrears."
    assert _foreseen(text, "urge")


def test_what_one_was_allowed_to_do_was_done():
    text = "The two prisoners were allowed to meet their solicitors on Friday."
    assert not _foreseen(text, "meet")


def test_a_deed_one_could_say_was_done_is_not_told_as_done():
    text = (
        "That way, President Viktor Petrenko can tell the voters he has forced the tycoons "
        "to pay their taxes."
    )
    assert _foreseen(text, "forced")


def test_a_deed_one_said_was_done_is_told_as_done():
    assert not _foreseen("President Viktor Petrenko said he had forced the firms to pay.", "forced")


def test_a_deed_before_a_denial_that_did_not_happen_is_still_done():
    # The parse hangs "pleaded" on the conditional "denied" as its clause.
    text = (
        "The killer, James Ford, pleaded guilty to the murder and was jailed for 15 years "
        "- the term would have been two years more had he denied the offence."
    )
    assert not _foreseen(text, "pleaded")
