"""Who did it and to whom, as an event noun's phrases tell (events/noun_sides.py)."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "charged"),
    [
        (
            (
                "Shadow chancellor George Osborne echoed criticisms of the way Mr Brown handled "
                "the pension reforms."
            ),
            ("Brown",),
        ),
        (
            (
                "Opposition leader Ruth Okafor repeated her criticism of claims made by "
                "President Ian Forde."
            ),
            ("Ian Forde",),
        ),
    ],
)
def test_a_charge_of_a_thing_someone_stands_behind_is_a_charge_against_them(body, charged):
    events = real_events(body)
    assert any(kind == "ACCUSE" and recipients == charged for kind, _, recipients in events)


@pytest.mark.parametrize(
    ("body", "undergone"),
    [
        (
            (
                "Businessman David Orlov is now on trial for tax fraud following his arrest in "
                "March 2021."
            ),
            ("COERCE", (), ("David Orlov",)),
        ),
        (
            "Activist Anna Patel wrote to the prime minister after her release from prison.",
            ("RETREAT", (), ("Anna Patel",)),
        ),
    ],
)
def test_what_dates_the_clause_is_undergone_by_the_subject_its_pronoun_means(body, undergone):
    assert undergone in real_events(body)


@pytest.mark.parametrize(
    ("body", "inquiry"),
    [
        (
            (
                "Councillors in Leeds are examining allegations that Harrowgate Homes overcharged "
                "its tenants for repairs."
            ),
            ("ACCUSE", ("Councillors",), ("Harrowgate Homes",)),
        ),
        (
            (
                "The Senate banking committee is examining complaints that Corvane Bank misled "
                "small savers."
            ),
            ("ACCUSE", ("Senate banking committee",), ("Corvane Bank",)),
        ),
    ],
)
def test_who_looks_into_a_charge_takes_it_up(body, inquiry):
    assert inquiry in real_events(body)


def test_a_partner_named_beside_quoted_talks_one_is_in_is_the_recipient():
    # The quote marks lead the parse to hang "with" on "was", not on "dialogue".
    events = real_events('Torvik Telecom said it was still "in dialogue" with Nordmark Steel.')
    assert ("CONSULT", ("Torvik Telecom",), ("Nordmark Steel",)) in events


def test_the_deed_a_speaker_closes_with_is_the_speakers():
    events = real_events(
        "Party leader Ann Royle finished with a personal appeal to party workers to knock on "
        "doors before polling day."
    )
    assert any(kind == "REQUEST" and actors == ("Ann Royle",) for kind, actors, _ in events)


@pytest.mark.parametrize(
    ("body", "deed"),
    [
        (
            "The strikes were organised by the Transport Workers Union.",
            ("PROTEST", ("Transport Workers Union",), ()),
        ),
        (
            "A boycott of Tenby Finance was launched by the Green Alliance on Monday.",
            ("PROTEST", ("Green Alliance",), ("Tenby Finance",)),
        ),
    ],
)
def test_the_by_phrase_of_a_passive_verb_an_event_noun_is_subject_of_is_its_doer(body, deed):
    assert deed in real_events(body)


def test_the_by_phrase_of_a_verb_that_is_an_event_of_its_own_is_not_the_nouns_doer():
    events = real_events("The boycott of Tenby Finance was praised by the Green Alliance.")
    assert not any(kind == "PROTEST" and "Green Alliance" in actors for kind, actors, _ in events)


def test_who_a_passive_clause_says_did_it_held_the_talks_that_time_it():
    events = real_events(
        "The grant was announced by farm minister Peter Odell after talks with dairy farmers."
    )
    assert ("CONSULT", ("Peter Odell",), ("dairy farmers",)) in events


def test_who_is_at_a_summit_takes_part_in_it():
    events = real_events(
        "Energy minister Peter Odell is at a summit in Oslo with the Nordic ministers."
    )
    assert ("CONSULT", ("Peter Odell",), ("Nordic ministers",)) in events


def test_who_is_at_meetings_between_two_others_only_looks_on():
    events = real_events(
        "Energy minister Peter Odell said the adviser Jan Holt was at meetings between "
        "Harlow Bank and Tenby Finance last year."
    )
    assert not any(kind == "CONSULT" and "Jan Holt" in actors for kind, actors, _ in events)


def test_an_attack_noun_one_is_jailed_for_is_done_by_the_one_jailed():
    body = "Striker Ben Kopp was jailed for the attack on two fans after a match."
    assert ("ASSAULT", ("Ben Kopp",), ("fans",)) in real_events(body)


def test_a_murder_one_is_convicted_of_is_done_by_the_one_convicted():
    body = "Singer Mark Dale was convicted of the murder of Tom Reid."
    assert ("ASSAULT", ("Mark Dale",), ("Tom Reid",)) in real_events(body)


def test_charges_one_is_convicted_of_are_no_charge_one_made():
    body = "Banker Tom Reid was convicted of all charges on Monday."
    assert [e for e in real_events(body) if e[0] == "ACCUSE" and e[1] == ("Tom Reid",)] == []


@pytest.mark.parametrize(
    ("body", "given"),
    [
        (
            "Japan provided $500m in assistance to Indonesia.",
            ("AID", ("Japan",), ("Indonesia",)),
        ),
        (
            "The Canadian government sent $20m in emergency aid to Haiti.",
            ("AID", ("Canada",), ("Haiti",)),
        ),
    ],
)
def test_aid_counted_in_a_sum_the_parse_hangs_on_the_verb_is_given_by_its_subject(body, given):
    assert given in real_events(body)


def test_a_gift_said_to_be_one_from_someone_was_given_by_them():
    body = (
        "The largest donation to the Liberal Democrats was a bequest from Margaret Holloway "
        "of nearly £300,000."
    )
    assert ("AID", ("Margaret Holloway",), ("Liberal Democrats",)) in real_events(body)


def test_a_deal_a_count_of_things_is_ordered_in_is_not_read_through_the_count():
    events = real_events("Orvik Airlines ordered 24 Boeing jets in a $2.1bn deal last week.")
    assert not any(kind == "AGREE" and not recipients for kind, _, recipients in events)


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            (
                "Burrow Energy, listed in Oslo since 1998, has unveiled a deal to acquire 30% of "
                "Danish firm Northfield Oil."
            ),
            (("Burrow Energy",), ("Northfield Oil",)),
        ),
        (
            (
                "Halden Trust has announced a deal to buy two factories from its rival "
                "Kestrel Electronics."
            ),
            (("Halden Trust",), ("Kestrel Electronics",)),
        ),
    ],
)
def test_a_deal_to_buy_is_made_with_the_firm_bought_or_its_seller(body, sides):
    assert ("AGREE", *sides) in real_events(body)


@pytest.mark.parametrize(
    ("body", "sued"),
    [
        (
            (
                "The union Unitas launched a legal challenge to stop Westbury Council closing "
                "the library."
            ),
            ("Westbury Council",),
        ),
        (
            "The Orvane Party launched legal action to block the merger of Delcor and Tamsin.",
            ("Delcor",),
        ),
    ],
)
def test_a_legal_challenge_is_brought_against_whom_its_aim_stops(body, sued):
    # No "against" or "to" names the one challenged; the infinitive of
    # stopping or blocking does.
    events = real_events(body)
    assert any(kind == "ACCUSE" and set(sued) <= set(who) for kind, _, who in events)


@pytest.mark.parametrize(
    ("body", "struck"),
    [
        ("Airport checks were tightened in the wake of the US terror attacks in 2001.", "US"),
        (
            "The Spanish government fell days after the Madrid terrorist bombings of 2004.",
            "Spain",
        ),
    ],
)
def test_a_terror_attack_named_after_a_country_or_city_struck_it(body, struck):
    attacks = [e for e in real_events(body) if e[0] == "ASSAULT"]
    assert attacks == [("ASSAULT", (), (struck,))]


def test_an_air_strike_named_after_a_country_is_still_its_own():
    found = real_events("US air strikes on the town killed 12 people on Monday.")
    assert [e[1] for e in found if e[0] == "ASSAULT"] == [("US",)]


def test_who_acts_in_defence_of_someone_backs_them():
    events = real_events(
        "Halden Capital filed a brief with the court last month in defence of Vendra Motors."
    )
    assert ("SUPPORT", ("Halden Capital",), ("Vendra Motors",)) in events


def test_a_defence_of_a_thing_backs_no_one():
    events = real_events("The minister Tom Vale spoke in defence of the new bill.")
    assert not [e for e in events if e[0] == "SUPPORT"]


@pytest.mark.parametrize(
    ("body", "caller", "bidden"),
    [
        (
            "Prime Minister Tom Hale has repeated calls for the mayor to say sorry over his jibe.",
            "Tom Hale",
            "mayor",
        ),
        (
            "Tory leader Tom Hale repeated his calls for the mayor to say sorry over his jibe.",
            "Tom Hale",
            "mayor",
        ),
        ("There were calls from Labour MPs for Mr Reed to resign.", "Labour MPs", "Reed"),
    ],
)
def test_a_call_for_someone_to_act_is_a_request_of_them(body, caller, bidden):
    assert [
        e for e in real_events(body) if e[0] == "REQUEST" and e[1] == (caller,) and bidden in e[2]
    ], real_events(body)


def test_a_caller_named_by_from_after_the_bid_made_the_call():
    body = (
        "Transport Secretary Mark Dale pressed on despite a call for him to "
        '"think again" from Green leader Ruth Aldous.'
    )
    assert [e for e in real_events(body) if e[0] == "REQUEST" and e[1] == ("Ruth Aldous",)]


@pytest.mark.parametrize(
    ("body", "given"),
    [
        (
            (
                "Green Party leader Martha Quill registered donations from local businessmen "
                "and a free ticket to a charity dinner."
            ),
            ("local businessmen", "Martha Quill"),
        ),
        (
            (
                "Conservative leader Simon Ashdown declared donations of £20,000 from a "
                "property developer, Brian Kettle."
            ),
            ("Brian Kettle", "Simon Ashdown"),
        ),
    ],
)
def test_who_registers_or_declares_donations_was_given_them(body, given):
    events = real_events(body)
    giver, receiver = given
    assert ("AID", (giver,), (receiver,)) in events
    assert not [e for e in events if e[0] == "AID" and receiver in e[1]]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Barclays said on Monday that it was co-operating with the Financial Services "
            "Authority investigation."
        ),
        "Barclays is cooperating with a Financial Services Authority inquiry.",
    ],
)
def test_who_co_operates_with_an_inquiry_is_the_one_it_looks_into(body):
    events = real_events(body)
    assert ("ACCUSE", ("Financial Services Authority",), ("Barclays",)) in events


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Clashes between Georgian police and Ossetian militiamen were reported overnight.",
            ("Georgian police", "Ossetian militiamen"),
        ),
        (
            "A firefight between Somali militiamen and Ethiopian soldiers broke out at dawn.",
            ("Somali militiamen", "Ethiopian soldiers"),
        ),
    ],
)
def test_a_fight_between_two_sides_is_done_by_both(body, sides):
    assert ("ASSAULT", sides, ()) in real_events(body), real_events(body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Four of the Somali men remain in detention at a prison in Kent.", "Somali men"),
        (
            "The opposition leader Mira Castell remains under house arrest in the capital.",
            "Mira Castell",
        ),
        ("The Kurdish activists were kept in detention for two years.", "Kurdish activists"),
    ],
)
def test_who_is_kept_in_detention_undergoes_it(body, kept):
    events = real_events(body)
    assert ("COERCE", (), (kept,)) in events
    assert not [e for e in events if kept in e[1]]


def test_who_could_be_kept_in_detention_is_kept_by_no_one_yet():
    body = (
        "Under the scheme, terror suspects, both Somali and Kurdish, can be held under curfew "
        "or house arrest."
    )
    assert not [e for e in real_events(body) if e[0] == "COERCE"]


@pytest.mark.parametrize(
    ("body", "speaker", "other"),
    [
        ("Chief Ruiz said talks with Kestrel Mining had broken down.", "Ruiz", "Kestrel Mining"),
        ("Ms Okafor said negotiations with Shell had made progress.", "Okafor", "Shell"),
    ],
)
def test_talks_whose_outcome_a_speaker_tells_are_the_speakers_own(body, speaker, other):
    events = real_events(body)
    assert any(k == "CONSULT" and speaker in a[0] and other in r[0] for k, a, r in events)


def test_talks_told_to_someone_are_not_the_hearers_own():
    events = real_events("Ms Okafor was told that talks with Shell had made progress.")
    assert not [e for e in events if e[0] == "CONSULT" and "Okafor" in e[1]]


@pytest.mark.parametrize(
    "body",
    [
        "The Financial Services Authority levied a £50,000 fine against Barclays.",
        "Barclays is contesting the Financial Services Authority's £50,000 fine on the bank.",
        # The parse hangs "levied" on the verb before the noun.
        (
            "The payment is not tied to the Financial Services Authority's £50,000 fine levied "
            "against Barclays in May."
        ),
    ],
)
def test_a_fine_levied_on_someone_is_a_sanction_of_them(body):
    assert ("SANCTION", ("Financial Services Authority",), ("Barclays",)) in real_events(body)


def test_an_anti_modifier_names_whom_a_protest_is_against_not_who_made_it():
    found = real_events(
        "Japan and South Korea traded charges on Saturday. Anti-Japanese protests spread to "
        "six Korean cities on Sunday."
    )
    assert not [e for e in found if e[0] == "PROTEST" and "Japan" in e[1]]
    assert [e for e in found if e[0] == "PROTEST" and e[2] == ("Japan",)]


def test_a_state_protesting_to_another_accuses_it():
    found = real_events("Vietnam protested to Beijing over the arrest of its fishermen.")
    assert ("ACCUSE", ("Vietnam",), ("China",)) in found


def test_fire_one_comes_under_from_critics_is_their_charge():
    found = real_events("Health minister Ana Price came under fire from the Greens over the cuts.")
    assert ("ACCUSE", ("Greens",), ("Ana Price",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "A Dutch patrol came under fire from rebel fighters near the border.",
        "Ministers are under fire over the cuts.",
        "The fire spread to three shops on the high street.",
    ],
)
def test_fire_from_armed_men_from_no_one_or_in_flames_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


def test_the_critic_one_comes_under_fire_from_is_not_the_one_denied():
    found = real_events(
        "Councillor Rhys Hale came under fire, not from the Greens, but from Plaid Cymru."
    )
    assert [e[1] for e in found if e[0] == "ACCUSE"] == [("Plaid Cymru",)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The expulsion of two Russian diplomats by Poland angered Moscow.",
            ("SANCTION", ("Poland",), ("Russian diplomats",)),
        ),
        (
            "The expulsion of a Belgian envoy by Rwanda drew protests on Tuesday.",
            ("SANCTION", ("Rwanda",), ("Belgian envoy",)),
        ),
    ],
)
def test_a_by_hung_on_whom_the_noun_is_done_to_names_its_doer(body, expected):
    # The parse hangs "by Poland" on "diplomats"; no diplomat is "by" anyone.
    assert expected in real_events(body)


def test_a_by_inside_a_clause_on_the_patient_names_no_doer():
    events = real_events("The arrest of a man wanted by police in Spain was confirmed.")
    assert not [e for e in events if e[0] == "COERCE" and e[1]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Iraqi request for troops from Nato was turned down.",
            ("REQUEST", ("Iraq",), ("NATO",)),
        ),
        (
            "Thailand's plea for help from the UN came on Monday.",
            ("REQUEST", ("Thailand",), ("United Nations",)),
        ),
    ],
)
def test_a_bid_whose_maker_is_named_asks_whom_its_from_names(body, expected):
    # The parse hangs "from" on what is asked for; the asker is already named.
    assert expected in real_events(body)


def test_a_from_after_a_bid_with_no_maker_named_names_the_caller():
    events = real_events("A call for calm from the president went unheeded.")
    assert ("REQUEST", ("president",), ()) in events
