"""Who did it and to whom, as a cue verb's phrases tell (events/verb_sides.py), on our sentences."""

import pytest

import dateline
from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "More than 2,000 people were killed under General Rafael Moreno's regime, a report says.",
        "Hundreds of students were jailed under the rule of General Rafael Moreno.",
        "About 900 people were killed for their beliefs under General Rafael Moreno's junta.",
    ],
)
def test_a_harm_with_no_agent_done_under_someones_rule_is_laid_at_the_ruler(body):
    events = real_events(body)
    assert any(actors == ("Rafael Moreno",) for _, actors, _ in events)


def test_a_harm_done_under_a_law_names_no_doer():
    events = real_events("Hundreds of students were jailed under the new security law.")
    assert all(actors == () for _, actors, _ in events)


def test_a_thing_charged_is_a_charge_against_whoever_was_told_to_have_made_it():
    events = real_events(
        "A row broke out after the Green Party published leaflets showing the mayor as a "
        "pirate. The leaflets were criticised by the Liberal Democrats."
    )
    assert ("ACCUSE", ("Liberal Democrats",), ("Green Party",)) in events


def test_a_thing_charged_that_the_critic_made_is_no_charge_against_them():
    events = real_events(
        "The Liberal Democrats published leaflets on crime last week. "
        "The leaflets were criticised by the Liberal Democrats' own candidates."
    )
    assert not any(recipients == ("Liberal Democrats",) for _, _, recipients in events)


def test_a_claim_rejected_is_its_makers_not_those_it_names():
    events = real_events(
        "The party leader rejected claims by the Danish government that senior party "
        "officials knew about the fraud."
    )
    rejections = [(actors, recipients) for kind, actors, recipients in events if kind == "REJECT"]
    assert rejections == [(("party leader",), ("Denmark",))]


@pytest.mark.parametrize(
    "body",
    [
        "A judge halted the deportation of the Kovac family to Serbia.",
        "Police foiled an attack on the Danish embassy.",
    ],
)
def test_a_deed_halted_or_foiled_is_not_the_stoppers_deed(body):
    assert not [e for e in real_events(body) if e[0] in ("COERCE", "ASSAULT")]


def test_aid_halted_is_a_sanction():
    assert ("SANCTION", ("Norway",), ("Sudan",)) in real_events("Norway halted aid to Sudan.")


def test_a_side_backed_by_weapons_is_backed_by_no_one():
    events = real_events("Soldiers backed by drones killed 12 of the gunmen, the army said.")
    assert not [e for e in events if e[0] == "SUPPORT"]
    assert ("ASSAULT", ("Soldiers",), ("gunmen",)) in events


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            (
                "Gordon Brown gave a speech in Leeds on Monday. Tony Blair later heaped praise on "
                "him as a chancellor of rare skill."
            ),
            "SUPPORT",
        ),
        (
            (
                "Ruth Okafor, a Labour councillor, resigned on Friday. Labour leader Tony Blair "
                "called on her to repay the loans."
            ),
            "REQUEST",
        ),
    ],
)
def test_a_pronoun_after_the_cues_preposition_means_the_person_named_before(body, kind):
    events = real_events(body)
    named_first = "Gordon Brown" if kind == "SUPPORT" else "Ruth Okafor"
    assert any(k == kind and recipients == (named_first,) for k, _, recipients in events)


def test_a_clause_the_parse_hung_on_a_place_is_the_doing_of_the_verbs_subject():
    # The parse hangs "accusing" on "Palace", a place that says nothing.
    events = real_events(
        "The Liberal Democrats put up a poster opposite the Palace of Holyroodhouse accusing "
        "the government of misleading voters over the war."
    )
    assert ("ACCUSE", ("Liberal Democrats",), ("government",)) in events


def test_a_clause_on_a_document_in_a_place_phrase_is_not_the_verbs_subjects():
    events = real_events(
        "The Liberal Democrats spoke at the launch of a report accusing the government "
        "of deceiving voters over the war."
    )
    assert not any(
        actors == ("Liberal Democrats",) for kind, actors, _ in events if kind == "ACCUSE"
    )


def test_a_claim_of_a_wrong_told_in_the_passive_charges_its_agent():
    events = real_events(
        "The mayor, Ken Reyes, refused to apologise, and claims he was targeted by the "
        "Daily Echo newspaper."
    )
    assert ("ACCUSE", ("Ken Reyes",), ("Daily Echo",)) in events


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "Mr Dupont has accepted an invitation to return to the Vivendi group as an adviser.",
            "Vivendi",
        ),
        ("The Indian prime minister accepted an invitation to visit China in May.", "China"),
    ],
)
def test_an_invitation_accepted_is_the_hosts(body, host):
    assert any(kind == "AGREE" and host in recipients for kind, _, recipients in real_events(body))


def test_a_settlement_made_by_paying_someone_is_with_the_one_paid():
    events = real_events(
        "Halden Oil is also paying $2m to the Securities and Exchange Commission to settle the "
        "fraud charges."
    )
    assert ("AGREE", ("Halden Oil",), ("Securities and Exchange Commission",)) in events


@pytest.mark.parametrize(
    ("body", "settled"),
    [
        (
            (
                "Tarvel Foods has settled charges from the Federal Trade Commission that it "
                "misled buyers."
            ),
            ("AGREE", ("Tarvel Foods",), ("Federal Trade Commission",)),
        ),
        (
            "Halvard Bank paid $2m to settle a complaint brought by the Treasury.",
            ("AGREE", ("Halvard Bank",), ("Treasury",)),
        ),
        (
            (
                "Norvik Ltd agreed to pay $4m to settle a lawsuit filed by the Federal Trade "
                "Commission."
            ),
            ("AGREE", ("Norvik Ltd",), ("Federal Trade Commission",)),
        ),
    ],
)
def test_a_settlement_is_with_whoever_brought_the_matter_settled(body, settled):
    assert settled in real_events(body)


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        (
            (
                "Green Party leader Ines Moll criticised Mayor Karl Weiss's remarks on Monday and "
                "called for him to apologise."
            ),
            "Karl Weiss",
        ),
        (
            (
                "Farmers' leader Pat Byrne met the two ministers on Friday. He later called "
                "for them to resign over the delays."
            ),
            "ministers",
        ),
    ],
)
def test_a_call_for_a_pronoun_to_act_asks_whom_the_pronoun_means(body, asked):
    events = real_events(body)
    assert any(t == "REQUEST" and asked in r for t, _, r in events), events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The regulator agreed a deal worth $40m with Norbank Capital on Friday.",
            ("AGREE", ("regulator",), ("Norbank Capital",)),
        ),
        (
            "Velta Films has filed a damages claim for $18m against Norbank Pictures.",
            ("ACCUSE", ("Velta Films",), ("Norbank Pictures",)),
        ),
        (
            "Velta Airways has agreed the terms of a $250m credit line from Norbank Capital.",
            ("AGREE", ("Velta Airways",), ("Norbank Capital",)),
        ),
        (
            "Lazio accepted a £5m offer for the striker from Real Madrid.",
            ("AGREE", ("Lazio",), ("Real Madrid",)),
        ),
    ],
)
def test_the_other_side_hung_inside_the_objects_phrase_is_the_recipient(body, expected):
    assert expected in real_events(body)


def test_a_side_read_inside_the_objects_phrase_is_a_guess_and_less_sure():
    # Where the parse hung the preposition is the parser's guess, not the cue's frame.
    (article,) = dateline.extract(
        "Loan deal\n\nVelta Airways has agreed the terms of a $250m credit line from Norbank "
        "Capital.\n"
    )
    (event,) = [e for e in article.events if e.type == "AGREE"]
    assert event.confidence < 0.8


def test_an_agreed_act_on_a_thing_its_names_is_done_for_whom_its_means():
    events = real_events(
        "Torvik Telecom has debts of $2bn. Its lenders have agreed to roll over its loans "
        "until March."
    )
    assert ("AGREE", ("lenders",), ("Torvik Telecom",)) in events


def test_an_agreed_act_on_the_doers_own_thing_is_done_to_no_one_else():
    events = real_events("Torvik Telecom said on Monday it had agreed to cut its prices.")
    assert ("AGREE", ("Torvik Telecom",), ()) in events


def test_an_act_on_several_doers_their_thing_is_done_to_no_one_else():
    events = real_events(
        "Boeing and Airbus are at odds. The EU and the US agreed to suspend their requests "
        "for arbitration."
    )
    assert any(kind == "AGREE" and recipients == () for kind, _, recipients in events), events


@pytest.mark.parametrize(
    "body",
    [
        "Amnesty International was then asked to act by the United Nations.",
        "Amnesty International declined to act but was urged to do so by the United Nations.",
        "Amnesty International at first declined, but was then requested to act by the UN.",
    ],
)
def test_a_by_phrase_the_parse_hangs_on_the_infinitive_bidden_is_the_bidders(body):
    assert ("REQUEST", ("United Nations",), ("Amnesty International",)) in real_events(body)


def test_a_passive_infinitive_keeps_its_own_by_phrase():
    events = real_events("Amnesty International was told to be questioned by the United Nations.")
    assert not any(actors == ("United Nations",) for kind, actors, _ in events if kind == "REQUEST")


@pytest.mark.parametrize(
    ("body", "judged"),
    [
        (
            "Senator Ames criticised the timing of Governor Vance's announcement.",
            ("ACCUSE", ("Ames",), ("Vance",)),
        ),
        (
            "Senator Ames attacked the cost of the Treasury's plans.",
            ("ACCUSE", ("Ames",), ("Treasury",)),
        ),
    ],
)
def test_a_side_of_a_deed_judged_is_judged_against_the_deeds_owner(body, judged):
    assert judged in real_events(body)


def test_a_thing_undergone_is_no_deed_of_its_possessor():
    events = real_events("Senator Ames condemned the treatment of Norway's prisoners.")
    assert not any("Norway" in recipients for _, _, recipients in events)


@pytest.mark.parametrize(
    "body",
    [
        "Velora Bank has been working with the Harland Institute on the new payment cards.",
        "Velora Bank worked with the Harland Institute on its security checks last year.",
    ],
)
def test_working_with_a_named_partner_is_a_cooperation_with_it(body):
    assert ("COOPERATE", ("Velora Bank",), ("Harland Institute",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Velora Bank works with children in the poorest districts of the city.",
        "Velora Bank said it was working closely with every group concerned.",
    ],
)
def test_working_with_no_partner_named_is_no_cooperation(body):
    assert not [e for e in real_events(body) if e[0] == "COOPERATE"]


def test_working_with_a_partner_still_to_come_is_a_plan():
    events = told_events("Velora Bank will work with the Harland Institute on the cards.")
    cooperations = [e for e in events if e.type == "COOPERATE"]
    assert cooperations
    assert not any(e.real for e in cooperations)


def test_a_suit_with_no_object_is_brought_against_whom_its_aim_stops():
    # "sued to stop X": the verb of stopping, not the suit, takes X as object.
    events = real_events("The Orvane Party sued to stop Westbury Council closing the library.")
    assert ("ACCUSE", ("Orvane Party",), ("Westbury Council",)) in events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Farmers Alliance, accusing the Environment Agency of neglect, sued.",
            ("ACCUSE", ("Farmers Alliance",), ("Environment Agency",)),
        ),
        (
            "The Dock Workers Union, demanding a pay rise from Harwick Ports, walked out.",
            ("REQUEST", ("Dock Workers Union",), ("Harwick Ports",)),
        ),
    ],
)
def test_a_participle_set_after_a_body_is_that_bodys_deed(body, expected):
    assert expected in real_events(body)


def test_a_participle_after_a_thing_names_no_doer():
    events = real_events("A new law banning Halden Rail from the tender took effect on Monday.")
    assert all(actors == () for _, actors, _ in events)


def test_a_participle_after_of_tells_what_a_sign_is_of_not_a_deed():
    events = real_events(
        "Critics saw signs of the Farmers Alliance accusing the Environment Agency of neglect."
    )
    assert not any(actors == ("Farmers Alliance",) for _, actors, _ in events)


@pytest.mark.parametrize(
    ("body", "not_doer"),
    [
        # A role that picks out the subject is no deed of its own.
        ("Lawyers defending the Harwick Ports board have called a witness.", "Lawyers"),
        # The owner of a thing is not what the thing does.
        ("Halden Rail's new slogan urging Tarrant Foods to cut prices appeared.", "Halden Rail"),
    ],
)
def test_a_participle_naming_a_subjects_role_or_on_an_owned_thing_has_no_doer(body, not_doer):
    assert not any(actors == (not_doer,) for _, actors, _ in real_events(body))


def test_a_rating_agency_downgrading_a_firm_charges_it_with_a_weakness():
    events = real_events(
        "The losses have prompted two agencies, Moody's and Fitch, to downgrade Vendra Motors."
    )
    assert ("ACCUSE", ("Moody", "Fitch Ratings"), ("Vendra Motors",)) in events


def test_an_upgrade_of_a_country_backs_it():
    events = real_events("Fitch upgraded Turkey last week.")
    assert ("SUPPORT", ("Fitch Ratings",), ("Turkey",)) in events


def test_a_downgrade_of_a_thing_rates_no_one_not_even_its_owner():
    # "its" would otherwise be read as Turkey's, the country named before.
    events = real_events(
        "Fitch upgraded Turkey last week. The central bank downgraded its growth forecast."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_call_for_someone_to_be_dealt_with_is_a_demand_about_them():
    events = real_events(
        "The Commons health committee called for the Food Standards Agency to be scrapped."
    )
    assert ("REQUEST", ("Commons health committee",), ("Food Standards Agency",)) in events


def test_it_labelled_by_a_naming_verb_is_what_it_means_before():
    # The parse reads "childish" as a clause with "it" its subject.
    events = real_events(
        "The Green Party has been criticised over a leaflet showing the mayor as a clown. "
        "Conservative candidate David Pryce, whose Kent seat has many farmers, "
        'branded it "childish" and offensive.'
    )
    assert ("ACCUSE", ("David Pryce",), ("Green Party",)) in events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("Ryanair has bought 30 Boeing 737 jets.", ("AGREE", ("Ryanair",), ("Boeing",))),
        (
            "Kingfisher Airlines has ordered 20 Airbus A320 planes in a $1.2bn deal.",
            ("AGREE", ("Kingfisher Airlines",), ("Airbus",)),
        ),
        ("Qantas ordered 12 Boeing aircraft last year.", ("AGREE", ("Qantas",), ("Boeing",))),
    ],
)
def test_goods_bought_by_their_makers_name_make_a_deal_with_the_maker(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # An order that buys nothing.
        "The judge ordered an inquiry into Qantas.",
        # A place names no seller.
        "Tom Vale bought a London flat in 2003.",
    ],
)
def test_an_order_of_no_goods_or_a_place_before_the_goods_makes_no_deal(body):
    assert not [e for e in real_events(body) if e[0] == "AGREE"]


def test_a_deed_done_hereby_in_a_quote_is_its_speakers():
    events = real_events(
        '"James Otieno is hereby suspended from his post until the inquiry ends," commission '
        "chairman Peter Kamau said in a letter to staff."
    )
    assert ("SANCTION", ("Peter Kamau",), ("James Otieno",)) in events


def test_a_deed_quoted_without_hereby_keeps_no_doer():
    events = real_events(
        '"James Otieno was suspended from his post last year," commission chairman Peter Kamau '
        "said in a letter to staff."
    )
    assert ("SANCTION", ("Peter Kamau",), ("James Otieno",)) not in events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Washington threatened to refer Syria to the UN Security Council.",
            ("THREATEN", ("United States",), ("Syria",)),
        ),
        (
            "Brussels threatened to take Hungary to the European Court of Justice.",
            ("THREATEN", ("European Union",), ("Hungary",)),
        ),
    ],
)
def test_a_threat_is_made_against_the_named_object_of_the_act_not_where_it_is_sent(body, event):
    assert event in real_events(body), told_events(body)


def test_a_threat_to_send_a_thing_to_someone_still_threatens_the_receiver():
    body = "Russia threatened to cut gas supplies to Georgia."
    assert ("THREATEN", ("Russia",), ("Georgia",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "pressed"),
    [
        ("Brussels threatened to suspend the talks unless Zagreb cooperated fully.", "Croatia"),
        (
            "Washington threatened to cut its aid unless Managua freed the two reporters.",
            "Nicaragua",
        ),
    ],
)
def test_a_threat_presses_whom_its_unless_clause_asks_to_act(body, pressed):
    threats = [e for e in real_events(body) if e[0] == "THREATEN"]
    assert any(pressed in recipients for _, _, recipients in threats), told_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Tom Rudge was expelled from the Green Party last year.",
            ("SANCTION", ("Green Party",), ("Tom Rudge",)),
        ),
        (
            "The Labour MP Gareth Milne was suspended from the party pending an inquiry.",
            ("SANCTION", ("Labour Party",), ("Gareth Milne",)),
        ),
    ],
)
def test_the_body_one_is_put_out_of_did_it(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Mr Dimitrov faces charges brought by the Bulgarian prosecutors.",
        "Mr Dimitrov still has to face trial on charges brought by Bulgarian prosecutors of fraud.",
    ],
)
def test_a_charge_brought_is_done_to_whoever_faces_it(body):
    assert ("ACCUSE", ("Bulgarian prosecutors",), ("Dimitrov",)) in real_events(body)


@pytest.mark.parametrize(
    ("body", "firm"),
    [
        ("Diageo bought a 20% stake in Moet Hennessy on Monday.", "Moet Hennessy"),
        ("Barclays bought a stake in Absa in 2005.", "Absa"),
    ],
)
def test_buying_a_stake_in_a_firm_is_a_deal_with_the_firm(body, firm):
    assert any(kind == "AGREE" and firm in r for kind, _, r in real_events(body))


def test_buying_a_thing_in_a_place_is_no_deal_with_the_place():
    assert not real_events("Barclays bought a building in Madrid last year.")


def test_a_stake_bought_from_its_named_owner_is_no_deal_with_the_firm():
    events = real_events("Diageo bought the state's 20% stake in Moet Hennessy in 2002.")
    assert not any("Moet Hennessy" in r for kind, _, r in events if kind == "AGREE")


def test_a_post_turned_down_is_aimed_at_the_body_it_is_in_and_its_head():
    events = real_events(
        "Tom Price won a name as a rebel, and later rejected a junior post in "
        "Harold Wilson's administration. Ann Lowe turned down a seat on the Barclays board."
    )
    assert ("REJECT", ("Tom Price",), ("administration", "Harold Wilson")) in events
    assert ("REJECT", ("Ann Lowe",), ("Barclays",)) in events


def test_a_post_in_no_body_named_leaves_the_refusal_aimed_at_no_one():
    events = real_events("The actress Ann Lowe turned down a role in the new film.")
    assert ("REJECT", ("Ann Lowe",), ()) in events


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        (
            "The foreign minister called for a lifting of the EU arms embargo on Beijing.",
            "European Union",
        ),
        ("Ankara urged an end to the Israeli blockade of the port.", "Israel"),
    ],
)
def test_an_end_asked_to_a_measure_is_asked_of_whoever_keeps_it_up(body, asked):
    requests = [done_to for kind, _, done_to in real_events(body) if kind == "REQUEST"]
    assert requests == [(asked,)]


def test_an_end_asked_to_a_measure_of_no_one_is_asked_of_no_one():
    events = real_events("The Polish foreign minister called for an end to the violence in Kiev.")
    assert not [done_to for kind, _, done_to in events if kind == "REQUEST" and done_to]


@pytest.mark.parametrize(
    "body",
    [
        "Downing Street denied claims that the prime minister had misled Parliament.",
        "The Kremlin rejected suggestions that Russian troops had crossed into Georgia.",
    ],
)
def test_a_claim_turned_down_is_not_aimed_at_the_deniers_own_side_it_is_about(body):
    rejections = [
        (doers, done_to) for kind, doers, done_to in real_events(body) if kind == "REJECT"
    ]
    assert len(rejections) == 1
    assert rejections[0][1] == ()


@pytest.mark.parametrize(
    ("body", "kind", "author"),
    [
        ("The unions criticised the budget the chancellor presented on Wednesday.", "ACCUSE",
         "chancellor"),
        ("The opposition rejected the bill which the minister introduced.", "REJECT",
         "minister"),
        ("Campaigners attacked the strategy the Home Office unveiled last month.", "ACCUSE",
         "Home Office"),
    ],
)  # fmt: skip
def test_a_thing_judged_is_its_author_s_as_a_relative_clause_names_them(body, kind, author):
    assert any(k == kind and done_to == (author,) for k, _, done_to in real_events(body))


def test_a_relative_clause_telling_what_a_thing_does_names_no_author():
    body = "Greenpeace condemned the plan that gives Scotland new powers."
    assert not [done_to for kind, _, done_to in real_events(body) if kind == "ACCUSE" and done_to]


@pytest.mark.parametrize(
    ("body", "accuser", "accused"),
    [
        ("India expressed concern to Pakistan over the shelling.", "India", "Pakistan"),
        ("Australia raised concerns with Jakarta about the trial.", "Australia", "Indonesia"),
    ],
)
def test_a_concern_is_aimed_at_the_one_it_is_voiced_to(body, accuser, accused):
    assert ("ACCUSE", (accuser,), (accused,)) in real_events(body)


def test_a_claim_turned_down_that_names_a_rival_is_aimed_at_the_rival():
    body = (
        "Conservative leader Mark Hollis on Monday dismissed a suggestion that the Tories "
        "and the BNP were chasing the same voters."
    )
    rejections = [done_to for kind, _, done_to in real_events(body) if kind == "REJECT"]
    assert rejections == [("British National Party",)]


def test_a_thing_judged_is_theirs_who_a_relative_clause_says_praise_it():
    events = real_events("The Tories criticised a scheme the government calls sensible.")
    assert ("ACCUSE", ("Conservative Party",), ("government",)) in events


def test_a_thing_judged_is_not_theirs_who_a_relative_clause_says_also_fault_it():
    events = real_events("The Tories attacked a policy Labour has described as unworkable.")
    charges = [done_to for kind, doers, done_to in events if doers == ("Conservative Party",)]
    assert ("Labour Party",) not in charges
