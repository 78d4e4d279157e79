"""Whether an event is told as done or only foreseen (stages/events/modality.py), on sentences
we wrote."""

import pytest

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_hypothetical, is_negated


def _foreseen(text: str, word: str) -> bool:
    parse = nlp.to_parse(nlp.load()(text), nlp.model_name())
    (token,) = (i for i, t in enumerate(parse.tokens) if t.text == word)
    return is_hypothetical(Tree(parse, text), token)


def _denied(text: str, word: str) -> bool:
    parse = nlp.to_parse(nlp.load()(text), nlp.model_name())
    (token,) = (i for i, t in enumerate(parse.tokens) if t.text == word)
    return is_negated(Tree(parse, text), token)


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


def test_what_a_rule_in_force_obliges_one_to_do_is_not_done():
    text = (
        "Few quarrel with the aims of the law, which obliges company bosses to sign the accounts."
    )
    assert _foreseen(text, "sign")
    assert _foreseen(
        "The treaty requires members to consult each other before any sale.", "consult"
    )


def test_what_one_was_required_to_do_is_left_as_told():
    assert not _foreseen("The court required the firm to pay its workers in full.", "pay")


def test_the_aim_of_a_habit_is_no_deed_done():
    text = "Its engineers work with the oil ministry to hammer out the terms."
    assert _foreseen(text, "hammer")


def test_the_aim_of_a_meeting_held_is_left_as_told():
    text = "Its engineers met the oil ministry on Monday to hammer out the terms."
    assert not _foreseen(text, "hammer")


def test_what_a_permission_that_would_have_been_allows_is_not_done():
    text = (
        "The ruling, if upheld by the judges, would have allowed the board to keep control "
        "of the firm and block the sale of its assets."
    )
    assert _foreseen(text, "block")


def test_an_act_given_a_last_day_is_still_to_come():
    text = "Creditors have given Northfield Bank until Friday to sign the rescue deal."
    assert _foreseen(text, "sign")


def test_an_act_given_no_last_day_is_left_as_told():
    text = "Creditors gave Northfield Bank a week's grace and later signed the rescue deal."
    assert not _foreseen(text, "signed")


def test_a_meeting_until_which_something_still_to_come_lasts_is_ahead():
    text = "Markets will stay nervous until the June OPEC meetings, an analyst said."
    assert _foreseen(text, "meetings")
    assert not _foreseen("Markets stayed nervous until the June OPEC meetings.", "meetings")
    text = "Traders are going to be unsettled and wary until the May OPEC meetings."
    assert _foreseen(text, "meetings")


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


def test_the_deed_a_demand_noun_asks_for_in_the_bare_form_is_not_done():
    text = "The union's demand that the chairman be sacked was rejected by the board."
    assert _foreseen(text, "sacked")
    text = "The Tories' demand that the minister be suspended was turned down."
    assert _foreseen(text, "suspended")


def test_news_that_a_deed_was_done_leaves_it_told_as_done():
    text = "The news that the chairman was sacked on Monday reached the staff."
    assert not _foreseen(text, "sacked")


def test_what_a_purpose_means_to_show_is_not_told_as_done():
    text = "The tour was designed to show the minister is talking directly to farmers."
    assert _foreseen(text, "talking")
    text = "The figures show the minister is talking directly to farmers."
    assert not _foreseen(text, "talking")


def test_a_wish_in_a_clause_joined_before_does_not_reach_the_next_clause():
    text = (
        "Kestrel Bank was threatened with ruin by its heavy debts but the "
        "bank's lenders and its old owner have stepped in to rescue it."
    )
    assert not _foreseen(text, "rescue")


def test_the_aim_of_a_clause_that_plans_is_still_to_come():
    text = "Kestrel Bank's creditors have threatened to step in and rescue it."
    assert _foreseen(text, "rescue")


def test_the_means_of_an_attempt_made_were_used():
    text = "Halvorsen Energy unsuccessfully sought to block the sale by applying to a Texas court."
    assert not _foreseen(text, "applying")
    text = "The union tried to stop the closure by taking the council to court."
    assert not _foreseen(text, "taking")


def test_the_means_of_an_attempt_to_come_are_to_come():
    text = "Halvorsen Energy will try to block the sale by applying to a Texas court."
    assert _foreseen(text, "applying")


def test_what_a_side_contends_was_done_is_its_claim():
    text = (
        "Prosecutors contend that executives from the big brewers met and agreed to hide the risks."
    )
    assert _foreseen(text, "met")
    assert _foreseen(text, "agreed")


def test_not_saying_why_a_deed_was_done_leaves_it_done():
    assert not _denied("The spokesman did not say why the two men had been arrested.", "arrested")
    text = "Officials would not reveal how the prisoners had been freed."
    assert not _denied(text, "freed")


def test_not_saying_whether_a_deed_was_done_leaves_it_open():
    assert _denied("The spokesman did not say whether the two men had been arrested.", "arrested")
    assert _denied("The spokesman did not say that the two men had been arrested.", "arrested")


def test_no_doubt_that_a_deed_was_done_affirms_it():
    text = "The ministry said it has no doubt that the two men were lawfully detained."
    assert not _denied(text, "detained")
    text = "There was no evidence that the two men were detained unlawfully."
    assert _denied(text, "detained")


def test_what_as_soon_as_times_under_a_pledge_is_still_to_come():
    text = '"I will step aside as soon as the trustees ask me to," the charity\'s chairman said.'
    assert _foreseen(text, "ask")
    assert not _foreseen("She stepped aside as soon as the trustees asked her to.", "asked")


def test_an_act_said_to_be_needed_is_still_to_come():
    text = "The envoy said it was vital that the army withdraws from the hills."
    assert _foreseen(text, "withdraws")
    assert _foreseen("It is essential for the board to sack the auditors, the fund said.", "sack")
    assert not _foreseen(
        "The envoy said it was important that the army had withdrawn from the hills.", "withdrawn"
    )


def test_a_deed_whose_doers_are_neither_of_a_pair_is_not_done():
    assert _denied("Neither Labour nor the Greens backed the amendment.", "backed")
    assert _denied("Neither the mayor nor his deputy met the strikers.", "met")
    assert not _denied("Both Labour and the Greens backed the amendment.", "backed")


def test_what_prosecutors_argue_a_defendant_did_is_their_charge_not_a_deed():
    text = (
        "Prosecutors have argued that Mr Dunmore ran a fraud at the firm,"
        " ordering staff to shred invoices."
    )
    assert _foreseen(text, "ordering")
    assert not _foreseen(
        "Mr Dunmore ran a fraud at the firm, ordering staff to shred invoices.", "ordering"
    )


def test_what_one_argues_of_a_present_state_leaves_a_deed_within_it_told():
    text = "Party officials argue Mr Dunmore has not been honest in attacking the council."
    assert not _foreseen(text, "attacking")


def test_a_sum_a_side_said_it_would_pay_to_settle_tells_the_settlement_struck():
    text = (
        "Corvell Lines said last week it would pay $40m to settle charges brought by the regulator."
    )
    assert not _foreseen(text, "settle")


@pytest.mark.parametrize(
    "text",
    [
        "Corvell Lines said it could pay $40m to settle charges brought by the regulator.",
        "Corvell Lines said it would pay $40m to settle the charges if the court approved.",
        "Corvell Lines is expected to say it will pay $40m to settle the charges.",
    ],
)
def test_a_payment_to_settle_that_only_could_be_leaves_the_settlement_ahead(text):
    assert _foreseen(text, "settle")


def test_a_meeting_a_side_is_holding_on_a_named_day_is_a_timetable():
    assert _foreseen("The transport minister is meeting the rail unions on Thursday.", "meeting")
    text = "The transport ministry is holding a meeting on Thursday with the rail unions."
    assert _foreseen(text, "holding")
    assert not _foreseen("The transport minister met the rail unions on Thursday.", "met")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The strike was called off until union leaders meet the plant's managers.", "meet"),
        ("The vote was put back until the premier has met the opposition leader.", "met"),
        ("The ruling will wait until health ministers meet.", "meet"),
    ],
)
def test_a_present_clause_a_verb_waits_for_is_still_to_come_in_any_tense(text, word):
    assert _foreseen(text, word)


def test_a_past_clause_a_verb_waited_for_was_done():
    text = "The strike was called off after union leaders met the plant's managers."
    assert not _foreseen(text, "met")
    assert not _foreseen("The vote was put back until the premier met the rebels.", "met")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Allied forces will respond in the event of an attack on the border towns.", "attack"),
        ("The alliance will respond in the event that Moravia attacks its neighbour.", "attacks"),
        ("Polish troops are on standby in case Moravia attacks the border towns.", "attacks"),
        ("The fleet was put on alert in case of an attack on the harbour.", "attack"),
    ],
)
def test_an_event_opened_as_a_condition_is_only_supposed(text, word):
    assert _foreseen(text, word)


def test_an_event_in_the_case_of_a_side_is_told_as_done():
    text = "In the case of the northern province, rebels attacked the border towns."
    assert not _foreseen(text, "attacked")


def test_a_deed_of_a_doer_there_was_no_sign_of_is_denied():
    assert _denied("There was no sign of the rebels attacking the capital.", "attacking")
    assert not _denied("There were reports of rebels attacking the capital.", "attacking")
    assert not _denied("There was no doubt of the rebels attacking the capital.", "attacking")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The premier cancelled his visit to the northern province.", "visit"),
        ("Talks between the two unions planned for Monday were called off.", "Talks"),
        ("The board scrapped a meeting with the rival bidder.", "meeting"),
    ],
)
def test_an_event_called_off_did_not_take_place(text, word):
    assert _denied(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chancellor postponed a visit to the eastern capital.", "visit"),
        ("The summit between the two blocs has been put back.", "summit"),
    ],
)
def test_an_event_put_back_is_still_ahead(text, word):
    assert _foreseen(text, word)
    assert not _denied(text, word)


def test_an_event_stopped_while_under_way_took_place():
    text = "The two unions suspended talks with the plant's managers on Friday."
    assert not _denied(text, "talks")
    assert not _foreseen(text, "talks")


def test_what_was_supposed_to_be_done_is_not_told_as_done():
    text = "The province was supposed to sign the accord with the union last week."
    assert _foreseen(text, "sign")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The regional minister could face charges after criticising the governor.", "criticising"),
        ("The club's captain may be sacked for attacking a referee.", "attacking"),
    ],
)
def test_the_deed_a_foreseen_penalty_is_for_was_done(text, word):
    assert not _foreseen(text, word)


def test_a_deed_after_which_a_plan_is_carried_out_is_still_ahead():
    text = "After meeting the governor, the minister will fly to the capital."
    assert _foreseen(text, "meeting")


def test_a_perfect_with_before_inside_its_clause_tells_no_time_to_come():
    text = (
        "The firm is wary, because the courts have never before overturned such a ban, "
        "its chairman said."
    )
    assert not _foreseen(text, "overturned")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The courts have never before overturned a ministry ruling.", "overturned"),
        ("The Chinese president has never before visited Japan.", "visited"),
        ("The union leader did not even meet the plant's managers.", "meet"),
    ],
)
def test_a_negator_on_an_adverb_that_stresses_it_denies_the_verb(text, word):
    assert _denied(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor not only visited the border town but also met its mayor.", "visited"),
        ("The union did not just criticise the managers, it condemned them.", "criticise"),
    ],
)
def test_not_only_adds_to_a_deed_done(text, word):
    assert not _denied(text, word)


def test_not_only_before_an_aim_leaves_it_denied():
    text = "The party's aim is not just attacking poverty but building new homes."
    assert _denied(text, "attacking")


def test_not_simply_under_a_modal_denies():
    text = "The union said the firm could not simply sack the striking workers."
    assert _denied(text, "sack")
