"""Events in wire reports of war and diplomacy, in sentences we wrote."""

import pytest

import dateline
from event_sides import real_events, real_types, told_events


@pytest.mark.parametrize(("text", "recipient"), [
    ("Valdorian jets struck rebel positions near the border overnight, the army said.", "rebel"),
    ("Government troops shelled militant hideouts in the hills on Monday.", "militant"),
])  # fmt: skip
def test_ground_named_by_an_armed_group_is_that_groups(text, recipient):
    assert any(e[0] == "ASSAULT" and e[2] == (recipient,) for e in real_events(text))


def test_a_rebel_leader_struck_is_no_ground():
    events = real_events("Government troops shelled rebel supply lines on Monday.")
    assert not any(e[2] == ("rebel",) for e in events)


def test_an_accusation_joined_to_a_passive_is_the_speakers():
    events = real_events(
        "Human Rights Watch said 40 lawyers had been arrested and accused police of beating them."
    )
    assert any(e[0] == "ACCUSE" and e[1] == ("Human Rights Watch",) for e in events)


def test_plural_juntas_are_an_actor():
    events = real_events(
        "In a joint statement, the juntas accused the regional bloc ECOWAS of imposing sanctions."
    )
    assert ("ACCUSE", ("juntas",), ("ECOWAS",)) in events


def test_hostages_handed_over_are_released():
    events = real_events("Hamas handed over three hostages to the Red Cross in Gaza on Saturday.")
    assert ("RETREAT", ("Hamas",), ("hostages",)) in events


@pytest.mark.parametrize("text", [
    "Valdorian rebels captured most of the city on Saturday.",
    "The army said it had recaptured the presidential palace from the rebels.",
    "Rebels seized control of the port city on Monday.",
])  # fmt: skip
def test_ground_taken_by_force_is_an_attack_of_no_mode(text):
    assert [(e.type, e.mode) for e in told_events(text)] == [("ASSAULT", None)]


def test_people_captured_are_abducted():
    (article,) = dateline.extract("Report\n\nGunmen captured two engineers near the pipeline.\n")
    assert [(e.type, e.mode) for e in article.events] == [("ASSAULT", "abduct")]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Valdorian police arrested a senior opposition leader before dawn on Wednesday.",
     "senior opposition leader"),
    ("Soldiers detained a local journalist at a checkpoint near the border.", "local journalist"),
    ("Troops killed a rebel commander in a raid on Tuesday, the army said.", "rebel commander"),
])  # fmt: skip
def test_an_unnamed_person_harmed_is_the_recipient(text, recipient):
    assert any(e[0] in ("COERCE", "ASSAULT") and e[2] == (recipient,) for e in real_events(text))


def test_a_minister_said_by_no_one_named_is_still_no_actor():
    # "A minister" who only speaks is anyone of many: no actor, so no side.
    events = real_events("A minister said the army had arrested the men, police sources added.")
    assert not any("minister" in " ".join(e[1] + e[2]) for e in events)


def test_a_particle_with_an_object_names_whom_a_call_is_on():
    events = real_events(
        "Brazil and Colombia called on Venezuelan authorities to publish the voting records."
    )
    assert ("REQUEST", ("Brazil", "Colombia"), ("Venezuela",)) in events


def test_the_bloc_is_the_union_named_before():
    events = real_events(
        "Hungary vetoed a European Union aid package on Thursday.\n\n"
        "The Ukrainian president thanked the bloc for its support."
    )
    assert any(e[0] == "SUPPORT" and e[2] == ("European Union",) for e in events)


@pytest.mark.parametrize("text", [
    "Armed men released three aid workers on Friday.",
    "Masked men abducted a local journalist on Sunday.",
])  # fmt: skip
def test_armed_or_masked_men_are_an_armed_group(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2024-03-10")
    (men,) = (a for a in article.actors if a.name.endswith("men"))
    assert men.sector == "REB"


def test_a_crowd_told_by_its_size_protests():
    events = real_events("Thousands marched on parliament on Tuesday to demand new elections.")
    assert any(e[0] == "PROTEST" and e[1] == ("Thousands",) for e in events)


def test_a_crowd_of_some_people_is_those_people():
    (article,) = dateline.extract(
        "Report\n\nThousands of nurses marched on parliament on Tuesday.\n", published="2024-03-10"
    )
    assert [a.name for a in article.actors] == ["nurses"]


def test_the_attackers_are_the_armed_group_that_attacked():
    events = real_events(
        "Islamist militants attacked an army post on Saturday, killing 50 soldiers.\n\n"
        "The junta said its forces had repelled the assault and killed dozens of the attackers."
    )
    assert ("ASSAULT", ("forces",), ("Islamist militants",)) in events


@pytest.mark.parametrize("text", [
    "Protesters attacked officers outside the ministry, the prime minister said.",
    "Gunmen attacked villagers near the border on Sunday.",
])  # fmt: skip
def test_people_on_guard_or_civilians_attacked_are_attacked_by_force(text):
    assert any(e[0] == "ASSAULT" for e in real_events(text))


def test_ministers_attacked_over_an_inquiry_are_attacked_in_words():
    events = real_events("Opposition MPs attacked ministers over the inquiry.")
    assert [e[0] for e in events] == ["ACCUSE"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Valdorian forces carried out an air strike near the town on Sunday.", "aerial"),
    ("The army carried out a drone strike on the convoy, killing four.", "drone"),
])  # fmt: skip
def test_a_strike_carried_out_takes_its_mode_from_its_noun(text, mode):
    assert [(e.type, e.mode) for e in told_events(text)] == [("ASSAULT", mode)]


def test_placed_under_house_arrest_is_an_arrest_of_the_object():
    events = real_events(
        "Army officers seized power and placed President Omar Lissa under house arrest."
    )
    assert ("COERCE", ("Army officers",), ("Omar Lissa",)) in events


def test_people_taken_hostage_the_model_calls_a_second_object_are_abducted():
    (article,) = dateline.extract(
        "Report\n\nGang members took six guards hostage in the prison on Monday.\n",
        published="2024-03-10",
    )
    assert [(e.type, e.mode) for e in article.events] == [("ASSAULT", "abduct")]


def test_a_charge_the_verb_lays_is_no_charge_of_the_one_who_reports_it():
    events = real_events(
        "The military court charged opposition leader Ben Okoth with treason, his lawyers said."
    )
    assert [(e[0], e[1]) for e in events] == [("ACCUSE", ("military court",))]


def test_a_clash_whose_toll_is_one_sides_was_done_by_the_other():
    events = real_events(
        "Pakistani and Afghan Taliban forces exchanged fire at a border crossing overnight, "
        "killing two Pakistani soldiers, officials said."
    )
    (attack,) = (e for e in events if e[0] == "ASSAULT")
    assert attack[1] == ("Afghan Taliban forces",)


def test_one_killed_in_a_strike_the_noun_names_was_killed_by_the_striker():
    events = real_events(
        "Rebel commander Tomas Vell was killed in an Israeli strike on his house in Tyre on Monday."
    )
    assert [e for e in events if e[0] == "ASSAULT"] == [("ASSAULT", ("Israel",), ("Tomas Vell",))]


def test_a_toll_told_before_an_attack_told_by_a_verb_stays_apart():
    # Two deeds: the noun rule joins a toll only to the attack a noun names.
    events = real_events(
        "Two soldiers were killed on Monday and Israeli jets bombed rebel positions overnight."
    )
    assert ("ASSAULT", (), ("soldiers",)) in events


@pytest.mark.parametrize("text", [
    "Uganda denied sending troops to support the rebels in the east.",
    "The minister did not travel to Ardent to meet the rebel leaders.",
])  # fmt: skip
def test_the_aim_of_a_denied_deed_did_not_happen(text):
    assert not any(e[0] in ("SUPPORT", "CONSULT") for e in real_events(text))


def test_the_aim_of_a_deed_done_happened():
    events = real_events("The minister travelled to Ardent to meet the rebel leaders.")
    assert any(e[0] == "CONSULT" for e in events)


def test_a_spokesman_for_a_body_named_beside_its_kind_speaks_for_it():
    events = real_events(
        "A spokesman for the UN mission, MONUSCO, condemned the attack on the convoy."
    )
    assert ("ACCUSE", ("Monusco",), ()) in events


def test_an_agreement_of_two_sides_is_between_them():
    events = real_events("Israel and Hamas agreed on Wednesday to exchange 33 hostages.")
    assert ("AGREE", ("Israel", "Hamas"), ()) in events


def test_a_tour_of_home_towns_consults_no_one():
    (article,) = dateline.extract(
        "Campaign trail\n\nLONDON (Reuters) - The Liberal Democrat leader stepped up his "
        "campaign on Monday as he visits Leeds, York and Hull this week.\n",
        published="2025-06-01",
    )
    assert not any(e.type == "CONSULT" for e in article.events)


def test_rockets_counted_by_dozens_are_fired_at_whom_the_verb_names():
    events = real_events("Hezbollah fired dozens of rockets at northern Israel on Tuesday.")
    assert ("ASSAULT", ("Hezbollah",), ("Israel",)) in events


def test_a_killing_is_violence_enough():
    events = real_events(
        "Shells fired by the army killed 14 civilians on Tuesday. "
        '"The killing of civilians must stop," said Amina Salah, an AU envoy.'
    )
    assert not any(e[0] == "ACCUSE" and e[2] == ("civilians",) for e in events)


def test_both_sides_are_the_force_not_the_country_that_owns_it():
    events = real_events(
        "Chad's army shelled a market on Tuesday. The rebels accused the army of "
        "targeting residents. The African Union called on both sides to observe a truce."
    )
    (request,) = [e for e in events if e[0] == "REQUEST"]
    assert "Chad" not in request[2]


def test_the_strike_condemned_is_the_air_strike_told_before():
    events = real_events(
        "An Israeli air strike killed a Hezbollah commander in southern Lebanon on Tuesday. "
        "Hezbollah fired rockets at northern Israel in response. The Lebanese government "
        "condemned the strike as a violation of its sovereignty."
    )
    assert ("ACCUSE", ("Lebanon",), ("Israel",)) in events


def test_a_charge_against_its_neighbour_is_against_the_other_country_named():
    events = real_events(
        "Mali handed over 12 soldiers to Niger on Friday. Niger's junta had accused its "
        "neighbour of harbouring its opponents."
    )
    (charge,) = [e for e in events if e[0] == "ACCUSE"]
    assert charge[2] == ("Mali",)


def test_both_countries_are_those_the_lead_names_in_a_body_of_theirs():
    events = real_events(
        "Iraq's foreign ministry summoned the Turkish ambassador on Sunday. Turkey said it "
        "had struck militants. The Kurdistan Regional Government called on both countries "
        "to resolve the dispute through dialogue."
    )
    assert ("REQUEST", ("Kurdistan Regional Government",), ("Iraq", "Turkey")) in events


def test_weapons_told_as_its_are_the_countrys():
    events = real_events("Turkey said its jets had struck PKK positions in northern Iraq.")
    assert ("ASSAULT", ("Turkey",), ("PKK",)) in events


def test_a_capital_that_denies_speaks_for_its_state():
    events = real_events("Armenia accused Azerbaijan of shelling villages. Baku denied the claim.")
    assert ("REJECT", ("Azerbaijan",), ("Armenia",)) in events


def test_a_state_answers_a_charge_made_against_its_forces():
    events = real_events(
        "Armenia accused Azerbaijani forces of shelling villages. Azerbaijan denied the claim."
    )
    assert ("REJECT", ("Azerbaijan",), ("Armenia",)) in events


def test_a_missile_fired_into_the_sea_is_a_show_of_force():
    (article,) = dateline.extract(
        "Report\n\nNorth Korea fired a ballistic missile into the sea off its east coast.\n"
    )
    assert [e.type for e in article.events] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "body",
    [
        "Iran test-fired a medium-range missile on Sunday.",
        "Pakistan fired a cruise missile in a test over the Arabian Sea.",
    ],
)
def test_a_missile_fired_in_a_test_is_a_show_of_force(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n")
    assert [e.type for e in article.events] == ["MOBILIZE"]


def test_the_launch_condemned_is_the_missiles_not_the_drills_told_beside_it():
    events = real_events(
        "North Korea fired a ballistic missile into the sea on Thursday, days after Seoul "
        "and Washington held joint military drills. Japan's prime minister condemned the launch."
    )
    assert ("ACCUSE", ("Japan's prime minister",), ("North Korea",)) in events


def test_both_sides_keep_the_country_whose_leader_is_named():
    events = real_events(
        "Sudan's army chief rejected any talks with the Rapid Support Forces on Sunday. "
        "The US envoy urged both sides to return to the talks."
    )
    (request,) = [e for e in events if e[0] == "REQUEST"]
    assert request[2] == ("Sudan", "Rapid Support Forces")


def test_a_deed_awaited_until_it_has_been_done_is_still_to_come():
    events = real_events(
        "The party leader said his party would not share power until the IRA had disarmed."
    )
    assert not any(e[0] == "RETREAT" for e in events)


def test_an_attack_that_ended_talks_is_no_disaster():
    events = real_events("The talks collapsed after the rebels attacked the convoy.")
    assert ("ASSAULT", ("rebels",), ()) in events


def test_a_leader_the_model_misses_after_a_capitalised_title_is_met():
    events = real_events("Tony Blair met Irish Taoiseach Bertie Ahern in Downing Street on Monday.")
    assert ("CONSULT", ("Tony Blair",), ("Bertie Ahern",)) in events


def test_people_fired_at_are_the_ones_force_is_used_on():
    events = real_events("Police fired tear gas at protesters in the capital on Tuesday.")
    assert ("COERCE", ("Police",), ("protesters",)) in events


def test_both_sides_are_the_pair_just_joined_in_their_own_sentence():
    events = real_events(
        "Iran and Iraq traded accusations last week. On Monday Oman hosted talks between "
        "the United States and the Houthis, and urged both sides to free their prisoners."
    )
    (request,) = [e for e in events if e[0] == "REQUEST"]
    assert request[2] == ("United States", "Houthis")


def test_both_sides_are_the_pair_named_together_a_few_sentences_before():
    events = real_events(
        "Farm prices fell again in March, official figures showed. Growers said the winter "
        "had been hard. Talks between Kyrgyzstan and Tajikistan over the disputed border "
        "resumed in Vienna on Monday. The Austrian hosts said the mood was tense. Both sides "
        "accused each other of shelling villages."
    )
    assert _each_way(events) == _KYRGYZ_TAJIK_EACH_WAY


@pytest.mark.parametrize("blame", ["blamed the other", "blamed each other"])
def test_both_sides_blaming_one_another_accuse_each_other(blame):
    events = real_events(
        "Kyrgyzstan and Tajikistan held talks in Vienna on Monday. The Austrian hosts said "
        f"the mood was tense. Both sides {blame} for the collapse of the talks."
    )
    assert _each_way(events) == _KYRGYZ_TAJIK_EACH_WAY


_KYRGYZ_TAJIK_EACH_WAY = [
    (("Kyrgyzstan",), ("Tajikistan",)),
    (("Tajikistan",), ("Kyrgyzstan",)),
]
"""Both sides accusing each other: one charge each way (events/one_another.py)."""


def _each_way(events):
    return sorted((e[1], e[2]) for e in events if e[0] == "ACCUSE")


def test_blaming_a_thing_for_a_fall_still_accuses_no_one():
    events = real_events(
        "Sales fell 4% at Norbury Foods. The firm blamed the weather for the fall."
    )
    assert not any(e[0] == "ACCUSE" for e in events)


def test_the_one_called_on_does_the_deed_asked_though_the_parse_hangs_it_apart():
    (release,) = [
        e
        for e in told_events(
            "Two other French citizens remain in Iranian jails, and Paris called on "
            "Tehran to free them."
        )
        if e.type == "RETREAT"
    ]
    assert release.actor == ("Iran",)


def test_the_pair_that_urges_both_sides_is_not_them():
    events = real_events(
        "The army retook the town from the Rapid Support Forces on Tuesday. Saudi Arabia "
        "and the United States, which brokered talks last year, urged the two sides to "
        "return to negotiations."
    )
    (request,) = [e for e in events if e[0] == "REQUEST"]
    assert request[1] == ("Saudi Arabia", "United States")


_RELEASED_REPORTERS = (
    "Police detained six reporters in raids on Monday, their lawyers said. The Press "
    "Freedom Council called for their release."
)
_ARRESTED_LEADER = (
    "Police arrested the opposition leader on Monday. Amnesty International condemned his arrest."
)


@pytest.mark.parametrize(("body", "undergoer"), [
    (_RELEASED_REPORTERS, "reporters"),
    (_ARRESTED_LEADER, "opposition leader"),
])  # fmt: skip
def test_whose_release_or_arrest_another_asks_for_or_condemns_is_not_their_own(body, undergoer):
    (undergone,) = [e for e in told_events(body) if e.trigger in ("release", "arrest")]
    assert undergone.recipient == (undergoer,)


def test_a_killing_that_counts_its_own_dead_keeps_its_count():
    told = told_events(
        "Gunmen stormed a border post overnight, killing six guards before soldiers "
        "killed three of the attackers, the army said."
    )
    assert [(e.trigger, e.fatalities) for e in told if e.trigger == "killed"] == [("killed", 3)]


@pytest.mark.parametrize(("text", "doer"), [
    ("A protest by farmers outside the ministry turned violent on Monday.", "farmers"),
    ("An attack by rebels on the garrison killed five soldiers.", "rebels"),
])  # fmt: skip
def test_a_group_that_a_noun_says_did_it_is_its_doer(text, doer):
    assert any(e.actor == (doer,) for e in told_events(text) if e.real)


def test_police_breaking_up_a_rally_coerce():
    told = told_events("Riot police broke up the rally with tear gas and batons.")
    assert [(e.type, e.actor) for e in told if e.real] == [("COERCE", ("Riot police",))]


@pytest.mark.parametrize(("text", "crowd"), [
    ("Thousands of government supporters rallied outside the embassy on Friday.", "Thousands"),
    ("Dozens of riot police stormed the campus on Friday.", "riot police"),
])  # fmt: skip
def test_a_crowd_of_no_kind_of_people_is_the_crowd(text, crowd):
    assert [e.actor for e in told_events(text) if e.real] == [(crowd,)]


def test_a_visit_that_names_its_visitor_is_not_the_clause_subjects():
    told = told_events(
        "Beijing cut off military talks after a visit to Taipei by Senator Mark Colby."
    )
    assert [(e.type, e.actor) for e in told if e.trigger == "visit"] == [
        ("CONSULT", ("Mark Colby",))
    ]


@pytest.mark.parametrize("text", [
    "Canada announced $400 million in military aid for Ukraine on Monday.",
    "Canada sent $400 million in military aid to Ukraine last year.",
])  # fmt: skip
def test_aid_counted_in_a_sum_is_given_by_whoever_gives_the_sum(text):
    assert ("AID", ("Canada",), ("Ukraine",)) in real_events(text)


def test_what_a_past_relative_clause_in_a_charge_tells_happened():
    told = told_events(
        "Critics accused the president of courting the rebels, who killed six soldiers "
        "in a raid last year."
    )
    assert [(e.type, e.real) for e in told if e.trigger in ("courting", "killed")] == [
        ("ASSAULT", True)
    ]


@pytest.mark.parametrize(("body", "recipient"), [
    ("The premier thanked Gulf leaders and urged them to fund the rebuilding.", ("Gulf leaders",)),
    ("The minister met farmers about the quotas and rejected them.", ()),
])  # fmt: skip
def test_them_is_the_nearest_plural_when_it_names_actors(body, recipient):
    (request,) = [e for e in told_events(body) if e.type in ("REQUEST", "REJECT")]
    assert request.recipient == recipient


def test_a_plural_relative_clause_on_a_list_is_done_by_the_whole_list():
    events = real_events(
        "Turkey and Egypt, which have long hosted exiled rebel leaders, presented a new plan "
        "this week."
    )
    (hosting,) = [e for e in events if e[0] == "CONSULT"]
    assert hosting[1] == ("Turkey", "Egypt")


def test_the_two_sides_are_not_the_mediators_a_relative_clause_hangs_on():
    events = real_events(
        "Armenia and Azerbaijan exchanged fire on the border overnight. "
        "Georgia and Turkey, which have mediated between the two sides since March, "
        "offered to host new talks."
    )
    mediations = [e for e in events if e[0] == "CONSULT"]
    assert mediations
    assert all(e[1] == ("Georgia", "Turkey") for e in mediations)
    assert {e[2] for e in mediations} == {("Armenia",), ("Azerbaijan",)}


@pytest.mark.parametrize(("text", "recipient"), [
    ("Ankara blocked Sweden's bid to join the alliance for a year.", ("Sweden",)),
    ("Aid groups said Russia and China were blocking a deal on grain exports.", ()),
])  # fmt: skip
def test_blocking_a_thing_put_forward_is_a_rejection(text, recipient):
    events = real_events(text)
    assert [e for e in events if e[0] == "REJECT" and e[2] == recipient]
    assert not [e for e in events if e[0] == "COERCE"]


@pytest.mark.parametrize(("text", "threat"), [
    ("The Commission warned on Friday it would impose sanctions on Minsk.",
     ("THREATEN", ("Commission",), ("Belarus",))),
    ("The junta in Niamey warned it would arrest any foreign envoy who stayed.",
     ("THREATEN", ("junta",), ())),
])  # fmt: skip
def test_a_warning_of_what_one_will_do_to_another_is_a_threat(text, threat):
    events = real_events(text)
    assert any(e[:2] == threat[:2] and set(threat[2]) <= set(e[2]) for e in events), events


def test_a_demand_that_he_do_something_is_no_deed_done():
    events = real_events(
        "Tom Reid spoke on Monday. Opposition MPs demanded that he apologise for the delays."
    )
    assert not any(e[0] == "CONCEDE" for e in events)


def test_a_failure_supposed_in_a_condition_charges_no_one():
    events = real_events(
        "EU envoy Marta Lind said Brussels would restore the tariffs if the Malian government "
        "failed to free the detainees."
    )
    assert not any(e[0] == "ACCUSE" for e in events)


def test_an_appeal_with_no_court_named_is_of_no_government():
    events = told_events(
        "The Green Party attacked the government on Monday. Ministers have refused to meet "
        "farmers. Party leader Ana Berg was fined 500 pounds last week and has appealed."
    )
    assert not [e for e in events if e.type == "REQUEST" and e.recipient]


def test_a_visit_or_talks_one_arrives_for_are_ones_own():
    events = real_events(
        "Hungary and Vietnam signed a trade pact last year. Vietnamese President Le Van Thanh "
        "arrived in Budapest on Monday for a three-day state visit."
    )
    assert ("CONSULT", ("Le Van Thanh",), ("Hungary",)) in events
    events = real_events("The UN envoy flew to Juba on Friday for talks with the army.")
    assert any(e[0] == "CONSULT" and e[1] == ("UN envoy",) for e in events), events


def test_a_statement_released_speaks_for_whoever_released_it():
    events = real_events(
        "France and Germany released a statement calling on Moscow to withdraw its troops."
    )
    assert ("REQUEST", ("France", "Germany"), ("Russian Federation",)) in events


def test_a_joint_statement_speaks_for_all_its_authors():
    events = real_events(
        "The United States and Britain issued a joint statement urging Kenya to free the "
        "detained protesters."
    )
    assert ("REQUEST", ("United States", "Britain"), ("Kenya",)) in events


def test_what_one_is_able_to_do_is_no_deed():
    # "its ability to defend itself": a capacity, not a defence made.
    events = real_events(
        "Beijing condemned Washington's support for Taiwan's ability to defend itself."
    )
    assert not [e for e in events if e[0] == "SUPPORT" and e[1] == ("Taiwan",)]


def test_a_killing_a_side_answers_is_not_its_own_deed():
    # "in response to the killing of its commander": someone else's killing.
    events = real_events(
        "The militia said it had shelled the base in response to the killing of one of "
        "its commanders."
    )
    assert not [e for e in events if e[0] == "ASSAULT" and e[1] and e[2]]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Washington suspended its strategic partnership with Georgia on Saturday.", ("Georgia",)),
    ("Armenia has frozen its participation in the Collective Security Treaty Organization.",
     ("Collective Security Treaty Organization",)),
])  # fmt: skip
def test_cutting_back_a_partnership_is_a_sanction(text, recipient):
    assert [e for e in real_events(text) if e[0] == "SANCTION" and e[2] == recipient]


@pytest.mark.parametrize(("text", "event"), [
    ("Opposition leader Lasha Beridze was among those arrested, his party said.",
     ("COERCE", (), ("Lasha Beridze",))),
    ("Editor Ana Ruiz was among those detained by police on Sunday.",
     ("COERCE", ("police",), ("Ana Ruiz",))),
])  # fmt: skip
def test_one_said_to_be_among_those_a_deed_befell_is_its_recipient(text, event):
    assert event in real_events(text)


@pytest.mark.parametrize(("text", "actor"), [
    ("The UN human rights office urged the authorities to free the detained protesters.",
     ("UN human rights office",)),
    ("The EU foreign policy chief urged the authorities to free the detained protesters.",
     ("EU foreign policy chief",)),
])  # fmt: skip
def test_an_international_bodys_office_and_chief_make_demands_as_the_body(text, actor):
    assert ("REQUEST", actor, ("authorities",)) in real_events(text)


def test_a_deed_named_as_the_charge_is_claimed_not_told():
    # "accused X of a cyber attack on Y", as "accused X of attacking Y".
    events = real_events(
        "Canada accused China's intelligence service of a cyber attack on the Senate."
    )
    assert ("ACCUSE", ("Canada",), ("China",)) in events
    assert not [e for e in events if e[2] == ("Senate",)]


def test_pressure_from_a_peoples_trade_is_no_demand_of_their_state():
    events = real_events("Steelmakers in Europe face growing pressure from Chinese imports.")
    assert not [e for e in events if e[0] == "REQUEST"]
    asked = real_events("The minister came under pressure from Chinese officials on Monday.")
    assert [e for e in asked if e[0] == "REQUEST"]


def test_an_envoy_recalled_from_no_named_country_is_recalled_from_the_storys():
    events = real_events(
        "BAMAKO (AFP) - Mali's government on Monday ordered the French ambassador to leave "
        "the country. The Malian authorities accused Paris of meddling. Mali's foreign "
        "minister said the decision was final. France said it had recalled its envoy for "
        "consultations."
    )
    assert ("SANCTION", ("France",), ("Mali",)) in events


@pytest.mark.parametrize(("text", "event"), [
    ("Gordon Brown poured scorn on the Tories' tax plans.",
     ("ACCUSE", ("Gordon Brown",), ("Conservative Party",))),
    ("The Tories took a swipe at Labour over crime figures.",
     ("ACCUSE", ("Conservative Party",), ("Labour Party",))),
    ("Gordon Brown dismissed Michael Howard's claims.",
     ("REJECT", ("Gordon Brown",), ("Michael Howard",))),
    ("Michael Howard cast doubt on Gordon Brown's figures.",
     ("ACCUSE", ("Michael Howard",), ("Gordon Brown",))),
    ("The Greens launched a broadside against Labour over the airport.",
     ("ACCUSE", ("Greens",), ("Labour Party",))),
    ("Michael Howard took aim at Gordon Brown over the pension figures.",
     ("ACCUSE", ("Michael Howard",), ("Gordon Brown",))),
])  # fmt: skip
def test_scorn_swipes_and_claims_dismissed_are_told_of_whom_they_are_aimed_at(text, event):
    assert event in real_events(text)


@pytest.mark.parametrize("text", [
    "Mayoral candidate Rosa Quintero was shot dead as she left a campaign rally on Thursday.",
    "Opposition leader Tomas Ferrer told an election rally in Arequipa that he would win.",
])  # fmt: skip
def test_a_campaign_rally_is_no_protest(text):
    assert "PROTEST" not in real_types(text)


def test_a_countrys_opposition_party_acts_as_the_opposition_not_the_country():
    events = real_events(
        "Zambia's main opposition party on Monday rejected the provisional results, "
        "accusing the electoral commission of fraud."
    )
    assert ("REJECT", ("Zambia's main opposition party",), ()) in events
    assert not [e for e in events if e[1] == ("Zambia",)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Army officers in Chad said on Thursday they had detained the president at his residence.",
     "Army officers"),
    ("A senior military officer detained the interior minister at the airport on Friday.",
     "senior military officer"),
])  # fmt: skip
def test_army_officers_are_the_military_acting(text, actor):
    events = real_events(text)
    assert [e for e in events if e[0] == "COERCE" and e[1] == (actor,)]


@pytest.mark.parametrize(("text", "event"), [
    ("Police fired tear gas and water cannon at the crowds outside the assembly.",
     ("COERCE", ("Police",), ("crowds",))),
    ("Crowds of angry nurses marched on the health ministry on Monday.",
     ("PROTEST", ("angry nurses",), ("health ministry",))),
])  # fmt: skip
def test_a_crowd_is_people_and_a_crowd_of_some_is_those_people(text, event):
    assert event in real_events(text)


def test_a_charge_denied_by_one_who_speaks_for_the_charged_answers_the_accuser():
    events = real_events(
        "Chad's army chief, Gen Omar Haddad, accused the rebels of looting clinics in the north. "
        "Rebel commander Salim Kanu denied the accusation on Sunday."
    )
    assert ("REJECT", ("Salim Kanu",), ("Omar Haddad",)) in events


@pytest.mark.parametrize("text", [
    "The regulator fined Barclays 20m pounds for mis-selling loans.",
    "The European Commission has fined Dutch chipmaker Velmora Holdings 900m euros.",
])  # fmt: skip
def test_one_fined_a_sum_is_sanctioned_however_the_parse_hangs_them_on_the_sum(text):
    assert [e for e in real_events(text) if e[0] == "SANCTION" and e[2]]


def test_a_charge_laid_while_saying_what_one_would_do_was_laid():
    # The parse hangs "accusing" on "would appeal"; it is how the firm spoke.
    events = real_events(
        "Velmora Holdings said it would appeal against the ruling, calling it unfair and "
        "accusing the European Commission of ignoring the facts."
    )
    assert ("ACCUSE", ("Velmora Holdings",), ("European Commission",)) in events


def test_praise_of_a_step_backs_whoever_took_it():
    events = real_events(
        "The army and the rebels agreed a ceasefire on Monday. The African Union welcomed the "
        "truce."
    )
    assert ("SUPPORT", ("African Union",), ("army", "rebels")) in events


def test_praise_of_a_concession_backs_whoever_made_it():
    events = real_events(
        "Transport Minister Alan Priddy offered concessions to the rail unions on Monday. "
        "Union leader Gail Munro welcomed the concessions."
    )
    assert ("SUPPORT", ("Gail Munro",), ("Alan Priddy",)) in events


def test_a_firm_named_after_its_trade_is_one_though_the_model_calls_it_a_product():
    assert ("SUPPORT", ("Melodi",), ()) in real_events("Swedish firm Melodi welcomed the ruling.")


@pytest.mark.parametrize("verb", ["prompting", "sparking", "triggering"])
def test_one_who_sets_off_clashes_takes_no_part_in_them(verb):
    events = real_events(
        "A court in Dhaka sentenced opposition leader Rahim Talukder to five years in prison "
        f"on Monday, {verb} clashes between his supporters and police outside the courthouse."
    )
    assert not [e for e in events if e[0] == "ASSAULT" and e[1]]


def test_a_charge_the_parse_makes_a_compound_of_the_denier_is_answered():
    events = real_events(
        "Mali's government accused neighbouring Niger of backing the rebels with troops and "
        "weapons, a charge Niamey denies."
    )
    assert ("REJECT", ("Niger",), ("Mali",)) in events


def test_what_one_is_said_to_have_colluded_in_is_charged_not_told():
    told = told_events(
        'His lawyer Ann Ward said: "We will sue the officials who colluded with the Americans '
        'in kidnapping him."'
    )
    assert [e.real for e in told if e.type == "ASSAULT"] == [False]


def test_an_execution_is_an_assault_not_words():
    types = real_types(
        "Belarus on Tuesday executed a man convicted of spying for a foreign power, "
        "state media reported."
    )
    assert "ASSAULT" in types
    assert "ACCUSE" not in types


@pytest.mark.parametrize(("text", "mode"), [
    ("Turkey sent rescuers to Syria after the earthquake struck.", "humanitarian"),
    ("Norway delivered food to Sudan through the Red Sea port.", "humanitarian"),
    ("Poland sent ammunition to Ukraine last spring, officials said.", "military"),
])  # fmt: skip
def test_relief_and_munitions_sent_to_a_country_are_aid(text, mode):
    aid = [(e.mode, len(e.actor), len(e.recipient)) for e in told_events(text) if e.type == "AID"]
    assert aid == [(mode, 1, 1)], told_events(text)


def test_praise_of_a_move_backs_the_side_that_took_the_last_step():
    events = real_events(
        "Germany agreed on Tuesday to cancel most of Iraq's foreign debts. The Iraqi finance "
        "minister welcomed the decision."
    )
    assert ("SUPPORT", ("Iraqi finance minister",), ("Germany",)) in events


def test_defending_a_decision_backs_no_one_told_before():
    events = real_events(
        "Germany agreed on Tuesday to cancel most of Iraq's foreign debts. The German finance "
        "minister later defended the decision in parliament."
    )
    assert [e for e in events if e[0] == "SUPPORT" and e[2] == ("Germany",)] == []


def test_both_sides_are_not_the_victims_the_lead_names():
    events = real_events(
        "Chadian jets bombed a village near the border on Sunday, killing nine civilians, "
        "rebel commanders said. The African Union called on both sides to observe a truce."
    )
    (request,) = [e for e in events if e[0] == "REQUEST"]
    assert "civilians" not in request[2]


@pytest.mark.parametrize("text", [
    "Militants fired rockets into Israel on Sunday, the army said.",
    "Insurgents fired mortar shells into southern Israel overnight.",
    "The rebels launched missiles into Chad from across the border.",
])  # fmt: skip
def test_a_country_fired_into_is_the_one_attacked(text):
    assert any(e[0] == "ASSAULT" and e[2] in (("Israel",), ("Chad",)) for e in real_events(text))


def test_a_missile_fired_into_the_sea_attacks_no_one():
    events = real_events("North Korea fired a missile into the sea near Japan on Friday.")
    assert not any(e[0] == "ASSAULT" for e in events)
