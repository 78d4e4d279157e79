"""The events stage on sentences we wrote, one behaviour each."""

import pytest

import dateline
from event_sides import real_events, told_events


def _events(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    names = {a.id: a.name for a in article.actors}
    return [
        (
            e.type,
            tuple(names[i] for i in e.actor),
            tuple(names[i] for i in e.recipient),
            e.negated,
            e.hypothetical,
        )
        for e in article.events
    ], article


def test_a_verb_gives_actor_and_recipient():
    events, _ = _events(
        "Iraqi Prime Minister Mohammed Shia al-Sudani met German Chancellor Olaf Scholz on Friday."
    )
    assert ("CONSULT", ("Mohammed Shia al-Sudani",), ("Olaf Scholz",), False, False) in events


def test_coordinated_actors_make_one_event():
    events, _ = _events("Iraq and the US held talks in Baghdad on Monday.")
    consults = [e for e in events if e[0] == "CONSULT"]
    assert len(consults) == 1
    assert set(consults[0][1]) == {"Iraq", "US"}


def test_a_passive_verb_takes_its_actor_from_the_by_phrase():
    events, _ = _events("The envoy was criticised by Russia on Tuesday.")
    assert any(e[0] == "ACCUSE" and e[1] == ("Russia",) for e in events)


def test_agreeing_with_someones_plans_backs_them_but_agreeing_with_a_party_is_a_deal():
    events, _ = _events(
        "Senator Ana Reyes said she agreed with President Luis Ortega's plans for the port."
    )
    assert ("SUPPORT", ("Ana Reyes",), ("Luis Ortega",), False, False) in events
    events, _ = _events("Chile agreed with Peru to reopen the border crossing.")
    assert ("AGREE", ("Chile",), ("Peru",), False, False) in events


def test_two_things_said_in_different_words_are_two_events():
    _, article = _events(
        "Chile urged Peru to reopen the border crossing on Monday.\n\n"
        "Chile also called on Peru to release the detained lorry drivers."
    )
    requests = [e for e in article.events if e.type == "REQUEST" and e.recipient]
    assert len(requests) == 2


@pytest.mark.parametrize(
    "body",
    [
        "The US did not meet Iranian officials.",
        "The Pentagon denied that US troops attacked Syria.",
    ],
)
def test_what_did_not_happen_is_flagged_negated(body):
    events, _ = _events(body)
    assert events
    assert all(e[3] for e in events if e[0] in ("CONSULT", "ASSAULT"))


def test_what_is_planned_is_flagged_hypothetical():
    events, _ = _events("Egypt will host talks between Israel and Hamas next week.")
    assert events
    assert all(e[4] for e in events)


@pytest.mark.parametrize(
    "body",
    ["Chile is going to ask Peru to reopen the border.", "Chile was going to sue Peru."],
)
def test_what_someone_is_going_to_do_is_flagged_hypothetical(body):
    events, _ = _events(body)
    assert events
    assert all(e[4] for e in events)


def test_going_somewhere_to_meet_someone_is_a_meeting():
    events, _ = _events("The Chilean minister went to meet the Peruvian president in Lima.")
    assert [e for e in events if e[0] == "CONSULT" and not e[4]]


def test_a_verb_with_a_tense_of_its_own_after_a_passive_is_active():
    events, _ = _events("Ms Lopez is said to be devout and has opposed the Chilean government.")
    assert [e for e in events if e[0] == "REJECT" and e[1] == ("Lopez",) and e[2] == ("Chile",)]
    # A bare participle after the passive shares it: the minister was charged.
    events, _ = _events("The Chilean minister was arrested and charged by Peru.")
    assert not [e for e in events if e[1] == ("Chilean minister",)]
    # A passive of its own stays passive, though the clause is joined on.
    events, _ = _events("Labour won in 2001, but Mr Lopez has since been criticised by Chile.")
    assert [e for e in events if e[0] == "ACCUSE" and e[1] == ("Chile",)]


def test_a_nominal_assault_has_actor_recipient_date_and_fatalities():
    _, article = _events("Israeli air strikes on Hezbollah positions on March 2 killed 14 people.")
    assault = next(e for e in article.events if e.type == "ASSAULT")
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in assault.actor] == ["Israel"]  # the demonym acts for its country
    assert [names[i] for i in assault.recipient] == ["Hezbollah"]
    # "March 2" in an article of 2024-03-10 is that March 2.
    assert (assault.mode, assault.fatalities, assault.date.value) == ("aerial", 14, "2024-03-02")


def test_every_event_explains_its_cue_and_arguments():
    _, article = _events("Brazil's foreign minister urged Venezuela to free the reporters.")
    (event,) = [e for e in article.events if e.type == "REQUEST"]
    assert event.explanation[0] == "cue VERB 'urge' -> REQUEST"
    assert "actor: the subject" in event.explanation
    assert "recipient: the direct object" in event.explanation


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The state's attack on Velora, a shell company, angered investors.", "ACCUSE"),
        ("The attack on Velora, a textile firm, came as shells landed on its offices.", "ASSAULT"),
    ],
)
def test_a_shell_company_is_no_weapon_but_shelling_is(body, kind):
    _, article = _events(body)
    assert [e.type for e in article.events if e.trigger.lower().endswith("attack")] == [kind]


def test_an_invasion_is_physical_without_another_violence_word():
    _, article = _events("The Tories said the invasion of Peru by Chile was illegal.")
    assert [e.type for e in article.events if e.trigger == "invasion"] == ["ASSAULT"]


def test_a_verbal_attack_says_why_it_is_an_accusation():
    _, article = _events("The Tories attacked Labour's tax plans on 4 March 2024.")
    (event,) = article.events
    assert event.type == "ACCUSE"
    assert event.explanation[-2:] == (
        "no weapon or violence word in the sentence: ASSAULT -> ACCUSE",
        "date: the first date in its clause",
    )


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            (
                "The army's general command confirmed the strike, saying the depot supplied "
                "fuel to rebel forces in the north."
            ),
            "ASSAULT",
        ),
        ("Rail workers began a strike on Monday over pay and the closure of depots.", "PROTEST"),
    ],
)
def test_a_strike_told_with_armed_force_is_an_attack_not_a_walkout(body, kind):
    _, article = _events(body)
    assert [e.type for e in article.events if e.trigger.lower().endswith("strike")] == [kind]


def test_people_counted_by_a_noun_of_number_are_the_recipients():
    events, _ = _events(
        "Riot police arrested dozens of students who had marched on the ministry on Monday."
    )
    assert [e[:3] for e in events if e[0] == "COERCE"] == [
        ("COERCE", ("Riot police",), ("students",))
    ]


def test_aid_for_a_country_is_aid_to_it():
    events, _ = _events("Japan announced emergency food aid for Laos after the floods on Monday.")
    assert [e[:3] for e in events if e[0] == "AID"] == [("AID", ("Japan",), ("Laos",))]


@pytest.mark.parametrize(
    "body",
    [
        "Japan confirmed a new $40m aid package for Laos on Monday.",
        "Japan unveiled a $40m rescue package for Laos after the floods.",
    ],
)
def test_an_aid_package_for_a_country_is_aid_to_it(body):
    events, _ = _events(body)
    assert [e[:3] for e in events if e[0] == "AID"] == [("AID", ("Japan",), ("Laos",))]


def test_the_death_toll_may_come_in_the_next_sentence():
    _, article = _events(
        "The death toll from the Israeli air strikes on Homs on 2 March 2024 is rising. "
        "Monitors recorded two more deaths, bringing the number of fatalities to 31."
    )
    (strike,) = [e for e in article.events if e.type == "ASSAULT"]
    assert strike.fatalities == 31


def test_armed_gangs_are_an_armed_group_whose_attacks_are_events():
    _, article = _events(
        "Armed gangs attacked a prison in the Haitian capital overnight, freeing dozens of inmates."
    )
    (attack,) = [e for e in article.events if e.type == "ASSAULT"]
    (gangs,) = [a for a in article.actors if a.id in attack.actor]
    assert (gangs.name, gangs.sector) == ("Armed gangs", "REB")


def test_a_participle_after_an_order_is_the_one_who_gave_it():
    events, _ = _events(
        "The interior minister ordered the police to clear the square, blaming the unions "
        "for the unrest."
    )
    accusations = [e[:3] for e in events if e[0] == "ACCUSE"]
    assert accusations == [("ACCUSE", ("interior minister",), ("unions",))]


def test_a_deed_that_a_pledge_is_to_stop_is_not_done():
    events, _ = _events("The militia committed to stop attacking aid convoys on the Goma road.")
    assert [e[0] for e in events] == ["ASSAULT"]
    assert all(e[4] for e in events)


def test_a_group_named_inside_a_conjunct_of_its_kind_is_an_actor_of_the_verb():
    events, _ = _events(
        "Colombia's government and the National Liberation Army (ELN) rebel group agreed "
        "on Tuesday to extend their truce."
    )
    assert ("AGREE", ("Colombia", "ELN"), (), False, False) in events


def test_rockets_launched_at_a_base_are_an_attack_on_its_army():
    events, _ = _events("Hamas launched rockets at an Israeli army base near Sderot on Monday.")
    assert ("ASSAULT", ("Hamas",), ("Israel Defense Forces",), False, False) in events


def test_it_in_what_a_named_armed_group_says_is_the_group():
    events, _ = _events("Hezbollah said it had shelled an Israeli army post near Metula.")
    assert any(e[0] == "ASSAULT" and e[1] == ("Hezbollah",) for e in events)


def test_talks_expected_to_continue_are_still_to_come():
    events, _ = _events(
        "Talks between the Danish foreign minister and his Chinese counterpart are expected "
        "to continue in Oslo next week."
    )
    assert [e[0] for e in events] == ["CONSULT"]
    assert all(e[4] for e in events)


def test_backing_someone_is_accused_of_is_only_claimed():
    events, _ = _events("The DRC accused Burundi of backing the M23 rebels in North Kivu.")
    assert ("ACCUSE", ("DRC",), ("Burundi",), False, False) in events
    assert all(e[4] for e in events if e[0] == "SUPPORT")


def test_it_in_a_second_reported_clause_is_the_body_reporting():
    events, _ = _events(
        "Hamas fired rockets at Sderot on Monday. The Israeli military said its air defences "
        "intercepted most of the rockets and that it had struck Hamas launchers in Rafah."
    )
    assert any(e[0] == "ASSAULT" and e[1] == ("Israel Defense Forces",) for e in events)


def test_duties_on_imports_of_a_country_s_goods_are_aimed_at_that_country():
    events, _ = _events("Canada imposed tariffs on imports of Brazilian sugar on Friday.")
    assert ("SANCTION", ("Canada",), ("Brazil",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        (
            "Vietnam's foreign ministry summoned the Chinese ambassador to protest against "
            "the seizure of a fishing boat."
        ),
        (
            "Bangladesh summoned Myanmar's deputy high commissioner in Dhaka to lodge a strong "
            "protest over the shelling."
        ),
    ],
)
def test_a_protest_a_summons_is_made_for_is_the_summons(body):
    events, _ = _events(body)
    assert [e[0] for e in events] == ["ACCUSE"]
    assert events[0][2]  # the one summoned


def test_a_statement_calling_a_deed_a_provocation_accuses_its_doer():
    events, _ = _events('Croatia\'s foreign minister said the Serbian drills were "a provocation".')
    assert ("ACCUSE", ("Croatia's foreign minister",), ("Serbia",), False, False) in events


def test_a_later_running_toll_updates_the_attack_told_before_it():
    _, article = _events(
        "Rebel fighters killed nine soldiers in a raid on an army post near Tessit on Sunday. "
        "The governor visited the town on Monday. "
        "The death toll rose to 13 on Tuesday after four wounded soldiers died, officials said."
    )
    (raid,) = [e for e in article.events if e.type == "ASSAULT"]
    assert raid.fatalities == 13
    assert "fatalities: the running toll" in raid.explanation[-1]


def test_a_lower_running_toll_leaves_the_attack_s_own_figure():
    _, article = _events(
        "Rebel fighters killed nine soldiers in a raid on an army post near Tessit on Sunday. "
        "Earlier in the week the toll stood at two in a smaller clash, officials said."
    )
    (raid,) = [e for e in article.events if e.type == "ASSAULT"]
    assert raid.fatalities == 9


def _statements(body):
    events, article = _events(body)
    flagged = [e for e, event in zip(events, article.events, strict=True) if event.quote]
    return [e[:3] for e in flagged], article


def test_a_quoted_judgement_accuses_the_subject_it_judges():
    found, article = _statements(
        "Opposition leader Maria Costa said Prime Minister Erik Sandberg was wrong "
        "to close the port."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert event.explanation[0].startswith("statement cue judgement 'wrong' -> ACCUSE")
    assert event.confidence < 0.8  # statements are coded with less certainty than cue verbs


def test_a_quoted_obligation_requests_something_of_its_subject():
    found, _ = _statements(
        "“Sweden must reopen the port to our ships,” Turkish envoy Kemal Aydin said."
    )
    assert ("REQUEST", ("Kemal Aydin",), ("Sweden",)) in found


def test_a_quoted_judgement_of_a_policy_accuses_with_no_one_named():
    found, _ = _statements(
        "Opposition leader Maria Costa said the port bill was disgraceful and badly drafted."
    )
    assert found == [("ACCUSE", ("Maria Costa",), ())]


def test_a_quoted_judgement_that_condemns_a_proposal_rejects_it():
    found, _ = _statements(
        "Opposition leader Maria Costa said the Danish offer was unacceptable to her party."
    )
    assert found == [("REJECT", ("Maria Costa",), ("Denmark",))]


@pytest.mark.parametrize(
    ("body", "planner"),
    [
        (
            (
                "Opposition spokesman Pavel Novak told Radio Prague that the government's housing "
                'plans were "inadequate" and far too late.'
            ),
            "government",
        ),
        (
            "But the Greens say government proposals for cleaner rivers are unrealistic.",
            "government",
        ),
    ],
)
def test_a_public_plan_judged_wanting_is_criticised_not_turned_down(body, planner):
    found, _ = _statements(body)
    assert [e for e in found if e[0] == "ACCUSE" and any(planner in r for r in e[2])]
    assert not [e for e in found if e[0] == "REJECT"]


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        (
            "Ferry operator Harbour Lines said rival Nordica's bid was cynical and opportunistic.",
            "Nordica",
        ),
        (
            "Senator Lena Voss said the Danish plan was dangerous and would divide the region.",
            "Denmark",
        ),
    ],
)
def test_a_quoted_judgement_charging_a_proposal_with_a_wrong_accuses_its_maker(body, maker):
    found, _ = _statements(body)
    assert [e for e in found if e[0] == "ACCUSE" and maker in e[2]]
    assert not [e for e in found if e[0] == "REJECT"]


def test_a_claim_judged_with_a_wrong_is_still_turned_down():
    found, _ = _statements(
        "Critics hinted the scheme was about keeping migrants out. Mayor Ana Ruiz called that "
        'suggestion "disgraceful".'
    )
    assert [e for e in found if e[0] == "REJECT" and e[1] == ("Ana Ruiz",)]


def test_a_quoted_forecast_asks_nothing_of_anyone():
    found, _ = _statements(
        "Chilean finance minister Ana Reyes said the new copper levy should help cut the deficit."
    )
    assert not [e for e in found if e[0] == "REQUEST"]
    found, _ = _statements(
        "Chilean finance minister Ana Reyes said mine owners should pay the new copper levy."
    )
    assert ("REQUEST", ("Ana Reyes",), ("mine owners",)) in found


def test_a_thing_called_a_wrong_accuses_its_owner():
    found, _ = _statements(
        "Opposition leader Maria Costa dubbed Prime Minister Erik Sandberg's port bill "
        '"a disgrace".'
    )
    assert found == [("ACCUSE", ("Maria Costa",), ("Erik Sandberg",))]


def test_a_plan_to_act_oneself_or_a_wish_of_no_one_asks_nothing_but_a_wish_of_someone_does():
    found, _ = _statements(
        '"We want to tackle the issue early," Chile\'s foreign ministry said on Monday.\n\n'
        '"We want to see the report published," Chile\'s foreign ministry said.\n\n'
        '"We want Peru to open the border," Chile\'s foreign ministry said.'
    )
    # A government wishing a thing done asks it of no one: a view, not a demand.
    ministry = ("Chile's foreign ministry",)
    assert found == [("REQUEST", ministry, ("Peru",))]


def test_a_negated_judgement_accuses_no_one():
    found, _ = _statements(
        "Opposition leader Maria Costa said Prime Minister Erik Sandberg was not wrong to act."
    )
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_judgement_the_speaker_makes_of_herself_is_no_event():
    found, _ = _statements("Opposition leader Maria Costa said she had been wrong about the port.")
    assert found == []


def test_a_denial_in_the_quote_verb_lexicon_is_a_reject():
    events, _ = _events("Sweden refuted the Turkish claim on Monday.")
    assert any(e[0] == "REJECT" and e[1] == ("Sweden",) for e in events)


def test_an_event_that_is_only_the_content_of_a_claim_is_hypothetical():
    events, _ = _events("Sweden rejected the idea that Turkey had met Greek officials.")
    (meeting,) = [e for e in events if e[0] == "CONSULT"]
    assert meeting[1] == ("Turkey",)
    assert meeting[4] is True


def test_the_one_accused_of_an_act_is_its_actor():
    events, _ = _events("Sweden was accused of criticising Turkey on Monday.")
    assert ("ACCUSE", ("Sweden",), ("Turkey",), False, False) in events


def test_a_subject_lent_through_an_infinitive_does_the_act():
    events, _ = _events("Sweden is said to have praised Turkey for its help.")
    assert ("SUPPORT", ("Sweden",), ("Turkey",), False, False) in events


def test_a_list_of_counterparts_gives_one_meeting_each():
    events, _ = _events("Sweden met Turkey, Greece and Italy in Geneva on Monday.")
    meetings = sorted(e[2] for e in events if e[0] == "CONSULT")
    assert meetings == [("Greece",), ("Italy",), ("Turkey",)]


def test_a_happening_told_twice_is_one_event_with_both_spans():
    _, article = _events(
        "Foreign Minister Anna Lindqvist met Turkish envoy Kemal Aydin in Geneva on Monday.\n\n"
        "Lindqvist met with Aydin for three hours, officials said."
    )
    (meeting,) = [e for e in article.events if e.type == "CONSULT" and e.actor and e.recipient]
    assert len(meeting.evidence) == 2
    assert meeting.evidence[0] == meeting.span
    assert meeting.explanation[-1].startswith("also told at")


def test_a_resignation_told_twice_is_one_event():
    _, article = _events(
        "The licence scandal led to the resignation of housing minister Clara Voss in May.\n\n"
        "An audit ordered after Ms Voss's resignation found 900 forged permits."
    )
    (resignation,) = [e for e in article.events if e.mode == "resign"]
    assert len(resignation.evidence) == 2


def test_two_resignations_told_by_verbs_stay_two():
    _, article = _events(
        "Clara Voss stepped down as party leader in 1998.\n\n"
        "She resigned from parliament in 2003 to run the state airline."
    )
    assert len([e for e in article.events if e.mode == "resign"]) == 2


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Anna Lindqvist is travelling to Turkey next week.",
        "Next week's summit between Sweden and Turkey opens in Oslo.",
        "Foreign Minister Anna Lindqvist is to visit Turkey and Greece.",
        "Sweden is set to hold talks with Turkey.",
        "Ms Lindqvist said she would be happy to meet the Turkish president.",
        "Ms Lindqvist asked why Sweden was agreeing to the Turkish plan.",
        "Ms Lindqvist is exploring the possibility of resuming talks with Turkey.",
        "A summit between Sweden and Turkey is set to take place in July.",
        "The summit between Sweden and Turkey begins in Oslo on 16 December.",
        "Swedish unions renewed their calls for talks with the Turkish government.",
        "Sweden drew up a timetable for talks with Turkey on the port.",
        "The deal paved the way for an eventual summit between Sweden and Turkey.",
        "Officials in Stockholm confirmed the proposed talks with Turkey.",
        "Swedish ministers were entitled to hold talks with Turkey, the court ruled.",
        "Talks between Sweden and Turkey are expected next week.",
        "Talks between Sweden and Turkey are due to resume on Friday.",
    ],
)
def test_what_is_still_to_come_is_hypothetical(body):
    events, _ = _events(body)
    planned = [e for e in events if e[0] in ("CONSULT", "AGREE")]
    assert planned
    assert all(e[4] for e in planned)


@pytest.mark.parametrize(
    ("body", "hypothetical"),
    [
        # What a trip still to come is for is still to come.
        ("Foreign Minister Anna Lindqvist will fly to Ankara to meet the Turkish president.", True),
        ("Swedish officials would have to travel to Ankara to meet the Turkish president.", True),
        # What a trip made was for is told as done.
        ("Foreign Minister Anna Lindqvist flew to Ankara to meet the Turkish president.", False),
    ],
)
def test_a_meeting_a_trip_is_made_for_shares_the_trips_fate(body, hypothetical):
    events, _ = _events(body)
    meetings = [e for e in events if e[0] == "CONSULT" and "Turkish president" in e[2]]
    assert meetings
    assert all(e[4] == hypothetical for e in meetings)


def test_a_refusal_to_act_on_someone_rejects_them():
    events, _ = _events("Peru refused to meet the Chilean envoy in Lima.")
    assert ("REJECT", ("Peru",), ("Chilean envoy",), False, False) in events
    assert ("CONSULT", ("Peru",), ("Chilean envoy",), True, True) in events


def test_suspending_shares_sanctions_no_one():
    events, _ = _events("Petrolux's shares were suspended in Oslo on Tuesday.")
    assert not [e for e in events if e[0] == "SANCTION"]
    events, _ = _events("Petrolux's licence was suspended by Norway on Tuesday.")
    assert [e for e in events if e[0] == "SANCTION"]


def test_a_two_word_noun_may_be_no_event_though_its_last_noun_is():
    events, _ = _events("Petrolux's film releases include three Chilean dramas.")
    assert not [e for e in events if e[0] == "RETREAT"]
    events, _ = _events("Peru welcomed the release of the two Chilean hostages.")
    assert [e for e in events if e[0] == "RETREAT"]


def test_a_firm_quitting_a_market_is_no_resignation():
    events, _ = _events("Petrolux said it was quitting the Chilean market.")
    assert not [e for e in events if e[0] == "RETREAT"]


def test_the_two_countries_are_the_pair_the_story_leads_with():
    events, article = _events(
        "Chile has offered Peru access to the port of Arica, officials said.\n\n"
        "Bolivia welcomed the news. The two countries also signed a fishing agreement."
    )
    assert ("AGREE", ("Chile", "Peru"), (), False, False) in events
    # The offer is an AGREE of Chile's to Peru too ("offered Peru access").
    (signed,) = [e for e in article.events if e.type == "AGREE" and not e.recipient]
    assert any(step.startswith("inferred: actor") for step in signed.explanation)


def test_an_offer_between_two_named_sides_is_an_agreement():
    events, _ = _events("Chile has offered Bolivia wide access to the port of Arica.")
    assert ("AGREE", ("Chile",), ("Bolivia",), False, False) in events
    events, _ = _events("The Chilean Socialists offered voters a bold programme.")
    assert not [e for e in events if e[0] == "AGREE"]


def test_agreeing_to_act_with_someone_agrees_with_them():
    events, _ = _events("Chilean miner Petrolux has agreed to merge with its rival Andes Mining.")
    assert ("AGREE", ("Chilean miner Petrolux",), ("Andes Mining",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "Chile released a statement on the talks on Monday.",
        "Chilean miner Petrolux announced the release of its new software.",
        "The Chilean plan to buy the port had been killed by Peru.",
        "The Peruvian plan frees up beds in Chilean hospitals.",
    ],
)
def test_releasing_or_killing_a_thing_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("RETREAT", "ASSAULT")]


def test_releasing_or_killing_people_the_lexicons_do_not_list_is_an_event():
    events, _ = _events("Peru released the two Chilean sailors on Monday.")
    assert ("RETREAT", ("Peru",), ("Chile",), False, False) in events
    events, _ = _events("Chilean rebels killed the hostage on Monday.")
    assert [e for e in events if e[0] == "ASSAULT"]


def test_deaths_in_a_crash_told_after_it_are_no_assault():
    events, _ = _events(
        "The Chilean airliner crashed into the sea, killing all 228 people on board."
    )
    assert not [e for e in events if e[0] == "ASSAULT"]
    events, _ = _events("A Chilean rebel bomb exploded in the market, killing 12 people.")
    assert [e for e in events if e[0] == "ASSAULT"]


def test_supplying_goods_is_trade_and_supplying_aid_is_aid():
    events, _ = _events("Chilean carmaker Petrolux struck a deal to supply Peru with 30,000 cars.")
    assert not [e for e in events if e[0] == "AID"]
    events, _ = _events("Chile supplied Peru with humanitarian aid.")
    assert ("AID", ("Chile",), ("Peru",), False, False) in events


def test_hailing_from_a_place_praises_no_one():
    events, _ = _events("Senator Ana Ruiz, who hails from Chile, praised the Peruvian plan.")
    assert not [e for e in events if e[0] == "SUPPORT" and e[1] == ("Ana Ruiz",) and not e[2]]


def test_a_duty_to_act_is_no_act():
    events, _ = _events("Swedish police said they had a duty to investigate the two Turkish men.")
    inquiries = [e for e in events if e[0] == "ACCUSE"]
    assert inquiries
    assert all(e[4] for e in inquiries)


def test_being_opposed_to_something_is_the_subjects_own_rejection():
    events, _ = _events("The vote angered Turkey, which is opposed to any change in the treaty.")
    assert ("REJECT", ("Turkey",), (), False, False) in events


def test_asking_a_question_is_no_request():
    events, _ = _events("Sweden asked Turkey whether the port would reopen.")
    assert not [e for e in events if e[0] == "REQUEST"]
    events, _ = _events("Sweden asked Turkey to reopen the port.")
    assert [e for e in events if e[0] == "REQUEST"]


def test_asking_someone_if_something_holds_is_a_question_not_a_request():
    events, _ = _events("Interviewers asked Mr Tarrant if he would stand again.")
    assert not [e for e in events if e[0] == "REQUEST"]
    events, _ = _events("Sweden will ask Turkey to reopen the port if the talks fail.")
    assert [e for e in events if e[0] == "REQUEST"]


def test_meetings_between_two_sides_are_one_reciprocal_consult():
    events, _ = _events("Meetings were held between Sweden and Turkey to discuss the port.")
    (meeting,) = [e for e in events if e[0] == "CONSULT"]
    assert set(meeting[1]) == {"Sweden", "Turkey"}


def test_a_merger_or_deal_between_two_sides_is_done_by_both():
    events, _ = _events("Regulators in Rome approved a merger between Fiat and Renault.")
    (merger,) = [e for e in events if e[0] == "COOPERATE"]
    assert set(merger[1]) == {"Fiat", "Renault"}
    assert merger[2] == ()


def test_a_mediator_between_two_sides_is_not_one_of_them():
    events, _ = _events("Norway offered mediation between Sri Lanka and the Tamil Tigers.")
    assert all(set(e[1]) != {"Sri Lanka", "Tamil Tigers"} for e in events)


def test_a_phrasal_cue_needs_its_particle_not_a_preposition_after_an_object():
    events, _ = _events("Some 80 Chilean MPs gave their answers in taped interviews.")
    assert not [e for e in events if e[0] == "CONCEDE"]
    events, _ = _events("The Chilean government gave in to the strikers on Monday.")
    assert [e for e in events if e[0] == "CONCEDE"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The possessor of an arrest is the one arrested; "by" names who did it.
        (
            "Lawyers said the men's arrest by British police was unfair.",
            ("COERCE", ("British police",), ("men",)),
        ),
        (
            "Maria Gonzalez was freed on Monday. Her lawyers said her arrest was unlawful.",
            ("COERCE", (), ("Maria Gonzalez",)),
        ),
        # With an "of" object of its own, the possessor does it.
        (
            "Chile's release of the prisoners came on Monday.",
            ("RETREAT", ("Chile",), ("prisoners",)),
        ),
    ],
)
def test_the_possessor_of_an_arrest_undergoes_it(body, expected):
    events, _ = _events(body)
    assert (*expected, False, False) in events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The Daily Courier reported that Leyland Motors' announcement of its merger"
                " talks with Beijing Motor Corp had upset investors."
            ),
            ("CONSULT", ("Leyland Motors",), ("Beijing Motor Corp",)),
        ),
        (
            "The Chilean government said Peru's account of its talks with Bolivia was false.",
            ("CONSULT", ("Peru",), ("Bolivia",)),
        ),
    ],
)
def test_a_pronoun_told_of_another_owners_noun_is_that_owners(body, expected):
    # "X's disclosure of its talks": the talks are X's, not the sentence subject's.
    events, _ = _events(body)
    assert (*expected, False, False) in events


@pytest.mark.parametrize(
    ("body", "doer", "speaker"),
    [
        (
            (
                'Union leader Tom Reilly said the pay offer was fair. "It gives nurses a real'
                ' rise this year." Health Minister Jane Pike agreed and said the talks had gone'
                " well."
            ),
            "Jane Pike",
            "Tom Reilly",
        ),
        (
            (
                "The head of the Farmers Union, Owen Price, called the new quotas"
                ' "a lifeline for hill farms". Rural Affairs Minister Carys Lloyd agreed, but'
                " warned that prices could fall again."
            ),
            "Carys Lloyd",
            "Owen Price",
        ),
    ],
)
def test_a_plain_agreed_after_a_quote_agrees_with_its_speaker(body, doer, speaker):
    # "Ms Pike agreed": with what was just said, and so with whoever said it.
    events, _ = _events(body)
    assert [e[1:3] for e in events if e[0] == "AGREE"] == [((doer,), (speaker,))]


@pytest.mark.parametrize(
    "body",
    [
        # A view of its own, or a quote of the doer's own: no one else agreed with.
        (
            "Union leader Tom Reilly said the pay offer was fair. Health Minister Jane Pike"
            " agreed the offer was fair."
        ),
        'Health Minister Jane Pike said the offer was "fair and final". She agreed.',
        "Health Minister Jane Pike agreed.",
    ],
)
def test_agreeing_with_no_other_speaker_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Washington imposed a ban on trade with Havana in 1962.",
            ("SANCTION", ("United States",), ("Cuba",)),
        ),
        (
            "Canada's embargo on arms sales to Myanmar was tightened on Monday.",
            ("SANCTION", ("Canada",), ("Myanmar",)),
        ),
    ],
)
def test_a_sanction_on_dealings_falls_on_whom_they_are_with(body, expected):
    events, _ = _events(body)
    assert (*expected, False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "The government imposed a ban on imports of beef.",
        "Ottawa imposed a ban on smoking in bars.",
    ],
)
def test_a_sanction_on_a_thing_with_no_partner_names_no_one(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    "body",
    [
        "Russia cut off gas supplies to Belarus on Monday in a row over prices.",
        "On Friday Russia made good on its threat and shut off gas supplies to Belarus.",
        "Russia halted oil deliveries to Belarus after the talks failed.",
    ],
)
def test_cutting_off_supplies_to_a_state_sanctions_it(body):
    # "off" ends the flow, and ending it is the sanction, not an undoing of one.
    events, _ = _events(body)
    assert ("SANCTION", ("Russia",), ("Belarus",), False, False) in events


def test_breaking_off_talks_is_still_no_sanction_or_meeting():
    events, _ = _events("The union broke off talks with the employers on Tuesday.")
    assert not [e for e in events if e[0] in ("SANCTION", "CONSULT")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Ties between Peru and Chile have warmed this year. Both countries eased"
                " travel and other restrictions last month."
            ),
            ("CONCEDE", ("Peru", "Chile"), ()),
        ),
        (
            "Last week Ecuador lifted trade and other sanctions on Colombia.",
            ("RETREAT", ("Ecuador",), ("Colombia",)),
        ),
    ],
)
def test_a_light_verb_pairs_with_the_noun_that_closes_its_list_of_objects(body, expected):
    # "eased travel and other restrictions": the parse makes "travel" the object.
    events, _ = _events(body)
    assert (*expected, False, False) in events


def test_an_event_word_in_the_name_of_a_body_is_no_event():
    events, _ = _events("Lord Hale of the Hale Inquiry said the report was finished.")
    assert not [e for e in events if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Peru views the air strikes in Bolivia as a threat.",
        "Peru has come to view the arrival of the Chilean warships as a threat.",
        "The Chilean government said it prohibited torture.",
    ],
)
def test_one_who_sees_or_stops_an_event_does_not_do_it(body):
    events, _ = _events(body)
    assert not [e for e in events if e[1] in (("Peru",), ("Chile",))]


def test_an_air_strike_is_physical_without_another_violence_word():
    events, _ = _events("Bolivian air strikes on Peru angered the Tories.")
    assert ("ASSAULT", ("Bolivia",), ("Peru",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "The Chilean president backed out of a pledge to stand aside.",
        "Peru's president said his plans were striking a chord with voters.",
        "Chilean troops marched into the capital of Peru.",
    ],
)
def test_a_phrase_of_type_none_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("SUPPORT", "ASSAULT", "ACCUSE", "PROTEST")]


def test_the_critic_an_actor_owns_is_not_that_actor():
    events, _ = _events("President Lopez's fiercest critic condemned Chile on Monday.")
    assert not [e for e in events if "Lopez" in e[1]]
    events, _ = _events("Peru's leaders condemned Chile on Monday.")
    assert ("ACCUSE", ("Peru's leaders",), ("Chile",), False, False) in events


def test_what_there_is_no_evidence_of_is_negated():
    events, _ = _events("Peru said there was no evidence that any Chilean prisoner was tortured.")
    assert all(e[3] for e in events if e[0] == "ASSAULT")
    assert [e for e in events if e[0] == "ASSAULT"]


def test_easing_a_problem_is_no_concession_but_easing_a_ban_is():
    events, _ = _events("To ease the problem the Bank of Chile has flooded the market with cash.")
    assert not [e for e in events if e[0] == "CONCEDE"]
    events, _ = _events("Chile eased its ban on Peruvian imports on Monday.")
    assert ("CONCEDE", ("Chile",), ("Peru",), False, False) in events


def test_one_side_of_a_meeting_between_two_is_no_event():
    events, _ = _events(
        "Ruiz said the aide was never at meetings between himself and Chile's leader."
    )
    assert not [e for e in events if e[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("body", "negated"),
    [
        ("Peru promised the men would not be a threat to Chile.", True),
        ("Chile is unlikely to attack Peru, officials said.", False),
        ("Aides said that it would be possible to rescue the Chilean regime.", False),
    ],
)
def test_what_is_only_possible_or_denied_as_a_threat_is_flagged(body, negated):
    events, _ = _events(body)
    assert events
    assert all(e[4] and e[3] == negated for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "The Chilean president seems to accept that Peru will win the vote.",
        "The Chilean president said he accepted there were flaws in his plan for Peru.",
        "As an MP, Mr Lopez of Chile signed a motion questioning the plans.",
    ],
)
def test_granting_a_point_or_signing_a_motion_is_no_agreement(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AGREE"]


def test_not_accepting_a_point_rejects_it():
    events, _ = _events(
        "The Chilean president does not accept there is any need to change the deal."
    )
    assert [e for e in events if e[0] == "REJECT" and e[1] and not (e[3] or e[4])]


def test_it_that_acts_is_the_body_the_sentence_before_was_about():
    events, article = _events("Chile says Peru owes it money. It accused Peru of fraud on Monday.")
    assert ("ACCUSE", ("Chile",), ("Peru",), False, False) in events
    # A guess, so less sure than a name: calibrated confidence says so.
    (accusation,) = [e for e in article.events if e.type == "ACCUSE"]
    assert accusation.confidence < 0.9
    events, _ = _events("Chile says Peru owes it money. It is thought Peru accused Bolivia.")
    assert not [e for e in events if e[1] == ("Chile",)]


def test_they_heading_a_sentence_is_the_body_or_group_the_sentence_before_was_about():
    events, _ = _events(
        "The Conservatives attacked the housing plan on Monday. They accused Mr Brown of"
        " raiding savers to pay for it."
    )
    assert ("ACCUSE", ("Conservative Party",), ("Brown",), False, False) in events


def test_they_heading_a_statement_asks_for_the_body_the_sentence_before_was_about():
    events, _ = _events(
        "The Transport Committee published its report on Monday. They said ministers should"
        " scrap the road charge."
    )
    assert ("REQUEST", ("Transport Committee",), ("ministers",), False, False) in events


def test_they_after_a_country_named_by_its_people_in_the_plural_is_that_country():
    events, _ = _events(
        "Belarusian authorities have detained about 30 reporters this month. They accused"
        " Mr Petrov of spying for a foreign power."
    )
    assert ("ACCUSE", ("Belarus",), ("Petrov",), False, False) in events


def test_they_heading_a_run_of_sentences_is_the_body_the_first_was_about():
    # The sentence before opens with "they" too: both mean the body named
    # before them.
    events, _ = _events(
        "The bank's lenders, who own most of Harlow Retail, met on Monday. They took control"
        " of the chain last year. They had threatened to wind up Harlow Retail in March."
    )
    assert ("THREATEN", ("lenders",), ("Harlow Retail",), False, False) in events


@pytest.mark.parametrize(
    ("body", "doer", "kind"),
    [
        (
            (
                "The airline cut 400 jobs last year. According to the pilots' unions, the cuts went"
                " too far. They urged the airline's owners in Norway to rehire staff."
            ),
            "unions",
            ("REQUEST", None),
        ),
        (
            (
                "The new port tax came into force on Friday. The levy is unlawful, according to the"
                " Liberal Democrats. They condemned the Treasury for rushing it through."
            ),
            "Liberal Democrats",
            ("ACCUSE", "Treasury"),
        ),
    ],
)
def test_they_after_a_sentence_told_according_to_a_source_is_that_source(body, doer, kind):
    events, _ = _events(body)
    wanted, recipient = kind
    assert any(
        e[0] == wanted and e[1] and doer in e[1][0] and (recipient is None or e[2] == (recipient,))
        for e in events
    )


@pytest.mark.parametrize(
    "body",
    [
        (
            "Finance Minister Paul Dorey presented his budget on Tuesday. According to the"
            " opposition parties, however, the plan is a sham. As usual, they accused him of"
            " hiding its cost."
        ),
        (
            "Mayor Ines Calvo opened the new bridge in March. The cost has since doubled."
            " Critics in Spain have blamed her for the overrun."
        ),
    ],
)
def test_him_or_her_after_a_sentence_naming_no_person_is_the_person_named_before(body):
    events, _ = _events(body)
    (accusation,) = [e for e in events if e[0] == "ACCUSE" and e[2]]
    assert accusation[2][0] in ("Paul Dorey", "Ines Calvo")


@pytest.mark.parametrize(
    ("body", "doer", "kind", "recipient"),
    [
        (
            (
                "Tenants should get longer notice, but where landlords refuse, councils must step"
                " in, the housing charity said. They urged ministers to act within a year."
            ),
            "housing charity",
            "REQUEST",
            "ministers",
        ),
        (
            (
                "Landlords must register every tenancy, the Welsh Liberal Democrats said on Monday."
                " They accused ministers of dragging their feet."
            ),
            "Liberal Democrats",
            "ACCUSE",
            "ministers",
        ),
    ],
)
def test_they_after_a_sentence_ending_with_its_speaker_is_that_speaker(body, doer, kind, recipient):
    events, _ = _events(body)
    assert (kind, (doer,), (recipient,), False, False) in events


@pytest.mark.parametrize(
    ("body", "recipient"),
    [
        (
            (
                "The health committee rejected the claim made by some charities that the regulator"
                " had failed."
            ),
            "charities",
        ),
        (
            (
                "Nurses' leaders in Chile dismissed the pay offer put forward by the health"
                " ministry last week."
            ),
            "health ministry",
        ),
    ],
)
def test_a_thing_rejected_is_theirs_whom_its_participle_says_made_it(body, recipient):
    events, _ = _events(body)
    assert [e[2] for e in events if e[0] == "REJECT"] == [(recipient,)]


@pytest.mark.parametrize(
    "body",
    [
        # Another actor is a subject in the sentence before: "they" may be either.
        "The Tories met ministers on Monday, the BBC said. They accused the operators of delay.",
        # Not heading its sentence: "they" speaks of others.
        "The Tories met on Friday. Labour hired the adviser they asked to find savings.",
    ],
)
def test_they_stays_unread_where_it_may_mean_someone_else(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("ACCUSE", "REQUEST") and e[1]]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Finance minister Anna Rahn has confirmed plans to cut the levy on small firms to 2%,"
            ' in a move branded a "shameful retreat" by the Liberal Democrats.'
        ),
        "Anna Rahn cut the levy on Thursday, in a decision criticised by the Liberal Democrats.",
    ],
)
def test_judging_a_move_by_passive_judges_who_made_it(body):
    events, _ = _events(body)
    assert ("ACCUSE", ("Liberal Democrats",), ("Anna Rahn",), False, False) in events
    # What the move is called is a label, not a second event.
    assert not [e for e in events if e[0] == "RETREAT"]


@pytest.mark.parametrize(
    "body",
    [
        "Chile refused to rule out an interest in the Peruvian mine on Thursday.",
        "The Chilean minister declined to deny the reports about Peru.",
    ],
)
def test_refusing_to_reject_is_no_rejection(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REJECT" and not (e[3] or e[4])]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The move did not mean that Chile had cut its ties with Peru, she added.", "SANCTION"),
        ("The Chilean minister declined to criticise Peru.", "ACCUSE"),
    ],
)
def test_what_a_negated_verb_does_not_say_or_a_refusal_does_not_do_is_negated(body, kind):
    events, _ = _events(body)
    assert [e for e in events if e[0] == kind]
    assert all(e[3] for e in events if e[0] == kind)


def test_what_a_negated_verb_takes_as_fact_still_happened():
    events, _ = _events("Officials did not know that Chilean troops had attacked Peru.")
    assert ("ASSAULT", ("Chilean troops",), ("Peru",), False, False) in events


def test_calling_someone_a_name_with_for_in_it_calls_for_nothing():
    events, _ = _events(
        'Anna Rahn called Labour "a tired machine for talking about change" and said it never'
        " delivers."
    )
    assert not [e for e in events if e[0] == "REQUEST"]


def test_an_appeal_against_claims_rejects_whoever_made_them():
    events, _ = _events(
        "Chile is appealing against claims by Peru that its fishing fleet broke the treaty."
    )
    assert ("REJECT", ("Chile",), ("Peru",), False, False) in events
    assert not [e for e in events if e[0] == "REQUEST"]


@pytest.mark.parametrize("verb", ["shrugged off", "brushed aside", "laughed off", "rebutted"])
def test_shrugging_off_claims_rejects_whoever_made_them(verb):
    events, _ = _events(
        f"The Chilean president {verb} claims from the Peruvian leader Ana Rojas that he had"
        " misled voters."
    )
    assert ("REJECT", ("Chilean president",), ("Ana Rojas",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "Chilean ministers said the Peruvian government's figures did not add up.",
        'The Chilean president said: "The Peruvian government is not credible on trade."',
    ],
)
def test_a_standard_said_not_to_be_met_accuses(body):
    events, _ = _events(body)
    assert [e for e in events if e[0] == "ACCUSE" and e[2] == ("Peru",)]


def test_a_phrasal_statement_cue_is_told_whole():
    _, article = _events("Chilean ministers said the Peruvian government's figures did not add up.")
    (accusation,) = [e for e in article.events if e.type == "ACCUSE"]
    assert accusation.trigger == "add up"
    assert "statement cue standard 'add up' -> ACCUSE" in accusation.explanation[0]


def test_a_standard_met_accuses_no_one():
    events, _ = _events("Chilean ministers said the Peruvian government's figures add up.")
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_country_that_ranks_a_firm_is_not_the_firm():
    events, _ = _events("Chile's biggest copper producer blamed Peru for the delays.")
    assert not [e for e in events if e[1] == ("Chile",)]
    events, _ = _events("Peru's latest meeting with Chile ended without a deal.")
    assert [e for e in events if e[0] == "CONSULT" and e[1]]


def test_a_spokesman_for_a_body_speaks_for_it():
    events, _ = _events("A spokesman for the Chilean government criticised Peru on Monday.")
    assert ("ACCUSE", ("Chile",), ("Peru",), False, False) in events


def test_a_rule_of_when_something_may_be_done_asks_nothing():
    events, _ = _events(
        'The Chilean minister said: "Troops should only be sent to Peru with the consent of'
        ' Congress."'
    )
    assert not [e for e in events if e[0] == "REQUEST"]
    events, _ = _events('The Chilean minister said: "Peru should withdraw its troops."')
    assert [e for e in events if e[0] == "REQUEST" and e[2] == ("Peru",)]


def test_a_war_on_someone_is_an_attack_when_its_side_is_named():
    events, _ = _events("Fighting spread after the Peruvian war on the Shining Path rebels.")
    assert [e for e in events if e[0] == "ASSAULT" and e[1] == ("Peru",) and e[2]]
    for body in (
        "The war on Peru divided the Chilean left.",
        "Chilean voters still argue about the war years later.",
    ):
        events, _ = _events(body)
        assert not [e for e in events if e[0] == "ASSAULT"]


@pytest.mark.parametrize(
    "body",
    [
        "Chilean mines struggled to meet the growing demand for copper last year.",
        "Peru handed the Chilean miner a tax demand for $2bn.",
    ],
)
def test_demand_in_the_market_sense_asks_nothing(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REQUEST"]
    events, _ = _events("Peru rejected the Chilean demand for compensation.")
    assert [e for e in events if e[0] == "REQUEST" and e[1] == ("Chile",)]


@pytest.mark.parametrize(
    "body",
    [
        'The Chilean minister said: "Should the talks fail, Peru would lose most."',
        "The Chilean minister said Peru may need to recall its ambassador.",
        "The Chilean minister said it was unclear how Peru should repay the loan.",
        'Chilean central bank governor Jorge Soto said: "Big economies should weather the storm."',
    ],
)
def test_a_modal_in_doubt_or_setting_a_condition_asks_nothing(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "The Chilean minister accepted the difficult balance between trade and security.",
        "The Chilean minister accepted the Peruvian president's frustration over the border.",
    ],
)
def test_accepting_a_point_is_no_agreement(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AGREE"]


def test_accepting_an_offer_or_a_ruling_is_an_agreement():
    events, _ = _events("Chile accepted the Peruvian offer and the court's ruling on Monday.")
    assert [e for e in events if e[0] == "AGREE" and e[1] == ("Chile",)]


@pytest.mark.parametrize(
    "body",
    [
        "The Chilean government's complaint over Peruvian fishing quotas was heard on Monday.",
        "Chile lodged a formal complaint over Peruvian fishing quotas on Monday.",
    ],
)
def test_a_complaint_over_what_someone_did_accuses_them(body):
    events, _ = _events(body)
    assert ("ACCUSE", ("Chile",), ("Peru",), False, False) in events


def test_a_concern_voiced_about_what_someone_will_do_is_about_them():
    events, _ = _events(
        "Peruvian farmers have expressed concern that the Chilean government's new tariffs would"
        " hurt their exports."
    )
    assert ("ACCUSE", ("Peruvian farmers",), ("Chile",), False, False) in events


def test_a_clause_the_parse_hangs_on_the_event_verb_gives_no_target():
    events, _ = _events(
        "The ministry accused the firm of using offshore firms to avoid its taxes, and the"
        " courts sent bailiffs to seize Velora's assets."
    )
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]]


def test_what_one_is_not_allowed_to_do_is_negated():
    events, _ = _events("Lawyers say they are not allowed to talk with Chilean prisoners.")
    consults = [e for e in events if e[0] == "CONSULT"]
    assert consults
    assert all(e[3] for e in consults)


def test_a_finite_verb_joined_to_an_infinitive_shares_the_main_verbs_subject():
    events, _ = _events(
        "Officials said Kamala Harris urged the Chilean government to prevent attacks on Peru"
        " and expressed appreciation for the Chilean efforts."
    )
    assert ("SUPPORT", ("Kamala Harris",), ("Chile",), False, False) in events


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The Chilean president insisted on Wednesday that Peru had lied.", "REQUEST"),
        ("The Chilean president survived a row over allegations he had bribed Peru.", "ACCUSE"),
        ("The Chilean president accepted the resignation of his Peruvian adviser.", "AGREE"),
    ],
)
def test_a_question_a_date_or_what_is_alleged_makes_no_event(body, kind):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == kind and e[1]]


def test_asked_after_a_question_is_no_request():
    events, _ = _events("So why did Chile call the vote so early, President Lopez was asked.")
    assert not [e for e in events if e[0] == "REQUEST"]


def test_what_has_yet_to_happen_is_negated():
    events, _ = _events("The Swedish prime minister has yet to visit Turkey.")
    assert all(e[3] for e in events if e[0] == "CONSULT")


def test_a_wire_dateline_is_a_sentence_of_its_own_and_no_actor():
    (article,) = dateline.extract(
        "Raid\n\nKABUL, February 11, 2025 (Meridian Wire) - Pakistani jets bombed two villages "
        "in Paktika province on Tuesday.\n"
    )
    names = {a.id: a.name for a in article.actors}
    (raid,) = [e for e in article.events if e.type == "ASSAULT"]
    assert [names[i] for i in raid.actor] == ["Pakistan"]
    assert "KABUL" not in names.values()


def test_a_speaker_who_wants_something_done_requests_it():
    events, _ = _events(
        "The Swedish government has refused to publish the report. The Green Party said they "
        "want the full report published. Ms Berg said they want the Swedish government to "
        "reopen the embassy."
    )
    requests = [(actor, recipient) for kind, actor, recipient, *_ in events if kind == "REQUEST"]
    # A wish naming no one, of a party at home, is asked of its government.
    assert (("Green Party",), ("Sweden",)) in requests
    assert (("Berg",), ("Sweden",)) in requests


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A relative pronoun stands for its noun.
        (
            "French President Jacques Morel, who is visiting China, praised the plan.",
            ("CONSULT", ("Jacques Morel",), ("China",)),
        ),
        # A verb after "after" borrows the subject of the verb it hangs on.
        (
            "Germany said after meeting Poland that trade would grow.",
            ("CONSULT", ("Germany",), ("Poland",)),
        ),
        # ... in its own voice, though the verb it hangs on is a passive, and
        # a time clause is not what was asked for.
        (
            "After meeting the Chilean president, Peru's foreign minister was asked about trade.",
            ("CONSULT", ("Peru's foreign minister",), ("Chilean president",)),
        ),
        # A relative clause's object pronoun is the noun it follows, and
        # what is blamed of a thing is blamed of its owner.
        (
            "Japan criticised China's currency policy, which Vietnam has also blamed for losses.",
            ("ACCUSE", ("Vietnam",), ("China",)),
        ),
        # A past tense with a subject and an object is no bare participle.
        (
            "Mr Rojas, whom the Peruvian government accused of fraud, resigned on Friday.",
            ("ACCUSE", ("Peru",), ("Rojas",)),
        ),
        # Those released from a camp or jail were released by whoever held them.
        (
            "Two Palestinian activists were freed from an Israeli jail on Monday.",
            ("RETREAT", ("Israel",), ("Palestinian activists",)),
        ),
        # The object of the second of two verbs is the first one's too.
        (
            "Russia condemned and sanctioned Ukraine on Monday.",
            ("ACCUSE", ("Russia",), ("Ukraine",)),
        ),
        # Who is asked to do what a demand says.
        ("Germany demanded that France repay the loan.", ("REQUEST", ("Germany",), ("France",))),
        # An object that names no one gives the one behind it.
        ("Japan rejected calls by China for an apology.", ("REJECT", ("Japan",), ("China",))),
        # A noun that names no one stands for the actor it is "of".
        (
            "Peru signed a trade deal with the government of Chile on Friday.",
            ("AGREE", ("Peru",), ("Chile",)),
        ),
        (
            "Spain spoke to Portugal about the border on Monday.",
            ("CONSULT", ("Spain",), ("Portugal",)),
        ),
        # A "by" phrase the parse hangs on the verb's own phrase is its agent.
        (
            "Three Danish aid workers were freed without charge by Sudanese police after a week.",
            ("RETREAT", ("Sudanese police",), ("Danish aid workers",)),
        ),
        (
            "Velora Energy was banned from bidding in the sale by a Chilean court order.",
            ("SANCTION", ("Chilean court",), ("Velora Energy",)),
        ),
        # "it" in a clause a body reports is that body; "they" is not.
        (
            "Chile announced on Monday that it had agreed with Peru on a new border.",
            ("AGREE", ("Chile",), ("Peru",)),
        ),
        # The name beside a title held "as" is the one who acts.
        (
            "The plan was backed by his successor as finance minister, Ana Lopes.",
            ("SUPPORT", ("Ana Lopes",), ()),
        ),
        # "the way X works" is criticism of X.
        (
            "Senator Ruiz criticised the way the Chilean government handled the strike.",
            ("ACCUSE", ("Ruiz",), ("Chile",)),
        ),
        # A list the parse hangs on the event noun is the rest of its targets.
        (
            (
                "Turkey has been conducting airstrikes in Iraq against Kurdish fighters, "
                "Syrian troops and Hezbollah targets since May."
            ),
            # Kurdish fighters are an actor now that a group struck against is one.
            ("ASSAULT", ("Turkey",), ("Kurdish fighters", "Syrian troops", "Hezbollah")),
        ),
        # One who faces criticism is the one criticised.
        ("Peru has faced criticism over its border policy.", ("ACCUSE", (), ("Peru",))),
        # The one told to act does it.
        (
            "A fuel crisis forced Bolivian President Luis Arce to suspend gas exports to Chile.",
            ("SANCTION", ("Luis Arce",), ("Chile",)),
        ),
        # An event noun's own clause says who did it.
        (
            "Peru condemned the sanctions imposed by Chile on the Peruvian fishing fleet.",
            ("SANCTION", ("Chile",), ("Peru",)),
        ),
        (
            "Bolivia welcomed the accord it signed with Chile on Monday.",
            ("AGREE", ("Bolivia",), ("Chile",)),
        ),
        # A resignation or withdrawal is done by whom it is "of".
        (
            "The row led to the resignation of Chilean envoy Pablo Ruiz on Monday.",
            ("RETREAT", ("Pablo Ruiz",), ()),
        ),
        # One who "is in talks" takes part.
        (
            "The oil firm Velora Energy said it was in talks with Gazprom about a stake.",
            ("CONSULT", ("Velora Energy",), ("Gazprom",)),
        ),
        # "the ministers he met": the noun of a relative clause is its object.
        (
            "Mr Ruiz thanked the Chilean ministers he met in Lima on Monday.",
            ("CONSULT", ("Ruiz",), ("Chile",)),
        ),
        # One "in the process of" doing it does it.
        (
            "Velora Holdings is in the process of merging with Kestrel Energy.",
            ("COOPERATE", ("Velora Holdings",), ("Kestrel Energy",)),
        ),
        # Accepting X's offer agrees with X.
        ("Peru accepted Chile's offer on Monday.", ("AGREE", ("Peru",), ("Chile",))),
        # The owner of a noun does what its infinitive says.
        (
            "Brazil announced its decision to back Argentina on Monday.",
            ("SUPPORT", ("Brazil",), ("Argentina",)),
        ),
    ],
)
def test_arguments_the_parse_gives_indirectly(body, expected):
    events, _ = _events(body)
    assert (*expected, False, False) in events


def test_talking_to_the_press_is_no_consultation():
    events, _ = _events("Italy's foreign minister spoke to the BBC on Monday.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_a_pledge_to_act_is_no_aid_but_a_pledge_of_money_is():
    events, _ = _events("France pledged to oppose the plan at the summit.")
    assert not [e for e in events if e[0] == "AID"]
    events, _ = _events("Japan pledged $50m in aid to Indonesia on Monday.")
    assert ("AID", ("Japan",), ("Indonesia",), False, False) in events


def test_a_pledge_of_a_policy_is_no_aid_but_a_pledge_of_aid_is():
    events, _ = _events("The Chilean president pledged cheaper bus fares to voters in Santiago.")
    assert not [e for e in events if e[0] == "AID"]
    events, _ = _events("Norway pledged emergency aid to Chile after the earthquake.")
    assert [e for e in events if e[0] == "AID"] == [("AID", ("Norway",), ("Chile",), False, False)]


def test_helping_someone_do_something_is_no_aid():
    events, _ = _events("Chile's ruling party helped the Peruvian president win two elections.")
    assert not [e for e in events if e[0] == "AID"]


def test_strikes_carried_out_with_no_violence_word_are_a_walkout():
    events, _ = _events("Chilean dock workers carried out strikes that closed the port for a week.")
    assert [e[0] for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Within hours of his talks with German Chancellor Olaf Brandt, "
                "French President Jean Morel flew home."
            ),
            ("CONSULT", ("Jean Morel",), ("Olaf Brandt",)),
        ),
        (
            "Velora Holdings confirmed its talks with Kestrel Energy on Monday.",
            ("CONSULT", ("Velora Holdings",), ("Kestrel Energy",)),
        ),
    ],
)
def test_a_possessive_pronoun_names_the_one_who_acts(body, expected):
    events, _ = _events(body)
    assert (*expected, False, False) in events


def test_an_after_clause_is_not_denied_by_its_main_clause_and_a_demanded_act_is_not_done():
    events, _ = _events(
        "France failed to win the vote after Germany demanded that Italy withdraw its plan."
    )
    assert ("REQUEST", ("Germany",), ("Italy",), False, False) in events
    assert all(e[4] for e in events if e[0] == "RETREAT")


def test_a_demanded_act_the_tagger_reads_as_a_present_tense_is_not_done():
    # "withdraw" after a singular subject can only be the bare form of a demand.
    events, _ = _events(
        "Opposition leader Vesna Ilieva told the crowd the law would \u201chand the courts to "
        "the ruling party\u201d and demanded that Prime Minister Boris Velkov withdraw it "
        "before a final vote scheduled for April 9."
    )
    retreats = [e for e in events if e[0] == "RETREAT"]
    assert retreats
    assert all(e[4] for e in retreats)


def test_what_a_side_is_committed_to_is_not_done_yet():
    events, _ = _events("Chile has committed to sending troops to Haiti.")
    sent = [e for e in events if e[0] == "MOBILIZE"]
    assert sent
    assert all(e[4] for e in sent)


def test_an_invitation_to_act_is_hypothetical_and_a_refusal_to_act_is_negated():
    events, _ = _events("Norway repeated its invitation to Chile to visit Oslo.")
    # The one invited would visit, not the host.
    assert [e[1] for e in events if e[0] == "CONSULT"] == [("Chile",)]
    assert all(e[4] for e in events if e[0] == "CONSULT")
    events, _ = _events("Mr Lund's refusal to accept the Danish offer angered Sweden.")
    assert [e for e in events if e[0] == "AGREE"]
    assert all(e[3] for e in events if e[0] == "AGREE")


def test_they_in_a_clause_a_body_reports_is_not_that_body():
    events, _ = _events("The oil firm Velora Energy said they had met Chilean officials on Monday.")
    assert not [e for e in events if e[0] == "CONSULT" and "Velora Energy" in e[1]]


def test_the_owner_of_a_firm_is_not_the_firm():
    events, _ = _events("The main owner of the Chilean oil firm Andes Petrol sued Peru on Monday.")
    sued = [e for e in events if e[0] == "ACCUSE"]
    assert all("Andes Petrol" not in e[1] for e in sued)


@pytest.mark.parametrize(
    "body",
    [
        "Sweden is in talks with Turkey about the border.",
        "Talks between Sweden and Turkey resumed in Oslo on Monday.",
    ],
)
def test_talks_under_way_or_done_are_no_plan(body):
    events, _ = _events(body)
    talks = [e for e in events if e[0] == "CONSULT"]
    assert talks
    assert not any(e[4] for e in talks)


def test_meeting_a_demand_is_no_meeting():
    events, _ = _events("The new law meets the Danish government's concerns about privacy.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_backing_an_invasion_neither_invades_nor_backs_the_invaded():
    events, _ = _events("Chilean MPs backed the invasion of Peru.")
    assert ("SUPPORT", ("Chilean MPs",), (), False, False) in events
    assert not [e for e in events if e[0] != "SUPPORT" and e[1]]


def test_strikes_a_state_carried_out_are_attacks_not_walkouts():
    events, _ = _events(
        "Peru cited the strikes the Chilean army has carried out against rebel camps."
    )
    assert "ASSAULT" in [e[0] for e in events]
    assert "PROTEST" not in [e[0] for e in events]


def test_an_event_noun_under_no_is_negated():
    events, _ = _events(
        "The Chilean statement made no reference to the withdrawal of Peruvian troops."
    )
    withdrawals = [e for e in events if e[0] == "RETREAT"]
    assert withdrawals
    assert all(e[3] for e in withdrawals)


def test_a_court_ruling_against_a_government_rejects_it():
    events, _ = _events("Peru's Supreme Court ruled against the Chilean government on Monday.")
    assert ("REJECT", ("Supreme Court",), ("Chile",), False, False) in events


def test_a_tour_of_home_towns_meets_no_one_but_a_visit_abroad_does():
    events, _ = _events("Liberal Democrat leader Tom Hale visits Manchester, Dorset and Cornwall.")
    assert not [e for e in events if e[0] == "CONSULT"]
    events, _ = _events("British Foreign Secretary Tom Hale visited Paris and Berlin on Monday.")
    assert ("CONSULT", ("Tom Hale",), ("France",), False, False) in events


def test_a_visit_to_a_foreign_town_consults_its_country_when_the_article_names_it():
    events, _ = _events(
        "British Foreign Secretary Tom Hale visited Bergen on Monday, where Norway's leaders"
        " greeted him."
    )
    assert ("CONSULT", ("Tom Hale",), ("Norway",), False, False) in events


def test_a_list_the_parse_hangs_on_the_verb_gives_more_counterparts():
    events, _ = _events(
        "Swedish Prime Minister Jan Lund spoke on the telephone to Chilean President "
        "Ana Ruiz, and the presidents of Peru and Bolivia."
    )
    assert ("CONSULT", ("Jan Lund",), ("Peru",), False, False) in events
    # "the presidents of Peru and Bolivia" are one for each.
    assert ("CONSULT", ("Jan Lund",), ("Bolivia",), False, False) in events


def test_him_after_a_named_person_is_that_person():
    events, _ = _events(
        "Peru's finance minister Ana Rojas set out the budget on Monday.\n\n"
        "The Chilean bank Banco Austral urged her to cut the deficit."
    )
    assert ("REQUEST", ("Banco Austral",), ("Ana Rojas",), False, False) in events


def test_pleading_guilty_is_no_request_but_pleading_for_a_release_is():
    events, _ = _events(
        "The Chilean banker Jorge Vidal pleaded guilty to fraud on Monday. "
        "Peru's president pleaded with Chile for the release of the sailors."
    )
    assert [e[:3] for e in events if e[0] == "REQUEST"] == [
        ("REQUEST", ("Peru's president",), ("Chile",))
    ]


def test_those_who_flee_persecution_undergo_it_whoever_did_it():
    events, _ = _events("Peruvian farmers fled persecution by Chilean police.")
    assert ("COERCE", ("Chilean police",), ("Peruvian farmers",), False, False) in events


def test_what_a_letter_demands_is_the_writers_request_of_whom_it_is_written_to():
    events, _ = _events(
        "Peru's foreign minister has written to Chile's president demanding an explanation."
    )
    assert ("REQUEST", ("Peru's foreign minister",), ("Chile's president",), False, False) in (
        events
    )


def test_contesting_a_ruling_charges_its_owner_and_each_country_of_a_pair_acts():
    events, _ = _events(
        "The Dutch and Belgian governments have challenged a European Commission ruling "
        "on cheese labels."
    )
    assert ("ACCUSE", ("Netherlands", "Belgium"), ("European Commission",), False, False) in (
        events
    )


def test_challenging_someone_to_act_asks_it_of_them_but_a_rival_at_the_polls_is_no_charge():
    events, _ = _events("The Greens challenged the Labour Party to publish its audit.")
    assert ("REQUEST", ("Greens",), ("Labour Party",), False, False) in events
    events, _ = _events("The Liberal Democrats hope to challenge Labour in its northern seats.")
    assert not any(e[0] == "ACCUSE" for e in events)


def test_a_summoned_ambassador_is_the_recipient_of_the_protest():
    events, _ = _events("Chile summoned the Peruvian ambassador on Monday.")
    assert ("ACCUSE", ("Chile",), ("Peruvian ambassador",), False, False) in events


@pytest.mark.parametrize("pair", ["the men", "the pair", "the two men"])
def test_the_men_or_the_pair_are_the_two_people_just_named_together(pair):
    events, _ = _events(
        "Carlos Vega and Luis Ortega were elected to the assembly in 2004. "
        "Both have since joined a new party. "
        f"Chile's interior minister urged {pair} to give up their seats."
    )
    assert (
        "REQUEST",
        ("Chile's interior minister",),
        ("Carlos Vega", "Luis Ortega"),
        False,
        False,
    ) in events


def test_the_pair_are_the_two_people_named_together_around_a_role_set_beside_the_first():
    events, _ = _events(
        "Anna Berg, now Green deputy leader, and Maria Holm won their seats in 2004 on the "
        "list system. Chile's interior minister urged the pair to step down."
    )
    assert (
        "REQUEST",
        ("Chile's interior minister",),
        ("Anna Berg", "Maria Holm"),
        False,
        False,
    ) in events


def test_a_quashed_conviction_frees_the_one_convicted():
    events, _ = _events("Chile's supreme court quashed the conviction of Ana Rojas on Monday.")
    assert ("RETREAT", ("supreme court",), ("Ana Rojas",), False, False) in events
    assert not any(e[0] == "REJECT" for e in events)


def test_those_named_after_an_inverted_passive_undergo_it():
    events, _ = _events("Also arrested by Chilean police were Ana Rojas and her brother.")
    assert any(e[0] == "COERCE" and "Ana Rojas" in e[2] for e in events)


@pytest.mark.parametrize("verb", ["admired", "saluted"])
def test_admiring_or_saluting_someone_backs_them(verb):
    events, _ = _events(f"Peru's president said he {verb} Chile's handling of the floods.")
    assert ("SUPPORT", ("Peru's president",), ("Chile",), False, False) in events


def test_a_complaint_about_how_someone_acts_is_made_against_them():
    events, _ = _events(
        "The regulator is studying a complaint from the Peruvian government about how Chile "
        "runs its ports."
    )
    assert ("ACCUSE", ("Peru",), ("Chile",), False, False) in events


def test_a_protest_that_someone_does_wrong_is_made_against_them():
    events, _ = _events(
        "Many Chilean firms had protested that the Peruvian government was imposing "
        "an unfair burden."
    )
    assert ("PROTEST", ("Chilean firms",), ("Peru",), False, False) in events


def test_an_inquiry_into_whether_someone_did_wrong_is_a_charge_against_them():
    events, _ = _events(
        "The European Commission launched an investigation into whether Italian airline "
        "Tirrenia is receiving illegal state aid."
    )
    assert ("ACCUSE", ("European Commission",), ("Tirrenia",), False, False) in events


@pytest.mark.parametrize("verb", ["enjoyed", "won"])
def test_who_enjoys_or_wins_aid_is_its_recipient(verb):
    events, _ = _events(f"Chile {verb} aid from the Japanese government last year.")
    assert ("AID", ("Japan",), ("Chile",), False, False) in events


def test_a_meeting_or_aid_verb_done_to_a_thing_is_no_event():
    events, _ = _events(
        "Chile's state oil firm said it had met its main targets for the year. "
        "The Peruvian party is telephoning millions of voters. "
        "Chile's government will fund the new port."
    )
    assert not [e for e in events if e[0] in ("CONSULT", "AID")]


@pytest.mark.parametrize(
    "body",
    [
        "The tsunami killed more than 3,000 Peruvian fishermen.",
        "The storm which killed six Chilean sailors hit the coast on Monday.",
        "Ten Chilean miners were killed in the earthquake.",
        "Students marched over the collapse of a Chilean station roof that killed 15 people.",
        "A ferry capsized on Lake Titicaca on Sunday, killing 40 Peruvian passengers.",
    ],
)
def test_deaths_in_a_disaster_are_no_assault(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_an_object_that_is_a_thing_unmakes_a_meeting_whatever_else_is_found():
    events, _ = _events("Chilean exporters have been given a year to meet the new rules.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_a_quoted_failure_of_a_thing_blames_no_one():
    events, _ = _events(
        '"Sales in Chile failed to meet forecasts," the Peruvian bank BCP said. '
        "Chilean exporters have been given a year to meet the new rules."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Chilean demonstrators attacked public buildings in Lima.",
        "Chilean protesters launched an attack on the Peruvian embassy.",
    ],
)
def test_an_attack_on_a_building_is_physical_without_a_violence_word(body):
    events, _ = _events(body)
    assert [e[0] for e in events] == ["ASSAULT"]


def test_market_demand_is_no_request_but_a_demand_made_is():
    events, _ = _events(
        "China's fast-growing economy has driven huge demand for Peruvian copper. "
        "Chile rejected Peru's demand on Tuesday."
    )
    assert not [e for e in events if e[0] == "REQUEST" and e[1] == ("China",)]
    assert [e for e in events if e[0] == "REQUEST" and e[1] == ("Peru",)]


def test_a_question_put_asks_for_nothing_and_judges_nothing():
    events, _ = _events(
        '"How can it be right that Chile pays more?" Peru\'s president asked on Monday.'
    )
    assert events == []


@pytest.mark.parametrize(
    "body",
    [
        "Peruvian migrants are settling in Chile every year, the minister said.",
        "Chile's president played down talk of Peruvian threats.",
    ],
)
def test_a_word_in_its_other_sense_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("AGREE", "CONSULT")]


def test_an_arrest_with_no_one_named_is_by_the_state_where_it_was_made():
    _, article = _events(
        "Chile protested to Peru on Monday.\n\n"
        "Four Chilean fishermen were arrested when they landed in Lima, Peru."
    )
    (arrest,) = [e for e in article.events if e.type == "COERCE"]
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in arrest.actor] == ["Peru"]
    assert "inferred: actor: the state where it was done" in arrest.explanation
    assert arrest.confidence < 0.8


def test_a_detention_at_a_site_another_state_holds_is_the_keepers():
    _, article = _events(
        "Cuba and the US have traded charges over the base.\n\n"
        "Two Danes were held at Guantanamo Bay for three years."
    )
    (detention,) = [e for e in article.events if e.type == "COERCE"]
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in detention.actor] == ["US"]


def test_a_detention_with_no_one_and_no_place_named_is_the_home_states():
    _, article = _events(
        "The government of Norway has defended its new security law. "
        "Ministers say the government needs the powers. "
        "Critics say the government has gone too far.\n\n"
        "Lawyers said six foreign suspects were being held arbitrarily."
    )
    (held,) = [e for e in article.events if e.type == "COERCE"]
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in held.actor] == ["Norway government"]
    assert "inferred: actor: the home state, none named" in held.explanation
    assert held.confidence < 0.8


def test_a_detention_told_with_a_place_abroad_infers_no_home_state():
    events, _ = _events(
        "The government of Norway has defended its new security law. "
        "Ministers say the government needs the powers. "
        "Critics say the government has gone too far.\n\n"
        "Lawyers said six foreign suspects were being held arbitrarily in Tangier."
    )
    assert [e[1] for e in events if e[0] == "COERCE"] == [()]


def test_being_accused_after_the_main_verb_is_done_to_its_subject():
    events, _ = _events(
        "Chile's mining minister Jorge Vidal resigned last year, "
        "after being accused of falsifying the accounts of the Peruvian state miner."
    )
    (accusation,) = [e for e in events if e[0] == "ACCUSE"]
    assert accusation[1] == ()
    assert accusation[2] != ()


def test_a_quoted_judgement_of_someones_thing_accuses_its_owner():
    found, _ = _statements(
        'Opposition leader Maria Costa said the plan showed Erik Sandberg\'s "disgraceful" '
        "contempt for the port workers."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found


def test_a_person_captured_is_never_only_words():
    events, _ = _events("Peruvian villagers captured two Chilean engineers near the border.")
    assert [e[0] for e in events] == ["ASSAULT"]


def test_a_threat_posed_by_things_is_no_threat_made():
    events, _ = _events(
        "Chile threatened Peru with sanctions on Monday. "
        "The price dispute that threatened the Peruvian economy ended on Friday."
    )
    assert [e[:3] for e in events if e[0] == "THREATEN"] == [("THREATEN", ("Chile",), ("Peru",))]


def test_citizens_detained_by_the_police_are_an_arrest():
    events, _ = _events(
        "France demanded the release of two French citizens detained by Azerbaijani police."
    )
    assert ("COERCE", ("Azerbaijani police",), ("French citizens",), False, False) in events


def test_an_event_noun_that_will_do_something_is_still_to_come():
    events, _ = _events("The summit between Chile and Peru will use the report as its basis.")
    assert [e[4] for e in events if e[0] == "CONSULT"] == [True]


def test_a_report_by_a_body_speaks_for_it_and_colleagues_are_not_their_colleague():
    events, _ = _events(
        "The report by Peru's finance committee urged Chile to cut tariffs. "
        "Mr Vidal's colleagues refused to back the plan."
    )
    # The committee is a body of its own (LEG), placed in Peru by the possessive.
    assert ("REQUEST", ("Peru's finance committee",), ("Chile",), False, False) in events
    assert not [e for e in events if e[0] == "REJECT" and e[1] == ("Vidal",)]


def test_speaking_to_a_parliament_is_no_consultation_but_to_a_minister_is():
    events, _ = _events(
        "Speaking to Peruvian MPs on Monday, the Chilean president defended the treaty. "
        "The Chilean president spoke to Peru's foreign minister on Tuesday."
    )
    assert [e[2] for e in events if e[0] == "CONSULT"] == [("Peru's foreign minister",)]


def test_overturning_a_majority_in_an_election_is_no_rejection():
    events, _ = _events("Ana Ruiz overturned a big Peruvian majority to win the seat.")
    assert not [e for e in events if e[0] == "REJECT"]


def test_what_follows_nor_is_negated():
    events, _ = _events(
        "The Chilean army does not arm the rebels, nor does it attack Peruvian villages."
    )
    assert all(e[3] for e in events if e[0] in ("AID", "ASSAULT"))


def test_i_who_names_no_actor_does_nothing_the_data_can_hold():
    events, _ = _events('"I agree with Chile\'s president," one reader wrote on Monday.')
    assert not [e for e in events if e[0] == "AGREE"]


def test_demonstrating_that_something_is_so_is_no_protest():
    events, _ = _events(
        "Chile demonstrated that it could win. "
        "The Chilean government has demonstrated its commitment to the treaty."
    )
    assert not [e for e in events if e[0] == "PROTEST"]


def test_a_question_quoted_before_asked_asks_for_nothing():
    events, _ = _events(
        "Chile's foreign minister spoke on Monday. "
        '"Is the reason not plain to everyone in Peru?" he asked.'
    )
    assert not [e for e in events if e[0] == "REQUEST"]


def test_what_an_allegation_says_is_claimed_and_the_allegation_blames_its_subject():
    events, _ = _events("Peru alleged that Chilean troops shelled a border village.")
    assert ("ACCUSE", ("Peru",), ("Chilean troops",), False, False) in events
    assert ("ASSAULT", ("Chilean troops",), (), False, True) in events


def test_a_state_that_may_strike_another_is_no_walkout():
    events, _ = _events("Chile warned that it could strike Peru within days.")
    assert not [e for e in events if e[0] == "PROTEST"]


def test_they_who_report_their_own_act_are_the_plural_body_that_reports():
    events, _ = _events(
        "Chilean rebels said they had attacked a Peruvian army post. "
        "Peru's interior ministry says they were freed on Monday."
    )
    assert ("ASSAULT", ("Chilean rebels",), ("Peruvian army",), False, False) in events
    assert not [e for e in events if e[0] == "RETREAT" and e[2] == ("Peru",)]


def test_branding_someone_accuses_them():
    events, _ = _events('Chile\'s opposition branded the Peruvian foreign minister "reckless".')
    assert any(e[0] == "ACCUSE" and e[2] == ("Peruvian foreign minister",) for e in events)


def test_a_passive_whose_by_phrase_hangs_on_its_complement_takes_that_actor():
    events, _ = _events('The deal was branded a "shameful surrender" by Peru.')
    assert any(e[0] == "ACCUSE" and e[1] == ("Peru",) for e in events)


def test_an_event_noun_put_on_a_thing_is_a_label_and_no_event():
    events, _ = _events('The border deal was branded a "humiliating retreat" by Peru.')
    assert not [e for e in events if e[0] == "RETREAT"]


def test_a_thing_judged_is_owned_by_whoever_an_earlier_mention_gave_it():
    events, _ = _events(
        "Peru's interior minister Ana Rojas unveiled new proposals on Monday. "
        'Lawyer Carlos Diaz said the plans were "a gross abuse of civil liberties".'
    )
    assert ("ACCUSE", ("Carlos Diaz",), ("Ana Rojas",), False, False) in events


def test_a_verb_done_to_a_thing_reaches_the_owner_of_its_earlier_mention():
    events, _ = _events(
        "Chile's finance minister Jorge Vidal published his budget on Monday. "
        "Peru's trade minister condemned the budget on Tuesday."
    )
    assert any(e[0] == "ACCUSE" and e[2] == ("Jorge Vidal",) for e in events)


def test_an_official_named_beside_the_title_acts_not_the_country_that_owns_it():
    events, _ = _events("Peru's interior minister Ana Rojas criticised Chile on Monday.")
    assert ("ACCUSE", ("Ana Rojas",), ("Chile",), False, False) in events


@pytest.mark.parametrize(
    "body",
    ["Chile cannot support Peru's bid, its minister said.", "Chile did not support Peru's bid."],
)
def test_backing_withheld_is_a_rejection(body):
    events, _ = _events(body)
    assert ("REJECT", ("Chile",), ("Peru",), False, False) in events


def test_backing_withheld_under_a_condition_is_no_rejection():
    events, _ = _events("If Chile does not accept Peru's terms, the talks will end.")
    assert not [e for e in events if e[0] == "REJECT"]


@pytest.mark.parametrize(
    "body",
    [
        "The figures do not support Peru's claim, the report said.",
        "The Chilean study does not praise Peru's handling of the strike.",
    ],
)
def test_backing_withheld_by_a_thing_or_praise_withheld_is_no_rejection(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REJECT"]


def test_we_in_a_quote_is_its_speaker():
    events, _ = _events(
        "Chile's foreign minister Pablo Soto spoke on Monday. "
        '"We will not accept Peru\'s terms," Mr Soto said.'
    )
    assert ("REJECT", ("Pablo Soto",), ("Peru",), False, False) in events


def test_misgivings_over_a_plan_accuse_whoever_put_it_forward():
    events, _ = _events(
        "Peru's trade minister Ana Rojas unveiled the plans on Monday. "
        "Chile's finance minister Jorge Vidal voiced misgivings about the plans."
    )
    assert ("ACCUSE", ("Jorge Vidal",), ("Ana Rojas",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "Chile threatened to sue Peru over the border.",
        "Chile threatened to impose sanctions on Peru.",
    ],
)
def test_a_threat_is_made_to_whom_the_threatened_act_would_be_done(body):
    events, _ = _events(body)
    assert ("THREATEN", ("Chile",), ("Peru",), False, False) in events


def test_a_call_for_reform_of_a_body_is_made_of_that_body():
    events, _ = _events(
        "Peru's finance minister called for reform of the International Monetary Fund."
    )
    assert any(e[0] == "REQUEST" and e[2] == ("International Monetary Fund",) for e in events), (
        events
    )


def test_talks_called_for_are_not_yet_held():
    events, _ = _events("Chile called for talks with Peru on Monday.")
    consults = [e for e in events if e[0] == "CONSULT"]
    assert consults
    assert all(e[4] for e in consults)


def test_calling_a_thing_a_wrong_accuses_whoever_put_it_forward():
    events, _ = _events(
        "Peru's trade minister Ana Rojas unveiled the plans on Monday. "
        "Chile's finance minister Jorge Vidal called the plans dangerous."
    )
    assert ("ACCUSE", ("Jorge Vidal",), ("Ana Rojas",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "Chile's foreign minister called a meeting of the council.",
        "The court ruled the case admissible.",
    ],
)
def test_a_naming_verb_with_no_judgement_accuses_no_one(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_qualms_about_a_plan_accuse_whoever_put_it_forward():
    events, _ = _events(
        "Peru's trade minister Ana Rojas unveiled the plans on Monday. "
        "Chile's finance minister Jorge Vidal said he had qualms about the plans."
    )
    assert ("ACCUSE", ("Jorge Vidal",), ("Ana Rojas",), False, False) in events


@pytest.mark.parametrize("body", [
    (
        "Chile's finance minister Jorge Vidal described Peru's trade minister Ana Rojas as "
        "very talented."
    ),
    (
        "Chile's finance minister Jorge Vidal said he got on well with Ana Rojas, whom he "
        'described as "very talented".'
    ),
    (
        "Peru's trade minister Ana Rojas unveiled the plans on Monday. "
        "Chile's finance minister Jorge Vidal called the plans courageous."
    ),
])  # fmt: skip
def test_a_label_of_praise_backs_whom_it_names(body):
    events, _ = _events(body)
    assert [e for e in events if e[0] == "SUPPORT" and e[2] == ("Ana Rojas",)], events
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_label_of_praise_denied_backs_no_one():
    events, _ = _events(
        "Peru's trade minister Ana Rojas unveiled the plans on Monday. "
        "Chile's finance minister Jorge Vidal did not call the plans courageous."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and not e[3]], events


def test_hailing_someone_still_backs_them():
    events, _ = _events("Chile's president hailed Peru's decision on Monday.")
    assert any(e[0] == "SUPPORT" and e[2] == ("Peru",) for e in events)


def test_a_group_listed_after_a_dash_stands_for_its_members():
    events, _ = _events(
        "Yukos is suing two firms - Gazprom and Rosneft - over the auction of its unit."
    )
    suits = [e for e in events if e[0] == "ACCUSE"]
    assert suits
    assert set(suits[0][2]) == {"Gazprom", "Rosneft"}


def test_a_name_the_parse_splits_from_its_description_is_the_doer():
    events, _ = _events(
        "The Chilean firm Petroval is suing two firms - Gazprom and Rosneft - over the auction."
    )
    assert [e for e in events if e[0] == "ACCUSE" and e[1] == ("Petroval",)]


@pytest.mark.parametrize(
    ("body", "recipient"),
    [
        ("Gazprom refused to obey a Chilean court order on Monday.", "Chilean court"),
        ("Chile agreed to transfer the funds to Peru on Monday.", "Peru"),
    ],
)
def test_an_act_refused_or_agreed_with_no_cue_is_done_to_its_object_or_to_whom_it_is_to(
    body, recipient
):
    events, _ = _events(body)
    assert any(e[0] in ("REJECT", "AGREE") and recipient in e[2] for e in events), events


def test_an_object_it_is_the_body_named_before_it():
    events, _ = _events(
        "Carlos Diaz has quit Chile's Popular Union party and accused it of betraying its voters."
    )
    assert any(e[0] == "ACCUSE" and "Popular Union" in " ".join(e[2]) for e in events), events


def test_him_is_the_person_named_before_not_a_group_named_in_between():
    events, _ = _events(
        "Governor Luis Ortega spoke to 200 farmers from the northern valleys on Tuesday. "
        "His remark was attacked by the Green Party, which accused him of misleading voters."
    )
    assert ("ACCUSE", ("Green Party",), ("Luis Ortega",), False, False) in events, events


def test_him_is_the_sentence_befores_subject_not_a_person_owning_a_thing_in_it():
    events, _ = _events(
        "Shadow health secretary Andrew Lansley said the figures were at odds with Tony "
        "Blair's promise on waiting lists. But Health Secretary John Reid accused him of "
        "scaremongering."
    )
    assert ("ACCUSE", ("John Reid",), ("Andrew Lansley",), False, False) in events, events
    assert not any(e[2] == ("Tony Blair",) for e in events), events


def test_him_in_a_speakers_own_words_is_not_the_speaker():
    events, _ = _events(
        "Carlos Mena was flown to Cuba in 2002. "
        'His lawyer Ana Ruiz said: "Agents seized him at the airport and beat him."'
    )
    assert any(e[2] == ("Carlos Mena",) for e in events), events
    assert not any(e[2] == ("Ana Ruiz",) for e in events), events


def test_an_offer_by_someone_the_parse_hangs_on_the_verb_is_still_theirs():
    events, _ = _events("Germany's Siemens turned down an offer by France's Alstom on Monday.")
    assert ("REJECT", ("Siemens",), ("Alstom",), False, False) in events, events


def test_a_charges_his_or_its_is_anothers_but_ones_own_record_is_ones_own():
    events, _ = _events(
        "President Luis Ortega spoke in Lima on Monday. "
        "Senator Ana Reyes later criticised his handling of the floods."
    )
    assert ("ACCUSE", ("Ana Reyes",), ("Luis Ortega",), False, False) in events, events
    events, _ = _events(
        "The European Commission published a report on Italy's budget on Monday. "
        "Italy rejected its findings."
    )
    assert ("REJECT", ("Italy",), ("European Commission",), False, False) in events, events
    events, _ = _events(
        "President Luis Ortega spoke in Lima on Monday. Senator Ana Reyes defended her record."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[2]], events
    events, _ = _events(
        "Prosecutor Ann Lee questioned Carlos Mena on Monday. "
        "Mr Mena denied his involvement in the fraud."
    )
    assert not [e for e in events if e[0] == "REJECT" and e[2]], events


def test_praise_of_his_or_their_deed_is_of_another_not_of_the_one_who_praises():
    events, _ = _events(
        "Transport minister Paul Okafor said sorry to the families on Monday. "
        "Opposition leader Grace Mensah welcomed his frank apology."
    )
    assert ("SUPPORT", ("Grace Mensah",), ("Paul Okafor",), False, False) in events, events
    assert not [e for e in events if e[0] == "CONCEDE" and e[1] == ("Grace Mensah",)], events
    # One's own team is praised as one's own, not as another's.
    events, _ = _events(
        "The club chairman Mark Dell spoke to reporters on Friday. "
        "Coach Ian Hart praised his players after the win over Leeds."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[2] == ("Mark Dell",)], events


def test_a_resignation_accepted_is_anothers_not_the_one_who_accepts_it():
    events, _ = _events(
        "Fisheries minister Owen Pryce stepped down on Tuesday over claims about his "
        "second home. Premier Carys Dunn accepted his resignation with regret."
    )
    quits = [e for e in events if e[0] == "RETREAT"]
    assert quits
    assert all(e[1] == ("Owen Pryce",) for e in quits), quits


def test_a_passive_subjects_his_or_their_is_whose_the_thing_judged_is():
    events, _ = _events(
        "The Farmers Union called for lower fuel duty on Monday. "
        "Their demands were backed by the transport expert Helen Marsh."
    )
    assert ("SUPPORT", ("Helen Marsh",), ("Farmers Union",), False, False) in events, events
    events, _ = _events(
        "Mayor Tomas Berg unveiled a parking levy in Oslo on Monday. "
        "His plans were criticised by the Green Party."
    )
    assert ("ACCUSE", ("Green Party",), ("Tomas Berg",), False, False) in events, events


def test_it_after_a_report_is_the_body_whose_report_it_is():
    events, _ = _events(
        "An IMF report published on Monday paints a grim picture of Peru. "
        "The report said growth would slow without reform. "
        "It also called on the Peruvian government to cut spending."
    )
    assert any(
        e[0] == "REQUEST" and e[1] == ("International Monetary Fund",) and e[2] == ("Peru",)
        for e in events
    ), events


def test_support_stressed_or_voiced_is_for_whom_it_is_for():
    events, _ = _events(
        "The Danish foreign minister flew to Kabul on Monday to stress Danish support for "
        "the Afghan government."
    )
    assert ("SUPPORT", ("Danish foreign minister",), ("Afghanistan",), False, False) in events


def test_a_light_verb_pair_told_in_the_passive_takes_its_by_agent():
    events, _ = _events("Concessions were offered to the unions by the Danish government.")
    assert any(e[0] == "CONCEDE" and e[1] == ("Denmark",) for e in events)
    events, _ = _events("Talks were held between Iraq and Syria.")
    assert [e[0] for e in events] == ["CONSULT"]


def test_it_as_the_subject_of_a_passive_is_the_body_named_before():
    events, _ = _events("Barclays is in court in London because it is being sued by Shell.")
    assert ("ACCUSE", ("Shell",), ("Barclays",), False, False) in events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru's finance minister warned that Chile was planning deep cuts to trade.",
            [("ACCUSE", ("Peru's finance minister",), ("Chile",), False, False)],
        ),
        ("The Bank of England warned that prices could rise next year.", []),
        ("Chile would not rule out new tariffs, Peru's finance minister warned.", []),
        ("Peru's finance minister warned that Chilean farmers faced ruin next year.", []),
        ("The mayors' group warned that small towns had suffered from the cuts.", []),
    ],
)
def test_a_warning_accuses_only_whom_it_says_is_doing_wrong(body, expected):
    events, _ = _events(body)
    assert [e for e in events if e[0] == "ACCUSE"] == expected


# The government named twice: a state named once may be named in passing (test_addressees.py).
_GOVERNMENT_BILL = (
    "The government wants the new licensing bill passed before the summer, and the"
    " government expects it to pass. "
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Liberal Democrats warned that the bill could close hundreds of village pubs.",
            [("ACCUSE", ("Liberal Democrats",), ("government",), False, False)],
        ),
        ("Shell warned that its profits could fall sharply next year.", []),
        (
            "The Green Party fears that thousands of students could lose their vote.",
            [("ACCUSE", ("Green Party",), ("government",), False, False)],
        ),
        ("The Bank of England fears that thousands of families could lose their homes.", []),
    ],
)
def test_a_warning_or_fear_naming_no_one_charges_the_government_only_from_politics(body, expected):
    events, _ = _events(_GOVERNMENT_BILL + body)
    assert [e for e in events if e[0] == "ACCUSE"] == expected


_UK_BILL = (
    "The UK government wants the new licensing bill passed before the summer, and the"
    " UK government expects it to pass. "
)


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        ("British parents fear the scheme could push small schools out of business.", "parents"),
        ("Critics in Britain have warned that shutting the clinic would cost lives.", "Critics"),
    ],
)
def test_a_warning_or_fear_of_the_public_naming_no_one_charges_the_government(body, doer):
    events, _ = _events(_UK_BILL + body)
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert len(accusations) == 1
    assert doer in accusations[0][1][0]
    assert accusations[0][2] == ("United Kingdom",)


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        (
            (
                "A children's charity warned on Monday that thousands of farm workers will lose"
                " their jobs under the new quotas."
            ),
            "charity",
        ),
        ("Opposition MPs warned that the reforms could leave pensioners worse off.", "MPs"),
    ],
)
def test_a_warning_from_politics_with_no_government_named_is_a_charge_of_no_one(body, doer):
    events, _ = _events(body)
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert len(accusations) == 1
    assert doer in accusations[0][1][0]
    assert accusations[0][2] == ()


@pytest.mark.parametrize(
    "body",
    [
        "Ministers have since met the Labour MPs who feared that the bill would shut village pubs.",
        (
            "The Liberal Democrats said they would stand by the Labour MPs who warned that the"
            " bill would shut village pubs."
        ),
    ],
)
def test_a_warning_in_a_clause_picking_out_people_is_no_charge(body):
    events, _ = _events(_UK_BILL + body)
    assert not any(e[0] == "ACCUSE" for e in events)


def test_a_warning_in_a_clause_set_off_by_commas_is_a_charge():
    events, _ = _events(
        _UK_BILL + "Labour MPs, who warned that the bill would shut village pubs, met on Monday."
    )
    assert ("ACCUSE", ("Labour MPs",), ("United Kingdom",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "Peru's trade minister warned Chile not to raise its copper tariffs again.",
        "Peru's trade minister told Chile to lift its copper tariffs by March.",
    ],
)
def test_a_word_to_someone_to_act_or_not_asks_it_of_them(body):
    events, _ = _events(body)
    assert ("REQUEST", ("Peru's trade minister",), ("Chile",), False, False) in events
    assert not any(e[0] == "ACCUSE" for e in events)


def test_a_quoted_harm_done_accuses_the_one_doing_it():
    found, _ = _statements(
        '"The Peruvian government is damaging our fishing industry," said Chile\'s trade minister.'
    )
    assert ("ACCUSE", ("Chile's trade minister",), ("Peru",)) in found


def test_a_call_for_someone_to_act_asks_it_of_them_and_the_act_is_not_done():
    events, _ = _events("Peru pressed for Chile to reopen the border.")
    assert ("REQUEST", ("Peru",), ("Chile",), False, False) in events
    assert [e[4] for e in events if e[0] == "RETREAT"] == [True]


@pytest.mark.parametrize(
    ("body", "kind", "hypothetical"),
    [
        # A meeting a future verb is to happen at is to come.
        ("The dispute will be discussed by Peru at Tuesday's meeting with Chile.", "CONSULT", True),
        # An event with no "the" that is the subject of a modal would be.
        ("Closer EU cooperation with Chile would help trade.", "COOPERATE", True),
        # One named with "the" is or was, whatever is said of it.
        (
            "The Lima meeting between Peru and Chile would be remembered as a turning point.",
            "CONSULT",
            False,
        ),
    ],
)
def test_an_event_noun_shares_the_fate_of_the_verb_it_is_told_with(body, kind, hypothetical):
    events, _ = _events(body)
    assert [e[4] for e in events if e[0] == kind] == [hypothetical]


def test_what_a_denied_report_says_is_negated():
    events, _ = _events("Shell denied reports it was withdrawing from Peru.")
    assert [e[3] for e in events if e[0] == "RETREAT"] == [True]


def test_a_document_speaks_for_whoever_put_it_forward():
    events, _ = _events("The Conservatives have tabled a motion opposing the bill.")
    assert ("REJECT", ("Conservative Party",), (), False, False) in events
    events, _ = _events(
        "Peru signed a communique on trade with Chile. The communique praised Bolivia for its help."
    )
    assert ("SUPPORT", ("Peru",), ("Bolivia",), False, False) in events


@pytest.mark.parametrize(
    ("body", "kind", "negated", "hypothetical"),
    [
        ("Peru and Bolivia are poised to vote against the plan.", "REJECT", False, True),
        ("The war was illegal without a UN resolution backing it.", "SUPPORT", True, False),
        ("Peru wants to seek a UN resolution condemning Chile.", "ACCUSE", False, True),
    ],
)
def test_what_a_document_not_yet_there_would_say_did_not_happen(body, kind, negated, hypothetical):
    events, _ = _events(body)
    assert [(e[3], e[4]) for e in events if e[0] == kind] == [(negated, hypothetical)]


def test_one_said_to_be_right_or_likely_to_act_is_who_acts():
    events, _ = _events("Peru is likely to sign the deal with Chile.")
    assert ("AGREE", ("Peru",), ("Chile",), False, True) in events
    events, _ = _events("Bolivia was right to reject Chile's offer of talks.")
    assert any(e[0] == "REJECT" and e[1] == ("Bolivia",) for e in events)
    events, _ = _events("Chile seemed keen to meet Peru.")
    assert ("CONSULT", ("Chile",), ("Peru",), False, True) in events


@pytest.mark.parametrize(
    "body",
    [
        "Peru asked Chile about the border.",
        "The Chilean envoy was asked by journalists about the border on Monday.",
    ],
)
def test_asking_about_something_is_a_question_not_a_request(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REQUEST"]


def test_whose_party_acts_does_nothing_to_its_member():
    events, _ = _events("Mr Kennedy, whose party opposes the plan, spoke in Peru on Monday.")
    assert not any("Kennedy" in e[2] for e in events)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Liam Fox gave a speech criticising Tony Blair's handling of the health service.",
            ("ACCUSE", ("Liam Fox",), ("Tony Blair",), False, False),
        ),
        (
            "Senator Ana Rojas opened the congress with a speech criticising Carlos Mesa's record.",
            ("ACCUSE", ("Ana Rojas",), ("Carlos Mesa",), False, False),
        ),
        (
            "In a letter urging Carlos Mesa to step aside, Senator Ana Rojas said he had failed.",
            ("REQUEST", ("Ana Rojas",), ("Carlos Mesa",), False, False),
        ),
    ],
)
def test_a_speech_criticising_someone_is_its_speakers_criticism(body, expected):
    events, _ = _events(body)
    assert expected in events


def test_it_that_is_denied_is_a_claim_not_the_body_named_before():
    events, _ = _events(
        "Reports said the Treasury had hidden the money. It was immediately denied by Peru."
    )
    assert not any(e[0] == "REJECT" and e[2] for e in events)


def test_a_report_speaks_for_the_body_its_committee_is_of():
    events, _ = _events(
        "A report by two committees of MPs called on Friday for swift reforms of the law."
    )
    assert any(e[0] == "REQUEST" and e[1] == ("MPs",) for e in events)


def test_a_call_the_model_took_for_a_participle_is_the_callers_act():
    events, _ = _events(
        "Ann Porter, chairman of the Commission for Fair Trade, called on Mr Hale to drop the plan."
    )
    assert ("REQUEST", ("Ann Porter",), ("Hale",), False, False) in events


@pytest.mark.parametrize(("body", "event"), [
    ("Ministers offered last minute changes to the bill on Tuesday.",
     ("CONCEDE", ("Ministers",), (), False, False)),
    ("The plan was passed despite a rebellion by 34 Labour MPs.",
     ("REJECT", ("Labour MPs",), (), False, False)),
    ("Forty Tory MPs rebelled against the whip on the vote.",
     ("REJECT", ("Tory MPs",), (), False, False)),
])  # fmt: skip
def test_changes_offered_concede_and_a_rebellion_rejects(body, event):
    events, _ = _events(body)
    assert event in events


@pytest.mark.parametrize(("body", "event"), [
    (('"Asia must act," said French finance minister Paul Girard, after a meeting with his '
      "German counterpart Hans Ebert."),
     ("CONSULT", ("Paul Girard",), ("Hans Ebert",), False, False)),
    ("After talks with Peru, the Chilean president said the border would reopen.",
     ("CONSULT", ("Chilean president",), ("Peru",), False, False)),
])  # fmt: skip
def test_a_meeting_that_times_a_clause_is_its_subjects(body, event):
    events, _ = _events(body)
    assert event in events


def test_a_meeting_between_others_that_times_a_clause_is_theirs():
    events, _ = _events(
        "Chile and Peru signed a trade deal during a meeting between Ana Rojas and Luis Vega."
    )
    consults = [e for e in events if e[0] == "CONSULT"]
    assert consults
    assert all("Chile" not in e[1] for e in consults)


def test_a_dative_to_names_the_recipient():
    # The parse marks this "to" as a dative, not a preposition.
    events, _ = _events("Robin Hale gave his support to Mr Brown's ambitions.")
    assert ("SUPPORT", ("Robin Hale",), ("Brown",), False, False) in events


def test_a_bare_verb_in_a_list_of_options_is_no_act():
    events, _ = _events(
        "He said the Greens could block Labour in three ways: lend support to the "
        "minority government, help draw up its programme, or join a coalition."
    )
    assert all(e[4] for e in events if e[0] == "SUPPORT")
    assert any(e[0] == "SUPPORT" for e in events)


def test_an_act_with_no_doer_found_is_left_out_unless_its_doer_may_go_unnamed():
    events, _ = _events("Economic migration has helped Britain, the minister said on Monday.")
    assert not [e for e in events if e[0] == "AID"]
    events, _ = _events("Tom Hale was freed from prison in July.")  # a passive: no doer named
    assert ("RETREAT", (), ("Tom Hale",), False, False) in events
    events, _ = _events("Gunmen attacked the embassy in Kabul, killing two guards.")
    assert any(e[0] == "ASSAULT" for e in events)


def test_a_meeting_between_the_ministers_of_two_countries_is_theirs():
    events, _ = _events(
        "A meeting between the foreign ministers of Chile and Peru in Lima ended with a "
        "promise to meet again."
    )
    consults = [e for e in events if e[0] == "CONSULT"]
    assert consults
    assert set(consults[0][1]) == {"Chile", "Peru"}


def test_a_protest_by_an_unnamed_crowd_is_kept():
    # The crowd is people (people_words.tsv), the protest's doer though no one names it.
    events, _ = _events("Crowds rallied against the Armenian government in Yerevan on Sunday.")
    assert ("PROTEST", ("Crowds",), ("Armenia",), False, False) in events


def test_a_protest_by_a_crowd_told_by_its_size_is_the_crowds():
    events, _ = _events("Thousands rallied against the Armenian government in Yerevan on Sunday.")
    assert ("PROTEST", ("Thousands",), ("Armenia",), False, False) in events


@pytest.mark.parametrize(("body", "speaker"), [
    ("Mr Hale said his party's proposals on migration were not racist.", "Hale"),
    ("Concessions on the bill were not a political ploy, the minister has said.", "minister"),
])  # fmt: skip
def test_a_charge_denied_in_a_quote_is_a_rejection(body, speaker):
    events, _ = _events(body)
    assert ("REJECT", (speaker,), (), False, False) in events


@pytest.mark.parametrize("body", [
    'Deputy minister Ann Hale said: "We don\'t think we got our budget sums wrong."',
    'Deputy minister Ann Hale said: "I do not believe our housing policy is racist."',
])  # fmt: skip
def test_a_speakers_denied_belief_in_a_charge_against_her_side_rebuts_it(body):
    events, _ = _events(body)
    assert [e for e in events if e[0] == "REJECT" and e[1] == ("Ann Hale",)], events


@pytest.mark.parametrize("body", [
    # Another's belief denied, or a judgement of someone else named, rebuts nothing.
    'Deputy minister Ann Hale said: "They don\'t think we got our budget sums wrong."',
    'Deputy minister Ann Hale said: "I don\'t think Tom Reyes was wrong to resign."',
])  # fmt: skip
def test_no_rebuttal_in_a_belief_not_the_speakers_or_of_another(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REJECT"], events


def test_a_negation_further_up_denies_no_charge():
    events, _ = _events(
        'Mr Hale said: "They would not go public and things started to go badly wrong."'
    )
    assert not [e for e in events if e[0] == "REJECT"]


def test_a_judgement_a_denial_names_is_no_charge_of_its_own():
    events, _ = _events(
        "But the home secretary said she had discussed the rumours with her deputy and "
        'dismissed them as a "load of nonsense".'
    )
    assert ("REJECT", ("home secretary",), (), False, False) in events
    assert not [e for e in events if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "actor", "charged"), [
    (("An investigation by the Ethics Board is under way following allegations that Mayor "
      "Tom Reyes has misused council funds."), "Ethics Board", "Tom Reyes"),
    ("Police launched an inquiry into claims that Mr Tarrant had lied about his expenses.",
     "Police", "Tarrant"),
    # The inquiry is a body of its own, as the Ethics Board is.
    (("The separate inquiry by Sir Peter Rowe is investigating whether the minister helped "
      "speed up a licence for a donor."), "separate inquiry", "minister"),
])  # fmt: skip
def test_an_inquiry_charges_whom_the_allegations_it_follows_are_about(text, actor, charged):
    events, _ = _events(text)
    assert ("ACCUSE", (actor,), (charged,), False, False) in events


def test_his_or_her_on_the_object_is_the_person_named_before_it():
    events, _ = _events(
        "The minister said Ms Adeyemi would keep her post, and praised her work on the flood "
        "defences."
    )
    assert ("SUPPORT", ("minister",), ("Adeyemi",), False, False) in events
    events, _ = _events("Mr Lee defended his record on housing.")
    assert ("SUPPORT", ("Lee",), (), False, False) in events


@pytest.mark.parametrize("text", [
    ('A spokeswoman for the Post Office said: "We are investigating a glitch at the sorting '
     'office in Carlow."'),
    "Detectives are investigating the circumstances of the blaze, she said.",
])  # fmt: skip
def test_investigating_what_went_wrong_charges_no_one(text):
    events, _ = _events(text)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_investigating_someone_is_still_a_charge():
    events, _ = _events("Police in Ohio are investigating Mr Tarrant over the missing funds.")
    assert ("ACCUSE", ("Police",), ("Tarrant",), False, False) in events


def test_saying_one_will_sue_another_threatens_them():
    events, _ = _events(
        "The Swedish firm Nordport Ferries has said it will sue Atlas Air for damages."
    )
    assert ("THREATEN", ("Nordport Ferries",), ("Atlas Air",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "If the deal fails, Nordport Ferries would sue Atlas Air.",
        "Nordport Ferries may sue Atlas Air.",
    ],
)
def test_a_lawsuit_only_supposed_threatens_no_one(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "THREATEN"]


def test_a_threat_to_sue_is_told_once():
    events, _ = _events("The Danish firm Brekke Shipping has threatened to sue Atlas Air.")
    assert len([e for e in events if e[0] == "THREATEN"]) == 1


@pytest.mark.parametrize(
    "body",
    [
        "On a visit to Kiev, the financier Ferenc Halmi was pelted with eggs by protesters.",
        "Students pelted Education Minister Jana Novak with tomatoes outside the university.",
    ],
)
def test_pelting_someone_is_a_protest_at_them(body):
    events, _ = _events(body)
    assert any(e[0] == "PROTEST" and e[1] and e[2] for e in events)


@pytest.mark.parametrize(
    ("body", "doer", "done_to"),
    [
        (
            "The European Commission is to investigate Nordport Ferries over its fares.",
            "European Commission",
            "Nordport Ferries",
        ),
        (
            "The Green Party is to be investigated by the Electoral Commission over a donation.",
            "Electoral Commission",
            "Green Party",
        ),
    ],
)
def test_an_inquiry_a_report_says_is_to_be_held_is_opened(body, doer, done_to):
    events, _ = _events(body)
    charges = [e for e in events if e[0] == "ACCUSE"]
    assert charges
    assert charges[0][1:3] == ((doer,), (done_to,))
    assert not charges[0][4]


@pytest.mark.parametrize(
    "body",
    [
        "The European Commission will investigate Nordport Ferries over its fares.",
        "The European Commission is set to investigate Nordport Ferries.",
    ],
)
def test_an_inquiry_only_foretold_stays_a_plan(body):
    events, _ = _events(body)
    charges = [e for e in events if e[0] == "ACCUSE"]
    assert charges
    assert all(e[4] for e in charges)


def test_should_be_sufficient_forecasts_and_asks_nothing():
    events, _ = _events(
        "Ms Hollis said she believed the changes she had made to the bill should be sufficient "
        "to satisfy her critics."
    )
    assert not [e for e in events if e[0] == "REQUEST"]
    events, _ = _events("Mr Pell said ministers should open the new rules to every school.")
    assert [e for e in events if e[0] == "REQUEST"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Irish prime minister Sean Hale is among those who have demanded a public apology.",
     "Sean Hale"),
    ("Among those who have attacked the new rules is the country's top policeman Sir Ian Ward.",
     "Ian Ward"),
])  # fmt: skip
def test_one_among_those_who_acted_is_the_actor(text, actor):
    events, _ = _events(text)
    assert [e for e in events if e[1] == (actor,)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Nordtel is one of several firms that have worked closely with the Kenyan government.",
     "Nordtel"),
    ("The Greens were among the parties that attacked the Irish government on Monday.",
     "Greens"),
])  # fmt: skip
def test_one_of_a_kind_who_acted_is_the_actor(text, actor):
    # The firms or parties only say what kind the subject is; the subject did it.
    events, _ = _events(text)
    assert [e for e in events if e[1] == (actor,)]
    assert not [e for e in events if e[1] in (("firms",), ("parties",))]


@pytest.mark.parametrize("text", [
    "The outgoing governor, Ruth Amsel, steps down on 16 January.",
    "Mr Pell meets the Chinese premier on Thursday to discuss the deal.",
])  # fmt: skip
def test_a_simple_present_with_its_day_is_a_timetable(text):
    events, _ = _events(text)
    assert events
    assert all(e[4] for e in events)


def test_a_past_tense_with_its_day_is_done():
    events, _ = _events("Mr Pell met the Chinese premier on Thursday to discuss the deal.")
    assert ("CONSULT", ("Pell",), ("Chinese premier",), False, False) in events


def test_declining_an_offer_rejects_whoever_made_it():
    events, _ = _events("Bolivia declined the Paris Club's offer of a freeze on its debts.")
    assert ("REJECT", ("Bolivia",), ("Paris Club",), False, False) in events


def test_a_mocking_welcome_is_no_support():
    events, _ = _events(
        "The opposition leader sarcastically welcomed the finance minister back to the campaign "
        "on Tuesday."
    )
    assert not [e for e in events if e[0] == "SUPPORT"]
    events, _ = _events("The opposition leader warmly welcomed the finance minister's plan.")
    assert [e for e in events if e[0] == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "The Senate finance committee met in Lima on Tuesday. It urged ministers to act.",
    "A report by the Senate finance committee came out on Tuesday. It urged ministers to act.",
])  # fmt: skip
def test_a_speaking_it_is_the_body_before_it(text):
    events, _ = _events(text)
    (request,) = [e for e in events if e[0] == "REQUEST"]
    # The committee is a body of its own, apart from the chamber.
    assert request[1] == ("Senate finance committee",)
    assert request[2] == ("ministers",)


@pytest.mark.parametrize(
    ("text", "kind", "writer"),
    [
        (
            (
                "A report by the Institute for Fiscal Studies says the scheme was costed on faulty"
                " figures. Rising wages could push the cost up by another £90m by 2030, the report"
                " warned."
            ),
            "ACCUSE",
            "Institute for Fiscal Studies",
        ),
        (
            (
                "A letter from the Chilean Medical Association reached the health ministry on"
                " Friday. The letter urged the health minister, Carla Vidal, to scrap the new fees."
            ),
            "REQUEST",
            "Chilean Medical Association",
        ),
    ],
)
def test_the_document_speaks_for_the_body_its_first_mention_said_wrote_it(text, kind, writer):
    events, _ = _events(text)
    assert [e[1] for e in events if e[0] == kind] == [(writer,)]


def test_a_report_speaking_on_as_it_is_not_the_body_it_spoke_of():
    # "the report said" closes words about the Home Office; the report is the
    # committee's, the body the lead names as its speaker.
    _, article = _events(
        "Hospital waiting lists have grown to record levels, a committee of MPs has warned. The"
        " Home Office knew of the delays, the report said on Friday. It questioned whether new"
        " clinics would ease the strain."
    )
    names = {a.id: a.name for a in article.actors}
    (question,) = [e for e in article.events if e.trigger == "questioned"]
    assert [names[i] for i in question.actor] == ["committee"]


def test_an_it_after_some_other_thing_is_left_unread():
    events, _ = _events(
        "The fund has been accused of helping to topple Peru's president. It denies any role."
    )
    assert not [e for e in events if e[0] == "REJECT" and e[1]]


def test_a_statement_event_tells_where_its_date_and_place_come_from():
    _, article = _events(
        "Speaking in Valparaiso on Monday, the Chilean opposition leader Ana Rojas said the"
        " Peruvian government should withdraw its claim."
    )
    (demand,) = [e for e in article.events if e.quote is not None and e.type == "REQUEST"]
    assert any(step.startswith("date: ") for step in demand.explanation)
    assert any(step.startswith("place: ") for step in demand.explanation)


@pytest.mark.parametrize(
    "body",
    [
        "The Chilean government is seizing the tools it was given to cut truancy.",
        "Chile seized the moment and pressed its claim.",
        "Peruvian firms executed their plans well last year.",
    ],
)
def test_seizing_a_chance_or_executing_a_plan_is_no_act_of_force(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("COERCE", "ASSAULT", "ACCUSE")]


def test_a_wrong_told_in_the_passive_accuses_its_agent_not_its_victim():
    found, _ = _statements(
        "Farmers' leader Jan Visser said villagers had been misled by Governor Petra Holm."
    )
    assert ("ACCUSE", ("Jan Visser",), ("Petra Holm",)) in found
    assert not any(recipients and "villagers" in recipients[0] for _, _, recipients in found)


def test_a_wrong_a_speaker_denies_is_no_charge_of_theirs():
    found, _ = _statements(
        "Army spokesman Colonel Lev Arkin denied that civilians had been harmed in the raid."
    )
    assert not any(kind == "ACCUSE" for kind, _, _ in found)


def test_a_bare_verb_joined_to_an_asked_for_infinitive_is_asked_for_too():
    _, article = _events(
        "The rebels called on the Security Council to impose an arms embargo and condemn the "
        "army's attacks."
    )
    # (A ban on no one named is no event at all: a sanction is done to someone.)
    condemned = [e for e in article.events if e.trigger == "condemn"]
    assert condemned
    assert all(e.hypothetical for e in condemned)


def test_distancing_oneself_from_someone_rejects_them():
    found, _ = _events(
        "Cardinal Paul Aldous backed the Tory stance on Sunday and distanced himself from the "
        "Labour Party."
    )
    assert ("REJECT", ("Paul Aldous",), ("Labour Party",)) in [f[:3] for f in found]


def test_a_counted_group_the_text_then_names_is_its_members():
    events, _ = _events(
        "Hanse Shipping has sued three rival firms over the port tender. "
        "The three firms named in the suit are Nordline Ltd, Baltic Freight Group and "
        "Kestrel Logistics."
    )
    sued = [e for e in events if e[0] == "ACCUSE"]
    assert sued
    assert set(sued[0][2]) == {"Nordline Ltd", "Baltic Freight Group", "Kestrel Logistics"}


@pytest.mark.parametrize(
    ("body", "kind", "trigger"),
    [
        ("Bolivian miners took to the streets of La Paz on Monday.", "PROTEST",
         "took to streets"),
        ("The Texas engineering firm Corvex pleaded guilty to bribing officials in Peru.",
         "CONCEDE", "pleaded guilty"),
    ],
)  # fmt: skip
def test_a_light_verb_with_its_adjective_or_prepositional_noun_is_one_cue(body, kind, trigger):
    _, article = _events(body)
    assert [(e.type, e.trigger) for e in article.events] == [(kind, trigger)]


@pytest.mark.parametrize(
    "body",
    [
        "The Peruvian banker Luis Ortega pleaded not guilty to fraud.",
        "Mr Ortega took to the stage in Lima on Monday.",
    ],
)
def test_a_light_verb_without_its_own_word_makes_no_cue(body):
    _, article = _events(body)
    assert not [e for e in article.events if e.type in ("CONCEDE", "PROTEST")]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Lufthansa reacted angrily against the French fuel tax plans.", "REJECT"),
        ("Senator Ruth Oakes sought guidance from the ethics committee.", "REQUEST"),
    ],
)
def test_reacting_against_rejects_and_seeking_guidance_asks(body, kind):
    events, _ = _events(body)
    assert kind in [e[0] for e in events]


@pytest.mark.parametrize("feeling", ["anger", "alarm", "dismay"])
def test_reacting_with_a_feeling_of_dismay_accuses(feeling):
    events, _ = _events(
        "Mayor Tom Reeve unveiled plans to close the harbour."
        f" The Fishermen's Guild reacted with {feeling} to Mr Reeve's plans."
    )
    assert ("ACCUSE", ("Fishermen's Guild",), ("Tom Reeve",), False, False) in events


def test_raising_questions_about_a_deed_accuses():
    events, _ = _events(
        "Lawyer Ann Lowe raised questions about the Harbour Board's handling of the evidence."
    )
    assert ("ACCUSE", ("Ann Lowe",), ("Harbour Board",), False, False) in events


def test_reacting_with_relief_accuses_no_one():
    events, _ = _events(
        "Mayor Tom Reeve dropped plans to close the harbour."
        " The Fishermen's Guild reacted with relief to Mr Reeve's decision."
    )
    assert "ACCUSE" not in [e[0] for e in events]


def test_an_act_one_ought_to_have_done_is_not_done():
    events, _ = _events("Labour MP Dan Rook said his colleague Tom Black ought to have resigned.")
    resignations = [e for e in events if e[0] == "RETREAT"]
    assert resignations
    assert all(e[4] for e in resignations)


def test_talks_that_set_the_time_of_a_plan_called_off_took_place():
    events, _ = _events(
        "After talks with the Welsh health board, Hereford Hospital Trust called off its plan."
    )
    consults = [e for e in events if e[0] == "CONSULT"]
    assert consults
    assert not any(e[4] for e in consults)


def test_a_speaker_who_needs_another_to_act_asks_it_of_them():
    found, _ = _statements(
        '"We need the Senate to set up a special committee," said Senator Ruth Oakes.'
    )
    assert ("REQUEST", ("Ruth Oakes",), ("Senate",)) in found


def test_a_quoted_cue_the_model_lemmatises_wrongly_still_counts():
    found, _ = _statements('Mr Paul Grey said the new rota was "a shambles".')
    assert ("ACCUSE", ("Paul Grey",), ()) in found


def test_a_judgement_of_what_someone_did_accuses_the_doer_its_clause_names():
    found, _ = _statements(
        "Opposition spokesman Paul Grey said the way the Welsh Assembly Government had "
        'handled the dispute was "a shambles".'
    )
    assert ("ACCUSE", ("Paul Grey",), ("Welsh Assembly Government",)) in found


def test_a_speaker_who_says_it_is_being_punished_accuses_whoever_does_it():
    found, _ = _statements(
        "The oil company Vostok Energy says it is being punished because its chairman "
        "backed the opposition."
    )
    assert ("ACCUSE", ("Vostok Energy",), ()) in found


def test_a_wrong_done_in_the_passive_to_someone_else_with_no_doer_gives_no_charge():
    found, _ = _statements("Senator Ruth Oakes said the committee may have been misled.")
    assert not any(kind == "ACCUSE" for kind, _, _ in found)


def test_a_quoted_duty_not_done_accuses_rather_than_asks():
    found, _ = _statements(
        "Tory MP Helen Drake said Defence Secretary Owen Pryce should have told MPs about "
        "the contract."
    )
    assert ("ACCUSE", ("Helen Drake",), ("Owen Pryce",)) in found
    assert not any(kind == "REQUEST" for kind, _, _ in found)


def test_a_speaker_who_says_they_did_nothing_wrong_rejects_the_charge():
    found, _ = _statements(
        "Scottish Tory leader Ewan Blair said he had done nothing wrong and would not resign."
    )
    assert ("REJECT", ("Ewan Blair",), ()) in found


def test_nothing_wrong_said_of_someone_else_rejects_no_charge_of_the_speaker():
    found, _ = _statements(
        "Labour MP Dan Rook said Transport Minister Ivy Lund had done nothing wrong."
    )
    assert not any(kind == "REJECT" for kind, _, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        'Scottish Tory leader Ewan Blair said: "These allegations are completely unfounded."',
        "Scottish Tory leader Ewan Blair said the claims in the newspaper were baseless.",
    ],
)
def test_a_speaker_who_calls_a_claim_unfounded_rejects_it(body):
    found, _ = _statements(body)
    assert ("REJECT", ("Ewan Blair",), ()) in found


def test_a_claim_said_not_to_be_untrue_rejects_nothing():
    found, _ = _statements("Scottish Tory leader Ewan Blair said the claims were not untrue.")
    assert not any(kind == "REJECT" for kind, _, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        "Rebels broke the ceasefire in the north on Monday.",
        "Washington scrapped the arms treaty with Moscow.",
        "The textile agreement was scrapped at midnight.",
        "Chile and Peru settled the bill for the survey.",
    ],
)
def test_what_is_broken_scrapped_or_paid_off_is_no_agreement(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize(
    ("body", "rejects"),
    [
        ("The court denied him bail on Monday.", False),
        ("The new charges are denying families choice, Ms Hale said.", False),
        ("The minister denied the claims on Monday.", True),
        ("Mr Ruiz denied that he had met the rebels.", True),
    ],
)
def test_denying_someone_something_withholds_it_and_rejects_no_claim(body, rejects):
    events, _ = _events(body)
    assert any(e[0] == "REJECT" for e in events) == rejects


def test_a_side_that_suspends_its_own_plan_sanctions_no_one():
    events, _ = _events(
        "Hartley General Hospital has suspended plans to stop treating patients from Powys."
    )
    assert not [e for e in events if e[0] == "SANCTION"]
    events, _ = _events("The European Union suspended aid to Zambia on Monday.")
    assert [e for e in events if e[0] == "SANCTION"]


def test_his_on_the_object_of_several_doers_is_someone_named_before_them():
    events, _ = _events(
        "Ian Carver has returned to run the party's campaign. Health Secretary Ann Cole and "
        "Home Secretary Tim Hart have welcomed his return."
    )
    backed = [e for e in events if e[0] == "SUPPORT"]
    assert backed
    assert backed[0][2] == ("Ian Carver",)


def test_their_on_the_object_of_a_pair_of_doers_is_their_own():
    # Two states defending their own decision back no one named before them.
    events, _ = _events(
        "Chad recalled its envoy on Monday. Mali and Niger defended their decision "
        "to close the border."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[2]]


def test_their_before_its_clauses_subject_is_that_subjects_not_a_pair_told_before():
    events, _ = _events(
        "Farmers and fishermen marched in Lima. At their summit in Lima, Andean trade "
        "ministers backed plans to cut tariffs."
    )
    talks = [e for e in events if e[0] == "CONSULT"]
    assert talks
    assert all(e[1] == ("Andean trade ministers",) for e in talks)


def test_their_on_a_noun_after_a_pair_of_subjects_is_both_of_theirs():
    events, _ = _events("Peru and Chile resumed their border dialogue on Monday.")
    assert any(e[0] == "CONSULT" and set(e[1]) == {"Peru", "Chile"} for e in events)


@pytest.mark.parametrize(
    ("body", "hypothetical"),
    [
        # A bare verb joined to one with "will" is as much to come.
        (
            "The Green leader will attack the budget in Leeds and call for a new tax on flights.",
            True,
        ),
        # One with a tense of its own was done.
        (
            "The Green leader attacked the budget in Leeds and called for a new tax on flights.",
            False,
        ),
    ],
)
def test_a_verb_joined_to_a_modal_one_shares_its_modal(body, hypothetical):
    events, _ = _events(body)
    assert [e[4] for e in events if e[0] == "REQUEST"] == [hypothetical]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # Agreeing with a view or a plan takes its side.
        (
            (
                "The Educational Institute of Scotland said it agreed in principle with the "
                "minister's plans."
            ),
            "SUPPORT",
        ),
        ("Lord Ashby said he agreed with Mr Crane's view of the bill.", "SUPPORT"),
        # Agreeing with someone on, or to do, something is an agreement.
        ("Chile said it had agreed with Peru on opening new border crossings.", "AGREE"),
        ("Chile agreed with Peru to cut tariffs on copper.", "AGREE"),
    ],
)
def test_agreeing_with_someone_on_nothing_is_support(body, kind):
    events, _ = _events(body)
    assert [e[0] for e in events if e[0] in ("AGREE", "SUPPORT")] == [kind]


@pytest.mark.parametrize(
    ("body", "sanctions"),
    [
        ("The Treasury froze the bank accounts of two Belarusian firms on Monday.", 1),
        # Debts, duties and rates are frozen far more often than assets.
        ("The Paris Club of creditor nations froze the debts owed by Sri Lanka.", 0),
    ],
)
def test_freezing_is_a_sanction_only_of_assets_accounts_or_funds(body, sanctions):
    events, _ = _events(body)
    assert len([e for e in events if e[0] == "SANCTION"]) == sanctions


def test_neither_negates_what_it_opens():
    events, _ = _events("Peru neither met Chile's envoy nor attacked its claims.")
    assert [(e[0], e[3]) for e in events] == [("CONSULT", True), ("ACCUSE", True)]


def test_a_judgement_under_neither_is_denied():
    found, _ = _statements(
        'Lord Hames, who chaired the review, said: "Whilst we accept that most horse racing '
        'is neither crooked nor unfair to the public, our findings show the risk has grown."'
    )
    assert found == []


@pytest.mark.parametrize(
    ("body", "hypothetical"),
    [
        # What a deal would be, if a condition holds, was not yet signed.
        (
            (
                "If the cabinet approves the bid, this will be the first contract that Peru "
                "has signed with a Korean mining firm."
            ),
            True,
        ),
        ("This is the first contract Bolivia has signed with a Korean mining firm.", False),
        ("The contract that Chile signed with a Korean mining firm will boost output.", False),
    ],
)
def test_a_relative_clause_on_what_would_be_is_hypothetical(body, hypothetical):
    events, _ = _events(body)
    assert [e[4] for e in events if e[0] == "AGREE"] == [hypothetical]


def test_a_recommendation_is_a_request():
    events, _ = _events(
        "The World Health Organization recommended that Peru close its schools for a week."
    )
    assert any(e[0] == "REQUEST" and e[1] == ("World Health Organization",) for e in events)


def test_acknowledging_a_failing_is_a_concession():
    events, _ = _events(
        "The health secretary acknowledged that waiting lists in Cardiff had grown too long."
    )
    assert [e[0] for e in events] == ["CONCEDE"]


def test_a_plan_that_meets_with_disapproval_meets_no_one():
    events, _ = _events(
        "The Peruvian minister's pension plans have met with disapproval from the unions."
    )
    assert not any(e[0] == "CONSULT" for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "Lord Hale, the retired banker, gave £400,000 to the Green Party in March.",
        "The banker Lord Hale gave the Green Party a sum of £400,000 last month.",
    ],
)
def test_a_sum_of_money_given_to_a_party_is_aid(body):
    events, _ = _events(body)
    assert ("AID", ("Hale",), ("Green Party",), False, False) in events


def test_a_sum_given_to_no_one_named_is_no_event():
    events, _ = _events("The farmer Tom Rowe gave £90,000 in the last quarter of the year.")
    assert not [e for e in events if e[0] == "AID"]


def test_giving_a_speech_is_no_aid():
    events, _ = _events("The farmer Tom Rowe gave a speech to the Green Party on Monday.")
    assert not [e for e in events if e[0] == "AID"]


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Opposition leader Tom Rowe derided the Labour campaign on Monday.", "Labour Party"),
        (
            "Opposition leader Tom Rowe ridiculed Anna Bright over the clinic closures.",
            "Anna Bright",
        ),
        (
            "Opposition leader Tom Rowe rounded on Anna Bright over the clinic closures.",
            "Anna Bright",
        ),
        (
            "Opposition leader Tom Rowe tore into Anna Bright over the clinic closures.",
            "Anna Bright",
        ),
    ],
)
def test_scorn_and_ridicule_are_charges(body, target):
    events, _ = _events(body)
    assert ("ACCUSE", ("Tom Rowe",), (target,), False, False) in events


def test_opposition_from_a_side_is_its_rejection_of_whoever_faces_it():
    events, _ = _events(
        "The government faced fierce opposition from the unions over the pension plan."
    )
    assert ("REJECT", ("unions",), ("government",), False, False) in events


def test_fighting_opposition_is_undergoing_it_not_opposing():
    events, _ = _events("The retailer Bigmart is fighting opposition to new stores in Ohio.")
    assert not [e for e in events if e[0] == "REJECT" and e[1] == ("Bigmart",)]


def test_a_party_in_opposition_rejects_nothing():
    events, _ = _events("Labour spent eighteen years in opposition before the landslide.")
    assert not [e for e in events if e[0] == "REJECT"]


def test_two_bodies_the_parse_joins_as_one_name_are_both_actors():
    events, _ = _events("Both the IMF and World Bank urged Ghana to cut its fuel subsidies.")
    requests = [e for e in events if e[0] == "REQUEST"]
    assert requests
    assert set(requests[0][1]) == {"World Bank", "International Monetary Fund"}


def test_the_opposition_as_a_body_still_rejects_by_its_verb():
    events, _ = _events("The Tory leader Tom Rowe said the opposition rejected the port plan.")
    assert [e for e in events if e[0] == "REJECT" and e[1]]


def test_donations_that_came_from_a_side_were_given_by_it_to_their_owner():
    events, _ = _events("The majority of the Green Party's donations came from farmers' unions.")
    gifts = [e for e in events if e[0] == "AID"]
    assert gifts
    assert gifts[0][2] == ("Green Party",)
    assert gifts[0][1]
    assert "Green Party" not in gifts[0][1]


@pytest.mark.parametrize(
    "body",
    [
        "The Chilean trade minister Rosa Vargas agreed the new tariffs were too high.",
        "Peru's trade minister Rosa Vargas agreed, but said the border must stay shut.",
    ],
)
def test_one_side_assenting_to_a_view_is_no_agreement(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AGREE"]


def test_agreeing_to_act_is_still_an_agreement():
    events, _ = _events("The Chilean trade minister Rosa Vargas agreed to lift the new tariffs.")
    assert [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize(
    "body",
    [
        "The audit report urged the Chilean navy to publish its accounts by March.",
        "Members urged the Chilean navy to publish its accounts by March.",
    ],
)
def test_a_doer_named_as_no_actor_leaves_no_event_without_its_actor(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REQUEST" and not e[1]]


def test_a_passive_verb_still_leaves_its_doer_unsaid():
    events, _ = _events("The Chilean navy was accused of negligence over the port fire.")
    assert [e for e in events if e[0] == "ACCUSE" and not e[1] and e[2] == ("Chilean navy",)]


@pytest.mark.parametrize(
    "body",
    [
        '"There should be a real debate about the port," Chilean minister Rosa Vargas said.',
        '"Firm steps should be taken to tackle the problem," finance minister Rosa Vargas said.',
    ],
)
def test_a_view_in_a_quote_that_asks_no_one_is_no_demand(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "body",
    [
        "Chile has suspended gun sales in its northern provinces.",
        "Firms that break the Chilean law risk jail terms of up to ten years.",
    ],
)
def test_a_sanction_with_no_one_as_its_target_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "SANCTION"]


def test_a_sanction_on_someone_is_kept():
    events, _ = _events("Peru has suspended the Chilean ambassador.")
    assert [e for e in events if e[0] == "SANCTION" and e[2] == ("Chilean ambassador",)]


def test_one_asked_in_a_passive_infinitive_is_asked_not_asking():
    # With no asker named a real request is no event (test_no_one_named.py); one hoped for stays.
    events, _ = _events("The Ghanaian envoy hopes to be invited to the summit in Lagos.")
    requests = [e for e in events if e[0] == "REQUEST"]
    assert requests
    assert all(not e[1] and e[2] for e in requests)
    events, _ = _events(
        "Mr Okafor said he was proud to be asked by President Tinubu to chair the Nigerian inquiry."
    )
    requests = [e for e in events if e[0] == "REQUEST"]
    assert requests
    assert all(e[2] == ("Okafor",) and "Okafor" not in e[1] for e in requests)


@pytest.mark.parametrize(
    "body",
    [
        "The Danish brewer Nordhavn blamed a weaker pound for its lower sales.",
        "Kenya's energy minister blamed the fall in output on strikes at the port.",
        "The Kenyan lender Umoja Bank makes most of its loans to small farms.",
    ],
)
def test_blame_or_a_loan_with_no_one_it_is_done_to_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("ACCUSE", "AID")]


def test_blame_laid_on_someone_is_a_charge():
    events, _ = _events("Kenya's energy minister blamed the Ugandan government for the shortage.")
    assert [e for e in events if e[0] == "ACCUSE" and e[2]]


@pytest.mark.parametrize(
    "body",
    [
        "The Ghanaian bank will pay the fine once the Nigerian government approves the merger.",
        "The Ghanaian bank said it will pay the fine, once Nigeria approves the merger.",
        "Mr Mensah will fly home after he meets the Nigerian president.",
    ],
)
def test_a_time_clause_under_a_verb_still_to_come_is_still_to_come(body):
    events, _ = _events(body)
    assert not [e for e in events if not (e[3] or e[4])]


def test_a_time_clause_under_a_past_verb_tells_what_happened():
    events, _ = _events("Mr Mensah flew home after he met the Nigerian president.")
    assert [e for e in events if e[0] == "CONSULT" and not e[4]]


@pytest.mark.parametrize(
    "body",
    [
        "Mr Mensah will claim the Nigerian plans are simply wrong.",
        "In his speech on Friday, Mr Mensah will say the Nigerian government has been reckless.",
        "Mr Mensah is expected to say the Nigerian government should reopen the border.",
    ],
)
def test_what_a_speech_still_to_come_will_say_has_not_happened(body):
    events, _ = _events(body)
    said = [e for e in events if e[0] in ("ACCUSE", "REJECT", "REQUEST") and e[1] == ("Mensah",)]
    assert said
    assert all(e[4] for e in said)


def test_what_a_speech_said_did_happen():
    events, _ = _events("Mr Mensah said the Nigerian government had been reckless.")
    assert [e for e in events if e[0] == "ACCUSE" and not e[4]]


@pytest.mark.parametrize(
    "body",
    [
        "The Kenyan finance minister pledged an extra £105m for border security.",
        "The Kenyan finance minister pledged billions of shillings for improving schools.",
    ],
)
def test_money_pledged_for_a_purpose_at_home_is_no_aid(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AID"]


@pytest.mark.parametrize(
    "body",
    [
        "Japan pledged $500m for the tsunami victims.",
        "Norway pledged £20m in aid.",
        "Norway pledged £20m for Africa.",
    ],
)
def test_money_pledged_for_people_in_need_is_aid(body):
    events, _ = _events(body)
    assert [e for e in events if e[0] == "AID"]


_KENYAN_GOVERNMENT = (
    "The Kenyan government has approved the sale of the state bank. The government says"
    " the sale will raise money for schools. "
)


@pytest.mark.parametrize(
    "quote",
    [
        '"Real household incomes should continue to grow," said Mr Odhiambo of the bank.',
        "Mr Odhiambo of the bank said there should be adequate supplies of maize this year.",
    ],
)
def test_a_quoted_trend_or_supply_foretold_asks_nothing_of_the_government(quote):
    events, _ = _events(_KENYAN_GOVERNMENT + quote)
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_quoted_call_for_an_inquiry_still_asks_the_government():
    events, _ = _events(
        _KENYAN_GOVERNMENT
        + '"There should be a public inquiry into the deal," said Kenyan opposition leader'
        " Mr Odhiambo."
    )
    assert [e for e in events if e[0] == "REQUEST" and e[2]]


@pytest.mark.parametrize("verb", ["pressed", "encouraged"])
def test_what_someone_is_pressed_to_do_has_not_happened(verb):
    events, _ = _events(f"Kenyan MPs {verb} the minister to resign.")
    assert [e[4] for e in events if e[0] == "RETREAT"] == [True]


def test_a_government_s_protest_is_a_complaint_and_a_crowd_s_is_a_protest():
    events, _ = _events(
        "Japan protested against the new fishing rules. "
        "Thousands of fishermen protested outside parliament."
    )
    types = {(kind, actors) for kind, actors, *_ in events}
    assert ("ACCUSE", ("Japan",)) in types
    assert not any(kind == "PROTEST" and actors == ("Japan",) for kind, actors in types)
    assert any(kind == "PROTEST" for kind, _ in types)


@pytest.mark.parametrize(
    "body",
    [
        "More than two million Danes have signed up for the new fibre broadband service.",
        "Twelve Norwegian ferry firms have signed up to the harbour booking scheme.",
    ],
)
def test_signing_up_for_a_service_or_scheme_is_no_deal(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AGREE"]


def test_signing_up_for_a_deal_is_still_one():
    events, _ = _events("Norsk Hydro signed up for a $2bn supply deal with Gazprom on Monday.")
    assert [e for e in events if e[0] == "AGREE" and e[1] == ("Norsk Hydro",)]


@pytest.mark.parametrize(
    "body",
    [
        "Vodafone also charges a £10 monthly fee for the service.",
        "Danish councils charge high levels of property tax, the minister said.",
        "Record label Nordisk signed artists including three Danish rock bands.",
    ],
)
def test_charging_a_fee_or_signing_artists_is_no_event(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("ACCUSE", "AGREE") and not e[3] and not e[4]]


def test_charging_someone_with_a_crime_still_accuses_them():
    events, _ = _events("Danish prosecutors charged the Telenor manager with fraud on Monday.")
    assert [e for e in events if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Danish firm Telenor routes phone calls across its rivals' networks.",
        'A Green Party spokesman said: "We ask everyone we phone up to vote for us."',
    ],
)
def test_a_phone_call_with_one_side_named_is_no_consultation(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "CONSULT"]


def test_a_phone_call_between_two_named_sides_is_one():
    events, _ = _events(
        "Danish Prime Minister Erik Sandberg phoned the Swedish prime minister on Monday."
    )
    assert [e for e in events if e[0] == "CONSULT" and e[1] == ("Erik Sandberg",)]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Games maker Nordisk Spil had a hit with Frostbite. Copies were shared online soon "
            "after it was released."
        ),
        "Denmark's film board praised the film. Cinemas sold out ahead of its release on Friday.",
    ],
)
def test_what_it_stands_for_is_a_thing_released_not_people_freed(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "RETREAT"]


def test_prisoners_released_by_a_state_are_still_freed():
    events, _ = _events("Iran released two British sailors on Friday.")
    assert ("RETREAT", ("Iran",), ("United Kingdom",), False, False) in events


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Denmark accused Sweden of attacking its fishing boats.", "ASSAULT"),
        ("Sweden has been accused of blocking Danish news sites by a press watchdog.", "COERCE"),
    ],
)
def test_a_deed_of_force_someone_is_accused_of_is_only_claimed(body, kind):
    events, _ = _events(body)
    assert [e for e in events if e[0] == "ACCUSE" and not e[4]]
    assert not [e for e in events if e[0] == kind and not (e[3] or e[4])]


def test_words_someone_is_accused_of_are_still_told():
    events, _ = _events("The Greens accused the minister of criticising the Swedish king.")
    assert ("ACCUSE", ("minister",), ("Swedish king",), False, False) in events


@pytest.mark.parametrize(
    "body",
    [
        "Many of the charities that Nordisk Bank supports are also taking online donations.",
        "Danish aid group Folkehjaelp is collecting donations for the flood victims.",
    ],
)
def test_who_takes_or_collects_donations_receives_them_and_gives_nothing(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "AID" and e[1]]


@pytest.mark.parametrize(
    "body",
    [
        "Danish games maker Nordisk Spil shut down the online accounts of 2,000 players.",
        "Telenor and Vodafone began blocking access to the Swedish website.",
    ],
)
def test_a_firm_blocking_or_shutting_things_down_coerces_no_one(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "COERCE"]


def test_a_state_shutting_down_websites_still_coerces():
    events, _ = _events("Chinese authorities shut down 700 websites in August.")
    assert [e for e in events if e[0] == "COERCE" and e[1] == ("China",)]


def test_the_subject_of_a_passive_given_an_event_undergoes_it():
    events, _ = _events("Danish singer Erik Sandberg was given a curfew by the court.")
    curfews = [e for e in events if e[0] == "COERCE"]
    assert curfews
    assert all(e[1] != ("Erik Sandberg",) for e in curfews)
    assert any(e[2] == ("Erik Sandberg",) for e in curfews)


def test_an_event_sought_by_a_campaign_to_secure_it_has_not_happened():
    events, _ = _events(
        "Swedish reporter Lars Berg was jailed in Iran. Danish campaigners held a day of action "
        "to secure his release."
    )
    assert not [e for e in events if e[0] == "RETREAT" and not (e[3] or e[4])]


def test_a_release_someone_managed_to_secure_happened():
    events, _ = _events("Danish diplomats managed to secure his release on Friday.")
    assert [e for e in events if e[0] == "RETREAT" and not (e[3] or e[4])]


@pytest.mark.parametrize(
    "body",
    [
        "Iran threatened countermeasures against Britain on Monday.",
        "Iran threatened serious consequences for Britain if the ship was not freed.",
    ],
)
def test_threatened_countermeasures_or_consequences_name_whom_they_threaten(body):
    events, _ = _events(body)
    assert ("THREATEN", ("Iran",), ("Britain",)) in {e[:3] for e in events}


def test_strikes_carried_out_by_warplanes_are_attacks_not_walkouts():
    events, _ = _events(
        "Dutch and Danish warplanes carried out strikes on rebel depots near the port of Velka."
    )
    assert any(e[0] == "ASSAULT" for e in events)
    assert not any(e[0] == "PROTEST" for e in events)


def test_a_charge_against_an_attack_told_before_is_made_of_its_doers():
    events, _ = _events(
        "A Moldovan missile hit a fuel depot in Ruvana on Sunday, killing three workers.\n\n"
        "President Anton Lescu of Romania condemned the attack."
    )
    assert ("ACCUSE", ("Anton Lescu",), ("Moldova",), False, False) in events


def test_a_charge_against_the_attack_is_made_of_the_doer_of_the_deed_told_as_one():
    events, _ = _events(
        "Gunmen attacked a police post in Varela on Monday, killing two officers.\n\n"
        "Kenyan troops clashed with fighters near the port on Sunday.\n\n"
        "The Haitian prime minister condemned the attack."
    )
    assert ("ACCUSE", ("Haitian prime minister",), ("Gunmen",), False, False) in events


def test_the_strikes_condemned_are_those_told_by_the_verb_struck():
    events, _ = _events(
        "Turkish jets struck several villages near Zakho on Thursday, a day after "
        "PKK fighters fired rockets at a border post.\n\n"
        "Iraq's foreign minister condemned the strikes."
    )
    assert ("ACCUSE", ("Iraq's foreign minister",), ("Türkiye",), False, False) in events


def test_who_claimed_responsibility_for_an_attack_did_it_and_who_denied_it_did_not():
    events, _ = _events(
        "The Ansar Brigade claimed responsibility for a car bomb that killed four Chilean"
        " soldiers near the border on Monday."
    )
    assert ("ASSAULT", ("Ansar Brigade",), ("Chilean soldiers",), False, False) in events
    events, _ = _events(
        "The Ansar Brigade denied responsibility for a car bomb that killed four Chilean"
        " soldiers near the border on Monday."
    )
    assert not [e for e in events if e[0] == "ASSAULT" and e[1]]


def test_a_charge_after_a_mediums_report_is_made_by_the_doer_it_reports():
    events, _ = _events(
        "Chile's government expelled the Peruvian ambassador on Friday, state television"
        " reported, accusing Lima of meddling in its elections."
    )
    assert ("ACCUSE", ("Chile",), ("Peru",), False, False) in events


def test_ground_taken_from_a_side_is_taken_from_them():
    events, _ = _events("Chilean troops recaptured the town of Arica from Peruvian rebels.")
    assert ("ASSAULT", ("Chilean troops",), ("Peruvian rebels",), False, False) in events


def test_an_it_set_deep_in_a_sentence_a_body_leads_is_that_body():
    events, _ = _events(
        "A Chinese coast guard ship rammed a Philippine supply boat on Monday, the Philippine"
        " military said.\n\n"
        "Manila summoned China's ambassador to protest against what it called reckless acts."
    )
    assert {e[1] for e in events if e[0] == "ACCUSE"} == {("Philippines",)}


def test_an_it_after_a_thing_seized_is_that_thing_not_a_body_named_before():
    events, _ = _events(
        "Chile's navy seized a foreign fishing boat on Thursday, accusing it of"
        " poaching, state media said."
    )
    assert [e[2] for e in events if e[0] == "ACCUSE"] == [()]


def test_summoning_a_charge_d_affaires_is_a_protest_to_their_state():
    events, _ = _events("Chile summoned the Peruvian charge d'affaires in Santiago on Friday.")
    assert ("ACCUSE", ("Chile",), ("Peruvian charge d'affaires",), False, False) in events


def test_returning_or_exchanging_fire_is_shooting():
    events, _ = _events("Chilean police exchanged fire with the gunmen for two hours on Sunday.")
    assert ("ASSAULT", ("Chilean police",), ("gunmen",), False, False) in events
    events, _ = _events("Chilean soldiers returned fire after the patrol came under attack.")
    assert ("ASSAULT", ("Chilean soldiers",), (), False, False) in events


def test_a_demand_rejected_is_refused_to_whoever_made_it():
    events, _ = _events(
        "Chile ordered the Peruvian ambassador to leave the country within 48 hours.\n\n"
        "Peru rejected the demand on Friday."
    )
    assert ("REJECT", ("Peru",), ("Chile",), False, False) in events


def test_a_charge_against_drills_is_made_of_the_state_that_staged_them():
    events, _ = _events(
        "Russia staged naval drills in the Baltic Sea on Tuesday.\n\n"
        "The Estonian prime minister condemned the drills."
    )
    assert ("ACCUSE", ("Estonian prime minister",), ("Russia",), False, False) in events


def test_a_charge_against_a_missile_launch_is_made_of_those_who_fired_it():
    events, _ = _events(
        "Pyongyang fired two cruise missiles towards the Yellow Sea on Monday.\n\n"
        "The Japanese defence minister condemned the launch."
    )
    assert ("ACCUSE", ("Japanese defence minister",), ("North Korea",), False, False) in events


def test_a_charge_against_an_execution_is_made_of_the_state_that_carried_it_out():
    events, _ = _events(
        "Belarus executed a former soldier on Tuesday.\n\n"
        "The Lithuanian foreign minister condemned the execution."
    )
    assert ("ACCUSE", ("Lithuanian foreign minister",), ("Belarus",), False, False) in events


def test_a_charge_against_a_step_taken_against_one_s_country_is_made_of_its_taker():
    events, _ = _events(
        "Norway expelled three Belarusian diplomats on Monday.\n\n"
        "Minsk condemned the decision, and Hungary criticised the move."
    )
    assert ("ACCUSE", ("Belarus",), ("Norway",), False, False) in events
    assert ("ACCUSE", ("Hungary",), ("Norway",), False, False) not in events


def test_a_charge_against_an_attack_names_no_one_when_no_doer_was_told():
    events, _ = _events(
        "A fuel depot in Ruvana burned on Sunday.\n\n"
        "President Anton Lescu of Romania condemned the attack."
    )
    assert all(not e[2] for e in events if e[0] == "ACCUSE")


def test_a_killing_told_after_a_charge_of_shelling_is_part_of_the_charge():
    events, _ = _events(
        "The army accused the rebels of shelling a clinic in Turan on Friday, "
        "killing nine patients and wounding twenty."
    )
    killings = [e for e in events if e[0] == "ASSAULT" and not e[4]]
    assert killings == []


def test_a_rejection_of_a_charge_told_before_is_aimed_at_its_maker():
    events, _ = _events(
        "The army accused the rebels of shelling a clinic in Turan on Friday.\n\n"
        "The rebels denied the charge and blamed the army."
    )
    assert ("REJECT", ("rebels",), ("army",), False, False) in events


def test_a_charge_the_accused_denies_was_still_made():
    events, _ = _events(
        "The Chilean government accused Peru of sending troops across the border, "
        "a charge Lima denies."
    )
    assert ("ACCUSE", ("Chile",), ("Peru",), False, False) in events
    assert all(e[4] for e in events if e[0] == "MOBILIZE")


def test_a_charge_the_accused_denies_is_rejected_against_its_maker():
    events, _ = _events(
        "Guyana has accused Venezuela of arming gangs on the border, a charge Caracas denies."
    )
    assert ("REJECT", ("Venezuela",), ("Guyana",), False, False) in events


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Protesters blocked the main bridge in Novi Sad on Saturday.", "PROTEST"),
        ("Israel blocked fuel deliveries to the north of the strip.", "COERCE"),
    ],
)
def test_a_blockade_by_a_crowd_is_a_protest_and_by_a_state_a_restriction(sentence, kind):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The United States carried out an air strike against the group on Saturday.", "ASSAULT"),
        ("Dock workers carried out a strike at the port on Monday.", "PROTEST"),
    ],
)
def test_an_air_strike_carried_out_is_an_attack_and_a_strike_alone_a_walkout(sentence, kind):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Britain and France launched strikes on Houthi targets near the port.", "ASSAULT"),
        ("Nurses launched strikes at four hospitals on Monday.", "PROTEST"),
    ],
)
def test_strikes_launched_by_states_are_armed_and_by_workers_a_walkout(sentence, kind):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == [kind]


def test_embassies_of_several_countries_stormed_are_each_a_recipient():
    events, _ = _events("Protesters stormed the Dutch and Belgian embassies in the capital.")
    assert any(e[0] == "ASSAULT" and len(e[2]) == 2 for e in events)


def test_a_list_of_countries_the_parse_reads_as_an_apposition_is_every_actor():
    events, _ = _events("Argentina, Brazil and Mexico condemned the coup attempt.")
    assert ("ACCUSE", ("Argentina", "Brazil", "Mexico"), (), False, False) in events


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Dock workers in Antwerp went on strike on Tuesday.", "PROTEST"),
        ("The EU adopted a new package of sanctions against Belarus on Friday.", "SANCTION"),
        ("Tehran warned of swift retaliation against Israel on Sunday.", "THREATEN"),
    ],
)
def test_going_on_strike_adopting_sanctions_and_warning_of_retaliation_are_events(sentence, kind):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU adopted a new package of sanctions on Belarus, targeting its potash exports.",
        "Riot police used water cannon to disperse hundreds of students outside the ministry.",
    ],
)
def test_a_deed_of_force_told_again_with_no_one_it_was_done_to_is_one_event(sentence):
    events, _ = _events(sentence)
    assert len(events) == 1
    assert events[0][2]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Kenyan troops are defending the town of Mandera against the militants.", []),
        ("The minister defended the decision to close the border post.", ["SUPPORT"]),
    ],
)
def test_soldiers_defending_ground_back_no_one_while_a_minister_defending_a_decision_does(
    sentence, kinds
):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == kinds


def test_a_coercion_of_a_kind_of_its_own_in_the_same_sentence_is_another_deed():
    events, _ = _events("Police arrested 40 students and imposed a curfew on the town.")
    assert sorted(e[0] for e in events) == ["COERCE", "COERCE"]


def test_a_country_drones_are_launched_at_is_the_target_not_a_place():
    events, _ = _events("Russia launched 90 drones and six missiles at Ukraine overnight.")
    assert ("ASSAULT", ("Russia",), ("Ukraine",), False, False) in events


def test_drills_launched_or_staged_are_a_show_of_force():
    events, _ = _events("The Venezuelan navy launched large-scale drills off the coast on Monday.")
    assert any(e[0] == "MOBILIZE" for e in events)


def test_barring_people_from_something_restricts_them():
    events, _ = _events("Belarus has barred two Lithuanian journalists from entering the country.")
    assert any(e[0] == "COERCE" and e[1] == ("Belarus",) for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin vowed to retaliate against Poland.",
        "A Kremlin spokesman said Russia would retaliate against Poland.",
    ],
)
def test_a_vow_to_retaliate_is_a_threat_not_a_plan(sentence):
    events, _ = _events(sentence)
    assert any(e[0] == "THREATEN" and e[2] == ("Poland",) and not e[4] for e in events)


def test_retaliation_under_a_condition_is_no_threat_made():
    events, _ = _events("If Poland expels the diplomats, Russia would retaliate against Poland.")
    assert all(e[4] for e in events if e[0] == "THREATEN")


def test_sanctions_targeting_firms_are_no_attack_and_their_critics_charge_the_imposer():
    events, _ = _events(
        "Canada imposed sanctions on Belarus, targeting 40 firms accused of supplying weapons.\n\n"
        "Belarusian President Viktor Lukin criticised the sanctions."
    )
    assert not any(e[0] == "ASSAULT" for e in events)
    assert any(e[0] == "SANCTION" and e[2] == ("firms",) for e in events)
    assert ("ACCUSE", ("Viktor Lukin",), ("Canada",), False, False) in events


def test_tear_gas_fired_at_a_crowd_and_stones_thrown_back():
    events, _ = _events(
        "Riot police fired tear gas at hundreds of students in the capital on Sunday. "
        "The students threw stones at the police."
    )
    assert any(e[0] == "COERCE" and e[2] == ("students",) for e in events)
    assert any(e[0] == "PROTEST" and e[1] == ("students",) for e in events)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Opposition leader Maria Costa questioned why the Danish government had sold the port.",
            ("ACCUSE", ("Maria Costa",), ("Denmark",)),
        ),
        (
            "Opposition leader Maria Costa savaged the Danish government over the port sale.",
            ("ACCUSE", ("Maria Costa",), ("Denmark",)),
        ),
        (
            "Farm minister Erik Sandberg rubbished claims by Greens leader Anna Berg.",
            ("REJECT", ("Erik Sandberg",), ("Anna Berg",)),
        ),
        (
            "Dairy farmers have lobbied the Danish government for months over milk prices.",
            ("REQUEST", ("Dairy farmers",), ("Denmark",)),
        ),
    ],
)
def test_questioning_savaging_rubbishing_and_lobbying_are_cues(body, expected):
    events, _ = _events(body)
    assert [e for e in events if e[:3] == expected]


def test_people_questioned_for_a_poll_are_accused_of_nothing():
    events, _ = _events(
        "Almost 2,000 people in 20 countries were questioned for the poll on the Danish government."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_who_highlights_detentions_did_not_detain_anyone():
    events, _ = _events(
        "Amnesty chief Anna Berg highlighted detentions without charge, among them those at the "
        "Nordland camp, as evidence of abuses."
    )
    assert not [e for e in events if e[0] == "COERCE" and e[1] == ("Anna Berg",)]


def test_a_charge_a_relative_clause_says_was_denied_is_rejected_of_its_maker():
    events, _ = _events(
        "Opposition leaders accused the Chilean army of shooting at protesters near the port, "
        "an allegation the government denies."
    )
    rejections = [e for e in events if e[0] == "REJECT"]
    assert rejections
    assert all(e[2] == ("Opposition leaders",) for e in rejections)
    assert all(e[4] for e in events if e[0] == "ASSAULT")


def test_the_means_of_a_deed_charged_are_charged_too():
    events, _ = _events(
        "Hamas accused Israel of breaking the truce by firing on people returning to their homes."
    )
    assert all(e[4] for e in events if e[0] == "ASSAULT")


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The United States imposed a fresh round of sanctions against Iran.",
            ("SANCTION", ("United States",), ("Iran",), False, False),
        ),
        (
            "Israeli forces launched a wave of attacks on Hamas in Gaza.",
            ("ASSAULT", ("Israeli forces",), ("Hamas",), False, False),
        ),
        (
            # A part of them: easing restrictions, not imposing them.
            "The European Union eased some of its restrictions on Belarus on Monday.",
            ("CONCEDE", ("European Union",), ("Belarus",), False, False),
        ),
        (
            # A span of time bundles them too.
            "Harlow Bank held four days of talks with Tenby Finance in London.",
            ("CONSULT", ("Harlow Bank",), ("Tenby Finance",), False, False),
        ),
    ],
)
def test_a_light_verb_pairs_with_the_event_noun_a_count_bundles(body, wanted):
    events, _ = _events(body)
    assert wanted in events


def test_a_count_of_deeds_naming_no_one_done_to_is_no_event():
    events, _ = _events("Italy launched a series of attacks in the second half of the match.")
    assert not [e for e in events if e[1] == ("Italy",)]


def test_a_toll_the_parse_cuts_from_its_strike_keeps_the_strike_s_doer():
    # The model hangs "killing" on "said" here, losing its doer.
    events, _ = _events(
        "Russian drones struck port facilities in Mykolaiv overnight, killing three people "
        "and damaging grain silos, regional governor Vitaliy Kim said on Monday."
    )
    assaults = [e for e in events if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", ("Russian Federation",), ("three people",), False, False)]


def test_an_attack_on_a_place_is_done_to_those_its_verb_of_harm_names():
    events, _ = _events(
        "A Russian drone strike on a market in Kherson killed at least twelve civilians on Sunday."
    )
    assaults = [e for e in events if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", ("Russian Federation",), ("civilians",), False, False)]


def test_deaths_after_police_fired_on_a_crowd_are_an_attack_not_a_blaze():
    events, _ = _events(
        "Riot police fired live rounds at demonstrators in Lusaka on Friday, "
        "killing at least four people."
    )
    assert any(e[0] == "ASSAULT" and e[1] == ("Riot police",) for e in events)


def test_harm_done_to_things_in_an_attack_is_no_criticism():
    events, _ = _events(
        "Israeli jets struck a fuel depot near Tyre overnight, killing three people and "
        "damaging two warehouses, regional official Ali Haidar said on Sunday."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_doerless_toll_after_a_strike_in_its_sentence_is_that_strike():
    # The model makes "killing" the subject of "said" here.
    events, _ = _events(
        "Russian drones struck port facilities in Izmail overnight, killing two people "
        "and damaging grain silos, regional governor Oleh Kiper said on Tuesday."
    )
    assaults = [e for e in events if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", ("Russian Federation",), ("two people",), False, False)]


def test_both_sides_are_the_story_s_sides_not_the_agency_that_files_it():
    events, _ = _events(
        "KABUL/ISLAMABAD, March 2 (Reuters) - Afghan and Pakistani border guards exchanged fire "
        "on Saturday. The UN envoy called on both sides to show restraint."
    )
    (request,) = [e for e in events if e[0] == "REQUEST"]
    assert "Reuters" not in request[2]


def test_a_toll_after_an_act_someone_is_accused_of_is_the_accused_s():
    events, _ = _events(
        "The rebels accused the army of bombing a market in Kadugli, killing nine civilians."
    )
    assaults = [e for e in events if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", ("army",), ("civilians",), False, True)]


def test_retaliation_done_in_a_fight_is_an_attack_and_vowed_is_a_threat():
    done, _ = _events("Rebel fighters shelled the base, and the army retaliated with gunfire.")
    assert ("ASSAULT", ("army",), (), False, False) in done
    vowed, _ = _events("Iran vowed to retaliate against Israel for the raid on its consulate.")
    assert [e[0] for e in vowed if e[1] == ("Iran",)] == ["THREATEN"]


def test_the_answer_a_subject_hits_back_with_is_its_own():
    events, _ = _events("Beijing retaliated with sanctions on three American defence firms.")
    assert ("SANCTION", ("China",), ("American defence firms",), False, False) in events


@pytest.mark.parametrize(
    ("body", "attacks"),
    [
        ("Ukrainian drones hit an oil depot in the Bryansk region overnight.", 1),
        ("Higher fuel prices hit the carrier's profits and its share price.", 0),
    ],
)
def test_hitting_is_an_attack_only_on_a_thing_struck_by_force(body, attacks):
    events, _ = _events(body)
    assert len([e for e in events if e[0] == "ASSAULT"]) == attacks


def test_a_country_s_named_movement_is_the_movement():
    events, _ = _events(
        "Lebanon's Hezbollah movement said on Sunday it had fired rockets at an army post "
        "in northern Israel."
    )
    (attack,) = [e for e in events if e[0] == "ASSAULT"]
    assert attack[1] == ("Hezbollah",)


@pytest.mark.parametrize(
    "body",
    [
        "The interior minister called the protesters traitors.",
        "The interior minister said the rioters were thugs.",
    ],
)
def test_calling_people_traitors_or_thugs_accuses_them(body):
    events, _ = _events(body)
    assert [e[0] for e in events] == ["ACCUSE"]
    assert events[0][2]


def test_a_verb_of_harm_joined_to_a_passive_shares_it():
    events, _ = _events(
        "The ministry said 40 people had been arrested and six police officers injured."
    )
    assert ("ASSAULT", (), ("police officers",), False, False) in events


def test_one_called_on_to_act_is_who_would_act():
    events, _ = _events("The Security Council called on Uganda to withdraw its troops from Ituri.")
    assert [e[1] for e in events if e[0] == "RETREAT"] == [("Uganda",)]


def test_what_one_is_appealed_to_or_ordered_to_do_has_not_happened():
    events, _ = _events("Britain appealed to Iran to release the two sailors.")
    assert [e[4] for e in events if e[0] == "RETREAT"] == [True]


def test_congo_alone_is_the_democratic_republic():
    _, article = _events("Congo cut diplomatic ties with Rwanda on Monday.")
    assert {a.name: a.country for a in article.actors}["Congo"] == "COD"


def test_water_cannon_fired_at_a_crowd_is_coercion():
    events, _ = _events("Riot police fired water cannon at the protesters outside parliament.")
    assert ("COERCE", ("Riot police",), ("protesters",), False, False) in events


def test_a_partnership_suspended_is_no_cooperation():
    events, _ = _events("Canada suspended its defence partnership with Mali on Friday.")
    assert not [e for e in events if e[0] == "COOPERATE"]


@pytest.mark.parametrize(
    "body",
    [
        "Regulators in Spain capped the fees the Kestrel Bank charged.",
        "Norvik Telecom cut the rates it charges for calls abroad by a fifth.",
    ],
)
def test_a_verb_in_a_clause_on_the_noun_it_pairs_with_tells_nothing_alone(body):
    # "the fees it charged" charges fees: no charge of wrong against anyone.
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_taking_responsibility_for_a_brief_concedes_nothing_but_accepting_it_admits():
    events, _ = _events(
        "Ana Reyes, the deputy minister, took responsibility for fisheries and ports in March."
    )
    assert not [e for e in events if e[0] == "CONCEDE"]
    events, _ = _events("The Kestrel Bank accepted full responsibility for the errors.")
    assert [e for e in events if e[0] == "CONCEDE"]


def test_the_to_of_an_infinitive_is_no_particle_of_the_verb_after_it():
    # "appear to agree the port was badly run" shares a view: no "agree to" a deal.
    events, _ = _events("All the opposition parties appear to agree the port was badly run.")
    assert not [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, Portugal's industrial output for March was released, showing slow growth.",
        "Aides said the Greens were seizing a poll advantage over the port plan.",
    ],
)
def test_output_released_and_an_advantage_seized_are_no_release_or_seizure(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] in ("RETREAT", "COERCE")]


def test_pressure_no_one_exerts_is_no_demand_but_a_sides_pressure_is():
    events, _ = _events("There is now pressure on the Kestrel Bank to raise its offer for Norvik.")
    assert not [e for e in events if e[0] == "REQUEST"]
    events, _ = _events("Chile gave in to Argentine pressure over the border crossing.")
    assert [e for e in events if e[0] == "REQUEST" and e[1] == ("Argentina",)]


@pytest.mark.parametrize(
    "body",
    [
        "Hamas will free 33 Israeli hostages and Israel will release hundreds of prisoners.",
        "Hamas freed 33 Israeli hostages and Israel released hundreds of Palestinian prisoners.",
    ],
)
def test_a_subject_the_parse_joins_to_the_object_before_it_acts_in_its_own_clause(body):
    # The model joins "Israel" to "hostages" in both.
    events, _ = _events(body)
    releases = [(e[1], e[2]) for e in events if e[0] == "RETREAT"]
    assert [doers for doers, _ in releases] == [("Hamas",), ("Israel",)]
    assert all("Israel" not in released for _, released in releases)


def test_a_deal_one_is_accused_of_striking_is_only_claimed():
    events, _ = _events(
        "The Greens accused the Liberal Party of signing up to a secret deal with the miners."
    )
    assert all(e[4] for e in events if e[0] == "AGREE")
    assert ("ACCUSE", ("Greens",), ("Liberal Party",), False, False) in events


def test_an_ambassador_recalled_from_a_post_sanctions_the_country_of_the_post():
    events, _ = _events("Chile recalled its ambassador to Venezuela on Tuesday.")
    assert ("SANCTION", ("Chile",), ("Venezuela",), False, False) in events


def test_a_rally_held_to_protest_is_one_protest():
    events, _ = _events(
        "Thousands of students rallied in Tirana on Saturday to protest against fees."
    )
    assert [e[0] for e in events] == ["PROTEST"]


def test_setting_fire_to_a_building_is_an_attack():
    events, _ = _events("Rioters set fire to a police station in the northern town on Sunday.")
    assert [e[0] for e in events] == ["ASSAULT"]


def test_a_change_asked_of_a_list_is_asked_of_each_in_it():
    events, _ = _events("Brazil urged reform of the World Bank and the IMF on Monday.")
    assert (
        "REQUEST",
        ("Brazil",),
        ("World Bank", "International Monetary Fund"),
        False,
        False,
    ) in events


@pytest.mark.parametrize(
    ("body", "kind", "doer", "done_to"),
    [
        (
            (
                "A Kent builder, Dean Morris, was jailed on Friday for stabbing his neighbour "
                "Karl Hobbs during a row."
            ),
            "ASSAULT",
            "Dean Morris",
            "Karl Hobbs",
        ),
        (
            "Senator Maria Lopez criticised Egypt for arresting the blogger Omar Fathy.",
            "COERCE",
            "Egypt",
            "Omar Fathy",
        ),
    ],
)
def test_the_one_punished_or_blamed_for_a_deed_did_it(body, kind, doer, done_to):
    events, _ = _events(body)
    assert (kind, (doer,), (done_to,), False, False) in events


def test_an_allegation_is_against_the_one_it_says_did_wrong():
    events, _ = _events(
        "Health Secretary Alan Pryce rejected Liberal Democrat allegations that he had "
        "misled the Commons over hospital waiting lists."
    )
    assert ("ACCUSE", ("Liberal Democrats",), ("Alan Pryce",), False, False) in events


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana ordered the Togolese ambassador to leave the country within 72 hours.",
        "The junta told the French envoy to leave Burkina Faso by Friday.",
    ],
)
def test_an_envoy_ordered_to_leave_the_country_is_expelled(sentence):
    assert [(e.type, e.mode) for e in told_events(sentence)] == [("SANCTION", "diplomatic")]


def test_a_crowd_ordered_to_leave_a_square_is_not_expelled():
    events, _ = _events("Police ordered the protesters to leave Freedom Square on Sunday.")
    assert not any(e[0] == "SANCTION" for e in events)


def test_an_order_to_someone_to_act_demands_it_of_them():
    events, _ = _events("The Speaker, Ian Croft, ordered Mr Neil Dale to withdraw the remark.")
    assert ("REQUEST", ("Ian Croft",), ("Neil Dale",), False, False) in events


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Ukrainian drones struck a fuel depot in the Kursk region overnight.", "drone"),
        ("Gunmen killed seven farmers in Benue state on Tuesday.", "firearms"),
        ("Rebels attacked an army convoy with rockets near Goma.", "explosives"),
        ("A suicide bomber killed nine soldiers at a base in Gao.", "explosives"),
    ],
)
def test_an_attack_takes_its_mode_from_the_weapon_or_armed_doer_named(sentence, mode):
    assert [(e.type, e.mode) for e in told_events(sentence)] == [("ASSAULT", mode)]


def test_an_unnamed_gunman_is_the_actor_of_his_attack():
    events, _ = _events("A gunman killed three police officers in Makhachkala on Sunday.")
    assert [(e[0], e[1]) for e in events] == [("ASSAULT", ("gunman",))]


def test_a_second_past_tense_tagged_as_a_participle_still_tells_a_deed():
    events, _ = _events("Riot police fired tear gas and used stun grenades against the marchers.")
    assert ("COERCE", ("Riot police",), ("marchers",), False, False) in events


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police fired rubber bullets at the students outside the ministry.", "COERCE"),
        ("Troops used live ammunition against the mourners in Bamenda.", "ASSAULT"),
    ],
)
def test_weapons_used_on_a_crowd_are_force_against_it(sentence, kind):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == [kind]


def test_an_ambassador_recalled_from_a_country_is_a_sanction_on_it():
    events, _ = _events("Lithuania recalled its ambassador from Belarus on Thursday.")
    assert [(e[0], e[1], e[2]) for e in events] == [("SANCTION", ("Lithuania",), ("Belarus",))]


def test_officials_from_a_country_are_its_own_not_another_actor():
    _, article = _events("Officials from Ghana met the strikers in Accra.")
    assert "Ghana" not in [a.name for a in article.actors]


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel struck targets in southern Lebanon overnight.",
        "British jets struck Houthi radar sites near Hodeidah.",
    ],
)
def test_targets_struck_by_a_state_or_with_its_jets_are_attacks_not_words(sentence):
    events, _ = _events(sentence)
    assert [e[0] for e in events] == ["ASSAULT"]


def test_a_government_striking_its_own_targets_met_its_goals():
    events, _ = _events("The government struck its targets for new homes early.")
    assert "ASSAULT" not in [e[0] for e in events]


def test_a_firm_named_like_a_weapon_attacks_with_words():
    events, _ = _events("Shell attacked the government's windfall tax plans on Monday.")
    assert [e[0] for e in events] == ["ACCUSE"]


def test_a_verb_with_a_clause_of_its_own_shares_no_object_with_the_next():
    events, _ = _events(
        "The ministry denied that the count had been rigged and accused Chile of meddling."
    )
    rejects = [e for e in events if e[0] == "REJECT"]
    assert rejects
    assert all("Chile" not in e[2] for e in rejects)


def test_two_verbs_sharing_one_object_both_take_it():
    events, _ = _events("Rebels seized and looted the army depot in Goma.")
    assert any(e[0] == "COERCE" and e[2] for e in events)


def test_two_countries_describing_one_attack_are_both_its_actors():
    events, _ = _events("The raid followed US and British air strikes on rebel positions.")
    assaults = [e for e in events if e[0] == "ASSAULT"]
    assert assaults
    assert set(assaults[0][1]) == {"US", "United Kingdom"}


def test_it_in_a_clause_on_a_thing_a_body_reports_is_that_body():
    events, _ = _events(
        "The Taliban government protested at the raids. Pakistan's foreign ministry said the "
        "jets hit members of the Pakistani Taliban, who it blames for a suicide bombing that "
        "killed nine policemen."
    )
    accusations = [e for e in events if e[0] == "ACCUSE" and e[2]]
    assert accusations
    assert all("Afghanistan" not in e[1] for e in accusations)


@pytest.mark.parametrize(
    ("body", "charged"),
    [
        (
            "Protesters accused Prime Minister Nikol Pashinyan of surrendering villages to Baku.",
            "RETREAT",
        ),
        ("The opposition accused Chile of imposing sanctions on Peru in secret.", "SANCTION"),
    ],
)
def test_any_deed_someone_is_accused_of_is_only_claimed(body, charged):
    events, _ = _events(body)
    assert {"ACCUSE", charged} <= {e[0] for e in events}
    assert all(e[4] for e in events if e[0] == charged)


def test_the_talks_a_post_is_for_are_no_meeting_of_their_own():
    events, _ = _events(
        "The EU's envoy for the Belgrade-Pristina dialogue, Peter Sorensen, warned that "
        "unilateral steps threatened the process."
    )
    assert "CONSULT" not in [e[0] for e in events]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Rebels seized the town of Kalehe on Tuesday after two days of fighting.", "ASSAULT"),
        ("The Arakan Army said it had captured an army headquarters in Rakhine.", "ASSAULT"),
        ("Police seized three tonnes of cocaine in the port of Durres.", "COERCE"),
        # A town the gazetteer knows, though the model tags it a person.
        ("Houthi rebels seized Sanaa in September.", "ASSAULT"),
        ("Government troops recaptured the town of Kalehe from the rebels.", "ASSAULT"),
    ],
)
def test_ground_seized_is_taken_by_force_and_goods_are_seized(body, kind):
    events, _ = _events(body)
    assert [(e[0], e[4]) for e in events if e[0] in ("ASSAULT", "COERCE")] == [(kind, False)]


@pytest.mark.parametrize(
    "body",
    [
        "Labour captured Birmingham in the 1997 election.",
        "Vodafone captured a third of the mobile market last year.",
    ],
)
def test_parties_and_firms_capture_votes_and_markets_by_no_force(body):
    events, _ = _events(body)
    assert events == []


@pytest.mark.parametrize(
    ("body", "agent"),
    [
        (
            (
                "A lawsuit brought by the city council against the chemical firm was thrown out "
                "by an appeal court in Ohio on Monday."
            ),
            "appeal court",
        ),
        (
            (
                "The airport expansion plan has been branded reckless by a leading environmental "
                "think-tank."
            ),
            "environmental think-tank",
        ),
    ],
)
def test_an_unnamed_body_that_did_what_a_passive_says_is_its_actor(body, agent):
    events, _ = _events(body)
    assert any(e[1] == (agent,) for e in events), events


@pytest.mark.parametrize(
    "body",
    [
        "Amnesty International UK also criticised the decision to ban the two men from travelling.",
        "The new fuel tax was criticised by Oxfam GB on Monday.",
    ],
)
def test_a_bodys_branch_named_with_its_country_is_the_body_not_the_country(body):
    events, _ = _events(body)
    assert events, events
    assert not any(e[1] in (("UK",), ("United Kingdom",), ("Britain",)) for e in events), events


def test_regretting_the_inconvenience_one_caused_is_an_apology_but_regretting_a_decision_is_not():
    events, _ = _events(
        "Northline Rail said it deeply regretted the disruption caused to passengers on Friday."
    )
    assert any(e[0] == "CONCEDE" and e[1] == ("Northline Rail",) for e in events)
    events, _ = _events(
        "Senator Ruth Alder said she regretted the decision of the council to close the library."
    )
    assert not any(e[0] == "CONCEDE" for e in events)


def test_agreeing_to_a_sides_proposal_is_an_agreement_with_that_side():
    events, _ = _events("Peru agreed to Chile's proposal for joint patrols on the river.")
    assert ("AGREE", ("Peru",), ("Chile",), False, False) in events
    events, _ = _events("Iran agreed to French demands for more inspections of the plant.")
    assert ("AGREE", ("Iran",), ("France",), False, False) in events


def test_charges_looked_into_by_another_are_an_inquiry_into_whoever_denies_them():
    events, _ = _events(
        "Minister Tom Ryder was questioned about the party donations on Monday. "
        "The accusations, which he denies, are being investigated by Sir Paul Grey."
    )
    assert ("ACCUSE", ("Paul Grey",), ("Tom Ryder",), False, False) in events


def test_a_name_split_from_the_word_for_its_kind_is_the_doer():
    # The parse makes "group" and "Harbour Trust" two subjects; "group" stands for no one.
    events, _ = _events("Campaign group the Harbour Trust condemned the port ruling on Monday.")
    assert [e for e in events if e[:2] == ("ACCUSE", ("Harbour Trust",))]


def test_a_body_that_blesses_a_leaders_policy_backs_the_leader():
    events, _ = _events(
        "Weeks earlier the Guardian Council, the country's top constitutional body, blessed "
        "Ms Oduya's scheme of selling shares in the national railway."
    )
    assert ("SUPPORT", ("Guardian Council",), ("Oduya",), False, False) in events


def test_one_asked_for_money_from_is_the_one_asked():
    events, _ = _events(
        "Malawi is asking for about $90m from the International Monetary Fund to rebuild "
        "its roads, the finance minister said."
    )
    assert ("REQUEST", ("Malawi",), ("International Monetary Fund",), False, False) in events


def test_an_inquiry_named_again_with_the_is_done_to_whom_it_was_before():
    events, _ = _events(
        "Three Vauban Bank traders face a criminal investigation. Later, France's financial "
        "regulator, the AMF, passed the investigation to prosecutors."
    )
    assert (
        "ACCUSE",
        ("France's financial regulator",),
        ("Vauban Bank",),
        False,
        False,
    ) in events


def test_talks_named_again_take_no_side_from_earlier_talks():
    events, _ = _events(
        "Rival parties held talks with the Leland Union last month. The talks were praised "
        "by observers."
    )
    assert not [e for e in events if e[0] == "CONSULT" and e[1] == () and e[2]]


def test_an_inquiry_named_again_with_no_doer_is_no_event_of_its_own():
    events, _ = _events(
        "Three Vauban Bank traders face a criminal investigation. The investigation could "
        "take up to a year."
    )
    assert len([e for e in events if e[0] == "ACCUSE"]) == 1


def test_asylum_sought_in_a_country_is_asked_of_that_country():
    _, article = _events(
        "Britain has condemned the arrests in Baghdad.\n\n"
        "The Iraqi dissident Ali Karim sought asylum in Britain."
    )
    (asked,) = [e for e in article.events if e.type == "REQUEST"]
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in asked.recipient] == ["Britain"]
    assert "inferred: recipient: the state it is sought in" in asked.explanation


def test_protection_sought_in_a_city_is_asked_of_its_country():
    _, article = _events(
        "The US has criticised Russia over the oil sale.\n\n"
        "The Russian firm Volga filed for Chapter 11 protection in Houston to halt the auction."
    )
    (asked,) = [e for e in article.events if e.type == "REQUEST"]
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in asked.recipient] == ["US"]


@pytest.mark.parametrize(
    "body",
    [
        "Chilean miner Petrolux is releasing a pocket scanner for its engineers in May.",
        "Andes Software has released a patch for its billing program.",
    ],
)
def test_releasing_a_product_no_lexicon_lists_frees_no_one(body):
    events, _ = _events(body)
    assert not [e for e in events if e[0] == "RETREAT"]


def test_freeing_a_hostage_no_actor_names_still_frees_people():
    events, _ = _events("Peruvian rebels freed the hostage on Monday.")
    assert [e for e in events if e[0] == "RETREAT"]


@pytest.mark.parametrize(
    "said",
    [
        "The Greens announced their backing for the Farmers Union.",
        "The Greens revealed their support for the Farmers Union.",
        "The Greens have thrown their weight behind the Farmers Union.",
        "The Greens voiced their backing for the Farmers Union.",
    ],
)
def test_backing_announced_or_thrown_behind_someone_is_support(said):
    events, _ = _events(said)
    assert ("SUPPORT", ("Greens",), ("Farmers Union",), False, False) in events, events


def test_a_contract_awarded_to_a_firm_is_a_deal_with_it():
    events, _ = _events(
        "The Chilean government awarded a rail contract to the Spanish firm Ferrocon."
    )
    assert [e for e in events if e[0] == "AGREE" and e[2] == ("Ferrocon",)]


def test_awarding_contracts_to_no_one_named_is_no_deal():
    events, _ = _events(
        "Defence official Mary Vance was jailed for favouring friends when awarding contracts."
    )
    assert not [e for e in events if e[0] == "AGREE"]


def test_ringing_someone_is_a_phone_call_but_bells_ringing_are_not():
    events, _ = _events(
        "Danish Prime Minister Erik Sandberg rang the Swedish prime minister on Monday."
    )
    assert [e for e in events if e[0] == "CONSULT" and e[1] == ("Erik Sandberg",)]
    events, _ = _events("Church bells rang across Copenhagen as Erik Sandberg arrived.")
    assert not [e for e in events if e[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norway had co-operated fully with the Chilean inquiry.",
            ("COOPERATE", ("Norway",), ("Chilean inquiry",)),
        ),
        (
            "Peruvian troops launched a counter-attack against Chile on Monday.",
            ("ASSAULT", ("Peruvian troops",), ("Chile",)),
        ),
    ],
)
def test_an_event_word_written_with_a_hyphen_is_coded(body, expected):
    assert expected in real_events(body)


def test_a_sum_said_to_be_paid_to_settle_charges_is_a_settlement_made():
    events, _ = _events(
        "The shipping firm Corvell Lines said last week it would pay $40m to settle charges"
        " brought by the Federal Trade Commission."
    )
    assert ("AGREE", ("Corvell Lines",), ("Federal Trade Commission",), False, False) in events


def test_a_sanction_on_dealings_falls_on_their_partner_hung_on_the_sanction():
    # The parse hangs "to China" on "embargo", beside "on arms sales".
    events, _ = _events("The EU's embargo on arms sales to China angered Beijing.")
    assert ("SANCTION", ("European Union",), ("China",), False, False) in events
