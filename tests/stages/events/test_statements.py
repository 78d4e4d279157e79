"""Events that statements carry (stages/events/statements.py), on sentences we wrote."""

from dataclasses import replace

import pytest

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.events.judged import thing_judged
from event_sides import real_events, told_events
from statements import statement_events


def test_an_adjective_on_what_the_subject_is_judges_the_subject():
    found = statement_events(
        "Opposition leader Maria Costa said Erik Sandberg's cabinet was a "
        '"reckless, inept cabinet that ignores farmers".'
    )
    assert [e for e in found if e[:2] == ("ACCUSE", ("Maria Costa",)) and "Sandberg" in e[2][0]]


def test_an_adjective_on_the_job_someone_did_judges_the_doer():
    found = statement_events(
        'Opposition leader Maria Costa said the Chilean navy had done a "superb job" in the rescue.'
    )
    assert ("SUPPORT", ("Maria Costa",), ("Chilean navy",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Maria Costa said the Harbour Board had made the wrong choice.",
        "Opposition leader Maria Costa said the Harbour Board had taken a reckless gamble.",
        "Opposition leader Maria Costa said the Harbour Board was sending a dangerous signal.",
    ],
)
def test_a_judgement_of_what_the_subject_chose_or_sent_judges_the_subject(body):
    assert ("ACCUSE", ("Maria Costa",), ("Harbour Board",)) in statement_events(body)


def test_a_judged_thing_sent_out_charges_whoever_did_the_thing_that_sends_it():
    body = (
        "Transport minister Erik Sandberg announced a cut in ferry fares on Monday. "
        "Green group Seaways said the cut sends the wrong message to motorists."
    )
    assert ("ACCUSE", ("Seaways",), ("Erik Sandberg",)) in statement_events(body)


def test_a_judged_deed_of_unnamed_people_charges_no_one():
    body = (
        'Minister Erik Sandberg said: "We want to stop people who have made shameful '
        'gestures at the port."'
    )
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


def test_a_failing_named_with_its_owner_accuses_the_owner():
    found = statement_events(
        "Opposition leader Maria Costa said Erik Sandberg's arrogance had cost the port its trade."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found


@pytest.mark.parametrize("word", ["worthless", "bureaucratic", "shambolic"])
def test_a_policy_called_needless_or_worthless_is_a_charge(word):
    found = statement_events(f'Opposition leader Maria Costa said the port bill was "{word}".')
    assert found == [("ACCUSE", ("Maria Costa",), ())]


def test_parties_named_together_as_speakers_each_make_the_charge():
    found = statement_events(
        "The Greens and the Liberal Democrats said the farm minister Erik Sandberg "
        'had been "wrong" to close the port.'
    )
    assert ("ACCUSE", ("Greens", "Liberal Democrats"), ("Erik Sandberg",)) in found


def test_saying_one_trusts_someone_backs_them():
    found = statement_events(
        'Finance minister Erik Sandberg said: "Of course I trust the prime minister."'
    )
    assert ("SUPPORT", ("Erik Sandberg",), ("prime minister",)) in found


@pytest.mark.parametrize("word", ["unambitious", "childish"])
def test_a_plan_called_unambitious_or_childish_is_a_charge(word):
    found = statement_events(f'Opposition leader Maria Costa said the port bill was "{word}".')
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == ("Maria Costa",)]


def test_trust_the_speaker_tells_of_others_is_not_the_speakers_backing():
    found = statement_events(
        "Economist Erik Sandberg said many savers who once trusted the government had lost out."
    )
    assert not [e for e in found if e[0] == "SUPPORT"]


def test_a_judgement_in_a_phrase_on_the_object_does_not_judge_the_subject():
    # The voters are offered the waste; they are not charged with it.
    events = statement_events(
        "Mr Harland said voters faced a choice between more waste under Labour and lower taxes."
    )
    assert not any(recipients == ("voters",) for _, _, recipients in events)
    # A wrong the subject presided over is still the subject's.
    events = statement_events("Mr Harland said the government had presided over a shambles.")
    assert ("ACCUSE", ("Harland",), ("government",)) in events


def test_a_things_his_or_its_in_a_charge_is_anothers_not_the_speakers():
    found = statement_events(
        "Opposition leader Maria Costa spoke after Erik Sandberg's budget speech. "
        'She said his plans for the ports were "a shambles".'
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found
    found = statement_events(
        "Opposition leader Maria Costa attacked the Farmers' Party on Monday. "
        'She said its plans for the ports were "a shambles".'
    )
    assert ("ACCUSE", ("Maria Costa",), ("Farmers' Party",)) in found


def test_a_wish_of_others_in_the_speakers_own_words_asks_nothing():
    # In a direct quote the speaker is "I" or "we": "they" are others. (A
    # reported "they want" may still be the speaker's own: see
    # test_a_speaker_who_wants_something_done_requests_it.)
    found = statement_events(
        "The Danish government wants to sell the state broadcaster. Its chief Erik Sandberg "
        'said: "Viewers can watch our shows any time they want."'
    )
    assert not [e for e in found if e[0] == "REQUEST"]


_FLOODS = "The Danish government has promised more flood money. "


@pytest.mark.parametrize(
    "said",
    [
        "Insurer Nordsikring said claims would be lower than for other disasters.",
        "Insurer Nordsikring said its claims had risen following the pensions scandal.",
    ],
)
def test_cases_counted_or_an_affair_that_dates_the_clause_judge_no_one(said):
    assert statement_events(_FLOODS + said) == []


@pytest.mark.parametrize("label", ["a disaster", "a shambles"])
def test_a_plan_called_a_disaster_or_a_shambles_is_still_a_charge(label):
    found = statement_events(
        _FLOODS + f'Opposition leader Maria Costa said the flood plan was "{label}".'
    )
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == ("Maria Costa",)]


@pytest.mark.parametrize(
    "said",
    [
        'Finance minister Erik Sandberg said Maria Costa was "impugning the integrity" of a bank.',
        "Union officials said that the airline Nordair was chronically understaffed.",
        'Greens leader Anna Berg said the policies of the Farmers\' Party were "abhorrent".',
    ],
)
def test_charges_of_impugning_understaffing_and_abhorrence_accuse_the_one_judged(said):
    found = statement_events(said)
    assert [e for e in found if e[0] == "ACCUSE" and e[2]]


def test_one_said_not_to_be_straightforward_is_accused():
    found = statement_events(
        'Party officials argue Erik Sandberg has not been "straightforward" with voters.'
    )
    assert ("ACCUSE", ("Party officials",), ("Erik Sandberg",)) in found


@pytest.mark.parametrize(
    "said",
    [
        'Opposition leader Maria Costa said Erik Sandberg\'s port reforms were "chaotic".',
        'Opposition leader Maria Costa said Erik Sandberg had "manipulated" the trade figures.',
        'Opposition leader Maria Costa said Erik Sandberg\'s budget was "a mess".',
    ],
)
def test_plans_called_chaotic_or_a_mess_and_figures_manipulated_are_charges(said):
    found = statement_events(said)
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == ("Maria Costa",) and e[2]]


def test_reports_called_inaccurate_are_rejected():
    found = statement_events(
        'Farm minister Erik Sandberg said the reports about his ministry were "inaccurate".'
    )
    assert [e for e in found if e[0] == "REJECT" and e[1] == ("Erik Sandberg",)]


@pytest.mark.parametrize(
    "said",
    [
        'Opposition leader Maria Costa said the sale was "a desperate attempt" by Erik Sandberg.',
        'Opposition leader Maria Costa said: "This is a cynical ploy by Erik Sandberg."',
    ],
)
def test_a_thing_judged_blames_whoever_the_by_phrase_says_made_it(said):
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in statement_events(said)


def test_a_minister_called_prudent_is_praised():
    found = statement_events(
        'Business leader Anna Berg said: "Erik Sandberg has been a prudent finance minister."'
    )
    assert ("SUPPORT", ("Anna Berg",), ("Erik Sandberg",)) in found


@pytest.mark.parametrize("verb", ["rushing", "ramming", "railroading"])
def test_a_government_said_to_rush_a_bill_through_is_accused(verb):
    found = statement_events(
        f"Opposition leader Maria Costa said Erik Sandberg was {verb} the port bill through "
        "parliament."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found


@pytest.mark.parametrize("word", ["wrong", "irresponsible"])
def test_an_act_judged_of_its_doer_accuses_the_doer(word):
    found = statement_events(
        f"Opposition leader Maria Costa said it was {word} of Erik Sandberg to close the port."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found


def test_an_act_judged_with_its_doer_unnamed_is_a_charge_all_the_same():
    found = statement_events(
        "Opposition leader Maria Costa said it was disgraceful to close a port which "
        "employs 400 dockers."
    )
    assert [e for e in found if e[:2] == ("ACCUSE", ("Maria Costa",))]


@pytest.mark.parametrize(
    "said",
    [
        "Opposition leader Maria Costa said it would be wrong to close the port this year.",
        "Opposition leader Maria Costa argued that it is wrong to close ports in winter.",
    ],
)
def test_an_act_advised_or_argued_against_judges_nothing_done(said):
    assert not [e for e in statement_events(said) if e[:2] == ("ACCUSE", ("Maria Costa",))]


def test_a_deed_judged_is_not_blamed_on_whom_it_was_done_to():
    found = statement_events("Lawyer Ana Ruiz said the three men's arrest was unfair.")
    assert [e for e in found if e[:2] == ("ACCUSE", ("Ana Ruiz",))]
    assert not [e for e in found if e[0] == "ACCUSE" and "three men" in e[2]]


@pytest.mark.parametrize(
    ("said", "judged"),
    [
        (
            "Opposition leader Maria Costa said Erik Sandberg was a failed minister.",
            "Erik Sandberg",
        ),
        (
            'The Green Party said the budget was a return to "failed Labour policies".',
            "Labour Party",
        ),
    ],
)
def test_a_participle_of_wrongdoing_judges_what_it_qualifies(said, judged):
    found = statement_events(said)
    assert [e for e in found if e[0] == "ACCUSE" and judged in e[2]]


def test_a_failed_policy_named_by_a_country_does_not_accuse_the_country():
    found = statement_events(
        "Opposition leader Maria Costa said the plan was a return to failed Iraq policies."
    )
    assert not [e for e in found if e[0] == "ACCUSE" and "Iraq" in e[2]]


@pytest.mark.parametrize(
    "body",
    [
        "Chancellor Erik Sandberg will need to raise taxes, economist Maria Costa said.",
        'Analyst Maria Costa said: "Most farmers will need to sell their land within a decade."',
    ],
)
def test_a_need_foretold_with_will_asks_nothing_of_anyone(body):
    found = statement_events(body)
    assert not [e for e in found if e[0] == "REQUEST"]


def test_a_bill_named_with_a_capital_is_athing_judged():
    found = statement_events(
        'Opposition leader Maria Costa said the Bill was "costly and bureaucratic".'
    )
    assert ("ACCUSE", ("Maria Costa",), ()) in found


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            'Opposition leader Maria Costa said the Greens were in "disarray" over fares.',
            ("ACCUSE", ("Maria Costa",), ("Greens",)),
        ),
        (
            'Maria Costa said: "This is a scurrilous attempt by the Tories to win votes."',
            ("ACCUSE", ("Maria Costa",), ("Conservative Party",)),
        ),
        (
            'Maria Costa said the Greens had been "far smarter" than her own party on fares.',
            ("SUPPORT", ("Maria Costa",), ("Greens",)),
        ),
    ],
)
def test_a_party_called_in_disarray_or_smarter_is_judged(said, expected):
    assert expected in statement_events(said)


@pytest.mark.parametrize(
    "said",
    [
        "the new visa scheme was open to abuse",
        "there were abuses of the visa system",
        "the new checks would be more robust against abuse than the old ones",
        "voters were subject to endless propaganda about the economy",
    ],
)
def test_a_wrong_named_as_a_risk_or_as_present_judges_no_one(said):
    assert statement_events(f"Opposition leader Maria Costa said {said}.") == []


def test_a_plan_called_an_abuse_is_still_a_charge():
    found = statement_events(
        "Opposition leader Maria Costa said the port bill was an abuse of power."
    )
    assert found == [("ACCUSE", ("Maria Costa",), ())]


def test_a_duty_denied_on_its_own_verb_forbids_and_so_asks():
    found = statement_events(
        "Opposition leader Maria Costa said the Ministry of Transport should not close the "
        "northern quay before the harvest."
    )
    assert ("REQUEST", ("Maria Costa",), ("Ministry of Transport",)) in found


@pytest.mark.parametrize(
    "body",
    [
        # "need not" asks nothing, and a passive "should not be blamed" asks others.
        "Opposition leader Maria Costa said the Ministry of Transport need not worry.",
        "Opposition leader Maria Costa said the Ministry of Transport should not be blamed.",
    ],
)
def test_no_demand_of_the_subject_where_the_duty_is_waived_or_passive(body):
    assert not [e for e in statement_events(body) if e[0] == "REQUEST" and e[2]]


def test_a_wrong_given_as_the_reason_for_a_deed_makes_no_second_charge():
    found = statement_events(
        "The board passed a resolution censuring Valdoria for failing to cooperate with the "
        "inspectors, diplomats said."
    )
    assert not any(e[0] == "ACCUSE" and e[1] == ("diplomats",) for e in found)


def test_a_word_that_is_a_cue_as_verb_and_as_noun_counts_as_each():
    # "abuse" is listed as a verb of wrongdoing and as a noun of judgement.
    found = statement_events("The minister said Karl Brenner had abused his position.")
    assert ("ACCUSE", ("minister",), ("Karl Brenner",)) in found


def test_the_thing_judged_is_blamed_on_whoever_the_story_said_did_it():
    found = statement_events(
        "The African Union imposed sanctions on Guinea on Friday. The junta's spokesman "
        "said the sanctions were illegal."
    )
    assert ("ACCUSE", ("spokesman",), ("African Union",)) in found


def test_who_a_participle_on_a_failing_says_did_it_is_charged():
    found = statement_events(
        'Farm union leader Rhona Begbie warned of "dangerous complacency" being shown by the '
        "Green Party."
    )
    assert ("ACCUSE", ("Rhona Begbie",), ("Green Party",)) in found
    found = statement_events(
        "Farm union leader Rhona Begbie said the harbour scheme was "
        '"a shambles organised by the Green Party".'
    )
    assert ("ACCUSE", ("Rhona Begbie",), ("Green Party",)) in found


def test_saying_someone_broke_a_rule_accuses_them():
    found = statement_events("The regulator said Harlow Mining had violated its licence.")
    assert ("ACCUSE", ("regulator",), ("Harlow Mining",)) in found


@pytest.mark.parametrize(
    "said",
    [
        (
            "Maria Costa said farmers would not accept the "
            '"cruel, Soviet-style quota" drawn up by Erik Sandberg.'
        ),
        (
            'Maria Costa said the region could not afford "the reckless spending spree" '
            "planned by Erik Sandberg."
        ),
    ],
)
def test_a_thing_refused_is_still_blamed_on_whoever_the_text_says_made_it(said):
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in statement_events(said)


@pytest.mark.parametrize(
    "said",
    [
        "Maria Costa said the deal by Erik Sandberg was not shabby.",
        "Maria Costa said there was no shabby deal by Erik Sandberg.",
        "Erik Sandberg said he did not make a reckless choice by the river.",
    ],
)
def test_a_judgement_itself_denied_blames_no_maker(said):
    assert not [e for e in statement_events(said) if e[0] == "ACCUSE"]


def test_a_quoted_adjective_misread_as_its_phrase_head_still_judges_its_noun():
    # The model may read '"reckless, US-style spree"' as the adjective with
    # the noun in apposition to it; rebuild that reading on a parse of ours.
    text = "The port cannot afford the reckless spree."
    (parse,) = nlp.parse([text])
    words = [t.text for t in parse.tokens]
    reckless, spree = words.index("reckless"), words.index("spree")
    tokens = list(parse.tokens)
    tokens[reckless] = replace(tokens[reckless], dep="dobj", head=words.index("afford"))
    tokens[spree] = replace(tokens[spree], dep="appos", head=reckless)
    tree = Tree(replace(parse, tokens=tuple(tokens)), text)
    assert thing_judged(tree, reckless) == spree


@pytest.mark.parametrize(
    "said",
    [
        'Maria Costa said Erik Sandberg\'s return was a sign of "sinister tactics".',
        (
            'Maria Costa said the leaflets of Erik Sandberg were part of a "cynical and shameful" '
            "campaign."
        ),
    ],
)
def test_what_the_subject_is_a_sign_or_part_of_judges_the_subject(said):
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in statement_events(said)


def test_a_sign_of_a_thing_another_owns_does_not_judge_the_subject():
    said = "Maria Costa said her victory was a sign of the disastrous record of Erik Sandberg."
    assert not [e for e in statement_events(said) if e[0] == "ACCUSE" and not e[2]]


@pytest.mark.parametrize("word", ["liar", "coward", "crook", "charlatan", "bully", "cheat"])
def test_calling_someone_a_name_of_contempt_accuses_them(word):
    found = real_events(f"Opposition leader Maria Costa called Erik Sandberg a {word}.")
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found


def test_a_plan_called_a_joke_is_a_charge_and_telling_a_joke_is_none():
    assert statement_events('Opposition leader Maria Costa said the port bill was "a joke".') == [
        ("ACCUSE", ("Maria Costa",), ())
    ]
    assert real_events("Erik Sandberg told a joke about Maria Costa at the dinner.") == []


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ('the Port Authority had been "playing catch-up" with the storm damage', "ACCUSE"),
        ("the Port Authority had made a U-turn on berth fees", "ACCUSE"),
        ("the Port Authority's berth offer was half-baked", "REJECT"),
    ],
)
def test_a_hyphenated_cue_counts_though_the_tokenizer_splits_it(said, kind):
    # "catch-up" reaches the parse as "catch", "-", "up": the cue is read at its last part.
    found = statement_events(f"Councillor Ruth Ellery said {said}.")
    assert (kind, ("Ruth Ellery",), ("Port Authority",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "Green spokeswoman Ada Quill said the Harbour Board was spending too much on consultants.",
        "Green spokeswoman Ada Quill said the Harbour Board had acted far too slowly.",
        '"The Harbour Board has gone too far this time," said Green spokeswoman Ada Quill.',
    ],
)
def test_a_deed_done_too_much_too_slowly_or_too_far_charges_its_doer(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


def test_too_little_done_by_no_one_named_is_still_a_charge():
    body = 'Opposition spokesman Ivo Brant said: "Far too little has been done to help farmers."'
    assert [e for e in statement_events(body) if e[:2] == ("ACCUSE", ("Ivo Brant",))]


@pytest.mark.parametrize(
    "body",
    [
        "Green spokeswoman Ada Quill said the Harbour Board must not spend too much on fees.",
        "Green spokeswoman Ada Quill said the Harbour Board did not spend too much on fees.",
        "Green spokeswoman Ada Quill said the Harbour Board could spend too much on fees.",
        "Green spokeswoman Ada Quill said it was too late to save the old pier.",
    ],
)
def test_an_excess_denied_foretold_or_of_time_charges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] in ("ACCUSE", "REJECT")]


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ada Quill said the Harbour Board had let down island voters.",
        "Opposition leader Ada Quill said island voters felt let down by the Harbour Board.",
    ],
)
def test_letting_people_down_charges_whoever_did_it(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Green spokeswoman Ada Quill said the Harbour Board had not done enough to save the pier.",
        '"The Harbour Board simply does not go far enough," said Green spokeswoman Ada Quill.',
        "Green spokeswoman Ada Quill said the Harbour Board was not doing enough for fishermen.",
    ],
)
def test_a_deed_denied_to_be_enough_charges_its_doer(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


def test_an_offer_that_does_not_go_far_enough_is_a_charge_though_no_maker_is_named():
    body = "Ferry workers, however, said the pay offer did not go far enough."
    assert [e for e in statement_events(body) if e[0] == "ACCUSE" and e[1] == ("workers",)]


@pytest.mark.parametrize(
    "body",
    [
        'Green spokeswoman Ada Quill said: "We have not done enough for the fishermen."',
        "Green spokeswoman Ada Quill said the Harbour Board will not go far enough.",
        "Green spokeswoman Ada Quill said the island economy was not growing fast enough.",
        "Green spokeswoman Ada Quill said the Harbour Board had done enough to save the pier.",
    ],
)
def test_no_charge_for_ones_own_shortfall_a_forecast_a_state_or_enough_done(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        'Green spokeswoman Ada Quill said: "The Harbour Board has broken every pledge it made."',
        "Green spokeswoman Ada Quill said the Harbour Board was breaking the law on fishing.",
        "Green spokeswoman Ada Quill said the Harbour Board broke a convention of neutrality.",
    ],
)
def test_breaking_a_promise_or_the_law_charges_the_breaker(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Green spokeswoman Ada Quill said the Harbour Board had broken the deadlock on fees.",
        'Green spokeswoman Ada Quill said: "We have not broken any rules."',
    ],
)
def test_breaking_what_binds_no_one_or_a_denied_breach_charges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "The Ferry Users Council claimed the new timetable rules had been broken.",
        "The Ferry Users Council claimed the new harbour act had been broken.",
    ],
)
def test_a_bond_said_to_be_broken_by_no_one_named_is_still_a_charge(body):
    assert [e for e in statement_events(body) if e[0] == "ACCUSE" and not e[2]]


@pytest.mark.parametrize(
    "body",
    [
        "The Ferry Users Council said the new timetable rules would be broken.",
        "The Ferry Users Council said the new timetable rules had not been broken.",
        "The Ferry Users Council said the old speed record had been broken.",
    ],
)
def test_no_charge_for_a_breach_foretold_denied_or_of_no_bond(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Green leader Ada Quill said the Harbour Board had lost the trust of island voters.",
        'Green leader Ada Quill said the Harbour Board had "lost the confidence of the assembly".',
    ],
)
def test_losing_the_trust_of_others_charges_the_loser(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Green leader Ada Quill said island voters had lost faith in the Harbour Board.",
        "Green leader Ada Quill said the Harbour Board had lost the court case.",
        'Green leader Ada Quill said: "We have lost the trust of island voters."',
    ],
)
def test_no_charge_for_trust_lost_in_another_a_loss_of_no_trust_or_ones_own(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        'Mr Tom Hale told the Courier: "My remarks were clumsy and I regret them."',
        'Mr Tom Hale said: "Our handling of the floods was a disgrace."',
        "Mayor Ken Dalby conceded his remarks may have been offensive but said he meant no harm.",
    ],
)
def test_a_fault_found_in_ones_own_words_or_deeds_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        'Mr Tom Hale said: "Their handling of the floods was a disgrace."',
        "Mayor Ken Dalby admitted the council's handling of the floods was a disgrace.",
        "Mayor Ken Dalby said Mr Tom Hale's remarks were offensive.",
    ],
)
def test_a_fault_found_in_anothers_doing_still_charges(body):
    assert [e for e in real_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        'Mr Tom Hale said the county\'s recycling rates were "lamentable" after years of neglect.',
        '"Literacy levels in our schools are appalling," Mr Tom Hale said.',
    ],
)
def test_a_measure_of_no_one_deplored_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Mr Tom Hale said Leeds City Council's recycling rates were lamentable.",
        "Mr Tom Hale said the bill was disgraceful.",
    ],
)
def test_a_measure_someone_owns_or_a_policy_deplored_still_charges(body):
    assert [e for e in real_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("body", "blamed"),
    [
        ('Union leader Ann Cole said the Harbour Board did a "terrible job".', "Harbour Board"),
        ("Union leader Ann Cole said Minister Ruth Keane's plan was a bad idea.", "Ruth Keane"),
        (
            "Union leader Ann Cole said Leeds City Council's response to the floods was poor.",
            "Leeds City Council",
        ),
    ],
)
def test_a_plain_word_of_poor_worth_blames_whom_it_is_said_of(body, blamed):
    assert [e for e in real_events(body) if e[0] == "ACCUSE" and blamed in " ".join(e[2])], (
        statement_events(body)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Ann Cole said the weather had been awful all week.",
        "Union leader Ann Cole said truancy was a bad thing.",
        "Union leader Ann Cole said the poorest families would pay more under the plan.",
        "Union leader Ann Cole said the Harbour Board's losses were worse than last year.",
    ],
)
def test_a_plain_word_of_poor_worth_blames_no_one_unnamed_nor_in_comparison(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], statement_events(body)


def test_a_duty_in_a_view_the_quote_gives_another_is_no_demand_of_the_speaker():
    found = statement_events(
        "Tory MP Peter Vance has joined Labour. "
        '"He believes pensioners should pay less council tax," a Labour spokesman said.'
    )
    assert [e for e in found if e[0] == "REQUEST"] == []


def test_a_duty_in_the_speakers_own_belief_is_still_a_demand():
    found = statement_events(
        'Opposition leader Maria Costa said: "I believe the Harbour Board should resign."'
    )
    assert ("REQUEST", ("Maria Costa",), ("Harbour Board",)) in found


def test_a_duty_in_the_view_of_the_speakers_own_body_is_still_a_demand():
    found = statement_events(
        "Olav Berg, chairman of the transport committee, said: "
        '"The committee believes the ministry should publish the report."'
    )
    assert ("REQUEST", ("Olav Berg",), ("ministry",)) in found


def test_a_plan_of_no_one_named_said_not_to_work_rejects_no_one():
    found = told_events(
        'Mayor Tom Hale said: "Such attempts to close the harbour road cannot work."'
    )
    assert not any(e.type == "REJECT" for e in found)


@pytest.mark.parametrize(
    "said",
    [
        "Union officials said that the airline Nordair was chronically underfunded.",
        "Councillor Ruth Keane said the Nordair advert was obscene.",
    ],
)
def test_charges_of_underfunding_and_obscenity_accuse(said):
    found = statement_events(said)
    assert [e for e in found if e[0] == "ACCUSE" and e[2]]


@pytest.mark.parametrize("word", ["slow", "lenient", "expensive"])
def test_a_measure_judged_too_great_or_small_accuses_its_owner(word):
    found = statement_events(
        f"Opposition leader Maria Costa said the Harbour Board's response was too {word}."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Harbour Board",)) in found


def test_a_measure_of_its_own_without_too_judges_no_one():
    found = statement_events(
        "Opposition leader Maria Costa said the Harbour Board's response was slow."
    )
    assert not [e for e in found if e[0] == "ACCUSE"]
